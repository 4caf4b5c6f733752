"""Story versions: a newer version supersedes, the same (or an older) one is skipped."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from frontline.model import Article


class Verdict(str, Enum):
    NEW = "new"  # first time this id is seen
    UPDATE = "update"  # a higher version of a story already seen
    DUPLICATE = "duplicate"  # the same id and version again
    STALE = "stale"  # an older version than one already seen

    @property
    def publish(self) -> bool:
        return self in (Verdict.NEW, Verdict.UPDATE)


class Deduper:
    """In-memory record of the highest version seen per story id (optionally restored from a snapshot)."""

    def __init__(self, versions: Mapping[str, int] | None = None) -> None:
        self._versions: dict[str, int] = dict(versions or {})

    def offer(self, article: Article) -> Verdict:
        """Record the article and say whether it is new, an update, a duplicate or stale."""
        seen = self._versions.get(article.id)
        if seen is None:
            verdict = Verdict.NEW
        elif article.version > seen:
            verdict = Verdict.UPDATE
        else:
            return Verdict.DUPLICATE if article.version == seen else Verdict.STALE
        self._versions[article.id] = article.version
        return verdict

    def admit(self, article: Article) -> bool:
        """True when the article should be published (new, or a newer version)."""
        return self.offer(article).publish

    def version(self, article_id: str) -> int | None:
        return self._versions.get(article_id)

    def snapshot(self, limit: int | None = None) -> dict[str, int]:
        """id -> version, oldest first; only the ``limit`` most recently first-seen ids when given."""
        items = list(self._versions.items())
        return dict(items[-limit:] if limit is not None and limit < len(items) else items)

    def __len__(self) -> int:
        return len(self._versions)
