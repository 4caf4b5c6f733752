"""A cheap trigger-word prefilter: articles without control vocabulary skip the spaCy pass.

Aho-Corasick (pyahocorasick) over the lower-cased text with every inflected form of
every trigger lemma, read from the same spacy-lookups-data table that the lemmatizer
uses (so "abgenommen" and "fielen" are in), the base verbs of German separable
triggers ("nahm ... ein"), prefixes of the lemmas, and the hold markers ("-held").
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from frontline.extract.lexicon import LANGS, rules

# "gaben" (... auf): the forms of "geben" are too common to wake the reader; the plural past is not
_EXTRA = ("gaben", "-held", "-controlled", "-ruled", "-occupied", "-run ", "held by", "controlled by", "in the hands", "hochburg", "hauptstadt", "kontroll",
          "gewalt", "präsent", "stronghold", "bastion", "control", "fell", "fallen", "took", "retook", "overran",
          "besetzt", "nahm", "nahmen", "fiel", "verlor", "zog", "schloss", "schlossen", "seized", "lost", "driven",
          "withdrew", "held", "gefallen", "vertrieben", "zurückgezogen", "abgezogen", "eingeschlossen", "eingenommen")


# triggers whose inflections the lookup table lists, and whose shortened stems would match common words
_WHOLE_ONLY = frozenset({"regieren", "secure", "zentrum", "capital", "force", "verwalten", "remain"})
# whole-only triggers whose bare word (not only its inflections) wakes the reader; the rest ("force", "Zentrum")
# are too common to read every sentence they stand in
_WHOLE_TOO = frozenset({"capital"})
_PARTICLES = ("zurück", "ein", "an", "ab", "aus", "um", "unter", "weg")
# triggers too common in other senses to wake the reader in every form: only the words their frames need
# ("Kunduz followed", not "following"; a flag raised over a town, not a price raised)
_ONLY = {"en": {"follow": ("followed",), "raise": ("flag",), "hoist": ("flag",),
                "march": ("marched into", "marching into", "march into"), "burst": ("burst into", "bursting into"),
                "hand": ("handed over", "hands over", "hand over", "handing over", "handed back"),
                "cut": ("cut off", "cuts off", "cutting off"),
                "order": ("ordered", "orders"),  # ("ordered his troops out of"; not "border", "forderte")
                "present": ("still present",), "position": ("still positioned",),
                "deploy": ("still deployed", "remain deployed", "remains deployed", "remained deployed"),
                "station": ("still stationed", "remain stationed", "remains stationed"),
                "based": ("based in",), "operates": ("operates from",), "operating": ("operating from",)},
         "de": {"folgen": ("folgte", "folgten"), "sagen": ("das sagen",)}}


def _inflections(lang: str, lemmas: set[str]) -> set[str]:
    """Every form that the lookup table lemmatizes to one of `lemmas`."""
    import gzip
    import json
    from importlib import resources as res

    path = res.files("spacy_lookups_data").joinpath("data", f"{lang}_lemma_lookup.json.gz")
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    return {form.lower() for form, lemma in table.items() if lemma.lower() in lemmas and len(form) > 3}


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    words: set[str] = set(_EXTRA)
    for lang in LANGS:
        lemmas = {lemma.replace("_", " ") for group in rules(lang).frames.values() for lemma in group}
        only = _ONLY.get(lang, {})
        words.update(w for lemma in lemmas & only.keys() for w in only[lemma])
        lemmas -= only.keys()
        bases = {lemma[len(p):] for lemma in lemmas for p in _PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3}
        words |= _inflections(lang, lemmas | bases)
        words |= {form for form, lemma in rules(lang).lemmas.items() if lemma in lemmas | bases}
        for stem in lemmas:
            if stem in _WHOLE_ONLY:
                if stem in _WHOLE_TOO:
                    words.add(stem)  # the word itself ("the capital of the self-declared republic"), a lemma the table lacks
                continue  # their stems open everyday words ("Regierung", "security")
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
