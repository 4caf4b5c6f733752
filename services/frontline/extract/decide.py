"""Decide: the plain functions that turn candidate readings and events into one event per fact.

Match, then decide (STYLE.md): mentions.py and the frames find candidates; these rules
resolve conflicts between them, each a small function over plain values that can be
swapped or tested alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract.actors import UNKNOWN
from frontline.extract.frames import Reading
from frontline.extract.literals import Prefixed
from frontline.extract.mentions import SentenceMentions
from frontline.extract.text import Sentence
from frontline.model import ControlEvent


def drop_holds_of_captured(readings: list[Reading]) -> list[Reading]:
    """'captured the rebel stronghold of Kilinochchi': the stronghold names the loser, not a hold."""
    keys = {(r.place.place.key if r.place.place else None): r for r in readings if r.kind == "capture"}
    out = []
    for r in readings:
        if r.kind == "withdrawal" and r.place.place is not None and r.place.place.key in keys:
            continue  # "took Sloviansk after the separatists abandoned the city": one change of hands
        if r.kind == "hold" and r.place.place is not None and r.place.place.key in keys:
            cap = keys[r.place.place.key]
            if cap.loser is None:
                cap.loser = r.winner
            continue
        out.append(r)
    return out


# "KABUL, Afghanistan (AP) —", "Kabul (dpa) -": the dateline locates the report, not an event
_CAPWORDS = r"[A-ZÄÖÜ][\w.'’-]*(?:[ -][A-ZÄÖÜ][\w.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"^\s*{_CAPWORDS}(?:,\s*{_CAPWORDS})?(?:\s*/\s*{_CAPWORDS})?\s*\([A-Za-z]{{2,10}}(?:[/ ][A-Za-z]{{2,10}})?\)\s*[-–—:]+\s*"
)


def blank_dateline(text: str) -> tuple[str, str | None]:
    """The text with its dateline replaced by spaces (offsets stay exact), and the dateline's place."""
    m = _DATELINE.match(text)
    if m is None:
        return text, None
    city = re.split(r"[,(/]", m.group(0))[0].strip()
    return " " * m.end() + text[m.end() :], (city.title() if city.isupper() else city)


# tried only where one of its words begins (literals.Prefixed)
DENIAL = Prefixed(re.compile(
    r"\b(denied|denies|deny|dismissed|refuted|propaganda|untrue|fabricated|dementiert\w*|bestritt\w*|bestreit\w*|zurückgewiesen|als falsch|"
    r"wies\w* (?:\w+ ){0,4}zurück)\b", re.I))
_ENTRY = frozenset({"enter", "entered", "enters", "entering", "move", "moved", "moves", "take", "took", "taken",
                    "march", "marched", "rolled", "einrücken", "rückten", "rückte", "eingerückt", "einmarschieren",
                    "marschierten", "übernehmen", "übernahmen", "übernahm", "übernommen"})


def with_entrant(sm: SentenceMentions, r: Reading) -> Reading:
    """A withdrawal's winner is the actor that the sentence says moved in ("rebels entered
    Timbuktu after soldiers abandoned the town")."""
    if r.kind != "withdrawal" or r.winner is not None or r.loser is None:
        return r
    if not any(t.lower in _ENTRY or t.lemma in _ENTRY for t in sm.toks):
        return r
    others = [a for a in sm.actors if a[2].actor != r.loser[2].actor and a[2].specific and a != r.loser]
    if others:
        r.winner = others[0]
    return r


def entrants(events: list[ControlEvent]) -> list[ControlEvent]:
    """'Israeli troops withdrew from Khiam. Lebanese soldiers moved into the town.': the
    withdrawal's winner is the side that moved in; the move itself is that same change."""
    out = list(events)
    for w in events:
        if w.kind != "withdrawal" or w.winner is not None:
            continue
        later = [c for c in out if c.kind == "capture" and c.place_key == w.place_key and c.winner not in (None, w.loser)
                 and 0 <= c.evidence_start - w.evidence_start < 800]
        if later:
            c = later[0]
            out[out.index(w)] = replace(w, winner=c.winner, id="")
            if c.confidence <= 0.6:
                out.remove(c)  # "rückten in den Ort ein": the entry, already told by the withdrawal
    return out


def same_time(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a[:4] == b[:4]


def drop_denied(events: list[ControlEvent], sents: list[Sentence]) -> list[ControlEvent]:
    """A claim that a following sentence denies ("X denied the city had fallen") is no event."""
    denials = [s for s in sents if DENIAL.search(s.text)]
    if not denials:
        return events
    denied: set[str] = set()
    for d in denials:
        before = [e for e in events if e.kind in ("capture", "withdrawal") and 0 < d.start - e.evidence_end < 600]
        named = [e for e in before if e.place.lower() in d.text.lower()]
        if named:
            denied.update(e.id for e in named)
        elif before and re.search(r"\b(city|town|claim|statement|Stadt|Angaben)\b", d.text, re.I):
            denied.add(max(before, key=lambda e: e.evidence_end).id)  # the claim just made
    return [e for e in events if e.id not in denied]


def merge_vague(events: list[ControlEvent]) -> list[ControlEvent]:
    """One fact, one event: a report of the same place and kind with no winner (or an
    UNKNOWN one) adds nothing when another report of it names the winner."""
    named = [e for e in events if e.winner not in (None, UNKNOWN)]

    def covered(v: ControlEvent) -> bool:
        return any(
            n.place_key == v.place_key and n.kind == v.kind and n.winner != v.loser
            and (n.when == v.when or n.when is None or v.when is None)
            for n in named
        )

    return [e for e in events if e.winner not in (None, UNKNOWN) or not covered(e)]


def allied(sm: SentenceMentions, rd: Reading, actor: str | None) -> bool:
    """True when `actor` is named right beside the winner ("Turkey and allied rebels")."""
    if rd.winner is None or actor is None:
        return False
    ws, we, _ = rd.winner
    return any(a.actor == actor and (we <= s0 <= we + 4 or ws - 4 <= e0 <= ws) for s0, e0, a in sm.actors)
