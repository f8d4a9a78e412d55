"""A follow-up report (arrest, charge, hearing) dates its violent event on the incident's day when
the article names it ("the Jan. 9 shooting"), not on the follow-up's day."""

from __future__ import annotations

from datetime import date

from line_docs import line_doc, sentence_span
from sitrep.events.assemble import find_date
from sitrep.types import Doc

PUB = date(2018, 1, 28)  # a Sunday: "Friday" is Jan. 26


def _doc(*sentences: str) -> Doc:
    return line_doc(PUB, *sentences)


_span = sentence_span


def test_a_violent_event_dated_by_an_arrest_takes_the_recalled_incident_day():
    doc = _doc("Officers arrested a 19-year-old man Friday in the killing of a cab driver.",
               "The driver was found in his car after the Jan. 9 shooting near the station.")
    when = find_date(doc, _span(doc, 0), violent=True)
    assert when.value == date(2018, 1, 9)
    assert "not an incident's day" in when.reason


def test_the_arrest_itself_keeps_its_own_day():
    doc = _doc("Officers arrested a 19-year-old man Friday in the killing of a cab driver.",
               "The driver was found in his car after the Jan. 9 shooting near the station.")
    assert find_date(doc, _span(doc, 0), violent=False).value == date(2018, 1, 26)


def test_two_recalled_incident_days_keep_the_evidence_day():
    doc = _doc("Officers arrested a 19-year-old man Friday in the killing of a cab driver.",
               "Police linked him to the Jan. 9 shooting and to the Jan. 16 robbery downtown.")
    assert find_date(doc, _span(doc, 0), violent=True).value == date(2018, 1, 26)


def test_an_incident_dated_in_its_own_sentence_is_not_moved():
    doc = _doc("A woman was shot Friday outside a grocery store on Main Street.",
               "It was the second attack in the area since the Jan. 9 shooting near the station.")
    when = find_date(doc, _span(doc, 0), violent=True)
    assert when.value == date(2018, 1, 26)
    assert "not an incident's day" not in when.reason


def test_an_undated_event_prefers_the_first_incident_date_over_the_first_date():
    doc = _doc("Prosecutors charged two brothers on Jan. 24 with murder.",
               "The men are accused in the Jan. 9 homicide of a shop owner.",
               "The victim died at a hospital.")
    when = find_date(doc, _span(doc, 2), violent=True)
    assert when.value == date(2018, 1, 9)
    assert "first date of an incident" in when.reason


def test_an_undated_event_without_an_incident_date_takes_the_first_date():
    doc = _doc("Prosecutors charged two brothers on Jan. 24 with murder.",
               "The victim died at a hospital.")
    when = find_date(doc, _span(doc, 1), violent=True)
    assert when.value == date(2018, 1, 24)
    assert "the article's first date" in when.reason


def test_a_quoted_today_is_the_speakers_day_not_the_incidents():
    doc = _doc("Two officers stopped a car on Friday on the east side.",
               "The mayor said: \u201cI was told of a shooting today and the state is investigating.\u201d",
               "The driver died at a hospital.")
    when = find_date(doc, _span(doc, 2), violent=True)
    assert when.value == date(2018, 1, 26)
    assert "first date of an incident" not in when.reason
