"""Geoparsing speed and memory: gazetteer build and load time, articles/s on fixed inputs.

Usage: python benchmarks/bench_geo.py [--build] [--articles N]
Inputs: the LGL articles (../shared/data/lgl/lgl.xml) when present, else the seed articles repeated.
Prints one "name: value" line per figure.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _texts(n: int) -> list[str]:
    lgl = SHARED / "data" / "lgl" / "lgl.xml"
    if lgl.exists():
        from sitrep.eval.lgl import read_lgl

        texts = [a.text for a in read_lgl(lgl)]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    if not texts:
        sys.exit("no input texts found under ../shared")
    return (texts * (n // len(texts) + 1))[:n]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="also time a fresh build of the bundled gazetteer")
    ap.add_argument("--articles", type=int, default=588)
    args = ap.parse_args()
    from sitrep.geo.demonyms import demonym_toponyms
    from sitrep.geo.gazetteer import Gazetteer, ensure_built
    from sitrep.geo.stage import geoparse
    from sitrep.settings import Settings

    if args.build:
        from sitrep.geo.build import build_default

        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            build_default(Path(tmp) / "g.sqlite")
            print(f"gazetteer_build_s: {time.perf_counter() - t:.1f}")
            print(f"peak_rss_after_build_mb: {_peak_mb():.0f}")
    path = ensure_built(Settings())
    t, cpu = time.perf_counter(), time.process_time()
    gaz = Gazetteer.load(path)
    print(f"gazetteer_load_s: {time.perf_counter() - t:.2f} (cpu {time.process_time() - cpu:.2f})")
    texts = _texts(args.articles)
    t, cpu = time.perf_counter(), time.process_time()
    n_top = n_dem = 0
    for x in texts:  # what `sitrep geoparse` computes: place mentions, then demonym mentions
        places = geoparse(x, gaz)
        n_top, n_dem = n_top + len(places), n_dem + len(demonym_toponyms(x, gaz, places))
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    chars = sum(map(len, texts))
    print(f"articles: {len(texts)} ({chars / len(texts):.0f} chars on average), toponyms: {n_top}, demonyms: {n_dem}")
    print(f"articles_per_s_wall: {len(texts) / dt:.0f}")
    # CPU time of this process: the one-core rate, whatever else shares the machine
    print(f"articles_per_cpu_s: {len(texts) / dcpu:.0f}")
    print(f"peak_rss_mb: {_peak_mb():.0f}")


if __name__ == "__main__":
    main()
