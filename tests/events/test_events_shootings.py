"""Shootings and attacks on people: the wordings of local crime news and of conflict news that
must be coded as attacks (Violence against civilians), and the shootings ACLED does not code
(accidents, self-inflicted wounds, suicides, hunting, training, court stories) that must stay silent.
Also the word-key prefilter: it may skip a cue only when the cue cannot match."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.lexicon import _anchors, _expand, load_lexicon, word_keys
from sitrep.events.typing import classify_sentence

ATTACKS = [
    # US local news
    "Police are looking for the gunman who shot three people outside a tavern on Friday night.",
    "Four people were wounded in a shooting on the east side of Toledo early Sunday.",
    "A woman was badly hurt after getting shot in the shoulder Tuesday evening.",
    "A 16-year-old girl is in the hospital after being shot in the arm, officers said.",
    "A man was shot and killed Sunday morning in Akron, police said.",
    "Detectives are trying to find whoever opened fire on a crowd at a block party.",
    "A shooting late Friday in the Wynnefield neighborhood left two men injured, authorities said.",
    "Deputies found two adults who had been shot inside a trailer near Ocala.",
    "Tacoma police are investigating a shooting on South Yakima Avenue.",
    "Officers were dispatched to the 400 block of Elm Street shortly after 1 a.m. for a reported shooting.",
    "A teenager was grazed by a stray bullet while sitting on her porch in Memphis.",
    "Kansas City cab driver shot while waiting for a fare",
    "Gainesville deputies are investigating the shooting of a 19-year-old on Saturday night.",
    # conflict news
    "Three herders were wounded when gunmen opened fire on a cattle market in Mopti region.",
    "A cocoa farmer was shot dead by unknown assailants near Beni on Thursday.",
    "Unknown gunmen killed a shopkeeper in the Old City of Mosul on Sunday.",
    "A bus driver was shot in the chest by two men on a motorcycle in Culiacan on Monday.",
    "A barangay captain was wounded after unidentified men fired at his van in Maguindanao.",
    "Gunmen on motorbikes shot dead a village chief in Tillaberi region, residents said.",
]

NOT_ATTACKS = [
    "An 8-year-old boy found a pistol in a closet and accidentally shot himself in the foot.",
    "The rifle went off while the cousins were playing with it, killing one of them.",
    "A man died of a self-inflicted gunshot wound, deputies said.",
    "A hunter was shot when a member of his party mistook him for a deer.",
    "Deputies fired hundreds of rounds during a training exercise at the county firing range.",
    "A man was sentenced Wednesday to 25 years in prison for the 2016 shooting of his neighbour.",
    "A 19-year-old has been charged in the shooting death of a 15-year-old.",
    "Police say the shooting is believed to have been accidental.",
    "The man took his own life after an hours-long standoff.",
    "Gun violence has risen sharply in the county over the past decade.",
    "He told neighbours he would shoot anyone who came near the house.",
    "Customs officers seized 40 kg of heroin hidden in a truck.",
    "The earthquake injured dozens of people in the province.",
    "The suspect could face murder charges if the victim dies.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_events_shooting_is_an_attack(text):
    typed = classify_sentence(text)
    assert typed is not None, text
    assert (typed.event_type, typed.sub_event_type) == ("Violence against civilians", "Attack"), typed.reason


@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_events_shooting_non_events_stay_silent(text):
    typed = classify_sentence(text)
    assert typed is None, typed and typed.reason


# Pairs of near cues that must keep apart: (sentence, event type, sub-event type).
CONTRASTS = [
    # "..., police said": the police report the shooting, they are not its target (an armed clash)
    ("Three people were shot outside a nightclub early Sunday, police said.", "Violence against civilians", "Attack"),
    ("Gunmen attacked a police checkpoint in Kirkuk on Sunday.", "Battles", "Armed clash"),
    # "police are searching ... after a boy was found shot": the boy, not the police, was hit
    ("Richmond police are searching for a shooter after a teenage boy was found shot.",
     "Violence against civilians", "Attack"),
    ("Five soldiers were killed in the ambush near Diffa.", "Battles", "Armed clash"),
    # a suicide bomber is no suicide
    ("A suspected suicide bomber blew herself up at a checkpoint in Konduga.",
     "Explosions/Remote violence", "Suicide bomb"),
    # small arms are no shelling
    ("Four people were wounded after a barrage of gunfire in East Baltimore.", "Violence against civilians", "Attack"),
    ("Separatist artillery shelled the outskirts of Avdiivka overnight.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # protest cues ignore a bar association
    ("Members of the Bar Association protested outside the high court in Ibadan.", "Protests", None),
]


@pytest.mark.parametrize("text, event_type, sub_event_type", CONTRASTS)
def test_events_near_cues_keep_apart(text, event_type, sub_event_type):
    typed = classify_sentence(text)
    assert typed is not None, text
    assert typed.event_type == event_type, typed.reason
    assert sub_event_type is None or typed.sub_event_type == sub_event_type, typed.reason


def test_events_a_gunman_s_suicide_is_no_event():
    assert classify_sentence("The gunman later committed suicide, police said.") is None
    for text in ("The gunman was found committing suicide in his car.", "He was stopped while attempting suicide."):
        assert classify_sentence(text) is None, text


# --- the word-key prefilter -------------------------------------------------------------------


def test_events_expand_nested_group():
    assert _expand("(?:was|were) formed") == ["was formed", "were formed"]
    assert _expand("(?:shot|fired (?:up)?on) by") == ["shot by", "fired (?:up)?on by"]
    assert _expand("(?:a|b)? c") == ["(?:a|b)? c"]


def test_events_auxiliary_led_cue_is_anchored_on_its_verb():
    keys = _anchors(["(?:was|were|been) (?:\\w+ ){0,2}(?:killed|shot|fired (?:up)?on)"])
    assert keys == frozenset({"kille", "shot", "fired"})
    assert "was" not in load_lexicon().trigger_keys


def test_events_anchor_is_the_longest_leading_word():
    """'on strike' is anchored on 'strike', 'withdrew' is not mistaken for 'with'."""
    assert _anchors(["on strike"]) == frozenset({"strik"})
    assert _anchors(["withdr(?:ew|awn)"]) == frozenset({"withd"})
    assert "withd" not in word_keys("he left with his brother")
    assert _anchors(["u.s. forces"]) == frozenset()  # no clean word: no filter


def test_events_word_keys_skip_opening_quotes():
    assert "exec" in word_keys("he was killed 'execution-style', witnesses said")


_FREE: dict[str, object] = {}


def _unfiltered():
    """The lexicon with the prefilter switched off (every cue's regex always tried)."""
    if "lex" not in _FREE:
        lex = load_lexicon()
        _FREE["lex"] = dataclasses.replace(
            lex, anchors={k: frozenset() for k in lex.anchors}, trigger_keys=frozenset()
        )
    return _FREE["lex"]


@pytest.mark.parametrize("text", ATTACKS + NOT_ATTACKS)
def test_events_prefilter_changes_no_reading(text):
    def key(t):
        return None if t is None else (t.sub_event_type, t.trigger_start, t.reason)

    assert key(classify_sentence(text)) == key(classify_sentence(text, lexicon=_unfiltered()))


_WORDS = st.sampled_from(
    "a man was were been being shot killed wounded in the leg by gunmen police said shooting "
    "fired on crowd 'execution-style' found who had at party near town after getting injured "
    "soldiers attacked village seized captured fell to it".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=18))
def test_events_prefilter_never_hides_a_reading(words):
    text = " ".join(words).capitalize() + "."
    a, b = classify_sentence(text), classify_sentence(text, lexicon=_unfiltered())
    assert (a and (a.sub_event_type, a.trigger_start)) == (b and (b.sub_event_type, b.trigger_start))
