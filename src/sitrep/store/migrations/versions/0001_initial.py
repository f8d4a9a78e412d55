"""Initial schema: articles, inputs, events, sources, aliases, revisions.

Revision ID: 0001
Revises:
"""

from alembic import op

from sitrep.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = ("articles", "inputs", "events", "event_sources", "event_aliases", "event_revisions")


def upgrade() -> None:
    bind = op.get_bind()
    # The initial revision creates the tables as schema.py declared them at revision 0001;
    # later revisions must use op.add_column / op.create_index etc., never edit this one.
    schema.metadata.create_all(bind, tables=[schema.metadata.tables[t] for t in _TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    schema.metadata.drop_all(bind, tables=[schema.metadata.tables[t] for t in reversed(_TABLES)])
