"""The quality gate: measured scores on the development data may not drop below their floors.

Floors and data checksums are pinned in tests/eval_baseline.json. A change that lowers a floor must
say so in its commit and issue note. Each set skips with a reason when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from sitrep.eval import evaluations
from sitrep.eval.gate import check_floors, run_evaluations

BASELINE = json.loads((Path(__file__).resolve().parents[1] / "eval_baseline.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BASELINE))
def test_scores_hold_their_floors(name):
    ev = evaluations().get(name)
    assert ev is not None, f"evaluation {name!r} is pinned but not registered"
    if not ev.available(SHARED):
        pytest.skip(f"development data for {name} not found under {SHARED}")
    results = run_evaluations(SHARED, [name])
    problems = check_floors(results, {name: BASELINE[name]})
    assert not problems, "\n".join(problems)


def test_gate_catches_a_drop_and_a_changed_checksum():
    results = {"x": {"scores": {"f1": 0.70}, "checksum": "abc"}}
    assert check_floors(results, {"x": {"checksum": "abc", "floors": {"f1": 0.70}}}) == []
    assert "below its floor" in check_floors(results, {"x": {"checksum": "abc", "floors": {"f1": 0.75}}})[0]
    assert "checksum" in check_floors(results, {"x": {"checksum": "zzz", "floors": {"f1": 0.5}}})[0]
    assert "missing" in check_floors(results, {"x": {"checksum": "abc", "floors": {"recall": 0.5}}})[0]
