"""Places the gazetteer lacks, located by the text (session 14, round 2): a village "in X, in
<country>'s <division> state", "X, <division> province", "the town of X in the province of Y",
"X, north of <town>", "X, a village near <town>", "X, 25 km from <town>"; the dateline's city for a
wire story whose body names only the country; "between X and Y" is near X."""

from __future__ import annotations

import re

import pytest
from geo_places import named_doc, sentence_of
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.eventplace import UNKNOWN_DIVISION_PRECISION, event_place, precision_of
from sitrep.geo.resolve import UNLISTED_TOWN_CODE, unlisted
from sitrep.geo.unknown_places import located_unknowns
from sitrep.types import Place, Toponym


def _place(name, lat, lon, country, cc, admin1, fcode, pop=0) -> Place:
    fclass = "A" if fcode in ("ADM1", "ADM2", "PCLI") else "P"
    return Place(name, lat, lon, country, cc, admin1, None, fclass, fcode, pop)


NG = _place("Nigeria", 10.0, 8.0, "Nigeria", "NG", None, "PCLI")
KADUNA = _place("Kaduna", 10.4, 7.6, "Nigeria", "NG", "Kaduna", "ADM1", 6_000_000)
NE = _place("Niger", 18.0, 9.0, "Niger", "NE", None, "PCLI")
KP = _place("Khyber Pakhtunkhwa", 34.5, 72.0, "Pakistan", "PK", "Khyber Pakhtunkhwa", "ADM1", 35_000_000)
ARAUCA = _place("Arauca", 6.7, -71.0, "Colombia", "CO", "Arauca", "ADM1", 260_000)
CO = _place("Colombia", 4.0, -73.25, "Colombia", "CO", None, "PCLI")
GEZIRA = _place("Al Jazirah", 14.7, 33.2, "Sudan", "SD", "Al Jazirah", "ADM1", 3_500_000)
MADANI = _place("Wad Medani", 14.40, 33.52, "Sudan", "SD", "Al Jazirah", "PPL", 330_000)
GAO = _place("Gao", 16.27, -0.04, "Mali", "ML", "Gao", "PPLA", 86_000)
ANSONGO = _place("Ansongo", 15.66, 0.50, "Mali", "ML", "Gao", "PPL", 30_000)
BELEDWEYNE = _place("Beledweyne", 4.74, 45.20, "Somalia", "SO", "Hiran", "PPL", 60_000)
PUERTO_ABROAD = _place("El Puerto de Santa Maria", 36.59, -6.23, "Spain", "ES", "Andalusia", "PPL", 88_000)
SYRIA = _place("Syria", 35.0, 38.0, "Syria", "SY", None, "PCLI")
ANBAR = _place("Anbar", 33.4, 42.0, "Iraq", "IQ", "Anbar", "ADM1", 1_700_000)


def _tops(text: str, named: dict[str, Place | None]) -> list[Toponym]:
    return sorted((Toponym(m.start(), m.end(), name, place, "hand", 0.9)
                   for name, place in named.items() for m in re.finditer(re.escape(name), text)),
                  key=lambda t: t.start)


def _new(text: str, named: dict[str, Place | None], name: str) -> Toponym:
    return next(t for t in located_unknowns(text, _tops(text, named)) if t.text == name)


# ---- a name located in a division or a country --------------------------------------------------

@pytest.mark.parametrize("text, named, name, admin1", [
    ("Gunmen seized 200 pupils from a school in Dogo Gida, in northwest Nigeria's Kaduna state, on Monday.",
     {"Nigeria": NG, "Kaduna": KADUNA}, "Dogo Gida", "Kaduna"),
    ("A car bomb hit a police convoy in Shabqadar, Khyber Pakhtunkhwa province, on Friday.",
     {"Khyber Pakhtunkhwa": KP}, "Shabqadar", "Khyber Pakhtunkhwa"),
    ("Rebels attacked an army post in the town of Saravena Alta in the province of Arauca overnight.",
     {"Arauca": ARAUCA}, "Saravena Alta", "Arauca"),
    ("Paramilitaries killed 40 people in the village of Al-Hilaliya in Gezira state on Sunday.",
     {"Gezira state": GEZIRA}, "Al-Hilaliya", "Al Jazirah"),
])
def test_a_name_said_to_lie_in_a_division_is_a_town_there(text, named, name, admin1):
    t = _new(text, named, name)
    assert unlisted(t) and t.place.admin1 == admin1 and t.place.name == name
    assert (t.place.latitude, t.place.longitude) == (named_place(named, admin1).latitude, named_place(named, admin1).longitude)
    assert precision_of(text, t) == UNKNOWN_DIVISION_PRECISION


def named_place(named: dict[str, Place], admin1: str) -> Place:
    return next(p for p in named.values() if p.admin1 == admin1 and p.feature_code == "ADM1")


