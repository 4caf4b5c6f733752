"""German frames: roles from case and prepositions, separable verbs joined to their particle."""

from __future__ import annotations

import re
from functools import lru_cache

from frontline.extract.actors import GOV_ANY, NONSTATE, PRONOUN, ActorMention, lexicon
from frontline.extract.frames import _COMPASS, Reader, Reading
from frontline.extract.mentions import THERE

def _side(k: int, actor: str, text: str):
    """A side named by one token in passing ("in Regierungshand", "in ihrer Hand")."""
    return (k, k + 1, ActorMention(0, 0, actor, text))


def _state_of(rd: Reader, k: int):
    """The state a demonym at token k names ("unter russischer Kontrolle")."""
    return _side(k, f"GOV:{rd.country_of(rd.t[k].text)}", rd.t[k].text)


_FEARS = frozenset({"verhindern", "befürchten", "fürchten", "warnen", "drohen", "sorgen", "verhindert", "befürchtet",
                    "fürchtet", "warnt", "droht"})
_MODALS = frozenset({"werde", "werden", "wird", "will", "wollen", "wollte", "wollten", "soll", "sollen", "könnte", "könnten",
                     "würde", "würden", "müsse", "müssen", "muss", "kann", "darf", "dürfte"})
_ACTION_NOUNS = frozenset({"offensive", "vorstoß", "angriff", "kampf", "kämpfe", "schlacht", "vormarsch"})
_COMPOUND_HEADS = ("hochburg", "bastion")
_TIME_OR_MEANS = frozenset({"vor", "nach", "seit", "während", "bei", "beim", "in", "im", "mit", "durch", "ohne"})
_PASSIVE_AUX = {"wurde", "wurden", "worden", "werden", "wird", "sei", "seien", "werde"}
_STATE_AUX = {"ist", "sind", "war", "waren"}
_ACTIVE_AUX = {"hat", "haben", "hatte", "hatten", "habe", "hätten", "hätte"}


def read(rd: Reader) -> list[Reading]:
    out: list[Reading] = []
    for tok in rd.t:
        for lemma in _lemmas(rd, tok.i):
            frames = rd.r.frames_of(lemma)
            if not frames or (_irrealis(rd, tok.i) and not _attribute(rd, tok.i, frames)):
                continue
            for frame in frames:
                fn = _FRAMES.get(frame)
                if fn:
                    out.extend(fn(rd, tok.i, lemma))
    return out + _after_list(rd, out) + _likewise(rd, out) + _then_also(rd, out) + _after_leaving(rd, out)


def _after_leaving(rd: Reader, out: list[Reading]) -> list[Reading]:
    """'Nach dem Abzug der russischen Truppen sind ukrainische Soldaten in Cherson eingerückt': the side whose
    withdrawal opens the sentence left the town the main clause takes."""
    if rd.low(0) != "nach" or rd.low(1) not in ("dem", "ihrem", "seinem") or rd.low(2) not in ("abzug", "rückzug"):
        return []
    leaver = rd.actor_after(2, frozenset({"der", "des", "von"}), limit=3)
    caps = [r for r in out if r.kind == "capture" and r.place.start > 3]
    if leaver is None or not caps or any(r.kind == "withdrawal" for r in out) or rd.low(leaver[1]) in ("vom", "von", "aus"):
        return []  # (not "nach dem Abzug der russischen Truppen vom rechten Dnipro-Ufer": they left somewhere else)
    for r in caps:
        r.loser = r.loser or leaver
    return [Reading("withdrawal", caps[0].place, None, leaver, 2, 0.5)]


_THEN = frozenset({"darauf", "danach", "später", "dann", "anschließend"})


def _then_also(rd: Reader, out: list[Reading]) -> list[Reading]:
    """'Im Juli hatte sie Bunagana erobert, kurz darauf auch Rutshuru': a clause without a verb of
    its own after a capture, a time and "auch" before its town, is the next capture by the same side."""
    caps = [r for r in out if r.kind == "capture" and not r.follows]
    if not caps:
        return []
    last = max(caps, key=lambda r: r.trigger)
    for k in range(last.trigger + 1, len(rd.t) - 2):
        if rd.low(k) != ",":
            continue
        auch = next((j for j in range(k + 1, min(len(rd.t), k + 5)) if rd.low(j) == "auch"), None)
        if auch is None or not {rd.low(j) for j in range(k + 1, auch)} & _THEN:
            continue
        p = rd.sm.place_at.get(auch + 1)
        if p is None or p.region or any(r.place.start == p.start for r in out) \
                or any(rd.r.frames_of(rd.t[j].lemma) for j in range(k + 1, auch)):
            continue
        listed = _listed(rd, p)
        if rd.low(listed[-1].end) not in (".", ";", ""):
            continue  # (not "kurz darauf griff sie auch Rutshuru an": a clause with its own verb)
        # the first verb's time and tense: "Im Juli hatte sie Bunagana erobert, kurz darauf auch Rutshuru"
        return [Reading("capture", q, last.winner, last.loser, last.trigger, 0.5) for q in listed]
    return []


def _likewise(rd: Reader, out: list[Reading]) -> list[Reading]:
    """'Kabul ist weiterhin in der Hand der Regierung, ebenso die Handelsmetropole Masar-i-Scharif':
    the town after "ebenso" is held by the same side."""
    holds = [r for r in out if r.kind == "hold" and r.winner is not None]
    at = next((k for k, t in enumerate(rd.t) if t.lower in ("ebenso", "ebenfalls") and rd.low(k - 1) == ","), None)
    if not holds or at is None or any(r.place.start > at for r in out):
        return []
    _, e = rd.segment(at + 1)
    more = [p for p in rd.sm.places if at < p.start < min(e, at + 6) and not p.region and not p.anaphor]
    return [Reading("hold", p, holds[-1].winner, None, holds[-1].trigger, 0.5) for p in _listed(rd, more[0])] if more else []


def _after_list(rd: Reader, out: list[Reading]) -> list[Reading]:
    """'Nach Herat im Westen ist auch Kandahar gefallen': the towns after the opening "Nach" fell
    before, to the same side (undated: their day is not told)."""
    if rd.low(0) != "nach" or not out or "auch" not in {t.lower for t in rd.t}:
        return []
    caps = [r for r in out if r.kind == "capture" and r.place.start > 1]
    if not caps:
        return []
    first = caps[0]
    taken = {r.place.start for r in out}
    early = [p for p in rd.sm.places if p.start < first.place.start and p.start not in taken and not p.region
             and not p.anaphor and p.place is not None and rd._governor(p.start) == "nach"]
    return [Reading("capture", p, first.winner, first.loser, first.trigger, 0.5, undated=True) for p in early]


def _attribute(rd: Reader, i: int, frames: list[str]) -> bool:
    """'die von Rebellen gehaltene Stadt Bouaké': a hold told as an attribute stands even where
    the clause's own verb is an attempt ('scheiterten beim Versuch, ... zurückzuerobern')."""
    tok = rd.t[i]
    if frames == ["stronghold"]:
        return True  # "Aus ihrer Hochburg Idlib heraus startet die HTS eine Offensive": the noun states a fact of now
    return "hold" in frames and tok.text[:1].islower() and tok.lower.startswith(("ge", "kontrolliert", "beherrscht")) \
        and tok.lower.endswith(("ene", "enen", "te", "ten")) and rd.low(i - 1) not in ("hat", "haben", "wird", "wurde") \
        and rd.low(i + 1) not in ("wird", "werde", "wurde", "werden", "worden", "ist", "sei", "war", "hat", "haben", "habe")
    # (not "ob die Stadt ... gehalten wird": a finite passive, not an attribute)


def _lemmas(rd: Reader, i: int) -> list[str]:
    """The token's lemma, and particle+lemma when a separable particle closes its clause."""
    tok = rd.t[i]
    lemmas = [tok.lemma, tok.lower]
    bases = _bases(rd.r.lang)
    if tok.lemma not in bases and tok.lower not in bases and not (rd.r.frames_of(tok.lemma) and tok.text[:1].islower()):
        # a compound ending in a stronghold noun ("Separatistenhochburg") reads as that noun
        head = next((w for w in _COMPOUND_HEADS if tok.lower.endswith(w) and len(tok.lower) > len(w) + 1), None)
        if tok.lower.endswith("kontrolle") and len(tok.lower) > 11:
            head = tok.lower[:-9] + "hand"  # "unter Regierungskontrolle", "unter IS-Kontrolle": read as "in Regierungshand"
        return lemmas + ([tok.lower.replace("zu", "", 1)] if "zu" in tok.lower[2:-2] else []) + ([head] if head else [])
    s, e = rd.segment(i)
    k = e - 1
    while k > i and rd.low(k) in (".", ")", '"', "“", "”"):
        k -= 1
    # the particle closes the clause, or stands before 'und' / a comma
    for j in range(i + 1, e):
        if rd.low(j) in ("und", "oder", "sowie") and j + 1 < len(rd.t) and rd.t[j + 1].text[:1].islower() \
                and rd.low(j + 1) not in rd.r.w("preps") and (rd.low(j + 1) not in _ARTICLES or _clause_after(rd, j + 1, e)):
            break  # a coordinated verb owns the particle that closes the clause (not "Nyala und Zalingei ein";
            # "aus Sindschar und aus der Stadt Chanakin zurück" coordinates places, not verbs; "und die somalische
            # Armee Afgoye ein" a subject)
        if rd.low(j) in rd.r.w("particles") and (j == k or rd.low(j + 1) in ("und", ",", "oder", ".")):
            # the particle makes another verb: "räumte ... ein" is einräumen (admit), not räumen
            lemmas = [rd.low(j) + tok.lemma, rd.low(j) + tok.lower]
            break
    if "zu" in tok.lower[2:-2]:
        lemmas.append(tok.lower.replace("zu", "", 1))  # "einzunehmen" -> "einnehmen"
    return lemmas


@lru_cache(maxsize=None)
def _bases(lang: str) -> frozenset[str]:
    """Base verbs of separable triggers ("nehmen" of "einnehmen"): only these look for a particle."""
    from frontline.extract.lexicon import rules as rules_of

    rules = rules_of(lang)
    lemmas = {lemma for group in rules.frames.values() for lemma in group}
    return frozenset(lemma[len(p):] for lemma in lemmas for p in rules.w("particles") if lemma.startswith(p))


# ("nahmen Amisom-Soldaten und die somalische Armee Afgoye ein": a coordinated subject, no coordinated verb)
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"})


def _clause_after(rd: Reader, a: int, e: int) -> bool:
    """After 'und' + article at a: a verb opens a new clause ("und die Rebellen zogen ein", "und die Rebellen
    nahmen Goma ein"); an adjective does not ("und die somalische Armee")."""
    return any(rd.t[j].text[:1].islower() and rd.t[j].text.isalpha() and rd.low(j) not in rd.r.w("particles")
               and rd.verb_at(j) for j in range(a + 1, min(e, len(rd.t))))


_SUCCEEDED = frozenset({"gelang", "gelangen", "gelungen", "gelingt", "schaffte", "schafften", "geschafft"})
_NOT_SUCCEEDED = frozenset({"nicht", "nie", "kaum", "kein", "keine", "keiner", "keinem", "weder", "ob", "niemandem",
                            "niemand"})


