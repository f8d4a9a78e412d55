"""Session 13 smoke: typing and grouping on reports from many conflicts. A trigger word inside a
group's name ("Liberation Army") is no act; a state's "strikes" are air strikes; a killing in the
sentence of an abduction makes it an attack; a "since 2016" that dates a record is no aggregate;
a bare toll sentence ("Officials said nine people had died.") tells the deaths of the event
before it, a riot too, instead of becoming an attack of its own."""

from datetime import date

import pytest

from sitrep.events.runner import text_article
from typing_helpers import sub_type as _sub

_GROUND = {"Government regains territory", "Non-state actor overtakes territory"}






@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Moro Islamic Liberation Front attacked an army outpost in Maguindanao.",
        "Militants of the Baloch Liberation Army attacked a police station in Turbat, killing four officers.",
        "Gunmen of the Oromo Liberation Army attacked a bus near Gimbi, killing 12 passengers.",
    ],
)
def test_a_trigger_inside_a_name_is_no_act(text):
    assert _sub(text) not in _GROUND | {None}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels Seize Airport In Eastern Congo",
        "Insurgents Capture Town Of Mocimboa Da Praia",
    ],
)
def test_title_case_headlines_still_read(text):
    assert _sub(text) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish strikes on Kurdish positions near Qamishli killed four fighters.",
        "Israeli strikes hit the Nuseirat camp overnight, killing 18 people.",
        "Russian strikes destroyed a school in Kharkiv region on Friday.",
        "US-led strikes hit Islamic State hideouts in Anbar on Tuesday.",
    ],
)
def test_a_states_strikes_are_air_strikes(text):
    assert _sub(text) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Nationwide strikes by teachers paralysed schools across Kenya on Monday.",
        "Doctors in Lagos began strikes over unpaid salaries.",
    ],
)
def test_labour_strikes_are_no_air_strikes(text):
    assert _sub(text) != "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Bandits abducted 15 travellers and killed two who resisted near Funtua on Sunday.",
        "Gunmen kidnapped a priest in Enugu and shot dead his driver.",
        "Al-Shabaab militants stormed the village, killing six elders and abducting a dozen boys.",
    ],
)
def test_a_killing_makes_an_abduction_an_attack(text):
    assert _sub(text) == "Attack"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("ELN guerrillas kidnapped an oil worker in Arauca on Friday.", None),
        ("On Monday, gunmen abducted 12 women in Zurmi.", "Last week bandits killed five farmers in Maru."),
    ],
)
def test_an_abduction_without_killing_stays_one(text, context):
    assert _sub(text, context) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Kalehe on Friday, the first time it had fallen since 2012.",
        "Jihadists seized the town of Djibo on Sunday, the biggest loss for the army since 2015.",
    ],
)
def test_a_record_since_is_no_aggregate(text):
    assert _sub(text) == "Non-state actor overtakes territory"


def test_an_aggregate_since_still_blocks():
    assert _sub("The insurgents have killed more than 300 villagers since January.") is None


@pytest.mark.parametrize(
    ("text", "etype", "deaths"),
    [
        (
            (
                "Crowds set fire to shops and vehicles in Jos on Tuesday after a disputed election. "
                "The governor declared a curfew. Officials said at least nine people had died."
            ),
            "Riots",
            9,
        ),
        (
            "Mobs torched churches and homes in Jaranwala on Wednesday. Police said two people were killed.",
            "Riots",
            2,
        ),
    ],
)
def test_a_bare_toll_tells_the_deaths_of_the_event_before(runner, text, etype, deaths):
    doc = runner.doc(text_article("s13toll", text, date(2023, 8, 17)))
    events = [e for e in doc.events or () if e.event_type != "Strategic developments"]
    assert [e.event_type for e in events] == [etype]
    assert events[0].fatalities == deaths


def test_a_toll_with_its_own_place_is_not_bare(runner):
    text = (
        "Protesters blocked the main road in Bamako on Monday. "
        "In Gao, gunmen killed seven traders at a market."
    )
    doc = runner.doc(text_article("s13toll2", text, date(2023, 8, 17)))
    subs = {e.sub_event_type for e in doc.events or ()}
    assert "Attack" in subs


@pytest.mark.parametrize(
    "text",
    [
        "An IED planted by the Taliban killed four police officers in Helmand.",
        "An IED struck an army patrol near Damboa, killing two soldiers.",
        "A VBIED exploded at a checkpoint on the outskirts of Mogadishu.",
    ],
)
def test_an_ied_is_no_participle(text):
    assert _sub(text) == "Remote explosive/landmine/IED"
