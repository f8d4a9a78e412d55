"""Candidate lookup: which stored events a new event could be, by time and space.

The store implements :class:`CandidateIndex` with a SQL query built from :func:`blocking_query`;
:class:`InMemoryIndex` does the same with buckets keyed by day and by a coarse lat/lon grid, so the
cost of a lookup depends on how many events happen near that place and time, not on the store size.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from sitrep.merge.features import (
    FOLLOW_UP_MIN_TOLL,
    IDENTIFIED_FOLLOW_UP_DAYS,
    MAX_RADIUS_KM,
    date_tolerance,
    is_point,
    window,
)
from sitrep.merge.persons import persons_of
from sitrep.types import Event

if TYPE_CHECKING:
    from sitrep.merge.incremental import MergeResult

__all__ = ["CandidateIndex", "CandidateQuery", "InMemoryIndex", "blocking_query"]

# Grid cell size in degrees (about 55 km north-south): a lookup covering MAX_RADIUS_KM touches
# 3 x 3 cells at mid latitudes.
CELL_DEG = 0.5
# Time buckets span this many days: an event is posted in every bucket its date window touches
# and a lookup reads the buckets its widened window touches. 4 days posts a day-precision event
# once and a month-precision one 8-9 times; a lookup reads 2-3 buckets (measured with
# benchmarks/bench_merge.py: 4 is faster than 1, 8 or 16 at 100,000 events).
BUCKET_DAYS = 4
# An undated event is looked up among this many most recent events of its cell or country.
UNDATED_SCAN_LIMIT = 500
# A person is looked up among this many most recent events naming them (a common name in a
# large store must not make every lookup slow).
PERSON_SCAN_LIMIT = 50
_KM_PER_DEG = 111.2
_ANYWHERE = ("anywhere",)


@runtime_checkable
class CandidateIndex(Protocol):
    """Stored events that might be the same event as ``event``, oldest first (creation order)."""

    def candidates(self, event: Event) -> Iterable[Event]: ...


@dataclass(frozen=True)
class CandidateQuery:
    """What a store must return: events whose date window meets [first_day, last_day] (or that
    are undated; an undated query drops the date condition), and that either lie in ``bbox`` or
    have no point location (region- or country-level) in ``country`` or no country at all.
    Without ``bbox``: every event of ``country`` or of no known country. Without country either:
    every event in the days."""

    first_day: date | None
    last_day: date | None
    bbox: tuple[float, float, float, float] | None  # south, west, north, east (degrees)
    country: str | None
    # Also wanted, on any day: events naming one of these persons (sitrep.merge.persons), the
    # follow-ups a wider date window admits. A store without a persons index may ignore this.
    persons: tuple[str, ...] = ()
    # Also wanted, in the days: point events whose place bears this name (lower-cased) wherever
    # its point lies: one name read as two towns (features.place_signal admits such a pair on
    # identity evidence).
    place_name: str | None = None


def _bbox(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    dlat = km / _KM_PER_DEG
    dlon = km / (_KM_PER_DEG * max(0.1, math.cos(math.radians(lat))))
    return (lat - dlat, lon - dlon, lat + dlat, lon + dlon)


def blocking_query(event: Event) -> CandidateQuery:
    """The time window (with the event's tolerance) and area within which candidates can lie."""
    w = window(event)
    days = date_tolerance(event.time_precision)
    if is_point(event) and (event.fatalities or 0) >= FOLLOW_UP_MIN_TOLL:
        # a follow-up at the same town with the same toll (features.identified_follow_up)
        days = max(days, IDENTIFIED_FOLLOW_UP_DAYS)
    tol = timedelta(days=days)
    first, last = (w[0] - tol, w[1] + tol) if w else (None, None)
    box = _bbox(event.latitude, event.longitude, MAX_RADIUS_KM) if is_point(event) else None  # type: ignore[arg-type]
    persons = tuple(sorted(persons_of(event))) if box is not None else ()
    country = (event.country or "").strip().lower() or None
    return CandidateQuery(first, last, box, country, persons, _place_name(event))


def _place_name(event: Event) -> str | None:
    """The lower-cased name of a point event's place (None for a region or country)."""
    return (event.location or "").strip().lower() or None if is_point(event) else None


def _cell(lat: float, lon: float) -> tuple[str, int, int]:
    return ("cell", math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG))


