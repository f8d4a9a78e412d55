"""Session 7: an undated event and a violent event dated only by a follow-up ("sentenced Thursday",
"in bond court Thursday", "a vigil Tuesday") take the article's first date no follow-up governs;
dates decades back are history, not the event's day."""

from __future__ import annotations

from datetime import date

from line_docs import line_doc, sentence_span
from sitrep.events.assemble import find_date
from sitrep.time.attach import FOLLOW_UP, attachment
from sitrep.time.finder import find_times
from sitrep.types import Doc

PUB = date(2015, 9, 14)  # a Monday: "last Friday" is Sept. 11


def _doc(*sentences: str) -> Doc:
    return line_doc(PUB, *sentences)


_span = sentence_span


def test_court_vigil_and_custody_dates_are_follow_ups():
    for text in ("He said in bond court Thursday that he was innocent.",
                 "Friends plan a candlelight vigil Tuesday at the park.",
                 "He was taken into custody Thursday at his home."):
        t = [t for t in find_times(text, PUB) if t.precision == 1][0]
        assert attachment(text, t) == FOLLOW_UP, text


def test_an_undated_event_skips_a_court_day_for_the_first_plain_date():
    doc = _doc("A family court judge on Monday denied the release of a teen.",
               "The boys were playing with a loaded gun around noon last Friday at the apartment.",
               "The bullet struck a 15-year-old girl.")
    when = find_date(doc, _span(doc, 2), violent=True)
    assert when.value == date(2015, 9, 11)
    assert "not of a follow-up" in when.reason


def test_a_violent_event_dated_by_its_sentencing_takes_the_first_earlier_plain_date():
    doc = _doc("A man was sentenced Thursday to life in prison for killing a toddler.",
               "Deputies found the boy at a home on Route 9 on May 17 after a 911 call.")
    when = find_date(doc, _span(doc, 0), violent=True)
    assert when.value == date(2015, 5, 17)
    assert "a follow-up's day" in when.reason


def test_without_an_earlier_plain_date_the_follow_up_day_stays():
    doc = _doc("A man was sentenced Thursday to life in prison for killing a toddler.")
    assert find_date(doc, _span(doc, 0), violent=True).value == date(2015, 9, 10)


def test_a_date_decades_back_is_history_not_the_lead_date():
    doc = _doc("The tower shooting of Aug. 1, 1966 is still remembered on campus.",
               "A student fired shots Thursday morning near the library.",
               "Two people were hurt.")
    assert find_date(doc, _span(doc, 2), violent=True).value == date(2015, 9, 10)
