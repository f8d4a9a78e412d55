"""Session 17: a division named with its suffix keeps its division reading even when a bigger
foreign city also bears the name ("Yala province": Patan in Nepal is also called Yala, and the rule
that drops small divisions a big foreign city shares a name with had dropped Thailand's province).
Bare names are unchanged: "in Yala" in a Thai story is the town."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _places(runner, text):
    doc = runner.doc(text_article("s17d", text, date(2024, 6, 25)))
    return [(t.text, t.place.feature_code, t.place.country_code) for t in doc.toponyms if t.place]


@pytest.mark.parametrize(
    "text, name",
    [
        ("A roadside bomb killed two rangers in Yala province on Tuesday, police said.", "Yala"),
        ("Insurgents attacked a checkpoint in Yala province on Sunday, wounding three volunteers.", "Yala"),
    ],
)
def test_suffix_keeps_the_division(runner, text, name):
    assert (name, "ADM1", "TH") in _places(runner, text)


def test_bare_name_stays_the_town(runner):
    got = _places(runner, "Gunmen shot dead a village headman in Yala on Tuesday, police said.")
    assert ("Yala", "PPL", "TH") in got
