"""The store's tables (SQLAlchemy Core). Migrations in ``migrations/`` create and change them."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("language", sa.String(8)),
    sa.Column("origin", sa.JSON, nullable=False),
    sa.Column("input_path", sa.Text),
    sa.Column("duplicate_of", sa.String),
    sa.Column("duplicate_kind", sa.String(8)),
    sa.Column("fingerprint", sa.JSON),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Column("country", sa.String(2)),  # the input's country hint (Article.country), migration 0003
)

inputs = sa.Table(
    "inputs",
    metadata,
    sa.Column("input", sa.Text, primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),  # error | skipped
    sa.Column("problem", sa.Text, nullable=False),
    sa.Column("seen_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False, index=True),  # creation order (oldest first)
    sa.Column("event_date", sa.String(10), nullable=False, index=True),
    sa.Column("date_earliest", sa.String(10)),
    sa.Column("date_latest", sa.String(10)),
    # the days the event may fall on (date_earliest/latest, or event_date), for merge candidates
    sa.Column("win_start", sa.String(10), nullable=False),
    sa.Column("win_end", sa.String(10), nullable=False),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String, nullable=False, index=True),
    sa.Column("sub_event_type", sa.String, nullable=False),
    sa.Column("actor1", sa.String, nullable=False),
    sa.Column("actor2", sa.String),
    sa.Column("inter1", sa.Integer),
    sa.Column("inter2", sa.Integer),
    sa.Column("country", sa.String, nullable=False, index=True),
    sa.Column("admin1", sa.String),
    sa.Column("location", sa.String, nullable=False),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer, nullable=False),
    sa.Column("geonameid", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("claim_status", sa.String(16), nullable=False),
    sa.Column("claimed_by", sa.String),
    sa.Column("notes", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("corroboration", sa.Integer, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.Index("ix_events_latlon", "latitude", "longitude"),
    sa.Index("ix_events_window", "win_start", "win_end"),
    sa.Index("ix_events_fatalities", "fatalities"),
)
# Filters compare lower(column) (case-insensitive); these let them use an index, by date.
for _col in ("country", "event_type", "claim_status", "admin1"):
    sa.Index(f"ix_events_lower_{_col}_date", sa.func.lower(events.c[_col]), events.c.event_date)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("article_id", sa.String, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Index("ix_event_sources_article", "article_id"),
)

# Persons an event's reports name, with an age or a role (sitrep.merge.persons), lower-cased: the store's
# index for follow-up reports that name the same victim or suspect weeks later.
event_persons = sa.Table(
    "event_persons",
    metadata,
    sa.Column("name", sa.String, primary_key=True),
    sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Index("ix_event_persons_event", "event_id"),
)

event_aliases = sa.Table(
    "event_aliases",
    metadata,
    sa.Column("alias_id", sa.String, primary_key=True),
    sa.Column("event_id", sa.String, nullable=False, index=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)

event_revisions = sa.Table(
    "event_revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String, nullable=False, index=True),
    sa.Column("article_id", sa.String),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # created | updated | merged
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)
