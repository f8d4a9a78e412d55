"""Quality floors on the development data (../shared), with a small tolerance. A change that
lowers a floor must say so. Run with ``pytest -m slow tests/events``."""

from __future__ import annotations

import pytest
from conftest import shared_path

pytestmark = pytest.mark.slow

# Measured 2026-11-21 (see the report); floors sit a few points below.
SEEDS_F1_FLOOR = 0.85
SEEDS_FIELD_FLOORS = {
    "acc_labels": 0.85,
    "acc_date": 0.85,
    "acc_fatalities": 0.85,
    "acc_actor1": 0.85,
    "acc_claim": 0.85,
}
CASE_ACCURACY_FLOOR = 0.72
CASE_EVENT_PRECISION_FLOOR = 0.93
ACLED_TYPE_FLOOR = 0.65  # on the first 400 notes


def test_seeds() -> None:
    from sitrep.eval.seeds import score_seeds

    root = shared_path("seeds").parent
    shared_path("gold", "seeds.events.jsonl")
    scores = score_seeds(root)
    assert scores["f1"] >= SEEDS_F1_FLOOR, scores
    for key, floor in SEEDS_FIELD_FLOORS.items():
        assert scores[key] >= floor, (key, scores)


def test_case2021() -> None:
    from sitrep.eval.case2021 import score_case2021

    root = shared_path("data", "case2021-dev", "snippets.tsv").parents[2]
    scores = score_case2021(root)
    assert scores["accuracy"] >= CASE_ACCURACY_FLOOR, scores
    assert scores["event_precision"] >= CASE_EVENT_PRECISION_FLOOR, scores
    # calibration: the most confident bucket is right more often than the least confident one
    assert scores["acc_conf_1.0"] > scores["acc_conf_0.6"], scores


def test_acled_notes() -> None:
    from sitrep.eval.acled import score_acled

    root = shared_path("data", "acled-nigeria-dev", "events.geojson").parents[2]
    scores = score_acled(root, limit=400)
    assert scores["acc_type"] >= ACLED_TYPE_FLOOR, scores
