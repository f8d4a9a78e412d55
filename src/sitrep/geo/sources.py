"""Reading the bundled knowledge files of ``sitrep/data/geo`` (see its README.md).

Every reader returns plain frozen records; nothing here touches the network or the working directory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "AliasRow",
    "CountryRow",
    "SeatRow",
    "StateRow",
    "acronyms",
    "admin1_names",
    "article_countries",
    "aliases",
    "countries",
    "cues",
    "data_text",
    "demonyms",
    "division_capitals",
    "exonyms",
    "first_names",
    "home_forces",
    "actor_name_index",
    "org_names",
    "seats",
    "stoplist",
    "us_county_centres",
    "us_county_populations",
    "us_places",
    "us_states",
]


@dataclass(frozen=True, slots=True)
class CountryRow:
    cc: str
    latitude: float
    longitude: float
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StateRow:
    code: str
    name: str
    abbreviations: tuple[str, ...]
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class SeatRow:
    cc: str
    name: str
    seat: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AliasRow:
    name: str
    names: tuple[str, ...]
    cc: str | None
    feature_class: str
    feature_code: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int


def data_text(name: str) -> str:
    """The text of one file of ``sitrep/data/geo``."""
    return resources.files("sitrep").joinpath("data", "geo", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryRow]:
    rows = (CountryRow(r[0], float(r[1]), float(r[2]), _split(_cell(r, 3))) for r in _rows("countries.tsv"))
    return {r.cc: r for r in rows}


@lru_cache(maxsize=1)
def us_states() -> dict[str, StateRow]:
    rows = (StateRow(r[0], r[1], _split(r[2]), float(r[3]), float(r[4])) for r in _rows("us_states.tsv"))
    return {r.code: r for r in rows}


@lru_cache(maxsize=1)
def admin1_names() -> dict[tuple[str, str], str]:
    """(cc, GeoNames admin1 code) -> the division's name: ``admin1_names.tsv``."""
    return {(r[0], r[1]): r[2] for r in _rows("admin1_names.tsv")}


@lru_cache(maxsize=1)
def us_county_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, county name) -> (latitude, longitude): ``us_counties.tsv``."""
    return {(r[0], r[1]): (float(r[2]), float(r[3])) for r in _rows("us_counties.tsv")}


def us_county_populations() -> dict[tuple[str, str], int]:
    """(state code, county name) -> the summed population of its cities500 towns (``us_counties.tsv``,
    fifth column; see ``sitrep.geo.counties``). Read once, at build time."""
    return {(r[0], r[1]): int(r[4]) for r in _rows("us_counties.tsv") if len(r) > 4}


def us_places() -> list[tuple[str, str, float, float]]:
    """(state code, town, latitude, longitude) of the US towns cities500 lacks: ``us_places.tsv``.
    Read once, at build time (not cached: the build is the only reader)."""
    return [(r[0], r[1], float(r[2]), float(r[3])) for r in _rows("us_places.tsv")]


@lru_cache(maxsize=1)
def seats() -> tuple[SeatRow, ...]:
    return tuple(SeatRow(r[0], r[1], r[2], _split(_cell(r, 3))) for r in _rows("admin1_seats.tsv"))


def _alias(r: list[str]) -> AliasRow:
    return AliasRow(
        name=r[0], names=_split(r[1]), cc=r[2] or None, feature_class=r[3], feature_code=r[4],
        admin1=r[5] or None, latitude=float(r[6]), longitude=float(r[7]), population=int(r[8] or 0),
    )


@lru_cache(maxsize=1)
def aliases() -> tuple[AliasRow, ...]:
    return tuple(_alias(r) for r in _rows("aliases.tsv"))


def _with_plurals(pairs) -> dict[str, str]:
    """Demonym -> value, with the plural in -s of each demonym that takes one."""
    out: dict[str, str] = {}
    for word, value in pairs:
        out[word] = value
        if not word.endswith(("sh", "ch", "ese", "s")) and word + "s" not in _PLURAL_IS_COUNTRY:
            out[word + "s"] = value
    return out


# Plurals of an adjective that are a country's name, not its people ("the Philippines"): no demonym.
_PLURAL_IS_COUNTRY = frozenset({"Philippines"})


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym (and its plural) -> ISO country code."""
    return _with_plurals((row[0], row[1]) for row in _rows("demonyms.tsv"))


