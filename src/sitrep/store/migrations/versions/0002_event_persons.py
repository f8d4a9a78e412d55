"""Persons named in an event's reports, indexed for follow-up lookups.

Frozen like 0001: it spells out the table as it was added.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_persons",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("event_id", sa.String(), sa.ForeignKey("events.event_id"), primary_key=True),
    )
    op.create_index("ix_event_persons_event", "event_persons", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_persons_event", table_name="event_persons")
    op.drop_table("event_persons")
