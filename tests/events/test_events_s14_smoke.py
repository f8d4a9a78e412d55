"""Session 14 smoke on the events stage and claims: a peaceful protest whose next sentence tells
that police dispersed it is a protest with intervention; a party that says, a few words later,
that it acted ("said on its website it had killed") claims the event, also in the sentence after
it ("said they carried out the assault"); three word lists moved from code to data build the same
patterns (a claim nobody makes, coordinated sides, partners named before a side)."""

from datetime import date

import pytest

from sitrep.events.claims import find_cues
from sitrep.events.grouping import intervention_in
from sitrep.events.lexicon import load_lexicon
from sitrep.events.runner import text_article

_DAY = date(2024, 6, 21)


def _events(runner, text: str):
    return list(runner.doc(text_article("s14e", text, _DAY)).events or ())


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of young people marched through Nairobi on Thursday against a finance bill. Police fired tear gas to disperse them near parliament.",
        "Students rallied outside the rectorate in Dhaka on Monday. Riot police broke up the gathering with batons.",
    ],
)
def test_an_intervention_told_next_makes_a_protest_with_intervention(runner, text):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces")


@pytest.mark.parametrize(
    "text",
    [
        # the demonstrators block the road: no forces act
        "Women marched through Yenagoa on Monday over a land dispute. The women blocked the entrance of the council for two hours.",
        # no arrest was made
        "Tens of thousands rallied outside parliament in Tbilisi on Sunday. Police said no one was arrested.",
    ],
)
def test_no_intervention_without_forces_acting(runner, text):
    assert [e.sub_event_type for e in _events(runner, text)] == ["Peaceful protest"]


def test_intervention_in_reads_modality():
    assert intervention_in("Police fired tear gas to disperse them.") is not None
    assert intervention_in("Police may disperse the march if it blocks the road.") is None
    assert intervention_in("The crowd blocked the road.") is None


@pytest.mark.parametrize(
    "text, by",
    [
        (
            "On 12 May, a roadside bomb planted by Al Shabaab exploded near an army truck in Lower Shabelle, wounding three soldiers. The group said on its website it had killed seven troops.",
            "Al Shabaab",
        ),
        (
            "TTP fighters stormed a police post in Bannu before dawn on Tuesday, killing six policemen in a gun battle, officials said. The Pakistani Taliban said they carried out the assault.",
            "TTP: Tehreek-i-Taliban Pakistan",
        ),
    ],
)
def test_a_party_saying_it_acted_claims_the_event(runner, text, by):
    events = [e for e in _events(runner, text) if e.event_type != "Strategic developments"]
    assert [(e.claim.status, e.claim.claimed_by) for e in events] == [("claimed", by)]


def test_claim_cues_with_words_between():
    kinds = [c.kind for c in find_cues("The group said in a statement on Telegram that it had downed a drone.")]
    assert "claim" in kinds
    kinds = [c.kind for c in find_cues("The governor said on Monday the city was calm.")]
    assert "claim" not in kinds and "report" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility for the blast.",
        "Nobody has yet claimed the attack.",
        "The group did not claim the bombing.",
        "Al-Shabaab hasn't claimed it.",
    ],
)
def test_a_claim_nobody_makes_is_no_claim(text):
    assert "claim" not in [c.kind for c in find_cues(text)]


def test_coordination_patterns_come_from_the_lexicon():
    lex = load_lexicon()
    assert lex.coordination is not None and lex.partner_before is not None
    assert lex.coordination.fullmatch(" and allied clan ")
    assert lex.coordination.fullmatch(" backed by ")
    assert not lex.coordination.fullmatch(" attacked the ")
    assert lex.partner_before.search("Nigerian and ")
    assert not lex.partner_before.search("Nigerian ")


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Malian troops and Wagner fighters recaptured the town of Anefis from the rebels on Monday.", "Government regains territory"),
        ("Nigerian and Chadian troops recaptured the town of Damasak from Boko Haram on Monday.", "Government regains territory"),
    ],
)
def test_joint_operations_keep_the_state_side(runner, text, sub):
    assert [e.sub_event_type for e in _events(runner, text)] == [sub]