def _irrealis(rd: Reader, i: int) -> bool:
    tok = rd.t[i]
    if tok.text[:1].isupper() and rd.low(i - 2) == "mit" and rd.low(i - 1) in ("der", "dem") \
            and {rd.low(k) for k in range(len(rd.t))} & {"begonnen", "begann", "begannen", "eröffnet"}:
        return False  # "Die Offensive hatte mit der Einnahme des Flughafens von Aden begonnen": it happened
    if rd.low(0) == "ob" and rd.t[-1].text != "?" and i < next((k for k, t in enumerate(rd.t) if t.lower == ","), len(rd.t)):
        return True  # "Ob die Stadt inzwischen wieder von der Armee gehalten wird, blieb unklar": an open question
    if rd.low(0) in ("wenn", "falls", "sollte", "sollten") and i < next(
            (k for k, t in enumerate(rd.t) if t.lower == ","), len(rd.t)):
        return True  # "Wenn die Armee Sirte zurückerobert, ...": a condition
    first = next((k for k, t in enumerate(rd.t) if t.lower not in ("«", "»", "„", "“", '"', "'", "‚")), 0)
    comma = next((k for k in range(first, len(rd.t)) if rd.low(k) == ","), None)
    if comma is not None and rd.t[-1].text != "?" and rd.low(first + 1) not in _PASSIVE_AUX | _STATE_AUX | _ACTIVE_AUX | _FRONTED_MODALS and (
            (first == i and i < comma and rd.t[i].text[:1].isupper() and rd.t[i].lemma.endswith("n")) or rd.low(first) in _V1_CONDITION
            or (rd.t[first].lemma.endswith("n") and rd.low(first + 1) not in (":", ",", "-", "–")
                and set(rd.r.frames_of(rd.t[first].lemma)) - {"nominal_capture", "nominal_withdrawal", "stronghold"})):
        # "«Fällt Schuscha, fällt Karabach»", "Gelingt der Armee die Einnahme Sirtes, ...": a verb-first condition
        # and its consequence (not "Erobert hat die Armee ...": a participle put first)
        return True
    seg0 = rd.segment(i)[0]
    if seg0 > 0 and rd.low(seg0) in ("wenn", "falls", "sollte", "sollten", "ob"):
        return True  # "..., sollte die Miliz auch El Fascher erobern": a condition in a later clause
    until = next((k for k in range(i - 1, max(-1, i - 12), -1) if rd.low(k) == "bis" and rd.low(k - 1) == ","), None)
    if until is not None and not any(rd.low(k) in (",", ";") for k in range(until + 1, i)) \
            and rd.low(until + 1) not in ("zum", "zur", "in", "auf", "ende", "anfang", "mitte") \
            and not any(rd.low(k) in ("war", "waren", "hatte", "hatten", "fiel", "fielen", "nahm", "nahmen")
                        or (rd.low(k).endswith(("te", "ten")) and rd.t[k].text[:1].islower()) for k in range(until + 1, min(len(rd.t), i + 3))):
        return True  # "die Operation fortzusetzen, bis auch Donezk und Luhansk befreit seien": an aim (not "bis ... eroberten")
    if seg0 > 0 and rd.low(seg0) == "dass" and {rd.t[k].lemma for k in range(0, seg0)} & _FEARS:
        return True  # "Die Türkei will verhindern, dass Azaz in die Hände der Kurden fällt"
    succ = next((k for k in range(i - 1, -1, -1) if rd.low(k) in _SUCCEEDED), None)
    commas = [k for k in range(succ + 1, i) if rd.low(k) == ","] if succ is not None else []
    succeeded = succ is not None and len(commas) == 1 and "take" in rd.r.frames_of(tok.lemma) and not any(
        rd.low(k) in _NOT_SUCCEEDED for k in range(0, i))
    # ("gelang es der Armee, Tikrit zurückzuerobern": a success is a fact, not an aim)
    if not succeeded and (rd.low(i - 1) == "zu" or ("zu" in tok.lower[2:-2] and tok.lower.endswith("n") and tok.lemma != tok.lower)):
        return True
    if rd.low(i + 1) == "zu" and rd.low(i + 2).endswith(("bringen", "nehmen")) and not succeeded:
        return True  # "angekündigt, Grosny noch vor dem Jahreswechsel unter Kontrolle zu bringen": an aim
    if _aimed_infinitive(rd, i):
        return True
    s, e = rd.segment(i)
    rel = next((k for k in range(i - 1, s, -1) if rd.low(k) == ","), None)
    if rel is not None and rd.low(rel + 1) in _RELATIVE_PRONOUNS and rd.low(min(e, i + 2)) in (",", ".", ";", "") \
            and rd.t[i].text[:1].islower() and any(rd.low(k) in ("von", "vom") for k in range(rel + 2, i)):
        # "Als nächstes Ziel gilt Mossul, die größte Stadt, die noch vom IS beherrscht wird": a passive relative
        # clause states its own fact; the aim of the clause it hangs on is not its aim
        s = rel + 1
    neg = rd.r.w("negation")
    after = {rd.low(k) for k in range(i + 1, min(e, i + 3))}
    for k in range(s, e):
        if rd.low(k) in ("soll", "sollen") and after & {"haben", "sein", "worden"}:
            continue  # "sollen die Stadt eingenommen haben": a reported claim, not a plan
        if rd.low(k) in _ACTION_NOUNS and (rd.low(k - 1) in ("vor", "nach", "seit", "bei", "beim", "während", "im", "dem", "ohne")
                                           or {rd.low(k - 2), rd.low(k - 3)} & _TIME_OR_MEANS or _after_time(rd, k)):
            # "Kurz vor dem Vorstoß auf Damaskus hatten sie Homs eingenommen", "hatte Mekele nach einer
            # dreiwöchigen Offensive eingenommen", "in einer überraschenden Offensive zurückerobert": a time or
            # a means, not an aim
            continue
        if rd.low(k) in _ACTION_NOUNS and rd.low(k - 1) in ("ihrer", "seiner", "der", "des") and rd.low(k - 2) in (
                "tag", "tage", "woche", "wochen", "monat", "beginn", "anfang", "ende", "verlauf", "zuge", "rahmen"):
            continue  # "Am zweiten Tag ihrer Offensive ... hat die Armee Knin eingenommen": a time too
        if rd.low(k) in neg and (abs(k - i) <= 12 or (rd.low(k) in _MODALS and k < i)):
            if rd.low(k) in ("wird", "werden") and rd.low(i + 1) in ("worden",):
                continue
            if rd.low(k) in ("wird", "werden", "kann") and _passive_aux(rd, i):
                continue
            return True
    return rd.t[-1].text == "?"


def _aimed_infinitive(rd: Reader, i: int) -> bool:
    """'hatte versucht, die Kontrolle über Zchinwali zurückzugewinnen': a clause that ends in a
    zu-infinitive after an aim, attempt or plan in the clause before is that aim, not a fact."""
    s, e = rd.segment(i)
    if s == 0 or rd.low(s - 1) != ",":
        return False
    if rd.t[i].text[:1].islower() and rd.low(i).endswith(("e", "en", "er", "es")) and rd.t[i + 1].text[:1].isupper() \
            if i + 1 < len(rd.t) else False:
        return False  # "die seit 1992 belagerte Enklave Bihac ... zu entlasten": the participle states its own fact
    last = e - 1
    while last > i and not rd.t[last].text[:1].isalnum():
        last -= 1
    verb = rd.t[last] if last > i else None
    if verb is None or not verb.text[:1].islower() or not (
            rd.low(last - 1) == "zu" or ("zu" in verb.lower[2:-2] and verb.lower.endswith("n") and verb.lemma != verb.lower)):
        return False
    before = rd.segment(s - 2)
    return any(rd.low(k) in _AIMS or rd.t[k].lemma in _AIMS for k in range(*before))


_AIMS = frozenset({"versuchen", "versucht", "versuchte", "versuchten", "plant", "plante", "planten", "planen", "will",
                   "wollen", "wollte", "wollten", "drohen", "droht", "drohte", "drohten", "angekündigt", "kündigte",
                   "kündigten", "ziel", "vorhaben", "bemüht", "bemühen", "aufgefordert", "forderte", "forderten"})


_MOTION_INTO = frozenset({"einrücken", "eindringen", "einmarschieren", "vordringen", "vorrücken", "einziehen", "rückten",
                          "drangen", "marschierten", "zogen", "eingerückt", "eingedrungen", "vorgedrungen", "vorgerückt"})
_COMPASS_ADJ = frozenset({"nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich",
                          "südwestlich", "unweit", "nahe"})
_FRONTED_MODALS = frozenset({"musste", "mussten", "konnte", "konnten", "wollte", "wollten", "sollte", "sollten", "durfte",
                             "durften"})  # "Verlassen mussten die Regierungstruppen auch Sake": a fronted infinitive
_V1_CONDITION = frozenset({"sollte", "sollten", "würde", "würden", "wird", "werden", "gelingt", "gelänge", "fällt", "fiele",
                           "fallen", "fielen", "kann", "könnte", "könnten"})
_UNITS = frozenset({"tagen", "tage", "wochen", "monaten", "stunden", "jahren", "nächten", "tag", "woche", "monat"})


def _after_time(rd: Reader, k: int) -> bool:
    """'nach 55 Tagen heftiger Kämpfe': the fighting is a span of time before the event, not its aim."""
    j = k - 1
    while j >= 0 and j > k - 6 and rd.t[j].text[:1].isalnum() and rd.low(j) not in _TIME_OR_MEANS:
        j -= 1
    return rd.low(j) in _TIME_OR_MEANS and any(rd.low(m) in _UNITS for m in range(j + 1, k))


def _passive_aux(rd: Reader, i: int) -> bool:
    s, e = rd.segment(i)
    if any(rd.low(k) in _ACTIVE_AUX for k in range(s, i)) and not any(
            rd.low(k) in _PASSIVE_AUX for k in range(i + 1, min(e, i + 3))):
        return False  # "hatten die Truppen Gao zurückerobert, ..., die von Mujao beherrscht wurde": active
    words = {rd.low(k) for k in range(s, e)}
    if words & _PASSIVE_AUX:
        return True
    return bool(words & _STATE_AUX) and not (words & _ACTIVE_AUX) and rd.t[i].lower.startswith(("ge", "er", "be", "zurück", "ein", "über"))


_RESUMING = frozenset({"ist", "war", "wird", "wurde", "sind", "waren", "werden", "wurden", "fiel", "fielen", "blieb",
                       "bleibt", "blieben", "bleiben", "steht", "stand", "liegt", "lag", "gilt", "galt"})


def _places(rd: Reader, i: int, allow: frozenset[str] = frozenset()):
    rel = next((k for k in range(i - 1, max(0, i - 14), -1) if rd.low(k) in _RELATIVE_PRONOUNS and rd.low(k - 1) == ","), None)
    if rel is not None and rd.t[i].text[:1].islower() and not any(rel < p.start < i for p in rd.sm.places) \
            and not any(rd.low(k) == "," for k in range(rel + 1, i)):
        # "..., südlich von Stepanakert, der größten Stadt der Region, die weiterhin von den Karabach-Armeniern
        # kontrolliert wird": a relative clause after an apposition is about the place the apposition names
        apposed = rd.apposed_place(rel)
        if apposed is not None:
            return [apposed]
    found = rd.places_free(i, allow)
    if found and rd.low(i - 1) in ("und", "sowie") and rd.t[i].text[:1].islower() \
            and rd.low(i + 1) not in (",", ".", ";", ":", "und", ""):  # a finite verb with words after it, no closing participle
        # "kontrolliert ..., darunter Nyala, und belagert seit Mai El Fascher": a coordinated verb's
        # objects follow it; the places before "und" are the first verb's
        found = [p for p in found if p.start > i] or found
    return found or _resumed_subject(rd, i) or _listed_after(rd, i) or _gapped_subject(rd, i) \
        or _before_apposition(rd, i)


_RELATIVE_PRONOUNS = frozenset({"die", "der", "das", "welche", "welcher", "welches"})


def _before_relative(rd: Reader, s: int) -> list:
    """The town a clause resumes after a relative clause that commas set off ("Die Hafenstadt Kismayo im Süden,
    über die sie Holzkohle exportiert, gilt als ihre wichtigste Hochburg")."""
    if s < 4 or rd.low(s - 1) != ",":
        return []
    for c in range(s - 3, max(0, s - 18), -1):
        if rd.low(c) == "," and (rd.low(c + 1) in _RELATIVE_PRONOUNS or rd.low(c + 1) in rd.r.w("preps")
                                 and rd.low(c + 2) in _RELATIVE_PRONOUNS | {"denen", "dem", "den"} or rd.low(c + 1) == "wo"):
            town = [p for p in rd.sm.places if p.end <= c and p.end >= c - 3 and not p.region]
            return town[-1:] if town and town[-1].start <= 4 else []  # (the sentence's subject)
    return []


def _before_apposition(rd: Reader, i: int):
    """'Der IS bringt den Mossul-Staudamm, den größten des Landes, unter seine Kontrolle': the
    object stands before an apposition that commas set off, the verb's phrase after it."""
    s, _ = rd.segment(i)
    if s >= 2 and rd.low(s - 1) == "," and rd.low(s).endswith(("hauptstadt", "metropole")) and rd.low(s + 1) in ("der", "des") \
            and (p := rd.sm.place_at.get(s - 2)) is not None and not p.region and p.end == s - 1:
        return [p]  # "Die Stadt Laschkar Gah, Hauptstadt der Provinz Helmand, ist ... eingeschlossen": one segment
    if s < 4 or rd.low(s - 1) != ",":
        return []
    a, _ = rd.segment(s - 2)  # the apposition: an article and a few words, no verb of its own
    if not (s - 1 - a <= 6 and rd.low(a) in ("den", "die", "der", "das", "dem", "einen", "eine", "ein", "einem")
            and a >= 2 and rd.low(a - 1) == ","):
        return []
    p = rd.sm.place_at.get(a - 2)
    return [p] if p is not None and not p.region and p.end == a - 1 else []


def _gapped_subject(rd: Reader, i: int):
    """'Gorazde wird weiter von Regierungstruppen gehalten, ist aber seit Monaten eingeschlossen':
    a clause that opens with its finite verb after a comma or "und" shares the subject of the
    clause before it."""
    s, _ = rd.segment(i)
    while s < len(rd.t) and rd.low(s) in (",", "und"):
        s += 1
    if s == 0 or rd.low(s) not in _RESUMING or rd.low(s - 1) not in (",", "und"):
        return []
    s0, _ = rd.segment(max(0, s - 2))
    return [p for p in rd.sm.places if s0 <= p.start < s - 1 and not p.region and not p.anaphor
            and rd._governor(p.start) not in rd.r.w("block") | {"von", "vom"}][:1]


def _listed_after(rd: Reader, i: int):
    """'kontrolliert weiterhin große Teile des Südens, darunter die Hafenstadt Kismayo', 'hatten große Teile
    des Nordens erobert, darunter die Städte Talokan und Bamian': the towns the list after the comma names."""
    s, e = rd.segment(i)
    dash = rd.low(e) in ("–", "—", ":") and (e + 1) in rd.sm.place_at  # "kontrolliert weiterhin die Zentren – Naypyidaw, ..."
    if not dash and (rd.low(e) != "," or rd.low(e + 1) not in ("darunter", "einschließlich", "inklusive")):
        return []
    _, e2 = rd.segment(e + 2)
    first = next((p for p in rd.sm.places if e < p.start < min(max(e2, e + 2), e + 6) and not p.region and not p.anaphor
                  and rd._governor(p.start) not in rd.r.w("block") | {"von", "vom"}), None)  # not "die Strecke von Pristina"
    return _listed(rd, first) if first is not None else []


def _resumed_subject(rd: Reader, i: int):
    """'El Fasher, die letzte Großstadt, die noch von der Armee gehalten wird, ist seit Mai
    eingeschlossen': the sentence opens with the place, relative clauses and appositions set
    off by commas follow, and the verb's clause resumes with the finite verb."""
    s, _ = rd.segment(i)
    while s < len(rd.t) and rd.low(s) in (",", "–", "—"):
        s += 1
    if rd.low(s) not in _RESUMING or not rd.sm.places:
        return []
    first = rd.sm.places[0]
    if first.start > 2 or first.region or first.anaphor or first.place is None or s <= first.end:
        return []
    comma = next((k for k in range(first.end, min(first.end + 6, s)) if rd.low(k) == ","), None)
    if comma is None or rd.low(s - 1) != "," or any(k in rd.sm.actor_at for k in range(first.end, comma)):
        return []
    if any(rd.low(k) in ("in", "im", "aus", "bei", "nach", "von", "vom") for k in range(0, first.start)):
        return []
    return [first]


