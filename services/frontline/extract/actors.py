"""Actor mentions: lexicon aliases, "<demonym> <force noun>" phrases, and per-article resolution.

The lexicon is data (data/actors/actors.tsv, forces.tsv). Placeholders are resolved
against the article: ``GOV:*`` to the state forces of the place's country (else the
article's main country), ``NONSTATE`` to the article's dominant armed group,
``PRONOUN`` to the last actor mentioned before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

from frontline.extract.literals import Alternation, Prefixed
from frontline.extract.times import MONTHS, WEEKDAYS

GOV_ANY = "GOV:*"
NONSTATE = "NONSTATE"
PRONOUN = "PRONOUN"
UNKNOWN = "UNKNOWN"
KURDISH = "KURDISH"
REBELS = "REBELS"
FEDERAL = "FEDERAL"  # "federal troops": the state's, but Yugoslavia's in Croatia, Slovenia and Bosnia in 1991-92
# "the alliance", "alliance forces", "das Rebellenbündnis": the group named with that word before
# (else the article's dominant armed group); "the coalition": only a coalition named before
ALLIANCE = "ALLIANCE"
COALITION = "COALITION"
_HEADS = {ALLIANCE: ("alliance", "allianz", "bündnis", "front"), COALITION: ("coalition",)}
# "the Islamists", "die Dschihadisten": the article's Islamist group, never a secular one named beside it
# (the MNLA beside Ansar Dine in Mali 2012-13)
ISLAMIST = "ISLAMIST"
_SHABAAB_LANDS = ("SO", "KE", "ET", "UG", "DJ")  # elsewhere (Mozambique) "al-Shabaab" is a local name of IS
_ISLAMIST_GROUPS = frozenset({"IS", "HTS", "AQAP", "AL_SHABAAB", "BOKO_HARAM", "ISWAP", "JNIM", "TALIBAN", "OTHER:ansar-dine",
                              "OTHER:mujao", "OTHER:aqim", "OTHER:icu", "OTHER:al-qaeda", "OTHER:hamas", "OTHER:pij",
                              "OTHER:hezbollah", "OTHER:mujahideen", "OTHER:adf"})
_PLACEHOLDERS = {GOV_ANY, NONSTATE, PRONOUN, KURDISH, REBELS, FEDERAL, ALLIANCE, COALITION, ISLAMIST}
# groups that news does not call "rebels"; and the rebels a country's news usually means
_CABO_DELGADO = "OTHER:ansar-al-sunna"
_NOT_REBELS = {"IS", "AQAP", "AL_SHABAAB", "BOKO_HARAM", "ISWAP", "JNIM", "WAGNER", "OTHER:al-qaeda", "OTHER:hamas"}
_HEAD_OF_STATE = re.compile(r"\b(?:president|prime minister|premier|king|emir|sultan)\b")
_FORMER = re.compile(r"\b(?:former|ousted|exiled)\b")
_STATE_BODY = re.compile(r"(?i)(?:government|regime|administration|army|military|ministry|police)$")
# capitalised words before "'s forces" that are no leader: the state's forces, whoever rules
_NOT_LEADERS = frozenset({"President", "Government", "Army", "Moscow", "Kremlin", "Washington", "Beijing", "Tehran",
                          "Damascus", "Kyiv", "Kiev", "Baghdad", "Kabul", "Khartoum", "Tripoli", "Sanaa", "Pentagon", "NATO",
                          "Nato", "Assad", "Putin", "Regime", "Junta", "Country", "Nation", "State"})
_NOT_MILITANTS = {"PESHMERGA", "AU_MISSION", "OTHER:ecomog"}
_USUAL_SEPARATISTS = {"YE": "STC", "ML": "MNLA", "RU": "OTHER:chechen-rebels", "GE": "OTHER:abkhaz-separatists",
                      "MD": "OTHER:transnistria", "AZ": "OTHER:artsakh", "HR": "OTHER:krajina-serbs",
                      "BA": "OTHER:bosnian-serbs", "LK": "OTHER:ltte"}  # (GUIDELINES: RU_SEPARATISTS are those of Ukraine)


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int  # offsets in the sentence
    end: int
    actor: str  # an actor id or a placeholder
    text: str

    @property
    def specific(self) -> bool:
        return self.actor not in _PLACEHOLDERS


def _data(name: str) -> str:
    return resources.files("frontline.extract").joinpath("data", "actors", name).read_text("utf-8")


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


_KURDISH = {
    "en": r"kurdish (?:forces|fighters|troops|militias?|units)|kurds",
    "de": r"kurdische(?:n)? (?:truppen|kämpfer(?:n)?|einheiten|kräfte(?:n)?|verbände(?:n)?|milizen)|kurden",
}


class ActorLexicon:
    """Finds actor mentions in a sentence of one language."""

    def __init__(self, lang: str, country_of: Callable[[str], str | None],
                 country_named: Callable[[str], str | None] = lambda _: None,
                 capital_country: Callable[[str], str | None] = lambda _: None) -> None:
        self.lang = lang
        self._capital_country = capital_country
        self._country_of = country_of
        self._country_named = country_named
        entries: list[tuple[str, str]] = []
        for row in _rows(_data("actors.tsv")):
            pattern, actor, langs = row[0], row[1], (row[2] if len(row) > 2 else "*")
            if langs in ("*", lang):
                entries.append((pattern, actor))
        entries.append((_KURDISH.get(lang, _KURDISH["en"]), KURDISH))
        self._actors = [a for _, a in entries]
        from frontline.extract.text import nlp

        self._stop = frozenset(w.lower() for w in nlp(lang).Defaults.stop_words)
        # VOA spells acronyms with hyphens ("N-P-F-L", "U-N-I-T-A"): each \bxyz\b alias also matches x-y-z
        entries = [(re.sub(r"\\b([a-z]{3,6})\\b", lambda m: r"\b(?:" + m.group(1) + "|" + "-".join(m.group(1)) + r")\b", p), a)
                   for p, a in entries]
        # one boundary check around one alternation: much faster than a lookbehind per alias;
        # tried only where an alias can start, with the aliases that can start there
        self._lexicon = Alternation(
            "(?<![\\w-])", [(f"a{i}", p) for i, (p, _) in enumerate(entries)], "(?![\\w])", re.IGNORECASE
        )
        self._regex = self._lexicon.regex
        forces = next(r[1] for r in _rows(_data("forces.tsv")) if r[0] == lang)
        self._demonym = Prefixed(re.compile(
            rf"(?<![\w-])((?:pro-)?[A-ZÄÖÜ][\w]+(?:-[A-Za-zäöü]\w+)?)[\s-]+(?:(?:and|und|,)\s+(?:its|ihre|seine)\s+)?(?:{forces})(?![\w])",
            re.IGNORECASE,
        ))

        # "Russia's army", "Ukraine's defence ministry"
        self._possessive = Prefixed(re.compile(
            rf"(?<![\w-])((?:[A-Z][\w]+\s+){{0,2}}[A-Z][\w]+)['’]s\s+(?i:(?:defen[cs]e|war)\s+ministry|(?:{forces})|"
            rf"capture|seizure|recapture|takeover)(?![\w])"
        ))

    def mentions(self, sentence: str) -> list[ActorMention]:
        return list(self._mentions(sentence))

    def _patron(self, whole: str, patron: str) -> str | None:
        """'rebels loyal to Charles Taylor' -> that leader's group; '... to the government' -> GOV."""
        for text in (whole, patron):
            known = [a for a in self._mentions_lexicon(text) if a.actor not in _PLACEHOLDERS]
            if known:
                return known[0].actor
        words = re.findall(r"[\w'’-]+", patron)
        lowered = {w.lower() for w in words}
        if lowered & {"former", "ousted", "deposed", "late", "ehemaligen", "früheren", "gestürzten"}:
            # (an "exiled president" may still lead the recognised government: Hadi's forces are Yemen's)
            names = [w for w in words if w[:1].isupper()]
            return "OTHER:" + _slug(" ".join(names) or patron) + "-loyalists"  # loyal to a former president
        if lowered & {"government", "regime", "president", "army", "regierung", "leader", "ruler", "strongman", "machthaber",
                      "staatschef", "präsidenten", "regierungschef", "king", "könig"}:
            # ("forces loyal to the Libyan leader": a country's ruler commands its state forces)
            cc = next((self._country_of(w.rstrip("'’s").rstrip("'’")) for w in words if self._country_of(w.rstrip("'’s").rstrip("'’"))), None)
            return f"GOV:{cc}" if cc else GOV_ANY
        names = [w for w in words if w[:1].isupper()]
        return "OTHER:" + _slug(" ".join(names)) if names else None

    def _group(self, name: str) -> str:
        """The armed group a name or acronym stands for: its lexicon entry, else an OTHER: id of its own."""
        known = [a for a in (*self._mentions_lexicon(name), *self._mentions_lexicon(f"forces loyal to {name}"))
                 if a.actor not in _PLACEHOLDERS]  # (a leader the lexicon knows by his forces: "Haftars Einheiten")
        return known[0].actor if known else "OTHER:" + _slug(name)

    def _mentions_lexicon(self, text: str) -> list[ActorMention]:
        return [ActorMention(m.start(), m.end(), self._actors[int(m.lastgroup[1:])], m.group(0))
                for m in self._lexicon.finditer(text) if m.lastgroup]

    @lru_cache(maxsize=4096)
    def _mentions(self, sentence: str) -> tuple[ActorMention, ...]:
        found: list[ActorMention] = []
        for m in self._lexicon.finditer(sentence):
            if m.lastgroup is None:
                continue
            actor = self._actors[int(m.lastgroup[1:])]
            if actor == "IS" and self.lang == "de" and m.group(0) == "is":
                continue
            found.append(ActorMention(m.start(), m.end(), actor, m.group(0)))
        if self.lang == "de":
            for m in _DE_COMPOUND.finditer(sentence):
                prefix = m.group(1)
                known = [a for a in self._mentions_lexicon(prefix) if a.actor not in _PLACEHOLDERS]
                cc = self._country_of(prefix) if not known else None
                actor = known[0].actor if known else (f"GOV:{cc}" if cc else None)
                if actor is None and prefix[:1].isupper() and prefix.lower() not in self._stop:
                    actor = "OTHER:" + _slug(prefix)  # "Ouattara-Truppen", "Tigray-Kräfte": that leader's or people's force
                if actor:
                    found.append(ActorMention(m.start(), m.end(), actor, m.group(0)))
            # "Aidids Truppen", "die Truppen Mladićs": a leader's force (a state's genitive is _DE_GENITIVE's)
            for m in (*_DE_LEADER_FORCES.finditer(sentence), *_DE_FORCES_OF_LEADER.finditer(sentence)):
                name = m.group(1)
                if not (self._country_named(name) or self._country_named(name + "s") or name.lower() in self._stop):
                    found.append(ActorMention(m.start(), m.end(), self._group(name), m.group(0)))
        for m in _LEADER_OF.finditer(sentence):
            # "Kämpfer des Milizenführers Ismail Khan", "fighters of warlord Abdul Rashid Dostum": his force
            if not self._country_named(m.group(1)):
                found.append(ActorMention(m.start(), m.end(), self._group(m.group(1)), m.group(0)))
        for m in _DE_LED.finditer(sentence):
            # "die von der Islamistenmiliz HTS angeführten Rebellen": the leader acts
            lead = [a for a in self._mentions_lexicon(m.group(1)) if a.actor not in _PLACEHOLDERS]
            if lead:
                found.append(ActorMention(m.start(), m.end(), lead[-1].actor, m.group(0)))
        for m in _ACRONYM_FORCE.finditer(sentence):
            # "UPC fighters took Mongbwalu", "SPLA troops": an armed group's acronym before a force noun
            if m.group(1) not in _NOT_ARMED and not self._country_of(m.group(1)):
                found.append(ActorMention(m.start(), m.end(), self._group(m.group(1)), m.group(0)))
        for m in _NAMED_GROUP.finditer(sentence):
            # "die Rebellengruppe MODEL", "the rebel group RUF": an acronym names the group
            if not self._country_of(m.group(1)):
                found.append(ActorMention(m.start(), m.end(), self._group(m.group(1)), m.group(0)))
        for m in _LOYAL.finditer(sentence):
            # the patron may run past the capitalised words ("led by Hayat Tahrir al-Sham")
            ahead = [a for a in self._mentions_lexicon(sentence[m.start(1) : m.start(1) + 60])
                     if a.start == 0 and a.actor not in _PLACEHOLDERS]
            if not ahead and self._country_named(m.group(1).strip()):
                continue  # "ECOMOG troops led by Nigeria": the coalition, not the lead nation
            actor = ahead[0].actor if ahead else self._patron(m.group(0), m.group(1))
            if actor:
                found.append(ActorMention(m.start(), m.end(), actor, m.group(0)))
        for m in _ORGANISATION.finditer(sentence):
            # an armed group the lexicon lacks: "the Sudan Liberation Movement", "the X Brigades"
            words = m.group(0).split()
            start = m.start()
            while len(words) > 1 and (words[0].lower() in self._stop or words[0].lower() in MONTHS or words[0].lower() in WEEKDAYS
                                      or (words[0].lower() in _FORCE_LEADS and words[1].lower() in ("of", "der", "des"))):
                # "In August the Myanmar National ...", "Rebels of the Revolutionary United Front": the group's own name
                start += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2:
                continue
            acro = re.match(r"(?:\s+[A-ZÄÖÜ][\w-]+)?\s*\(([A-Z][A-Z0-9-]{1,9})\)", sentence[m.end() : m.end() + 30])
            known = [a for a in self._mentions_lexicon(acro.group(1)) if a.actor not in _PLACEHOLDERS] if acro else []
            # "die Nationaldemokratische Allianz Myanmars (MNDAA)": the acronym names a known group
            actor = known[0].actor if known else "OTHER:" + _slug(" ".join(words))
            found.append(ActorMention(start, m.end(), actor, " ".join(words)))
        for m in _ACRONYM_GROUP.finditer(sentence):
            # "Kämpfer der Zapatistischen Armee der Nationalen Befreiung (EZLN)": a group the lexicon lacks,
            # introduced by its name and acronym as wire copy does (not a state, a place or a known body)
            words, start = m.group(1).split(), m.start(1)
            while words and (words[0].lower() in self._stop or words[0].lower() in _CONNECTORS
                             or self._mentions_lexicon(words[0]) or words[0].lower() in QUANTITIES):
                start = sentence.index(words[0], start) + len(words[0])  # "Hunderte Kämpfer der ...": the name after them
                words = words[1:]
            acro = m.group(2)
            at = sentence.index(words[0], start) if words else start
            fighters_of = _FIGHTERS_OF.search(sentence[max(0, at - 40) : at]) is not None and not _STATE_BODY_NAME.search(" ".join(words))
            # ("die Rebellen des Vereinigten Somalischen Kongresses (USC)": fighters of it make it an armed group)
            if not words or self._mentions_lexicon(acro) or self._country_named(words[0]) or self._country_of(words[0]) \
                    or _NOT_ARMED_BODY.search(" ".join(words)) \
                    or not (_ARMED_NAME.search(" ".join(words)) or fighters_of) \
                    or any(a.actor not in _PLACEHOLDERS for a in self._mentions_lexicon(" ".join(words))):
                continue  # (not "The Syrian Army (SAA)", "Angolanische Streitkräfte (FAA)", "Arakan Army (AA)": a state's, or known)
            start = sentence.index(words[0], start)
            found.append(ActorMention(start, m.end(), "OTHER:" + acro.lower(), sentence[start : m.end()]))
        for m in _CAPITALISED.finditer(sentence):
            cc = self._country_named(m.group(0))
            if not cc:
                continue  # most capitalised words name no state
            if re.match(r"\s+[A-Z]", sentence[m.end() : m.end() + 2]):
                continue  # "Kuwait City", "Guinea-Bissau": part of a longer name
            before = sentence[max(0, m.start() - 30) : m.start()]
            if re.search(r"[A-ZÄÖÜ][\w'’-]*,\s*$", before):
                continue  # "Mosul, Iraq": the country locates a place
            if re.search(r"\b(?:Port|Puerto|Porto)\s+$", before):
                continue  # "Port Sudan": a town
            if _BORDER_WITH.search(before):
                continue  # "an der Grenze zum Iran", "on the border with Iran": the country locates a place
            # a state named as an actor: "Russia captured ...", "Die Türkei hat ..."
            found.append(ActorMention(m.start(), m.end(), f"GOV:{cc}", m.group(0)))
        for m in _CAPITAL_GOVERNS.finditer(sentence):
            cc = self._capital_country(m.group(1))
            if cc:  # "Moscow ordered its forces out", "since Moscow first sent troops": the government
                found.append(ActorMention(m.start(1), m.end(1), f"GOV:{cc}", m.group(1)))
        for m in _DE_GENITIVE.finditer(sentence) if self.lang == "de" else ():
            cc = self._country_named(m.group(1))
            if cc:  # "Russlands Verteidigungsminister", "Israels Armee"
                found.append(ActorMention(m.start(), m.end(), f"GOV:{cc}", m.group(0)))
        for m in self._possessive.finditer(sentence):
            # "South Sudan's army": the longest country name that ends the run of capitalised words
            words = m.group(1).split()
            cc = next((self._country_of(" ".join(words[k:])) for k in range(len(words)) if self._country_of(" ".join(words[k:]))), None)
            if cc is None and len(words) == 1 and self._capital_country(words[0]) and _CAPITAL_ACTS.search(m.group(0)):
                cc = self._capital_country(words[0])  # "Moscow's capture of Avdiivka", "Kyiv's forces": the state's
            if cc:
                found.append(ActorMention(m.start(), m.end(), f"GOV:{cc}", m.group(0)))
            elif self.lang == "en" and words[-1] not in _NOT_LEADERS and len(words) == 1:
                # "Kabila's forces", "Taylor's fighters": a leader's own armed group (or his known one);
                # "President Laurent Gbagbo's forces" are the state's
                before = sentence[max(0, m.start() - 40) : m.start()].lower()
                titled = _HEAD_OF_STATE.search(before) and not _FORMER.search(before)
                state = titled or _STATE_BODY.search(m.group(0))
                known = [a for a in self._mentions_lexicon(m.group(1)) if a.actor not in _PLACEHOLDERS]
                actor = known[0].actor if known else (GOV_ANY if state else "OTHER:" + _slug(m.group(1)))
                found.append(ActorMention(m.start(), m.end(), actor, m.group(0)))
        bare = _BARE_PEOPLE.finditer(sentence) if self.lang == "en" else ()
        for m in (*_PEOPLE.finditer(sentence), *bare):
            # "Days later the Armenians took Lachin", "die Serben hatten Bosanski Brod erobert", "where Serbs
            # still hold Vukovar": a people as a side
            cc = self._country_of(m.group(1))
            if cc and not self._country_named(m.group(1)):
                found.append(ActorMention(m.start(1), m.end(), f"GOV:{cc}", m.group(1)))
        for m in self._demonym.finditer(sentence):
            word = m.group(1)
            if not word[0].isupper() and self.lang != "de":
                continue
            cc = self._country_of(word.split("-")[-1]) if not word.lower().startswith("pro-") else None
            start = m.start()
            window = max(0, start - 20)
            before = re.search(r"([A-ZÄÖÜ][\w]+)\s+$", sentence[window:start])
            if cc and before and self._country_of(f"{before.group(1)} {word}"):
                # "South Sudanese government troops", "Central African soldiers": a two-word state's adjective
                cc = self._country_of(f"{before.group(1)} {word}")
                start = window + before.start(1)
            if cc:
                found.append(ActorMention(start, m.end(), f"GOV:{cc}", sentence[start : m.end()]))
        for m in _FROM_STATE.finditer(sentence):
            # "troops from neighbouring Eritrea", "Soldaten aus Ruanda": that state's forces (not "withdrew troops
            # from Georgia": the country they leave)
            cc = self._country_of(m.group(1))
            if cc and self._country_named(m.group(1)) and not _LEAVING_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
                found.append(ActorMention(m.start(), m.end(), f"GOV:{cc}", m.group(0)))
        for m in _PAIRED_DEMONYM.finditer(sentence):
            # "Russian and South Ossetian forces drove them out": the first state's forces lead the pair
            cc = self._country_of(m.group(1))
            between = m.group(0).split()[2:-1]
            if cc and not self._country_named(m.group(1)) and not any(self._country_of(w) for w in between):
                # (not "French and Malian troops": the second state's own forces are read as before)
                found.append(ActorMention(m.start(1), m.end(), f"GOV:{cc}", m.group(0)))
        kin_states = {state for state, _ in _kin()}
        if "-treu" in sentence:
            for m in _LOYAL_TO_LEADER.finditer(sentence):
                # "Ranariddh-treue Truppen": the forces of the leader the compound names (a sitting president's
                # are the state's: pipeline); the lexicon's own ("regierungstreue", "Gaddafi-treue") win
                name = m.group(1)
                if not any(a.start <= m.start() < a.end for a in found) and not self._country_of(name) \
                        and name.lower() not in _NOT_LEADERS:
                    found.append(ActorMention(m.start(), m.end(), f"OTHER:{_slug(name)}", m.group(0)))
        for m in _KIN_FIGHTERS.finditer(sentence):
            # "armenische Kämpfer" in Azerbaijan, "Albanian rebels" in Kosovo: a kin community's fighters (the
            # kin table resolves them by the host country and year; elsewhere they stay the state's)
            cc = self._country_of(m.group(1))
            if cc in kin_states:
                found.append(ActorMention(m.start(), m.end(), f"GOV:{cc}", m.group(0)))
        # also the lexicon inside a demonym span's tail is shadowed: keep longest, leftmost
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        out: list[ActorMention] = []
        for a in found:
            if out and a.start < out[-1].end:
                if (a.end - a.start) > (out[-1].end - out[-1].start) and a.start == out[-1].start:
                    out[-1] = a
                elif a.end > out[-1].end and out[-1].specific and not a.specific:
                    # "Syrian government" + "government forces": one mention, the specific reading
                    prev = out[-1]
                    out[-1] = ActorMention(prev.start, a.end, prev.actor, sentence[prev.start : a.end])
                continue
            if out and a.specific and not a.actor.startswith("GOV") and not self._country_named(a.text) and \
                    _LED_BY.fullmatch(sentence[out[-1].end : a.start]):
                # "Syrian rebels led by Hayat Tahrir al-Sham": the leading group acts
                prev = out[-1]
                out[-1] = ActorMention(prev.start, a.end, a.actor, sentence[prev.start : a.end])
                continue
            between = sentence[out[-1].end : a.start] if out else ""
            kin = bool(out) and out[-1].actor.startswith("OTHER:") and out[-1].text.lower().endswith(_KIN_HEADS)
            inside = between.rstrip().lower().endswith((" von", " vom")) and re.match(r"\s+[a-zäöü]\w*(?:ten|te|ene|enen)\b",
                                                                                     sentence[a.end : a.end + 30])
            # ("Kämpfer der von Ruanda unterstützten M23-Miliz": the state inside the participle phrase is not the fighters')
            if out and (out[-1].actor in (NONSTATE, ISLAMIST, GOV_ANY, REBELS) or kin) and a.specific and _OF_GROUP.fullmatch(between) \
                    and not inside \
                    and not ("from" in between.lower() and (a.actor.startswith("GOV") or self._country_named(a.text))):
                # "die Rebellen der RPF", "Kämpfer der Extremistengruppe IS": the named group acts
                prev = out[-1]
                out[-1] = ActorMention(prev.start, a.end, a.actor, sentence[prev.start : a.end])
                continue
            if out and a.actor == GOV_ANY and out[-1].actor in (PRONOUN, NONSTATE, GOV_ANY) \
                    and out[-1].text.lower().rsplit(" ", 1)[-1] in _FORCE_NOUNS and between.lower() in (" der ", " des ", " of the "):
                # "die Einheiten der Regierung", "the forces of the government": the government's forces
                prev = out[-1]
                out[-1] = ActorMention(prev.start, a.end, a.actor, sentence[prev.start : a.end])
                continue
            if out and out[-1].actor in (NONSTATE, ISLAMIST, GOV_ANY, REBELS) and a.specific and sentence[out[-1].end : a.start].strip(" -") == "":
                prev = out[-1]
                out[-1] = ActorMention(prev.start, a.end, a.actor, sentence[prev.start : a.end])
                if len(out) > 1 and not out[-2].specific and _OF_GROUP.fullmatch(sentence[out[-2].end : out[-1].start]):
                    # "Kämpfer der Extremistengruppe Islamischer Staat"
                    head = out.pop(-2)
                    out[-1] = ActorMention(head.start, out[-1].end, out[-1].actor, sentence[head.start : out[-1].end])
                continue
            if out and a.actor in (NONSTATE, ISLAMIST, GOV_ANY, REBELS) and out[-1].specific and sentence[out[-1].end : a.start].strip(" -") == "":
                # "Popular Mobilization Forces militia": a generic head after a name is that name
                prev = out[-1]
                out[-1] = ActorMention(prev.start, a.end, prev.actor, sentence[prev.start : a.end])
                continue
            out.append(a)
        return tuple(out)


