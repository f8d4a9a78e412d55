"""Incremental merging into the real SQLite store: is the cost per new event flat as it grows?

Inserts N synthetic events (one article each; places over a wide area, all sub-event types)
through Store.write_article with the StoreMerger, and prints the mean time per new event for the
first 1,000 and the last 1,000, and peak memory. Like a news stream, the events' dates move
forward as the store grows (EVENTS_PER_DAY a day, each reported up to a week late), so the store
grows in time, not in density: a flat cost per event is what incremental merging must show.

    python benchmarks/bench_store.py [--n 100000] [--db /tmp/bench.db]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sitrep.store import open_store
from sitrep.store.merging import StoreMerger
from sitrep.types import EVENT_TYPES, Article, Event, SourceRef

TYPES = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
START = date(2020, 1, 1)
# Events a day in the synthetic stream (ACLED codes about 500 a day worldwide; 90 is a busy
# region), and how late a report may come.
EVENTS_PER_DAY = 90
MAX_DELAY_DAYS = 7


def synthetic(i: int, rng: random.Random) -> tuple[Article, Event]:
    et, st = rng.choice(TYPES)
    day = START + timedelta(days=i // EVENTS_PER_DAY - rng.randrange(MAX_DELAY_DAYS + 1))
    lat, lon = rng.uniform(-10, 40), rng.uniform(-15, 60)
    text = f"Synthetic report {i}: {st.lower()} at point {lat:.3f},{lon:.3f} on {day}."
    art = Article(f"b{i:07d}", text, hashlib.sha256(text.encode()).hexdigest(), source=f"Outlet {i % 50}")
    ev = Event(
        event_id=f"ev_b{i:07d}", event_date=day.isoformat(), time_precision=1, event_type=et, sub_event_type=st,
        actor1=f"Armed Group {rng.randrange(500)}", actor2=None, inter1=2, inter2=None, country=f"Country {int(lon // 10)}",
        admin1=None, location=f"Place {i}", latitude=lat, longitude=lon, geo_precision=1, geonameid=None,
        fatalities=rng.randrange(20), fatalities_low=None, fatalities_high=None, claim_status="reported", claimed_by=None,
        sources=(SourceRef(art.id, art.source, None, day.isoformat(), text, 0, len(text)),), notes=text,
        date_earliest=day.isoformat(), date_latest=day.isoformat(),
    )
    return art, ev


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    store, merger, rng = open_store(db), StoreMerger(), random.Random(7)
    times, merged = [], 0
    t_all = time.perf_counter()
    for i in range(args.n):
        art, ev = synthetic(i, rng)
        t0 = time.perf_counter()
        res = store.write_article(art, None, [ev], merger)
        times.append(time.perf_counter() - t0)
        merged += bool(res.updated)
    total = time.perf_counter() - t_all
    k = min(1000, args.n // 2)
    first, last = sum(times[:k]) / k, sum(times[-k:]) / k
    print(f"events inserted: {args.n}  (merged into an existing event: {merged})  store: {db}")
    print(f"time per new event, first {k}: {first * 1000:.2f} ms")
    print(f"time per new event, last {k}:  {last * 1000:.2f} ms   (ratio {last / first:.2f})")
    print(f"throughput: {args.n / total:.0f} events/s overall")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
