"""Dates that a sentence's own clause does not give: a chronology entry's opening date, a day counted
back from the main clause ("a day after taking X"), and a lead's day told by the next sentence.

Pure functions over sentences and events (no Kafka, no state); `pipeline.py` calls them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from frontline.extract.text import Sentence
from frontline.extract.times import find_times
from frontline.model import ControlEvent

# "captured Kandahar on Friday, a day after taking Herat": days to count back from the main clause's day
DAYS_BACK = {"a day after": 1, "one day after": 1, "two days after": 2, "three days after": 3, "einen tag nach": 1,
             "einen tag nachdem": 1, "zwei tage nach": 2, "zwei tage nachdem": 2}
ENTRY_MARK = re.compile(r"\s*(?:[:–—]|-\s)")


def time_end(text: str, start: int) -> int:
    """Where a time expression that opens a chronology entry ends ("Jan. 2, 2009", "8. August")."""
    m = re.match(r"[\w.]+(?:\s+\d{1,2}\b,?)?(?:\s+[\w.]+)?(?:,?\s+(?:19|20)\d\d)?", text[start:])
    return start + (m.end() if m else 0)


RECAP_AUX = re.compile(r"\b(?:hatte|hatten|had|war|waren)\b", re.I)


def dated_by_next(events: list[ControlEvent], sents: list[Sentence], published: str | None) -> list[ControlEvent]:
    """'Die Armee hat Wad Madani zurückerobert. Truppen seien am Samstag in das Zentrum vorgedrungen': a lead
    that tells a capture without its day takes the day the next sentence of its paragraph tells of it."""
    if not published:
        return events
    by_start = {s.start: s for s in sents}
    out = []
    for e in events:
        s = by_start.get(e.evidence_start)
        if e.kind in ("capture", "withdrawal") and e.when == published and s is not None and not find_times(s.text, published) \
                and s.index + 1 < len(sents) and sents[s.index + 1].paragraph == s.paragraph:
            nxt = sents[s.index + 1]
            if RECAP_AUX.search(nxt.text):
                out.append(e)
                continue  # "Konna war am Donnerstag von Islamisten erobert worden": an earlier event, not this one's day
            days = [t for t in find_times(nxt.text, published) if t.value and len(t.value) == 10 and t.recent
                    and 0 <= (date.fromisoformat(published[:10]) - date.fromisoformat(t.value)).days <= 3]
            about = e.place.lower() in nxt.text.lower() or re.search(r"\b(?:Stadt|city|town|dort|there|Zentrum|centre|center)\b", nxt.text)
            if days and about:
                e = replace(e, when=days[0].value, id="")
        out.append(e)
    return out
