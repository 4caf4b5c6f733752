"""Mentions in one sentence: tokens tagged with actor, place and trigger spans.

Match first, decide later (frames.py): this module only finds candidates.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from frontline.extract import airports
from frontline.extract.actors import QUANTITIES, ActorMention, lexicon
from frontline.extract.lexicon import Rules
from frontline.extract.places import Gazetteer
from frontline.extract.text import Token, tokens
from frontline.extract.times import MONTHS, WEEKDAYS
from frontline.model import Place

# A proper-name run: capitalised words joined by spaces, hyphens or apostrophes, with the
# lower-case particles of Arabic, French and other names in between ("Deir ez-Zor",
# "Hajar al-Aswad", "al-Qa'im", "Tel Isqof").
_PART = r"(?:al|el|ad|ar|as|ash|az|an|at|ed|er|es|ez|en|bin|ibn|de|du|da|do|dos|das|di|del|della|la|le|sur|am|um)"
# particles that may stand between two capitalised words with spaces only ("Mocimboa da Praia")
_SPACED = r"(?:al|el|ash|bin|ibn|de|du|da|do|dos|di|del|della|la|le|sur)"
_WORD = r"[A-ZÄÖÜÀ-ÞĀ-Ž][\w'’ʿʾ]*"
_NAME = re.compile(
    rf"(?<![\w-])(?:{_PART}[-’']|{_SPACED}\s)?{_WORD}(?:(?:[ \-]|-{_PART}-|-[ie]-|-[ie]\s|\s{_SPACED}\s|\s{_PART}-|-{_PART}\s){_WORD}|-\d+)*"
)


_TITLES = frozenset({
    "präsident", "präsidenten", "staatschef", "staatschefs", "staatspräsident", "regierungschef", "ministerpräsident",
    "minister", "ministerin", "sprecher",
    "sprecherin", "kommandeur", "general", "armeechef", "machthaber", "machthabers", "anführer", "rebellenführer",
    "ex-rebellenführers", "milizenführer", "chef", "kanzler", "premier", "president", "minister", "commander", "leader",
    "spokesman", "spokeswoman", "chief", "governor", "mayor", "gouverneur", "gouverneurs", "bürgermeister",
    "kommandeurs", "generals", "präsidentin", "mr", "mrs", "ms", "dr", "king", "emir", "gen", "col", "colonel", "warlord",
    "übergangspräsident", "vize-verteidigungsministerin", "außenminister", "verteidigungsminister",
    # a name after a medium is the medium ("die Staatsagentur Sana", "the news agency SANA")
    "agentur", "staatsagentur", "nachrichtenagentur", "agency", "sender", "fernsehsender", "zeitung", "newspaper",
    "channel", "broadcaster", "konzern", "company", "firma", "unternehmen"})
# titles of a person (not "the agency,", "in general,"): a full name after "<title>," is that person
_PERSON_TITLES = frozenset({"governor", "mayor", "gouverneur", "bürgermeister", "commander", "kommandeur", "spokesman",
                            "spokeswoman", "sprecher", "sprecherin", "president", "präsident", "minister", "leader", "warlord"})
_BIRTHPLACE = frozenset({"geburtsstadt", "heimatstadt", "geburtsort", "heimatort", "heimatdorf", "hometown", "birthplace"})
_FOUNDERS = frozenset({"founder", "gründer", "chief", "chef", "head", "anführer", "führer", "co-founder"})
_PERSON_WORDS = _PERSON_TITLES | _FOUNDERS
_DETERMINERS = frozenset({"the", "this", "that", "die", "der", "den", "diese", "dieser", "diesen", "jene"})


@dataclass(slots=True)
class PlaceMention:
    start: int  # token indices [start, end)
    end: int
    place: Place | None  # None for an anaphor ("the city") until resolved
    text: str
    anaphor: bool = False
    region: bool = False  # a province/region, kept only to block
    owned: bool = False  # a facility of the town told before ("der Flughafen der Stadt"; the span holds both)


@dataclass(slots=True)
class SentenceMentions:
    toks: list[Token]
    actors: list[tuple[int, int, ActorMention]]  # token spans
    places: list[PlaceMention]
    place_at: dict[int, PlaceMention] = field(default_factory=dict)
    actor_at: dict[int, tuple[int, int, ActorMention]] = field(default_factory=dict)


def _tok_span(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    # tokens are in text order and do not overlap: their starts and ends both ascend
    first = bisect_right(toks, start, key=_END)  # the first token that ends after `start`
    last = bisect_left(toks, end, key=_START) - 1  # the last token that starts before `end`
    if first >= len(toks) or last < 0 or last < first:
        return None
    return toks[first].i, toks[last].i + 1


_START = attrgetter("start")
_END = attrgetter("end")


@lru_cache(maxsize=8)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """Facility words, longest first ("air base" is tried before "base")."""
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _facility_tails(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a run ends with when a facility word closes it."""
    return tuple(" " + f for f in words)


@lru_cache(maxsize=8)
def _facility_heads(words: frozenset[str]) -> tuple[str, ...]:
    """What the text after a name starts with when a facility word follows it."""
    return tuple(" " + f + w for f in words for w in (" ", ".", ","))


def find(lang: str, rules: Rules, text: str, countries: list[str], gaz: Gazetteer) -> SentenceMentions:
    toks = tokens(lang, text)
    actors = []
    for a in lexicon(lang).mentions(text):
        span = _tok_span(toks, a.start, a.end)
        if span:
            actors.append((span[0], span[1], a))
    actor_tokens = {i for s, e, _ in actors for i in range(s, e)}
    places = _places(lang, rules, text, toks, countries, gaz, actor_tokens)
    sm = SentenceMentions(toks, actors, places)
    for p in places:
        for i in range(p.start, p.end):
            sm.place_at[i] = p
    for s, e, a in actors:
        for i in range(s, e):
            sm.actor_at[i] = (s, e, a)
    return sm


def _person_apposed(toks: list[Token], e: int) -> bool:
    """A name followed by ", founder and leader of", ", the rebel commander": a person."""
    if e >= len(toks) or toks[e].lower != ",":
        return False
    k = e + 1 + (e + 1 < len(toks) and toks[e + 1].lower in ("the", "der", "die", "den", "its", "their"))
    return k < len(toks) and toks[k].lower in _PERSON_WORDS


