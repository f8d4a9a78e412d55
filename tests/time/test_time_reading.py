"""Calendar arithmetic, the Reading -> TimeRef / TimeML renderings, URL dates."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time import interpret, to_timeml, to_timeref
from sitrep.time import calendar as cal
from sitrep.time.reading import Reading, precision_of
from sitrep.time.urls import date_from_url

DCT = date(1998, 1, 14)  # a Wednesday in ISO week 3


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Friday", "1998-01-09"),
        ("Wednesday", "1998-01-14"),
        ("last week", "1998-W02"),
        ("this week", "1998-W03"),
        ("the weekend", "1998-W02-WE"),
        ("last month", "1997-12"),
        ("earlier this month", "1998-01"),
        ("late November", "1997-11"),
        ("mid-November", "1997-11"),
        ("next year", "1999"),
        ("early next year", "1999"),
        ("the third quarter", "1998-Q3"),
        ("third-quarter", "1998-Q3"),
        ("the latest quarter", "1997-Q4"),
        ("the first half of 1997", "1997-H1"),
        ("last fall", "1997-FA"),
        ("this summer", "1998-SU"),
        ("the 1990s", "199"),
        ("the 20th century", "19"),
        ("two weeks ago", "1998-W01"),  # 1997-12-31 lies in ISO week 1 of 1998
        ("five months ago", "1997-08"),
        ("42 years ago", "1956"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("Aug. 7, 1998", "1998-08-07"),
        ("fiscal 1997", "1997"),
    ],
)
def test_timeml_values(expression, value):
    reading = interpret(expression, DCT)
    assert reading is not None
    assert to_timeml(reading) == value


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back():
    quarter = interpret("the third quarter", date(1989, 10, 26))
    again = interpret("a year earlier", date(1989, 10, 26), previous=quarter)
    assert to_timeml(again) == "1988-Q3" and again.anaphoric


def test_to_timeref_midpoint_and_precision():
    r = Reading("month", date(2014, 6, 1), date(2014, 6, 30), date(2014, 6, 1), "test")
    t = to_timeref(r, 3, 12, "June 2014")
    assert (t.value, t.precision, t.start, t.end) == (date(2014, 6, 15), 3, 3, 12)


def test_unknown_reading_renders_as_no_value():
    t = to_timeref(Reading("day", None, None, None, "why"), 0, 6, "Monday")
    assert t.value is None and t.precision == 3 and t.reason == "why"
    assert to_timeml(Reading("day", None, None, None, "why")) is None


@pytest.mark.parametrize(("days", "precision"), [(1, 1), (2, 2), (7, 2), (11, 2), (12, 3), (365, 3)])
def test_precision_of_day_counts(days, precision):
    start = date(2020, 1, 1)
    assert precision_of(start, date.fromordinal(start.toordinal() + days - 1)) == precision


def test_calendar_helpers():
    assert cal.week_bounds(date(2016, 1, 27)) == (date(2016, 1, 25), date(2016, 1, 31))
    assert cal.month_bounds(2016, 2) == (date(2016, 2, 1), date(2016, 2, 29))
    assert cal.quarter_bounds(2014, 4) == (date(2014, 10, 1), date(2014, 12, 31))
    assert cal.season_bounds(1994, "WI") == (date(1993, 12, 1), date(1994, 2, 28))
    assert cal.season_of(date(1998, 12, 20)) == (1999, "WI")
    assert cal.add_months(date(2016, 3, 31), -1) == date(2016, 2, 29)
    assert cal.nth_weekday(2015, 11, 3, 4) == date(2015, 11, 26)
    assert cal.nth_weekday(2015, 5, 0, -1) == date(2015, 5, 25)
    assert cal.part_of((date(2019, 3, 1), date(2019, 3, 31)), "mid") == (date(2019, 3, 11), date(2019, 3, 20))


def test_nearest_year_prefers_the_recent_past():
    pub = date(1989, 10, 30)
    assert cal.nearest_year(lambda y: date(y, 2, 15), pub) == 1990  # 3.5 months ahead beats 8.5 back
    assert cal.nearest_year(lambda y: date(y, 3, 31), pub) == 1989
    assert cal.nearest_year(lambda y: date(y, 3, 31), pub, future=True) == 1990


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://fox6now.com/2015/12/11/same-man-police", date(2015, 12, 11)),
        ("http://www.arkansasonline.com/news/2016/jan/26/girl-shot", date(2016, 1, 26)),
        ("http://www.latimes.com/local/tn-blr-me-papiyan-20160223-story.html", date(2016, 2, 23)),
        ("http://articles.example.com/2014-01-28/news/story", date(2014, 1, 28)),
        ("http://www.kltv.com/story/29692711/", None),
        ("http://example.com/2015/13/45/bad", None),
        (None, None),
    ],
)
def test_date_from_url(url, day):
    assert date_from_url(url) == day


def test_importing_the_time_package_stays_light():
    import subprocess
    import sys

    code = ("import sys, sitrep.time, sitrep.time.eventdate; "
            "print(sorted(m for m in ('dateparser', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_pattern_kind_has_a_rule_and_every_rule_a_pattern():
    from sitrep.time.lexicon import lexicon
    from sitrep.time.rules import RULES

    kinds = {p.kind for p in lexicon().patterns}
    assert kinds == set(RULES)
    assert all(p.mode in ("find", "expr") for p in lexicon().patterns)
