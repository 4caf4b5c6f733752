"""affixes.py: spaCy's tokenizer with narrowed affix patterns gives the same tokens."""

from __future__ import annotations

import random
import re

import pytest
import spacy

from frontline.extract.affixes import edge_class, quicken, split_alternatives


def test_split_alternatives_keeps_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|(b|c)|[|]|\||[]|]x|[^]|]") == ["a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]"]


@pytest.mark.parametrize(
    ("part", "last", "members", "not_members"),
    [
        (r"(?<=[0-9])km$", True, "m", "k0"),
        (r"(?<=[0-9])km$", False, "k", "m0"),
        (r"\.\.+$", True, ".", "x"),
        (r"^[§%]", False, "§%", "x"),
        (r"(?:x?)[ab]$", True, "ab", "x"),
        (r"x?[ab]", False, "xab", "c"),
    ],
)
def test_edge_class(part: str, last: bool, members: str, not_members: str) -> None:
    cls = edge_class(part, 0, last)
    assert cls is not None
    assert all(cls.match(c) for c in members)
    assert not any(cls.match(c) for c in not_members)


def test_edge_class_unknown_when_a_match_can_be_empty_or_start_anywhere() -> None:
    assert edge_class(r"x?$", 0, last=True) is None
    assert edge_class(r".a", 0, last=False) is None
    assert edge_class(r"[^a]b", 0, last=False) is None


@pytest.mark.parametrize("lang", ["en", "de"])
def test_quickened_tokenizer_gives_spacys_tokens(lang: str) -> None:
    plain = spacy.blank(lang).tokenizer
    quick = spacy.blank(lang).tokenizer
    quicken(quick)
    pieces = ["don't", "U.S.", "z.B.", "Mr.", "'s", "’s", "(", ")", "e-mail", "http://x.org/a?b=1", "a@b.de", "3.", "Okt.",
              "--", "—", "al-Qa'im", "can't", ":)", "1,000", "5km", "Aleppo,", "\"", "„Stadt“", "IS-Kämpfer", "...", "…",
              "°C", "$5", "100%", "x/y", "a=b", "1+2", "A.B", "b.C", "12:30", "?!", "[x]", "©2020", "km²", "Ort.\n", "~"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 8)))
        assert [(t.text, t.idx) for t in quick(text)] == [(t.text, t.idx) for t in plain(text)], text
    for name in ("prefix_search", "suffix_search"):
        rx = getattr(plain, name).__self__
        for text in ("", "\n", "x", "Aleppo.", "km", "5km", "....", ".\n", "(x", "'s", "’S"):
            found, expected = getattr(quick, name)(text), rx.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_patterns_that_are_not_anchored_alternations_are_left_alone() -> None:
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.suffix_search = re.compile(r"x|y$").search
    before = tokenizer.suffix_search
    quicken(tokenizer)
    assert tokenizer.suffix_search == before
