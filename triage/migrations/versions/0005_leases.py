"""Several workers: a lease per mailbox (who polls it, until when), the worker that claimed each unfinished
message; crisis alerts that could not be sent yet (retried every poll); drafts replaced by a newer one that must
still leave Drafts (finished by the next poll after a crash).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leases",
        sa.Column("mailbox", sa.String(100), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(200), nullable=True))
        batch.add_column(sa.Column("alert_pending", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("superseded", sa.Boolean, nullable=False, server_default=sa.false()))
    chores = sa.text("alert_pending OR superseded")  # a partial index: what is left to do is found at once
    op.create_index("ix_messages_chores", "messages", ["mailbox"], sqlite_where=chores, postgresql_where=chores)


def downgrade() -> None:
    op.drop_index("ix_messages_chores", "messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("superseded")
        batch.drop_column("alert_pending")
        batch.drop_column("claimed_by")
    op.drop_table("leases")