# The patterns below are Prefixed: tried only in sentences (or at positions) where their
# literal parts occur, with the same matches as the plain pattern (literals.py).

# Capitalised names that end in an armed-group noun. Lexicon entries override them
# (a longer or equal match found by the lexicon wins in the overlap resolution).
_ORGANISATION = Prefixed(re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]+\s+(?:(?:of|for|and|the|al|el|de|du|des)\s+)*){1,5}"
    r"(?:Front|Movement|Brigades?|Militias?|Alliance|Liberation Army|Rebels|Mujahideen|Battalions?|Legion|Tigers|"
    r"Bewegung|Front|Brigaden?|Miliz|Allianz|Befreiungsarmee)(?![\w])"
))


# "troops from neighbouring Eritrea", "Soldaten aus Ruanda": that state's forces (not after a verb of leaving)
_LEAVING_BEFORE = re.compile(r"(?i)\b(?:withdr[ae]w\w*|pull\w*|evacuat\w*|abzieh\w*|zog\w*|zurückgezogen|abgezogen)\b[^.]*$")
_FROM_STATE = Prefixed(re.compile(
    r"(?<![\w-])(?i:troops|forces|soldiers|units|truppen|soldaten|einheiten|streitkräfte)\s+(?i:from|aus)\s+"
    r"(?:(?i:neighbou?ring|dem\s+nachbarland|dem\s+benachbarten|the\s+neighbouring|the\s+neighboring)\s+)?"
    r"([A-ZÄÖÜ][\w]+)(?![\w-])"))
