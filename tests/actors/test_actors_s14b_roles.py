"""Session 14, round 4 on actors: foreign civilians keep their nationality; "government positions"
and "government soldiers" are the military; "HTS-led rebels" are HTS; a fight "broke out between"
two sides names no attacker, so state forces come first; in a battle a named group fights, its
own fighters who were hit are not the other side; "a command centre used by X" does not make X
the doer."""

from datetime import date

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.events.runner import text_article

_DAY = date(2024, 3, 27)


def _events(runner, text: str):
    return list(runner.doc(text_article("s14b", text, _DAY)).events or ())


def _names(text: str, country: str | None = None) -> list[str]:
    return [m.actor.name for m in default_dictionary().mentions(text, 0, country)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen shot dead two Indian nationals near Kismayo.", "Civilians (India)"),
        ("Kidnappers seized three Turkish engineers in Kano state.", "Civilians (Turkey)"),
        ("A blast killed five Chinese construction workers in Dasu.", "Civilians (China)"),
    ],
)
def test_foreign_civilians_keep_their_nationality(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels attacked government positions west of Idlib.", "Military Forces of Syria"),
        ("The militia ambushed government soldiers near Kidal.", "Military Forces of Mali"),
    ],
)
def test_government_positions_and_soldiers_are_the_military(text, expected):
    country = expected.rsplit(" of ", 1)[1]
    assert expected in _names(text, country)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("HTS-led rebels entered Aleppo on Friday.", "HTS: Hayat Tahrir al-Sham"),
        ("SDF-led fighters took the village.", "SDF: Syrian Democratic Forces"),
    ],
)
def test_a_group_leading_fighters_is_the_actor(text, expected):
    assert _names(text, "Syria")[0] == expected


def test_a_backer_is_not_the_actor():
    assert _names("Wagner-backed troops entered the town.", "Mali")[0] == "Military Forces of Mali"


def test_a_fight_that_broke_out_between_two_sides_lists_the_state_first(runner):
    text = "Heavy clashes broke out on Tuesday between Syrian government forces and HTS-led rebels near Saraqeb."
    (event,) = _events(runner, text)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Syria", "HTS: Hayat Tahrir al-Sham")


def test_a_named_groups_own_fighters_hit_are_not_the_other_side(runner):
    text = (
        "Separatist militants attacked a naval air base in Gwadar, Balochistan, on Tuesday night, officials said. "
        "Security forces killed four attackers and one soldier died in the fighting. "
        "The Baloch Liberation Army claimed the attack."
    )
    (event,) = _events(runner, text)
    assert event.sub_event_type == "Armed clash"
    names = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert names == {"BLA: Balochistan Liberation Army", "Military Forces of Pakistan"}


def test_a_place_used_by_a_group_does_not_make_it_the_doer(runner):
    text = (
        "An Israeli air strike on a school sheltering displaced families in Nuseirat killed 14 people on Tuesday. "
        "The Israeli military said it had targeted a command centre used by Hamas fighters inside the compound."
    )
    events = _events(runner, text)
    assert events and events[0].actor1.name == "Military Forces of Israel"