def _born_there(lang: str, toks: list[Token], span: tuple[int, int]) -> bool:
    """A name run that is the person a town is the birthplace of: "(die) Geburtsstadt Stalins" (a
    German genitive after the noun, in the run or before it), "the hometown of Saddam Hussein" (not
    "Saddam Hussein's hometown of Tikrit")."""
    s, e = span
    if toks[s].lower in _BIRTHPLACE:
        return e - s == 2 and toks[s + 1].text.endswith("s")
    if s > 0 and toks[s - 1].lower in _BIRTHPLACE:
        return lang == "de" and toks[s].text.endswith("s")
    return s > 2 and toks[s - 1].lower == "of" and toks[s - 2].lower in _BIRTHPLACE and toks[s - 3].lower == "the"


# plain adjectives between a state's adjective and its place noun ("the Ukrainian frontline town of")
_PLACE_NOUN_ADJECTIVES = frozenset({"border", "frontline", "front-line", "strategic", "key", "industrial", "small", "northern",
                                    "southern", "eastern", "western", "central", "port", "coastal", "mountain", "desert",
                                    "provincial", "regional", "garrison", "mining", "oil"})


def _country_before(rules: Rules, toks: list[Token], s: int, gaz: Gazetteer) -> str | None:
    """The state whose adjective qualifies the place noun before a name: "the eastern Ukrainian city of Lyman",
    "die ostukrainische Stadt Lyman", "die russische Kleinstadt Sudscha" (not "the Russian-held town of")."""
    k = s if rules.lang == "de" and toks[s].lower in rules.w("place_nouns") else s - 1  # (one German run: "Stadt Lyman")
    if k >= 0 and toks[k].lower == "of":
        k -= 1
    if k < 1 or toks[k].lower not in rules.w("place_nouns"):
        return None
    k -= 1
    n = 0
    while k > 0 and n < 2 and toks[k].lower in _PLACE_NOUN_ADJECTIVES:
        k -= 1
        n += 1
    word = toks[k].text
    if "-" in word or not word[:1].isalpha():
        return None
    return gaz.country_of(word)


def _places(
    lang: str, rules: Rules, text: str, toks: list[Token], countries: list[str], gaz: Gazetteer, actor_tokens: set[int]
) -> list[PlaceMention]:
    stop = _stop(lang)
    out: list[PlaceMention] = []
    runs = [span for m in _NAME.finditer(text) if (span := _tok_span(toks, m.start(), m.end())) is not None]
    for span in runs:
        if span[0] > 0 and (toks[span[0] - 1].lower in _TITLES or toks[span[0] - 1].lower.rsplit("-", 1)[-1] in _TITLES):
            continue  # "Regierungschef Haider al-Abadi", "President Assad": a person
        if span[0] > 1 and toks[span[0] - 1].lower == "," and toks[span[0] - 2].lower in _PERSON_TITLES and span[1] - span[0] >= 2:
            continue  # "the regional governor, Yaroslav Yanushevych, wrote": a person's full name
        if _born_there(lang, toks, span):
            continue  # "Gori, die Geburtsstadt Stalins", "the hometown of Saddam Hussein": the person born there
        if span[0] > 0 and toks[span[0] - 1].lower in _RIVER:
            continue  # "die Kleinstadt am Fluss Cuito": a river, not the town of its name
        if span[0] > 1 and toks[span[0] - 1].lower in ("des", "der", "the", "of") and (
                toks[span[0] - 2].lower in _BANK or (toks[span[0] - 2].lower == "of" and span[0] > 2
                                                       and toks[span[0] - 3].lower in _BANK)):
            continue  # "vom rechten Ufer des Dnipro", "the east bank of the Dnipro": a river
        hint = _country_before(rules, toks, span[0], gaz)
        ranked = [hint] + [c for c in countries if c != hint] if hint else countries
        out.extend(_resolve_run(lang, rules, text, toks, span, ranked, gaz, actor_tokens, stop))
    out = [_official(gaz, _facility(rules, text, toks, p, countries), countries) for p in out]
    out = _quarters(rules, text, toks, runs, out, countries, gaz)
    out.extend(_cued(rules, text, toks, runs, out, countries, gaz, actor_tokens))
    out.extend(_anaphors(lang, rules, toks, out, gaz.country_of))
    out = [p for p in out if not (p.start > 0 and toks[p.start - 1].lower in _RIVER)
           and not (p.end < len(toks) and toks[p.end].lower in rules.w("reporting") and not p.anaphor
                    and gaz.capital_country(p.text))  # "Moscow said ...": the government, not the town
           and not (p.start > 0 and toks[p.start - 1].lower in rules.w("reporting") and not p.anaphor
                    and p.place is not None and gaz.capital_country(p.place.name)
                    and p.end < len(toks) and toks[p.end].lower in (",", ":")
                    and not (p.end + 1 < len(toks) and toks[p.end + 1].text[:1].isupper()
                             and toks[p.end + 1].lower not in _DETERMINERS))  # "meldete Moskau, die Stadt ...": the same
                    # (not "reported Kabul, Herat and Kandahar had fallen": a list)
           and not (p.end < len(toks) and toks[p.end].lower in ("time", "ortszeit") and not p.anaphor)]  # "08:40 Kabul time"
    out.sort(key=lambda p: p.start)
    return out


# the part of a town a name after it is: "the southern neighbourhood of Abu Salim", "im Stadtteil Chor Maksar"
QUARTER_NOUNS_EN = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter", "district"})
_QUARTER_NOUNS = QUARTER_NOUNS_EN | {"suburbs", "districts", "stadtteil", "stadtteils", "stadtteilen", "viertel", "viertels",
                                     "stadtviertel", "vorort", "vororts"}


