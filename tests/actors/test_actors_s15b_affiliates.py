"""Session 15b: militias written as fighting for the state keep the ground they retake as the
state side's (ACLED: ground regained by government forces or their affiliates), and stay actor1;
a plain militia or rebel taker is no affiliate."""

import pytest

from sitrep.actors.roles import regaining_side, state_affiliate
from sitrep.types import Actor


@pytest.mark.parametrize(
    "text",
    ["Pro-government militias", "pro-regime fighters", "Government-backed militia", "army-backed militias"],
)
def test_militias_fighting_for_the_state_are_affiliates(text):
    assert state_affiliate(Actor("Unidentified Armed Group (Syria)", 3, 0, len(text), text))


@pytest.mark.parametrize("text", ["militias", "Rebel forces", "anti-government militias", "pro-democracy fighters"])
def test_other_armed_groups_are_no_affiliates(text):
    assert not state_affiliate(Actor("Unidentified Armed Group (Myanmar)", 3, 0, len(text), text))


def test_state_forces_are_no_affiliate_of_themselves():
    assert not state_affiliate(Actor("Military Forces of Sudan", 1, 0, 22, "pro-government soldiers"))


def test_an_affiliate_that_retakes_ground_stays_actor1():
    militia = Actor("Unidentified Armed Group (Democratic Republic of Congo)", 3, 0, 23, "Pro-government militias")
    adf = Actor("ADF: Allied Democratic Forces", 2, 60, 72, "ADF fighters")
    a1, a2, why = regaining_side(militia, adf, "Battles", "Government regains territory", "Democratic Republic of Congo")
    assert (a1, a2, why) == (militia, adf, "")


def test_a_rebel_named_in_a_regaining_still_lost_the_ground():
    rebels = Actor("Unidentified Armed Group (Central African Republic)", 3, 0, 6, "rebels")
    a1, a2, why = regaining_side(rebels, None, "Battles", "Government regains territory", "Central African Republic")
    assert a1.inter == 1 and a2 == rebels and "lost the ground" in why
