"""The session-16 checklist of conflict places with a namesake elsewhere (``s16_namesake_articles.tsv``):
each row is a short article whose sentence naming the place has no country word; the place resolves
when the toponym covering its first mention lies within ``CLOSE_KM`` of the row's point.

Run as a script to list the misses: ``python tests/geo/geo_s16_checklist.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.seeds import km

CHECKLIST = Path(__file__).with_name("s16_namesake_articles.tsv")
CLOSE_KM = 50.0


@dataclass(frozen=True)
class Row:
    cc: str
    name: str
    lat: float
    lon: float
    article: str


@dataclass(frozen=True)
class Outcome:
    row: Row
    found: str  # "" when no toponym overlaps the name
    km: float | None

    @property
    def resolved(self) -> bool:
        return self.km is not None and self.km <= CLOSE_KM


def rows() -> list[Row]:
    out = []
    for line in CHECKLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, name, lat, lon, article = line.split("\t")
            out.append(Row(cc, name, float(lat), float(lon), article))
    return out


def outcome(row: Row, gazetteer) -> Outcome:
    from sitrep.geo.stage import geoparse

    start = row.article.index(row.name)
    end = start + len(row.name)
    for t in geoparse(row.article, gazetteer):
        if t.start < end and t.end > start and t.place is not None and t.place.latitude is not None:
            p = t.place
            return Outcome(row, f"{p.name} ({p.country_code})", km(row.lat, row.lon, p.latitude, p.longitude))
    return Outcome(row, "", None)


def outcomes(gazetteer) -> list[Outcome]:
    return [outcome(r, gazetteer) for r in rows()]


def main() -> None:
    from sitrep.geo.gazetteer import default_gazetteer
    from sitrep.settings import Settings

    res = outcomes(default_gazetteer(Settings()))
    places: dict[tuple[str, str], list[Outcome]] = {}
    for o in res:
        places.setdefault((o.row.cc, o.row.name), []).append(o)
    print(f"articles {sum(o.resolved for o in res)}/{len(res)}; "
          f"places {sum(all(o.resolved for o in os) for os in places.values())}/{len(places)}")
    for o in res:
        if not o.resolved:
            print(f"MISS {o.row.cc} {o.row.name}: {o.found or '-'}" + (f" {o.km:.0f}km" if o.km is not None else "")
                  + f" | {o.row.article}")


if __name__ == "__main__":
    main()