def _quarters(rules, text: str, toks: list[Token], runs: list[tuple[int, int]], found: list[PlaceMention],
              countries: list[str], gaz) -> list[PlaceMention]:
    """A quarter's name the gazetteer knows only part of ("Abu Salim" -> Salem, "Borovo Naselje" ->
    Borovo) is the whole name as written: quarters are rarely in cities500, and the part is another town."""
    out = list(found)
    for s, e in runs:
        if rules.lang == "de" and toks[s].lower in _QUARTER_NOUNS and e - s > 1:
            s += 1  # "Vorort Borovo Naselje": one run of capitalised German words
        cue = (s > 1 and toks[s - 1].lower == "of" and toks[s - 2].lower in _QUARTER_NOUNS) or (
            rules.lang == "de" and s > 0 and toks[s - 1].lower in _QUARTER_NOUNS)
        while e > s + 1 and (gaz.stopword(toks[e - 1].text) or toks[e - 1].lower in WEEKDAYS or toks[e - 1].lower in MONTHS
                             or (rules.lang == "de" and _genitive_town(gaz, toks[e - 1].text, countries))):
            e -= 1  # ("den Vorort Irpin Kiews": the city in the genitive is no part of the quarter's name)
        town = next((p for p in out if p.start == e + 2 and p.place is not None and not p.anaphor), None) \
            if rules.lang == "en" and e + 2 < len(toks) and toks[e].lower in QUARTER_NOUNS_EN and toks[e + 1].lower == "of" \
            and s > 0 and toks[s - 1].lower == "the" else None
        name = text[toks[s].start : toks[e - 1].end]
        if town is not None and not any(s <= p.start < e for p in out) and not gaz.country_of(name):
            # "captured the Jobar district of Damascus": the quarter the gazetteer lacks, named before its noun
            out.append(PlaceMention(s, e, Place(name, town.place.country, None), name))
            continue
        if not cue or e - s < 2:
            continue
        inside = [p for p in out if s <= p.start and p.end <= e and not p.anaphor]
        abroad = len(inside) == 1 and inside[0].place is not None and countries and inside[0].place.country != countries[0] \
            and inside[0].place.name.lower() != name.lower()  # "Abu Salim" in Tripoli is not Bou Salem in Tunisia
        if not inside or (any((p.start, p.end) == (s, e) for p in inside) and not abroad) or any(
                p.place is None or p.place.feature == "facility" for p in inside):
            continue
        if gaz.country_of(name) or gaz.is_region(name):
            continue
        out = [p for p in out if p not in inside]
        out.append(PlaceMention(s, e, Place(name, countries[0] if countries else inside[0].place.country, None), name))
    return out


def _genitive_town(gaz, word: str, countries: list[str]) -> bool:
    """A German genitive of a town ("Kiews", "Damaskus'"): a town under another name than the word."""
    if not word.endswith(("s", "'", "’")):
        return False
    town = gaz.resolve(word.rstrip("'’"), countries, fuzzy=False)
    return town is not None and town.name != word


_RIVER = frozenset({"fluss", "flusses", "strom", "stroms", "river"})
_BANK = frozenset({"ufer", "ufers", "westufer", "ostufer", "nordufer", "südufer", "bank", "banks"})


def _official(gaz, p: PlaceMention, countries: list[str]) -> PlaceMention:
    """A facility by its official name where the alias file knows it ("Mitiga airport" ->
    "Mitiga International Airport")."""
    if p.place is None or p.place.feature != "facility":
        return p
    known = gaz.resolve(p.place.name, countries, fuzzy=False)
    if known is None or known.feature not in ("facility", "crossing"):
        official = airports.named(p.place.name, countries) if p.place.geonames_id is None else None
        if official is not None:
            return PlaceMention(p.start, p.end, Place(official, p.place.country, None, p.place.lat, p.place.lon,
                                                      "facility"), p.text)
        return p
    return PlaceMention(p.start, p.end, known, p.text)


def _is_country(gaz, name: str) -> bool:
    return bool(gaz.country_of(name) or (name.endswith("s") and gaz.country_of(name[:-1])))


_NEW_REFERENT = frozenset({"last", "only", "final", "letzte", "letzten", "einzige", "einzigen"})
_PREDICATIVE = frozenset({",", "is", "was", "remains", "remained", "as", "ist", "war", "bleibt", "blieb", "als", "(", "—", "–"})


def _anaphors(lang: str, rules, toks: list[Token], found: list[PlaceMention], country_of=lambda _: None) -> list[PlaceMention]:
    """'the city', 'the deserted town', 'die Stadt', 'die Provinzhauptstadt' standing for a place
    named before: a definite place noun that no name follows."""
    taken = {i for p in found for i in range(p.start, p.end)}
    anaphors = rules.w("anaphors")
    out = []
    owned_towns: set[int] = set()
    for t in toks:
        if t.lower in _PLURAL_PLACES and t.i > 0 and t.i not in taken and (toks[t.i - 1].lower in _BOTH or (
                toks[t.i - 1].lower in ("two", "zwei") and t.i > 1 and toks[t.i - 2].lower in _DETERMINERS)):
            # "die beiden Städte", "both towns": the two places named before (see PLURAL)
            out.append(PlaceMention(t.i - 1, t.i + 1, None, f"{PLURAL} {t.text}", anaphor=True))
            continue
        if t.i in taken or t.i in owned_towns:
            continue
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        if lang == "de" and t.lower == THERE and (nxt is None or nxt.lower not in (",", "wo")):
            # "Dort haben die Rebellen die Kontrolle übernommen", "rückten in Gao ein und übernahmen dort die
            # Kontrolle": the town named last (not "dort, wo ...": a place the clause after names)
            out.append(PlaceMention(t.i, t.i + 1, None, t.text, anaphor=True))
            continue
        if lang == "en" and t.i == 0 and t.lower == IT and _control_predicate(toks, 1):
            # "Palmyra lies in the Syrian desert. It was captured by Islamic State in May 2015": the town the
            # sentence before is about (pipeline)
            out.append(PlaceMention(0, 1, None, t.text, anaphor=True))
            continue
        if t.lower in _BIRTHPLACE and nxt is not None and nxt.lower in ("of", "des", "der", "von") and not (
                nxt.i + 1 < len(toks) and toks[nxt.i + 1].i in taken):
            # "die Heimatstadt des früheren Machthabers Saddam Hussein", "den Geburtsort des ...", "the hometown
            # of Muammar Gaddafi": the town the story is about, told by the person born there
            out.append(PlaceMention(t.i, t.i + 1, None, t.text, anaphor=True))
            continue
        own = _town_owned(lang, toks, t.i)
        if own is not None:
            # "den internationalen Flughafen der Stadt", "des Flughafens der Stadt", "the city's international
            # airport": the airport of the town the story is about (the mention spans the town's words too)
            owned_towns.add(own)
            out.append(PlaceMention(min(t.i, own), max(t.i, own) + 1, None, t.text, anaphor=True, owned=True))
            continue
        compound_town = lang == "de" and t.lower.endswith(("stadt", "metropole")) and t.text[:1].isupper()
        if not (t.lower in anaphors or compound_town):
            continue
        ahead = next((k for k in range(t.i + 1, min(len(toks), t.i + 5)) if toks[k].lower == "airport"), None)
        if lang == "en" and ahead is not None and _town_owned(lang, toks, ahead) == t.i:
            continue  # "the city's international airport": the airport is the place (read at "airport")
        seat = _seat_of_region(rules, toks, t.i)
        if seat is not None:
            # "die Hauptstadt des Bundesstaates Nord-Darfur", "the capital of Helmand province": a province's
            # seat named before (pipeline: the regional capital), not a new referent or the country's capital
            out.append(PlaceMention(t.i, t.i + 1, None, seat, anaphor=True))
            continue
        if nxt is not None and (nxt.i in taken or nxt.lower in ("of", "von", "des", "der") or nxt.lower in rules.w("place_nouns")
                                or nxt.lower in _COMPOUND_HEAD
                                or (nxt.text[:1].isupper() and (lang == "en" or not _inflected(lang, nxt.text)))):
            continue  # a name or a description follows: a new referent
        k = t.i - 1
        while k >= 0 and (toks[k].text[:1].islower() or (lang == "en" and _demonym(toks[k].text, country_of))) \
                and toks[k].lower not in _DETERMINERS and k > t.i - 4 and toks[k].text.isalpha():
            k -= 1  # adjectives: "the deserted town", "die umkämpfte Stadt", "the Afghan capital"
        if any(toks[j].lower in _NEW_REFERENT for j in range(k + 1, t.i)) and k > 0 and toks[k - 1].lower not in _PREDICATIVE \
                and not any(p.place is not None and p.end <= t.i for p in found):
            # "took the last major town held by the rebels": a description, unless it follows its
            # name ("X was the last town ...", "entered Kherson ... the only regional capital it had captured")
            continue
        if k >= 0 and toks[k].lower in _DETERMINERS:
            if lang == "de" and toks[k].lower in ("der", "des") and k > 0 and toks[k - 1].text[:1].isupper():
                continue  # "das Gefängnis der Stadt": the town owns the noun, it is not the object
            out.append(PlaceMention(t.i, t.i + 1, None, t.text, anaphor=True))
    return out


