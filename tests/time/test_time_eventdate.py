"""event_date: the rule order (evidence, sentence before, publication date, nothing)."""

from __future__ import annotations

import hashlib
from datetime import date

from sitrep.nlp.sentences import split_sentences
from sitrep.pipeline import Context, Pipeline
from sitrep.time.eventdate import FALLBACK_DAYS_BEFORE, event_date
from sitrep.types import Article, Doc

PUB = date(2016, 1, 27)  # a Wednesday


def make_doc(text: str, published: date | None = PUB, times=True) -> Doc:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest(), published=published)
    doc = Doc(article, sentences=split_sentences(text, nlp))
    if times:
        from sitrep.time import find_times

        doc = Doc(article, sentences=doc.sentences, times=find_times(text, published, doc.sentences))
    return doc


def span_of(doc: Doc, needle: str) -> tuple[int, int]:
    s = next(s for s in doc.sentences if needle in s.text)
    return s.start, s.end


def test_date_inside_the_evidence():
    doc = make_doc("Gunmen killed two guards Monday. The governor spoke Tuesday.")
    t = event_date(doc, [span_of(doc, "guards")])
    assert t.value == date(2016, 1, 25) and t.precision == 1
    assert t.reason.startswith("in the evidence")
    assert doc.article.text[t.start:t.end] == t.text == "Monday"


def test_earliest_of_several_dates_in_the_evidence():
    doc = make_doc("A man arrested Tuesday had shot a clerk Saturday, police said.")
    assert event_date(doc, [span_of(doc, "clerk")]).value == date(2016, 1, 23)


def test_future_date_gives_way_to_a_past_one():
    doc = make_doc("The suspect, shot Monday, will appear in court Friday.")
    assert event_date(doc, [span_of(doc, "court")]).value == date(2016, 1, 25)


def test_sentence_before_in_the_same_paragraph():
    doc = make_doc("On Sunday militants stormed the village. Five guards were killed.")
    t = event_date(doc, [span_of(doc, "guards")])
    assert t.value == date(2016, 1, 24)
    assert t.reason.startswith("in the sentence before")


def test_sentence_before_in_another_paragraph_is_not_used():
    doc = make_doc("On Sunday militants stormed the village.\nFive guards were killed.")
    t = event_date(doc, [span_of(doc, "guards")])
    assert t.reason.startswith("no date in the evidence")
    assert t.precision == 2
    assert t.latest == PUB and (PUB - t.earliest).days == FALLBACK_DAYS_BEFORE


def test_same_day_news_falls_back_to_the_publication_day():
    doc = make_doc("Police are at the scene this morning.\nA man was shot near the school.")
    t = event_date(doc, [span_of(doc, "school")])
    assert (t.value, t.precision) == (PUB, 1)


def test_no_publication_date_and_no_date():
    doc = make_doc("A man was shot near the school.", published=None)
    t = event_date(doc, [span_of(doc, "school")])
    assert t.value is None and t.precision == 3 and "no publication date" in t.reason


def test_no_publication_date_uses_the_latest_full_date_at_month_precision():
    doc = make_doc("The photo was posted on June 14, 2014.\nFighters massacred recruits.", published=None)
    t = event_date(doc, [span_of(doc, "recruits")])
    assert (t.value, t.precision) == (date(2014, 6, 14), 3)
    assert t.earliest < t.value < t.latest and "latest full date" in t.reason


def test_background_year_does_not_date_the_event():
    doc = make_doc("The deputy, accused of killing his wife in 2012, was shot.")
    t = event_date(doc, [span_of(doc, "deputy")])
    assert t.reason.startswith("no date in the evidence")


def test_dateline_date_is_not_the_event_date():
    doc = make_doc("SPRINGFIELD, Ill. (Jan. 27, 2016) - A man was shot early Tuesday morning.")
    assert event_date(doc, [(0, len(doc.article.text))]).value == date(2016, 1, 26)


def test_times_computed_when_the_stage_did_not_run():
    doc = make_doc("Gunmen killed two guards Monday.", times=False)
    assert doc.times is None
    assert event_date(doc, [span_of(doc, "guards")]).value == date(2016, 1, 25)


def test_times_stage_in_a_pipeline():
    text = "Rebels shelled the town yesterday."
    article = Article("s", text, "h", published=PUB)
    doc = Pipeline(["sentences", "times"], Context())(Doc(article))
    assert [t.value for t in doc.times] == [date(2016, 1, 26)]
