"""JSON Lines: one EVENTS.md record per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from sitrep.errors import InputError
from sitrep.types import Event

__all__ = ["write_jsonl", "read_jsonl"]


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def read_jsonl(stream: TextIO, name: str = "<jsonl>") -> Iterator[Event]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            yield Event.from_record(json.loads(line))
        except (ValueError, TypeError) as exc:
            raise InputError(f"{name}:{lineno}", f"not an event record: {exc}") from exc