# two sides' adjectives before one force noun: "Russian and South Ossetian forces" (capitalised, so German only at a
# sentence's start: "Syrische und abchasische Truppen")
_PAIRED_DEMONYM = Prefixed(re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöü]+)\s+(?:and|und)\s+(?:[A-ZÄÖÜa-zäöü][\w-]*\s+){1,2}"
    r"(?:forces|troops|soldiers|units|fighters|Truppen|Einheiten|Kräfte|Soldaten|Streitkräfte)(?![\w-])"))
# a capitalised name and its acronym in brackets: "the Zapatista National Liberation Army (EZLN)"
_ACRONYM_GROUP = Prefixed(re.compile(
    r"(?<![\w-])((?:[A-ZÄÖÜ][\w'’-]+\s+(?:(?:der|des|de|del|la|las|los|of|for|the|and|und|für|zur|zum)\s+)*){1,7})"
    r"\(([A-Z][A-Z0-9-]{1,9})\)"))
_CONNECTORS = frozenset({"der", "des", "de", "del", "la", "las", "los", "of", "for", "the", "and", "und", "für", "zur", "zum"})
# counting words before a noun ("Hunderte Kämpfer", "sowie Hunderte Dörfer"): no name
QUANTITIES = frozenset({"hunderte", "dutzende", "tausende", "zahlreiche", "mehrere", "einige", "viele", "weitere",
                         "hundreds", "dozens", "thousands", "several", "many"})
