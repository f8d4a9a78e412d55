"""Session 14 smoke on actors: Haftar's forces are the LNA, paramilitary rangers and junta aircraft
are state forces; the side accused or blamed is the doer, the accuser a source; a group that says
"on Monday" it took a town is the taker; a participle after a comma belongs to the clause's
subject; the other party of an agreement is actor2; the side that withdrew gives the ground up."""

from datetime import date

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.roles import score_roles
from sitrep.events.runner import text_article

_DAY = date(2024, 3, 5)


def _events(runner, text: str, country: str | None = None):
    art = text_article("s14a", text, _DAY)
    if country:
        from dataclasses import replace

        art = replace(art, country=country)
    return list(runner.doc(art).events or ())


def _names(text: str, country: str | None = None) -> list[str]:
    return [m.actor.name for m in default_dictionary().mentions(text, 0, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces took control of a border crossing near Ghat.",
        "LNA forces shot down a drone over Sirte.",
        "Forces loyal to Khalifa Haftar shelled southern Tripoli.",
        "The Libyan National Army said its jets struck Derna.",
    ],
)
def test_haftars_forces_are_the_lna(text):
    assert _names(text) == ["LNA: Libyan National Army"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Paramilitary rangers were wounded in Yala on Monday.", "Military Forces of Thailand"),
        ("A bomb hit a ranger patrol in Narathiwat.", "Military Forces of Thailand"),
        ("Thai rangers were wounded in Yala.", "Military Forces of Thailand"),
        ("Junta aircraft bombed a monastery in Sagaing.", "Military Forces of Myanmar"),
    ],
)
def test_rangers_and_junta_aircraft_are_state_forces(text, name):
    assert name in _names(text, name.removeprefix("Military Forces of "))


def test_a_sports_team_is_no_ranger_force():
    assert _names("The Texas Rangers won again on Sunday.", "United States") == []


@pytest.mark.parametrize(
    "text, doer, accuser",
    [
        ("Rebels accused government forces of dropping chlorine on Saraqib.", "government forces", "Rebels"),
        ("The opposition blamed the army for the shelling of the market.", "army", None),
    ],
)
def test_the_accused_is_the_doer_the_accuser_a_source(text, doer, accuser):
    mentions = default_dictionary().mentions(text, 0, "Syria")
    scores = {s.mention.actor.text: s for s in score_roles(text, mentions, "Explosions/Remote violence")}
    assert scores[doer].agent > scores[doer].patient
    if accuser:
        assert scores[accuser].source


def test_a_blamed_group_replaces_a_guessed_doer(runner):
    text = "A drone struck a power station in Omdurman on Wednesday. The army blamed the Rapid Support Forces."
    events = _events(runner, text)
    assert [(e.sub_event_type, e.actor1.name) for e in events] == [("Air/drone strike", "Rapid Support Forces")]


def test_a_protest_keeps_its_protesters_when_a_party_is_blamed(runner):
    text = "Hundreds of youths protested in Awka on Monday over the election. The protesters blamed the PDP for rigging."
    events = _events(runner, text, "NG")
    assert events and events[0].actor1.name.startswith("Protesters")


@pytest.mark.parametrize(
    "text, taker, loser",
    [
        (
            "The Arakan Army said on Monday it had captured the town of Paletwa after weeks of fighting with the military, taking the last army post in the township.",
            "AA: Arakan Army",
            "Military Forces of Myanmar",
        ),
        (
            "The Houthis said on Thursday they had targeted a merchant ship in the Gulf of Aden with missiles.",
            "Houthi Movement",
            None,
        ),
    ],
)
def test_a_group_saying_when_it_acted_is_the_doer(runner, text, taker, loser):
    events = _events(runner, text)
    assert events and events[0].actor1.name.startswith(taker)
    assert events[0].claim.status == "claimed"
    if loser:
        assert events[0].actor2 is not None and events[0].actor2.name.startswith(loser)


def test_a_participle_after_a_comma_is_the_subjects():
    text = "Troops fought the militants for hours near Bama, killing 12 of them."
    mentions = default_dictionary().mentions(text, 0, "Nigeria")
    scores = {s.mention.actor.text: s for s in score_roles(text, mentions, "Battles")}
    assert scores["militants"].cue != "agent wording"
    assert scores["Troops"].agent > scores["militants"].agent


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "The ELN and the Colombian government signed an agreement in Havana on Friday to extend their ceasefire.",
            {"ELN: National Liberation Army", "Government of Colombia"},
        ),
        (
            "The Sudanese army and the Rapid Support Forces agreed to a seven-day truce in Jeddah on Saturday.",
            {"Military Forces of Sudan", "Rapid Support Forces"},
        ),
    ],
)
def test_the_other_party_to_an_agreement_is_actor2(runner, text, parties):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Agreement"]
    assert {events[0].actor1.name.split(" (")[0], events[0].actor2.name.split(" (")[0]} == parties


def test_the_side_that_withdrew_is_actor2(runner):
    text = "Islamic State fighters occupied the town of Mocimboa da Praia on Friday after government troops withdrew, residents said."
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Military Forces of Mozambique")
