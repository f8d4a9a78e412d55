"""The ACLED scorer: each record's EVENT_DATE read as day/month/year (two-digit years included),
and the location scored by name or distance and by distance alone."""

from datetime import date

import pytest

from sitrep.eval.acled import _published


@pytest.mark.parametrize("raw, expected", [
    ("05/03/2015", date(2015, 3, 5)),
    ("1/1/16", date(2016, 1, 1)),
    ("4/1/16", date(2016, 1, 4)),
    ("31/12/97", date(1997, 12, 31)),
    ("32/1/16", None),
    ("", None),
])
def test_event_dates_are_day_month_year(raw, expected):
    assert _published({"EVENT_DATE": raw}) == expected


def test_a_record_without_a_date_has_none():
    assert _published({}) is None


def test_a_namesake_far_away_counts_only_by_name():
    from types import SimpleNamespace

    from sitrep.eval.acled import _location_near, _location_ok
    from sitrep.types import Place

    gold = {"LOCATION": "Baga", "_lat": 13.11, "_lon": 13.85}
    spain = SimpleNamespace(place=Place("Baga", 42.25, 1.86, "Spain", "ES"))
    near = SimpleNamespace(place=Place("Doron Baga", 13.2, 13.9, "Nigeria", "NG"))
    assert _location_ok(spain, gold) and not _location_near(spain, gold)
    assert _location_ok(near, gold) and _location_near(near, gold)
