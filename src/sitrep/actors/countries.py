"""Country names as news write them: names, demonyms and adjectives, mapped to ACLED's country names.

The table lives in ``data/actors/countries.tsv``; a country missing from it is looked up in
pycountry (imported on first use) by its ISO name or common name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Country", "countries", "country_by_form", "country_by_name", "split_unit"]


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # ACLED's country name: "Democratic Republic of Congo", "United States"
    iso2: str
    of_form: str  # as it follows "Military Forces of": "the United States"
    adjective: str  # "Iraqi", "U.S."
    forms: tuple[str, ...]  # every surface form that names the country (case-sensitive)


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("sitrep").joinpath("data", "actors", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the table, in file order."""
    out = []
    for name, iso2, of_form, adjective, forms in _rows("countries.tsv"):
        all_forms = (name, *(f for f in forms.split("|") if f))
        out.append(Country(name, iso2, of_form, adjective, tuple(dict.fromkeys(all_forms))))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_form() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for c in countries():
        for form in c.forms:
            table.setdefault(form, c)
    return table


def country_by_form(form: str) -> Country | None:
    """The country a surface form ("Iraqi", "DRC", "Nigeria") names, or None."""
    return _by_form().get(form.strip())


@lru_cache(maxsize=512)
def country_by_name(name: str) -> Country | None:
    """A country from a name in any common spelling, with pycountry as the fallback."""
    found = country_by_form(name)
    if found is not None:
        return found
    import pycountry

    try:
        hit = pycountry.countries.lookup(name)
    except LookupError:
        return None
    for c in countries():
        if c.iso2 == hit.alpha_2:
            return c
    common = getattr(hit, "common_name", None) or hit.name
    return Country(common, hit.alpha_2, common, common, (common,))


def split_unit(of_text: str) -> tuple[str, str]:
    """A state force's country and unit, as written after "Military Forces of" ("Mexico National
    Guard": ("Mexico", "National Guard"); ACLED labels a unit after the government period, "Police
    Forces of Mexico (2018-) National Guard"). ("Nigeria", "") without a unit, and the whole text
    when no country of the table opens it."""
    words = of_text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if country_by_form(head.removeprefix("the ")) is not None:
            return head, " ".join(words[n:])
    return of_text, ""
