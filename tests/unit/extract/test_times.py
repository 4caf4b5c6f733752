"""Time expressions resolved against the report date, in sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.extract.times import find_times


@pytest.mark.parametrize("sentence,published,values", [
    ("The group occupied the city in November 2012 and withdrew the following month.", "2025-01-28", ["2012-11", "2012-12"]),
    ("Am 3. März 2014 fiel die Stadt, tags darauf zogen die Truppen ab.", "2014-03-10", ["2014-03-03", "2014-03-04"]),
    ("Im Mai 2014 fiel die Stadt, im Jahr darauf eroberte die Armee sie zurück.", "2016-01-01", ["2014-05", "2015-05"]),
    ("The rebels took the town in December 2019 and lost it a year later.", "2021-06-01", ["2019-12", "2020-12"]),
])
def test_times_count_a_unit_after_the_time_told_before(sentence, published, values):
    assert [w.value for w in find_times(sentence, published)] == values


def test_times_need_a_time_before_the_following_day():
    assert find_times("The town fell the following day.", "2020-05-01") == []


@pytest.mark.parametrize("sentence,published,values", [
    ("The town was taken only a week ago, on Friday, Aug. 6.", "2021-08-13", ["2021-08-06"]),
    ("Die Stadt fiel am Freitag, 6. August.", "2021-08-13", ["2021-08-06"]),
    ("The town fell on Friday in the morning.", "2021-08-13", ["2021-08-13"]),
])
def test_times_read_the_date_after_a_weekday(sentence, published, values):
    assert [w.value for w in find_times(sentence, published)] == values


@pytest.mark.parametrize("sentence,published,values", [
    ("In mid-April they seized the town.", "2020-06-06", ["2020-04"]),
    ("Last month the rebels seized the town.", "1993-08-24", ["1993-07"]),
    ("They took it in May last year.", "1993-08-24", ["1992-05"]),
    ("They took it in a summer offensive last year.", "1993-08-24", ["1992"]),
    ("Im vergangenen Monat fiel die Stadt.", "2020-06-06", ["2020-05"]),
    ("They took Herat last September.", "1996-09-27", ["1995-09"]),
    ("Earlier in the day the militants seized the city.", "2021-08-15", ["2021-08-15"]),
])
def test_times_resolve_months_and_years_before_the_report(sentence, published, values):
    assert [w.value for w in find_times(sentence, published)] == values


@pytest.mark.parametrize("sentence,published,values", [
    ("The first town fell last Friday.", "2021-08-13", ["2021-08-06"]),  # told on a Friday: a week ago
    ("The town fell on Friday.", "2021-08-13", ["2021-08-13"]),
    ("Die Stadt fiel am Freitag vor einer Woche.", "2021-08-13", ["2021-08-06"]),
    ("Die Stadt fiel am Mittwoch vor einer Woche.", "2021-08-13", ["2021-08-04"]),
])
def test_times_count_back_a_week_for_last_weekday_and_vor_einer_woche(sentence, published, values):
    assert [w.value for w in find_times(sentence, published)] == values