def test_a_name_said_to_lie_only_in_a_country_is_coarse():
    text = "Jihadists overran an army post near the town of Takanamat in western Niger on Saturday."
    t = _new(text, {"Niger": NE}, "Takanamat")
    assert t.place.country_code == "NE" and t.place.admin1 is None
    assert precision_of(text, t) == 3


def test_a_reading_abroad_gives_way_to_the_stated_division():
    text = "Guerrillas drove a truck bomb into a base in Puerto Rondon, in Colombia's Arauca department."
    tops = located_unknowns(text, _tops(text, {"Puerto": PUERTO_ABROAD, "Colombia": CO, "Arauca": ARAUCA}))
    assert [t.text for t in tops] == ["Puerto Rondon", "Colombia", "Arauca"]
    assert tops[0].place.country_code == "CO" and tops[0].place.feature_code == UNLISTED_TOWN_CODE


def test_a_known_town_inside_the_division_is_kept():
    inside = _place("Zaria", 11.1, 7.7, "Nigeria", "NG", "Kaduna", "PPL", 400_000)
    text = "Gunmen attacked worshippers in Zaria, in Kaduna state, on Friday."
    tops = located_unknowns(text, _tops(text, {"Zaria": inside, "Kaduna": KADUNA}))
    assert tops[0].place is inside


@pytest.mark.parametrize("text, named", [
    ("Strikes were reported in Syria, in Iraq's Anbar province and elsewhere.", {"Syria": SYRIA, "Anbar": ANBAR}),
    ("Officials said on Monday, in Kaduna state, that schools would close.", {"Kaduna": KADUNA}),
    ("The governor of Kaduna state spoke in Abuja.", {"Kaduna": KADUNA}),
])
def test_no_unknown_town_without_a_locating_phrase(text, named):
    assert located_unknowns(text, _tops(text, named)) == _tops(text, named)


# ---- a name located near a town ------------------------------------------------------------------

@pytest.mark.parametrize("text, named, name, town", [
    ("Fighters killed villagers in Hantoub, north of Wad Madani, on Friday.", {"Wad Madani": MADANI}, "Hantoub", MADANI),
    ("Jihadists attacked Tin-Hama, a hamlet some 30 km south of Gao, on Friday.", {"Gao": GAO}, "Tin-Hama", GAO),
    ("A mine exploded near the village of Bara, 25 km from Ansongo, on Thursday.", {"Ansongo": ANSONGO}, "Bara", ANSONGO),
    ("Militants stormed a base in Moqokori village, 40 km north of Beledweyne.", {"Beledweyne": BELEDWEYNE},
     "Moqokori", BELEDWEYNE),
])
def test_a_name_said_to_lie_near_a_town_is_placed_at_it(text, named, name, town):
    t = _new(text, named, name)
    assert unlisted(t) and (t.place.latitude, t.place.longitude) == (town.latitude, town.longitude)
    assert t.place.name == name and precision_of(text, t) == 2


def test_a_city_is_no_unknown_village():
    big = _place("Aleppo", 36.2, 37.15, "Syria", "SY", "Aleppo", "PPL", 1_600_000)
    text = "Shelling hit Aleppo, north of Hama, on Sunday."
    hama = _place("Hama", 35.13, 36.75, "Syria", "SY", "Hama", "PPL", 700_000)
    tops = located_unknowns(text, _tops(text, {"Aleppo": big, "Hama": hama}))
    assert tops[0].place is big


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc XYZ,.-'", max_size=80), st.sampled_from(["Kaduna", "Wad Madani", "Niger"]))
def test_offsets_slice_the_text(prefix, name):
    place = {"Kaduna": KADUNA, "Wad Madani": MADANI, "Niger": NE}[name]
    text = f"{prefix} in Xyz Abc, north of {name}" if name == "Wad Madani" else f"{prefix} in Xyz Abc, in {name} state"
    for t in located_unknowns(text, _tops(text, {name: place})):
        assert text[t.start:t.end] == t.text


# ---- event places --------------------------------------------------------------------------------

KHARKIV = _place("Kharkiv", 49.98, 36.25, "Ukraine", "UA", "Kharkiv Oblast", "PPLA", 1_400_000)
UA = _place("Ukraine", 49.0, 32.0, "Ukraine", "UA", None, "PCLI")
ODESA = _place("Odesa", 46.48, 30.72, "Ukraine", "UA", "Odesa Oblast", "PPLA", 1_000_000)
BAMAKO = _place("Bamako", 12.65, -8.0, "Mali", "ML", "Bamako", "PPLC", 1_800_000)
ML = _place("Mali", 17.0, -4.0, "Mali", "ML", None, "PCLI")


def test_a_wire_story_naming_only_the_country_is_at_its_datelines_city():
    text = "KHARKIV, Ukraine (AP) - A missile struck a clinic in Ukraine's second-largest city on Sunday, killing two."
    doc = named_doc(text, {"KHARKIV": KHARKIV, "Ukraine": UA})
    place, prec, why = event_place(doc, sentence_of(doc, "missile"))
    assert place is KHARKIV and prec == 1 and "dateline" in why


