"""Sentence typing: one hand-written sentence per sub-event type, from many conflicts, and the
non-events (threats, plans, negations, disasters, crime, diplomacy) that must stay silent."""

from __future__ import annotations

import pytest

from sitrep.events.typing import SUB_TO_TYPE, classify_sentence
from sitrep.types import EVENT_TYPES

TYPED = [
    # Battles
    ("Armed clash", "Soldiers and JNIM fighters clashed near Boulkessi on Tuesday, leaving 12 dead."),
    ("Armed clash", "M23 rebels attacked an army position outside Rutshuru overnight."),
    ("Armed clash", "Gunmen ambushed a police patrol in Zamfara state, killing four officers."),
    ("Armed clash", "Heavy fighting erupted between the RSF and the Sudanese army in Omdurman."),
    (
        "Government regains territory",
        "Ukrainian troops recaptured the village of Robotyne after weeks of assaults.",
    ),
    (
        "Government regains territory",
        "The Tatmadaw retook the town of Kawlin from resistance forces on Sunday.",
    ),
    ("Government regains territory", "Colombian soldiers drove ELN guerrillas out of the town of Tame."),
    (
        "Non-state actor overtakes territory",
        "Al-Shabaab militants seized the town of Bulo Burde after a dawn assault.",
    ),
    (
        "Non-state actor overtakes territory",
        "Arakan Army fighters captured a border outpost in Maungdaw township.",
    ),
    # Explosions/Remote violence
    ("Chemical weapon", "Residents said a helicopter dropped chlorine canisters on Saraqeb."),
    ("Air/drone strike", "An Israeli airstrike hit a residential building in Rafah, killing nine people."),
    ("Air/drone strike", "A Turkish drone strike killed two PKK commanders near Sinjar."),
    ("Suicide bomb", "A suicide bomber blew himself up at a mosque in Peshawar, killing 59 worshippers."),
    ("Shelling/artillery/missile attack", "Russian artillery shelled the center of Kherson on Monday."),
    ("Shelling/artillery/missile attack", "Hamas fired rockets at Ashkelon, wounding three residents."),
    ("Remote explosive/landmine/IED", "A roadside bomb struck a bus carrying miners near Kayes."),
    (
        "Remote explosive/landmine/IED",
        "Two children were killed when a landmine exploded in a field near Kandahar.",
    ),
    ("Grenade", "Unknown assailants threw a grenade into a bar in Bujumbura."),
    # Violence against civilians
    ("Sexual violence", "Armed men raped at least 20 women in villages around Minova, a clinic reported."),
    ("Attack", "ADF militants hacked 17 villagers to death in Beni territory."),
    ("Attack", "Gunmen killed 11 farmers in their fields near Gwoza."),
    ("Attack", "Cartel gunmen shot dead a mayor in Guerrero on Sunday."),
    ("Abduction/forced disappearance", "Bandits abducted 80 students from a school in Kebbi State."),
    ("Abduction/forced disappearance", "Masked men kidnapped a journalist in Cúcuta."),
    # Protests
    ("Peaceful protest", "Thousands of teachers marched in La Paz to demand higher pay."),
    ("Peaceful protest", "Residents staged a sit-in outside the governor's office in Maiduguri."),
    ("Protest with intervention", "Police fired tear gas to disperse protesters in Nairobi."),
    ("Protest with intervention", "Police arrested 30 demonstrators at a rally in Minsk."),
    ("Excessive force against protesters", "Security forces shot dead five protesters in Mandalay."),
    # Riots
    ("Violent demonstration", "Protesters threw stones at police and torched a station in Dakar."),
    ("Violent demonstration", "Rioters looted shops in Durban for a second day."),
    ("Mob violence", "An angry mob lynched a suspected thief in Kampala."),
    # Strategic developments
    ("Agreement", "The two factions signed a ceasefire agreement in Juba."),
    ("Agreement", "Hamas and Israel completed a prisoner exchange on Friday."),
    ("Arrests", "Police arrested a senior Boko Haram commander in Kano."),
    ("Change to group/activity", "Hundreds of FDLR fighters defected to the government side."),
    ("Disrupted weapons use", "Army engineers defused an IED planted on the Gao road."),
    (
        "Disrupted weapons use",
        "Soldiers discovered a large cache of weapons and ammunition in a cave near Tora Bora.",
    ),
    ("Headquarters or base established", "Russian forces set up a new military base near Kobani."),
    ("Looting/property destruction", "Militiamen looted and burned down dozens of houses in Djugu."),
    (
        "Non-violent transfer of territory",
        "Government troops withdrew from the town of Kidal without a fight.",
    ),
    ("Other", "Investigators exhumed a mass grave near Izium."),
]

