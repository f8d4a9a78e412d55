"""Present-perfect recaps of many events are not events; a causal 'since' is not background."""

from __future__ import annotations

import pytest

from sitrep.events.modality import assess, causal_clause, recap
from sitrep.events.typing import classify_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram has killed hundreds of people since 2014.",
        "Al-Shabaab has killed hundreds of civilians in bombings in Mogadishu.",
        "JNIM militants have carried out attacks on army posts across central Mali.",
        "The RSF has attacked villages in Darfur for months.",
        "Cartel gunmen have killed thousands of people in Guerrero.",
        "Insurgents have ambushed convoys near Mocimboa da Praia.",
        "Myanmar's junta has carried out more than 1,000 air strikes since the 2021 coup.",
    ],
)
def test_recaps_are_not_events(text):
    assert classify_sentence(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed 12 villagers in Zamfara state, police said.",
        "Russian forces have shelled Kharkiv overnight, killing three people.",
        "Since the road was closed, gunmen have attacked three trucks near Beni.",
        "Since the town has no hospital, the wounded from Monday's air strike were taken to Sittwe.",
        "Israeli strikes killed 20 people in Rafah on Monday, since the ceasefire talks had stalled.",
        "Traders fled the market in Kidal since gunmen attacked it.",
    ],
)
def test_news_in_the_perfect_and_causal_since_stay_events(text):
    assert classify_sentence(text) is not None


def test_recap_names_the_words_that_make_it_one():
    text = "Cartel gunmen have killed thousands of people in Guerrero."
    i = text.index("killed")
    assert recap(text, i, i + 6) == "thousands"
    assert "aggregate" in assess(text, i, i + 6).flags


def test_causal_since_is_subordinate_not_recalled():
    text = "Traders fled the market in Kidal since gunmen attacked it."
    i = text.index("attacked")
    assert causal_clause(text, i) == "since"
    flags = assess(text, i, i + 8).flags
    assert "subordinate" in flags and "recalled" not in flags


def test_temporal_since_with_a_perfect_main_clause_is_recalled():
    text = "The group has held Mosul since it seized the city in June."
    i = text.index("seized")
    assert causal_clause(text, i) is None
    assert "recalled" in assess(text, i, i + 6).flags
