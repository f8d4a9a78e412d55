"""First-level divisions of conflict countries (``data/geo/admin1_seats.tsv``): every division is a
place of the gazetteer under the name news uses, its towns carry that name as their admin1, its
centre lies among its towns, and a division named by an everyday word or like a big town answers only
to a safe form ("Southwest Region", "Lviv Oblast"), never to the bare word or the town's name."""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.geo import sources
from sitrep.geo.build import _generic_division, haversine_km
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.normalize import name_key
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings

# A division's centre (the middle of its towns' box) lies within this distance of its seat town: the
# largest divisions of the table (Shan State, Tshopo, Haut-Katanga) are about 600 km across.
CENTRE_MAX_KM = 450.0


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


# ---------------------------------------------------------------- the table itself (no gazetteer)


def test_no_two_rows_of_a_country_share_a_name():
    keys = Counter((r.cc, name_key(n)) for r in sources.seats() for n in {name_key(x) for x in (r.name, *r.names)})
    assert [k for k, n in keys.items() if n > 1] == []


# Nigeria's Plateau State: news writes "Plateau" alone or before a lower-case "state" ("in Plateau state"),
# and only the bare name takes the state suffix; Nigerian reports are where ACLED counts most events.
# Burkina Faso's Plateau-Central: a proper name in a word order no English phrase uses.
KNOWN_BARE = frozenset({("NG", "Plateau"), ("BF", "Plateau-Central"), ("BF", "Plateau Central")})


def test_no_division_answers_to_an_everyday_word_alone():
    bare = [(r.cc, n) for r in sources.seats() for n in (r.name, *r.names) if _generic_division(n)]
    assert [b for b in bare if b not in KNOWN_BARE] == []  # "Centre", "East", "North-West" need "Region"


# Compass words and a division word ("East Region", "North Department") also name sports brackets, company
# regions and parts of any country: only Cameroon's Anglophone regions, which news names so, keep the form.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "northern", "southern", "eastern", "western"})
_DIVISION_WORDS = frozenset({"region", "province", "state", "department", "district"})
ANGLOPHONE = frozenset({"Northwest Region", "Southwest Region"})


