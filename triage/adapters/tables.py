"""The funnel store's tables (SQLAlchemy 2 ORM). The schema itself is owned by the Alembic migrations."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from triage.core.kinds import LedgerState, ReviewAction, Role, Stage, TouchpointKind

E = TypeVar("E", bound=StrEnum)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite has no time zones of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Words(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its plain string (the schema is unchanged) and read back as the enum."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Any) -> str | None:
        return None if value is None else str(self.enum(value))

    def process_result_value(self, value: str | None, dialect: Any) -> E | None:
        return None if value is None else self.enum(value)


class Base(DeclarativeBase):
    pass


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # lower-cased
    first_name: Mapped[str | None] = mapped_column(String(100))
    stage: Mapped[Stage] = mapped_column(Words(Stage, 20), default=Stage.LEAD)
    source: Mapped[str] = mapped_column(String(40), default="direct")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    prospect_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    client_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    lost_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    stage_before_lost: Mapped[Stage | None] = mapped_column(Words(Stage, 20))
    # the milestones of the whole funnel (prospect_at is "requested"): triage.core.milestones
    booked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    appointment_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    first_session_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    next_booked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    is_lead: Mapped[bool] = mapped_column(Boolean, default=True)
    """They came in by inquiring. An existing client writing in, or someone known only from a client list, an
    appointments import or a booking system's notification, is a contact but never counted as a new lead."""


class Touchpoint(Base):
    __tablename__ = "touchpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    kind: Mapped[TouchpointKind] = mapped_column(Words(TouchpointKind, 30))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    mailbox: Mapped[str | None] = mapped_column(String(100))
    message_ref: Mapped[str | None] = mapped_column(String(998))  # the message this touchpoint is about
    reply_to_ref: Mapped[str | None] = mapped_column(String(998))  # reply_sent: the inquiry it answers
    actor: Mapped[str] = mapped_column(String(100), default="triage")
    detail: Mapped[str] = mapped_column(Text, default="{}")


class LedgerEntry(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_messages_location"),
        Index("ix_messages_message_id", "mailbox", "message_id"),
        Index("ix_messages_hash", "mailbox", "content_hash"),
        Index("ix_messages_state", "mailbox", "state"),
        Index(
            "ix_messages_chores",
            "mailbox",
            sqlite_where=text("alert_pending OR superseded"),
            postgresql_where=text("alert_pending OR superseded"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(100))
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # IMAP numbers are unsigned 32-bit
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998))
    content_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[LedgerState] = mapped_column(Words(LedgerState, 20), default=LedgerState.FETCHED)
    reason: Mapped[str | None] = mapped_column(String(300))
    labels: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    thread_key: Mapped[str | None] = mapped_column(String(998))
    body: Mapped[str | None] = mapped_column(Text)
    needs_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    """Its draft starts with a note for staff (a question triage could not answer): never sent automatically."""
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    """The worker working on it while unfinished: another worker leaves it alone while that one holds the lease."""
    alert_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    """A crisis whose clinician alert could not be sent yet: retried every poll until it goes out."""
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    """Its draft was replaced by a newer one (or withdrawn) and leaves Drafts: set in the same transaction as the
    replacement, cleared when it is out, so a crash in between is finished by the next poll."""


class Lease(Base):
    """Which worker polls a mailbox, until when: one worker at a time; a dead worker's lease runs out."""

    __tablename__ = "leases"
    mailbox: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Appointment(Base):
    """One appointment as the practice's EHR or calendar export last said it was: importing the same file again
    finds every row unchanged, so it changes nothing."""

    __tablename__ = "appointments"
    __table_args__ = (UniqueConstraint("contact_id", "start", name="uq_appointments_contact_start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    start: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(20))
    paid: Mapped[bool] = mapped_column(Boolean, default=False)


class Cursor(Base):
    """The highest UID seen per folder and UIDVALIDITY: a poll asks only for what lies above it."""

    __tablename__ = "cursors"
    mailbox: Mapped[str] = mapped_column(String(100), primary_key=True)
    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)


class SentReply(Base):
    """A message found in a Sent folder: who answered, when, and (once matched) which inquiry it answers."""

    __tablename__ = "sent_replies"
    __table_args__ = (UniqueConstraint("mailbox", "message_id", name="uq_sent_replies_message"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(100))
    message_id: Mapped[str] = mapped_column(String(998))
    to_addrs: Mapped[str] = mapped_column(Text)
    from_addr: Mapped[str] = mapped_column(String(320))
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime())
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    inquiry_ref: Mapped[str | None] = mapped_column(String(998))


class SentRef(Base):
    """One Message-ID a sent reply refers to (In-Reply-To or References), for exact look-ups."""

    __tablename__ = "sent_refs"
    reply_id: Mapped[int] = mapped_column(ForeignKey("sent_replies.id"), primary_key=True)
    ref: Mapped[str] = mapped_column(String(998), primary_key=True, index=True)


class AbsenceRow(Base):
    """A period away, set with `triage absence start|end` (the config's [absence] takes precedence)."""

    __tablename__ = "absences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[datetime] = mapped_column(UtcDateTime())
    end: Mapped[datetime | None] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100), default="staff")


class StaffAccount(Base):
    """A person who signs in to the review page; the password only as an Argon2 hash."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = mapped_column(Words(Role, 20))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReviewClaim(Base):
    """The one final action on a queue item: the primary key makes a second approve or discard fail, so a reply is
    never sent twice however many people press the button."""

    __tablename__ = "review_claims"
    entry_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), primary_key=True)
    action: Mapped[ReviewAction] = mapped_column(Words(ReviewAction, 20))
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class Correction(Base):
    """Topics a staff member changed on the review page: a labelled example (`triage train --with-corrections`).

    It keeps the message's own new text (what the model reads), in the same private store as everything else."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(10), default="en")
    labels: Mapped[str] = mapped_column(String(200))  # space-separated, taxonomy order
    before: Mapped[str] = mapped_column(String(200), default="")
