"""Article -> ControlEvents. (Stub: the rule engine lands with issue 3.)"""

from __future__ import annotations

from functools import lru_cache

from frontline.model import Article, ControlEvent


class Extractor:
    """Extracts territorial-control events from articles; load once, call many times."""

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Extractor":
        return cls()

    def extract(self, article: Article) -> list[ControlEvent]:
        return []
