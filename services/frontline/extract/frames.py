"""Frames: how each trigger's roles (place, winner, loser) are read from a sentence's mentions.

Language-independent engine parameterised by the rules of data/rules_<lang>.toml. English
roles come from word order (subject left, object right, "by"/"from"/"to" phrases);
German roles from case and prepositions (nominative, dative, "an"/"von"/"aus"), since
German word order is free. No parser is available offline, so every role is read
along a path of closed-class words that the data files list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from frontline.extract.actors import ActorMention
from frontline.extract.lexicon import Rules
from frontline.extract.mentions import COMPASS_WORDS, QUARTER_NOUNS_EN, THERE, PlaceMention, SentenceMentions, german_noun
from frontline.extract.text import Token
from frontline.extract.times import MONTHS, WEEKDAYS

_ADVERB = re.compile(r"^[a-z]+ly$")
_LEFT_ADVERBS = frozenset({"still", "now", "already", "long", "also", "once", "then", "both", "all"})
_REGION_LISTS = frozenset({"provinzen", "bundesstaaten", "regionen", "gebiete", "gebieten", "gouvernements", "bezirke",
                           "provinces", "regions", "states", "governorates"})
_ALLIED_MILITIAS = frozenset({"OTHER:hezbollah", "OTHER:irgc", "NONSTATE"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
_GROUP_NOUNS = frozenset({"factions", "units", "fighters", "members", "elements", "forces", "troops", "militants",
                          "soldiers", "brigades", "contingents", "einheiten", "kämpfer", "truppen", "verbände", "teile",
                          "milizen", "miliz", "soldaten",
                          # "hundreds of FARC guerrillas overran the town": a number of a group acts as the group
                          "hundreds", "thousands", "dozens", "scores", "tens", "several", "some", "hunderte", "tausende",
                          "dutzende"})
# "the eastern half of Mosul", "Teile der Stadt": a share of a place is not the place
PARTITIVES = frozenset({"half", "halves", "side", "part", "parts", "portion", "portions", "pocket", "pockets", "section", "sections", "districts", "neighbourhoods",
                        "neighborhoods", "quarters", "areas", "outskirts", "suburbs", "bank", "edge", "edges",
                        "teile", "teil", "hälfte", "osthälfte", "westhälfte", "nordhälfte", "südhälfte", "stadtteile",
                        "randbezirke", "außenbezirke", "vororte", "ostteil", "westteil", "nordteil", "südteil",
                        "teilen", "vororten", "randbezirken", "außenbezirken", "stadtteilen"})
# compass nouns that name an area of a place ("im Süden Khartums") and parts named by a
# neighbourhood noun only with "von" ("Viertel von Aleppo"; "das Viertel Dscholan" is named)
# nouns whose genitive actor is the actor itself ("Kämpfer der Miliz") or its voice ("Sprecher der Armee")
_HEADS_OF_ACTORS = frozenset({"kämpfer", "einheiten", "truppen", "soldaten", "milizen", "rebellen", "verbände", "teile",
                              "anhänger", "sprecher", "sprecherin", "chef", "führung", "kommandeur", "angaben", "armee",
                              "streitkräfte", "mitglieder", "regierung", "allianz", "bündnis", "koalition", "teil", "großteil",
                              "mehrheit", "rest", "hunderte", "tausende", "dutzende"})
_ADJ_ENDINGS = ("-led", "-backed", "-allied", "-aligned", "-linked")
_EVENT_NOUNS = frozenset({"fall", "einnahme", "eroberung", "rückeroberung", "befreiung", "verlust", "übergabe"})
_HALF_OF = frozenset({"east", "west", "north", "south", "eastern", "western", "northern", "southern", "northeastern",
                      "northwestern", "southeastern", "southwestern"})
_COMPASS = frozenset({"süden", "norden", "osten", "westen", "südosten", "südwesten", "nordosten", "nordwesten"})
_PARTS_OF = frozenset({"viertel", "vierteln", "stadtviertel", "stadtvierteln", "bezirke", "bezirken", "stadtteile",
                       "stadtteilen", "neighbourhoods", "neighborhoods", "districts", "neighbourhood", "neighborhood",
                       "district", "quarter", "suburb", "stadtteil", "stadtviertel"})
_PARTICIPLE_EN = re.compile(r"(ed|en|wn|ld|ken|ost|ut|un|eft)$")


@dataclass(slots=True)
class Reading:
    """One candidate event before resolution to ids and dates."""

    kind: str
    place: PlaceMention
    winner: tuple[int, int, ActorMention] | None
    loser: tuple[int, int, ActorMention] | None
    trigger: int  # token index
    confidence: float
    undated: bool = False  # e.g. "Nach Tikrit, Ramadi und Falluja verlor ... auch Mosul"
    follows: bool = False  # "Am Samstag folgte Gao": the next of a series, its sides the last capture's


# what "seit" governs as a preposition of time ("seit dem Frühjahr", "seit Monaten", "seit Anfang Mai")
_SEIT_TIME = frozenset({"dem", "einem", "einer", "jahren", "monaten", "wochen", "tagen", "stunden", "anfang", "mitte", "ende",
                        "beginn", "langem", "kurzem", "gestern", "vergangenem", "vergangener", "letztem", "letzter", "diesem",
                        "dieser", "mehr", "über", "fast", "knapp", "rund", "etwa", "jahresbeginn", "kriegsbeginn"})

_COMPASS_EN = _DIRECTIONS | _HALF_OF | {"central"}  # "from northwest Syria", "southern fighters"


_MILITIA_ADJECTIVES = frozenset({"tribal", "local", "loyalist", "shi'ite", "shiite", "shia", "sunni", "christian", "druze",
                                 "allied", "pro-government", "paramilitary", "renegade", "mutinous", "mutineer", "clan",
                                 "volunteer"})
_SUPERLATIVE = re.compile(r"^(?:zweit|dritt|viert|fünft)?(?:größte|grösste|wichtigste|letzte|einzige|älteste|bedeutendste)$")
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "official", "officials",
                       "commander", "kommandeur"})
_ABOUT = frozenset({"rund", "etwa", "knapp", "gut", "ca.", "nur", "fast", "mehr", "circa", "wenige"})
# words that open a parenthesis about the actor before its comma: a relative clause, a "backed by", an apposition
_PARENTHESIS_OPENERS = frozenset({"who", "whom", "whose", "which", "together", "along", "alongside", "backed", "supported", "aided", "helped", "joined", "assisted", "accompanied",
                                  "reinforced", "the", "a", "an", "part", "member", "members", "wing", "ally", "allies", "arm",
                                  "faction", "one"})


class Reader:
    """Reads the frames of one sentence."""

    def __init__(self, rules: Rules, sm: SentenceMentions, country_of, capital_country=lambda _: None) -> None:
        self.r = rules
        self.sm = sm
        self.t: list[Token] = sm.toks
        self._low = [t.lower for t in sm.toks]  # low() is asked tens of times per token
        self._n = len(sm.toks)
        self.country_of = country_of
        self.capital_country = capital_country  # the country a national capital is the capital of
        self.de = rules.lang == "de"
        self._bounds: list[int] | None = None

    # ----- token helpers
    def low(self, i: int) -> str:
        return self._low[i] if 0 <= i < self._n else ""

    def is_boundary(self, i: int) -> bool:
        if self.low(i) == "-" and 0 < i < len(self.t) - 1 and self.t[i - 1].end < self.t[i].start < self.t[i].end < self.t[i + 1].start:
            return True  # "Rebellen nehmen Hama ein - Armee räumt Deir ez-Zor": a dash set off by spaces
        return self.low(i) in (";", ":", "—", "–", "?", "!") or (self.de and self.low(i) == "," and not self._list_comma(i))

    def _list_comma(self, i: int) -> bool:
        """A comma inside a list of places, or around an apposed place ("..., Knin, eingenommen")."""
        if (i - 1) in self.sm.place_at and (i + 1) in self.sm.place_at:
            return True
        nxt = self.sm.place_at.get(i + 1)
        if nxt is not None and self.low(nxt.end) == ",":
            return True
        prev = self.sm.place_at.get(i - 1)
        if prev is not None and self.low(prev.start - 1) == ",":
            return True
        if self.de:
            opening = next((j for j in range(i - 1, max(-1, i - 15), -1) if self.low(j) == ","), None)
            if opening is not None and (self.low(opening + 1) in _ABOUT or self.low(opening + 1)[:1].isdigit()) \
                    and self._distance_apposition(opening + 1):
                return True  # the comma that closes "…, rund 25 Kilometer westlich von Goma, …"
        return self.de and (self._np_apposition(i + 1, 1) or self._np_apposition(i - 1, -1))

    def _np_apposition(self, k: int, step: int) -> bool:
        """German: the comma opens or closes a verbless noun phrase set off by commas
        ("Sirte, die Geburtsstadt des früheren Machthabers, ...")."""
        n = 0
        if step > 0 and (self.low(k) in _ABOUT or self.low(k)[:1].isdigit()):
            return self._distance_apposition(k)  # "Sake, rund 25 Kilometer westlich von Goma, ..."
        opener = k if step > 0 else next((j + 1 for j in range(k, max(-1, k - 15), -1) if self.low(j) == ","), -1)
        longest = 14 if _SUPERLATIVE.match(self.low(opener)) else 10  # ("drittgrößte Stadt des Landes und ...")
        while 0 <= k < len(self.t) and n < longest:
            low, text = self.low(k), self.t[k].text
            if low == ",":
                return n > 0 and (self.low(k + 1 if step > 0 else k - 1) != "")
            lemma = self.t[k].lemma
            verb = lemma != low and lemma.endswith(("en", "ern", "eln")) and low.endswith("en")  # "eingenommen", "hatten"
            ok = (low in ("der", "die", "das", "des", "den", "dem", "ein", "eine", "eines", "einer", "und", "von", "in", "im",
                         "am", "an", "bei", "nahe")
                  or text[:1].isupper() or any(c.isupper() for c in text[1:3] + text.split("-")[-1][:1]) or (text.isalpha() and low.endswith(("e", "en", "er", "es", "em")) and not verb
                                            and low not in self.r.w("aux_passive") and low not in ("haben", "werden", "sie", "wir")))
            if not ok:
                return False
            if step > 0 and n == 0 and low not in ("der", "die", "das", "ein", "eine") and not (
                    _SUPERLATIVE.match(low) and self.t[k + 1].text[:1].isupper()):
                return False  # an apposition opens with an article (or "drittgrößte Stadt des Landes")
            k += step
            n += 1
        return False

    def verb_at(self, j: int) -> bool:
        """German: token j is an inflected verb (its lemma an infinitive: "eroberten", "zogen") or a trigger."""
        lemma = self.t[j].lemma
        return lemma != self.low(j) and lemma.endswith(("en", "ern", "eln")) or bool(self.r.frames_of(lemma))

    def _region_name(self, k: int) -> bool:
        """Token k names a region the text keeps apart ("Westslawonien", a name that is no town, side or
        German noun): the town "mit" joins to it shares its role."""
        text = self.t[k].text
        if not text[:1].isupper() or k in self.sm.actor_at or k in self.sm.place_at and not self.sm.place_at[k].region:
            return False
        return text.startswith(COMPASS_WORDS) or not german_noun(text)

    def _distance_apposition(self, k: int) -> bool:
        """'rund 25 Kilometer westlich von Goma' up to the closing comma: a distance, no clause."""
        direction = False
        for j in range(k, min(len(self.t), k + 13)):
            low = self.low(j)
            if low == ",":
                # ends at the town measured from, or at "gelegen"/"entfernt" (not "25 Kilometer nördlich eroberten
                # die Rebellen Kiwanja,": a clause)
                return j > k + 2 and ((j - 1) in self.sm.place_at or self.low(j - 1) in ("gelegen", "entfernt"))
            direction = direction or (low.endswith("lich") and j > k)
            if low[:1].isdigit() or low in _ABOUT or low in ("als", "kilometer", "km", "meilen", "von", "vom", "der", "des", "dem", "entfernt",
                                             "gelegen") or low.endswith("lich") or j in self.sm.place_at:
                continue
            # "rund 25 Kilometer südlich der südossetischen Hauptstadt Zchinwali gelegen": after the direction,
            # the town it is measured from may carry adjectives and a noun
            if direction and low in ("in", "im", "an", "am", "auf", "nahe", "bei"):
                continue  # "... südlich von Tripolis in den Nafusa-Bergen gelegen"
            if not (direction and (self.t[j].text[:1].isupper() or low.endswith(("en", "er", "e")) and low.isalpha()
                                   and not self.verb_at(j) and low not in self.r.w("aux_passive")
                                   and low not in ("haben", "werden", "wurden"))):
                return False
        return False

    def segment(self, i: int) -> tuple[int, int]:
        """The clause of token i between boundaries (computed once per sentence)."""
        if self._bounds is None:
            self._bounds = [k for k in range(len(self.t)) if self.is_boundary(k)]
        j = bisect_right(self._bounds, i - 1)  # first boundary >= i
        start = self._bounds[j - 1] + 1 if j > 0 else 0
        end = self._bounds[j] if j < len(self._bounds) else len(self.t)
        return start, end

    # ----- actors
    def actor_after(self, i: int, preps: frozenset[str], limit: int = 12) -> tuple[int, int, ActorMention] | None:
        """The actor governed by one of `preps`, searched right of token i."""
        s, e = self.segment(i)
        for k in range(i, min(e, i + limit)):
            if self.low(k) in preps:
                for j in range(k + 1, min(e, k + 5)):
                    if j in self.sm.actor_at:
                        return self._head_of(self.sm.actor_at[j], e)
                    if j in self.sm.place_at:
                        break
        return None

    def _head_of(self, span, e: int):
        """German: 'der vom Iran unterstützten Huthis', 'der von Kabila geführten AFDL': the actor
        inside the participle phrase qualifies the head noun after the participle."""
        if not self.de or self.low(span[0] - 1) not in ("von", "vom"):
            return span
        k = span[1]
        if k < e and self.t[k].text[:1].islower() and self.low(k).endswith(("ten", "tete", "teten", "ene", "enen")):
            for j in range(k + 1, min(e, k + 4)):
                if j in self.sm.actor_at:
                    return self.sm.actor_at[j]
        return span

    def _governed(self, s: int) -> bool:
        """True when the actor starting at token s sits in a prepositional phrase."""
        if self.de and s >= 3 and self.low(s - 1) in ("der", "dem", "denen") and self.low(s - 2) in self.r.w("preps") \
                and self.low(s - 3) == "," and self.t[s].text[:1].islower() and self.low(s).endswith("e"):
            return False  # "..., bei der ukrainische Einheiten Isjum zurückeroberten": a relative clause's subject
        k = s - 1
        while k >= 0 and k in self.sm.actor_at and not self.de:
            k = self.sm.actor_at[k][0] - 1  # "backed by army units loyal to ...": one phrase, two matches
        n = 0
        while not self.de and k >= 0 and n < 3 and (self.low(k).endswith(_ADJ_ENDINGS) or self.country_of(self.t[k].text)
                                                   or self.low(k) in ("sunni", "shiite", "shia", "tribal", "allied", "ousted",
                                                                      "former", "exiled", "deposed", "renegade", "neighboring",
                                                                      "neighbouring")):
            k -= 1  # "backed by Sunni tribal fighters": adjectives of the governed actor
            n += 1
        if not self.de and k >= 1 and self.low(k) in _COMPASS_EN and self.country_of(self.sm.actor_at[s][2].text):
            k -= 1  # "launched their offensive from northwest Syria": a country after a direction is a place
        while k >= 0 and (self.low(k) in ("the", "die", "der", "den", "dem", "des", "das", "its", "their", "ihre", "ihrer", "seine")
                          or (not self.de and self.low(k) in ("a", "an"))
                          or (self.t[k].text[:1].islower() and self.low(k).endswith(("en", "er", "e", "es")) and self.de
                              and self.low(k) not in self.r.w("preps"))):  # "gegen die aufständischen Serben"
            k -= 1
        word = self.low(k)
        if self.de and self.low(s - 1) in ("republik", "volksrepublik"):
            # "im Osten der Demokratischen Republik Kongo": the country's full name in a phrase
            j = s - 2
            while j >= 0 and self.t[j].text[:1].isupper() and self.low(j) not in ("der", "die", "des", "den", "dem"):
                j -= 1
            if self.low(j) in self.r.w("preps") or (self.low(j) in ("der", "des", "dem") and j >= 1 and (
                    self.t[j - 1].text[:1].isupper() or self.low(j - 1) in self.r.w("preps"))):
                return True
        if self.de and k >= 1 and k == s - 1 and self.t[k].text[:1].isupper() and k not in self.sm.actor_at \
                and self.low(k - 1) in self.r.w("preps") and self.country_of(self.sm.actor_at[s][2].text):
            return True  # "hatte der IS im Nachbarland Irak Ramadi erobert": a country after a preposition and a noun
        if self.de and self.low(s - 1) == "des" and k >= 0 and self.t[k].text[:1].isupper():
            return True  # "im Süden des Jemen": a genitive attribute, not the subject
        if self.de and self.low(s - 1) == "der" and k >= 1 and k == s - 2 and self.t[k].text[:1].isupper() \
                and k not in self.sm.actor_at and self.low(k) not in _HEADS_OF_ACTORS:
            return True  # "nach dem Abzug der Taliban", "der Rückzug der russischen Truppen": a genitive
        if word in ("backed", "led", "allied", "trained", "funded") and self.low(k - 1) == "-":
            return False  # "Government-backed Popular Mobilisation units took over ...": an adjective of the actor
        if word == "by" and self.low(k - 1) in ("led", "launched", "spearheaded", "headed", "commanded"):
            return False  # "insurgents led by HTS took Aleppo"
        if word in ("of", "der", "des") and self.low(k - 1) in _GROUP_NOUNS:
            # "factions of the Syrian National Army" act as that army, unless the group noun itself sits in a phrase
            # ("together with Somali troops and fighters of an allied militia")
            head = self.sm.actor_at.get(k - 1)
            return not self.de and head is not None and head[0] == k - 1 and self._governed(k - 1)
        if word == "of" and self.low(k - 1) in ("most", "many", "some", "all", "hundreds", "thousands", "dozens", "remnants",
                                               "several", "none", "rest"):
            return False  # "Most of the separatist fighters had pulled out of Grozny": they left
        if self.de and word in ("von", "vom") and self.low(k - 1) in ("verbündeten", "verbündete", "kämpfer", "kämpfern",
                                                                      "einheiten", "truppen", "milizionäre", "rebellen"):
            return False  # "Ihre Verbündeten von der TNLA brachten ...": the group's own fighters act
        if self.de:
            return word in self.r.w("preps") or word in ("hilfe", "unterstützung", "seiten")
        if word == "and" and k >= 1 and (k - 1) in self.sm.actor_at and self.sm.actor_at[k - 1][0] < s - 1 \
                and self.low(self.sm.actor_at[k - 1][0] - 1) == "with" and self.low(self.sm.actor_at[k - 1][0] - 2) in (
                    "together", "along"):
            return True  # "soldiers, together with Somali government troops and fighters of an allied militia, had entered"
        return word in ("from", "by", "against", "with", "of", "to", "on", "for", "at", "in", "into", "near",
                        "between", "among", "backed", "alongside", "toward", "towards", "than")

    def subject_left(self, i: int) -> tuple[int, int, ActorMention] | None:
        if not self.de and self.t[i].lower.endswith("ing") and self.low(i - 1) == ",":
            # "The RSF has routed army garrisons across Darfur, capturing Nyala": a participle after
            # the main clause has its subject
            first = next((self.sm.actor_at[k] for k in range(0, i) if k in self.sm.actor_at
                          and self.sm.actor_at[k][0] == k and not self._governed(k)), None)
            if first is not None:
                return self.lead(first)
        at = self._after_and(i) if not self.de else None
        if at is not None:
            # "The RSF overruns the army garrison in Nyala and takes control of the city": a second
            # verb shares the first one's subject, not the object named between them
            j = next((j for j in range(at - 2, max(-1, at - 16), -1) if self.r.frames_of(self.t[j].lemma)
                      and self.t[j].text[:1].islower() and self.low(j - 1) not in ("the", "a", "its", "their")), None)
            if j is not None:
                found = self.subject_left(j)
                if found is not None:
                    return found
        k = i
        while k > 0:
            k -= 1
            if self.low(k) in (";", ":") or (self.de and self.is_boundary(k)):
                break
            if not self.de and self.low(k) in ("who", "which") and self.low(k - 1) == "," and (k - 2) in self.sm.actor_at:
                return self.sm.actor_at[k - 2]  # "the Islamic State group, which last week captured Palmyra"
            if not self.de and self.low(k) == ",":
                # "The insurgents, who have fought the government since 2017, have held ...": skip the relative clause
                j = next((j for j in range(k - 1, max(-1, k - 24), -1) if self.low(j) == ","), None)
                if j is not None and self.low(j + 1) in _PARENTHESIS_OPENERS and (j - 1) in self.sm.actor_at and (
                        self.low(j + 1) not in ("the", "a", "an") or self.sm.actor_at[j - 1][2].specific and not any(
                            m in self.sm.actor_at and self.sm.actor_at[m][2].specific for m in range(j + 1, k))):
                    # "federal troops, backed by soldiers from Eritrea, took Mekele", "The MNDAA, part of the Three
                    # Brotherhood Alliance, captured ...", "The Arakan Army, the alliance's third member, holds ...":
                    # the parenthesis is skipped (not "Another member of the alliance, the Ta'ang National
                    # Liberation Army, captured": an apposition that names the group itself)
                    k = j
                continue
            if k in self.sm.actor_at:
                s, e, a = self.sm.actor_at[k]
                if not self.de and self.low(e) in ("'s", "’s", "'", "’"):
                    k = s  # "Croatian troops enter Knin, the rebels' self-styled capital, and hoist": a possessor
                    continue
                if not self.de and a.text.lower() in ("who", "which") and (s - 1) in self.sm.actor_at:
                    return self.sm.actor_at[s - 1]  # "from Tigrayan forces who seized it": the antecedent acts
                if not self.de:
                    j = s - 1
                    while j > 0 and self.low(j) in ("the", "former", "ousted", "deposed", "toppled", "old", "late"):
                        j -= 1
                    if self.low(j) == "of" and (j - 1) in self.sm.actor_at:
                        # "renegade soldiers of the former military junta overran ...": the head before "of" acts
                        k = self.sm.actor_at[j - 1][0] + 1
                        continue
                if not self._governed(s):
                    return self.lead(self.sm.actor_at[k])
                k = s
        return None

    def _after_and(self, i: int) -> int | None:
        """English: the token after the "and" that joins verb i to an earlier verb, with at most a time
        between ("... and in March of that year captured Huambo"); None if no "and" does."""
        if self.low(i - 1) == "and":
            return i
        a = next((a for a in range(i - 2, max(-1, i - 9), -1) if self.low(a) == "and"), None)
        if a is None or self.low(a + 1) not in ("in", "on", "last", "later", "then", "early", "late", "by") or any(
                m in self.sm.actor_at or m in self.sm.place_at or (self.t[m].text[:1].islower() and self.r.frames_of(self.t[m].lemma))
                for m in range(a + 1, i)):
            return None
        return a + 1

    def lead(self, span):
        """The first force of a coordination ("Syrian troops and Hezbollah fighters")."""
        s = span[0]
        while s > 0 and (self.country_of(self.t[s - 1].text) or self.t[s - 1].lower in ("allied", "verbündete", "verbündeten")
                         or self.t[s - 1].lower in _COMPASS_EN or self.t[s - 1].lower in _MILITIA_ADJECTIVES) \
                and (s - 1) not in self.sm.actor_at:
            s -= 1  # "and Lebanese Hezbollah fighters", "Government troops and southern fighters"
        chain = [span]
        while (s - 1) in self.sm.actor_at and self.sm.actor_at[s - 1][0] < s:
            s = self.sm.actor_at[s - 1][0]  # "army units loyal to ...": two matches of one phrase
        while self.low(s - 1) in ("and", "und", ",", "&") and ((s - 2) in self.sm.actor_at or (
                (s - 3) in self.sm.actor_at and self.t[s - 2].text.islower()) or (
                self.low(s - 2) == ")" and self.low(s - 4) == "(" and (s - 5) in self.sm.actor_at)):
            # ("Fighters of the Revolutionary United Front (RUF) and renegade soldiers": past the acronym)
            prev = self.sm.actor_at.get(s - 2) or self.sm.actor_at.get(s - 3) or self.sm.actor_at[s - 5]
            if self._governed(prev[0]):
                break
            span, s = prev, prev[0]
            chain.append(span)
        # allied militias fold into the state force they fight beside (GUIDELINES: Hezbollah
        # with the Syrian army is GOV:SY)
        if span[2].actor in _ALLIED_MILITIAS:
            state = next((c for c in reversed(chain) if c[2].actor.startswith("GOV")), None)
            if state is not None:
                return state
        return span

    def _led_by(self, span) -> bool:
        """German: the group in "von der X (ACR) angeführten Rebellen", leading the force after it."""
        after = span[1] + 3 if self.low(span[1]) == "(" and self.low(span[1] + 2) == ")" else span[1]
        return self.de and self.low(after) in ("angeführten", "geführten", "dominierten", "befehligten") and any(
            self.low(k) in ("von", "vom") for k in range(max(0, span[0] - 3), span[0]))

    def nominative(self, i: int, exclude: tuple | None = None, dative_ok: bool = False):
        """German: the first actor of the segment not in a prepositional phrase (nor dative)."""
        s, e = self.segment(i)
        if exclude is None and s >= 2 and self.low(s - 1) == "," and self.low(s) in ("die", "der", "welche") \
                and self.low(s + 1) in ("den", "das", "dem") and (s + 2) in self.sm.actor_at:
            ante = next((self.sm.actor_at[k] for k in (s - 2, s - 3, s - 4) if k in self.sm.actor_at
                         and self.sm.actor_at[k][1] >= s - 3), None)  # (also "... Syriens (SDF), die ...")
            if ante is not None:
                return ante  # "..., von den SDF kontrolliert, die den IS damals aus der Stadt vertrieben": the antecedent acts
        seen = set()
        governed_end = -1
        for k in range(s, e):
            if k in self.sm.actor_at and k not in seen:
                span = self.sm.actor_at[k]
                seen.update(range(span[0], span[1]))
                if span[0] == governed_end + 1 and self.low(span[0] - 1) == "(":
                    continue  # "an die Dschihadistenmiliz Islamischer Staat (IS)": the acronym of a governed name
                if span != exclude and self._led_by(span):
                    return span  # "Die von der Islamistengruppe HTS angeführten Rebellen": the leading group acts
                if span == exclude or self._governed(span[0]):
                    governed_end = span[1]
                    continue
                if not dative_ok and self._dative(span[0]):
                    continue
                return span
        if not dative_ok:
            # "beherrscht der IS die Stadt": "der" before a masculine name is nominative too
            loose = self.nominative(i, exclude, dative_ok=True)
            if loose is not None:
                return loose
        if s >= 2 and self.low(s - 1) == "," and self.low(s) in ("die", "der", "das", "welche"):
            for k in (s - 2, s - 3):  # "machte die serbischen Truppen verantwortlich, die die Stadt belagern"
                if k in self.sm.actor_at:
                    return self.sm.actor_at[k]
        ante = self._relative_antecedent(s) if self.de and exclude is None else None
        if ante is not None:
            # "hatte die MNDAA, die sich aus der Volksgruppe der Kokang rekrutiert, die Grenzstadt Laukkai erobert",
            # "Die Shabaab, die dem Terrornetzwerk Al-Kaida nahesteht, kontrolliert ...": the clause resumes after
            # the relative clause; the side before it acts
            return ante
        if self.de and i > s and self.low(i - 1) in (",", "und") and self.t[i].text[:1].islower() \
                and self.t[i].lemma != self.low(i) and self.t[i].lemma.endswith("n") and exclude is None:
            s = i  # "..., darunter Nyala, und belagert seit Mai El Fascher": the verb opens its own clause
        if self.de and s >= 2 and self.low(s - 1) in (",", "und") and self.t[s].text[:1].islower() \
                and self.t[s].lemma != self.low(s) and self.t[s].lemma.endswith("n") and exclude is None:
            # "Regierungstruppen nahmen Mekelle ein, zogen sich im Juni aber wieder aus der Stadt zurück":
            # a clause opening with its finite verb shares the subject of the clause before it (or, past a
            # list's "darunter Nyala", the sentence's)
            return self.nominative(s - 2) or self.sentence_subject(i)
        return None

    def _relative_antecedent(self, s: int):
        """German: the actor a relative clause hangs on, when the segment starting at s follows that
        clause ("Die Shabaab, die ... nahesteht, | kontrolliert ..."); None otherwise."""
        if s < 4 or self.low(s - 1) != ",":
            return None
        ps, _ = self.segment(s - 2)
        if ps < 2 or self.low(ps - 1) != "," or self.low(ps) not in ("die", "der", "das", "welche", "welcher") \
                or self.t[s - 2].text[:1].isupper():
            return None  # (the clause before must be a relative one, closed by its verb)
        k = ps - 2
        if self.low(k) == ")":
            k -= 1  # "Die Miliz Islamischer Staat (IS), die ..."
        if k in self.sm.actor_at:
            span = self.sm.actor_at[k]
            return None if self._governed(span[0]) else self.lead(span)
        return None

    def sentence_subject(self, i: int):
        """German: the actor opening the sentence, when the clause of token i has none of its own
        ("Die Miliz, die sich Al-Shabaab nennt, hatte die Stadt ... eingenommen")."""
        s, _ = self.segment(i)
        if s == 0:
            return None
        lead = next((k + 1 for k in range(min(7, len(self.t))) if self.low(k) in ("–", "—", "-", ":")), 0)
        first = next((self.sm.actor_at[k] for k in range(lead, lead + 3) if k in self.sm.actor_at), None)
        return first if first is not None and first[1] <= s else None  # (after a chronology's "7. August 2014 –")

    def _dative(self, s: int) -> bool:
        k = s - 1
        while k >= 0 and self.t[k].text[:1].islower() and self.low(k).endswith(("en", "er")) and self.low(k) not in ("der", "den"):
            k -= 1
        return self.low(k) in ("dem", "den") or (self.low(k) == "der" and k > 0 and self.low(k - 1) not in (",", "") and k - 1 >= 0
                                                  and not self.t[k - 1].text[:1].isupper())

    def dative_actor(self, i: int):
        s, e = self.segment(i)
        for k in range(s, e):
            if k in self.sm.actor_at:
                span = self.sm.actor_at[k]
                if self.low(span[0] - 1) in self.r.w("dative") or self._dative(span[0]):
                    return span
        return None

    def reporter_verb_before(self, i: int) -> bool:
        reporting = self.r.w("reporting")
        return any(self.t[k].lower in reporting or self.t[k].lemma in reporting for k in range(0, i))

    def _complementizer(self, k: int) -> bool:
        """English "that" after a verb of saying ("declared on Friday that Aden had been liberated"):
        it opens the reported clause, not a relative one."""
        reporting = self.r.w("reporting")
        return not self.de and self.low(k) == "that" and any(
            (self.t[j].lower in reporting or self.t[j].lemma in reporting) and self.t[j].lower != self.t[j].lemma
            and self.low(j - 1) not in ("a", "the", "its", "their") for j in range(max(0, k - 4), k))  # (not "a rebel claim that")

    def reporter(self) -> tuple[int, int, ActorMention] | None:
        """The actor that reports the sentence's claim ("the army said", "meldete die Armee")."""
        reporting = self.r.w("reporting")
        for k, tok in enumerate(self.t):
            if tok.lower == "according" and self.low(k + 1) == "to":
                # "according to a UN source", "according to the army": only the source named right after
                span = next((self.sm.actor_at[j] for j in range(k + 2, min(len(self.t), k + 5)) if j in self.sm.actor_at), None)
                if span is not None and self.low(span[1]) not in ("source", "sources", "official", "officials", "diplomats"):
                    return span
                continue
            if tok.lower in reporting or tok.lemma in reporting:
                s, e = self.segment(k)
                for j in list(range(k - 1, s - 1, -1)) + list(range(k + 1, e)):
                    if j in self.sm.actor_at and (not self._governed(self.sm.actor_at[j][0]) or self._spokesman_of(j)):
                        return self.sm.actor_at[j]
        return None

    def _spokesman_of(self, j: int) -> bool:
        """'A spokesman for the Kenyan military said': the side a spokesman speaks for reports."""
        k = self.sm.actor_at[j][0] - 1
        while k >= 0 and self.low(k) in ("the", "der", "des", "die"):
            k -= 1
        return self.low(k) in ("for", "of", "der", "des") and self.low(k - 1) in _SPEAKERS

    def clause(self, i: int) -> tuple[int, int]:
        """The clause of token i, for dating: the segment cut at subordinators too."""
        s, e = self.segment(i)
        subs = self.r.w("subordinators")
        a = i
        while a > s and not self._subordinator(a - 1, subs) and not (self.low(a - 1) == "," and self.low(a) in ("and", "und")):
            a -= 1
        b = i
        while b < e and not self._subordinator(b, subs) and not (self.low(b) == "," and self.low(b + 1) in ("and", "und")):
            b += 1
        return a, b

    def _subordinator(self, k: int, subs: frozenset[str]) -> bool:
        """A word that opens a subordinate clause; German "seit" before a time is a preposition
        ("wird seit Mai 2024 belagert"), not "since" opening a clause."""
        if self.low(k) == "seit" and (self.low(k + 1) in MONTHS or self.low(k + 1)[:1].isdigit()
                                      or self.low(k + 1) in _SEIT_TIME):
            return False
        return self.low(k) in subs

    # ----- places
    def places_right(self, i: int, extra_ok: frozenset[str] = frozenset(), limit: int = 10) -> list[PlaceMention]:
        """The place object right of token i: a path of modifiers, then a list of places.

        A list takes comma-joined members only when it closes with "and"/"und"
        ("A, B and C"); "Kostiantynivka, Donetsk" is a place and its region.
        """
        s, e = self.segment(i)
        found: list[tuple[PlaceMention, str]] = []  # (place, joiner before it)
        k = i
        block = _without(self.r.w("block"), extra_ok)
        joiner = ""
        steps = 0
        while k < e and steps <= limit + 6 * len(found):
            steps += 1
            if k in self.sm.place_at:
                p = self.sm.place_at[k]
                possessor = self.low(p.end) in ("'s", "’s")  # "Aleppo's eastern districts"
                named_after = not self.de and self.low(p.end) in self.r.w("place_nouns") and self.low(p.end + 1) == "of" \
                    and (p.end + 2) in self.sm.place_at and not (
                        self.low(p.end) in QUARTER_NOUNS_EN and p.place is not None
                        and p.place.country == getattr(self.sm.place_at[p.end + 2].place, "country", None))
                # (but "the Jobar district of Damascus": the quarter is the place)
                # ("the remote Amazon town of Mitu": the name the noun phrase ends with is the place)
                if not p.region and not self._region_follows(p) and not possessor and not self.partitive(p) and not named_after:
                    found.append((p, joiner))
                k = p.end + (1 if possessor else 0)
                joiner = ""
                continue
            tok = self.t[k]
            low = tok.lower
            if found:
                if low == "in" and self.low(k + 1) == "the" and self.low(k + 2) in _DIRECTIONS:
                    k += 3  # "Mazar-i-Sharif in the north and Jalalabad in the east"
                    continue
                if low == "in" and self.low(k + 1) == "the" and self.low(k + 2).endswith("ern") and self.low(k + 3) in (
                        "desert", "mountains", "hills", "highlands", "region", "province", "border", "coast", "delta"):
                    k += 4  # "Sabha in the southern desert and the town of Bani Walid"
                    continue
                if low in ("in", "on", "im", "am") and (self.low(k + 1) in MONTHS or self.low(k + 1) in WEEKDAYS
                                                       or self.low(k + 1).isdigit()):
                    k += 2  # "seized Buthidaung in May and Paletwa in January": each member's time
                    while k < e and (self.t[k].text.isdigit() or self.low(k) == "."):
                        k += 1  # "Jabrayil on Oct. 9 and Fuzuli on Oct 17": the day after the month
                    continue
                if low == "," and not self.de and not joiner:
                    # "still holds Sittwe, the state capital, and Kyaukphyu": skip an apposition to the list's next member
                    close = next((j for j in range(k + 2, min(e, k + 12)) if self.low(j) == ","), None)
                    if close is not None and self.low(k + 1) in ("the", "a", "an", "its", "their") and \
                            self.low(close + 1) in ("and", "as") and not any(
                                (j in self.sm.place_at and not self.sm.place_at[j].anaphor)
                                or (j in self.sm.actor_at and self.sm.actor_at[j][2].actor != "PRONOUN") for j in range(k + 1, close)):
                        k = close
                        continue
                if low == "along" and self.low(k + 1) == "with" and not self.de:
                    joiner, k = "and", k + 2  # "seized the town, along with Gao and Timbuktu, in 2012"
                    continue
                if low in (",", "and", "or", "und", "sowie", "&", "as", "well") and not joiner.endswith("and"):
                    joiner = (joiner + " " + low).strip()
                    k += 1
                    if (low in ("and", "or") or (low == "," and not self.de)) and self.low(k) in ("its", "their") \
                            and not self.de:
                        # "still holds Mopti and its twin town Sevare": a member told by its tie to the one before
                        noun = next((m for m in range(k + 1, min(k + 4, e)) if self.low(m) in self.r.w("place_nouns")
                                     and (m + 1) in self.sm.place_at), None)
                        if noun is not None and all(self.t[m].text[:1].islower() and not self.r.frames_of(self.t[m].lemma)
                                                    for m in range(k + 1, noun)):
                            k = noun + 1
                            continue
                    if (low in ("and", "or") or (low == "," and not self.de)) and self.low(k) in ("the", "a"):
                        # "Buthidaung and the Chin state town of Paletwa", "Goma in November, the river port of
                        # Kisangani in March and ...": a described member of the list
                        head = next((m for m in range(k + 1, min(k + 5, e)) if (self.low(m) in self.r.w("place_nouns")
                                     or self.low(m) in ("center", "centre")) and self.low(m + 1) == "of"), None)
                        if head is not None:
                            k = head + 2
                        elif k + 2 < len(self.t) and self.low(k + 1) not in ("the", "a") and self.t[k + 1].text[:1].islower() \
                                and (k + 2) in self.sm.place_at \
                                and not self.r.frames_of(self.t[k + 1].lemma):
                            k += 2  # "seized Kanombe military camp and the adjacent Kigali International Airport"
                    continue
                if not self.de and joiner == "," and low in ("the", "a", "an"):
                    # "seized the port, the oil refinery and Aden International Airport": a member that is no place
                    close = next((m for m in range(k + 1, min(e, k + 5)) if self.low(m) in (",", "and")), None)
                    if close is not None and any(m in self.sm.place_at for m in range(close + 1, close + 7)) and all(
                            self.t[m].text[:1].islower() and not self.r.frames_of(self.t[m].lemma) for m in range(k, close)):
                        k = close
                        continue
                if low in ("the", "a", "die", "der", "den") or low in self.r.w("place_nouns") or low == "of":
                    k += 1
                    continue
                break
            if k in self.sm.actor_at:
                k = self.sm.actor_at[k][1]
                continue
            if low in ('"', "“", "”", "'") and not found:
                k += 1
                continue
            if low == "at" and self.low(k - 1) in _BASES and not found:
                k += 1  # "overran the government base at Sarobi": the town the base is at
                continue
            if low in block or low in (";", ":", "(", ")", ".", '"', "“", "”"):
                break
            if low in _DIRECTIONS and self.low(k + 1) == "of":
                break  # "north of Aleppo" locates, it is not the object
            if low == "," and not found and self.low(k - 1) in self.r.w("place_nouns") and (k + 1) in self.sm.place_at:
                k += 1  # "had taken their first provincial capital, Zaranj in Nimroz": the noun's name follows
                continue
            if low == "," and not found:
                break
            if tok.text[:1].isalnum() or low in ("-", "'s", "’s", "'"):
                k += 1
                continue
            break
        if not found:
            # the nearest list intro first ("controls towns including Jilib and Bu'ale, as well as large parts of
            # the countryside"), each tried in turn (a set's order would differ from run to run)
            starts = sorted((j, len(words)) for words in (intro.split() for intro in self.r.w("list_intro"))
                            for j in range(i, e - len(words) + 1)
                            if [self.low(j + n) for n in range(len(words))] == words)
            for j, n in starts:
                listed = self.places_right(j + n, extra_ok, limit)
                if listed:
                    return listed
            return []
        closes_with_and = any("and" in j or "und" in j or "sowie" in j or "or" in j or "as well as" in j for _, j in found[1:])
        return [p for n, (p, j) in enumerate(found) if n == 0 or closes_with_and]

    def _after_time_prefix(self) -> int:
        """The index after a chronology's or ticker's date that opens the sentence ("March 15 -", "Aug 13, 1996:",
        "08:20 GMT -"); 0 when there is none."""
        k = 0
        while k < len(self.t) and (self.low(k) in MONTHS or self.low(k)[:1].isdigit() or self.low(k) in (
                "-", "–", "—", ":", ",", ".", "gmt", "utc", "bst", "cet", "local", "time")):
            k += 1
        return k if k < len(self.t) and (k == 0 or self.low(k - 1) in ("-", "–", "—", ":")) else 0

    def _apposition_opens(self, j: int) -> bool:
        """Whether the words from j read as a noun phrase in apposition: 'a trading hub ...', 'the capital of ...',
        "Zaire's third-largest city", 'capital of Helmand', 'home to ...'."""
        return self.low(j) in ("a", "an", "the", "its", "their", "his", "one", "home", "capital", "seat") \
            or self.low(j) in self.r.w("place_nouns") \
            or (self.t[j].text[:1].isupper() and self.low(j + 1) in ("'s", "’s")) if j < len(self.t) else False

    def places_left(self, i: int) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        k = i - 1
        aux = _left_path(self.r.w("aux"), self.r.w("place_nouns"), self.r.w("object_path"))
        crossed = False
        while k >= 0 and k > i - 22:
            if k in self.sm.place_at:
                p = self.sm.place_at[k]
                landmark = not self.de and self.low(p.start - 1) == "of" and self.low(p.start - 2) in _DIRECTIONS
                if not self._region_follows(p) and not self.partitive(p) and not landmark and (  # (not "west of Baghdad")
                        crossed or self.low(p.start - 1) not in _without(self.r.w("block"), frozenset({"as", "like"}))
                        or self._complementizer(p.start - 1)):
                    out.append(p)
                k = p.start - 1
                continue
            low = self.low(k)
            if low in (",", "—", "–"):
                crossed = True
                if out and not self.de and self.low(k + 1) == "and" and all(
                        self.low(m) in ("the", "town", "city", "of") for m in range(k + 2, out[-1].start)):
                    # "Kandahar, the country's second city, and Lashkar Gah, capital of Helmand, fall": the first
                    # member of the list before its own apposition
                    j = next((j for j in range(k - 1, max(-1, k - 10), -1) if self.low(j) == ","), None)
                    if j is not None and (j - 1) in self.sm.place_at and not self.sm.place_at[j - 1].region \
                            and self.low(j + 1) in ("the", "a", "an", "its", "capital", "home", "seat"):
                        k = j - 1
                        continue
                if not out:  # "Kandahar, the movement's birthplace in the south, fell ..."
                    j = next((j for j in range(k - 1, max(-1, k - 10), -1) if self.low(j) == ","), None)
                    if j is None and not self.de:
                        # "Sirte, Gaddafi's hometown on the coast east of Tripoli, remains ...": a longer apposition
                        j = next((j for j in range(k - 10, max(-1, k - 14), -1) if self.low(j) == "," and (j - 1) in self.sm.place_at
                                  and (self.low(j + 1) in ("the", "a", "an") or self.t[j + 1].text[:1].isupper()
                                       or self.t[j + 1].text[:1].isdigit()
                                       or self.low(j + 1).endswith(("ed", "own")))), None)
                        # (", 50 km (30 miles) west of ...,", ', declared a United Nations "safe area" in 1993,')
                    opener = self.sm.place_at.get(self._after_time_prefix())
                    if j is None and not self.de and opener is not None and not opener.region and self.low(opener.end) == "," \
                            and self._apposition_opens(opener.end + 1) and not any(
                                self.low(m) in (",", ";", ":", "—", "–") or self.low(m) in self.r.w("aux")
                                for m in range(opener.end + 1, k)):
                        # "Lashio, a trading hub of about 150,000 people on the main road to the Chinese border, had
                        # been surrounded", "March 15 - Kisangani, Zaire's third-largest city and the army's main base
                        # in the east, falls": the town that opens the sentence (after a chronology's date), before one
                        # long apposition with no verb of its own
                        j = opener.end
                    if j is None and not self.de and (k - 1) not in self.sm.place_at:
                        # "Stepanakert, where most of the region's population lives, stays in ...": a longer relative clause
                        j = next((j for j in range(k - 10, max(-1, k - 18), -1) if self.low(j) == ","
                                  and self.low(j + 1) in ("where", "which", "whose", "who")), None)
                    if j is not None and (j - 1) in self.sm.place_at:
                        k = j - 1
                        continue
                    if j is not None and (j + 1) in self.sm.place_at and not self.de:
                        p = self.sm.place_at[j + 1]
                        if p.end < k and self.low(p.end) in ("on", "in", "near", "at", "by") and not p.region:
                            return [p]  # "The first provincial capital to fall, Zaranj on the Iranian border, was taken"
                    if (k - 1) in self.sm.place_at and not self.de and all(
                            self.low(m) in aux or self.low(m) in _LEFT_ADVERBS or _ADVERB.match(self.low(m)) for m in range(k + 1, i)):
                        k -= 1  # "Jalalabad, still held by government troops, ...": the place before the participle
                        continue
            if low in ("and", "but") and not out and not self.de and all(
                    self.low(m) in aux or self.low(m) in _LEFT_ADVERBS or _ADVERB.match(self.low(m)) for m in range(k + 1, i)):
                # "Homs, 40 km further south and still held by government forces": a second apposition
                j = next((j for j in range(k - 1, max(-1, k - 10), -1) if self.low(j) == ","), None)
                if low == "and" and j is not None and (j - 1) in self.sm.place_at:
                    k, crossed = j - 1, True
                    continue
                opener = self.sm.place_at.get(self._after_time_prefix())
                if opener is not None and not opener.region and (k - 1) not in self.sm.place_at and any(
                        self.t[m].text[:1].islower() and self.r.frames_of(self.t[m].lemma) for m in range(opener.end, k)) \
                        and not any(self.low(m) in (";", ":", "while", "whereas") for m in range(opener.end, k)):
                    # "Fallujah fell to Islamic State in January 2014 and was retaken by Iraqi forces in June 2016":
                    # a second verb of the town that opens the sentence
                    return [opener]
            if not out and not self.de and low == "it" and self.low(k - 1) in ("but", "and", ","):
                # "Kuito remains in government hands, but it has been surrounded by UNITA": the town of the clause before
                before = [p for p in self.sm.places if p.end <= k - 1 and not p.region and not self.partitive(p)]
                return before[:1] if before and before[0].start <= 1 else []  # (the town that opens the sentence)
            if low in aux or _ADVERB.match(low) or (not self.de and low in _LEFT_ADVERBS) or (
                    out and low in ("and", "und", "sowie", ",", "like", "unlike")) or low.endswith("est"):
                k -= 1
                continue
            if low == "in" and self.low(k + 1) == "the" and self.low(k + 2) in _DIRECTIONS:
                k -= 1  # "Herat in the west was taken"
                continue
            if k >= 1 and self.low(k - 1) == "in" and self.t[k].text[:1].isupper() and self.country_of(self.t[k].text) \
                    and (k - 2) in self.sm.place_at:
                k -= 2  # "Mardakert in Azerbaijan is retaken": the country that locates the town
                continue
            if not out and self.t[k].text[:1].isupper() and self.country_of(self.t[k].text):
                # "Sarandsch an der Grenze zum Iran ... gefallen", "Zaranj, on the border with Iran, fell": a border
                # that locates the town
                j = k - 1 - (self.low(k - 1) in ("dem", "der", "the"))
                if self.low(j) in ("zum", "zur", "zu", "with", "to") and self.low(j - 1) in ("grenze", "border") \
                        and self.low(j - 2) in ("der", "the") and self.low(j - 3) in ("an", "on", "at", "near", "nahe"):
                    k = j - 4
                    continue
            if not out and self.t[k].text[:1].isupper() and (self.low(k + 1) in ("'s", "’s") or (
                    self.t[k + 1].text[:1].isupper() and self.low(k + 2) in ("'s", "’s"))):
                k -= 1  # "Ivory Coast's second largest city"
                continue
            if not out:
                # "El Fasher, the last major city in Darfur still held by the army": the place
                # before the apposition that the verb's phrase describes
                j = next((j for j in range(k - 1, max(-1, k - 14), -1) if self.low(j) == ","), None)
                if j is not None and (j - 1) in self.sm.place_at and not self.sm.place_at[j - 1].region \
                        and (self.low(j + 1) in ("the", "a", "an", "its", "one", "another")
                             or self.low(j + 1) in self.r.w("place_nouns")):  # "Sar-e Pul, capital of the province ..., has fallen"
                    return [self.sm.place_at[j - 1]]
            break
        return out

    def partitive(self, p: PlaceMention) -> bool:
        k = p.start - 1
        while k >= 0 and (self.low(k) in _PARTITIVE_SKIP or (self.low(k) == "of" and self.low(k - 1) in _PARTITIVE_SKIP) or
                          (self.de and self.t[k].text[:1].islower() and self.low(k).endswith(("en", "er"))) or
                          (not self.de and self.t[k].text[:1].isupper() and self.country_of(self.t[k].text))):
            k -= 1  # "portions of the Iraqi city": the demonym qualifies the anaphor
        if not self.de and self.low(k) in ("'s", "’s") and (k - 1) in self.sm.place_at:
            k = self.sm.place_at[k - 1].start - 1  # "parts of Aleppo's Sheikh Maqsoud district"
        if not self.de and p.start > 0 and self.t[p.start - 1].lower in _HALF_OF and not p.anaphor:
            return True  # "west Beirut", "eastern Aleppo": part of a city (GUIDELINES); "the eastern city" is whole
        if self.de and self.low(k) in _COMPASS and self.low(k - 1) in ("im", "in", "den", "dem", "der", "des", "vom") and (
                p.text.endswith("s") or self.low(p.start - 1) in ("von", "vom", "des", "der")):
            # "im Süden Khartums", "hat den Osten Mossuls befreit": an area of the city, not the city (not "fallen im
            # Süden Fisuli, ...")
            return True
        if self.low(k) in ("of", "von", "vom"):
            k -= 1
            if self.low(k) in _PARTS_OF:
                j = k - 1
                while j > 0 and self.t[j].text[:1].islower() and self.low(j).endswith(("ern", "ing", "ed", "ost")):
                    j -= 1
                # "mehrere Viertel von Aleppo"; not "the southern neighbourhood of Abu Salim": the quarter
                # the gazetteer lacks is itself named (mentions)
                return not (self.low(j) == "the" and self.low(k) in QUARTER_NOUNS_EN and p.place is not None
                            and p.place.geonames_id is None)
        if self.low(k - 1) in ("größten", "grössten", "überwiegenden", "most"):
            return False  # "den größten Teil der Hauptstadt": most of it is still the place
        return self.low(k) in PARTITIVES

    def _region_follows(self, p: PlaceMention) -> bool:
        before = self.r.w("region_before")
        if not self.de and self.low(p.end) in QUARTER_NOUNS_EN \
                and self.low(p.end + 1) == "of" and (town := self.sm.place_at.get(p.end + 2)) is not None \
                and not town.region and town.place is not None and town.place.feature == "city" \
                and not self._region_follows(town):
            return False  # "the Jobar district of Damascus": a town's quarter, a place (not "Nad Ali district of Helmand")
        if self.low(p.end) in self.r.w("region_after") or self.low(p.start - 1) in before:
            return True
        if self.low(p.start - 1) == "of" and self.low(p.start - 2) in before:
            return True  # "the Houthi-controlled provinces of Hajjah, Amran and Hodeida"
        # "die Provinzen Süd-Kordofan und Blauer Nil": a list of regions
        return self.de and any(self.low(k) in _REGION_LISTS for k in range(max(0, p.start - 5), p.start - 1))

    def apposed_place(self, rel: int) -> PlaceMention | None:
        """German: the town before the apposition that a relative clause at `rel` follows ("den Elefantenpass,
        den Damm zwischen der Halbinsel Jaffna und dem Festland, den sie überrannt hatten"; "Stepanakert, der
        größten Stadt der Region, die weiterhin von den Karabach-Armeniern kontrolliert wird")."""
        c = next((c for c in range(rel - 2, max(0, rel - 17), -1) if self.low(c) == ","), None)
        if c is None or self.low(c + 1) not in ("den", "die", "der", "das", "dem") or (c - 1) not in self.sm.place_at:
            return None
        p = self.sm.place_at[c - 1]
        return None if p.region or p.anaphor else p

    def places_free(self, i: int, allow: frozenset[str] = frozenset()) -> list[PlaceMention]:
        """German: every place of the segment that no blocking preposition governs; in a
        relative clause ("..., die sie am Mittwoch eingenommen hatte") its antecedent."""
        s, e = self.segment(i)
        if s >= 2 and self.low(s - 1) == "," and self.low(s) in ("die", "das", "den", "welche", "welches"):
            ante = [p for p in self.sm.places if p.end <= s - 1 and p.end >= s - 4 and not p.region
                    and not self._region_follows(p)]
            if ante and self.low(s + 1) == "beide":
                # "in der Hauptstadt Sanaa und in der Hafenstadt Hudaida, die beide von den Huthis kontrolliert werden"
                return [p for p in self.sm.places if p.end <= s - 1 and not p.region and not self._region_follows(p)][-2:]
            if ante:
                return ante[-1:]
            apposed = self.apposed_place(s)
            if apposed is not None:
                return [apposed]
            cop = next((k for k in range(s - 2, max(-1, s - 10), -1) if self.low(k) in ("sind", "ist", "bleiben", "bleibt")), None)
            if cop is not None and self.low(cop + 1) in ("die", "der", "das"):
                # "Žepa und Goražde sind die letzten Enklaven ..., die noch von der Armee gehalten werden":
                # the relative clause describes the copula's subject
                subj = [p for p in self.sm.places if p.end <= cop and not p.region]
                if subj and subj[0].start <= 1:
                    out = [subj[0]]
                    for q in subj[1:]:
                        if q.start - out[-1].end <= 1 and self.low(out[-1].end) in (",", "und", "sowie"):
                            out.append(q)
                    return out
        out = []
        for p in self.sm.places:
            if p.start < s or p.start >= e or p.region or self._region_follows(p) or self.partitive(p):
                continue
            if self.low(p.start - 1) in ("aus", "in", "von") and self.low(p.start - 2) in _SOURCES and not (
                    self.low(p.start - 3) == "eigenen" and p.end == i):  # (not "nach eigenen Angaben aus Grosny zurückgezogen")
                continue  # "Nach Angaben aus Kiew setzten sich die Kämpfer ab": where the report came from
            noun = p.start - 1 - (self.low(p.start - 1) == "von")
            if noun != i and self.low(noun) in _EVENT_NOUNS and self.t[noun].text[:1].isupper():
                continue  # "Nach dem Fall Mossuls hält der IS noch Tal Afar": the noun's town, not the verb's

            gov = self._governor(p.start)
            if gov in ("von", "vom") and "von" not in allow and not (
                    p.start >= 2 and self.low(p.start - 2) in ("hafen", "flughafen", "zentrum", "stadtzentrum", "innenstadt",
                                                                "großteil", "kontrolle")):
                continue  # "der Hafen von Hodeida", "das Zentrum von Aleppo" name the town itself
            if gov in self.r.w("block") and gov not in allow and not self._object_despite(p, gov):
                continue
            out.append(p)
        # "dort" stands for the object only where a verb has none of its own ("übernahmen dort die Kontrolle"),
        # not beside one ("haben dort erste Viertel eingenommen")
        return out if THERE in allow else [p for p in out if not (p.anaphor and p.text.lower() == THERE)]

    def _object_despite(self, p: PlaceMention, gov: str) -> bool:
        """German: a town after a blocking preposition that still names the object: "Städte wie Bria,
        Bambari und Sibut", "Westslawonien mit der Stadt Okučani", "die libysche Garnison in Fada"."""
        if gov == "wie":
            return self.low(p.start - 2) in ("städte", "städten", "orte", "ortschaften", "dörfer")
        if gov == "mit":
            return self.low(p.start - 1) in ("stadt", "städten", "hauptstadt", "ortschaft", "hafenstadt") \
                and self.low(p.start - 3) == "mit" and p.start >= 4 and self.t[p.start - 4].text[:1].isupper() \
                and (p.start - 4) not in self.sm.actor_at
        return gov in ("in", "bei") and self.low(p.start - 2) in _GARRISONS

    def governed_by(self, p: PlaceMention, prep: str, window: int = 8) -> bool:
        """True when `prep` stands before the place within a few words, no other place between."""
        k = p.start - 1
        while k >= 0 and k > p.start - 1 - window - 8:
            if self.low(k) == prep:
                return True
            if k in self.sm.place_at:  # a list: "aus Butscha, Hostomel und ..."
                k = self.sm.place_at[k].start - 1
                continue
            if self.low(k) in (";",) or k in self.sm.actor_at or (self.low(k) == "," and (k - 1) not in self.sm.place_at):
                return False
            if self.de and self.low(k) in ("in", "im", "bei", "nahe") and self.low(k) != prep \
                    and self.low(k - 1) not in ("stellungen", "positionen", "stützpunkten", "basen", "kasernen"):
                return False  # "aus ihren Häusern in Priština": the place belongs to another phrase
            k -= 1
        return False

    def _governor(self, start: int) -> str:
        k = start - 1
        nouns = self.r.w("place_nouns")
        genitive = False
        while k >= 0:
            tok = self.t[k]
            low = tok.lower
            if genitive and tok.text[:1].isupper() and low in ("zentrum", "stadtzentrum", "innenstadt", "großteil", "kern", "seite"):
                k -= 1  # "die Kontrolle über das Zentrum der Hauptstadt": the centre of a town is the town
                genitive = False
                continue
            if genitive and low == "teil" and self.low(k - 1) in ("größten", "grössten", "überwiegenden"):
                k -= 2  # "den größten Teil der Hauptstadt": most of a town is the town (GUIDELINES)
                genitive = False
                continue
            if genitive and tok.text[:1].isupper() and low not in nouns and k not in self.sm.actor_at \
                    and not low.endswith(("stadt", "städte", "hochburg")) and low not in self.r.w("preps"):
                # (not "In der Hafenstadt Poti": a preposition capitalised at the sentence's start)
                return "des"  # "am Ufer des Dnipro": a genitive attribute of another noun
            genitive = low in ("des", "der") and self.de
            if low in ("heute", "gestern", "derzeit", "weiterhin", "inzwischen", "mittlerweile"):
                return ""  # "kontrollieren bis heute Sanaa": an adverb of time, no preposition of the town
            if low == "allem" and self.low(k - 1) == "vor":
                k -= 2  # "bleibt vor allem die Küstenstadt Mullaitivu": "above all", no preposition
                continue
            if self.de and low.endswith("lich") and self.low(k + 1).startswith(("gelegen", "entfernt")):
                k -= 1  # "die rund 25 Kilometer westlich gelegene Kleinstadt Sake": a direction inside the attribute
                continue
            if self.de and low in ("kilometer", "km", "meilen") and (self.low(k - 1)[:1].isdigit() or self.low(k - 1) in (
                    "wenige", "einige", "zehn", "zwanzig", "hundert")):
                # "das nur wenige Kilometer entfernte Donezk", "die rund 25 Kilometer westlich gelegene Kleinstadt":
                # a distance inside the attribute, before its article
                k -= 2
                while k >= 0 and self.low(k) in _ABOUT:
                    k -= 1
                continue
            if self.de and low == "mit" and k >= 1 and self._region_name(k - 1):
                k -= 2  # "Westslawonien mit der Kleinstadt Okucani", "Ostslawonien mit Vukovar": the region's role
                continue
            if low in nouns or low in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "auch",
                                       "the", "a", "an", "of", "noch", "nun", "bereits", "schon", "-", "(", "‘", "„", "“", "”", '"'):
                k -= 1
                continue
            if tok.text[:1].islower() and (low.endswith(("e", "en", "er", "es", "em", "isch", "lich", "ig", "bar"))
                                           and (low not in self.r.w("block") or self.low(k - 1) in ("die", "der", "das", "den", "dem", "des", "ein", "eine"))):
                k -= 1  # an inflected adjective ("nordirakische", "nahegelegenen")
                continue
            if low.endswith(("hochburg", "stadt", "städte")) or "-" in low and low.split("-")[-1] in nouns:
                k -= 1
                continue
            if low == "vor" and self.low(k - 1) == "wie" and self.low(k - 2) == "nach":
                return ""  # "kontrollieren nach wie vor die Städte Argun und Gudermes": still, no preposition
            if low in ("und", "and") and (k - 1) in self.sm.place_at and k - 1 != start:
                first = self._governor(self.sm.place_at[k - 1].start)
                if first in ("zwischen", "between"):
                    return first  # "der Knotenpunkt zwischen Donezk und Luhansk": both towns are landmarks
            return low
        return ""


