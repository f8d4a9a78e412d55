"""Deaths that a protest or an attack is about are not its toll."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, best_draft, text_article




def _toll(runner: EventRunner, text: str) -> int | None:
    draft = best_draft(runner.doc(text_article("g", text, date(2015, 3, 2))))
    assert draft is not None
    return draft.fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Onitsha took to the streets on Monday protesting the death of two of their colleagues.",
        "Motorcyclists blocked the main road in Ibadan in protest of the killing of three riders.",
        "Students marched in Kumasi over the alleged murder of a classmate.",
    ],
)
def test_grievance_deaths_are_not_the_protest_toll(runner, text):
    assert not _toll(runner, text)


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Gunmen killed five herders near Jos in revenge for the killing of two cattle traders.", 5),
        ("Police fired on protesters in Jos on Monday, killing three people.", 3),
        ("Soldiers shot dead four protesters who were demonstrating against the arrest of a chief.", 4),
    ],
)
def test_the_event_own_deaths_still_count(runner, text, toll):
    assert _toll(runner, text) == toll


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Gunmen killed three police officers and a civilian on the Kano road on Sunday.", 4),
        ("Militants killed 12 villagers and a soldier near Gwoza on Monday.", 13),
        ("Gunmen killed two soldiers and a number of civilians in Jos.", 12),  # 'a number of' stays vague
    ],
)
def test_one_person_closing_a_counted_list_is_counted(runner, text, toll):
    assert _toll(runner, text) == toll


def test_shot_dead_with_an_object_counts_the_object_not_the_shooters(runner):
    doc = runner.doc(text_article("s", "Gunmen shot dead a chieftain of the party at Festac Town.", date(2015, 7, 16)))
    assert [q.text for q in doc.quantities if q.kind == "killed"] == ["a chieftain"]
    assert _toll(runner, "Man shot dead in Jos on Monday.") == 1  # the headline passive keeps its victim
