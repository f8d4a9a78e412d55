"""Local-news phenomena: spatial coherence, streets, natural features, "City of X", people's names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.coherence import coherence
from sitrep.geo.features import feature_spans
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse
from sitrep.geo.streets import street_spans
from sitrep.types import Place


def _p(name, lat, lon, cc, admin1=None, fclass="P", fcode="PPL", pop=0):
    country = {"US": "United States", "IE": "Ireland", "FR": "France", "RU": "Russia"}.get(cc)
    return Place(name, lat, lon, country, cc, admin1, None, fclass, fcode, pop)


PLACES = [
    (_p("United States", 39.76, -98.5, "US", None, "A", "PCLI", 327_000_000), ["U.S."]),
    (_p("Russia", 60.0, 100.0, "RU", None, "A", "PCLI", 144_000_000), []),
    (_p("Ohio", 40.25, -82.75, "US", "Ohio", "A", "ADM1", 11_700_000), []),
    (_p("Dublin", 53.33306, -6.24889, "IE", "Leinster", pop=1_024_027), ["Dublin City"]),
    (_p("Dublin", 40.09923, -83.11408, "US", "Ohio", pop=41_751), []),
    (_p("Columbus", 39.96118, -82.99879, "US", "Ohio", pop=850_106), []),
    (_p("Columbus", 32.46098, -84.98771, "US", "Georgia", pop=194_058), []),
    (_p("Worthington", 40.09312, -83.01797, "US", "Ohio", pop=14_585), []),
    (_p("Paris", 48.85341, 2.3488, "FR", "Ile-de-France", "P", "PPLC", 2_138_551), []),
    (_p("Russia", 40.23449, -84.40939, "US", "Ohio", pop=640), []),
    (_p("Richmond", 37.55376, -77.46026, "US", "Virginia", pop=220_289), ["City of Richmond"]),
    (_p("Wichita", 37.69224, -97.33754, "US", "Kansas", pop=397_532), []),
    (_p("Fairfield", 39.3454, -84.5603, "US", "Ohio", pop=42_510), []),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_places(PLACES)


def _resolved(text, gaz):
    return {t.text: t.place for t in geoparse(text, gaz)}


def test_coherence_pulls_towns_of_one_area_together(gaz):
    text = "The Dublin council met in Worthington. Columbus officials came too."
    places = _resolved(text, gaz)
    assert places["Dublin"].admin1 == "Ohio" and places["Columbus"].admin1 == "Ohio"


def test_coherence_support_is_zero_for_far_candidates():
    a = [_p("A", 40.0, -83.0, "US", "Ohio"), _p("A", 10.0, 10.0, "FR")]
    b = [_p("B", 40.1, -83.1, "US", "Ohio")]
    support = coherence(["a", "b"], [a, b], lambda i, c: 0.0)
    assert support[("a", 0)] > 0.9
    assert ("a", 1) not in support  # thousands of km from every candidate of "b"
    assert coherence(["a"], [a], lambda i, c: 0.0) == {}  # one name alone has nothing to cohere with
    assert coherence(["a", "b"], [a, b], lambda i, c: 0.0, {"b": 0.0}).get(("a", 0), 0.0) == 0.0


def test_a_name_holding_another_does_not_vouch_for_it():
    a = [_p("Arlington", 32.7, -97.1, "US", "Texas"), _p("Arlington", 41.7, -73.9, "US", "New York")]
    b = [_p("North Arlington", 40.8, -74.1, "US", "New Jersey")]
    assert coherence(["arlington", "north arlington"], [a, b], lambda i, c: 0.0) == {}


def test_a_county_of_many_states_is_taken_in_the_state_of_the_towns():
    places = [(_p("Henry County", None, None, "US", st, "A", "ADM2"), []) for st in ("Indiana", "Tennessee")]
    places += [(_p("Paris", 36.302, -88.32671, "US", "Tennessee", pop=10_156), []),
               (_p("Paris", 48.85341, 2.3488, "FR", "Ile-de-France", "P", "PPLC", 2_138_551), [])]
    tops = geoparse("Henry County deputies said a Paris man was arrested in Paris.", Gazetteer.from_places(places))
    county = next(t for t in tops if t.text == "Henry County")
    assert county.place.admin1 == "Tennessee" and county.place.latitude is not None


def test_a_country_name_is_not_a_village_of_the_same_name(gaz):
    assert _resolved("Sanctions on Russia were discussed.", gaz)["Russia"].feature_code == "PCLI"


def test_streets_are_spans_without_a_place_and_hide_the_town_in_them(gaz):
    text = "Residents of Wichita Street met at 12 Main Street, off Highway 19 North, in Columbus."
    tops = geoparse(text, gaz)
    streets = {t.text for t in tops if t.place is None}
    assert {"Wichita Street", "Main Street", "Highway 19 North"} <= streets
    assert not any(t.place is not None and t.place.name == "Wichita" for t in tops)


@pytest.mark.parametrize("text, expected", [
    ("On Main Street and W. Bridge St. today", ["Main Street", "W. Bridge St."]),
    ("The Wall Street Journal reported", []),  # a longer name: the newspaper
    ("He lives in South St. Paul now", []),  # "St." before a name is a saint
    ("near Augusta's Highland Avenue", ["Highland Avenue"]),  # the town stays a mention of its own
    ("Interstate 75 and Route 128 were shut", ["Interstate 75", "Route 128"]),
])
def test_street_spans(text, expected):
    assert [text[s:e] for s, e in street_spans(text)] == expected


def test_features_are_placed_at_the_nearest_town_named(gaz):
    text = "In Worthington, volunteers cleaned the Olentangy River banks."
    river = next(t for t in geoparse(text, gaz) if t.text == "Olentangy River")
    assert river.place is not None and river.place.feature_class == "H"
    assert (river.place.latitude, river.place.longitude) == (40.09312, -83.01797)
    assert "Worthington" in river.reason and river.confidence < 0.5


def test_features_named_like_a_gazetteer_place_are_left_to_it(gaz):
    assert feature_spans("Dublin Park opened.", Gazetteer.from_places([(_p("Dublin Park", 1, 1, "US"), [])])) == []
    assert [s for s, _, _ in feature_spans("Lake Erie froze.", gaz)] == [0]


def test_city_suffix_and_city_of_prefix(gaz):
    places = _resolved("The Dublin City Council met. Worthington agreed.", gaz)
    assert places["Dublin"].admin1 == "Ohio"  # "X City Council" is X's council
    tops = geoparse("The City of Richmond sued.", gaz)
    assert [t.text for t in tops] == ["Richmond"]


def test_people_are_not_places(gaz):
    text = ("Worthington police arrested Issac Fairfield, 26, of Columbus. Fairfield was charged with theft. "
            "Lt. Pat Fairfield said more.")
    assert [t.text for t in geoparse(text, gaz) if t.text == "Fairfield"] == []


def test_an_all_capital_dateline_is_a_place(gaz):
    tops = geoparse("Book sale draws crowds. DUBLIN — About 5,000 books in Worthington.", gaz)
    assert any(t.text == "DUBLIN" and t.place is not None for t in tops)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Main Street", "Olentangy River", "Dublin", "Columbus", "Lake Erie", "City of",
                                 "Richmond", "said", "Fairfield", ",", "—", "Highway 7", "the", "in"]), max_size=14))
def test_local_spans_slice_the_text(words):
    gaz = Gazetteer.from_places(PLACES)
    text = " ".join(words)
    for t in geoparse(text, gaz):
        assert text[t.start:t.end] == t.text
