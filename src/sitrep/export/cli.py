"""``sitrep export``: events from the store to JSONL, CSV, GeoJSON or Parquet."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from sitrep.errors import ConfigError, SitrepError

__all__ = ["register", "open_existing_store", "query_from_options", "fail"]


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


DbOpt = Annotated[
    Optional[str], typer.Option("--db", help="SQLite file or postgresql:// URL (default: sitrep.db)")
]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="first event date, YYYY-MM-DD")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="last event date, YYYY-MM-DD")]
CountryOpt = Annotated[Optional[str], typer.Option("--country", help="country name")]
Admin1Opt = Annotated[Optional[str], typer.Option("--admin1", help="first-level division")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="TOML settings file (its sitrep table)")]


def fail(exc: SitrepError) -> typer.Exit:
    """Print a sitrep error on one line; the exit status is 2, as for every sitrep command."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)


def open_existing_store(db: str | None, config: Path | None = None) -> Any:
    """Open the store named by ``--db`` (else the config file, else the default).

    A missing SQLite file is an error here, not a new empty database.
    """
    from sitrep.settings import Settings
    from sitrep.store import open_store

    target = Settings.load(config, db=db).db
    if "://" not in target and not Path(target).expanduser().exists():
        raise ConfigError(f"{target}: no such database (run `sitrep run` first, or pass --db)")
    return open_store(target)


def query_from_options(**raw: Any) -> Any:
    from sitrep.query import EventQuery

    return EventQuery.from_strings(**raw)


def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="output format")] = ExportFormat.jsonl,
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help="output file (default: standard output)")
    ] = None,
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    event_type: Annotated[Optional[str], typer.Option("--event-type", help="ACLED event type")] = None,
    sub_event_type: Annotated[
        Optional[str], typer.Option("--sub-event-type", help="ACLED sub-event type")
    ] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="actor1 or actor2 contains this")] = None,
    bbox: Annotated[Optional[str], typer.Option("--bbox", help="west,south,east,north in degrees")] = None,
    min_fatalities: Annotated[
        Optional[int], typer.Option("--min-fatalities", help="at least this many fatalities")
    ] = None,
    claim_status: Annotated[
        Optional[str], typer.Option("--claim-status", help="reported|claimed|disputed|denied")
    ] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="notes or evidence contain this")] = None,
    config: ConfigOpt = None,
) -> None:
    """Export the stored events matching the filters (EVENTS.md records; CSV uses ACLED's columns)."""
    from sitrep.export import write_events

    try:
        q = query_from_options(
            since=since,
            until=until,
            country=country,
            admin1=admin1,
            event_type=event_type,
            sub_event_type=sub_event_type,
            actor=actor,
            bbox=bbox,
            min_fatalities=min_fatalities,
            claim_status=claim_status,
            text=text,
        )
        with open_existing_store(db, config) as store:
            n = write_events(store.iter_events(q), out, fmt.value)
    except SitrepError as exc:
        raise fail(exc) from exc
    except BrokenPipeError:  # `sitrep export | head`: the reader has all it wanted
        _silence_stdout()
        return
    except OSError as exc:
        raise fail(SitrepError(f"{out}: cannot write: {exc}")) from exc
    if out is not None:
        typer.echo(f"wrote {n} events to {out}", err=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush raises no second BrokenPipeError."""
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def register(app: typer.Typer) -> None:
    """Add ``export`` to the sitrep command line."""
    app.command("export")(export_command)
