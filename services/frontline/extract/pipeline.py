"""Article -> ControlEvents: prefilter, language, sentences, mentions, frames, resolution.

Match, then decide: mentions.py finds candidates, rules_<lang>.py reads frames into
Readings, and this module resolves actors, places and dates and removes duplicates.
"""

from __future__ import annotations

import gc
import logging
import re
from datetime import date, timedelta
from dataclasses import dataclass, field, replace
from functools import lru_cache

from frontline.extract import airports, dating, decide, mentions, rules_de, rules_en
from frontline.extract.fold import fold
from frontline.extract.actors import (BORDER_WITH, GOV_ANY, NONSTATE, PRONOUN, REBELS, UNKNOWN, ActorContext, _slug,
                                      home_countries, lexicon)
from frontline.extract.frames import Reader, Reading
from frontline.extract.language import detect
from frontline.extract.lexicon import LANGS, rules
from frontline.extract.mentions import PlaceMention, SentenceMentions, find
from frontline.extract.places import Gazetteer
from frontline.extract.prefilter import has_trigger, sentence_has_trigger
from frontline.extract.text import Sentence, nlp, sentences, tokens
from frontline.extract.times import find_times, recency
from frontline.model import Article, ControlEvent, Place

log = logging.getLogger(__name__)
_READERS = {"en": rules_en.read, "de": rules_de.read}
_BEFORE_MAIN = {"after", "nachdem", "as", "when", "als", "once"}
_RELATIVE = {"which", "who", "whom", "whose", "die", "der", "das", "den", "dem", "welche", "welcher"}
_THEN = {"danach", "daraufhin", "anschließend", "dann", "später", "then", "later", "subsequently", "thereafter", "afterwards"}


@dataclass
class _ArticleState:
    article: Article
    lang: str
    countries: list[str]
    sents: list[Sentence]
    mentions: dict[int, SentenceMentions]
    last_place: Place | None = None
    last_place_at: int = -1  # sentence index where last_place was named (-1: the dateline)
    last_event_place: tuple[int, Place] | None = None  # (sentence index, place) of the latest event
    last_capture: tuple[str | None, str | None] | None = None  # (winner, loser) of the latest capture
    para_time: dict[int, tuple[str | None, bool | None]] = field(default_factory=dict)
    sentence: int = 0
    _ctx: ActorContext | None = None
    _presidents: frozenset[str] | None = None

    def sentence_actors(self, index: int):
        sm = self.mentions.get(index)
        return [a for *_, a in sm.actors] if sm is not None else lexicon(self.lang).mentions(self.sents[index].text)

    @property
    def presidents(self) -> frozenset[str]:
        """Surnames (as actor slugs) of the sitting presidents the article names ("President Hissene Habre")."""
        if self._presidents is None:
            # every part of the name ("Mobutu Sese Seko": "die Mobutu-treuen Truppen", "the forces of Seko")
            self._presidents = frozenset(part for m in _PRESIDENT.finditer(self.article.text or "")
                                         for part in _slug(m.group(1)).split("-") if len(part) > 2)
        return self._presidents

    @property
    def ctx(self) -> ActorContext:
        """Who the article is about; computed only when an event needs it (most articles
        have none, and the actor scan of every sentence is the costly part)."""
        if self._ctx is None:
            every = [a for s in self.sents for a in self.sentence_actors(s.index)]
            pub = self.article.published_date
            self._ctx = ActorContext.build(every, self.countries, int(pub[:4]) if pub else None)
        return self._ctx

    def previous_subject(self, index: int, country_named, country: str | None = None, possessive: bool = False) -> str | None:
        """The actor opening the nearest sentence before `index` that names one: the usual
        antecedent of a subject pronoun."""
        for k in range(index - 1, max(-1, index - 3), -1):
            named = [m for m in self.sentence_actors(k) if m.actor != PRONOUN
                     and (not country_named(m.text) or m.start == 0)]  # "Azerbaijan has pushed ... Its troops took"
            opening = min(self.sentence_actors(k), key=lambda m: m.start, default=None)
            if opening is not None and opening.actor == PRONOUN and opening.start <= 30 and (
                    not named or named[0].start > opening.start):
                continue  # "Die Huthis ... . Ihre Bewegung entstand ... von Regierungstruppen getötet": the same topic
            if named:
                first = min(named, key=lambda m: m.start)
                if first.start <= 30:
                    return self.ctx.resolve(first.actor, country)
                if not possessive:
                    return None
                # (a possessive's topic may open an earlier sentence: "Die Huthis ... . Ihre Bewegung ... von
                # Regierungstruppen getötet. ... gilt als ihre Hochburg")
        return None

    def actors_before(self, index: int, country_named, country: str | None = None) -> list[str]:
        """Resolved actors of the sentences before `index`, in reading order (for pronouns)."""
        out = []
        for s in self.sents[:index]:
            for m in self.sentence_actors(s.index):
                if m.actor != PRONOUN and not country_named(m.text) and not s.text.startswith(("'s", "’s", "' ", "’ "), m.end):
                    # (not a possessor: "the seat of the army's regional command" names no antecedent)
                    out.append(self.ctx.resolve(m.actor, country))
        return out


