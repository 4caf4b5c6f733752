"""Event dates of mixed precision (YYYY, YYYY-MM, YYYY-MM-DD) and their order.

The order (docs/control-state.md, "Time"): a date is the interval it names; a later
interval is newer; of two nested intervals the finer one is newer ("2017-11-09" is
newer than "2017-11", which is not newer than any day inside it). Because calendar
intervals are either disjoint or nested, this is a total order, and it is exactly the
lexicographic order of the ISO strings. No date at all ranks below every date.
"""

from __future__ import annotations

import calendar
import re
from typing import Literal

Precision = Literal["year", "month", "day"]
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PRECISION: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}


def normalise(value: str | None) -> str | None:
    """``value`` as YYYY[-MM[-DD]] (a datetime keeps its day), or None if absent or malformed."""
    if not value:
        return None
    text = value.strip()
    match = _DATE.match(text)
    if match is None:
        return None
    year, month, day = match.groups()
    rest = text[match.end():]
    if rest and (day is None or not rest.startswith(("T", " "))):
        return None  # only a datetime may continue after a full date
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return None
    return match.group(0)


def precision(date: str | None) -> Precision | None:
    """How precise a normalised date is: "year", "month", "day" (None for no date)."""
    return _PRECISION.get(len(date)) if date else None


def sort_key(date: str | None) -> tuple[int, str]:
    """The order of event dates: no date first, then the ISO strings (see module doc)."""
    return (0, "") if date is None else (1, date)


def newer(a: str | None, b: str | None) -> bool:
    """True if date ``a`` is strictly newer than date ``b``."""
    return sort_key(a) > sort_key(b)


def last_day(date: str) -> str:
    """The last day (YYYY-MM-DD) of the interval a normalised date names."""
    if len(date) == 10:
        return date
    if len(date) == 4:
        return f"{date}-12-31"
    year, month = int(date[:4]), int(date[5:7])
    return f"{date}-{calendar.monthrange(year, month)[1]:02d}"


def ends_before(date: str | None, day: str | None) -> bool:
    """True if the whole interval of ``date`` lies before the day of ``day`` (a date or datetime)."""
    report = normalise(day)
    if date is None or report is None:
        return False
    return last_day(date) < report  # a shorter report date compares as its first day
