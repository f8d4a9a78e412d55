"""The gazetteer service: name lookups over a compiled SQLite file (see :mod:`sitrep.geo.store`).

``Gazetteer`` is the seam the geoparser depends on. ``Gazetteer.load(path)`` opens a compiled file;
``Gazetteer.from_places(...)`` builds a small one in memory (tests, plug-ins);
``default_gazetteer(settings)`` is the registered provider: the file named by
``settings.gazetteer``, or the bundled one, compiled on first use into ``settings.cache_dir``.
"""

from __future__ import annotations

import pickle
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sitrep.geo.build import BUILD_VERSION, Entry, Progress, _no_progress
from sitrep.geo.normalize import name_key
from sitrep.pipeline import provider
from sitrep.settings import Settings
from sitrep.types import Place

__all__ = ["Gazetteer", "default_gazetteer", "default_path", "ensure_built"]

_COLUMNS = "id, name, latitude, longitude, country, country_code, admin1, geonameid, feature_class, feature_code, population"


# Every place one name key can name, most populous first (the statement is built once, speed).
_CANDIDATES_SQL = (f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} FROM names n "
                   "JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY p.population DESC, p.id")


def _place(row: tuple) -> Place:
    return Place(
        name=row[1], latitude=row[2], longitude=row[3], country=row[4], country_code=row[5],
        admin1=row[6], geonameid=row[7], feature_class=row[8], feature_code=row[9], population=row[10] or 0,
    )


# A web address ending glued to a capital: the capital starts a new word.
_GLUED_DOMAIN = re.compile(r"\.(?:com|net|org|tv)(?=[A-Z])")


def _glued_starts(text: str) -> frozenset[int]:
    """Offsets of capitals glued to a web address before them ("abc7news.comSan Francisco")."""
    return frozenset(m.end() for m in _GLUED_DOMAIN.finditer(text))


class Gazetteer:
    """Places by name. Thread-safe for reads; lookups are cached per instance."""

    def __init__(self, con: sqlite3.Connection, automaton: Any, source: str = "", path: Path | None = None):
        self._con = con
        self.path = path
        self._lock = threading.Lock()
        self.automaton = automaton
        self.source = source
        self._cache: dict[str, list[Place]] = {}
        # other stages' lookups derived from this gazetteer alone (by kind, then key): kept with it
        # and dropped with it, where a module-level cache keyed by the gazetteer would keep every
        # gazetteer ever used alive
        self.memo: dict[str, dict[str, Any]] = {}
        self._countries = self._load_countries()

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Open a compiled gazetteer file (read-only)."""
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no compiled gazetteer here")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(con.execute("SELECT k, v FROM meta"))
        return cls(con, pickle.loads(meta["automaton"]), str(meta.get("source", "")), path)

    def __reduce__(self) -> tuple:
        """Pickled (for worker processes) as its file path: the copy reopens the file."""
        if self.path is None:
            raise TypeError("an in-memory Gazetteer cannot be pickled; write it to a file first")
        return (Gazetteer.load, (self.path,))

    @classmethod
    def from_places(cls, places: Iterable[tuple[Place, Iterable[str]]]) -> Gazetteer:
        """A small in-memory gazetteer: (place, its names) pairs. The place's own name is always a name."""
        from sitrep.geo.store import SCHEMA, build_automaton
        from sitrep.geo.build import all_keys
        from sitrep.geo.store import _place_row

        entries = [Entry(p, {p.name, *names}) for p, names in places]
        con = sqlite3.connect(":memory:", check_same_thread=False)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", (_place_row(i, e) for i, e in enumerate(entries)))
        pairs = sorted(set(all_keys(entries)))
        con.executemany("INSERT INTO names VALUES (?,?)", pairs)
        return cls(con, build_automaton(sorted({k for k, _ in pairs})), "in-memory")

    # ------------------------------------------------------------------ lookups
    def candidates(self, name: str) -> list[Place]:
        """Every place that can be called ``name`` (any spelling folding to the same key), most populous first."""
        key = name_key(name)
        hit = self._cache.get(key)
        if hit is None:
            with self._lock:
                rows = self._con.execute(_CANDIDATES_SQL, (key,)).fetchall()
            hit = self._cache[key] = [_place(r) for r in rows]
        return list(hit)

    def has_key(self, key: str) -> bool:
        """Whether a folded, single-spaced key names any place."""
        return self.automaton.exists(key)

    def country(self, code_or_name: str) -> Place | None:
        """A country (A/PCLI) by ISO alpha-2 code or by any of its names."""
        if len(code_or_name) == 2 and code_or_name.upper() in self._countries:
            return self._countries[code_or_name.upper()]
        for p in self.candidates(code_or_name):
            if p.feature_code == "PCLI":
                return p
        return None

    def admin1(self, country_code: str, name: str) -> Place | None:
        """A first-level division of a country by name."""
        for p in self.candidates(name):
            if p.country_code == country_code and p.feature_code == "ADM1":
                return p
        return None

    def places_in(self, country_code: str, feature_code: str) -> list[Place]:
        with self._lock:
            rows = self._con.execute(
                f"SELECT {_COLUMNS} FROM places WHERE country_code = ? AND feature_code = ?",
                (country_code, feature_code),
            ).fetchall()
        return [_place(r) for r in rows]

    def matches(self, folded: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every name key occurring in already-folded text."""
        for end, length in self.automaton.iter(folded):
            yield end + 1 - length, end + 1

    def word_matches(self, folded: str, text: str) -> list[tuple[int, int]]:
        """The ``matches`` that sit on word boundaries of ``text`` (the original of ``folded``): no
        letter, digit or underscore just before, nor just after unless the name ends with a period.
        Most raw matches are inside words ("ran" in "Iran"), so this filter runs inline (speed). A
        capitalised name glued to a web address before it starts a word ("abc7news.comSan Francisco":
        flattened pages glue a site's name to the story)."""
        n, out = len(text), []
        glued = _glued_starts(text)  # almost always empty
        for end, length in self.automaton.iter(folded):
            s, e = end + 1 - length, end + 1
            if s and (text[s - 1].isalnum() or text[s - 1] == "_") and (not glued or s not in glued):
                continue
            if e < n and text[end] != "." and (text[e].isalnum() or text[e] == "_"):
                continue
            out.append((s, e))
        return out

    def _load_countries(self) -> dict[str, Place]:
        with self._lock:
            rows = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE feature_code = 'PCLI'").fetchall()
        return {p.country_code: p for p in map(_place, rows) if p.country_code}

    def __len__(self) -> int:
        with self._lock:
            return self._con.execute("SELECT count(*) FROM places").fetchone()[0]


def default_path(settings: Settings) -> Path:
    """Where the bundled gazetteer is compiled: ``<cache_dir>/gazetteer-<version>.sqlite``."""
    return Path(settings.cache_dir).expanduser() / f"gazetteer-{BUILD_VERSION}.sqlite"


def ensure_built(settings: Settings, progress: Progress = _no_progress, force: bool = False) -> Path:
    """The path of the gazetteer to use, compiling the bundled one first if it is missing."""
    if settings.gazetteer:
        return Path(settings.gazetteer).expanduser()
    path = default_path(settings)
    if force or not path.exists():
        from sitrep.geo.build import build_default

        build_default(path, progress)
    return path


@provider("gazetteer")
def default_gazetteer(settings: Settings) -> Gazetteer:
    """The compiled gazetteer named by the settings, or the bundled one (built on first use)."""
    return Gazetteer.load(ensure_built(settings))


