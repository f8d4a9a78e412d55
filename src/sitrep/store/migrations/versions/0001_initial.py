"""Initial schema: articles, inputs, events, sources, aliases, revisions.

This revision is frozen: it spells out the tables as they were at 0001. A later change to
``sitrep/store/schema.py`` needs a new revision (``op.add_column``, ``op.create_index`` ...);
tests/store/test_store_migrations.py fails until migrations and schema.py agree.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = ("event_sources", "inputs", "events", "event_revisions", "event_aliases", "articles")


def upgrade() -> None:
    op.create_table(
        'articles',
        sa.Column('id', sa.String(), primary_key=True),
        sa.Column('content_hash', sa.String(64), nullable=False),
        sa.Column('title', sa.Text()),
        sa.Column('url', sa.Text()),
        sa.Column('source', sa.Text()),
        sa.Column('published', sa.String(10)),
        sa.Column('language', sa.String(8)),
        sa.Column('origin', sa.JSON(), nullable=False),
        sa.Column('input_path', sa.Text()),
        sa.Column('duplicate_of', sa.String()),
        sa.Column('duplicate_kind', sa.String(8)),
        sa.Column('fingerprint', sa.JSON()),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('n_events', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('ingested_at', sa.String(32), nullable=False),
    )
    op.create_index('ix_articles_content_hash', 'articles', ['content_hash'])
    op.create_table(
        'event_aliases',
        sa.Column('alias_id', sa.String(), primary_key=True),
        sa.Column('event_id', sa.String(), nullable=False),
        sa.Column('created_at', sa.String(32), nullable=False),
    )
    op.create_index('ix_event_aliases_event_id', 'event_aliases', ['event_id'])
    op.create_table(
        'event_revisions',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('event_id', sa.String(), nullable=False),
        sa.Column('article_id', sa.String()),
        sa.Column('at', sa.String(32), nullable=False),
        sa.Column('action', sa.String(16), nullable=False),
        sa.Column('changes', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
    )
    op.create_index('ix_event_revisions_event_id', 'event_revisions', ['event_id'])
    op.create_table(
        'events',
        sa.Column('event_id', sa.String(), primary_key=True),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('event_date', sa.String(10), nullable=False),
        sa.Column('date_earliest', sa.String(10)),
        sa.Column('date_latest', sa.String(10)),
        sa.Column('win_start', sa.String(10), nullable=False),
        sa.Column('win_end', sa.String(10), nullable=False),
        sa.Column('time_precision', sa.Integer(), nullable=False),
        sa.Column('event_type', sa.String(), nullable=False),
        sa.Column('sub_event_type', sa.String(), nullable=False),
        sa.Column('actor1', sa.String(), nullable=False),
        sa.Column('actor2', sa.String()),
        sa.Column('inter1', sa.Integer()),
        sa.Column('inter2', sa.Integer()),
        sa.Column('country', sa.String(), nullable=False),
        sa.Column('admin1', sa.String()),
        sa.Column('location', sa.String(), nullable=False),
        sa.Column('latitude', sa.Float()),
        sa.Column('longitude', sa.Float()),
        sa.Column('geo_precision', sa.Integer(), nullable=False),
        sa.Column('geonameid', sa.Integer()),
        sa.Column('fatalities', sa.Integer()),
        sa.Column('fatalities_low', sa.Integer()),
        sa.Column('fatalities_high', sa.Integer()),
        sa.Column('claim_status', sa.String(16), nullable=False),
        sa.Column('claimed_by', sa.String()),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('corroboration', sa.Integer(), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.String(32), nullable=False),
        sa.Column('updated_at', sa.String(32), nullable=False),
    )
    op.create_index('ix_events_country', 'events', ['country'])
    op.create_index('ix_events_event_date', 'events', ['event_date'])
    op.create_index('ix_events_event_type', 'events', ['event_type'])
    op.create_index('ix_events_fatalities', 'events', ['fatalities'])
    op.create_index('ix_events_latlon', 'events', ['latitude', 'longitude'])
    op.create_index('ix_events_lower_admin1_date', 'events', [sa.text('lower(admin1)'), 'event_date'])
    op.create_index('ix_events_lower_claim_status_date', 'events', [sa.text('lower(claim_status)'), 'event_date'])
    op.create_index('ix_events_lower_country_date', 'events', [sa.text('lower(country)'), 'event_date'])
    op.create_index('ix_events_lower_event_type_date', 'events', [sa.text('lower(event_type)'), 'event_date'])
    op.create_index('ix_events_seq', 'events', ['seq'])
    op.create_index('ix_events_window', 'events', ['win_start', 'win_end'])
    op.create_table(
        'inputs',
        sa.Column('input', sa.Text(), primary_key=True),
        sa.Column('status', sa.String(16), nullable=False),
        sa.Column('problem', sa.Text(), nullable=False),
        sa.Column('seen_at', sa.String(32), nullable=False),
    )
    op.create_table(
        'event_sources',
        sa.Column('event_id', sa.String(), sa.ForeignKey('events.event_id'), primary_key=True),
        sa.Column('article_id', sa.String(), sa.ForeignKey('articles.id'), primary_key=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('source', sa.Text()),
        sa.Column('url', sa.Text()),
        sa.Column('published', sa.String(10)),
        sa.Column('evidence', sa.Text(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
    )
    op.create_index('ix_event_sources_article', 'event_sources', ['article_id'])


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
