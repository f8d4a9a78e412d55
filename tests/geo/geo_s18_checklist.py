"""The session-18 blind checklist (``s18_new_places.tsv``): short articles of our own naming places the
earlier checklists leave out: small towns, local government areas and districts, camps, towns an event
happened "near", transliteration variants (Arabic al-/el-, Somali C/X/Dh spellings, Russian spellings of
Ukrainian towns), "X, in Y state", places named after a person and border crossings, each with the
precision ACLED would code.

A row passes when the toponym covering the first whole-word mention of its name lies within the row's
tolerance of its point (``CLOSE_KM``; a district or larger area, precision 3, gets ``AREA_KM``, as its
centre stands for the whole). Run as a script to list the misses:
``python tests/geo/geo_s18_checklist.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.seeds import km

CHECKLIST = Path(__file__).with_name("s18_new_places.tsv")

# As in the session-17 checklist: the points are good to about 10 km, and a namesake village in the
# next district is usually 30 km or more away.
CLOSE_KM = 25.0
# A district's centre and its seat town, or two maps' centres of it, can lie 30-40 km apart.
AREA_KM = 50.0


@dataclass(frozen=True)
class Row:
    cc: str
    name: str
    lat: float
    lon: float
    precision: int
    article: str

    def span(self) -> tuple[int, int]:
        m = re.search(rf"(?<!\w){re.escape(self.name)}(?!\w)", self.article)
        if m is None:
            raise ValueError(f"{self.name!r} is not in its article")
        return m.span()

    @property
    def tolerance_km(self) -> float:
        return AREA_KM if self.precision == 3 else CLOSE_KM


@dataclass(frozen=True)
class Outcome:
    row: Row
    found: str  # "" when no placed toponym overlaps the name
    km: float | None

    @property
    def passed(self) -> bool:
        return self.km is not None and self.km <= self.row.tolerance_km


def rows() -> list[Row]:
    out = []
    for line in CHECKLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, name, lat, lon, precision, article = line.split("\t")
            out.append(Row(cc, name, float(lat), float(lon), int(precision), article))
    return out


def outcome(row: Row, gazetteer) -> Outcome:
    from sitrep.geo.stage import geoparse

    start, end = row.span()
    for t in geoparse(row.article, gazetteer):
        p = t.place
        if t.start < end and t.end > start and p is not None and p.latitude is not None:
            where = f"{p.name} ({p.country_code}, {p.admin1 or '-'})"
            return Outcome(row, where, km(row.lat, row.lon, p.latitude, p.longitude))
    return Outcome(row, "", None)


def outcomes(gazetteer) -> list[Outcome]:
    return [outcome(r, gazetteer) for r in rows()]


def main() -> None:
    from sitrep.geo.gazetteer import default_gazetteer
    from sitrep.settings import Settings

    res = outcomes(default_gazetteer(Settings()))
    print(f"passed {sum(o.passed for o in res)}/{len(res)} "
          f"({len({o.row.cc for o in res})} countries)")
    for o in res:
        if not o.passed:
            dist = f" {o.km:.0f}km" if o.km is not None else ""
            print(f"MISS {o.row.cc} {o.row.name}: {o.found or '-'}{dist} | {o.row.article}")


if __name__ == "__main__":
    main()
