"""People read as places: a kin word before a name, and names that vouch for no other reading."""

import pytest

from sitrep.geo.coherence import singled_out
from sitrep.geo.detect import detect
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse
from sitrep.types import Place


def _p(name, lat, lon, country, cc, admin1, pop, gid):
    return Place(name, lat, lon, country, cc, admin1, gid, "P", "PPL", pop)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_places([
        (_p("Milo", 45.25, -68.99, "United States", "US", "Maine", 2_300, 4971001), []),
        (_p("Cleveland", 41.4995, -81.6954, "United States", "US", "Ohio", 365_379, 5150529), []),
        (_p("Cleveland", -27.5267, 153.2652, "Australia", "AU", "Queensland", 14_541, 2171099), []),
        (_p("Robertson", -27.5650, 153.0570, "Australia", "AU", "Queensland", 4_955, 2151437), []),
    ])


@pytest.mark.parametrize("text", ["He held his son, Milo, as he died.", "Her daughter Milo was hurt."])
def test_a_name_after_a_kin_word_is_a_person(gazetteer, text):
    assert [m.text for m in detect(text, gazetteer)] == []


def test_the_same_name_after_in_is_a_place(gazetteer):
    assert [m.text for m in detect("They drove to a farm in Milo on Sunday.", gazetteer)] == ["Milo"]


def test_a_bare_given_name_does_not_pull_a_city_to_a_namesake_village():
    # "Elizabeth" (no cue, a given name) has a candidate next to Houston, Pennsylvania: it must not
    # single that village out against Houston, Texas
    gaz = Gazetteer.from_places([
        (_p("Houston", 29.7633, -95.3633, "United States", "US", "Texas", 2_314_157, 4699066), []),
        (_p("Houston", 40.2465, -80.2115, "United States", "US", "Pennsylvania", 1_266, 5193011), []),
        (_p("Elizabeth", 40.6640, -74.2107, "United States", "US", "New Jersey", 129_007, 5099133), []),
        (_p("Elizabeth", 40.2687, -79.8895, "United States", "US", "Pennsylvania", 1_500, 5188140), []),
    ])
    text = ("Mom of boy killed in SE Houston drive-by shooting\n\nA mother pleaded on Monday. Houston police "
            "are looking for the driver. Police said Elizabeth was at home.")
    houston = [t for t in geoparse(text, gaz, None) if t.text == "Houston"]
    assert houston and all(t.place.admin1 == "Texas" for t in houston)


def test_a_silent_name_singles_out_nothing_but_may_be_singled_out():
    paris_tn = Place("Paris", 36.30, -88.33, "United States", "US", "Tennessee", 1, "P", "PPL", 10_000)
    paris_tx = Place("Paris", 33.66, -95.56, "United States", "US", "Texas", 2, "P", "PPL", 25_000)
    henry = Place("Henry County", 36.33, -88.30, "United States", "US", "Tennessee", 3, "A", "ADM2", 0)
    keys, cands = ["paris", "henry county"], [[paris_tn, paris_tx], [henry]]
    prior = lambda i, c: 0.0  # noqa: E731
    assert singled_out(keys, cands, prior)[("paris", 0)] == 1.0
    silent = singled_out(keys, cands, prior, frozenset({"henry county"}))
    assert ("paris", 0) not in silent and silent[("henry county", 0)] == 1.0


@pytest.mark.parametrize("text,found", [
    ("On 11700 Robertson, one person has been killed.", []),  # a house number and a comma: a street
    ("About 230 Robertson volunteers came.", ["Robertson"]),  # a count of its people
    ("In 1999 Robertson, a small town, grew.", ["Robertson"]),  # a year
])
def test_a_house_number_before_a_name_makes_a_street(gazetteer, text, found):
    assert [m.text for m in detect(text, gazetteer)] == found
