"""The event record's fields and their value kinds, shared by every export format."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from sitrep.types import Event

__all__ = ["FieldKind", "event_fields", "decode_json_field", "encode_json_field"]

# Fields whose value is a structure; flat formats (CSV, Parquet) keep them as JSON text.
JSON_FIELDS = ("sources", "reasons")


@dataclass(frozen=True)
class FieldKind:
    """One field of :class:`Event`: its name, scalar kind and whether it may be None."""

    name: str
    kind: str  # "str", "int", "float", "json"
    nullable: bool


def _kind(type_text: str) -> str:
    if type_text.startswith(("tuple", "dict")):
        return "json"
    for kind in ("int", "float", "str"):
        if type_text.startswith(kind):
            return kind
    raise TypeError(f"Event field type {type_text!r} has no export kind")


@cache
def event_fields() -> tuple[FieldKind, ...]:
    """Every field of :class:`Event`, in declaration order (the EVENTS.md order, then extras)."""
    out = []
    for f in fields(Event):
        type_text = str(f.type)
        out.append(FieldKind(f.name, _kind(type_text), "None" in type_text))
    return tuple(out)


def encode_json_field(name: str, value: Any) -> str:
    """``sources``/``reasons`` as compact JSON text (keys sorted, so the output is stable)."""
    if name == "sources":
        value = [dict(s) if isinstance(s, dict) else s for s in value]
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode_json_field(name: str, text: str | None) -> Any:
    if text is None or text == "":
        return [] if name == "sources" else {}
    return json.loads(text)
