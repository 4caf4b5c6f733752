"""Constructions from many wars, 1987-2025, in sentences written for these tests."""

from __future__ import annotations

import pytest

from frontline.model import Article

CASES = [
    ("en", "Mujahideen guerrillas captured the eastern city of Khost after an 11-year siege.", "capture", "Khost", "OTHER:mujahideen"),
    ("en", "Taliban militiamen seized control of Kabul on Friday.", "capture", "Kabul", "TALIBAN"),
    ("en", "Rwandan Patriotic Front rebels captured Kigali on Monday.", "capture", "Kigali", "OTHER:rpf"),
    ("en", "Bosnian Serb forces overran the U.N.-declared safe area of Srebrenica on Tuesday.", "capture", "Srebrenica", "OTHER:bosnian-serbs"),
    ("en", "Croatian troops recaptured the rebel Serb stronghold of Knin on Saturday.", "capture", "Knin", "GOV:HR"),
    ("en", "Russian troops took full control of Grozny, the Chechen capital, the defence ministry said.", "capture", "Grozny", "GOV:RU"),
    ("en", "Sri Lankan troops captured the rebel stronghold of Kilinochchi, the military said.", "capture", "Kilinochchi", "GOV:LK"),
    ("en", "Boko Haram fighters seized the town of Baga on Saturday.", "capture", "Baga", "BOKO_HARAM"),
    ("en", "The Myanmar National Democratic Alliance Army captured Laukkaing.", "capture", "Laukkaing", "MNDAA"),
    ("en", "The Rapid Support Forces seized Wad Madani, the capital of Gezira state.", "capture", "Wad Madani", "RSF"),
    ("en", "M23 rebels said on Sunday they had seized Bukavu.", "capture", "Bukavu", "M23"),
    ("en", "Insurgents linked to Islamic State seized the port town of Mocimboa da Praia.", "capture", "Mocimboa da Praia", "IS"),
    ("en", "Russia's defence ministry said its forces had taken full control of Avdiivka.", "capture", "Avdiivka", "GOV:RU"),
    ("en", "Ukrainian troops have pulled out of the eastern city of Avdiivka.", "withdrawal", "Avdiivka", None),
    ("en", "Russian forces have surrounded the city of Mariupol, Ukrainian officials said.", "siege", "Mariupol", "GOV:RU"),
    ("en", "Separatists still control the city of Donetsk.", "hold", "Donetsk", "RU_SEPARATISTS"),
    ("en", "The Arakan Army said it had taken control of Paletwa town in Chin State.", "capture", "Paletwa", "AA"),
    ("en", "Iraqi Kurdish peshmerga forces retook the town of Zumar from Islamic State militants.", "capture", "Zumar", "PESHMERGA"),
    ("en", "Government troops abandoned the town of Mubi as Boko Haram advanced.", "withdrawal", "Mubi", None),
    ("en", "Since the Islamic State's capture of Mosul in 2014, the city has been in ruins.", "capture", "Mosul", "IS"),
    ("en", "Fighters of the Sudan Liberation Movement seized the town of Muhajiriya.", "capture", "Muhajiriya", "OTHER:slm"),
    ("en", "Rebels loyal to Charles Taylor encircled Monrovia on Monday.", "siege", "Monrovia", "OTHER:npfl"),
    ("en", "Syrian rebels led by Hayat Tahrir al-Sham captured Hama on Thursday.", "capture", "Hama", "HTS"),
    ("en", "Iraqi armoured columns seized Kuwait City within hours.", "capture", "Kuwait City", "GOV:IQ"),
    ("en", "Government forces still hold Mazar-i-Sharif in the north and Jalalabad in the east.", "hold", "Jalalabad", "GOV:AF"),
    ("en", "Herat in the west was taken on Thursday by the Taliban.", "capture", "Herat", "TALIBAN"),
    ("en", "Kandahar, the movement's birthplace in the south, fell to the Taliban on Friday.", "capture", "Kandahar", "TALIBAN"),
    ("en", "Syrian government forces and Lebanese Hezbollah fighters captured the border town of Qusair.", "capture", "Qusair", "GOV:SY"),
    ("de", "Die Taliban haben die Provinzhauptstadt Kundus erobert.", "capture", "Kunduz", "TALIBAN"),
    ("en", "Boko Haram claimed the capture of Gwoza in a video.", "capture", "Gwoza", "BOKO_HARAM"),
    ("en", "Al-Shabaab fighters have abandoned their last stronghold of Barawe.", "withdrawal", "Barawe", None),
    ("de", "Die Tuareg-Rebellen sollen die Stadt Kidal eingenommen haben.", "capture", "Kidal", "MNLA"),
    ("de", "Nach Angaben von Aktivisten fiel die Stadt Sarakeb in die Hände der IS-Miliz.", "capture", "Saraqib", "IS"),
    ("de", "Seit Sonntag kontrollieren die Huthi-Rebellen den Hafen von Hodeida.", "hold", "Hodeidah", "HOUTHIS"),
    ("de", "Kroatische Truppen haben am Samstag Knin, die Hauptstadt der aufständischen Serben in der Krajina, eingenommen.",
     "capture", "Knin", "GOV:HR"),
    ("de", "Die M23-Miliz zieht sich aus der Bergbaustadt Walikale zurück, die sie am Mittwoch eingenommen hatte.",
     "capture", "Walikale", "M23"),
    ("de", "Die Hauptstadt Sanaa wird seit 2014 von den Huthi-Rebellen kontrolliert.", "hold", "Sanaa", "HOUTHIS"),
    ("de", "Die Rebellen der Ruandischen Patriotischen Front haben die Hauptstadt Kigali eingenommen.", "capture", "Kigali", "OTHER:rpf"),
    ("de", "Die ukrainischen Truppen zogen sich aus Awdijiwka zurück, teilte der Armeechef mit.", "withdrawal", "Avdiivka", None),
    ("de", "Die M23-Rebellen haben die Stadt Bukavu eingenommen.", "capture", "Bukavu", "M23"),
    ("de", "Kurdische Kämpfer haben die Stadt Kobane von der IS-Miliz befreit.", "capture", "Kobani", "SDF"),
    ("de", "Die Stadt Mossul war im Juni 2014 an die IS-Miliz gefallen.", "capture", "Mosul", "IS"),
    ("de", "Die IS-Miliz kontrolliert weiterhin die Stadt Rakka.", "hold", "Raqqa", "IS"),
    ("de", "Die syrische Armee hat die Kontrolle über Palmyra zurückgewonnen.", "capture", "Palmyra", "GOV:SY"),
    ("de", "Die Separatisten haben den Flughafen von Donezk eingenommen.", "capture", "Donetsk International Airport", "RU_SEPARATISTS"),
    ("de", "Nach der Einnahme von Raqqa durch die SDF kehrten die ersten Bewohner zurück.", "capture", "Raqqa", "SDF"),
    ("de", "Der Islamische Staat hat die Stadt Sirte an libysche Truppen verloren.", "capture", "Sirte", "GOV:LY"),
    ("de", "Die Huthi-Rebellen kontrollieren die Hauptstadt Sanaa seit 2014.", "hold", "Sanaa", "HOUTHIS"),
]

