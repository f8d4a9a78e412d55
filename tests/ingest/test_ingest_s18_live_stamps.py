"""Live-blog entries dated by stamps in headings and by UTC datetimes read as the local day (session 18).

The pages in ``pages_s18/`` are made up in several CMS shapes: clock-only ``<h2>`` headings in GMT
(Sudan), "Updated 14 March, 09:10" headings without a year (Somalia), "Posted at 7.15am" lines
(DR Congo), ``<time datetime="...Z">`` under an "All times are EAT" note (Ethiopia/Somaliland),
JSON-LD updates in UTC on a Ukrainian page in summer time, UTC datetimes on a page whose other
datetimes carry +02:00 (Gaza/Lebanon), and "18:20 MMT - headline" headings (Myanmar)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest.build import articles_from_html
from sitrep.ingest.liveblog import LiveEntry, WrittenTime, month_day, settle, stamp_prefix

PAGES = Path(__file__).parent / "pages_s18"


def _arts(name: str):
    return {a.id.split("#")[1]: a for a in articles_from_html(name, (PAGES / f"{name}.html").read_text("utf-8"))}


# page -> {anchor: (published, local clock, a part of the date's reason)}
EXPECT = {
    "live_sudan_clock_headings": {
        "p-903": (date(2024, 5, 12), "03:20", "midnight crossed"),
        "p-902": (date(2024, 5, 12), "00:45", "22:45 UTC read as 00:45 local time (UTC+02:00, the article's country (SD))"),
        "p-901": (date(2024, 5, 11), "21:10", "the page's date (the oldest entry)"),
    },
    "live_somalia_updated_headings": {
        "entry-3": (date(2024, 3, 14), "09:10", "day and month; the year nearest"),
        "entry-2": (date(2024, 3, 13), "21:35", "day and month"),
        "entry-1": (date(2024, 3, 13), "16:05", "day and month"),
    },
    "live_drc_posted_at": {
        "u31": (date(2024, 2, 7), "07:15", "clock time"),
        "u30": (date(2024, 2, 7), "01:05", "midnight crossed"),
        "u29": (date(2024, 2, 6), "22:40", "the page's date"),
    },
    "live_horn_utc_eat": {
        "lb-44": (date(2024, 3, 15), "09:00", "the label EAT on the page"),
        "lb-43": (date(2024, 3, 15), "01:30", "22:30 UTC read as 01:30 local time (UTC+03:00, the label EAT"),
        "lb-42": (date(2024, 3, 14), "15:10", "EAT"),
    },
    "live_ukraine_jsonld_utc": {
        "c-3": (date(2024, 7, 9), "11:20", "UTC+03:00, the article's country (UA)"),
        "c-2": (date(2024, 7, 9), "00:40", "21:40 UTC read as 00:40"),
        "c-1": (date(2024, 7, 8), "08:10", "JSON-LD"),
    },
    "live_gaza_offsets": {
        "e-77": (date(2024, 1, 21), "09:05", "the UTC offset +02:00 of the page's datetimes"),
        "e-76": (date(2024, 1, 21), "01:15", "23:15 UTC read as 01:15"),
        "e-75": (date(2024, 1, 20), "16:00", "+02:00"),
    },
    "live_myanmar_prefixed_headings": {
        "up-12": (date(2024, 6, 3), "18:20", "clock time"),
        "up-11": (date(2024, 6, 3), "11:45", "clock time"),
        "up-10": (date(2024, 6, 3), "08:05", "the page's date"),
    },
}


@pytest.mark.parametrize("page", sorted(EXPECT))
def test_entries_take_the_day_and_local_time_of_their_stamps(page):
    arts = _arts(page)
    assert sorted(arts) == sorted(EXPECT[page])
    for anchor, (day, clock, why) in EXPECT[page].items():
        a = arts[anchor]
        assert (a.published, a.origin.get("liveblog_time")) == (day, clock), anchor
        assert why in a.origin["liveblog"] and "no date of its own" not in a.origin["liveblog"], anchor


def test_a_stamp_opening_a_heading_is_not_the_title_and_the_rest_is():
    arts = _arts("live_myanmar_prefixed_headings")
    assert arts["up-11"].title == "Air strike on Sagaing village"
    assert "MMT" not in arts["up-11"].text and "Kani township" in arts["up-11"].text


def test_clock_headings_are_no_titles_and_leave_the_text():
    arts = _arts("live_sudan_clock_headings")
    assert all(a.title.startswith("Sudan war live") and "GMT" not in a.text for a in arts.values())


def test_utc_stamps_without_any_local_zone_stay_utc_and_say_so():
    page = (Path(__file__).parent / "pages_s14" / "liveblog_israel_lebanon.html").read_text("utf-8")
    arts = articles_from_html("il", page)
    assert len(arts) == 3 and all(a.country is None for a in arts)
    assert all("in UTC (no local time zone on the page or for its country)" in a.origin["liveblog"] for a in arts)


@pytest.mark.parametrize("text, expected", [
    ("10:42 GMT - Strike on tents in al-Mawasi", ("10:42 GMT", "Strike on tents in al-Mawasi")),
    ("09.10: Drone hits Kosti", ("09.10", "Drone hits Kosti")),
    ("Posted at 7.15am | Goma shelled", ("Posted at 7.15am", "Goma shelled")),
    ("Gunmen kill 5 - 10:30 in Kaduna", None),
    ("Troops retake Bakhmut: officials", None),
    ("10:42 GMT", None),
])
def test_stamp_prefix(text, expected):
    assert stamp_prefix(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Updated 14 March, 09:10", (3, 14)),
    ("Posted Jan 9th 11:52", (1, 9)),
    ("31 Feb 10:00", (2, 31)),  # checked against a year later: no such day, no date
    ("Updated 09:10", None),
    ("March 09:10", None),
])
def test_month_day(text, expected):
    assert month_day(text) == expected


def _e(day, clock, md=None, utc=False):
    return LiveEntry("x" * 50, None, day, None, "the entry's timestamp" if day else "no date of its own", clock,
                     WrittenTime(utc, md))


def test_yearless_days_take_the_year_nearest_the_page_and_impossible_ones_none():
    out = settle([_e(None, "10:00", (12, 30)), _e(None, "09:00", (2, 30))], date(2025, 1, 2), None)
    assert out[0].published == date(2024, 12, 30)
    # 30 February is no day: the older entry takes the day of the entry posted after it
    assert out[1].published == date(2024, 12, 30) and "posted after it" in out[1].reason


def test_clock_only_entries_between_dated_ones_count_midnights_both_ways():
    entries = [_e(None, "02:10"), _e(None, "00:20"), _e(date(2024, 8, 1), "23:30"), _e(None, "21:00"),
               _e(None, "18:00"), _e(None, "23:50")]
    days = [e.published for e in settle(entries, date(2024, 7, 20), None)]
    assert days == [date(2024, 8, 2)] * 2 + [date(2024, 8, 1)] * 3 + [date(2024, 7, 31)]


def test_oldest_first_pages_chain_forward():
    entries = [_e(None, "20:00"), _e(None, "23:10"), _e(None, "00:40"), _e(None, "06:30")]
    days = [e.published for e in settle(entries, date(2024, 3, 1), None)]
    assert days == [date(2024, 3, 1)] * 2 + [date(2024, 3, 2)] * 2


def test_no_page_day_and_no_dated_entry_leaves_clock_entries_undated():
    out = settle([_e(None, "10:00"), _e(None, "09:00")], None, "SD")
    assert [e.published for e in out] == [None, None]


def _sitrep(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("sitrep")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=900)


# (entry, a town of its event) -> (event_date, date_latest): dated from the entry, not from the page
RUN_EXPECT = {
    ("live_horn_utc_eat#lb-43", "Debre Markos"): ("2024-03-14", "2024-03-14"),  # 01:30 local on the 15th: "last night"
    ("live_horn_utc_eat#lb-44", "Las Anod"): ("2024-03-15", "2024-03-15"),
    ("live_gaza_offsets#e-77", "Nuseirat"): ("2024-01-21", "2024-01-21"),
    ("live_gaza_offsets#e-76", "Nasser"): ("2024-01-20", "2024-01-21"),  # posted 01:15: the night
    ("live_somalia_updated_headings#entry-3", "Beledweyne"): ("2024-03-14", "2024-03-14"),
    ("live_somalia_updated_headings#entry-2", "Afgooye"): ("2024-03-13", "2024-03-13"),
    ("live_ukraine_jsonld_utc#c-2", "Kyiv"): ("2024-07-08", "2024-07-09"),  # 00:40 Kyiv summer time
    ("live_ukraine_jsonld_utc#c-3", "Dnipro"): ("2024-07-09", "2024-07-09"),
    ("live_myanmar_prefixed_headings#up-11", "Kani"): ("2024-06-03", "2024-06-03"),
    ("live_sudan_clock_headings#p-902", "Kadugli"): ("2024-05-11", "2024-05-12"),  # 00:45 local
    ("live_drc_posted_at#u30", "Goma"): ("2024-02-06", "2024-02-07"),  # posted 1.05am
}


def test_sitrep_run_dates_events_from_their_entries(tmp_path):
    db = tmp_path / "live.db"
    done = _sitrep("run", str(PAGES), "--db", str(db), "-j", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    con = sqlite3.connect(db)
    rows = con.execute("SELECT s.article_id, e.location, e.event_date, e.date_latest FROM events e "
                       "JOIN event_sources s ON s.event_id = e.event_id").fetchall()
    con.close()
    for (article, town), dates in RUN_EXPECT.items():
        found = [(d, last) for a, loc, d, last in rows if a == article and town in loc]
        assert found and all(f == dates for f in found), (article, town, found)


def _zones(body: str):
    import lxml.html

    from sitrep.ingest.liveblog import page_zones

    html = f"<html><body>{body}</body></html>"
    return [z.source for z in page_zones(lxml.html.fromstring(html), html)]


@pytest.mark.parametrize("body, sources", [
    ("<p>All times are EAT (GMT+3).</p>", ["the label EAT on the page"]),
    ("<p>Local time: GMT+3</p><p>22:30 GMT+3</p>", ["the label GMT+3 on the page"]),
    ("<span>18:20 MMT</span><p>Junta jets bombed a village.</p>", ["the label MMT on the page"]),
    ("<p>The ICT ministry said the internet was cut. CAT scans showed injuries.</p>", []),
    ('<p>x</p><time datetime="2024-04-02T10:00:00+03:00">10:00</time>', ["the UTC offset +03:00 of the page's datetimes"]),
    ('<time datetime="2024-04-02T10:00:00+00:00">10:00 GMT</time>', []),
])
def test_page_zones_are_labels_next_to_times_and_non_utc_offsets(body, sources):
    assert _zones(body) == sources