# words of an armed group's name (not "Syrische Beobachtungsstelle für Menschenrechte (SOHR)")
_ARMED_NAME = re.compile(r"(?i)armee|army|front|forces|kräfte|liberation|befreiung|miliz|militia|rebel|revolution|"
                         r"bewegung|movement|brigade|allian|patriot|defen[cs]e|verteidigung|jihad|"
                         r"dschihad|islam|mujahid|mudschahid|guerill|guerrill|tigers|commando|kommando")
_STATE_BODY_NAME = re.compile(r"(?i)\b(?:republic|republik|government|regierung|community|gemeinschaft|union|nations|"
                              r"kingdom|königreich|federal|bundes|state|staat)")
_FIGHTERS_OF = re.compile(r"(?i)\b(?:rebellen|kämpfer|kämpfern|milizen|milizionäre|truppen|einheiten|rebels|fighters|guerrillas|"
                          r"militiamen|troops)\s+(?:der|des|of the|of)\s+$")
# bodies that are no armed group ("Islamic Republic News Agency (IRNA)", "Organisation of Islamic Cooperation (OIC)")
_NOT_ARMED_BODY = re.compile(r"(?i)agency|agentur|organi[sz]ation|cooperation|news|nachrichten|committee|komitee|council|"
                        r"institut|party|partei|union|observatory|beobachtungsstelle")
