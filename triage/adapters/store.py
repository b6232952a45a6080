"""The funnel store: the message ledger that makes "exactly once" true, contacts and their touchpoints.

SQLAlchemy 2 on SQLite by default (a private file) or PostgreSQL when several workers share the work. The schema
is owned by Alembic migrations (triage/migrations); opening a store brings it up to date.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from triage.adapters import rows
from triage.adapters.catchup_store import CatchupMixin
from triage.adapters.funnel_store import FunnelMixin
from triage.adapters.ledger_store import LedgerMixin
from triage.adapters.tables import Base, Contact, Cursor, LedgerEntry, SentRef, SentReply, Touchpoint
from triage.core.kinds import LedgerState, TouchpointKind
from triage.repository import (
    Asked,
    Closed,
    InquiryRecord,
    Known,
    NewTouchpoint,
    StoreConflict,
    StoreError,
)

__all__ = [
    "Base",
    "Contact",
    "Cursor",
    "LedgerEntry",
    "SentRef",
    "SentReply",
    "Store",
    "StoreError",
    "Touchpoint",
]


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and for an in-memory SQLite)."""
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return None
    return Path(url.removeprefix("sqlite:///"))


def _private_sqlite(url: str) -> None:
    """Create the SQLite file (and its folder) readable by the owner only: it holds health-related facts."""
    path = _sqlite_file(url)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _absent(url: str) -> str:
    where = _sqlite_file(url) or _safe_url(url)
    return f"no funnel store at {where} (run `triage poll` first, or check store.url)"


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


