"""Full extraction (every default stage) vs spaCy's tokenizer alone, on the same articles.

Corpus: the first N GVA dev articles from ../shared (or $SITREP_SHARED) when present, else the
project's examples replicated to N. Prints articles/s for both, their ratio and peak memory.
With ``--runs R`` the benchmark runs R times, each in a fresh process (caches start cold each
time, as in one run), and prints the median of each figure: the machine is shared, so single runs
vary by 10% and more.

    .venv/bin/python benchmarks/bench_extract.py [N] [--runs R] [--cpu]
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
DEFAULT_N = 300
CLOCK = time.perf_counter  # --cpu: time.thread_time, the CPU time of this thread (steadier when shared)


def corpus(n: int) -> tuple[str, list[tuple[str, str, date | None]]]:
    gva = SHARED / "data" / "gva-dev" / "articles.jsonl"
    if gva.exists():
        rows = []
        with gva.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                pub = rec.get("published")
                rows.append((rec["id"], rec.get("text") or "", date.fromisoformat(pub[:10]) if pub else None))
                if len(rows) >= n:
                    break
        return f"GVA dev, first {len(rows)} articles", rows
    texts = sorted((REPO / "examples").glob("*.txt"))
    rows = [(f"{p.stem}-{i}", p.read_text(encoding="utf-8"), None) for i in range(n) for p in texts][:n]
    return f"examples replicated to {len(rows)}", rows


def bench_pipeline(rows) -> tuple[float, int, dict[str, float]]:
    """Seconds for all rows, events found, and seconds per stage."""
    from dataclasses import replace

    from sitrep.events.runner import EventRunner, text_article
    from sitrep.events.stage import extract_events
    from sitrep.types import Doc

    runner = EventRunner()
    runner.doc(text_article("warmup", rows[0][1], rows[0][2]))  # build lazy services outside the timing
    stages = [(spec.name, fn) for spec, (_, fn) in zip(runner.pipeline.specs, runner.pipeline._fns)]
    stages.append(("events", lambda d: replace(d, events=extract_events(d))))
    per: dict[str, float] = {name: 0.0 for name, _ in stages}
    events = 0
    t0 = CLOCK()
    for i, t, p in rows:
        doc = Doc(text_article(i, t, p))
        for name, fn in stages:
            s = CLOCK()
            doc = fn(doc)
            per[name] += CLOCK() - s
        events += len(doc.events or ())
    return CLOCK() - t0, events, per


def bench_tokenizer(rows) -> float:
    import spacy

    nlp = spacy.blank("en")
    t0 = CLOCK()
    for _, text, _ in rows:
        nlp.tokenizer(text)
    return CLOCK() - t0


def main(n: int = DEFAULT_N) -> None:
    label, rows = corpus(n)
    chars = sum(len(t) for _, t, _ in rows)
    full, events, per = bench_pipeline(rows)
    tok = bench_tokenizer(rows)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {label} ({chars / len(rows):.0f} chars/article)")
    print(f"full extraction: {len(rows) / full:.1f} articles/s ({events} events)")
    print("  per stage (ms/article): " + ", ".join(f"{k} {v / len(rows) * 1000:.2f}" for k, v in per.items()))
    print(f"spaCy tokenizer: {len(rows) / tok:.1f} articles/s")
    print(f"ratio full/tokenizer: {tok / full:.3f}")
    print(f"peak memory: {peak_mb:.0f} MB")


def _figures(out: str) -> dict[str, float]:
    """The numbers of one run's printout: articles/s, ms/article per stage, ratio, peak memory."""
    import re

    figures: dict[str, float] = {}
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("per stage (ms/article):"):
            for name, value in re.findall(r"(\w+) (\d+\.\d+)", line):
                figures[f"{name} ms/article"] = float(value)
        elif m := re.match(r"(full extraction|spaCy tokenizer): (\d+\.\d+) articles/s", line):
            figures[f"{m.group(1)} articles/s"] = float(m.group(2))
        elif m := re.match(r"(ratio full/tokenizer|peak memory): (\d+(?:\.\d+)?)", line):
            figures[m.group(1)] = float(m.group(2))
    return figures


def median_of_runs(n: int, runs: int, flags: tuple[str, ...] = ()) -> None:
    """``runs`` fresh-process runs back to back; the median of every figure."""
    import statistics
    import subprocess

    command = [sys.executable, __file__, str(n), *flags]
    results = [_figures(subprocess.run(command, check=True, capture_output=True,
                                       text=True).stdout) for _ in range(runs)]
    print(f"medians of {runs} runs, {n} articles each:")
    for label in results[0]:
        values = [r[label] for r in results if label in r]
        print(f"  {label}: {statistics.median(values):g}  (runs: {', '.join(f'{v:g}' for v in values)})")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=DEFAULT_N, help="articles")
    parser.add_argument("--runs", type=int, default=0, help="fresh-process runs; print medians")
    parser.add_argument("--cpu", action="store_true", help="CPU time of the thread, not wall time")
    opts = parser.parse_args()
    if opts.cpu:
        CLOCK = time.thread_time
    if opts.runs:
        median_of_runs(opts.n, opts.runs, ("--cpu",) if opts.cpu else ())
    else:
        main(opts.n)
