"""Session 14: a sentence right after an event that blames a named group for it continues the event,
so the group is the event's first actor ("... killed 18 civilians. The local committee blamed the
paramilitary Rapid Support Forces."); a sentence that blames nobody, or blames for something
else in its own right, does not change the event's actor."""

from datetime import date

import pytest

from sitrep.events.runner import text_article

_DAY = date(2024, 6, 3)


def _events(runner, text: str):
    return list(runner.doc(text_article("s14c", text, _DAY)).events or ())


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "A drone strike on a crowded market in El Fasher on Sunday killed at least 18 civilians, "
            "activists said. The local resistance committee blamed the paramilitary Rapid Support Forces.",
            "Rapid Support Forces",
        ),
        (
            "A bomb exploded at a bus station in Maiduguri on Sunday, killing seven passengers, police said. "
            "Residents blamed Boko Haram, which has attacked the city before.",
            "Boko Haram",
        ),
        (
            "Gunmen killed 12 villagers in an overnight raid on a village in Ituri province, local officials "
            "said on Sunday. Local officials accused ADF rebels of carrying out the killings.",
            "ADF",
        ),
    ],
)
def test_a_blaming_sentence_names_the_doer(runner, text, actor):
    events = _events(runner, text)
    assert len(events) == 1
    assert actor in events[0].actor1.name
    assert "continuing" in events[0].reasons["evidence"] and "1 continuing" in events[0].reasons["evidence"]


def test_a_sentence_that_blames_nobody_does_not_continue(runner):
    text = (
        "A drone strike on a crowded market in El Fasher on Sunday killed at least 18 civilians, activists said. "
        "The city has been under siege for weeks and food prices have tripled."
    )
    events = _events(runner, text)
    assert len(events) == 1 and "0 continuing" in events[0].reasons["evidence"]
