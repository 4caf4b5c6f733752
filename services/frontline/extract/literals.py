"""Literal prefixes of a regular expression: try a big alternation only where a match can start.

A case-insensitive alternation of a hundred aliases (actors.tsv) or of month names gets no
fast search from Python's `re`: it tries every alternative at every word start.
:class:`Prefixed` reads from the parsed pattern the few literal strings that every match
must start with, finds where they occur with one Aho-Corasick pass over the (case-folded)
text, and calls ``match`` there only. Its ``finditer`` and ``search`` give exactly what the
pattern's own do; where no prefix can be read (a pattern opening with ``\\w*`` or ``\\d``),
they are the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

import ahocorasick

try:  # the characters that `re` treats as one letter when ignoring case ("ı" is "i")
    from re._compiler import _equivalences  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - the name is private to the standard library
    _equivalences = ((0x69, 0x131), (0x73, 0x17F), (0x1E61, 0x1E9B))

_P = re._parser  # type: ignore[attr-defined]
_C = re._constants  # type: ignore[attr-defined]
_MAX_LEN = 6  # prefix characters read at most
_MAX_CLASS = 4  # a character class of more members ends the prefix ("[a-z]")
_MAX_PREFIXES = 4096
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())

# str.lower() agrees with the regex engine's case folding but for "İ" (two characters in
# str.lower) and the equivalence classes of re._compiler
_FOLD = {0x130: "i"}
for _cls in _equivalences:
    for _c in _cls[1:]:
        _FOLD[_c] = chr(_cls[0])


_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


@lru_cache(maxsize=16)  # several patterns look at one sentence in turn
def fold_case(text: str) -> str:
    """`text` case-folded as ``re.IGNORECASE`` compares characters, one character for one."""
    if _SPECIAL.search(text):  # rare: translate() with a table is slow
        text = text.translate(_FOLD)
    text = text.lower()
    return text.translate(_FOLD) if _SPECIAL.search(text) else text


def prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded literal strings one of which begins every match of `pattern`; None when
    some match may begin otherwise. (Folded even where the pattern heeds case: the folded
    text then shows a few more places to try, never fewer.)"""
    try:
        found = _expand(list(_P.parse(pattern, flags)), "", set())
    except _GiveUp:
        return None
    if "" in found:
        return None
    return frozenset(found)


class _GiveUp(Exception):
    pass


def _expand(items: list, head: str, out: set[str]) -> set[str]:
    """Every prefix that `head` + a match of `items` can start with, added to `out`."""
    if len(out) > _MAX_PREFIXES:
        raise _GiveUp
    for n, (op, av) in enumerate(items):
        if len(head) >= _MAX_LEN:
            break
        rest = items[n + 1 :]
        if op in _ZERO_WIDTH:
            continue  # assertions add no characters; ignoring them only adds candidates
        if op is _C.LITERAL:
            head += fold_case(chr(av))
            continue
        if op is _C.IN:
            chars = [fold_case(chr(c)) for o, c in av if o is _C.LITERAL]
            if len(chars) != len(av) or len(set(chars)) > _MAX_CLASS:
                break
            for c in set(chars):
                _expand(rest, head + c, out)
            return out
        if op is _C.BRANCH:
            for alt in av[1]:
                _expand(list(alt) + rest, head, out)
            return out
        if op is _C.SUBPATTERN:
            _expand(list(av[3]) + rest, head, out)  # case is folded anyway: scoped flags do not matter
            return out
        if op in _REPEATS:
            lo, hi, sub = av
            if lo == 0:
                _expand(rest, head, out)  # no repetition
            # the first repetition begins every other way ("?": then the rest follows)
            _expand(list(sub) + (rest if hi == 1 else []), head, out)
            return out
        break  # anything else (\w, ., a back-reference) ends the literal prefix
    out.add(head)
    return out


