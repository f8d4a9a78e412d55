"""Countries and towns that are also given names or surnames, inside a person's name."""

from __future__ import annotations

import pytest

from sitrep.geo.detect import detect
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


@pytest.mark.parametrize(
    "text, person_word",
    [
        ("Coach Chad Johnson said the team would play in Miami.", "Chad"),  # common surname after it
        ("Broward Sheriff Scott Israel said deputies responded in Cooper City.", "Israel"),  # given name before it
    ],
)
def test_geo_place_words_in_person_names_are_no_mentions(gazetteer, text, person_word):
    found = [m.text for m in detect(text, gazetteer)]
    assert person_word not in found
    assert len(found) == 1  # the real place stays


@pytest.mark.parametrize(
    "text, place",
    [
        ("He flew to Chad last week.", "Chad"),
        ("Fighting continued along the border with Israel on Monday.", "Israel"),
    ],
)
def test_geo_the_same_words_as_places_stay(gazetteer, text, place):
    assert place in [m.text for m in detect(text, gazetteer)]
