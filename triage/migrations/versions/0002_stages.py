"""Funnel stages (the dates a contact first became each stage, where a lost contact was) and replies found
in Sent (which inquiry a reply answers).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("prospect_at", sa.DateTime))
        batch.add_column(sa.Column("client_at", sa.DateTime))
        batch.add_column(sa.Column("lost_at", sa.DateTime))
        batch.add_column(sa.Column("stage_before_lost", sa.String(20)))
    with op.batch_alter_table("touchpoints") as batch:
        batch.add_column(sa.Column("reply_to_ref", sa.String(998)))
    op.create_index("ix_touchpoints_kind_at", "touchpoints", ["kind", "at"])
    op.create_index("ix_touchpoints_message_ref", "touchpoints", ["message_ref"])
    op.create_index("ix_touchpoints_reply_to_ref", "touchpoints", ["reply_to_ref"])
    op.create_table(
        "sent_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mailbox", sa.String(100), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=False),
        sa.Column("to_addrs", sa.Text, nullable=False),
        sa.Column("from_addr", sa.String(320), nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=False),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id")),
        sa.Column("inquiry_ref", sa.String(998)),
        sa.UniqueConstraint("mailbox", "message_id", name="uq_sent_replies_message"),
    )
    op.create_table(
        "sent_refs",
        sa.Column("reply_id", sa.Integer, sa.ForeignKey("sent_replies.id"), primary_key=True),
        sa.Column("ref", sa.String(998), primary_key=True),
    )
    op.create_index("ix_sent_refs_ref", "sent_refs", ["ref"])


def downgrade() -> None:
    op.drop_table("sent_refs")
    op.drop_table("sent_replies")
    for index in ("ix_touchpoints_reply_to_ref", "ix_touchpoints_message_ref", "ix_touchpoints_kind_at"):
        op.drop_index(index, "touchpoints")
    with op.batch_alter_table("touchpoints") as batch:
        batch.drop_column("reply_to_ref")
    with op.batch_alter_table("contacts") as batch:
        for column in ("stage_before_lost", "lost_at", "client_at", "prospect_at"):
            batch.drop_column(column)
