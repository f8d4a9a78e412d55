"""Building the gazetteer from a GeoNames dump (``allCountries.zip``, ``IQ.zip`` or ``IQ.txt``), with an
optional ``alternateNames`` file (``.zip`` or ``.txt``).

Dump columns (tab-separated, GeoNames order): geonameid, name, asciiname, alternatenames, latitude,
longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3, admin4, population,
elevation, dem, timezone, modification date. First-level division names come from the dump's own ADM1
rows; countries from its PCLI rows (or pycountry when the dump holds none). Curated aliases and the
US state abbreviations are added as for the bundled build.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sitrep.geo.build import Entry, Progress, _no_progress, finish_entries, plain_name, usable_alternate
from sitrep.types import Place

__all__ = ["import_dump", "read_dump", "read_alternate_names"]

# Feature classes kept from a dump: divisions, populated places, regions, terrain, water, spots (dams,
# bases, airports). Roads and undersea features are left out.
KEPT_CLASSES = frozenset("APLTHS")
# Alternate-name languages kept: English, unspecified, abbreviations. Codes (iata, link, post...) are not names.
KEPT_LANGUAGES = frozenset({"", "en", "abbr"})


def _lines(path: Path) -> Iterator[str]:
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            inner = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            for name in inner:
                with z.open(name) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as f:
        yield from f


def read_dump(path: Path) -> Iterator[tuple[Entry, str]]:
    """(entry, feature code) for every kept row of a dump."""
    for line in _lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15 or cols[6] not in KEPT_CLASSES or not cols[4]:
            continue
        place = Place(
            name=plain_name(cols[1]), latitude=float(cols[4]), longitude=float(cols[5]), country=None,
            country_code=cols[8] or None, geonameid=int(cols[0]), feature_class=cols[6],
            feature_code=cols[7] or None, population=int(cols[14] or 0),
        )
        alts = {a for a in cols[3].split(",") if a and usable_alternate(a)}
        yield Entry(place, {cols[1], cols[2], *alts}, cols[10] or None), cols[7]


def read_alternate_names(path: Path) -> dict[int, set[str]]:
    """geonameid -> extra names (English, unspecified language or abbreviations; no historic names)."""
    out: dict[int, set[str]] = defaultdict(set)
    for line in _lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] not in KEPT_LANGUAGES:
            continue
        historic = len(cols) > 7 and cols[7] == "1"
        if not historic and (cols[2] == "abbr" or usable_alternate(cols[3])):
            out[int(cols[1])].add(cols[3])
    return out


def import_dump(dump: Path, out: Path, alternate_names: Path | None = None, progress: Progress = _no_progress) -> Path:
    """Compile a GeoNames dump (plus alternate names) into a gazetteer file at ``out``."""
    from dataclasses import replace

    from sitrep.geo.build import _country_names
    from sitrep.geo.store import write_gazetteer

    extra = read_alternate_names(alternate_names) if alternate_names else {}
    countries, admin1_rows, others = [], {}, []
    for i, (entry, code) in enumerate(read_dump(dump)):
        entry.names.update(extra.get(entry.place.geonameid or 0, ()))
        if code in ("PCLI", "PCLD", "PCLF", "PCLS", "PCL"):
            entry.names |= _country_names(entry.place.country_code or "")
            entry.place = replace(entry.place, country=entry.place.name)  # a country is its own country
            countries.append(entry)
        elif code == "ADM1":
            admin1_rows[(entry.place.country_code, entry.admin1_code)] = entry
        else:
            others.append(entry)
        if i % 50000 == 0:
            progress(i, 0, "reading the dump")
    admin1_names = {k: (e.place.name, set(e.names)) for k, e in admin1_rows.items()}
    if not countries:
        countries = _pycountry_countries({e.place.country_code for e in others})
    entries = finish_entries(others + list(admin1_rows.values()), countries, admin1_names, progress, admin1_places=False)
    _name_divisions(entries, admin1_rows)
    return write_gazetteer(out, entries, progress, source=f"GeoNames dump {Path(dump).name}")


def _name_divisions(entries: list[Entry], admin1_rows: dict) -> None:
    """ADM1 rows of the dump are divisions themselves: their ``admin1`` is their own name."""
    from dataclasses import replace

    ids = {e.place.geonameid for e in admin1_rows.values()}
    for e in entries:
        if e.place.geonameid in ids:
            e.place = replace(e.place, admin1=e.place.name, feature_code="ADM1")


def _pycountry_countries(codes: set[str | None]) -> list[Entry]:
    """Countries for a dump without PCLI rows (a country file): names from pycountry, curated centroids."""
    import pycountry

    from sitrep.geo import sources
    from sitrep.geo.build import _country_names

    out = []
    for cc in sorted(c for c in codes if c):
        row, c = sources.countries().get(cc), pycountry.countries.get(alpha_2=cc)
        if row is None or c is None:
            continue
        name = getattr(c, "common_name", None) or c.name
        place = Place(name=name, latitude=row.latitude, longitude=row.longitude, country=name, country_code=cc,
                      feature_class="A", feature_code="PCLI")
        out.append(Entry(place, _country_names(cc) | {name}))
    return out
