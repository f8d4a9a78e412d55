"""Merging new events into stored ones, inside the article's write transaction.

The scoring and combining rules live in :mod:`sitrep.merge`; this module only moves records in
and out of the database: candidates from the store's time/space index, the merged record back,
an alias from each merged-away id, and a revision per change.
"""

from __future__ import annotations

from typing import Any

from sitrep.types import Article, Event

__all__ = ["StoreMerger"]

# A merge can make the surviving event match a third stored event; follow at most this many
# such cascades per new event (each one removes an event, so the chain is short in practice).
MAX_CASCADE = 5


class StoreMerger:
    """Writes events through :func:`sitrep.merge.decide` / :func:`sitrep.merge.combine`."""

    def write(self, store: Any, conn: Any, ev: Event, article: Article, result: Any) -> None:
        from sitrep.merge import decide, with_persons

        ev = with_persons(ev, article)
        cands = store.candidates(conn, ev)
        dup = self._duplicates(store, conn, cands, article)
        decision = decide(ev, cands, dup)
        if decision.target_id is None:
            store._insert_event(conn, ev, article.id, "created", {}, "new event")
            result.created.append(ev.event_id)
            return
        merged = self._merge_into(store, conn, decision.target_id, ev, article, dup, decision.reason)
        store._alias(conn, ev.event_id, merged.event_id)
        result.updated.append(merged.event_id)
        self._cascade(store, conn, merged, article, result)

    def _merge_into(self, store: Any, conn: Any, target_id: str, ev: Event, article: Article,
                    dup: dict[str, str | None], reason: str) -> Event:
        from sitrep.merge import combine, diff

        old = store.load_event(conn, target_id)
        new = combine(old, ev, dup)
        store._update_event(conn, new, article.id, diff(old, new), reason)
        return new

    def _cascade(self, store: Any, conn: Any, event: Event, article: Article, result: Any) -> None:
        from sitrep.merge import decide

        for _ in range(MAX_CASCADE):
            cands = store.candidates(conn, event, exclude=[event.event_id])
            dup = self._duplicates(store, conn, cands + [event], article)
            decision = decide(event, cands, dup)
            if decision.target_id is None:
                return
            # the older stored event survives; the other is merged into it and becomes an alias
            target = decision.target_id
            if store.created_before(conn, event.event_id, target):
                event, target = store.load_event(conn, target), event.event_id
            store._delete_event(conn, event.event_id)
            merged = self._merge_into(store, conn, target, event, article, dup, decision.reason)
            store._alias(conn, event.event_id, merged.event_id)
            store._revision(conn, event.event_id, article.id, "merged", {"merged_into": [event.event_id, merged.event_id]}, decision.reason)
            result.merged.append((event.event_id, merged.event_id))
            event = merged

    @staticmethod
    def _duplicates(store: Any, conn: Any, events: list[Event], article: Article) -> dict[str, str | None]:
        ids = {s.article_id for e in events for s in e.sources}
        dup = store.duplicate_map(ids, conn)
        dup[article.id] = article.duplicate_of
        return dup
