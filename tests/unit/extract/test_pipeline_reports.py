"""Constructions of reported and background control facts, in sentences written for these tests:
announcements by officials and leaders, nominalisations, holds stated in passing,
withdrawals told beside captures, datelines, and the negatives that look like them."""

from __future__ import annotations

import pytest

from frontline.model import Article

# (lang, published, text, kind, place, winner)
CASES = [
    # an announced nominal capture, the verb at the clause end (German perfect)
    ("de", "2019-03-02", "Die irakische Armee hat am Freitag die vollständige Rückeroberung Tikrits verkündet.",
     "capture", "Tikrit", "GOV:IQ"),
    ("de", "2022-06-25", "Das russische Verteidigungsministerium hatte am Freitag die Einnahme der Stadt Sjewjerodonezk gemeldet.",
     "capture", "Severodonetsk", "GOV:RU"),
    ("de", "2021-08-16", "Nach dem Fall von Kandahar an die Taliban flohen Tausende Menschen.", "capture", "Kandahar", "TALIBAN"),
    ("de", "2023-05-21", "Der Chef der Söldnertruppe Wagner, Jewgeni Prigoschin, hat die Einnahme der Stadt Soledar verkündet.",
     "capture", "Soledar", "WAGNER"),
    ("de", "2020-11-08", "Armeniens Präsident hat die Einnahme der Stadt Agdam durch die eigenen Truppen bestätigt.",
     "capture", "Agdam", "GOV:AM"),
    ("en", "2017-07-10", "Prime Minister Haider al-Abadi announced the liberation of Tal Afar on Sunday.", "capture", "Tal Afar", "GOV:IQ"),
    ("en", "2016-10-20", "President Rodrigo Duterte declared Marawi 'fully liberated' on Tuesday.", "capture", "Marawi", "GOV:PH"),
    # compound strongholds and genitive holders
    ("de", "2014-07-05", "In der Separatistenhochburg Luhansk wurde am Samstag gekämpft.", "hold", "Luhansk", "RU_SEPARATISTS"),
    ("de", "2017-03-01", "Die Armee rückte auf die IS-Hochburg Tabka vor.", "hold", "Tabqa", "IS"),
    ("de", "2011-08-20", "Die Stadt Bani Walid ist weiter in der Hand regimetreuer Truppen.", "hold", "Bani Walid", "GOV:LY"),
    ("de", "2003-04-10", "Die Stadt Tikrit wird noch von regimetreuen Einheiten gehalten.", "hold", "Tikrit", "GOV:IQ"),
    ("de", "2015-06-01", "Die IS-Miliz ist stark. Im Osten Syriens gilt die Stadt Deir ez-Zor als ihre Hochburg.",
     "hold", "Deir ez-Zor", "IS"),
    # English holds stated in passing
    ("en", "2015-04-01", "Saada, which the Houthis have controlled since 2011, was bombed again.", "hold", "Saada", "HOUTHIS"),
    ("en", "2015-04-01", "Saada, which has been controlled by the Houthis since 2011, was bombed again.", "hold", "Saada", "HOUTHIS"),
    ("en", "1993-05-01", "Serb gunners shelled the Muslim-held town of Bihac and the Croatian-held town of Vinkovci.",
     "hold", "Vinkovci", "GOV:HR"),
    ("en", "1993-05-01", "Tuzla and Zenica, the two towns still in government hands, were shelled.", "hold", "Zenica", "GOV:BA"),
    ("en", "2024-03-01", "Omdurman, most of which has been under RSF control since May, is quiet.", "hold", "Omdurman", "RSF"),
    ("en", "2024-03-01", "In the north, Kidal, the last major town in the region still held by the rebels, was shelled.",
     "hold", "Kidal", "UNKNOWN"),
    ("en", "2001-11-10", "Northern Alliance fighters were still holding out in Taloqan on Friday.", "hold", "Taloqan",
     "OTHER:northern-alliance"),
    # control regained, routed, back in control
    ("en", "2015-03-31", "Iraqi troops were back in control of Baiji on Wednesday.", "capture", "Baiji", "GOV:IQ"),
    ("en", "2015-05-20", "Taliban fighters routed Afghan troops from Musa Qala on Monday.", "capture", "Musa Qala", "TALIBAN"),
    ("en", "2021-08-15", "Taliban fighters entered Herat and took control of the Afghan city on Thursday.", "capture", "Herat", "TALIBAN"),
    # withdrawals told beside a capture, or after it
    ("en", "2016-02-10", "Rebels seized Azaz on Tuesday after government troops pulled out.", "withdrawal", "Azaz", None),
    ("en", "2016-02-10", "Rebels seized Azaz on Tuesday after government troops pulled out.", "capture", "Azaz", "SY_OPPOSITION"),
    ("en", "2024-02-17", "The commander said he had ordered troops to withdraw from Marinka.", "withdrawal", "Marinka", None),
    ("en", "2024-12-05", "The army says it has redeployed its units outside the city of Idlib.", "withdrawal", "Idlib", None),
    ("en", "2023-12-18", "The army said its units had withdrawn from their positions in the city of El Obeid.",
     "withdrawal", "El Obeid", None),
    ("en", "2025-01-27", "M23 fighters walked into Goma on Monday after Congolese troops pulled out of the city.",
     "withdrawal", "Goma", "M23"),
    ("en", "2017-08-31", "The commander of the operation, Lieutenant General Abdul-Amir Yarallah, declared Tal Afar 'fully liberated'.",
     "capture", "Tal Afar", "GOV:IQ"),
    ("en", "2023-11-05", "The RSF took Nyala in October. Early in November, El Geneina fell.", "capture", "El Geneina", "RSF"),
    ("en", "2015-03-25", "Houthi fighters backed by army units loyal to the former president overran the town of Lahij.",
     "capture", "Lahij", "HOUTHIS"),
    # German falls and entries
    ("de", "2008-12-01", "Mitte November fiel die Küstenstadt Mullaitivu.", "capture", "Mullaittivu", None),
    ("de", "1996-09-20", "Die Taliban rückten vor. Am Mittwoch fiel ihnen die Stadt Dschalalabad in die Hände.",
     "capture", "Jalalabad", "TALIBAN"),
    ("de", "1997-05-17", "Kämpfer der AFDL marschierten am Samstag in Lubumbashi ein.", "capture", "Lubumbashi", "OTHER:afdl"),
    # (GUIDELINES: a withdrawal's winner is the side the text says moved in; the entry is that same change)
    ("de", "2021-08-15", "Die Regierungstruppen hatten Kundus verlassen. Am Morgen rückten die Taliban in die Stadt ein.",
     "withdrawal", "Kunduz", "TALIBAN"),
    ("de", "2014-07-05", "Die Separatisten gaben am Samstag die Stadt Kramatorsk auf.", "withdrawal", "Kramatorsk", None),
    ("de", "2021-08-10", "Kandahar, wo früher die Briten stationiert waren, war am Freitag in die Hände der Taliban gefallen.",
     "capture", "Kandahar", "TALIBAN"),
    ("de", "2012-11-21", "Am Mittwoch brachten die Rebellen der M23 auch die Stadt Rutshuru, rund 70 Kilometer nördlich von Goma, "
     "unter ihre Kontrolle.", "capture", "Rutshuru", "M23"),
    ("de", "2013-01-26", "Am Samstag hatten die Truppen Timbuktu zurückerobert, die Stadt im Norden, die seit dem Sommer von "
     "Ansar Dine beherrscht wurde.", "capture", "Timbuktu", "GOV:ML"),
    ("de", "2018-03-19", "Viele kamen in der Stadt Manbidsch unter, die weiterhin von kurdischen Kämpfern gehalten wird.",
     "hold", "Manbij", "SDF"),
    ("de", "2022-11-12", "In der weiterhin russisch besetzten Stadt Melitopol begann die Evakuierung.", "hold", "Melitopol", "GOV:RU"),
    ("de", "2011-08-06", "Die Shabaab-Milizen hatten sich aus ihren Stellungen in Mogadischu zurückgezogen.", "withdrawal", "Mogadishu", None),
    ("de", "2014-08-10", "Im Nordirak eroberten IS-Kämpfer die Kleinstadt Sindschar.", "capture", "Sinjar", "IS"),
    ("de", "2014-07-05", "Am selben Tag verließen die Separatisten auch die Stadt Kramatorsk.", "withdrawal", "Kramatorsk", None),
    ("de", "2019-08-10", "Im Süden des Jemen haben Separatisten die Kontrolle über die Hafenstadt Mukalla übernommen.",
     "capture", "Mukalla", "STC"),
    ("de", "2019-08-11", "Die Hauptstadt Sanaa ist seit 2014 in der Hand der vom Iran unterstützten Huthis.", "hold", "Sanaa", "HOUTHIS"),
    ("de", "2002-10-08", "Die Armee ist mit dem Versuch gescheitert, die von Rebellen gehaltene Stadt Korhogo zurückzuerobern.",
     "hold", "Korhogo", None),
    # leaders' forces, acronyms, separatists by country, relative takers
    ("en", "1997-04-16", "Kabila's forces have controlled the river port of Kisangani since March.", "hold", "Kisangani", "OTHER:kabila"),
    ("de", "1992-05-01", "Aidids Truppen hatten Ende April die Stadt Baidoa erobert.", "capture", "Baidoa", "OTHER:aidid"),
    ("de", "2011-03-30", "Die Stadt Daloa war an die Ouattara-Truppen gefallen.", "capture", "Daloa", "OTHER:frci"),
    ("de", "2024-08-03", "Die Armee der Nationaldemokratischen Allianz Myanmars (MNDAA) hat die Stadt Hsenwi eingenommen.",
     "capture", "Hsenwi", "MNDAA"),
    ("de", "1993-09-27", "Abchasische Separatisten haben die Stadt Gagra erobert.", "capture", "Gagra", "OTHER:abkhaz"),
    ("en", "2021-12-01", "Government forces recaptured the town of Woldia from Tigrayan forces who seized it in August.",
     "capture", "Woldia", "OTHER:tplf"),
    ("en", "2013-12-24", "South Sudan's army says it has recaptured Malakal from rebels loyal to former vice president Riek Machar.",
     "capture", "Malakal", "GOV:SS"),
    ("en", "1992-10-31", "ECOMOG said its troops had driven N-P-F-L fighters out of Kakata.", "capture", "Kakata", "OTHER:ecomog"),
    ("de", "2001-11-13", "Kabul/Islamabad (dpa/AFP/APA) – Nach dem Abzug der Taliban hat die Nordallianz die Stadt Taloqan eingenommen.",
     "capture", "Taloqan", "OTHER:northern-alliance"),
    # datelines with a date, and German datelines without an agency, are no places
    ("en", "1991-11-19", "ZAGREB, Yugoslavia, Nov 19 (Reuters) - Croatia said its forces had lost Vukovar to the army.",
     "capture", "Vukovar", None),
    ("de", "2014-07-05", "Kiew/Slowjansk - Die ukrainische Armee hat die Stadt Kramatorsk zurückerobert.",
     "capture", "Kramatorsk", "GOV:UA"),
    # an era's usual insurgents; "federal troops" by country and era
    ("en", "1989-02-20", "Moslem guerrillas overran the town of Khost after a two-week siege.", "capture", "Khost", "OTHER:mujahideen"),
    ("en", "1991-10-02", "Federal troops captured the Croatian town of Vukovar after weeks of fighting.", "capture", "Vukovar", "GOV:YU"),
    ("en", "2021-12-02", "Ethiopia said federal troops had retaken the town of Kombolcha.", "capture", "Kombolcha", "GOV:ET"),
    # "the eastern city" is the whole city; "from it" is the place left
    ("en", "2014-07-06", "Government forces raised the flag in Kramatorsk after recapturing the eastern city.", "capture", "Kramatorsk", "GOV:UA"),
    ("en", "2013-01-10", "The rebels held Bor for a week in 2012 before withdrawing from it the following month.",
     "withdrawal", "Bor", None),
    # holds: under government control, a held capital in apposition
    ("en", "2021-08-10", "Mazar-i-Sharif, the largest city in the north, remains under government control.",
     "hold", "Mazar-i-Sharif", "GOV:AF"),
    ("en", "2016-05-02", "Talks were held in the rebel-held capital, Sanaa, on Monday.", "hold", "Sanaa", "HOUTHIS"),
    # unknown towns announced by an apposition; object pronouns
    ("en", "2000-05-26", "Ethiopia says its troops have captured Zalambessa, the border town held by Eritrea since 1998.",
     "capture", "Zalambessa", "GOV:ET"),
    ("en", "2014-01-02", "Bor lies north of Juba. Rebel forces overran it on Tuesday.", "capture", "Bor", None),
    ("en", "2021-12-01", "Tigray forces captured Lalibela in August as the army fell back. In late October they seized the town of Dessie.",
     "capture", "Dessie", "OTHER:tplf"),
    # German: relative clauses between the place and its verb; passive on one side's word; datives
    ("de", "2013-01-28", "Die Stadt Kidal im Nordosten, von der der Aufstand ausgegangen war, wird inzwischen von der MNLA kontrolliert.",
     "hold", "Kidal", "MNLA"),
    ("de", "2024-06-10", "El Fasher, die letzte Großstadt in Darfur, die noch von der Armee gehalten wird, ist seit Mai von der RSF eingeschlossen.",
     "siege", "El Fasher", "RSF"),
    ("de", "2020-12-01", "In Tigray waren nach Armeeangaben die Städte Shire und Adigrat eingenommen worden.", "capture", "Adigrat", "GOV:ET"),
    ("de", "1994-07-05", "Am Sonntag war den Rebellen der RPF die Stadt Butare in die Hände gefallen.", "capture", "Butare", "OTHER:rpf"),
    ("de", "1997-05-18", "Um Kisangani wurde wochenlang gekämpft, bevor die AFDL-Rebellen sie im März einnahmen.",
     "capture", "Kisangani", "OTHER:afdl"),
    ("de", "2014-01-18", "Bor liegt nördlich von Juba. Die Stadt war umkämpft: Die Armee hatte sie an Heiligabend zurückerobert.",
     "capture", "Bor", "GOV:SS"),
    ("de", "2021-08-09", "Die Taliban haben Kandahar erobert. Am Sonntag war auch Kundus gefallen.", "capture", "Kunduz", "TALIBAN"),
    ("de", "2021-08-13", "Nach Herat ist in der Nacht auch Kandahar an die Taliban gefallen.", "capture", "Herat", "TALIBAN"),
    ("de", "2021-08-13", "In der Hand der Regierung sind neben Kabul noch Masar-i-Scharif und Dschalalabad.",
     "hold", "Jalalabad", "GOV:AF"),
    ("de", "2020-11-29", "Die Armee hat die vollständige Kontrolle über Mekele übernommen.", "capture", "Mekele", "GOV:ET"),
    ("de", "1995-08-05", "Die kroatische Stadt Petrinja werde noch von serbischen Einheiten gehalten, teilte ein Sprecher mit.",
     "hold", "Petrinja", "OTHER:krajina-serbs"),
    ("de", "1995-08-05", "Zagreb (AFP) - Die aufständischen Serben flohen. Die kroatische Armee hat Obrovac eingenommen.",
     "capture", "Obrovac", "GOV:HR"),
    ("de", "2014-07-05", "Slowjansk war das Symbol des Aufstands.\n\nKiew/Slowjansk - Die ukrainische Armee hat die Stadt Slowjansk zurückerobert.",
     "capture", "Sloviansk", "GOV:UA"),
    ("en", "2015-07-17", 'The government declared that the port city of Aden had been "liberated" from the rebels.',
     "capture", "Aden", "GOV:YE"),
    ("en", "2025-01-12", "Crowds celebrated in army-controlled cities including Port Sudan, Kassala and Atbara.",
     "hold", "Atbara", "GOV:SD"),
    ("en", "2015-07-17", "The rebels still control the capital Sanaa, which they seized in September 2014.", "hold", "Sanaa", "HOUTHIS"),
]