# force nouns that lead "Rebels of the X Front", "Kämpfer der X-Bewegung"
_FORCE_LEADS = frozenset({"rebels", "fighters", "troops", "soldiers", "members", "units", "militiamen", "guerrillas",
                          "rebellen", "kämpfer", "truppen", "soldaten", "einheiten", "milizionäre"})
# "Tuareg-Kämpfer der MNLA": fighters named by their people, then by their group
_KIN_HEADS = ("kämpfer", "kämpfern", "fighters", "rebellen", "milizen", "militias", "militiamen")
# "an der Grenze zum Iran", "on the border with Iran": the country after it locates a place (pipeline: no story country)
BORDER_WITH = r"\b(?:[Gg]renze|border|borders|frontier)\s+(?:zu[mr]?|with|to)\s+(?:dem\s+|der\s+|the\s+)?"
_BORDER_WITH = re.compile("(?i)" + BORDER_WITH + "$")
_FORCE_NOUNS = frozenset({"einheiten", "truppen", "soldaten", "kämpfer", "verbände", "kräfte", "streitkräfte", "units",
                          "troops", "forces", "soldiers", "fighters"})
_OF_GROUP = re.compile(r"\s+(?:der|des|von der|von|of the|of|from the|from)\s+(?:\w+\s+){0,1}", re.I)
_LED_BY = re.compile(r"\s+(?:led|headed|spearheaded|dominated)\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}", re.I)
_DE_LED = Prefixed(re.compile(
    r"(?<![\w-])von\s+((?:der|den|dem)?\s*[\w -]{2,50}?)\s+(?:angeführte|geführte|dominierte)[nr]?\s+"
    r"(?:Rebellen|Milizen|Kämpfer|Aufständischen|Truppen|Allianz|Einheiten)(?![\w])", re.I))
