"""Shootings the extractor used to miss (headline wordings, a victim's state after a shooting,
murder-suicides, bodies found in a homicide) and what must stay silent (accidents and
self-inflicted shootings, headline-like lines of a story headlined as an accident, comparisons
with earlier events)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.lexicon import load_lexicon
from sitrep.events.stage import detect_mentions
from sitrep.events.typing import classify_sentence, headline_vetoes
from sitrep.nlp.sentences import blank_english, split_sentences
from sitrep.settings import Settings
from sitrep.types import Article, Doc

ATTACKS = [
    # headline wordings without articles or auxiliaries
    "3-year-old Memphis girl shot in chest at birthday party",
    "Man shot in face outside Flint liquor store",
    "Teen shot on Broad Street, police say",
    "6 shot in south Philadelphia",
    "Police: two teens among 5 shot in Hartford",
    "9-year-old shot in Hyde Park neighborhood",
    # a victim's state after a shooting
    "Toddler recovering after drive-by shooting in Fresno",
    "Deputy 'critical' after Saturday shooting near Lakeland",
    "Clerk serious but stable following shooting at Omaha gas station",
    "A teenager is in critical condition after a shooting near a park in Wichita.",
    # killings of others that end in a suicide
    "Three dead in Lubbock murder-suicide, police say",
    "Investigators said the man shot his wife and their son before turning the gun on himself.",
    "Deputies said the gunman shot two coworkers and then killed himself in the parking lot.",
    "Police say a mother stabbed her boyfriend and then shot herself.",
    # bodies found
    "Two men found dead in apparent homicide in Gary",
    "A family of four was found dead in a suspected triple homicide, deputies said.",
    # conflict news in the same wordings
    "A tribal elder was shot in head by gunmen in Khost province, officials said.",
    "Four villagers shot in Ituri as militiamen raid market",
]

SILENT = [
    "Boy, 7, accidentally shoots himself in hand in Toledo",
    "Student injured after shooting self in leg at high school",
    "Man kills himself after standoff with deputies",
    "He died by suicide at his home on Sunday, the coroner said.",
    "The documentary was shot in Detroit over two summers.",
    "The warning shot in the air did not hit anyone.",
    "The killing was the third in the neighborhood this month, police said.",
    "Sunday's shooting marks the fifth in the county since January.",
    "Possible attempted murder-suicide under investigation in Tulsa",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_events_s8detect_shooting_wordings_are_attacks(text):
    typed = classify_sentence(text)
    assert typed is not None, text
    assert (typed.event_type, typed.sub_event_type) == ("Violence against civilians", "Attack")
    assert text[typed.trigger_start : typed.trigger_end].lower() == typed.trigger.lower()


@pytest.mark.parametrize("text", SILENT)
def test_events_s8detect_accidents_and_comparisons_stay_silent(text):
    assert classify_sentence(text) is None


@pytest.mark.parametrize(
    ("title", "vetoed"),
    [
        ("Girl, 4, accidentally shot by brother in Dayton", True),
        ("Hunter killed when turkey hunting partner mistakes him for bird", True),
        ("Teen shoots himself in leg while adjusting gun in waistband", True),
        ("Man kills wife and then himself in Reno murder-suicide", False),
        ("4 shot in northwest Atlanta", False),
        (None, False),
    ],
)
def test_events_s8detect_headline_vetoes(title, vetoed):
    cues, everywhere, reason = headline_vetoes(title)
    assert ("NOT_ATTACK" in cues) is vetoed
    assert "NOT_ATTACK" not in everywhere  # an accident headline reaches headline-like lines only
    assert bool(reason) is bool(cues)
    assert everywhere <= cues <= frozenset(load_lexicon().headline_vetoes)


def test_events_s8detect_imposed_veto_silences_only_rules_that_list_it():
    line = "Related story: boy, 10, shot in face near Edmond"
    assert classify_sentence(line) is not None
    assert classify_sentence(line, vetoes=frozenset({"NOT_ATTACK"})) is None
    # a protest does not list NOT_ATTACK among its vetoes: the headline's verdict does not touch it
    march = "Hundreds of residents marched through downtown Edmond on Saturday to protest gun violence."
    assert classify_sentence(march, vetoes=frozenset({"NOT_ATTACK"})) is not None


NLP = blank_english(Settings())


def _mentions(title: str, *body: str):
    text = "\n\n".join((title, *body))
    art = Article("s8", text, "h", title=title, published=date(2016, 5, 2))
    doc = Doc(art, sentences=split_sentences(text, NLP), toponyms=(), times=(), quantities=(), actors=())
    return detect_mentions(doc)


def test_events_s8detect_accident_headline_silences_its_headline_like_lines():
    found = _mentions(
        "Police: 10-year-old boy accidentally shot himself near Edmond",
        "Related story: boy, 10, shot in face near Edmond",
        "Neighbours said the street is usually quiet.",
    )
    assert found == []


def test_events_s8detect_plain_headline_keeps_its_lines():
    found = _mentions(
        "Boy, 10, shot in face near Edmond",
        "Police said a man fired at the boy from a passing car on Sunday.",
    )
    assert [m.index for m in found] == [0, 1]
    assert all(m.typed.sub_event_type == "Attack" for m in found)


_WORDS = st.sampled_from(
    "man woman teen 4 shot in on head stomach after shooting recovering critical accidentally "
    "himself murder-suicide found dead homicide the a police said Sunday".split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14), st.sampled_from(["NOT_ATTACK", "COURT", "CRIME"]))
def test_events_s8detect_imposed_vetoes_never_add_a_reading(words, cue):
    """Vetoes from outside the sentence can only take readings away, never create one."""
    text = " ".join(words)
    with_veto = classify_sentence(text, vetoes=frozenset({cue}))
    if with_veto is not None:
        assert classify_sentence(text) is not None


def test_events_s8detect_a_gunmans_rampage_headline_reaches_every_line():
    body = "Police held a news conference on Sunday night to detail the deadly rampage."
    gun = _mentions("3 dead, including gunman, in Cape Coral shooting rampage", body)
    assert all(m.typed.sub_event_type != "Violent demonstration" for m in gun)
    riot = _mentions("Looting spreads in Cape Coral", body)  # no gunman: the rampage may be a riot
    assert [m.typed.sub_event_type for m in riot if m.index == 1] == ["Violent demonstration"]


def test_events_s8detect_the_lead_vetoes_its_headline():
    found = _mentions(
        "Boy, 4, shot in Dayton home",
        "The boy was hit when his brother accidentally fired their father's pistol, police said.",
    )
    assert found == []


def test_events_s8detect_a_notes_first_sentence_is_no_headline():
    text = "Gunmen shot dead three farmers in Guma on Monday.\n\nA truck crash later killed two traders."
    art = Article("note", text, "h", published=date(2016, 5, 2))  # no title: an ACLED-style note
    doc = Doc(art, sentences=split_sentences(text, NLP), toponyms=(), times=(), quantities=(), actors=())
    assert [m.index for m in detect_mentions(doc)] == [0]  # the crash's ACCIDENT does not reach back