@lru_cache(maxsize=1)
def demonym_regions() -> dict[str, str]:
    """Demonym (and its plural) of a people of one region -> the region's name ("Abkhaz" -> "Abkhazia")."""
    return _with_plurals((row[0], row[2]) for row in _rows("demonyms.tsv") if _cell(row, 2))


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """All-capital names the curated files give ("US", "U.S.", "UAE", "DRC"): places, not organisations."""
    names = [n for r in countries().values() for n in r.names]
    names += [n for r in aliases() for n in (r.name, *r.names)]
    names += [n for r in seats() for n in (r.name, *r.names)]
    names += [r.code for r in us_states().values()] + [a for r in us_states().values() for a in r.abbreviations]
    return frozenset(n for n in names if n.isupper())


@lru_cache(maxsize=1)
def org_names() -> tuple[str, ...]:
    """Organisation names containing place names, as name keys, longest first."""
    from sitrep.geo.normalize import name_key

    return tuple(sorted({name_key(r[0]) for r in _rows("org_names.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def actor_name_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Names of the armed groups and forces of the actor dictionary (``data/actors/named.json``:
    "Boko Haram", "Tigray Defense Forces", "Wagner") as folded keys, indexed by every run of their
    words: key of the run -> (whole name, offset of the run in it). A place name inside one of them
    ("Haram", "Tigray") is part of an organisation's name, not a place mention."""
    from sitrep.geo.normalize import name_key

    raw = json.loads(resources.files("sitrep").joinpath("data", "actors", "named.json").read_text(encoding="utf-8"))
    names = {name_key(n) for a in raw["actors"] for n in (a["name"], *a["aliases"])}
    index: dict[str, list[tuple[str, int]]] = {}
    for name in names:
        for key, offset in _word_runs(name):
            index.setdefault(key, []).append((name, offset))
    return {k: tuple(v) for k, v in index.items()}


def _word_runs(name: str) -> list[tuple[str, int]]:
    """Every run of consecutive words of ``name`` with its character offset (an apostrophe
    separates words too: "Jama" in "Jama'atu")."""
    starts = [0] + [i + 1 for i, ch in enumerate(name) if ch in " '"]
    ends = [i for i, ch in enumerate(name) if ch in " '"] + [len(name)]
    return [(name[starts[i] : ends[j]], starts[i]) for i in range(len(starts)) for j in range(i, len(ends))]


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(r[0].lower() for r in _rows("first_names.txt"))


@lru_cache(maxsize=1)
def division_capitals() -> frozenset[tuple[str, str]]:
    """(cc, folded admin1 name) of the divisions whose capital town bears the division's name."""
    from sitrep.geo.normalize import fold

    return frozenset((r[0], fold(r[1])) for r in _rows("division_capitals.tsv"))


@lru_cache(maxsize=1)
def home_forces() -> dict[str, str]:
    """Actor name (``../actors/named.json``) -> the country a national army fights in at home:
    ``home_forces.tsv``."""
    return {r[0]: r[1] for r in _rows("home_forces.tsv")}


@lru_cache(maxsize=1)
def exonyms() -> dict[tuple[str, str], frozenset[str]]:
    """(cc, name key of a gazetteer town) -> name keys of the spellings news uses for it that GeoNames
    holds only as alternates ("zaporozhye" for Zaporizhzhya): ``exonyms.tsv``."""
    from sitrep.geo.normalize import name_key

    return {(r[0], name_key(r[1])): frozenset(name_key(x) for x in _split(r[2])) for r in _rows("exonyms.tsv")}


@lru_cache(maxsize=1)
def article_countries() -> frozenset[str]:
    """Countries whose town names GeoNames writes with Arabic's article ("Al Qamishli", "Ar Raqqah")."""
    return frozenset(r[0] for r in _rows("article_countries.tsv"))


@lru_cache(maxsize=1)
def stoplist() -> dict[str, bool]:
    """Lower-cased word -> True when it is never a place (a "!" line), False when a cue can save it."""
    return {r[0].lstrip("!").lower(): r[0].startswith("!") for r in _rows("stoplist.txt")}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    return json.loads(data_text("cues.json"))
