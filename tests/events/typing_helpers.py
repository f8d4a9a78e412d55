"""A shorthand for the typing tests: the sub-event type ``classify_sentence`` gives, or None."""

from __future__ import annotations

from sitrep.events.typing import classify_sentence


def sub_type(text: str, context: str | None = None, **kw) -> str | None:
    typed = classify_sentence(text, context=context, **kw)
    return None if typed is None else typed.sub_event_type
