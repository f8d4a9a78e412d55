"""Two records that cite different spans of one article: kept apart, unless other outlets
corroborate each of them (then they are compared on their merits)."""

from __future__ import annotations

import dataclasses

from merge_helpers import ev

from sitrep.merge.scoring import score_pair, threshold_for

LEAD = "Three men were shot at a motel on Saturday night, police said."
QUOTE = "As the officers approached the room they came under fire, the FBI said."
OTHER = "Gunfire wounded three officers at a motel late Saturday."
AGAIN = "Three officers were hurt in a shootout at a motel on Saturday."


def _with(event, *more):
    return dataclasses.replace(event, sources=event.sources + tuple(m.sources[0] for m in more))


def test_two_spans_of_one_article_alone_stay_apart():
    lead, quote = ev("a", "x", LEAD), ev("b", "x", QUOTE, start=500)
    pair = score_pair(lead, quote, {})
    assert pair.blocked and "two events of article x" in pair.blocked


def test_corroborated_apart_the_two_records_are_compared_on_their_merits():
    lead = _with(ev("a", "x", LEAD), ev("a2", "y", OTHER))
    quote = _with(ev("b", "x", QUOTE, start=500), ev("b2", "z", AGAIN))
    pair = score_pair(lead, quote, {})
    assert pair.mergeable and pair.score >= threshold_for(lead, quote), pair.reason


def test_a_copy_is_no_corroboration():
    lead = _with(ev("a", "x", LEAD), ev("a2", "y", OTHER))
    quote = _with(ev("b", "x", QUOTE, start=500), ev("b2", "x-copy", QUOTE))
    pair = score_pair(lead, quote, {"x-copy": "x"})
    assert pair.blocked and "two events of article x" in pair.blocked


def test_corroborated_records_of_different_towns_still_never_merge():
    from merge_helpers import SPRINGFIELD

    lead = _with(ev("a", "x", LEAD), ev("a2", "y", OTHER))
    far = ev("b", "x", QUOTE, start=500, place=SPRINGFIELD)
    quote = _with(far, ev("b2", "z", AGAIN, place=SPRINGFIELD))
    assert not score_pair(lead, quote, {}).mergeable
