"""Time expressions: `when` (YYYY-MM-DD, YYYY-MM, YYYY or None) and recency, against the report date.

A small resolver rather than dateparser: we need the *precision* of the expression
("im Juli" is a month, "am Donnerstag" a day, "vergangene Woche" nothing) and
weekday resolution backwards from the report date, and it runs on every trigger
sentence (dateparser.search costs milliseconds per call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from frontline.extract.literals import AnyOf, Prefixed

MONTHS = {
    "january": 1, "jan": 1, "januar": 1, "jänner": 1, "february": 2, "feb": 2, "februar": 2,
    "march": 3, "mar": 3, "märz": 3, "maerz": 3, "april": 4, "apr": 4, "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12, "dezember": 12, "dez": 12,
}
WEEKDAYS = {
    "monday": 0, "montag": 0, "tuesday": 1, "dienstag": 1, "wednesday": 2, "mittwoch": 2,
    "thursday": 3, "donnerstag": 3, "friday": 4, "freitag": 4, "saturday": 5, "samstag": 5,
    "sonnabend": 5, "sunday": 6, "sonntag": 6,
}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# each tried only where its literal prefix occurs (a month, a weekday, a year's first digits)
_PATTERNS: list[tuple[str, Prefixed]] = [
    ("dmy", Prefixed(re.compile(rf"\b(\d{{1,2}})\.?\s+({_M})\.?\s+((?:19|20)\d\d)\b", re.I))),
    ("mdy", Prefixed(re.compile(rf"\b({_M})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I))),
    ("dm", Prefixed(re.compile(rf"\b(\d{{1,2}})\.?\s+({_M})\b", re.I))),
    ("md", Prefixed(re.compile(rf"\b({_M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.I))),
    ("my", Prefixed(re.compile(rf"\b({_M})\.?\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I))),
    ("iso", Prefixed(re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"))),
    ("mly", Prefixed(re.compile(rf"\b(?:in|im)\s+(?:(?:early|late|mid|anfang|ende|mitte)[\s-]+)?({_M})\s+(?:of\s+)?(?:last year|des vergangenen jahres|"
                                rf"vergangenen jahres|letzten jahres|des vorjahres)\b", re.I))),
    ("m", Prefixed(re.compile(rf"\b(?:in|im|since|seit|during|early|late|mid|last|anfang|ende|mitte|of|vom|bis)(?:\s+(?:-\s*)?|-)({_M})\b", re.I))),
    ("lm", Prefixed(re.compile(r"\b(last month|(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+monat)\b", re.I))),
    ("tm", Prefixed(re.compile(r"\b(earlier this month|this month|(?:anfang|mitte|ende)\s+des\s+monats|diesen\s+monat|in\s+diesem\s+monat)\b", re.I))),
    ("ly", Prefixed(re.compile(r"\b(last year|(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+jahr|vergangenes\s+jahr|letztes\s+jahr|im\s+vorjahr)\b", re.I))),
    ("wd", Prefixed(re.compile(rf"\b(?:on\s+|am\s+|last\s+|early\s+|late\s+|vergangenen\s+|letzten\s+)?({_W})(?:abend|morgen|nacht|nachmittag|vormittag|mittag|früh)?\b", re.I))),
    ("y", Prefixed(re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)"))),
    ("rel0", Prefixed(re.compile(r"\b(today|heute|tonight|this morning|heute morgen|this evening|heute früh|earlier in the day|"
                                 r"later in the day|earlier today|later today|am selben tag|im laufe des tages)\b", re.I))),
    ("rel1", Prefixed(re.compile(r"\b(yesterday|gestern|last night)\b", re.I))),
]
_DIGIT = re.compile(r"\d")
_NEED_DIGIT = frozenset({"dmy", "mdy", "dm", "md", "my", "iso", "y"})
# Vague but recent: the event is news, its day unknown.
RECENT = Prefixed(re.compile(
    r"\b(last week|this week|past week|recently|in recent days|earlier this week|days ago|"
    r"vergangene[nr]? woche|letzte[nr]? woche|diese[nr]? woche|kürzlich|jüngst|zuletzt|in den vergangenen tagen|"
    r"vor wenigen tagen|vor einigen tagen|zu beginn der woche|anfang der woche|am wochenende|over the weekend|this weekend)\b",
    re.I,
))
# Clearly in the past: a recap.
PAST = Prefixed(re.compile(
    r"\b(years? ago|months ago|a year earlier|earlier this year|last year|in the past|back in(?= (?:\d|january|february|march|april|may|june|july|august|september|october|november|december|the))|previously|formerly|"
    r"once|damals|einst|vor (?:\w+ )?jahren|vor (?:\w+ )?monaten|im vorjahr|vergangenes jahr|letztes jahr|ehemalige[nr]?|frühere[nr]?)\b",
    re.I,
))

# "the following month", "a day later", "tags darauf": one unit after the time told just before
_NEXT = Prefixed(re.compile(
    r"\b(?:the (?:following|next) (day|month|year)|(?:a|one) (day|month|year) later|"
    r"(?:am|im) (?:folgenden|nächsten|darauffolgenden) (tag|monat|jahr)|(?:einen|ein) (tag|monat|jahr) später|"
    r"(?:am|im) (tag|monat|jahr) darauf|(tags) darauf)\b",
    re.I,
))
_ANY = AnyOf([rx for _, rx in _PATTERNS] + [RECENT, PAST, _NEXT])  # one look for the words each needs


@dataclass(frozen=True, slots=True)
class When:
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None
    start: int  # offset in the sentence (-1 when none)
    recent: bool | None  # True news, False recap, None undecided


def _parse_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_back(pub: date | None, month: int) -> str | None:
    if pub is None:
        return None
    year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}"


def _day(pub: date | None, month: int, day: int, year: int | None = None) -> str | None:
    if year is None:
        if pub is None:
            return None
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


_THAT_YEAR = re.compile(r"(?i)\b(?:that year|jenes jahres|desselben jahres)\b")
_OF_THAT_YEAR = re.compile(r"(?i)\S+\s+(?:\S+\s+)?(?:of that year|jenes jahres|desselben jahres)")  # "March of that year"


def find_times(sentence: str, published: str | None) -> list[When]:
    """Every time expression of a sentence, resolved against the report date."""
    pub = _parse_date(published)
    out: list[When] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(sentence) is not None
    possible = _ANY.possible(sentence)
    for kind, rx in _PATTERNS:
        if rx not in possible or (kind in _NEED_DIGIT and not digits):
            continue  # none of its words here, or a date pattern in a sentence without a number
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = _resolve(kind, m, pub)
            if value is None and kind not in ("rel0", "rel1"):
                continue
            taken.append((m.start(), m.end()))
            if kind == "wd" and re.match(r",?\s*(?:\d{1,2}\.?\s+|(?:" + _M + r")\.?\s+\d)", sentence[m.end() : m.end() + 14], re.I):
                continue  # "on Friday, Aug. 6": the date that follows is the day meant
            out.append(When(value, m.start(), recency(value, pub)))
    for rx, recent in ((RECENT, True), (PAST, False)):
        if rx not in possible:
            continue
        for m in rx.finditer(sentence):
            if not any(a <= m.start() < b for a, b in taken):
                out.append(When(None, m.start(), recent))
    out.sort(key=lambda w: w.start)
    if digits and _THAT_YEAR.search(sentence):
        # "besieged Kuito for much of 1993 and in March of that year captured Huambo": the year told before
        for n, w in enumerate(out):
            years = [y for y in out[:n] if y.value is not None and len(y.value) >= 4]
            if w.value is not None and len(w.value) == 7 and years and _OF_THAT_YEAR.match(sentence, w.start):
                value = years[-1].value[:4] + w.value[4:]
                out[n] = When(value, w.start, recency(value, pub))
    if _NEXT in possible:
        for m in _NEXT.finditer(sentence):
            prior = [w for w in out if w.start < m.start() and w.value is not None]
            if prior:
                unit = next(g for g in m.groups() if g).lower()
                value = _after(prior[-1].value, _UNITS.get(unit, unit))
                out.append(When(value, m.start(), recency(value, pub) if value else prior[-1].recent))
        out.sort(key=lambda w: w.start)
    return out


_UNITS = {"tag": "day", "tags": "day", "monat": "month", "jahr": "year"}


def _after(value: str, unit: str) -> str | None:
    """One day, month or year after `value`, at the precision both allow."""
    if unit == "year":
        return f"{int(value[:4]) + 1:04d}{value[4:7] if len(value) >= 7 else ''}"
    if unit == "month" and len(value) >= 7:
        y, mth = int(value[:4]), int(value[5:7])
        return f"{y + mth // 12:04d}-{mth % 12 + 1:02d}"
    if unit == "day" and len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    return None


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> str | None:
    g = m.groups()
    if kind == "dmy":
        return _day(pub, MONTHS[g[1].lower()], int(g[0]), int(g[2]))
    if kind == "mdy":
        return _day(pub, MONTHS[g[0].lower()], int(g[1]), int(g[2]))
    if kind == "dm":
        return _day(pub, MONTHS[g[1].lower()], int(g[0]))
    if kind == "md":
        return _day(pub, MONTHS[g[0].lower()], int(g[1]))
    if kind == "my":
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "iso":
        return f"{g[0]}-{g[1]}-{g[2]}"
    if kind == "m":
        value = _month_back(pub, MONTHS[g[0].lower()])
        if value and pub and m.group(0).lower().startswith("last") and MONTHS[g[0].lower()] == pub.month:
            return f"{pub.year - 1:04d}-{pub.month:02d}"  # "last September" told in September: a year ago
        return value
    if kind == "mly":
        return f"{pub.year - 1:04d}-{MONTHS[g[0].lower()]:02d}" if pub else None
    if kind == "lm":
        return (f"{pub.year - (pub.month == 1):04d}-{(pub.month - 2) % 12 + 1:02d}") if pub else None
    if kind == "tm":
        return f"{pub.year:04d}-{pub.month:02d}" if pub else None
    if kind == "ly":
        return f"{pub.year - 1:04d}" if pub else None
    if kind == "wd":
        if pub is None:
            return None
        back = (pub.weekday() - WEEKDAYS[g[0].lower()]) % 7
        if back == 0 and m.group(0).lower().startswith(("last", "vergangenen", "letzten")):
            back = 7  # "last Friday" told on a Friday: a week ago
        if m.string[m.end() : m.end() + 20].lower().startswith((" vor einer woche", " der vorwoche", " of last week")):
            back += 7  # "am Freitag vor einer Woche"
        return (pub - timedelta(days=back)).isoformat()
    if kind == "y":
        year = int(g[0])
        if pub is not None and year > pub.year:
            return None
        return f"{year:04d}"
    if kind == "rel0":
        return pub.isoformat() if pub else None
    if kind == "rel1":
        return (pub - timedelta(days=1)).isoformat() if pub else None
    return None


def recency(value: str | None, pub: date | None) -> bool | None:
    """True when `value` lies within the last 14 days of the report, False when older."""
    if value is None or pub is None:
        return None
    if len(value) == 10:
        d = date.fromisoformat(value)
        return (pub - d).days <= 14
    if len(value) == 7:
        y, mth = int(value[:4]), int(value[5:7])
        return (y, mth) == (pub.year, pub.month) or ((y * 12 + mth) == (pub.year * 12 + pub.month - 1) and pub.day <= 10)
    return int(value) == pub.year and pub.month <= 1
