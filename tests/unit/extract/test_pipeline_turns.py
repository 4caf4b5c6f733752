"""Control that has just passed, told as a state ("is now in its hands", "ist wieder unter
Kontrolle der Regierung"), takers told elsewhere in the story, and places told by reference
("both towns", ", as does X", "The first to fall was X"), in sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.model import Article


def _events(extractor, lang, published, text):
    return extractor.extract(Article(id="t", text=text, published=published, lang=lang))


def _has(events, kind, place, winner=None):
    return any(e.kind == kind and e.place == place and (winner is None or e.winner == winner) for e in events)


# (lang, text, place, winner): a state of control that "now", "nun", "wieder" or "geraten" makes a change
NOW_TAKEN = [
    ("en", "Moscow says Gudermes is now fully in its hands.", "Gudermes", "GOV:RU"),
    ("en", "Pul-e Khumri, the capital of Baghlan province, is now under Taliban control, a lawmaker said.", "Pul-e Khumri",
     "TALIBAN"),
    ("en", "Rebels in Syria say they now control the town of Nawa.", "Nawa", "SY_OPPOSITION"),
    ("de", "Die Stadt Isjum in der Ukraine ist nun vollständig unter ukrainischer Kontrolle.", "Izium", "GOV:UA"),
    ("de", "Die Stadt Tikrit im Irak ist jetzt in der Hand der irakischen Armee.", "Tikrit", "GOV:IQ"),
    ("de", "Nach Monaten unter Kontrolle der Separatisten ist die Stadt Kramatorsk in der Ukraine wieder in der Hand der Regierung.",
     "Kramatorsk", "GOV:UA"),
    ("de", "Zwei Jahre nach der Eroberung durch den IS ist Ramadi im Irak wieder unter Kontrolle der irakischen Regierung.",
     "Ramadi", "GOV:IQ"),
    ("de", "Die libysche Hafenstadt Derna war im Herbst 2014 unter die Kontrolle des IS geraten.", "Derna", "IS"),
    ("de", "+++ Flughafen Kindu in Rebellenhand +++\n\nIm Kongo rücken die Rebellen weiter vor.", "Kindu Airport", "M23"),
]

# (lang, text, place, winner): held now
STILL_HELD = [
    ("de", "Masar-i-Scharif, die größte Stadt im Norden Afghanistans, ist noch in Regierungshand.", "Mazar-i-Sharif", "GOV:AF"),
    ("de", "Die Stadt Zchinwali in Georgien steht seit Sonntag unter Kontrolle russischer Truppen.", "Ts'khinvali", "GOV:RU"),
    ("de", "Die M23 hatte Goma im Januar eingenommen. Die Stadt im Kongo steht seither unter ihrer Kontrolle.", "Goma", "M23"),
    ("de", "Heute ist Tikrit im Irak wieder fest in der Hand der Regierung.", "Tikrit", "GOV:IQ"),
    ("en", "Kandahar and Herat remain in government hands, as does Kabul, where thousands of families are camping.", "Kabul",
     "GOV:AF"),
]


@pytest.mark.parametrize("lang,text,place,winner", NOW_TAKEN)
def test_pipeline_turns_reads_control_that_has_just_passed_as_a_capture(extractor, lang, text, place, winner):
    events = _events(extractor, lang, "2022-09-12", text)
    assert _has(events, "capture", place, winner) and not _has(events, "hold", place), \
        [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("lang,text,place,winner", STILL_HELD)
def test_pipeline_turns_reads_control_that_goes_on_as_a_hold(extractor, lang, text, place, winner):
    events = _events(extractor, lang, "2022-09-12", text)
    assert _has(events, "hold", place, winner), [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("lang,text,places,winner", [
    ("de", "Die Armee meldet die Rückeroberung von Dessie und Kombolcha in Äthiopien. Die TPLF hatte die beiden Städte im "
     "Oktober eingenommen.", ["Dessie", "Kombolcha"], "OTHER:tplf"),
    ("en", "Fighting raged near Sake and Minova in Congo. M23 rebels said they had captured both towns on Saturday.",
     ["Sake", "Minova"], "M23"),
])
def test_pipeline_turns_reads_both_towns_as_the_two_named_before(extractor, lang, text, places, winner):
    events = _events(extractor, lang, "2021-11-10", text)
    assert all(_has(events, "capture", p, winner) for p in places), [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("lang,text,place,when", [
    ("en", "The Taliban took Herat in Afghanistan on Thursday. The first to fall was Zaranj last Friday.", "Zaranj", "2021-08-06"),
    ("de", "Die Taliban haben Herat in Afghanistan erobert. Als erste fiel am Freitag vor einer Woche Sarandsch an der Grenze "
     "zum Iran.", "Zaranj", "2021-08-06"),
])
def test_pipeline_turns_reads_the_first_to_fall(extractor, lang, text, place, when):
    events = _events(extractor, lang, "2021-08-13", text)
    assert any(e.kind == "capture" and e.place == place and e.winner == "TALIBAN" and e.when == when for e in events), \
        [(e.kind, e.place, e.winner, e.when) for e in events]


def test_pipeline_turns_takes_no_neighbour_on_a_border_as_a_taker(extractor):
    text = "In Afghanistan fiel am Freitag die Stadt Islam Qala an der Grenze zum Iran."
    assert all(e.winner != "GOV:IR" for e in _events(extractor, "de", "2021-08-13", text))


@pytest.mark.parametrize("lang,text,place,winner,loser", [
    ("de", "Die Stadt Argun in Tschetschenien hatten die Separatisten den russischen Truppen kampflos überlassen.", "Argun",
     "GOV:RU", "OTHER:chechen-rebels"),
    ("de", "Im März 1993 fiel die Stadt Kuito in Angola nach 55 Tagen heftiger Kämpfe an die Rebellen der UNITA.", "Cuito",
     "OTHER:unita", None),
])
def test_pipeline_turns_reads_towns_left_or_fallen_to_a_side(extractor, lang, text, place, winner, loser):
    events = _events(extractor, lang, "1999-12-10", text)
    assert any(e.kind == "capture" and e.place == place and e.winner == winner and (loser is None or e.loser == loser)
               for e in events), [(e.kind, e.place, e.winner, e.loser) for e in events]


@pytest.mark.parametrize("lang,text,place,kind,side", [
    # a clause that opens with its verb shares the subject of the one before it
    ("de", "Regierungstruppen nahmen im Mai die Stadt Shire in Äthiopien ein, zogen sich im Juni aber wieder aus der Stadt "
     "zurück.", "Shire", "withdrawal", "GOV:ET"),
    # a country after a direction is where an offensive came from, not its subject
    ("en", "Opposition fighters launched their offensive from northwest Syria on Nov. 27 and took Maarat al-Numan within days.",
     "Ma`arrat an Nu`man", "capture", "SY_OPPOSITION"),
])
def test_pipeline_turns_finds_the_subject_of_a_second_clause(extractor, lang, text, place, kind, side):
    events = _events(extractor, lang, "2024-12-01", text)
    assert any(e.kind == kind and side in (e.winner, e.loser) for e in events), \
        [(e.kind, e.place, e.winner, e.loser) for e in events]


def test_pipeline_turns_gives_a_capture_without_its_taker_the_nearest_taker(extractor):
    text = ("Die Taliban haben am Donnerstag Kandahar in Afghanistan eingenommen. Die Armee zog sich zurück. "
            "Nach dem Fall von Ghazni flohen Tausende nach Kabul.")
    events = _events(extractor, "de", "2021-08-13", text)
    assert _has(events, "capture", "Ghazni", "TALIBAN"), [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_dates_no_event_by_a_where_clause(extractor):
    text = "Syrian rebels say they now control the city of Daraa, where protests first erupted in March 2011."
    events = _events(extractor, "en", "2024-12-07", text)
    assert [(e.place, e.when, e.current) for e in events] == [("Daraa", "2024-12-07", True)]


@pytest.mark.parametrize("lang,text,place", [
    # a town too small for the gazetteer: its airport by name in the article's country
    ("en", "Rebels shelled Freetown in Sierra Leone. ECOMOG still controls Lungi airport across the estuary.",
     "Lungi International Airport"),
])
def test_pipeline_turns_names_an_airport_by_its_own_name(extractor, lang, text, place):
    assert place in [e.place for e in _events(extractor, lang, "1999-01-07", text)]


@pytest.mark.parametrize("lang,text,places", [
    ("en", "Croatia pressed its offensive. Officers said Benkovac and Obrovac had also fallen.", ["Benkovac", "Obrovac"]),
    ("de", "Im Kongo meldeten die Rebellen die Einnahme von Kindu. Die Armee räumte die Stadt.", ["Kindu"]),
])
def test_pipeline_turns_reads_every_place_after_a_reporting_verb(extractor, lang, text, places):
    found = {e.place for e in _events(extractor, lang, "1995-08-05", text)}
    assert set(places) <= found, found


@pytest.mark.parametrize("lang,text,kind,place,winner", [
    # a stronghold that a capture verb takes: the town is taken, not held by the side that lost it
    ("de", "Am Sonntag eroberte die Arakan-Armee den letzten Stützpunkt der Militärjunta in der Grenzstadt Buthidaung in "
     "Myanmar.", "capture", "Buthidaung", "AA"),
    # a genitive apposition after the clause names the town's holder
    ("de", "Die Tamil-Tiger-Rebellen haben sich in Sri Lanka aus der Stadt in Richtung Point Pedro zurückgezogen, ihres letzten großen "
     "Stützpunkts an der Küste.", "hold", "Point Pedro", "OTHER:ltte"),
    # a list goes on past a distance and direction
    ("de", "Nach dem Fall Mossuls hält der IS im Irak noch die Stadt Tal Afar rund 60 Kilometer weiter westlich sowie Baidschi "
     "nördlich von Tikrit.", "hold", "Baiji", "IS"),
])
def test_pipeline_turns_reads_german_strongholds_and_lists(extractor, lang, text, kind, place, winner):
    events = _events(extractor, lang, "2017-07-10", text)
    assert _has(events, kind, place, winner), [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("lang,text", [
    ("de", "In Huambo hatte UNITA-Chef Jonas Savimbi in Angola jahrelang sein Hauptquartier."),
    # the town after an event noun is not the object of the clause's verb, nor its subject the taker
    ("de", "Nach dem Fall Mossuls hält der IS im Irak noch die Stadt Tal Afar."),
])
def test_pipeline_turns_reads_no_hold_of_a_past_seat_or_a_fallen_town(extractor, lang, text):
    events = _events(extractor, lang, "2017-07-10", text)
    assert not any(e.kind == "hold" and e.place in ("Huambo", "Mosul") for e in events)
    assert not any(e.kind == "capture" and e.winner == "IS" for e in events), [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_keeps_a_facility_in_the_story_s_country(extractor):
    text = "Die Truppen im Jemen hätten auch den Flughafen Riyan östlich der Stadt Mukalla eingenommen."
    assert [(e.place, e.country) for e in _events(extractor, "de", "2016-04-25", text)] == [("Riyan Airport", "YE")]


def test_pipeline_turns_reads_a_siege_told_after_a_hold_in_a_relative_clause(extractor):
    text = ("UNITA attacked in Angola. Fighting was reported around Menongue, the capital of the province, which remains in "
            "government hands but has been cut off by UNITA since January.")
    events = _events(extractor, "en", "1993-03-08", text)
    assert _has(events, "hold", "Menongue", "GOV:AO") and _has(events, "siege", "Menongue", "OTHER:unita"), \
        [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("text,place,winner", [
    ("The fall of Kilinochchi in Sri Lanka follows the army's capture in November of the coastal town of Mannar.", "Mannar",
     "GOV:LK"),
    ("Mozambique's army said insurgents known locally as al-Shabab had seized Macomia.", "Macomia", "OTHER:ansar-al-sunna"),
])
def test_pipeline_turns_reads_possessive_captures_and_local_names(extractor, text, place, winner):
    events = _events(extractor, "en", "2009-01-02" if "Lanka" in text else "2020-05-30", text)
    assert _has(events, "capture", place, winner), [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("text,place,winner", [
    # the actor an apposition describes acts, not the alliance the apposition names
    ("The MNDAA, part of the so-called Three Brotherhood Alliance, captured Hsenwi in Myanmar.", "Hsenwi", "MNDAA"),
    # an offensive in a relative clause closed by a comma is no aim of the main verb
    ("The MNDAA, part of the alliance that launched an offensive in October, had already taken Chinshwehaw in Myanmar.",
     "Chinshwehaw", "MNDAA"),
    # a participle after the main clause has the main clause's subject
    ("The RSF has routed army garrisons across Darfur in Sudan, capturing Zalingei in late October.", "Zalingei", "RSF"),
    # a coordination with a regional force: its first member leads
    ("Government troops and southern fighters, backed by Emirati soldiers, drove the Houthis out of Zinjibar in Yemen.",
     "Zinjibar", "GOV:YE"),
])
def test_pipeline_turns_finds_the_taker_past_appositions_and_participles(extractor, text, place, winner):
    events = _events(extractor, "en", "2024-01-05", text)
    assert _has(events, "capture", place, winner), [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_reads_a_capture_list_past_an_apposition_and_a_time(extractor):
    text = ("The Taliban had taken their first provincial capital, Zaranj in Nimroz, on Friday, and Sheberghan, the power "
            "base of a warlord, on Saturday.")
    events = _events(extractor, "en", "2021-08-08", text)
    assert _has(events, "capture", "Zaranj", "TALIBAN") and _has(events, "capture", "Sheberghan", "TALIBAN"), \
        [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_ends_a_capture_list_at_a_new_clause(extractor):
    text = "Federal forces captured Mekelle in Ethiopia on Nov. 28, and Abiy declared the military operation over."
    assert [e.place for e in _events(extractor, "en", "2020-11-29", text)] == ["Mekelle"]


@pytest.mark.parametrize("lang,text,place,winner", [
    # the nearest taker of the story other than the side that left
    ("en", "The RSF seized Nyala in Sudan in October. Army units withdrew from Zalingei on Tuesday.", "Zalingei", "RSF"),
    # else the other camp: insurgents leave a town to the state, the state to the story's insurgents
    ("en", "Al-Shabaab fighters pulled out of Baidoa in Somalia overnight.", "Baidoa", "GOV:SO"),
    ("de", "Die Armee hat sich aus der Stadt Diabaly in Mali zurückgezogen, teilte die Ansar Dine mit.", "Diabaly",
     "OTHER:ansar-dine"),
])
def test_pipeline_turns_gives_a_withdrawal_the_side_that_moves_in(extractor, lang, text, place, winner):
    events = _events(extractor, lang, "2023-11-05", text)
    assert any(e.kind == "withdrawal" and e.place == place and e.winner == winner and e.confidence <= 0.4
               for e in events), [(e.kind, e.place, e.winner, e.loser) for e in events]


def test_pipeline_turns_gives_a_fall_told_alone_the_story_s_leading_side(extractor):
    text = ("Bosnisch-serbische Truppen haben ihre Angriffe in Bosnien verstärkt. "
            "Nach dem Fall der UN-Schutzzone Zepa sind Tausende Menschen auf der Flucht.")
    events = _events(extractor, "de", "1995-07-26", text)
    assert any(e.kind == "capture" and e.place == "Zepa" and e.winner == "OTHER:bosnian-serbs" and e.confidence <= 0.4
               for e in events), [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_keeps_a_capture_beside_a_denied_accusation(extractor):
    text = ("The Arakan Army said it had taken full control of Maungdaw, a border town of Myanmar. The fall of Maungdaw follows the group's "
            "capture of Buthidaung in May, which was accompanied by accusations of arson, charges the group denies.")
    events = _events(extractor, "en", "2024-12-09", text)
    assert _has(events, "capture", "Maungdaw", "AA") and _has(events, "capture", "Buthidaung", "AA"), \
        [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_keeps_an_airport_named_like_a_town_abroad_in_the_story_s_country(extractor):
    text = "Yemeni troops retook Mukalla from al-Qaeda. Troops also took Riyan airport, east of the city."
    assert ("Riyan Airport", "YE") in [(e.place, e.country) for e in _events(extractor, "en", "2016-04-25", text)]


@pytest.mark.parametrize("text,place,loser", [
    ("Ukraine's military said on Wednesday it had pulled its troops out of Marinka in Ukraine.", "Marinka", "GOV:UA"),
    # a quantifier before the force: "most of the fighters" left
    ("Most of the separatist fighters in Ukraine had pulled out of Sloviansk by the start of the week.", "Sloviansk",
     "RU_SEPARATISTS"),
])
def test_pipeline_turns_reads_a_force_pulled_out(extractor, text, place, loser):
    events = _events(extractor, "en", "2014-07-05", text)
    assert any(e.kind == "withdrawal" and e.place == place and e.loser == loser for e in events), \
        [(e.kind, e.place, e.winner, e.loser) for e in events]


@pytest.mark.parametrize("text,place,winner", [
    ("Government forces retook Bani Walid, the desert town that the rebels had seized in the first days of the war in Libya.",
     "Bani Walid", "GOV:LY"),
    ("Izium, which had about 45,000 people, was the largest town that Russian forces captured in the region of Ukraine.",
     "Izium", "GOV:RU"),
])
def test_pipeline_turns_reads_a_town_described_by_a_that_clause(extractor, text, place, winner):
    events = _events(extractor, "en", "2022-09-12", text)
    assert _has(events, "capture", place, winner), [(e.kind, e.place, e.winner) for e in events]


def test_pipeline_turns_reads_every_town_of_an_announced_capture(extractor):
    text = "Im Laufe des Tages meldete das Verteidigungsministerium in Zagreb auch die Einnahme von Petrinja, Glina und Topusko."
    events = _events(extractor, "de", "1995-08-05", text)
    assert {e.place for e in events if e.kind == "capture" and e.winner == "GOV:HR"} == {"Petrinja", "Glina", "Topusko"}


def test_pipeline_turns_ends_an_announced_list_at_a_new_clause(extractor):
    text = "Am 28. November meldete die Armee in Äthiopien die Einnahme von Adigrat, Abiy erklärte den Einsatz für beendet."
    assert [e.place for e in _events(extractor, "de", "2020-11-29", text)] == ["Adigrat"]


def test_pipeline_turns_reads_a_province_s_genitive_as_no_town(extractor):
    text = "Mitte März hatten nigerianische Soldaten bereits Gwoza, die drittgrößte Stadt Bornos, zurückerobert."
    assert [e.place for e in _events(extractor, "de", "2015-03-30", text)] == ["Gwoza"]


@pytest.mark.parametrize("text,kind,place,side", [
    # a passive loss names the loser; the taker comes from the story
    ("The Taliban advanced in Afghanistan. Sheberghan was also lost by government forces on Sunday evening after the "
     "Taliban entered the city.", "capture", "Sheberghan", "GOV:AF"),
    # a denial of reports told beside the fact does not deny the fact
    ("Georgian troops abandoned Senaki on Monday night and fell back amid reports, later dismissed by Moscow, that "
     "Russian forces were advancing.", "withdrawal", "Senaki", "GOV:GE"),
    # a sectarian militia beside the army: the army leads
    ("The Iraqi army and Shi'ite militias recaptured Baiji from the militants in early April.", "capture", "Baiji", "GOV:IQ"),
    # the named group before an apposition about it acts
    ("The Arakan Army, the alliance's third member, holds the town of Paletwa in Myanmar.", "hold", "Paletwa", "AA"),
    ("Another member of the alliance, the Ta'ang National Liberation Army, captured the town of Mogok in Myanmar.",
     "capture", "Mogok", "TNLA"),
])
def test_pipeline_turns_finds_the_sides_of_passive_and_apposed_clauses(extractor, text, kind, place, side):
    events = _events(extractor, "en", "2021-08-09", text)
    assert any(e.kind == kind and e.place == place and side in (e.winner, e.loser) for e in events), \
        [(e.kind, e.place, e.winner, e.loser) for e in events]


def test_pipeline_turns_takes_the_name_a_noun_phrase_ends_with(extractor):
    text = "Colombian troops recaptured the remote Amazon town of Leticia on Tuesday."
    assert [e.place for e in _events(extractor, "en", "1998-11-04", text)] == ["Leticia"]


def test_pipeline_turns_takes_no_capital_s_possessive_as_the_town(extractor):
    text = ("Kidal in Mali had been out of Bamako's reach since May 2014, when the MNLA drove government troops out of the "
            "town after deadly clashes.")
    assert [e.place for e in _events(extractor, "en", "2023-11-15", text)] == ["Kidal"]


@pytest.mark.parametrize("text,place,winner", [
    ("Die Regierung im Jemen hat ihren Sitz inzwischen in der südlichen Hafenstadt Mukalla.", "Mukalla", "GOV:YE"),
    ("Die Regierung im Sudan sitzt inzwischen in Kassala im Osten des Landes.", "Kassala", "GOV:SD"),
])
def test_pipeline_turns_reads_the_seat_of_a_government_as_held(extractor, text, place, winner):
    events = _events(extractor, "de", "2024-01-12", text)
    assert _has(events, "hold", place, winner), [(e.kind, e.place, e.winner) for e in events]


@pytest.mark.parametrize("text", [
    "Der Präsident sitzt seit Tagen in Kabul fest.",
    "Der Oppositionsführer sitzt in Moskau im Gefängnis.",
])
def test_pipeline_turns_reads_no_seat_of_a_person(extractor, text):
    assert _events(extractor, "de", "2024-01-12", text) == []


def test_pipeline_turns_reads_both_towns_of_a_relative_clause_with_beide(extractor):
    text = ("Augenzeugen berichteten von Explosionen in der Stadt Amran und in der Hafenstadt Midi im Jemen, die beide von den "
            "Huthis kontrolliert werden.")
    events = _events(extractor, "de", "2024-01-12", text)
    assert {e.place for e in events if e.kind == "hold" and e.winner == "HOUTHIS"} == {"Amran", "Midi"}


def test_pipeline_turns_reads_a_withdrawal_in_a_since_clause(extractor):
    text = "Tigrayan forces have controlled Shire, the town in Ethiopia, since federal troops withdrew in June."
    events = _events(extractor, "en", "2021-11-10", text)
    assert any(e.kind == "withdrawal" and e.place == "Shire" and e.loser == "GOV:ET" for e in events), \
        [(e.kind, e.place, e.winner, e.loser) for e in events]


def test_pipeline_turns_reads_no_reference_in_a_number_of_new_villages(extractor):
    text = "Fighting raged near Sake and Minova in Congo. M23 rebels said they had captured two villages on Saturday."
    assert _events(extractor, "en", "2021-11-10", text) == []
