"""An event is never dated after publication; an undated event takes the article's first date;
an article's main event is its principal violent one (the lead)."""

from __future__ import annotations

from datetime import date

from line_docs import line_doc
from sitrep.eval.gva import main_event
from sitrep.events.assemble import Span, find_date, not_after_publication
from sitrep.types import Actor, Doc, EventDraft, Evidence, TimeRef

PUB = date(2018, 1, 28)


def test_a_reading_after_publication_is_bounded_by_the_publication_day():
    late = TimeRef(0, 12, "a week after", date(2018, 2, 1), 2, date(2018, 1, 29), date(2018, 2, 4), reason="shift")
    got = not_after_publication(late, PUB)
    assert got.value == PUB and got.latest == PUB and got.earliest <= PUB
    assert (got.latest - got.earliest) == (late.latest - late.earliest)
    assert "after publication" in got.reason
    fine = TimeRef(0, 6, "Friday", date(2018, 1, 26), 1, date(2018, 1, 26), date(2018, 1, 26), reason="weekday")
    assert not_after_publication(fine, PUB) is fine
    assert not_after_publication(late, None) is late


def _doc(*sentences: str, published=PUB, times=()) -> Doc:
    return line_doc(published, *sentences, times=times)


def test_an_undated_event_takes_the_articles_first_date():
    first = "Two men were shot outside a bar on Jan. 20, police said."
    doc = _doc(first, "A court heard the case.", "Both men died of their wounds.")
    jan20 = TimeRef(first.index("Jan."), first.index("Jan.") + 7, "Jan. 20", date(2018, 1, 20), 1,
                    date(2018, 1, 20), date(2018, 1, 20), reason="month and day")
    doc = Doc(doc.article, sentences=doc.sentences, times=(jan20,))
    last = doc.sentences[2]
    when = find_date(doc, (Span(last.start, last.end),))
    assert when.value == date(2018, 1, 20) and "first date" in when.reason


def test_without_any_date_the_publication_fallback_stays():
    doc = _doc("Gunmen killed four villagers.", times=())
    s = doc.sentences[0]
    when = find_date(doc, (Span(s.start, s.end),))
    assert when.value is not None and when.value <= PUB and "first date" not in when.reason


def _draft(event_type: str, sub: str, start: int, conf: float, deaths: int | None = None) -> EventDraft:
    return EventDraft("a", event_type, sub, (Evidence(start, start + 5, "words"),),
                      TimeRef(0, 0, "", PUB, 1), None, 3, Actor("Unidentified Armed Group (X)", 3),
                      fatalities=deaths, confidence=conf)


def test_the_main_event_is_the_violent_lead_not_the_arrest_or_vigil():
    arrest = _draft("Strategic developments", "Arrests", 0, 0.9)
    vigil = _draft("Protests", "Peaceful protest", 10, 0.95)
    shooting = _draft("Violence against civilians", "Attack", 50, 0.7, 1)
    assert main_event([arrest, vigil, shooting]) is shooting
    assert main_event([arrest, vigil]) is arrest  # no violence: the lead among the most confident


def test_the_main_event_is_the_first_among_the_most_confident():
    lead = _draft("Violence against civilians", "Attack", 0, 0.75, 1)
    recalled = _draft("Violence against civilians", "Attack", 400, 0.8, 3)
    weak_first = _draft("Battles", "Armed clash", 0, 0.3)
    assert main_event([recalled, lead]) is lead
    assert main_event([weak_first, recalled]) is recalled
    assert main_event([]) is None
