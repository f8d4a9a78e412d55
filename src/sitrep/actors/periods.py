"""ACLED's dated actor names: state forces carry the government period they served
("Military Forces of Nigeria (2015-)"), and a few named groups went by another name for a time.

Knowledge in ``data/actors/periods.tsv`` (terms of heads of state or government, by country) and
``data/actors/renames.tsv``. A period is labelled as ACLED labelled it when it coded the event:
a term still running on the day the article was published is open ("(2015-)"), a term that had
ended is closed ("(2010-2015)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from sitrep.actors.countries import country_by_name, split_unit
from sitrep.types import Actor

__all__ = ["Period", "dated_actor", "period_of", "periods"]

_STATE = re.compile(r"^(?:Mutiny of )?(?:Military Forces|Police Forces|Government) of (?:the )?(?P<of>[^()]+?)$")


@dataclass(frozen=True, slots=True)
class Period:
    country: str  # ACLED's country name
    start: date
    end: date | None  # exclusive; None while the term runs
    head: str

    def label(self, as_of: date) -> str:
        """'2010-2015' for a term that had ended by ``as_of``, else '2015-'."""
        closed = self.end is not None and self.end <= as_of
        return f"{self.start.year}-{self.end.year if closed and self.end else ''}"


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("sitrep").joinpath("data", "actors", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


@lru_cache(maxsize=1)
def periods() -> dict[str, tuple[Period, ...]]:
    """Government periods by ACLED country name, in time order."""
    out: dict[str, list[Period]] = {}
    for country, start, end, head in _rows("periods.tsv"):
        out.setdefault(country, []).append(Period(country, date.fromisoformat(start), _day(end), head))
    return {k: tuple(sorted(v, key=lambda p: p.start)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _renames() -> dict[str, tuple[tuple[date, date | None, str], ...]]:
    out: dict[str, list[tuple[date, date | None, str]]] = {}
    for name, start, end, dated in _rows("renames.tsv"):
        out.setdefault(name, []).append((date.fromisoformat(start), _day(end), dated))
    return {k: tuple(v) for k, v in out.items()}


def period_of(country: str, on: date) -> Period | None:
    """The government period of ``country`` on day ``on`` (None between listed terms or unlisted)."""
    for p in periods().get(country, ()):
        if p.start <= on and (p.end is None or on < p.end):
            return p
    return None


def _state_period(actor: Actor, on: date, as_of: date) -> Actor | None:
    """State forces with their government period, before a unit's name if any ("Police Forces of
    Mexico National Guard": "Police Forces of Mexico (2018-) National Guard")."""
    m = _STATE.match(actor.name)
    of, unit = split_unit(m.group("of")) if m else ("", "")
    where = country_by_name(of.removeprefix("the ")) if m else None
    found = period_of(where.name, on) if where else None
    if m is None or found is None:
        return None
    name = f"{actor.name[: m.start('of')]}{of} ({found.label(as_of)})" + (f" {unit}" if unit else "")
    return replace(actor, name=name, reason=f"{actor.reason}; government period of {found.head}")


def _renamed(actor: Actor, on: date) -> Actor | None:
    for start, end, dated in _renames().get(actor.name, ()):
        if start <= on and (end is None or on < end):
            return replace(actor, name=dated, reason=f"{actor.reason}; named {dated!r} from {start.isoformat()}")
    return None


def dated_actor(actor: Actor | None, on: date | None, as_of: date | None = None) -> Actor | None:
    """The actor under the name ACLED gives it on day ``on`` (unchanged without a day).

    ``as_of`` is the day of coding (the publication day; default ``on``): it decides whether a
    period is still open.
    """
    if actor is None or on is None:
        return actor
    return _state_period(actor, on, max(as_of or on, on)) or _renamed(actor, on) or actor
