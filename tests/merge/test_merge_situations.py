"""Situations like those of the seed articles, built by hand (the wording is ours, not the seeds').

Three outlets cover the June 2014 offensive in Iraq: an undated editorial (V), a paper published
on 15 June (L) and a broadcaster's site on 23 June (C). The mass-killing claim near Tikrit is in V
and L, the fall of Mosul in L and C; everything else is reported once and must stay on its own.
"""

from __future__ import annotations

import pytest
from merge_helpers import ev

from sitrep.merge import merge_events

IRAQ = "Iraq"
TIKRIT = ("Tikrit", 34.6071, 43.6782, IRAQ, "Salah ad Din", 99131)
MOSUL = ("Mosul", 36.335, 43.1189, IRAQ, "Nineveh", 99072)
BAGHDAD = ("Baghdad", 33.3406, 44.4009, IRAQ, "Baghdad", 98182)
HILLAH = ("Hillah", 32.4637, 44.4196, IRAQ, "Babil", 99347)
IS = ("Islamic State", "Military Forces of Iraq")
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
OTHER = ("Strategic developments", "Other")
BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _v(dated: bool) -> list:
    day = (
        dict(day="2014-06-13", precision=2, window=("2014-06-10", "2014-06-14"))
        if dated
        else dict(day="", window=("", ""))
    )
    return [
        ev(
            "v-base",
            "V",
            "Militants were pictured marching captured troops from a base they had seized outside Tikrit.",
            kind=TAKEOVER,
            place=TIKRIT,
            actors=IS,
            start=100,
            **day,
        ),
        ev(
            "v-claim",
            "V",
            "The group says it put to death 1700 Shia air force cadets in Tikrit; Washington cannot verify.",
            kind=ATTACK,
            place=TIKRIT,
            actors=IS,
            fatalities=1700,
            claim="claimed",
            claimed_by="Islamic State",
            start=900,
            **day,
        ),
    ]


def _l(claim_kind=ATTACK) -> list:
    return [
        ev(
            "l-claim",
            "L",
            "Washington denounced the militants' boast that they had shot 1,700 soldiers captured at Tikrit.",
            kind=claim_kind,
            place=TIKRIT,
            actors=IS,
            fatalities=1700,
            claim="claimed",
            claimed_by="Islamic State",
            day="2014-06-12",
            precision=2,
            window=("2014-06-09", "2014-06-15"),
            start=300,
            source="L",
        ),
        ev(
            "l-mosul",
            "L",
            "Last week the insurgents stormed Mosul and the army and police there abandoned their posts.",
            kind=TAKEOVER,
            place=MOSUL,
            actors=IS,
            day="2014-06-11",
            precision=2,
            window=("2014-06-08", "2014-06-14"),
            start=1400,
            source="L",
        ),
        ev(
            "l-blasts",
            "L",
            "A string of blasts across Baghdad on Sunday left at least 15 dead.",
            kind=BOMB,
            place=BAGHDAD,
            actors=("Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
            fatalities=15,
            day="2014-06-15",
            start=2100,
            source="L",
        ),
        ev(
            "l-embassy",
            "L",
            "The US moved part of its Baghdad embassy staff out and reinforced its guard.",
            kind=OTHER,
            place=BAGHDAD,
            actors=("Government of the United States", None),
            day="2014-06-15",
            start=2400,
            source="L",
        ),
    ]


def _c() -> list:
    return [
        ev(
            "c-mosul",
            "C",
            "Earlier in June the group captured Mosul, the second city of the country.",
            kind=TAKEOVER,
            place=MOSUL,
            actors=IS,
            day="2014-06-12",
            precision=3,
            window=("2014-06-01", "2014-06-22"),
            start=500,
            source="C",
        ),
        ev(
            "c-courts",
            "C",
            "On Sunday fighters toured Mosul announcing by loudspeaker that religious courts would sit.",
            kind=OTHER,
            place=MOSUL,
            actors=("Islamic State", None),
            day="2014-06-22",
            start=800,
            source="C",
        ),
        ev(
            "c-convoy",
            "C",
            "An attack on a prison convoy south of Baghdad left 69 inmates and police dead.",
            kind=ATTACK,
            place=HILLAH,
            actors=("Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
            fatalities=69,
            day="2014-06-23",
            start=1200,
            source="C",
        ),
    ]


def _by_articles(merged) -> dict[frozenset, object]:
    return {frozenset(s.article_id for s in e.sources): e for e in merged}


@pytest.mark.parametrize("dated", [True, False], ids=["V dated by its caption", "V undated"])
@pytest.mark.parametrize("claim_kind", [ATTACK, CLASH], ids=["L codes an attack", "L codes a clash"])
@pytest.mark.parametrize("order", ["VLC", "CLV"])
def test_the_two_cross_outlet_events_merge_and_nothing_else(dated, claim_kind, order):
    parts = {"V": _v(dated), "L": _l(claim_kind), "C": _c()}
    events = [e for key in order for e in parts[key]]
    merged = merge_events(events)
    assert len(merged) == len(events) - 2
    groups = _by_articles(merged)
    multi = {k for k in groups if len(k) > 1}
    assert multi == {frozenset({"V", "L"}), frozenset({"L", "C"})}
    claim = groups[frozenset({"V", "L"})]
    assert claim.fatalities == 1700 and claim.claim_status == "claimed"
    assert claim.location == "Tikrit" and claim.corroboration == 2
    mosul = groups[frozenset({"L", "C"})]
    assert mosul.sub_event_type == "Non-state actor overtakes territory"
    assert (mosul.time_precision, mosul.date_earliest) == (2, "2014-06-08")  # the week beats the month


def test_the_merged_events_keep_their_first_ids_and_cite_both_spans():
    merged = merge_events(_v(True) + _l() + _c())
    ids = {e.event_id for e in merged}
    assert {"v-claim", "l-mosul"} <= ids and not {"l-claim", "c-mosul"} & ids
    claim = next(e for e in merged if e.event_id == "v-claim")
    assert [(s.article_id, s.start) for s in claim.sources] == [("V", 900), ("L", 300)]


def test_a_later_mass_grave_in_the_same_city_is_not_the_takeover():
    grave = ev(
        "g",
        "G",
        "Investigators opened a mass grave in Mosul holding victims of the group.",
        kind=OTHER,
        place=MOSUL,
        actors=("Islamic State", None),
        day="2021-06-13",
        start=10,
    )
    merged = merge_events(_l() + _c() + [grave])
    assert any(e.event_id == "g" and len(e.sources) == 1 for e in merged)
