"""Conflict places written with and without accents and hyphens (session 14, round 2): "Pont-Sondé",
"Pont-Sonde", "Pont Sondé" are one Haitian town; end to end, a report naming it under a capital's
dateline is placed there, and an unknown village the text locates is no town abroad."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.normalize import name_key
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


@pytest.mark.parametrize("spelling", ["Pont-Sondé", "Pont-Sonde", "Pont Sondé", "Pont Sonde"])
def test_accent_and_hyphen_variants_find_the_town(gazetteer, spelling):
    assert any(p.country_code == "HT" and p.admin1 == "Artibonite" for p in gazetteer.candidates(name_key(spelling)))


@pytest.mark.parametrize("text, name, cc", [
    ("PORT-AU-PRINCE - Armed men raided Pont Sonde before dawn on Friday, burning houses.", "Pont Sonde", "HT"),
    ("Police said the bomb went off in Besham, in the north-west, killing four.", "Besham", "PK"),
])
def test_the_body_town_is_read_in_its_country(gazetteer, text, name, cc):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert t.place is not None and t.place.country_code == cc


def test_an_unknown_village_in_a_stated_department_is_not_abroad(gazetteer):
    text = "Rebels bombed a base in Puerto Jordan, in Colombia's Arauca department, on Tuesday."
    t = next(t for t in geoparse(text, gazetteer) if t.start == text.index("Puerto"))
    assert t.text == "Puerto Jordan" and t.place.country_code == "CO" and t.place.admin1 == "Arauca"
