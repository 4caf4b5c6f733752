"""English frames: which roles each trigger takes, read along word order."""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract.frames import Reader, Reading
from frontline.extract.mentions import QUARTER_NOUNS_EN, PlaceMention
from frontline.extract.times import MONTHS

_HELD = re.compile(r"(?:-|\s)(held|controlled|run|occupied)$")
_CONTROL_VERBS = {"take", "seize", "gain", "regain", "assume", "establish", "re-establish", "reestablish", "reclaim",
                  "wrest", "win", "retake", "restore", "reassert", "recapture", "grab", "secure", "have", "re",
                  "establishes", "full", "complete", "total", "effective"}
_DECLARE = {"declare", "declared", "declares", "declaring", "pronounce", "pronounced", "proclaim", "proclaimed"}
_IRREGULAR_PP = {"taken", "retaken", "overrun", "held", "fallen", "freed", "lost", "driven", "pushed", "besieged",
                 "surrounded", "encircled", "seized", "captured", "recaptured", "liberated", "controlled", "occupied"}


def read(rd: Reader) -> list[Reading]:
    out: list[Reading] = []
    t = rd.t
    for tok in t:
        lemma = tok.lemma
        # the lemma's frames and the word's own ("hands": a handover's "hands over" and a hold's "in rebel hands")
        frames = list(dict.fromkeys(rd.r.frames_of(lemma) + rd.r.frames_of(tok.lower)))
        if not frames or (frames != ["stronghold"] and _irrealis(rd, tok.i)):  # "could attack from its stronghold of X": still theirs
            continue
        nxt = rd.low(tok.i + 1)
        for frame in frames:
            fn = _FRAMES.get(frame)
            if fn:
                out.extend(fn(rd, tok.i, nxt))
    out.extend(_held_compounds(rd))
    return out + _as_does(rd, out) + _followed_by(rd, out)


def _followed_by(rd: Reader, found: list[Reading]) -> list[Reading]:
    """'recaptured Jabrayil on Oct 9 and Fuzuli on Oct 17, followed by Zangilan and Gubadli later that
    month': the towns after "followed by" are the next captures by the same side."""
    caps = [r for r in found if r.kind == "capture"]
    at = next((k for k in range(1, len(rd.t) - 2) if rd.low(k) == "followed" and rd.low(k + 1) == "by"
               and rd.low(k - 1) == ","), None)
    if not caps or at is None or not any(r.place.end <= at for r in caps):
        return []
    last = max((r for r in caps if r.place.end <= at), key=lambda r: r.place.end)
    taken = {r.place.start for r in found}
    listed = rd.places_right(at + 2, limit=3)
    if not listed or not all(rd.low(k) in ("the", "town", "towns", "city", "cities", "of") for k in range(at + 2, listed[0].start)) \
            or rd.low(listed[-1].end) not in (",", "and", ".", ";", "", "later", "in", "on", "within", "a", "the", "near", "after"):
        return []  # (not "followed by heavy shelling of Stepanakert", "followed by Kidal residents fleeing south")
    return [Reading("capture", p, last.winner, last.loser, at, 0.5) for p in listed if p.start not in taken]


def _as_does(rd: Reader, found: list[Reading]) -> list[Reading]:
    """'Mazar-i-Sharif and Jalalabad remain in government hands, as does Kabul', '..., as did
    Herat': the place after a comparative 'as does' shares the clause's reading."""
    out: list[Reading] = []
    if not found or not any(t.lower == "as" for t in rd.t):
        return out
    for k in range(1, len(rd.t) - 2):
        if rd.low(k - 1) == "," and rd.low(k) == "as" and rd.low(k + 1) in ("does", "do", "did", "has", "have", "had"):
            j = k + 2 + (rd.low(k + 2) == "the")
            place = rd.sm.place_at.get(j)
            before = [r for r in found if r.trigger < k and r.place.end <= k]
            if place is not None and not place.region and before:
                r = max(before, key=lambda r: r.trigger)
                # "..., as do Sabha in the southern desert and the town of Bani Walid": the whole list
                out.extend(replace(r, place=p) for p in rd.places_right(j) or [place])
    return out


_DEMANDS = {"demanded", "demands", "demand", "urged", "urges", "asked", "asks", "insisted", "insists", "called",
            "proposed", "proposes", "wants", "wanted", "want", "hoped", "hopes", "feared", "fears", "warned", "warns"}


_MOTION_CUES = frozenset({"move", "moves", "moved", "moving", "advance", "advanced", "march", "marched", "race", "raced"})
_AIMS = {"goal", "aim", "plan", "plans", "bid", "attempt", "attempts", "effort", "efforts", "intention", "hope", "hopes",
         "objective", "task", "mission", "threat", "threats", "prospect", "idea", "dream", "chance", "chances"}


# the words between a comma and its clause's verb ("..., had already taken")
VERB_GROUP = frozenset({"had", "has", "have", "already", "also", "since", "then", "later", "now", "finally", "quickly",
                        "was", "were", "is", "are", "been"})


_COMBAT_NOUNS = frozenset({"fighting", "fight", "battle", "battles", "struggle", "operation", "offensive", "campaign", "drive",
                           "push", "advance", "effort"})


# what the other side says back in the same sentence: "claimed to have taken Sake, but the army said it had repelled them"
_CONTRADICTED = frozenset({"repelled", "repulsed", "denied", "denies", "false", "untrue", "baseless"})
_STILL = frozenset({"still", "remained", "remains", "retained"})
_HELD = frozenset({"control", "controlled", "controls", "hold", "holds", "held", "hands"})


def _contradicted_claim(rd: Reader, i: int) -> bool:
    """A claim of the trigger that a clause after ", but" in the same sentence contradicts."""
    if not any(rd.t[k].lemma == "claim" for k in range(max(0, i - 6), i)):
        return False
    but = next((k for k in range(i + 1, len(rd.t)) if rd.low(k) == "but" and rd.low(k - 1) in (",", ";")), None)
    if but is None:
        return False
    words = {rd.low(k) for k in range(but + 1, min(len(rd.t), but + 16))}
    # ("..., but government forces still controlled it"; not "..., but snipers were still active")
    return bool(words & _CONTRADICTED or (words & _STILL and words & _HELD))


def _irrealis(rd: Reader, i: int) -> bool:
    neg = rd.r.w("negation")
    if _contradicted_claim(rd, i):
        return True
    if rd.t[i].lower.endswith("ing") and rd.low(i - 1) == "of" and any(
            rd.t[k].lemma in ("accuse", "blame", "charge") for k in range(max(0, i - 10), i - 1)):
        return True  # "accused the United Nations of abandoning Srebrenica": an accusation, no withdrawal
    if rd.t[i].lower.endswith("ing") and rd.low(i - 1) == "of" and rd.low(i - 2) in _AIMS:
        return True  # "an earlier goal of clearing the city", "the prospect of retaking Mosul"
    if rd.t[i].lower.endswith("ing") and (rd.low(i - 1) in ("towards", "toward") or (
            rd.low(i - 1) == "at" and rd.low(i - 2) in ("aimed", "aiming", "aim", "aims"))):
        return True  # "the first step towards taking Kabul", "an offensive aimed at retaking Mosul": an aim
    that = next((k for k in range(i - 1, max(-1, i - 10), -1) if rd.low(k) == "that"), None)
    if that is not None and rd.low(that - 1) in _DEMANDS:
        return True  # "the Council demanded that Uganda and Rwanda leave Kisangani"
    whether = next((k for k in range(i - 1, max(-1, i - 14), -1) if rd.low(k) == "whether"), None)
    if whether is not None and not any(rd.low(k) in (",", ";") for k in range(whether, i)):
        return True  # "did not say whether the town was still in army hands": a question
    until = next((k for k in range(i - 1, max(-1, i - 6), -1) if rd.low(k) in ("until", "till", "unless")), None)
    if until is not None and not any(rd.low(k) in (",", ";") for k in range(until, i)) and (
            rd.t[i].lower == rd.t[i].lemma or rd.t[i].lower == rd.t[i].lemma + "s") \
            and rd.low(i - 1) not in ("the", "a", "an", "its", "their") and rd.low(i + 1) != "of":  # (a verb, not "the capture of")
        return True  # "ruled out talks until the rebels leave Goma": a present after "until" is a condition
    first = next((k for k, t in enumerate(rd.t) if t.lower not in ('"', "“", "'", "‘", "(")), 0)  # past an opening quote
    if rd.low(first) in ("if", "unless", "should", "once") and i < next((k for k, t in enumerate(rd.t) if t.lower == ","), len(rd.t)):
        return True  # "If the army retakes Sirte, ...": a condition
    cond = next((k for k in range(i - 1, max(0, i - 6), -1) if rd.low(k) in ("should", "if", "unless")), None)
    if cond is not None and rd.low(cond) in ("if", "unless") and not any(rd.low(m) in (",", ";", "but", "and", "while")
                                                                         for m in range(cond, i)):
        return True  # "would take responsibility for security if it took Maungdaw": a condition
    if cond is not None and rd.low(cond - 1) in ("that", ",", "and", "but") and (rd.low(cond) != "should" or rd.low(cond + 1) in (
            "the", "it", "they", "he", "she") or (cond + 1) in rd.sm.place_at or (cond + 1) in rd.sm.actor_at):
        return True  # "Analysts said that should the city fall, ...", "..., if the Houthis take Marib"
    lets = next((k for k in range(i - 1, max(-1, i - 7), -1) if rd.low(k) in ("let", "allow", "permit")), None)
    if lets is not None and any(rd.low(m) in neg for m in range(max(0, lets - 3), lets)):
        return True  # '"We will not let Herat fall"', "would never allow Kabul to fall": a resolve, no event
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        low = rd.low(k)
        if low in (";", ":", ".", ",") and steps > 0 and low != ",":
            break
        if low == "," and all(rd.low(m) in VERB_GROUP for m in range(k + 1, i)):
            break  # "The MNDAA, part of the alliance that launched an offensive in October, had already taken ..."
        if low == "to" and steps <= 2 and rd.t[i].lower == rd.t[i].lemma and \
                rd.low(k - 1) not in ("returned", "returning", "return", "returns", "back"):  # "returned to army control"
            if rd.low(k - 1) in ("forced", "compelled", "had", "has", "have", "obliged", "decided", "continue", "continues",
                                 "continued", "began", "begin", "begins", "started") or _ranked_subject(rd, k) is not None or (
                    rd.low(k - 1) in _ORDINALS and rd.low(i + 1) in ("was", "were")) or (  # "The first to fall was Zaranj"
                    rd.t[i].lemma in ("withdraw", "retreat", "pull") and "ordered" in {rd.low(k - 2), rd.low(k - 3)}):
                return False  # "were forced to withdraw", "had to abandon": it happened
            return True
        if low in _MOTION_CUES and rd.low(i - 1) == "and" and k < i - 1 and rd.t[i].lower != rd.t[i].lemma + "ing":
            # "Georgian troops move into Abkhazia and take Sukhumi": a verb of its own after the motion (not "failed
            # to advance and take", "did not move in and take", "want to advance and take": the cue before the motion)
            if rd.low(k - 1) == "to" or any(rd.low(m) in neg for m in range(max(0, k - 4), k)):
                return True
            break
        if low in neg and not (low in ("march", "may") and rd.t[k].text[:1].isupper()) and not (  # (the months)
                low in _COMBAT_NOUNS and ({rd.low(k - 1), rd.low(k - 2)} & {"of", "after", "following"} or rd.low(k + 1) == "and")):
            return True  # (not "after days of fighting", "in a lightning operation and captured": how, not an aim)
        if k in rd.sm.actor_at or k in rd.sm.place_at:
            break
        k -= 1
        steps += 1
    return rd.t[-1].text == "?" if rd.t else False