def _take(rd: Reader, i: int, lemma: str) -> list[Reading]:
    if lemma == "nehmen":
        return []
    if lemma in ("einrücken", "einmarschieren"):
        # "sind in die Stadt Cherson eingerückt": troops marched into the named town
        places = [p for p in _places(rd, i, frozenset({"in"})) if rd.governed_by(p, "in", window=6) and _direction(rd, p)]
        goals = [p for p in places if not _bare(rd, p)]
        places = goals or places  # "in Kiew in die Stadt Cherson eingerückt": the goal has its article
        return [Reading("capture", p, rd.nominative(i), None, i, 0.6) for p in places]
    places = _places(rd, i) or _object_pronoun(rd, i)
    if rd.low(i + 1) == "und" and rd.t[i].text[:1].islower() and any(p.start < i for p in places):
        # "hatten Grosny ... zurückerobert und Moskau damit zum Einlenken gezwungen": the clause ends at
        # its participle; a town after "und" is the next verb's object
        places = [p for p in places if p.start < i]
    if not places:
        return []
    if _passive_aux(rd, i) and rd.t[i].lower not in ("eroberte", "eroberten", "nahm", "nahmen", "befreite", "befreiten"):
        agent = rd.actor_after(rd.segment(i)[0], rd.r.w("von"), limit=40)
        held_by = _held_by(rd, i)
        if lemma == "befreien" and held_by is not None and agent is not None and agent != held_by:
            # "von kurdischen Kämpfern ... aus den Händen der Dschihadistenmiliz befreit": the side that held it is
            # named apart, so "von" names the liberator
            return [Reading("capture", p, agent, held_by, i, 0.7) for p in places]
        if lemma == "befreien" and agent is not None and not agent[2].actor.startswith("GOV") \
                and rd.low(agent[0] - 1) != "durch" and rd.low(agent[0] - 2) != "durch":
            # "von der Miliz befreit": freed from the militia, which lost the place
            return [Reading("capture", p, rd.reporter(), agent, i, 0.7) for p in places]
        winner = agent or rd.reporter() or (_speaker(rd, i) if rd.reporter_verb_before(i) else None) or _source_side(rd)
        return [Reading("capture", p, winner, None, i, 0.7) for p in places]
    winner = rd.nominative(i) or rd.sentence_subject(i)
    if winner is None and "für" in {rd.low(k) for k in range(max(0, i - 4), i)}:
        winner = _speaker(rd, i)  # "Präsident Sharif Sheikh Ahmed erklärte Mogadischu für befreit": the head of state's forces
    if winner is None and lemma.startswith("übern"):
        return []  # "Total hatte die Beteiligung vom Konzern Anadarko übernommen": business, not war
    loser = rd.dative_actor(i)
    if lemma in ("befreien", "zurückerobern", "erobern") and loser is None:
        # "vom IS", "von der Miliz", "von den Rebellen" (zurück)erobert: taken from them
        loser = next((rd.sm.actor_at[k] for k in range(*rd.segment(i)) if k in rd.sm.actor_at
                      and rd.sm.actor_at[k][0] == k and rd.sm.actor_at[k] != winner
                      and (rd.low(k - 1) in ("von", "vom")
                           or (rd.low(k - 1) in ("der", "den") and rd.low(k - 2) == "von"))), None)
    if loser == winner:
        loser = None
    return [Reading("capture", p, winner, loser, i, 0.75) for p in places]


def _object_pronoun(rd: Reader, i: int):
    """'bevor die Aufständischen sie im März einnahmen': a pronoun after the subject is the
    object, the town named last (in this sentence, else the pipeline's anaphor)."""
    from frontline.extract.mentions import PlaceMention

    s, e = rd.segment(i)
    subject = rd.nominative(i)
    if subject is None or subject[2].actor == "PRONOUN":
        return []
    k = next((k for k in range(subject[1], e) if k in rd.sm.actor_at and rd.sm.actor_at[k][2].actor == "PRONOUN"
              and rd.low(k) in ("sie", "ihn", "es")), None)
    if k is None or rd.low(k + 1) in ("aus", "von", "in"):
        return []
    named = [p for p in rd.sm.places if p.end <= s and not p.region and not p.anaphor and p.place is not None]
    return named[-1:] or [PlaceMention(k, k + 1, None, rd.t[k].text, anaphor=True)]


_SOURCE_SIDES = {"armee": "GOV:*", "militär": "GOV:*", "regierungs": "GOV:*", "rebellen": "REBELS"}


def _source_side(rd: Reader):
    """'waren nach Armeeangaben ... eingenommen worden', 'nach Angaben der Armee': a passive
    capture without its agent, told on the word of one side, was that side's."""
    for k, tok in enumerate(rd.t):
        if tok.lower.endswith("angaben") and rd.low(k - 1) == "nach":
            side = _SOURCE_SIDES.get(tok.lower[: -len("angaben")])
            if side is not None:
                return _side(k, side, tok.text)
            if tok.lower == "angaben":
                found = rd.actor_after(k + 1, frozenset({"der", "des"}), limit=2)
                if found is not None and found[2].actor.startswith("GOV"):
                    return found
    return None


_BY_WHERE = frozenset({"grenze", "küste", "front", "seite", "ufer", "straße", "fernstraße", "autobahn", "mündung", "rand"})


def _at_where(rd: Reader, winner) -> bool:
    """'fiel Sarandsch an der Grenze zum Iran': 'an' names where the place lies, not its taker."""
    return winner is not None and any(rd.low(k) in _BY_WHERE and rd.low(k - 2) == "an"
                                      for k in range(max(0, winner[0] - 4), winner[0]))


def _fall(rd: Reader, i: int, lemma: str) -> list[Reading]:
    hands = next((k for k in range(*rd.segment(i)) if rd.low(k) in ("hände", "hand", "gewalt") and rd.low(k - 2) == "in"), None)
    if hands is not None and rd.actor_after(hands + 1, frozenset({"der", "des", "von"}), limit=3) is not None:
        winner = None  # "sei in die Hände der Aufständischen gefallen": the hands name the taker (read below)
    else:
        winner = rd.actor_after(i, rd.r.w("an"), limit=30) or _taker_before(rd, i) \
            or rd.actor_after(rd.segment(i)[0], rd.r.w("an"), limit=30)
        if _at_where(rd, winner):
            winner = _taker_before(rd, i)
    if winner is None and hands is not None:
        # "war den Rebellen die Stadt Butare in die Hände gefallen": the dative is the taker
        s, _ = rd.segment(i)
        winner = next((rd.sm.actor_at[k] for k in range(s, hands) if k in rd.sm.actor_at
                       and rd.low(rd.sm.actor_at[k][0] - 1) in ("den", "dem") and rd.sm.actor_at[k][2].actor != "PRONOUN"), None)
        if winner is not None:
            places = [p for p in _places(rd, i, frozenset({"in"})) if p.start < hands]
            return [Reading("capture", p, winner, None, i, 0.65) for p in places]
    if winner is None and hands is not None:
        # "fiel die Stadt in die Hände der Dschihadisten"
        winner = rd.actor_after(hands + 1, frozenset({"der", "des", "von"}), limit=3)
        if winner is not None:
            places = [p for p in _places(rd, i, frozenset({"in"})) if p.start < hands] or _front_place(rd, i) or [
                p for p in rd.sm.places[:1] if p.place is not None and p.place.feature == "facility" and p.start < hands]
            # ("Auch der Flughafen von Mossul sei in die Hände der Aufständischen gefallen": the facility named first)
            return [Reading("capture", p, winner, None, i, 0.7) for p in places]
    if winner is None and hands is not None and rd.country_of(rd.t[hands - 1].text):
        # "war Anfang März in russische Hand gefallen": the state the demonym names took it
        places = [p for p in _places(rd, i, frozenset({"in"})) if p.start < hands] or _front_place(rd, i)
        return [Reading("capture", p, _state_of(rd, hands - 1), None, i, 0.65) for p in places]
    if winner is None and hands is not None and rd.low(i + 1) in ("ihr", "ihnen", "ihm"):
        # "fiel ihnen die Grenzstadt Dschalalabad in die Hände": the dative pronoun is the taker
        holder = _side(i + 1, PRONOUN, rd.low(i + 1))
        return [Reading("capture", p, holder, None, i, 0.6) for p in _places(rd, i, frozenset({"in"})) if p.start < hands]
    if winner is None:
        s, e = rd.segment(i)
        if (rd.t[i].lower in ("fiel", "fielen") or rd.t[i].lower == "fallen" and not _irrealis(rd, i) and rd.low(i - 1) not in ("zu", "werden", "würden", "könnten", "dürften")
                and not {t.lower for t in rd.t} & {"wenn", "falls", "bald", "sollte", "sollten", "droht", "drohen", "könnten"}) \
                and hands is None:
            # "Mitte November fiel die Küstenstadt Pooneryn", "Als erste fiel am Freitag vor einer Woche
            # Sarandsch an der Grenze zum Iran": the place falls, its taker unnamed
            places = [p for p in _places(rd, i) if i < p.start <= i + 8 and rd.low(p.start - 1) not in ("in", "im")
                      and not any(rd.low(k) in ("aus", "auf", "zum", "zur", "durch") for k in range(i + 1, p.start))
                      and not any(k in rd.sm.actor_at and not _at_where(rd, rd.sm.actor_at[k]) for k in range(s, e))] \
                or _with_opening(rd, i)
            out = [Reading("capture", p, None, None, i, 0.5) for p in (_listed(rd, places[0]) if places else [])]
            if out:  # "Ende Oktober fiel Bukavu, Anfang November Goma": the verb gapped before each time
                out += [Reading("capture", q, None, None, q.start, 0.45) for q in _gapped(rd, places[0], len(rd.t))]
            return out
        if rd.t[i].lower == "fällt" and hands is None and not any(rd.low(k) in ("aus", "auf", "zum", "zur", "durch")
                                                               for k in range(i + 1, e)):
            # a chronicle's present: "Masar-i-Scharif, die größte Stadt im Norden, fällt nahezu kampflos"
            places = [p for p in _places(rd, i) if p.start < i] or _front_place(rd, i)
            return [Reading("capture", p, None, None, i, 0.5) for p in places[:1]]
        # "Die Stadt X ist gefallen": a place that falls, no taker named
        if rd.t[i].lower != "gefallen" or not {rd.low(k) for k in range(s, e)} & {"ist", "sind", "war", "waren", "sei"}:
            return []
        return [Reading("capture", p, None, None, i, 0.55) for p in _places(rd, i) if p.start < i]
    places = [p for p in _places(rd, i, frozenset({"an"}))] or _with_opening(rd, i)
    out = [Reading("capture", p, winner, None, i, 0.7) for p in places]
    if out and winner[1] > i:
        # "Ghasni fällt an die Aufständischen, am Abend auch Herat": the verb gapped after its taker
        from types import SimpleNamespace

        out += [Reading("capture", q, winner, None, q.start, 0.5) for q in _gapped(rd, SimpleNamespace(end=winner[1]), len(rd.t))]
    return out


def _with_opening(rd: Reader, i: int) -> list:
    """'Mit Zepa fällt auch die zweite Schutzzone an die Serben', 'Mit Kundus fiel die erste Großstadt':
    the town after a clause-opening "Mit" is the one that falls."""
    s, _ = rd.segment(i)
    k = s + (rd.low(s) == "auch")
    p = rd.sm.place_at.get(k + 1)
    if rd.low(k) != "mit" or p is None or p.region or p.start >= i or not (s == 0 or rd.low(s - 1) in (":", "–", "-")):
        return []
    return [p]


def _held_by(rd: Reader, i: int):
    """The side named after "aus den Händen" / "aus der Gewalt" in the clause of token i, else None."""
    for k in range(*rd.segment(i)):
        if rd.low(k) == "aus" and rd.low(k + 1) in ("den", "der") and rd.low(k + 2) in ("händen", "hand", "gewalt", "kontrolle"):
            j = k + 3 + (rd.low(k + 3) in ("der", "des", "von"))  # ("aus den Händen der Dschihadistenmiliz")
            if j in rd.sm.actor_at:
                return rd.sm.actor_at[j]
    return None


def _taker_before(rd: Reader, i: int):
    """'..., der Hauptstadt der an den Iran grenzenden Provinz, die erste Provinzhauptstadt an die
    Taliban gefallen': the "an" phrase nearest before the final verb names the taker."""
    s, _ = rd.segment(i)
    for k in range(i - 1, max(s - 1, i - 8), -1):
        if rd.low(k) in rd.r.w("an"):
            found = rd.actor_after(k, rd.r.w("an"), limit=4)
            if found is not None and found[1] <= i:
                return found
    return None


def _gapped(rd: Reader, first, end: int) -> list:
    """The towns of ', <time> <town>' continuations after a verb's town, each a clause whose verb
    is left out ("fiel Bukavu, Anfang November Goma, Mitte Dezember Uvira")."""
    from frontline.extract.times import MONTHS, WEEKDAYS

    out, prev = [], first
    for q in rd.sm.places:
        if q.start <= prev.end or q.start >= end:
            continue
        gap = [rd.low(k) for k in range(prev.end, q.start)]
        after = rd.low(q.end) if q.end < len(rd.t) else "."
        if len(gap) < 2 or gap[0] != "," or q.region or q.anaphor or after not in (",", ".", "und", ";", "") or not all(
                w in _GAP_TIME or w in MONTHS or w.rstrip("s") in WEEKDAYS or w.isdigit() or w == "." for w in gap[1:]):
            break
        out.append(q)
        prev = q
    return out


