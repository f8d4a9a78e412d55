"""Charts for the situation report, drawn with matplotlib's Agg backend (imported lazily).

Each chart is returned as PNG bytes; nothing is written to disk here and pyplot's global state is
never touched (figures are built with ``matplotlib.figure.Figure``).
"""

from __future__ import annotations

import io
import json
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from importlib import resources
from typing import Any

from sitrep.report.model import Chart, Period, ReportConfig, counted, report_config
from sitrep.types import EVENT_TYPES, Event

__all__ = [
    "Country",
    "events_per_day_chart",
    "fatalities_by_admin1_chart",
    "load_basemap",
    "make_charts",
    "map_chart",
]

DPI = 100
# Degrees of margin around the events on the map, and the smallest span shown (one town's events
# would otherwise fill the frame with no context; 4 degrees shows the neighbouring provinces).
MAP_MARGIN_DEGREES = 1.0
MAP_MIN_SPAN_DEGREES = 4.0
# ... and at least this share of the events' span, so a place name beside an edge point fits.
MAP_MARGIN_SHARE = 0.08
# Places named beside their points: the deadliest (then busiest) ones, so the map stays readable.
MAP_MAX_PLACE_LABELS = 8
# Width / height of the map's frame in the figure (8 x 5.5 inches less title and axes).
MAP_FRAME_RATIO = 1.45
# Marker area (points^2) of an event without deaths, and its growth with sqrt(fatalities).
MARKER_BASE = 25.0
MARKER_PER_SQRT_DEATH = 18.0
# A country is named on the map only when its largest outline spans at least this share of the
# map's width: smaller ones (Lebanon on a map of the Sahel) would be unreadable clutter.
MAP_LABEL_MIN_SHARE = 0.06
_GREY = "#888888"


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _color(event_type: str, cfg: ReportConfig) -> str:
    return cfg.type_colors.get(event_type, _GREY)


def _types_in(events: Sequence[Event]) -> list[str]:
    present = {e.event_type for e in events}
    return [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))


def events_per_day_chart(events: Sequence[Event], period: Period, cfg: ReportConfig | None = None) -> Chart:
    """Stacked bars: events per day of the period, one colour per event type."""
    cfg = cfg or report_config()
    days = [period.since + timedelta(days=i) for i in range(period.days)]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in events:
        counts[e.event_type][e.event_date] += 1
    fig = _figure(8, 3.2)
    ax = fig.add_subplot()
    bottom = [0] * len(days)
    for t in _types_in(events):
        heights = [counts[t].get(d.isoformat(), 0) for d in days]
        ax.bar(range(len(days)), heights, bottom=bottom, color=_color(t, cfg), label=t, width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    _day_axis(ax, days)
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    if events:
        ax.legend(fontsize=8, frameon=False, loc="upper left")
    ax.set_title(f"Events per day by type, {period.label()}", fontsize=10)
    alt = f"Bar chart of events per day from {period.label()}, stacked by event type; {counted(len(events), 'event')} in all."
    return Chart("events-per-day", "Events per day by type", alt, _png(fig))


def _day_axis(ax: Any, days: list[Any]) -> None:
    step = max(1, math.ceil(len(days) / 14))  # at most 14 labels, whatever the period's length
    ticks = list(range(0, len(days), step))
    ax.set_xticks(ticks, [days[i].strftime("%m-%d") for i in ticks], fontsize=8, rotation=45)
    ax.set_xlim(-0.6, len(days) - 0.4)


def fatalities_by_admin1_chart(events: Sequence[Event], cfg: ReportConfig | None = None) -> Chart:
    """Horizontal bars: reported fatalities per first-level division (the largest first)."""
    cfg = cfg or report_config()
    deaths: dict[str, int] = defaultdict(int)
    countries = {e.country for e in events}
    for e in events:
        name = e.admin1 or "division unknown"
        deaths[f"{name}, {e.country}" if len(countries) > 1 else name] += e.fatalities or 0
    ranked = sorted(deaths.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_chart_regions]
    fig = _figure(8, 0.9 + 0.32 * max(1, len(ranked)))
    ax = fig.add_subplot()
    labels = [k for k, _ in reversed(ranked)]
    ax.barh(labels, [v for _, v in reversed(ranked)], color="#D55E00")
    ax.set_xlabel("reported fatalities")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_title("Reported fatalities by first-level division", fontsize=10)
    shown = ", ".join(f"{k} {v}" for k, v in ranked)
    return Chart(
        "fatalities-by-admin1",
        "Fatalities by first-level division",
        f"Bar chart of reported fatalities: {shown}.",
        _png(fig),
    )


@dataclass(frozen=True)
class Country:
    """One basemap country: its name and outline rings (longitude, latitude)."""

    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]

    def width(self) -> float:
        """Longitude span of the largest ring, in degrees."""
        ring = max(self.rings, key=len)
        return max(p[0] for p in ring) - min(p[0] for p in ring)

    def label_point(self) -> tuple[float, float]:
        """The mean vertex of the largest ring: inside most countries, good enough for a label."""
        ring = max(self.rings, key=len)
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))


