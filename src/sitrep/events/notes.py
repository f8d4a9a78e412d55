"""ACLED-style one-sentence notes written from a draft's fields (templates in data/events/notes.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitrep.events.lexicon import DATA_DIR
from sitrep.types import Event, EventDraft, Place

__all__ = ["NoteFields", "compose", "date_phrase", "note_for", "note_for_event", "place_phrase"]


@lru_cache(maxsize=1)
def _templates() -> dict:
    return json.loads((DATA_DIR / "notes.json").read_text(encoding="utf-8"))


def date_phrase(value: date | None, precision: int) -> str:
    if value is None:
        return "On an unknown date"
    if precision >= 3:
        return f"In {value:%B %Y}"
    day = f"{value.day} {value:%B %Y}"
    return f"Around {day}" if precision == 2 else f"On {day}"


def place_phrase(place: Place | None, geo_precision: int) -> str:
    if place is None:
        return ""
    return _where(place.name, place.admin1, place.country, geo_precision)


def _where(name: str, admin1: str | None, country: str | None, geo_precision: int) -> str:
    if not name:
        return ""
    extras = [x for x in (admin1, country) if x and x != name]
    where = name + (f" ({', '.join(extras)})" if extras else "")
    return f" {'near' if geo_precision == 2 else 'in'} {where}"


@dataclass(frozen=True)
class NoteFields:
    """What a note says, from a draft or from a (merged) event record."""

    when: date | None
    precision: int
    where: str  # " in Hillah (Babil, Iraq)" or ""
    actor1: str
    actor2: str | None
    sub_event_type: str
    fatalities: int | None
    claim_status: str
    claimed_by: str | None


def _verb(f: NoteFields) -> str:
    t = _templates()
    verb = t["verbs"].get(f.sub_event_type, "was involved in an event")
    return verb.format(actor2=f.actor2 or t["unknown_actor2"])


def _tail(f: NoteFields) -> str:
    parts = []
    if f.fatalities is not None:
        parts.append(f"{f.fatalities} killed" if f.fatalities else "no fatalities reported")
    if f.claim_status != "reported":
        who = f" by {f.claimed_by}" if f.claimed_by else ""
        parts.append(f"{f.claim_status}{who}")
    return ("; " + "; ".join(parts)) if parts else ""


def compose(f: NoteFields) -> str:
    """'On 23 June 2014, <actor1> attacked <actor2> in Hillah (Babil, Iraq); 76 killed.'"""
    return f"{date_phrase(f.when, f.precision)}, {f.actor1} {_verb(f)}{f.where}{_tail(f)}."


def note_for(draft: EventDraft) -> str:
    return compose(NoteFields(
        draft.date.value, draft.date.precision, place_phrase(draft.place, draft.geo_precision),
        draft.actor1.name, draft.actor2.name if draft.actor2 else None, draft.sub_event_type,
        draft.fatalities, draft.claim.status, draft.claim.claimed_by,
    ))


def note_for_event(ev: Event) -> str:
    """The note of a record whose fields changed (e.g. after merging reports)."""
    when = date.fromisoformat(ev.event_date) if ev.event_date else None
    return compose(NoteFields(
        when, ev.time_precision, _where(ev.location, ev.admin1, ev.country, ev.geo_precision),
        ev.actor1, ev.actor2, ev.sub_event_type, ev.fatalities, ev.claim_status, ev.claimed_by,
    ))
