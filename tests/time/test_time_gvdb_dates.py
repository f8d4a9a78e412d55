"""Dates of web-scraped local reports: the publication day from header and URL, and a recalled
week narrowed to the one day the report dates in it. All texts and URLs are made up."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.time.eventdate import event_date
from sitrep.time.urls import date_from_url, published_date
from sitrep.types import Article, Doc


def make_doc(text: str, published: date | None) -> Doc:
    import spacy

    from sitrep.nlp.sentences import split_sentences
    from sitrep.time import find_times

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest(), published=published)
    sentences = split_sentences(text, nlp)
    return Doc(article, sentences=sentences, times=find_times(text, published, sentences))


def spans_of(doc: Doc, *needles: str) -> list[tuple[int, int]]:
    return [next((s.start, s.end) for s in doc.sentences if n in s.text) for n in needles]


@pytest.mark.parametrize(("url", "day"), [
    ("http://example.com/news/local/man-hurt-in-shooting-on-elm-st-sunday-01-17-2016", date(2016, 1, 17)),
    ("http://example.com/2016/01/08/man-found-shot/", date(2016, 1, 8)),
    ("http://example.com/news/story-20151223-shooting.html", date(2015, 12, 23)),
    ("http://example.com/news/man-shot/1176725/", None),
    ("http://example.com/story/13-17-2016-x", None),  # no month 13
])
def test_date_from_url_forms(url: str, day: date | None) -> None:
    assert date_from_url(url) == day


def test_url_wins_over_a_dateline_still_in_last_year() -> None:
    url = "http://example.com/2016/01/08/man-found-shot-in-road/"
    assert published_date(date(2015, 1, 8), url) == (date(2016, 1, 8), "url")
    # any other disagreement: the header stands (a URL may carry an update's day)
    assert published_date(date(2016, 1, 7), url) == (date(2016, 1, 7), "header")
    assert published_date(date(2017, 1, 8), url) == (date(2017, 1, 8), "header")
    assert published_date(None, url) == (date(2016, 1, 8), "url")
    assert published_date(None, "http://example.com/news/x") == (None, "none")


def test_week_ago_narrowed_to_the_day_dated_in_the_evidence() -> None:
    text = ("A second suspect is in custody for a fatal shooting about two weeks ago in a hotel lobby. "
            "Police said Thursday that charges are pending. "
            "About 2:20 a.m. Jan. 23, the victim was fighting in the lobby when someone shot him.")
    doc = make_doc(text, date(2016, 2, 4))
    when = event_date(doc, spans_of(doc, "two weeks ago", "Jan. 23"))
    assert (when.value, when.precision) == (date(2016, 1, 23), 1), when.reason
    assert "narrowed" in when.reason
    # outside the evidence, a day next to a clock time times the incident (session 7) ...
    timed = event_date(doc, spans_of(doc, "two weeks ago"))
    assert (timed.value, timed.precision) == (date(2016, 1, 23), 1), timed.reason
    # ... but without the clock, neither in the evidence nor attached to the shooting, the week stays
    untimed = make_doc(text.replace("About 2:20 a.m. Jan. 23,", "On Jan. 23,"), date(2016, 2, 4))
    alone = event_date(untimed, spans_of(untimed, "two weeks ago"))
    assert alone.precision == 2 and alone.value == date(2016, 1, 21), alone.reason


def test_last_week_narrowed_by_the_incident_day_not_by_todays_news() -> None:
    text = ("A boy died in the city last week after finding a loaded gun. "
            "He was found after shooting himself Wednesday night at a relative's home.")
    doc = make_doc(text, date(2016, 1, 25))  # a Monday
    when = event_date(doc, spans_of(doc, "last week"))
    assert (when.value, when.precision) == (date(2016, 1, 20), 1), when.reason
    # a Sunday paper: "on Sunday" is the publication day, today's news, and never narrows last week
    sunday = ("Fighters last week launched a blitz on the city. "
              "Then on Sunday, photos of the attack were posted online.")
    doc = make_doc(sunday, date(2014, 6, 15))
    when = event_date(doc, spans_of(doc, "last week", "photos"))
    assert when.precision == 2, when.reason


def test_follow_up_day_does_not_narrow_a_month() -> None:
    text = ("A man was charged in a shooting last month outside a bar. "
            "He was arrested Dec. 30 at his home.")
    doc = make_doc(text, date(2016, 1, 6))
    when = event_date(doc, spans_of(doc, "last month"))
    assert when.precision == 3 and when.value != date(2015, 12, 30), when.reason


def _url_forms(day: date) -> list[str]:
    return [
        f"http://example.com/{day:%Y/%m/%d}/slug/",
        f"http://example.com/news/{day:%Y%m%d}-story.html",
        f"http://example.com/news/slug-{day:%m-%d-%Y}",
        f"http://example.com/{day.year}/{day:%b}/{day.day}/slug/".lower(),
    ]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)))
def test_every_url_form_round_trips(day: date) -> None:
    for url in _url_forms(day):
        assert date_from_url(url) == day, url


@given(st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31))),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)))
def test_published_date_is_the_header_or_the_url(header: date | None, day: date) -> None:
    got, where = published_date(header, f"http://example.com/{day:%Y/%m/%d}/slug/")
    assert (got, where) in {(header, "header"), (day, "url")}
    if header is not None and got != header:  # only a one-year slip of the same day and month
        assert (header.month, header.day, header.year + 1) == (day.month, day.day, day.year)
