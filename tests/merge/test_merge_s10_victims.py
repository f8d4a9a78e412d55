"""Session 10 merge signals: the number of people shot, suspects' ages, a report naming no place."""

from __future__ import annotations

from dataclasses import replace

from merge_helpers import ev

from sitrep.merge.features import ages_of, ages_signal, victims_of, victims_signal
from sitrep.merge.persons import PERSONS_KEY
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import score_pair, threshold_for

RULES = load_rules()


def test_numbers_of_people_shot_are_read_in_several_wordings():
    cases = {
        "5 shot in west Baltimore": {5},
        "5, Including Teenager, Shot In Baltimore": {5},
        "Five people were shot in a northwest neighborhood on Wednesday afternoon.": {5},
        "MLK Day shootings of 8 people in park sparked by rival gangs": {8},
        "4 federal officers shot at a motel": {4},
        "a weekend shooting that killed one person and injured eight others": {8},
        "Gunmen stormed the market in Maiduguri, wounding twelve people, residents said.": {12},
        "Seven soldiers were wounded when the convoy was ambushed near Beni.": {7},
    }
    for text, want in cases.items():
        assert victims_of(ev("a", "x", text), RULES) == want, text
    for text in (
        "He was shot three times in the chest.",  # times, not people
        "A 16-year-old shot at officers",  # an age
        "2 shot on the South Side",  # fewer than three: too common to identify anything
        "Police said 40 rounds were fired.",
    ):
        assert victims_of(ev("a", "x", text), RULES) == frozenset(), text


def test_the_same_number_shot_joins_two_differently_worded_reports_of_one_day_and_town():
    a = ev("a", "x", "5 shot in west Baltimore", place=("Baltimore", 39.29, -76.61, "United States", "Maryland", 1))
    b = ev(
        "b", "y", "Five people were shot by a lone gunman in broad daylight, police said.",
        day="2016-05-03", place=("Baltimore", 39.29, -76.61, "United States", "Maryland", 1),
    )
    signal = victims_signal(a, b, RULES)
    assert signal is not None and signal.value == 1.0 and "(5)" in signal.reason
    pair = score_pair(a, b, {})
    assert pair.score >= threshold_for(a, b), pair.reason
    # with different numbers the same pair stays below the bar: the number is what joined them
    c = replace(b, sources=(replace(b.sources[0], evidence="Three people were shot by a lone gunman, police said."),))
    assert victims_signal(a, c, RULES) is None
    assert score_pair(a, c, {}).score < threshold_for(a, c)


def test_the_number_shot_is_no_identity_where_one_report_names_no_place():
    """"4 shot" somewhere on one day is common in a big country: no merge on it alone."""
    placed = ev("a", "x", "Four people were shot outside a club on Sunday, police said.")
    nowhere = ev("b", "y", "4 shot after a party early Sunday", place=None)
    pair = score_pair(placed, nowhere, {})
    assert pair.score == 0.0 and "nothing in common" in pair.reason, pair.reason


def test_a_suspects_age_does_not_set_two_reports_apart():
    victim = ev("a", "x", "Police: 17-year-old fatally shot in an apartment building on Thursday")
    suspect = ev("b", "y", "The 19-year-old man charged in the shooting death of a teen cried, his grandmother said.")
    assert ages_of(suspect, RULES) == frozenset()
    assert ages_of(victim, RULES) == {17}
    assert ages_signal(victim, suspect, RULES) is None
    # an age far from the cue still counts as a victim's
    far = ev("c", "z", "A 19-year-old was found shot in a car on Thursday; nobody has been charged yet.")
    assert ages_of(far, RULES) == {19}
    assert ages_signal(victim, far, RULES) is not None


def test_a_report_naming_no_place_joins_on_the_persons_it_names():
    named = {PERSONS_KEY: "persons named: Robert Sanders"}
    placed = replace(
        ev("a", "x", "Robert Sanders, 22, was indicted on 25 counts for the party bus shooting.", fatalities=0),
        reasons=named,
    )
    nowhere = replace(
        ev("b", "y", "Party bus shooting suspect in custody", place=None, day="2016-05-02"),
        reasons=named,
    )
    pair = score_pair(placed, nowhere, {})
    assert "place unknown" not in pair.reason and "same persons" in pair.reason, pair.reason
    assert pair.score >= threshold_for(placed, nowhere), pair.reason
    # without the persons, the same two reports have nothing in common
    bare = score_pair(replace(placed, reasons={}), replace(nowhere, reasons={}), {})
    assert bare.score == 0.0


def test_one_place_name_read_in_two_countries_joins_only_on_identity():
    """"Tripoli" read as Lebanon's city by one report and Libya's by another: the country no longer
    blocks two reports that identify the same event by wording and names; others stay apart."""
    lebanon = ("Tripoli", 34.44, 35.85, "Lebanon", "North", 266826)
    libya = ("Tripoli", 32.89, 13.19, "Libya", "Tripoli", 2210247)
    text = "Gunmen killed Omar Haddad and Sami Khoury outside the Al-Mansouri mosque in Tripoli on Friday."
    a = ev("a", "x", text, place=lebanon, fatalities=2)
    b = ev("b", "y", text.replace("Gunmen killed", "Two worshippers, Omar Haddad and Sami Khoury, were shot by gunmen"),
           place=libya, fatalities=2)
    pair = score_pair(a, b, {})
    assert "resolved" in pair.reason and pair.score >= threshold_for(a, b), pair.reason
    other = ev("c", "z", "A car bomb killed two soldiers at a checkpoint in Tripoli on Friday.", place=libya, fatalities=2)
    assert not score_pair(a, other, {}).mergeable
    elsewhere = ev("d", "w", text, place=("Benghazi", 32.11, 20.07, "Libya", "Benghazi", 88319), fatalities=2)
    assert score_pair(a, elsewhere, {}).blocked.startswith("different countries")
