"""Running evaluations and checking their scores against pinned floors."""

from __future__ import annotations

import inspect
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.eval import evaluations

__all__ = ["run_evaluations", "check_floors", "DEFAULT_TOLERANCE", "HALVES", "splits_halves"]

# Development sets can be scored on one half of their items ("even" or "odd"), so that rules tuned
# on one half are confirmed on the other.
HALVES = ("even", "odd")

# A score may fall this far below its floor before the gate fails: enough for harmless
# reorderings of ties, small enough that a real regression (one seed event lost = 0.03 F1) shows.
DEFAULT_TOLERANCE = 0.01


def splits_halves(fn: Any) -> bool:
    """Whether an evaluation function takes a ``half`` argument."""
    return "half" in inspect.signature(fn).parameters


def run_evaluations(root: Path, names: Sequence[str] | None = None, limit: int | None = None,
                    half: str | None = None) -> dict[str, Any]:
    """Scores of each available evaluation, with the data checksum and the time it took.

    With ``half`` ("even"/"odd") only the sets that can split their items are scored; the others
    are reported as skipped.
    """
    if half is not None and half not in HALVES:
        raise SystemExit(f"--half must be one of {', '.join(HALVES)}, not {half!r}")
    root = Path(root)
    found = evaluations()
    unknown = set(names or ()) - set(found)
    if unknown:
        raise SystemExit(f"unknown evaluation(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(found))}")
    results: dict[str, Any] = {}
    for name in names or sorted(found):
        ev = found[name]
        if not ev.available(root):
            results[name] = {"scores": {}, "checksum": "absent", "seconds": 0.0, "skipped": f"data not found under {root}"}
            continue
        if half is not None and not splits_halves(ev.fn):
            results[name] = {"scores": {}, "checksum": "n/a", "seconds": 0.0, "skipped": "this set has no half split"}
            continue
        t0 = time.perf_counter()
        scores = ev.fn(root, limit=limit, **({"half": half} if half else {}))
        results[name] = {"scores": scores, "checksum": ev.checksum(root), "seconds": time.perf_counter() - t0,
                         "limit": limit, "half": half}
    return results


def check_floors(results: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Problems: a score below its floor (minus tolerance), or data whose checksum changed."""
    problems: list[str] = []
    for name, spec in baseline.items():
        res = results.get(name)
        if res is None or res.get("skipped"):
            continue
        if spec.get("checksum") and spec["checksum"] != res["checksum"]:
            problems.append(f"{name}: data checksum {res['checksum']} differs from the baseline's {spec['checksum']}; re-pin on purpose")
            continue
        tol = spec.get("tolerance", DEFAULT_TOLERANCE)
        for metric, floor in spec.get("floors", {}).items():
            got = res["scores"].get(metric)
            if got is None:
                problems.append(f"{name}.{metric}: missing from the results")
            elif got < floor - tol:
                problems.append(f"{name}.{metric}: {got:.4f} is below its floor {floor:.4f} (tolerance {tol})")
    return problems
