"""Dates a sentence's own clause does not give (dating.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.extract import dating
from frontline.extract.text import sentences
from frontline.model import ControlEvent


@pytest.mark.parametrize("text,end", [
    ("Jan. 2, 2009 - Troops capture Kilinochchi.", len("Jan. 2, 2009")),
    ("8. August: Die Taliban erobern Kundus.", len("8. August")),
])
def test_dating_finds_the_end_of_an_entry_date(text, end):
    assert dating.time_end(text, 0) == end
    assert dating.ENTRY_MARK.match(text, end)


def _event(text: str, sentence: str, published: str) -> ControlEvent:
    start = text.index(sentence)
    return ControlEvent(place="Wad Madani", country="SD", kind="capture", winner="GOV:SD", loser=None, when=published,
                        current=True, evidence=sentence, evidence_start=start, evidence_end=start + len(sentence))


@pytest.mark.parametrize("second,when", [
    ("Truppen seien am Samstag in das Zentrum der Stadt vorgedrungen.", "2025-01-11"),  # the lead's day
    ("Die Miliz hatte die Stadt am Samstag eingenommen.", "2025-01-12"),  # a recap's day is not the lead's
    ("Am Samstag demonstrierten Menschen in Port Sudan.", "2025-01-12"),  # another place, no town word
])
def test_dating_takes_a_leads_day_from_the_next_sentence(second, when):
    lead = "Die Armee hat Wad Madani zurückerobert."
    text = lead + " " + second
    event = _event(text, lead, "2025-01-12")
    assert [e.when for e in dating.dated_by_next([event], sentences(text), "2025-01-12")] == [when]
