"""Phrases of wire copy: a chronology's town before a long apposition, holders named by their people or
region, German place nouns in the genitive, towns that "fall in quick succession", and "forces" as a noun;
sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.model import Article


def _events(extractor, lang, published, text):
    return extractor.extract(Article(id="t", text=text, published=published, lang=lang))


def _got(events):
    return [(e.kind, e.place, e.winner, e.loser) for e in events]


@pytest.mark.parametrize("text,place,winner", [
    ("March 15 - Kisangani, Zaire's third-largest city and the army's main base in the east, falls to the ADFL.",
     "Kisangani", "OTHER:afdl"),
    ("Aug 8, 1998: Kindu, a river port and the army's last garrison in the province of Maniema, falls to the rebels of "
     "the RCD.", "Kindu", "OTHER:rcd"),
    ("08:40 GMT - Sake, a market town on the road west of the provincial capital and a hub for displaced families, "
     "was captured by M23 fighters overnight.", "Sake", "M23"),
    ("Gao, the biggest town of the north and the seat of the regional command, was seized by Ansar Dine.", "Gao",
     "OTHER:ansar-dine"),
])
def test_the_town_that_opens_a_chronology_line_is_the_subject_past_a_long_apposition(extractor, text, place, winner):
    events = _events(extractor, "en", "2025-01-31", text)
    assert (place, winner) in [(e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text", [
    "March 15 - Kisangani, which the army had held for months, is where the rebels said they would strike next.",
    "Goma, a city of two million people on the border with Rwanda, said the rebels had been beaten back.",
])
def test_an_opening_town_is_no_subject_past_a_clause_with_its_own_verb(extractor, text):
    assert _events(extractor, "en", "1997-03-20", text) == []


@pytest.mark.parametrize("lang,text,place,winner", [
    ("en", "Shusha sits above Stepanakert in Azerbaijan. Stepanakert, which remains in ethnic Armenian hands, "
           "was shelled again.", "Stepanakert", "OTHER:artsakh"),
    ("en", "In Ethiopia, Humera remains under the control of forces from the neighbouring Amhara region.", "Humera",
     "OTHER:amhara-forces"),
    ("en", "Amhara special forces still control Humera in Ethiopia.", "Humera", "OTHER:amhara-forces"),
    ("de", "In Äthiopien ist die Grenzstadt Humera weiterhin in der Hand amharischer Sonderkräfte.", "Humera",
     "OTHER:amhara-forces"),
    ("de", "Humera in Äthiopien wird von Milizen aus der Region Amhara kontrolliert.", "Humera", "OTHER:amhara-forces"),
    ("de", "Die Armee Sri Lankas hat Kilinochchi eingenommen. Auch der Elefantenpass ist weiterhin in der Hand der "
           "Tiger.", "Elephant Pass", "OTHER:ltte"),
])
def test_a_holder_named_by_its_people_or_region_holds_the_town(extractor, lang, text, place, winner):
    events = _events(extractor, lang, "2021-06-29", text)
    assert ("hold", place, winner) in [(e.kind, e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text,place", [
    ("Die Rebellen setzten ihren Vormarsch mit der Einnahme des Ortes Damara nördlich von Bangui fort.", "Damara"),
    ("Die Seleka-Rebellen meldeten am Sonntag die Eroberung des Ortes Sibut in Zentralafrika.", "Sibut"),
    ("Die ukrainische Armee meldete die Rückeroberung des Dorfes Robotyne.", "Robotyne"),
])
def test_a_german_place_noun_in_the_genitive_is_no_town_of_its_own(extractor, text, place):
    events = _events(extractor, "de", "2013-03-20", text)
    assert place in [e.place for e in events], _got(events)
    assert all(e.place not in ("Orthez", "Ortes") for e in events), _got(events)


@pytest.mark.parametrize("text,places", [
    ("In Azerbaijan, Fizuli, Jabrayil and Qubadli fall in quick succession.", {"Fizuli", "Jabrayil", "Qubadli"}),
    ("Across northern Mali, Kidal, Gao and Timbuktu fell in rapid succession to the rebels.", {"Kidal", "Gao",
                                                                                                "Timbuktu"}),
])
def test_towns_falling_in_succession_are_each_taken(extractor, text, places):
    events = _events(extractor, "en", "2012-04-02", text)
    assert places <= {e.place for e in events if e.kind == "capture"}, _got(events)


@pytest.mark.parametrize("text", [
    "Stock prices fell in value in Kabul.",
    "Prices in Goma fell in line with the fuel price.",
])
def test_falling_prices_are_no_fall(extractor, text):
    assert _events(extractor, "en", "2012-04-02", text) == []


def test_forces_that_name_a_side_are_no_verb_of_driving_out(extractor):
    text = ("The Tigray forces vowed to push into western Tigray, where forces from the neighbouring Amhara region have "
            "controlled towns such as Humera in Ethiopia since November.")
    events = _events(extractor, "en", "2021-06-29", text)
    assert [(e.kind, e.place, e.winner) for e in events] == [("hold", "Humera", "OTHER:amhara-forces")], _got(events)


@pytest.mark.parametrize("text,place", [
    ("July 4, 1992 - Azerbaijani troops capture Mardakert (Agdere) during an offensive in the north of the enclave.",
     "Mardakert"),
    ("Azerbaijani troops took Mardakert (Aghdara) on Tuesday.", "Mardakert"),
    ("Ethnic Rakhine fighters captured Paletwa (Chin State) overnight.", "Paletwa"),
])
def test_a_town_the_gazetteer_lacks_is_taken_before_its_other_name_in_brackets(extractor, text, place):
    events = _events(extractor, "en", "1993-07-10", text)
    assert place in [e.place for e in events if e.kind == "capture"], _got(events)


@pytest.mark.parametrize("text", [
    "The rebels took Sunday (Monday local time) off.",
    "The rebels took Bangladesh (East Pakistan) by surprise.",
])
def test_brackets_after_a_taken_word_make_no_town_of_a_day_or_country(extractor, text):
    assert [e.place for e in _events(extractor, "en", "1993-07-10", text)] == []


@pytest.mark.parametrize("text", [
    "In der Nacht zum Montag besetzten Fallschirmjäger und Bodentruppen zunächst den Flughafen von Timbuktu, wie ein "
    "Sprecher des Generalstabs in Paris sagte.",
    "Am Morgen eroberten Spezialkräfte und Marineinfanteristen den Hafen von Kismayo in Somalia.",
])
def test_german_nouns_after_a_verb_of_taking_are_its_subject_not_towns(extractor, text):
    events = _events(extractor, "de", "2013-01-28", text)
    assert all(e.place not in ("Fallschirmjäger", "Bodentruppen", "Spezialkräfte", "Marineinfanteristen") for e in events), \
        _got(events)


@pytest.mark.parametrize("text", [
    "Bangui (AFP) - Die Rebellenallianz Séléka hat die Hauptstadt der Zentralafrikanischen Republik erobert und "
    "Staatschef François Bozizé in die Flucht getrieben.",
    "Bangui (AFP) - Die Rebellen haben die Hauptstadt erobert und Staatspräsident François Bozizé gestürzt.",
])
def test_a_head_of_state_s_first_name_is_no_town(extractor, text):
    events = _events(extractor, "de", "2013-03-25", text)
    assert all(e.place not in ("Francois", "François", "François Bozizé") for e in events), _got(events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Afrin/Ankara (AFP) - Türkische Truppen und verbündete Rebellen haben die nordsyrische Stadt Afrin eingenommen. "
           "Präsident Erdogan sagte am Sonntag bei einer Rede in Canakkale, das Zentrum sei unter Kontrolle. Kämpfer der "
           "von Ankara unterstützten Freien Syrischen Armee hissten die Flagge. Die Kurdenmiliz YPG bestritt eine "
           "Niederlage. Ihre Kämpfer hätten sich aus der Stadt zurückgezogen, erklärte ein Sprecher."),
    ("en", "Turkish troops and allied rebels captured the Syrian town of Afrin. President Erdogan said in a speech in "
           "Canakkale that the centre was under control. Fighters of the Free Syrian Army backed by Ankara raised flags. "
           "The YPG denied a defeat. Its fighters had withdrawn from the town to spare civilians, a spokesman said."),
])
def test_the_town_is_not_a_foreign_capital_named_since_the_event(extractor, lang, text):
    events = _events(extractor, lang, "2018-03-18", text)
    assert "Ankara" not in [e.place for e in events], _got(events)


@pytest.mark.parametrize("text,place,winner", [
    ("Malian troops entered Gao unopposed on Sunday after the Islamists fled.", "Gao", "GOV:ML"),
    ("Tuareg rebels of the MNLA entered the ancient city of Timbuktu on Sunday after government soldiers abandoned the "
     "town.", "Timbuktu", "MNLA"),
    ("Ukrainian troops entered the southern city of Kherson on Friday, hours after Russia said it had completed its "
     "withdrawal.", "Kherson", "GOV:UA"),
    ("Somali government troops entered Kismayo without meeting resistance.", "Kismayo", "GOV:SO"),
    ("Sri Lankan soldiers entered Mullaitivu shortly after dawn and met little resistance.", "Mullaitivu", "GOV:LK"),
    ("Tigrayan forces entered Mekelle to cheers from residents.", "Mekelle", "OTHER:tplf"),
])
def test_an_entry_nobody_resists_takes_the_town(extractor, text, place, winner):
    events = _events(extractor, "en", "2013-01-28", text)
    assert ("capture", place, winner) in [(e.kind, e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text", [
    "M23 rebels entered Goma on Tuesday but were driven out after heavy fighting.",
    "Syrian troops entered Aleppo after heavy shelling.",
    "The rebels have not entered Goma, despite claims that the army fled.",
    "Telenor entered Myanmar in 2014 after the junta withdrew from politics.",
    "Russian troops entered Kherson region in March.",
])
def test_an_entry_under_fire_or_denied_takes_nothing(extractor, text):
    assert [e for e in _events(extractor, "en", "2013-01-28", text) if e.kind == "capture"] == []


def test_a_side_after_together_with_and_is_no_subject(extractor):
    text = ("A Kenyan army spokesman said that soldiers who came ashore on Friday, together with Somali government "
            "troops and fighters of an allied militia, had entered Kismayo without meeting resistance.")
    events = _events(extractor, "en", "2012-09-29", text)
    assert "NONSTATE" not in [e.winner for e in events] and "AL_SHABAAB" not in [e.winner for e in events], _got(events)


@pytest.mark.parametrize("text,place,winner", [
    ("Palmyra was lost to Islamic State in December.", "Palmyra", "IS"),
    ("In Afghanistan, Musa Qala was lost to the Taliban on Friday.", "Musa Qala", "TALIBAN"),
])
def test_a_town_lost_to_a_side_is_taken_by_it(extractor, text, place, winner):
    events = _events(extractor, "en", "2016-05-10", text)
    assert ("capture", place, winner) in [(e.kind, e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text,place", [
    ("The jihadists of Islamic State still occupy Raqqa, their de facto capital in Syria.", "Raqqa"),
    ("Russian troops still occupy Kherson in Ukraine.", "Kherson"),
])
def test_still_occupying_a_town_holds_it(extractor, text, place):
    events = _events(extractor, "en", "2016-05-10", text)
    assert [(e.kind, e.place) for e in events] == [("hold", place)], _got(events)


@pytest.mark.parametrize("text,place,kind,winner", [
    ("Kunduz is the main city of northern Afghanistan. It fell to the Taliban in 2015.", "Kunduz", "capture", "TALIBAN"),
    ("Palmyra lies in the Syrian desert. It was captured by Islamic State in May 2015.", "Palmyra", "capture", "IS"),
    ("Kidal lies in the far north of Mali. It has been held by Tuareg rebels of the MNLA since 2012.", "Kidal", "hold",
     "MNLA"),
    ("Jaffna is the main town of Sri Lanka's north. It remains firmly in the hands of the army.", "Jaffna", "hold",
     "GOV:LK"),
])
def test_it_opening_a_sentence_is_the_town_the_sentence_before_named(extractor, text, place, kind, winner):
    events = _events(extractor, "en", "2016-04-25", text)
    assert (kind, place, winner) in [(e.kind, e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text", [
    "The army released a video from Kidal in Mali. It was captured by a drone.",
    "It fell to the Taliban in 2015, officials said.",
    "Rebels shelled Goma in Congo. It was unclear who controlled the airport.",
    "Rebels downed a government helicopter near Idlib in Syria on Sunday. It was captured on video by rebel fighters.",
    "Islamic State fighters paraded a tank through Palmyra. It was captured from the Syrian army last week.",
    "Government forces reopened the highway to Aleppo. It had been controlled by rebels for four years.",
])
def test_it_without_a_town_before_or_a_side_is_no_place(extractor, text):
    assert _events(extractor, "en", "2016-04-25", text) == []


def test_an_object_it_still_stands_for_the_town_named_before(extractor):
    text = ("Angolan government troops captured Huambo on Wednesday. Army units entered the city after UNITA "
            "fighters had abandoned it. The fall of the city is a blow to UNITA, which captured it in March 1993.")
    events = _events(extractor, "en", "1994-11-10", text)
    assert ("capture", "Huambo", "OTHER:unita") in [(e.kind, e.place, e.winner) for e in events], _got(events)


@pytest.mark.parametrize("text,first,second", [
    ("Fallujah fell to Islamic State in January 2014 and was retaken by Iraqi forces in June 2016.",
     ("IS", "2014-01"), ("GOV:IQ", "2016-06")),
    ("Palmyra was captured by Islamic State in May 2015 and retaken by Syrian troops in March 2016.",
     ("IS", "2015-05"), ("GOV:SY", "2016-03")),
    ("Kidal fell to Tuareg rebels of the MNLA in 2012 but was retaken by French troops in 2013.",
     ("MNLA", "2012"), ("GOV:FR", "2013")),
])
def test_a_second_verb_of_the_opening_town_is_a_second_event_with_its_own_time(extractor, text, first, second):
    events = _events(extractor, "en", "2017-04-25", text)
    got = [(e.winner, e.when) for e in events if e.kind == "capture"]
    assert first in got and second in got, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Kidal fell to the rebels of the MNLA in 2012 and Gao was retaken by French troops in 2013.",
     {("Kidal", "MNLA"), ("Gao", "GOV:FR")}),
    ("Kunduz was attacked by the Taliban in 2015 and held by the army.", set()),
])
def test_a_second_clause_with_its_own_subject_keeps_it(extractor, text, expected):
    events = _events(extractor, "en", "2017-04-25", text)
    assert {(e.place, e.winner) for e in events if e.kind == "capture"} == expected, _got(events)


@pytest.mark.parametrize("lang,text,place,country", [
    ("de", "Kiew (Reuters) - Russische Truppen kesseln die Stadt Pokrowsk zunehmend ein.", "Pokrovsk", "UA"),
    ("de", "Moskau (Reuters) - Russische Truppen sind aus der ostukrainischen Stadt Lyman abgezogen worden.", "Lyman",
     "UA"),
    ("de", "Kiew (AFP) - Die ukrainische Armee hat die russische Kleinstadt Sudscha unter Kontrolle gebracht.", "Sudzha",
     "RU"),
    ("en", "Russian troops withdrew from the eastern Ukrainian town of Lyman, Moscow said.", "Lyman", "UA"),
    ("en", "Ukrainian troops took control of the Russian border town of Sudzha.", "Sudzha", "RU"),
])
def test_a_state_s_adjective_or_the_dateline_places_a_town_that_shares_its_name(extractor, lang, text, place, country):
    events = _events(extractor, lang, "2024-12-10", text)
    assert (place, country) in [(e.place, e.country) for e in events], _got(events)


@pytest.mark.parametrize("lang,text,winner", [
    ("en", "South Sudanese government troops reclaimed Bor on Saturday.", "GOV:SS"),
    ("en", "Central African soldiers retook Bria on Monday.", "GOV:CF"),
    ("en", "Sudanese troops took Heglig on Saturday.", "GOV:SD"),
    ("de", "Südsudanesische Regierungstruppen haben Bor zurückerobert.", "GOV:SS"),
])
def test_a_two_word_state_adjective_names_that_state_s_forces(extractor, lang, text, winner):
    events = _events(extractor, lang, "2014-01-20", text)
    assert winner in [e.winner for e in events], _got(events)


@pytest.mark.parametrize("text,place,country", [
    ("FARC guerrillas overran Mitu, the capital of Vaupes province, on Sunday.", "Mitu", "CO"),
    ("Taliban fighters seized Musa Qala on Sunday.", "Musa Qala", "AF"),
    ("Al-Shabaab fighters seized Jilib on Sunday.", "Jilib", "SO"),
])
def test_a_story_naming_no_country_is_placed_by_the_groups_it_names(extractor, text, place, country):
    events = _events(extractor, "en", "2024-12-10", text)
    assert (place, country) in [(e.place, e.country) for e in events], _got(events)


@pytest.mark.parametrize("lang,text,place,dateline", [
    ("de", "Kabul (dpa) - Die zweitgrößte Stadt Afghanistans, Kandahar, ist in die Hände der Taliban gefallen.",
     "Kandahar", "Kabul"),
    ("de", "Damaskus (dpa) - Rebellen haben die größte Stadt des Landes, Aleppo, eingenommen.", "Aleppo", "Damascus"),
    ("en", "KABUL (Reuters) - The second largest city in Afghanistan, Kandahar, fell to the Taliban on Friday.",
     "Kandahar", "Kabul"),
])
def test_a_town_described_by_its_country_before_its_name_is_that_town_not_the_dateline(extractor, lang, text, place,
                                                                                       dateline):
    events = _events(extractor, lang, "2021-08-13", text)
    assert [e.place for e in events] == [place], _got(events)


@pytest.mark.parametrize("text,kind", [
    ("+++ 17.10 Uhr: Regierungstruppen ziehen sich in Syrien aus Quneitra zurück +++", "withdrawal"),
    ("Rebellen nehmen in Syrien Quneitra ein +++ Assad flieht", "capture"),
])
def test_a_ticker_separator_ends_a_clause_with_a_separable_verb(extractor, text, kind):
    events = _events(extractor, "de", "2018-07-20", text)
    assert [(e.kind, e.place) for e in events] == [(kind, "Quneitra")], _got(events)


def test_a_reported_taking_after_an_ordered_withdrawal_is_a_fact_of_its_own(extractor):
    text = ("Ukraine-Krieg: Kiew zieht Truppen aus Awdijiwka ab\n\n11:40 Uhr - Das russische Verteidigungsministerium "
            "meldet die vollständige Einnahme von Awdijiwka.")
    events = _events(extractor, "de", "2024-02-17", text)
    assert ("capture", "Avdiivka", "GOV:RU") in [(e.kind, e.place, e.winner) for e in events], _got(events)


def test_befreit_von_names_the_liberator_where_the_holder_is_named_apart(extractor):
    text = ("Sindschar war im November 2015 von kurdischen Kämpfern aus den Händen der Dschihadistenmiliz Islamischer "
            "Staat befreit worden.")
    events = _events(extractor, "de", "2017-10-17", text)
    assert [(e.winner, e.loser) for e in events] == [("PESHMERGA", "IS")], _got(events)


@pytest.mark.parametrize("text,place", [
    ("Syrian troops captured the Jobar district of Damascus on Sunday.", "Jobar"),
    ("Wagner fighters took the Litak district of Bakhmut in Ukraine.", "Litak"),
    ("Iraqi troops retook the Jolan neighbourhood of Fallujah.", "Jolan"),
])
def test_a_named_quarter_before_its_noun_is_the_place_not_its_town(extractor, text, place):
    events = _events(extractor, "en", "2017-01-24", text)
    assert [e.place for e in events] == [place], _got(events)


@pytest.mark.parametrize("text", [
    "Bagdad (Reuters) - Die irakische Armee hat den Osten Mossuls vollständig von der IS-Miliz befreit.",
    "Irakische Truppen haben den Westen Mossuls fast vollständig eingenommen.",
])
def test_a_german_compass_part_of_a_town_is_no_place(extractor, text):
    assert _events(extractor, "de", "2017-01-24", text) == []


def test_the_centre_of_a_german_town_is_still_the_town(extractor):
    events = _events(extractor, "de", "2017-01-24", "Die irakische Armee hat das Zentrum Mossuls eingenommen.")
    assert [(e.kind, e.place) for e in events] == [("capture", "Mosul")], _got(events)


@pytest.mark.parametrize("lang,text,place,kind", [
    ("en", "Melitopol, occupied by Russian troops since February 2022, is a key rail hub in Ukraine.", "Melitopol", "hold"),
    ("en", "Russia has occupied Mariupol since May 2022.", "Mariupol", "hold"),
    ("en", "Russian troops occupied Kherson in March 2022.", "Kherson", "capture"),
    ("en", "Russian troops left Gori, which they had occupied since August 13, in Georgia.", "Gori", "capture"),
    ("de", "Kiew (dpa) - Die Stadt Melitopol ist seit März von russischen Truppen besetzt.", "Melitopol", "hold"),
    ("de", "Melitopol wurde im März von russischen Truppen besetzt.", "Melitopol", "capture"),
])
def test_an_occupation_that_lasts_is_a_hold_and_one_that_begins_a_capture(extractor, lang, text, place, kind):
    events = _events(extractor, lang, "2024-01-24", text)
    assert (kind, place) in [(e.kind, e.place) for e in events], _got(events)


@pytest.mark.parametrize("text", [
    "Ukrainian forces shelled occupied Melitopol on Thursday.",
    "Drones hit targets in occupied Melitopol overnight.",
])
def test_occupied_as_an_adjective_names_no_taker(extractor, text):
    assert _events(extractor, "en", "2024-01-24", text) == []


@pytest.mark.parametrize("text,published,winner", [
    ("Gaddafi's forces have encircled Misrata.", "2011-04-10", "GOV:LY"),
    ("Assad's forces recaptured Palmyra in March.", "2016-04-10", "GOV:SY"),
    ("Saddam's forces retook Kirkuk in March.", "1991-04-10", "GOV:IQ"),
    ("Taylor's fighters seized Buchanan in Liberia last month.", "1990-06-05", "OTHER:npfl"),
])
def test_a_ruler_s_forces_are_his_state_s_while_he_rules(extractor, text, published, winner):
    events = _events(extractor, "en", published, text)
    assert winner in [e.winner for e in events], _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Nach einmonatigen Kämpfen gelang es der Armee, Tikrit von der IS-Miliz zurückzuerobern.", [("capture", "Tikrit")]),
    ("Den Rebellen ist es gelungen, die Stadt Idlib in Syrien einzunehmen.", [("capture", "Idlib")]),
    ("Ob es der Armee gelingt, Mossul zurückzuerobern, ist offen.", []),
    ("Bisher ist es keiner Seite gelungen, Bachmut einzunehmen.", []),
    ("Nachdem es den Taliban gelungen war, Kundus zu erobern, kündigten sie an, auch Masar-i-Scharif einzunehmen.",
     [("capture", "Kunduz")]),
    ("Der Armee gelang es nicht, Tikrit zurückzuerobern.", []),
    ("Die Armee versuchte, Tikrit zurückzuerobern.", []),
])
def test_a_german_infinitive_after_a_success_is_a_fact(extractor, text, expected):
    events = _events(extractor, "de", "2015-04-01", text)
    assert [(e.kind, e.place) for e in events] == expected, _got(events)


def test_nach_eigenen_angaben_is_no_source_of_the_place_left(extractor):
    text = "Die tschetschenischen Rebellen haben sich nach eigenen Angaben aus Grosny zurückgezogen."
    events = _events(extractor, "de", "2000-02-02", text)
    assert [(e.kind, e.place) for e in events] == [("withdrawal", "Grozny")], _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Die ukrainische Armee bestätigte am Abend den Rückzug aus Lyssytschansk.", [("withdrawal", "Lysychansk", "GOV:UA")]),
    ("Die russische Armee meldete den Rückzug aus Cherson.", [("withdrawal", "Kherson", "GOV:RU")]),
    ("Die Nato forderte den Rückzug aus Cherson.", []),
])
def test_a_withdrawal_reported_by_the_side_without_its_forces_named_is_its_own(extractor, text, expected):
    events = _events(extractor, "de", "2022-07-04", text)
    assert [(e.kind, e.place, e.loser) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("M23 rebels claimed to have taken Sake in Congo, but the army said it had repelled them.", []),
    ("The Taliban claimed to have captured Kunduz in Afghanistan, but officials said government forces still "
     "controlled it.", []),
    ("M23 rebels claimed to have taken Sake in Congo, and residents confirmed the town had fallen.", ["Sake"]),
])
def test_a_claim_the_same_sentence_contradicts_is_no_event(extractor, text, expected):
    events = _events(extractor, "en", "2024-02-05", text)
    assert [e.place for e in events if e.kind == "capture"] == expected, _got(events)


@pytest.mark.parametrize("text", [
    "Somali troops and clan militias retook the town of Adan Yabaal from al-Shabaab on Monday.",
    "Somali government troops and allied clan militias captured Harardhere from al-Shabaab.",
])
def test_clan_militias_beside_state_troops_fold_into_them(extractor, text):
    events = _events(extractor, "en", "2019-04-10", text)
    assert [e.winner for e in events] == ["GOV:SO"], _got(events)


@pytest.mark.parametrize("lang,text", [
    ("en", "M23 claimed to have captured Sake in Congo, but residents said the rebels were still patrolling the streets."),
    ("en", "Russian paratroopers who were airlifted occupied Hostomel airport in Ukraine on the first day of the war."),
    ("en", "Russian forces occupied Kherson in Ukraine on March 2, the first major city to fall since the invasion began."),
    ("de", "Die russischen Truppen haben nach eigenen Angaben aus Moskau Verstärkung erhalten und sich aus Cherson "
           "zurückgezogen."),
])
def test_reviewed_near_misses_keep_their_one_event(extractor, lang, text):
    events = _events(extractor, lang, "2022-03-05", text)
    assert len(events) == 1 and events[0].kind in ("capture", "withdrawal"), _got(events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Civilians who fled Mosul entered Kirkuk in Iraq without any documents, officials said."),
    ("en", "Rebels briefly entered Aleppo in Syria without resistance before being pushed back by the army."),
    ("de", "Die Verwaltungsgebäude in Donezk und Luhansk sind seit Tagen von Separatisten besetzt."),
    ("de", "Nach dem Rückzug aus Cherson rückten ukrainische Truppen in die Stadt ein."),
])
def test_reviewed_near_misses_make_no_false_event(extractor, lang, text):
    events = _events(extractor, lang, "2022-11-11", text)
    assert all(e.kind not in ("hold", "withdrawal") or e.place not in ("Luhansk", "Kherson") for e in events), _got(events)
    assert all(e.place not in ("Kirkuk", "Aleppo") for e in events), _got(events)