@cache
def load_basemap() -> tuple[Country, ...] | None:
    """Country outlines from ``data/basemap/countries.geojson``, or None when it is absent."""
    ref = resources.files("sitrep").joinpath("data", "basemap", "countries.geojson")
    try:
        doc = json.loads(ref.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    countries = []
    for feat in doc.get("features", []):
        geom = feat.get("geometry") or {}
        coords = geom.get("coordinates", [])
        polygons = coords if geom.get("type") == "MultiPolygon" else [coords]
        rings = tuple(tuple((float(x), float(y)) for x, y, *_ in ring) for poly in polygons for ring in poly)
        if rings:
            countries.append(Country(str((feat.get("properties") or {}).get("name", "")), rings))
    return tuple(countries)


def _extent(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    pad_x = max(
        MAP_MARGIN_DEGREES, MAP_MARGIN_SHARE * (east - west), (MAP_MIN_SPAN_DEGREES - (east - west)) / 2
    )
    pad_y = max(
        MAP_MARGIN_DEGREES, MAP_MARGIN_SHARE * (north - south), (MAP_MIN_SPAN_DEGREES - (north - south)) / 2
    )
    return _fit_frame((west - pad_x, south - pad_y, east + pad_x, north + pad_y))


def _fit_frame(extent: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """Widen the shorter side so the map fills the figure (equirectangular, true shape mid-map)."""
    w, s, e, n = extent
    squash = max(0.2, math.cos(math.radians((s + n) / 2)))
    want_lon = (n - s) * MAP_FRAME_RATIO / squash
    if e - w < want_lon:
        grow = (want_lon - (e - w)) / 2
        w, e = w - grow, e + grow
    else:
        grow = ((e - w) * squash / MAP_FRAME_RATIO - (n - s)) / 2
        s, n = s - grow, n + grow
    return (max(-180, w), max(-90, s), min(180, e), min(90, n))


def _draw_outlines(ax: Any, extent: tuple[float, float, float, float]) -> bool:
    from matplotlib.collections import PolyCollection

    countries = load_basemap()
    if not countries:
        return False
    w, s, e, n = extent
    near = [c for c in countries if any(_overlaps(r, w, s, e, n) for r in c.rings)]
    rings = [r for c in near for r in c.rings]
    ax.add_collection(
        PolyCollection(rings, facecolors="#EFEDE6", edgecolors="#9A9A9A", linewidths=0.6, zorder=1)
    )
    for c in near:
        x, y = c.label_point()
        if w < x < e and s < y < n and c.width() >= MAP_LABEL_MIN_SHARE * (e - w):
            ax.text(
                x, y, c.name, fontsize=7, color="#6B6B6B", ha="center", va="center", zorder=2, clip_on=True
            )
    return True


def _overlaps(ring: Sequence[tuple[float, float]], w: float, s: float, e: float, n: float) -> bool:
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs) <= e and max(xs) >= w and min(ys) <= n and max(ys) >= s


def _graticule(ax: Any, extent: tuple[float, float, float, float]) -> None:
    w, s, e, n = extent
    step = next(st for st in (1, 2, 5, 10, 20, 30) if (e - w) / st <= 8)
    lines = dict(color="#B9C6D3", linewidth=0.4, alpha=0.8, zorder=1.5)  # over the land, under the points
    for x in range(math.ceil(w / step) * step, math.floor(e) + 1, step):
        ax.axvline(x, **lines)
    for y in range(math.ceil(s / step) * step, math.floor(n) + 1, step):
        ax.axhline(y, **lines)


def map_chart(events: Sequence[Event], cfg: ReportConfig | None = None) -> Chart | None:
    """Events on the offline basemap (country outlines) with a graticule; None without coordinates."""
    cfg = cfg or report_config()
    located = [e for e in events if e.latitude is not None and e.longitude is not None]
    if not located:
        return None
    extent = _extent([(e.longitude, e.latitude) for e in located])
    fig = _figure(8, 5.5)
    ax = fig.add_subplot(facecolor="#F4F8FB")
    _graticule(ax, extent)
    outlines = _draw_outlines(ax, extent)
    _plot_points(ax, located, cfg)
    _label_places(ax, located)
    w, s, e, n = extent
    ax.set_xlim(w, e)
    ax.set_ylim(s, n)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((s + n) / 2))))  # equirectangular, true shape mid-map
    ax.tick_params(labelsize=7)
    ax.set_title("Events by type (marker area grows with fatalities)", fontsize=10)
    note = (
        "" if outlines else "Country outlines are not installed; the map shows a graticule and points only."
    )
    missing = len(events) - len(located)
    if missing:
        note = (note + f" {counted(missing, 'event')} without coordinates not shown.").strip()
    alt = f"Map of {counted(len(located), 'event')} between longitudes {w:.1f} and {e:.1f} and latitudes {s:.1f} and {n:.1f}."
    return Chart("map", "Map of events", alt, _png(fig), note)


