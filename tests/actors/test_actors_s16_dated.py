"""Session 16: a group's dated role is read on the event's day (``assign_actors(..., on=)``):
the Taliban of an event before 15 August 2021 are the Taliban, after it Afghanistan's forces,
whatever the day of publication; without an event day, the publication day decides."""

from datetime import date

import pytest

from sitrep.actors.roles import assign_actors
from sitrep.events.runner import text_article

_TEXT = "Taliban fighters attacked a checkpoint in Helmand, killing three men."


@pytest.mark.parametrize(
    "published, on, actor1",
    [
        (date(2023, 5, 1), date(2019, 7, 1), "Taliban"),
        (date(2023, 5, 1), date(2021, 8, 14), "Taliban"),
        (date(2023, 5, 1), date(2021, 8, 15), "Military Forces of Afghanistan"),
        (date(2023, 5, 1), None, "Military Forces of Afghanistan"),
        (date(2020, 5, 1), None, "Taliban"),
    ],
)
def test_the_event_day_decides_the_taliban_role(runner, published, on, actor1):
    doc = runner.doc(text_article("s16dated", _TEXT, published))
    a1, _, _ = assign_actors(doc, [(0, len(_TEXT))], "Violence against civilians", "Attack", "Afghanistan", on)
    assert a1.name == actor1
