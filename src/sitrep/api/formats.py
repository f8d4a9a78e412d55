"""Event pages as JSON, CSV or GeoJSON."""

from __future__ import annotations

import csv
import dataclasses
import io
from typing import Any

from sitrep.types import Event, SourceRef

__all__ = ["CSV_COLUMNS", "csv_safe", "event_record", "events_csv", "events_geojson", "events_json"]

_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))
_SOURCE_FIELDS = tuple(f.name for f in dataclasses.fields(SourceRef))


def event_record(ev: Event) -> dict[str, Any]:
    """``Event.to_record()`` without ``dataclasses.asdict``'s deep copy (5x faster on a page of
    1,000 events; the values are immutable or built fresh here, so nothing is shared)."""
    rec = {k: getattr(ev, k) for k in _EVENT_FIELDS}
    rec["sources"] = [{k: getattr(s, k) for k in _SOURCE_FIELDS} for s in ev.sources]
    rec["reasons"] = dict(ev.reasons)
    return rec

# EVENTS.md fields in contract order, then the sources flattened into three columns.
CSV_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "inter1", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "geonameid", "fatalities", "fatalities_low", "fatalities_high", "claim_status", "claimed_by",
    "notes", "confidence", "corroboration", "date_earliest", "date_latest",
    "source_count", "article_ids", "source_names",
)
# A spreadsheet runs a cell that starts with one of these as a formula; such text cells get a
# leading apostrophe (OWASP's advice for CSV injection). Numbers are never touched.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_row(ev: Event) -> list[Any]:
    rec = event_record(ev)
    rec["source_count"] = len(ev.sources)
    rec["article_ids"] = ";".join(s.article_id for s in ev.sources)
    rec["source_names"] = ";".join(sorted({s.source for s in ev.sources if s.source}))
    return [csv_safe(rec[c]) for c in CSV_COLUMNS]


def events_csv(events: list[Event], header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(ev) for ev in events)
    return buf.getvalue()


def events_json(events: list[Event], next_cursor: str | None) -> dict[str, Any]:
    return {"events": [event_record(ev) for ev in events], "count": len(events), "next_cursor": next_cursor}


def _feature(ev: Event) -> dict[str, Any]:
    props = event_record(ev)
    has_point = ev.latitude is not None and ev.longitude is not None
    geom = {"type": "Point", "coordinates": [ev.longitude, ev.latitude]} if has_point else None
    return {"type": "Feature", "id": ev.event_id, "geometry": geom, "properties": props}


def events_geojson(events: list[Event], next_cursor: str | None) -> dict[str, Any]:
    """A FeatureCollection; events with no coordinates keep a null geometry (RFC 7946, 3.2)."""
    return {
        "type": "FeatureCollection",
        "features": [_feature(ev) for ev in events],
        "count": len(events),
        "next_cursor": next_cursor,
    }
