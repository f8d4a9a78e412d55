"""GeoJSON: a FeatureCollection of points, the full record as properties.

Events without coordinates keep a ``null`` geometry (allowed by RFC 7946), so nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sitrep.errors import InputError
from sitrep.types import Event

__all__ = ["feature", "write_geojson", "read_geojson"]


def feature(ev: Event) -> dict[str, Any]:
    geometry = None
    if ev.latitude is not None and ev.longitude is not None:
        geometry = {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
    return {"type": "Feature", "id": ev.event_id, "geometry": geometry, "properties": ev.to_record()}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Streams one feature per line, so large exports never sit in memory."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        out.write((",\n" if n else "") + json.dumps(feature(ev), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def read_geojson(stream: TextIO, name: str = "<geojson>") -> Iterator[Event]:
    try:
        doc = json.load(stream)
    except ValueError as exc:
        raise InputError(name, f"not JSON: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise InputError(name, "not a GeoJSON FeatureCollection")
    for i, feat in enumerate(doc.get("features") or []):
        yield _event_of(feat, f"{name}: feature {i}")


def _event_of(feat: Any, where: str) -> Event:
    props = feat.get("properties") if isinstance(feat, dict) else None
    if not isinstance(props, dict):
        raise InputError(where, "has no properties object")
    try:
        return Event.from_record(props)
    except (TypeError, ValueError) as exc:
        raise InputError(where, f"not an event record: {exc}") from exc
