"""Two records citing different spans of one article: apart, unless they name the same persons."""

from __future__ import annotations

import dataclasses

from merge_helpers import CHICAGO, EVANSTON, ev

from sitrep.merge import merge_events, score_pair
from sitrep.merge.persons import PERSONS_KEY
from sitrep.merge.scoring import MERGE_THRESHOLD, SAME_ARTICLE_PERSONS

LEAD = "Jonathan Burks, 24, and Paul Kendall, 31, were shot outside a store on Sunday night, police said."
LATER = "Kendall and Burks were shot after an argument near the store, a witness told reporters."
OTHER = "A woman was wounded in a separate shooting across town an hour later, police said."


def _with(event, *names):
    line = "persons named: " + ", ".join(names)
    return dataclasses.replace(event, reasons={**event.reasons, PERSONS_KEY: line})


def _pair(persons_a, persons_b, place_b=CHICAGO):
    a = _with(ev("a1", "art", LEAD, start=0), *persons_a)
    b = _with(ev("a2", "art", LATER, start=400, place=place_b, kind=("Battles", "Armed clash")), *persons_b)
    return a, b


def test_merge_s7_one_article_coding_one_shooting_twice_is_not_blocked():
    names = ["Jonathan Burks", "Paul Kendall"][:SAME_ARTICLE_PERSONS]
    a, b = _pair(names, names)
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD


def test_merge_s7_one_article_two_shootings_stay_apart():
    a, b = _pair(["Jonathan Burks", "Paul Kendall"], ["Maria Lopez"], place_b=EVANSTON)
    pair = score_pair(a, b)
    assert not pair.mergeable and "two events of article" in pair.blocked


def test_merge_s7_fewer_shared_persons_than_needed_keep_the_block():
    a, b = _pair(["Jonathan Burks", "Paul Kendall"], ["Jonathan Burks"])
    assert SAME_ARTICLE_PERSONS > 1
    assert not score_pair(a, b).mergeable


def test_merge_s7_records_of_one_article_join_through_another_outlet():
    # each record of the article gathered another outlet's report; the two records are one event
    names = ("Jonathan Burks", "Paul Kendall")
    a, b = _pair(names, names)
    c = _with(ev("c1", "other", "Burks and Kendall were wounded Sunday; police seek a gunman.", source="Sun"), *names)
    merged = merge_events([a, c, b])
    assert len(merged) == 1
    assert {s.article_id for s in merged[0].sources} == {"art", "other"}


def test_merge_s7_unrelated_event_of_the_same_article_stays_alone():
    a = _with(ev("a1", "art", LEAD, start=0), "Jonathan Burks", "Paul Kendall")
    other = ev("a3", "art", OTHER, start=900, place=EVANSTON)
    assert len(merge_events([a, other])) == 2
