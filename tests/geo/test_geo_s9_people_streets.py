"""Session 9: surnames read as small towns (names read only inside people's names, speakers, a call
"from" a person, "Jr."), streets named without their suffix, and words of local news
that are venues or institutions ("Bar and Grill", "on Broadway", "Yale")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.detect import detect
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.streets import street_spans
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _found(gazetteer, text: str) -> list[str]:
    return [m.text for m in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text, person_word",
    [
        # read only inside people's names, never with a place cue: the surname wherever it stands alone
        ("His mother, Natasha Hays, was killed in Kansas City. Police ended the Hays investigation.", "Hays"),
        ("Organisers hired Brandy Mclaughlin for the party in Orlando. Mclaughlin recalled the gunfire.", "Mclaughlin"),
        # a speaker after a name inside a person's name makes the surname a person's
        ("Zoruan Otto Harris, who died Saturday, lived in Washington. Harris was the captain.", "Harris"),
        # a call from a person named earlier is no residence
        ("John Hoffman was charged in Hilo. Police received a call from Hoffman, who said so.", "Hoffman"),
        # "Jr." after the next word: a person's name, whatever capitals follow
        ("The attorneys for Norris Greenhouse Jr. and a second officer spoke in Marksville.", "Norris"),
    ],
)
def test_geo_s9_surnames_are_no_mentions(gazetteer, text, person_word):
    found = _found(gazetteer, text)
    assert person_word not in found
    assert found  # the real place of the sentence stays


@pytest.mark.parametrize(
    "text, place",
    [
        # a name seen inside a person's name but also with a place cue stays a place
        ("Natasha Hays spoke. She moved to Hays, Kan., last year.", "Hays"),
        # a residence after an age stays, even for a name that is also a person's
        ("John Hoffman testified. Smith, 42, of Hoffman was arrested.", "Hoffman"),
        # a city of 100,000 or more beside a capitalised word is still the city alone
        ("Metro Dayton saw rain. Dayton police said.", "Dayton"),
    ],
)
def test_geo_s9_places_joined_or_cued_stay(gazetteer, text, place):
    assert place in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("A celebration at Ice Bar and Grill ended with five people in the hospital in Memphis.", "Grill"),
        ("She was hit during a shooting at a restaurant on Broadway in Lexington.", "Broadway"),
        ("A Yale professor spoke in New Haven.", "Yale"),
    ],
)
def test_geo_s9_venue_words_need_a_cue(gazetteer, text, word):
    found = _found(gazetteer, text)
    assert word not in found
    assert found


@pytest.mark.parametrize(
    "text, streets",
    [
        ("Police responded to the 2400 Block of South Pennsylvania in regard to a shooting.", ["South Pennsylvania"]),
        ("A man was shot in the 100 block of N. Mead in Wichita.", ["N. Mead"]),
        # a full street name found by the named pattern wins over the shorter reading
        ("Police found him in the 1400 block of South Arago Street in Peoria.", ["South Arago Street"]),
    ],
)
def test_geo_s9_streets_without_suffix(text, streets):
    assert [text[s:e] for s, e in street_spans(text)] == streets


def test_geo_s9_a_street_hides_the_state_of_its_name(gazetteer):
    from sitrep.geo.stage import geoparse

    text = "Officers responded to the 2400 block of South Pennsylvania in Joplin, Mo., after a shooting."
    placed = [(t.text, t.place.feature_code if t.place else None) for t in geoparse(text, gazetteer)]
    assert not any(code == "ADM1" and "Pennsylvania" in name for name, code in placed)
    assert ("South Pennsylvania", None) in placed  # kept as a street, with no gazetteer place


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("abc ABC.-,") + ["block of ", "lock of ", "North ", "N. ", "Elm", "Main ", "Street"]),
                max_size=30).map("".join))
def test_geo_s9_street_spans_slice_the_text(text):
    spans = street_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # disjoint, in text order