def test_no_city_word_is_near_the_datelines_city():
    text = "BAMAKO, Mali (AFP) - Jihadists killed 12 soldiers in Mali on Sunday, the army said."
    doc = named_doc(text, {"BAMAKO": BAMAKO, "Mali": ML})
    place, prec, _ = event_place(doc, sentence_of(doc, "Jihadists"))
    assert place is BAMAKO and prec == 2


def test_the_dateline_gives_way_when_the_body_names_another_town():
    text = ("KYIV, Ukraine (AP) - Russian drones struck Ukraine overnight, officials said.\n"
            "In Odesa, a port warehouse burned.")
    kyiv = _place("Kyiv", 50.45, 30.52, "Ukraine", "UA", "Kyiv City", "PPLC", 2_900_000)
    doc = named_doc(text, {"KYIV": kyiv, "Ukraine": UA, "Odesa": ODESA})
    place, prec, _ = event_place(doc, sentence_of(doc, "drones"))
    assert place is UA and prec == 3


def test_a_dateline_abroad_does_not_place_an_event_in_the_country():
    text = "NAIROBI, Kenya (Reuters) - Gunmen killed 10 people in Somalia on Monday, police said."
    nairobi = _place("Nairobi", -1.28, 36.82, "Kenya", "KE", "Nairobi", "PPLC", 3_000_000)
    so = _place("Somalia", 6.0, 48.0, "Somalia", "SO", None, "PCLI")
    doc = named_doc(text, {"NAIROBI": nairobi, "Somalia": so})
    place, _, _ = event_place(doc, sentence_of(doc, "Gunmen"))
    assert place is so


def test_the_body_names_an_unknown_village_not_the_dateline():
    text = "NIAMEY - Jihadists overran a post near the town of Takanamat in western Niger on Saturday."
    niamey = _place("Niamey", 13.5, 2.1, "Niger", "NE", "Niamey", "PPLC", 1_000_000)
    doc = named_doc(text, {"NIAMEY": niamey, "Niger": NE})
    doc = doc.__class__(doc.article, sentences=doc.sentences,
                        toponyms=tuple(located_unknowns(text, list(doc.toponyms))))
    place, prec, _ = event_place(doc, sentence_of(doc, "Jihadists"))
    assert place.name == "Takanamat" and place.country_code == "NE" and prec == 3


def test_a_name_only_called_a_village_is_left_to_the_fallbacks():
    text = "Bandits stormed a school in the town of Gidan Bakuso before dawn, residents said."
    assert located_unknowns(text, []) == []


def test_a_village_the_resolver_placed_is_left_alone():
    zaria = _place("Zaria", 11.1, 7.7, "Nigeria", "NG", "Kaduna", "PPL", 400_000)
    text = "Gunmen attacked the town of Zaria at night."
    tops = _tops(text, {"Zaria": zaria})
    assert located_unknowns(text, tops) == tops


@pytest.mark.parametrize("text, first", [
    ("Gunmen killed six farmers between Riyom and Barkin Ladi on Tuesday.", "Riyom"),
    ("Bandits kidnapped travellers on the road between Zaria and Funtua on Saturday.", "Zaria"),
])
def test_between_two_towns_is_near_the_first(text, first):
    a = _place(first, 9.6, 8.7, "Nigeria", "NG", "Plateau", "PPL", 20_000)
    second = text.split(" and ")[1].split(" on ")[0]
    b = _place(second, 9.5, 8.9, "Nigeria", "NG", "Plateau", "PPL", 20_000)
    doc = named_doc(text, {first: a, second: b})
    place, prec, _ = event_place(doc, sentence_of(doc, "on "))
    assert place is a and prec == 2


def test_a_district_named_after_its_seat_places_the_village_near_the_seat():
    seat = _place("Sargodha", 32.08, 72.67, "Pakistan", "PK", "Punjab", "PPL", 600_000)
    punjab = _place("Punjab", 31.0, 72.5, "Pakistan", "PK", "Punjab", "ADM1", 110_000_000)
    text = "Police raided a house in Kot Momin Khurd, a village in Punjab province's Sargodha district, on Monday."
    t = _new(text, {"Punjab": punjab, "Sargodha": seat}, "Kot Momin Khurd")
    assert (t.place.latitude, t.place.longitude) == (seat.latitude, seat.longitude)
    assert precision_of(text, t) == 2


def test_an_attack_on_a_named_hamlet_is_a_cue():
    text = "Gunmen killed nine people in an attack on Tin Aouker, 20 km north of Ansongo, on Friday."
    assert _new(text, {"Ansongo": ANSONGO}, "Tin Aouker").place.latitude == ANSONGO.latitude
