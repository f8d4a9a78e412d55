"""Police entering a home or clearing a street after a shooting take no territory."""

from __future__ import annotations

import pytest

from sitrep.events.typing import classify_sentence

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}


@pytest.mark.parametrize(
    "text",
    [
        "Deputies say two armed suspects entered Oak Creek family home early on Sunday.",
        "Officers were clearing South Main Street after the shooting.",
        "An officer entered and found the victim on the kitchen floor.",
        "SWAT team members entered the apartment complex shortly after midnight.",
    ],
)
def test_events_everyday_entering_is_no_territory(text):
    r = classify_sentence(text)
    assert r is None or r.sub_event_type not in TERRITORY


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Government troops entered the town of Kidal on Friday after the rebels withdrew.", "Non-violent transfer of territory"),
        ("The army recaptured Palmyra from Islamic State fighters on Sunday.", "Government regains territory"),
        ("Rebels seized the town of Bunagana near the Ugandan border.", "Non-state actor overtakes territory"),
    ],
)
def test_events_territory_still_changes_hands(text, sub):
    r = classify_sentence(text)
    assert r is not None and r.sub_event_type == sub