_SOURCES = frozenset({"angaben", "kreisen", "quellen", "berichten", "informationen", "sicherheitskreisen", "regierungskreisen",
                      "militärkreisen", "diplomatenkreisen", "beobachtern", "korrespondenten"})
_BASES = frozenset({"base", "garrison", "airbase", "barracks", "outpost", "airfield", "airstrip", "camp"})
_GARRISONS = frozenset({"garnison", "kaserne", "militärbasis", "basis", "stützpunkt", "militärstützpunkt", "garnisonsstadt"})
# what may stand between "parts of" and the name: "parts of the district capital Macomia", "of the city of Homs"
_PARTITIVE_SKIP = frozenset({"the", "die", "der", "des", "den", "stadt", "city", "town", "village", "capital", "district",
                             "provincial", "regional", "port", "oasis"})


@lru_cache(maxsize=64)
def _without(words: frozenset[str], some: frozenset[str]) -> frozenset[str]:
    return words - some


@lru_cache(maxsize=8)
def _left_path(aux: frozenset[str], nouns: frozenset[str], path: frozenset[str]) -> frozenset[str]:
    """The words that places_left walks over to reach a place before a trigger."""
    return (aux | {",", "which", "that", "(", ")", "who", "a", "an", "the", "'s", "’s", "—", "–"}
            | nouns | (path - {"and", "of", "control", "over"}))
