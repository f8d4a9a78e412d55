"""The event store: SQLite by default (one file), PostgreSQL for teams (a ``postgresql://`` URL).

Every write happens in one transaction per article, so an interrupted run loses at most the
article it was writing, and re-running the same inputs changes nothing.
"""

from __future__ import annotations

from sitrep.store.sql import ArticleRow, EventPage, Store, StoredArticle, open_store

__all__ = ["ArticleRow", "EventPage", "Store", "StoredArticle", "open_store"]
