"""Reports that sum up several incidents of a city's day join one incident only on identity."""

from __future__ import annotations

from dataclasses import replace

from merge_helpers import ev

from sitrep.merge.features import is_roundup
from sitrep.merge.persons import PERSONS_KEY
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import score_pair, threshold_for

RULES = load_rules()
ROUNDUP = "4 killed, 11 wounded in city shootings Tuesday: gunfire across the South and West sides."
SINGLE = "A man was shot and wounded on the West Side on Tuesday evening, police said."


def test_roundup_wordings_are_recognised_and_single_incidents_are_not():
    for text in (
        ROUNDUP,
        "Police investigate 2 shootings Wednesday night",
        "Two men were killed in three separate shootings Saturday, police said.",
        "A rash of shootings left one man dead early Sunday.",
        "Four people were wounded in shootings across the city on Monday.",
        "Seven hurt in weekend violence in Kano and Zaria, police said.",
    ):
        assert is_roundup(ev("r", "x", text), RULES), text
    for text in (
        SINGLE,
        "Nine people were shot to death during a prayer meeting; the shootings shocked the city.",
        "Gunmen killed 12 villagers in Zamfara state on Sunday, residents said.",
        "The shooting spree ended when the gunman was shot by police.",
    ):
        assert not is_roundup(ev("s", "y", text), RULES), text


def test_a_roundup_stays_apart_from_a_same_day_incident_of_its_city():
    roundup, single = ev("a", "x", ROUNDUP, fatalities=4), ev("b", "y", SINGLE, fatalities=0)
    pair = score_pair(roundup, single, {})
    assert pair.score == 0.0 and "summing up several incidents" in pair.reason
    plain = ev("c", "z", "Police said a man was wounded by gunfire on Tuesday.", fatalities=0)
    assert score_pair(plain, single, {}).score >= threshold_for(plain, single)  # the rule is what blocks


def test_a_roundup_naming_the_victim_joins_the_incident():
    named = {PERSONS_KEY: "persons named: Marcus Doyle"}
    roundup = replace(ev("a", "x", ROUNDUP + " Marcus Doyle, 24, was shot on Pulaski Road."), reasons=named)
    single = replace(ev("b", "y", "Marcus Doyle, 24, was shot on Pulaski Road on Tuesday."), reasons=named)
    pair = score_pair(roundup, single, {})
    assert pair.score >= threshold_for(roundup, single), pair.reason
