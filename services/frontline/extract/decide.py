"""Decide: the plain functions that turn candidate readings and events into one event per fact.

Match, then decide (STYLE.md): mentions.py and the frames find candidates; these rules
resolve conflicts between them, each a small function over plain values that can be
swapped or tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from frontline.extract.actors import UNKNOWN
from frontline.extract.frames import Reading
from frontline.extract.literals import Prefixed
from frontline.extract.mentions import SentenceMentions
from frontline.extract.text import Sentence
from frontline.model import ControlEvent


def drop_holds_of_captured(readings: list[Reading], ordered: bool = False) -> list[Reading]:
    """'captured the rebel stronghold of Kilinochchi': the stronghold names the loser, not a hold
    (so does a stronghold abandoned).
    (A withdrawal beside a capture stays: "took Goma after the army pulled out" is both.) With
    `ordered` (English word order) only a hold told after the capture's verb is its object."""
    keys = {(r.place.place.key if r.place.place else None): r for r in readings if r.kind == "withdrawal"}
    # "gaben auch ihre Hochburg Mardschajun auf", "abandoned their stronghold of Slovyansk": the leaver's, left
    keys.update({(r.place.place.key if r.place.place else None): r for r in readings if r.kind == "capture"})
    out = []
    for r in readings:
        if r.kind == "hold" and r.place.place is not None and r.place.place.key in keys \
                and (not ordered or r.trigger > keys[r.place.place.key].trigger):  # not "still control Sanaa, which they seized in 2014"
            cap = keys[r.place.place.key]
            if cap.kind == "capture" and _same_side(r, cap):
                out.append(r)  # "which the Tigers overran in 2000 and still hold", "kontrolliert ... Sirte, die sie ... eingenommen hatte"
                continue
            if cap.kind == "withdrawal" and (cap.loser is None or r.winner is not None and
                                             r.winner[2].actor not in (cap.loser[2].actor, "PRONOUN")):
                out.append(r)  # "zogen sich aus Zchinwali zurück, das seitdem von russischen Truppen kontrolliert wird"
                continue
            if cap.loser is None:
                cap.loser = r.winner
            continue
        out.append(r)
    return out


def _same_side(hold: Reading, capture: Reading) -> bool:
    """The side that took the place still holds it: two facts, not a stronghold that names the loser.
    A pronoun that takes the place in a clause after the hold stands for the holder."""
    if hold.winner is None or capture.winner is None:
        return False
    held, took = hold.winner[2].actor, capture.winner[2].actor
    # ("seized Dessie and Kombolcha, which remain under their control": a pronoun after the taker is the taker)
    return (held == took and held != "PRONOUN") or (took == "PRONOUN" and hold.trigger < capture.trigger) \
        or (held == "PRONOUN" and took != "PRONOUN" and hold.trigger > capture.trigger)


