"""find_times throughput: TempEval-3 documents when ../shared is present, else generated text.

Run: .venv/bin/python benchmarks/bench_time.py [--shared PATH] [--repeat N]
Prints documents/s, characters/s, expressions found and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import date
from pathlib import Path

SENTENCES = [
    "Gunmen attacked a checkpoint on Monday, killing three police officers.",
    "The army said it retook the town early Sunday after fighting over the weekend.",
    "In late March 2019 the group lost its last territory; talks resumed earlier this month.",
    "Officials will meet Friday to review the 70-mile border and 300 advisers sent last week.",
    "A car bomb exploded in the market two days ago, the ministry said on June 13, 2021.",
    "Protesters gathered yesterday and again this morning outside the ministry.",
]


def corpus(shared: Path) -> list[tuple[str, date | None]]:
    folder = shared / "data" / "tempeval3-tbaq"
    if folder.exists():
        from sitrep.eval.tempeval import documents

        return [(d.text, d.dct) for d in documents(folder)]
    rng = random.Random(7)
    return [(" ".join(rng.choices(SENTENCES, k=30)), date(2016, 1, 27)) for _ in range(200)]


def main() -> None:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=here.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from sitrep.time import find_times

    docs = corpus(args.shared)
    find_times(docs[0][0], docs[0][1])  # warm up: lexicon, regexes, dateparser
    found, start = 0, time.perf_counter()
    for _ in range(args.repeat):
        for text, pub in docs:
            found += len(find_times(text, pub))
    elapsed = time.perf_counter() - start
    n, chars = len(docs) * args.repeat, sum(len(t) for t, _ in docs) * args.repeat
    print(f"documents: {len(docs)} x {args.repeat}  expressions: {found // args.repeat} per pass")
    print(f"docs/s: {n / elapsed:,.1f}  chars/s: {chars / elapsed:,.0f}")
    print(f"peak memory (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB")


if __name__ == "__main__":
    main()