def _compass_division(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return len(words) >= 2 and words[-1] in _DIVISION_WORDS and all(w in _COMPASS for w in words[:-1])


def test_compass_names_are_french_save_the_anglophone_regions():
    compass = [(r.cc, r.name, n) for r in sources.seats() for n in (r.name, *r.names) if _compass_division(n)
               and r.cc in {"CM", "BF", "HT", "CD", "SS", "SD", "TD", "CF"}]
    assert [c for c in compass if not (c[0] == "CM" and c[1] in ANGLOPHONE)] == []


def test_rows_are_well_formed():
    for r in sources.seats():
        assert len(r.cc) == 2 and r.cc.isupper(), r
        assert r.name and r.seat, r
        assert r.name not in r.names, r  # the name is listed once


# ---------------------------------------------------------------- the compiled gazetteer

# (country, division, a town of it): the division is a place, and the town's admin1 is its name.
DIVISIONS = [
    ("CD", "Tanganyika", "Kalemie"), ("CD", "Haut-Katanga", "Lubumbashi"), ("CD", "Lualaba", "Kolwezi"),
    ("CD", "Ituri", "Bunia"), ("CD", "Tshopo", "Kisangani"), ("CD", "Kwilu", "Kikwit"),
    ("CD", "Kongo Central", "Matadi"), ("CD", "North Kivu", "Goma"), ("CD", "South Kivu", "Uvira"),
    ("CM", "Southwest Region", "Buea"), ("CM", "Northwest Region", "Bamenda"), ("CM", "Far North Region", "Maroua"),
    ("CM", "Littoral Region", "Douala"), ("BF", "Hauts-Bassins", "Bobo-Dioulasso"), ("BF", "Sud-Ouest", "Gaoua"),
    ("BF", "Plateau-Central", "Ziniare"), ("BF", "Centre-Nord", "Kaya"),
    ("MM", "Shan State", "Taunggyi"), ("MM", "Chin State", "Hakha"), ("MM", "Mon State", "Mawlamyine"),
    ("MM", "Kayin", "Hpa-An"), ("UA", "Lviv Oblast", "Lviv"), ("UA", "Odesa Oblast", "Odesa"),
    ("UA", "Kyiv Oblast", "Bila Tserkva"), ("UA", "Dnipropetrovsk Oblast", "Kryvyy Rih"),
    ("SD", "West Kordofan", "An Nuhud"), ("SD", "Central Darfur", "Zalinjay"), ("SD", "Al Jazirah", "Wad Medani"),
    ("SS", "Western Bahr el Ghazal", "Wau"), ("SS", "Lakes State", "Rumbek"), ("ET", "Benishangul-Gumuz", "Asosa"),
    ("TD", "Ouaddai", "Abeche"), ("TD", "Logone Oriental", "Doba"), ("CF", "Nana-Grebizi", "Kaga-Bandoro"),
    ("HT", "Sud-Est", "Jacmel"), ("HT", "Ouest Department", "Port-au-Prince"), ("CO", "Cauca", "Popayan"),
    ("MX", "Jalisco", "Guadalajara"), ("MX", "Nayarit", "Tepic"), ("MX", "State of Mexico", "Toluca"),
    ("LY", "Butnan", "Tobruk"), ("YE", "Socotra", "Hadibu"), ("IN", "Ladakh", "Leh"),
]


def _town(gazetteer, name, cc):
    return max((p for p in gazetteer.candidates(name) if p.country_code == cc and p.feature_class == "P"),
               key=lambda p: p.population)


@pytest.mark.parametrize("cc, division, town", DIVISIONS)
def test_division_is_a_place_holding_its_towns(gazetteer, cc, division, town):
    place = gazetteer.admin1(cc, division)
    assert place is not None and place.feature_code == "ADM1"
    seat = _town(gazetteer, town, cc)
    assert seat.admin1 == place.admin1
    assert haversine_km(place.latitude, place.longitude, seat.latitude, seat.longitude) < CENTRE_MAX_KM


@pytest.mark.parametrize("cc, count", [
    ("CD", 26), ("CM", 10), ("BF", 13), ("UA", 27), ("SS", 10), ("SD", 18), ("TD", 23), ("HT", 10), ("LY", 22),
])
def test_every_code_of_the_country_is_a_named_division(gazetteer, cc, count):
    names = {p.admin1 for p in gazetteer.places_in(cc, "ADM1")}
    assert len(names) >= count


@pytest.mark.parametrize("other, cc, division", [
    ("Nord-Kivu", "CD", "North Kivu"), ("Bas-Congo", "CD", "Kongo Central"), ("South-West Region", "CM", "Southwest Region"),
    ("Nord-Ouest", "CM", "Northwest Region"), ("Est Region", "BF", "Est Region"),
    ("Extreme-Nord", "CM", "Far North Region"), ("Karen State", "MM", "Kayin"), ("Irrawaddy Region", "MM", "Ayeyarwady"),
    ("Odessa region", "UA", "Odesa Oblast"), ("Transcarpathia", "UA", "Zakarpattia Oblast"), ("Gezira", "SD", "Al Jazirah"),
    ("SNNPR", "ET", "South Ethiopia Region"), ("BARMM", "PH", "Bangsamoro"), ("Edomex", "MX", "State of Mexico"),
    ("Belgorod region", "RU", "Belgorod Oblast"),
])
def test_other_names_reach_the_division(gazetteer, other, cc, division):
    assert gazetteer.admin1(cc, other).admin1 == division


@pytest.mark.parametrize("word", ["Lviv", "Mandalay", "Maritime", "Unity", "Cascades", "Nord", "Centre", "Bay", "Sirte"])
def test_bare_words_and_big_towns_are_no_conflict_division(gazetteer, word):
    divisions = [p for p in gazetteer.candidates(word) if p.feature_code == "ADM1"
                 and p.country_code in {"UA", "MM", "TG", "SS", "BF", "HT", "CM", "SO", "LY"}]
    assert divisions == []


def _places(text: str, gazetteer) -> dict[str, tuple]:
    return {t.text: (t.place.country_code, t.place.feature_code, t.place.admin1) for t in geoparse(text, gazetteer)
            if t.place is not None}


@pytest.mark.parametrize("text, mention, expected", [
    ("Separatists clashed with soldiers in Cameroon's Southwest Region on Monday.", "Southwest Region",
     ("CM", "ADM1", "Southwest Region")),
    ("Anglophone fighters attacked a school in Bamenda, in the North-West Region.", "North-West Region",
     ("CM", "ADM1", "Northwest Region")),
    ("Militiamen killed 12 civilians in Tanganyika province.", "Tanganyika", ("CD", "ADM1", "Tanganyika")),
    ("Fighting continued in Lviv Oblast overnight.", "Lviv Oblast", ("UA", "ADM1", "Lviv Oblast")),
    ("The army shelled villages in Shan State.", "Shan State", ("MM", "ADM1", "Shan State")),
    ("Rebels seized a town in northern Chin State.", "Chin State", ("MM", "ADM1", "Chin State")),
    ("Ukrainian forces advanced in Kursk Oblast.", "Kursk Oblast", ("RU", "ADM1", "Kursk Oblast")),
    ("RSF fighters advanced in West Kordofan.", "West Kordofan", ("SD", "ADM1", "West Kordofan")),
    ("Gangs seized roads in the Ouest Department of Haiti.", "Ouest Department", ("HT", "ADM1", "Ouest Department")),
    ("Cartel gunmen killed five people in the State of Mexico.", "State of Mexico", ("MX", "ADM1", "State of Mexico")),
    ("Jihadists attacked a convoy in the Hauts-Bassins region.", "Hauts-Bassins", ("BF", "ADM1", "Hauts-Bassins")),
    ("A drone struck a market in Lviv on Tuesday.", "Lviv", ("UA", "PPL", "Lviv Oblast")),
    ("Protesters marched through Mandalay.", "Mandalay", ("MM", "PPL", "Mandalay Region")),
])
def test_divisions_in_sentences(gazetteer, text, mention, expected):
    # the mention may take the lower-case division word after it ("Tanganyika province")
    found = {k: v for k, v in _places(text, gazetteer).items() if k == mention or k.startswith(mention + " ")}
    assert list(found.values()) == [expected]


@pytest.mark.parametrize("text, word", [
    ("Maritime security officials met in London.", "Maritime"),
    ("Hikers were lost in the Cascades near Seattle.", "Cascades"),
    ("Houthi rebels attacked a ship in the Red Sea on Tuesday.", "Red Sea"),
])
def test_everyday_words_are_no_division(gazetteer, text, word):
    assert _places(text, gazetteer).get(word, (None, None))[1] != "ADM1"
