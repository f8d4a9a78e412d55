"""A year after a possessive ("the country's 2014 elections") is a date expression; the pattern
starts with the apostrophe, so it must not be anchored at a word start."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.finder import find_times


@pytest.mark.parametrize(
    ("text", "year"), [("The country's 2014 elections were delayed.", 2014), ("Mali’s 2012 coup split the army.", 2012)]
)
def test_a_year_after_a_possessive_is_found(text, year):
    found = find_times(text, date(2016, 1, 1))
    assert [t.text for t in found] == [str(year)]
    assert found[0].value is not None and found[0].value.year == year


def test_a_number_after_a_possessive_is_no_year():
    assert find_times("The army's 3000 troops moved north.", date(2016, 1, 1)) == ()
