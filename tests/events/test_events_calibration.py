"""Confidence: the rule-based score blended with the sub-type's measured reliability; the dev
split used to tune it; exact ACLED names in the face of the data's encoding damage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.eval.acled import same_name
from sitrep.eval.case2021 import in_half
from sitrep.events.confidence import CEILING, FLOOR, Signals, _calibration, confidence, evidence_strength

SUBS = sorted(_calibration()["reliability"])


def _signals(rule: float, sub: str = "") -> Signals:
    return Signals(rule, 1, False, False, True, True, True, sub)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.sampled_from(SUBS))
def test_blending_keeps_the_order_of_rule_scores_within_a_sub_type(a, b, sub):
    ca, _ = confidence(_signals(a, sub))
    cb, _ = confidence(_signals(b, sub))
    assert FLOOR <= ca <= CEILING
    if a <= b:
        assert ca <= cb


def test_a_less_reliable_sub_type_is_less_sure_at_the_same_rule_score():
    rel = _calibration()["reliability"]
    low, high = min(SUBS, key=rel.get), max(SUBS, key=rel.get)
    assert confidence(_signals(0.8, low))[0] < confidence(_signals(0.8, high))[0]
    assert "reliability" in confidence(_signals(0.8, low))[1]


def test_without_a_sub_type_the_rule_score_stands():
    assert confidence(_signals(0.8))[0] == 0.8


def test_the_dev_split_is_a_stable_near_half_partition():
    ids = [f"{i}NIG" for i in range(1000)]
    even = [i for i in ids if in_half(i, "even")]
    odd = [i for i in ids if in_half(i, "odd")]
    assert set(even).isdisjoint(odd) and len(even) + len(odd) == len(ids)
    assert 400 < len(even) < 600
    assert all(in_half(i, None) for i in ids[:10])
    assert [in_half(i, "even") for i in ids[:50]] == [in_half(i, "even") for i in ids[:50]]


def test_the_replacement_character_of_the_data_stands_for_one_character():
    gold = "Boko Haram - Jama\ufffdatu Ahli is-Sunnah"
    assert same_name("Boko Haram - Jama'atu Ahli is-Sunnah", gold)
    assert not same_name("Boko Haram - Jamaatu Ahli is-Sunnah", gold)
    assert same_name("Military Forces of Nigeria (2015-)", "Military Forces of Nigeria (2015-)")
    assert not same_name("Military Forces of Nigeria", "Military Forces of Nigeria (2015-)")
    assert same_name(None, None) and not same_name("x", None)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.3, 0.95), st.sampled_from(SUBS))
def test_evidence_strength_undoes_the_blend(raw, sub):
    """The main event of an article is chosen by how strongly its text states it, not by how
    reliable its sub-type is in general (runner.best_draft)."""
    conf, _ = confidence(_signals(raw, sub))
    assert abs(evidence_strength(conf, sub) - raw) < 0.01
