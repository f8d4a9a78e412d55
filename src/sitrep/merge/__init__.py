"""Merging reports of one real-world event from different articles and outlets into one record.

A new event is looked up among stored events close in time and space (:class:`CandidateIndex`),
scored against each (:func:`decide`: type, date, place, actors, tolls, evidence text), and folded
into the best one above the threshold (:func:`combine`), keeping every article as a source. The
:class:`Merger` does this incrementally and returns what the store must write, including the
revision (:func:`diff`) and the aliases of event ids that stopped being separate events. Persons
named around an event and the street blocks given there (:func:`with_persons`) identify it; the
persons let a follow-up weeks later join it, and
:func:`follow_up_of` tells which attack an arrest or hearing story is about.
"""

from __future__ import annotations

from sitrep.merge.addresses import addresses_in, addresses_of
from sitrep.merge.combining import combine, corroboration
from sitrep.merge.followups import follow_up_of
from sitrep.merge.history import Revision, diff, revision
from sitrep.merge.incremental import Merger, MergeResult, merge_events, merged_index
from sitrep.merge.index import CandidateIndex, CandidateQuery, InMemoryIndex, blocking_query
from sitrep.merge.persons import persons_of, with_persons
from sitrep.merge.scoring import MergeDecision, PairScore, decide, score_pair

__all__ = [
    "CandidateIndex",
    "CandidateQuery",
    "InMemoryIndex",
    "MergeDecision",
    "MergeResult",
    "Merger",
    "PairScore",
    "Revision",
    "addresses_in",
    "addresses_of",
    "blocking_query",
    "combine",
    "corroboration",
    "decide",
    "diff",
    "follow_up_of",
    "merge_events",
    "merged_index",
    "persons_of",
    "revision",
    "score_pair",
    "with_persons",
]