def _seat_of_region(rules, toks: list[Token], i: int) -> str | None:
    """The words "Hauptstadt des Bundesstaates", "capital of ... province" when token i is a capital
    that a region owns, else None."""
    if toks[i].lower not in ("hauptstadt", "capital") or i + 2 >= len(toks) or toks[i + 1].lower not in ("des", "der", "of"):
        return None
    regions = rules.w("region_before") | rules.w("region_after")
    for k in range(i + 2, min(len(toks), i + 6)):
        if toks[k].lower in regions:
            return " ".join(t.text for t in toks[i : k + 1])
        if toks[k].lower in (",", ".", ";") or (toks[k].lower == "the" and k > i + 2):
            return None
    return None


def _town_owned(lang: str, toks: list[Token], i: int) -> int | None:
    """The last token of "der Stadt" after "Flughafen" (German), or the token "city" of "the city's ...
    airport" before "airport" (English): the facility at token i belongs to the town named before."""
    if toks[i].lower not in ("flughafen", "flughafens", "airport"):
        return None
    if lang == "de" and i + 2 < len(toks) and toks[i + 1].lower == "der" and toks[i + 2].lower in ("stadt", "hauptstadt"):
        return i + 2
    k = i - 1
    while k > 0 and toks[k].lower in ("international", "main", "military", "civilian"):
        k -= 1
    if lang == "en" and k >= 2 and toks[k].lower in ("'s", "’s") and toks[k - 1].lower in ("city", "town", "capital") \
            and toks[k - 2].lower == "the":
        return k - 1
    return None


PLURAL = "both"  # the text of a plural anaphor begins with it
THERE = "dort"  # the locative adverb that stands for the town named last
IT = "it"  # the pronoun that opens a sentence about the town the sentence before named
# what a town undergoes: "It fell to ...", "It was retaken by ...", "It has been held by ... since", "It remains in
# rebel hands", "It is still under government control"
_UNDERGONE = frozenset({"captured", "taken", "retaken", "recaptured", "seized", "overrun", "liberated", "held", "controlled",
                        "besieged", "encircled", "surrounded", "lost", "occupied", "freed", "abandoned", "evacuated",
                        "reoccupied", "overran"})


def _control_predicate(toks: list[Token], k: int) -> bool:
    """Whether the words from k tell what a town underwent or who holds it (not "It was captured on video"
    alone: the frames still want a side)."""
    words = [t.lower for t in toks[k : k + 6]]
    if not words:
        return False
    if words[0] in ("fell", "falls", "has", "had") and (words[0] in ("fell", "falls") or "fallen" in words[1:3]):
        return True
    if words[0] in ("was", "is", "has", "had", "remains", "remained", "were"):
        if any(w in _UNDERGONE for w in words[1:4]):
            return True
        return ("hands" in words[1:6] and "in" in words[1:4]) or ("under" in words[1:3] and (
            "control" in words[2:6] or "siege" in words[2:4]))
    return False


_PLURAL_PLACES = frozenset({"städte", "städten", "orte", "orten", "ortschaften", "dörfer", "dörfern", "towns", "cities",
                            "villages"})
_BOTH = frozenset({"beiden", "beide", "both"})  # ("the two towns", "die zwei Städte" too; not "captured two villages")

_SETTLEMENTS = frozenset({"town", "city", "village", "hamlet", "port", "settlement", "oasis", "township"})

# "the city administration building", "the town council": the place noun modifies another noun
_COMPOUND_HEAD = frozenset({"administration", "building", "council", "hall", "centre", "center", "hospital", "authorities",
                            "government", "officials", "limits", "streets", "square", "prison", "stadium", "headquarters",
                            "police", "mayor", "governor", "residents", "dwellers", "folk"})


def _demonym(word: str, country_of) -> bool:
    """'Afghan', 'Chechen', 'Kurdish': a capitalised adjective of a people or country."""
    return bool(country_of(word)) or (word[:1].isupper() and word.endswith(("an", "ese", "ish", "en", "i")) and len(word) > 4)


_FACILITY_OF = {("of", "airport"), ("of", "airbase"), ("of", "dam"), ("at", "airport"), ("at", "airbase")}
_FACILITY_BEFORE = {"flughafen": "Airport", "militärflughafen": "Military Airport", "luftwaffenstützpunkt": "Air Base",
                    "staudamm": "Dam", "flugplatz": "Airfield", "atomkraftwerk": "Nuclear Power Plant",
                    "kernkraftwerk": "Nuclear Power Plant", "akw": "Nuclear Power Plant", "flüchtlingslager": "Camp",
                    "militärflughafens": "Military Airport", "flughafens": "Airport"}


