"""A stored record that the new report's merged record matches is joined, even when the report
alone would not match it: the report brings what the first record lacked (here the victims' names),
the first record what the report lacked (a date)."""

from __future__ import annotations

import dataclasses

from merge_helpers import ev

from sitrep.merge import InMemoryIndex, Merger
from sitrep.merge.persons import PERSONS_KEY
from sitrep.merge.scoring import score_pair, threshold_for

SHOT = "Two men were shot outside a corner store on Main Street late on Sunday, police said."
NAMES = {PERSONS_KEY: "named with an age: Marcus Doyle, Ann Lee"}


def _stories():
    dated = ev("a", "art-a", SHOT)
    undated = dataclasses.replace(ev("n", "art-n", SHOT.replace("late on Sunday", "late one night")),
                                  event_date="", date_earliest=None, date_latest=None, reasons=dict(NAMES))
    vague = dataclasses.replace(ev("b", "art-b", "A teenager and his uncle were wounded, relatives said.",
                                   place=None, geo_precision=3), reasons=dict(NAMES))
    return dated, undated, vague


def test_the_report_alone_does_not_reach_the_vague_record():
    dated, undated, vague = _stories()
    assert not score_pair(dated, vague, {}).mergeable  # nothing in common beyond time and type
    alone = score_pair(undated, vague, {})
    assert alone.score < threshold_for(undated, vague)  # an undated report needs more


def test_the_merged_record_joins_the_stored_record_it_now_matches():
    dated, undated, vague = _stories()
    index = InMemoryIndex()
    merger = Merger(index)
    for event in (dated, vague):
        index.apply(merger.add(event))
    result = merger.add(undated)
    index.apply(result)
    assert result.absorbed == ("b",) and result.aliases["b"] == "a"
    assert "joined stored events b" in result.revision.reason
    (only,) = index.events()
    assert {s.article_id for s in only.sources} == {"art-a", "art-n", "art-b"}