NEGATIVE = [
    ("en", "If the army retakes Sirte, the war could end."),
    ("de", "Wenn die Armee Sirte zurückerobert, könnte der Krieg enden."),
    ("en", "Separatists said they had taken Bakhmut. The Ukrainian army denied the city had fallen."),
    ("de", "Bei einem Angriff auf das Stadtzentrum von Charkiw wurden drei Menschen verletzt."),
    ("de", "Ein Sprecher erklärte, man werde die Stadt Kandahar in wenigen Tagen einnehmen."),
    ("de", "Die IS-Miliz kontrolliert weiterhin Teile der Stadt Rakka."),
    ("en", "Iraqi forces recaptured the eastern half of Mosul."),
    ("en", "Government troops on Saturday repelled a rebel attack on the town of Kidal."),
    ("en", "The army said it would soon recapture Marawi from the militants."),
    ("en", "Rebels denied that they had captured the town."),
    ("en", "Pro-Russian separatists seized the police headquarters in Sloviansk."),
    ("en", "President Assad vowed to retake every inch of Syria, including Idlib."),
    ("en", "Soldiers fell in battle near Kharkiv."),
    ("de", "Die Rebellen rückten bis an den Stadtrand von Damaskus vor."),
    ("de", "Bei Kämpfen um Bachmut wurden zahlreiche Soldaten getötet."),
    ("de", "Die Armee konnte die Stadt nicht zurückerobern."),
]


def _same_actor(got, want) -> bool:
    if want is None:
        return True
    got = got[0] if isinstance(got, list) else got
    if want.startswith("OTHER:"):
        return isinstance(got, str) and got.startswith("OTHER:")
    return got == want


@pytest.mark.parametrize("lang,text,kind,place,winner", CASES)
def test_pipeline_wars_reads_the_event(extractor, lang, text, kind, place, winner):
    events = extractor.extract(Article(id="w", text=text, lang=lang, published="2020-03-10"))
    assert any(e.kind == kind and e.place == place and _same_actor(e.winner, winner) for e in events), events


@pytest.mark.parametrize("lang,text", NEGATIVE)
def test_pipeline_wars_codes_nothing(extractor, lang, text):
    assert extractor.extract(Article(id="w", text=text, lang=lang, published="2020-03-10")) == []
