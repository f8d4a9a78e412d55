"""Pin the current scores as the quality gate's floors (run on purpose, review the diff).

    python scripts/pin_baseline.py /tmp/scores.json   # from `sitrep eval --json /tmp/scores.json`
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

# The metrics the gate holds per set (counts and diagnostics are not floors).
GATED = {
    "seeds": ["f1", "precision", "recall", "acc_type", "acc_labels", "acc_place", "acc_date", "acc_fatalities", "acc_actor1", "acc_claim"],
    "lgl": ["detection_recall", "detection_precision", "accuracy_161km", "end_to_end_161km",
            "detection_precision_with_demonyms", "end_to_end_161km_with_demonyms"],
    "tempeval": ["value_accuracy", "detect_recall_calendar", "detect_precision_overlap"],
    "gvdb": ["killed_accuracy", "date_accuracy", "date_accuracy_published", "city_accuracy"],
    "case2021": ["accuracy", "macro_f1", "event_precision", "event_recall"],
    "acled": ["acc_type", "acc_actor1", "acc_actor1_loose", "acc_fatalities", "acc_location", "acc_location_km",
              "hinted_acc_actor1", "hinted_acc_location", "hinted_acc_location_km"],
    "gva": ["precision", "recall", "f1", "f1_largest_event", "main_date_accuracy", "main_date_within"],
}


def main(path: str) -> None:
    results = json.loads(Path(path).read_text(encoding="utf-8"))
    out = Path(__file__).resolve().parents[1] / "tests" / "eval_baseline.json"
    baseline = {}
    for name, metrics in GATED.items():
        res = results.get(name)
        if not res or res.get("skipped") or res.get("limit"):
            continue
        floors = {m: math.floor(res["scores"][m] * 1000) / 1000 for m in metrics if m in res["scores"]}
        baseline[name] = {"checksum": res["checksum"], "tolerance": 0.01, "floors": floors}
    out.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1])
