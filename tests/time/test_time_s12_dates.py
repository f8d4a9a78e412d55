"""Session 12: GVDB event dates. A sentence split after a street abbreviation keeps its date in the
evidence; a day counted from the incident ("three days before the shooting") does not date it; a
clock time without a.m./p.m. times the weekday after it; a court-stage word deep in a scraped
page's first line is no headline."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sitrep.events.assemble import Span, find_date
from sitrep.time.attach import FOLLOW_UP, INCIDENT, NEUTRAL, attachment
from sitrep.time.eventdate import _continued, event_date
from sitrep.time.finder import find_times
from sitrep.time.recalled import HEADLINE_MAX_CHARS, court_stage_cue
from sitrep.types import Article, Doc, Sentence, TimeRef

PUB = date(2015, 12, 7)  # a Monday


def _doc(pieces: list[str], published: date = PUB) -> Doc:
    """One paragraph; each piece a Sentence (as a splitter that cut after "Ave." would give)."""
    text, sents = "", []
    for p in pieces:
        if text:
            text += " "
        sents.append(Sentence(len(text), len(text) + len(p), p))
        text += p
    return Doc(Article("a", text, "h", published=published), sentences=tuple(sents),
               times=find_times(text, published, tuple(sents)))


def _spans(doc: Doc, *indices: int) -> tuple[Span, ...]:
    return tuple(Span(doc.sentences[i].start, doc.sentences[i].end) for i in indices)


def _time(text: str, phrase: str) -> TimeRef:
    at = text.index(phrase)
    return TimeRef(at, at + len(phrase), phrase, PUB, 1, PUB, PUB)


SPLIT = ["A delivery driver was robbed and shot near Fifth and Lincoln Ave.",
         "late on Sunday, December 6th.",
         "The van was towed to a garage on Monday afternoon."]


def test_a_sentence_split_after_an_abbreviation_keeps_its_date_in_the_evidence():
    doc = _doc(SPLIT)
    when = find_date(doc, _spans(doc, 0, 2), violent=True)
    assert when.value == date(2015, 12, 6)
    assert when.reason.startswith("in the evidence")


def test_the_continuation_runs_the_span_on_to_the_end_of_the_sentence():
    doc = _doc(SPLIT)
    (start, end), = _continued(doc, [(doc.sentences[0].start, doc.sentences[0].end)])
    assert (start, end) == (doc.sentences[0].start, doc.sentences[1].end)


def test_a_following_sentence_in_capitals_is_not_a_continuation():
    doc = _doc(["A delivery driver was robbed and shot near Fifth and Lincoln Ave.",
                "Late on Sunday, police closed the road.",
                "The van was towed to a garage on Monday afternoon."])
    first = (doc.sentences[0].start, doc.sentences[0].end)
    assert _continued(doc, [first]) == [first]


def test_a_span_ending_in_a_full_word_is_not_continued():
    doc = _doc(["A delivery driver was robbed and shot near the bridge.", "late on Sunday, he died."])
    first = (doc.sentences[0].start, doc.sentences[0].end)
    assert _continued(doc, [first]) == [first]


def test_a_new_paragraph_is_not_a_continuation():
    text = "A man was shot on Main St.\nlate on Sunday the road reopened."
    sents = (Sentence(0, 26, text[:26]), Sentence(27, len(text), text[27:]))
    doc = Doc(Article("a", text, "h", published=PUB), sentences=sents, times=find_times(text, PUB, sents))
    assert _continued(doc, [(0, 26)]) == [(0, 26)]


@given(st.lists(st.sampled_from(["A man was shot on Elm St.", "late on Sunday, police said.",
                                 "Police came on Monday.", "by the old mill."]), min_size=1, max_size=6),
       st.data())
def test_continued_spans_contain_the_given_ones_and_end_at_a_sentence_end(pieces, data):
    doc = _doc(pieces)
    i = data.draw(st.integers(0, len(pieces) - 1))
    given_span = (doc.sentences[i].start, doc.sentences[i].end)
    (start, end), = _continued(doc, [given_span])
    assert start == given_span[0] and end >= given_span[1]
    assert end in {s.end for s in doc.sentences}
    assert event_date(doc, [given_span]).reason  # every reading says why


def test_a_day_counted_before_the_incident_does_not_date_it():
    text = "She had lived in the house for three days before the shooting happened."
    assert attachment(text, _time(text, "three days before")) == FOLLOW_UP


def test_a_day_counted_after_the_incident_dates_what_followed():
    text = "Two days after the attack, the suspect surrendered."
    assert attachment(text, _time(text, "Two days after")) == FOLLOW_UP


def test_a_day_naming_the_incident_still_dates_it():
    text = "Police made an arrest in the Dec. 5 shooting."
    assert attachment(text, _time(text, "Dec. 5")) == INCIDENT


def test_a_clock_time_without_am_or_pm_times_the_weekday_after_it():
    text = "It was around 9:30 Tuesday night when several men came into the store."
    t = _time(text, "Tuesday night")
    assert attachment(text, t, clock=True) == INCIDENT
    assert attachment(text, t) == NEUTRAL  # only when clock times are asked for


def test_a_bare_number_before_the_weekday_is_no_clock_time():
    text = "It was one of 30 Tuesday night calls the dispatchers took."
    assert attachment(text, _time(text, "Tuesday night"), clock=True) == NEUTRAL


def test_the_arrest_verb_before_a_bare_clock_time_still_governs():
    text = "Officers arrested him around 9:30 Tuesday night at his home."
    assert attachment(text, _time(text, "Tuesday night"), clock=True) == FOLLOW_UP


def _article(first_line: str, title: str | None = None) -> Article:
    return Article("a", first_line + "\nMore text follows here.", "h", title=title, published=PUB)


def test_a_court_word_deep_in_a_long_first_line_is_no_headline():
    line = "Officer hurt in traffic stop shooting | Example NewsA police officer was shot " + "x " * 100
    line += "and the driver was out on probation."
    assert len(line) > HEADLINE_MAX_CHARS
    assert court_stage_cue(_article(line)) is None


def test_a_court_word_in_the_headline_is_found():
    assert court_stage_cue(_article("Man sentenced for 2014 shooting | Example News")) == "sentenced"
    assert court_stage_cue(_article("x " * 200, title="Jury convicts man in bar shooting")) == "Jury"
