"""Session 16 date rules: "the eve of" a written date, and a numeric day and month with no year."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.finder import find_times


def dated(text: str, published: date | None):
    return [t for t in find_times(text, published) if t.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Militiamen burned ballot boxes in Kananga on the eve of the 20 December vote.", date(2023, 12, 22),
     date(2023, 12, 19)),
    ("On the eve of March 15, Houthi drones struck a tanker off Hodeidah.", date(2024, 3, 18), date(2024, 3, 14)),
    ("Clashes broke out in Goma on the eve of 30 June, residents said.", date(2024, 7, 2), date(2024, 6, 29)),
])
def test_the_eve_of_a_written_date_is_the_day_before(text, published, expected):
    (t,) = dated(text, published)
    assert (t.value, t.precision) == (expected, 1) and "eve" in t.reason


def test_a_written_date_without_eve_stays_that_day():
    (t,) = dated("Polling stations in Kananga were attacked on 20 December.", date(2023, 12, 22))
    assert t.value == date(2023, 12, 20)


@pytest.mark.parametrize("text, published, expected", [
    # month first is two days back; day first (3 April) would be after publication
    ("Two police officers were shot dead by gang members in Delmas on 3/4.", date(2024, 3, 6), date(2024, 3, 4)),
    # day first (12 February) is 23 days back; month first (2 December) over three months
    ("A drone strike on 12/2 hit a fuel depot in Kherson.", date(2024, 3, 6), date(2024, 2, 12)),
    ("Soldiers opened fire on protesters on 28/1, residents said.", date(2024, 2, 3), date(2024, 1, 28)),
    # across the new year: 30 December of the year before
    ("Gunmen raided a village near Mopti on 30/12.", date(2025, 1, 4), date(2024, 12, 30)),
])
def test_a_numeric_day_and_month_after_on_is_read_nearest_before_publication(text, published, expected):
    (t,) = dated(text, published)
    assert (t.value, t.precision) == (expected, 1) and "without a year" in t.reason


@pytest.mark.parametrize("text, published", [
    ("Security has tightened since the attacks on 9/11.", date(2024, 9, 12)),
    ("The checkpoint is staffed on 24/7 shifts.", date(2024, 7, 25)),
    ("Rebels took control on 3/4 of the district.", date(2024, 3, 6)),
    ("Militia fighters attacked the camp on 3/4.", None),  # no publication day: no year to give it
    ("Militia fighters attacked the camp on 6/7.", date(2024, 3, 6)),  # both readings months back
    ("The score was 3/4 in the final.", date(2024, 3, 6)),  # no "on"
])
def test_numbers_with_a_slash_that_are_no_recent_day(text, published):
    assert dated(text, published) == []
