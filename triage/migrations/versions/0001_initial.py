"""The funnel store's first schema: message ledger, cursors, contacts, touchpoints.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("first_name", sa.String(100)),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "touchpoints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("mailbox", sa.String(100)),
        sa.Column("message_ref", sa.String(998)),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_touchpoints_contact_id", "touchpoints", ["contact_id"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mailbox", sa.String(100), nullable=False),
        sa.Column("folder", sa.String(200), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("uid", sa.BigInteger, nullable=False),
        sa.Column("message_id", sa.String(998)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(300)),
        sa.Column("labels", sa.String(200), nullable=False),
        sa.Column("received_at", sa.DateTime),
        sa.Column("processed_at", sa.DateTime),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id")),
        sa.Column("thread_key", sa.String(998)),
        sa.Column("body", sa.Text),
        sa.UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_messages_location"),
    )
    op.create_index("ix_messages_message_id", "messages", ["mailbox", "message_id"])
    op.create_index("ix_messages_hash", "messages", ["mailbox", "content_hash"])
    op.create_index("ix_messages_state", "messages", ["mailbox", "state"])
    op.create_table(
        "cursors",
        sa.Column("mailbox", sa.String(100), primary_key=True),
        sa.Column("folder", sa.String(200), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("last_uid", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    for table in ("cursors", "messages", "touchpoints", "contacts"):
        op.drop_table(table)