def _cells(box: tuple[float, float, float, float]) -> Iterator[tuple[str, int, int]]:
    s, w, n, e = box
    for i in range(math.floor(s / CELL_DEG), math.floor(n / CELL_DEG) + 1):
        for j in range(math.floor(w / CELL_DEG), math.floor(e / CELL_DEG) + 1):
            yield ("cell", i, j)


def _buckets(first: date, last: date) -> range:
    return range(first.toordinal() // BUCKET_DAYS, last.toordinal() // BUCKET_DAYS + 1)


def _post_days(event: Event) -> list[Hashable]:
    w = window(event)
    return ["undated"] if w is None else list(_buckets(*w))


def _place_keys(event: Event) -> tuple[tuple, tuple]:
    """(where the event sits for point lookups, its country key)."""
    country = ("country", (event.country or "").strip().lower())
    if is_point(event):
        return _cell(event.latitude, event.longitude), country  # type: ignore[arg-type]
    return ("area", country[1]), country


class InMemoryIndex:
    """Stored events bucketed by (days, grid cell) and (days, country); also the alias table."""

    def __init__(self) -> None:
        self._events: dict[str, Event] = {}
        self._seq: dict[str, int] = {}
        self._next = 0
        self._buckets: dict[tuple, dict[str, None]] = {}
        self._postings: dict[str, list[tuple]] = {}
        self.aliases: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._events)

    def get(self, event_id: str) -> Event | None:
        return self._events.get(self.resolve(event_id))

    def resolve(self, event_id: str) -> str:
        """The current id of an event id ever issued (following merges)."""
        seen = set()
        while event_id in self.aliases and event_id not in seen:
            seen.add(event_id)
            event_id = self.aliases[event_id]
        return event_id

    def events(self) -> list[Event]:
        """Stored events in creation order."""
        return sorted(self._events.values(), key=lambda e: self._seq[e.event_id])

    def _keys(self, event: Event) -> list[tuple]:
        places = [*_place_keys(event), _ANYWHERE]
        if (name := _place_name(event)) is not None:
            places.append(("name", name))
        persons = [("person", n) for n in sorted(persons_of(event))] if is_point(event) else []
        return [(d, p) for d in [*_post_days(event), "any"] for p in places] + persons

    def put(self, event: Event) -> None:
        """Store or replace ``event`` (a replaced event keeps its creation rank)."""
        self.remove(event.event_id, keep_rank=True)
        self._events[event.event_id] = event
        if event.event_id not in self._seq:
            self._seq[event.event_id] = self._next
            self._next += 1
        keys = self._keys(event)
        self._postings[event.event_id] = keys
        for k in keys:
            self._buckets.setdefault(k, {})[event.event_id] = None

    def remove(self, event_id: str, keep_rank: bool = False) -> None:
        for k in self._postings.pop(event_id, ()):
            bucket = self._buckets[k]
            bucket.pop(event_id, None)
            if not bucket:
                del self._buckets[k]
        self._events.pop(event_id, None)
        if not keep_rank:
            self._seq.pop(event_id, None)

    def apply(self, result: MergeResult) -> None:
        """Persist what :meth:`Merger.add` decided: the event, the absorbed ids, the aliases."""
        for old in result.absorbed:
            self.remove(old)
        self.put(result.event)
        self.aliases.update(result.aliases)

    def _query_keys(self, q: CandidateQuery) -> Iterator[tuple]:
        places: list[tuple] = []
        if q.bbox is not None and q.country:
            places = [*_cells(q.bbox), ("area", q.country), ("area", "")]
        elif q.country:
            places = [("country", q.country), ("country", "")]
        else:
            places = [_ANYWHERE]
        if q.place_name is not None and q.bbox is not None:
            places.append(("name", q.place_name))
        if q.first_day is None or q.last_day is None:
            yield from (("any", p) for p in places)
            return
        for d in [*_buckets(q.first_day, q.last_day), "undated"]:
            yield from ((d, p) for p in places)

    def candidates(self, event: Event) -> Iterator[Event]:
        q = blocking_query(event)
        undated = q.first_day is None
        found: set[str] = set()
        for key in self._query_keys(q):
            bucket = self._buckets.get(key)
            if bucket:
                ids = list(bucket)[-UNDATED_SCAN_LIMIT:] if undated else bucket
                found.update(ids)
        for name in q.persons:
            found.update(list(self._buckets.get(("person", name), ()))[-PERSON_SCAN_LIMIT:])
        for eid in sorted(found, key=self._seq.__getitem__):
            yield self._events[eid]