class Extractor:
    """Extracts territorial-control events from articles; load once, call many times."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Extractor":
        extractor = cls(Gazetteer.load())
        extractor.prepare()
        # These tables live as long as the process, and a full garbage collection would walk
        # their millions of entries every time (0.15 s a pass, several an hour of news):
        # move everything built so far out of the collector's sight.
        gc.freeze()
        return extractor

    def prepare(self) -> None:
        """Build now what the first articles would build: the trigger words, the language
        identifier, each language's rules, tokenizer, lemmas, actor lexicon and word lists,
        and the gazetteer's fuzzy index."""
        has_trigger("")
        detect("", LANGS)
        for lang in LANGS:
            rules(lang)
            lexicon(lang)
            nlp(lang)
            tokens(lang, "")
            mentions.prepare(lang)
        self.gaz.prepare()
        airports.prepare()

    def extract(self, article: Article) -> list[ControlEvent]:
        text, dateline = decide.blank_dateline(article.text or "")
        if not has_trigger(text):
            return []
        lang = article.lang if article.lang in LANGS else detect(text, LANGS)
        if lang not in LANGS:
            return []
        countries = self.gaz.countries_in(text)
        if _BORDER_PHRASE.search(text):
            # "an der Grenze zum Iran", "on the border with Iran": a neighbour that locates a town is no country the
            # story is about (unless it is named elsewhere too)
            inner = set(self.gaz.countries_in(_BORDER_PHRASE.sub(" ", text)))
            countries = [c for c in countries if c in inner]
        home = self.gaz.resolve(dateline, countries) if dateline else None
        if home is not None and home.country in countries[1:]:
            # "Zagreb (AFP) - ... die aufständischen Serben": the dateline's country leads a story
            # that names its neighbour as often (Obrovac is in Croatia, not in Serbia)
            countries = [home.country] + [c for c in countries if c != home.country]
        if not countries:
            # "FARC guerrillas overran Mitu": a story that names no country is placed by the groups it names
            countries = home_countries(lexicon(lang).mentions(text))
        if home is not None and home.country and countries and home.country not in countries:
            # "Kiew (Reuters) - Russische Truppen kesseln Pokrowsk ein": the dateline's country, last (a story
            # filed abroad names the war's country itself)
            countries = countries + [home.country]
        sents = sentences(text)
        civil_rx, armed_rx = _domain_words(lang)
        civil = len(civil_rx.findall(text)) if civil_rx.search(text) else 0  # most articles have none: one C-level scan
        if civil >= 3 and 3 * len(armed_rx.findall(text)) < civil:
            return []  # an election, a league table, a takeover (the army named in passing): no town changes hands
        mentions = {s.index: self._mentions(lang, s, countries) for s in sents if sentence_has_trigger(s.text)}
        state = _ArticleState(article, lang, countries, sents, mentions)
        state.last_place = home
        events: dict[tuple, ControlEvent] = {}
        for s in sents:
            sm = mentions.get(s.index)
            if sm is None:
                continue
            for ev in self._sentence_events(state, s, sm):
                # one fact, one event; the same place taken by the same side years apart is two facts
                key = (ev.place_key, ev.kind, str(ev.winner))
                same = next((k for k in events if k[:3] == key and decide.same_time(events[k].when, ev.when)), None)
                if same is None:
                    events[key + (ev.when,)] = ev
                elif events[same].when is None and ev.when is not None:
                    del events[same]
                    events[key + (ev.when,)] = ev
                elif events[same].evidence_start == ev.evidence_start and ev.confidence > events[same].confidence \
                        and ev.when == events[same].when:
                    events[same] = ev  # "rückten in die Stadt ein und brachten sie unter ihre Kontrolle": the stronger reading
        found = dating.dated_by_next(list(events.values()), sents, article.published_date)
        events_found = decide.merge_vague(decide.entrants(decide.inherit_winner(decide.drop_denied(found, sents, self.gaz.country_of))))
        return decide.unique(decide.guess_takers(events_found, lambda: state.ctx.ranked))

    def _mentions(self, lang: str, s: Sentence, countries: list[str]) -> SentenceMentions:
        return find(lang, rules(lang), s.text, countries, self.gaz)

    def _sentence_events(self, state: _ArticleState, s: Sentence, sm: SentenceMentions) -> list[ControlEvent]:
        state.sentence = s.index
        reader = Reader(rules(state.lang), sm, self.gaz.country_of, self.gaz.capital_country)
        readings = decide.drop_holds_of_captured(_READERS[state.lang](reader), ordered=state.lang == "en")
        if decide.denies(s.text):
            readings = []  # "..., a claim rebels immediately denied"
        low = {t.lower for t in sm.toks} | {t.lower.rsplit("-", 1)[-1] for t in sm.toks}  # "Fußball-Meisterschaft"
        if readings and state.lang == "de":
            # a German compound's head: "Bergbaukonzern", "Parlamentswahl"
            low |= {head for t in sm.toks for head in _CIVILIAN_HEADS if t.lower.endswith(head)}
        if low & rules(state.lang).w("civilian") and not low & rules(state.lang).w("armed") \
                and not any(a.specific and not a.actor.startswith("GOV:") for _, _, a in sm.actors):
            # "the opposition captured the capital Ankara in Sunday's local elections" (but "after the
            # disputed elections UNITA besieged Huambo")
            readings = []
        readings = [decide.with_entrant(sm, r) for r in readings]
        _give_troops_to_speaker(reader, readings)
        for r in readings:
            if r.kind == "hold" and any(sm.toks[k].lower in _RETURN for k in range(max(0, r.trigger - 6), r.trigger)):
                r.kind = "capture"  # "die Rückkehr Chersons unter ukrainische Kontrolle": control changed hands
        times = find_times(s.text, state.article.published_date)
        then = _then(state, s)
        months = [replace(t, recent=False) for t in find_times(s.text, then) if t.value is not None and len(t.value) == 7] \
            if then is not None else []
        if months:
            # "Damals" only points at the year named before; the sentence's months date it (weekdays keep
            # the report's date)
            times = months
        out = []
        triggers: list[int] = []
        placed: list[Place] = []
        at: list[int] = []  # where each event's place is named
        for rd, place in ((rd, place) for rd in readings for place in self._places(state, sm, rd.place)):
            place = self._as_written(state, rd.place, place)
            # the side that lost is not an ally named beside the winner ("Syrian troops and
            # Hezbollah ... from rebels"), and the winner is not the side that lost
            allies = {a.actor for s0, _, a in sm.actors if rd.winner is not None and abs(s0 - rd.winner[0]) <= 6
                      and a.specific} if rd.winner is not None else set()
            loser = self._actor(state, sm, rd.loser, place.country, exclude=allies)
            winner = self._actor(state, sm, rd.winner, place.country, exclude=loser if isinstance(loser, str) else None)
            if rd.follows:
                # "Am Samstag folgte Gao": the next town of a series of captures, told in this sentence or before
                here = [e for e in out if e.kind == "capture" and e.winner is not None]
                series = (here[-1].winner, here[-1].loser) if here else state.last_capture
                if series is None:
                    continue
                winner, loser = series
            if rd.kind == "capture" and winner is not None and winner == loser:
                loser = None
            if rd.kind == "withdrawal" and winner is not None and winner == loser:
                winner = None  # the side that left did not also move in
            if rd.kind in ("hold", "siege") and winner is None:
                continue  # a hold or a siege without its actor states nothing
            if rd.kind == "capture" and loser is None and not decide.allied(sm, rd, state.ctx.dominant):
                loser = self._default_loser(state, winner)
            when, current = self._when(state, s, sm, rd, times, reader)
            triggers.append(rd.trigger)
            placed.append(place)
            at.append(rd.place.start)
            out.append(
                ControlEvent(
                    place=place.name, country=place.country, kind=rd.kind, winner=winner, loser=loser,
                    when=when, current=current, evidence=s.text, geonames_id=place.geonames_id,
                    lat=place.lat, lon=place.lon, evidence_start=s.start, evidence_end=s.end,
                    confidence=round(rd.confidence, 2), article_id=state.article.id,
                    published=state.article.published_date, source=state.article.source,
                )
            )
        # "took Kunduz, which they now hold": one fact; "still control Sanaa, which they seized in 2014": two
        # (a capture told as a recap beside a hold of now is two facts: "Manbidsch wird seit 2016 von den
        # SDF kontrolliert, die den IS damals aus der Stadt vertrieben")
        captured = {e.place_key: (t, e.winner) for e, t in zip(out, triggers) if e.kind == "capture"
                    and not (e.current is False and any(h.kind == "hold" and h.current and h.place_key == e.place_key
                                                        and h.winner == e.winner for h in out))}
        latest = [e for e in out if e.kind == "capture" and e.winner is not None]
        if latest:
            state.last_capture = (latest[-1].winner, latest[-1].loser)
        keep = [not (e.kind == "hold" and e.place_key in captured and (
                   state.lang != "en" or t > captured[e.place_key][0] or e.winner != captured[e.place_key][1]))
                for e, t in zip(out, triggers)]
        placed = [p for p, k in zip(placed, keep) if k]
        at = [a for a, k in zip(at, keep) if k]
        out = [e for e, k in zip(out, keep) if k]
        # remember for coreference in later sentences
        named = [p for p in sm.places if p.place is not None and not p.region and not _modifier(sm, p)]
        if out:
            # the town named last, not the reading found last ("Nach Kidal und Gao brachten ... auch
            # Timbuktu unter ihre Kontrolle. ... hätten die Stadt geräumt": Timbuktu)
            last = max(range(len(at)), key=at.__getitem__)
            state.last_place = placed[last]
            state.last_place_at = s.index
            if out[last].kind != "hold":
                state.last_event_place = (s.index, state.last_place)
        elif named := [p for p in named if not _spoken_at(sm, p) and not self._foreign_capital(state, p.place)]:
            # (not "sagte ... in Çanakkale", "die von Ankara unterstützten Rebellen" in a story of Afrin: no topic)
            state.last_place = _salient(sm, named).place
            state.last_place_at = s.index
        for t in times:
            state.para_time[s.paragraph] = (t.value, t.recent)
        return out

    def _places(self, state: _ArticleState, sm: SentenceMentions, pm: PlaceMention) -> list[Place]:
        """The place a mention stands for; the two places named last for "die beiden Städte"."""
        if not (pm.anaphor and pm.text.startswith(mentions.PLURAL + " ")):
            place = self._place(state, sm, pm)
            return [place] if place is not None else []
        found: list[Place] = []
        for index in range(state.sentence, max(-1, state.sentence - 6), -1):
            m = sm if index == state.sentence else self._mentions_at(state, index)  # "Fighting raged near Dessie and Kombolcha."
            named = [p.place for p in (m.places if m else []) if p.place is not None and not p.region and not p.anaphor
                     and p.place.feature not in ("facility", "crossing") and (index < state.sentence or p.end <= pm.start)]
            for place in reversed(named):
                if all(place.key != f.key for f in found):
                    found.append(place)
            if len(found) >= 2:
                return found[:2][::-1]
        return []

    def _place(self, state: _ArticleState, sm: SentenceMentions, pm: PlaceMention) -> Place | None:
        if pm.anaphor and pm.text.lower() in _DAMS:
            return _named_dam(state, sm, pm)  # "erobern ... den Damm zurück": the dam named before, never a town
        if pm.anaphor and pm.text.lower() in _FACILITY_ANAPHORS:
            # "Panzer nach Rafah geschickt und die Kontrolle über den Grenzübergang übernommen": the town's crossing
            town = next((p.place for p in reversed(sm.places) if p.end <= pm.start and p.place is not None and not p.anaphor
                         and not p.region and p.place.feature not in ("facility", "crossing") and not _modifier(sm, p)), None)
            owned = pm.owned  # "der Flughafen der Stadt", "the city's airport"
            if owned and sm.toks[pm.end - 1 if state.lang == "de" else pm.start].lower in ("hauptstadt", "capital"):
                # "der Flughafen der Hauptstadt": the capital's airport
                cc = (state.last_event_place[1].country if state.last_event_place else None) or \
                    (state.countries[0] if state.countries else None)
                town = self.gaz.capital(cc) if cc else None
            if town is None and (pm.start <= 1 or owned):
                town = self._newer_topic(state)  # "In Kundus hätten sich die Truppen ... Der Flughafen werde noch ..."
            if town is None and (pm.start <= 1 or owned) and state.last_event_place \
                    and state.sentence - state.last_event_place[0] <= 2 \
                    and state.last_event_place[1].feature not in ("facility", "crossing"):
                town = state.last_event_place[1]  # "Taliban took Kunduz ... The airport remains in the army's hands"
            if town is None and owned:
                town = self._previous_place(state)
            if town is None:
                return None
            suffix = _FACILITY_ANAPHORS[pm.text.lower()]
            name = f"{town.name} {suffix}"
            if suffix == "Airport":
                name = airports.official_name(town.name, town.country, town.lat, town.lon) or name
            return Place(name, town.country, None, town.lat, town.lon, "crossing" if suffix == "Crossing" else "facility")
        if pm.anaphor and pm.start == 0 and pm.text.lower() == mentions.IT:  # (an object's "it" reads the general way)
            # "It was captured by ...": the town the sentence before is about, if it names one, where a side is
            # named too (not "It was captured by a drone")
            if state.sentence == 0 or not any(a.actor != "PRONOUN" for _, _, a in sm.actors):
                return None
            prev = self._mentions_at(state, state.sentence - 1)
            named = [p for p in prev.places if p.place is not None and not p.region and not p.anaphor
                     and not _modifier(prev, p) and not _spoken_at(prev, p) and not self._foreign_capital(state, p.place)]
            # only a town that opens the sentence before, its subject ("Palmyra lies in the desert. It was ..."; not
            # "Rebels downed a helicopter near Idlib. It was captured on video": the helicopter)
            opener = next((p for p in named if p.start <= 1), None)
            return opener.place if opener is not None else None
        if pm.anaphor and pm.text.lower() == mentions.THERE:
            # "dort": the last town named before it in the sentence, else in the sentences before
            def told(m: SentenceMentions, end: int) -> list[PlaceMention]:
                # (not a town that only measures a distance: "Kidal, rund 1500 Kilometer nordöstlich von Bamako")
                return [p for p in m.places if p.end <= end and not p.anaphor and not (
                    p.start >= 2 and m.toks[p.start - 1].lower == "von" and (m.toks[p.start - 2].lower.endswith(("lich", "entfernt"))
                                                                          or m.toks[p.start - 2].lower in ("kilometer", "km", "meilen")))]
            before = told(sm, pm.start)
            if not before and state.sentence > 0:
                prev = self._mentions_at(state, state.sentence - 1)
                before = told(prev, len(prev.toks))
            return before[-1].place if before and not before[-1].region else None  # (not a region: "in Borno ... dort")
        if pm.anaphor or pm.place is None:
            comma = pm.end
            if comma < len(sm.toks) and self.gaz.country_of(sm.toks[comma].text):
                comma += 1  # "Die zweitgrößte Stadt Afghanistans, Kandahar, ...": past the country's genitive
            elif comma + 1 < len(sm.toks) and sm.toks[comma].lower in ("des", "der") and sm.toks[comma + 1].lower in (
                    "landes", "region", "provinz"):
                comma += 2  # "die größte Stadt des Landes, Aleppo"
            elif comma + 1 < len(sm.toks) and sm.toks[comma].lower in ("in", "of") and self.gaz.country_of(sm.toks[comma + 1].text):
                comma += 2  # "the second largest city in Afghanistan, Kandahar"
            apposed = [p for p in sm.places if p.start == comma + 1 and p.place is not None
                       and comma < len(sm.toks) and sm.toks[comma].lower == "," and not p.anaphor
                       and (p.end >= len(sm.toks) or sm.toks[p.end].lower not in ("'s", "’s"))]  # (not ", Moscow's biggest gain")
            if apposed:
                return apposed[0].place
            small = pm.text.lower() in _SMALL_PLACE_WORDS  # "the town", "das Dorf": never a national capital
            before = [p.place for p in sm.places if p.end <= pm.start and p.place is not None and not p.region
                      and not (small and self.gaz.capital_country(p.place.name))
                      and not (small and _landmark(sm, p))  # ("the town" is not the town a distance is measured to)
                      and p.place.feature != "facility" and not _modifier(sm, p) and not _origin(sm, p)
                      and not (p.start >= 1 and sm.toks[p.start - 1].lower == "by")]  # "installed by Addis Ababa"
            if before:
                return before[-1]
            if pm.text.lower() in _SETTLEMENT_WORDS:
                # "retook Aden's international airport and drove the Houthis from the rest of the port city"
                town = next((t for p in reversed(sm.places) if p.end <= pm.start and p.place is not None
                             and p.place.feature == "facility" and (t := self._facility_town(state, p.place)) is not None), None)
                if town is not None:
                    return town
            least = _BIG_CITY.get(pm.text.lower())
            if least is not None:
                big = self._largest_named(state, sm, pm)
                if big is not None and self.gaz.population(big) >= least:
                    return big  # "Die Millionenstadt ist weiterhin in der Hand der Separatisten": the big city named
            named = _SEAT_OF.match(pm.text) is not None  # (mentions: "Hauptstadt des Bundesstaates")
            if named or _REGIONAL_CAPITAL.search(pm.text):
                if named:
                    # "die Hauptstadt der Provinz Kundus": a province named after its seat
                    at = pm.start + len(pm.text.split())
                    name = sm.toks[at].text if at < len(sm.toks) else ""
                    town = self.gaz.resolve(name, state.countries, fuzzy=False) if name[:1].isupper() else None
                    if town is not None and town.feature == "city":
                        return town
                seat = self._regional_seat(state, sm, pm)
                if seat is not None and not (named and state.last_event_place and state.last_event_place[1] == seat
                                             and state.last_event_place[0] >= state.sentence - 1):
                    # ("eroberte Nyala. ... eroberte die Hauptstadt des Bundesstaates Gezira": not the town just taken)
                    return seat  # "Die Gebietshauptstadt mit knapp einer Million Einwohnern": the largest town named
            capital = self._capital(state, sm, pm)
            if capital is not None:
                return capital  # "Doe's forces still hold the capital": the country's capital
            # across sentences "the city" is the place the story was just about; a town the sentence just
            # before names, after that event, is the newer topic ("Offen ist die Lage in Kidal. ... die Stadt")
            newer = self._newer_topic(state)
            if newer is not None:
                return newer
            if state.last_event_place and state.sentence - state.last_event_place[0] <= 3 and not (
                    state.last_event_place[1].feature in ("facility", "crossing") and pm.text.lower() in _SETTLEMENT_WORDS):
                return state.last_event_place[1]  # ("the northern city" is not the garrison just taken)
            last = state.last_place
            if small and last is not None and self.gaz.capital_country(last.name):
                last = None  # "... had 'liberated' the town" after "the government in Addis Ababa": not the capital
            if last is not None and state.sentence - state.last_place_at <= 3 and state.last_place_at >= 0 and not (
                    last.feature in ("facility", "crossing") and pm.text.lower() in _SETTLEMENT_WORDS):
                return last
            return self._previous_place(state) or last
        if state.lang == "en" and pm.place.feature == "facility" and _PROPER_FACILITY.fullmatch(sm_text(sm, pm)) \
                and fold(sm_text(sm, pm)) != fold(pm.place.name):  # (not "Jufra Air Base", the gazetteer's name by another spelling)
            # "Bagram Airfield", "Hamid Karzai International Airport": a facility's full proper name as the text
            # writes it (GUIDELINES: "as written in English"), not the gazetteer's other name for it
            return Place(sm_text(sm, pm), pm.place.country, pm.place.geonames_id, pm.place.lat, pm.place.lon, pm.place.feature)
        if state.lang == "en" and pm.place.feature not in ("facility", "crossing"):
            name = sm_text(sm, pm)
            return Place(name, pm.place.country, pm.place.geonames_id, pm.place.lat, pm.place.lon, pm.place.feature)
        if pm.place.feature not in ("facility", "crossing"):
            name = sm_text(sm, pm)
            if name.endswith(" " + pm.place.name) or pm.place.name == name + " City":
                # "Bosanski Brod" (GeoNames: Brod): the longer name the text uses, not its short form;
                # "Marawi" (GeoNames: Marawi City): the name without GeoNames' "City"
                return Place(name, pm.place.country, pm.place.geonames_id, pm.place.lat, pm.place.lon, pm.place.feature)
        return pm.place

    def _foreign_capital(self, state: _ArticleState, place: Place) -> bool:
        """A national capital of another state than the one the story's last event is in: that state
        speaking or acting ("Ankara", "Moskau"), not the town "die Stadt" will stand for."""
        cc = self.gaz.capital_country(place.name)
        return cc is not None and state.last_event_place is not None and cc != state.last_event_place[1].country

    def _facility_town(self, state: _ArticleState, facility: Place) -> Place | None:
        """The town a facility is named after ("Aden International Airport" -> Aden)."""
        words = facility.name.split()
        for k in range(len(words) - 1, 0, -1):
            tail = " ".join(words[k:]).lower()
            if tail in rules("en").w("facility_after"):
                town = self.gaz.resolve(" ".join(words[:k]), [facility.country] if facility.country else state.countries,
                                        fuzzy=False)
                if town is not None and town.feature not in ("facility", "crossing"):
                    return town
        return None

    def _capital(self, state: _ArticleState, sm: SentenceMentions, pm: PlaceMention) -> Place | None:
        """'the capital', 'the Afghan capital', 'die Hauptstadt': the capital of the country named by the
        adjective, else of the country the story's events are in (not 'the regional capital')."""
        if pm.text.lower() not in ("capital", "hauptstadt"):
            return None
        k = pm.start - 1
        cc = None
        while k >= 0 and sm.toks[k].lower not in ("the", "die", "der", "den", "its", "their", "seine", "ihre"):
            cc = cc or self.gaz.country_of(sm.toks[k].text)
            if cc is None:
                return None  # "the regional capital", "die umkämpfte Hauptstadt" of a province
            k -= 1
        if k < 0 or sm.toks[k].lower in ("its", "their", "seine", "ihre"):
            return None  # "its capital": the province's or region's, named before
        cc = cc or (state.last_event_place[1].country if state.last_event_place else None) or \
            (state.countries[0] if state.countries else None)
        return self.gaz.capital(cc)

    def _mentions_at(self, state: _ArticleState, index: int) -> SentenceMentions:
        """The mentions of sentence `index`, read on demand and kept: sentences without trigger
        words are not read up front."""
        m = state.mentions.get(index)
        if m is None:
            m = state.mentions[index] = self._mentions(state.lang, state.sents[index], state.countries)
        return m

    def _regional_seat(self, state: _ArticleState, sm: SentenceMentions, pm: PlaceMention) -> Place | None:
        """A province's capital told as "die Gebietshauptstadt", "the provincial capital": of the towns
        named in this sentence and the three before, the most populous (a province's seat is
        nearly always its largest town; GeoNames' cities500 carries no seat flag), not a national capital."""
        return self._largest_named(state, sm, pm, capitals=False)

    def _largest_named(self, state: _ArticleState, sm: SentenceMentions, pm: PlaceMention,
                       capitals: bool = True) -> Place | None:
        """The most populous town named in this sentence (before `pm`) and the three before it."""
        towns: list[Place] = []
        for k in range(state.sentence, max(-1, state.sentence - 4), -1):
            m = sm if k == state.sentence else self._mentions_at(state, k)
            towns += [p.place for p in m.places if p.place is not None and not p.region and not p.anaphor
                      and p.place.feature not in ("facility", "crossing") and (k < state.sentence or p.end <= pm.start)
                      and (capitals or not self.gaz.capital_country(p.place.name))]
        return max(towns, key=self.gaz.population) if towns else None

    def _newer_topic(self, state: _ArticleState) -> Place | None:
        """The town the sentence just before names, when the latest event is older than it: the story's
        new topic ("Offen ist die Lage in Kidal. ... die Stadt"). Not a capital that speaks ("Addis Abeba
        erklärte"), a district ("Stadtbezirk Sawodskoi"), or a town of another country."""
        if not state.last_event_place or state.sentence == 0 or state.last_event_place[0] >= state.sentence - 1:
            return None
        prev = self._mentions_at(state, state.sentence - 1)
        named = [p for p in prev.places if p.place is not None and not p.region and not p.anaphor
                 and p.place.feature not in ("facility", "crossing") and not _modifier(prev, p)]
        if not named:
            return None
        pm = _salient(prev, named)
        newer = pm.place
        before = prev.toks[pm.start - 1].lower if pm.start > 0 else ""
        r = rules(state.lang)
        if before in ("aus", "from", "von", "vom", "nach", "to", "into", "toward", "towards") and not any(
                "withdraw" in r.frames_of(t.lemma) for t in prev.toks):
            return None  # a source or a destination ("fled to Mopti", "Verstärkung aus Mopti") is no topic; a side's
            # retreat from or to a town is ("aus Homs zurückgezogen", "hat sich nach Kandahar abgesetzt")
        if newer.country != state.last_event_place[1].country or self.gaz.capital_country(newer.name) \
                or before in _NOT_TOPIC or (before == "of" and pm.start > 1 and prev.toks[pm.start - 2].lower in _NOT_TOPIC) \
                or before in _DISTRICT_NOUNS or (pm.end < len(prev.toks) and prev.toks[pm.end].lower in _DISTRICT_NOUNS):
            # (not "Stadtbezirk Sawodskoi", "the Zavodskoy district")
            return None
        return newer

    def _previous_place(self, state: _ArticleState) -> Place | None:
        """The last town named in the three sentences before, read on demand: sentences
        without trigger words were not read ("Die Taliban flohen aus Kabul. ... in die Stadt")."""
        for k in range(state.sentence - 1, max(-1, state.sentence - 4), -1):
            sm = self._mentions_at(state, k)
            named = [p for p in sm.places if p.place is not None and not p.region and not p.anaphor
                     and p.place.feature != "facility" and not _modifier(sm, p) and not _spoken_at(sm, p)
                     and not self._foreign_capital(state, p.place)]
            if named:
                return _salient(sm, named).place
        return None

    def _state_named(self, text: str) -> str | None:
        """The country a word names, as a state or by its capital ("Azerbaijan", "Baku", "Moskaus")."""
        return self.gaz.country_named(text) or self.gaz.capital_country(text) or (
            self.gaz.capital_country(text[:-1]) if text.endswith("s") else None)

    def _speaking_state(self, state: _ArticleState, sm: SentenceMentions, s: int, sources: bool) -> str | None:
        """The state that speaks just before token s: a state or its capital before a reporting verb ("Azerbaijan
        said it had retaken ...", "Moscow said"; not "a group in northern Myanmar said"); with `sources`, also
        the state a source names ("According to Baku, its forces", "Nach Angaben Moskaus ... seine Truppen"),
        which wins. The last one named of each kind counts."""
        reporting = rules(state.lang).w("reporting")
        spoke, named = None, None
        for k in range(max(0, s - 8), s - 1):
            if sm.toks[k + 1].lower in reporting and not {t.lower for t in sm.toks[max(0, k - 2) : k]} & _GOVERNING:
                spoke = self.gaz.country_named(sm.toks[k].text) or self.gaz.capital_country(sm.toks[k].text) or spoke
            if sources and sm.toks[k].lower in ("to", "angaben", "laut") and (
                    sm.toks[k].lower != "to" or sm.toks[k - 1].lower == "according"):
                named = self._state_named(sm.toks[k + 1].text) or named
        return named or spoke

    def _actor(self, state: _ArticleState, sm: SentenceMentions, span, country: str | None,
               exclude: str | set[str] | None = None) -> str | list[str] | None:
        if span is None:
            return None
        s, e, mention = span
        if s > 0 and sm.toks[s - 1].lower in _FIRST_PERSON and mention.actor in (GOV_ANY, NONSTATE, REBELS):
            # '"Our troops have taken full control of Lashio," the MNDAA said': the speaker's forces
            speaker = _speaker(sm, s)
            if speaker is not None:
                return self._actor(state, sm, speaker, country, exclude)
        if mention.actor == GOV_ANY and s > 0 and sm.toks[s - 1].lower in ("seine", "ihre", "its", "their", "seiner", "ihrer"):
            # "Äthiopien erklärte, seine Armee habe Barentu erobert", "Azerbaijan said its army had taken ...":
            # the state that speaks owns the army
            speaking = self._speaking_state(state, sm, s, sources=False)
            if speaking:
                return f"GOV:{speaking}"
        if mention.actor == PRONOUN:
            first = _first_clause_subject(sm, s) if mention.text.lower() in ("they", "it", "sie", "er", "their", "its") else None
            if first is not None:
                # "Tigrayan forces retook Mekele after the army pulled out, and in August they seized
                # Lalibela": a subject pronoun after ", and" is the first clause's subject
                return self._actor(state, sm, first, country, exclude)
            speaking = self._speaking_state(state, sm, s, sources=True)
            if speaking:
                return f"GOV:{speaking}"
            # else the nearest actor before it; a state named by its country ("ruled Afghanistan")
            # is more often an object than the antecedent of a pronoun
            before = [a for (a0, a1, a) in sm.actors if a1 <= s and a.actor != PRONOUN
                      and (a0 == 0 or not self.gaz.country_named(a.text))
                      and not (mention.text.lower() in ("sie", "they") and _opposed_at(sm, a0))]
            # (a subject pronoun's antecedent is no prepositional object: "gegen die Huthi-Rebellen gekämpft;
            # gemeinsam vertrieben sie die Huthis")
            if before:
                return state.ctx.resolve(before[-1].actor, country)
            if mention.text.lower() in ("who", "which", "that", "die", "der", "welche"):
                return None  # a relative pronoun's antecedent is in its sentence (here a person)
            word = mention.text.lower().split()[0]
            subject = state.previous_subject(state.sentence, self.gaz.country_named, country, possessive=word == "ihre") \
                if word in ("they", "it", "sie", "er", "its", "their", "ihre") else None
            # ("ihre Hochburg": a plural side's; "seine Hochburg" is more often a person's)
            if subject is not None and subject != UNKNOWN:
                return subject  # "Tigray forces captured Lalibela ... . In late October they seized Dessie"
            for prior in reversed(state.actors_before(state.sentence, self.gaz.country_named, country)):
                if prior != UNKNOWN:
                    return prior
            after = [a for (a0, _, a) in sm.actors if a0 > s and a.specific]
            if after and mention.text.lower() in ("its", "their", "ihre", "ihrer", "ihrem", "seine", "seiner", "seinem"):
                return state.ctx.resolve(after[0].actor, country)  # "Aus ihrer Hochburg Idlib heraus startete die HTS ..."
            return None
        actor = state.ctx.resolve(mention.actor, country, exclude, text=mention.text)
        if actor.startswith("OTHER:") and country and actor[6:].split("-")[-1] in state.presidents:
            return f"GOV:{country}"  # "die Truppen Habrés" in a story of "Präsident Hissène Habré": the state's
        return actor

    def _as_written(self, state: _ArticleState, pm: PlaceMention, place: Place) -> Place:
        """The place under the name the text writes, where that is one of its GeoNames names and a
        spelling English uses (GUIDELINES: "as written in English"): GeoNames' main name is often a
        local or official form readers do not use ("Zalinjay" for Zalingei, "Musanze" for Ruhengeri).
        Not a German transliteration ("Mossul", "Charkiw"), an alias entry, a facility, or a spelling that
        folds to the same name ("Talokan" stays Taloqan)."""
        written = pm.text
        if pm.anaphor or pm.place != place or fold(written) == fold(place.name) or place.feature != "city" \
                or not written[:1].isupper() or written.isupper() or not self.gaz.spelled(written, place):
            return place
        if state.lang == "de" and (_GERMAN_SPELLING.search(written) or self.gaz.population(place) >= 500_000):
            return place  # (a big city's German exonym: "Belgrad", "Addis Abeba"; GeoNames names it in English)
        if _ARTICLE_NAME.match(place.name) and not _ARTICLE_NAME.match(written):
            return place  # "Al Faw" written "Fao": the fuller transliteration with its article
        return replace(place, name=written)

    def _default_loser(self, state: _ArticleState, winner) -> str | None:
        if winner is None:
            return None
        dominant = state.ctx.dominant
        if dominant and dominant != winner and not str(winner).startswith("GOV"):
            return None
        return dominant if dominant and dominant != winner else None

    def _when(self, state: _ArticleState, s: Sentence, sm: SentenceMentions, rd: Reading, times,
              reader: Reader) -> tuple[str | None, bool]:
        pub = state.article.published_date
        trig_at = sm.toks[rd.trigger].start if rd.trigger < len(sm.toks) else 0
        if rd.undated:
            cur = [t for t in times if t.recent is not None]
            return None, bool(cur[0].recent) if cur else True
        entry = next((t for t in times if t.start <= 1 and t.value
                      and dating.ENTRY_MARK.match(s.text, dating.time_end(s.text, t.start))), None)
        if entry is not None:
            # "Jan. 2, 2009 - Troops capture Kilinochchi", "8. August: ... erobern die Taliban Kundus": a dated entry
            return entry.value, bool(entry.recent) if entry.recent is not None else False
        span = _long_before(sm, rd.trigger) if rd.kind != "hold" else None
        if span is not None and not any(t.start > sm.toks[span].start for t in times):
            # "more than a year after the city fell to the paramilitaries", "eight months after federal
            # troops captured it": long before the main event, on a day the sentence does not give (a
            # time of its own, "... in May", wins)
            return None, False
        seg_s, seg_e = reader.clause(rd.trigger)  # the sentence's reader: its clause bounds are known
        lo = sm.toks[seg_s].start if seg_s < len(sm.toks) else 0
        hi = sm.toks[seg_e - 1].end if 0 < seg_e <= len(sm.toks) else len(s.text)
        local = [t for t in times if lo <= t.start < hi]
        back = dating.DAYS_BACK.get(" ".join(tok.lower for tok in sm.toks[max(0, seg_s - 3) : seg_s]))
        if not local and back:
            # "captured Kandahar on Friday, a day after taking Herat": the main clause's day, counted back
            main = [t for t in times if t.start < lo and t.value and len(t.value) == 10]
            if main:
                day = date.fromisoformat(main[-1].value) - timedelta(days=back)
                pub = state.article.published_date
                return day.isoformat(), bool(recency(day.isoformat(), date.fromisoformat(pub[:10]) if pub else None))
        if not local and seg_s > 0 and sm.toks[seg_s - 1].lower in _BEFORE_MAIN:
            # "rebels entered Timbuktu on Sunday after soldiers abandoned the town": an event in an
            # after-clause happened by the time of the main clause
            local = [t for t in times if not (lo <= t.start < hi)]
            if seg_e < len(sm.toks) and sm.toks[seg_e].lower in _RELATIVE:
                # "..., when forces took Mazar-e-Sharif, which the Taliban had captured in 1998": the
                # relative clause's time is its own
                local = [t for t in local if t.start < hi]
        if state.lang == "en" or local:
            times = local
        else:
            # a time in the reporting clause dates the reported fact ("meldete am Donnerstag, ...")
            rep = rules(state.lang).w("reporting")
            rep_at = [tok.start for tok in sm.toks if tok.lower in rep]
            times = [t for t in times if any(abs(t.start - r) < 40 for r in rep_at)]
        if rd.kind in ("capture", "withdrawal"):
            # "captured Zalambessa, the border town held by Eritrea since the start of the war in 1998":
            # a time after "since" dates the state before the event, not the event
            times = [t for t in times if not (t.start > trig_at and _SINCE.search(s.text, trig_at, t.start))
                     and not (_ATTRIBUTIVE_SINCE.match(s.text, t.start)
                              and s.text[max(0, t.start - 5) : t.start].lower().strip().endswith("seit"))]
            # ("den seit 2014 stillgelegten Flughafen": a time inside an attribute describes the noun)
        if rd.kind == "hold":
            # "still holds Sirte, the city it seized in January": a time after another event's verb is that event's
            r = rules(state.lang)
            verbs = [tok.start for tok in sm.toks if tok.start != trig_at and any(
                f not in ("hold", "hands", "stronghold") for f in r.frames_of(tok.lemma) or r.frames_of(tok.lower))]
            # ("overran Sanaa in September 2014 and still control it": the time between is the capture's)
            times = [t for t in times if not any((v < t.start) if v > trig_at else (lo <= v < t.start < trig_at)
                                                 for v in verbs)]
        if len(times) > 1 and rd.kind != "hold" and state.lang == "en" and any(t.start > trig_at for t in times) \
                and not (0 < rd.trigger < len(sm.toks) and sm.toks[rd.trigger - 1].lower in ("the", "a", "its", "their")):
            # "Fallujah fell to Islamic State in January 2014 and was retaken by Iraqi forces in June 2016": a time
            # after an earlier verb of taking is that verb's, where this one has a time after it (English: German
            # puts the time before its verb, "am Samstag folgte X, am Sonntag fiel Y")
            r = rules(state.lang)
            verbs = [tok.start for tok in sm.toks if tok.start < trig_at and tok.text[:1].islower() and any(
                f not in ("hold", "hands", "stronghold") for f in r.frames_of(tok.lemma) or r.frames_of(tok.lower))]
            joined = [m.start() for m in _JOINERS.finditer(s.text)]
            times = [t for t in times if not any(v < t.start < trig_at and any(t.start < j < trig_at for j in joined)
                                                 for v in verbs)]
        if times:
            # "Srebrenica, declared a safe area in 1993, fell ... on July 11, 1995", "The MNDAA, part of the
            # alliance that launched an offensive in October, had taken ...": a time inside a parenthesis
            # closed before the verb dates the parenthesis
            inner = [t for t in times if t.start < trig_at and "," in s.text[t.start : trig_at]
                     and "," in s.text[max(0, t.start - (60 if len(times) > 1 else 100)) : t.start]
                     and (len(times) > 1 or s.text[t.start : trig_at].count(",") == 1 and all(
                         w in rules_en.VERB_GROUP for w in s.text[t.start : trig_at].split(",")[1].lower().split()[:-1]))]
            times = [t for t in times if t not in inner] or (times if len(times) > 1 else [])
        if times:
            t = min(times, key=lambda w: abs(w.start - trig_at))
            if rd.place is not None and 0 < rd.place.end <= len(sm.toks) and rd.place.start > rd.trigger:
                # "seized Buthidaung in May and Paletwa in January": a time right after the place is its own
                end = sm.toks[rd.place.end - 1].end
                t = next((w for w in times if 0 <= w.start - end <= 2 or s.text[end : w.start].strip().lower() in ("on", "in")), t)
            since = s.text[max(0, t.start - 6) : t.start].lower().strip().endswith(("since", "seit")) \
                or s.text[t.start : t.start + 6].lower().startswith(("since", "seit")) \
                or (rd.kind == "hold" and t.start > trig_at and _SINCE.search(s.text, trig_at, t.start) is not None) \
                or (rd.kind == "hold" and _SINCE_PHRASE.search(s.text, max(0, t.start - 40), t.start) is not None)
            # ("have controlled since they overran the capital last September": held until now)
            if rd.kind == "hold":
                if t.value is not None and t.recent is False and not since:
                    return t.value, False
                if t.recent is False:
                    return (None, False) if not since else (pub, True)
                return pub, True
            if t.value is not None:
                rec = t.recent if t.recent is not None else True
                return t.value, rec
            return None, bool(t.recent)
        words = {tok.lower for tok in sm.toks[seg_s:seg_e]}
        if words & _THEN and s.paragraph in state.para_time:
            _, recent = state.para_time[s.paragraph]
            return None, bool(recent) if recent is not None else True
        if rd.kind == "hold":
            return pub, True
        plup = rules(state.lang).w("pluperfect")
        reported = words & rules(state.lang).w("reporting")
        if words & plup and not reported:
            return None, False
        return pub, True




