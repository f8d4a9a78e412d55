"""A headline's event and the body's event of one article; one place name read two ways."""

from __future__ import annotations

import dataclasses

from merge_helpers import CHICAGO, ev

from sitrep.merge import merge_events, score_pair
from sitrep.merge.features import is_headline
from sitrep.merge.persons import PERSONS_KEY

HEAD = "Man shot dead outside laundromat"
BODY = "A man was shot dead outside a laundromat on Sunday night, police said."
RICHMOND_VA = ("Richmond", 37.54, -77.44, "United States", "Virginia", 4781708)
RICHMOND_MO = ("Richmond", 39.28, -93.98, "United States", "Missouri", 4406282)


def test_a_headline_is_the_first_line_without_a_final_stop():
    assert is_headline(ev("h", "a", HEAD).sources[0])
    assert not is_headline(ev("b", "a", BODY).sources[0])  # a sentence
    assert not is_headline(ev("c", "a", HEAD, start=40).sources[0])  # not at the top


def test_the_headline_and_the_lead_of_one_article_become_one_event_citing_the_body():
    head, body = ev("h", "a", HEAD), ev("b", "a", BODY, start=len(HEAD) + 2)
    assert score_pair(head, body).mergeable
    (merged,) = merge_events([head, body])
    assert [(s.start, s.evidence) for s in merged.sources] == [(len(HEAD) + 2, BODY)]


def test_a_headline_of_another_kind_of_event_stays_apart_from_the_body_event():
    head = ev("h", "a", "Militia kills 40 fighters", kind=("Battles", "Armed clash"))
    body = ev("b", "a", "Helicopters fired rockets at the town, officials said.", start=30,
              kind=("Explosions/Remote violence", "Air/drone strike"))
    assert not score_pair(head, body).mergeable
    assert len(merge_events([head, body])) == 2


def test_two_body_events_of_one_article_stay_apart():
    a = ev("b1", "a", BODY, start=40)
    b = ev("b2", "a", "Hours later a woman was shot on the same block, police said.", start=200)
    assert score_pair(a, b).blocked == "two events of article a"


def _named(event, names):
    return dataclasses.replace(event, reasons={PERSONS_KEY: "persons named: " + names})


def test_one_place_name_read_two_ways_merges_only_on_identity():
    text = "Tyree Banks, 17, was shot near a store in Richmond, police said."
    va = _named(ev("e1", "a", text, place=RICHMOND_VA), "Tyree Banks")
    hurt = "Police in Richmond said Tyree Banks, 17, was hurt."
    mo = _named(ev("e2", "b", hurt, place=RICHMOND_MO), "Tyree Banks")
    pair = score_pair(va, mo)
    assert pair.mergeable and "same place name (Richmond) resolved" in pair.reason
    stranger = _named(ev("e4", "d", "Ann Cole, 30, was hurt in a shooting in Richmond.", place=RICHMOND_MO), "Ann Cole")
    apart = score_pair(va, stranger)
    assert not apart.mergeable and "nothing in common" in apart.reason, apart.reason
    # the same wording and names but no persons index entry: identity evidence still joins them
    unnamed = ev("e5", "e", hurt, place=RICHMOND_MO)
    assert score_pair(va, unnamed).mergeable
    elsewhere = _named(ev("e3", "c", text, place=CHICAGO), "Tyree Banks")
    assert score_pair(va, elsewhere).blocked.startswith("places")