def required(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Sets of case-folded literal strings such that every match of `pattern` contains a
    member of each set ("[A-Z]\\w+-(?:Miliz|Kämpfer)": {"-"}, {"miliz", "kämpfer"})."""
    return _needs(list(_P.parse(pattern, flags)))


def _needs(items: list) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run = ""  # literal characters in a row
    for op, av in items:
        if op is _C.LITERAL:
            run += fold_case(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the run goes on
        if run:
            out.append(frozenset({run}))
            run = ""
        if op is _C.SUBPATTERN:
            out.extend(_needs(list(av[3])))  # case is ignored throughout, so scoped flags do not matter
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_needs(list(av[2])))
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            out.append(frozenset(fold_case(chr(c)) for _, c in av))
        elif op is _C.BRANCH:
            # each alternative contains its own most telling set: the match, the union
            best = [_most_telling(_needs(list(alt))) for alt in av[1]]
            if all(b is not None for b in best):
                out.append(frozenset().union(*best))  # type: ignore[arg-type]
    if run:
        out.append(frozenset({run}))
    return out


def _most_telling(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest member is longest (long strings occur rarely)."""
    return max(sets, key=lambda s: min(map(len, s)), default=None)


class Prefixed:
    """A compiled pattern that is tried only where one of its prefixes occurs; with no prefix
    known, only in texts that hold its required literals (:func:`required`)."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        found = prefixes(regex.pattern, regex.flags)
        self._auto: ahocorasick.Automaton | None = None
        if found:
            self._auto = ahocorasick.Automaton()
            for p in found:
                self._auto.add_word(p, len(p))
            self._auto.make_automaton()
        # a narrower pattern to try where the (folded) text starts with a given character
        self._match_at: dict[str, Callable[[str, int], re.Match[str] | None]] = {}
        # sets of literals of which every match holds one (case-folded): its prefixes or the
        # required sets; single letters ("s") are in every text and tell nothing
        sets = ([found] if found else []) + required(regex.pattern, regex.flags)
        self.needs = _most_telling(sets)
        telling = [s for s in sets if not all(len(w) == 1 and w.isalnum() for w in s)]
        self._needs: ahocorasick.Automaton | None = None
        if telling and not found:
            self._needs = ahocorasick.Automaton()
            for word in set().union(*telling):
                self._needs.add_word(word, sum(1 << n for n, s in enumerate(telling) if word in s))
            self._needs.make_automaton()
            self._all = (1 << len(telling)) - 1

    def may_match(self, text: str) -> bool:
        """False when `text` cannot hold a match: it lacks every member of a required set."""
        if self._needs is None:
            return True
        seen = 0
        for _, sets in self._needs.iter(fold_case(text)):
            seen |= sets
            if seen == self._all:
                return True
        return False

    def _starts(self, text: str) -> list[tuple[int, Callable[[str, int], re.Match[str] | None]]] | None:
        """Where a prefix begins, in order, with the match function to try there; None when
        the prefixes cannot tell."""
        if self._auto is None:
            return None
        folded = fold_case(text)
        if len(folded) != len(text):
            return None
        match = self.regex.match
        return [(start, self._match_at.get(folded[start], match))
                for start in sorted({end - n + 1 for end, n in self._auto.iter(folded)})]

    def search(self, text: str) -> re.Match[str] | None:
        starts = self._starts(text)
        if starts is None:
            return self.regex.search(text) if self.may_match(text) else None
        for start, match in starts:
            if (m := match(text, start)) is not None:
                return m
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = self._starts(text)
        if starts is None:
            if self.may_match(text):
                yield from self.regex.finditer(text)
            return
        end = 0
        for start, match in starts:
            if start < end:
                continue  # inside the last match, where finditer does not look
            m = match(text, start)
            if m is not None:
                yield m
                end = m.end()  # never empty: a match holds its prefix


class AnyOf:
    """Which of several patterns a text may match, from one pass over it (most sentences
    hold none of a dozen time expressions)."""

    def __init__(self, patterns: list[Prefixed]) -> None:
        self._always = frozenset(p for p in patterns if not p.needs)
        words: dict[str, set[Prefixed]] = {}
        for p in patterns:
            for word in p.needs or ():
                words.setdefault(word, set()).add(p)
        self._auto = ahocorasick.Automaton()
        for word, found in words.items():
            self._auto.add_word(word, frozenset(found))
        self._auto.make_automaton()

    def possible(self, text: str) -> set[Prefixed]:
        out = set(self._always)
        for _, found in self._auto.iter(fold_case(text)):
            out |= found
        return out


class Alternation(Prefixed):
    """``head(?:(?P<name>pattern)|...)tail`` that, where a match may start, tries only the
    alternatives whose prefixes begin with the character there (a few of a hundred aliases).
    The others cannot match there, and the order of the rest is kept: the same matches."""

    def __init__(self, head: str, alternatives: list[tuple[str, str]], tail: str, flags: int = 0) -> None:
        def build(alts: list[tuple[str, str]]) -> re.Pattern[str]:
            return re.compile(head + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in alts) + ")" + tail, flags)

        super().__init__(build(alternatives))
        firsts = [None if (f := prefixes(p, flags)) is None else {w[0] for w in f} for _, p in alternatives]
        for c in set().union(*(f for f in firsts if f is not None)):
            alts = [a for a, f in zip(alternatives, firsts, strict=True) if f is None or c in f]
            self._match_at[c] = build(alts).match