_BORDER_PHRASE = re.compile(BORDER_WITH + r"[A-ZÄÖÜ][\w-]+")
_ATTRIBUTIVE_SINCE = re.compile(r"[\w.]+(?:\s+\d{4})?\s+(?:[a-zäöü]\w*\s+)?[a-zäöü]\w*(?:te|ten|tem|ter|tes)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ]")
_CIVILIAN_HEADS = ("konzern", "unternehmen", "wahl", "wahlen", "meisterschaft")

# "Seit den Kämpfen von 1992 kontrollieren ...", "since the war of 1994": a hold since a time told by an event
_SINCE_PHRASE = re.compile(r"\b(?:seit|since)\s+(?:den|dem|der|the)\s+[\w-]+\s+(?:von|vom|of|in|im)\s+$", re.I)


_MILITARY_VOICE = re.compile(r"(?i)\b(?:general\b|spokes|military\b|army\b|officer|commander|\w*sprecher|\w*armee\b|militär|"
                             r"offizier|kommandeur)")
_BARE_TROOPS = frozenset({"troops", "forces", "soldiers", "units", "truppen", "soldaten", "einheiten", "armee", "army",
                          "die armee", "the army"})
_GOVERNING = frozenset({"from", "by", "against", "with", "of", "to", "on", "for", "at", "in", "into", "near", "between",
                        "among", "backed", "alongside", "toward", "towards", "than", "'s", "’s", "von", "gegen", "mit",
                        "durch", "aus", "bei", "an", "auf", "für", "zu", "nach"})