def _facility(rules, text: str, toks: list[Token], p: PlaceMention, countries: list[str]) -> PlaceMention:
    """'Gao International Airport', 'Tabqa Dam', 'der Flughafen von Donezk': a named facility
    is a place of its own, named in English."""
    if p.place is not None and p.place.feature in ("facility", "crossing"):
        return p  # already a facility by its own name ("Luftwaffenstützpunkt Al-Anad" is Al Anad Air Base)
    after = text[toks[p.end - 1].end :].lower() if p.end <= len(toks) else ""
    if p.place is not None and countries and p.place.country not in countries and p.text.lower() != p.place.name.lower() and (
            p.start > 0 and toks[p.start - 1].lower in _FACILITY_BEFORE
            or rules.lang == "en" and after.startswith(_facility_heads(rules.w("facility_after")))):
        # "den Flughafen Riyan", "Riyan airport" in a story of Yemen: a facility of the story's country by
        # the name written, not a town abroad that one of its alternate names happens to match (Al Rayyan)
        p = PlaceMention(p.start, p.end, Place(p.text, countries[0], None), p.text)
    if p.place is not None and rules.lang == "en" and p.start > 2 and toks[p.start - 3].lower == "the" and (
            toks[p.start - 1].lower, toks[p.start - 2].lower) in _FACILITY_OF:  # "the airport of/at Timbuktu"
        name = _airport(p.place, f"{p.place.name} {toks[p.start - 2].text.title()}")
        return PlaceMention(p.start - 2, p.end, Place(name, p.place.country, None, p.place.lat, p.place.lon, "facility"), name)
    if p.place is not None and rules.lang == "de" and p.start > 0:
        k = p.start - 1
        while k > 0 and toks[k].lower in ("von", "vom", "der", "des", "stadt", "ortschaft", "nördlichen", "südlichen",
                                          "östlichen", "westlichen", "hafenstadt", "hauptstadt", "provinzhauptstadt",
                                          "grenzstadt", "libyschen", "syrischen", "irakischen") and k > p.start - 6:
            k -= 1  # "der Flughafen von Donezk", "der Flughafen der Stadt Goma"
        suffix = _FACILITY_BEFORE.get(toks[k].lower)
        if suffix:
            if k > 0 and toks[k - 1].lower.startswith("international"):
                suffix, k = "International " + suffix, k - 1
            name = _airport(p.place, f"{p.place.name} {suffix}")
            return PlaceMention(k, p.end, Place(name, p.place.country, None, p.place.lat, p.place.lon, "facility"), name)
    rest = text[toks[p.end - 1].end :].lower() if p.end <= len(toks) else ""
    possessive = rest.startswith(("'s ", "’s "))  # "Baghdad's international airport", "Baghdad's main airport"
    if possessive:
        rest = rest[2:]
        for adj in (" main", " military", " old", " new", " civilian"):
            if rest.startswith(adj + " "):
                rest = rest[len(adj):]
                break
    for fac in _longest_first(rules.w("facility_after")):
        if rest.startswith(" " + fac) and (len(rest) == len(fac) + 1 or not rest[len(fac) + 1].isalnum()):
            n = len(fac.split()) + (1 if possessive else 0)
            end = min(len(toks), p.end + n)
            name = text[toks[p.start].start : toks[p.end - 1].end] + " " + fac.title()  # "Kanombe Military Camp"
            lies_at = possessive and fac == "airport" and end + 1 < len(toks) and toks[end].lower == "at" \
                and toks[end + 1].text[:1].isupper()
            if lies_at:
                # "Bukavu's airport at Kavumu": the airport by the name of where it lies
                name, end = f"{toks[end + 1].text} Airport", end + 2
            elif possessive:
                name = text[toks[p.start].start : toks[p.end - 1].end] + " " + fac.title()
            if p.place is not None and p.place.feature not in ("facility", "crossing") and not lies_at:
                name = _airport(p.place, name)  # "Mosul airport", "Baghdad's international airport"
            place = Place(name, p.place.country if p.place else None, None,
                          p.place.lat if p.place else None, p.place.lon if p.place else None, "facility")
            return PlaceMention(p.start, end, place, name)
    return p


def _airport(town: Place, name: str) -> str:
    """A town's airport by its own name ("Mosul Airport" -> "Mosul International Airport")."""
    if not name.lower().endswith(" airport"):
        return name
    return airports.official_name(town.name, town.country, town.lat, town.lon) or name


_TAKE_VERBS = frozenset({"capture", "seize", "retake", "recapture", "overrun", "overran", "take", "took", "liberate"})
_AFTER_OBJECT = frozenset({".", ",", ";", "on", "in", "after", "last", "earlier", "late", "early", "yesterday", "from", "and",
                           "without", "within", "with", "before", "following", "amid", "during", "overnight", "—", "–"})


_BASES = ("base", "garrison", "airbase", "outpost", "airfield")


def _capture_object(lang: str, toks: list[Token], s: int, e: int, after: str, actor_tokens: set[int]) -> bool:
    """'the AA took Maungdaw on Saturday', 'eroberten Laukkai am Freitag': a short name right after a capture
    verb, followed by a time or the clause's end, is the town taken."""
    if s == 0 or e - s > 3 or any(k in actor_tokens for k in range(s, e)):
        return False
    if lang == "en":
        held = toks[s - 1].lower in _CONTROL_FORMS or (toks[s - 1].lower == "of" and s > 2 and toks[s - 2].lower == "control"
                                                       and toks[s - 3].lower == "in")  # "remain in control of Nasir"
        return (toks[s - 1].lemma in _TAKE_VERBS or held) and after in _AFTER_OBJECT
    if any(_german_word(toks[k].text) for k in range(s, e)):
        return False  # "besetzten Fallschirmjäger und Bodentruppen den Flughafen": German words, no names
    if toks[s - 1].lower in _DE_TAKE_FORMS and after in _DE_AFTER_OBJECT:
        return True
    if toks[s - 1].lower in ("der", "des", "dem", "an", "am"):
        return False  # "an Heiligabend zurückerobert": after an article or "an", no name
    if after in _DE_CLOSING_FORMS and (e + 1 >= len(toks) or toks[e + 1].lower in _DE_AFTER_OBJECT | {"haben", "hatte", "hatten"}):
        return True  # "hat die TNLA Namhsan erobert": the object right before the closing participle
    k = s - 1
    while k > 0 and k > s - 6 and (toks[k].lower in _DE_ADVERBS or k in actor_tokens or toks[k].lower in _ARTICLES):
        k -= 1  # "hält die TNLA inzwischen Namhsan": back over the subject and adverbs to the verb
    return (toks[k].lower in _DE_TAKE_FORMS or toks[k].lower in _DE_HOLD_FORMS) and after in _DE_AFTER_OBJECT


