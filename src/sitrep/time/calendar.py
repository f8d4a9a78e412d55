"""Pure calendar arithmetic used by the date rules: bounds of weeks, months, quarters, seasons.

Weeks are ISO weeks (Monday to Sunday), as TimeML's ``YYYY-Www`` values are.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

__all__ = [
    "add_months",
    "century_bounds",
    "decade_bounds",
    "half_bounds",
    "midpoint",
    "month_bounds",
    "nearest_year",
    "nth_weekday",
    "part_of",
    "quarter_bounds",
    "quarter_of",
    "season_bounds",
    "season_of",
    "week_bounds",
    "year_bounds",
]

Span = tuple[date, date]

# A year given to a month-day without year (or to a bare month) is the candidate nearest to the
# publication date, where a candidate after it counts FUTURE_PENALTY times its distance: news
# mostly reports the past. Calibrated on TempEval-3 (TBAQ): value accuracy 0.8392 / 0.8412 /
# 0.8405 / 0.8392 / 0.8399 with 1.5 / 2 / 2.5 / 3 / 4.
FUTURE_PENALTY = 2.0

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def midpoint(a: date, b: date) -> date:
    return a + timedelta(days=(b - a).days // 2)


def week_bounds(d: date) -> Span:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def month_bounds(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_bounds(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> Span:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_bounds(year, first + 2)[1]


def half_bounds(year: int, half: int) -> Span:
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))


def decade_bounds(start_year: int) -> Span:
    return date(start_year, 1, 1), date(start_year + 9, 12, 31)


def century_bounds(ordinal: int) -> Span:
    """The n-th century as TimeML writes it: the 20th century is 1900-1999 (value "19")."""
    first = (ordinal - 1) * 100
    return date(max(first, 1), 1, 1), date(first + 99, 12, 31)


def season_bounds(year: int, code: str) -> Span:
    """Meteorological seasons (northern hemisphere); winter ``year`` ends in February of ``year``."""
    first, last = SEASON_MONTHS[code]
    if code == "WI":
        return date(year - 1, 12, 1), month_bounds(year, 2)[1]
    return date(year, first, 1), month_bounds(year, last)[1]


def season_of(d: date) -> tuple[int, str]:
    """The season holding ``d`` and the year that season is named after."""
    for code, (first, last) in SEASON_MONTHS.items():
        if code != "WI" and first <= d.month <= last:
            return d.year, code
    return (d.year + 1 if d.month == 12 else d.year), "WI"


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based; -1 = last) ``weekday`` (Monday 0) of a month."""
    first, last = month_bounds(year, month)
    if nth > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def part_of(span: Span, mod: str | None) -> Span:
    """The early, middle or late third of a span (days 1-10, 11-20, 21-end of a month)."""
    a, b = span
    if mod not in ("early", "mid", "late"):
        return span
    days = (b - a).days + 1
    third = days // 3
    if mod == "early":
        return a, a + timedelta(days=third - 1)
    if mod == "mid":
        return a + timedelta(days=third), a + timedelta(days=2 * third - 1)
    return a + timedelta(days=2 * third), b


def nearest_year(on: Callable[[int], date], published: date, future: bool = False) -> int:
    """The year whose date ``on(year)`` lies nearest the publication date, the future penalised.

    With ``future`` (the sentence speaks of what is to come) the past is penalised instead.
    """
    best, best_cost = published.year, float("inf")
    for year in (published.year - 1, published.year, published.year + 1):
        cost = day_cost(on(year), published, future)
        if cost < best_cost:
            best, best_cost = year, cost
    return best


def day_cost(day: date, published: date, future: bool = False) -> float:
    """How far ``day`` lies from the publication date, the future penalised (the past with ``future``)."""
    gap = (day - published).days
    return abs(gap) * (FUTURE_PENALTY if (gap > 0) != future and gap != 0 else 1.0)
