"""Re-deriving the confidence calibration from dev predictions (``sitrep.eval.calibrate``)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep.eval.calibrate import recalibrated, reliabilities


def test_a_sub_type_right_every_time_is_pulled_toward_the_prior_by_its_pseudo_counts():
    gold = ["Attack"] * 5 + ["Armed clash"] * 5
    pred = ["Attack"] * 5 + ["Attack"] * 5
    rel = reliabilities(gold, pred, prior=0.8, prior_weight=5)
    assert rel == {"Attack": round((5 + 4) / 15, 3)}


def test_predictions_of_no_event_are_left_out_and_rare_sub_types_stay_near_the_prior():
    rel = reliabilities(["Attack", "none", "Grenade"], ["none", "none", "Grenade"], prior=0.8, prior_weight=5)
    assert set(rel) == {"Grenade"} and rel["Grenade"] == round(5 / 6, 3)


def test_a_fresh_file_keeps_unpredicted_sub_types_and_bumps_the_version():
    current = {"version": 3, "prior": 0.8, "prior_weight": 5, "weight": 0.7,
               "reliability": {"Attack": 0.5, "Chemical weapon": 0.857}}
    out = recalibrated(current, {"Attack": 0.66})
    assert out["version"] == 4 and out["reliability"] == {"Attack": 0.66, "Chemical weapon": 0.857}
    assert current["reliability"]["Attack"] == 0.5  # the input is not changed


def test_the_bundled_file_names_every_sub_type_it_scores_with_a_probability():
    cal = json.loads(resources.files("sitrep").joinpath("data", "events", "calibration.json").read_text())
    assert 0 < cal["weight"] < 1 and 0 < cal["prior"] < 1
    assert all(0.0 < v <= 1.0 for v in cal["reliability"].values())
    assert len(cal["reliability"]) >= 20


@pytest.mark.slow
def test_the_bundled_reliabilities_are_those_the_even_half_gives(shared):
    from sitrep.eval.calibrate import case_predictions

    root = shared
    cal = json.loads(resources.files("sitrep").joinpath("data", "events", "calibration.json").read_text())
    gold, pred = case_predictions(root, "even")
    fresh = reliabilities(gold, pred, cal["prior"], cal["prior_weight"])
    stale = {k: (cal["reliability"].get(k), v) for k, v in fresh.items() if abs(cal["reliability"].get(k, -1) - v) > 0.02}
    assert not stale, f"calibration.json is stale: run scripts/calibrate.py ../shared --write ({stale})"