def _passive(rd: Reader, i: int) -> bool:
    tok = rd.t[i]
    if not (tok.lower in _IRREGULAR_PP or tok.lower.endswith("ed")):
        return False
    if rd.low(i + 1) == "by":
        return True
    if rd.low(i - 1) == "," and (i - 2) in rd.sm.place_at:
        # "Gao, retaken from the MUJAO group by French and Malian soldiers on Saturday, ...": a participle
        # after the place, its agent further on
        by = next((m for m in range(i + 1, min(len(rd.t), i + 10)) if rd.low(m) in ("by", ",")), None)
        if by is not None and rd.low(by) == "by":
            return True
    k = i - 1
    while k >= 0 and (rd.low(k) in ("reportedly", "finally", "now", "also", "fully", "completely", "largely", "been",
                                   "being", "effectively", "quickly", "recently", "eventually", '"', "“", "'", "‘")
                      or rd.low(k).endswith("ly")):  # 'had been "liberated"' 
        if rd.low(k) == "been" or rd.low(k) == "being":
            return True
        k -= 1
    return rd.low(k) in ("is", "are", "was", "were", "be", "been", "being", "get", "got")


def _main_subject(rd: Reader, i: int):
    """'Croatian troops pushed into the last pockets ..., a day after Knin was captured': an agentless
    passive in an after-clause was the doing of the main clause's force, when that force opens the sentence
    and a verb of advance or taking is its own."""
    after = next((k for k in range(i - 1, max(-1, i - 14), -1) if rd.low(k) in ("after", "when", "as")), None)
    if after is None or after < 3:
        return None
    first = rd.sm.actor_at.get(0) or rd.sm.actor_at.get(1)
    if first is None or first[2].actor in ("PRONOUN",) or rd._governed(first[0]):
        return None
    verb = next((k for k in range(first[1], after) if rd.t[k].text[:1].islower()), None)
    if verb is None or not (set(rd.r.frames_of(rd.t[verb].lemma)) & {"take", "expel"} or rd.t[verb].lemma in _ADVANCE):
        return None
    return first


_ADVANCE = frozenset({"push", "advance", "press", "move", "sweep", "roll", "march", "enter", "storm"})


def _context_taker(lemma: str):
    """'Herat was taken on Thursday': without an agent, the article's armed group took it,
    unless the verb says the place was won back (then the group is rather the loser)."""
    from frontline.extract.actors import NONSTATE, ActorMention

    if lemma.startswith("re") or lemma in ("liberate", "free", "clear", "reclaim", "regain"):
        return None
    return (-1, -1, ActorMention(0, 0, NONSTATE, "(context)"))


_PUSH = {"offensive", "counteroffensive", "counter-offensive", "assault", "advance", "push", "operation", "campaign"}


def _demonym_force(rd: Reader, i: int):
    """'a Ukrainian counteroffensive that drove Russian troops out': the offensive's nation took it."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if rd.low(k) in _PUSH:
            for j in (k - 1, k - 2):
                holder = _demonym_holder(rd, j, j + 1) if j >= 0 and rd.t[j].text[:1].isupper() else None
                if holder is not None:
                    return holder
            return None
    return None


_LIST_GOES_ON = frozenset({"in", "on", "at", "near", "further", "farther", "to", "last", "earlier", "later", "after", "before",
                           "and", "or", "from", "as", "along", "across", "by", "north", "south", "east", "west", "itself"})


def _and_more(rd: Reader, places: list, i: int) -> list:
    """'still hold Sirte, which they seized in January, and the Jufra air base further south': the
    object list goes on after an apposition or relative clause, with ", and" and a town no
    preposition governs."""
    if not places:
        return places
    out = list(places)
    k = places[-1].end
    relative = False
    while k < min(len(rd.t), places[-1].end + 30):
        if rd.low(k) in ("which", "where", "who", "that") and rd.low(k - 1) == ",":
            relative = True  # a relative clause about the town: its own subject and verb do not end the list
        elif rd.low(k) == "," and relative:
            relative = rd.low(k + 1) != "and"
        verb = set(rd.r.frames_of(rd.t[k].lemma)) - {"stronghold", "nominal_capture", "hands"}  # not "the regional capital"
        if rd.low(k) in (";", ".", ":") or not relative and ((k in rd.sm.actor_at and rd.low(k - 1) not in ("by", "of")) or verb):
            break  # another clause's subject or verb
        also = rd.low(k) == "as" and rd.low(k + 1) == "well" and rd.low(k + 2) == "as"  # ", as well as Kyaukphyu"
        later = rd.low(k) == "and" and rd.low(k + 1) == "," and "later" in {rd.low(m) for m in range(k + 2, k + 6)}
        # ("and, days later, Rutshuru", "and, two weeks later, X")
        if (rd.low(k) == "and" or also) and (rd.low(k - 1) == "," or later):
            j = k + (3 if also else 1)
            if later:
                j = next((c + 1 for c in range(k + 4, min(len(rd.t), k + 7)) if rd.low(c) == ","), j)
            while j < len(rd.t) and (rd.low(j) in ("the", "a", "an")
                                     or (rd.t[j].text[:1].islower() and rd.low(j) in rd.r.w("object_path"))):
                j += 1
            nxt_word = rd.t[rd.sm.place_at[j].end] if j in rd.sm.place_at and rd.sm.place_at[j].end < len(rd.t) else None
            clause = nxt_word is not None and nxt_word.text[:1].islower() and nxt_word.text.isalpha() \
                and nxt_word.lower not in _LIST_GOES_ON  # "..., and Abiy declared the operation over": a new clause
            if j in rd.sm.place_at and not rd.sm.place_at[j].region and not clause:
                out.append(rd.sm.place_at[j])
            break
        k += 1
    return out


def _including(rd: Reader, i: int) -> list:
    """'overruns the rebel enclave in western Slavonia, including the town of Okucani': where the object is
    no town, the towns its "including" names are what was taken."""
    inc = next((k for k in range(i + 1, min(len(rd.t), i + 14)) if rd.low(k) == "including" and rd.low(k - 1) == ","), None)
    if inc is None or any(rd.low(k) in (";", ".") or (k in rd.sm.place_at and not rd.sm.place_at[k].region
                                                       and not rd.sm.place_at[k].anaphor) for k in range(i + 1, inc)):
        return []
    j = inc + 1
    while j < len(rd.t) and rd.low(j) in ("the", "town", "city", "village", "towns", "cities", "of", "villages"):
        j += 1
    first = rd.sm.place_at.get(j)
    return [first] if first is not None and not first.region and not first.anaphor else []


def _relative_antecedent(rd: Reader, i: int, reach: int = 8):
    """'Homs, Syria's third-largest city, which the insurgents took': the place a relative
    clause's object pronoun stands for."""
    for k in range(i - 1, max(-1, i - reach), -1):
        partof = rd.low(k) == "which" and rd.low(k - 1) == "of" and rd.low(k - 2) in ("most", "much", "all") \
            and rd.low(k - 3) == ","  # "Khartoum, most of which has been under RSF control"
        if rd.low(k) == "that" and rd.low(k - 1) in rd.r.w("place_nouns"):
            # "Gharyan, the mountain town that Haftar had seized", "Kherson ... was the only regional
            # capital that Russian forces captured": the noun describes the town before it
            j = k - 2
            while j > 0 and j > k - 8 and (rd.t[j].text[:1].islower() or (j not in rd.sm.place_at or j == k - 2)
                                           and j not in rd.sm.actor_at and rd.t[j].text[:1].isupper() and rd.low(j - 1) != ",") \
                    and rd.low(j) not in ("was", "is", "remains", "became"):
                j -= 1  # ("the remote Amazon town that ...": a proper adjective inside the description)
            if rd.low(j) == "," and (j - 1) in rd.sm.place_at and not rd.sm.place_at[j - 1].region:
                return [rd.sm.place_at[j - 1]]
            if rd.low(j) in ("was", "is", "remains", "became"):
                subject = [p for p in rd.sm.places if p.end <= j and p.start <= 1 and not p.region]
                return subject[:1]
            return []
        if rd.low(k) in ("which", "that") and (rd.low(k - 1) == "," or partof):
            j = k - (4 if partof else 2)
            if j in rd.sm.place_at:
                return [rd.sm.place_at[j]]
            c = next((c for c in range(j, max(-1, j - 16), -1) if rd.low(c) == ","), None)
            if c is not None and (c - 1) in rd.sm.place_at:
                return [rd.sm.place_at[c - 1]]  # "Elephant Pass, the causeway base linking ... to the mainland, which"
            return []
        if rd.low(k) == "that" and rd.t[k - 1].text[:1].islower() and any(m in rd.sm.actor_at for m in range(k + 1, i)):
            # "Elephant Pass, the army base on the causeway to the Jaffna peninsula that the Tigers overran": a
            # relative clause (with a subject of its own: not "the resistance that took up arms") closing an
            # apposition that opens with an article
            c = next((c for c in range(k - 1, max(-1, k - 14), -1) if rd.low(c) in (",", ";", ".")), None)
            if c is not None and rd.low(c) == "," and rd.low(c + 1) in ("the", "a", "an") and (c - 1) in rd.sm.place_at \
                    and not rd.sm.place_at[c - 1].region:
                return [rd.sm.place_at[c - 1]]
    return []


def _quarter_named(rd: Reader, p):
    """'Sheikh Maqsoud, the Kurdish-majority district of Aleppo that remains ...': the relative clause is
    about the quarter the apposition describes, not the city it is a district of."""
    end = p.end + 2 if rd.low(p.end) == "in" and rd.country_of(rd.t[p.end + 1].text) else p.end  # ("of Aleppo in Syria that")
    if rd.low(end) not in ("that", "which") or rd.low(p.start - 1) != "of" or rd.low(p.start - 2) not in _QUARTERS:
        return p
    c = next((c for c in range(p.start - 3, max(-1, p.start - 9), -1) if rd.low(c) == ","), None)
    if c is None or rd.low(c + 1) not in ("the", "a") or (c - 1) not in rd.sm.place_at or rd.sm.place_at[c - 1].region:
        return p
    return rd.sm.place_at[c - 1]


_QUARTERS = QUARTER_NOUNS_EN | {"enclave"}
_CLAUSE_JOINERS = frozenset({"while", "whereas", "but", "and", "as", ";", "where", "which"})


def _coordinated_object(rd: Reader, i: int) -> list:
    """'seized the capital Sanaa last September and still control it': the first verb's town."""
    if rd.low(i + 1) not in ("it", "them") or "and" not in (rd.low(i - 1), rd.low(i - 2)):
        return []
    return [p for p in rd.sm.places if p.end <= i and not p.region and not p.anaphor and p.place is not None
            and rd._governor(p.start) not in rd.r.w("block")][-1:]


def _attributive(rd: Reader, i: int) -> bool:
    """'the newly-captured city of Sinjar': a participle before its noun."""
    return rd.t[i].lower.endswith("ed") and rd.low(i - 1) in ("-", "newly", "recently", "the", "a") and not _passive(rd, i)


