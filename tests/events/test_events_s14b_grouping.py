"""Session 14, round 4 on grouping and background: a sentence opened by "Separately", "Elsewhere"
or "In another attack" is another event; a fight that followed an attack on civilians is another
event; a campaign recalled with a year only ("since it resumed fighting in 2021") or a trigger
noun naming a group's earlier violence ("the group behind a bombing in X") is no event; remote
violence on camps, markets or homes with no target named has civilians as its second actor."""

from datetime import date

import pytest

from sitrep.events.runner import text_article

_DAY = date(2024, 6, 11)


def _events(runner, text: str):
    return list(runner.doc(text_article("s14b", text, _DAY)).events or ())


def _subs(runner, text: str) -> list[str]:
    return [e.sub_event_type for e in _events(runner, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            (
                "A drone strike hit a crowded market in Kadugli on Sunday, killing 11 people, activists said. "
                "Separately, artillery shelling of a village north of the town killed three people on Sunday."
            ),
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
        (
            (
                "Al-Shabaab fighters ambushed a military convoy near Balcad on Sunday, killing four soldiers. "
                "In a separate incident, a roadside bomb struck a minibus near Afgooye, killing three passengers."
            ),
            ["Armed clash", "Remote explosive/landmine/IED"],
        ),
        (
            (
                "An air strike hit a market in Maungdaw on Monday, killing six traders, residents said. "
                "Elsewhere, rebels shelled a police post late on Monday, wounding three officers."
            ),
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
    ],
)
def test_a_sentence_set_apart_is_another_event(runner, text, expected):
    assert sorted(_subs(runner, text)) == sorted(expected)


def test_a_plain_follow_up_sentence_joins_the_event(runner):
    text = (
        "A drone strike hit a crowded market in Kadugli on Sunday, killing 11 people, activists said. "
        "The strike also wounded dozens of shoppers."
    )
    assert _subs(runner, text) == ["Air/drone strike"]


def test_a_fight_after_an_attack_on_civilians_is_another_event(runner):
    text = (
        "Militiamen killed nine villagers with machetes in Djugu territory on Sunday, local officials said. "
        "The assailants then fought UN peacekeepers who came to the rescue, and two attackers were killed."
    )
    events = sorted(_events(runner, text), key=lambda e: e.evidence[0].start)
    assert [e.sub_event_type for e in events] == ["Attack", "Armed clash"]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Civilians")
    assert events[0].fatalities == 9 and events[1].fatalities == 2


@pytest.mark.parametrize(
    "text",
    [
        "The M23 has taken large parts of North Kivu since it resumed fighting in 2021.",
        "The Taliban have controlled the valley since they launched their offensive in 2019.",
    ],
)
def test_a_campaign_recalled_by_its_year_is_no_event(runner, text):
    assert _events(runner, text) == []


def test_a_recalled_capture_with_a_month_keeps_its_event(runner):
    assert _subs(runner, "The M23 has held Bunagana since it seized the town in June 2022.") == [
        "Non-state actor overtakes territory"
    ]


def test_the_group_behind_an_earlier_bombing_is_no_new_bombing(runner):
    text = "The army says the gunmen were linked to the group behind a bombing in Jolo."
    assert _events(runner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The toll from Friday's shelling of two displacement camps west of Goma has risen to 35, the government said.",
        "Artillery fire struck a hospital in Omdurman on Tuesday, medics said.",
    ],
)
def test_remote_violence_on_shelters_targets_civilians(runner, text):
    events = _events(runner, text)
    assert events and events[0].actor2 is not None and events[0].actor2.name.startswith("Civilians")


def test_remote_violence_on_a_position_does_not(runner):
    events = _events(runner, "Artillery fire struck army positions near Bakhmut on Tuesday.")
    assert events and not (events[0].actor2 and events[0].actor2.name.startswith("Civilians"))


def test_a_suspect_involved_in_a_shooting_keeps_the_shooting(runner):
    text = "Police are seeking a suspect involved in a shooting on Route 9 on Sunday that wounded a driver."
    assert _subs(runner, text) != []
