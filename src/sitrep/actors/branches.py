"""A worldwide group's local branch: "Islamic State fighters" in Niger are ACLED's Islamic State
Sahel Province, in Mozambique its Mozambique Province (``data/actors/branches.tsv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from sitrep.actors.countries import country_by_name
from sitrep.types import Actor

__all__ = ["Branch", "branch_of", "branches"]


@dataclass(frozen=True, slots=True)
class Branch:
    group: str  # the generic name, as in named.json ("Islamic State")
    iso2: str  # the country the branch fights in
    name: str  # ACLED's name of the branch
    start: date | None
    end: date | None  # exclusive
    places: re.Pattern[str] | None  # words of the article that pick this row first


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _places(text: str) -> re.Pattern[str] | None:
    words = [w for w in text.split("|") if w]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None


@lru_cache(maxsize=1)
def branches() -> dict[str, tuple[Branch, ...]]:
    """The rows of ``branches.tsv`` by generic group name, in file order."""
    raw = resources.files("sitrep").joinpath("data", "actors", "branches.tsv").read_text(encoding="utf-8")
    out: dict[str, list[Branch]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, country, name, start, end, places = (line.split("\t") + [""] * 6)[:6]
        where = country_by_name(country)
        assert where is not None, f"branches.tsv: unknown country {country!r}"
        row = Branch(group, where.iso2, name, _day(start), _day(end), _places(places))
        out.setdefault(group, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _holds(b: Branch, on: date | None) -> bool:
    if on is None:
        return b.end is None  # no day: the branch as it is now
    return (b.start is None or b.start <= on) and (b.end is None or on < b.end)


def branch_of(actor: Actor | None, country: str | None, on: date | None, text: str = "") -> Actor | None:
    """``actor`` as its branch in ``country`` (ACLED's name) on day ``on``, when the actor is a
    worldwide group that has one there; ``text``, the article, may name a place that picks another
    branch (Niger's Diffa region: the West Africa Province)."""
    rows = branches().get(actor.name, ()) if actor is not None and country else ()
    if not rows:
        return actor
    assert actor is not None and country is not None
    where = country_by_name(country)
    fits = [b for b in rows if where is not None and b.iso2 == where.iso2 and _holds(b, on)]
    pick = next((b for b in fits if b.places is not None and b.places.search(text)), None)
    pick = pick or next((b for b in fits if b.places is None), None)
    if pick is None:
        return actor
    why = f"{actor.reason}; {actor.name} in {country}: ACLED's {pick.name}"
    return replace(actor, name=pick.name, reason=why)