def _give_troops_to_speaker(reader: Reader, readings: list) -> None:
    """'an Israeli brigadier general told reporters that troops had taken control of Bint Jbeil': the bare
    troops a state's soldier or spokesman speaks of are that state's, not those of the place's country."""
    if not any(r.winner is not None and r.winner[2].actor == GOV_ANY for r in readings):
        return
    reporter = reader.reporter()
    if reporter is None or not reporter[2].actor.startswith("GOV:") or reporter[2].actor == GOV_ANY \
            or not _MILITARY_VOICE.search(reporter[2].text):
        return
    for r in readings:
        if r.winner is not None and r.winner[2].actor == GOV_ANY and r.winner != reporter \
                and r.winner[2].text.lower() in _BARE_TROOPS:  # (not "government forces")
            r.winner = reporter


def _opposed_at(sm: SentenceMentions, a0: int) -> bool:
    """The actor starting at token a0 is the one fought against ("gegen die Huthi-Rebellen")."""
    k = a0 - 1
    while k >= 0 and (sm.toks[k].lower in ("the", "die", "der", "den", "dem", "des") or sm.toks[k].text[:1].islower()
                      and sm.toks[k].lower.endswith(("en", "e", "er")) and sm.toks[k].lower not in _GOVERNING):
        k -= 1
    return k >= 0 and sm.toks[k].lower in ("gegen", "against")


