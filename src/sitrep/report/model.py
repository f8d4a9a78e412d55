"""The situation report as data: every statement carries the ids of the events behind it.

Renderers (Markdown, HTML) only lay these records out; what a report says is decided in
:mod:`sitrep.report.analysis`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from sitrep.types import Event


def counted(n: int, noun: str) -> str:
    """"1 event", "3 events": a count with its noun in the right number (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

__all__ = ["Chart", "Period", "Region", "Report", "ReportConfig", "Statement", "TypeRow", "report_config"]


@dataclass(frozen=True)
class ReportConfig:
    """``data/report/report.json`` (see the README there)."""

    default_period_days: int
    deadliest_count: int
    unconfirmed_statuses: tuple[str, ...]
    territory: dict[str, str]
    event_nouns: dict[str, str]
    claim_phrases: dict[str, str]
    unknown_claimant: str
    new_actor_exclude_inter: tuple[int, ...]
    max_links_per_statement: int
    max_chart_regions: int
    type_colors: dict[str, str]
    empty_sections: dict[str, str]


@cache
def report_config() -> ReportConfig:
    raw = json.loads(
        resources.files("sitrep").joinpath("data", "report", "report.json").read_text(encoding="utf-8")
    )
    raw.pop("version", None)
    for key in ("unconfirmed_statuses", "new_actor_exclude_inter"):
        raw[key] = tuple(raw[key])
    return ReportConfig(**raw)


@dataclass(frozen=True)
class Period:
    """The reported days (inclusive) and the equally long period just before them."""

    since: date
    until: date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def previous(self) -> Period:
        return Period(self.since - timedelta(days=self.days), self.since - timedelta(days=1))

    def label(self) -> str:
        return (
            self.since.isoformat()
            if self.days == 1
            else f"{self.since.isoformat()} to {self.until.isoformat()}"
        )


@dataclass(frozen=True)
class Statement:
    """One sentence of the report (plain text, escaped by the renderer) and its events."""

    text: str
    event_ids: tuple[str, ...]
    reason: str = ""  # why the statement is in the report ("among the 5 deadliest")


@dataclass(frozen=True)
class TypeRow:
    """Headline figures for one event type (or the total, ``event_type`` "All events")."""

    event_type: str
    events: int
    previous_events: int
    fatalities: int
    previous_fatalities: int
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    """A first-level division's paragraph."""

    country: str
    admin1: str | None
    statements: tuple[Statement, ...]

    @property
    def title(self) -> str:
        return (
            f"{self.admin1}, {self.country}"
            if self.admin1
            else f"{self.country or 'Unknown country'} (division unknown)"
        )


@dataclass(frozen=True)
class Chart:
    name: str  # file-name stem: "events-per-day"
    title: str
    alt: str  # what the chart shows, for screen readers and the Markdown alt text
    png: bytes
    note: str = ""  # e.g. how the map was drawn


@dataclass(frozen=True)
class Report:
    title: str
    area: str
    period: Period
    summary: Statement
    headline: tuple[TypeRow, ...]  # per event type, then the total row
    territory: tuple[Statement, ...]
    deadliest: tuple[Statement, ...]
    new_actors: tuple[Statement, ...]
    claims: tuple[Statement, ...]
    regions: tuple[Region, ...]
    charts: tuple[Chart, ...]
    events: tuple[Event, ...]  # the appendix, in order
    labels: dict[str, str]  # event id -> short label ("E3") used in links

    def statements(self) -> list[Statement]:
        """Every statement of the report, in reading order (for checks and tests)."""
        regional = [s for r in self.regions for s in r.statements]
        return [self.summary, *self.territory, *self.deadliest, *self.new_actors, *self.claims, *regional]

    def meta(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "area": self.area,
            "since": self.period.since.isoformat(),
            "until": self.period.until.isoformat(),
            "events": len(self.events),
        }
