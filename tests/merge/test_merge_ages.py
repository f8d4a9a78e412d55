"""Ages given for the people of two reports: no age in common speaks against one event."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge.features import ages_of, ages_signal
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import score_pair, threshold_for

RULES = load_rules()


def test_ages_are_read_from_both_spellings():
    e = ev("a", "x", "Boy, 16, shot in Riverdale; a 17-year-old girl and a man, 45, were hurt.")
    assert ages_of(e, RULES) == {16, 17, 45}
    assert ages_of(ev("b", "y", "Two men were shot at 11 p.m. on 12 May."), RULES) == frozenset()
    assert ages_of(ev("c", "z", "The victims, 3-4 people, fled."), RULES) == frozenset()


def test_two_same_day_shootings_in_one_city_with_different_ages_stay_apart():
    a = ev("a", "x", "Boy, 16, shot in drive-by on the South Side on Sunday")
    b = ev("b", "y", "A 15-year-old boy was shot in the leg on the South Side on Sunday, police said.")
    signal = ages_signal(a, b, RULES)
    assert signal is not None and signal.value == 0.0 and "16" in signal.reason and "15" in signal.reason
    pair = score_pair(a, b, {})
    assert pair.score < threshold_for(a, b), pair.reason


def test_a_shared_age_or_an_ageless_report_is_no_signal():
    a = ev("a", "x", "Boy, 16, shot in drive-by on the South Side on Sunday")
    same = ev("b", "y", "A 16-year-old was wounded on the South Side on Sunday, police said.")
    ageless = ev("c", "z", "A teenager was wounded on the South Side on Sunday, police said.")
    assert ages_signal(a, same, RULES) is None
    assert ages_signal(a, ageless, RULES) is None
    assert score_pair(a, same, {}).score >= threshold_for(a, same)


def test_reports_naming_the_same_person_are_not_kept_apart_by_ages():
    """The father charged (34) in one report and the child shot (2) in the other: different
    people's ages, one incident, which the shared name shows."""
    from dataclasses import replace

    from sitrep.merge.persons import PERSONS_KEY

    father = ev("a", "x", "A man, 34, called police after his son was shot at their home on Sunday; Brandon Hill was charged.")
    child = ev("b", "y", "A 2-year-old boy was shot at his home on Sunday, police said; his father Brandon Hill was held.")
    assert ages_signal(father, child, RULES) is not None
    named = {PERSONS_KEY: "persons named: Brandon Hill"}
    father, child = (replace(e, reasons={**e.reasons, **named}) for e in (father, child))
    pair = score_pair(father, child, {})
    assert "ages" not in pair.reason and "same persons" in pair.reason, pair.reason
    assert pair.score >= threshold_for(father, child), pair.reason