_ACRONYM_FORCE = Prefixed(re.compile(
    r"(?<![\w-])([A-Z]{2,6})\s+(?:fighters|rebels|militiamen|militias?|troops|forces|guerrillas|gunmen|units|soldiers|"
    r"Kämpfer|Rebellen|Milizen|Truppen|Einheiten)(?![\w])"))
# acronyms of bodies that hold no town (news agencies, international organisations)
_NOT_ARMED = frozenset({"UN", "EU", "US", "UK", "NATO", "AU", "OSCE", "ICRC", "UNHCR", "WFP", "AFP", "AP", "BBC", "CNN", "DPA",
                        "UNO", "USA", "OAU", "ECOWAS", "SADC", "IGAD", "UNICEF", "MSF", "HRW", "NGO", "OAS", "CIA", "KFOR",
                        "SFOR", "IFOR", "UNPROFOR", "UNAMSIL", "MONUC", "MONUSCO", "UNMISS", "MINUSMA", "UNAMID", "ISAF"})
_NAMED_GROUP = Prefixed(re.compile(
    r"(?<![\w-])(?i:rebellengruppe|rebellenbewegung|rebellenmiliz|miliz|milizen|rebel group|rebel movement|"
    r"militia|group|movement|bewegung|gruppe)\s+([A-Z][A-Z0-9-]{1,9})(?![\w])"
))
_LOYAL = Prefixed(re.compile(
    r"(?<![\w-])(?i:rebels|forces|fighters|troops|militias?|militiamen|gunmen|units|soldiers)\s+(?i:loyal\s+to|led\s+by|backing)\s+"
    r"((?:the\s+)?(?:government|regime)"
    r"|the\s+[A-Z][\w-]*\s+(?:leader|ruler|strongman|president|government|regime)(?![\w-])"  # "the Libyan leader"
    r"|(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?=(?i:ousted|former|exiled|renegade|late|general|president|vice|deputy|army|chief)))?"
    r"(?:(?:ousted|former|exiled|renegade|late|rebel|warlord|general|president|vice|deputy|army|chief)\s+)*"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:[a-z]+\s+){0,3}(?:government|regime))?)"
))
_ARMY = re.compile(r"(?i)\b(?:army|armee|armeeeinheiten|military|militär)\b")
# "armenische Kämpfer", "Albanian rebels": a kin community's fighters (see kin.tsv)
# a compound of a leader's name and "-treu" (outside the prefix-gated lexicon: it begins with no literal)
# a state, its capital or an institution named before "-treu" is no leader ("Kiew-treue", "Kreml-treue", "Regierungs-treue")
_NOT_LEADERS = frozenset({"regierungs", "regierung", "regime", "kreml", "moskau", "kiew", "kyjiw", "damaskus", "bagdad",
                          "kabul", "tripolis", "khartum", "sanaa", "belgrad", "zagreb", "sarajevo", "baku", "eriwan", "tiflis",
                          "staats", "verfassungs", "partei", "armee", "nato", "westen", "iran", "russland", "peking"})
_LOYAL_TO_LEADER = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w]+)-treue(?:n)? (?:Truppen|Einheiten|Kämpfer|Kräfte|Milizen|Soldaten|Verbände)")
_KIN_FIGHTERS = Prefixed(re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöü]+-)?([A-ZÄÖÜa-zäöü][a-zäöü]+)[\s-]+(?:fighters|militias?|militiamen|rebels|separatists|kämpfer|kämpfern|milizen|"
    r"rebellen|separatisten|freischärler|freischärlern)(?![\w])", re.IGNORECASE))
# what a government does, told of its capital ("Moscow sent troops", "Moskau schickte Truppen"): the
# capital is then an actor, so no place mention (and no antecedent of "the city") is made of it
_GOVERNMENT_VERBS = frozenset({
    "sent", "sends", "ordered", "orders", "accused", "accuses", "denied", "denies", "insisted", "insists", "demanded",
    "demands", "wants", "wanted", "announced", "announces", "claimed", "claims", "rejected", "rejects", "warned", "warns",
    "blamed", "blames", "backed", "backs", "supported", "supports", "dispatched", "deployed", "launched", "agreed", "signed",
    "recognised", "recognized", "annexed", "says", "said", "refused", "refuses", "responded", "vowed", "threatened",
    "schickte", "entsandte", "befahl", "bestreitet", "bestritt", "forderte", "fordert", "erklärte", "meldete", "warf",
    "wirft", "drohte", "droht", "kündigte", "annektierte", "unterstützt", "unterstützte"})
_CAPITAL_GOVERNS = Prefixed(re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöüé]+)\s+(?:(?:first|also|then|later|has|had|hat|hatte)\s+)?"
    r"(?:" + "|".join(sorted(_GOVERNMENT_VERBS)) + r")(?![\w-])"))
_CAPITAL_ACTS = re.compile(r"(?i)(?:capture|seizure|recapture|takeover|forces|troops|army|offensive|advance)$")
_PEOPLE = Prefixed(re.compile(r"(?<![\w-])(?i:the|die|den)\s+([A-ZÄÖÜ][a-zäöü]+(?:ians|ans|ns|is|s|er|en))(?![\w-])"))
# English: a people without article opening a clause, before its verb ("where Serbs still hold Vukovar")
_BARE_PEOPLE = re.compile(
    r"(?:^|[,;:] |\b(?:where|when|while|after|and|but|as|since|until|because|though|\d{4}) )"
    r"([A-Z][a-z]+(?:ians|ans|ns|is|s))(?= (?:[a-z]+ )?(?:still|had|have|has|were|are|took|seized|captured|overran|"
    r"hold|held|control|controlled|retook|recaptured|stormed|entered|withdrew|pulled|abandoned|lost|besieged)\b)")