MIGRATION_LOCK = 0x7472_6961  # "tria": the first key of the PostgreSQL advisory lock the migrations run under


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a new database is created from scratch the same way).

    Under a lock, so that workers starting together on a fresh store do not both create the tables: on PostgreSQL
    a transaction-scoped advisory lock (per schema), on SQLite the write lock of BEGIN IMMEDIATE (every SQLite
    transaction of the store starts that way, see _sqlite_immediate). The second worker then finds the schema
    up to date.
    """
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent.parent / "migrations"))
    with engine.begin() as connection:
        _migration_lock(connection)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _migration_lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key, hashtext(current_schema()))"), {"key": MIGRATION_LOCK}
        )


class Store(LedgerMixin, FunnelMixin, CatchupMixin):
    """All reads and writes of the funnel; each method is one short transaction."""

    def __init__(self, url: str, *, keep_bodies: bool = False, create: bool = True) -> None:
        """Open the store at `url`, bringing its schema up to date. With create=False (commands that only read) a
        store that is not there is an error, not a new empty one: a typo in the URL must not report zeros."""
        self.url = url
        self.keep_bodies = keep_bodies
        file = _sqlite_file(url)
        try:
            if create:
                _private_sqlite(url)
            elif file is not None and not file.exists():
                raise StoreError(_absent(url))
            # hide_parameters: an error's text never repeats a statement's values (names, addresses, bodies).
            self.engine = create_engine(url, future=True, hide_parameters=True)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_immediate)
            if not create and not inspect(self.engine).has_table("alembic_version"):
                self.engine.dispose()
                raise StoreError(_absent(url))
            migrate(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"store {_safe_url(url)}: cannot open ({detail})") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
                raise StoreError(f"store {_safe_url(self.url)}: {detail}") from exc
            except IntegrityError as exc:  # never the raw error: its text would name the row's values
                session.rollback()
                raise StoreConflict(
                    f"store {_safe_url(self.url)}: a write collided with another worker's ({type(exc.orig).__name__});"
                    " the next poll finishes it"
                ) from None
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ funnel
    def record_inquiries(
        self, records: Sequence[InquiryRecord], closed: Sequence[Closed] = (), superseded: Sequence[int] = ()
    ) -> list[tuple[int, bool]]:
        """Contacts (matched by e-mail, case-insensitively), inbound touchpoints, stage moves and ledger states for
        a batch, in one transaction, so a crash leaves either all of it or none of it. `closed` holds the batch's
        other ledger states: messages that need no draft or were quarantined.

        Returns (contact id, whether this inquiry made a new lead) per record: an existing client writing to
        reschedule is a client, not a new lead (even when triage did not know them yet); a lost contact who writes
        again is re-opened where they were. Another worker creating the same new person at the same moment (from
        another mailbox) makes the first try collide; the second finds them.
        """
        try:
            return self._record(records, closed, superseded)
        except StoreConflict:
            return self._record(records, closed, superseded)

    def _record(
        self, records: Sequence[InquiryRecord], closed: Sequence[Closed], superseded: Sequence[int]
    ) -> list[tuple[int, bool]]:
        ids: list[tuple[int, bool]] = []
        with self.session() as s:
            self._close(s, closed)
            self._supersede(s, superseded)
            if not records:
                return ids
            emails = sorted({rec.email.lower() for rec in records})
            known = {c.email: c for c in s.scalars(select(Contact).where(Contact.email.in_(emails)))}
            entries = {
                e.id: e for e in s.scalars(select(LedgerEntry).where(LedgerEntry.id.in_([r.entry_id for r in records])))
            }
            created: dict[str, Contact] = {}
            for rec in records:  # the first message of someone new makes the contact
                if rec.email.lower() not in known:
                    created.setdefault(rec.email.lower(), rows.new_contact(rec))
            s.add_all(created.values())
            s.flush()  # new people first, so one flush gives them all their ids
            known.update(created)
            now = datetime.now(UTC)
            for rec in records:
                contact = known[rec.email.lower()]
                s.add_all(rows.arrival(contact, rec))
                if (row := entries.get(rec.entry_id)) is not None:
                    rows.apply_record(row, rec, contact.id, now=now, keep_bodies=self.keep_bodies)
                fresh = created.pop(rec.email.lower(), None) is not None
                ids.append((contact.id, fresh and bool(contact.is_lead)))
        return ids

    def finish(
        self,
        entry_ids: Sequence[int],
        state: LedgerState,
        touchpoints: Sequence[NewTouchpoint] = (),
        superseded: Sequence[int] = (),
    ) -> None:
        """Move entries to a state and write their touchpoints in the same transaction (and mark the entries whose
        drafts they replace)."""
        now = datetime.now(UTC)
        with self.session() as s:
            self._supersede(s, superseded)
            if entry_ids:
                s.execute(
                    update(LedgerEntry)
                    .where(LedgerEntry.id.in_(list(entry_ids)))
                    .values(state=state, reason=None, processed_at=now)
                )
            s.add_all(rows.touchpoint_of(tp, now) for tp in touchpoints)

    def add_touchpoint(self, point: NewTouchpoint) -> None:
        with self.session() as s:
            s.add(rows.touchpoint_of(point, datetime.now(UTC)))

    def note_removed_drafts(
        self, mailbox: str, inquiry_refs: Sequence[str], detail: dict[str, Any] | None = None
    ) -> None:
        """A draft_removed touchpoint for each inquiry whose draft triage took out of Drafts, in one transaction."""
        if not inquiry_refs:
            return
        with self.session() as s:
            query = select(Touchpoint.message_ref, Touchpoint.contact_id).where(
                Touchpoint.kind == TouchpointKind.INQUIRY, Touchpoint.message_ref.in_(sorted(set(inquiry_refs)))
            )
            contacts = {str(ref): int(contact) for ref, contact in s.execute(query)}
            s.execute(
                update(LedgerEntry)
                .where(LedgerEntry.mailbox == mailbox, LedgerEntry.message_id.in_(sorted(set(inquiry_refs))))
                .values(superseded=False)
            )
            now = datetime.now(UTC)
            s.add_all(
                rows.touchpoint(
                    contacts[ref], TouchpointKind.DRAFT_REMOVED, at=now, mailbox=mailbox, message_ref=ref, detail=detail
                )
                for ref in inquiry_refs
                if ref in contacts
            )

    def recall(self, mailbox: str, asked: Asked) -> Known:
        """Everything a batch's decisions need from earlier polls, in one read transaction."""
        with self.session() as s:
            return Known(
                answered=self._answered(s, asked.message_refs),
                threads=self._answered_threads(s, asked.emails, asked.since),
                pending=self._pending_drafts(s, mailbox, asked.emails),
                stages=self._stages(s, asked.emails),
                alerted=self._touched(s, TouchpointKind.ALERT_SENT, asked.message_refs),
                contacts=self._entry_contacts(s, asked.entry_ids),
            )

    @staticmethod
    def _answered_threads(s: Session, emails: Sequence[str], since: datetime) -> set[tuple[str, str | None]]:
        if not emails:
            return set()
        rows = s.execute(
            select(Contact.email, LedgerEntry.thread_key)
            .join(LedgerEntry, LedgerEntry.contact_id == Contact.id)
            .where(
                Contact.email.in_(sorted({e.lower() for e in emails})),
                LedgerEntry.state == LedgerState.DELIVERED,
                LedgerEntry.processed_at >= since,
            )
        ).all()
        return {(str(r[0]), r[1]) for r in rows}

    @staticmethod
    def _touched(s: Session, kind: TouchpointKind, message_refs: Sequence[str]) -> set[str]:
        refs = sorted({r for r in message_refs if r})
        if not refs:
            return set()
        query = select(Touchpoint.message_ref).where(Touchpoint.kind == kind, Touchpoint.message_ref.in_(refs))
        return {str(ref) for ref in s.scalars(query)}

    @staticmethod
    def _entry_contacts(s: Session, entry_ids: Sequence[int]) -> dict[int, int]:
        if not entry_ids:
            return {}
        rows = s.execute(
            select(LedgerEntry.id, LedgerEntry.contact_id).where(
                LedgerEntry.id.in_(list(entry_ids)), LedgerEntry.contact_id.is_not(None)
            )
        )
        return {int(entry_id): int(contact_id) for entry_id, contact_id in rows if contact_id is not None}

    def contacts(self) -> list[Contact]:
        with self.session() as s:
            return list(s.scalars(select(Contact).order_by(Contact.id)))

    def touchpoints(self, kind: TouchpointKind | None = None) -> list[Touchpoint]:
        with self.session() as s:
            query = select(Touchpoint).order_by(Touchpoint.id)
            if kind:
                query = query.where(Touchpoint.kind == kind)
            return list(s.scalars(query))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver's own BEGIN off: _sqlite_immediate emits it
    cursor = dbapi_connection.cursor()
    # The wait first: switching a fresh file to WAL takes a lock that another worker starting at the same moment
    # may hold (its migration), and without the wait set the switch failed at once ("database is locked").
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_immediate(connection: Connection) -> None:
    """Every SQLite transaction takes the write lock when it begins (BEGIN IMMEDIATE). Two processes on one file
    then queue (busy_timeout) instead of both reading, both deciding and one failing to write: a lease, a claim
    or a migration is decided by one process at a time."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")