COMPASS_WORDS = ("West", "Ost", "Nord", "Süd", "Zentral", "Mittel")  # "Westslawonien": a region by its quarter


def german_noun(word: str) -> bool:
    """A capitalised German common noun (see _inflected), not a name."""
    return _inflected("de", word)


def _german_word(word: str) -> bool:
    """A German word or compound ("Zufahrtsstraßen", "Heiligabend": its tail is a German word), not a
    foreign name the gazetteer lacks ("Namhsan", "Paletwa")."""
    if any(c in word for c in "äöüßÄÖÜ") or _inflected("de", word) or word.startswith(COMPASS_WORDS):
        return True  # ("Westslawonien": a region by its quarter)
    if "-" in word:
        return any(_german_word(part) for part in word.split("-") if len(part) > 2)  # "Kodori-Tal"
    nouns = _german_nouns()
    return any(_in_lemma_table("de", tail) or tail in nouns
               for tail in (word[k:].capitalize() for k in range(0, len(word) - 2)))


_DE_TAKE_FORMS = frozenset({"eroberten", "eroberte", "nahmen", "nahm", "überrannten", "überrannte", "besetzten", "besetzte",
                            "erobert", "eingenommen", "zurückerobert"})
# verbs of holding whose object may be a town too small for the gazetteer ("the SPLA-IO controls Nasir")
_CONTROL_FORMS = frozenset({"control", "controls", "controlled"})
_DE_HOLD_FORMS = frozenset({"kontrolliert", "kontrollieren", "kontrollierte", "kontrollierten", "hält", "halten", "hielt",
                            "hielten"})
# the verb forms that close a German clause after its object ("hat die TNLA Namhsan erobert", "..., als sie Namhsan eroberten")
_DE_CLOSING_FORMS = frozenset({"erobert", "eingenommen", "zurückerobert", "besetzt", "überrannt", "eroberten", "einnahmen"})
_DE_ADVERBS = frozenset({"inzwischen", "weiterhin", "noch", "nun", "jetzt", "bereits", "schon", "auch", "nach", "wie", "vor",
                         "immer"})
_ARTICLES = frozenset({"die", "der", "den", "das"})
_DE_AFTER_OBJECT = frozenset({".", ",", ";", "ein", "am", "im", "nach", "und", "zurück", "bereits", "schon", "vollständig"})


def _cued(rules, text: str, toks: list[Token], runs: list[tuple[int, int]], found: list[PlaceMention],
          countries: list[str], gaz, actor_tokens: set[int] = frozenset()) -> list[PlaceMention]:
    """Names the gazetteer lacks, kept where a place noun announces them ("the town of X",
    "die Ortschaft X") or where they continue a list of places ("A, B and C"); `runs` are
    the token spans of the proper-name runs."""
    taken = {i for p in found for i in range(p.start, p.end)}
    cc = countries[0] if countries else None
    nouns = rules.w("place_nouns")
    facilities = _longest_first(rules.w("facility_after"))
    out: list[PlaceMention] = []
    for span in runs:
        if any(i in taken for i in range(*span)):
            continue
        s, e = span
        while s < e - 1 and s in actor_tokens:
            s += 1  # "hat die TNLA Namhsan erobert": the side before the town is no part of its name
        while s < e - 1 and (toks[s].lower in nouns or (rules.lang == "de" and toks[s].lower.endswith(("stadt", "dorf", "städte")))):
            s += 1  # "Grenzübergang Al-Qaim": the German place noun is not part of the name
        prev = toks[s - 1].lower if s > 0 else ""
        prev2 = toks[s - 2].lower if s > 1 else ""
        after = toks[e].lower if e < len(toks) else ""
        if after == "(" and e + 3 < len(toks) and toks[e + 1].text[:1].isupper() and toks[e + 2].text == ")":
            after = toks[e + 3].lower  # "capture Mardakert (Agdere) during ...": the other name in brackets
        run = text[toks[s].start : toks[e - 1].end]
        inner = next((f for f in facilities if run.lower().endswith(" " + f) and len(run) > len(f) + 2), None) \
            if rules.lang == "en" and run.lower().endswith(_facility_tails(facilities)) else None
        if inner is not None:
            base = run[: -len(inner) - 1]
            if base.lower() in _DETERMINERS or gaz.stopword(base):
                continue  # "The airport has been liberated": an airport named before, not one called "The"
            state = gaz.country_of(base)
            capital = gaz.capital(state) if state else None
            if not state or (inner == "international airport" and capital is not None and capital.name.startswith(base)):
                # ("Kuwait International Airport": a city-state's airport is named after the state)
                out.append(_official(gaz, PlaceMention(s, e, Place(run, cc if not state else state, None, feature="facility"), run),
                                     countries))
                taken.update(range(s, e))
            continue
        facility = rules.lang == "en" and text[toks[e - 1].end :].lower().startswith(_facility_heads(rules.w("facility_after"))) \
            and not (e - s == 1 and (toks[s].lower in _DETERMINERS or gaz.stopword(toks[s].text)))  # not "The airport"
        if facility:
            fac = next(f for f in facilities if text[toks[e - 1].end :].lower().startswith(" " + f))
            end = min(len(toks), e + len(fac.split()))
            fname = text[toks[s].start : toks[e - 1].end]
            if fac not in ("border crossing", "crossing"):
                fname += " " + fac.title()  # (a border crossing goes by its own name: "the Ras Jdir border crossing")
            if not gaz.country_of(text[toks[s].start : toks[e - 1].end]):
                out.append(_official(gaz, PlaceMention(s, end, Place(fname, cc, None, feature="facility"), fname), countries))
                taken.update(range(s, end))
            continue
        cue = (prev == "of" and prev2 in nouns and prev2 not in ("capital", "capitals")) or (
            rules.lang == "de" and prev == "von" and prev2 in _NOMINAL_TAKING) or (
            rules.lang == "en" and prev == "at" and prev2 in _BASES) or (  # "the government base at Sarobi"
            rules.lang == "de" and (prev in nouns or prev.endswith(("stadt", "dorf", "städte")))) or (
            rules.lang == "en" and after in ("town", "city", "village", "district") and prev not in ("the", "a")
        ) or (rules.lang == "en" and after == "," and e + 1 < len(toks) and toks[e + 1].lower in ("the", "a", "an")
              and any(t.lower in _SETTLEMENTS for t in toks[e + 2 : e + 5])  # "Zalambessa, the border town held by"
              and not (e - s == 1 and (toks[s].lower.endswith("ly") or toks[s].lower in _EN_SENTENCE_ADVERBS)))
        # (not "Unfortunately, the city of Shushi ...": an adverb opening the sentence)
        if cue and rules.lang == "de" and prev == "von" and prev2 in _NOMINAL_TAKING and e - s == 1 and _german_word(toks[s].text):
            cue = False  # "die Eroberung von Kriegsgerät": a thing, not a place
        cue = cue or (bool(countries) and _capture_object(rules.lang, toks, s, e, after, actor_tokens)
                      and not _person_apposed(toks, e))  # (not "capture Abimael Guzman, founder of ...")
        listed = prev in (",", "and", "und", "sowie") and (s - 2) in taken
        if not (cue or listed) or not toks[s].text[:1].isupper() or (e - s == 1 and toks[s].lower in _stop(rules.lang)):
            continue
        if toks[s].lower in QUANTITIES:
            continue  # "sowie Hunderte Dörfer", "und Dutzende Ortschaften": no name
        if all(gaz.stopword(toks[k].text) for k in range(s, e)):
            continue  # "on Sunday, the last town of any size in rebel hands", "die Stadt Anfang April": no town
        if listed and not cue and e - s == 1 and (_inflected(rules.lang, toks[s].text) or (
                rules.lang == "de" and toks[s].lower in _BIRTHPLACE)):
            continue  # "die Grenzstadt Laukkai, Hauptort der ...", "Sirte, Geburtsort des ...": a noun, no further name
        if text[toks[e - 1].end : toks[e - 1].end + 1] == "-":
            continue
        if toks[e - 1].text in ("'s", "’s"):
            e -= 1
        if e <= s:
            continue
        name = text[toks[s].start : toks[e - 1].end]
        if gaz.country_of(name) or toks[e - 1].lower in rules.w("region_after") or _inflected(rules.lang, name):
            continue
        if gaz.is_region(name) or (rules.lang == "de" and name.endswith("s") and
                                   (gaz.is_region(name[:-1]) or prev.endswith("hauptstadt") or gaz.subdivision(name[:-1]))):
            # "die Hauptstadt Nord-Kivus", "die zweitgrößte Stadt Bornos": a province's genitive, not a town named so
            continue
        out.append(PlaceMention(s, e, gaz.resolve(name, countries) or Place(name, cc, None), name))
        taken.update(range(s, e))
    return out


