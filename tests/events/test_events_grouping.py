"""Grouping typed sentences into events, on hand-built mentions."""

from __future__ import annotations

from sitrep.events.grouping import Group, Mention, group_mentions, is_heading
from sitrep.events.modality import Modality
from sitrep.events.typing import SUB_TO_TYPE, SentenceType
from sitrep.types import Sentence


def mention(i: int, sub: str, places=(), days=(), tolls=(), heading=False, anaphoric=False) -> Mention:
    flags = ("anaphoric",) if anaphoric else ()
    typed = SentenceType(SUB_TO_TYPE[sub], sub, 0.8, 0, 1, "x", ("X",), Modality(flags, ""), "test")
    s = Sentence(i * 100, i * 100 + 50, "x" * 50)
    return Mention(i, s, typed, frozenset(places), frozenset(days), frozenset(tolls), frozenset(), heading)


def subs(groups: list[Group]) -> list[list[int]]:
    return [[m.index for m in g.mentions] for g in groups]


def test_adjacent_sentences_of_one_attack_group() -> None:
    ms = [mention(1, "Armed clash", places={"Hillah"}), mention(2, "Armed clash"), mention(3, "Attack")]
    assert subs(group_mentions(ms)) == [[1, 2, 3]]


def test_different_towns_split() -> None:
    ms = [mention(1, "Attack", places={"Baqubah"}), mention(2, "Attack", places={"Kirkuk"})]
    assert subs(group_mentions(ms)) == [[1], [2]]


def test_different_days_split() -> None:
    ms = [mention(1, "Attack", days={"2014-06-21"}), mention(2, "Attack", days={"2014-06-22"})]
    assert subs(group_mentions(ms)) == [[1], [2]]


def test_massacre_in_a_seized_city_is_not_the_seizure() -> None:
    ms = [mention(1, "Non-state actor overtakes territory"), mention(2, "Attack")]
    assert subs(group_mentions(ms)) == [[1], [2]]


def test_fighting_then_ground_taken_is_one_event() -> None:
    ms = [mention(1, "Armed clash"), mention(2, "Non-state actor overtakes territory")]
    assert subs(group_mentions(ms)) == [[1, 2]]


def test_shared_toll_links_distant_sentences() -> None:
    ms = [mention(1, "Attack", tolls={1700}), mention(9, "Attack", tolls={1700})]
    assert subs(group_mentions(ms)) == [[1, 9]]


def test_heading_joins_the_first_compatible_group_after_it() -> None:
    ms = [mention(0, "Attack", heading=True), mention(4, "Protest with intervention"), mention(5, "Attack")]
    assert subs(group_mentions(ms)) == [[0, 5], [4]]


def test_anaphoric_mention_reaches_back() -> None:
    ms = [mention(1, "Suicide bomb", places={"Kabul"}), mention(6, "Attack", anaphoric=True)]
    assert subs(group_mentions(ms)) == [[1, 6]]


def test_strategic_developments_group_only_with_the_same_sub_type() -> None:
    ms = [mention(1, "Arrests"), mention(2, "Agreement")]
    assert subs(group_mentions(ms)) == [[1], [2]]


def test_is_heading() -> None:
    assert is_heading(Sentence(0, 5, "Title"), 0, None)
    assert is_heading(Sentence(50, 80, "Dozens of prisoners killed"), 3, None)
    assert not is_heading(Sentence(50, 80, "Gunmen killed five people on Sunday."), 3, None)
