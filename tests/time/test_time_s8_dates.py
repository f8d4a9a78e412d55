"""Session 8 date readings: a URL's own day as the reference day, "past" as a noun before a weekday,
a follow-up verb's complement clause, status dates ("as of"), and the daytime clock time that
marks same-day news in a report naming no day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sitrep.time.attach import FOLLOW_UP, INCIDENT, attachment
from sitrep.time.eventdate import event_date, reference_times
from sitrep.time.finder import find_times
from sitrep.time.urls import date_from_url
from sitrep.types import Article, Doc, Sentence


def _doc(text: str, published: date | None, url: str | None = None) -> Doc:
    sents = (Sentence(0, len(text), text),)
    times = reference_times(text, published, sents, None, url)
    return Doc(Article("a", text, "h", url=url, published=published), sentences=sents, times=times)


# ---- the URL's day ----------------------------------------------------------------------------------

UPDATED = date(2013, 8, 28)  # the given date: a Wednesday, weeks after the story first ran
STORY_URL = "http://www.example-news.com/news/crime/headlines/20130808-man-held-in-killings.ece"


def test_a_url_day_weeks_before_the_given_date_is_the_reference_day():
    text = "A man who police say shot four women to death Wednesday had a record."
    when = event_date(_doc(text, UPDATED, STORY_URL), [(0, len(text))])
    assert when.value == date(2013, 8, 7)  # the Wednesday before Aug. 8, not Aug. 28


def test_a_url_day_one_day_before_is_an_update_of_the_same_story():
    text = "An investigation is underway Tuesday into a gun battle with police."
    url = "http://www.example-news.com/local/la-me-officer-shot-20160725-story.html"
    when = event_date(_doc(text, date(2016, 7, 26), url), [(0, len(text))])
    assert when.value == date(2016, 7, 26)  # the given Tuesday, not the one a week before


def test_a_newsletter_tracking_date_is_not_the_page_date():
    url = "http://www.example-blog.com/2015/12/report-released/?utm_source=List&utm_campaign=Mail_10_19_2014"
    assert date_from_url(url) is None
    paper = "http://www.example.com/apps/article?AID=/20130318/NEWS/130319881"
    assert date_from_url(paper) == date(2013, 3, 18)


@given(st.integers(min_value=3, max_value=400))
def test_the_reference_day_is_never_after_the_given_date(gap):
    from datetime import timedelta

    given_day = date(2016, 6, 1) + timedelta(days=gap)
    url = "http://www.example.com/2016/06/01/a-story/"
    text = "The man was shot Monday."
    when = event_date(_doc(text, given_day, url), [(0, len(text))])
    assert when.value is not None and when.value <= date(2016, 6, 1)


# ---- "past" as a noun -------------------------------------------------------------------------------

def test_past_before_a_modified_weekday_is_a_noun():
    text = "Residents caught a glimpse of the neighborhood's gritty past early Sunday when a gunman fired."
    found = find_times(text, date(2016, 10, 30))  # a Sunday
    assert [t.value for t in found] == [date(2016, 10, 30)]


def test_this_past_weekday_still_looks_back_a_week():
    found = find_times("He was shot this past Sunday.", date(2016, 10, 30))
    assert [t.value for t in found] == [date(2016, 10, 23)]


# ---- what a date dates -----------------------------------------------------------------------------

def _attached(text: str, published: date) -> dict[str, int]:
    return {t.text: attachment(text, t, clock=True) for t in find_times(text, published)}


def test_a_date_in_a_reported_clause_is_not_the_saying():
    text = "Investigators said that on the night of March 9, just before 11 p.m., two gunmen opened fire."
    assert _attached(text, date(2016, 3, 18))["March 9"] == INCIDENT
    said = "Investigators said on Thursday the gunmen had planned it."
    assert _attached(said, date(2016, 3, 18))["Thursday"] == FOLLOW_UP


def test_as_of_makes_a_status_day():
    text = "No one was in custody for the shooting as of Tuesday morning."
    assert _attached(text, date(2013, 8, 20))["Tuesday morning"] == FOLLOW_UP


def test_last_weeks_deaths_dates_the_incident():
    text = "The man has not been charged in last week\u2019s deaths, officials said."
    assert _attached(text, date(2015, 7, 23))["last week"] == INCIDENT


# ---- same-day news ---------------------------------------------------------------------------------

PUB = date(2017, 3, 23)


def test_a_daytime_clock_time_and_no_day_is_the_publication_day():
    text = "Police received a call about a shooting near Limerick Avenue at 5:11 p.m., officials said."
    when = event_date(_doc(text, PUB), [(0, len(text))])
    assert (when.value, when.precision, when.earliest, when.latest) == (PUB, 1, PUB, PUB)
    assert "clock time" in when.reason


def test_a_small_hours_clock_time_may_be_the_night_before():
    text = "Deputies came to the house about 4 a.m. and found a man shot in the leg."
    when = event_date(_doc(text, PUB), [(0, len(text))])
    assert when.precision == 2 and when.earliest < PUB and when.latest == PUB


def test_no_clock_time_keeps_the_days_up_to_publication():
    text = "A teenager was shot after a gun went off while friends were playing with it."
    when = event_date(_doc(text, PUB), [(0, len(text))])
    assert when.precision == 2 and when.value != PUB


# ---- "this weekend" early in the week --------------------------------------------------------------

def _weekend(text: str, published: date) -> date:
    return find_times(text, published)[0].earliest


def test_this_weekend_in_a_monday_report_is_the_weekend_just_past():
    monday = date(2013, 11, 11)
    assert _weekend("A mass shooting this weekend left two teens dead.", monday) == date(2013, 11, 9)


def test_this_weekend_looks_forward_in_a_future_sentence_or_late_in_the_week():
    assert _weekend("Police will hold a rally this weekend.", date(2013, 11, 11)) == date(2013, 11, 16)
    assert _weekend("The fair this weekend draws crowds.", date(2013, 11, 14)) == date(2013, 11, 16)


def test_a_clock_time_does_not_date_a_report_that_names_a_day_elsewhere():
    text = "A man was shot at 5:11 p.m. near the park.\nOn Monday, the mayor asked for calm."
    doc = _doc(text, PUB)  # PUB is a Thursday: "Monday" is three days before
    when = event_date(doc, [(0, text.index("\n"))])
    assert "clock time" not in when.reason and when.precision == 2
