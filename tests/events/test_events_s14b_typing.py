"""Session 14, round 4 on typing: suspended or broken-off talks and an expiring truce are no
agreement; a deployment in answer to the story's event is no new event; a tally over a period and
several provinces is no single event; bombs that strike or land on a place are shelling; an attack
on a base or garrison is a fight with the state; a sentence about what a word means tells no event;
explosives recovered are no explosion; drone boats and missiles fired at ships are remote violence
(a ship is no road tanker)."""

import pytest
from typing_helpers import sub_type as _sub


@pytest.mark.parametrize(
    "text",
    [
        "President Andres Rivas suspended peace talks with the rebel alliance after the ambush.",
        "The junta broke off negotiations with the Arakan Army on Thursday.",
        "The government called off the dialogue with the Fano leadership.",
        "Talks between the two sides collapsed in Jeddah on Saturday.",
        "Fighting is expected to resume once the truce expires next week.",
        "The militia pulled out of the ceasefire on Monday, its spokesman said.",
        "Each side accused the other of violating the truce brokered by Qatar.",
    ],
)
def test_talks_undone_are_no_agreement(text):
    assert _sub(text) != "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides signed a ceasefire agreement in Doha on Sunday.",
        "The government and the ELN agreed to a six-month truce on Friday.",
        "Hamas and Israel agreed to a prisoner exchange mediated by Egypt.",
    ],
)
def test_agreements_stay(text):
    assert _sub(text) == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Police said they had sent tactical teams to the area.",
        "Soldiers were deployed to the scene to restore calm, the governor said.",
        "The army rushed reinforcements to the affected villages on Tuesday.",
        "A police official said the attackers fled after reinforcements arrived.",
    ],
)
def test_response_deployment_is_no_event(text):
    assert _sub(text) != "Change to group/activity"


def test_a_deployment_of_its_own_stays_a_change():
    assert _sub("The army deployed two brigades to Kidal on Monday.") == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Islamist attacks killed at least 23 soldiers across Mopti, Segou and Kayes regions this month, according to a tally by local officials.",
        "Attacks by armed groups killed 40 people across Ituri, North Kivu and South Kivu provinces last week, according to a count by a rights group.",
        "According to an AFP tally, 18 police officers were killed in the northwest this week.",
    ],
)
def test_a_tally_over_a_period_is_no_event(text):
    assert _sub(text) is None


def test_one_attack_with_a_toll_stays():
    assert _sub("Jihadists killed 14 soldiers at a checkpoint near Djibo on Sunday, officials said.") is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bombs struck a market in Kharkiv on Friday, killing four shoppers.", "Shelling/artillery/missile attack"),
        ("Bombs landed on a displacement camp near El Fasher, killing nine.", "Shelling/artillery/missile attack"),
        # a roadside bomb or a car bomb stays a planted device
        ("A roadside bomb struck a minibus near Afgooye, killing three passengers.", "Remote explosive/landmine/IED"),
        ("Car bombs hit two checkpoints in Mogadishu on Tuesday.", "Remote explosive/landmine/IED"),
    ],
)
def test_bombs_that_strike_a_place_are_shelling(text, expected):
    assert _sub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Separatist fighters attacked a naval air base in Gwadar on Tuesday night, officials said.",
        "Gunmen attacked an army garrison near Bunia before dawn.",
        "Insurgents stormed a military base in Tillaberi region on Thursday.",
    ],
)
def test_an_attack_on_a_base_is_a_fight(text):
    assert _sub(text) == "Armed clash"


def test_an_attack_on_a_village_stays_an_attack():
    assert _sub("Gunmen attacked a village near Bunia before dawn, killing seven residents.") == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        'Officials often use the word "neutralised" to imply that fighters surrendered or were killed.',
        "In official statements, the term 'pacified' is a euphemism for villages that were burned.",
    ],
)
def test_a_sentence_about_words_is_no_event(text):
    assert _sub(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Troops recovered two rifles and an improvised explosive device from the hideout.",
        "Police seized explosives and detonators in a raid on a house in Quetta.",
    ],
)
def test_explosives_recovered_are_no_explosion(text):
    assert _sub(text) != "Remote explosive/landmine/IED"


def test_an_explosion_stays():
    assert _sub("An improvised explosive device exploded near a patrol in Kidal.") == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Houthi forces fired two anti-ship missiles at a Liberian-flagged tanker in the Gulf of Aden.", "Shelling/artillery/missile attack"),
        ("A Houthi drone boat struck a bulk carrier off Mocha, damaging its hull.", "Remote explosive/landmine/IED"),
        ("The Houthis attacked a cargo ship with an uncrewed surface vessel in the Red Sea.", "Remote explosive/landmine/IED"),
    ],
)
def test_attacks_on_ships(text, expected):
    assert _sub(text) == expected


def test_a_road_tanker_blast_is_still_an_accident():
    assert _sub("A fuel tanker exploded on the highway near Onitsha, killing 12.") is None
