"""Throughput of actors, counts and claims: GVDB dev articles when ../shared is present, else generated text.

Run: .venv/bin/python benchmarks/bench_actors_counts.py [--shared PATH] [--limit N]
Prints articles/s and characters/s of the actors stage, find_quantities and a per-sentence
assign_actors + fatalities_for + claim_for pass, and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import time
from pathlib import Path

SENTENCES = [
    "At least 12 villagers were killed when gunmen attacked Koulogon, police said.",
    "Five soldiers were killed by al-Shabaab fighters near Afgoye on Monday.",
    "The Nigerian army said it killed 30 Boko Haram insurgents near Sambisa.",
    "Russian forces shelled Kharkiv, killing three civilians and wounding 12.",
    "Protesters marched in Khartoum; no one was hurt.",
    "JNIM claimed to have killed 40 soldiers near Djibo, but the army denied it.",
    "A 25-year-old man was shot and killed in the 1000 block of Main Street at 8:20 p.m.",
]


def corpus(shared: Path, limit: int) -> list[str]:
    path = shared / "data" / "gvdb-dev" / "dev.tsv"
    if path.exists():
        csv.field_size_limit(sys.maxsize)
        rows = csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")
        return [r["Full text"] for r in rows][:limit]
    rng = random.Random(7)
    return [" ".join(rng.choice(SENTENCES) for _ in range(25)) for _ in range(limit)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--limit", type=int, default=400)
    args = ap.parse_args()

    from sitrep.actors.dictionary import default_dictionary
    from sitrep.actors.roles import assign_actors
    from sitrep.actors.stage import find_actors
    from sitrep.events.claims import claim_for
    from sitrep.events.counts import fatalities_for, find_quantities
    from sitrep.nlp.sentences import blank_english, split_sentences
    from sitrep.types import Article, Doc

    texts = corpus(args.shared, args.limit)
    nlp = blank_english(None)
    docs = [Doc(Article(str(i), t, "h"), sentences=split_sentences(t, nlp)) for i, t in enumerate(texts)]
    chars = sum(len(t) for t in texts)
    dictionary = default_dictionary()

    def timed(label: str, fn) -> None:
        t0 = time.perf_counter()
        n = sum(fn(d) for d in docs)
        dt = time.perf_counter() - t0
        print(f"{label:<34} {len(docs) / dt:8.1f} articles/s {chars / dt / 1000:8.1f} kchar/s  ({n} items)")

    timed("actors stage (find_actors)", lambda d: len(find_actors(d, dictionary)))
    timed("find_quantities", lambda d: len(find_quantities(d.article.text, d.sentences)))

    def per_sentence(d: Doc) -> int:
        for s in d.sentences[:40]:
            span = [(s.start, s.end)]
            a1, _, _ = assign_actors(d, span, "Violence against civilians", "Attack", None)
            fatalities_for(d, span)
            claim_for(d, span, a1)
        return min(len(d.sentences), 40)

    timed("roles+toll+claim per sentence", per_sentence)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(docs)}  characters: {chars}  peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
