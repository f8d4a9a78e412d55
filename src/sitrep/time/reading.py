"""The rich reading of a date expression, and its two renderings: ACLED ``TimeRef`` and TimeML value.

A :class:`Reading` keeps the calendar unit the expression names (``grain``) apart from the days it
admits (``earliest``..``latest``): "late March 2019" names a month (TimeML ``2019-03``) but admits
March 21-31 (ACLED week precision, mid-point March 26).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sitrep.time.calendar import midpoint
from sitrep.types import TimeRef

__all__ = ["GRAINS", "Reading", "precision_of", "to_timeml", "to_timeref"]

GRAINS = ("day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century", "ref")

# ACLED time precision from the number of days an expression admits: one day is precision 1; up to
# WEEK_PRECISION_MAX_DAYS is precision 2 (a week, a weekend, "late March" = days 21-31); more is 3.
# Eleven keeps a month's last third (up to 11 days) at week precision, as ACLED codes "late March".
WEEK_PRECISION_MAX_DAYS = 11


@dataclass(frozen=True, slots=True)
class Reading:
    """What a date expression means, before it is rendered for ACLED or TimeML.

    ``anchor`` is a day inside the named unit (used to name it: ISO week, quarter, season);
    ``label`` carries what a date cannot: the season code (SP, SU, FA, WI) or the TimeML reference
    (PRESENT_REF, PAST_REF, FUTURE_REF) when ``grain == "ref"``. ``earliest``/``latest``/``anchor``
    are None when the expression needs a publication date that is not known.
    """

    grain: str
    earliest: date | None
    latest: date | None
    anchor: date | None
    reason: str
    label: str | None = None
    mod: str | None = None
    anaphoric: bool = False  # read off the previous reading ("a year earlier" after a quarter)
    value: date | None = None  # the ACLED value when it is not the mid-point ("overnight": the morning)

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None


def precision_of(earliest: date, latest: date) -> int:
    days = (latest - earliest).days + 1
    if days <= 1:
        return 1
    return 2 if days <= WEEK_PRECISION_MAX_DAYS else 3


def to_timeref(reading: Reading, start: int, end: int, text: str) -> TimeRef:
    """The ACLED rendering: value = mid-point of the admitted days (or the reading's own ``value``),
    precision from their number."""
    if reading.earliest is None or reading.latest is None:
        return TimeRef(start, end, text, None, 3, None, None, reading.reason)
    value = reading.value or midpoint(reading.earliest, reading.latest)
    precision = precision_of(reading.earliest, reading.latest)
    return TimeRef(start, end, text, value, precision, reading.earliest, reading.latest, reading.reason)


def to_timeml(reading: Reading) -> str | None:
    """The TimeML ``value`` of a reading at its own granularity ("1998-W02", "1998-Q1", "PAST_REF")."""
    if reading.grain == "ref":
        return reading.label
    a = reading.anchor
    if a is None:
        return None
    return _TIMEML[reading.grain](a, reading.label)


def _week(a: date, _: str | None) -> str:
    year, week, _day = a.isocalendar()
    return f"{year}-W{week:02d}"


_TIMEML = {
    "day": lambda a, _: a.isoformat(),
    "week": _week,
    "weekend": lambda a, lab: _week(a, lab) + "-WE",
    "month": lambda a, _: f"{a.year:04d}-{a.month:02d}",
    "season": lambda a, lab: f"{a.year:04d}-{lab}",
    "quarter": lambda a, _: f"{a.year:04d}-Q{(a.month - 1) // 3 + 1}",
    "half": lambda a, _: f"{a.year:04d}-H{1 if a.month <= 6 else 2}",
    "year": lambda a, _: f"{a.year:04d}",
    "decade": lambda a, _: f"{a.year // 10:03d}",
    "century": lambda a, _: f"{a.year // 100:02d}",
}
