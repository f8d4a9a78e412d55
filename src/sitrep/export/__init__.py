"""Event exports (JSONL, ACLED-style CSV, GeoJSON, Parquet) and their readers.

Every format round-trips: ``read_events(path)`` after ``write_events(events, path)`` gives back the
same events with the same fields. Parquet needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from sitrep.errors import ConfigError, InputError
from sitrep.types import Event

__all__ = ["FORMATS", "ParquetUnavailable", "format_for", "read_events", "write_events"]

FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson", "parquet")
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def __getattr__(name: str) -> object:  # ParquetUnavailable without importing the parquet module early
    if name == "ParquetUnavailable":
        from sitrep.export.parquet import ParquetUnavailable

        return ParquetUnavailable
    raise AttributeError(name)


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The export format: ``fmt`` when given, else guessed from the file name's suffix."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    found = _SUFFIXES.get(Path(path).suffix.lower())
    if found is None:
        raise ConfigError(f"{path}: cannot tell the format from the suffix; give one of {', '.join(FORMATS)}")
    return found


def _write_text(events: Iterable[Event], out: TextIO, fmt: str) -> int:
    from sitrep.export import acled_csv, geojson, jsonl

    writer = {"jsonl": jsonl.write_jsonl, "csv": acled_csv.write_csv, "geojson": geojson.write_geojson}[fmt]
    return writer(events, out)


def write_events(events: Iterable[Event], out: str | Path | TextIO | None, fmt: str | None = None) -> int:
    """Write ``events`` to a file (``out`` a path) or a text stream (None: standard output).

    Returns the number of events written. Parquet needs a path.
    """
    if out is None or not isinstance(out, (str, Path)):
        fmt = format_for("", fmt or "jsonl")
        if fmt == "parquet":
            raise ConfigError("parquet is a binary format: give an output file (--out)")
        return _write_text(events, out or sys.stdout, fmt)
    fmt = format_for(out, fmt)
    if fmt == "parquet":
        from sitrep.export.parquet import write_parquet

        return write_parquet(events, out)
    newline = "" if fmt == "csv" else None  # the csv module writes its own line ends
    with open(out, "w", encoding="utf-8", newline=newline) as fh:
        return _write_text(events, fh, fmt)


def read_events(path: str | Path, fmt: str | None = None) -> list[Event]:
    """Read an export back into events (format from ``fmt`` or the file suffix)."""
    from sitrep.export import acled_csv, geojson, jsonl

    fmt = format_for(path, fmt)
    if fmt == "parquet":
        from sitrep.export.parquet import read_parquet

        return list(read_parquet(path))
    readers = {"jsonl": jsonl.read_jsonl, "csv": acled_csv.read_csv, "geojson": geojson.read_geojson}
    try:
        with open(path, encoding="utf-8", newline="" if fmt == "csv" else None) as fh:
            return list(readers[fmt](fh, str(path)))
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
