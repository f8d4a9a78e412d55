"""LGL scores pinned as floors (measured 2026-11-21, raised after the error-analysis round; a change
that lowers one must say so).

Tuning looked at the even-numbered articles only; the odd ones are held out and pinned separately, so
a gain that does not carry over to them shows up here.
"""

import pytest

from sitrep.eval.lgl import score_lgl

pytestmark = pytest.mark.slow

# Measured after the LGL error-analysis round: precision 0.870, recall 0.855 (0.916 without demonyms),
# accuracy 0.904, end-to-end 0.783 (0.848 without demonyms; the demonym table grew in that round, so this
# figure's denominator changed: 0.841 with the previous table); floors sit about one point below.
FLOORS = {
    "detection_precision": 0.86,
    "detection_recall": 0.845,
    "detection_recall_no_demonyms": 0.905,
    "accuracy_161km": 0.89,
    "end_to_end_161km_no_demonyms": 0.835,
    "end_to_end_161km": 0.77,
}
# Per half (even: tuned on; odd: held out), measured end-to-end 0.800 / 0.767, recall 0.871 / 0.839,
# precision 0.885 / 0.857.
HALF_FLOORS = {
    "even": {"end_to_end_161km": 0.79, "detection_recall": 0.86, "detection_precision": 0.87},
    "odd": {"end_to_end_161km": 0.755, "detection_recall": 0.83, "detection_precision": 0.845},
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
