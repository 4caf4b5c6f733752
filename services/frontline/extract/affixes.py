"""spaCy's affix patterns, tried with only the pieces that can match at a word's edge.

spaCy's suffix pattern is an alternation of some eighty pieces ("…$", ",$",
"(?<=[0-9])km$", ...), many behind large Unicode classes, searched at every character of
every word it has not seen before; yet only the pieces that can end with the word's last
character can match it. Likewise the prefix pieces and the word's first character, and
the infix pattern, which no word without one of its opening characters can hold.
:func:`quicken` swaps these callables on a tokenizer: the same tokens, less regex work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokenizer import Tokenizer

_P = re._parser  # type: ignore[attr-defined]
_C = re._constants  # type: ignore[attr-defined]
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" at the start holds for every alternative
_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W",
}


def quicken(tokenizer: Tokenizer) -> None:
    """Give `tokenizer` prefix, suffix and infix callables that find what its own find."""
    if (edge := _Edge.of(tokenizer.prefix_search, last=False)) is not None:
        tokenizer.prefix_search = edge.search
    if (edge := _Edge.of(tokenizer.suffix_search, last=True)) is not None:
        tokenizer.suffix_search = edge.search
    if (gate := _Opening.of(tokenizer.infix_finditer)) is not None:
        tokenizer.infix_finditer = gate.finditer


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` as source text ("a|(b|c)|[|]" -> a, (b|c), [|])."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def edge_class(part: str, flags: int, last: bool) -> re.Pattern[str] | None:
    """A character class holding every character that a match of `part` can begin (or end)
    with; None when a match can be empty or its edge is not read."""
    found = _edge(list(_P.parse(part, flags)), last)
    if found is None or found[1] or not found[0]:
        return None
    return re.compile("[" + "".join(found[0]) + "]", flags & re.IGNORECASE)


def _edge(items: list, last: bool) -> tuple[list[str], bool] | None:
    """Class members (regex source) for the first (last) character of `items`, and whether
    `items` can match the empty string; None when unknown."""
    out: list[str] = []
    for op, av in reversed(items) if last else items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            return out + [re.escape(chr(av))], False
        if op is _C.IN:
            members = _members(av)
            return (out + members, False) if members is not None else None
        if op is _C.BRANCH or op is _C.SUBPATTERN or op in _REPEATS:
            alts = av[1] if op is _C.BRANCH else [av[3]] if op is _C.SUBPATTERN else [av[2]]
            empty = op in _REPEATS and av[0] == 0
            for alt in alts:
                found = _edge(list(alt), last)
                if found is None:
                    return None
                out += found[0]
                empty = empty or found[1]
            if not empty:
                return out, False
            continue  # may match nothing: the next item may hold the edge
        return None  # ".", a back-reference, ...: any character
    return out, True


def _members(av: list) -> list[str] | None:
    out = []
    for op, value in av:
        if op is _C.LITERAL:
            out.append(re.escape(chr(value)))
        elif op is _C.RANGE:
            out.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif op is _C.CATEGORY and value in _CATEGORIES:
            out.append(_CATEGORIES[value])
        else:
            return None  # a negated class
    return out


class _Edge:
    """An alternation whose every piece is anchored at the start (``^…``) or at the end
    (``…$``) of the text: searched with the pieces that can begin (end) with the text's
    first (last) character, in their order. The others cannot match: the same match."""

    def __init__(self, regex: re.Pattern[str], parts: list[str], classes: list[re.Pattern[str] | None],
                 last: bool) -> None:
        self.regex = regex
        self._parts = parts
        self._classes = classes
        self._last = last
        self._by_char: dict[str, Callable[[str], re.Match[str] | None] | None] = {}

    @classmethod
    def of(cls, search: Callable | None, last: bool) -> _Edge | None:
        regex = getattr(search, "__self__", None)
        if not isinstance(regex, re.Pattern) or regex.flags & (re.IGNORECASE | re.MULTILINE) \
                or _GLOBAL_FLAGS.match(regex.pattern):
            return None
        parts = split_alternatives(regex.pattern)
        anchor = (_C.AT, _C.AT_END if last else _C.AT_BEGINNING)
        classes = []
        for part in parts:
            try:
                items = list(_P.parse(part, regex.flags))
            except re.error:
                return None  # a piece that refers to another ("\\1")
            if not items or items[-1 if last else 0] != anchor:
                return None  # a piece that can match inside the text
            classes.append(edge_class(part, regex.flags, last))
        return cls(regex, parts, classes, last)

    def search(self, text: str) -> re.Match[str] | None:
        # "$" also matches before a final newline: then the last character is not the edge
        if not text or (self._last and text.endswith("\n")):
            return self.regex.search(text)
        c = text[-1] if self._last else text[0]
        try:
            search = self._by_char[c]
        except KeyError:
            search = self._by_char[c] = self._narrowed(c)
        return search(text) if search is not None else None

    def _narrowed(self, c: str) -> Callable[[str], re.Match[str] | None] | None:
        parts = [p for p, cls in zip(self._parts, self._classes, strict=True) if cls is None or cls.match(c)]
        return re.compile("|".join(parts), self.regex.flags).search if parts else None


class _Opening:
    """A pattern searched only from the first character that can begin a match."""

    def __init__(self, regex: re.Pattern[str], opening: re.Pattern[str]) -> None:
        self.regex = regex
        self._opening = opening

    @classmethod
    def of(cls, finditer: Callable | None) -> _Opening | None:
        regex = getattr(finditer, "__self__", None)
        if not isinstance(regex, re.Pattern) or regex.flags & re.IGNORECASE:
            return None
        opening = edge_class(regex.pattern, regex.flags, last=False)
        return cls(regex, opening) if opening is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        m = self._opening.search(text)
        # no match begins before the first opening character: finditer from there finds the same
        return self.regex.finditer(text, m.start()) if m is not None else iter(())
