"""A town the text puts in a division ("Kadoka town of Nasarawa State") is never read as a namesake
abroad; number words are no places."""

import pytest

from geo_fixtures import PLACES, _p
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse


@pytest.fixture(scope="module")
def gaz():
    extra = [(_p("Giza", 30.0, 31.2, "Egypt", "EG", "Giza", pop=2_400_000), []),
             (_p("Four", 45.58, 5.2, "France", "FR", "Auvergne-Rhone-Alpes", pop=985), [])]
    return Gazetteer.from_places([*PLACES, *extra])


@pytest.mark.parametrize("gap", ["town of", "area of", "village in", "district of the"])
def test_a_name_placed_in_a_division_stays_in_it(gaz, gap):
    text = f"Troops raided the Giza {gap} Anbar province at dawn."
    giza = next(t for t in geoparse(text, gaz) if t.text == "Giza")
    assert (giza.place.country_code, giza.place.admin1) == ("IQ", "Anbar")
    assert "where the text puts it" in giza.reason and giza.confidence < 0.5


def test_a_namesake_inside_the_division_is_kept(gaz):
    tikrit = next(t for t in geoparse("Fighting reached the Tikrit area of Salahuddin province.", gaz)
                  if t.text == "Tikrit")
    assert tikrit.place.geonameid == 90150


def test_without_a_division_the_known_place_stands(gaz):
    giza = next(t for t in geoparse("Tourists visited the Giza plateau in Egypt.", gaz) if t.text == "Giza")
    assert giza.place.country_code == "EG"


@pytest.mark.parametrize("text", ["Four suspected bombers struck the market.", "Nine people died."])
def test_number_words_are_no_places(gaz, text):
    assert geoparse(text, gaz) == ()
