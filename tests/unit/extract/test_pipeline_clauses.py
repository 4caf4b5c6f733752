"""Clauses set inside a sentence: a distance apposition between a verb and its object, a relative
clause that states its own fact after a sentence of aims, a possessive pronoun of control in reported
speech, and lists of districts that are regions; all in sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.model import Article


def _events(extractor, lang, published, text):
    return extractor.extract(Article(id="t", text=text, published=published, lang=lang))


def _got(events):
    return [(e.kind, e.place, e.winner, e.loser, e.when) for e in events]


# "Gori, rund 25 Kilometer südlich von Zchinwali gelegen, ... besetzt": the distance is no clause of its own
@pytest.mark.parametrize("text,place,winner", [
    ("In Georgien hatten russische Truppen Gori, rund 25 Kilometer südlich der südossetischen Hauptstadt Zchinwali "
     "gelegen, am 13. August besetzt.", "Gori", "GOV:RU"),
    ("In Georgien haben russische Truppen Gori, 25 Kilometer südlich von Zchinwali, eingenommen.", "Gori", "GOV:RU"),
    ("Im Kongo haben die Rebellen der M23 Sake, wenige Kilometer westlich von Goma, erobert.", "Sake", "M23"),
    ("Im Kongo haben die Rebellen der M23 Sake, etwa 25 Kilometer westlich der Provinzhauptstadt Goma gelegen, "
     "eingenommen.", "Sake", "M23"),
])
def test_pipeline_clauses_reads_past_a_distance_apposition(extractor, text, place, winner):
    events = _events(extractor, "de", "2008-08-20", text)
    assert any(e.kind == "capture" and e.place == place and e.winner == winner for e in events), _got(events)


# a relative clause after an apposition states a hold even where the main clause names an aim
@pytest.mark.parametrize("text,place,holder", [
    ("Als nächstes Ziel gilt Mossul, die größte Stadt, die noch vom IS beherrscht wird.", "Mosul", "IS"),
    ("Die Armee will Tikrit einnehmen, das vom IS kontrolliert wird.", "Tikrit", "IS"),
    ("Die Armee will Mossul, die größte Stadt, die vom IS gehalten wird, zurückerobern.", "Mosul", "IS"),
])
def test_pipeline_clauses_keeps_a_relative_hold_beside_an_aim(extractor, text, place, holder):
    events = _events(extractor, "de", "2016-06-27", text)
    assert any(e.kind == "hold" and e.place == place and e.winner == holder for e in events), _got(events)


@pytest.mark.parametrize("text", [
    "Die Armee will Mossul, die größte Stadt, zurückerobern.",
    "Die Armee will Mossul zurückerobern, das größte Ziel des Feldzugs.",
])
def test_pipeline_clauses_keeps_the_aim_of_a_main_clause(extractor, text):
    events = _events(extractor, "de", "2016-06-27", text)
    assert not [e for e in events if e.place == "Mosul"], _got(events)


# "sei die Stadt vollständig unter ihrer Kontrolle, sagte ein Sprecher": a taking just completed; since a year: a hold
@pytest.mark.parametrize("since,kind", [
    ("Seit Sonntagmorgen", "capture"),
    ("Seit Sonntag", "capture"),
    ("Seit 2012", "hold"),
])
def test_pipeline_clauses_reads_a_reported_completion_under_a_pronoun(extractor, since, kind):
    text = (f"Die M23 rückte auf Bukavu vor. {since} sei die Stadt vollständig unter ihrer Kontrolle, "
            "sagte ein Sprecher der M23.")
    events = _events(extractor, "de", "2025-02-17", text)
    assert [(e.kind, e.winner) for e in events if e.place == "Bukavu"] == [(kind, "M23")], _got(events)


# "die Bezirke Agdam, Kelbadschar und Latschin": districts named as such are regions, no towns
def test_pipeline_clauses_reads_named_districts_as_regions(extractor):
    text = ("Zudem muss Armenien die Bezirke Kelbadschar, Agdam und Latschin, die armenische Kräfte seit dem Krieg "
            "kontrollieren, bis Anfang Dezember an Aserbaidschan zurückgeben.")
    events = _events(extractor, "de", "2020-11-10", text)
    assert not [e for e in events if e.place in ("Kalbajar", "Kelbadschar")], _got(events)


# "Bab al-Salama": a name joined by an article is one name; neither "Bab" (Al-Bab) nor "Salama" is a town
@pytest.mark.parametrize("lang,text,place", [
    ("de", "Syrische Rebellen haben den Grenzübergang Bab al-Salama zur Türkei eingenommen.", "Bab al-Salama"),
    ("en", "Syrian rebels seized the border crossing of Bab al-Salama on Thursday.", "Bab al-Salama"),
    ("en", "Syrian rebels seized the Abu al-Duhur air base on Thursday.", "Abu al-Duhur Air Base"),
    ("de", "Türkische Soldaten haben die nordsyrische Kleinstadt al-Bab von der IS-Miliz erobert.", "Al-Bab"),
    ("en", "Syrian rebels seized Ras al-Ain on Thursday.", "Ras al-Ain"),
])
def test_pipeline_clauses_keeps_a_name_joined_by_an_article_whole(extractor, lang, text, place):
    events = _events(extractor, lang, "2012-07-20", text)
    assert [e.place for e in events if e.kind == "capture"] == [place], _got(events)


# "der Eisenbahnknotenpunkt zwischen Donezk und Luhansk sei in ihrer Hand": reported, and the towns between are landmarks
def test_pipeline_clauses_reads_reported_hand_and_skips_towns_between(extractor):
    text = ("Die prorussischen Separatisten in der Ukraine erklärten, der Eisenbahnknotenpunkt Debalzewe zwischen Donezk "
            "und Luhansk sei vollständig in ihrer Hand.")
    events = _events(extractor, "de", "2015-02-18", text)
    assert [(e.place, e.winner) for e in events] == [("Debaltseve", "RU_SEPARATISTS")], _got(events)


# a town too small for GeoNames, named as the object of holding or taking ("hält die TNLA inzwischen X")
@pytest.mark.parametrize("lang,text,kind,place,winner", [
    ("de", "In Myanmar hat die TNLA Nawngmun erobert.", "capture", "Nawngmun", "TNLA"),
    ("de", "In Myanmar hält die TNLA inzwischen Nawngmun und Kyaukmaw.", "hold", "Kyaukmaw", "TNLA"),
    ("en", "In South Sudan, the SPLA-IO controls Ulangdit.", "hold", "Ulangdit", "OTHER:splm-io"),
    ("en", "In South Sudan, the SPLA-IO remains in control of Ulangdit.", "hold", "Ulangdit", "OTHER:splm-io"),
])
def test_pipeline_clauses_takes_an_unknown_town_as_the_object(extractor, lang, text, kind, place, winner):
    events = _events(extractor, lang, "2024-01-10", text)
    assert any(e.kind == kind and e.place == place and e.winner == winner for e in events), _got(events)


# German nouns in the object's slot are no towns: "die Provinzhauptstädte erobert", "an Heiligabend zurückerobert"
@pytest.mark.parametrize("text", [
    "In Afghanistan haben die Taliban binnen drei Tagen fünf Provinzhauptstädte erobert.",
    "In Mali hätten die Truppen in der Nacht den Flughafen und die Zufahrtsstraßen eingenommen.",
    "Im Südsudan hatte die Armee die Stadt an Heiligabend zurückerobert.",
    "Im Krieg in Kroatien hatte die Armee im Mai Westslawonien zurückerobert.",
])
def test_pipeline_clauses_reads_no_german_noun_as_an_unknown_town(extractor, text):
    assert _events(extractor, "de", "2024-01-10", text) == []


# "Die Shabaab, die dem Terrornetzwerk Al-Kaida nahesteht, kontrolliert ...": the side before the relative clause acts
@pytest.mark.parametrize("text,place,winner", [
    ("Die Shabaab, die dem Terrornetzwerk Al-Kaida nahesteht, kontrolliert weiterhin große Teile des Südens, darunter "
     "die Hafenstadt Kismayo.", "Kismayo", "AL_SHABAAB"),
    ("In Myanmar hatte die MNDAA, die sich vor allem aus der Volksgruppe der Kokang rekrutiert, die Grenzstadt "
     "Laukkai erobert.", "Laukkai", "MNDAA"),
    ("In Syrien hat die Miliz Islamischer Staat (IS), die von den USA bekämpft wird, die Stadt Palmyra erobert.",
     "Palmyra", "IS"),
])
def test_pipeline_clauses_takes_the_side_before_a_relative_clause(extractor, text, place, winner):
    events = _events(extractor, "de", "2024-01-10", text)
    assert [(e.place, e.winner) for e in events] == [(place, winner)], _got(events)


# "die Millionenstadt": the most populous town named just before, not the last one
def test_pipeline_clauses_reads_a_big_city_noun_as_the_big_city(extractor):
    text = ("In der Ukraine haben die Aufständischen Slawjansk verlassen und sich nach Donezk zurückgezogen. Sie haben "
            "auch das benachbarte Kramatorsk verlassen. Die Millionenstadt ist weiterhin in der Hand der Separatisten.")
    events = _events(extractor, "de", "2014-07-06", text)
    assert [(e.place, e.winner) for e in events if e.kind == "hold"] == [("Donetsk", "RU_SEPARATISTS")], _got(events)


@pytest.mark.parametrize("lang,text,kind,place,winner", [
    ("de", "Die Huthis im Jemen kontrollieren bis heute Sanaa.", "hold", "Sanaa", "HOUTHIS"),
    ("de", "Die LNA hatte Gharjan, rund 80 Kilometer südlich von Tripolis in den Nafusa-Bergen gelegen, am 2. April "
           "fast kampflos eingenommen.", "capture", "Gharyan", "LNA"),
    ("de", "15. März 1997 - Kisangani, drittgrößte Stadt des Landes und wichtigster Stützpunkt der Armee im Osten, "
           "fällt an die AFDL.", "capture", "Kisangani", "OTHER:afdl"),
    ("de", "Die israelische Armee hat die Kontrolle über die palästinensische Seite des Grenzübergangs Rafah zwischen "
           "dem Gazastreifen und Ägypten übernommen.", "capture", "Rafah Crossing", "GOV:IL"),
    ("en", "Loyalist troops in Libya still control the Ras Jdir border crossing with Tunisia.", "hold", "Ras Jdir",
     "GOV:LY"),
])
def test_pipeline_clauses_reads_past_adverbs_and_long_appositions(extractor, lang, text, kind, place, winner):
    events = _events(extractor, lang, "2019-04-08", text)
    assert any(e.kind == kind and e.place == place and e.winner == winner for e in events), _got(events)


# "den internationalen Flughafen der Stadt", "the city's international airport": the airport of the town told before
@pytest.mark.parametrize("lang,text,place", [
    ("de", "Regierungstreue Kämpfer haben die jemenitische Stadt Aden zurückerobert. Bereits am Dienstag hatten sie den "
           "internationalen Flughafen der Stadt eingenommen.", "Aden International Airport"),
    ("en", "M23 rebels took Goma in Congo on Tuesday. By early afternoon the insurgents had also seized the city's "
           "international airport.", "Goma International Airport"),
    ("de", "US-Truppen haben Bagdad im Irak eingenommen. Der Flughafen der Hauptstadt, den US-Einheiten bereits Anfang "
           "April eingenommen hatten, dient als Drehkreuz.", "Baghdad International Airport"),
])
def test_pipeline_clauses_reads_the_airport_of_the_town(extractor, lang, text, place):
    events = _events(extractor, lang, "2015-07-17", text)
    assert any(e.kind == "capture" and e.place == place for e in events), _got(events)


# "die Heimatstadt des früheren Machthabers", "the hometown of Saddam Hussein": the story's town, not a new one
@pytest.mark.parametrize("lang,text", [
    ("de", "Die irakische Armee hat Tikrit zurückerobert. Die Dschihadisten hatten die Heimatstadt des früheren "
           "Machthabers Saddam Hussein im Juni vergangenen Jahres überrannt."),
    ("en", "The Iraqi army retook Tikrit on Tuesday. The jihadists had overrun the hometown of Saddam Hussein last June."),
])
def test_pipeline_clauses_reads_a_hometown_as_the_story_s_town(extractor, lang, text):
    events = _events(extractor, lang, "2015-04-01", text)
    assert [e.when for e in events if e.place == "Tikrit" and e.kind == "capture" and e.when == "2014-06"], _got(events)


@pytest.mark.parametrize("text,place", [
    ("25. Oktober: Auch Gubadli fällt an Aserbaidschan.", "Qubadli"),
    ("Mitte Mai hatten die Regierungstruppen in Libyen bereits den Luftwaffenstützpunkt Al-Watija nahe der tunesischen "
     "Grenze eingenommen.", "Al-Watiya Air Base"),
])
def test_pipeline_clauses_knows_conflict_places_cities500_lacks(extractor, text, place):
    events = _events(extractor, "de", "2020-10-26", text)
    assert [e.place for e in events] == [place], _got(events)


# a distance or a direction inside the attribute before a town ("die rund 25 Kilometer westlich gelegene Kleinstadt
# Sake", "das nur wenige Kilometer entfernte Donezk"), and a town joined to a region by "mit", are the verb's object
@pytest.mark.parametrize("text,place,winner", [
    ("Die M23 eroberte die rund 25 Kilometer westlich gelegene Kleinstadt Sake im Kongo.", "Sake", "M23"),
    ("Die M23 brachte die rund 25 Kilometer westlich gelegene Kleinstadt Sake im Kongo unter ihre Kontrolle.", "Sake",
     "M23"),
    ("In der Ukraine hatten prorussische Separatisten 2014 das nur wenige Kilometer entfernte Donezk unter ihre "
     "Kontrolle gebracht.", "Donetsk", "RU_SEPARATISTS"),
    ("Bereits Anfang Mai hatte Kroatien in einer Blitzoffensive Westslawonien mit der Kleinstadt Okucani "
     "zurückerobert.", "Okucani", "GOV:HR"),
])
def test_pipeline_clauses_reads_a_town_behind_its_attribute(extractor, text, place, winner):
    events = _events(extractor, "de", "2024-02-18", text)
    assert [(e.place, e.winner) for e in events if e.kind == "capture"] == [(place, winner)], _got(events)


def test_pipeline_clauses_reads_no_town_in_an_attack_on_it(extractor):
    text = "Die M23 griff die rund 25 Kilometer westlich von Goma gelegene Kleinstadt Sake im Kongo an."
    assert not _events(extractor, "de", "2024-02-18", text)


def test_pipeline_clauses_reads_a_withdrawal_from_the_town_told_before(extractor):
    text = ("Die RSF hat El Fasher im Sudan erobert. Armeechef Abdel Fattah al-Burhan bestätigte am Montag den Rückzug "
            "seiner Truppen aus der Stadt.")
    events = _events(extractor, "de", "2025-10-27", text)
    assert ("withdrawal", "El Fasher", "GOV:SD") in [(e.kind, e.place, e.loser) for e in events], _got(events)


# "Damals" dates a sentence's months in the year the sentence before named: one fact per year, not merged
def test_pipeline_clauses_dates_damals_by_the_year_named_before(extractor):
    text = ("Die M23 hat im Januar Goma im Kongo erobert. Die Gruppe war bereits 2012 in Erscheinung getreten. Damals "
            "besetzte sie im November Goma, zog sich aber wieder zurück.")
    events = _events(extractor, "de", "2025-02-17", text)
    assert sorted(e.when for e in events if e.kind == "capture" and e.place == "Goma") == ["2012-11", "2025-01"], \
        _got(events)


@pytest.mark.parametrize("text,kind,place,winner", [
    ("In Darfur ist nun nur noch die Stadt Al-Faschir in der Hand der Armee.", "hold", "El Fasher", "GOV:SD"),
    ("Im Mai nahmen Amisom-Soldaten und die somalische Armee Afgoye ein.", "capture", "Afgooye", "AU_MISSION"),
    ("Srebrenica liegt in Bosnien. Frühjahr 1993: Die Enklave wird von serbischen Truppen eingeschlossen.", "siege",
     "Srebrenica", "OTHER:bosnian-serbs"),
])
def test_pipeline_clauses_reads_what_is_left_coordinated_subjects_and_the_enclave(extractor, text, kind, place, winner):
    events = _events(extractor, "de", "2024-06-01", text)
    assert [(e.kind, e.place, e.winner) for e in events] == [(kind, place, winner)], _got(events)


def test_pipeline_clauses_reads_a_relative_capture_past_an_apposition(extractor):
    text = ("In Sri Lanka halten die Tamil Tigers noch den Elefantenpass, den Damm zwischen der Halbinsel Jaffna und dem "
            "Festland im Norden der Insel, den sie im April 2000 überrannt hatten.")
    events = _events(extractor, "de", "2009-01-02", text)
    assert ("capture", "Elephant Pass", "OTHER:ltte", "2000-04") in [(e.kind, e.place, e.winner, e.when) for e in events], \
        _got(events)


# an attribute of holding ("der russisch besetzten Gebietshauptstadt Donezk") holds whatever preposition governs it
def test_pipeline_clauses_reads_a_held_attribute_under_a_preposition(extractor):
    text = "In der Ukraine liegt Awdijiwka nur wenige Kilometer nördlich der russisch besetzten Gebietshauptstadt Donezk."
    events = _events(extractor, "de", "2024-02-18", text)
    assert [(e.kind, e.place, e.winner) for e in events] == [("hold", "Donetsk", "GOV:RU")], _got(events)


@pytest.mark.parametrize("text,expected", [
    ("In Ruanda kam Butare am Sonntag unter die Kontrolle der RPF.", [("capture", "Butare", "OTHER:rpf")]),
    ("Die Einnahme Lashios in Myanmar im August durch die MNDAA war der größte Erfolg der Rebellen.",
     [("capture", "Lashio", "MNDAA")]),
    ("Die Offensive in Afghanistan hatte am Freitag mit der Einnahme von Saranj an der Grenze zum Iran begonnen, "
     "teilten die Taliban mit.", [("capture", "Zaranj", "TALIBAN")]),
    ("Nur in El Fasher im Sudan halten sich noch die Armee und mit ihr verbündete Gruppen.", [("hold", "El Fasher", "GOV:SD")]),
    ("In Kundus in Afghanistan harren noch mehrere tausend Taliban-Kämpfer aus.", [("hold", "Kunduz", "TALIBAN")]),
    ("In Stepanakert harrten nur noch wenige tausend Menschen in Kellern aus.", []),
    ("Die Armee im Jemen plant die Einnahme von Aden.", []),
])
def test_pipeline_clauses_reads_takings_told_by_nouns_and_sides_holding_out(extractor, text, expected):
    events = _events(extractor, "de", "2021-08-10", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Die Kämpfe um Gao in Mali dauerten an. Dort haben nach eigenen Angaben inzwischen Tuareg-Rebellen der MNLA "
     "die Kontrolle übernommen.", [("capture", "Gao", "MNLA")]),
    ("Tuareg-Rebellen der MNLA haben in Mali am Sonntag in Gao die Kontrolle übernommen.", [("capture", "Gao", "MNLA")]),
    ("Offen blieb die Lage in Kidal, rund 1500 Kilometer nordöstlich von Bamako. Dort hatten Tuareg-Rebellen der MNLA "
     "die Kontrolle übernommen.", [("capture", "Kidal", "MNLA")]),
    # "dort" beside an object of its own is only where the object lies
    ("Die Armee ist in den Osten von Mossul vorgedrungen und hat dort erste Viertel unter ihre Kontrolle gebracht.", []),
    ("Boko Haram hatte weite Teile von Borno unter ihre Kontrolle gebracht und dort ein Kalifat ausgerufen.", []),
])
def test_pipeline_clauses_reads_control_taken_there(extractor, text, expected):
    events = _events(extractor, "de", "2013-01-28", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Am Dienstag kontrollierten die M23-Rebellen im Kongo auch die Stadt Bukavu, wie Zeugen berichteten.",
     [("hold", "Bukavu", "M23")]),
    ("Die MNLA erklärte, ihre Kämpfer in Mali kontrollierten die Stadt Kidal inzwischen.", [("hold", "Kidal", "MNLA")]),
    ("Bis 2017 kontrollierten IS-Kämpfer die irakische Stadt Mossul.", []),
    ("Die Farc kontrollierten damals weite Teile um Florencia in Kolumbien.", []),
    ("In der von M23-Rebellen kontrollierten Stadt Bukavu im Kongo beteten am Dienstag Tausende in Kirchen.",
     [("hold", "Bukavu", "M23")]),
])
def test_pipeline_clauses_reads_a_past_form_of_holding_told_as_now(extractor, text, expected):
    events = _events(extractor, "de", "2025-02-18", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


# "die Stadt" after a sentence that names a new town is that town, not the town of the last event
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Französische Truppen haben in Mali die Stadt Gao eingenommen. Offen ist die Lage in Kidal, der letzten "
           "größeren Stadt im Nordosten. Die MNLA erklärte, ihre Kämpfer kontrollierten die Stadt inzwischen.",
     [("capture", "Gao"), ("hold", "Kidal")]),
    ("de", "Die Armee hat in Äthiopien Axum eingenommen. Addis Abeba erklärte den Sieg. Die Armee habe die volle "
           "Kontrolle über die Stadt übernommen.", [("capture", "Aksum")]),
    ("en", "Russian troops captured Grozny on Sunday. Officials said the flag flew over the Zavodskoy district. "
           "Rebels had pulled out of the city last week.", [("capture", "Grozny"), ("withdrawal", "Grozny")]),
])
def test_pipeline_clauses_reads_the_town_the_sentence_before_names(extractor, lang, text, expected):
    events = _events(extractor, lang, "2013-01-28", text)
    assert [(e.kind, e.place) for e in events] == expected, _got(events)


def test_pipeline_clauses_reads_no_town_in_an_opening_adverb(extractor):
    text = '"Unfortunately, the city of Shushi is completely out of our control," said a spokesman in Nagorno-Karabakh.'
    events = _events(extractor, "en", "2020-11-09", text)
    assert all(e.place != "Unfortunately" for e in events), _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Bereits im März war den Regierungstruppen in Sri Lanka die Einnahme von Mullaitivu gelungen.",
     [("capture", "Mullaittivu", "GOV:LK")]),
    ("Der Armee Sri Lankas gelang am Sonntag die Einnahme der Stadt Mullaitivu.", [("capture", "Mullaittivu", "GOV:LK")]),
    ("Die Eroberung von Mullaitivu gelang der Armee Sri Lankas am Sonntag.", [("capture", "Mullaittivu", "GOV:LK")]),
    ("Die Einnahme von Mullaitivu ist der Armee Sri Lankas bisher nicht gelungen.", []),
    ("Den Tamil Tigers war die Einnahme von Jaffna in Sri Lanka nie gelungen.", []),
])
def test_pipeline_clauses_reads_a_taking_that_succeeded_for_a_side(extractor, text, expected):
    events = _events(extractor, "de", "2009-05-10", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("The M23 rebels, whom U.N. experts accuse neighboring Rwanda of arming, took Goma on Tuesday.",
     [("capture", "Goma", "M23")]),
    ("The M23 rebels, who deny any link to Rwanda, took Goma on Tuesday.", [("capture", "Goma", "M23")]),
    ('"We will not let Herat fall," the Afghan commander told supporters.', []),
    ("The Afghan government would never allow Kabul to fall, the minister said.", []),
    ("Aug 12 - Ghazni, on the highway linking Kabul to Kandahar, falls to the Taliban in the morning.",
     [("capture", "Ghazni", "TALIBAN")]),
    ("Kandahar, the country's second city, and Lashkar Gah, capital of Helmand, fell to the Taliban.",
     [("capture", "Lashkar Gah", "TALIBAN"), ("capture", "Kandahar", "TALIBAN")]),
    ("Aug 6 - Zaranj, capital of the province of Nimroz, becomes the first provincial capital to fall to the Taliban.",
     [("capture", "Zaranj", "TALIBAN")]),
    ("Stock prices in Kabul fell in the morning.", []),
])
def test_pipeline_clauses_reads_relative_subjects_resolves_and_timeline_falls(extractor, text, expected):
    events = _events(extractor, "en", "2021-08-20", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("The army in Mali still holds Mopti and its twin town Sevare, the gateway to the north.",
     {("hold", "Mopti"), ("hold", "Sevare")}),
    ("Gadhafi's hometown of Sirte remains in the hands of forces loyal to the Libyan leader, as do Sabha in the "
     "southern desert and the town of Bani Walid.", {("hold", "Sirte"), ("hold", "Sabha"), ("hold", "Bani Walid")}),
    ("In Afghanistan, U.S. forces quietly left Bagram Airfield on Friday.", {("withdrawal", "Bagram Airfield")}),
])
def test_pipeline_clauses_reads_tied_list_members_and_facility_names_as_written(extractor, text, expected):
    events = _events(extractor, "en", "2021-07-02", text)
    assert {(e.kind, e.place) for e in events} == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Georgien: In der Hafenstadt Poti waren am Abend weiterhin russische Soldaten präsent.", [("hold", "Poti", "GOV:RU")]),
    ("Die Stadt Laschkar Gah, Hauptstadt der Provinz Helmand, ist seit Tagen von Taliban-Kämpfern eingeschlossen.",
     [("siege", "Lashkar Gah", "TALIBAN")]),
    ("Im Juli hatten die M23-Rebellen im Kongo die Grenzstadt Bunagana erobert, kurz darauf auch Rutshuru.",
     [("capture", "Bunagana", "M23"), ("capture", "Rutshuru", "M23")]),
    ("Die M23 nahm im Kongo Bunagana ein, kurz darauf griff sie auch Rutshuru an.", [("capture", "Bunagana", "M23")]),
    ("25. Juli 1995: Mit Zepa fällt auch die zweite ostbosnische Schutzzone an die bosnischen Serben.",
     [("capture", "Zepa", "OTHER:bosnian-serbs")]),
    ("Mit Panzern fielen die Serben in Zepa in Bosnien ein.", []),
    ("Anfang April hatten Haftar-treue Einheiten in Libyen die Stadt Gharjan nahezu kampflos übernommen.",
     [("capture", "Gharyan", "LNA")]),
    ("Anhänger Gaddafis haben in Libyen die Stadt Sawija zurückerobert.", [("capture", "Zawiya", "GOV:LY")]),
    ("Die Armee im Kongo halte die Stadt Sake weiter, sagte ein Offizier.", [("hold", "Sake", "GOV:CD")]),
    ("Die Taliban haben Kundus in Afghanistan eingenommen. In Kundus hätten sich die Truppen auf den Flughafen "
     "zurückgezogen. Der Flughafen werde noch von Regierungskräften gehalten.",
     [("capture", "Kunduz", "TALIBAN"), ("hold", "Kunduz Airport", "GOV:AF")]),
])
def test_pipeline_clauses_reads_openings_gaps_loyalists_and_reported_holds(extractor, text, expected):
    events = _events(extractor, "de", "2021-08-09", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


def test_pipeline_clauses_reads_a_withdrawal_from_an_opening_place(extractor):
    text = "Aus der Hauptstadt Mogadischu in Somalia hatte sich al-Shabaab schon im August weitgehend zurückgezogen."
    events = _events(extractor, "de", "2021-08-09", text)
    assert [(e.kind, e.place, e.loser) for e in events] == [("withdrawal", "Mogadishu", "AL_SHABAAB")], _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Since fighting erupted on Sept 27, Azerbaijan's army has recaptured Jabrayil on Oct 9 and Fuzuli on Oct 17, "
     "followed by Zangilan and Gubadli later that month.",
     [("capture", "Jabrayil", "2020-10-09"), ("capture", "Fuzuli", "2020-10-17"), ("capture", "Zangilan", "2020-10-17"),
      ("capture", "Gubadli", "2020-10-17")]),
    ("Azerbaijan's army took Jabrayil on Sunday, followed by heavy shelling of Stepanakert.",
     [("capture", "Jabrayil", "2020-11-15")]),
    ("Aug. 1992 - Georgian troops move into Abkhazia and take Sukhumi, the regional capital.",
     [("capture", "Sukhumi", "1992-08")]),
    ("Georgian troops are moving toward Sukhumi and could take the city within days.", []),
    ("In late October the Tigrayan forces seized the strategic towns of Dessie and Kombolcha, which remain under "
     "their control, according to residents.",
     [("capture", "Dessie", "2020-10"), ("capture", "Kombolcha", "2020-10"), ("hold", "Kombolcha", "2020-11-20"),
      ("hold", "Dessie", "2020-11-20")]),
])
def test_pipeline_clauses_reads_followed_by_motion_and_a_relative_hold(extractor, text, expected):
    events = _events(extractor, "en", "2020-11-20", text)
    assert [(e.kind, e.place, e.when) for e in events] == expected, _got(events)


def test_pipeline_clauses_skips_a_together_with_parenthesis_to_the_subject(extractor):
    text = ("Fighters of the Revolutionary United Front, together with renegade soldiers of the military junta that "
            "ECOMOG ousted in February last year, swept into Freetown on Jan. 6 after a lightning advance.")
    events = _events(extractor, "en", "1999-01-12", text)
    assert [(e.kind, e.place, e.winner) for e in events] == [("capture", "Freetown", "OTHER:ruf")], _got(events)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die Taliban haben Kundus in Afghanistan erobert. Die Regierungstruppen hätten sich auf den Flughafen von "
           "Kundus zurückgezogen, der weiterhin unter ihrer Kontrolle sei.",
     [("capture", "Kunduz", "TALIBAN"), ("hold", "Kunduz Airport", "GOV:AF")]),
    ("de", "Die Taliban haben Kundus in Afghanistan erobert. Die Regierungstruppen verschanzten sich am Flughafen von "
           "Kundus südlich der Stadt.", [("capture", "Kunduz", "TALIBAN"), ("hold", "Kunduz Airport", "GOV:AF")]),
    ("de", "Die Armeeführung im Sudan hat ihren Sitz seit Beginn des Krieges in der Hafenstadt Port Sudan am Roten Meer.",
     [("hold", "Port Sudan", "GOV:SD")]),
    ("de", "Die Regierung um Burhan im Sudan hat ihren Sitz inzwischen nach Port Sudan am Roten Meer verlegt.",
     [("hold", "Port Sudan", "GOV:SD")]),
    ("de", "In Libyen hat in Tarhuna die mit Haftar verbündete Kani-Miliz das Sagen.", [("hold", "Tarhuna", "OTHER:kani")]),
    ("de", "Der Sprecher in Mali sagte, die Armee habe das Dorf Gao besucht.", []),
    ("de", "Tuareg-Kämpfer der MNLA haben in Mali Gao erobert.", [("capture", "Gao", "MNLA")]),
    ("en", "The military-led government of Sudan has been based in the Red Sea city of Port Sudan since the capital "
           "became a battleground.", [("hold", "Port Sudan", "GOV:SD")]),
    ("en", "The interim government of Rwanda now operates from Gisenyi on the border with Zaire.",
     [("hold", "Gisenyi", "GOV:RW")]),
    ("en", "A statement from Yemen's government, which has been based in Riyadh since March, was read out.", []),
    ("en", "Yemen's government, which had been based in Aden since 2015, called the takeover a coup.", []),
])
def test_pipeline_clauses_reads_refuges_seats_and_who_is_in_charge(extractor, lang, text, expected):
    events = _events(extractor, lang, "2024-05-10", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Schuscha liegt nur etwa zehn Kilometer südlich von Stepanakert, der Hauptstadt der selbst ernannten Republik.",
     [("hold", "Stepanakert", "OTHER:separatists")]),
    ("de", "Schuscha in Aserbaidschan liegt nur rund zehn Kilometer von Stepanakert entfernt, der Hauptstadt der "
           "international nicht anerkannten Republik Bergkarabach.", [("hold", "Stepanakert", "OTHER:separatists")]),
    ("en", "Fighting raged near Stepanakert, the capital of the breakaway region of Nagorno-Karabakh.",
     [("hold", "Stepanakert", "OTHER:separatists")]),
    ("en", '"They wanted to make Baquba in Iraq their capital," the officer said.', []),
])
def test_pipeline_clauses_reads_the_capital_of_a_breakaway_republic(extractor, lang, text, expected):
    events = _events(extractor, lang, "2020-11-09", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


def test_pipeline_clauses_takes_no_topic_from_where_someone_spoke(extractor):
    text = ("Die türkische Armee hat die syrische Stadt Afrin eingenommen. Das Zentrum sei gesäubert, sagte der "
            "türkische Präsident Recep Tayyip Erdoğan am Sonntag in Çanakkale. Die YPG bestätigte nichts. Ein Sprecher "
            "erklärte, man setze den Kampf fort. Die kurdischen Kämpfer waren bereits in der Nacht aus der Stadt abgezogen.")
    events = _events(extractor, "de", "2018-03-18", text)
    assert [(e.kind, e.place) for e in events] == [("capture", "Afrin"), ("withdrawal", "Afrin")], _got(events)


def test_pipeline_clauses_reads_no_breakaway_hold_beside_another_control_word(extractor):
    text = "Zchinwali, die Hauptstadt der abtrünnigen Provinz Südossetien, ist seit dem Wochenende fest in russischer Hand."
    events = _events(extractor, "de", "2008-08-12", text)
    assert all(e.winner != "OTHER:separatists" for e in events), _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Nach dem Abzug der russischen Truppen sind ukrainische Soldaten am Freitag in die südukrainische "
     "Gebietshauptstadt Cherson eingerückt.", [("capture", "Kherson", "GOV:RU"), ("withdrawal", "Kherson", "GOV:RU")]),
    ("Nach dem Abzug der russischen Truppen vom rechten Dnipro-Ufer sind ukrainische Spezialkräfte in Cherson "
     "eingerückt und haben die Kontrolle über die Stadt übernommen.", [("capture", "Kherson", None)]),
])
def test_pipeline_clauses_reads_the_withdrawal_that_opens_a_sentence(extractor, text, expected):
    events = _events(extractor, "de", "2022-11-11", text)
    assert [(e.kind, e.place, e.loser) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Die Séléka hatte im Dezember in der Zentralafrikanischen Republik die Städte Bria und Bambari unter ihre Gewalt "
     "gebracht.", [("capture", "Bria", "OTHER:car-militias"), ("capture", "Bambari", "OTHER:car-militias")]),
    ("Bereits im August 2011 hatte die Miliz al-Shabaab ihre Stellungen in der Hauptstadt Mogadischu geräumt.",
     [("withdrawal", "Mogadishu", "AL_SHABAAB")]),
    ("Äthiopien erklärte dagegen, seine Armee habe Barentu in Eritrea nach zweitägigen Kämpfen erobert.",
     [("capture", "Barentu", "GOV:ET")]),
    ("Am linken Ufer des Dnipro im Gebiet Cherson halten ukrainische Marineinfanteristen weiterhin Stellungen im Dorf "
     "Krynky.", [("hold", "Krynky", "GOV:UA")]),
    ("Ukrainische Einheiten hielten weiterhin Stellungen im Südwesten von Bachmut.", []),
    ("Die SLA hatte sich im Libanon aus der christlichen Kleinstadt Jezzine zurückgezogen.",
     [("withdrawal", "Jezzine", "OTHER:sla")]),
])
def test_pipeline_clauses_reads_force_positions_possessed_armies_and_named_groups(extractor, text, expected):
    events = _events(extractor, "de", "2012-09-30", text)
    got = [(e.kind, e.place, e.winner if e.kind != "withdrawal" else e.loser) for e in events]
    assert got == expected, _got(events)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "April 1993 - Armenische Verbände besetzen die Stadt Agdam in Aserbaidschan.", [("capture", "Aghdam")]),
    ("de", "Die Rebellen besetzen weiterhin die Stadt Agdam in Aserbaidschan.", []),
    ("de", "August 1993 - Innerhalb weniger Wochen fallen in Aserbaidschan Fisuli und Agdam.",
     [("capture", "Fuzuli"), ("capture", "Aghdam")]),
    ("de", "Die Serben in Bosnien drohen, auch Gorazde könnte fallen.", []),
    ("en", "Mutinous soldiers took control of Goma in Congo on August 2.", [("capture", "Goma")]),
])
def test_pipeline_clauses_reads_chronicle_presents_and_mutineers(extractor, lang, text, expected):
    events = _events(extractor, lang, "1998-08-24", text)
    assert [(e.kind, e.place) for e in events] == expected, _got(events)
    assert all(e.winner != "GOV:CD" for e in events), _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Before Christmas the northern towns of Uige and Negage had already passed into rebel hands, UNITA said in Angola.",
     {("capture", "Uige"), ("capture", "Negage")}),
    ("Kuito in Angola remains in government hands.", {("hold", "Kuito")}),
])
def test_pipeline_clauses_reads_passed_into_hands_and_a_town_located_by_its_country(extractor, text, expected):
    events = _events(extractor, "en", "1993-06-24", text)
    assert {(e.kind, e.place) for e in events} == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Colombian troops have regained control of Mitu, the remote Amazon town that FARC guerrillas overran at the weekend.",
     [("capture", "Mitu", "GOV:CO"), ("capture", "Mitu", "OTHER:farc")]),
    ("Kuito, the capital of Bie province in Angola, remains in government hands, but it has been surrounded by UNITA for "
     "weeks, aid workers said.", [("hold", "Kuito", "GOV:AO"), ("siege", "Kuito", "OTHER:unita")]),
])
def test_pipeline_clauses_reads_a_described_antecedent_and_a_town_resumed_by_it(extractor, text, expected):
    events = _events(extractor, "en", "1998-11-04", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


@pytest.mark.parametrize("text,expected", [
    ("Im Westen des Sudan ist dagegen die RSF in der Offensive. Die Miliz belagert seit Mai vergangenen Jahres "
     "El Fasher, die letzte große Stadt der Region, die noch von der Armee gehalten wird.",
     [("siege", "El Fasher", "RSF"), ("hold", "El Fasher", "GOV:SD")]),
    ("Madaja in Syrien wird seit Juli von Regierungstruppen und Kämpfern der libanesischen Hisbollah-Miliz belagert.",
     [("siege", "Madaya", "GOV:SY")]),
])
def test_pipeline_clauses_reads_the_siege_of_the_subject_before_a_passive_relative_clause(extractor, text, expected):
    events = _events(extractor, "de", "2025-03-21", text)
    assert [(e.kind, e.place, e.winner) for e in events] == expected, _got(events)


def test_pipeline_clauses_reads_a_series_told_with_its_pace(extractor):
    text = "Im Mai waren in Aserbaidschan bereits die Bergstadt Schuscha und wenige Tage später Latschin gefallen."
    events = _events(extractor, "de", "1993-05-28", text)
    assert [(e.kind, e.place) for e in events] == [("capture", "Shusha"), ("capture", "Lacin")], _got(events)


@pytest.mark.parametrize("text", [
    "Georgien hatte in der Nacht versucht, die Kontrolle über die südossetische Stadt Zchinwali zurückzugewinnen.",
    "Die Armee kündigte in Georgien an, die Kontrolle über die Stadt Zchinwali zurückzugewinnen.",
    "Die Rebellen drohten in Syrien, die Kontrolle über Aleppo binnen Tagen zu übernehmen.",
])
def test_an_infinitive_after_an_attempt_or_plan_is_no_event(extractor, text):
    assert extractor.extract(Article(id="t", text=text, published="2008-08-12", lang="de")) == []


def test_a_participle_inside_an_aimed_infinitive_states_its_own_fact(extractor):
    text = ("Zagreb erklärte, ein Ziel der Offensive sei es, die seit 1992 von bosnischen Serben belagerte "
            "Enklave Bihac in Bosnien zu entlasten.")
    events = extractor.extract(Article(id="t", text=text, published="1995-08-05", lang="de"))
    assert [(e.kind, e.place) for e in events] == [("siege", "Bihac")]
