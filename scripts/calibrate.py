"""Print (and with --write, store) fresh sub-type reliabilities for the confidence score.

    .venv/bin/python scripts/calibrate.py ../shared [--write]

See :mod:`sitrep.eval.calibrate`. After writing, check that ``sitrep eval case2021`` still shows
accuracy rising with the confidence buckets (``acc_conf_*``) on both halves.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from sitrep.eval.calibrate import case_predictions, recalibrated, reliabilities


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    root, write = Path(argv[0]), "--write" in argv[1:]
    path = Path(str(resources.files("sitrep").joinpath("data", "events", "calibration.json")))
    current = json.loads(path.read_text(encoding="utf-8"))
    gold, pred = case_predictions(root, "even")
    fresh = reliabilities(gold, pred, current["prior"], current["prior_weight"])
    for sub in sorted(set(fresh) | set(current["reliability"])):
        old, new = current["reliability"].get(sub), fresh.get(sub)
        print(f"{sub:40s} {old if old is not None else '-':>6} -> {new if new is not None else '(kept)'}")
    if write:
        path.write_text(json.dumps(recalibrated(current, fresh), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