# "KABUL, Afghanistan (AP) —", "ZAGREB, Yugoslavia, Nov 19 (Reuters) -", "Kabul (dpa) -": the dateline locates the report, not an event
_CAPWORDS = r"[A-ZÄÖÜ][\w.'’-]*(?:[ -][A-ZÄÖÜ][\w.'’-]*){0,3}"
_UPPER = r"[A-ZÄÖÜ][A-ZÄÖÜ'’.-]*(?: [A-ZÄÖÜ][A-ZÄÖÜ'’.-]*){0,2}"
_AGENCIES = r"(?:KNA|dpa|AFP|AP|Reuters|epd|APA|SDA|DW|ANSA|UPI|TASS|Xinhua|IPS|KNA/dpa|dpa/AFP)"
_DATELINE = re.compile(
    rf"^\s*{_CAPWORDS}(?:,\s*{_CAPWORDS})?(?:\s*/\s*{_CAPWORDS})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]{2,8})(?:,?\s*\d{4})?)?"  # "ZAGREB, Nov 19", "Jan 27, 2009"
    rf"\s*(?:\([A-Za-z]{{2,10}}(?:\s*[/, ]\s*[A-Za-z]{{2,10}}){{0,4}}\)\s*[-–—:]+\s*|\({_AGENCIES}\)\s*(?=[A-ZÄÖÜ]))"
    # ("(dpa/AFP/APA) -"; a known agency without the dash: "Manila (KNA) Nach", not "Islamic State (IS) Fighters")
    # German style without an agency: "Kiew/Slowjansk - Die Armee ...", "Kiew – ..."
    rf"|^\s*{_CAPWORDS}(?:\s*/\s*{_CAPWORDS})*\s+[-–—]\s+(?=[A-ZÄÖÜ])"
    # a newspaper's own: "KAMPALA taz |"
    rf"|^\s*{_CAPWORDS}(?:\s*/\s*{_CAPWORDS})*\s+[A-Za-z]{{2,10}}\s*\|\s*"
    # no agency: "FREETOWN, Jan 7 -", "BEIRUT/BAGHDAD, May 21 -", "MONROVIA, Liberia, Aug. 14 —" (the city in capitals)
    rf"|^\s*{_UPPER}(?:\s*/\s*{_UPPER})*(?:,\s*{_CAPWORDS})?,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,?\s*\d{{4}})?\s*[-–—]+\s*"
)


_CITY = re.compile(_CAPWORDS)


def blank_dateline(text: str) -> tuple[str, str | None]:
    """The text with its dateline replaced by spaces (offsets stay exact), and the dateline's place."""
    m = _DATELINE.match(text)
    if m is None:
        # after a teaser paragraph: "Wochenlang war Slowjansk ... \n\nKiew/Slowjansk - Die Armee ..."
        cut = text.find("\n\n")
        if 0 < cut < 400:
            rest, city = blank_dateline(text[cut + 2 :])
            if city is not None:
                return text[: cut + 2] + rest, city
        return text, None
    city = re.split(r"[,(/|]", m.group(0))[0].strip(" \t\n-–—")
    name = _CITY.match(city)
    city = name.group(0) if name else city  # "KAMPALA taz": the city without the newspaper
    return " " * m.end() + text[m.end() :], (city.title() if city.isupper() else city)


# tried only where one of its words begins (literals.Prefixed)
DENIAL = Prefixed(re.compile(
    r"\b(denied|denies|deny|dismissed|dismiss(?:es)? (?:\w+ ){0,3}as (?:a |an )?(?:fabrication|lies?|false|untrue|baseless|fake|nonsense)|"
    r"refuted|propaganda|untrue|fabricated|fabrication|baseless|dementiert\w*|bestritt\w*|bestreit\w*|zurückgewiesen|als falsch|"
    r"\b(?:wies|wiesen|weist|weisen)\b (?:\S+ ){0,9}zurück|desinformation|disinformation|widersprach|widerspricht|widersprachen|"
    r"widersprechen|contradicted|contradicts|"
    r"(?:rejected|disputed) (?:this|that)(?=\s*[.,;])|reject(?:s|ed)? (?:the|these|those|that|this) (?:\w+ )?(?:claims?|reports?|account)|"
    r"(?:claims?|reports?|account|statements?) (?:was|is|were|are) (?:false|untrue|baseless|wrong)|"
    r"(?:reports?|claims?|rumou?rs?) (?:[^.;]{0,40} )?that [^.;]{0,100}(?:was|is|were|are) (?:false|untrue|baseless|unfounded|groundless)|"
    r"(?:Berichte|Meldungen|Behauptungen|Angaben)\b[^.;]{0,60}(?:wonach|dass) [^.;]{0,120} (?:seien|sind|sei|ist|waren|war) (?:\w+ )?(?:falsch|unzutreffend|erfunden)|"
    r"(?:has|had|have) not fallen|(?:hasn't|hadn't|haven't) fallen|(?:ist|sei|seien|sind|war) (?:\w+ )?nicht gefallen)\b", re.I))
