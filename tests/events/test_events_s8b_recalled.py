"""Session 8b: a violent event of a follow-up story is dated to its incident's time or to an
undated window before publication, never to the publication day (``find_date``)."""

from __future__ import annotations

from datetime import date, timedelta

from line_docs import line_doc, sentence_span
from sitrep.events.assemble import find_date

PUB = date(2018, 5, 9)  # a Wednesday


def test_an_undated_trial_story_is_not_dated_to_publication():
    doc = line_doc(PUB, "Jurors hear from survivors in nightclub shooting trial",
                   "A survivor told jurors that the gunman fired into the crowd near the bar.",
                   "The defence will call its witnesses next week.")
    when = find_date(doc, sentence_span(doc, 1), violent=True)
    assert when.precision == 3 and when.latest < PUB - timedelta(days=7)
    assert "follow-up story" in when.reason


def test_the_same_story_non_violent_keeps_its_date():
    doc = line_doc(PUB, "Jurors hear from survivors in nightclub shooting trial",
                   "A survivor told jurors that the gunman fired into the crowd near the bar.")
    when = find_date(doc, sentence_span(doc, 1), violent=False)
    assert when.latest is not None and when.latest >= PUB - timedelta(days=2)


def test_a_count_since_the_shooting_dates_the_incident():
    doc = line_doc(PUB, "Village still waits for answers",
                   "Two of the suspects questioned in the five weeks since the mass shooting were released "
                   "Wednesday.")
    when = find_date(doc, sentence_span(doc, 1), violent=True)
    assert when.value == PUB - timedelta(weeks=5) and when.precision == 2


def test_a_trial_story_that_dates_the_incident_keeps_that_day():
    doc = line_doc(PUB, "Jury convicts man in bar shooting",
                   "Prosecutors said the man opened fire inside the bar on Jan. 14, killing two people.")
    when = find_date(doc, sentence_span(doc, 1), violent=True)
    assert when.value == date(2018, 1, 14) and when.precision == 1


def test_a_fresh_shooting_report_keeps_the_publication_days():
    doc = line_doc(PUB, "Two killed in drive-by shooting",
                   "Two men were killed in a drive-by shooting near the park, police said.")
    when = find_date(doc, sentence_span(doc, 1), violent=True)
    assert when.latest == PUB and when.precision <= 2