_DE_FORCES_OF_LEADER = Prefixed(re.compile(
    r"(?<![\w-])(?:Truppen|Kämpfer|Kämpfern|Milizen|Einheiten|Anhänger|Verbände|Männer)\s+([A-ZÄÖÜ][\w'’-]*[a-zäöüćčšžéèáíóú])s(?![\w-])"))
_LEADER_OF = Prefixed(re.compile(
    r"(?<![\w-])(?:Kämpfer|Kämpfern|Truppen|Milizen|Einheiten|Anhänger|Männer|Verbände|fighters|forces|troops|militiamen|men|militias)"
    r"\s+(?:des|von|of|unter|under)\s+(?:(?:dem|the)\s+(?:Kommando|command)\s+(?:von|des|of)\s+)?(?:the\s+|dem\s+)?"
    r"(?:(?:früheren|ehemaligen|former|local|lokalen|mächtigen|powerful)\s+)?"
    r"(?:Milizenführers?|Milizenchefs?|Warlords?|warlord|Kriegsherrn|Kriegsfürsten|Kommandeurs?|commander|militia\s+leader|General|Generals|"
    r"Gouverneurs?|governor|Rebellenführers?|Rebellenchefs?|rebel\s+leader)\s+"
    r"([A-ZÄÖÜ][\w'’-]+(?:\s+(?:al-|el-)?[A-ZÄÖÜ][\w'’-]+){0,3})"))
_DE_GENITIVE = Prefixed(re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöü]+?)s\s+(?:Armee|Truppen|Streitkräfte|Militär|Soldaten|Regierung|Verteidigungsminister\w*|"
    r"Präsident\w*|Regierungschef|Einheiten|Sicherheitskräfte|Polizei)(?![\w])"))
_DE_COMPOUND = Prefixed(re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w]+)-(?:Kämpfer|Kämpfern|Miliz|Milizen|Rebellen|Truppen|Einheiten|Soldaten|Terroristen|"
    r"Dschihadisten|Jihadisten|Extremisten|Islamisten|Armee|Streitkräfte|Kräfte|Kräften|Verbände|Separatisten)(?![\w])"
))
_DE_LEADER_FORCES = Prefixed(re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöü]{2,})s\s+(?:Truppen|Kämpfer|Kämpfern|Milizen|Einheiten|Anhänger|Rebellen|Männer|Verbände)(?![\w])"))
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?![\w-])")


@lru_cache(maxsize=None)
def _insurgents() -> dict[str, list[tuple[int, int, tuple[str, str]]]]:
    """country -> [(first year, last year, (rebels, militants))] from data/actors/insurgents.tsv."""
    table: dict[str, list[tuple[int, int, tuple[str, str]]]] = {}
    for cc, first, last, rebels, militants in _rows(_data("insurgents.tsv")):
        table.setdefault(cc, []).append((int(first), int(last), (rebels, militants)))
    return table


@lru_cache(maxsize=None)
def _lexicon_ids() -> frozenset[str]:
    """Every group id that actors.tsv names."""
    return frozenset(row[1] for row in _rows(_data("actors.tsv")) if len(row) > 1)


@lru_cache(maxsize=None)
def _kin() -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """(state, host country) -> [(first year, last year, actor)] from data/actors/kin.tsv."""
    table: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for state, host, first, last, actor in _rows(_data("kin.tsv")):
        table.setdefault((state, host), []).append((int(first), int(last), actor))
    return table


