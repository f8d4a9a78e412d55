"""The session-16b checklist (``s16b_conflict_context.tsv``): short articles of our own for four
phenomena of places round 6 (bare names in conflict reports, groups of several countries, town names
holding a given name, datelines read with the article's other names).

Run as a script to list the misses: ``python tests/geo/geo_s16b_checklist.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geo_s16_checklist import CLOSE_KM, km

CHECKLIST = Path(__file__).with_name("s16b_conflict_context.tsv")
KINDS = ("bare", "group", "given", "dateline")


@dataclass(frozen=True)
class Row:
    kind: str
    cc: str
    name: str
    lat: float | None
    lon: float | None
    article: str


@dataclass(frozen=True)
class Outcome:
    row: Row
    found: str  # "" when no toponym overlaps the name
    cc: str | None
    km: float | None

    @property
    def passed(self) -> bool:
        if self.row.kind == "given":  # unplaced, or placed in the row's country
            return self.cc is None or self.cc == self.row.cc
        return self.km is not None and self.km <= CLOSE_KM


def rows() -> list[Row]:
    out = []
    for line in CHECKLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, cc, name, lat, lon, article = line.split("\t")
            out.append(Row(kind, cc, name, None if lat == "-" else float(lat), None if lon == "-" else float(lon), article))
    return out


def outcome(row: Row, gazetteer) -> Outcome:
    from sitrep.geo.stage import geoparse

    start = row.article.index(row.name)
    end = start + len(row.name)
    for t in geoparse(row.article, gazetteer):
        if t.start < end and t.end > start and t.place is not None and t.place.latitude is not None:
            p = t.place
            d = km(row.lat, row.lon, p.latitude, p.longitude) if row.lat is not None else None
            return Outcome(row, f"{p.name} ({p.country_code})", p.country_code, d)
    return Outcome(row, "", None, None)


def outcomes(gazetteer) -> list[Outcome]:
    return [outcome(r, gazetteer) for r in rows()]


def main() -> None:
    from sitrep.geo.gazetteer import default_gazetteer
    from sitrep.settings import Settings

    res = outcomes(default_gazetteer(Settings()))
    for kind in KINDS:
        part = [o for o in res if o.row.kind == kind]
        print(f"{kind}: {sum(o.passed for o in part)}/{len(part)}")
    for o in res:
        if not o.passed:
            print(f"MISS {o.row.kind} {o.row.cc} {o.row.name}: {o.found or '-'}"
                  + (f" {o.km:.0f}km" if o.km is not None else "") + f" | {o.row.article}")


if __name__ == "__main__":
    main()
