"""Whole-article event extraction on hand-written articles, with hand-built toponyms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.stage import extract_events
from sitrep.nlp.sentences import blank_english, split_sentences
from sitrep.settings import Settings
from sitrep.types import Article, Doc, Place, Toponym

NLP = blank_english(Settings())

CONVOY = (
    "Militants ambush police convoy\n"
    "At least 30 inmates and six police officers were killed on Monday when militants attacked a police "
    "convoy carrying prisoners near Baqubah, police said. Four attackers were also killed. "
    "The convoy was travelling to a prison in the north. "
    "Separately, a car bomb exploded in a market in Kirkuk on Monday, killing seven people. "
    "The government says it will send more troops to the province next week."
)

PLACES = {
    "Baqubah": Place("Baqubah", 33.75, 44.64, "Iraq", "IQ", "Diyala", 98245, "P", "PPLA"),
    "Kirkuk": Place("Kirkuk", 35.47, 44.39, "Iraq", "IQ", "Kirkuk", 94787, "P", "PPLA"),
}


def make_doc(text: str, published: date | None = date(2015, 3, 10)) -> Doc:
    art = Article("t1", text, "h", title=text.split("\n")[0], published=published)
    tops = tuple(
        Toponym(text.index(name), text.index(name) + len(name), name, place)
        for name, place in PLACES.items()
        if name in text
    )
    return Doc(art, sentences=split_sentences(text, NLP), toponyms=tops, times=(), quantities=(), actors=())


def test_one_event_over_several_sentences_and_a_second_elsewhere() -> None:
    drafts = extract_events(make_doc(CONVOY))
    assert [d.sub_event_type for d in drafts] == ["Armed clash", "Remote explosive/landmine/IED"]
    convoy, bomb = drafts
    texts = " ".join(e.text for e in convoy.evidence)
    assert "Four attackers were also killed." in texts and "The convoy was travelling" in texts
    assert convoy.evidence[0].text.startswith("Militants ambush")  # the heading joins its event
    assert bomb.place is not None and bomb.place.name == "Kirkuk"
    assert all(d.reasons.get("type") and d.notes for d in drafts)


def test_future_sentence_gives_no_event() -> None:
    drafts = extract_events(make_doc(CONVOY))
    assert not any("will send" in e.text for d in drafts for e in d.evidence)


def test_undated_article_without_any_date_is_dropped() -> None:
    assert extract_events(make_doc(CONVOY, published=None)) == ()


def test_two_same_type_events_in_different_towns_stay_apart() -> None:
    text = (
        "Gunmen killed five villagers in Baqubah on Friday. "
        "Gunmen also killed six farmers in Kirkuk on Friday."
    )
    drafts = extract_events(make_doc(text))
    assert len(drafts) == 2
    assert {d.place.name for d in drafts if d.place} == {"Baqubah", "Kirkuk"}


def test_confidence_is_a_probability_and_notes_name_the_type() -> None:
    for d in extract_events(make_doc(CONVOY)):
        assert 0.0 <= d.confidence <= 1.0
        assert d.notes.endswith(".")


WORDS = st.sampled_from(
    [
        "Rebels",
        "attacked",
        "a",
        "base",
        "near",
        "Kirkuk",
        "killing",
        "12",
        "soldiers",
        "Police",
        "fired",
        "tear",
        "gas",
        "at",
        "protesters",
        ".",
        "\n",
        "will",
        "not",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_evidence_offsets_always_slice_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for d in extract_events(make_doc(text)):
        for e in d.evidence:
            assert text[e.start : e.end] == e.text
        assert d.event_type in (
            "Battles",
            "Explosions/Remote violence",
            "Violence against civilians",
            "Protests",
            "Riots",
            "Strategic developments",
        )


@pytest.mark.parametrize("missing", ["toponyms", "times", "quantities", "actors"])
def test_runs_when_an_earlier_stage_gave_nothing(missing: str) -> None:
    doc = replace(make_doc(CONVOY), **{missing: None})
    assert len(extract_events(doc)) >= 1
