"""Pairwise decisions: which reports are one event, which never can be."""

from __future__ import annotations

from merge_helpers import CHICAGO, EVANSTON, SPRINGFIELD, ev

from sitrep.merge import decide, score_pair
from sitrep.merge.scoring import MERGE_THRESHOLD

TRIB = "Darnell Price, 19, was shot and killed outside a store on Kedzie Avenue early Sunday, police said."
SUN = "Police said 19-year-old Darnell Price died after gunmen fired near a Kedzie Avenue shop on Sunday."
OTHER = "Two women were wounded when someone fired into a car on Pulaski Road on Sunday evening."


def test_two_outlets_on_one_shooting_merge():
    a = ev("e1", "trib", TRIB, fatalities=1, source="Tribune")
    b = ev("e2", "sun", SUN, fatalities=1, source="Sun-Times")
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD
    decision = decide(b, [a], {})
    assert decision.target_id == "e1"
    assert "same place" in decision.reason


def test_same_article_different_spans_never_merge():
    a = ev("e1", "art", TRIB, fatalities=1, start=0)
    b = ev("e2", "art", TRIB, fatalities=1, start=500)
    pair = score_pair(a, b)
    assert not pair.mergeable
    assert "two events of article art" in pair.blocked
    assert decide(b, [a], {}).target_id is None


def test_same_article_same_span_merges():
    a = ev("e1", "art", TRIB, fatalities=1, start=40)
    b = ev("e2", "art", TRIB, fatalities=1, start=40, kind=("Battles", "Armed clash"))
    assert decide(b, [a], {}).target_id == "e1"


def test_copies_of_one_article_merge_only_on_the_same_span():
    a = ev("e1", "orig", TRIB, fatalities=1)
    copy = ev("e2", "copy", TRIB, fatalities=1)
    other_span = ev("e3", "copy", OTHER, fatalities=1, start=300)
    dup = {"copy": "orig"}
    assert decide(copy, [a], dup).target_id == "e1"
    assert "copies of one article" in score_pair(other_span, a, dup).blocked


def test_far_apart_places_are_blocked():
    a = ev("e1", "a", TRIB, fatalities=1)
    b = ev("e2", "b", TRIB, fatalities=1, place=SPRINGFIELD)
    pair = score_pair(a, b)
    assert not pair.mergeable and "km apart" in pair.blocked


def test_nearby_town_is_allowed_but_scores_lower_than_the_same_town():
    a = ev("e1", "a", TRIB, fatalities=1)
    same = score_pair(a, ev("e2", "b", SUN, fatalities=1))
    near = score_pair(a, ev("e3", "c", SUN, fatalities=1, place=EVANSTON))
    assert near.mergeable and near.score < same.score


def test_dates_beyond_tolerance_are_blocked_and_coarse_dates_widen_it():
    a = ev("e1", "a", TRIB, day="2016-05-01")
    late = ev("e2", "b", SUN, day="2016-05-05")
    assert "days apart" in score_pair(a, late).blocked
    month = ev("e3", "c", SUN, day="2016-05-16", precision=3, window=("2016-05-01", "2016-05-31"))
    assert score_pair(a, month).mergeable


def test_incompatible_types_are_blocked_compatible_ones_recorded():
    a = ev("e1", "a", TRIB, kind=("Violence against civilians", "Attack"))
    protest = ev("e2", "b", TRIB, kind=("Protests", "Peaceful protest"))
    assert "incompatible types" in score_pair(a, protest).blocked
    clash = ev("e3", "c", SUN, kind=("Battles", "Armed clash"))
    pair = score_pair(a, clash)
    assert pair.mergeable and "clash" in pair.reason


def test_different_countries_are_blocked():
    a = ev("e1", "a", TRIB)
    b = ev("e2", "b", TRIB, place=("Windsor", 42.30, -83.02, "Canada", "Ontario", 6182962))
    assert "different countries" in score_pair(a, b).blocked


def test_two_shootings_in_one_city_with_different_tolls_stay_apart():
    a = ev("e1", "a", TRIB, fatalities=3, source="Tribune")
    b = ev("e2", "b", OTHER, fatalities=0, source="Sun-Times")
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score < MERGE_THRESHOLD
    assert decide(b, [a], {}).target_id is None


def test_named_actors_that_differ_count_against():
    a = ev("e1", "a", TRIB, actors=("Islamic State", "Military Forces of Iraq"))
    b = ev("e2", "b", SUN, actors=("Kataib Hezbollah", "Civilians (Iraq)"))
    c = ev("e3", "c", SUN, actors=("Islamic State", "Civilians (Iraq)"))
    assert score_pair(a, b).score < score_pair(a, c).score
    assert "shared actor islamic state" in score_pair(a, c).reason


def test_best_candidate_wins_and_ties_go_to_the_oldest():
    new = ev("n", "x", SUN, fatalities=1)
    weak = ev("w", "w", OTHER, fatalities=1, place=EVANSTON)
    strong = ev("s", "s", TRIB, fatalities=1, place=CHICAGO)
    assert decide(new, [weak, strong], {}).target_id == "s"
    twin1, twin2 = ev("t1", "t1", TRIB, fatalities=1), ev("t2", "t2", TRIB, fatalities=1)
    assert decide(new, [twin1, twin2], {}).target_id == "t1"


def test_undated_report_needs_stronger_evidence():
    dated = ev("e1", "a", TRIB, fatalities=1)
    undated = ev("e2", "b", OTHER, day="", window=("", ""), fatalities=0)
    pair = score_pair(dated, undated)
    assert pair.mergeable and "undated" in pair.reason
    assert decide(undated, [dated], {}).target_id is None


def test_tolls_whose_ranges_overlap_do_not_count_against():
    a = ev("e1", "a", TRIB, fatalities=1700, claim="claimed")
    b = ev("e2", "b", SUN, fatalities=1, low=1, high=1700, claim="claimed")
    c = ev("e3", "c", SUN, fatalities=1, claim="claimed")
    assert "within each other's ranges" in score_pair(a, b).reason
    assert score_pair(a, b).score > score_pair(a, c).score


def test_a_country_level_report_merges_only_on_close_wording_or_names():
    usa = ("United States", 39.76, -98.5, "United States", None, None)
    precise = ev("e1", "a", TRIB, fatalities=1)
    vague_same = ev("e2", "b", TRIB.replace("police said", "officers said"), fatalities=1, place=usa, geo_precision=3)
    vague_other = ev("e3", "c", OTHER, place=usa, geo_precision=3)
    assert decide(vague_same, [precise], {}).target_id == "e1"
    assert decide(vague_other, [precise], {}).target_id is None
    assert "nothing in common" in score_pair(vague_other, precise).blocked