def _slug(name: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> ActorLexicon:
    from frontline.extract.places import Gazetteer

    gaz = Gazetteer.load()
    return ActorLexicon(lang, gaz.country_of, gaz.country_named, gaz.capital_country)


@dataclass(frozen=True, slots=True)
class ActorContext:
    """What an article says about its actors, to resolve placeholders."""

    countries: tuple[str, ...]  # ranked ISO2 codes the article is about
    dominant: str | None  # the most mentioned specific non-state actor
    ranked: tuple[str, ...] = ()  # specific non-state actors, most mentioned first
    year: int | None = None  # the year the article was published
    named: tuple[tuple[str, str], ...] = ()  # (actor, lower-cased text) of specific non-state mentions, in order

    def _usual(self, cc: str | None, column: int) -> str | None:
        """The war's usual insurgents in this article's country and year (insurgents.tsv): column 0
        for "rebels", 1 for "militants"."""
        if cc is None or self.year is None:
            return None
        for first, last, ids in _insurgents().get(cc, ()):
            if first <= self.year <= last:
                return None if ids[column] == "-" else ids[column]
        return None

    def usual_rebels(self, cc: str | None) -> str:
        """The armed opposition a story names only as "guerrillas" or "rebels", by country and era."""
        return self._usual(cc, 0) or UNKNOWN

    @classmethod
    def build(cls, mentions: list[ActorMention], countries: list[str], year: int | None = None) -> "ActorContext":
        counts = Counter(
            m.actor for m in mentions if m.specific and not m.actor.startswith("GOV:") and m.actor not in (UNKNOWN, "OTHER:irgc")
            and _ruler_state(m.actor, year) is None  # ("Assad's forces" are the state's: no non-state side of the story)
        )
        if "RU_SEPARATISTS" in counts and countries and countries[0] in _USUAL_SEPARATISTS \
                and not (countries[0] == "RU" and "UA" in countries):  # Ukraine's war told from Moscow
            # "die Separatisten" of a story about Chechnya or Yemen are that country's separatists
            counts[_USUAL_SEPARATISTS[countries[0]]] += counts.pop("RU_SEPARATISTS")
        if "AL_SHABAAB" in counts and countries and countries[0] not in _SHABAAB_LANDS:
            counts[_CABO_DELGADO] += counts.pop("AL_SHABAAB")  # Mozambique's "al-Shabaab" (see resolve)
        ranked = tuple(a for a, _ in counts.most_common())
        named = tuple((m.actor, m.text.lower()) for m in mentions if m.actor in counts)
        return cls(tuple(countries), ranked[0] if ranked else None, ranked, year, named)

    def resolve(self, actor: str, place_country: str | None, exclude: str | set[str] | None = None, text: str = "") -> str:
        found = self._resolve(actor, place_country, exclude, text)
        if found == "OTHER:al-qaeda" and place_country in ("ML", "BF", "NE") and (self.year or 0) >= 2017:
            return "JNIM"  # al-Qaeda's Sahel branch since 2017 ("al Qaeda-linked jihadists" around Timbuktu)
        if found == "OTHER:al-qaeda" and place_country == "SO":
            return "AL_SHABAAB"  # al-Qaeda's Somali affiliate
        if found == "AL_SHABAAB" and place_country not in (None, *_SHABAAB_LANDS):
            # the Mozambican insurgents called al-Shabaab locally, who call themselves Ansar al-Sunna (annotators
            # code them as a group of their own, not as the Islamic State whose province they later joined)
            return _CABO_DELGADO
        return found

    def _resolve(self, actor: str, place_country: str | None, exclude: str | set[str] | None = None, text: str = "") -> str:
        excluded = exclude if isinstance(exclude, set) else ({exclude} if exclude else set())
        cc = place_country or (self.countries[0] if self.countries else None)
        if actor == FEDERAL:
            if cc in ("HR", "SI", "BA") and self.year is not None and self.year <= 1992:
                return "GOV:YU"
            actor = GOV_ANY
        if actor == GOV_ANY:
            if cc in ("HR", "SI") and self.year == 1991 and _ARMY.search(text):
                return "GOV:YU"  # "the army" in Croatia and Slovenia in 1991 is the Yugoslav People's Army
            return f"GOV:{cc}" if cc else UNKNOWN
        if actor in _HEADS:
            found = next((a for a, text in self.named if a not in excluded and any(h in text for h in _HEADS[actor])), None)
            if found or actor == COALITION:
                return found or UNKNOWN
            actor = NONSTATE
        if actor == ISLAMIST:
            # an Islamist group of the lexicon first, else a group the lexicon does not know
            found = next((a for a in self.ranked if a not in excluded and a in _ISLAMIST_GROUPS), None) or next(
                (a for a in self.ranked if a not in excluded and a not in _lexicon_ids()), None)
            if found or self.ranked:
                return found or UNKNOWN
            actor = NONSTATE
        if actor == NONSTATE:
            # "the militants" are not the Peshmerga or an African Union force named beside them;
            # "Moslem guerrillas" of a 1988 story from Afghanistan are the mujahideen
            found = next((a for a in self.ranked if a not in excluded and a not in _NOT_MILITANTS), None)
            return found or self._usual(cc, 1) or UNKNOWN
        if actor == REBELS and cc == "YE" and "HOUTHIS" not in excluded:
            return "HOUTHIS"  # Yemen's "rebels" are the Houthis; the STC are its "separatists"
        if actor == REBELS:
            group = next((a for a in self.ranked if a not in excluded and a not in _NOT_REBELS), None)
            return group or self.usual_rebels(cc)
        if actor == "RU_SEPARATISTS" and place_country not in (None, "UA"):
            # "separatists" in Pakistan or Cameroon are not Ukraine's; in Yemen they are the STC
            if place_country in _USUAL_SEPARATISTS:
                return _USUAL_SEPARATISTS[place_country]
            return next((a for a in self.ranked if a not in excluded and a != "RU_SEPARATISTS"), UNKNOWN)
        if actor == "OTHER:bosnian-serbs" and place_country == "HR":
            return "OTHER:krajina-serbs"  # the Serbs of Croatia's Krajina, not of Bosnia
        if actor == "OTHER:bosnian-serbs" and place_country in ("XK", "RS"):
            return "GOV:RS"  # "Serb forces" in Kosovo are Serbia's (as annotators code them)
        if actor.startswith("GOV:") and self.year is not None and place_country:
            # "serbische Verbände" in Croatia 1991-95, "the Tajik commander" in Afghanistan: the kin community's forces
            for first, last, kin in _kin().get((actor[4:], place_country), ()):
                if first <= self.year <= last:
                    return kin
        if actor == "SY_OPPOSITION" and place_country not in (None, "SY", "TR"):
            return "OTHER:opposition"  # "Kämpfer der Opposition" in Kabul are Afghanistan's opposition, not Syria's
        if actor == "OTHER:irgc":
            return "GOV:IR"  # Iran's Revolutionary Guards are its state forces (beside an army they fold into it)
        if actor == "OTHER:al-qaeda" and place_country == "YE":
            return "AQAP"  # al-Qaeda in Yemen is AQAP
        if actor == KURDISH:
            cc = place_country or (self.countries[0] if self.countries else None)
            return {"IQ": "PESHMERGA", "SY": "SDF", "TR": "OTHER:pkk"}.get(cc or "", "OTHER:kurdish")
        return _ruler_state(actor, self.year) or actor


def _ruler_state(actor: str, year: int | None) -> str | None:
    """'Assad's forces', 'Mobutu's troops': a ruler's forces are his state's while he rules."""
    if not actor.startswith("OTHER:") or year is None:
        return None
    return next((f"GOV:{cc}" for cc, first, last in _rulers().get(actor[6:], ()) if first <= year <= last), None)


@lru_cache(maxsize=None)
def _rulers() -> dict[str, list[tuple[str, int, int]]]:
    """leader slug -> [(country, first year, last year)] from data/actors/rulers.tsv."""
    table: dict[str, list[tuple[str, int, int]]] = {}
    for slug, cc, first, last in _rows(_data("rulers.tsv")):
        table.setdefault(slug, []).append((cc, int(first), int(last)))
    return table


@lru_cache(maxsize=None)
def _homes() -> dict[str, tuple[str, ...]]:
    """group id -> the countries of its wars (data/actors/homes.tsv, and insurgents.tsv's rows)."""
    table: dict[str, list[str]] = {}
    for row in _rows(_data("homes.tsv")):
        table.setdefault(row[0], []).extend(row[1].split())
    for cc, _, _, rebels, militants in _rows(_data("insurgents.tsv")):
        for group in {rebels, militants} - {"-"}:
            if cc not in table.setdefault(group, []):
                table[group].append(cc)
    return {group: tuple(ccs) for group, ccs in table.items()}


def home_countries(actors: Iterable[ActorMention]) -> list[str]:
    """The countries the named groups fight in, in the order the text names them (no state's own forces:
    the gazetteer's scan finds those by their adjective)."""
    out: list[str] = []
    for a in actors:
        for cc in _homes().get(a.actor, ()):
            if cc not in out:
                out.append(cc)
    return out
