"""Situation reports: headline figures, key developments, claims and regions for a period and area,
with charts, rendered as one self-contained HTML file or as Markdown with PNG files beside it.

    report = build_report(store, since=date(2024, 3, 11), until=date(2024, 3, 17), country="Nigeria")
    write_report(report, "html", Path("sitrep.html"))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.query import EventQuery
from sitrep.report.model import Chart, Period, Region, Report, Statement, TypeRow, report_config
from sitrep.types import Event

__all__ = [
    "REPORT_FORMATS",
    "Chart",
    "Period",
    "Region",
    "Report",
    "Statement",
    "TypeRow",
    "area_label",
    "build_report",
    "report_from_events",
    "render",
    "resolve_period",
    "write_report",
]

REPORT_FORMATS = ("md", "html")


def area_label(country: str | None, admin1: str | None) -> str:
    parts = [p for p in (admin1, country) if p]
    return ", ".join(parts) if parts else "all areas"


def resolve_period(since: date | None, until: date | None, latest: date | None) -> Period:
    """The reported days: both bounds given; one bound and ``default_period_days``; or the last
    ``default_period_days`` up to the latest event date (``latest``)."""
    days = report_config().default_period_days
    if since and until:
        return Period(since, until)
    if until:
        return Period(until - timedelta(days=days - 1), until)
    if since:
        return Period(since, max(since, latest) if latest else since + timedelta(days=days - 1))
    if latest is None:
        raise ConfigError(
            "no events in the store for this area: give --since and --until to report on an empty period"
        )
    return Period(latest - timedelta(days=days - 1), latest)


def report_from_events(
    current: Sequence[Event],
    previous: Sequence[Event],
    period: Period,
    area: str = "all areas",
    charts: bool = True,
) -> Report:
    """A report from the period's events and those of the equally long period before it."""
    from sitrep.report import analysis as A
    from sitrep.report.charts import make_charts

    rows = A.headline_rows(current, previous)
    ordered = tuple(A.appendix_order(current))
    return Report(
        title=f"Situation report: {area}, {period.label()}",
        area=area,
        period=period,
        summary=A.summary_statement(rows, period, area, current),
        headline=rows,
        territory=A.territory_statements(current),
        deadliest=A.deadliest_statements(current),
        new_actors=A.new_actor_statements(current, previous),
        claims=A.claim_statements(current),
        regions=A.region_paragraphs(current, previous),
        charts=make_charts(current, period) if charts else (),
        events=ordered,
        labels={e.event_id: f"E{i}" for i, e in enumerate(ordered, 1)},
    )


def _latest(store: Any, area: EventQuery) -> date | None:
    page = store.query_events(area, sort="event_date", descending=True, limit=1)
    return date.fromisoformat(page.events[0].event_date) if page.events else None


def build_report(
    store: Any,
    since: date | None = None,
    until: date | None = None,
    country: str | None = None,
    admin1: str | None = None,
    charts: bool = True,
) -> Report:
    """Read the period's and the previous period's events from ``store`` and build the report."""
    area = EventQuery(country=country, admin1=admin1)
    period = resolve_period(since, until, None if since and until else _latest(store, area))
    prev = period.previous
    current = list(store.iter_events(replace(area, since=period.since, until=period.until)))
    previous = list(store.iter_events(replace(area, since=prev.since, until=prev.until)))
    # filters ignore case: name the area as the store spells it when an event shows how
    spelled = next(iter(current or previous), None)
    if spelled is not None:
        country = spelled.country if country else None
        admin1 = spelled.admin1 if admin1 else None
    return report_from_events(current, previous, period, area_label(country, admin1), charts)


def write_report(report: Report, fmt: str, out: Path) -> list[Path]:
    """Write the report to ``out`` and return the files written (for text, see :func:`render`).

    Markdown writes each chart as ``<out stem>-<chart>.png`` beside ``out``."""
    if fmt not in REPORT_FORMATS:
        raise ConfigError(f"unknown report format {fmt!r}; choose md or html")
    written: list[Path] = []
    files: dict[str, str] = {}
    if fmt == "md":
        for chart in report.charts:
            path = out.with_name(f"{out.stem}-{chart.name}.png")
            path.write_bytes(chart.png)
            files[chart.name] = path.name
            written.append(path)
    out.write_text(render(report, fmt, files), encoding="utf-8")
    return [out, *written]


def render(report: Report, fmt: str, image_files: dict[str, str] | None = None) -> str:
    """The report's text: HTML (charts inline) or Markdown (charts linked from ``image_files``)."""
    if fmt == "html":
        from sitrep.report.render_html import render_html

        return render_html(report)
    if fmt == "md":
        from sitrep.report.render_md import render_markdown

        return render_markdown(report, image_files)
    raise ConfigError(f"unknown report format {fmt!r}; choose md or html")
