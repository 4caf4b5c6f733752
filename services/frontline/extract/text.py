"""Text layer: paragraphs and sentences with offsets, and spaCy blank tokens with lemmas.

Sentences are split with a regular expression on the raw text (cheap, offset-exact),
so that only sentences holding a trigger word are tokenised by spaCy: that is where
the speed is (NOTES.md). spaCy's rule sentencizer would need the whole text tokenised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from frontline.extract import affixes

from frontline.extract.lexicon import rules

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an upper-case letter, a digit or an opening quote; never after a
# known abbreviation, an initial, or a German ordinal ("9. November").
_END = re.compile(r"""(?<=[.!?])["'”“»«)\]]*\s+(?=["'„“”»«(\[]?[A-ZÀ-ÖØ-ÞĀ-ž0-9])"""  # (also "Žepa", "Čelebići")
                  r"""|\s*\+\+\+\s*""")  # a ticker's separator: "+++ 17.10 Uhr: ... zurück +++"
_ABBREV_WORD = (
    r"(?:\b(?:U\.S|U\.N|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|St|No|Nr|vs|ca|bzw|z\.B|u\.a|d\.h|v\.a|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Okt|Dez|Abs|Art|Jh|Mio|Mrd|Inc|Corp|Co|Ltd|Bros|approx|etc)\.|\b[A-Z]\.|\b\d{1,2}\.)"
)
_ABBREV = re.compile(_ABBREV_WORD + r"[\"'”)]*\s+$")
# the longest abbreviation: how far before the closing quotes and spaces a match can start
_ABBREV_LEN = re._parser.parse(_ABBREV_WORD).getwidth()[1]  # type: ignore[attr-defined]
# an English date ends the sentence ("took Kilinochchi on Jan. 2. The fall of ..."), unlike a German
# ordinal before its month ("am 2. Januar")
_DATE_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
                       r"August|September|October|November|December)\.?\s+\d{1,2}\.[\"'”)]*\s+$")
_PARA = re.compile(r"\n\s*\n|\n(?=\S)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    end: int
    paragraph: int
    index: int


def sentences(text: str) -> list[Sentence]:
    """Split an article into sentences with exact character offsets."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for pm in list(_PARA.finditer(text)) + [None]:
        pend = pm.start() if pm else len(text)
        _split_paragraph(text, pos, pend, para, out)
        if pm:
            pos = pm.end()
            para += 1
    return out


def _split_paragraph(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    cut = 0
    for m in _END.finditer(chunk):
        head = chunk[cut : m.end()]
        # an abbreviation ends `head` but for closing quotes and spaces: look only there
        last = len(head.rstrip().rstrip("\"'”)"))
        if _ABBREV.search(head, max(0, last - _ABBREV_LEN)) and not _DATE_END.search(head):
            continue
        nxt = chunk[m.end() : m.end() + 2].lstrip("\"'„“”»«([")[:1]
        if nxt and nxt.isalpha() and not nxt.isupper():
            continue  # the Latin Extended range of _END holds small letters too ("... nahe žepa")
        _add(text, start + cut, start + m.start(), para, out)
        cut = m.end()
    _add(text, start + cut, end, para, out)


def _add(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, para, len(out)))


@lru_cache(maxsize=None)
def nlp(lang: str) -> Language:
    """A blank spaCy pipeline with the lookup lemmatizer of spacy-lookups-data."""
    pipe = spacy.blank(lang)
    pipe.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipe.initialize()
    return pipe


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    lemma: str
    start: int  # offset in the sentence
    end: int
    i: int


def tokens(lang: str, sentence: str) -> list[Token]:
    """spaCy's tokens of `sentence` with their lookup lemmas (as the lemmatizer of
    :func:`nlp` gives them), read from offset arrays rather than spaCy Token objects."""
    doc = _tokenizer(lang)(sentence)
    words = _words(lang)
    out = []
    for i, (start, n) in enumerate(doc.to_array([IDX, LENGTH]).tolist()):
        end = start + n
        text = sentence[start:end]
        known = words.get(text)
        if known is None:
            if len(words) >= _WORDS_MAX:
                words.clear()
            known = words[text] = _word(lang, text)
        out.append(Token(text, known[0], known[1], start, end, i))
    return out


_WORDS_MAX = 200_000


@lru_cache(maxsize=None)
def _tokenizer(lang: str) -> Tokenizer:
    """The tokenizer of a blank pipeline whose vocabulary computes no lexical attributes:
    the extractor reads a token's text and offsets only, and the attributes (shape, norm,
    stop, like_num, ...) of every word not seen before cost more than the tokenizing."""
    pipe = spacy.blank(lang)
    pipe.vocab.lex_attr_getters = {}
    affixes.quicken(pipe.tokenizer)  # the same tokens with less regex work per new word
    return pipe.tokenizer


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, tuple[str, str]]:
    """Token text -> (lower, lemma), filled as words are seen."""
    return {}


@lru_cache(maxsize=None)
def _lemma_lookup(lang: str):
    return nlp(lang).get_pipe("lemmatizer").lookups.get_table("lemma_lookup", {})


def _word(lang: str, text: str) -> tuple[str, str]:
    # what the lookup lemmatizer sets (Lemmatizer.lookup_lemmatize): the table's entry for the text
    lemma = _lemma_lookup(lang).get(text, text)
    lemma = lemma if isinstance(lemma, str) else lemma[0]
    lower = text.lower()
    r = rules(lang)
    extra = r.lemmas.get(lower)  # forms the table lacks ("gaben" -> "geben")
    if extra is None and text[:1].islower():
        extra = r.verb_lemmas.get(text)  # "einnahmen" (they took), not "Einnahmen" (revenue)
    return lower, (extra or (lemma.lower() if lemma else lower))
