"""The funnel store: the message ledger that makes "exactly once" true, contacts and their touchpoints.

SQLAlchemy 2 on SQLite by default (a private file) or PostgreSQL when several workers share the work. The schema
is owned by Alembic migrations (triage/migrations); opening a store brings it up to date.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from triage.adapters.catchup_store import CatchupMixin, PendingDraft
from triage.adapters.funnel_store import FunnelMixin, move_stage
from triage.adapters.tables import Base, Contact, Cursor, LedgerEntry, SentRef, SentReply, Touchpoint
from triage.core.kinds import FINAL, LedgerState, Stage, TouchpointKind

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


class StoreError(Exception):
    """The database cannot be opened or written; one line with the URL (without password)."""


@dataclass(frozen=True)
class Claim:
    """The ledger's answer for one fetched message: its row id, and whether it still needs work."""

    entry_id: int
    state: LedgerState
    new: bool


@dataclass(frozen=True)
class InquiryRecord:
    """One understood inquiry to record: who, from where, when, about what, and the ledger state it reaches."""

    entry_id: int
    email: str
    first_name: str | None
    source: str
    at: datetime
    mailbox: str
    message_ref: str | None
    labels: tuple[str, ...]
    thread_key: str | None
    state: LedgerState
    reason: str | None = None
    body: str | None = None
    language: str = "en"
    books: bool = False  # asks to book an intake or consultation: a lead becomes a prospect


@dataclass(frozen=True)
class Known:
    """What the store already knows about one batch's people and messages, read in one transaction."""

    answered: set[str] = field(default_factory=set)
    """Inquiries (by Message-ID) that a message in Sent already answers."""
    threads: set[tuple[str, str | None]] = field(default_factory=set)
    """(e-mail, thread) pairs answered automatically since the given time: the per-person cap."""
    pending: dict[str, list[PendingDraft]] = field(default_factory=dict)
    """Per person: triage's drafts still waiting for review."""
    stages: dict[str, Stage] = field(default_factory=dict)
    """Funnel stage per known address."""
    alerted: set[str] = field(default_factory=set)
    """Message references whose crisis alert has gone out."""
    contacts: dict[int, int] = field(default_factory=dict)
    """Ledger entry -> contact, for entries an earlier poll recorded."""


