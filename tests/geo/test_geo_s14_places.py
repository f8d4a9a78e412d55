"""Places of conflict zones (session 14): villages and districts news names that cities500 lacks
(``conflict_places.tsv``), a town shown as the text spells it when the gazetteer knows it by another
name, an ACLED note's bracketed divisions, a name called a province that is no town abroad, and
"X city" as the town."""

from __future__ import annotations

import math

import pytest
from geo_places import named_doc, sentence_of

from sitrep.geo.build import CONFLICT_PLACES, curated_rows
from sitrep.geo.eventplace import event_place
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.resolve import _variant
from sitrep.geo.sources import data_text
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Place


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _find(text: str, name: str, gazetteer):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


# ---- the data file ------------------------------------------------------------------------------

def _conflict_rows():
    n = sum(1 for line in data_text(CONFLICT_PLACES).splitlines() if line.strip() and not line.startswith("#"))
    return curated_rows()[-n:]


def test_every_row_has_nine_columns_and_a_place_class():
    for line in data_text(CONFLICT_PLACES).splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            assert len(cells) == 9, line
            assert cells[3] in ("P", "A") and cells[4] in ("PPL", "ADM2"), line


# A conflict place lies this close to some gazetteer town of the division the row names: a typo in
# a coordinate or the wrong division fails (the divisions of the Sahel and Darfur are 300-600 km wide).
NEAREST_TOWN_KM = 150


def test_every_place_lies_near_a_town_of_its_division(gazetteer):
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in _conflict_rows():
        key = (row.cc, row.admin1)
        if key not in towns:
            towns[key] = [(p.latitude, p.longitude) for p in gazetteer.places_in(row.cc, "PPL")
                          if p.admin1 == row.admin1 and p.latitude is not None]
        assert towns[key], f"no town of {row.admin1}, {row.cc}"
        nearest = min(_km((row.latitude, row.longitude), t) for t in towns[key])
        assert nearest <= NEAREST_TOWN_KM, (row.name, nearest)


@pytest.mark.parametrize("name, cc, admin1", [
    ("Wulgo", "NG", "Borno"), ("Kitchanga", "CD", "North Kivu"), ("Pazigyi", "MM", "Sagaing"),
    ("Wad al-Nourah", "SD", "Al Jazirah"), ("Nduga", "ID", "Papua"), ("Northern Samar", "PH", "Eastern Visayas"),
    ("Aita al-Shaab", "LB", "Nabatieh"), ("Xarardheere", "SO", "Mudug"),
])
def test_the_compiled_gazetteer_knows_conflict_places(gazetteer, name, cc, admin1):
    assert any(p.country_code == cc and p.admin1 == admin1 for p in gazetteer.candidates(name))


# ---- resolution ---------------------------------------------------------------------------------

def test_a_village_of_the_lake_chad_front_is_placed(gazetteer):
    text = "Troops repelled an attack by insurgents on Wulgo, near the border with Cameroon in Borno State, on Friday."
    t = _find(text, "Wulgo", gazetteer)
    assert (t.place.country_code, t.place.admin1) == ("NG", "Borno")


def test_a_province_of_the_philippines_is_no_ukrainian_town(gazetteer):
    text = "Government troops fought communist guerrillas in a remote village of Northern Samar province on Sunday."
    t = _find(text, "Northern Samar province", gazetteer)
    assert (t.place.country_code, t.place.feature_code) == ("PH", "ADM2")


def test_a_town_abroad_called_a_province_is_left_unplaced(gazetteer):
    text = ("Philippine soldiers killed two rebels near Catarman on Monday. The army said fighting "
            "continued in Samar province.")
    t = _find(text, "Samar province", gazetteer)
    assert t.place is None or t.place.country_code == "PH"


def test_the_ukrainian_town_stays_in_a_ukrainian_report(gazetteer):
    text = "A Russian drone hit an industrial site in Samar, in the Dnipropetrovsk region, the governor said."
    t = _find(text, "Samar", gazetteer)
    assert t.place is not None and t.place.country_code == "UA"


