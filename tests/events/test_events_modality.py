"""Modality: is the trigger asserted as having happened?"""

from __future__ import annotations

import pytest

from sitrep.events.modality import assess, clause_window


def _flags(text: str, trigger: str) -> tuple[str, ...]:
    i = text.index(trigger)
    return assess(text, i, i + len(trigger)).flags


@pytest.mark.parametrize(
    "text,trigger,flag",
    [
        ("The rebels could attack the capital within days.", "attack", "irrealis"),
        ("Officials fear militants will seize the dam.", "seize", "irrealis"),
        ("The army did not shell the village.", "shell", "negated"),
        ("It is unclear whether the convoy was attacked.", "attacked", "conditional"),
        ("Leaders have been captured or killed.", "captured", "disjunction"),
        ("The group continues to abduct children.", "abduct", "generic"),
        ("The war has killed thousands so far.", "killed", "aggregate"),
        ("Was the base captured?", "captured", "question"),
        ("A massacre in the recently seized city shocked residents.", "seized", "attributive"),
        ("Police gave no details about the attack.", "attack", "anaphoric"),
        ("People have been fighting to get a law passed.", "fighting", "figurative"),
        ("The militants who have captured the city are regrouping.", "captured", "background"),
        ("The Shebab claimed responsibility for the bombing.", "bombing", "attribution"),
    ],
)
def test_flag(text: str, trigger: str, flag: str) -> None:
    assert flag in _flags(text, trigger)


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Gunmen killed nine people in Maiduguri on Sunday.", "killed"),
        ("Five soldiers were killed when their vehicle hit a mine.", "hit"),
        ("Police said the militants attacked the convoy at dawn.", "attacked"),
    ],
)
def test_asserted(text: str, trigger: str) -> None:
    i = text.index(trigger)
    assert assess(text, i, i + len(trigger)).factual


def test_clause_window_stops_at_the_clause_break() -> None:
    text = "The US will help, after militants attacked the base."
    assert "will" not in clause_window(text, text.index("attacked"))