def _label_places(ax: Any, located: Sequence[Event]) -> None:
    places: dict[str, list[Event]] = defaultdict(list)
    for e in located:
        if e.location:
            places[e.location].append(e)
    ranked = sorted(
        places.items(), key=lambda kv: (-sum(e.fatalities or 0 for e in kv[1]), -len(kv[1]), kv[0])
    )
    for name, evs in ranked[:MAP_MAX_PLACE_LABELS]:
        ax.annotate(
            name,
            (evs[0].longitude, evs[0].latitude),
            xytext=(5, 4),
            textcoords="offset points",
            fontsize=7,
            color="#1D232B",
            zorder=4,
            clip_on=True,
        )


def _plot_points(ax: Any, located: Sequence[Event], cfg: ReportConfig) -> None:
    for t in _types_in(located):
        pts = [e for e in located if e.event_type == t]
        sizes = [MARKER_BASE + MARKER_PER_SQRT_DEATH * math.sqrt(e.fatalities or 0) for e in pts]
        ax.scatter(
            [e.longitude for e in pts],
            [e.latitude for e in pts],
            s=sizes,
            color=_color(t, cfg),
            label=t,
            alpha=0.85,
            edgecolors="white",
            linewidths=0.6,
            zorder=3,
        )
    legend = ax.legend(fontsize=7, loc="best", framealpha=0.9)
    for handle in legend.legend_handles:  # one marker size in the legend, whatever the tolls
        handle.set_sizes([30])


def make_charts(
    events: Sequence[Event], period: Period, cfg: ReportConfig | None = None
) -> tuple[Chart, ...]:
    """The report's charts; none when the period has no events."""
    if not events:
        return ()
    charts = [
        events_per_day_chart(events, period, cfg),
        fatalities_by_admin1_chart(events, cfg),
        map_chart(events, cfg),
    ]
    return tuple(c for c in charts if c is not None)
