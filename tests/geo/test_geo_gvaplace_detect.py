"""Headline words and city sides that a gazetteer knows as towns but the text does not use as places."""

from __future__ import annotations

import pytest

from sitrep.geo.detect import detect
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _found(gazetteer, text: str) -> list[str]:
    return [m.text for m in detect(text, gazetteer)]


def test_geo_title_case_headline_common_word_is_no_place(gazetteer):
    text = ("Three Dead, Five Hurt at Party in Memphis\n"
            "Five people were hurt and three killed when gunfire broke out at a party in Memphis.")
    found = _found(gazetteer, text)
    assert "Hurt" not in found
    assert "Memphis" in found


def test_geo_headline_word_with_a_locative_cue_stays(gazetteer):
    # "in Hurt" is a cue: the word is a place in this headline even though "hurt" is common
    text = "Man Shot Dead in Hurt After Argument\nOne man was hurt in the fight before the shots."
    assert "Hurt" in _found(gazetteer, text)


def test_geo_headline_name_written_again_in_the_body_stays(gazetteer):
    text = ("Two Shot in Sparta on Sunday\n"
            "Police in Sparta said two men were shot. A sparta-style race was cancelled.")
    assert "Sparta" in _found(gazetteer, text)[:1]


def test_geo_sentence_case_headline_is_not_title_case(gazetteer):
    # a sentence-case first line keeps its capitalised names: the rule is for title case only
    text = "Four men wounded in shooting near Hurt, police say\nThe four were hurt near the store."
    assert "Hurt" in _found(gazetteer, text)


@pytest.mark.parametrize("side", ["West Side", "South Side", "North Side", "Westside"])
def test_geo_city_sides_are_no_towns(gazetteer, side):
    text = f"A teenager was shot on the city's {side} on Tuesday, Chicago police said."
    found = _found(gazetteer, text)
    assert side not in found
    assert "Chicago" in found