_AT_THE_TIME = re.compile(r"(?i)\b(?:damals|seinerzeit|at the time(?! of)|back then)\b")
_YEAR = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")


def _then(state: _ArticleState, s: Sentence) -> str | None:
    """'Die M23 war bereits 2012 in Erscheinung getreten. Damals besetzte sie im November Goma': "damals"
    ("at the time") dates the sentence's months in the year the sentence before named (its last day as
    the reference, so that "im November" is that year's November)."""
    if not _AT_THE_TIME.search(s.text) or s.index == 0:
        return None
    years = _YEAR.findall(state.sents[s.index - 1].text)
    published = state.article.published_date
    if not years or (published and years[-1] >= published[:4]):
        return None
    return f"{years[-1]}-12-31"


def _first_clause_subject(sm: SentenceMentions, at: int):
    """The subject of the sentence's first clause when token ``at`` follows a ', and' that opens
    another clause; None otherwise."""
    toks = sm.toks
    cut = next((k for k in range(at - 1, 0, -1) if toks[k].lower in ("and", "und") and toks[k - 1].lower == ","), None)
    if cut is None:
        return None
    if any(cut < a0 and a1 <= at and a.actor != PRONOUN and (a1 >= len(toks) or toks[a1].lower not in ("'s", "’s"))
           for a0, a1, a in sm.actors):
        return None  # "..., and the Nigerian army says it has retaken Bama": the new clause names its own side
    for a0, a1, a in sm.actors:
        if a1 > cut:
            break
        if a0 == 0 or toks[a0 - 1].lower not in _GOVERNING:
            return (a0, a1, a)
    return None


