"""text.py: sentences end where wire copy ends them, with exact offsets."""

from __future__ import annotations

import pytest

from frontline.extract.text import sentences


@pytest.mark.parametrize("text,expected", [
    # an English date ends a sentence; a German ordinal before its month does not
    ("The army took Kilinochchi on Jan. 2. The fall of Mullaitivu followed.",
     ["The army took Kilinochchi on Jan. 2.", "The fall of Mullaitivu followed."]),
    ("Am 2. Januar fiel die Stadt. Seit dem 2. Weltkrieg gilt das.", ["Am 2. Januar fiel die Stadt.", "Seit dem 2. Weltkrieg gilt das."]),
    ("On Sept. 5 it fell.", ["On Sept. 5 it fell."]),
    # a sentence may open with a capital outside ASCII
    ("Die Serben griffen Žepa an. Žepa und Goražde sind Enklaven. Čelebići fiel.",
     ["Die Serben griffen Žepa an.", "Žepa und Goražde sind Enklaven.", "Čelebići fiel."]),
])
def test_text_splits_sentences_where_wire_copy_ends_them(text, expected):
    found = sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start : s.end] == s.text for s in found)
