"""Seas, gulfs, straits and lakes given a country from the article.

The gazetteer keeps water bodies with no country ("Lake Chad", "Red Sea": ``aliases.tsv``), so an
event on one ("a boat capsized on Lake Chad", "a drone struck a ship in the Red Sea") had no country.
Rule: a water body takes the document's focus country when that country lies on its shore
(``water_shores.tsv``); else the country of the first place the text names that lies on its shore;
else it stays without a country. The point stays the water body's own (a rough centre), so the
place is approximate: ``eventplace.precision_of`` gives class H precision 3, and the reason says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.normalize import name_key
from sitrep.types import Toponym

__all__ = ["shores", "with_shore_countries"]


@lru_cache(maxsize=1)
def shores() -> dict[str, tuple[str, ...]]:
    """Name key of a water body -> the countries on its shore, in the file's order."""
    out = {}
    for line in sources.data_text("water_shores.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, coast = line.split("\t")[:2]
            out[name_key(name)] = tuple(c.strip() for c in coast.split("|") if c.strip())
    return out


def _country_name(cc: str, toponyms: Sequence[Toponym]) -> str:
    """The country's name as the gazetteer gives it to a place of the text, else pycountry's."""
    for t in toponyms:
        if t.place is not None and t.place.country_code == cc and t.place.country:
            return t.place.country
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    return (getattr(c, "common_name", None) or c.name) if c else cc


def with_shore_countries(toponyms: Sequence[Toponym], focus_country: str | None) -> list[Toponym]:
    """``toponyms`` with each country-less water body of ``water_shores.tsv`` given a shore country."""
    table = shores()
    out = list(toponyms)
    named = [t.place.country_code for t in toponyms if t.place is not None and t.place.country_code]
    for i, t in enumerate(out):
        p = t.place
        if p is None or p.country_code or p.feature_class != "H":
            continue
        coast = table.get(name_key(p.name))
        if not coast:
            continue
        if focus_country in coast:
            cc, why = focus_country, "the document's country"
        else:
            cc = next((c for c in named if c in coast), None)
            why = "the first country on its shore the text names"
        if cc is None:
            continue
        country = _country_name(cc, toponyms)
        out[i] = replace(t, place=replace(p, country=country, country_code=cc),
                         reason=f"{t.reason}; water body put in {country} ({why}), approximate: its point is the water's centre")
    return out