def _private_sqlite(url: str) -> None:
    """Create the SQLite file (and its folder) readable by the owner only: it holds health-related facts."""
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return
    path = Path(url.removeprefix("sqlite:///"))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a new database is created from scratch the same way)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent.parent / "migrations"))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Store(FunnelMixin, CatchupMixin):
    """All reads and writes of the funnel; each method is one short transaction."""

    def __init__(self, url: str, *, keep_bodies: bool = False) -> None:
        self.url = url
        self.keep_bodies = keep_bodies
        try:
            _private_sqlite(url)
            self.engine = create_engine(url, future=True)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
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
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ cursor
    def cursor(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID) seen for a folder, or None before the first poll."""
        with self.session() as s:
            row = s.get(Cursor, (mailbox, folder))
            return None if row is None else (row.uidvalidity, row.last_uid)

    def set_cursor(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.session() as s:
            row = s.get(Cursor, (mailbox, folder))
            if row is None:
                s.add(Cursor(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid))
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid

    # ------------------------------------------------------------------ ledger
    def claim_many(
        self,
        mailbox: str,
        folder: str,
        uidvalidity: int,
        items: Sequence[tuple[int, str | None, str, datetime | None]],
    ) -> list[Claim]:
        """Record fetched messages (uid, Message-ID, content hash, received) once each, in one transaction.

        A message already in the ledger under another UIDVALIDITY (the server renumbered the folder) is found by
        Message-ID or content hash and moved to its new place, keeping its state: that is how a re-sync stays free
        of duplicates.
        """
        claims: list[Claim] = []
        with self.session() as s:
            here = {
                row.uid: row
                for row in s.scalars(
                    select(LedgerEntry).where(
                        LedgerEntry.mailbox == mailbox,
                        LedgerEntry.folder == folder,
                        LedgerEntry.uidvalidity == uidvalidity,
                        LedgerEntry.uid.in_([uid for uid, *_ in items]),
                    )
                )
            }
            missing = [item for item in items if item[0] not in here]
            by_id, by_hash = self._known(s, mailbox, missing)
            fresh: list[LedgerEntry] = []
            rows: list[LedgerEntry] = []
            for uid, message_id, digest, received in items:
                row = here.get(uid)
                if row is None:
                    row = (by_id.get(message_id) if message_id else None) or by_hash.get(digest)
                    if row is not None:
                        row.folder, row.uidvalidity, row.uid = folder, uidvalidity, uid
                if row is None:
                    row = LedgerEntry(
                        mailbox=mailbox,
                        folder=folder,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        message_id=message_id,
                        content_hash=digest,
                        state=LedgerState.FETCHED,
                        received_at=received,
                    )
                    s.add(row)
                    fresh.append(row)
                    if message_id:
                        by_id[message_id] = row
                    by_hash[digest] = row
                rows.append(row)
            s.flush()  # one round of INSERTs for the whole batch
            new_ids = {id(row) for row in fresh}
            seen: set[int] = set()
            for row in rows:
                new = id(row) in new_ids and id(row) not in seen
                seen.add(id(row))
                claims.append(Claim(row.id, LedgerState.FETCHED if new else row.state, new=new))
        return claims

    @staticmethod
    def _known(
        s: Session, mailbox: str, items: Sequence[tuple[int, str | None, str, datetime | None]]
    ) -> tuple[dict[str, LedgerEntry], dict[str, LedgerEntry]]:
        """Messages already in the ledger elsewhere (another UIDVALIDITY), found by Message-ID or content hash."""
        ids = [mid for _, mid, _, _ in items if mid]
        digests = [digest for _, _, digest, _ in items]
        by_id: dict[str, LedgerEntry] = {}
        by_hash: dict[str, LedgerEntry] = {}
        if ids:
            for row in s.scalars(
                select(LedgerEntry).where(LedgerEntry.mailbox == mailbox, LedgerEntry.message_id.in_(ids))
            ):
                by_id.setdefault(str(row.message_id), row)
        if digests:
            for row in s.scalars(
                select(LedgerEntry).where(LedgerEntry.mailbox == mailbox, LedgerEntry.content_hash.in_(digests))
            ):
                by_hash.setdefault(row.content_hash, row)
        return by_id, by_hash

    def unfinished(self, mailbox: str, folder: str, uidvalidity: int) -> list[tuple[int, int, str]]:
        """(entry id, uid, state) of messages a crash left half-done, to be fetched and finished again."""
        with self.session() as s:
            rows = s.execute(
                select(LedgerEntry.id, LedgerEntry.uid, LedgerEntry.state)
                .where(
                    LedgerEntry.mailbox == mailbox,
                    LedgerEntry.folder == folder,
                    LedgerEntry.uidvalidity == uidvalidity,
                    LedgerEntry.state.not_in(FINAL),
                )
                .order_by(LedgerEntry.uid)
            ).all()
            return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    def set_state(self, entry_ids: Sequence[int], state: LedgerState, reason: str | None = None) -> None:
        if not entry_ids:
            return
        with self.session() as s:
            self._close(s, [(entry_id, state, reason) for entry_id in entry_ids])

    @staticmethod
    def _close(s: Session, closed: Sequence[tuple[int, LedgerState, str | None]]) -> None:
        """Set ledger states, one UPDATE per (state, reason)."""
        groups: dict[tuple[LedgerState, str | None], list[int]] = {}
        for entry_id, state, reason in closed:
            groups.setdefault((state, reason), []).append(entry_id)
        now = datetime.now(UTC)
        for (state, reason), entry_ids in groups.items():
            s.execute(
                update(LedgerEntry)
                .where(LedgerEntry.id.in_(entry_ids))
                .values(state=state, reason=reason, processed_at=now)
            )

    def entries(self, mailbox: str | None = None) -> list[LedgerEntry]:
        with self.session() as s:
            query = select(LedgerEntry).order_by(LedgerEntry.id)
            if mailbox:
                query = query.where(LedgerEntry.mailbox == mailbox)
            return list(s.scalars(query))

    # ------------------------------------------------------------------ funnel
    def record_inquiries(
        self, records: Sequence[InquiryRecord], closed: Sequence[tuple[int, LedgerState, str | None]] = ()
    ) -> list[tuple[int, bool]]:
        """Contacts (matched by e-mail, case-insensitively), inbound touchpoints, stage moves and ledger states for
        a batch, in one transaction, so a crash leaves either all of it or none of it. `closed` holds the batch's
        other ledger states, (entry id, state, reason): messages that need no draft or were quarantined.

        Returns (contact id, whether this inquiry made a new lead) per record: an existing client writing to
        reschedule is a client, not a new lead; a lost contact who writes again is re-opened where they were.
        """
        ids: list[tuple[int, bool]] = []
        if not records and not closed:
            return ids
        with self.session() as s:
            self._close(s, closed)
            if not records:
                return ids
            emails = sorted({rec.email.lower() for rec in records})
            known = {c.email: c for c in s.scalars(select(Contact).where(Contact.email.in_(emails)))}
            entries = {
                e.id: e for e in s.scalars(select(LedgerEntry).where(LedgerEntry.id.in_([r.entry_id for r in records])))
            }
            created: set[str] = set()
            for rec in records:  # new people first, so one flush gives them all their ids
                email = rec.email.lower()
                contact = known.get(email)
                if contact is None:
                    created.add(email)
                    contact = Contact(
                        email=email, first_name=rec.first_name, stage=Stage.LEAD, source=rec.source, created_at=rec.at
                    )
                    s.add(contact)
                    known[email] = contact
                elif rec.first_name and not contact.first_name:
                    contact.first_name = rec.first_name
            s.flush()
            now = datetime.now(UTC)
            for rec in records:
                contact = known[rec.email.lower()]
                if contact.stage == Stage.LOST:
                    move_stage(
                        s,
                        contact,
                        contact.stage_before_lost or Stage.LEAD,
                        actor="triage",
                        reason="wrote again",
                        at=rec.at,
                    )
                if rec.books and contact.stage == Stage.LEAD:
                    move_stage(s, contact, Stage.PROSPECT, actor="triage", reason="asked to book", at=rec.at)
                s.add(
                    Touchpoint(
                        contact_id=contact.id,
                        kind=TouchpointKind.INQUIRY,
                        at=rec.at,
                        mailbox=rec.mailbox,
                        message_ref=rec.message_ref,
                        actor="triage",
                        detail=json.dumps({"labels": list(rec.labels), "source": rec.source, "language": rec.language}),
                    )
                )
                row = entries.get(rec.entry_id)
                if row is not None:
                    row.state, row.reason, row.contact_id = rec.state, rec.reason, contact.id
                    row.labels, row.thread_key = ",".join(rec.labels), rec.thread_key
                    row.processed_at = now
                    if self.keep_bodies and rec.body is not None:
                        row.body = rec.body
                ids.append((contact.id, rec.email.lower() in created))
                created.discard(rec.email.lower())  # a second message in the batch is not a second new lead
        return ids

    def finish(self, entry_ids: Sequence[int], state: LedgerState, touchpoints: Sequence[dict[str, Any]] = ()) -> None:
        """Move entries to a state and write their touchpoints in the same transaction."""
        now = datetime.now(UTC)
        with self.session() as s:
            if entry_ids:
                s.execute(
                    update(LedgerEntry)
                    .where(LedgerEntry.id.in_(list(entry_ids)))
                    .values(state=state, reason=None, processed_at=now)
                )
            for tp in touchpoints:
                s.add(
                    Touchpoint(
                        contact_id=tp["contact_id"],
                        kind=tp["kind"],
                        at=tp.get("at") or now,
                        mailbox=tp.get("mailbox"),
                        message_ref=tp.get("message_ref"),
                        actor=tp.get("actor", "triage"),
                        reply_to_ref=tp.get("reply_to_ref"),
                        detail=json.dumps(tp.get("detail", {})),
                    )
                )

    def add_touchpoint(
        self,
        contact_id: int,
        kind: TouchpointKind,
        *,
        at: datetime | None = None,
        mailbox: str | None = None,
        message_ref: str | None = None,
        actor: str = "triage",
        detail: dict[str, Any] | None = None,
    ) -> None:
        with self.session() as s:
            s.add(
                Touchpoint(
                    contact_id=contact_id,
                    kind=kind,
                    at=at or datetime.now(UTC),
                    mailbox=mailbox,
                    message_ref=message_ref,
                    actor=actor,
                    detail=json.dumps(detail or {}),
                )
            )

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
            now = datetime.now(UTC)
            for ref in inquiry_refs:
                if ref in contacts:
                    s.add(
                        Touchpoint(
                            contact_id=contacts[ref],
                            kind=TouchpointKind.DRAFT_REMOVED,
                            at=now,
                            mailbox=mailbox,
                            message_ref=ref,
                            actor="triage",
                            detail=json.dumps(detail or {}),
                        )
                    )

    def recall(
        self,
        mailbox: str,
        *,
        emails: Sequence[str],
        message_refs: Sequence[str],
        entry_ids: Sequence[int],
        since: datetime,
    ) -> Known:
        """Everything a batch's decisions need from earlier polls, in one read transaction."""
        with self.session() as s:
            return Known(
                answered=self._answered(s, message_refs),
                threads=self._answered_threads(s, emails, since),
                pending=self._pending_drafts(s, mailbox, emails),
                stages=self._stages(s, emails),
                alerted=self._touched(s, TouchpointKind.ALERT_SENT, message_refs),
                contacts=self._entry_contacts(s, entry_ids),
            )

    def answered_threads(self, emails: Sequence[str], since: datetime) -> set[tuple[str, str | None]]:
        """(e-mail, thread) pairs that had an automatic draft or send since the given time: the per-person cap."""
        with self.session() as s:
            return self._answered_threads(s, emails, since)

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

    def contact_id(self, email: str) -> int | None:
        with self.session() as s:
            found = s.scalars(select(Contact.id).where(Contact.email == email.lower())).first()
            return None if found is None else int(found)

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
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
