"""Per-language rule data (data/rules_<lang>.toml): trigger lemmas by frame and closed word classes."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from frontline.errors import GazetteerError

LANGS = ("en", "de")


@dataclass(frozen=True)
class Rules:
    lang: str
    frames: dict[str, frozenset[str]]  # frame -> trigger lemmas
    words: dict[str, frozenset[str]]  # word class -> words
    by_lemma: dict[str, list[str]]  # trigger lemma -> frames
    lemmas: dict[str, str]  # forms the lookup table lacks ("gaben" -> "geben")
    verb_lemmas: dict[str, str] = field(default_factory=dict)  # lower-case forms only: "einnahmen" is a verb, "Einnahmen" revenue

    def w(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    def frames_of(self, lemma: str) -> list[str]:
        return self.by_lemma.get(lemma, [])


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    """The rules of a language; a third language is one more data file plus its frames."""
    try:
        raw = resources.files("frontline.extract").joinpath("data", f"rules_{lang}.toml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise GazetteerError(f"no rules for language {lang!r} (data/rules_{lang}.toml)") from exc
    data = tomllib.loads(raw)
    frames = {k: frozenset(v) for k, v in data["triggers"].items()}
    words = {k: frozenset(w.lower() for w in v) for k, v in data["words"].items()}
    by_lemma: dict[str, list[str]] = {}
    for frame, lemmas in frames.items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, []).append(frame)
    return Rules(lang, frames, words, by_lemma, dict(data.get("lemmas", {})), dict(data.get("verb_lemmas", {})))
