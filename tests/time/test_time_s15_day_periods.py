""""Day" is no unit of a relative period: "the next day" is anaphoric (the day after the one
dated before it), never "next day relative to the publication date" read with a decade's bounds,
and "the past day" / "the past 24 hours" are the publication day and the day before it. Either
used to go wrong only when the text also held "week", "month", "year" or "decade" (the period
pattern's pre-check), and "the past day" then stopped the times stage (KeyError)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.finder import find_times

PUB = date(2024, 3, 13)


def _times(text: str):
    return {t.text: t for t in find_times(text, PUB)}


@pytest.mark.parametrize("text, expr", [
    ("Gunmen attacked the village last week. Troops arrived the next day and clashed with them.", "the next day"),
    ("Rebels shelled Goma last month; the following day the army struck back.", "the following day"),
    ("Militias raided the camp this week and returned the day after.", "the day after"),
])
def test_next_day_is_anaphoric_not_a_period(text, expr):
    t = _times(text)[expr]
    assert t.earliest is None or t.earliest.year == PUB.year
    assert t.value is None or abs((t.value - PUB).days) < 31


@pytest.mark.parametrize("text, expr", [
    ("The army said last week that it repelled 30 attacks over the past day.", "the past day"),
    ("Russian forces launched 40 strikes in the past 24 hours, the General Staff said this week.",
     "the past 24 hours"),
    ("Over the past day, drones hit Kharkiv twice; a year ago the city was calm.", "the past day"),
])
def test_past_day_is_the_day_before_and_publication(text, expr):
    t = _times(text)[expr]
    assert (t.earliest, t.latest) == (date(2024, 3, 12), PUB)
    assert t.precision == 2


@pytest.mark.parametrize("text", [
    "On the last day of the offensive last month, troops shelled the town.",
    "Police said this week that this day was calm.",
])
def test_day_never_read_as_a_decade(text):
    for t in find_times(text, PUB):
        if t.value is not None:
            assert abs((t.value - PUB).days) < 40, (t.text, t.value)
