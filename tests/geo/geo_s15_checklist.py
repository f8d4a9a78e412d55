"""The session-15 checklist of conflict places (``s15_conflict_places.tsv``) written into news-style
sentences and geoparsed: how many resolve within ``CLOSE_KM`` of where they are.

Run as a script to list the misses: ``python tests/geo/geo_s15_checklist.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.seeds import km

CHECKLIST = Path(__file__).with_name("s15_conflict_places.tsv")

# A place resolves when the toponym covering its name lies this close to the checklist's point (the
# points are approximate to about 10 km; a namesake abroad or a village of the same name in another
# province is hundreds of km off).
CLOSE_KM = 50.0

# Country -> (the name news uses, the people's adjective).
COUNTRY_WORDS = {
    "SY": ("Syria", "Syrian"), "IQ": ("Iraq", "Iraqi"), "YE": ("Yemen", "Yemeni"),
    "PS": ("the Palestinian territories", "Palestinian"), "IL": ("Israel", "Israeli"),
    "LB": ("Lebanon", "Lebanese"), "UA": ("Ukraine", "Ukrainian"), "RU": ("Russia", "Russian"),
    "SD": ("Sudan", "Sudanese"), "SS": ("South Sudan", "South Sudanese"), "ET": ("Ethiopia", "Ethiopian"),
    "SO": ("Somalia", "Somali"), "CD": ("DR Congo", "Congolese"), "CF": ("the Central African Republic", "Central African"),
    "ML": ("Mali", "Malian"), "BF": ("Burkina Faso", "Burkinabe"), "NE": ("Niger", "Nigerien"),
    "NG": ("Nigeria", "Nigerian"), "CM": ("Cameroon", "Cameroonian"), "MZ": ("Mozambique", "Mozambican"),
    "LY": ("Libya", "Libyan"), "AF": ("Afghanistan", "Afghan"), "PK": ("Pakistan", "Pakistani"),
    "MM": ("Myanmar", "Myanmar"), "PH": ("the Philippines", "Philippine"), "CO": ("Colombia", "Colombian"),
    "MX": ("Mexico", "Mexican"), "HT": ("Haiti", "Haitian"), "KE": ("Kenya", "Kenyan"),
}

# Three ways news names a place: bare, with the country's adjective nearby, with the country after it.
PATTERNS = (
    "Gunmen stormed {name} before dawn on Tuesday, residents said.",
    "{adj} security forces said the fighting around {name} had eased by Sunday.",
    "A strike on {name}, {country}, killed four people on Monday, officials said.",
)


@dataclass(frozen=True)
class Row:
    cc: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Outcome:
    row: Row
    pattern: int
    found: str  # "" when no toponym overlaps the name
    km: float | None

    @property
    def resolved(self) -> bool:
        return self.km is not None and self.km <= CLOSE_KM


def rows() -> list[Row]:
    out = []
    for line in CHECKLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, name, lat, lon = line.split("\t")[:4]
            out.append(Row(cc, name, float(lat), float(lon)))
    return out


def sentence(row: Row, pattern: int) -> str:
    country, adj = COUNTRY_WORDS[row.cc]
    return PATTERNS[pattern].format(name=row.name, adj=adj, country=country)


def outcome(row: Row, pattern: int, gazetteer) -> Outcome:
    from sitrep.geo.stage import geoparse

    text = sentence(row, pattern)
    start = text.index(row.name)
    end = start + len(row.name)
    for t in geoparse(text, gazetteer):
        if t.start < end and t.end > start and t.place is not None:  # "Gaza" of "Gaza City" counts
            p = t.place
            return Outcome(row, pattern, f"{p.name} ({p.country_code})", km(row.lat, row.lon, p.latitude, p.longitude))
    return Outcome(row, pattern, "", None)


def outcomes(gazetteer) -> list[Outcome]:
    return [outcome(r, i, gazetteer) for r in rows() for i in range(len(PATTERNS))]


def main() -> None:
    from sitrep.geo.gazetteer import default_gazetteer
    from sitrep.settings import Settings

    res = outcomes(default_gazetteer(Settings()))
    for i in range(len(PATTERNS)):
        part = [o for o in res if o.pattern == i]
        print(f"pattern {i}: {sum(o.resolved for o in part)}/{len(part)}")
    places = {}
    for o in res:
        places.setdefault(o.row, []).append(o)
    full = sum(all(o.resolved for o in os) for os in places.values())
    print(f"all patterns: {full}/{len(places)} places; mentions {sum(o.resolved for o in res)}/{len(res)}")
    for r, os in places.items():
        if not all(o.resolved for o in os):
            desc = "; ".join(f"{o.pattern}:{o.found or '-'}" + (f" {o.km:.0f}km" if o.km is not None else "") for o in os)
            print(f"MISS {r.cc} {r.name}: {desc}")


if __name__ == "__main__":
    main()
