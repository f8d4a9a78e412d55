"""A live-blog entry keeps its posting time ("HH:MM", as written) in ``origin["liveblog_time"]``,
which dates night news posted in the small hours (``sitrep.time.liveentry``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.events.runner import EventRunner
from sitrep.ingest.build import articles_from_html
from sitrep.ingest.liveblog import clock_of

PAGES = Path(__file__).resolve().parent / "pages_s15"


@pytest.mark.parametrize("raw, text, expected", [
    ("2024-04-16T06:15:00+02:00", "", "06:15"),
    ("2024-04-16 23:40", "", "23:40"),
    ("", "6:15 AM", "06:15"),
    ("", "Updated 9pm GMT", "21:00"),
    ("", "12:05 a.m.", "00:05"),
    ("", "12 pm", "12:00"),
    ("", "18.40", "18:40"),
    ("", "10h30", "10:30"),
    ("", "Updated 25:61", None),
    ("2024-04-16", "Tuesday", None),
])
def test_clock_of(raw, text, expected):
    assert clock_of(raw, text) == expected


def test_entries_with_a_day_keep_their_posting_time():
    arts = articles_from_html("sd", (PAGES / "live_sudan_blocks.html").read_text(encoding="utf-8"))
    times = {a.id: a.origin.get("liveblog_time") for a in arts}
    assert all(times.values()) and len(set(times.values())) == len(times)


def test_entries_stamped_with_a_clock_only_take_the_pages_day_and_keep_their_time():
    """(session 18: clock-only entries are dated by the page's day, see sitrep.ingest.liveblog.settle)"""
    arts = articles_from_html("ua", (PAGES / "live_ukraine_stream.html").read_text(encoding="utf-8"))
    assert [a.origin.get("liveblog_time") for a in arts] == ["11:05", "08:47", "06:12"]
    assert {a.published for a in arts} == {date(2024, 3, 12)}


def test_small_hours_entry_dates_the_night_before():
    arts = articles_from_html("sd", (PAGES / "live_sudan_blocks.html").read_text(encoding="utf-8"))
    early = [a for a in arts if a.origin.get("liveblog_time", "99") < "07:00"]
    assert early, "the fixture has an entry posted before 07:00"
    runner = EventRunner()
    for a in early:
        for e in runner.doc(a).events or ():
            if "no date" in e.date.reason or "entry" in e.date.reason:
                assert e.date.value == a.published.fromordinal(a.published.toordinal() - 1)
                assert isinstance(e.date.value, date)