_GAP_TIME = frozenset({"anfang", "ende", "mitte", "am", "im", "tags", "darauf", "wenige", "einige", "tage", "wochen", "später",
                       "danach", "dann", "schließlich", "kurz", "zuvor", "bald", "vormittag", "nachmittag", "abend", "auch"})


_DONE = frozenset({"bestätigt", "bestätigte", "bestätigten", "abgeschlossen", "vollzogen", "verkündet", "verkündete",
                   "gemeldet", "meldete", "beendet", "begonnen", "begann"})


def _nominal_withdrawal(rd: Reader, i: int, lemma: str) -> list[Reading]:
    """'den Abzug seiner Einheiten aus Hama bestätigt', 'nach dem Rückzug der Armee aus Gao': the
    force named after the noun (or, by "seiner", the sentence's subject) left the town after "aus"."""
    aus = next((k for k in range(i + 1, min(i + 8, len(rd.t))) if rd.low(k) == "aus"), None)
    if aus is None or rd.low(i + 1) not in ("der", "des", "seiner", "ihrer", "aus", "von", "russischer", "syrischer"):
        if aus is None or aus != i + 1:
            return []
    if not ({t.lower for t in rd.t} & _DONE or rd.low(i - 2) in ("nach", "seit")):
        return []  # a withdrawal demanded or planned, not done
    places = [p for p in rd.sm.places if p.start > aus and p.start <= aus + 4 and not p.region
              and (p.place is not None or p.anaphor and rd.low(p.start - 1) in ("der", "dem"))]  # ("aus der Stadt")
    if not places:
        return []
    owner = next((rd.sm.actor_at[k] for k in range(i + 1, aus) if k in rd.sm.actor_at), None)
    if owner is not None and owner[2].actor == "PRONOUN" or rd.low(i + 1) in ("seiner", "ihrer") or (
            owner is None and aus == i + 1 and rd.low(i - 2) not in ("nach", "seit")
            and {t.lower for t in rd.t} & {"bestätigt", "bestätigte", "bestätigten", "verkündet", "verkündete", "meldet",
                                           "meldete", "kündigte"}):
        # "Das Verteidigungsministerium hat den Abzug seiner Einheiten ... bestätigt", "Die ukrainische Armee
        # bestätigte den Rückzug aus Lyssytschansk": the subject's own forces
        owner = rd.nominative(i)
    if owner is None:
        return []
    return [Reading("withdrawal", p, None, owner, i, 0.5) for p in _listed(rd, places[0])]


def _follow(rd: Reader, i: int, lemma: str) -> list[Reading]:
    """'Am Samstag folgte nach heftigen Gefechten Gao', 'Gao folgte am Samstag': the town follows
    the captures told before (the pipeline keeps it only after one, with its sides)."""
    if rd.low(i) not in ("folgte", "folgten") or rd.low(i + 1) in ("ihm", "ihr", "ihnen", "dem", "den", "der", "auf"):
        return []
    s, e = rd.segment(i)
    after = [p for p in rd.sm.places if i < p.start <= i + 5 and not p.region and not p.anaphor
             and rd._governor(p.start) not in rd.r.w("block")]
    before = [p for p in rd.sm.places if p.end == i and p.start == s and not p.region]
    first = (after or before)[:1]
    if not first or any(k in rd.sm.actor_at for k in range(s, e)):
        return []
    return [Reading("capture", p, None, None, i, 0.4, follows=True) for p in _listed(rd, first[0])]


_DIRECTION_ENDINGS = ("westlich", "östlich", "nördlich", "südlich", "entfernt")


_SERIES_TIME = _THEN | {"wenig", "wenige", "kurz", "schließlich", "zuletzt", "tage", "tags"}


def _listed(rd: Reader, first) -> list:
    """A town and the towns coordinated right after it ("Kundus, Sar-i Pul und Talokan")."""
    out = [first]
    for q in rd.sm.places:
        if q.start <= out[-1].end or q.region or q.anaphor:
            continue
        gap = [rd.low(k) for k in range(out[-1].end, q.start)]
        # "die Stadt Tal Afar rund 60 Kilometer weiter westlich sowie Hawidscha": a place's distance and
        # direction before the next member of the list
        joint = next((n for n, w in enumerate(gap) if w in ("sowie", "und")), None)
        if joint is not None and 0 < joint <= 6 and gap[joint - 1].endswith(_DIRECTION_ENDINGS) \
                and not any(w in (",", "in", "im", "bei", "von") for w in gap[:joint]):
            gap = gap[joint:]
        # "Mandalay und die Hauptstadt Naypyidaw", "Kundus, Sar-i Pul und Talokan"
        if gap and gap[0] in (",", "und", "sowie") and len(gap) <= 3 + sum(w in _SERIES_TIME for w in gap) and all(
                w in (",", "und", "sowie", "die", "der", "das", "den", "dem", "stadt", "städte", "hauptstadt", "hafenstadt",
                      "kleinstadt", "grenzstadt", "provinzhauptstadt", "ortschaft") or w in _SERIES_TIME for w in gap):
            # ("fielen zuerst Gondar und wenig später Bahir Dar": a series told with its pace)
            out.append(q)
        else:
            break
    return out


def _closed_list(rd: Reader, listed: list) -> list:
    """A list closed by "und"/"sowie" ("Drniš, Obrovac und Benkovac"); else only its first member
    ("Mekelle, Abiy erklärte ...": a new clause after the comma)."""
    if len(listed) > 1 and not any(rd.low(k) in ("und", "sowie") for k in range(listed[-2].end, listed[-1].start)):
        return listed[:1]
    return listed


def _bare(rd: Reader, p) -> bool:
    return rd.low(p.start - 1) == "in"


def _front_place(rd: Reader, i: int):
    """'Kundus, wo die Bundeswehr ... unterhalten hatte, war ... gefallen': the sentence opens with the
    place, a subordinate clause set off by commas stands between it and the verb's clause."""
    s, _ = rd.segment(i)
    first = rd.sm.places[0] if rd.sm.places else None
    if first is None or first.start > 2 or first.region or first.anaphor or rd.low(first.end) != "," or s <= first.end:
        return []
    if any(rd.low(k) in ("in", "im", "aus", "bei", "nach", "von", "vom") for k in range(0, first.start)):
        return []
    return [first]


def _direction(rd: Reader, p) -> bool:
    """'in die Stadt', 'ins Zentrum', 'in Kinshasa ein': the goal of the motion, not a
    location ('in der Nähe', 'im Osten')."""
    k = p.start - 1
    while k >= 0 and rd.low(k) not in ("in", "ins") and k > p.start - 8:
        k -= 1
    return rd.low(k) == "ins" or rd.low(k + 1) in ("die", "den", "das") or k == p.start - 1


def _lose(rd: Reader, i: int, lemma: str) -> list[Reading]:
    loser = rd.nominative(i, dative_ok=True)
    if loser is None:
        return []
    s, e = rd.segment(i)
    out = []
    winner = rd.actor_after(s, rd.r.w("an"), limit=40)
    for p in _places(rd, i, frozenset({"nach"})):
        undated = rd.low(s) == "nach" and p.start < i
        out.append(Reading("capture", p, winner, loser, i, 0.65, undated=undated))
    return out


def _abnehmen(rd: Reader, i: int, lemma: str) -> list[Reading]:
    if lemma not in ("abnehmen", "entreißen", "abringen"):
        return []
    loser = rd.dative_actor(i)
    winner = rd.nominative(i, exclude=loser)
    if loser is None and winner is not None and " der " in winner[2].text.lower() and winner[2].specific \
            and winner[2].text.split()[0].lower() in ("armee", "truppen", "streitkräfte", "regierung", "regierungstruppen"):
        # "hatte die Armee der IS-Miliz die Stadt abgenommen": the army took it from the militia (a dative, not a genitive)
        s0, e0, m = winner
        loser = winner
        winner = (s0, s0 + 1, ActorMention(m.start, m.start + len(m.text.split()[0]), GOV_ANY, m.text.split()[0]))
    places = _places(rd, i)
    return [Reading("capture", p, winner, loser, i, 0.7) for p in places] if places and winner else []


def _expel(rd: Reader, i: int, lemma: str) -> list[Reading]:
    places = [p for p in _places(rd, i, frozenset({"aus"})) if rd.governed_by(p, "aus")]
    if not places:
        return []
    s, e = rd.segment(i)
    if any(rd.low(k) in _HOMES for k in range(s, e)) or (
            any(rd.low(k) in _DISPLACED and (k + 1) not in rd.sm.actor_at for k in range(s, e)) and not any(
                rd.sm.actor_at[k][2].specific for k in range(s, e) if k in rd.sm.actor_at
                and rd.low(rd.sm.actor_at[k][0] - 1) not in ("von", "vom", "im", "in") and not rd.country_of(rd.t[k].text))):
        # "aus ihren Häusern in Peć vertrieben", "Viele von ihnen waren von serbischen Polizisten aus Pristina
        # vertrieben worden": people driven from their homes, not a side from a town
        return []
    if _passive_aux(rd, i):
        loser = rd.nominative(i, dative_ok=True)
        winner = rd.actor_after(rd.segment(i)[0], rd.r.w("von"), limit=40)
        if winner is None and (loser is None or loser[2].actor == "PRONOUN"):
            return []  # "nachdem sie zuvor aus Khartum vertrieben worden waren": displaced people, no side named
    else:
        winner = rd.nominative(i)
        s, e = rd.segment(i)
        object_slot = any(rd.low(k) in _ACTIVE_AUX or k == i for k in range(s, winner[0])) if winner is not None else False
        if winner is not None and rd.low(winner[1]) == "aus" and winner[2].actor != "PRONOUN" and object_slot:
            # "hatten beide Seiten gemeinsam die Huthis aus Aden vertrieben": the side right before "aus" is the
            # one driven out; the taker is left to the story (the other camp)
            return [Reading("capture", p, None, winner, i, 0.6) for p in places]
        named = [rd.sm.actor_at[k] for k in range(s, e) if k in rd.sm.actor_at and rd.sm.actor_at[k] != winner
                 and not rd.country_of(rd.sm.actor_at[k][2].text)]
        loser = next((a for a in named if rd.low(a[1]) == "aus"), None) or next(iter(named), None)
    return [Reading("capture", p, winner, loser, i, 0.7) for p in places]



_HOMES = frozenset({"häusern", "häuser", "wohnungen", "heimen", "heimatorten", "dörfern"})
_DISPLACED = frozenset({"bewohner", "bewohnern", "einwohner", "menschen", "zivilisten", "familien", "flüchtlinge",
                        "vertriebene", "viele", "tausende", "hunderte", "zehntausende", "hunderttausende", "albaner",
                        "serben", "kroaten", "muslime", "christen", "jesiden"})


_FULL = frozenset({"vollständige", "komplette", "volle", "totale", "militärische", "uneingeschränkte", "gesamte", "vollen",
                   "vollständigen", "kompletten"})


