"""Requests/s and latency of ``GET /api/events`` with filters, through a real uvicorn on localhost.

    python benchmarks/bench_api.py [--events 100000] [--requests 2000] [--threads 4] [--indexes] [--db F]

Builds a store of N synthetic events (bulk insert, one source each, 5 events per article) in a
temporary folder, starts ``sitrep``'s app under uvicorn in a separate process on a free port, and
sends a fixed, seeded mix of filtered queries from a client thread pool. Prints requests/s, p50,
p95 and p99 latency overall and per filter kind, and the server's peak RSS. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

# Country, admin1 and a point in it (facts, to spread events over the map).
PLACES = (
    ("Nigeria", "Borno", 11.85, 13.16), ("Nigeria", "Kaduna", 10.52, 7.44), ("Mali", "Gao", 16.27, -0.04),
    ("Iraq", "Nineveh", 36.34, 43.12), ("Iraq", "Baghdad", 33.34, 44.40), ("Syria", "Idlib", 35.93, 36.63),
    ("Yemen", "Marib", 15.46, 45.32), ("Somalia", "Banadir", 2.04, 45.34), ("Sudan", "Khartoum", 15.50, 32.56),
    ("Ukraine", "Donetsk", 48.02, 37.80), ("Afghanistan", "Kabul", 34.53, 69.17), ("Colombia", "Cauca", 2.44, -76.61),
    ("Myanmar", "Shan", 22.04, 96.46), ("DR Congo", "North Kivu", -1.68, 29.22), ("Burkina Faso", "Sahel", 14.03, -0.03),
)
ACTORS = ("Islamic State", "Boko Haram", "Military Forces of Nigeria", "Unidentified Armed Group", "Al Shabaab",
          "Police Forces of Iraq", "Protesters", "Rioters", "JNIM", "Civilians")
CLAIMS = ("reported",) * 8 + ("claimed", "disputed")
START = date(2020, 1, 1)
DAYS = 730


def _events(n: int, rng: random.Random):  # type: ignore[no-untyped-def]
    from sitrep.types import EVENT_TYPES

    types = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    for i in range(n):
        country, admin1, lat, lon = rng.choice(PLACES)
        etype, sub = rng.choice(types)
        day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
        deaths = None if rng.random() < 0.3 else int(rng.expovariate(0.2))
        yield {
            "event_id": f"ev_{i:07d}", "event_date": day, "date_earliest": day, "date_latest": day, "time_precision": 1,
            "event_type": etype, "sub_event_type": sub, "actor1": rng.choice(ACTORS), "actor2": rng.choice(ACTORS),
            "inter1": 1, "inter2": 7, "country": country, "admin1": admin1, "location": admin1,
            "latitude": lat + rng.uniform(-1, 1), "longitude": lon + rng.uniform(-1, 1), "geo_precision": 1,
            "geonameid": None, "fatalities": deaths, "fatalities_low": deaths, "fatalities_high": deaths,
            "claim_status": rng.choice(CLAIMS), "claimed_by": None, "notes": f"{sub} in {admin1}, {country}.",
            "confidence": round(rng.random(), 3), "corroboration": 1, "reasons": {},
        }


def build_store(db: Path, n: int, seed: int = 7) -> float:
    """Bulk-insert ``n`` synthetic events (and their articles and sources); seconds taken."""
    from sitrep.store import open_store
    from sitrep.store import schema as S
    from sitrep.store.sql import _event_values  # the store's own row mapping (derived columns included)
    from sitrep.types import Event

    t0 = time.perf_counter()
    store = open_store(db)
    rng = random.Random(seed)
    stamp = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}
    events = [{**_event_values(Event(sources=(), **e)), **stamp, "seq": i + 1} for i, e in enumerate(_events(n, rng))]
    articles = [{"id": f"art_{i:06d}", "content_hash": hashlib.sha1(str(i).encode()).hexdigest(), "origin": {},
                 "text": f"Synthetic article {i}.", "n_events": 5, "ingested_at": "2026-01-01T00:00:00+00:00"}
                for i in range((n + 4) // 5)]
    sources = [{"event_id": e["event_id"], "article_id": f"art_{i // 5:06d}", "position": 0, "source": "Synthetic Wire",
                "url": None, "published": e["event_date"], "evidence": e["notes"], "start": 0, "end": len(e["notes"])}
               for i, e in enumerate(events)]
    with store.engine.begin() as conn:
        for table, rows in ((S.articles, articles), (S.events, events), (S.event_sources, sources)):
            for k in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[k:k + 5000])
    store.close()
    return time.perf_counter() - t0


# Indexes the store lacks for these filters (proposed to the store's owner; --indexes adds them to
# the benchmark's own database to measure the difference). Filters compare lower(column).
SUGGESTED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS bench_ix_country_date ON events (lower(country), event_date)",
    "CREATE INDEX IF NOT EXISTS bench_ix_type_date ON events (lower(event_type), event_date)",
    "CREATE INDEX IF NOT EXISTS bench_ix_claim_date ON events (lower(claim_status), event_date)",
    "CREATE INDEX IF NOT EXISTS bench_ix_fatalities ON events (fatalities)",
)


def add_indexes(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        for ddl in SUGGESTED_INDEXES:
            conn.execute(ddl)
        conn.execute("ANALYZE")


def query_mix(n: int, seed: int = 11) -> list[tuple[str, dict[str, str]]]:
    """A fixed mix of the dashboard's and analysts' queries: (kind, params)."""
    from sitrep.types import EVENT_TYPES

    rng = random.Random(seed)
    def day() -> date:
        return START + timedelta(days=rng.randrange(DAYS - 60))
    makers = {
        "no filter": lambda: {},
        "country": lambda: {"country": rng.choice(PLACES)[0]},
        "country+type": lambda: {"country": rng.choice(PLACES)[0], "event_type": rng.choice(list(EVENT_TYPES))},
        "date range": lambda: (lambda d: {"since": d.isoformat(), "until": (d + timedelta(days=30)).isoformat()})(day()),
        "bbox": lambda: (lambda p: {"bbox": f"{p[3] - 2},{p[2] - 2},{p[3] + 2},{p[2] + 2}"})(rng.choice(PLACES)),
        "min_fatalities": lambda: {"min_fatalities": str(rng.choice((5, 10, 20)))},
        "actor": lambda: {"actor": rng.choice(ACTORS)},
        "claim_status": lambda: {"claim_status": "disputed"},
        "geojson page": lambda: {"format": "geojson", "limit": "1000", "country": rng.choice(PLACES)[0]},
        "text search": lambda: {"q": rng.choice(("Borno", "drone", "Kabul"))},
    }
    kinds = list(makers)
    return [(k, makers[k]()) for k in (kinds[i % len(kinds)] for i in range(n))]


def _serve(db: Path, port: int) -> subprocess.Popen:  # type: ignore[type-arg]
    code = (
        "import sys; from sitrep.api.app import create_app; from sitrep.api.server import serve;"
        "from sitrep.store import open_store;"
        "serve(create_app(open_store(sys.argv[1])), port=int(sys.argv[2]))"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_ready(url: str, proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    import httpx

    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            httpx.get(url + "/api/meta", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def run(url: str, mix: list[tuple[str, dict[str, str]]], threads: int) -> tuple[float, list[tuple[str, float]]]:
    import httpx

    clients = [httpx.Client(base_url=url, timeout=30) for _ in range(threads)]

    def one(i: int) -> tuple[str, float]:
        kind, params = mix[i]
        t0 = time.perf_counter()
        resp = clients[i % threads].get("/api/events", params=params)
        resp.raise_for_status()
        return kind, time.perf_counter() - t0

    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(one, range(len(mix))))
    return time.perf_counter() - t0, results


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000 if len(values) > 1 else values[0] * 1000


def _server_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(elapsed: float, results: list[tuple[str, float]], server_pid: int) -> None:
    lat = [t for _, t in results]
    print(f"requests: {len(results)} in {elapsed:.2f} s = {len(results) / elapsed:.1f} requests/s")
    print(f"latency ms: p50 {pct(lat, 50):.1f}  p95 {pct(lat, 95):.1f}  p99 {pct(lat, 99):.1f}  (target p95 < 100)")
    for kind in dict.fromkeys(k for k, _ in results):
        ks = [t for k, t in results if k == kind]
        print(f"  {kind:<15} n={len(ks):<5} p50 {pct(ks, 50):7.1f}  p95 {pct(ks, 95):7.1f}")
    print(f"server peak RSS: {_server_rss_mb(server_pid):.0f} MB; "
          f"client peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--indexes", action="store_true", help="add SUGGESTED_INDEXES to the benchmark database")
    ap.add_argument("--db", type=Path, help="reuse (or build once) the store at this path")
    args = ap.parse_args()
    from sitrep.api.server import free_port

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            print(f"store: {args.events:,} synthetic events built in {build_store(db, args.events):.1f} s")
        if args.indexes:
            add_indexes(db)
            print("with the suggested indexes")
        port = free_port()
        proc = _serve(db, port)
        try:
            _wait_ready(f"http://127.0.0.1:{port}", proc)
            mix = query_mix(args.requests)
            run(f"http://127.0.0.1:{port}", mix[:50], args.threads)  # warm-up: connections, page cache
            elapsed, results = run(f"http://127.0.0.1:{port}", mix, args.threads)
            report(elapsed, results, proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
