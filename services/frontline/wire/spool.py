"""A spool directory: files dropped into it are read, then moved to ``done/`` or ``failed/``.

Writers should drop a file whole (write ``name.part`` or ``.name`` and rename it); files
modified less than ``settle`` seconds ago are left for the next scan. A file with any
rejected part goes to ``failed/`` with ``<name>.reason.txt`` beside it listing every
rejection (its other articles were still published).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .rejected import Rejected

log = logging.getLogger(__name__)

DONE = "done"
FAILED = "failed"
_IN_PROGRESS = (".part", ".tmp", ".partial", ".crdownload")


class Spool:
    """The files waiting in a spool directory, and where they go once handled."""

    def __init__(self, root: Path, *, settle: float = 1.0, clock: Callable[[], float] = time.time) -> None:
        self.root = root
        self.settle = settle
        self._clock = clock
        for folder in (root, root / DONE, root / FAILED):
            folder.mkdir(parents=True, exist_ok=True)

    def ready(self) -> list[Path]:
        """Files directly in the spool, settled, oldest name first (done/, failed/ and dotfiles aside)."""
        now = self._clock()
        found = []
        for entry in sorted(os.scandir(self.root), key=lambda e: e.name):
            if entry.name.startswith(".") or entry.name.endswith(_IN_PROGRESS) or not entry.is_file():
                continue
            try:
                if now - entry.stat().st_mtime < self.settle:
                    continue
            except FileNotFoundError:
                continue  # taken meanwhile
            found.append(Path(entry.path))
        return found

    def done(self, path: Path) -> Path:
        """Move a fully published file to done/."""
        return _move(path, self.root / DONE)

    def fail(self, path: Path, rejected: Sequence[Rejected]) -> Path:
        """Move a file with rejected parts to failed/, with ``<name>.reason.txt`` beside it."""
        moved = _move(path, self.root / FAILED)
        lines = [f"{r.origin}: {r.reason}: {r.detail}" for r in rejected]
        moved.with_name(moved.name + ".reason.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        log.warning("spool: %s failed (%d rejected), moved to %s", path.name, len(rejected), moved)
        return moved


def _move(path: Path, folder: Path) -> Path:
    """``folder/name``, or ``folder/stem.N.suffix`` when a file of that name is already there."""
    target = folder / path.name
    n = 1
    while target.exists() or target.with_name(target.name + ".reason.txt").exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    os.replace(path, target)
    return target
