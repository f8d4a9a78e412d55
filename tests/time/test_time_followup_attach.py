"""What a date dates in follow-up reports: a clock time next to it times the incident; a charge
"with murder" after it is not an incident noun; a follow-up verb still wins."""

from __future__ import annotations

from sitrep.time.attach import FOLLOW_UP, INCIDENT, NEUTRAL, attachment
from sitrep.types import TimeRef


def _how(text: str, expr: str) -> int:
    i = text.index(expr)
    return attachment(text, TimeRef(i, i + len(expr), expr, None, 1), clock=True)


def test_a_clock_time_before_the_date_times_the_incident():
    assert _how("Just after 2 a.m. on March 4, neighbours heard gunfire on Elm Street.", "March 4") == INCIDENT
    assert _how("Deputies arrived around 10:45 p.m. Saturday at the farmhouse.", "Saturday") == INCIDENT


def test_a_clock_time_after_the_date_times_the_incident():
    assert _how("On Friday at about 7:30 p.m. a car pulled up to the house.", "Friday") == INCIDENT


def test_a_date_without_clock_or_cue_stays_unattached():
    assert _how("The party was held on Nov. 12 at the club.", "Nov. 12") == NEUTRAL


def test_a_clock_time_in_another_sentence_does_not_count():
    assert _how("The call came at 9 p.m. The family met on Sunday.", "Sunday") == NEUTRAL


def test_a_follow_up_verb_beats_the_clock():
    assert _how("He was arrested at 3 p.m. Friday near the bus station.", "Friday") == FOLLOW_UP


def test_a_charge_with_murder_is_not_an_incident_noun():
    assert _how("Prosecutors charged the man on Jan. 24 with murder.", "Jan. 24") == FOLLOW_UP
    assert _how("Detectives reopened files on Jan. 24 with little hope.", "Jan. 24") == NEUTRAL
    assert _how("He was sought after the Jan. 9 fatal shooting downtown.", "Jan. 9") == INCIDENT


def test_the_clock_cue_is_asked_for():
    text = "Deputies arrived around 10:45 p.m. Saturday at the farmhouse."
    i = text.index("Saturday")
    assert attachment(text, TimeRef(i, i + 8, "Saturday", None, 1)) == NEUTRAL
