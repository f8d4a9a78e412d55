"""Session 16 smoke: 48 short articles of our own from conflicts the dev sets lack (Myanmar,
Sahel, Sudan, DRC, Ethiopia, Somalia, Yemen, Gaza/Lebanon/Syria, Ukraine, Colombia, Mexico, Haiti,
Pakistan, Mozambique, Nigeria, Kenya/Bangladesh/Iran protests, Afghanistan), with every ACLED
sub-event type and non-events; the expected events (type, sub-type, actor1, actor2) were written
before the first run (s16_smoke/articles.jsonl; "note" marks three aligned afterwards with the
project's conventions). A floor on the fields matched, then the phenomena fixed this round."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "s16_smoke"))
from score import score, totals  # noqa: E402

from sitrep.events.runner import text_article  # noqa: E402

# Fields matched on the session's final code: type 42, sub 42, actor1 39, actor2 38 of 45 (before
# this round: 40, 38, 34, 33); after round 8 (helper 76): 43, 43, 41, 41, 11 extras. Floors one
# below, so a regression anywhere fails.
FLOORS = {"type": 47, "sub": 47, "actor1": 47, "actor2": 46}  # round 9: 48/48/48/47 of 48
MAX_EXTRAS = 12  # drafts no expected event matches (11 now; most are second sentences of one event)


@pytest.fixture(scope="module")
def scored(runner):
    return score(runner, 0.0)


@pytest.fixture(scope="module")
def runner():
    from sitrep.events.runner import EventRunner

    return EventRunner()


def test_fields_matched_stay_above_the_floor(scored):
    t = totals(scored)
    assert t["expected"] == 48
    for field, floor in FLOORS.items():
        assert t[field] >= floor, (field, t[field])
    assert t["extras"] <= MAX_EXTRAS


def _drafts(runner, text: str, day: date):
    return list(runner.doc(text_article("s16", text, day)).events or ())


@pytest.mark.parametrize(
    "text, day, actor1",
    [
        # an event dated before 15 August 2021, reported after it: the Taliban, not the state
        ("Taliban fighters shot dead four former soldiers in Ghazni on 3 March 2020, a UN report said on Monday.", date(2023, 7, 10), "Taliban"),
        ("Taliban fighters attacked a police checkpoint in Kunduz on 20 June 2021, killing six officers, the report said.", date(2022, 2, 1), "Taliban"),
        # an event of the article's own days after the takeover: Afghanistan's state forces
        ("Taliban fighters shot dead two men at a checkpoint in Herat on Sunday, relatives said.", date(2023, 7, 10), "Military Forces of Afghanistan"),
    ],
)
def test_the_taliban_are_dated_by_the_event_not_the_article(runner, text, day, actor1):
    drafts = _drafts(runner, text, day)
    assert drafts and drafts[0].actor1.name == actor1


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Soldiers fought off the militants near Gao for three hours before air support arrived.", "Armed clash"),
        ("Troops repelled the insurgents at Damboa with air support, the army said.", "Armed clash"),
    ],
)
def test_air_support_that_arrives_is_part_of_the_battle(runner, text, sub):
    assert [d.sub_event_type for d in _drafts(runner, text, date(2024, 3, 1))][:1] == [sub]


@pytest.mark.parametrize(
    "text, sub",
    [
        ("The ELN said on Friday it was ending the unilateral ceasefire it declared in August.", "Change to group/activity"),
        ("Houthi leaders announced an end to the truce with Saudi-backed forces on Sunday.", "Change to group/activity"),
        ("Soldiers rounded up nine men at a market in Mopti and shot them, witnesses said.", "Attack"),
        ("Soldiers arrested nine men at a market in Mopti on Monday, witnesses said.", "Arrests"),
        ("Thousands protested peacefully in Tehran on Sunday over the death of a student who died in custody.", "Peaceful protest"),
        ("A crowd of villagers beat and burned to death two suspected thieves in Cap-Haitien on Monday.", "Mob violence"),
    ],
)
def test_typing_phenomena(runner, text, sub):
    assert sub in [d.sub_event_type for d in _drafts(runner, text, date(2024, 3, 1))]


@pytest.mark.parametrize(
    "text, actor2",
    [
        ("Russian artillery shelled Ukrainian positions near Avdiivka on Tuesday, the ministry said.", "Military Forces of Ukraine"),
        ("Ukrainian artillery shelled Russian trenches near Bakhmut overnight, the ministry said.", "Military Forces of Russia"),
    ],
)
def test_a_country_form_before_positions_names_its_forces(runner, text, actor2):
    drafts = _drafts(runner, text, date(2024, 3, 1))
    assert drafts and drafts[0].actor2 is not None and drafts[0].actor2.name == actor2


def test_coordinated_host_forces_lead_a_named_foreign_group(runner):
    text = "Burkinabe soldiers and fighters of the Wagner Group executed 30 villagers in Kassoum on Monday."
    drafts = _drafts(runner, text, date(2024, 3, 1))
    assert drafts and drafts[0].actor1.name == "Military Forces of Burkina Faso"
