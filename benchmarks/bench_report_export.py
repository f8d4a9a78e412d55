"""Export, read-back and situation-report speed on a fixed synthetic store.

    python benchmarks/bench_report_export.py [--events 10000] [--formats jsonl,csv,geojson,parquet]

Builds a SQLite store of N seeded synthetic events (4 per article, 12 places in 9 countries, two
years) in a temporary folder, then times: each export format (events/s written, file size, events/s
read back with ``read_events``) and the HTML and Markdown situation reports for a 7-day and a 90-day
period (seconds, events covered, output size). Prints peak RSS at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

# Country, admin1, location and its coordinates (facts, to spread events over the map).
PLACES = (
    ("Nigeria", "Borno", "Maiduguri", 11.85, 13.16),
    ("Nigeria", "Zamfara", "Gusau", 12.16, 6.66),
    ("Mali", "Gao", "Gao", 16.27, -0.04),
    ("Iraq", "Nineveh", "Mosul", 36.34, 43.12),
    ("Iraq", "Salah ad Din", "Tikrit", 34.61, 43.68),
    ("Syria", "Idlib", "Idlib", 35.93, 36.63),
    ("Somalia", "Banaadir", "Mogadishu", 2.04, 45.34),
    ("Sudan", "Khartoum", "Omdurman", 15.64, 32.48),
    ("Ukraine", "Donetsk", "Kramatorsk", 48.72, 37.56),
    ("Afghanistan", "Kabul", "Kabul", 34.53, 69.17),
    ("Burkina Faso", "Sahel", "Djibo", 14.10, -1.63),
    ("Myanmar", "Shan", "Lashio", 22.94, 97.75),
)
TYPES = (
    ("Battles", "Armed clash", 2, 1),
    ("Battles", "Non-state actor overtakes territory", 2, 1),
    ("Explosions/Remote violence", "Air/drone strike", 1, 7),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 8, 1),
    ("Violence against civilians", "Attack", 3, 7),
    ("Protests", "Peaceful protest", 6, None),
    ("Strategic developments", "Arrests", 1, 6),
)
ACTORS = {
    1: "Military Forces",
    2: "Insurgent Group",
    3: "Local Militia",
    6: "Protesters",
    7: "Civilians",
    8: "Unidentified Armed Group",
}
START = date(2022, 1, 1)
DAYS = 730
PER_ARTICLE = 4


def _event(rng: random.Random, i: int, article_id: str, text: str, offset: int):
    from sitrep.types import Event, SourceRef

    country, admin1, loc, lat, lon = rng.choice(PLACES)
    etype, sub, inter1, inter2 = rng.choice(TYPES)
    day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    deaths = rng.choice((None, 0, 1, 2, 3, 5, 8, 12, 30))
    sentence = text[offset : offset + 60]
    return Event(
        event_id=f"ev_{i:07d}",
        event_date=day,
        time_precision=1,
        event_type=etype,
        sub_event_type=sub,
        actor1=f"{ACTORS[inter1]} ({country})",
        actor2=f"{ACTORS[inter2]} ({country})" if inter2 else None,
        inter1=inter1,
        inter2=inter2,
        country=country,
        admin1=admin1,
        location=loc,
        latitude=lat + rng.uniform(-0.3, 0.3),
        longitude=lon + rng.uniform(-0.3, 0.3),
        geo_precision=1,
        geonameid=None,
        fatalities=deaths,
        fatalities_low=deaths,
        fatalities_high=deaths,
        claim_status=rng.choice(("reported",) * 8 + ("claimed", "disputed")),
        claimed_by=None,
        sources=(
            SourceRef(
                article_id,
                "Bench Wire",
                f"https://bench.example/{article_id}",
                day,
                sentence,
                offset,
                offset + len(sentence),
            ),
        ),
        notes=f"Synthetic event {i} near {loc}.",
        confidence=0.7,
        reasons={"date": "synthetic"},
    )


def build(db: Path, n: int) -> None:
    from sitrep.store import open_store
    from sitrep.types import Article

    rng = random.Random(7)
    store = open_store(db)
    for a in range(0, n, PER_ARTICLE):
        text = " ".join(
            f"Sentence {a}-{k} of a synthetic report about fighting and protests." for k in range(PER_ARTICLE)
        )
        art = Article(
            id=f"bench-{a}",
            text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            source="Bench Wire",
        )
        events = [_event(rng, a + k, art.id, text, k * 70) for k in range(min(PER_ARTICLE, n - a))]
        store.write_article(art, None, events)
    store.close()


class _Clock:
    """Wall-clock and CPU seconds of a block (the CPU figure is what a busy shared machine hides)."""

    def __enter__(self) -> _Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def bench_exports(db: Path, out_dir: Path, formats: list[str]) -> None:
    from sitrep.export import read_events, write_events
    from sitrep.store import open_store

    with open_store(db) as store:
        for fmt in formats:
            path = out_dir / f"events.{fmt}"
            with _Clock() as w:
                n = write_events(store.iter_events(), path, fmt)
            with _Clock() as r:
                back = len(read_events(path))
            print(
                f"export {fmt:8} {n} events ({path.stat().st_size / 1e6:.1f} MB): store->file {n / w.wall:6.0f} "
                f"events/s ({n / w.cpu:6.0f}/CPU-s); read back {back / r.wall:6.0f} events/s ({back / r.cpu:6.0f}/CPU-s)"
            )


def bench_reports(db: Path, out_dir: Path) -> None:
    from sitrep.report import build_report, write_report
    from sitrep.store import open_store

    until = START + timedelta(days=DAYS - 1)
    with open_store(db) as store:
        for days in (7, 90):
            for fmt in ("html", "md"):
                with _Clock() as c:
                    rep = build_report(store, until - timedelta(days=days - 1), until)
                    files = write_report(rep, fmt, out_dir / f"report-{days}.{fmt}")
                size = sum(p.stat().st_size for p in files) / 1e6
                print(
                    f"report {fmt:4} {days:3} days: {c.wall:5.2f} s ({c.cpu:5.2f} CPU-s), "
                    f"{len(rep.events)} events, {size:.1f} MB"
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--formats", default="jsonl,csv,geojson,parquet")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        build(db, args.events)
        print(f"built a store of {args.events} events in {time.perf_counter() - t:.1f} s")
        bench_exports(db, Path(tmp), args.formats.split(","))
        bench_reports(db, Path(tmp))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS {peak / 1024:.0f} MB" if sys.platform != "darwin" else f"peak RSS {peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
