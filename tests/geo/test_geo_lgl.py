"""LGL scores pinned as floors (measured 2026-11-21; a change that lowers one must say so).

Tuning looked at the even-numbered articles only; the odd ones are held out and pinned separately, so
a gain that does not carry over to them shows up here.
"""

import pytest

from sitrep.eval.lgl import score_lgl

pytestmark = pytest.mark.slow

# Measured: precision 0.856, recall 0.840 (0.894 without demonyms), accuracy 0.862, end-to-end 0.734
# (0.787 without demonyms); floors sit about one point below.
FLOORS = {
    "detection_precision": 0.85,
    "detection_recall": 0.83,
    "detection_recall_no_demonyms": 0.88,
    "accuracy_161km": 0.85,
    "end_to_end_161km_no_demonyms": 0.775,
    "end_to_end_161km": 0.725,
}
# Per half (even: tuned on; odd: held out), measured end-to-end 0.731 / 0.736, recall 0.850 / 0.831,
# precision 0.860 / 0.852.
HALF_FLOORS = {
    "even": {"end_to_end_161km": 0.72, "detection_recall": 0.84, "detection_precision": 0.85},
    "odd": {"end_to_end_161km": 0.725, "detection_recall": 0.82, "detection_precision": 0.845},
}


def _need_lgl(shared):
    if not (shared / "data" / "lgl" / "lgl.xml").exists():
        pytest.skip("LGL not found under ../shared/data/lgl")


def test_lgl_floors(shared):
    _need_lgl(shared)
    scores = score_lgl(shared)
    low = {k: (scores[k], v) for k, v in FLOORS.items() if scores[k] < v}
    assert not low, f"below floor: {low}"


@pytest.mark.parametrize("half", ["even", "odd"])
def test_lgl_half_floors(shared, half):
    _need_lgl(shared)
    scores = score_lgl(shared, half=half)
    assert scores["articles_gold_toponyms"] > 2000  # about half of LGL's 5,088 gold mentions
    low = {k: (scores[k], v) for k, v in HALF_FLOORS[half].items() if scores[k] < v}
    assert not low, f"{half} half below floor: {low}"
