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


@pytest.fixture(scope="module")
def gaz_ng():
    extra = [(_p("Nigeria", 9.0, 8.0, "Nigeria", "NG", None, "A", "PCLI", 190_000_000, 2328926), []),
             (_p("Benue", 7.33, 8.75, "Nigeria", "NG", "Benue", "A", "ADM1", 4_200_000), []),
             (_p("Lohou", 7.1, -6.9, "Ivory Coast", "CI", "Sassandra-Marahoue", pop=3_000), ["Logo"]),
             (_p("Konduga", 11.65, 13.42, "Nigeria", "NG", "Borno", pop=20_000), []),
             (_p("Konduga", 12.0, -8.0, "Mali", "ML", "Koulikoro", pop=50_000), [])]  # the bigger namesake
    return Gazetteer.from_places([*PLACES, *extra])


@pytest.mark.parametrize("suffix", ["LGA", "Local Government Area", "local government council"])
def test_a_nigerian_local_government_area_takes_no_namesake_abroad(gaz_ng, suffix):
    logo = next(t for t in geoparse(f"Gunmen attacked villages in Logo {suffix} of Benue State.", gaz_ng)
                if t.text == "Logo")
    assert logo.place is None and "Nigeria" in logo.reason


def test_a_local_government_area_the_gazetteer_knows_resolves_there(gaz_ng):
    konduga = next(t for t in geoparse("Troops returned to Konduga LGA on Monday.", gaz_ng) if t.text == "Konduga")
    assert konduga.place.country_code == "NG"