def _control(rd: Reader, i: int, lemma: str) -> list[Reading]:
    s, e = rd.segment(i)
    if s >= 2 and rd.low(s - 1) == "," and rd.low(s) in ("den", "die", "das", "dem"):
        s = rd.segment(s - 2)[0]  # "bringt den Mossul-Staudamm, den größten des Landes, unter seine Kontrolle"
    words = {rd.t[k].lemma for k in range(s, e)} | {rd.low(k) for k in range(s, e)}
    j = i - 1
    while rd.low(j) in _FULL and j > i - 3:
        j -= 1  # "die vollständige Kontrolle über Mekele"
    if rd.low(j) in ("unter", "ihre", "seine", "die") and words & {"bringen", "gebracht", "brachte", "brachten", "übernehmen", "übernahm", "übernahmen", "übernommen", "erlangen", "erlangt", "gewinnen", "gewonnen",
                                                                              "zurückgewinnen", "zurückgewonnen", "zurückerlangt", "wiedererlangt", "zurückerobern", "zurückerobert", "gewann", "gewannen"}:
        # the place is what control is taken over ("die Kontrolle über X"), right of the noun; a
        # taker must be named: a club takes control of a match, a firm of a port
        places = [p for p in _places(rd, i, frozenset({"über"})) if p.start > i or "unter" in (rd.low(i - 1), rd.low(i - 2))]
        if not places and rd.low(i + 1) != "über" and words & {"übernehmen", "übernahm", "übernahmen", "übernommen"}:
            # "Dort haben Tuareg-Rebellen die Kontrolle übernommen", "haben in Gao die Kontrolle übernommen": control
            # taken where the clause is
            places = [p for p in _places(rd, i, frozenset({"in", THERE})) if p.start < i and (
                p.anaphor and p.text.lower() == THERE or rd.governed_by(p, "in", window=2))][-1:]
        if not places and rd.low(i - 2) == "unter":
            # "rückten in die Stadt ein und brachten sie unter ihre Kontrolle": the object pronoun is the town
            # the first clause named
            pron = next((k for k in range(max(s, 2), i - 2) if rd.low(k) in ("sie", "ihn", "es") and rd.low(k - 2) == "und"
                         and rd.t[k - 1].text[:1].islower()), None)
            if pron is not None and not any(rd.t[k].lemma in _MOTION_INTO or rd.low(k) in _MOTION_INTO
                                            or rd.low(k) in ("ein", "vor") for k in range(s, pron - 2)):
                pron = None  # (not "nahm Hunderte Rebellen fest und brachte sie unter ihre Kontrolle": people)
            if pron is not None:
                places = [p for p in rd.sm.places if p.end <= pron - 2 and not p.region and not rd.partitive(p)
                          and not (rd.low(p.start - 1) == "von" and rd.low(p.start - 2) in _COMPASS_ADJ)][-1:]
                # (not "den Flughafen Kavumu nördlich von Bukavu": the town that locates the airport)
        winner = rd.nominative(i, exclude=None) or (rd.reporter() if _passive_aux(rd, i) else rd.sentence_subject(i))
        if winner is None and rd.low(j) == "die":
            return []
        return [Reading("capture", p, winner, None, i, 0.75) for p in places]
    if rd.low(i - 2) == "unter" and rd.country_of(rd.t[i - 1].text):
        # "Kiew bleibt unter ukrainischer Kontrolle"
        holder = _state_of(rd, i - 1)
        places = _places(rd, i, frozenset({"unter"}))
        back = words & ({"zurück", "zurückgekehrt", "zurückkehren", "wieder", "gebracht", "brachte", "brachten", "bringen"} | _NOW)
        # ("kehrt unter ukrainische Kontrolle zurück", "waren unter russische Kontrolle gebracht worden": taken)
        return [Reading("capture" if back else "hold", p, holder, None, i, 0.6) for p in places]
    if words & {"entzogen", "entzieht", "entziehen", "entglitten", "entgleitet", "außerhalb"}:
        return []  # "der Kontrolle der Zentralregierung entzogen": out of its control
    # "war unter die Kontrolle des IS geraten", "unter die Kontrolle der Rebellen gekommen": taken
    fell_under = words & {"geraten", "gerät", "geriet", "gerieten", "gekommen", "kam", "kamen"}
    if (rd.low(i - 1) in ("unter", "der") or (fell_under and rd.low(i - 1) == "die")) and rd.low(i + 1) in ("der", "des", "von"):
        holder = rd.actor_after(i + 1, frozenset({"der", "des", "von"}), limit=3)
        places = _places(rd, i, frozenset({"unter"}))
        # "ist Mossul wieder unter Kontrolle der irakischen Regierung": retaken
        kind = "capture" if fell_under or _retaken(rd, i) else "hold"
        return [Reading(kind, p, holder, None, i, 0.6) for p in places] if holder else []
    if rd.low(i - 1) == "unter" and ((i + 1) in rd.sm.actor_at or (i + 2) in rd.sm.actor_at and rd.t[i + 1].text[:1].islower()):
        # "steht unter Kontrolle russischer Truppen": a genitive without its article
        holder = rd.sm.actor_at.get(i + 1) or rd.sm.actor_at[i + 2]
        places = _places(rd, i, frozenset({"unter"}))
        kind = "capture" if _retaken(rd, i) else "hold"
        return [Reading(kind, p, holder, None, i, 0.6) for p in places]
    if rd.low(i - 2) == "unter" and rd.low(i - 1) in ("ihrer", "seiner") \
            and words & (_COPULA | {"steht", "stehen", "stand", "standen", "sei", "seien", "stehe"}):
        # "Die Stadt am Kivusee steht seither unter ihrer Kontrolle": held by the side the pronoun stands for
        holder = _side(i - 1, PRONOUN, "sie")
        places = [p for p in _places(rd, i, frozenset({"unter"})) if p.start < i]
        kind = "capture" if _retaken(rd, i) else "hold"
        return [Reading(kind, p, holder, None, i, 0.5) for p in places[:1]]
    return []


def _withdraw(rd: Reader, i: int, lemma: str) -> list[Reading]:
    refuge = _refuge(rd, i, lemma)
    if lemma.startswith("verschanzen"):
        return refuge
    return refuge + _withdrawn(rd, i, lemma)  # "aus Kundus auf den Flughafen zurückgezogen": both


def _withdrawn(rd: Reader, i: int, lemma: str) -> list[Reading]:
    if lemma == "verlassen" and not _passive_aux(rd, i):
        # "Am selben Tag verließen die Bewaffneten auch das benachbarte Kramatorsk"
        loser = rd.nominative(i)
        final = rd.low(i + 1) in (",", ".", ";", ":", "") or i + 1 >= len(rd.t)
        places = [p for p in _places(rd, i) if p.start > i or rd.low(p.start - 1) in ("das", "die", "den")
                  or (final and rd._governor(p.start) not in rd.r.w("block"))]  # "hatten Kabul in der Nacht ... verlassen"
        return [Reading("withdrawal", p, None, loser, i, 0.55) for p in places] if loser and loser[2].actor != "PRONOUN" else []
    if lemma in ("aufgeben", "räumen"):
        loser = rd.nominative(i)
        places = _places(rd, i) or _positions_in(rd, i)
        return [Reading("withdrawal", p, None, loser, i, 0.6) for p in places] if loser else []
    places = [p for p in _places(rd, i, frozenset({"aus", "in"})) if rd.governed_by(p, "aus")]  # "aus ihren Stellungen in X"
    loser = rd.nominative(i, dative_ok=True)
    s, e = rd.segment(i)
    if not places and loser is not None and lemma.startswith("zurück") and s == i and s >= 2 and rd.low(s - 1) == "," \
            and not any(i < p.start < e for p in rd.sm.places):  # (not "zog sich nach Kundus zurück": it went there)
        # "besetzte ... die georgische Stadt Gori, zog sich aber nach zehn Tagen wieder zurück": it left
        # the place the clause before took
        a, _ = rd.segment(s - 2)
        places = [p for p in rd.sm.places if a <= p.start < s - 1 and not p.region and not p.anaphor
                  and rd._governor(p.start) not in rd.r.w("block")][-1:]
    if not places or loser is None:
        return []
    return [Reading("withdrawal", p, None, loser, i, 0.65) for p in places]


_POSITIONS = frozenset({"stellungen", "positionen", "stützpunkte", "kasernen", "posten", "basen"})


def _positions_in(rd: Reader, i: int) -> list:
    """'hatte die Miliz ihre Stellungen in der Hauptstadt Mogadischu geräumt': the town whose positions were left."""
    s, e = rd.segment(i)
    return [p for p in rd.sm.places if s <= p.start < e and not p.region and rd.governed_by(p, "in", window=4)
            and any(rd.low(k) in _POSITIONS for k in range(max(s, p.start - 6), p.start))][:1]


_REFUGE_PREPS = frozenset({"auf", "in", "zum", "am", "im"})


def _refuge(rd: Reader, i: int, lemma: str) -> list[Reading]:
    """'Die Regierungstruppen hätten sich auf den Flughafen von Kundus zurückgezogen', 'verschanzten sich am
    Flughafen': the side holds the facility it fell back to (GUIDELINES: left with the place)."""
    if not lemma.startswith(("zurückziehen", "verschanzen")) or "sich" not in {rd.low(k) for k in range(*rd.segment(i))}:
        return []
    s, e = rd.segment(i)
    if {rd.low(k) for k in range(s, len(rd.t))} & {"bevor", "ehe", "bis"}:
        return []  # "hatten sich am Flughafen verschanzt, bevor die Armee sie vertrieb": it ended
    preps = _REFUGE_PREPS if lemma.startswith("verschanzen") else frozenset({"auf", "in", "zum"})  # (not "Kämpfen am Flughafen")

    def destination(p) -> bool:
        k = p.start - 1 - (rd.low(p.start - 1) in ("den", "das", "die", "dem"))
        # the preposition is the verb's, not a noun's ("nach dem Angriff auf den Flughafen")
        return rd.low(k) in preps and not (k >= 1 and rd.t[k - 1].text[:1].isupper() and (k - 1) not in rd.sm.actor_at
                                           and not any(q.start <= k - 1 < q.end for q in rd.sm.places))

    held = [p for p in rd.sm.places if s <= p.start < e and destination(p) and (
        p.place is not None and p.place.feature == "facility" or p.anaphor and p.text.lower() in ("flughafen", "militärflughafen",
                                                                                                   "stützpunkt"))]
    holder = rd.nominative(i)
    if not held or holder is None or holder[2].actor == "PRONOUN":
        return []
    return [Reading("hold", held[0], holder, None, i, 0.5)]


_SIEGE_START = frozenset({"beginnen", "beginnt", "begann", "begannen", "begonnen", "verschärfen", "verschärft", "verschärfte",
                          "verschärften", "verhängen", "verhängt", "verhängte", "verhängten"})


def _siege(rd: Reader, i: int, lemma: str) -> list[Reading]:
    if lemma in ("schließen", "kreisen", "schneiden", "stellen"):
        return []
    tok = rd.t[i]
    if tok.lower == "belagerung":
        # "Bosnisch-serbische Truppen beginnen mit der Belagerung Sarajevos": a siege begun or tightened
        s, e = rd.segment(i)
        verb = next((k for k in range(s, i) if rd.low(k) in _SIEGE_START), None)
        if verb is None:
            return []
        places = [p for p in rd.sm.places if i < p.start <= i + 3 and not p.region]
        return [Reading("siege", places[0], rd.nominative(verb), None, i, 0.6)] if places else []
    if tok.lower.endswith(("te", "ten", "ene", "enen")) and tok.text[:1].islower() and rd.low(i - 1) not in ("hat", "haben"):
        # participle adjective: "die von russischen Truppen eingeschlossene Hauptstadt Grosny"
        agent = rd.actor_after(max(rd.segment(i)[0], i - 8), rd.r.w("von"), limit=8)
        places = [p for p in rd.sm.places if i < p.start <= i + 4 and not p.region
                  and rd._governor(p.start) not in rd.r.w("block")]  # not "... Ost-Ghuta bei Damaskus"
        if agent is not None and places:
            return [Reading("siege", places[0], agent, None, i, 0.6)]
    places = _places(rd, i)
    if not places and rd.low(0) in ("in", "im") and 1 in rd.sm.place_at and not rd.sm.place_at[1].region \
            and _passive_aux(rd, i):
        places = [rd.sm.place_at[1]]  # "In Kuito, der Hauptstadt der Provinz Bié, sind die Regierungstruppen ... eingeschlossen"
    finite = tok.lower.endswith(("ern", "eln", "ten", "ßen")) and not tok.lower.startswith("ge") \
        or _subject_before(rd, i) and not any(
            rd.low(k) in ("wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren") for k in range(rd.segment(i)[0], i))
    # ("belagern", "belagerten"; "Die Miliz belagert ... El Fasher, die noch von der Armee gehalten wird": a subject
    # right before the verb, whatever passive a relative clause holds)
    if _passive_aux(rd, i) and not finite:
        winner = rd.actor_after(rd.segment(i)[0], rd.r.w("von"), limit=40)
    else:
        winner = rd.nominative(i)  # (not the "von der Armee" of a relative clause: "belagern die RSF die Stadt X, die ...")
    return [Reading("siege", p, winner, None, i, 0.7) for p in places]


# "in Regierungshand", "in Rebellenhand": the compound names the holder's kind
_HAND_OF = {"regierungs": "GOV:*", "regime": "GOV:*", "armee": "GOV:*", "rebellen": "REBELS", "separatisten": "RU_SEPARATISTS",
            "islamisten": "ISLAMIST", "dschihadisten": "ISLAMIST", "kurden": "KURDISH", "taliban": "TALIBAN", "is": "IS",
            "milizen": "NONSTATE"}


def _headline(seg: set[str]) -> bool:
    """A clause without a verb of state ("Flughafen Kavumu in Rebellenhand"): a ticker's headline, news of a taking."""
    return not seg & (_COPULA | _PAST_COPULA | {"steht", "stehen", "liegt", "liegen", "befindet", "befinden", "weiter",
                                                "weiterhin", "noch", "immer", "blieb"})


def _compound_hand(rd: Reader, i: int) -> list[Reading]:
    word = rd.low(i)
    control = word.endswith("kontrolle")  # "unter Regierungskontrolle", "unter IS-Kontrolle"
    stem = word.removesuffix("kontrolle").removesuffix("händen").removesuffix("hand").rstrip("-")
    actor = _HAND_OF.get(stem) or (_HAND_OF.get(stem[:-1]) if control and stem.endswith("s") else None)
    if actor is None or stem == word or rd.low(i - 1) not in (("unter",) if control else ("in", "im")):
        return []
    holder = _side(i, actor, rd.t[i].text)
    seg = {rd.low(k) for k in range(*rd.segment(i))}
    fell = bool(seg & {"gefallen", "fiel", "fielen", "geraten", "geriet", "gerieten"})  # "fiel in Rebellenhand": taken
    headline = _headline(seg)
    # ("Flughafen Kavumu in Rebellenhand": a ticker's headline tells the news of the taking)
    again = fell or headline or _retaken(rd, i)
    places = [p for p in rd.sm.places if p.end <= i and not p.region and rd._governor(p.start) not in rd.r.w("block")]
    if "beide" in seg and len(places) >= 2:
        places = places[-2:]  # "Dscharablus und die Kleinstadt Al-Bab, die beide weiterhin unter IS-Kontrolle stehen"
    kind = "capture" if again else "hold"
    return [Reading(kind, p, holder, None, i, 0.5) for p in (places if "beide" in seg else places[:1])]


def _seat(rd: Reader, i: int) -> list[Reading]:
    """'Die Regierung hat ihren Sitz inzwischen in Aden', 'Die Regierung sitzt in Port Sudan': the
    government holds the town it sits in."""
    seat = rd.nominative(i)
    if seat is None or not seat[2].actor.startswith("GOV") or (rd.low(i) == "sitz" and rd.low(i - 1) not in ("ihren", "seinen")):
        return []
    s, e = rd.segment(i)
    moved = bool({rd.low(k) for k in range(s, e)} & {"verlegt", "verlegte", "verlegten"})  # (not "plant, ... zu verlegen")
    places = [p for p in rd.sm.places if i < p.start < e and not p.region and (
        rd.governed_by(p, "in", window=4) or moved and rd.governed_by(p, "nach", window=4))][:1]
    # ("hat ihren Sitz inzwischen nach Port Sudan verlegt": the seat moved there)
    if not places and rd.low(s) == "wo" and s >= 2 and rd.low(s - 1) == "," and (s - 2) in rd.sm.place_at:
        places = [rd.sm.place_at[s - 2]]  # "In Port Sudan, wo die Regierung seit Kriegsbeginn ihren Sitz hat, ..."
    return [Reading("hold", p, seat, None, i, 0.5) for p in places]


