"""What a feed poller remembers across restarts: validators per URL and the story versions published.

A small JSON file (by default ``<FRONTLINE_DATA_DIR>/feed-state.json``), written atomically
after each poll whose items were published, so a restart neither re-downloads an unchanged
feed nor republishes its items:

    {"format": 1, "feeds": {URL: {"etag": ..., "last_modified": ...}}, "seen": {ID: VERSION}}
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import orjson

from .dedup import Deduper
from .remote import Validators

log = logging.getLogger(__name__)

FORMAT = 1
# Story ids remembered (the most recently first seen): far more than any feed carries at once.
SEEN_LIMIT = 50_000


class FeedState:
    """Validators per feed URL and a Deduper of the stories already published, loaded from / saved to a file."""

    def __init__(self, path: Path, validators: dict[str, Validators] | None = None,
                 deduper: Deduper | None = None) -> None:
        self.path = path
        self._validators = dict(validators or {})
        self.deduper = deduper or Deduper()

    @classmethod
    def load(cls, path: Path) -> "FeedState":
        """The state in ``path``; an empty state when it is missing or unreadable (logged)."""
        try:
            raw = orjson.loads(path.read_bytes())
            feeds = {url: Validators(v.get("etag"), v.get("last_modified")) for url, v in raw["feeds"].items()}
            seen = {str(k): int(v) for k, v in raw["seen"].items()}
        except FileNotFoundError:
            return cls(path)
        except (OSError, orjson.JSONDecodeError, KeyError, AttributeError, TypeError, ValueError) as exc:
            log.warning("feed state %s is unreadable (%s): starting afresh, items may be published again",
                        path, exc)
            return cls(path)
        return cls(path, feeds, Deduper(seen))

    def validators(self, url: str) -> Validators:
        return self._validators.get(url, Validators())

    def remember(self, url: str, validators: Validators) -> None:
        self._validators[url] = validators

    def save(self) -> None:
        """Write the state atomically (a temporary file renamed over the old one)."""
        data = {
            "format": FORMAT,
            "feeds": {url: {"etag": v.etag, "last_modified": v.last_modified} for url, v in self._validators.items()},
            "seen": self.deduper.snapshot(SEEN_LIMIT),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".feed-state.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
