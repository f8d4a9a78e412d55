"""Session 16b, actors round 8: who the story's own sentences name.

Militants "led by" or "loyal to" a named group are its following, so "the militants" and "the
group" later refer to that group (``led_by`` in rules.json); a headline's unnamed doer ("rapes by
paramilitary fighters") gives way to the group the body names; ground handed over goes to the
side named as receiving it; the side whose drones or missiles were shot down is a disrupted weapons
use's second actor; homes set on fire are the civilians'."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _events(runner, text: str, day: date = date(2024, 6, 24)):
    return list(runner.doc(text_article("s16b", text, day)).events or ())


@pytest.mark.parametrize(
    "text, group",
    [
        (
            "Gunmen killed four traders on the road to Gao on Monday. The violence comes as Arab militias led by "
            "JNIM keep up their offensive in the region. Last week the militants captured the town of Boni after "
            "a day of fighting with soldiers.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Police said six officers died in an ambush in Zabul on Sunday. Pashtun fighters loyal to the Taliban "
            "control much of the province. On Saturday the militants seized the district centre of Shinkay after "
            "government troops withdrew.",
            "Taliban",
        ),
    ],
)
def test_militants_led_by_a_named_group_are_its_following(runner, text, group):
    takes = [d for d in _events(runner, text, date(2019, 6, 24)) if any("seized" in e.text or "captured" in e.text for e in d.evidence)]
    assert takes and takes[0].actor1.name == group


@pytest.mark.parametrize(
    "text, group",
    [
        (
            "Women in North Darfur describe abuse by paramilitary fighters\n\nRSF fighters raped at least 12 women in "
            "Tawila during a raid in May, survivors told investigators.",
            "Rapid Support Forces",
        ),
        (
            "Villagers describe killings by armed men in Ituri\n\nCODECO militiamen killed 18 villagers in Djugu "
            "territory on Tuesday, local officials said.",
            "CODECO: Cooperative for the Development of Congo",
        ),
    ],
)
def test_the_body_names_the_doer_a_headline_leaves_unnamed(runner, text, group):
    lead = min(_events(runner, text), key=lambda d: min(e.start for e in d.evidence))
    assert lead.actor1.name == group


@pytest.mark.parametrize(
    "text, receiver",
    [
        (
            "ATMIS troops handed over the Biyo Adde forward operating base to the Somali National Army on Sunday, the "
            "mission said.",
            "Military Forces of Somalia",
        ),
        (
            "French troops handed over the Menaka base to the Malian army on Monday, the army said.",
            "Military Forces of Mali",
        ),
    ],
)
def test_ground_handed_over_goes_to_the_receiver(runner, text, receiver):
    ev = next(d for d in _events(runner, text) if d.sub_event_type == "Non-violent transfer of territory")
    assert ev.actor2 is not None and ev.actor2.name == receiver


@pytest.mark.parametrize(
    "text, owner",
    [
        ("A US Navy destroyer shot down three drones launched from Houthi-controlled areas of Yemen on Tuesday.", "Houthi Movement"),
        ("Ukrainian air defences shot down 20 Russian drones over Kyiv overnight, the air force said.", "Military Forces of Russia"),
    ],
)
def test_the_side_whose_weapons_were_stopped_is_actor2(runner, text, owner):
    ev = next(d for d in _events(runner, text) if d.sub_event_type == "Disrupted weapons use")
    assert ev.actor2 is not None and ev.actor2.name == owner


@pytest.mark.parametrize(
    "text",
    [
        "Gang members of the Viv Ansanm coalition set fire to dozens of homes in Solino on Monday, residents said.",
        "Al-Shabaab fighters torched houses in the village of Elasha on Friday, elders said.",
    ],
)
def test_homes_set_on_fire_are_the_civilians(runner, text):
    ev = next(d for d in _events(runner, text) if d.sub_event_type == "Looting/property destruction")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")
