"""dates: normalising event dates and the order of mixed precisions."""

from __future__ import annotations

import pytest

from frontline.control import dates


@pytest.mark.parametrize(("raw", "expected"), [
    ("2017-11-09", "2017-11-09"), ("2017-11", "2017-11"), ("2017", "2017"),
    ("2017-11-09T10:30:00Z", "2017-11-09"), (" 2017-11-09 ", "2017-11-09"),
    (None, None), ("", None), ("yesterday", None), ("2017-13", None), ("2017-02-30", None),
    ("2017-11x", None), ("2017-11T10:00", None), ("17-11-09", None),
])
def test_dates_normalise(raw: str | None, expected: str | None) -> None:
    assert dates.normalise(raw) == expected


@pytest.mark.parametrize(("date", "expected"), [
    ("2017", "year"), ("2017-11", "month"), ("2017-11-09", "day"), (None, None),
])
def test_dates_precision(date: str | None, expected: str | None) -> None:
    assert dates.precision(date) == expected


@pytest.mark.parametrize(("a", "b", "a_newer", "b_newer"), [
    ("2017-11-20", "2017-11-09", True, False),       # later day
    ("2017-11-09", "2017-11", True, False),          # a day inside a month is newer than the month
    ("2017-11-01", "2017-11", True, False),          # even its first day
    ("2017-11-30", "2017-11", True, False),
    ("2017-11", "2017", True, False),                # a month inside a year
    ("2017-12", "2017-11-09", True, False),          # a later month than the day's month
    ("2017-11", "2017-10-31", True, False),
    ("2018", "2017-12-31", True, False),
    ("2017-11-09", "2017-11-09", False, False),      # the same period
    ("2017-11", "2017-11", False, False),
    ("2017", None, True, False),                     # no date ranks below every date
    (None, None, False, False),
])
def test_dates_order(a: str | None, b: str | None, a_newer: bool, b_newer: bool) -> None:
    assert dates.newer(a, b) is a_newer
    assert dates.newer(b, a) is b_newer


@pytest.mark.parametrize(("date", "last"), [
    ("2017", "2017-12-31"), ("2017-11", "2017-11-30"), ("2016-02", "2016-02-29"), ("2017-11-09", "2017-11-09"),
])
def test_dates_last_day(date: str, last: str) -> None:
    assert dates.last_day(date) == last


@pytest.mark.parametrize(("date", "report", "before"), [
    ("2017-11-09", "2017-11-12", True),
    ("2017-11-09", "2017-11-09T08:00:00Z", False),   # the same day is not before
    ("2017-11", "2017-11-12", False),                # the month may end after the report
    ("2017-10", "2017-11-12", True),
    ("2017", "2017-11-12", False),
    (None, "2017-11-12", False), ("2017-11-09", None, False),
])
def test_dates_ends_before(date: str | None, report: str | None, before: bool) -> None:
    assert dates.ends_before(date, report) is before
