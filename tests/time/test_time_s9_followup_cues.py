"""Session 9: a briefing, a gathering of mourners and an investigation "underway" date what followed
an incident (``follow_up_verbs`` of ``sitrep/data/time/lexicon.json``), so a violent event they
date takes the article's earlier day instead."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from time_docs import lines_doc

from sitrep.events.assemble import Span, find_date
from sitrep.time.attach import FOLLOW_UP, INCIDENT, attachment
from sitrep.time.finder import find_times
from sitrep.types import Doc, Sentence

PUB = date(2016, 7, 31)  # a Sunday


def _doc(*sentences: str, published: date = PUB) -> Doc:
    return lines_doc(*sentences, published=published)


def _how(text: str, word: str) -> int:
    sents = (Sentence(0, len(text), text),)
    t = next(t for t in find_times(text, PUB, sents) if word in t.text)
    return attachment(text, t, clock=True)


def test_a_news_briefing_dates_what_followed():
    text = "The mayor and the chief held a news briefing Saturday about the two officers."
    assert _how(text, "Saturday") == FOLLOW_UP


def test_a_gathering_dates_what_followed():
    assert _how("Mourners gather July 30, 2016, to remember the victims of the bar attack.", "July") == FOLLOW_UP


def test_an_investigation_underway_dates_what_followed():
    assert _how("An investigation is underway Sunday into the gun battle.", "Sunday") == FOLLOW_UP


def test_a_violent_verb_still_dates_the_incident():
    assert _how("Gunmen shot two men Friday after a gathering at the park.", "Friday") == INCIDENT


def test_a_violent_event_dated_by_a_gathering_takes_the_earlier_day():
    doc = _doc("Police were called to a bar on Main Street late Friday night.",
               "Mourners gather Sunday to remember the two men killed there.")
    s = doc.sentences[1]
    when = find_date(doc, (Span(s.start, s.end),), violent=True)
    assert when.value == date(2016, 7, 29)  # the Friday, not the Sunday of the gathering
    assert "follow-up" in when.reason


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
       st.sampled_from(["held a briefing", "gather", "is underway"]))
def test_a_follow_up_cue_before_any_weekday_dates_what_followed(day, cue):
    text = f"Officials {cue} {day} after the shooting."
    assert _how(text, day) == FOLLOW_UP
