"""Session 8: a violent event dated to a follow-up's day (or to no day) takes the last week or month
the article names for the incident; a day the article elsewhere calls the incident's stays."""

from __future__ import annotations

from datetime import date

from line_docs import line_doc, sentence_span
from sitrep.events.assemble import find_date
from sitrep.types import Doc

PUB = date(2015, 7, 23)  # a Thursday; "last week" is July 13-19


def _doc(*sentences: str, published: date = PUB) -> Doc:
    return line_doc(published, *sentences)


def test_a_follow_up_day_gives_way_to_last_weeks_incident():
    doc = _doc("A man says he did not shoot four people to death in a farm house.",
               "He said in bond court Thursday that he was innocent.",
               "He has not been charged in last week\u2019s deaths, officials said.")
    when = find_date(doc, sentence_span(doc, 0), violent=True)
    assert when.earliest == date(2015, 7, 13) and when.latest == date(2015, 7, 19)
    assert "period the article names" in when.reason


def test_the_period_is_narrowed_to_the_one_day_it_dates():
    doc = _doc("Charges were dismissed Tuesday against the man held in the killing.",
               "The victim was shot on July 15 outside his home.",
               "Gunmen opened fire on the family last week, police said.")
    when = find_date(doc, sentence_span(doc, 0), violent=True)
    assert when.value == date(2015, 7, 15) and when.precision == 1


def test_an_incident_day_is_kept_even_with_a_period_named():
    doc = _doc("Two men were shot Tuesday outside a bar.",
               "A third man was wounded in an attack there last week.")
    when = find_date(doc, sentence_span(doc, 0), violent=True)
    assert when.value == date(2015, 7, 21)


def test_a_named_month_does_not_move_a_dated_event():
    doc = _doc("A man was found shot Wednesday in his car, police said.",
               "Another man was killed in a shooting in June near the park.")
    when = find_date(doc, sentence_span(doc, 0), violent=True)
    assert when.value == date(2015, 7, 22)


def test_an_undated_follow_up_takes_the_month_named_for_the_incident():
    doc = _doc("Detectives have arrested a fifth suspect, officials announced.",
               "Officials expect this to be the final arrest in the fatal shooting in July at a lounge.",
               published=date(2015, 9, 12))
    when = find_date(doc, sentence_span(doc, 0), violent=True)
    assert when.earliest == date(2015, 7, 1) and when.latest == date(2015, 7, 31)


def test_a_non_violent_event_keeps_its_day():
    doc = _doc("He said in bond court Thursday that he was innocent.",
               "He has not been charged in last week\u2019s deaths.")
    assert find_date(doc, sentence_span(doc, 0), violent=False).value == PUB


def test_a_follow_up_mention_of_the_incident_day_keeps_it():
    doc = _doc("State police issued a report with more on the April 24 mass shooting in the village.",
               "The last homicide reported in the county prior to April 24 was in 1993.",
               "The sheriff also confirmed that on March 27, the office served a warrant.",
               published=date(2013, 5, 3))
    when = find_date(doc, sentence_span(doc, 1), violent=True)
    assert when.value == date(2013, 4, 24)
