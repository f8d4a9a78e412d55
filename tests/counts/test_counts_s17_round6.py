"""Session 17, round 6 (count lexicon v8): a count before an appositive that opens with a number ("Seven
people, five of them soldiers, died"), a single victim leading a counted kin group ("a pregnant woman
and her three children"), and a predicate word used as the victims' adjective ("killed eight displaced
people"). Own sentences from several conflicts."""

from __future__ import annotations

import pytest

from sitrep.events.counts import _sentence_quantities


def _killed(text: str) -> int:
    return sum(q.value for q in _sentence_quantities(text, 0) if q.kind == "killed")


@pytest.mark.parametrize("text, n", [
    ("Seven people, five of them soldiers, died when their convoy hit a mine near Tera on Sunday.", 7),
    ("Nine villagers, two of them children, were killed when gunmen raided Kpakungu on Friday.", 9),
    ("Eleven miners, most of them teenagers, were killed in the raid on the gold site near Djibo.", 11),
    ("Twenty passengers, many of them women, died when the bus hit a landmine near Kidal.", 20),
])
def test_a_count_before_a_numbered_appositive_is_read_once(text, n):
    assert _killed(text) == n


@pytest.mark.parametrize("text, n", [
    ("A pregnant woman and her three children were killed when a jet bombed their village in Minbya.", 4),
    ("A farmer and his two sons were shot dead by gunmen in Bokkos on Tuesday.", 3),
    ("An elderly man and his five grandchildren were killed in an air strike on Saada.", 6),
])
def test_a_single_victim_leading_a_kin_group_is_counted(text, n):
    assert _killed(text) == n


@pytest.mark.parametrize("text, n", [
    ("An Israeli strike on a tent camp in al-Mawasi killed eight displaced people overnight.", 8),
    ("Shelling killed four displaced civilians at a camp near Goma on Tuesday.", 4),
    ("The drone strike killed three wounded fighters being treated at a clinic in Marib.", 3),
])
def test_a_predicate_word_before_a_victim_noun_is_its_adjective(text, n):
    assert _killed(text) == n


def test_displaced_as_a_predicate_still_counts_the_displaced():
    qs = _sentence_quantities("Twelve families were displaced and three people killed in Djugu on Monday.", 0)
    assert ("displaced", 12) in {(q.kind, q.value) for q in qs}
    assert _killed("Twelve families were displaced and three people killed in Djugu on Monday.") == 3


def test_a_lone_person_at_the_head_of_a_sentence_is_no_list_without_a_kin_group():
    # "A man and 45 others" is read by the verb pattern elsewhere; at a sentence head only a kin group joins
    assert _killed("A soldier was killed and two others wounded near Vuhledar.") == 1
