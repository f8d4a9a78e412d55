"""``sitrep report``: a situation report for a period and area, as HTML or Markdown."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.errors import SitrepError
from sitrep.export.cli import (
    Admin1Opt,
    ConfigOpt,
    CountryOpt,
    DbOpt,
    SinceOpt,
    UntilOpt,
    fail,
    open_existing_store,
)

__all__ = ["register"]


HELP = (
    "Situation report for a period and area: one HTML file, or Markdown with chart images.\n\n"
    "Headline figures against the previous period, key developments, disputed claims and regional "
    "paragraphs, with charts; every statement links to its events and sources. Without --since and "
    "--until: the 7 days up to the latest event."
)


class ReportFormat(str, Enum):
    md = "md"
    html = "html"


def report_command(
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="html: one self-contained file; md: Markdown with chart images written beside --out",
        ),
    ] = ReportFormat.html,
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", help="output file (default: standard output, without charts for md)"),
    ] = None,
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    config: ConfigOpt = None,
) -> None:
    """Situation report for a period and area (see ``HELP``)."""
    from sitrep.query import EventQuery
    from sitrep.report import build_report, render, write_report
    from sitrep.report.model import counted

    try:
        q = EventQuery.from_strings(since=since, until=until)
        with open_existing_store(db, config) as store:
            report = build_report(
                store, q.since, q.until, country, admin1, charts=out is not None or fmt.value == "html"
            )
        if out is None:
            typer.echo(render(report, fmt.value), nl=False)
            return
        written = write_report(report, fmt.value, out)
    except SitrepError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(SitrepError(f"{out}: cannot write the report: {exc}")) from exc
    typer.echo(f"wrote {', '.join(str(p) for p in written)} ({counted(len(report.events), 'event')})", err=True)


def register(app: typer.Typer) -> None:
    """Add ``report`` to the sitrep command line."""
    app.command("report", help=HELP)(report_command)