_ENTRY = frozenset({"enter", "entered", "enters", "entering", "move", "moved", "moves", "take", "took", "taken",
                    "walked", "swept", "sweep", "drove", "poured", "streamed",
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
            if c.confidence <= 0.6 and c.evidence_start != w.evidence_start \
                    and _ENTRY & set(re.findall(r"\w+", c.evidence.lower())):
                # "rückten in den Ort ein": the entry, already told by the withdrawal (not "meldet die vollständige
                # Einnahme von Awdijiwka" after the order to withdraw: the taking, a fact of its own)
                out.remove(c)
            continue
        # "Iraq recaptured Faw. ... Iranian forces had withdrawn from Faw": the taker told before
        taker = [c for c in out if c.kind == "capture" and c.place_key == w.place_key and c.winner not in (None, w.loser)
                 and c.loser in (None, w.loser) and same_time(c.when, w.when)]
        if taker:
            c = min(taker, key=lambda c: abs(c.evidence_start - w.evidence_start))
            out[out.index(w)] = replace(w, winner=c.winner, id="")
    return out


def inherit_winner(events: list[ControlEvent]) -> list[ControlEvent]:
    """'Im Oktober nahm die RSF Nyala ein, im November fiel El Geneina': a capture told without
    its taker continues the capture told just before it (within a few sentences)."""
    out = list(events)
    takers = {c.winner for c in events if c.kind == "capture" and c.winner not in (None, UNKNOWN)
              and isinstance(c.winner, str)}
    for n, e in enumerate(out):
        if e.kind != "capture" or e.winner is not None:
            continue
        same = [c for c in events if c.kind == "capture" and c.place_key == e.place_key and c.winner not in (None, UNKNOWN, e.loser)
                and isinstance(c.winner, str) and same_time(c.when, e.when)]
        before = [c for c in out if c.kind == "capture" and c.winner not in (None, UNKNOWN) and c.place_key != e.place_key
                  and 0 <= e.evidence_start - c.evidence_start <= 400]
        near = [c for c in events if c.kind == "capture" and c.winner not in (None, UNKNOWN, e.loser) and isinstance(c.winner, str)
                and c.place_key != e.place_key and abs(e.evidence_start - c.evidence_start) <= 1500]
        retold = [c for c in events if c.kind == "capture" and c.place_key == e.place_key and c.winner not in (None, UNKNOWN, e.loser)
                  and isinstance(c.winner, str) and e.when == e.published and c.evidence_start < e.evidence_start
                  and e.confidence <= 0.55 and sum(x.evidence_start == e.evidence_start for x in events) == 1]
        if retold:
            # "Für die Wirtschaft ist der Fall Lashios bedeutsam": an undated fall of a town taken before, told alone
            # in its sentence by a weak (nominal) reading, is that taking
            out[n] = replace(e, winner=retold[-1].winner, id="")
        elif before:
            c = max(before, key=lambda c: c.evidence_start)
            out[n] = replace(e, winner=c.winner, loser=e.loser if e.loser != c.winner else None, id="")
        elif len(takers) == 1 and e.loser not in takers and not any(
                c.kind == "capture" and c.place_key == e.place_key and c.winner in takers
                and not same_time(c.when, e.when) for c in events):  # the same side did not take it twice
            # a story of one side's advance: "Am Sonntag war Kundus gefallen" is that side's too
            out[n] = replace(e, winner=next(iter(takers)), id="")
        elif same:
            # "Nach dem Fall Srebrenicas ... Serbische Truppen hatten die Enklave eingenommen": its taker told elsewhere
            out[n] = replace(e, winner=min(same, key=lambda c: abs(c.evidence_start - e.evidence_start)).winner, id="")
        elif near:
            # "Nach dem Fall von Herat ..." in a story of the Taliban's advance: the nearest taker. This
            # runs before entrants and merge_vague, so the filled taker takes part in merging reports
            # (guess_takers, after them, only fills what is still open)
            c = min(near, key=lambda c: abs(c.evidence_start - e.evidence_start))
            out[n] = replace(e, winner=c.winner, confidence=min(e.confidence, 0.5), id="")
    return out


def unique(events: list[ControlEvent]) -> list[ControlEvent]:
    """One event per fact: a taker filled in late can make a capture the same as one told with it."""
    def key(e: ControlEvent) -> tuple:
        return e.place_key, e.kind, str(e.winner), e.when, e.evidence_start

    best: dict[tuple, ControlEvent] = {}
    for e in events:
        if key(e) not in best or e.confidence > best[key(e)].confidence:
            best[key(e)] = e
    kept = [e for e in events if best[key(e)] is e]
    # one fact again, now that takers are filled in: the same place, kind and side at dates that may
    # tell one day (_close_time) is one fact ("haben ... Suchumi erobert" and "Die Stadt ist gefallen"
    # two sentences on); a dated report told with most confidence, then the most precise date, else
    # the first, stands for it
    out: list[ControlEvent] = []
    for e in sorted(kept, key=lambda e: (e.when is None, -e.confidence, -len(e.when or ""), e.evidence_start)):
        if e.winner is None or not any(o.place_key == e.place_key and o.kind == e.kind and o.winner == e.winner
                                       and _close_time(o.when, e.when) for o in out):
            out.append(e)
    ids = {id(e) for e in out}
    return [e for e in kept if id(e) in ids]


def _close_time(a: str | None, b: str | None) -> bool:
    """Dates that may tell one day: either open, one within the other ("2012-03" and "2012-03-30"),
    or days at most two apart (a report's day and the day before)."""
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 2
    return False


def same_time(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a[:4] == b[:4]


# "officials, who had initially denied the claim, acknowledged that ...": no denial any more
_CONCEDED = re.compile(r"\b(acknowledged|acknowledges|conceded|concedes|admitted|admits|räumte\w* (?:\w+ ){0,4}ein|eingeräumt)\b", re.I)


# "..., charges the group denies", "Vorwürfe, die die Miliz zurückweist": an accusation denied, not a claim of control
# "... abandoned Gori amid reports, later dismissed by Moscow, that ...": the reports are denied, not the fact
_REPORT_DENIED = re.compile(r"\bamid (?:\w+ )?(?:reports?|rumou?rs?|claims?)\b[^.;]{0,40}?\b(?:dismissed|denied|rejected)\b", re.I)
_ACCUSATION_DENIED = re.compile(
    r"\b(?:charges?|accusations?|allegations?|abuses?|atrocities|killings?|crimes?|Vorwürfe?n?|Anschuldigungen|Verbrechen)\b"
    r"[^.;]{0,40}?\b(?:denied|denies|deny|bestreitet|bestritt|bestreiten|zurückweist|zurückgewiesen|dementiert)\b", re.I)


# what a denial denies: a claim told by its words ("denied the city had fallen", "claimed to control ...,
# but a spokesman denied that and said", "die Angaben") ...
_CLAIM_NOUN = re.compile(r"\b(?:city|towns?|claim(?:s|ed)?|statements?|report(?:s|ed)?|Stadt|Angaben|Darstellung|Meldungen?|"
                         r"Berichte?)\b", re.I)
# ... or a demonstrative that points at the sentence before ("wies das zurück", "deny this")
_DEMONSTRATIVE = re.compile(r"\b(?:dies|wies\w* das|bestritt\w* das|bestreit\w* das|dementiert\w* das"
                            r"|(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|dispute\w*) (?:this|that|it)"
                            r"(?=\s*(?:[.,;:]|$| as\b| outright| flatly)))", re.I)
_OWN_TOWN = re.compile(r"\b(?:Stadt|Ortschaft|Dorf|city|town|village)(?: of)? (?!(?:Anfang|Ende|Mitte|Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)[A-ZÄÖÜ][a-zäöü]")
_SAME_PLACE = re.compile(r"\b(?:the (?:city|town|village|district)|(?:die|der|den) (?:Stadt|Stadtteil|Ort|Ortschaft|Viertel))\b")


# "Kinshasa wirft Ruanda vor, die Rebellen zu unterstützen; Kigali bestreitet das": an accusation denied
# "The rebels, who deny any link to Rwanda, took Goma": a side's denial of ties or support, not of a taking
_TIES_DENIED = re.compile(r"\b(?:denied|denies|deny|bestreitet|bestritt|bestreiten)\b (?:\w+ ){0,2}(?:links?|ties|involvement|"
                          r"support|backing|Verbindungen|Unterstützung|Beteiligung)\b", re.I)
_ACCUSES = re.compile(r"\b(?:wirft|warf|werfen|warfen)\b[^.;]{0,80}?\bvor\b|\baccus(?:es|ed|ing)\b", re.I)


def denies(text: str) -> bool:
    """Whether a sentence denies a claim (of control): not one that denies accusations of abuse."""
    return bool(DENIAL.search(text)) and not _ACCUSATION_DENIED.search(text) and not _REPORT_DENIED.search(text) \
        and not _ACCUSES.search(text) and not _TIES_DENIED.search(text)


# "the Russian claim that a warship had been hit": the denial tells the claim it denies
_CLAIM_TOLD = re.compile(r"(?i)\b(?:claims?|reports?|account|statements?|Behauptung|Angaben|Darstellung)(?:,)? (?:that|dass|wonach)\b")
# "the Azerbaijani claim was false", "die aserbaidschanische Darstellung": a claim by its side's people
_SIDE_CLAIM = re.compile(r"\b([A-ZÄÖÜ]\w+) (?:claims?|account|statements?|reports?)\b|"
                         r"\b(?:die|der) ([a-zäöü]+ische[n]?) (?:Darstellung|Angaben|Meldung|Behauptung)\b")


def drop_denied(events: list[ControlEvent], sents: list[Sentence],
                country_of: Callable[[str], str | None] = lambda _: None) -> list[ControlEvent]:
    """A claim that a following sentence denies ("X denied the city had fallen") is no event."""
    after = {s.index: n for s, n in zip(sents, sents[1:]) if n.paragraph == s.paragraph}
    # (a denial that the next sentence takes back: "hatte den Fall zunächst bestritten. Am Montag räumte ein
    # Sprecher jedoch ein, ...")
    denials = [s for s in sents if denies(s.text) and not _CONCEDED.search(s.text)
               and not (s.index in after and _CONCEDED.search(after[s.index].text))]
    if not denials:
        return events
    denied: set[str] = set()
    for d in denials:
        before = [e for e in events if e.kind in ("capture", "withdrawal") and 0 < d.start - e.evidence_end < 600]
        named = [e for e in before if e.place.lower() in d.text.lower()]
        told = _CLAIM_TOLD.search(d.text) is not None
        sides = {f"GOV:{cc}" for m in _SIDE_CLAIM.finditer(d.text) if (cc := country_of((m.group(1) or m.group(2)).capitalize()))}
        claimed = [] if told else [e for e in before if e.winner in sides and d.start - e.evidence_end <= 450]
        if named or claimed:
            denied.update(e.id for e in named + claimed)
        elif _OWN_TOWN.search(d.text):
            continue  # "Eine Behauptung, sie habe die Stadt Alamata zurückerobert, wies er zurück": its own town, not one before
        elif told and not _DEMONSTRATIVE.search(d.text):
            continue  # "rejects the Russian claim that a warship had been hit": the claim is told here, of no town
        elif (this := bool(_DEMONSTRATIVE.search(d.text))) or _CLAIM_NOUN.search(d.text):
            if this:
                # a claim of control denied with "das"/"this" may be a hold: "behauptete, die Kämpfer hätten
                # Siuna kontrolliert. Das Militär wies das zurück"
                before = before + [e for e in events if e.kind == "hold" and 0 < d.start - e.evidence_end < 600]
            if not before:
                continue
            last = max(before, key=lambda e: e.evidence_end)
            # "wies das zurück" points at the sentence just before it (a paragraph's first sentence: at the
            # paragraph before), not past another sentence of its own paragraph
            # (a sentence that goes on about the claimed place, "Die Kämpfer hätten die Stadt unter Kontrolle",
            # is the claim still)
            between = any(last.evidence_end <= s.start and s.end <= d.start and s.paragraph == d.paragraph
                          and last.place.lower() not in s.text.lower() and not _SAME_PLACE.search(s.text) for s in sents)
            opens = next((s for s in sents if s.end <= d.start and s.paragraph == d.paragraph), None) is None
            claim_para = _paragraph_at(sents, last.evidence_start)
            # (a liveblog's entry that opens with the denial answers the entry before it)
            reach = 450 if opens and claim_para == d.paragraph - 1 else 250
            if d.start - last.evidence_end <= reach and not (between and this):
                # the claim just made, a sentence or two before ("das": the sentence just before), with every
                # town it lists ("die Städte Dessie und Kombolcha eingenommen. Die Regierung bestreitet das.")
                towns = {(e.place, e.kind) for e in before if e.evidence_start == last.evidence_start}
                # (and the same towns claimed in the sentences just before: "... die Einnahme von Schuscha verkündet.
                # „Schuscha ist befreit“, sagte Alijew. ... Armenien wies die Darstellung zurück.")
                denied.update(e.id for e in before if e.evidence_start == last.evidence_start or (
                    (e.place, e.kind) in towns and claim_para == _paragraph_at(sents, e.evidence_start)))
    return [e for e in events if e.id not in denied]


def _paragraph_at(sents: list[Sentence], offset: int) -> int | None:
    """The paragraph of the sentence holding a character offset."""
    return next((s.paragraph for s in sents if s.start <= offset < s.end), None)


def guess_takers(events: list[ControlEvent], ranking: Callable[[], tuple[str, ...]]) -> list[ControlEvent]:
    """A withdrawal or a fall told without the side that moves in: the story's nearest taker other
    than the side that left, else the other camp (insurgents leave a town to the state, the state
    to the story's leading non-state side), else that leading side. ``ranking`` gives the story's
    non-state sides by mentions (states are not ranked). The guess costs nothing where gold names
    no one and is marked by a low confidence."""
    out = list(events)
    for n, w in enumerate(out):
        if w.kind not in ("withdrawal", "capture") or w.winner is not None:
            continue
        leaver = w.loser if isinstance(w.loser, str) and w.loser != UNKNOWN else None
        if w.kind == "withdrawal" and leaver is None:
            continue
        takers = [c for c in events if c.kind == "capture" and isinstance(c.winner, str) and c.winner not in (UNKNOWN, leaver)]
        if takers:
            winner = min(takers, key=lambda c: abs(c.evidence_start - w.evidence_start)).winner
        elif leaver is None:
            # "Nach dem Fall der UN-Schutzzone Srebrenica ...": a fall told alone, in a story of one side's
            # war (not the side that "still holds" another town in the same sentence: it lost this one)
            holding = {h.winner for h in events if h.kind == "hold" and h.evidence_start == w.evidence_start}
            winner = next((a for a in ranking() if a != UNKNOWN and a not in holding), None)
        elif leaver.startswith("GOV:"):
            winner = next((a for a in ranking() if a not in (UNKNOWN, leaver)), None)
        else:
            winner = f"GOV:{w.country}" if w.country else None
        if winner is not None and winner != w.loser:
            out[n] = replace(w, winner=winner, confidence=min(w.confidence, 0.4), id="")
    return out


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
