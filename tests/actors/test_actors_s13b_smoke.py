"""Session 13, round 2 smoke on actors: a state named by its weapon ("an Israeli strike", "a
Russian drone strike") is the doer even after a victim's passive ("were killed in an Israeli
strike"); groups of Papua, South Sudan and Mali are named as ACLED names them, and a longer
name wins over a shorter one inside it ("West Papua National Liberation Army" is no ELN)."""

from datetime import date

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.roles import score_roles
from sitrep.events.runner import text_article


@pytest.mark.parametrize(
    "text, doer",
    [
        ("Two Hezbollah fighters were killed in an Israeli strike near Tyre on Monday.", "Israeli strike"),
        ("Four civilians were killed in a Russian drone strike on Sumy on Monday.", "Russian drone strike"),
        ("Three PKK fighters died in a Turkish air strike near Sinjar on Monday.", "Turkish air strike"),
    ],
)
def test_a_state_named_by_its_weapon_is_the_doer(text, doer):
    mentions = default_dictionary().mentions(text, 0, None)
    scores = {s.mention.actor.text: s for s in score_roles(text, mentions, "Explosions/Remote violence")}
    assert scores[doer].agent > scores[doer].patient


@pytest.mark.parametrize(
    "text, actor1",
    [
        ("A Hezbollah fighter was killed in an Israeli strike near Tyre on Monday.", "Military Forces of Israel"),
        ("Five people were killed in a Russian missile strike on Odesa on Monday.", "Military Forces of Russia"),
    ],
)
def test_the_weapons_owner_is_actor1(runner, text, actor1):
    doc = runner.doc(text_article("s13b-w", text, date(2024, 2, 14)))
    assert [e.actor1.name.split(" (")[0] for e in doc.events or ()] == [actor1]


def test_a_states_men_are_no_weapon():
    text = "Israeli soldiers were killed in a Hamas ambush in Gaza City on Monday."
    mentions = default_dictionary().mentions(text, 0, None)
    scores = {s.mention.actor.text: s for s in score_roles(text, mentions, "Battles")}
    assert scores["Israeli soldiers"].patient > scores["Israeli soldiers"].agent


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rebels of the West Papua National Liberation Army shot dead a pilot.", "TPNPB: West Papua National Liberation Army"),
        ("The TPNPB said its fighters burned a school in Intan Jaya.", "TPNPB: West Papua National Liberation Army"),
        ("Fighters of the National Salvation Front attacked a barge on the Nile.", "NAS: National Salvation Front"),
        ("The Permanent Strategic Framework said it had seized a base near Kidal.", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
        ("Rebels of the CSP seized the town of Ber from the army.", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
        ("Fighters of the National Liberation Army ambushed soldiers in Arauca.", "ELN: National Liberation Army"),
    ],
)
def test_groups_named_as_acled_names_them(text, name):
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, None)]
    assert name in names


@pytest.mark.parametrize(
    "text, forces",
    [
        (
            ("Protesters demanding the president's resignation clashed with police at Juliaca airport on "
            "Monday, burning cars; 17 people were killed."),
            "Police Forces of Peru",
        ),
        (
            "Rioters fought running battles with police in Dakar on Thursday, looting shops; two people died.",
            "Police Forces of Senegal",
        ),
    ],
)
def test_the_forces_a_riot_fights_are_actor2(runner, text, forces):
    doc = runner.doc(text_article("s13b-r", text, date(2023, 6, 2)))
    riots = [e for e in doc.events or () if e.event_type == "Riots"]
    assert riots and riots[0].actor2 is not None and riots[0].actor2.name.startswith(forces)


@pytest.mark.parametrize(
    "text, weapon",
    [
        ("Hezbollah fighters fired at an Israeli drone over Kfar Kila on Monday.", "Israeli drone"),
        ("Houthi forces shot down a US drone over Marib on Monday.", "US drone"),
    ],
)
def test_a_weapon_shot_at_is_no_doer(text, weapon):
    mentions = default_dictionary().mentions(text, 0, None)
    scores = {s.mention.actor.text: s for s in score_roles(text, mentions, "Battles")}
    assert weapon not in scores or scores[weapon].cue != "agent wording (its weapon struck)"


@pytest.mark.parametrize(
    "text, group",
    [
        (
            ("Unknown gunmen killed four soldiers at a checkpoint in Aba on Thursday, the army said, "
            "blaming the proscribed IPOB group."),
            "IPOB: Indigenous People of Biafra",
        ),
        (
            "Gunmen killed six villagers near Beni on Monday, officials said, blaming ADF rebels.",
            "ADF: Allied Democratic Forces",
        ),
    ],
)
def test_the_group_a_source_blames_is_actor1(runner, text, group):
    doc = runner.doc(text_article("s13b-b", text, date(2022, 3, 25)))
    assert [e.actor1.name for e in doc.events or ()] == [group]


def test_a_denied_blame_lays_nothing_at_the_groups_door(runner):
    text = (
        "Unidentified attackers opened fire on a campaign rally in Okrika on Monday, killing one person. "
        "Several people at the rally blamed the PDP, though the party denies any involvement."
    )
    doc = runner.doc(text_article("s13b-d", text, date(2015, 3, 3)))
    violent = [e for e in doc.events or () if e.event_type == "Violence against civilians"]
    assert violent and all(e.actor1.name.startswith("Unidentified Armed Group") for e in violent)


@pytest.mark.parametrize(
    "text, taker, loser",
    [
        (
            "Russian troops withdrew from the town of Kherson on Friday, and Ukrainian forces entered the city.",
            "Military Forces of Ukraine",
            "Military Forces of Russia",
        ),
        (
            "Malian soldiers withdrew from their base in Anefis on Sunday, and CSP fighters moved in without a fight.",
            "CSP-PSD",
            "Military Forces of Mali",
        ),
    ],
)
def test_in_a_handover_the_side_that_withdrew_is_actor2(runner, text, taker, loser):
    doc = runner.doc(text_article("s13b-h", text, date(2022, 11, 11)))
    handovers = [e for e in doc.events or () if e.sub_event_type == "Non-violent transfer of territory"]
    assert [e.actor1.name.split(":")[0].split(" (")[0] for e in handovers] == [taker]
    assert handovers[0].actor2 is not None and handovers[0].actor2.name.startswith(loser)


def test_a_taker_named_first_stays_actor1(runner):
    text = "M23 rebels took control of the town of Rutshuru without a fight on Monday after the army left."
    doc = runner.doc(text_article("s13b-h2", text, date(2022, 11, 11)))
    handovers = [e for e in doc.events or () if e.sub_event_type == "Non-violent transfer of territory"]
    assert handovers and handovers[0].actor1.name.startswith("M23")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters attacked a MINUSCA patrol near Bozoum.", "MINUSCA"),
        ("Gunmen fired on an UNMISS convoy near Bor.", "UNMISS"),
        ("A UNIFIL patrol was hit near Naqoura.", "UNIFIL"),
    ],
)
def test_peacekeeping_missions_are_external_forces(text, name):
    found = [m.actor for m in default_dictionary().mentions(text, 0, None) if m.actor.name.startswith(name)]
    assert found and found[0].inter == 8
