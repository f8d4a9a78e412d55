"""The ACLED scorer reads each record's EVENT_DATE as day/month/year, two-digit years included."""

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
