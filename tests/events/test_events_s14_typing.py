"""Session 14 smoke on typing: air defences that fire at or down drones and missiles disrupt a
weapon's use; paramilitary rangers are a military target; aircraft that bomb make an air strike;
a verdict or an anniversary is no event; a chemical attack told as an accusation is one; a modal
after a trigger noun ("fighting could spread") is no event; a crowd that beats suspected thieves is
mob violence; a moved headquarters is a base established."""

import pytest
from typing_helpers import sub_type as _sub

from sitrep.events.lexicon import load_lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired at an Israeli drone over Nabatieh on Tuesday.",
        "Hezbollah said its fighters launched a surface-to-air missile at an Israeli drone over the Bekaa.",
        "The Houthis said they downed a US MQ-9 Reaper drone over Marib province.",
        "Anti-aircraft fire targeted a Turkish drone over Tal Rifaat on Sunday.",
        "Russian air defences engaged Ukrainian drones over Kursk region overnight.",
        "Two Ukrainian missiles were downed over Crimea, the Russian governor said.",
        "Fighters of the PDF shot at a junta drone over their camp in Sagaing.",
    ],
)
def test_air_defence_fire_disrupts_a_weapon(text):
    assert _sub(text) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text, expected",
    [
        # small-arms fire at soldiers or a manned helicopter stays a fight
        ("Hezbollah fighters fired at Israeli soldiers near the border on Monday.", "Armed clash"),
        ("Rebels fired on a military helicopter near Kidal, forcing it to turn back.", "Armed clash"),
        # downing a manned aircraft is no interception of a remote weapon
        ("A air force jet was downed during the operation near Konduga.", None),
        # a workers' strike is no downing
        ("Dock workers downed tools at the port of Mombasa on Monday.", "Peaceful protest"),
    ],
)
def test_air_defence_is_not_every_fire_at_aircraft(text, expected):
    assert _sub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents opened fire on a group of paramilitary rangers guarding a school in Pattani.",
        "Militants attacked a ranger outpost in Narathiwat, police said.",
        "Gunmen ambushed Pakistani Rangers near Karachi on Friday.",
    ],
)
def test_rangers_are_a_military_target(text):
    assert _sub(text) == "Armed clash"


def test_a_park_ranger_is_no_rule_of_its_own():
    # only paramilitary, border or national rangers are named as forces: a sports team is not
    assert _sub("Texas Rangers fans attacked a bus of rival supporters in Dallas.") != "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Junta aircraft bombed a monastery sheltering displaced villagers in Sagaing region.",
        "Military aircraft struck a market in Nyala on Sunday, killing 12.",
        "Syrian jets pounded rebel positions in Idlib overnight.",
    ],
)
def test_aircraft_that_bomb_make_an_air_strike(text):
    assert _sub(text) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "A court in Bamako sentenced two men to death for their role in the 2015 attack on a hotel, in which 20 people were killed.",
        "A military tribunal in Kinshasa convicted 11 soldiers of killing villagers in Ituri.",
        "The former commander was found guilty of ordering the massacre of 40 civilians in Nyala.",
        "Three men went on trial for the bombing of a church in Jolo that killed 23 people.",
    ],
)
def test_a_verdict_is_no_event(text):
    assert _sub(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a court building attacked, a judge killed: no verdict, an event
        ("Gunmen killed a judge outside his home in Kano on Monday.", "Attack"),
        ("Militants stormed a court in Quetta, killing two policemen.", "Armed clash"),
    ],
)
def test_courts_and_judges_can_still_be_hit(text, expected):
    assert _sub(text) == expected


def test_a_verdict_vetoes_its_own_sentence_only():
    lex = load_lexicon()
    assert "COURT_VERDICT" in lex.sentence_vetoes
    context = "A court in Mogadishu sentenced a militant to death on Sunday."
    assert _sub("Al-Shabaab fighters killed four soldiers in Afgoye on Monday.", context=context) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels accused government forces of dropping barrels containing chlorine on a village in Idlib.",
        "The opposition accused the army of firing shells filled with toxic gas at Douma on Saturday.",
    ],
)
def test_a_chemical_attack_told_as_an_accusation_is_one(text):
    assert _sub(text) == "Chemical weapon"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the main clause's own event wins over the accusation
        ("The ministry said it launched airstrikes on militants it accused of a chlorine attack on Monday.", "Air/drone strike"),
        # other accusations still block
        ("Police accused the suspects of killing a farmer in Kaduna.", None),
        # a denial still blocks
        ("The government denied using chlorine in Douma.", None),
    ],
)
def test_accusation_tolerance_is_the_chemical_rules_only(text, expected):
    assert _sub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned that fighting could soon spread to El Fasher.",
        "Clashes may erupt again in Tripoli if talks fail, analysts said.",
        "An offensive is expected to begin in Ituri next month.",
        "Residents marked the first anniversary of the massacre in Bucha on Friday.",
        "Families gathered to commemorate the 2014 abduction of the Chibok schoolgirls.",
    ],
)
def test_what_may_come_and_what_is_remembered_are_no_events(text):
    assert _sub(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An attack that may have killed dozens hit a market in Gao on Sunday.", "Attack"),
        ("Fighting resumed in Khartoum on Monday, residents said.", "Armed clash"),
    ],
)
def test_hedged_and_past_events_stay_events(text, expected):
    assert _sub(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A crowd beat two suspected thieves to death in Port-au-Prince on Monday.", "Mob violence"),
        ("Police beat protesters in Nairobi on Tuesday.", "Excessive force against protesters"),
    ],
)
def test_a_crowd_punishing_suspects_is_no_protest(text, expected):
    assert _sub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ISKP moved its headquarters to Kunar province, a UN report said.",
        "Ansar Allah relocated its military command to the mountains near Saada.",
    ],
)
def test_a_moved_headquarters_is_a_base_established(text):
    assert _sub(text) == "Headquarters or base established"
