"""Numeric dates: month first (US style) unless that would put a past event after the report."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.rules import Cue, numeric_rule


def _read(a: str, b: str, year: str, published: date | None, future: bool = False) -> date | None:
    reading = numeric_rule({"a": a, "b": b, "year": year}, Cue(published, future=future))
    return None if reading is None else reading.anchor


@pytest.mark.parametrize("a, b, year, published, expected", [
    ("12", "03", "2024", date(2024, 3, 20), date(2024, 3, 12)),   # Dec 3 is after the report: 12 March
    ("3", "12", "2024", date(2024, 3, 20), date(2024, 3, 12)),    # month first, in the past
    ("06", "24", "14", date(2014, 6, 30), date(2014, 6, 24)),     # the day cannot be a month
    ("24", "06", "2014", date(2014, 6, 30), date(2014, 6, 24)),   # the first number cannot be a month
    ("05", "04", "2024", date(2024, 6, 1), date(2024, 5, 4)),     # both in the past: month first stays
    ("12", "03", "2024", None, date(2024, 12, 3)),                # no publication day: month first
])
def test_numeric_dates(a, b, year, published, expected):
    assert _read(a, b, year, published) == expected


def test_a_future_sentence_keeps_month_first():
    assert _read("12", "03", "2024", date(2024, 3, 20), future=True) == date(2024, 12, 3)
