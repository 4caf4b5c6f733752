"""Paths and a reader shared by the wire tests (imported by name: the test folder is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from frontline.model import Article
from frontline.wire import Rejected, read_articles

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples" / "wire"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def read(*sources: Path | str, fmt: str | None = None, **kw: object) -> tuple[list[Article], list[Rejected]]:
    """Articles and rejections read from the sources."""
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for item in read_articles([str(s) for s in sources], fmt, **kw):  # type: ignore[arg-type]
        (rejected if isinstance(item, Rejected) else articles).append(item)  # type: ignore[arg-type]
    return articles, rejected