SILENT = [
    "ISIS could launch attacks against the West from its new territory.",
    "The army will deploy 3,000 more troops next month.",
    "The minister warned that militants may attack the capital.",
    "Police said no one was killed in the incident.",
    "Did the army really capture the town?",
    "If talks fail, the rebels threaten to seize the airport.",
    "The group continues to recruit fighters across the Sahel.",
    "Key commanders have been captured or killed over the years.",
    "A strong earthquake killed 30 people in western Nepal.",
    "Floods killed dozens of people in Bangladesh.",
    "Two workers died when a gas cylinder exploded at a restaurant.",
    "Police arrested three men for smuggling cocaine.",
    "The foreign ministry expelled two diplomats.",
    "The president met his Kenyan counterpart to discuss trade.",
    "Thousands of people have died in the conflict this year.",
    "Islamic State claimed responsibility for the bombing.",
]


@pytest.mark.parametrize("sub,text", TYPED, ids=[f"{s}:{t[:25]}" for s, t in TYPED])
def test_sub_event_type(sub: str, text: str) -> None:
    got = classify_sentence(text)
    assert got is not None, text
    assert (got.sub_event_type, got.event_type) == (sub, SUB_TO_TYPE[sub]), got.reason


@pytest.mark.parametrize("text", SILENT)
def test_not_an_event(text: str) -> None:
    got = classify_sentence(text)
    assert got is None, got and got.reason


def test_every_sub_type_is_covered_by_a_test_sentence() -> None:
    covered = {sub for sub, _ in TYPED}
    assert covered == {s for subs in EVENT_TYPES.values() for s in subs}


def test_trigger_offsets_slice_the_sentence() -> None:
    text = "Militants stormed a checkpoint in Diffa and killed six soldiers."
    got = classify_sentence(text)
    assert got is not None and text[got.trigger_start : got.trigger_end] == got.trigger


def test_territory_direction_follows_who_took_it() -> None:
    gov = classify_sentence("Government forces captured the town of Kafr Nabudah.")
    rebels = classify_sentence("The town of Kafr Nabudah fell to rebels on Sunday.")
    assert gov and gov.sub_event_type == "Government regains territory"
    assert rebels and rebels.sub_event_type == "Non-state actor overtakes territory"


def test_anaphoric_mention_is_flagged() -> None:
    got = classify_sentence("Police gave no further details about the attack on the convoy.")
    assert got is None or got.anaphoric


def test_context_veto_from_previous_sentence() -> None:
    text = "The explosion destroyed three houses."
    assert classify_sentence(text) is not None
    assert classify_sentence(text, context="A gas leak caused a fire at the factory.") is None


@pytest.mark.parametrize(
    "sub,text",
    [
        ("Attack", "Gunmen storm a church in Madagali, killing 26 worshippers."),  # 'storm' is a verb here
        ("Government regains territory", "Military forces re-capture the town of Michika from Boko Haram."),
        (
            "Peaceful protest",
            "Pensioners converged at the gate of the ministry to protest against unpaid pensions.",
        ),
        (
            "Non-violent transfer of territory",
            "Rebels entered the town of Kidal after the army withdrew without a fight.",
        ),
        (
            "Armed clash",
            "Al-Shabaab briefly seized control of the town of El Baraf before being pushed back by soldiers.",
        ),
        ("Armed clash", "Three police officers were killed when gunmen attacked their post in Kogi."),
        (
            "Peaceful protest",
            "Residents marched to the state assembly to protest the abduction of 20 farmers.",
        ),
    ],
)
def test_phenomena(sub: str, text: str) -> None:
    got = classify_sentence(text)
    assert got is not None and got.sub_event_type == sub, got and got.reason


def test_captured_recruits_are_not_ground() -> None:
    got = classify_sentence("The fighters killed 50 recruits captured after the fall of the town.")
    assert got is not None and got.sub_event_type not in (
        "Government regains territory",
        "Non-state actor overtakes territory",
    ), got and got.reason


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old was shot and killed outside a nightclub in Lagos early Sunday.",
        "The shop owner was fatally shot during the raid on the market in Goma.",
        "A taxi driver was gunned down on Tuesday in Culiacán.",
    ],
)
def test_a_person_shot_dead_is_an_attack_without_a_victim_noun(text: str) -> None:
    got = classify_sentence(text)
    assert got is not None and got.sub_event_type == "Attack", got


@pytest.mark.parametrize(
    "text",
    [
        "The wounded man fell to the ground outside the bar in Kisumu.",
        "She regained consciousness at the hospital in Kharkiv on Monday.",
        "The suspect entered 14 Market Street and demanded cash from the clerk in Accra.",
        "He pulled out a handgun in the parking lot of the mall in Monterrey.",
    ],
)
def test_everyday_movements_are_not_territory(text: str) -> None:
    got = classify_sentence(text)
    assert got is None or "territory" not in got.sub_event_type, got
