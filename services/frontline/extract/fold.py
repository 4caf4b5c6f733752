"""Transliteration folding of place and actor names.

Written by hand because no library folds across the German, English and French
romanisations of Arabic, Kurdish and Ukrainian names (Falludscha/Fallujah/Falloujah,
Mossul/Mosul, Awdijiwka/Avdiivka): unidecode-style libraries strip accents only.
The folded key is for matching, never for display.

Two keys:

- :func:`fold`, the light key: accents, Arabic articles (al-/el-/ad-/ez-...),
  German/French spelling conventions (dsch, tsch, sch, ch, w, ou, dj), kh/gh/q,
  doubled letters and the unstable vowels (e/i, ai/ei/ay, j/y/i) are folded; the
  consonant frame and a/o/u stay, so Homs/Hama, Raqqa/Rawa, Mosul/Manbij differ.
- :func:`skeleton`, the consonant frame alone, for a second look *within one
  country* when the light key misses.

Changing either function changes the keys in the committed gazetteer index:
bump :data:`FOLD_VERSION` and rebuild it (``python deploy/places/build_gazetteer.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

FOLD_VERSION = 3

# Arabic article tokens (and their sun-letter assimilations) dropped anywhere in a name.
_ARTICLES = frozenset(
    "al el ad ar as az an at ash ath adh asch esch ed er es ez ud ur us uz un ut il".split()
)
# Whole-token spelling variants of common toponym words that letter rules cannot
# reconcile (a/e alternation in "tell", Homs/Hims).
_TOKENS: dict[str, str] = {
    "tel": "tal", "tell": "tal", "tall": "tal", "til": "tal",
    "deir": "dayr", "dair": "dayr", "der": "dayr",
    "abu": "bu", "abou": "bu", "albu": "bu", "abo": "bu",
    "jebel": "jabal", "djebel": "jabal", "dschabal": "jabal", "jabel": "jabal", "gebel": "jabal",
    "ain": "ayn", "ein": "ayn", "ayn": "ayn", "aïn": "ayn",
    "hims": "homs", "hums": "homs",
    "kfar": "kafr", "kafar": "kafr",
    "umm": "um", "om": "um",
    "beit": "bayt", "bait": "bayt", "beyt": "bayt", "bet": "bayt",
}
_CHAR_MAP = str.maketrans({
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ʿ": "", "ʾ": "", "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "´": "",
    "ʻ": "", "′": "",
})
# Ordered rewrites on a token (German/French/English spelling conventions -> one key).
_REWRITES: tuple[tuple[str, str], ...] = (
    ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "sh"),
    ("kh", "h"), ("ch", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"),
    ("ck", "k"), ("q", "k"), ("c", "k"), ("x", "ks"), ("ts", "z"), ("tz", "z"),
    ("w", "v"), ("ou", "u"), ("oo", "u"), ("j", "y"), ("y", "i"), ("e", "i"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
_SH_RUN = re.compile(r"(?:sh)+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_AI = re.compile(r"ai")
_AU = re.compile(r"au|av(?=[^aeiou]|$)")
_ASSIMILATED = re.compile(r"^[ae]([dtrsznl])\1(?=[a-z]{2})")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aeiouy]")
# the replacement r"\1" as a C callable: a template string costs a Python call on every sub()
_GROUP_1 = itemgetter(1)


@lru_cache(maxsize=65536)
def _ascii(name: str) -> str:
    s = name.translate(_CHAR_MAP)
    if s.isascii():  # nothing to decompose, no accents to drop
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return s.translate(_CHAR_MAP)


@lru_cache(maxsize=65536)  # the words of a name recur in its sub-runs and in other names
def _fold_token(tok: str, first: bool) -> str:
    tok = _TOKENS.get(tok, tok)
    if not first:  # "Deir Ezzor": an article fused to the next word
        tok = _ASSIMILATED.sub(_GROUP_1, tok)
    tok = _FINAL_H.sub("", tok)
    for a, b in _REWRITES:
        tok = tok.replace(a, b)
    tok = _SH_RUN.sub("sh", tok)
    tok = _DOUBLE.sub(_GROUP_1, tok)
    tok = _AI.sub("i", tok)
    tok = _AU.sub("o", tok)
    return tok.replace("z", "s")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The light key: same key for spellings of one name across romanisations.

    >>> fold("Falludscha") == fold("Fallujah") == fold("Falloujah")
    True
    >>> fold("Deir ez-Zor") == fold("Deir al-Zor") == fold("Dair az-Zaur")
    True
    >>> fold("Homs") == fold("Hama")
    False
    """
    tokens = [t for t in _TOKEN_SPLIT.split(_ascii(name)) if t]
    kept = [t for t in tokens if t not in _ARTICLES] or tokens
    out = "".join(_fold_token(t, i == 0) for i, t in enumerate(kept))
    return _DOUBLE.sub(_GROUP_1, out)


def skeleton(name: str) -> str:
    """The consonant frame of :func:`fold` (vowels dropped): a second,
    looser key, only to be trusted within one country."""
    key = fold(name)
    return _DOUBLE.sub(_GROUP_1, key[:1] + _VOWELS.sub("", key[1:]))