def _take(rd: Reader, i: int, nxt: str, kind: str = "capture") -> list[Reading]:
    if rd.t[i].lemma in ("sweep", "roll", "march", "burst", "walk"):
        # "rebels swept into Damascus", "troops marched into the oasis town of Faya": only with
        # 'into' and a named place right after
        if nxt != "into":
            return []
        places = rd.places_right(i + 2, limit=6)[:1]
        subject = rd.subject_left(i)
        if subject is None and rd.t[i].lemma in ("march", "burst", "walk"):
            return []  # "protesters marched into the city centre": only armed forces take a town so
        if rd.t[i].lemma == "walk" and subject[2].actor in ("PRONOUN",):
            return []  # ("he walked into Kabul": a person)
        return [Reading(kind, p, subject, None, i, 0.55) for p in places]
    if rd.t[i].lemma == "take" and nxt in ("out", "away", "prisoner", "hostage", "captive", "aim", "cover", "note", "hold"):
        return []  # "men were taken out and shot", "taken prisoner": people, not places
    if rd.t[i].lemma == "take" and nxt in ("place", "part", "off", "over"):
        if nxt != "over":
            return []
    if rd.low(i - 1) in ("the", "a", "its", "their") and nxt == "of":
        return []  # a nominalisation: _nominal reads it
    if rd.t[i].lemma == "clear" and nxt not in ("the",) and not (i + 1) in rd.sm.place_at:
        return []
    before = i - 1
    while rd.low(before) in ('"', "“", "”", "'", "fully", "completely", "totally", "entirely") and before > i - 4:
        before -= 1  # 'declares Fallujah "fully liberated"'
    declared = before in rd.sm.place_at and rd.low(rd.sm.place_at[before].start - 1) in _DECLARE
    if before in rd.sm.place_at and not declared and rd.low(rd.sm.place_at[before].start - 1) == "of":
        # "declared the southern Philippine city of Marawi liberated": the place noun's phrase after the verb
        j = rd.sm.place_at[before].start - 2
        while j > 0 and j > before - 9 and rd.low(j) not in _DECLARE and rd.low(j) not in (",", ";", "."):
            j -= 1
        declared = rd.low(j) in _DECLARE and any(rd.low(m) in rd.r.w("place_nouns") for m in range(j + 1, before))
    if declared:
        # "Iraqi forces declare Ramadi liberated"
        p = rd.sm.place_at[before]
        winner = rd.subject_left(p.start - 1) or _official(rd, p.start - 1)
        return [Reading(kind, p, winner, rd.actor_after(i + 1, rd.r.w("from")), i, 0.65)]
    if rd.low(i - 1) == "," and (i - 2) in rd.sm.place_at and rd.t[i].lower.endswith("ed") and nxt in (
            "from", "by", "in", "on", "last", "earlier"):
        # "In Mosul, recaptured from Islamic State in July 2017, ...": a participle set after the town
        p = rd.sm.place_at[i - 2]
        if not p.region:
            kind = "hold" if _occupied_since(rd, i) else kind  # "Melitopol, occupied by Russian troops since February 2022,"
            return [Reading(kind, p, rd.actor_after(i + 1, rd.r.w("by")), rd.actor_after(i + 1, rd.r.w("from")), i, 0.6)]
    if rd.t[i].lower == "occupied" and rd.low(i + 1) != "by" and (i + 1) in rd.sm.place_at and (i - 1) not in rd.sm.actor_at \
            and (rd.low(i - 1) in ("the", "in", "of", "into", "from", "near", "around", "across", "toward", "towards", "on", "-")
                 or rd.low(i - 1) in _STRIKES):
        return []  # "shelled occupied Melitopol", "in occupied Kherson": an adjective that names no side
    if _passive(rd, i):
        j = i
        while rd.low(j - 1) in ('"', "“", "'", "‘"):
            j -= 1  # 'Aden had been "liberated"'
        places = rd.places_left(j) or rd.places_right(i + 1)
        winner = rd.actor_after(i + 1, rd.r.w("by")) or rd.reporter() or _main_subject(rd, i) or _context_taker(rd.t[i].lemma)
        loser = rd.actor_after(i + 1, rd.r.w("from"))
        kind = "hold" if _occupied_since(rd, i) else kind  # "Crimea's Sevastopol has been occupied by Russia since 2014"
        return [Reading(kind, p, winner, loser, i, 0.7) for p in places]
    if rd.low(i + 1) == "over":
        i += 1
    places = _and_more(rd, rd.places_right(i + 1), i)  # "took Zaranj, on the border, on Friday, and Sheberghan ..."
    if all(p.anaphor or p.region for p in places):
        places = _including(rd, i) or places
    if not places and not (rd.low(i + 1) in ("it", "them") and rd.low(i - 1) not in ("who", "which", "that")):
        places = _relative_antecedent(rd, i)  # (not "... until the RSF seized it": the pronoun names the town)
    aux = 1 if rd.low(i - 1) in ("had", "has", "have") else 0  # "the only regional capital its forces had captured"
    if not places and (i - 1 - aux) in rd.sm.actor_at:
        # "Sirte, the central coastal city it seized in January", "Robotyne, the village Ukraine recaptured
        # in August": a relative clause without "which"
        a0 = rd.sm.actor_at[i - 1 - aux][0]
        if rd.low(a0 - 1) == "the" and rd.low(a0 - 2) in rd.r.w("place_nouns"):
            a0 -= 1  # "the causeway base the rebels overran": the subject's article
        head = rd.sm.place_at.get(a0 - 1)
        if head is None and rd.low(a0 - 1) in rd.r.w("place_nouns"):
            head = PlaceMention(a0 - 1, a0, None, rd.t[a0 - 1].text, anaphor=True)
        if head is not None and head.anaphor:
            # ("the causeway base the rebels overran": an apposition's noun, then the clause's own subject)
            c = next((c for c in range(head.start - 1, max(-1, head.start - 8), -1) if rd.low(c) in (",", "was", "is", "became")), None)
            if c is not None and rd.low(c) == "," and (c - 1) in rd.sm.place_at and not rd.sm.place_at[c - 1].anaphor \
                    and (rd.low(a0) != "the" or rd.low(c + 1) in ("the", "a", "an")):
                places = [rd.sm.place_at[c - 1]]
            elif c is not None and rd.low(c) != "," and rd.low(c + 1) == "the" and (c - 1) in rd.sm.place_at \
                    and rd.sm.place_at[c - 1].start == 0 and not rd.sm.place_at[c - 1].anaphor:
                places = [rd.sm.place_at[c - 1]]  # "Kherson was the only regional capital Russian forces captured"
    if not places and rd.low(i + 1) == "it" and rd.low(i - 1) in ("who", "which", "that"):
        # "... from Tigrayan forces who seized it in August": "it" is the town the clause is about
        places = [p for p in rd.sm.places if p.end <= i - 1 and not p.region and not p.anaphor
                  and p.place is not None and not rd._region_follows(p)][:1]
    if not places and rd.low(i + 1) in ("it", "them") and rd.low(i + 2) not in ("to", "was", "had", "has", "is", "would"):
        # "Rebel forces overran it on Dec. 31": the object pronoun is the town named last
        subject = rd.subject_left(i)
        if subject is not None and subject[2].actor != "PRONOUN":
            named = [p for p in rd.sm.places if p.end <= i and not p.region and not p.anaphor and p.place is not None]
            # not a town inside a phrase ("Wad Madani, about 180 km southeast of Khartoum, had sheltered
            # ... until the RSF seized it")
            nouns = rd.r.w("place_nouns")
            free = [p for p in named if (rd._governor(p.start) not in rd.r.w("block") | {"of"}
                                         and rd.low(p.start - 1) not in ("of", "from", "near", "in", "at", "to", "outside",
                                                                         "toward", "towards"))
                    or (rd.low(p.start - 1) == "of" and rd.low(p.start - 2) in nouns)]  # "the northern town of Ruhengeri"
            places = free[-1:] or [PlaceMention(i + 1, i + 2, None, rd.t[i + 1].text, anaphor=True)]
    if not places:
        return []
    if rd.t[i].lemma == "occupy" and (rd.t[i].lower == "occupying" and rd.low(i - 1) == "been"
                                      or rd.t[i].lower in ("occupy", "occupies") and rd.low(i - 1) == "still"
                                      or _occupied_since(rd, i)):
        kind = "hold"  # "Russian units have been occupying the Senaki military base since Monday", "still occupy Raqqa",
        # "Russia has occupied Mariupol since May 2022"
    winner = rd.subject_left(i) if not _attributive(rd, i) else (rd.actor_after(i, rd.r.w("by")) or rd.subject_left(i))
    if rd.t[i].lower.endswith("ing") and rd.low(i - 1) in ("after", "before", "while", "since"):
        # "troops took Kilinochchi, the town the Tigers had run ..., a day after overrunning Paranthan": the
        # gerund's subject is the sentence's
        first = next((a for a in rd.sm.actors if a[1] <= i - 1 and not rd._governed(a[0]) and a[2].actor != "PRONOUN"), None)
        winner = first or winner
    loser = rd.actor_after(places[-1].end, rd.r.w("from"))
    if loser is not None and loser[2].actor == "PRONOUN" and loser[2].text.lower() == "it":
        loser = None  # "... before withdrawing from it": the place, not a side
    if winner is None and i > 0 and rd.t[i].lower.endswith("ing") and not _attributive(rd, i):
        return []  # "parties won parliament, taking the capital by a wide margin": no armed taker
    return [Reading(kind, p, winner, loser, i, 0.75) for p in places]


_STRIKES = frozenset({"shelled", "hit", "struck", "attacked", "bombed", "targeted", "pounded", "raided", "shelling", "striking"})


def _occupied_since(rd: Reader, i: int) -> bool:
    """'occupied ... since February 2022', 'has occupied X since May': an occupation that lasts, a hold."""
    if rd.t[i].lemma != "occupy" or "had" in (rd.low(i - 1), rd.low(i - 2)):
        return False  # ("Gori, which they had occupied since August 13": an occupation the story ends)
    if rd.low(i - 1) not in ("has", "have", "been", ","):
        return False  # only "has occupied", "has been occupied", ", occupied by ... since" ("occupied Kherson on
        # March 2, the first major city to fall since the invasion began": a capture)
    end = min(rd.segment(i)[1], i + 14)
    return any(rd.low(k) == "since" and (rd.low(k + 1) in MONTHS or rd.low(k + 1)[:1].isdigit()
                                         or rd.low(k + 1) in ("the", "last", "early", "late", "mid", "mid-"))
               and not any(rd.low(m) in ("and", "but", ",") for m in range(i + 1, k)) for k in range(i + 1, end))


_ORDINALS = frozenset({"first", "second", "third", "next", "last", "latest", "one"})


_RANKS = _ORDINALS | {"largest", "biggest"}


def _ranked_subject(rd: Reader, to: int) -> int | None:
    """'X was the first Iraqi city to fall', 'the last major town to be taken': the copula whose
    subject is ranked in a series of events that happened (the token index of "was"), else None."""
    rank = next((k for k in range(to - 1, max(-1, to - 5), -1) if rd.low(k) in _RANKS), None)
    if rank is None or rd.low(rank) == "next" or rd.low(rank - 1) != "the" or rd.low(rank - 2) not in ("was", "were", "became", "becomes") \
            or not (rank == to - 1 or any(rd.low(k) in rd.r.w("place_nouns") for k in range(rank + 1, to))):
        return None  # ("Zaranj was the first to fall"; not "It was the first attempt to retake Kherson")
    return rank - 2