def _say(rd: Reader, i: int) -> list[Reading]:
    """'In Kidal haben inzwischen Tuareg-Kämpfer der MNLA das Sagen', 'Tarhuna, wo die Kani-Miliz das Sagen hat':
    the side that is in charge of a town holds it."""
    s, e = rd.segment(i)
    words = {rd.low(k) for k in range(s, e)}
    if rd.t[i].text != "Sagen" or rd.low(i - 1) != "das" or not words & _HAVE \
            or words & {"hatte", "hatten", "damals", "bis", "einst", "früher"} and not words & {"inzwischen", "wieder", "nun"}:
        return []  # (not "Bis 2013 hatten in Kidal die Islamisten das Sagen": no longer)
    holder = rd.nominative(i)
    places = [p for p in rd.sm.places if s <= p.start < e and not p.region and (
        rd.low(p.start - 1) in ("in", "im") or p.anaphor and p.text.lower() == THERE)][:1]
    if not places and rd.low(s) == "wo" and s >= 2 and rd.low(s - 1) == "," and (s - 2) in rd.sm.place_at:
        places = [rd.sm.place_at[s - 2]]  # "Tarhuna, wo die Kani-Miliz das Sagen hat"
    return [Reading("hold", p, holder, None, i, 0.5) for p in places] if holder else []


_HAVE = frozenset({"hat", "haben", "hatte", "hatten", "habe"})


def _positions_held(rd: Reader, i: int) -> list[Reading] | None:
    """'Am Flughafen Bangui-M'Poko halten französische Soldaten weiter die Stellung', 'halten ... weiterhin
    Stellungen in dem Dorf Krynky': the side still holding its positions in a place holds the place. None
    where the clause tells no positions (the other readings of "halten" apply)."""
    s, e = rd.segment(i)
    stellung = next((k for k in range(s, e) if rd.low(k) in ("stellung", "stellungen")), None)
    if stellung is None or _passive_aux(rd, i):
        return None
    places = [p for p in rd.sm.places if s <= p.start < e and not p.region and not rd.partitive(p)
              and (rd.governed_by(p, "in", window=4) or rd.governed_by(p, "am", window=3) or rd.governed_by(p, "im", window=3))
              and not (rd.low(p.start - 1) in ("von", "vom") and rd.low(p.start - 2) in _COMPASS)]  # (not "im Südwesten von Bachmut")
    # ("im Gebiet Cherson ... Stellungen im Dorf Krynky": the place of the positions)
    places = [p for p in places if p.start > stellung] or [p for p in places if rd.low(p.start - 1) not in rd.r.w("region_before")]
    holder = rd.nominative(i)
    still = {rd.low(k) for k in range(s, e)} & {"weiter", "weiterhin", "noch"}
    return [Reading("hold", p, holder, None, i, 0.5) for p in places[:1]] if holder and still else []


def _hold(rd: Reader, i: int, lemma: str) -> list[Reading]:
    tok = rd.t[i]
    if lemma == "sagen":
        return _say(rd, i)
    if lemma in ("sitz", "sitzen"):
        return _seat(rd, i)
    if lemma == "ausharren" or lemma == "halten" and rd.low(i + 1) == "sich":
        # "In Kundus harren noch mehrere tausend Taliban-Kämpfer aus", "Nur in El Fasher halten sich noch die Armee
        # und verbündete Gruppen": an armed side still holding out in the town holds it
        holder = rd.nominative(i, dative_ok=True)
        s, e = rd.segment(i)
        places = [p for p in rd.sm.places if s <= p.start < e and not p.region and not p.anaphor
                  and rd.low(p.start - 1) in ("in", "im")]
        still = {rd.low(k) for k in range(s, e)} & {"noch", "weiterhin", "immer"}
        return [Reading("hold", p, holder, None, i, 0.5) for p in places[:1]] if holder and still else []
    if lemma.endswith(("hand", "händen")) and lemma not in ("hand", "händen"):
        return _compound_hand(rd, i)
    if lemma == "halten" and (held := _positions_held(rd, i)) is not None:
        return held
    if lemma.startswith("gehalten"):
        lemma = "halten"
    seg_words = {rd.low(k) for k in range(*rd.segment(i)) if k != i}
    if lemma == "besetzen" and tok.lower == "besetzt" and seg_words & {"hat", "haben", "hatte", "hatten", "worden", "wurde", "wurden"}:
        return _take(rd, i, "besetzen")  # "hatte Goma für zehn Tage besetzt": a capture
    if lemma == "besetzen" and tok.lower == "besetzen" and rd.low(i + 1) in ("die", "der", "den", "das") and (i + 2) in rd.sm.actor_at:
        return _take(rd, i, "besetzen")  # "Am Morgen besetzen die Taliban Dschalalabad": a chronicle's present
    if lemma == "besetzen" and tok.lower in ("besetzen", "besetzt") and rd.low(i + 1) in ("die", "der", "den", "das") \
            and _subject_before(rd, i) \
            and not seg_words & {"noch", "weiterhin", "weiter", "seit", "seither", "hat", "haben", "ist"}:
        return _take(rd, i, "besetzen")  # "April 1993 - Armenische Verbände besetzen die Stadt Kelbadschar"
    if lemma == "besetzen" and tok.lower in ("besetzte", "besetzten") and rd.low(i - 1) not in ("die", "der", "den", "das", "dem") \
            and not (i + 1 < len(rd.t) and rd.t[i + 1].text[:1].isupper() and (i + 1) not in rd.sm.actor_at):
        # (not the participle "der von Russland besetzten Stadt", "dem besetzten Grenzübergang")
        return _take(rd, i, "besetzen")  # "Am Montag besetzten russische Fallschirmjäger die Stadt Senaki": a capture
    if seg_words & {"war", "waren", "hatte", "hatten"} and not seg_words & {"noch", "weiterhin", "weiter", "damals"} \
            and lemma != "besetzen" and not (lemma == "gewalt" and seg_words & {"gebracht", "brachte", "brachten"}):
        # (not "hatte die Städte ... unter ihre Gewalt gebracht": a taking)
        return []  # a past hold ("war seit 2012 in der Hand von ...") says nothing of now
    if lemma in ("bleiben", "verbleiben"):
        s, e = rd.segment(i)
        if {rd.low(k) for k in range(s, e)} & {"außerhalb", "entzogen", "umkämpft", "geschlossen"}:
            return []  # "bleibt vor allem Kidal außerhalb des Einflussbereichs der Regierung": out of its hands
        holder = next((rd.sm.actor_at[k] for k in range(s, e) if k in rd.sm.actor_at), None)
        if holder is not None and rd.country_of(holder[2].text):
            return []  # "Der Grenzübergang ... zwischen dem Gazastreifen und Ägypten blieb geschlossen"
        places = _places(rd, i, frozenset({"im", "in"}))
        return [Reading("hold", p, holder, None, i, 0.5) for p in places] if holder else []
    if lemma == "aufhalten" and "sich" in seg_words and not _relative(rd, i):
        # "halten sich weiterhin Islamisten in der Stadt auf": still there
        holder = rd.nominative(i)
        places = _places(rd, i, frozenset({"in", "im"}))
        return [Reading("hold", p, holder, None, i, 0.5) for p in places] if holder else []
    if lemma == "präsent":
        holder = rd.nominative(i)
        places = _places(rd, i, frozenset({"in", "im"}))
        return [Reading("hold", p, holder, None, i, 0.6) for p in places] if holder else []
    if lemma == "gewalt" and rd.low(i - 2) in ("in", "unter") and rd.low(i - 1) in ("ihre", "seine", "die") and (
            {rd.t[k].lemma for k in range(*rd.segment(i))} & {"bringen", "brachte", "brachten", "gebracht"}):
        # "Die Miliz brachte die Stadt X in ihre Gewalt"
        return [Reading("capture", p, rd.nominative(i), None, i, 0.7) for p in _places(rd, i)]
    if lemma in ("hand", "händen", "gewalt") and rd.low(i - 2) == "in" and rd.country_of(rd.t[i - 1].text):
        # "ganz in russischer Hand"
        holder = _state_of(rd, i - 1)
        places = _places(rd, i, frozenset({"in"})) or [p for p in rd.sm.places if p.anaphor and p.end <= i][-1:]
        return [Reading("capture" if _now(rd, i) else "hold", p, holder, None, i, 0.55) for p in places]
    if lemma in ("gewalt", "hand", "händen") and rd.low(i - 2) == "in" and rd.low(i - 1) in ("ihrer", "seiner", "ihren", "seinen") \
            and {rd.low(k) for k in range(*rd.segment(i))} & {"hat", "haben", "hält", "halten"}:
        # "Bereits seit Januar hat die Isil die Stadt Falludscha ... in ihrer Gewalt": the subject holds it
        holder = rd.nominative(i)
        places = [p for p in _places(rd, i) if p.start < i]
        return [Reading("hold", p, holder, None, i, 0.55) for p in places[:1]] if holder else []
    if lemma in ("gewalt", "hand", "händen") and rd.low(i - 2) == "in" and rd.low(i - 1) in ("ihrer", "seiner", "ihren", "seinen") \
            and {rd.low(k) for k in range(*rd.segment(i))} & {"ist", "sind", "bleibt", "bleiben", "liegt", "liegen", "sei", "seien"}:
        # "Falludscha ist bereits seit Januar in ihrer Hand": held by the side the pronoun stands for
        holder = _side(i - 1, PRONOUN, "sie")
        left = [p for p in rd.sm.places if p.end <= i and not p.region and rd._governor(p.start) not in rd.r.w("block")]
        again = _retaken(rd, i)  # "ist wieder in ihrer Hand": retaken
        return [Reading("capture" if again else "hold", left[0], holder, None, i, 0.5)] if left else []
    if lemma in ("gewalt", "hand", "händen"):
        if not (rd.low(i - 1) in ("der", "den") and rd.low(i - 2) == "in"):
            return []
        holder = rd.actor_after(i + 1, frozenset({"der", "des", "von"}), limit=2) or next(
            (rd.sm.actor_at[k] for k in (i + 1, i + 2) if k in rd.sm.actor_at), None)  # "in der Hand regimetreuer Truppen"
        if holder is None:
            return []
        left = [p for p in rd.sm.places if p.end <= i and not p.region and not rd._region_follows(p)]  # (not "Halbinsel Jaffna")
        free = [p for p in left if rd._governor(p.start) not in rd.r.w("block") | {"von", "vom"}]
        left = free or left  # "Mocímboa da Praia, rund 80 Kilometer südlich von Palma, ist in der Hand ..."
        if not left and rd.low(i - 2) == "in" and i - 2 <= 1:
            # "In der Hand der Regierung sind neben Kabul noch Masar-i-Scharif und Dschalalabad"
            s, e = rd.segment(i)
            right = [p for p in rd.sm.places if i < p.start < e and not p.region and not p.anaphor
                     and rd._governor(p.start) not in (rd.r.w("block") - {"neben"}) | {"von", "vom"}]
            if e + 1 < len(rd.t) and rd.low(e) == "," and rd.low(e + 1) == "darunter":
                # "..., darunter Masar-i-Scharif im Norden und Dschalalabad im Osten": the list goes on
                _, e2 = rd.segment(e + 1)
                right += [p for p in rd.sm.places if e + 1 < p.start < e2 and not p.region and not p.anaphor
                          and rd._governor(p.start) not in rd.r.w("block")]
            return [Reading("hold", p, holder, None, i, 0.5) for p in right]
        if not left:
            return []
        chain = [left[-1]]  # "noch Žepa, Goražde und Sarajevo in der Hand der Regierungstruppen": the whole list
        for p in reversed(left[:-1]):
            gap = [rd.low(k) for k in range(p.end, chain[0].start)]
            if len(gap) > 2 and gap[0] == "im" and gap[1] in _DIRECTION_WORDS:
                gap = gap[2:]  # "Masar-i-Scharif im Norden und Dschalalabad im Osten"
            if len(gap) != 1 or gap[0] not in (",", "und", "sowie"):
                break
            chain.insert(0, p)
        seg = {rd.low(k) for k in range(*rd.segment(i))}
        headline = _headline(seg) and "seit" not in seg and rd.t[-1].text not in (".", "!", "?", "»", "“", '"')
        # ("Kandahar in der Hand der Taliban": a ticker's headline)
        kind = "capture" if _retaken(rd, i) or headline else "hold"  # "ist ... wieder in der Hand der Regierung"
        return [Reading(kind, p, holder, None, i, 0.55) for p in chain]
    if lemma == "besetzen" and not tok.lower.startswith("besetzt"):
        return []
    if lemma == "besetzen" and tok.lower == "besetzt" and seg_words & {"ist", "sind", "bleibt", "bleiben"} \
            and not seg_words & {"worden", "wird", "werden", "hat", "haben", "habe", "hätten", "gehalten"}:
        # "Die Stadt Melitopol ist seit März von russischen Truppen besetzt": a state, the occupier holds it
        holder = rd.actor_after(rd.segment(i)[0], rd.r.w("von"), limit=40)
        places = [p for p in _places(rd, i) if p.start <= 3 and rd.low(p.start - 1) not in ("in", "im", "bei", "nahe")]
        # the clause's subject, the town itself (not "Die Verwaltungsgebäude in Donezk und Luhansk sind ... besetzt")
        return [Reading("hold", p, holder, None, i, 0.6) for p in places] if holder else []
    if lemma in ("kontrollieren", "halten", "beherrschen", "regieren", "verwalten", "sichern") and _passive_aux(rd, i) \
            and (seg_words & {"wird", "werden", "wurde", "wurden", "werde"}) \
            and tok.lower.startswith(("ge", "kontrolliert", "beherrscht", "regiert", "verwaltet")):  # also reported: "werde ... gehalten"
        # "Die Hauptstadt Sanaa wird seit 2014 von den Huthi-Rebellen kontrolliert"
        holder = rd.actor_after(rd.segment(i)[0], rd.r.w("von"), limit=40)
        return [Reading("hold", p, holder, None, i, 0.6) for p in _places(rd, i)] if holder else []
    if lemma == "sichern":
        return []
    if lemma == "halten" and {rd.low(k) for k in range(*rd.segment(i))} & {"blockade", "belagerung"} and "unter" in seg_words:
        # "JNIM hält die historische Stadt Timbuktu seit August unter Blockade": a siege
        holder = rd.nominative(i)
        places = [p for p in _places(rd, i) if p.start > i]
        return [Reading("siege", p, holder, None, i, 0.6) for p in places[:1]] if holder else []
    if lemma in ("kontrollieren", "halten", "beherrschen") and _finite_past_hold(rd, i):
        # "Am Dienstag kontrollierten die Rebellen auch den Flughafen", "erklärten, ihre Kämpfer kontrollierten die
        # Stadt inzwischen": a past or reported form with a time of now, not the attribute "kontrollierten Stadt"
        holder = rd.nominative(i)
        places = [p for p in _places(rd, i) if p.start > i]
        return [Reading("hold", p, holder, None, i, 0.5) for p in _listed(rd, places[0])] if holder and places else []
    if lemma in ("kontrollieren", "halten", "beherrschen", "besetzen", "regieren", "verwalten"):
        if tok.lower.startswith("ge") or (tok.lower != tok.lemma and tok.lower.endswith(("te", "ten", "ter", "tes"))
                                          and tok.lower + "n" != tok.lemma):  # (not the Konjunktiv "halte")
            # participle adjective: "die von der Miliz kontrollierte Stadt X", "das russisch besetzte X"
            holder = rd.actor_after(max(rd.segment(i)[0], i - 8), rd.r.w("von"), limit=8)
            if holder is None and i > 0 and rd.t[i - 1].text[:1].islower() and rd.country_of(rd.t[i - 1].text):
                holder = _state_of(rd, i - 1)
            places = [p for p in _places(rd, i) if p.start > i] or [
                p for p in rd.sm.places if i < p.start <= i + 3 and not p.region
                and not any(rd.low(k) in rd.r.w("preps") for k in range(i + 1, p.start))]
            # ("in der von armenischen Kräften kontrollierten Regionalhauptstadt Stepanakert": the attribute holds
            # whatever preposition governs its noun phrase)
            places = _listed(rd, places[0]) if places else []  # "... gehaltenen Enklaven Zepa und Gorazde"
            return [Reading("hold", p, holder, None, i, 0.6) for p in places] if holder else []
        holder = rd.nominative(i) or rd.sentence_subject(i)  # "Die Rebellen, die ..., kontrollieren X"
        places = _places(rd, i)
        if places and places[-1].start > i:
            places = places[:-1] + _listed(rd, places[-1])  # "hält nur noch Sittwe, die Hafenstadt Kyaukphyu und ..."
        return [Reading("hold", p, holder, None, i, 0.55) for p in places] if holder else []
    return []


