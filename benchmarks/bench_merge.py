"""Incremental merging cost as the store grows: synthetic events through Merger + InMemoryIndex.

    .venv/bin/python benchmarks/bench_merge.py [--events 100000] [--seed 7]

Prints the mean and median time per new event over the first, the middle and the last 1,000
events (roughly equal when the lookup cost does not grow with the store; the median is the figure
to compare on a busy machine; the synthetic stream itself gets a little denser, from about 4.0
candidates per lookup in the first 1,000 events to 5.1 in the last), the throughput, how many were
merged, and the peak memory of the process
(ru_maxrss). The events are fixed by the seed: ~5 years, 400 places spread
over 4 countries, 6 sub-event types, about one in four reports a second report of an earlier event.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections import deque
from datetime import date, timedelta
from typing import Any

from sitrep.merge import InMemoryIndex, Merger
from sitrep.types import Event, SourceRef

KINDS = [
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
COUNTRIES = [("Iraq", 33.0, 44.0), ("Syria", 35.0, 38.0), ("Nigeria", 9.0, 8.0), ("Yemen", 15.0, 45.0)]
WORDS = (
    "gunmen attacked village market convoy checkpoint militants police soldiers killed wounded near".split()
)
START = date(2015, 1, 1)
SPAN_DAYS = 5 * 365
PLACES = 400


def _places(rng: random.Random) -> list[tuple[str, float, float, str]]:
    out = []
    for i in range(PLACES):
        country, lat, lon = COUNTRIES[i % len(COUNTRIES)]
        out.append((f"Town{i}", lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3), country))
    return out


def _event(i: int, rng: random.Random, places: list, like: Event | None) -> Event:
    if like is not None:  # another outlet's report of an earlier event
        day = date.fromisoformat(like.event_date) + timedelta(days=rng.choice([0, 0, 1]))
        name, lat, lon, country = like.location, like.latitude, like.longitude, like.country
        kind, toll = (like.event_type, like.sub_event_type), like.fatalities
    else:
        day = START + timedelta(days=int(i * SPAN_DAYS / 100_000) + rng.randint(0, 3))
        name, lat, lon, country = rng.choice(places)
        kind, toll = rng.choice(KINDS), rng.choice([None, 0, 1, 2, 5, 12])
    text = " ".join(rng.choice(WORDS) for _ in range(12))
    ref = SourceRef(f"art{i}", f"outlet{i % 50}", None, day.isoformat(), text, 0, len(text))
    precision = rng.choice([1, 1, 1, 2])
    half = 3 if precision == 2 else 0
    return Event(
        event_id=f"ev{i}",
        event_date=day.isoformat(),
        time_precision=precision,
        event_type=kind[0],
        sub_event_type=kind[1],
        actor1="Unidentified Armed Group",
        actor2=None,
        inter1=None,
        inter2=None,
        country=country,
        admin1=None,
        location=name,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        geonameid=None,
        fatalities=toll,
        fatalities_low=toll,
        fatalities_high=toll,
        claim_status="reported",
        claimed_by=None,
        sources=(ref,),
        notes="",
        date_earliest=(day - timedelta(days=half)).isoformat(),
        date_latest=(day + timedelta(days=half)).isoformat(),
    )


def run(index: Any, n_events: int, seed: int) -> tuple[list[float], int]:
    """Feed ``n_events`` synthetic events through a Merger over ``index`` (anything with
    ``candidates(event)`` and ``apply(result)``); the time of each add+apply, and how many merged."""
    rng = random.Random(seed)
    places = _places(rng)
    merger = Merger(index)
    recent: deque[Event] = deque(maxlen=200)
    timings: list[float] = []
    merged = 0
    for i in range(n_events):
        like = rng.choice(recent) if recent and rng.random() < 0.25 else None
        event = _event(i, rng, places, like)
        t0 = time.perf_counter()
        result = merger.add(event)
        index.apply(result)
        timings.append(time.perf_counter() - t0)
        merged += result.action == "updated"
        recent.append(result.event)
    return timings, merged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    index = InMemoryIndex()
    timings, merged = run(index, args.events, args.seed)
    n = min(1000, len(timings))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events: {args.events}  stored: {len(index)}  merged: {merged}")
    mid = len(timings) // 2
    parts = (("first", timings[:n]), ("middle", timings[mid : mid + n]), ("last", timings[-n:]))
    for label, part in parts:
        mean, median = sum(part) / n * 1e3, statistics.median(part) * 1e3
        print(f"{label} {n}: mean {mean:.3f} ms/event, median {median:.3f} ms/event")
    print(f"throughput: {args.events / sum(timings):.0f} events/s   peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
