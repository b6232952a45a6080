"""Alembic environment: triage passes its own connection in (see triage.adapters.store.migrate)."""

from __future__ import annotations

from alembic import context

from triage.adapters.store import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
