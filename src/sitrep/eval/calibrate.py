"""Re-derive the per-sub-type reliabilities of ``data/events/calibration.json`` from the CASE-2021
dev snippets, so the confidence stays calibrated when typing rules change.

A sub-type's reliability is how often sitrep's best draft is right when it predicts that sub-type,
on the "even" half of the snippets (the "odd" half is kept to check the result), smoothed toward
the file's ``prior`` with ``prior_weight`` pseudo-counts so that rare sub-types stay near it.
Which draft is best does not depend on these figures (``runner.best_draft`` compares the strength
before blending), so one pass over the snippets gives them.

    python scripts/calibrate.py ../shared            # print old and new, change nothing
    python scripts/calibrate.py ../shared --write    # rewrite the file (bumps its version)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = ["reliabilities", "recalibrated", "case_predictions"]

# Reliabilities are written with this many decimals.
DECIMALS = 3


def reliabilities(gold: Sequence[str], pred: Sequence[str], prior: float, prior_weight: float,
                  none: str = "none") -> dict[str, float]:
    """Sub-type -> smoothed share of its predictions that are right (predictions of ``none`` left out)."""
    made, right = Counter(), Counter()
    for g, p in zip(gold, pred):
        if p == none:
            continue
        made[p] += 1
        right[p] += g == p
    return {sub: round((right[sub] + prior * prior_weight) / (made[sub] + prior_weight), DECIMALS)
            for sub in sorted(made)}


def recalibrated(current: Mapping, fresh: Mapping[str, float]) -> dict:
    """The calibration file with ``fresh`` reliabilities; sub-types never predicted keep theirs."""
    out = dict(current)
    out["version"] = int(current.get("version", 0)) + 1
    out["reliability"] = {**current.get("reliability", {}), **fresh}
    out["reliability"] = dict(sorted(out["reliability"].items()))
    return out


def case_predictions(root: Path, half: str | None) -> tuple[list[str], list[str]]:
    """(gold, predicted sub-type) of the CASE-2021 dev snippets of one half."""
    from sitrep.eval.case2021 import in_half, load_snippets, predict

    snippets = [s for s in load_snippets(root / "data" / "case2021-dev" / "snippets.tsv") if in_half(s[0], half)]
    pred, _ = predict(snippets)
    return [g for _, _, g in snippets], pred
