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