@lru_cache(maxsize=None)
def _domain_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whole-word patterns of a language's civilian (elections, sport, business) and armed words."""
    r = rules(lang)
    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, r.w(k)), key=len, reverse=True)) + r")(?!\w)",
                            re.IGNORECASE) for k in ("civilian", "armed"))


_MODIFIED = {"television", "tv", "radio", "officials", "authorities", "residents", "government", "newspaper", "agency",
             "based", "governor", "mayor", "police", "fernsehen", "rundfunk", "behörden", "regierung",
             # where a report was made: "wie die Armee in Belgrad mitteilte"
             "mitteilte", "mitteilten", "erklärte", "erklärten", "sagte", "sagten", "meldete",
             "erklärt", "sagt", "teilt", "meldet", "berichtet", "bestätigt", "teilte", "teilten", "meldeten", "berichtete"}


def _modifier(sm: SentenceMentions, p: PlaceMention) -> bool:
    """'read on Belgrade television', 'Kabul-based': a place that qualifies another noun is
    not what 'the town' later stands for."""
    nxt = sm.toks[p.end].lower if p.end < len(sm.toks) else ""
    if nxt == "-" and p.end + 1 < len(sm.toks):
        nxt = sm.toks[p.end + 1].lower
    if p.start > 0 and sm.toks[p.start - 1].lower in ("in", "aus", "from") and any(
            sm.toks[k].lower in _SPEAKERS for k in range(max(0, p.start - 6), p.start - 1)):
        return True  # "ein Sprecher des HVO in Split", "das Oberkommando in Belgrad": where a report was made
    if nxt in ("'s", "’s") and p.end + 1 < len(sm.toks) and sm.toks[p.end + 1].lower in _POSSESSED:
        return True  # "out of Bamako's reach", "Moscow's troops": the state seated there, not the town
    return nxt in _MODIFIED