# "die Einnahme von Thoppigala", "the fall of Sarobi": the object of a taking is a place
# (not "the fall of Muammar Gaddafi", "die Befreiung von Kongo-Zaire": people and countries fall and are freed too)
_NOMINAL_TAKING = frozenset({"einnahme", "eroberung", "rückeroberung"})
_EN_SENTENCE_ADVERBS = frozenset({"however", "meanwhile", "instead", "nevertheless", "nonetheless", "still", "today",
                                   "yesterday", "now", "then", "there", "here", "indeed", "moreover", "besides", "overnight"})
_FIRST_NAMES = frozenset({"mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "omar", "hassan", "hussein",
                          "abdullah", "ibrahim", "ismail", "khalil", "mahmoud", "mustafa", "osman", "youssef", "yusuf", "abdel",
                          "abdul"})


def _resolve_run(lang, rules, text, toks, span, countries, gaz, actor_tokens, stop) -> list[PlaceMention]:
    """Longest sub-runs of a capitalised run that the gazetteer knows, left to right."""
    s0, e0 = span
    whole = text[toks[s0].start : toks[e0 - 1].end]
    if gaz.country_of(whole) or (whole.endswith("s") and gaz.country_of(whole[:-1])):
        return []
    if s0 > 0 and toks[s0 - 1].lower in rules.w("region_before"):
        return []  # "im Bezirk Gul Tepa": a district, and no pieces of its name are towns
    if s0 > 0 and toks[s0 - 1].text[:1].isupper() and gaz.is_region(text[toks[s0 - 1].start : toks[e0 - 1].end]):
        return []  # "Schatt al-Arab": the run continues a region's name
    out: list[PlaceMention] = []
    i = s0
    while i < e0:
        if toks[i].lower in _TITLES:
            break  # "Regierungschef Haider al-Abadi": the rest of the run is a person
        if e0 - i >= 3 and toks[i].lower in _FIRST_NAMES:
            break  # "Mohamed Hamdan Daglo": a person's full name, no town in it
        if i == s0 and i + 1 < e0 and toks[i].lower in stop and (i == 0 or not toks[i - 1].text[:1].isalnum()):
            i += 1  # "Only El Fasher remains ...": a sentence's capitalised first word is no part of the name
            continue
        country_end = next((j for j in range(min(e0, i + 4), i, -1)
                            if _is_country(gaz, text[toks[i].start : toks[j - 1].end])), None)
        if country_end is not None and not (country_end < e0 and gaz.resolve(
                text[toks[i].start : toks[country_end].end], countries, fuzzy=False)):
            i = country_end  # "Sri Lankas Armee": the country's name is no place
            continue
        region_end = next((j for j in range(min(e0, i + 6), i + 1, -1)
                           if gaz.is_region(text[toks[i].start : toks[j - 1].end])), None)
        if region_end is not None:
            i = region_end  # "Schatt al-Arab": no piece of a region's name is a town ("Arab")
            continue
        if toks[i].text in ("'s", "’s"):
            i += 1  # "Aleppo's Sheikh Maqsoud": the possessive ends one name and starts none
            continue
        if i > s0 and _joined_left(toks, i) and _name_head(lang, toks, i):
            i += 1  # "Salama" of "Bab al-Salama": the tail of an Arabic name is no town of its own
            continue
        found = None
        # the first actor token from i on: a sub-run [i, j) must end before it
        actor_at = next((k for k in range(i, min(e0, i + 6)) if k in actor_tokens), e0)
        for j in range(min(e0, i + 6), i, -1):
            if j > actor_at:
                continue
            first = toks[i]
            if j == i + 1 and (first.lower in stop or first.text in ("-",) or
                               (lang == "de" and _in_lemma_table(lang, first.text) and not _notable_genitive(gaz, first.text, countries))
                               or (lang == "de" and first.lower in rules.w("place_nouns"))):
                break  # a stop word, an inflected German common noun ("Teile", "Panzer") or place noun ("des Ortes")
            if toks[j - 1].end < len(text) and text[toks[j - 1].end : toks[j - 1].end + 1] == "-" and j == e0:
                continue  # "Yazidi-dominated": the first half of a compound adjective
            if j < e0 and _joined_left(toks, j) and _name_head(lang, toks, j):
                continue  # "Bab" of "Bab al-Salama": the head of a longer Arabic name the gazetteer lacks
            name = text[toks[i].start : toks[j - 1].end]
            if j < e0 + 1 and j < len(toks) and toks[j - 1].text in ("'s", "’s"):
                continue
            if toks[j - 1].text in ("-",):
                continue
            # exact names only here: a fuzzy guess on every capitalised word is slow and wrong;
            # names that a place noun announces get the fuzzy fallback in _cued
            place = gaz.resolve(name, countries, fuzzy=False)
            if place is not None and j == i + 1 and j < e0 and not gaz.notable(place) and toks[j].text[:1].isupper() \
                    and toks[j].lower not in stop and not _in_lemma_table(lang, toks[j].text) \
                    and _head(place.name) != _head(first.text) and not place.name.lower().endswith(first.text.lower()):
                place = None  # "Jonas Savimbi": a first name that only folding makes a village ("Iona")
            if place is not None and j == i + 1 and e0 - s0 >= 2 and len(first.text) <= 4 and not gaz.notable(place) \
                    and not any(_inflected(lang, toks[k].text) or toks[k].lower in stop or k in actor_tokens
                                for k in range(s0, e0) if k != i):
                place = None  # a short piece of a longer unknown name ("Gul" of "Gul Tepa")
            if place is not None and j == i + 1 and _inflected(lang, first.text) and not gaz.notable(place):
                place = None  # a German noun ("Stadtzentrum"), not the village that shares its name
            if place is not None and j - i < e0 - s0 and countries and place.country not in countries \
                    and any(not (gaz.stopword(toks[k].text) or toks[k].lower in WEEKDAYS or toks[k].lower in MONTHS)
                            for k in range(s0, e0) if not i <= k < j) \
                    and gaz.population(place) < 1_000_000 and not any(k in actor_tokens for k in range(s0, e0)) \
                    and not any(toks[k].lower in rules.w("place_nouns") or toks[k].lower in _FACILITY_BEFORE
                                or toks[k].lower in _BIRTHPLACE or _inflected(lang, toks[k].text) for k in range(s0, e0) if k != i):
                place = None  # "Mardsch" of "Mardsch Ujun" in Lebanon: a piece of a longer name, not Mary in Turkmenistan
            if place is not None:
                found = PlaceMention(i, j, place, name)
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
    return out