# (lang, published, text)
NEGATIVE = [
    ("de", "2024-06-14", "Helfer warnen vor einem Massaker, sollte die Miliz auch die Stadt Kutum erobern."),
    ("de", "2025-03-26", "Die RSF zogen sich aus mehreren Vierteln im Süden Omdurmans zurück."),
    ("de", "2025-03-26", "Die Armee hält weiterhin Teile von Omdurman."),
    ("de", "2016-12-22", "Die Armee kündigte die baldige Einnahme von Idlib an."),
    ("de", "2016-12-22", "Die Armee bereitet eine Offensive zur Rückeroberung von Rakka vor."),
    ("de", "2016-12-22", "Die Regierung will ihren Sitz von Bengasi nach Tripolis verlegen."),
    ("de", "2014-07-05", "Kiew/Slowjansk - Die Armee beschoss am Samstag Stellungen der Separatisten."),
    ("de", "2009-01-02", "Mitte Januar trafen sich die Minister in Colombo."),
    ("de", "2020-11-09", "Aserbaidschan meldete die Einnahme der Stadt Latschin. Armenien wies dies zurück."),
    ("en", "2017-04-04", "Air strikes hit ISIL-held portions of Mosul."),
    ("en", "2017-04-04", "People fled Tal Afar after air strikes on ISIL-held portions of the Iraqi city."),
    ("de", "2019-01-01", "Total hatte die Beteiligung vom Konzern Anadarko übernommen."),
    ("de", "2023-11-08", "Nach der Pause übernahm Barcelona die Kontrolle über das Spiel."),
    ("de", "2018-03-19", "Man werde die Terroristen auch aus Manbidsch und Kobanê vertreiben, sagte der Präsident."),
    ("de", "1992-06-10", "Ihr Mann sei in Zvornik geblieben, sagt sie."),
    ("de", "2019-12-22", "Die Staatsagentur Sana meldete am Sonntag neue Kämpfe."),
    ("de", "2021-08-13", "Binnen einer Woche wurden Dutzende Menschen getötet."),
    ("de", "2024-08-05", "Junta-Sprecher Zaw Min Tun räumte am Montag ein, man habe den Kontakt zu Offizieren in Lashio verloren."),
    ("de", "2016-02-18", "Die Türkei will verhindern, dass die Stadt Tall Rifaat in die Hände der Kurden fällt."),
    ("de", "2022-09-21", "Die Bundesanwaltschaft wirft der Frau aus Mönchengladbach Mitgliedschaft in einer Terrorgruppe vor."),
    ("en", "2000-06-09", "The Security Council demanded that Uganda and Rwanda leave Kisangani."),
    ("en", "2022-04-05", "Over the following days, men, many of them ethnic Fulani, were taken out and shot."),
    ("de", "1999-04-12", "Serbische Polizisten hätten sie aus ihren Häusern in Priština vertrieben, berichteten Flüchtlinge."),
    ("de", "1995-01-20", "Unsere Kämpfer halten ihre Stellungen jenseits der Sunscha."),
    ("en", "1989-08-14", "Shells crashed into Syrian-controlled west Beirut."),
    ("en", "1991-11-19", "The army said on Belgrade television that its troops had 'liberated' the town."),
    ("en", "2021-08-13", "In Lashkar Gah, special forces were still holding out in the governor's compound."),
    ("en", "2015-01-01", "Homs was in rebel hands until 2014."),
    ("en", "2016-06-01", "The army shelled Aleppo on Monday."),
    ("en", "2017-06-14", "The general said an earlier goal of clearing Marawi by June 12 had not been met."),
    ("de", "2023-10-14", "Der Grenzübergang Rafah zwischen dem Gazastreifen und Ägypten blieb auch am Samstag geschlossen."),
    ("de", "2020-10-10", "Alijew erklärte, seine Truppen hätten die Stadt Hadrut eingenommen. Eriwan wies das als «Desinformation» zurück."),
    ("de", "2016-09-14", "Die Einnahmen der Stadt Mossul aus dem Ölgeschäft sind gesunken."),
    ("de", "1992-10-07", "Die Flüchtlinge warteten an der Save auf Busse."),
    ("de", "2014-07-05", "Kiew/Slowjansk - Die Armee beschoss am Samstag Stellungen nahe der Stadt."),
]


def _events(extractor, lang, published, text):
    return extractor.extract(Article(id="t", text=text, published=published, lang=lang))


@pytest.mark.parametrize("lang,published,text,kind,place,winner", CASES)
def test_pipeline_reports_reads_the_event(extractor, lang, published, text, kind, place, winner):
    events = _events(extractor, lang, published, text)
    found = [(e.kind, e.place, e.winner) for e in events]
    assert any(e.kind == kind and e.place == place and (winner is None or e.winner == winner) for e in events), found


@pytest.mark.parametrize("lang,published,text", NEGATIVE)
def test_pipeline_reports_codes_nothing(extractor, lang, published, text):
    assert _events(extractor, lang, published, text) == []
