"""Readings changed in session 7: a day after or before a holiday, Mother's and Father's Day,
"overnight" valued on its second day, and an undated event valued on the mid-point of its days."""

from __future__ import annotations

from datetime import date

from sitrep.time import resolve
from sitrep.time.eventdate import FALLBACK_DAYS_BEFORE, event_date
from sitrep.time.finder import find_times
from sitrep.types import Article, Doc, Sentence

PUB = date(2016, 2, 16)


def test_the_morning_after_christmas_is_december_26():
    t = [t for t in find_times("He called 911 three times on the morning after Christmas.", PUB)][0]
    assert (t.text, t.value, t.precision) == ("the morning after Christmas", date(2015, 12, 26), 1)


def test_the_day_before_thanksgiving():
    assert resolve("the day before Thanksgiving", date(2015, 12, 1)).value == date(2015, 11, 25)


def test_fathers_and_mothers_day():
    assert resolve("Father’s Day", date(2015, 6, 22)).value == date(2015, 6, 21)
    assert resolve("Mother's Day", date(2016, 5, 10)).value == date(2016, 5, 8)


def test_overnight_spans_two_days_and_is_valued_on_the_second():
    t = resolve("overnight", date(2017, 4, 2))
    first, second = date(2017, 4, 1), date(2017, 4, 2)
    assert (t.earliest, t.latest, t.value, t.precision) == (first, second, second, 2)


def test_an_undated_event_is_valued_on_the_mid_point_within_its_bounds():
    text = "Police are investigating.\n\nA man was shot near the school."
    start = text.index("A man")
    doc = Doc(Article("a", text, "h", published=PUB), sentences=(Sentence(start, len(text), text[start:]),))
    t = event_date(doc, [(start, len(text))])
    assert (t.latest, t.precision) == (PUB, 2)
    assert (PUB - t.earliest).days == FALLBACK_DAYS_BEFORE
    assert t.earliest < t.value < t.latest


def test_fourth_of_july_is_a_holiday():
    assert resolve("the Fourth of July", date(2016, 7, 21)).value == date(2016, 7, 4)


def test_a_past_cue_inside_a_future_verb_keeps_the_weekday_ahead():
    from sitrep.time.finder import is_future

    assert is_future("This is a developing story. We’ll have more on the ")
    assert is_future("The report will have details by ")
    assert not is_future("Police said they have arrested a man ")
