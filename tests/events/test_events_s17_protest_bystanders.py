"""Session 17, protests: a leader arrested in a protest sentence and shots fired into the air.

An arrest or detention whose subject is one person ("said he had been detained", "she was
arrested") is not the security forces intervening in the crowd the same sentence mentions
(``INTERVENE`` in cues.json); firing "into the air" is a warning, not force against the
protesters (``BRUTAL``). Found in the bundled Khartoum example (the army removing a president
while protesters stayed camped read as a protest with intervention)."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _subs(runner, text: str, day: date = date(2024, 6, 24)) -> list[str]:
    return [d.sub_event_type for d in runner.doc(text_article("s17p", text, day)).events or ()]


@pytest.mark.parametrize(
    "text",
    [
        "The army removed the president on Thursday and said he had been detained, but thousands of protesters "
        "stayed camped outside the defence ministry in Khartoum.",
        "Soldiers announced on Wednesday that the prime minister was being held and that she was arrested at dawn, "
        "while hundreds of protesters gathered peacefully in Niamey.",
        "Officers confirmed the opposition leader had been taken away and that he was detained overnight; "
        "protesters marched through Dhaka on Tuesday.",
    ],
)
def test_one_person_detained_is_no_intervention(runner, text):
    subs = _subs(runner, text)
    assert "Protest with intervention" not in subs
    assert "Peaceful protest" in subs


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 protesters in Kampala on Monday as they marched on parliament.",
        "Security forces detained dozens of demonstrators in Tbilisi on Sunday night.",
    ],
)
def test_protesters_arrested_is_intervention(runner, text):
    assert "Protest with intervention" in _subs(runner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas and soldiers fired into the air to disperse protesters in Bamako on Friday.",
        "Troops fired into the air as protesters blocked the main road in Lima on Tuesday, witnesses said.",
    ],
)
def test_shots_into_the_air_are_no_excessive_force(runner, text):
    subs = _subs(runner, text)
    assert "Excessive force against protesters" not in subs
    assert subs, "the protest itself is still an event"


def test_shots_at_protesters_stay_excessive_force(runner):
    text = "Soldiers fired at protesters in Mandalay on Sunday, killing three, witnesses said."
    assert "Excessive force against protesters" in _subs(runner, text)
