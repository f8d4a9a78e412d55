"""Session 10: a bare weekday kept from a first report ("shot ... on Saturday night" in a caption of
a story published weeks later) is read as the day of that weekday the article writes out for the
incident (``sitrep.time.weekdays``), not as the latest such day before publication."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from time_docs import lines_doc

from sitrep.events.assemble import Span, find_date
from sitrep.time.finder import find_times
from sitrep.time.weekdays import ANCHOR_MIN_DAYS, weekday_anchor, weekday_of
from sitrep.types import Doc, TimeRef

PUB = date(2017, 1, 13)  # a Friday; Saturday Nov. 12, 2016 lies 62 days before it


def _doc(*sentences: str, published: date = PUB) -> Doc:
    return lines_doc(*sentences, published=published)


def _date_of(doc: Doc, i: int, violent: bool = True) -> TimeRef:
    s = doc.sentences[i]
    return find_date(doc, (Span(s.start, s.end),), violent=violent)


def test_a_kept_weekday_takes_the_written_day_of_the_incident():
    doc = _doc("Four people were wounded in a shooting at the social club on Saturday night.",
               "Two teenagers were charged on Thursday.",
               "Investigators say the gunmen shot into the crowd on Nov. 12 after a fight.")
    when = _date_of(doc, 0)
    assert when.value == date(2016, 11, 12)
    assert "same weekday" in when.reason


def test_a_weekday_of_the_publication_week_without_such_a_day_stays():
    doc = _doc("Four people were wounded in a shooting at the social club on Saturday night.",
               "Police said the club had been warned in October.")
    assert _date_of(doc, 0).value == date(2017, 1, 7)


def test_a_written_day_of_another_weekday_does_not_anchor():
    doc = _doc("Four people were wounded in a shooting at the social club on Saturday night.",
               "A man was shot on Nov. 14 two blocks away.")  # a Monday
    assert _date_of(doc, 0).value == date(2017, 1, 7)


def test_a_written_day_that_dates_nothing_said_does_not_anchor():
    doc = _doc("Four people were wounded in a shooting at the social club on Saturday night.",
               "On Nov. 12, the owner renewed the club's license.")
    assert _date_of(doc, 0).value == date(2017, 1, 7)


def test_two_written_days_of_that_weekday_leave_the_weekday_as_read():
    doc = _doc("Four people were wounded in a shooting at the social club on Saturday night.",
               "A man was shot dead on Nov. 12 downtown.",
               "Another man was shot dead on Dec. 3 in the same block.")
    assert _date_of(doc, 0).value == date(2017, 1, 7)


def test_a_follow_up_weekday_stays_the_follow_up_day():
    doc = _doc("The suspect was arrested Tuesday, police said.",
               "The man was shot dead on Nov. 15 outside the club.")  # a Tuesday
    t = next(t for t in doc.times if t.text == "Tuesday")
    assert weekday_anchor(t, doc.times, doc.article.text, PUB) == t


def test_a_date_written_with_its_weekday_anchors_whatever_governs_it():
    doc = _doc("Police say the girl was shot in a drive-by Monday night.",
               "Police told reporters it happened around 11 p.m. Monday, May 23 at a home.",
               published=date(2016, 6, 1))
    assert _date_of(doc, 0).value == date(2016, 5, 23)


def test_weekday_of_reads_only_bare_weekdays():
    text = "early Sunday and Friday, June 17, 2016 and July 17"
    times = find_times(text, date(2016, 7, 20))
    found = {t.text: weekday_of(t) for t in times}
    assert found.get("early Sunday") == 6
    assert all(v is None for k, v in found.items() if any(c.isdigit() for c in k))


@given(st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=120))
def test_an_anchor_keeps_the_weekday_and_never_moves_forward(wd: int, back: int):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    pub = date(2016, 8, 30)
    day = pub - timedelta(days=(pub.weekday() - wd) % 7)
    written = day - timedelta(days=7 * ((back + 6) // 7))
    text = (f"Three men were shot and killed {names[wd]} at the store.\n"
            f"The gunman opened fire on {written.strftime('%B')} {written.day} outside.")
    times = find_times(text, pub)
    t = next(t for t in times if t.text == names[wd])
    got = weekday_anchor(t, times, text, pub)
    assert got.value.weekday() == wd
    assert got.value <= t.value
    if (t.value - written).days >= ANCHOR_MIN_DAYS and written.year == pub.year:
        assert got.value == written
