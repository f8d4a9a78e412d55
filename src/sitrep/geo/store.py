"""The compiled gazetteer file: one SQLite database.

Tables: ``places`` (one row per place), ``names`` (name key -> place id) and ``meta`` (build
version, source, and the pickled Aho-Corasick automaton over every name key, so that loading is one
read and one ``pickle.loads``).
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sitrep.geo.build import BUILD_VERSION, Entry, Progress, _no_progress, all_keys

__all__ = ["SCHEMA", "write_gazetteer", "build_automaton"]

SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL, longitude REAL, country TEXT,
    country_code TEXT, admin1 TEXT, geonameid INTEGER, feature_class TEXT, feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB);
"""


def build_automaton(keys: Iterable[str]):
    """An Aho-Corasick automaton storing each key's length (the key is the matched text itself)."""
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for k in keys:
        auto.add_word(k)
    auto.make_automaton()
    return auto


def _place_row(i: int, e: Entry) -> tuple:
    p = e.place
    return (i, p.name, p.latitude, p.longitude, p.country, p.country_code, p.admin1, p.geonameid,
            p.feature_class, p.feature_code, p.population)


def write_gazetteer(path: Path | str, entries: list[Entry], progress: Progress = _no_progress,
                    source: str = "") -> Path:
    """Write ``entries`` to a new SQLite file at ``path`` (atomically: a temp file, then a rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        _fill(con, entries, progress, source)
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def _fill(con: sqlite3.Connection, entries: list[Entry], progress: Progress, source: str) -> None:
    con.executescript(SCHEMA)
    progress(0, 3, "writing places")
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", (_place_row(i, e) for i, e in enumerate(entries)))
    progress(1, 3, "writing names")
    pairs = sorted(set(all_keys(entries)))
    con.executemany("INSERT INTO names VALUES (?,?)", pairs)
    progress(2, 3, "compiling the automaton")
    auto = build_automaton(sorted({k for k, _ in pairs}))
    meta = {"version": BUILD_VERSION, "source": source, "automaton": pickle.dumps(auto, protocol=5)}
    con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    progress(3, 3, "done")
