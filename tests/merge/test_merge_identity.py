"""Type families, state forces, coarse places and the choice among several matching events."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge import decide, score_pair
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import MERGE_THRESHOLD

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
RIOT = ("Riots", "Mob violence")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
ARREST = ("Strategic developments", "Arrests")
USA = ("United States", 39.8, -98.6, "United States", None, None)
SHOT = "A man was shot on the porch of a house late on Sunday, police said."
FIRED = "Gunfire erupted near a corner store on Sunday night and one person was hit."


def test_two_violent_labels_are_compatible_with_a_low_weight():
    rules = load_rules()
    weight, why = rules.type_weight("Riots: Mob violence", "Battles: Armed clash")
    assert 0 < weight < 0.8 and "violence" in why
    assert rules.type_weight("Violence against civilians: Attack", "Strategic developments: Arrests")[0] == 0
    assert rules.type_weight("Battles: Non-state actor overtakes territory", "Riots: Mob violence")[0] == 0


def test_one_town_one_exact_day_merges_whatever_kind_of_violence_each_report_codes():
    a = ev("e1", "a", SHOT, kind=ATTACK)
    b = ev("e2", "b", FIRED, kind=RIOT)
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD


def test_different_violence_a_day_apart_needs_something_in_common():
    a = ev("e1", "a", SHOT, kind=ATTACK)
    b = ev("e2", "b", FIRED, kind=RIOT, day="2016-05-02")
    assert "nothing in common" in score_pair(a, b).blocked
    week = dict(precision=2, window=("2016-04-28", "2016-05-04"))
    c = ev("e3", "c", FIRED, kind=RIOT, **week)
    assert "nothing in common" in score_pair(a, c).blocked  # a week that contains the day is not the day


def test_an_attack_and_an_arrest_or_a_capture_stay_two_events():
    a = ev("e1", "a", SHOT, kind=ATTACK)
    assert "incompatible types" in score_pair(a, ev("e2", "b", FIRED, kind=ARREST)).blocked
    assert "incompatible types" in score_pair(a, ev("e3", "c", FIRED, kind=TAKEOVER)).blocked


def test_state_forces_named_differently_do_not_count_against_a_merge():
    police = ("Police Forces of the United States", "Civilians (United States)")
    army = ("Military Forces of the United States", None)
    a = ev("e1", "a", SHOT, actors=police, fatalities=1)
    b = ev("e2", "b", FIRED, actors=army, fatalities=1)
    pair = score_pair(a, b)
    assert "state forces of the united states named differently" in pair.reason
    assert pair.score >= MERGE_THRESHOLD
    rebels = ev("e3", "c", FIRED, actors=("Islamic State", None), fatalities=1)
    assert "different named actors" in score_pair(a, rebels).reason


def test_a_country_level_place_and_a_shared_toll_identify_nothing():
    town = ev("e1", "a", SHOT, fatalities=1)
    country = ev("e2", "b", FIRED, place=USA, geo_precision=3, fatalities=1)
    assert "nothing in common" in score_pair(town, country).blocked


def test_a_country_level_place_does_not_block_a_report_worded_alike():
    town = ev("e1", "a", "Marcus Doyle, 24, was shot dead outside a laundromat on Sunday.", fatalities=1)
    country = ev("e2", "b", "Marcus Doyle, 24, was shot dead outside a laundromat on Sunday night.",
                 place=USA, geo_precision=3, fatalities=1)
    pair = score_pair(town, country)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD


def test_among_close_matches_the_more_confident_event_is_chosen():
    twin_weak = ev("w", "x", FIRED, kind=CLASH, start=0, confidence=0.4)
    twin_main = ev("m", "x", SHOT, kind=ATTACK, start=400, confidence=0.9)
    report = ev("r", "y", SHOT, kind=CLASH)
    scores = {c.event_id: score_pair(report, c).score for c in (twin_weak, twin_main)}
    assert scores["w"] >= scores["m"]  # the weaker twin matches the report's type better
    assert decide(report, [twin_weak, twin_main], {}).target_id == "m"
