"""`sitrep eval --half`: sets that can split their items get the half; the others are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.eval import _EVALS, evaluation
from sitrep.eval.gate import run_evaluations, splits_halves


@pytest.fixture()
def toy_sets(tmp_path: Path):
    (tmp_path / "toy.txt").write_text("1 2 3 4 5 6 7\n", encoding="utf-8")
    seen: dict[str, object] = {}

    @evaluation("toy_split", needs=("toy.txt",))
    def split(root: Path, limit: int | None = None, half: str | None = None) -> dict[str, float]:
        items = (root / "toy.txt").read_text(encoding="utf-8").split()
        if half is not None:
            items = items[("even", "odd").index(half)::2]
        seen["split"] = half
        return {"n": float(len(items))}

    @evaluation("toy_whole", needs=("toy.txt",))
    def whole(root: Path, limit: int | None = None) -> dict[str, float]:
        seen["whole"] = True
        return {"n": 7.0}

    yield tmp_path, seen
    _EVALS.pop("toy_split", None)
    _EVALS.pop("toy_whole", None)


def test_half_goes_only_to_sets_that_split(toy_sets):
    root, seen = toy_sets
    res = run_evaluations(root, ["toy_split", "toy_whole"], half="odd")
    assert res["toy_split"]["scores"] == {"n": 3.0}
    assert res["toy_split"]["half"] == "odd"
    assert res["toy_whole"]["skipped"] == "this set has no half split"
    assert "whole" not in seen
    assert run_evaluations(root, ["toy_split"])["toy_split"]["scores"] == {"n": 7.0}


def test_bad_half_is_refused(toy_sets):
    root, _ = toy_sets
    with pytest.raises(SystemExit, match="--half must be one of even, odd"):
        run_evaluations(root, ["toy_split"], half="third")


def test_cli_half_prints_skips(toy_sets):
    from sitrep.cli import app

    root, _ = toy_sets
    out = CliRunner().invoke(app, ["eval", "toy_split", "toy_whole", "--data", str(root), "--half", "even"])
    assert out.exit_code == 0, out.output
    assert "toy_whole: skipped (this set has no half split)" in out.output
    assert "n" in out.output and "4.0000" in out.output


def test_lgl_harness_splits():
    from sitrep.eval.lgl import score_lgl

    assert splits_halves(score_lgl)
