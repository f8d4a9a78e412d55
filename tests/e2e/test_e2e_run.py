"""The main job end to end through the real CLI, a real SQLite file and real processes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, shared_path

# columns that legitimately differ between two runs (wall-clock times)
_VOLATILE = {"ingested_at", "seen_at", "created_at", "updated_at", "at"}
_TABLES = ("articles", "inputs", "events", "event_sources", "event_aliases", "event_revisions")

TOWNS = [("Maiduguri", "Borno", "Nigeria"), ("Mopti", "Mopti", "Mali"), ("Beni", "North Kivu", "DR Congo"),
         ("Kharkiv", "Kharkiv", "Ukraine"), ("Mogadishu", "Banaadir", "Somalia"), ("Kandahar", "Kandahar", "Afghanistan")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sitrep(*args: str, **kw) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("sitrep")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=900, **kw)


def _corpus(path: Path, n: int) -> Path:
    """n short, distinct synthetic wire items (written here, varied places, counts and days)."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            town, region, country = TOWNS[i % len(TOWNS)]
            day = WEEKDAYS[i % 7]
            text = (f"Gunmen attacked a market in {town} on {day}, killing {i % 9 + 2} people, local officials said. "
                    f"Residents of {region} said the attackers fled on motorcycles. Report {i} of the test corpus.")
            rec = {"id": f"item{i:04d}", "text": text, "source": f"Wire {i % 3}", "published": f"2023-05-{1 + i % 28:02d}"}
            f.write(json.dumps(rec) + "\n")
    return path


def _dump(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    out = {}
    for t in _TABLES:
        cur = con.execute(f"SELECT * FROM {t}")
        cols = [d[0] for d in cur.description]
        rows = [tuple(v for c, v in zip(cols, r) if c not in _VOLATILE and c != "id") for r in cur.fetchall()]
        out[t] = sorted(rows, key=repr)
    con.close()
    return out


def _count(db: Path, table: str) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return 0


def test_run_twice_changes_no_row(tmp_path):
    db = tmp_path / "ex.db"
    first = _sitrep("run", str(EXAMPLES), "--db", str(db), "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert _count(db, "articles") >= 5 and _count(db, "events") >= 5
    before = _dump(db)
    second = _sitrep("run", str(EXAMPLES), "--db", str(db), "--workers", "1")
    assert second.returncode == 0, second.stderr
    assert _dump(db) == before


def test_kill_midway_then_rerun_loses_nothing_and_doubles_nothing(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl", 300)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _sitrep("run", str(corpus), "--db", str(clean_db), "--workers", "1").returncode == 0
    exe = Path(sys.executable).with_name("sitrep")
    proc = subprocess.Popen([str(exe), "run", str(corpus), "--db", str(killed_db), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 600
    while _count(killed_db, "articles") < 20 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(killed_db, "articles")
    assert 0 < stored < 300, f"the kill did not land midway ({stored} articles stored)"
    rerun = _sitrep("run", str(corpus), "--db", str(killed_db), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert _dump(killed_db) == _dump(clean_db)


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Protesters marched through Khartoum on Friday demanding civilian rule, witnesses said.\n")
    (folder / "empty.txt").write_text("")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "corpus.jsonl").write_text('{"id": "j1", "text": "Troops clashed with rebels near Goma on Sunday."}\n{not json\n')
    db = tmp_path / "m.db"
    res = _sitrep("run", str(folder), "--db", str(db))
    assert res.returncode == 1
    assert "empty.txt" in res.stderr and "junk.txt" in res.stderr and "corpus.jsonl:2" in res.stderr
    assert _count(db, "articles") == 2
    again = _sitrep("run", str(folder), "--db", str(db))
    assert again.returncode == 1 and _count(db, "articles") == 2 and _count(db, "inputs") == 3


def test_seeds_run_export_follows_the_contract(tmp_path):
    seeds = shared_path("seeds")
    db = tmp_path / "seeds.db"
    res = _sitrep("run", str(seeds), "--db", str(db))
    assert res.returncode == 0, res.stderr
    before = _dump(db)
    assert _sitrep("run", str(seeds), "--db", str(db)).returncode == 0
    assert _dump(db) == before
    out = _sitrep("export", "--db", str(db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records
    from sitrep.types import EVENT_TYPES

    required = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "inter1", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "geonameid", "fatalities", "fatalities_low", "fatalities_high", "claim_status", "claimed_by",
                "sources", "notes"]
    for r in records:
        assert all(k in r for k in required), set(required) - set(r)
        assert r["sub_event_type"] in EVENT_TYPES[r["event_type"]]
        assert r["time_precision"] in (1, 2, 3) and r["geo_precision"] in (1, 2, 3)
        assert r["claim_status"] in ("reported", "claimed", "disputed", "denied")
        assert len(r["event_date"]) == 10 and r["sources"]
        for s in r["sources"]:
            assert {"article_id", "source", "url", "published", "evidence", "start", "end"} <= set(s)
