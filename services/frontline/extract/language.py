"""Language identification with py3langid (offline, maintained): one place for the whole service."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=None)
def _identifier(languages: tuple[str, ...] | None) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    if languages:
        ident.set_languages(list(languages))
    return ident


def detect(text: str, languages: tuple[str, ...] | None = None) -> str:
    """ISO 639-1 code of the text; among `languages` only, when given."""
    lang, _score = _identifier(languages).classify(text[:5000])
    return str(lang)
