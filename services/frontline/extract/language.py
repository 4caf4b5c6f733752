"""Language of an article when it declares none: py3langid (offline, maintained)."""

from __future__ import annotations

from functools import lru_cache

from frontline.extract.lexicon import LANGS


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGS))
    return ident


def detect(text: str) -> str:
    """ISO 639-1 code among the supported languages."""
    lang, _ = _identifier().classify(text[:2000])
    return lang
