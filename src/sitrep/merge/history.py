"""Revisions: what a new report changed in a stored event (the store appends them to a log)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sitrep.types import Event

__all__ = ["Revision", "diff", "revision"]

# Fields that explain rather than describe the event: kept out of the revision log.
_NOT_DIFFED = frozenset({"reasons"})


@dataclass(frozen=True)
class Revision:
    """One entry of an event's append-only history (the store adds the time it writes it)."""

    event_id: str
    article_id: str
    changes: dict[str, tuple[Any, Any]]  # field -> (old value, new value); sources as article ids
    reason: str


def _value(event: Event, name: str) -> Any:
    value = getattr(event, name)
    if name == "sources":
        return tuple(s.article_id for s in value)
    return value


def diff(old: Event | None, new: Event) -> dict[str, tuple[Any, Any]]:
    """The fields that differ, as (old, new); against ``None`` every field is new."""
    out: dict[str, tuple[Any, Any]] = {}
    for f in dataclasses.fields(Event):
        if f.name in _NOT_DIFFED:
            continue
        before = _value(old, f.name) if old is not None else None
        after = _value(new, f.name)
        if old is None or before != after:
            out[f.name] = (before, after)
    return out


def revision(old: Event | None, new: Event, article_id: str, reason: str) -> Revision:
    """The revision a report (``article_id``) makes: creating ``new`` or turning ``old`` into it."""
    return Revision(new.event_id, article_id, diff(old, new), reason)