# ---- the name shown -----------------------------------------------------------------------------

def test_a_town_found_by_another_name_is_shown_as_written(gazetteer):
    text = "Suspected ADF rebels killed six farmers outside Oicha, in Beni territory, on Thursday."
    t = _find(text, "Oicha", gazetteer)
    assert t.place.name == "Oicha" and t.place.country_code == "CD"
    assert "shown as written" in t.reason


def test_transliteration_marks_give_way_to_the_text(gazetteer):
    text = "Federal troops and Fano militiamen fought in Debre Markos, in Ethiopia's Amhara region, on Tuesday."
    t = _find(text, "Debre Markos", gazetteer)
    assert t.place.name == "Debre Markos"


def test_a_spelling_variant_keeps_the_gazetteer_name(gazetteer):
    text = "An air strike flattened a house in Khan Younis in the southern Gaza Strip on Monday."
    t = _find(text, "Khan Younis", gazetteer)
    assert t.place.name == "Khan Yunis"


def test_a_big_city_keeps_its_own_name(gazetteer):
    text = "Police in Bombay arrested three men over the blasts, officials in India said."
    t = _find(text, "Bombay", gazetteer)
    assert t.place is not None and t.place.name == "Mumbai"


@pytest.mark.parametrize("a, b, alike", [
    ("khan yunis", "khan younis", True), ("izmayil", "izmail", True),
    ("hyosha", "oicha", False), ("comalapa", "frontera comalapa", False),
])
def test_variants(a, b, alike):
    assert _variant(a, b) is alike


# ---- ACLED notes' brackets, "X city", "the port of X" ---------------------------------------------

def test_a_bracket_closing_with_a_division_contains_the_name_before_it(gazetteer):
    text = "On 9 January 2024, Arakan Army fighters seized a police outpost in Minbya (Mrauk-U, Rakhine)."
    t = _find(text, "Minbya", gazetteer)
    assert (t.place.country_code, t.place.admin1) == ("MM", "Rakhine")


def test_a_bracketed_division_without_such_a_town_leaves_it_at_the_division(gazetteer):
    text = "On 3 May 2024, FARC dissidents attacked a police post in San Luis (Neiva, Huila)."
    t = _find(text, "San Luis", gazetteer)
    assert (t.place.country_code, t.place.admin1) == ("CO", "Huila")


def test_a_name_followed_by_city_is_the_town_not_its_province(gazetteer):
    text = "Taliban intelligence officers detained two journalists in Khost city on Saturday."
    t = _find(text, "Khost", gazetteer)
    assert (t.place.country_code, t.place.feature_class) == ("AF", "P")


def test_the_port_of_a_town_is_a_place_cue(gazetteer):
    text = "Drones struck grain silos at the port of Izmail overnight, the Ukrainian navy said."
    t = _find(text, "Izmail", gazetteer)
    assert t.place is not None and t.place.country_code == "UA"


def _place(name, lat, lon, code="PPL"):
    return Place(name, lat, lon, "Democratic Republic of the Congo", "CD", "North Kivu", None,
                 "A" if code == "ADM1" else "P", code, 10000)


def test_an_event_is_placed_at_the_named_town_not_its_bracketed_district():
    text = "Militia fighters raided Kishishe (Rutshuru, North Kivu) at dawn. Nine people were killed."
    doc = named_doc(text, {"Kishishe": _place("Kishishe", -1.08, 29.10), "Rutshuru": _place("Rutshuru", -1.18, 29.45),
                           "North Kivu": _place("North Kivu", -0.8, 28.8, "ADM1")})
    place, _, _ = event_place(doc, sentence_of(doc, "Nine people"))
    assert place is not None and place.name == "Kishishe"


def test_without_a_bracket_the_later_town_of_the_earlier_sentence_still_wins():
    text = "Militia fighters raided Kishishe and then Rutshuru at dawn. Nine people were killed."
    doc = named_doc(text, {"Kishishe": _place("Kishishe", -1.08, 29.10), "Rutshuru": _place("Rutshuru", -1.18, 29.45)})
    place, _, _ = event_place(doc, sentence_of(doc, "Nine people"))
    assert place is not None and place.name == "Rutshuru"


