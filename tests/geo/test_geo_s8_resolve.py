"""Resolution on hand-built gazetteers: a state after a town; a small region abroad named like a city."""

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse
from sitrep.types import Place


def _p(name, lat, lon, admin1, fclass="P", fcode="PPL", pop=0, gid=None):
    return Place(name, lat, lon, "United States", "US", admin1, gid, fclass, fcode, pop)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_places([
        (_p("Washington", 47.5, -120.5, "Washington", "A", "ADM1", 7_000_000, 5815135), []),
        (_p("Washington", 38.895, -77.036, "District of Columbia", fcode="PPLC", pop=689_545,
            gid=4140963), []),
        (_p("Quincy", 47.234, -119.852, "Washington", pop=7_365, gid=5807212), []),
        (_p("Quincy", 42.253, -71.002, "Massachusetts", pop=93_494, gid=4948247), []),
        (_p("Quincy", 39.936, -91.410, "Illinois", pop=40_633, gid=4250542), []),
    ])


def test_the_state_after_a_town_is_the_state_not_the_capital(gazetteer):
    text = "Police are investigating a fatal shooting in Quincy, Washington, on Sunday night."
    tops = {t.text: t for t in geoparse(text, gazetteer, None)}
    assert tops["Quincy"].place.admin1 == "Washington"
    state = tops["Washington"].place
    assert (state.feature_code, state.admin1) == ("ADM1", "Washington")
    assert "Quincy" in tops["Washington"].reason


def test_the_capital_alone_stays_the_capital(gazetteer):
    tops = geoparse("Lawmakers met in Washington on Sunday.", gazetteer, None)
    assert [(t.place.feature_code, t.place.admin1) for t in tops] == [("PPLC", "District of Columbia")]


@pytest.fixture(scope="module")
def saint_louis() -> Gazetteer:
    def p(name, lat, lon, country, cc, admin1, fclass, fcode, pop, gid):
        return Place(name, lat, lon, country, cc, admin1, gid, fclass, fcode, pop)

    return Gazetteer.from_places([
        (p("Saint-Louis", 16.0, -14.5, "Senegal", "SN", "Saint-Louis", "A", "ADM1", 478_087, 2246451),
         ["St. Louis"]),
        (p("Saint-Louis", 16.0179, -16.4896, "Senegal", "SN", "Saint-Louis", "P", "PPLA", 176_000, 2246452),
         ["St. Louis"]),
        (p("St. Louis", 38.6273, -90.1979, "United States", "US", "Missouri", "P", "PPL", 319_294, 4407066),
         []),
        (p("Senegal", 14.5, -14.25, "Senegal", "SN", None, "A", "PCLI", 15_854_360, 2245662), []),
    ])


def test_a_small_region_abroad_is_no_reading_of_a_city_name(saint_louis):
    tops = geoparse("Four teens were shot after a party in St. Louis.", saint_louis, None)
    assert [(t.place.name, t.place.feature_code) for t in tops] == [("St. Louis", "PPL")]


def test_the_region_s_own_city_stays_a_reading(saint_louis):
    tops = geoparse("Fishermen protested in Saint-Louis, Senegal, on Monday.", saint_louis, None)
    assert tops[0].place.country_code == "SN"