def _landmark(sm: SentenceMentions, p: PlaceMention) -> bool:
    """'Anefis, about 110 km south of Kidal, ...': a town that only measures a distance to another."""
    nxt = sm.toks[p.end].lower if p.end < len(sm.toks) else ""
    return p.start > 1 and sm.toks[p.start - 1].lower in ("of", "von") and sm.toks[p.start - 2].lower in _DIRECTION \
        and any(sm.toks[k].lower in _DISTANCES for k in range(max(0, p.start - 6), p.start - 2)) \
        and nxt in (",", ")") and (p.end + 1 >= len(sm.toks) or sm.toks[p.end + 1].lower not in ("the", "a", "an", "die", "der"))


_POSSESSED = frozenset({"reach", "control", "grip", "hands", "rule", "troops", "forces", "army", "government", "regime",
                        "authority", "orbit", "influence"})


_SENT_FROM = frozenset({"in", "flown", "sent", "brought", "arrived", "came", "deployed", "airlifted", "rushed", "transferred",
                        "dispatched", "eingeflogen", "entsandt", "geschickt", "verlegt"})


def _origin(sm: SentenceMentions, p: PlaceMention) -> bool:
    """'reinforcements flown in from Popayan': where forces came from, no antecedent of 'the town'."""
    return p.start >= 2 and sm.toks[p.start - 1].lower in ("from", "aus") and sm.toks[p.start - 2].lower in _SENT_FROM


def sm_text(sm: SentenceMentions, pm: PlaceMention) -> str:
    """The place as written, without a possessive ending."""
    name = pm.text
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


_PROPER_FACILITY = re.compile(r"(?:[A-Z][\w'’-]+ ){1,4}(?:Airfield|Air Base|Airbase|International Airport|Dam)")
_DAMS = frozenset({"dam", "damm", "staudamm"})


def _named_dam(state: _ArticleState, sm: SentenceMentions, pm: PlaceMention) -> Place | None:
    """The dam named last before "the dam", in this sentence or the ones before it."""
    def dam(p: PlaceMention) -> bool:
        return p.place is not None and p.place.feature == "facility" and p.place.name.endswith(" Dam")

    here = [p.place for p in sm.places if p.end <= pm.start and dam(p)]
    if here:
        return here[-1]
    for index in range(state.sentence - 1, max(-1, state.sentence - 6), -1):
        before = [p.place for p in state.mentions[index].places if dam(p)] if index in state.mentions else []
        if before:
            return before[-1]
    return None


_FACILITY_ANAPHORS = {"grenzübergang": "Crossing", "crossing": "Crossing", "flughafen": "Airport", "airport": "Airport"}
# a sitting head of state named by title (not "former", "ousted" or "exiled" ones)
_PRESIDENT = re.compile(r"(?<!former )(?<!ehemaligen )(?<!früheren )(?<!ousted )(?<!gestürzten )"
                        r"(?:President|Präsident|Präsidenten|Staatspräsident|Staatschef|Staatschefs)\s+"
                        r"((?:[A-ZÄÖÜ][\w'’.-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+)")
