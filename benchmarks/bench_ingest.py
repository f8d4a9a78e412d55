"""Ingest throughput and peak memory on a fixed corpus.

    python benchmarks/bench_ingest.py [--copies N] [--shared PATH]

Uses the GVA dev articles (../shared/data/gva-dev/articles.jsonl, 2,068 real web scrapes with page
furniture) when present; otherwise the bundled examples written N times (default 250) to a
temporary folder as .txt files, every copy with a distinct last line, so near-duplicate detection
has work to do. Prints articles/s, errors/skips, duplicates and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _replicated_examples(folder: Path, copies: int) -> Path:
    texts = sorted((REPO / "examples").glob("*.txt"))
    for i in range(copies):
        for p in texts:
            body = p.read_text(encoding="utf-8")
            (folder / f"{p.stem}-{i:04d}.txt").write_text(f"{body}\nCopy number {i}.\n", encoding="utf-8")
    return folder


def _run(paths: list[Path]) -> dict[str, float]:
    from sitrep.errors import InputError
    from sitrep.ingest import iter_inputs

    counts = {"articles": 0, "errors": 0, "exact": 0, "near": 0}
    start = time.perf_counter()
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            counts["errors"] += 1
        else:
            counts["articles"] += 1
            if item.duplicate_kind:
                counts[item.duplicate_kind] += 1
    counts["seconds"] = time.perf_counter() - start
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=250)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    gva = args.shared / "data" / "gva-dev" / "articles.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        if gva.exists():
            name, paths = f"GVA dev articles ({gva})", [gva]
        else:
            name, paths = f"examples x {args.copies}", [_replicated_examples(Path(tmp), args.copies)]
        r = _run(paths)
    total = r["articles"] + r["errors"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {name}")
    print(f"inputs: {total:.0f} ({r['articles']:.0f} articles, {r['errors']:.0f} errors/skips)")
    print(f"duplicates: {r['exact']:.0f} exact, {r['near']:.0f} near")
    print(f"time: {r['seconds']:.2f} s  throughput: {total / r['seconds']:.1f} inputs/s")
    print(f"peak RSS: {peak_mb:.0f} MB  (python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
