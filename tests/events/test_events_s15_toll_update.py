"""A sentence revising the toll of the event told before it ("The number of people killed has
risen to 45") continues that event: no second event, the revised figure in the first one's toll
and range, the date of the first telling, not of the revision."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.grouping import toll_update
from sitrep.events.runner import text_article

DAY = date(2024, 5, 14)

REVISED = [
    ("Gunmen attacked the village of Kwall in Plateau state on Monday, killing at least 20 people, police said. "
     "The number of people killed has risen to 45, the state government said on Tuesday.", 45, 20, 13),
    ("Russian missiles struck a shopping centre in Kharkiv on Saturday, killing 12 people. "
     "The death toll rose to 16 on Monday as rescuers pulled more bodies from the rubble, officials said.", 16, 12, 11),
    ("Militants stormed an army camp near Diffa on Sunday, killing nine soldiers. "
     "The toll had gone up to 14 by Monday evening, a military source said.", 14, 9, 12),
]


@pytest.mark.parametrize("text, toll, low, day", REVISED)
def test_a_toll_revision_is_no_second_event(runner, text, toll, low, day):
    events = list(runner.doc(text_article("rev", text, DAY)).events or ())
    assert len(events) == 1
    e = events[0]
    assert e.fatalities == toll and e.fatalities_low == low
    assert e.date.value == date(2024, 5, day)
    assert len(e.evidence) == 2  # the revision is evidence of the event it revises


def test_new_killings_that_bring_the_toll_up_stay_an_event(runner):
    text = ("A drone struck a market in Sumy on Sunday, killing four people. "
            "On Tuesday, another strike hit the town of Shostka, killing two more and bringing the death toll to six.")
    events = list(runner.doc(text_article("rev2", text, DAY)).events or ())
    assert len(events) == 2


@pytest.mark.parametrize("text, hit", [
    ("The death toll rose to 16 on Monday.", True),
    ("The number of civilians killed has climbed to 30, the UN said.", True),
    ("bringing the death toll to 12", True),
    ("Gunmen killed 20 people on Monday.", False),
    ("The death toll from the blast stands at 10.", False),
])
def test_toll_update_cue(text, hit):
    assert (toll_update(text) is not None) == hit
