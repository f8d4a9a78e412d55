"""Session 16d, actors round 9: who comes first in an agreement and an interception, who a mob is.

ACLED lists the government first in an agreement between a state and a rebel group (its one such
Nigeria note: "Government of Nigeria" and Boko Haram), even when the deal is signed abroad and the
text names the rebels first. In a disrupted weapons use the side that stopped the weapons is
actor1, the side whose rockets or drones were stopped actor2 ("intercepted rockets fired by
Hezbollah"). A crowd lynching suspects after ACLED's 2019 codebook is "Rioters", not a vigilante
militia (the older Nigeria notes code such a crowd as vigilantes), and police doing something else
in the story are not the mob's opponent."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _event(runner, text: str, sub: str, day: date = date(2024, 6, 3)):
    events = list(runner.doc(text_article("s16d", text, day)).events or ())
    return next(d for d in events if d.sub_event_type == sub)


@pytest.mark.parametrize(
    "text, state, rebels",
    [
        (
            "Colombia and ELN agree truce\n\nBOGOTA (wire) - The ELN and the Colombian government signed a "
            "ceasefire agreement in Havana on Friday, mediators said.",
            "Government of Colombia",
            "ELN",
        ),
        (
            "Truce in Mindanao\n\nMANILA (wire) - The Moro Islamic Liberation Front and the Philippine government "
            "signed a peace agreement in Kuala Lumpur on Tuesday.",
            "Government of the Philippines",
            "MILF",
        ),
        (
            "Ethiopia and Tigray forces agree to stop fighting\n\nNAIROBI (wire) - The Tigray People's Liberation "
            "Front and Ethiopia's government signed an agreement in Nairobi on Saturday to end hostilities.",
            "Government of Ethiopia",
            "TPLF",
        ),
    ],
)
def test_an_agreement_lists_the_state_first(runner, text, state, rebels):
    ev = _event(runner, text, "Agreement")
    assert ev.actor1.name == state
    assert ev.actor2 is not None and ev.actor2.name.startswith(rebels)


@pytest.mark.parametrize(
    "text, stopper, launcher",
    [
        (
            "Rockets over Galilee\n\nHAIFA (wire) - Israeli air defences intercepted rockets fired by Hezbollah over "
            "the Galilee on Thursday, the army said.",
            "Military Forces of Israel",
            "Hezbollah",
        ),
        (
            "Drones downed over Jizan\n\nRIYADH (wire) - Saudi air defences intercepted drones launched by the "
            "Houthis towards Jizan on Sunday, the coalition said.",
            "Military Forces of Saudi Arabia",
            "Houthi",
        ),
    ],
)
def test_the_side_that_stopped_the_weapons_is_actor1(runner, text, stopper, launcher):
    ev = _event(runner, text, "Disrupted weapons use")
    assert ev.actor1.name == stopper
    assert ev.actor2 is not None and launcher in ev.actor2.name


@pytest.mark.parametrize(
    "text, day, doer",
    [
        (
            "Lynching in Carrefour\n\nPORT-AU-PRINCE (wire) - A mob of residents stoned and burned to death two "
            "suspected gang members in Carrefour on Sunday after police stopped their car, local radio said.",
            date(2024, 5, 12),
            "Rioters (Haiti)",
        ),
        (
            "Mob kills suspected thief\n\nNAIROBI (wire) - An angry mob lynched a suspected thief in Kibera on "
            "Monday, police said.",
            date(2023, 3, 6),
            "Rioters (Kenya)",
        ),
        # before ACLED's 2019 codebook such a crowd was coded as a vigilante militia
        (
            "Mob kills suspected thief\n\nKANO (wire) - An angry mob lynched a suspected thief in Kano market on "
            "Monday, police said.",
            date(2015, 3, 2),
            "Vigilante Militia (Nigeria)",
        ),
    ],
)
def test_a_mob_is_rioters_under_the_current_codebook(runner, text, day, doer):
    ev = _event(runner, text, "Mob violence", day)
    assert ev.actor1.name == doer


def test_police_doing_something_else_are_no_mobs_opponent(runner):
    text = (
        "Crowd kills suspects\n\nPORT-AU-PRINCE (wire) - A crowd of residents beat to death four suspected "
        "kidnappers in Delmas on Friday after police intercepted a car carrying them, witnesses said."
    )
    ev = _event(runner, text, "Mob violence", date(2024, 3, 1))
    assert ev.actor2 is None or not ev.actor2.name.startswith("Police")