_JOINED = re.compile(rf"^{_PART}[-’']\w")


def _joined_left(toks: list[Token], k: int) -> bool:
    """Token k continues the name before it by an article and a hyphen: "al-Salama" (one German token),
    or "al", "-", "Salama" (English tokens), seen from "al" or from "Salama"."""
    low = toks[k].lower
    if _JOINED.match(low):
        return True
    if re.fullmatch(_PART, low) and k + 1 < len(toks) and toks[k + 1].text == "-":
        return True
    if toks[k].text == "-":
        return k > 0 and re.fullmatch(_PART, toks[k - 1].lower) is not None  # ("Bab al" ends before "-Salama")
    return k > 1 and toks[k - 1].text == "-" and re.fullmatch(_PART, toks[k - 2].lower) is not None


def _name_head(lang: str, toks: list[Token], k: int) -> bool:
    """The word before the article that joins at token k is a name ("Bab" of "Bab al-Salama"), not a German
    common noun ("Stadt al-Bab", "Luftwaffenstützpunkt al-Anad") that merely stands before a name."""
    h = k - 1
    while h > 0 and (toks[h].text == "-" or re.fullmatch(_PART, toks[h].lower)):
        h -= 1
    head = toks[h]
    return head.text[:1].isupper() and not _inflected(lang, head.text) and not _in_lemma_table(lang, head.text) \
        and head.lower not in _stop(lang)


def _notable_genitive(gaz, word: str, countries: list[str]) -> bool:
    """'Sarajevos', 'Kabuls': a big city's genitive, which the lemma table also lists."""
    if not word.endswith("s"):
        return False
    place = gaz.resolve(word, countries, fuzzy=False)
    return place is not None and gaz.notable(place)


def _head(name: str) -> str:
    """The first two letters without accents ("Žepa" -> "ze")."""
    return unicodedata.normalize("NFKD", name[:3]).encode("ascii", "ignore").decode().lower()[:2]


def prepare(lang: str) -> None:
    """Build the word lists of `lang` now (else on first use)."""
    _stop(lang)
    _lemma_table(lang)
    if lang == "de":
        _german_nouns()


@lru_cache(maxsize=None)
def _stop(lang: str) -> frozenset[str]:
    from frontline.extract.text import nlp

    return frozenset(w.lower() for w in nlp(lang).Defaults.stop_words)


@lru_cache(maxsize=None)
def _lemma_table(lang: str):
    from frontline.extract.text import nlp

    return nlp(lang).get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


@lru_cache(maxsize=65536)  # a look-up hashes the word with spaCy's hash function
def _in_lemma_table(lang: str, word: str) -> bool:
    return word in _lemma_table(lang)


@lru_cache(maxsize=65536)
def _inflected(lang: str, word: str) -> bool:
    """A German capitalised word that the lemmatizer knows as a common noun (an inflected
    form, a lemma, or a compound ending in one: "Panzer", "Stadtzentrum"). Names of places
    are not in that table."""
    if lang != "de":
        return False
    if _in_lemma_table(lang, word) or word in _german_nouns():
        return True
    nouns = _german_nouns()
    return len(word) > 8 and any(word[k:].capitalize() in nouns for k in range(3, len(word) - 5))  # a head of 6+ letters


@lru_cache(maxsize=1)
def _german_nouns() -> frozenset[str]:
    import gzip
    import json
    from importlib import resources as res

    path = res.files("spacy_lookups_data").joinpath("data", "de_lemma_lookup.json.gz")
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    return frozenset(v for v in table.values() if v[:1].isupper() and len(v) > 3)
