"""Gun violence must not read as another kind of event (a gunman's rampage is no riot, the ATF is
no bomb, a suspect captured is no territory taken), while the conflict readings of the same words
stay; a court story's own dated narration of the shooting is an event."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.stage import detect_mentions
from sitrep.events.typing import classify_sentence
from sitrep.nlp.sentences import blank_english, split_sentences
from sitrep.settings import Settings
from sitrep.time.finder import find_times
from sitrep.types import Article, Doc

NOT_THAT_TYPE = [
    ("The gunman went on a shooting rampage through the mall in Omaha.", "Violent demonstration"),
    ("Investigators still do not know what set off his rampage at the office park.", "Violent demonstration"),
    ("Neighbours held a vigil against gun violence outside the church on Sunday.", "Violent demonstration"),
    (
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives is helping Tacoma police trace the gun.",
        "Remote explosive/landmine/IED",
    ),
    ("Shooting suspect Mark Reyes was captured in Yuma County.", "Non-state actor overtakes territory"),
    ("Officers secured the scene at the apartment complex in Mesa.", "Government regains territory"),
    ("He was also facing rape charges in a separate case, prosecutors said.", "Sexual violence"),
    ("The gunman was shot by an FBI hostage rescue team inside the bank.", "Abduction/forced disappearance"),
    ("The medical examiner ruled the death a suicide.", "Suicide bomb"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_THAT_TYPE)
def test_events_s8detect_gun_violence_is_not_read_as_another_type(text, wrong):
    typed = classify_sentence(text)
    assert typed is None or typed.sub_event_type != wrong, typed


STILL_TYPED = [
    ("Rioters went on a rampage through the market in Jos, burning shops.", "Violent demonstration"),
    ("A suicide bomber blew himself up at a checkpoint in Maiduguri, killing nine.", "Suicide bomb"),
    ("A girl carrying a suicide pack detonated it at a market in Konduga.", "Suicide bomb"),
    ("An explosive device on the road killed two soldiers near Gao.", "Remote explosive/landmine/IED"),
    ("Rebels seized the district headquarters of Dera Bugti.", "Non-state actor overtakes territory"),
    ("The army said it had secured the area around Bama.", "Government regains territory"),
    ("Soldiers raped three women in the village of Minova, a UN report said.", "Sexual violence"),
    ("Gunmen took 12 passengers hostage on the Kaduna highway.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("text", "sub"), STILL_TYPED)
def test_events_s8detect_conflict_readings_stay(text, sub):
    typed = classify_sentence(text)
    assert typed is not None and typed.sub_event_type == sub, typed


@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed in a shooting at a reputed drug house in Tulsa, police said.",
        "Two gang members were among five people wounded in a shooting outside a Chattanooga bar.",
        "Police responded to a shooting after a robbery at a convenience store on Elm Street.",
    ],
)
def test_events_s8detect_a_shooting_in_a_crime_story_is_still_a_shooting(text):
    typed = classify_sentence(text)
    assert typed is not None and typed.sub_event_type == "Attack"


def test_events_s8detect_comparison_with_earlier_events_is_no_event():
    assert classify_sentence("The murder-suicide was the second in the county this month.") is None
    # the same words reporting the event itself stay an event
    assert classify_sentence("A man shot his wife and then himself in a murder-suicide.") is not None


NLP = blank_english(Settings())


def _doc(*sentences: str, published=date(2016, 11, 20)) -> Doc:
    text = "\n\n".join(sentences)
    sents = split_sentences(text, NLP)
    art = Article("court", text, "h", published=published)
    times = find_times(text, published, sents)
    return Doc(art, sentences=sents, toponyms=(), times=times, quantities=(), actors=())


def test_events_s8detect_court_story_keeps_its_dated_narration_of_the_shooting():
    court = "Webster was charged in the shooting death of his son."
    dated = _doc(court, "On Oct. 1, Naples police officers responded to a shooting in the city.")
    undated = _doc(court, "Naples police officers responded to a shooting in the city.")
    assert [m.index for m in detect_mentions(dated)] == [1]
    assert detect_mentions(undated) == []  # the court story's context still vetoes it


def test_events_s8detect_a_date_does_not_lift_the_sentences_own_court_veto():
    doc = _doc("On Oct. 1, a man was charged in the shooting death of his son in Naples.")
    assert detect_mentions(doc) == []


def test_events_s8detect_a_date_lifts_only_court_vetoes():
    doc = _doc(
        "The boy accidentally shot himself while playing with a pistol.",
        "On Oct. 1, the boy was shot in the leg at his home in Naples.",
    )
    assert detect_mentions(doc) == []  # the accident's veto still reaches the dated sentence


def test_events_s8detect_the_victim_sentence_joins_the_event_it_continues():
    doc = _doc(
        "Pizza shop owner dies",  # the heading: it joins the first event whatever follows
        "A man was shot during a robbery at a pizza shop on Glenwood Avenue.",
        "The shop had been robbed twice before.",
        "Neighbours said the street had been quiet for years.",
        "Detectives asked anyone with video to call them.",
        "The victim suffered a gunshot wound to his stomach and died at the hospital.",
    )
    from sitrep.events.stage import extract_events

    drafts = extract_events(doc)
    assert len(drafts) == 1
    assert len(drafts[0].evidence) >= 2


def test_events_s8detect_a_victim_sentence_with_a_place_of_its_own_is_not_pulled_back():
    from sitrep.events.grouping import Mention, _refers_back
    from sitrep.types import Sentence

    typed = classify_sentence("The victim suffered a gunshot wound to his stomach.")
    assert typed is not None
    bare = Mention(4, Sentence(0, 50, "The victim suffered a gunshot wound to his stomach."), typed,
                   frozenset(), frozenset(), frozenset(), frozenset())
    placed = Mention(4, bare.sentence, typed, frozenset({"Akron"}), frozenset(), frozenset(), frozenset())
    other = Mention(4, Sentence(0, 40, "Police said a man suffered a gunshot wound."), typed,
                    frozenset(), frozenset(), frozenset(), frozenset())
    assert _refers_back(bare)
    assert not _refers_back(placed)
    assert not _refers_back(other)
