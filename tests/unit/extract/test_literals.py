"""literals.py: the prefix-gated finditer finds exactly what re.finditer finds."""

from __future__ import annotations

import re
import sys

import pytest

from frontline.extract.actors import lexicon
from frontline.extract.literals import AnyOf, Prefixed, fold_case, prefixes, required

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_fold_case_agrees_with_the_regex_engine() -> None:
    """Every character that IGNORECASE matches to a prefix letter folds to that letter."""
    letters = {c for lang in ("en", "de") for p in prefixes(lexicon(lang)._regex.pattern, re.I) or () for c in p}
    letters |= set("abcdefghijklmnopqrstuvwxyzäöüßéè0123456789'-. ")
    folded = fold_case(_ALL)
    assert len(folded) == len(_ALL)
    for x in sorted(letters):
        for m in re.finditer(re.escape(x), _ALL, re.I):
            assert folded[m.start()] == fold_case(x), (x, m.group(0))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_actor_lexicon_is_gated_by_prefixes(lang: str) -> None:
    """Every alias of the lexicon starts with a literal: one alias that does not ("[a-z]+-led")
    makes the whole alternation scan every sentence with the full regex."""
    assert prefixes(lexicon(lang)._regex.pattern, re.I)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![\w-])(?:abc|de)(?![\w])", {"abc", "de"}),
        (r"\bis\b(?=[\s\)]|$)", {"is"}),
        (r"(?:the )?(?:armed|extremist) group", {"the ar", "the ex", "armed ", "extrem"}),
        (r"mobili[sz]ation", {"mobili"}),
        (r"ab[sz]", {"abs", "abz"}),
        (r"x[a-z]+", {"x"}),
        (r"\w*armee|truppen", None),
        (r"(?:a?)+b", None),
    ],
)
def test_prefixes(pattern: str, expected: set[str] | None) -> None:
    got = prefixes(pattern, re.I)
    assert (set(got) if got is not None else None) == expected


def test_prefixes_are_folded_where_case_counts() -> None:
    assert prefixes(r"(?<![\d.])(?:19|20)\d\d") == {"19", "20"}
    assert prefixes("Abc") == {"abc"}  # more places to try, never fewer
    assert prefixes("X(?i:abc)") == {"xabc"}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_alternation_finditer_is_finditer(lang: str) -> None:
    fast = lexicon(lang)._lexicon  # an Alternation: a narrower pattern at each start
    rx = fast.regex
    texts = [
        "Islamic State fighters and the Syrian army; ISIL, Isis and IS-Kämpfer took it. They said it was the group.",
        "Die Rebellen der RPF und die Regierung; sie meldeten, die Miliz sei İSİS, ıs ſeparatists.",
        "the the the group-the group the-group forcesforces", "", "it", "ΣΙΣ Armee",
        "Houthi rebels, Houthis and al-Shabaab took Kismayo from AMISOM and AU troops.",
    ]
    key = lambda ms: [(m.start(), m.end(), m.lastgroup, m.group(0)) for m in ms]
    for text in texts:
        for i in range(len(text)):
            assert key(fast.finditer(text[i:])) == key(rx.finditer(text[i:])), text[i:]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![\w-])([A-Z]\w+)-(?:Kämpfer|Miliz)(?![\w])", [{"-"}, {"kämpfer", "miliz"}]),
        (r"\w*armee|truppen", [{"armee", "truppen"}]),
        (r"(?i:loyal\s+to|led\s+by)", [{"l"}, {"oyal", "ed"}]),
        (r"(?:x)?abc", [{"abc"}]),
        (r"[A-Z]\w+|abc", []),
    ],
)
def test_required(pattern: str, expected: list[set[str]]) -> None:
    assert [set(s) for s in required(pattern)] == expected


def test_prefixed_without_prefix_skips_texts_that_lack_its_literals() -> None:
    rx = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-(?:Kämpfer|Miliz)(?![\w])")
    fast = Prefixed(rx)
    assert not fast.may_match("IS-Truppen")  # neither "kämpfer" nor "miliz"
    assert fast.may_match("IS-KÄMPFER")  # folded: a superset of the case-sensitive matches
    for text in ("IS-Kämpfer und HTS-Miliz", "is-kämpfer", "Kämpfer der Miliz", ""):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]
        found, expected = fast.search(text), rx.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_any_of_names_the_patterns_a_text_may_match() -> None:
    months = Prefixed(re.compile(r"\b(?:jan|feb)\w*\s+\d+", re.I))
    years = Prefixed(re.compile(r"(?<!\d)(?:19|20)\d\d"))
    loose = Prefixed(re.compile(r"\d+"))  # no literal: always possible
    any_of = AnyOf([months, years, loose])
    assert any_of.possible("Am 3. Februar") == {months, loose}
    assert any_of.possible("in 2014") == {years, loose}
    assert any_of.possible("") == {loose}
