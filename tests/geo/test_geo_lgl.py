"""LGL scores pinned as floors (measured 2026-11-21; a change that lowers one must say so)."""

import pytest

from sitrep.eval.lgl import score_lgl

pytestmark = pytest.mark.slow

FLOORS = {
    "detection_precision": 0.85,
    "detection_recall_no_demonyms": 0.82,
    "accuracy_161km": 0.83,
    "end_to_end_161km_no_demonyms": 0.75,
    "end_to_end_161km": 0.70,
}


def test_lgl_floors(shared):
    if not (shared / "data" / "lgl" / "lgl.xml").exists():
        pytest.skip("LGL not found under ../shared/data/lgl")
    scores = score_lgl(shared)
    low = {k: (scores[k], v) for k, v in FLOORS.items() if scores[k] < v}
    assert not low, f"below floor: {low}"