_RETURN = frozenset({"rückkehr", "returning", "returned", "return", "returns", "zurückgekehrt", "zurückkehrt"})
_SPEAKERS = frozenset({"sprecher", "sprecherin", "oberkommando", "kommando", "hauptquartier", "spokesman", "spokeswoman",
                       "headquarters", "command", "korrespondent", "korrespondenten", "correspondent", "diplomats", "diplomaten",
                       "journalisten", "reporters", "officials"})
# where a town is only an edge or a way through ("at the outskirts of Stepanakert"); not "aus"/"nach", which name
# the topic town of a withdrawal ("aus Homs zurückgezogen", "nach Kandahar abgesetzt")
_NOT_TOPIC = frozenset({"outskirts", "stadtrand", "via"})
_SPOKE = frozenset({"sagte", "sagten", "erklärte", "erklärten", "said", "told", "says", "sagt", "erklärt", "betonte",
                    "kündigte", "announced", "meldete", "reporters", "journalisten"})
_DISTRICT_NOUNS = frozenset({"stadtbezirk", "bezirk", "stadtteil", "stadtviertel", "viertel", "district", "neighbourhood",
                             "neighborhood", "quarter", "suburb", "vorort"})
# letters German writes where English does not: "Mossul", "Charkiw", "Donezk", "Dschandairis", "Hamurije", "Kyjiw",
# "Fisuli", "Grosny"
_JOINERS = re.compile(r"\b(?:and|but)\b")  # English conjunctions that join a second verb ("... and was retaken")
_GERMAN_SPELLING = re.compile(r"sch|ß|[äöüÄÖÜ]|w|W|ss|zk|zch|Zch|tz$|ch|Ch|ij|ej|aj|oj|uj|j$|[aeiou]s[aeiouny]")
_ARTICLE_NAME = re.compile(r"(?i)^(?:al|el|ar|as|ad|an|at|az|ash)[\s'’-]")
_SETTLEMENT_WORDS = frozenset({"city", "town", "village", "capital", "stadt", "ort", "ortschaft", "hauptstadt", "dorf", "kleinstadt"})
_SMALL_PLACE_WORDS = _SETTLEMENT_WORDS - {"city", "capital", "stadt", "hauptstadt", "ort"} | {"städtchen"}  # never a capital
_SPANS = frozenset({"year", "years", "months", "decade", "decades", "jahr", "jahre", "jahren", "monate", "monaten",
                    "jahrzehnt", "jahrzehnte"})


def _long_before(sm: SentenceMentions, trigger: int) -> int | None:
    """The index of the "after"/"nachdem" that opens the trigger's clause where a span of months or
    years counts it back from the main event ("seven months after the city fell"); else None."""
    for k in range(trigger - 1, max(-1, trigger - 8), -1):
        low = sm.toks[k].lower
        if low in ("after", "nachdem", "since", "seit"):
            return k if {sm.toks[j].lower for j in range(max(0, k - 3), k)} & _SPANS else None
        if low in (",", ";", ".", "and", "und"):
            return None
    return None


_SINCE = re.compile(r"\b(?:since|seit|seitdem|seither)\b", re.I)
_BODIES = frozenset({"regierung", "government", "officials", "behörden", "authorities", "ministerium", "ministry",
                     "sprecher", "spokesman", "militär", "military", "führung", "leadership", "diplomaten", "diplomats"})
_LOCATING = frozenset({"near", "nahe", "bei", "outside", "außerhalb", "südlich", "nördlich", "östlich", "westlich",
                       "nordöstlich", "nordwestlich", "südöstlich", "südwestlich"})
_DISTANCES = frozenset({"kilometres", "kilometers", "miles", "km", "kilometer", "kilometre", "kilometern", "meilen"})
_DIRECTION = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "north-east", "north-west", "south-east", "south-west"}) | _DISTANCES | _LOCATING


# the nouns of a movement toward a place ("Vormarsch auf", "advance on"): the place is a target
_HEADING = frozenset({"vormarsch", "vormarschs", "vormarsches", "marsch", "angriff", "angriffs", "offensive", "advance",
                      "march", "push", "drive", "assault", "attack"})
# verbs that say where a place lies or what it is ("Gharjan liegt ...", "Gharyan lies ...")
_LOCATED = frozenset({"liegt", "lag", "lies", "lay", "is", "ist", "war", "was", "sits", "befindet", "gilt", "diente", "served"})


# a town noun that tells its size: the most populous town named just before, if it is that big
_BIG_CITY = {"millionenstadt": 500_000, "millionenmetropole": 500_000, "metropole": 300_000, "großstadt": 100_000}
_SEAT_OF = re.compile(r"(?i)^(?:hauptstadt|capital) (?:des|der|of) ")
_REGIONAL_CAPITAL = re.compile(r"(?i)(?:gebiets|provinz|regional|bezirks|landes)hauptstadt|(?:regional|provincial|state) capital")
_FIRST_PERSON = frozenset({"our", "unsere", "unseren", "unserer", "unser"})
_QUOTES = frozenset({'"', "“", "”", "„", "«", "»", "'"})


def _speaker(sm: SentenceMentions, s: int):
    """The actor that speaks the quotation holding token s: named right after the closing quote
    ('..." the MNDAA said'), else right before the opening one ('The MNDAA said: "...')."""
    close = next((k for k in range(s, len(sm.toks)) if sm.toks[k].lower in _QUOTES and k > s), None)
    if close is not None:
        after = next(((a0, a1, a) for a0, a1, a in sm.actors if close < a0 <= close + 5 and a.specific), None)
        if after is not None:
            return after
    opening = next((k for k in range(s - 1, -1, -1) if sm.toks[k].lower in _QUOTES), None)
    if opening is not None:
        return next(((a0, a1, a) for a0, a1, a in reversed(sm.actors) if a1 <= opening and a.specific), None)
    return None


def _spoken_at(sm: SentenceMentions, p: PlaceMention) -> bool:
    """'sagte der Präsident am Sonntag in Çanakkale', 'told reporters in Nairobi': where someone spoke."""
    return p.start > 1 and sm.toks[p.start - 1].lower == "in" and any(
        t.lower in _SPOKE for t in sm.toks[max(0, p.start - 12) : p.start - 1])


def _salient(sm: SentenceMentions, named: list[PlaceMention]) -> PlaceMention:
    """The place a sentence is about: the last one not merely locating another ("Bor liegt
    200 Kilometer nördlich von Juba" is about Bor). (A capital standing for its government,
    "since Moscow first sent troops", is an actor, not a place: actors._CAPITAL_GOVERNS.)"""
    def locating(p: PlaceMention) -> bool:
        before = sm.toks[p.start - 1].lower if p.start > 0 else ""
        return before in _LOCATING or (before in ("of", "von", "from", "der", "des") and p.start > 1
                                       and sm.toks[p.start - 2].lower in _DIRECTION) or (
            # "der Regierung in Bamako", "officials in Kabul": where a side or body sits
            before == "in" and p.start > 1 and ((p.start - 2) in sm.actor_at or sm.toks[p.start - 2].lower in _BODIES)) \
            or _spoken_at(sm, p)

    def target(p: PlaceMention) -> bool:
        # "seit Beginn ihres Vormarschs auf Tripolis", "the advance on Kabul": where a side is heading
        return p.start > 1 and sm.toks[p.start - 1].lower in ("auf", "on", "toward", "towards", "gegen", "against") \
            and sm.toks[p.start - 2].lemma in _HEADING

    if named[0].start == 0 and len(sm.toks) > 1 and sm.toks[1].lower in _LOCATED:
        return named[0]  # "Gharjan liegt ... südlich der Hauptstadt ...": the sentence's subject is its topic
    free = [p for p in named if not locating(p) and not target(p)]
    return (free or named)[-1]
