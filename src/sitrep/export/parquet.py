"""Parquet (needs the ``parquet`` extra: pyarrow). ``sources`` is a list of structs, ``reasons`` JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sitrep.errors import InputError, SitrepError
from sitrep.export.fields import decode_json_field, encode_json_field, event_fields
from sitrep.types import Event

__all__ = ["ParquetUnavailable", "write_parquet", "read_parquet"]

# Rows per row group: bounds the memory a large export holds (about 10 MB of records).
BATCH_ROWS = 10_000


class ParquetUnavailable(SitrepError):
    """pyarrow is not installed."""


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise ParquetUnavailable(
            "Parquet needs pyarrow, which is not installed: pip install 'sitrep[parquet]'"
        ) from exc
    return pyarrow


def _schema(pa: Any) -> Any:
    source = pa.struct(
        [
            ("article_id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("published", pa.string()),
            ("evidence", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    )
    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
    cols = []
    for f in event_fields():
        typ = pa.list_(source) if f.name == "sources" else kinds.get(f.kind, pa.string())
        cols.append(pa.field(f.name, typ, nullable=f.nullable or f.kind == "str"))
    return pa.schema(cols)


def _row(ev: Event) -> dict[str, Any]:
    rec = ev.to_record()
    rec["reasons"] = encode_json_field("reasons", rec["reasons"])
    return rec


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    pa = _pyarrow()
    schema = _schema(pa)
    n = 0
    with pa.parquet.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for ev in events:
            batch.append(_row(ev))
            if len(batch) >= BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        # an empty export still writes one (empty) table, so the file carries the schema
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def read_parquet(path: str | Path) -> Iterator[Event]:
    pa = _pyarrow()
    try:
        pf = pa.parquet.ParquetFile(str(path))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(str(path), f"not a Parquet file: {exc}") from exc
    for batch in pf.iter_batches(batch_size=BATCH_ROWS):
        for rec in batch.to_pylist():
            rec["reasons"] = decode_json_field("reasons", rec.get("reasons"))
            yield Event.from_record(rec)