def _refuge(rd: Reader, i: int, to: int) -> list[Reading]:
    """'Afghan troops retreated to the city's airport', 'had fallen back to Kunduz airport': the
    side holds the facility it fell back to."""
    held = [p for p in rd.places_right(to + 1, limit=4) if p.start <= to + 4 and (
        (p.place is not None and p.place.feature == "facility")
        or (p.anaphor and p.text.lower().endswith(("airport", "air base", "airbase", "barracks"))
            and len({q.place.key for q in rd.sm.places if q.place is not None and not q.region}) <= 1))]
    # (an airport told without its town only where the sentence names one town at most)
    holder = rd.subject_left(i)
    if held and holder is not None and holder[2].actor != "PRONOUN":
        return [Reading("hold", held[0], holder, None, i, 0.5)]
    return []


def _fall(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if rd.t[i].lower in ("fall",) and rd.low(i + 1) == "of":  # nominal: handled by _nominal
        return []
    if nxt == "back" and rd.low(i + 2) == "to":
        return _refuge(rd, i, i + 2)
    if nxt == "back" and rd.low(i + 2) == "from" and not _passive(rd, i):
        # "after the rebels fell back from the town following heavy clashes": they left it
        loser = rd.subject_left(i)
        places = rd.places_right(i + 3, frozenset({"from"}), limit=4)
        return [Reading("withdrawal", p, None, loser, i, 0.55) for p in places] if loser is not None else []
    places = rd.places_left(i)
    if not places and rd.low(i - 1) in ("had", "has", "have") and rd.low(i - 2) == ",":
        # "confirmed that Lashkar Gah, capital of the southern Helmand province where ... battles, had fallen":
        # the place that opens the clause, before its apposition
        opener = next((k for k in range(i - 3, max(-1, i - 30), -1) if rd.low(k) in ("that", ":")), -1)
        first = rd.sm.place_at.get(opener + 1)
        if first is not None and not first.region and rd.low(first.end) == ",":
            places = [first]
    if not places and rd.low(i - 1) == "to" and (cop := _ranked_subject(rd, i - 1)) is not None:
        places = rd.places_left(cop)  # "Fallujah, 50 km west of Baghdad, was the first Iraqi city to fall to the jihadists"
    if not places and rd.low(i - 1) == "to" and nxt in ("was", "were") and rd.low(i - 2) in _ORDINALS:
        places = rd.places_right(i + 2)  # "The first to fall was Zaranj, on the Iranian border"
        return [Reading("capture", p, None, None, i, 0.6) for p in places]
    if not places:
        return []
    winner = rd.actor_after(i + 1, rd.r.w("to") | {"into"})
    if winner is None and nxt == "into" and rd.low(i + 3) == "hands" and rd.low(i + 2) in _GENERIC_PREFIX:
        winner = (i + 2, i + 3, _GENERIC_PREFIX[rd.low(i + 2)])  # "fell into rebel hands"
    if winner is None and nxt not in ("to", "into"):
        dated = (nxt == "on" and (rd.t[i + 2].text[:1].isupper() or rd.t[i + 2].text[:1].isdigit())) or (
            nxt == "in" and (rd.low(i + 2) in MONTHS or rd.t[i + 2].text[:1].isdigit() or rd.low(i + 2) in ("early", "late", "mid")
                             or rd.low(i + 2) == "the" and rd.low(i + 3) in ("morning", "afternoon", "evening", "night")
                             or rd.low(i + 3) == "succession")) \
            if i + 2 < len(rd.t) else False
        # ("Kisangani fell in March", "fell on Friday", "fall in quick succession"; not "fell in value", "fell in line")
        if nxt in ("on", "in", "silent", "short", "back", "apart", "by", "from", "under", "behind", "sharply") and not dated:
            return []
    return [Reading("capture", p, winner, None, i, 0.7) for p in places]


def _lose(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if _passive(rd, i):
        # "Taloqan ... was also lost by government forces on Sunday": the agent lost it
        loser = rd.actor_after(i + 1, rd.r.w("by"), limit=2) if nxt == "by" else None
        if loser is None and nxt == "to" and rd.t[i].lemma == "lose":
            # "Palmyra was lost to Islamic State in December": the side it went to took it
            winner = rd.actor_after(i + 1, rd.r.w("to"), limit=3)
            places = rd.places_left(i) if winner is not None else []
            return [Reading("capture", p, winner, None, i, 0.6) for p in places]
        places = rd.places_left(i) if loser is not None else []
        return [Reading("capture", p, None, loser, i, 0.6) for p in places]
    if rd.t[i].lemma == "surrender" and nxt == "to":
        # "The town of Kisangani surrendered to the rebels": a town that gave itself up is taken by that side
        winner = rd.actor_after(i + 1, rd.r.w("to"), limit=3)
        places = [p for p in rd.places_left(i) if p.place is not None]
        return [Reading("capture", p, winner, None, i, 0.6) for p in places[:1]] if winner else []
    places = rd.places_right(i + 1)
    loser = rd.subject_left(i)
    if not places or loser is None:
        return []
    winner = rd.actor_after(places[-1].end, rd.r.w("to"))
    return [Reading("capture", p, winner, loser, i, 0.65) for p in places]


def _expel(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if nxt == "to":
        return []  # "were forced to withdraw": the next verb is the event
    if rd.t[i].lower == "forces" and any(a0 <= i < a1 for a0, a1, _ in rd.sm.actors):
        return []  # "The Tigray forces also vowed ...": the noun that names a side, not the verb
    s, e = rd.segment(i)
    span = sum(b - a - 1 for a, b, _ in {rd.sm.actor_at[j] for j in range(i + 1, min(e, i + 14)) if j in rd.sm.actor_at})
    for k in range(i + 1, min(e, i + 8 + span)):  # an actor ("N-P-F-L fighters") counts as one word
        if rd.low(k) in ("out", "from") or (rd.low(k) == "of" and rd.low(k - 1) == "out"):
            places = rd.places_right(k + 1, frozenset({"of"}))
            # ("drove them out": "them" stands for a side named before the one that drove them, not for
            # "protesters ... before riot police drove them out")
            subject_at = (rd.subject_left(i) or (i, i, None))[0]
            pronoun_object = rd.low(i + 1) in ("them", "him", "it") and any(
                a1 <= subject_at and not rd._governed(a0) for a0, a1, _ in rd.sm.actors)
            if not places and (rd.low(k + 1) == "it" or (rd.low(k) == "out" and pronoun_object and rd.low(k + 1) != "of")):
                # "drove the separatists from it", "but separatist fighters drove them out in August 1996":
                # the town named before in the sentence
                before = [p for p in rd.sm.places if p.end <= i and not p.region and (p.place is not None or p.anaphor)]
                # (the sentence's subject where it opens the sentence: "The industrial town ... had held out
                # since Ukrainian forces drove the separatists from it")
                places = before[:1] if before and (before[0].start <= 2 or before[0].anaphor) else before[-1:]
            if not places:
                continue
            if _passive(rd, i):
                loser, winner = rd.subject_left(i), rd.actor_after(i, rd.r.w("by"))
            else:
                winner = rd.subject_left(i)
                loser = next((rd.sm.actor_at[j] for j in range(i + 1, k) if j in rd.sm.actor_at), None)
                if winner is None or (loser is not None and winner[0] == loser[0]) or rd.low(i - 1) in ("that", "which"):
                    winner = _demonym_force(rd, i) or winner  # "a Ukrainian counteroffensive that drove ..."
                if loser is None and not pronoun_object:
                    return []  # ("drove them out": the side the pronoun stands for, told before)
            return [Reading("capture", p, winner, loser, i, 0.7) for p in places]
    return []


def _demonym_holder(rd: Reader, a: int, b: int):
    """'under Ukrainian control': the state whose demonym qualifies 'control'."""
    from frontline.extract.actors import ActorMention

    for j in range(a, b):
        cc = rd.country_of(rd.t[j].text) if rd.t[j].text[:1].isupper() else None
        if cc:
            return (j, j + 1, ActorMention(0, 0, f"GOV:{cc}", rd.t[j].text))
    return None


def _under_control(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'X is under Taliban control', 'X remains under the control of the rebels'."""
    k = i - 1
    while k >= 0 and k > i - 5 and rd.low(k) not in ("under", "to"):
        k -= 1
    if rd.low(k) == "to" and rd.low(k - 1) not in ("returned", "returning", "return", "returns", "back"):
        return []  # only "returned to government control" (not "to take control")
    if rd.low(k) not in ("under", "to"):
        return []
    holder = next((rd.sm.actor_at[j] for j in range(k + 1, i) if j in rd.sm.actor_at), None)
    if holder is None:
        holder = _demonym_holder(rd, k + 1, i)
    if holder is None:
        # "remains under government control", "under rebel control"
        holder = next(((j, j + 1, _GENERIC_PREFIX[rd.low(j)]) for j in range(k + 1, i) if rd.low(j) in _GENERIC_PREFIX), None)
    if holder is None and (nxt == "of" or nxt in ('"', "”", "'") and rd.low(i + 2) == "of"):
        holder = rd.actor_after(i + 1, frozenset({"of"}), limit=3)  # ('was "fully under the control" of ...')
    if holder is None and rd.low(i - 1) in ("its", "their") and not (rd.low(k - 1) == "been" and rd.low(k - 2) == "had"):
        # "the last town still under their control" (not "had been under their control ever since": no longer)
        holder = (i - 1, i, _generic("PRONOUN", rd.low(i - 1)))
    if holder is None:
        return []
    v = k - 1
    while v >= 0 and rd.low(v) in ("remains", "remain", "remained", "stays", "stay", "stayed", "is", "was", "are", "were",
                                   "came", "come", "comes", "fell", "falls", "still", "now", "firmly", "largely", "has", "been",
                                   "returning", "returned", "back", '"', "“", "'", "fully", "completely", "entirely"):
        v -= 1
    places = rd.places_left(v + 1) or _relative_antecedent(rd, k) or \
        [p for p in rd.sm.places if p.end == v + 1 and rd.low(p.start - 1) in ("said", "says") and not p.region]
    places = [_quarter_named(rd, p) for p in places]
    # ("the agency said Kherson was returning under Ukrainian control": the reported clause's subject)
    if not places and rd.low(k - 1) in ("is", "was", "remains", "remained", "are", "were") or not places:
        anaphor = [p for p in rd.sm.places if p.end <= k and p.anaphor]
        places = places or anaphor[-1:]
    # "back under Ukrainian control"; "is now under Taliban control" (annotators: control has just passed)
    kind = "capture" if rd.low(k - 1) in ("back", "returning", "returned", "return", "returns") or any(
        rd.low(j) == "now" for j in range(v + 1, k)) else "hold"
    return [Reading(kind, p, holder, None, i, 0.6) for p in places]


def _control(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if rd.low(i - 1) == "under" or "under" in {rd.low(k) for k in range(max(0, i - 4), i)} or (
            "to" in {rd.low(k) for k in range(max(0, i - 4), i)} and {rd.low(k) for k in range(max(0, i - 6), i)}
            & {"returned", "returning", "return", "returns"}):
        return _under_control(rd, i, nxt)
    if nxt == "of" and rd.low(i - 1) == "in" and rd.low(i - 2) in ("remain", "remains", "remained", "stay", "stays", "still"):
        # "Doe's troops remain in control of Monrovia": a hold, not a capture
        places = rd.places_right(i + 2)
        return [Reading("hold", p, rd.subject_left(i - 2), None, i, 0.6) for p in places] if rd.subject_left(i - 2) else []
    if nxt == "by" and _passive(rd, i):
        # "Sanaa, which has been controlled by the Houthis since 2014"
        winner = rd.actor_after(i + 1, rd.r.w("by"), limit=3)
        places = rd.places_left(i) or _relative_antecedent(rd, i)
        return [Reading("hold", p, winner, None, i, 0.6) for p in places] if winner else []
    if nxt not in ("of", "over") and rd.low(i - 1) in ("have", "has") and rd.t[i].lower == "controlled":
        # "Sanaa, which the Houthis have controlled since 2014"; "the rebels have controlled Idlib"
        places = rd.places_right(i + 1) or _relative_antecedent(rd, i)
        winner = rd.subject_left(i)
        return [Reading("hold", p, winner, None, i, 0.55) for p in places] if winner else []
    if nxt not in ("of", "over"):
        # the verb: "Separatists still control the city of Donetsk"
        reported = rd.t[i].lower == "controlled" and rd.low(i - 1) in ("they", "it", "now") and rd.reporter_verb_before(i)
        if (rd.t[i].lower in ("control", "controls") or reported) and rd.low(i - 1) not in ("the", "a", "full", "of", "complete", "total", "effective", "its", "their", "in"):
            winner = rd.subject_left(i)
            places = _and_more(rd, rd.places_right(i + 1), i) or _relative_antecedent(rd, i) \
                or _coordinated_object(rd, i)  # "Kismayo, which the Courts still control"
            kind = "capture" if rd.low(i - 1) == "now" and rd.reporter_verb_before(i) else "hold"  # "say they now control"
            return [Reading(kind, p, winner, None, i, 0.55) for p in places] if winner else []
        return []
    window = {rd.t[k].lemma for k in range(max(0, i - 4), i)} | {rd.low(k) for k in range(max(0, i - 4), i)}
    places = rd.places_right(i + 2)
    if not places:
        return []
    if window & {"lose", "lost", "loses", "losing", "cede", "ceded", "relinquish", "relinquished"}:
        # "the army lost control of Kunduz (to the Taliban)"
        loser = rd.subject_left(i)
        winner = rd.actor_after(places[-1].end, rd.r.w("to"))
        return [Reading("capture", p, winner, loser, i, 0.65) for p in places] if loser else []
    now_in = rd.low(i - 1) in ("full", "complete", "total") or "now" in window
    held = rd.low(i - 2) == "in" and not window & (_CONTROL_VERBS - {"full", "complete", "total", "effective"}) \
        and not window & {"now", "back"}  # "were in full control of the town": held; "is now in full control": taken
    if (window & _CONTROL_VERBS or (now_in and "in" in window) or {"back", "in"} <= window) and not held:
        # "took control of", "were back in control of": control passed to the subject
        winner = rd.subject_left(i)
        loser = rd.actor_after(places[-1].end, rd.r.w("from"))
        return [Reading("capture", p, winner, loser, i, 0.75) for p in places]
    if "in" in window or rd.t[i].lower == "controls" or rd.t[i].lemma == "control" and rd.low(i - 1) in ("remain", "remains", "still"):
        winner = rd.subject_left(i)
        return [Reading("hold", p, winner, None, i, 0.6) for p in places] if winner else []
    return []


def _flag(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'Ukrainian forces raise the national flag over Sloviansk', 'troops raised the Russian flag over the
    last rebel-held district': raising one's flag over a town takes it."""
    if rd.t[i].lemma not in ("raise", "hoist", "plant"):
        return []
    # ("the red-and-white chequered flag": a long description of the flag)
    flag = next((k for k in range(i + 1, min(len(rd.t), i + 10)) if rd.low(k) == "flag"), None)
    if flag is None:
        return []
    over = next((k for k in range(flag + 1, min(len(rd.t), flag + 3)) if rd.low(k) in ("over", "above", "on")), None)
    if over is None:
        return []
    places = rd.places_right(over + 1, frozenset({"over"}), limit=6)
    if not places and rd.low(over + 1) in ("its", "the") and {rd.low(k) for k in range(over + 2, min(len(rd.t), over + 5))} \
            & {"hall", "headquarters", "building", "council", "citadel", "fortress", "palace"}:
        # "abandoned Sloviansk ... and Ukrainian troops raised the national flag over its town hall": that town's
        named = [p for p in rd.sm.places if p.end <= i and p.place is not None and not p.region and not p.anaphor]
        places = named[-1:]
    winner = rd.subject_left(i)
    return [Reading("capture", p, winner, None, i, 0.6) for p in places] if winner else []


# what makes an entry a taking: no one defends the town ("entered Gao unopposed", "met little resistance"), the
# crowd greets the side that comes in, or the other side has just left it ("after the Islamists fled")
_UNOPPOSED = frozenset({"unopposed", "unchallenged", "cheers", "cheering", "jubilant"})
_WITHOUT = frozenset({"fight", "fighting", "resistance", "shot", "opposition"})


def _enter(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'Malian troops entered Gao unopposed', 'Ukrainian troops entered the southern city of Kherson on Friday,
    hours after Russia said it had completed its withdrawal', 'Tuareg rebels entered Timbuktu after government
    soldiers abandoned the town': an entry into a town is a capture only where nobody holds it against the
    side that comes in; a plain "entered" may be a raid or the first street fighting."""
    if rd.t[i].lower not in ("entered", "enter", "enters") or rd.low(i - 1) in ("not", "never") or rd.low(i - 2) == "not":
        return []
    if {t.lower for t in rd.t} & {"briefly", "coup", "repelled"} or any(
            t.lower == "back" and rd.low(t.i - 1) in ("pushed", "driven", "beaten", "forced", "thrown") for t in rd.t):
        return []  # "briefly entered Aleppo ... before being pushed back", "entered Bamako during the coup"
    places = [p for p in rd.places_right(i + 1, limit=8) if not p.region]
    if not places:
        return []
    end = min(len(rd.t), i + 30)
    cue = False
    for k in range(places[-1].end, end):
        low = rd.low(k)
        if low in (";", ":") or (low == "but" and k > places[-1].end):
            break
        if low in _UNOPPOSED or (low == "without" and any(rd.low(m) in _WITHOUT for m in range(k + 1, k + 4))) \
                or (low in ("little", "no", "scattered") and rd.low(k + 1) == "resistance"):
            cue = True
            break
        if low == "after" and any("withdraw" in rd.r.frames_of(rd.t[m].lemma) or rd.low(m) in ("fled", "collapsed")
                                  for m in range(k + 1, min(end, k + 14))):
            cue = True  # "after government soldiers abandoned the town", "hours after Russia said it had completed its pullout"
            break
    winner = rd.subject_left(i)
    return [Reading("capture", p, winner, None, i, 0.55) for p in places] if cue and winner else []


def _follow(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'Within days the northern cities of Sheberghan and Kunduz followed': the next towns of a series
    of captures (the pipeline keeps them only after one, with its sides)."""
    if rd.t[i].lower != "followed" or nxt not in (".", ",", ";", "suit", "on", "within", "days", "hours", "weeks", "later",
                                                  "shortly", "soon", "in", "the", "a"):
        return []
    if nxt in ("the", "a") and rd.low(i + 2) not in ("next", "following", "same"):
        return []  # "followed the army": an object, not a series
    places = rd.places_left(i)
    return [Reading("capture", p, None, None, i, 0.4, follows=True) for p in places]


_FORCE_NOUNS = frozenset({"forces", "troops", "fighters", "units", "soldiers", "men", "garrison", "personnel", "battalions"})
_FORCE_OWNERS = frozenset({"its", "their", "his", "the", "remaining", "last"})


def _force_object(rd: Reader, a: int, b: int) -> bool:
    """Tokens a..b-1 name a force ("its troops", "most of their fighters and heavy weapons"): a force
    noun, and only the small words of such a phrase."""
    words = [rd.low(j) for j in range(a, b)]
    return any(w in _FORCE_NOUNS for w in words) and all(
        w in _FORCE_NOUNS | _FORCE_OWNERS | _FORCE_EXTRAS for w in words) and not any(j in rd.sm.place_at for j in range(a, b))


_FORCE_EXTRAS = frozenset({"most", "all", "some", "many", "of", "and", "heavy", "weapons", "equipment", "armour", "armor", "tanks",
                           "bulk", "rest", "our", "my", "her"})


def _withdraw(rd: Reader, i: int, nxt: str) -> list[Reading]:
    lemma = rd.t[i].lemma
    if lemma in ("abandon", "evacuate", "vacate", "quit", "leave") and nxt not in ("for", "to", "behind"):
        if _passive(rd, i) or (lemma == "leave" and rd.low(i - 1) in ("that", "which")
                               and (i - 2) not in rd.sm.actor_at and (i - 2) not in rd.sm.place_at):
            return []  # "weeks of street fighting that left much of the city in ruins": what fighting did
        places = rd.places_right(i + 1, limit=5)
        if not places and lemma in ("abandon", "evacuate", "vacate", "leave") and not (i + 1) in rd.sm.place_at \
                and rd.low(i + 1) in (".", ",", "on", "in", "last", "earlier", "days", "weeks", "after", "before", "without", ""):
            places = _relative_antecedent(rd, i)  # "Gori, which Georgian troops had abandoned on Monday"
        if not places and rd.low(i + 1) in ("their", "its", "his", "all") and rd.low(i + 2) in (
                "positions", "posts", "bases", "barracks", "garrison", "checkpoints", "headquarters"):
            # "abandoned their positions in and around the town": the town those positions were in
            places = rd.places_right(i + 3, frozenset({"in", "around", "and", "at", "inside"}), limit=6)
        loser = rd.subject_left(i)
        if loser is None or (lemma == "leave" and loser[2].actor == "PRONOUN"):
            return []  # "hours after it left Quetta": a train, a convoy, a person
        return [Reading("withdrawal", p, None, loser, i, 0.6) for p in places]
    k = i + 1
    if lemma in ("pull", "order") and nxt not in ("out", "back"):
        # "it had pulled its troops out of Vuhledar", "had pulled most of their fighters and heavy weapons
        # out of the town", "he had ordered his troops out of Avdiivka": the force, then the particle
        out = next((j for j in range(i + 1, min(len(rd.t), i + 10)) if rd.low(j) == "out"), None)
        if out is not None and rd.low(out + 1) in ("of", "from") and _force_object(rd, i + 1, out):
            k, nxt = out, "out"
        elif lemma == "order":
            return []
    if lemma == "order":
        k += 1  # ("ordered his troops out of": past "out")
    if lemma in ("pull", "slip", "move", "march", "sneak", "fall"):
        if nxt not in ("out", "back") or (lemma != "pull" and nxt != "out"):
            return []
        k += 1
    if rd.low(k) in ("its", "their", "his") or rd.low(k) in _FORCE_NOUNS:
        while k < len(rd.t) and rd.low(k) not in ("from", "out", "of", "outside") and k < i + 5:
            k += 1
    if lemma == "redeploy" and rd.low(k) == "outside":
        k_out = k  # "the army has redeployed its units outside the city": a withdrawal, said softly
        places = rd.places_right(k_out + 1)
        loser = rd.subject_left(i)
        return [Reading("withdrawal", p, None, loser, i, 0.55) for p in places] if loser else []
    if rd.low(k) == "from" and rd.low(k + 1) in ("its", "their") and rd.low(k + 2) in ("positions", "bases", "posts") \
            and rd.low(k + 3) in ("in", "at", "around"):
        k += 3  # "withdrawn from their positions in the city"
    if rd.low(k) == "out" and rd.low(k + 1) == "of":
        k += 1
    owner = None
    if rd.t[i].lower in ("withdrawal", "pullout", "pull-out", "retreat") and rd.low(k) == "of":
        # "completed the withdrawal of its troops from Kherson": the force named after "of" left
        # (a withdrawal told as done, not one demanded or planned)
        frm = next((j for j in range(k + 1, min(k + 7, len(rd.t))) if rd.low(j) == "from"), None)
        done = {t.lower for t in rd.t} & _DONE or {rd.low(i - 1), rd.low(i - 2)} & _DONE_BEFORE
        if frm is None or not done:
            return []
        owner = next((rd.sm.actor_at[j] for j in range(k + 1, frm) if j in rd.sm.actor_at), None)
        if owner is not None and owner[2].actor == "PRONOUN":
            # "its troops": the nearest actor named before ("Russia said it had completed ...")
            owner = next((a for a in reversed(rd.sm.actors) if a[1] <= owner[0] and a[2].actor != "PRONOUN"), None)
        k = frm
    loser = owner if owner is not None else rd.subject_left(i)
    after = _after_word(rd, loser[0]) if loser is not None else None
    if after is not None and rd.low(k) not in ("from", "of", "to", "toward", "towards", "into") \
            and rd.t[i].lower in ("withdrew", "retreated", "pulled", "fled"):
        # "M23 rebels seized Goma on Tuesday after government troops pulled out": they left the
        # place that the main clause names
        places = [p for p in rd.sm.places if p.end <= after and not p.region and not p.anaphor
                  and p.place is not None and p.place.feature not in ("facility",)][:1]
        return [Reading("withdrawal", p, None, loser, i, 0.5) for p in places]
    if rd.low(k) == "to" and lemma in ("withdraw", "retreat", "pull"):
        refuge = _refuge(rd, i, k)
        if refuge:
            return refuge
    if rd.low(k) == "to" and lemma in ("withdraw", "retreat"):
        # "had retreated to an army base outside the city": they left the town the base lies outside
        out = next((m for m in range(k + 1, min(len(rd.t), k + 7)) if rd.low(m) == "outside"), None)
        loser = rd.subject_left(i)
        if out is not None and loser is not None:
            return [Reading("withdrawal", p, None, loser, i, 0.55) for p in rd.places_right(out + 1, frozenset({"outside"}), limit=3)]
    if rd.low(k) not in ("from", "of", "in", "at", "around"):
        return []
    if rd.low(k) == "from" and rd.low(k + 1) == "it" and lemma in ("withdraw", "retreat", "pull"):
        # "occupied the city in 2012, before withdrawing from it": the place named before
        prior = [p for p in rd.sm.places if p.end <= i and not p.region]
        loser = rd.subject_left(i)
        return [Reading("withdrawal", prior[-1], None, loser, i, 0.55)] if prior and loser else []
    places = rd.places_right(k + 1, frozenset({"in", "at", "around"}) if rd.low(k) in ("in", "at", "around") else frozenset())
    if lemma == "withdrawal" and loser is None:
        return []
    if not places or loser is None:
        return []
    return [Reading("withdrawal", p, None, loser, i, 0.65) for p in places]


def _siege(rd: Reader, i: int, nxt: str) -> list[Reading]:
    lemma = rd.t[i].lemma
    if lemma == "cut" and nxt != "off":
        return []
    if lemma in ("siege", "blockade", "encirclement"):
        if rd.low(i - 1) in ("lay", "laid", "laying", "lays"):
            places = rd.places_right(i + 2) if nxt == "to" else []
            return [Reading("siege", p, rd.subject_left(i), None, i, 0.65) for p in places]
        if rd.low(i - 1) == "under":
            seg0 = rd.segment(i)[0]
            v = next((k for k in range(i - 2, max(seg0 - 1, i - 22), -1) if rd.t[k].lemma in ("keep", "put", "place", "hold")
                      and rd.t[k].text[:1].islower() and rd.low(k - 1) != "-"), None)  # (not "army-held"; not in another clause)
            if v is not None and any(rd.low(m) in _CLAUSE_JOINERS for m in range(v + 1, i)):
                v = None  # "Russian forces hold Kherson, while Mariupol remains under siege": another clause's verb
            besieger = rd.subject_left(v) if v is not None else None
            if besieger is not None:
                # "the RSF has kept El Fasher, the last army-held state capital, under siege since May"
                places = [p for p in rd.places_right(v + 1, limit=3) if p.start < i]
                return [Reading("siege", p, besieger, None, i, 0.6) for p in places]
            return [Reading("siege", p, rd.actor_after(i, rd.r.w("by")), None, i, 0.55) for p in rd.places_left(i - 1)]
        j = i
        while j > i - 5 and (rd.low(j - 1).endswith(("-long", "-old", "-day", "-week", "-month", "-year")) or rd.low(j - 1) in (
                "long", "-", "months", "weeks", "days", "years", "month", "week", "day", "year", "brutal", "crippling",
                "tight", "full")):
            j -= 1  # "keeping up its months-long siege of El Fasher"
        j = j - 1 if rd.low(j - 1) in ("its", "their", "the", "a", "an") else j
        if rd.low(j - 1) == "up" and rd.t[j - 2].lemma == "keep":
            j -= 1  # "keeping up its siege"
        if nxt in ("of", "on") and rd.t[j - 1].lemma in ("tighten", "impose", "maintain", "keep", "press", "complete", "close",
                                                         "begin", "start", "launch"):
            # "The RSF tightened their siege of El Fasher", "Bosnian Serb forces begin the siege of Sarajevo"
            # "The RSF tightened their siege of El Fasher"
            places = rd.places_right(i + 2, limit=3)
            return [Reading("siege", p, rd.subject_left(j - 1), None, i, 0.6) for p in places]
        return []
    if lemma == "ring" and nxt != "by":
        return []  # "ringed by Serb forces" (not "ring road", "rang")
    if lemma == "cut" and rd.low(i - 1) in ("been", "be", "is", "was", "are", "were") and rd.low(i + 2) == "by":
        # "Kuito, which remains in government hands but has been cut off by UNITA since January"
        winner = rd.actor_after(i + 2, rd.r.w("by"), limit=2)
        places = rd.places_left(i) or _relative_antecedent(rd, i, reach=12)
        return [Reading("siege", p, winner, None, i, 0.6) for p in places] if winner else []
    if _passive(rd, i) or lemma == "ring":
        winner = rd.actor_after(i + 1, rd.r.w("by"))
        places = rd.places_left(i)
        if not places and rd.low(i - 1) == "and":
            # "Zepa and Gorazde, both still held by the government and ringed by Serb forces"
            c = next((c for c in range(i - 2, max(-1, i - 14), -1) if rd.low(c) == ","), None)
            places = rd.places_left(c) if c is not None else []
        if not places and rd.low(i - 1) not in ("is", "are", "was", "were"):
            places = rd.places_left(i)
        return [Reading("siege", p, winner, None, i, 0.65) for p in places]
    places = rd.places_right(i + (2 if lemma == "cut" else 1)) or _relative_antecedent(rd, i)
    # ("Dubrovnik, the medieval port that the army has encircled since October")
    return [Reading("siege", p, rd.subject_left(i), None, i, 0.7) for p in places]


def _hold(rd: Reader, i: int, nxt: str) -> list[Reading]:
    lemma = rd.t[i].lemma
    if lemma in ("present", "position", "positioned", "deploy", "deployed", "station", "stationed"):
        return _present(rd, i)
    if lemma in ("remain", "stay"):
        if not ({rd.low(k) for k in range(i + 1, min(len(rd.t), i + 5))} & {"hands", "control"}):
            return []
        winner = rd.actor_after(i + 1, frozenset({"of", "by"}), limit=6) or next(
            (rd.sm.actor_at[j] for j in range(i + 1, min(len(rd.t), i + 5)) if j in rd.sm.actor_at), None)
        if winner is None:
            j = next((j for j in range(i + 1, min(len(rd.t), i + 5)) if rd.low(j) == "hands"), None)
            if j is not None and rd.low(j - 1) in _GENERIC_PREFIX:
                winner = (j - 1, j, _GENERIC_PREFIX[rd.low(j - 1)])
        return [Reading("hold", _quarter_named(rd, p), winner, None, i, 0.6) for p in rd.places_left(i)] if winner else []
    if _passive(rd, i) and rd.low(i - 1) == "been" and rd.low(i - 2) == "had":
        return []  # "Sirte had been held by forces aligned with the GNA since 2016": a past state the story ends
    if _passive(rd, i) or rd.low(i + 1) == "by":
        winner = rd.actor_after(i + 1, rd.r.w("by"), limit=2) or rd.actor_after(i + 1, rd.r.w("by"), limit=4)
        return [Reading("hold", p, winner, None, i, 0.6) for p in rd.places_left(i)] if winner else []
    if nxt == "out" and rd.t[i].lower in ("holding", "held", "hold", "holds"):
        # "rebels were still holding out in Kissy": they still hold the place they are in
        winner = rd.subject_left(i)
        places = [p for p in rd.sm.places if not p.region and not p.anaphor and p.place is not None
                  and (rd.low(p.start - 1) in ("in", "at") or (rd.low(p.start - 1) == "of" and rd.low(p.start - 2)
                                                                 in rd.r.w("place_nouns")))  # "in the northern city of Kunduz"
                  and not rd.partitive(p) and i < p.start <= i + 12]
        at = next((k for k in range(i + 2, min(len(rd.t), i + 5)) if rd.low(k) in ("in", "at")), None)
        if places and at is not None:
            # "holding out Tuesday in the eastern suburbs of Kissy and Wellington": the list after the place
            places = [p for p in _and_more(rd, rd.places_right(at + 1, frozenset({"in", "at"})), i) if not p.region] or places
        return [Reading("hold", p, winner, None, i, 0.5) for p in places] if winner else []
    end = next((k for k in range(i + 1, min(rd.segment(i)[1], i + 20)) if rd.low(k) in _CLAUSE_JOINERS), min(rd.segment(i)[1], i + 20))
    if any(rd.low(k) == "under" and rd.low(k + 1) == "siege" for k in range(i + 1, end - 1)):
        return []  # "Serb forces have held Sarajevo under siege since 1992": a siege, not a hold
    still = {rd.low(k) for k in range(max(0, i - 3), i)} & {"still", "continue", "continues", "now"}
    perfect = rd.low(i - 1) in ("have", "has") or (rd.low(i - 1) in ("also", "long", "already", "since") and rd.low(i - 2) in (
        "have", "has"))  # "the rebels have held the airport since May", "The M23 has also held Rubaya since April"
    if rd.t[i].lower in ("holds", "hold", "controls") or still or perfect:
        winner = rd.subject_left(i)
        # "..., which the rebels still hold"; "..., which the Tigers overran in 2000 and still hold": a
        # coordinated verb shares the relative pronoun
        reach = 14 if "and" in (rd.low(i - 1), rd.low(i - 2)) else 8
        places = _and_more(rd, rd.places_right(i + 1), i) or _relative_antecedent(rd, i, reach)
        places = places or _coordinated_object(rd, i)
        return [Reading("hold", p, winner, None, i, 0.55) for p in places] if winner else []
    return []


_BE = frozenset({"is", "are", "was", "were", "remain", "remains", "remained", "be", "been"})


def _present(rd: Reader, i: int) -> list[Reading]:
    """'Eritrean troops were still present in the town of Shire': a side still there holds the place
    (GUIDELINES: "is still present in"); without "still" a presence says nothing of control."""
    before = {rd.low(k) for k in range(max(0, i - 3), i)}
    lasting = "still" in before or before & {"remain", "remains", "remained"}  # ("who remain deployed in Palma")
    if rd.low(i + 1) != "in" or not lasting or not before & _BE:
        return []
    winner = rd.subject_left(i)
    places = [p for p in rd.places_right(i + 1, frozenset({"in"})) if not p.region]
    return [Reading("hold", p, winner, None, i, 0.5) for p in places] if winner else []


# words between a possessor and its stronghold: "the army's last major foothold", "the Taliban's southern stronghold"
_STRONG_MODS = frozenset({"main", "key", "last", "remaining", "major", "biggest", "largest", "final", "only", "significant",
                          "principal", "traditional", "southern", "northern", "eastern", "western", "central", "de", "facto",
                          "self-declared", "self-styled", "-", "important", "strategic", "significant", "de-facto",
                          "big", "spiritual", "political", "military", "historic", "administrative", "ideological", "urban"})
_STRONG_POSS = ("'s", "’s", "'", "’")


def _stronghold_holder(rd: Reader, i: int):
    """The side a stronghold belongs to, and the index where its noun phrase begins."""
    j = i - 1
    while rd.low(j) in _STRONG_MODS:
        j -= 1
    if j in rd.sm.actor_at and rd.low(j) not in _STRONG_POSS:
        return rd.sm.actor_at[j], rd.sm.actor_at[j][0]  # "the rebel stronghold", "the LTTE's last stronghold"
    if rd.low(j) in _STRONG_POSS and (j - 1) in rd.sm.actor_at:
        return rd.sm.actor_at[j - 1], rd.sm.actor_at[j - 1][0]  # "the Tigers' last major stronghold"
    if rd.low(j) in _STRONG_POSS:
        j -= 1  # "the government's last stronghold"
    if rd.low(j) in _GENERIC_PREFIX:
        return (j, j + 1, _GENERIC_PREFIX[rd.low(j)]), j
    if rd.low(j) in ("its", "their"):
        return (j, j + 1, _generic("PRONOUN", rd.low(j))), j  # "from their stronghold of Kilinochchi"
    if rd.low(j) == "whose" and rd.low(j - 1) == "," and (j - 2) in rd.sm.actor_at:
        return rd.sm.actor_at[j - 2], j  # "LURD, whose stronghold is the northwestern town of Tubmanburg"
    return rd.actor_after(i + 1, frozenset({"of"}), limit=3), i


def _stronghold(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if rd.t[i].lower == "headquarters" and nxt != "at":
        return []  # only "the rebel headquarters at Gbarnga"; "the army headquarters in Kabul was attacked" is no hold
    if rd.low(i - 1) in ("former", "once", "ex", "erstwhile") or rd.t[i].lemma == "foothold" and rd.low(i - 1) in ("a", "gain", "gained"):
        return []
    if {rd.low(k) for k in range(max(0, i - 6), i)} & {"make", "making", "turn", "turning", "want", "wanted", "wants"}:
        return []  # '"They wanted to make Baquba their capital"': an aim, not a hold
    holder, start = _stronghold_holder(rd, i)
    if holder is None and rd.t[i].lemma == "capital" and nxt == "of" and not any(
            set(rd.r.frames_of(t.lemma)) - {"stronghold"} for t in rd.t if t.i != i):
        holder = _breakaway(rd, i)  # "Stepanakert, the capital of the self-declared republic"
    if {rd.low(k) for k in range(start - 4, start)} & {"was", "were", "been"}:
        return []  # "Lashio had long been a bastion of the army": no longer
    # a state's capital or seat is only its capital (not "the army's de facto seat of government", a seat
    # the war moved); its stronghold, foothold or bastion is a hold
    moved = rd.t[i].lemma in ("seat", "capital") and {rd.low(k) for k in range(max(0, i - 3), i)} & _MOVED_SEAT
    if holder is None or holder[2].actor.startswith("GOV") and rd.t[i].lemma in ("capital", "seat", "heartland", "headquarters") \
            and not moved:
        return []
    places = []
    if nxt == "of" or (nxt == "at" and rd.t[i].lower == "headquarters"):
        places = rd.places_right(i + 2, limit=3)  # "the rebel headquarters at Gbarnga"
    if not places and (i + 1) in rd.sm.place_at:
        places = [rd.sm.place_at[i + 1]]
    if not places and rd.low(i - 1) == "whose" and nxt in ("is", "remains"):
        places = rd.places_right(i + 2, limit=6)[:1]
    if not places:
        det = next((k for k in range(start - 1, max(-1, start - 5), -1) if rd.low(k) in ("the", "a", ",")), None)
        k = det if det is not None and rd.low(det) != "," else start  # "the internationally recognised government's"
        while rd.low(k - 1) in ("remains", "remained", "became", "becomes", "still"):
            k -= 1  # "Kandahar remains the Taliban's stronghold"
        places = rd.places_left(k)[:1]  # "Mullaitivu, the Tigers' last major stronghold"; "Marib is the government's last stronghold"
    return [Reading("hold", p, holder, None, i, 0.55) for p in places]


_BREAKAWAY = frozenset({"self-declared", "self-proclaimed", "self-styled", "breakaway", "unrecognised", "unrecognized",
                        "separatist", "rebel"})


def _breakaway(rd: Reader, i: int):
    """The side that holds the capital of a self-proclaimed republic ("the capital of the self-declared
    republic", "the capital of the breakaway region"): the republic named as an actor there, else its separatists."""
    span = range(i + 2, min(len(rd.t), i + 8))
    noun = next((k for k in span if rd.low(k) in ("republic", "region", "enclave", "state", "province")), None)
    between = {rd.low(k) for k in range(i + 2, noun)} if noun is not None else set()
    if noun is None or not between & _BREAKAWAY or between & {"former", "formerly", "once", "erstwhile", "ex"}:
        return None  # (not "the capital of the former breakaway republic of Chechnya")
    named = next((rd.sm.actor_at[k] for k in range(i + 2, min(len(rd.t), noun + 3)) if k in rd.sm.actor_at), None)
    return named or (noun, noun + 1, _generic("OTHER:separatists", rd.t[noun].text))


_GOVERNMENT = re.compile(r"(?i)government|administration|leadership|ministr|junta|cabinet|authorities")
_MOVED_SEAT = frozenset({"facto", "temporary", "provisional", "interim", "makeshift", "wartime", "new"})


def _based(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'The military-led government has been based in Port Sudan since ...', 'The interim government now
    operates from Gisenyi': a government that sits in a town it moved to holds it."""
    if (rd.low(i) == "based" and nxt != "in") or (rd.low(i) != "based" and nxt != "from"):
        return []
    holder = rd.subject_left(i)
    subject = " ".join(rd.low(k) for k in range(holder[0], i)) if holder is not None else ""
    if holder is None or not holder[2].actor.startswith("GOV") or rd.low(i - 1) in ("a", "an", "the") \
            or {rd.low(i - 2), rd.low(i - 3)} & {"had", "was", "were"} or not _GOVERNMENT.search(subject) or "exile" in subject:
        return []  # (a government, not troops; not "a Kabul-based ..." nor "had been based in": no longer; not in exile)
    state = holder[2].actor[4:]
    # a government in a national capital sits in exile or in its own capital, and one in another state's town is
    # not at home ("The Yemeni government has been based in Jeddah"): no hold of a place the war moved it to
    return [Reading("hold", p, holder, None, i, 0.5) for p in rd.places_right(i + 2, limit=6)[:1]
            if p.place is not None and not rd.capital_country(p.place.name) and state in ("*", p.place.country)]


_ANNOUNCE = {"claim", "claimed", "claims", "announce", "announced", "announces", "declare", "declared", "declares", "celebrate", "celebrated",
             "celebrates", "confirm", "confirmed", "confirms", "complete", "completed", "completes", "proclaim", "proclaimed"}


_CAPTURE_NOUNS = frozenset({"capture", "seizure", "takeover", "conquest", "recapture", "retaking", "liberation"})


def _of_after(rd: Reader, i: int, nxt: str) -> int | None:
    """The "of" of a capture noun, right after it or past a time ("the capture on Friday of Zaranj",
    "the army's capture in November of the town of Pooneryn")."""
    if nxt == "of":
        return i + 1
    if rd.low(i + 1) not in ("in", "on", "last", "earlier", "this"):
        return None
    return next((k for k in range(i + 2, min(len(rd.t), i + 6)) if rd.low(k) == "of"), None)


def _nominal(rd: Reader, i: int, nxt: str) -> list[Reading]:
    if rd.low(i - 1) in ("'s", "’s") and (i - 2) in rd.sm.actor_at and rd.t[i].lemma in _CAPTURE_NOUNS:
        # "the Islamic State's capture of Mosul in 2014", "the army's capture in November of the town of Pooneryn"
        of = _of_after(rd, i, nxt)
        places = rd.places_right(of + 1, limit=5) if of is not None else []
        return [Reading("capture", p, rd.sm.actor_at[i - 2], None, i, 0.55) for p in places]
    if rd.low(i - 1) in ("its", "their") and nxt == "of" and rd.t[i].lemma in _CAPTURE_NOUNS:
        # "Their seizure of Baga in early January was followed by a massacre": the side named before took it
        places = rd.places_right(i + 2, limit=4)[:1]
        return [Reading("capture", p, (i - 1, i, _generic("PRONOUN", rd.low(i - 1))), None, i, 0.5) for p in places]
    j = i - 1
    while rd.low(j) in ("complete", "full", "total", "final"):
        j -= 1
    if nxt == "of" and rd.low(j) == "the" and rd.low(j - 1) in _ANNOUNCE:
        places = rd.places_right(i + 2, limit=4)
        winner = rd.subject_left(j - 1) or _official(rd, j - 1)
        loser = rd.actor_after(i + 2, rd.r.w("from"))
        return [Reading("capture", p, winner, loser, i, 0.6) for p in places]
    if nxt == "of" and rd.low(i - 1) == "the" and rd.low(i - 2) not in ("before", "prevent", "prevented", "stop", "against") \
            and rd.t[i].lemma != "fall":
        near = rd.places_right(i + 2, limit=3)[:1]
        if near and rd.low(near[0].end) == "by" and (near[0].end + 1) in rd.sm.actor_at or \
                near and rd.low(near[0].end) == "by" and (near[0].end + 2) in rd.sm.actor_at:
            # "The capture of Kabul by the Taliban in 1996 was a shock": the agent took it
            return [Reading("capture", near[0], rd.actor_after(near[0].end, rd.r.w("by"), limit=2), None, i, 0.55)]
    if nxt == "of" and rd.low(i - 1) == "the" and (i - 1 == 0 or rd.low(i - 2) in (",", ";", ":", "-", "—", "–")):
        # "The fall of Mullaitivu, their last major town, followed before the end of January": a
        # clause opened by the event as its subject, with a verb that states it happened
        near = rd.places_right(i + 2, limit=3)[:1]
        if near:
            k = near[0].end
            taker = rd.actor_after(k, rd.r.w("to"), limit=3) if rd.low(k) == "to" else None
            if taker is not None:
                k = taker[1]  # "The fall of Kunduz to the Taliban was ..."
            if rd.low(k) == ",":
                k = next((c + 1 for c in range(k + 1, min(len(rd.t), k + 12)) if rd.low(c) == ","), k)
            if rd.low(k) in _HAPPENED and rd.low(k + 1) not in _NOT_HAPPENED:
                return [Reading("capture", near[0], taker, None, i, 0.5)]
            end = k if rd.low(k) != "," or any(rd.t[c].lemma in _HAPPENED or rd.low(c) in _HAPPENED or rd.low(c) in _NOT_HAPPENED
                                               for c in range(k, len(rd.t))) \
                else len(rd.t) - 1  # (an apposition that runs to the end of the entry; not "feared by diplomats")
            if rd.low(end) in (".", "") and i >= 3 and rd.low(i - 2) in ("-", "—", "–", ":") and any(
                    rd.low(m) in MONTHS for m in range(0, i - 2)):
                # "April 9 - The fall of Lubumbashi, the copper capital and second city.": a dated entry of a
                # chronology is its headline
                return [Reading("capture", near[0], taker, None, i, 0.5)]
    of = _of_after(rd, i, nxt)
    if of is None or rd.low(i - 1) not in ("the",) or rd.low(i - 2) not in (
            "after", "since", "following", "with", "before", "followed", "follows", "follow"):
        return []
    if rd.low(i - 2) == "before":
        return []
    places = rd.places_right(of + 1, limit=8)  # ("with the capture of the coastal refinery town of Zawiya")
    winner = rd.actor_after(of + 1, rd.r.w("by") | rd.r.w("to"), limit=16)
    return [Reading("capture", p, winner, None, i, 0.55) for p in places]


_AFTER = {"after", "as", "when", "once", "since"}
# verbs after "The fall of X" that state that it happened (not "would", "could", "is feared")
_NOT_HAPPENED = frozenset({"feared", "expected", "imminent", "likely", "possible", "unlikely", "inevitable", "near",
                           "predicted", "anticipated", "not"})
_HAPPENED = frozenset({"followed", "came", "was", "marked", "left", "sent", "triggered", "prompted", "ended", "forced",
                       "sparked", "opened", "cut", "dealt", "gave", "handed", "capped", "completed"})


_DONE = frozenset({"completed", "complete", "completes", "finished", "confirmed", "confirms", "announced", "announces"})
_DONE_BEFORE = frozenset({"after", "following", "since", "began", "begun"})


def _after_word(rd: Reader, start: int) -> int | None:
    """The 'after' that opens the clause whose subject starts at `start` ("after U.N.-backed troops")."""
    for k in range(start - 1, max(-1, start - 6), -1):
        if rd.low(k) in _AFTER:
            return k
        if rd.low(k) in (",", ";") or k in rd.sm.place_at or (k in rd.sm.actor_at and rd.sm.actor_at[k][0] != start):
            return None
    return None
def _hands(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'Zepa and Gorazde, enclaves still in government hands', 'which remains firmly in its hands',
    'in the hands of the rebels': the place is held now."""
    if rd.t[i].lower != "hands" or i == 0:
        return []
    k = i - 1
    if rd.low(k) in _GENERIC_PREFIX:
        holder = (k, i, _GENERIC_PREFIX[rd.low(k)])
    elif k in rd.sm.actor_at:
        holder = rd.sm.actor_at[k]
        k = holder[0]
    elif rd.low(k) in ("its", "their"):
        holder = (k, i, _generic("PRONOUN", rd.low(k)))
    elif rd.low(k) in _STRONG_POSS and (k - 1) in rd.sm.actor_at:
        holder = rd.sm.actor_at[k - 1]  # "in the Islamists' hands"
        k = holder[0] - (1 if rd.low(holder[0] - 1) == "the" else 0)
    elif _demonym_holder(rd, k, i):
        holder = _demonym_holder(rd, k, i)  # "remains in Russian hands"
        if rd.low(k - 1) == "ethnic":
            k -= 1  # "which remains in ethnic Armenian hands"
    elif rd.low(k) == "the" and nxt == "of":
        holder = rd.actor_after(i + 1, frozenset({"of"}), limit=2)
    else:
        return []
    if holder is not None and rd.low(k - 1) == "into" and rd.low(k - 2) in ("passed", "pass", "passes", "came", "come", "fallen"):
        # "the northern towns of Uige and Negage had already passed into rebel hands": taken
        at = k - 2
        while rd.low(at - 1) in ("already", "also", "had", "have", "has", "since", "now", "then"):
            at -= 1
        return [Reading("capture", p, holder, None, i, 0.55) for p in rd.places_left(at)]
    if holder is None or rd.low(k - 1) != "in":
        return []  # "fell into rebel hands" is the fall frame's; "changed hands" says nothing
    before = {rd.low(j) for j in range(max(0, k - 6), k - 1)}
    if before & {"was", "were", "had", "fell", "into"} and not before & {"still", "now", "remains", "remain", "remained"}:
        return []  # "was in rebel hands until 2016": a past hold
    at = k - 1
    while rd.low(at - 1) in ("remains", "remain", "remained", "stays", "stay", "stayed", "firmly", "securely", "safely"):
        at -= 1  # "Nova Kakhovka remains in Russian hands"
    places = rd.places_left(at) or _relative_antecedent(rd, at)
    if not places:
        # "Zepa and Gorazde, the two remaining eastern enclaves still in government hands"
        c = next((c for c in range(k - 2, max(-1, k - 10), -1) if rd.low(c) == ","), None)
        places = rd.places_left(c) if c is not None else []
    kind = "capture" if "now" in {rd.low(j) for j in range(max(0, k - 4), k - 1)} else "hold"  # "is now fully in its hands"
    return [Reading(kind, _quarter_named(rd, p), holder, None, i, 0.55) for p in places]


_OFFICIALS = {"minister", "ministry", "president", "premier", "military", "government", "pentagon", "kremlin", "commander",
              "general"}


def _official(rd: Reader, verb: int):
    """'Prime Minister Haider al-Abadi announced ...': a state official speaks for the state forces."""
    for k in range(verb - 1, max(-1, verb - 16), -1):
        if rd.low(k) in (";", ":") or k in rd.sm.actor_at:
            break
        if rd.low(k) in _OFFICIALS:
            return (k, k + 1, _generic("GOV:*", rd.t[k].text))
    return None


_INSTITUTIONS = frozenset({"news", "agency", "television", "tv", "radio", "newspaper", "channel", "media", "ministry",
                           "broadcaster", "daily", "station", "press"})


def _held_compounds(rd: Reader) -> list[Reading]:
    """'IS-held Mosul', 'separatist-controlled Donetsk', 'the Islamic State-controlled city of Mosul'."""
    out = []
    for k, tok in enumerate(rd.t):
        if tok.lower not in ("held", "controlled", "run", "occupied", "ruled", "dominated") or rd.low(k - 1) != "-":
            continue
        actor = rd.sm.actor_at.get(k - 2)
        if actor is None and rd.t[k - 2].text in ("IS", "ISIS", "ISIL"):
            actor = (k - 2, k - 1, _generic("IS", "IS"))
        if actor is None:
            word = rd.low(k - 2)
            actor = _GENERIC_PREFIX.get(word)
            if actor is None:
                actor = _demonym_holder(rd, k - 2, k - 1)  # "the Croatian-held town of Vinkovci"
                if actor is None:
                    continue
            else:
                actor = (k - 2, k - 1, actor)
        places = rd.places_right(k + 1, limit=6)[:1]
        if places and rd.low(places[0].end) in _INSTITUTIONS:
            continue  # "the Houthi-run Saba news agency": the name of an agency, not a town
        if rd.low(k + 1) in rd.r.w("place_nouns") and rd.low(k + 2) in ("including", "such"):
            # "army-controlled cities including Port Sudan, Kassala and Atbara"
            places = rd.places_right(k + 3 + (rd.low(k + 2) == "such"), limit=4)
        if not places and rd.low(k + 1) in rd.r.w("place_nouns") and rd.low(k + 2) == "," and (k + 3) in rd.sm.place_at:
            places = [rd.sm.place_at[k + 3]]  # "the rebel-held capital, Sanaa,"
        if not places:
            # "al-Qaryatain, another IS-held town"
            j = actor[0] - 1
            while j >= 0 and (rd.low(j) in ("a", "an", "another", "the", "key", "main", "last", "strategic", "only",
                                             "second", "third", "remaining", "major", "eastern", "western", "northern",
                                             "southern") or rd.low(j).endswith("est") and rd.low(j).isalpha()):
                j -= 1  # ("Banja Luka, the largest Serb-held city")
            if rd.low(j) == "," and (j - 1) in rd.sm.place_at:
                places = [rd.sm.place_at[j - 1]]
        out.extend(Reading("hold", p, actor, None, k, 0.6) for p in places)
    return out


def _generic(actor: str, text: str):
    from frontline.extract.actors import ActorMention

    return ActorMention(0, 0, actor, text)


_GENERIC_PREFIX = {
    "rebel": _generic("REBELS", "rebel"), "insurgent": _generic("NONSTATE", "insurgent"),
    "militant": _generic("NONSTATE", "militant"), "jihadist": _generic("ISLAMIST", "jihadist"),
    "opposition": _generic("SY_OPPOSITION", "opposition"), "government": _generic("GOV:*", "government"),
    "regime": _generic("GOV:*", "regime"), "army": _generic("GOV:*", "army"), "separatist": _generic("RU_SEPARATISTS", "separatist"),
    "kurdish": _generic("KURDISH", "kurdish"), "islamist": _generic("ISLAMIST", "islamist"),
    # in the Bosnian war's copy "Serb-held" means the Bosnian Serbs, "Moslem-held" the government
    "military": _generic("GOV:*", "military"), "junta": _generic("GOV:*", "junta"), "federal": _generic("FEDERAL", "federal"),
    "loyalist": _generic("GOV:*", "loyalist"),
    "serb": _generic("OTHER:bosnian-serbs", "serb"), "moslem": _generic("GOV:BA", "moslem"),
    "muslim": _generic("GOV:BA", "muslim"), "croat": _generic("OTHER:bosnian-croats", "croat"),
    "hamas": _generic("OTHER:hamas", "hamas"), "taliban": _generic("TALIBAN", "taliban"),
}

def _handover(rd: Reader, i: int, nxt: str) -> list[Reading]:
    """'Armenia handed over the town of Kalbajar to Azerbaijan', 'Gudermes was handed over to federal
    forces': the side after "to" takes the town that the giver hands over."""
    if nxt not in ("over", "back"):
        return []
    taker = next((t for k in range(i + 2, min(len(rd.t), i + 14))
                  if rd.low(k) == "to" and (t := rd.actor_after(k, rd.r.w("to"), limit=4)) is not None), None)
    if taker is None:
        return []
    if _passive(rd, i):
        return [Reading("capture", p, taker, None, i, 0.6) for p in rd.places_left(i)]
    places = [p for p in rd.places_right(i + 2, limit=6) if p.end <= taker[0]]
    return [Reading("capture", p, taker, rd.subject_left(i), i, 0.6) for p in places]


_FRAMES = {
    "flag": _flag, "follow": _follow, "take": _take, "fall": _fall, "lose": _lose, "expel": _expel, "control": _control, "withdraw": _withdraw,
    "siege": _siege, "hold": _hold, "stronghold": _stronghold, "based": _based, "nominal_capture": _nominal, "hands": _hands,
    "handover": _handover, "enter": _enter,
}
