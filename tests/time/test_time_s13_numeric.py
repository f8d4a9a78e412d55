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


@pytest.mark.parametrize("text, published, expected", [
    ("A bomb exploded at a market in Mogadishu during Eid al-Fitr celebrations, killing five.", date(2024, 4, 15),
     date(2024, 4, 10)),
    ("Gunmen attacked worshippers on Eid al-Adha in a mosque near Kano.", date(2023, 7, 2), date(2023, 6, 28)),
    ("Clashes erupted on the day after Eid ul-Fitr in Kabul.", date(2021, 5, 20), date(2021, 5, 14)),
])
def test_lunar_holidays_are_read_from_their_table(text, published, expected):
    from sitrep.time.finder import find_times

    days = [t.value for t in find_times(text, published) if t.value is not None and t.precision == 1]
    assert days == [expected]


def test_a_lunar_holiday_outside_the_table_is_left_unknown():
    from sitrep.time.finder import find_times

    tops = [t for t in find_times("Rebels attacked a village on Eid al-Fitr.", date(1995, 3, 10))
            if "Eid" in (t.text or "")]
    assert all(t.value is None or t.precision != 1 for t in tops)
