"""Session 16d, typing round 9: a measure and its cause, looting beside a fight, an earlier riot.

A curfew or state of emergency imposed "after clashes killed 12" is two events: the measure and
the violence its own clause tells, when that violence is recent and harmful ("came a week after",
"last year" keep it quiet). A curfew told at the close of a story led by violence is a detail of
it, no event. A raid that only looted, told apart from the fight in the next sentence, is looting.
Rioting told as the crowd's earlier act ("had earlier broken into") is a riot of its own beside the
force used on the protest."""

from datetime import date

import pytest

from sitrep.events.modality import measure_cause
from sitrep.events.runner import EventRunner, text_article

_DAY = date(2024, 6, 3)


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _events(runner, text: str, day: date = _DAY):
    return list(runner.doc(text_article("s16d", text, day)).events or ())


def _subs(runner, text: str) -> list[str]:
    return sorted(d.sub_event_type for d in _events(runner, text))


# --- a measure and its cause ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Authorities imposed a curfew in Jos after clashes killed 12 people.", "clashes"),
        ("A state of emergency was declared in Tillaberi after gunmen killed nine villagers.", "gunmen"),
        ("Officials imposed a dusk-to-dawn curfew in Kasese following an attack that left 14 dead.", "attack"),
    ],
)
def test_a_measures_clause_of_recent_harm_is_its_cause(text, word):
    assert measure_cause(text, text.index(word)) is not None


@pytest.mark.parametrize(
    "text, word",
    [
        # the opener puts the violence at a distance
        ("The curfew came a week after clashes killed 12 people in the city.", "clashes"),
        ("A curfew was imposed in Jos two months after gunmen killed 30 worshippers.", "gunmen"),
        # the clause dates it long before
        ("Authorities imposed a curfew in Jos after clashes killed 12 people last year.", "clashes"),
        # no harm of its own: the measure alone
        ("Curfew imposed in Baidoa after clashes", "clashes"),
    ],
)
def test_a_distant_or_harmless_clause_is_no_cause(text, word):
    assert measure_cause(text, text.index(word)) is None


@pytest.mark.parametrize(
    "text, violent",
    [
        (
            "Curfew in Jos\n\nJOS (wire) - Authorities imposed a curfew in Jos on Sunday after clashes between herders and "
            "farmers killed 12 people, police said.",
            "Battles",
        ),
        (
            "Emergency declared in Tillaberi\n\nNIAMEY (wire) - A state of emergency was declared in Tillaberi region on "
            "Monday after gunmen "
            "killed nine villagers, officials said.",
            "Violence against civilians",
        ),
        (
            "Emergency in Djugu\n\nBUNIA (wire) - Officials declared a state of emergency in Djugu on Tuesday after militiamen "
            "killed 20 displaced people at a camp.",
            "Violence against civilians",
        ),
    ],
)
def test_a_measure_after_recent_violence_is_two_events(runner, text, violent):
    events = _events(runner, text)
    measure = [d for d in events if d.sub_event_type == "Change to group/activity"]
    cause = [d for d in events if d.event_type == violent]
    assert len(measure) == 1 and len(cause) == 1
    # the measure keeps neither the cause's toll nor its perpetrators
    assert measure[0].fatalities in (None, 0)
    assert not measure[0].actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    "text",
    [
        "Curfew in Kano\n\nKANO (wire) - Police imposed a curfew in Kano on Monday. The curfew came a week after clashes killed "
        "12 people in the city.",
        "Curfew in Jos\n\nJOS (wire) - Authorities imposed a curfew in Jos on Sunday after clashes killed 12 people "
        "there last year.",
    ],
)
def test_a_recalled_cause_stays_quiet(runner, text):
    events = _events(runner, text)
    assert [d.sub_event_type for d in events] == ["Change to group/activity"]
    assert events[0].fatalities in (None, 0)


def test_a_curfew_closing_a_violent_story_is_no_event(runner):
    text = (
        "Shelling kills 14 in Kharkiv\n\nKHARKIV (wire) - Russian artillery shelled Kharkiv on Tuesday, "
        "killing 14 people at a market, regional officials said. A curfew was declared in the city until "
        "Thursday morning."
    )
    assert _subs(runner, text) == ["Shelling/artillery/missile attack"]


def test_a_curfew_headlined_after_violence_stays_an_event(runner):
    text = (
        "Curfew imposed in Kaduna after deadly clashes\n\nKADUNA (wire) - Clashes between rival youth groups "
        "killed seven people in Kaduna on Saturday. Authorities imposed a 24-hour curfew in the city on Sunday."
    )
    assert "Change to group/activity" in _subs(runner, text)


# --- looting beside a fight -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, looter",
    [
        (
            "Insurgents raid Mocimboa da Praia\n\nPEMBA (wire) - Insurgents raided the town of Mocimboa da Praia in Cabo Delgado on Monday, looting "
            "shops and warehouses, residents said. Mozambican troops fought the insurgents on the outskirts of "
            "the town until nightfall.",
            "Islamic State Mozambique Province",
        ),
        (
            "Militants storm Gubio\n\nMAIDUGURI (wire) - Boko Haram fighters stormed Gubio on Friday, looting food stores and a pharmacy, "
            "residents said. Nigerian soldiers later fought the militants near the town's barracks.",
            "Boko Haram",
        ),
    ],
)
def test_a_raid_that_only_looted_beside_a_fight_is_looting(runner, text, looter):
    events = _events(runner, text)
    subs = {d.sub_event_type for d in events}
    assert {"Looting/property destruction", "Armed clash"} <= subs
    looting = next(d for d in events if d.sub_event_type == "Looting/property destruction")
    assert looting.actor1.name.startswith(looter.split()[0]) or looting.actor1.name.startswith("Unidentified")


def test_a_raid_that_killed_stays_an_attack(runner):
    text = (
        "Eight killed in Mamove\n\nBENI (wire) - ADF fighters raided the village of Mamove on Tuesday, killing eight civilians and looting "
        "shops. Congolese soldiers fought the attackers near the village later that day."
    )
    subs = _subs(runner, text)
    assert "Looting/property destruction" not in subs
    assert subs and set(subs) <= {"Attack", "Armed clash"}


# --- an earlier riot --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police fire on quota protesters\n\nDHAKA (wire) - Police fired on students protesting against job quotas in Dhaka on Thursday, killing "
        "six, witnesses said. Some protesters had earlier broken into a state broadcaster's offices and set "
        "part of them on fire.",
        "Three shot at Kampala fuel protest\n\nKAMPALA (wire) - Police shot dead three demonstrators at a protest against fuel prices in Kampala on "
        "Monday, rights groups said. Protesters had earlier smashed shop windows and burned tyres on the "
        "main road.",
    ],
)
def test_an_earlier_riot_is_an_event_of_its_own(runner, text):
    events = _events(runner, text)
    subs = {d.sub_event_type for d in events}
    assert {"Excessive force against protesters", "Violent demonstration"} <= subs
    riot = next(d for d in events if d.sub_event_type == "Violent demonstration")
    assert riot.actor1.name.startswith("Rioters")