_DIRECTION_WORDS = _COMPASS | {"zentrum"}

_PAST_HOLD_FORMS = frozenset({"kontrollierte", "kontrollierten", "hielt", "hielten", "beherrschte", "beherrschten"})
_FINITE_NEXT = frozenset({"die", "der", "den", "das", "auch", "nun", "inzwischen", "mittlerweile", "weiterhin", "noch",
                          "jetzt", "damit", "zudem", "bereits", "sie", "er"})
_NOW_HOLD = frozenset({"inzwischen", "mittlerweile", "nun", "jetzt", "weiterhin", "noch"})
_OVER = frozenset({"bis", "damals", "einst", "früher", "zeitweise", "jahrelang", "jahrzehntelang", "zuvor", "seinerzeit"})


def _subject_before(rd: Reader, i: int) -> bool:
    """A side named right before verb i and governed by no preposition: its subject ("Die Miliz belagert",
    "Armenische Verbände besetzen"; not "der von M23-Rebellen kontrollierten Stadt")."""
    return any(a[1] == i and not rd._governed(a[0]) for a in rd.sm.actor_at.values())


def _finite_past_hold(rd: Reader, i: int) -> bool:
    """A finite Präteritum or Konjunktiv II of holding (not the attribute of "der kontrollierten Stadt"),
    told as the state of now: a time of now or a weekday in its clause, no time that ended it."""
    if rd.low(i) not in _PAST_HOLD_FORMS or rd.low(i + 1) not in _FINITE_NEXT and not _subject_before(rd, i):
        return False  # (not "der von M23-Rebellen kontrollierten Stadt")
    s, e = rd.segment(i)
    words = {rd.low(k) for k in range(s, e)}
    if words & _OVER or any(rd.t[k].text.isdigit() and len(rd.t[k].text) == 4 for k in range(s, e)) \
            or {rd.low(k) for k in range(i, len(rd.t))} & {"bevor", "ehe"}:
        return False  # (not "kontrollierten am Dienstag noch Goma, bevor sie abzogen": it ended)
    return bool(words & _NOW_HOLD or any(w.startswith(_WEEKDAYS) for w in words))

# "ist nun in der Hand der Rebellen", "jetzt unter russischer Kontrolle": annotators code control
# that has just passed as a capture, not as a hold
_NOW = frozenset({"nun", "jetzt", "nunmehr"})


def _now(rd: Reader, i: int) -> bool:
    s, _ = rd.segment(i)
    words = {rd.low(k) for k in range(s, i)}
    if words & _NOW and not {"nur", "noch"} <= words:
        return True  # (not "ist nun nur noch Al-Faschir in der Hand der Armee": all that is left, a hold)
    # "erklärte, die Stadt stehe vollständig unter ihrer Kontrolle", "seit Sonntagmorgen sei die Stadt vollständig
    # unter ihrer Kontrolle, sagte ein Sprecher": the taking completed (not "seit 2014 vollständig")
    since = next((k for k in range(s, i) if rd.low(k) == "seit"), None)
    explicit = since is not None and (rd.low(since + 1).startswith(_WEEKDAYS) or rd.low(since + 1) in ("gestern", "heute"))
    # a reporting verb before the clause, or after it with an explicit recent "seit Sonntag" (not "Idlib steht
    # vollständig unter ihrer Kontrolle, sagte ein Sprecher": a state)
    subjunctive = bool(words & {"stehe", "sei", "seien", "befinde", "befänden"}) and since is None  # reported speech
    reported = rd.reporter_verb_before(i) and (since is None or explicit) or \
        (explicit or subjunctive) and rd.reporter_verb_before(len(rd.t))
    return bool(words & {"vollständig", "komplett", "vollends"} and reported)


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")


def _retaken(rd: Reader, i: int) -> bool:
    """'ist nun in der Hand der X', 'ist wieder unter Kontrolle der Regierung': control has just
    passed (not 'ist heute wieder fest in der Hand der Regierung', a state of today)."""
    seg = {rd.low(k) for k in range(*rd.segment(i))}
    since_year = "seit" in seg and any(len(w) == 4 and w.isdigit() for w in seg)  # "steht seit Dezember 1995 wieder unter ..."
    return _now(rd, i) or "wieder" in seg and not seg & {"fest", "heute"} and not since_year


_STRONG_MOD = re.compile(r"^(?:letzt|größt|gross|groß|wichtigst|verblieben|bedeutend|einzig|strategisch|wichtig|wahr)\w*$")
_COPULA = frozenset({"ist", "sind", "bleibt", "bleiben", "gilt", "gelten"})
_PAST_COPULA = frozenset({"war", "waren", "galt", "galten", "gewesen"})
_POSSESSIVE = frozenset({"ihre", "seine", "ihrer", "seiner", "ihrem", "seinem", "ihr", "sein", "ihres", "seines"})


def _relative(rd: Reader, i: int) -> bool:
    """The clause of token i is a relative clause ("Soldaten, die sich noch in der Stadt aufhielten")."""
    s, _ = rd.segment(i)
    return s >= 1 and rd.low(s - 1) == "," and rd.low(s) in ("die", "der", "das", "welche", "welcher")


def _stronghold(rd: Reader, i: int, lemma: str) -> list[Reading]:
    tok = rd.t[i]
    prev = rd.low(i - 1)
    if prev.startswith(("ehemalig", "einstig", "früher", "letzt")) and not prev.startswith("letzt"):
        return []
    holder = None
    if "-" in tok.text:
        prefix = tok.text.rsplit("-", 1)[0]
        ms = lexicon("de").mentions(prefix)
        if ms:
            holder = (i, i + 1, ms[0])
    if holder is None and tok.lower.endswith(("hochburg", "hauptstadt")) and tok.lower not in ("hochburg", "hauptstadt"):
        stem = tok.lower[: -len("hochburg")] if tok.lower.endswith("hochburg") else tok.lower[: -len("hauptstadt")]
        if stem in ("rebellen", "islamisten", "dschihadisten", "jihadisten", "extremisten", "terror", "milizen"):
            kind = "REBELS" if stem == "rebellen" else "ISLAMIST" if stem in ("islamisten", "dschihadisten", "jihadisten") else NONSTATE
            holder = _side(i, kind, stem)
        else:
            # "Separatistenhochburg", "Talibanhochburg": the first part names the holder
            named = [m for m in lexicon("de").mentions(tok.text[: len(stem)]) if m.end == len(stem)]
            if named:
                holder = (i, i + 1, named[0])
    if holder is None and rd.low(i + 1) in ("der", "des", "von"):
        holder = rd.actor_after(i + 1, frozenset({"der", "des", "von"}), limit=2)
    if holder is None and tok.lower in ("hauptstadt", "verwaltungssitz", "regionalhauptstadt") and not any(
            set(rd.r.frames_of(t.lemma)) - {"stronghold"} for t in rd.t if t.i != i):
        # "Stepanakert, der Hauptstadt der selbst ernannten Republik" (where the sentence tells no other control:
        # not "Zchinwali, die Hauptstadt der abtrünnigen Provinz, ist fest in russischer Hand")
        holder = _breakaway(rd, i)
    j = i - 1
    while _STRONG_MOD.match(rd.low(j)):
        j -= 1  # "ihr letzter großer Stützpunkt", "die letzte Hochburg"
    if holder is None and rd.low(j) in ("dessen", "deren") and rd.low(j - 1) == "," and (j - 2) in rd.sm.actor_at:
        holder = rd.sm.actor_at[j - 2]  # "Haftar, dessen Machtzentrum die ostlibysche Stadt Bengasi ist"
    if tok.lower == "hauptquartier":
        # only "Die Unita unterhält in Jamba ihr Hauptquartier" ("das Hauptquartier der UN-Truppen in Knin
        # geriet unter Beschuss" is no hold)
        holder = rd.nominative(i) if rd.low(j) in _POSSESSIVE else None
        if holder is None or {rd.low(k) for k in range(*rd.segment(i))} & {"hatte", "hatten"}:
            return []  # (not "In Andulo hatte Savimbi sein Hauptquartier": a seat of the past)
    if holder is None and rd.low(j) in _POSSESSIVE and tok.lower.removesuffix("s").endswith(("hochburg", "bastion", "stützpunkt")) \
            and (rd.low(j - 1) == "als" or (i + 1) in rd.sm.place_at or rd.low(j) in ("ihres", "seines") and rd.low(j - 1) == ","
                 or {rd.low(k) for k in range(*rd.segment(i))} & {"ist", "sind", "bleibt", "bleiben"}):
        # "gilt die Stadt Rakka als ihre Hochburg", "aus ihrer Hochburg Idlib heraus"
        holder = _side(j, PRONOUN, rd.low(j))
    # a state's capital or seat is only its capital; its stronghold or bastion is a hold
    if holder is None or holder[2].actor.startswith("GOV") and not tok.lower.endswith(("hochburg", "bastion", "stützpunkt", "festung")):
        return []
    # the place: right after ("IS-Hochburg Raqqa"), before an apposition ("Idlib, die Hochburg
    # der HTS"), or the subject ("Raqqa gilt als Hauptstadt des IS")
    k = j - 1 if rd.low(j) in ("die", "der", "eine", "ein", "ihre", "seine", "ihr", "sein", "ihres", "seines") else j
    if (i + 1) in rd.sm.place_at:
        places = [rd.sm.place_at[i + 1]]
    elif rd.low(k) == "," and (k - 1) in rd.sm.place_at and not rd.sm.place_at[k - 1].region:
        places = [rd.sm.place_at[k - 1]]
    elif rd.low(k) == "," and rd.low(k - 1) in ("entfernt", "gelegen") and (k - 2) in rd.sm.place_at \
            and not rd.sm.place_at[k - 2].region:
        places = [rd.sm.place_at[k - 2]]  # "zehn Kilometer von Stepanakert entfernt, der Hauptstadt der ..." 
    elif rd.low(k) == "," and rd.low(j) in ("ihres", "seines") and tok.lower.endswith("s"):
        # "zogen sich in Richtung Mullaitivu zurück, ihres letzten großen Stützpunkts": a genitive
        # apposition to the town named last before it
        places = [p for p in rd.sm.places if p.end <= k and not p.region][-1:]
    else:
        s, e = rd.segment(i)
        words = {rd.low(k) for k in range(s, e)}
        if words & _PAST_COPULA or rd.low(j) in ("einen", "einem", "einer") and not words & _COPULA:
            return []  # "war jahrzehntelang eine Bastion der Armee" (no longer), "einen Stützpunkt der Armee angegriffen"
        places = [p for p in rd.sm.places if s <= p.start < e and not p.region and not rd._region_follows(p)][:1]
        if not places and s >= 2 and rd.low(s) in ("die", "der", "das") and rd.low(s - 1) == "," and (s - 2) in rd.sm.place_at \
                and words & _COPULA:
            places = [rd.sm.place_at[s - 2]]  # "die Stadt Idlib, die seit 2015 das Machtzentrum der HTS ist"
        if not places and words & (_COPULA | {"gilt", "galt"}):
            places = _before_relative(rd, s)  # "Die Hafenstadt Kismayo, über die sie Holzkohle exportiert, gilt als ..." 
    s, e = rd.segment(i)
    taken = next((k for k in range(s, i) if "take" in rd.r.frames_of(rd.t[k].lemma) and not _passive_aux(rd, k)), None)
    if taken is not None and places and places[0].start > i:
        # "eroberte die Miliz den letzten Stützpunkt der Junta in der Grenzstadt Maungdaw": the town is taken
        winner = rd.nominative(taken, exclude=holder)
        if winner is not None:
            return [Reading("capture", p, winner, holder, taken, 0.6) for p in places]
    # a stronghold that the clause says was taken is the loser of that capture, not a hold:
    # decide.drop_holds_of_captured turns this reading into the capture's loser
    return [Reading("hold", p, holder, None, i, 0.55) for p in places]


