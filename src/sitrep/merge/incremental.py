"""Merging event by event into a growing store, and the in-memory batch version."""

from __future__ import annotations

import dataclasses
from collections import ChainMap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sitrep.merge.combining import combine, corroboration
from sitrep.merge.history import Revision, revision
from sitrep.merge.index import CandidateIndex, InMemoryIndex
from sitrep.merge.persons import with_persons
from sitrep.merge.scoring import MergeDecision, decide, score_pair, threshold_for
from sitrep.types import Article, Event

__all__ = ["MergeResult", "Merger", "merge_events", "merged_index"]


@dataclass(frozen=True)
class MergeResult:
    """What the store must write after one new event."""

    event: Event  # the record to store (new, or the merged one under its kept id)
    action: Literal["created", "updated"]
    revision: Revision  # to append to ``event.event_id``'s history
    aliases: dict[str, str] = field(default_factory=dict)  # old or incoming id -> ``event.event_id``
    absorbed: tuple[str, ...] = ()  # stored ids folded into ``event`` (delete them; they are aliases now)
    decision: MergeDecision = MergeDecision(None, 0.0, "")


def _article_of(event: Event) -> str:
    return event.sources[0].article_id if event.sources else ""


class Merger:
    """Merges new events into the events of a :class:`CandidateIndex`, one at a time.

    ``add`` does not write: it returns a :class:`MergeResult` for the store to apply (an
    :class:`InMemoryIndex` applies it with ``index.apply(result)``). ``duplicate_of`` tells which
    articles copy which (it may be a lazy mapping over the store); ``add(event, article)`` extends it.
    """

    def __init__(self, index: CandidateIndex, duplicate_of: Mapping[str, str | None] | None = None):
        self.index = index
        self._seen: dict[str, str | None] = {}
        self.duplicate_of: Mapping[str, str | None] = ChainMap(self._seen, dict(duplicate_of or {}))

    def add(self, event: Event, article: Article | None = None) -> MergeResult:
        if article is not None:
            self._seen[article.id] = article.duplicate_of
            event = with_persons(event, article)
        candidates = list(self.index.candidates(event))
        decision = decide(event, candidates, self.duplicate_of)
        if decision.target_id is None:
            return self._created(event, decision)
        return self._merged(event, decision, candidates)

    def _created(self, event: Event, decision: MergeDecision) -> MergeResult:
        reasons = dict(event.reasons)
        if decision.score > 0:  # a candidate came close: say why it was kept apart
            reasons["merge"] = f"kept apart: {decision.reason}"
        new = dataclasses.replace(
            event, corroboration=corroboration(event.sources, self.duplicate_of), reasons=reasons
        )
        why = f"new event ({decision.reason})"
        return MergeResult(new, "created", revision(None, new, _article_of(event), why), {}, (), decision)

    def _merged(self, event: Event, decision: MergeDecision, candidates: list[Event]) -> MergeResult:
        target = next(c for c in candidates if c.event_id == decision.target_id)
        if target.event_id == event.event_id and target.sources == event.sources:
            rev = revision(target, target, _article_of(event), "the same report again")
            return MergeResult(target, "updated", rev, {}, (), decision)
        ids = {target.event_id} | {c.event_id for c in self._bridged(event, target, candidates)}
        group = [c for c in candidates if c.event_id in ids]  # creation order
        merged = group[0]
        for other in group[1:]:
            merged = combine(merged, other, self.duplicate_of, reason="bridged by " + event.event_id)
        merged = combine(merged, event, self.duplicate_of, reason=f"{decision.score:.2f}")
        aliases = {c.event_id: merged.event_id for c in group[1:]}
        if event.event_id != merged.event_id:
            aliases[event.event_id] = merged.event_id
        why = f"merged report ({decision.reason})"
        if len(group) > 1:
            why += "; joined stored events " + ", ".join(c.event_id for c in group[1:])
        rev = revision(group[0], merged, _article_of(event), why)
        return MergeResult(merged, "updated", rev, aliases, tuple(c.event_id for c in group[1:]), decision)

    def _bridged(self, event: Event, target: Event, candidates: list[Event]) -> list[Event]:
        """Other stored events that the new report shows to be the same event as ``target``: the
        report matches them on its own, or the merged record does, as any two records must (a record
        that gathered a wider date window, a second outlet's toll or a person's name may meet a stored
        record its first report could not). On GVA dev (main-event B-cubed P / R / F1, with the ages
        signal): both required 0.989 / 0.830 / 0.903; the merged record 0.990 / 0.838 / 0.908;
        either 0.989 / 0.845 / 0.912, the best on both halves."""
        joined = combine(target, event, self.duplicate_of)
        out = []
        for c in candidates:
            if c is target or c.event_id == event.event_id:
                continue
            if self._matches(event, c) or self._matches(joined, c):
                out.append(c)
                joined = combine(joined, c, self.duplicate_of)
        return out

    def _matches(self, a: Event, b: Event) -> bool:
        pair = score_pair(a, b, self.duplicate_of)
        return pair.mergeable and pair.score >= threshold_for(a, b)


def merge_events(events: Sequence[Event], articles: Mapping[str, Article] | None = None) -> list[Event]:
    """Merge in memory, in the given order; the merged events come out in creation order."""
    return merged_index(events, articles).events()


def merged_index(events: Sequence[Event], articles: Mapping[str, Article] | None = None) -> InMemoryIndex:
    """:func:`merge_events`, returning the index: its ``events()`` and ``resolve(event_id)``, the
    record every event id issued ended in."""
    arts = articles or {}
    dup = {a.id: a.duplicate_of for a in arts.values()}
    index = InMemoryIndex()
    merger = Merger(index, dup)
    for event in events:
        index.apply(merger.add(with_persons(event, arts.get(_article_of(event)))))
    return index
