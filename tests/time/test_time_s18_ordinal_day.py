"""A day of the month written with no month ("on the 9th", "the night of the 23rd") is the nearest
day of that number on or before publication (session 18, patterns v12); floors, battalions, rounds,
a full date and a future sentence are not read this way."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.finder import find_times


def _days(text: str, pub: date) -> list[tuple[str, date | None]]:
    return [(t.text, t.value) for t in find_times(text, pub)]


@pytest.mark.parametrize("text, pub, expected", [
    ("Militants overran an outpost in Kurram on the 14th, killing seven soldiers.", date(2024, 2, 20), date(2024, 2, 14)),
    ("On the night of the 23rd, gang members set fire to houses in Cite Soleil.", date(2024, 4, 2), date(2024, 3, 23)),
    ("The RSF entered the town on the 31st and looted the market.", date(2024, 7, 3), date(2024, 5, 31)),
    ("Fighting erupted in Bunia on the 1st as militia attacked a camp.", date(2024, 1, 2), date(2024, 1, 1)),
    ("In the early hours of the 30th, drones struck Kharkiv.", date(2024, 3, 5), date(2024, 1, 30)),
    ("Houthi forces shelled Taiz on the 11th when a ceasefire was due.", date(2024, 8, 11), date(2024, 8, 11)),
])
def test_a_bare_ordinal_day_is_the_nearest_past_day_of_that_number(text, pub, expected):
    found = [v for t, v in _days(text, pub) if t[0].isdigit()]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Soldiers of the 3rd battalion were deployed to Mopti.",
    "A fire broke out on the 5th floor of a hotel in Mogadishu.",
    "Troops will withdraw from the zone on the 20th.",
    "He was knocked out in the 2nd round in Medellin.",
])
def test_floors_units_rounds_and_future_days_are_no_past_day(text):
    assert all(not t[0].isdigit() for t, _ in _days(text, date(2024, 5, 15)))


def test_a_day_with_its_month_is_read_as_a_full_date():
    assert _days("Clashes broke out on the 12th of March in Goma.", date(2024, 5, 2)) == [("12th of March", date(2024, 3, 12))]
