"""Place names inside the names of armed groups and forces are not place mentions."""

from __future__ import annotations

import pytest

from sitrep.geo.detect import in_actor_name
from sitrep.geo.normalize import fold
from sitrep.geo.sources import actor_name_index


@pytest.mark.parametrize(
    "text, word",
    [
        ("Boko Haram attacked Konduga on Sunday.", "Haram"),
        ("Fighters of the Tigray Defense Forces entered Alamata.", "Tigray"),
        ("Kata'ib Hezbollah fired rockets at the base.", "Kata"),
        ("Wagner fighters were seen near Bria.", "Wagner"),
    ],
)
def test_geo_place_word_inside_a_group_name(text, word):
    s = text.index(word)
    assert in_actor_name(fold(text), s, s + len(word))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Gunmen attacked a village near Haram in Norway.", "Haram"),
        ("Aid reached Tigray on Monday.", "Tigray"),
        ("Protesters marched in Sinaloa on Friday.", "Sinaloa"),
        ("The Boko Haramite splinter crossed into Niger.", "Boko"),  # no whole-word name
    ],
)
def test_geo_the_same_word_alone_stays_a_candidate(text, word):
    s = text.index(word)
    assert not in_actor_name(fold(text), s, s + len(word))


def test_geo_index_offsets_point_into_the_names():
    for key, hits in actor_name_index().items():
        for name, offset in hits:
            assert name[offset : offset + len(key)] == key


def test_geo_broadcaster_call_letters_vote_for_the_us():
    from sitrep.geo.detect import register_votes

    assert register_votes("Berlin teen dies after pellet gun shooting (WFSB) Berlin police said") == ["US"]
    assert register_votes("DAYTON, Ohio (WDTN-TV) - A boy was shot.").count("US") >= 1
    assert register_votes("KABUL (AP) - Militants attacked a checkpoint.") == []
    assert register_votes("(CNN) Fighters seized the town.") == []
