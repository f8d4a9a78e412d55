"""A report placed only at a county and a report of a town in that county."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from merge_helpers import ev

from sitrep.merge import InMemoryIndex, score_pair
from sitrep.merge.features import COUNTY_RADIUS_KM, county_signal, distance_km, is_county
from sitrep.merge.scoring import MERGE_THRESHOLD

BERRIEN = ("Berrien County", 41.95, -86.42, "United States", "Michigan", 4985500)
ST_JOSEPH = ("Saint Joseph", 42.11, -86.48, "United States", "Michigan", 5010636)
HOLLAND = ("Holland", 42.79, -86.11, "United States", "Michigan", 4996248)  # about 95 km north
CASS = ("Cass County", 41.92, -85.99, "United States", "Michigan", 4986940)
LAPORTE = ("La Porte", 41.61, -86.72, "United States", "Indiana", 4921100)  # across the state line

A_TEXT = "Deputies were called to a home where a man had been shot twice, the sheriff said."
B_TEXT = "A 34-year-old was wounded by gunfire on a quiet street Monday night, officers said."


def _county(eid="c", art="a1", place=BERRIEN, text=A_TEXT, **kw):
    return ev(eid, art, text, place=place, geo_precision=3, **kw)


def _town(eid="t", art="a2", place=ST_JOSEPH, **kw):
    return ev(eid, art, B_TEXT, place=place, **kw)


def test_merge_s7_county_record_is_recognised():
    assert is_county(_county())
    assert not is_county(_town())
    assert not is_county(_county(place=("Michigan", 44.25, -85.5, "United States", "Michigan", 5001836)))


def test_merge_s7_town_in_the_county_merges_without_names_in_common():
    pair = score_pair(_county(), _town())
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD
    assert "lies in Berrien County" in pair.reason


def test_merge_s7_same_county_named_twice_merges():
    pair = score_pair(_county("c1", "a1"), _county("c2", "a2", text=B_TEXT))
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD
    assert "same county named" in pair.reason


def test_merge_s7_town_far_from_the_county_centre_needs_identity():
    assert county_signal(_county(), _town(place=HOLLAND)) is None
    assert not score_pair(_county(), _town(place=HOLLAND)).mergeable


def test_merge_s7_town_of_another_state_is_no_town_of_the_county():
    assert county_signal(_county(), _town(place=LAPORTE)) is None
    assert not score_pair(_county(), _town(place=LAPORTE)).mergeable


def test_merge_s7_two_different_counties_stay_apart():
    other = _county("c2", "a2", place=CASS, text=B_TEXT)
    assert county_signal(_county("c1", "a1"), other) is None
    assert not score_pair(_county("c1", "a1"), other).mergeable


def test_merge_s7_contradicting_tolls_keep_county_and_town_apart():
    pair = score_pair(_county(fatalities=0), _town(fatalities=4))
    assert not pair.mergeable or pair.score < MERGE_THRESHOLD


def test_merge_s7_index_finds_the_county_record_for_a_town():
    index = InMemoryIndex()
    index.put(_county())
    assert [e.event_id for e in index.candidates(_town())] == ["c"]


@given(st.floats(-0.9, 0.9), st.floats(-0.9, 0.9))
def test_merge_s7_county_signal_only_within_the_radius(dlat, dlon):
    town = _town(place=("Somewhere", BERRIEN[1] + dlat, BERRIEN[2] + dlon, "United States", "Michigan", 1))
    signal = county_signal(_county(), town)
    assert (signal is not None) == (distance_km(_county(), town) <= COUNTY_RADIUS_KM)
    assert signal == county_signal(town, _county())  # symmetric