_ANNOUNCE = {"meldete", "meldeten", "verkündete", "verkündeten", "bestätigte", "bestätigten", "feierte", "feierten",
             "vermeldete", "vermeldeten", "meldet", "melden", "verkündet", "bestätigt", "gemeldet", "vermeldet",
             "gefeiert", "bekanntgegeben", "bekannt", "verkünden", "bestätigen", "feiern", "feiert", "verkündeten"}


_BREAKAWAY = frozenset({"selbst", "selbsternannten", "selbsternannte", "abtrünnigen", "abtrünnige", "separatistischen",
                        "anerkannten", "ausgerufenen"})


def _breakaway(rd: Reader, i: int):
    """The side that holds the capital of a self-proclaimed republic ("der Hauptstadt der selbst ernannten
    Republik", "der international nicht anerkannten Republik Bergkarabach"): the republic named as an
    actor there, else its separatists."""
    if rd.low(i + 1) not in ("der", "des"):
        return None
    span = range(i + 2, min(len(rd.t), i + 8))
    noun = next((k for k in span if rd.low(k) in ("republik", "volksrepublik", "region", "provinz", "enklave")), None)
    between = {rd.low(k) for k in range(i + 2, noun)} if noun is not None else set()
    if noun is None or not between & _BREAKAWAY or between & {"früher", "frühere", "früheren", "ehemaligen", "ehemals", "einst"}:
        return None  # (not "der früher abtrünnigen Republik Tschetschenien")
    named = next((rd.sm.actor_at[k] for k in range(noun, min(len(rd.t), noun + 3)) if k in rd.sm.actor_at), None)
    return named or _side(noun, "OTHER:separatists", rd.t[noun].text)


_SUCCEEDED = frozenset({"gelang", "gelungen", "gelingt", "glückte", "geglückt"})

_LEADERS = {"chef", "anführer", "führer", "kommandeur", "kommandant", "befehlshaber", "sprecher", "gründer"}
_TITLES = {"präsident", "präsidenten", "regierungschef", "ministerpräsident", "premierminister", "verteidigungsminister",
           "minister", "kanzler", "armeechef", "generalstabschef", "oberkommando", "generalstab", "militärsprecher",
           "armeesprecher", "regierungssprecher", "machthaber", "staatschef", "staatsoberhaupt", "übergangspräsident"}


def _speaker(rd: Reader, upto: int):
    """'Der Chef der Söldnertruppe Wagner, Jewgeni Prigoschin, hat ... verkündet': a leader speaks
    for the group; 'Aserbaidschans Präsident Ilham Alijew': a head of state for its forces."""
    s, _ = rd.segment(upto)
    for k in range(0, upto):
        low = rd.low(k)
        if low in _LEADERS and rd.low(k + 1) in ("der", "des"):
            group = rd.actor_after(k + 1, frozenset({"der", "des"}), limit=2)
            if group is not None:
                return group
        if low in _TITLES:
            cc = rd.country_of(rd.t[k - 1].text) if k > 0 else None
            return _side(k, f"GOV:{cc}" if cc else "GOV:*", rd.t[k].text)
    return None


_PLANNED = re.compile(r"^(?:geplant|drohend|möglich|befürchtet|angestrebt|bevorstehend|erwartet|angekündigt|erhofft)\w*$")


def _nominal(rd: Reader, i: int, lemma: str) -> list[Reading]:
    tok = rd.t[i]
    if not tok.text[:1].isupper():
        return []
    j = i - 1
    while rd.low(j) in ("die", "den", "der", "vollständige", "vollständigen", "komplette", "endgültige", "zudem", "auch"):
        j -= 1
    s, e = rd.segment(i)
    announced = rd.low(j) in _ANNOUNCE or any(rd.low(k) in _ANNOUNCE for k in range(i + 1, e)) or (
        rd.low(i - 1) in ("die", "der", "den") and any(rd.low(k) in _ANNOUNCE for k in range(s, i)))  # "verkündet ... die Eroberung"
    if announced and lemma != "fall" and rd.low(i - 1) not in ("zur", "zum") and not _irrealis(rd, i):
        # "Die Rebellen meldeten die Einnahme des Militärflughafens Hama", "Die Armee hat ...
        # die Rückeroberung Aleppos verkündet": the announcer is the taker
        places = [p for p in rd.sm.places if i < p.start <= i + 5 and not p.region][:1]
        winner = (rd.actor_after(places[0].end, frozenset({"durch"}), limit=3) if places else None) \
            or rd.nominative(i) or rd.subject_left(i) or _speaker(rd, i)
        places = _closed_list(rd, _listed(rd, places[0])) if places else []  # "die Einnahme von Drniš, Obrovac und Benkovac"
        return [Reading("capture", p, winner, None, i, 0.6) for p in places]
    near = [p for p in rd.sm.places if i < p.start <= i + 4 and not p.region][:1]
    by = next((k for k in range(near[0].end, min(len(rd.t), near[0].end + 6)) if rd.low(k) == "durch"), None) if near else None
    # ("Die Einnahme Lashios in Myanmar im August durch die MNDAA war ...": a place and a time before "durch")
    agent = rd.actor_after(by, frozenset({"durch"}), limit=3) if by is not None and not any(
        rd.low(k) in (",", "und") for k in range(near[0].end, by)) else None
    if agent is not None and lemma != "fall" and not _PLANNED.match(rd.low(i - 1)) and rd.low(i - 1) not in ("zur", "zum", "vor") \
            and rd.low(i - 2) not in ("vor",) and not _irrealis(rd, i):
        # "Die Einnahme Kabuls durch die Taliban im September 1996 war ein Schock": the agent took it
        return [Reading("capture", near[0], agent, None, i, 0.55)]
    s, e = rd.segment(i)
    if lemma != "fall" and near and {rd.low(k) for k in range(s, e)} & _SUCCEEDED and not _irrealis(rd, i):
        # "Am 2. Januar war den Soldaten die Einnahme von Kilinochchi gelungen", "Der Armee gelang die Eroberung
        # der Stadt X": the one it succeeded for (the dative; the noun is the subject) took it
        winner = next((a for k, a in sorted(rd.sm.actor_at.items()) if s <= k < e and k == a[0]
                       and not a[0] <= near[0].start < a[1] and not rd._governed(a[0])
                       and not {rd.low(a[0] - 2), rd.low(a[0] - 1)} & {"angaben", "laut", "sprecher", "zufolge"}
                       and (rd.low(a[0] - 1) in ("den", "dem", "der") or _dative(rd, a[0]))), None)
        return [Reading("capture", p, winner, None, i, 0.55) for p in _closed_list(rd, _listed(rd, near[0]))] if winner else []
    copula_before = (rd.low(i - 2) in ("war", "waren") and rd.low(i - 1) == "der") or (  # "Entscheidend war der Fall von X"
        i - 1 == s and any(rd.low(k) in ("war", "waren") for k in range(i + 1, e)))  # "Der Fall Kabuls ... war ein Schock"
    if near and rd.low(i - 1) in ("der", "die", "den") and rd.low(i - 2) not in rd.r.w("preps") and (
            near[0].start == i + 1 or (near[0].start == i + 2 and rd.low(i + 1) == "von")) \
            and (copula_before or {rd.low(k) for k in range(s, e)} & _COPULAS) \
            and not {rd.low(k) for k in range(s, e)} & _OPINION and not _irrealis(rd, i):
        # "Entscheidend war der Fall von Schuscha", "Den Auftakt hatte die Einnahme von Sarandsch gebildet": the
        # taking is the clause's subject or predicate, so it happened (not "nur eine Frage der Zeit")
        winner = rd.actor_after(near[0].end, frozenset({"durch", "an"} if lemma == "fall" else {"durch"}), limit=3)
        return [Reading("capture", near[0], winner, None, i, 0.5)]
    prev2 = {rd.low(i - 1), rd.low(i - 2)}
    if not prev2 & {"nach", "mit", "seit", "dem", "der"} or rd.low(i - 2) in ("vor",):
        return []
    if rd.low(i - 2) not in ("nach", "mit", "seit") and rd.low(i - 1) not in ("nach", "mit", "seit"):
        return []
    places = [p for p in rd.sm.places if i < p.start <= i + 4 and not p.region]
    if not places:
        return []
    winner = rd.actor_after(places[0].end, frozenset({"durch"}), limit=3) or rd.actor_after(
        places[0].end, frozenset({"der", "von"}), limit=1)  # (not "Nach dem Fall Mossuls hält der IS ...")
    if winner is None and lemma == "fall":
        winner = rd.actor_after(places[0].end, frozenset({"an"}), limit=3)  # "nach dem Fall Kabuls an die Taliban"
    if winner is None and lemma != "fall" and "mit" in (rd.low(i - 1), rd.low(i - 2), rd.low(i - 3)):
        # "Mit der Einnahme von Knin hat die kroatische Armee ...", "Der Vormarsch der Nordallianz
        # hatte mit der Eroberung von X begonnen": the clause's actor took it
        winner = rd.nominative(i) or next((rd.sm.actor_at[k] for k in range(*rd.segment(i)) if k in rd.sm.actor_at
                                           and rd.sm.actor_at[k][2].actor != "PRONOUN"
                                           and not rd._governed(rd.sm.actor_at[k][0])), None)  # (not "an der Grenze zum Iran")
    return [Reading("capture", p, winner, None, i, 0.55) for p in places[:1]]


def _surrender(rd: Reader, i: int, lemma: str) -> list[Reading]:
    """'Die Diamantenstadt Mbuji-Mayi hatte sich den Aufständischen kampflos ergeben': the town, the
    clause's subject, gave itself up to the side in the dative."""
    s, e = rd.segment(i)
    if "sich" not in {rd.low(k) for k in range(s, e)}:
        return []  # "daraus ergibt sich ...": no surrender
    taker = rd.dative_actor(i)
    places = [p for p in rd.sm.places if s <= p.start < i and not p.region and not p.anaphor
              and rd._governor(p.start) not in rd.r.w("preps")]
    return [Reading("capture", places[0], taker, None, i, 0.6)] if taker and places else []


# verbs that state a nominal taking as a fact: "war der Fall von X", "bildete die Einnahme von X den Auftakt"
_COPULAS = frozenset({"bildete", "gebildet", "markierte", "markiert", "besiegelte", "besiegelt", "folgte", "folgten"})
# (not "gilt als schwierig", "ist geplant", "galt als ausgeschlossen", "nur eine Frage der Zeit": a view or a plan)
_OPINION = frozenset({"frage", "zeit", "geplant", "schwierig", "ausgeschlossen", "unwahrscheinlich", "möglich", "bedeutung",
                      "ziel", "gilt", "galt", "wäre", "würde"})


def _handover(rd: Reader, i: int, lemma: str) -> list[Reading]:
    """'war kampflos an die russischen Truppen übergeben worden', 'Mit Latschin wird ... die letzte
    Stadt an Aserbaidschan übergeben': the side after "an" takes the town."""
    s, e = rd.segment(i)
    taker = next((t for k in list(range(i - 1, max(s - 1, i - 12), -1)) + list(range(i + 1, e))
                  if rd.low(k) == "an" and (t := rd.actor_after(k, rd.r.w("an"), limit=4)) is not None), None)
    if taker is None and lemma == "überlassen":
        # "Gudermes hatten die Separatisten den russischen Truppen kampflos überlassen", "Die Stadt sei den
        # Taliban überlassen worden": the dative takes it
        nom = rd.nominative(i) if not _passive_aux(rd, i) else None
        taker = next((a for k, a in sorted(rd.sm.actor_at.items()) if s <= k < i and k == a[0] and a != nom
                      and _dative(rd, a[0])), None)
    if taker is None:
        return []
    giver = None if _passive_aux(rd, i) else rd.nominative(i, exclude=taker)
    places = [p for p in _places(rd, i, frozenset({"mit"})) if not (taker[0] <= p.start < taker[1])]
    return [Reading("capture", p, taker, giver, i, 0.6) for p in places]


def _dative(rd: Reader, start: int) -> bool:
    k = start - 1
    while k > 0 and rd.t[k].text[:1].islower() and rd.low(k).endswith(("en", "er", "em")) and rd.low(k) not in ("den", "dem"):
        k -= 1  # "den russischen Truppen"
    return rd.low(k) in ("den", "dem")


_FRAMES = {
    "follow": _follow, "nominal_withdrawal": _nominal_withdrawal, "take": _take, "fall": _fall, "lose": _lose, "abnehmen": _abnehmen, "expel": _expel, "control": _control,
    "withdraw": _withdraw, "siege": _siege, "hold": _hold, "stronghold": _stronghold, "nominal_capture": _nominal,
    "handover": _handover, "surrender": _surrender,
}