def test_a_bracket_of_prose_is_no_list_of_divisions():
    text = "Troops mutinied in Kasai (at a camp outside Tshikapa). Officers were detained."
    kasai = Place("Kasai", -5.2, 21.3, "Democratic Republic of the Congo", "CD", "Kasai", None, "A", "ADM1", 3000000)
    town = Place("Tshikapa", -6.42, 20.8, "Democratic Republic of the Congo", "CD", "Kasai", None, "P", "PPL", 260000)
    doc = named_doc(text, {"Kasai": kasai, "Tshikapa": town})
    place, _, _ = event_place(doc, sentence_of(doc, "Officers"))
    assert place is not None and place.name == "Tshikapa"


# ---- hand-built gazetteers: the rules without the bundled data -------------------------------------

def _hp(name, lat, lon, cc, country, admin1=None, fclass="P", fcode="PPL", pop=0):
    return Place(name, lat, lon, country, cc, admin1, None, fclass, fcode, pop)


def _small(*extra):
    from sitrep.geo.gazetteer import Gazetteer

    base = [(_hp("Philippines", 12.0, 122.0, "PH", "Philippines", None, "A", "PCLI", 110_000_000), []),
            (_hp("Ukraine", 49.0, 32.0, "UA", "Ukraine", None, "A", "PCLI", 41_000_000), []),
            (_hp("Catarman", 12.50, 124.64, "PH", "Philippines", "Eastern Visayas", pop=95_000), []),
            (_hp("Samar", 48.63, 35.26, "UA", "Ukraine", "Dnipropetrovsk Oblast", pop=70_550), [])]
    return Gazetteer.from_places([*base, *extra])


def test_a_town_abroad_is_no_reading_of_a_name_called_a_province():
    text = "Soldiers clashed with guerrillas near Catarman, Philippines, and in Samar province on Friday."
    t = next(t for t in geoparse(text, _small()) if t.text.startswith("Samar"))
    assert t.place is None and "calls a division" in t.reason


def test_the_same_town_without_a_division_word_is_kept():
    text = "Soldiers clashed with guerrillas near Catarman, Philippines. A drone later hit Samar, Ukraine."
    t = next(t for t in geoparse(text, _small()) if t.text == "Samar")
    assert t.place is not None and t.place.country_code == "UA"


def test_a_transliterated_town_is_shown_as_written():
    gaz = _small((_hp("Hyosha", 0.70, 29.52, "CD", "Democratic Republic of the Congo", "North Kivu", pop=74_502),
                  ["Oicha"]),
                 (_hp("Congo", -2.9, 23.6, "CD", "Democratic Republic of the Congo", None, "A", "PCLI", 100_000_000), []))
    t = next(t for t in geoparse("Rebels raided Oicha in eastern Congo on Monday.", gaz) if t.text == "Oicha")
    assert (t.place.name, t.place.country_code) == ("Oicha", "CD")


def test_a_mis_coded_town_does_not_drag_a_small_division_off():
    from sitrep.geo.build import Entry, _centre

    towns = [(16.27, -0.04), (16.95, -0.35), (15.66, 0.50), (15.55, -0.46), (15.22, -0.30), (10.38, -7.15)]
    entries = [Entry(_hp(f"t{i}", lat, lon, "ML", "Mali", "Gao")) for i, (lat, lon) in enumerate(towns)]
    lat, lon = _centre(entries)
    assert _km((lat, lon), (16.1, 0.0)) < 50


def test_a_division_whose_towns_agree_keeps_the_middle_of_its_box():
    from sitrep.geo.build import Entry, _centre

    towns = [(10.0, 10.0), (11.0, 11.0), (12.0, 12.0), (10.5, 12.0)]
    entries = [Entry(_hp(f"t{i}", lat, lon, "NG", "Nigeria")) for i, (lat, lon) in enumerate(towns)]
    assert _centre(entries) == (11.0, 11.0)
