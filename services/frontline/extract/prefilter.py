"""A cheap trigger-word prefilter: articles without control vocabulary skip the spaCy pass.

Aho-Corasick (pyahocorasick) over the lower-cased text with word stems of every
trigger of every frame, plus the hold markers ("-held", "hochburg"). It must never
lose recall: the stems are prefixes, so inflections match too.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from frontline.extract.lexicon import LANGS, rules

_EXTRA = ("-held", "-controlled", "held by", "controlled by", "in the hands", "hochburg", "hauptstadt", "kontroll",
          "gewalt", "präsent", "stronghold", "bastion", "control", "fell", "fallen", "took", "retook", "overran",
          "besetzt", "nahm", "nahmen", "fiel", "verlor", "zog", "schloss", "schlossen", "seized", "lost", "driven",
          "withdrew", "held", "gefallen", "vertrieben", "zurückgezogen", "abgezogen", "eingeschlossen", "eingenommen")


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    words: set[str] = set(_EXTRA)
    for lang in LANGS:
        for lemmas in rules(lang).frames.values():
            for lemma in lemmas:
                stem = lemma.replace("_", " ")
                words.add(stem[: max(4, len(stem) - 2)] if len(stem) > 5 else stem)
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


def sentence_has_trigger(text: str) -> bool:
    for _ in _automaton().iter(text.lower()):
        return True
    return False


def has_trigger(text: str) -> bool:
    """True when the text holds any trigger stem of any language."""
    return sentence_has_trigger(text)
