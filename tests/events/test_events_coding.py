"""ACLED coding decisions at the draft level: dated state forces, state forces first in battles,
violent demonstrations, two named sides of a clash, ground regained by the state."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.actors.periods import dated_actor
from sitrep.events.stage import extract_events
from sitrep.nlp.sentences import blank_english, split_sentences
from sitrep.settings import Settings
from sitrep.types import Article, Doc, Place, Toponym

NLP = blank_english(Settings())
PLACES = {
    "Maiduguri": Place("Maiduguri", 11.85, 13.16, "Nigeria", "NG", "Borno", 1112449, "P", "PPLA"),
    "Bama": Place("Bama", 11.52, 13.69, "Nigeria", "NG", "Borno", 118121, "P", "PPL"),
    "Ibadan": Place("Ibadan", 7.38, 3.9, "Nigeria", "NG", "Oyo", 3565108, "P", "PPLA"),
    "Gao": Place("Gao", 16.27, -0.04, "Mali", "ML", "Gao", 86633, "P", "PPLA"),
}


def drafts(text: str, published: date = date(2015, 9, 10)):
    art = Article("t1", text, "h", published=published)
    tops = tuple(
        Toponym(text.index(name), text.index(name) + len(name), name, place)
        for name, place in PLACES.items()
        if name in text
    )
    doc = Doc(art, sentences=split_sentences(text, NLP), toponyms=tops, times=(), quantities=(), actors=())
    return extract_events(doc)


def test_state_forces_come_first_in_a_clash_and_carry_acled_periods_when_labelled():
    (d,) = drafts("Boko Haram fighters clashed with soldiers near Bama, killing 12.", date(2015, 3, 2))
    assert d.sub_event_type == "Armed clash"
    assert d.actor1.name == "Military Forces of Nigeria"  # the contract's canonical name
    assert d.actor2 is not None and d.actor2.name == "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert "state forces listed first" in d.reasons["actors"]
    assert dated_actor(d.actor1, date(2015, 3, 2)).name == "Military Forces of Nigeria (2010-)"  # Jonathan's term


def test_after_the_pledge_boko_haram_is_labelled_under_its_wilayat_name():
    (d,) = drafts("Boko Haram fighters clashed with soldiers near Bama, killing 12.", date(2015, 9, 10))
    assert dated_actor(d.actor1, date(2015, 9, 10)).name == "Military Forces of Nigeria (2015-)"
    assert d.actor2 is not None
    assert dated_actor(d.actor2, date(2015, 9, 10)).name == "Boko Haram - Wilayat Gharb Ifriqiyyah"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police convoy near Gao on Monday, killing 12 officers.",
        "Boko Haram fighters ambushed soldiers near Bama on Monday, killing 12.",
    ],
)
def test_an_attack_on_state_forces_keeps_the_attacker_as_actor1(text):
    (d,) = drafts(text)
    assert d.event_type == "Battles"
    assert d.actor1.inter != 1 and d.actor2 is not None and d.actor2.inter == 1
    assert "state forces listed first" not in d.reasons["actors"]


def test_ground_regained_is_regained_by_the_state():
    (d,) = drafts("Troops recaptured Bama from Boko Haram on Monday.", date(2015, 9, 10))
    assert d.sub_event_type == "Government regains territory"
    assert d.actor1.name.startswith("Military Forces of Nigeria")
    assert d.actor2 is not None and d.actor2.name.startswith("Boko Haram")


@pytest.mark.parametrize(
    "text",
    [
        "Students protested in Ibadan on Monday over fees, and some of them vandalized the bursary.",
        "Pensioners protested in Ibadan on Monday over unpaid pensions. The crowd later chased away workers from the ministry.",
    ],
)
def test_protesters_who_turn_violent_are_rioters(text):
    (d,) = drafts(text)
    assert (d.event_type, d.sub_event_type) == ("Riots", "Violent demonstration")
    assert d.actor1.name == "Rioters (Nigeria)"
    assert "turned violent" in d.reasons["type"]


def test_a_peaceful_march_keeps_the_protesters_as_actor1():
    (d,) = drafts("Hundreds of pensioners marched peacefully in Ibadan on Monday to protest unpaid pensions.")
    assert d.event_type == "Protests" and d.actor1.name == "Protesters (Nigeria)"


def test_riot_police_are_no_riot():
    (d,) = drafts("Riot police stood guard as hundreds of traders protested peacefully in Ibadan on Tuesday.")
    assert d.event_type == "Protests"


def test_two_named_parties_clashing_is_a_clash_between_them():
    (d,) = drafts("Supporters of the APC and the PDP clashed in Ibadan on Saturday, leaving two dead.")
    assert (d.event_type, d.sub_event_type) == ("Battles", "Armed clash")
    assert {d.actor1.name, d.actor2.name if d.actor2 else None} == {
        "APC: All Progressives Congress",
        "PDP: People's Democratic Party",
    }
