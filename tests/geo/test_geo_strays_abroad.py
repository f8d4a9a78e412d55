"""A small place abroad that the text gives no reason for is an unknown local place, left unplaced."""

import pytest

from geo_fixtures import PLACES, _p
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse


@pytest.fixture(scope="module")
def gaz():
    extra = [(_p("France", 46.0, 2.0, "France", "FR", None, "A", "PCLI", 67_000_000, 3017382), []),
             (_p("Lilo", 48.7, 2.3, "France", "FR", "Ile-de-France", pop=3_000), []),
             (_p("Paris", 48.85, 2.35, "France", "FR", "Ile-de-France", fcode="PPLC", pop=2_100_000), [])]
    return Gazetteer.from_places([*PLACES, *extra])


def _lilo(text, gaz):
    return next(t for t in geoparse(text, gaz) if t.text == "Lilo")


def test_a_small_village_abroad_in_a_text_about_another_country_is_left_unplaced(gaz):
    lilo = _lilo("Gunmen attacked Lilo at dawn, Iraqi police said. Fighting also hit Tikrit and Mosul.", gaz)
    assert lilo.place is None and "never names its country" in lilo.reason


def test_a_village_the_text_puts_in_another_country_is_left_unplaced(gaz):
    lilo = _lilo("Gunmen attacked Lilo village in Iraq, Iraqi police said.", gaz)
    # no namesake abroad: a village the gazetteer lacks, at Iraq's centre (session 14, unknown_places)
    assert lilo.place is not None and lilo.place.country_code == "IQ" and lilo.place.feature_code == "PPLU"
    assert "where the text puts it" in lilo.reason


@pytest.mark.parametrize("text", [
    "Gunmen from Iraq attacked Lilo in France, police said.",  # its country is named
    "Iraqi exiles met in Lilo, just outside Paris, near Tikrit's twin town.",  # a place named lies near it
])
def test_a_village_abroad_the_text_supports_is_kept(gaz, text):
    assert _lilo(text, gaz).place.country_code == "FR"
