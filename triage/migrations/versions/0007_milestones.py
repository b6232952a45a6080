"""The whole funnel: dated milestones on each contact (booked, the appointment, first session, paid, next session
booked, cancelled), whether they came in as a lead, and the appointments an EHR export last reported.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DATES = ("booked_at", "appointment_at", "first_session_at", "paid_at", "next_booked_at", "cancelled_at")


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for column in DATES:
            batch.add_column(sa.Column(column, sa.DateTime))
        batch.add_column(sa.Column("is_lead", sa.Boolean, nullable=False, server_default=sa.true()))
    # people from a client list never inquired: they are not leads
    op.execute(sa.text("UPDATE contacts SET is_lead = :no WHERE source = 'import'").bindparams(no=False))
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id"), nullable=False),
        sa.Column("start", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("paid", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("contact_id", "start", name="uq_appointments_contact_start"),
    )
    op.create_index("ix_appointments_contact_id", "appointments", ["contact_id"])


def downgrade() -> None:
    op.drop_index("ix_appointments_contact_id", "appointments")
    op.drop_table("appointments")
    with op.batch_alter_table("contacts") as batch:
        for column in ("is_lead", *reversed(DATES)):
            batch.drop_column(column)
