"""Session 10: a court-stage follow-up story that names the month of its incident ("the November
2015 shooting", "back in March of 2016") dates the incident to that month, narrowed to the one day
it writes inside it, instead of the undated window before publication (``sitrep.time.recalled``)."""

from __future__ import annotations

from datetime import date, timedelta

from sitrep.time.finder import find_times
from sitrep.time.recalled import RECALLED_MIN_DAYS, recalled_date
from sitrep.types import Article, Doc, Sentence, TimeRef

PUB = date(2017, 3, 20)


def _doc(text: str, title: str, published: date = PUB) -> Doc:
    sents = tuple(Sentence(s, s + len(p), p) for s, p in _split(text))
    return Doc(Article("a", text, "h", title=title, published=published), sentences=sents,
               times=find_times(text, published, sents))


def _split(text: str):
    at = 0
    for part in text.split("\n"):
        yield at, part
        at += len(part) + 1


def _at_pub() -> TimeRef:
    return TimeRef(0, 0, "", PUB - timedelta(days=1), 2, PUB - timedelta(days=2), PUB,
                   reason="no date in the evidence; the 2 days up to publication, mid-point")


def test_the_month_named_for_the_incident_dates_it():
    doc = _doc("Jurors watched the video on the third day of the trial.\n"
               "Two officers are charged over the November 2015 shooting that killed a boy.",
               title="Jurors shown video in officers' murder trial")
    t = recalled_date(doc, _at_pub())
    assert (t.earliest, t.latest, t.precision) == (date(2015, 11, 1), date(2015, 11, 30), 3)
    assert "month the article names" in t.reason


def test_the_month_is_narrowed_to_the_one_day_written_in_it():
    doc = _doc("Jurors watched the video on the third day of the trial.\n"
               "Two officers are charged over the November 2015 shooting that killed a boy.\n"
               "The officers stopped the car on the night of Nov. 3, 2015, near the school.",
               title="Jurors shown video in officers' murder trial")
    t = recalled_date(doc, _at_pub())
    assert t.value == date(2015, 11, 3) and t.precision == 1


def test_two_months_named_for_incidents_keep_the_undated_window():
    doc = _doc("He admitted the March 2016 shooting and the May 2016 robbery in court.",
               title="Man pleads guilty to two attacks")
    t = recalled_date(doc, _at_pub())
    assert t.precision == 3 and t.latest == PUB - timedelta(days=RECALLED_MIN_DAYS)
    assert "undated" in t.reason


def test_a_month_that_dates_no_incident_keeps_the_undated_window():
    doc = _doc("The trial began in February 2017 after the jury was chosen.",
               title="Jury hears opening statements in bar shooting")
    t = recalled_date(doc, _at_pub())
    assert "undated" in t.reason


def test_a_story_without_a_court_stage_is_left_alone():
    doc = _doc("Police say the November 2015 shooting is still unsolved.",
               title="Family marks the anniversary of a shooting")
    assert recalled_date(doc, _at_pub()) == _at_pub()
