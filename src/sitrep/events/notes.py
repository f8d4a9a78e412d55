"""ACLED-style one-sentence notes written from a draft's fields (templates in data/events/notes.json)."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from sitrep.events.lexicon import DATA_DIR
from sitrep.types import EventDraft, Place

__all__ = ["date_phrase", "note_for", "place_phrase"]


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
    where = place.name
    extras = [x for x in (place.admin1, place.country) if x and x != place.name]
    if extras:
        where += f" ({', '.join(extras)})"
    return f" {'in' if geo_precision == 1 else 'near' if geo_precision == 2 else 'in'} {where}"


def _verb(draft: EventDraft) -> str:
    t = _templates()
    verb = t["verbs"].get(draft.sub_event_type, "was involved in an event")
    other = draft.actor2.name if draft.actor2 else t["unknown_actor2"]
    return verb.format(actor2=other)


def _tail(draft: EventDraft) -> str:
    parts = []
    if draft.fatalities is not None:
        parts.append(f"{draft.fatalities} killed" if draft.fatalities else "no fatalities reported")
    if draft.claim.status != "reported":
        who = f" by {draft.claim.claimed_by}" if draft.claim.claimed_by else ""
        parts.append(f"{draft.claim.status}{who}")
    return ("; " + "; ".join(parts)) if parts else ""


def note_for(draft: EventDraft) -> str:
    """'On 23 June 2014, <actor1> attacked <actor2> in Hillah (Babil, Iraq); 76 killed.'"""
    when = date_phrase(draft.date.value, draft.date.precision)
    where = place_phrase(draft.place, draft.geo_precision)
    return f"{when}, {draft.actor1.name} {_verb(draft)}{where}{_tail(draft)}."
