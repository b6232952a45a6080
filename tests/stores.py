"""Store URLs for tests: a private SQLite file, and a fresh schema on the PostgreSQL that runs on this machine."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'triage.db'}"


def postgres_url() -> Iterator[str]:
    """A schema of its own per test (search_path), dropped afterwards; fails loudly if PostgreSQL is down."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # pragma: no cover - the machine's PostgreSQL is part of the test setup
        pytest.fail(f"PostgreSQL at 127.0.0.1:5432 (database test) is needed for the store tests: {exc}")
    try:
        yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
