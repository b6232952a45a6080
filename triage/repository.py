"""The funnel store as the pipeline and the commands see it: the `Repository` port and the plain records that
cross it.

Two implementations: triage.adapters.store.Store (SQLAlchemy on SQLite or PostgreSQL, what triage runs on) and
triage.adapters.memory_store.MemoryStore (dicts and lists, for the fast tier of tests). Both keep contacts,
touchpoints and ledger entries as the mapped classes of triage.adapters.tables (the in-memory store as plain
records); the rules both apply to those rows are in triage.adapters.rows. Callers see rows through the
read-only views below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from triage.core.absence import Absence
from triage.core.appointments import AppointmentRow
from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import LedgerState, Stage, TouchpointKind
from triage.core.milestones import Cause, Event
from triage.core.roster import RosterRow

ClaimItem = tuple[int, str | None, str, datetime | None]
"""A fetched message to claim: (UID, Message-ID, content hash, when it arrived)."""
Closed = tuple[int, LedgerState, str | None]
"""A ledger state to set: (entry id, state, reason)."""


class StoreError(Exception):
    """The database cannot be opened or written; one line with the URL (without password)."""


class StoreConflict(StoreError):
    """Another worker wrote the same row at the same moment (a unique key): retried once, then reported so."""


class LeaseLost(StoreError):
    """Another worker holds this mailbox's lease now (ours ran out while we worked): the poll stops at once."""


@dataclass(frozen=True)
class Claim:
    """The ledger's answer for one fetched message: its row id, and whether it still needs work."""

    entry_id: int
    state: LedgerState
    new: bool
    won: bool = True
    """This worker may work on it; False while another worker that holds the mailbox's lease has it claimed."""


@dataclass(frozen=True)
class PendingAlert:
    """A crisis whose clinician alert has not gone out yet (SMTP was down): what a retried alert needs."""

    entry_id: int
    contact_id: int
    mailbox: str
    email: str
    first_name: str | None
    received_at: datetime | None
    message_id: str | None
    content_hash: str


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
    client_request: bool = False  # an existing client's own business (moving a session): never a new lead or prospect
    withdraws: bool = False  # "never mind, I found someone": lost
    cancels: bool = False  # cancels their appointment: a booked person is cancelled


@dataclass(frozen=True)
class PendingDraft:
    """A draft triage left that nobody has sent or replaced yet."""

    entry_id: int
    message_id: str
    content_hash: str
    labels: tuple[str, ...]
    received_at: datetime | None


@dataclass(frozen=True)
class Asked:
    """What one batch asks the store before it decides: about these people and messages, since when."""

    emails: Sequence[str]
    message_refs: Sequence[str]
    """Message-IDs and X-Triage-Source keys."""
    entry_ids: Sequence[int]
    """Ledger entries an earlier poll recorded (their contacts are known)."""
    since: datetime
    """The start of the per-person cap's window."""


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


@dataclass(frozen=True)
class SentMessage:
    """The headers of a message in a Sent folder that matter for the funnel (never its body)."""

    message_id: str
    refs: tuple[str, ...]  # In-Reply-To and References
    to: tuple[str, ...]
    sender: str
    at: datetime


@dataclass(frozen=True)
class FollowupCandidate:
    contact_id: int
    email: str
    first_name: str | None
    language: str
    last_reply_at: datetime
    last_reply_ref: str | None
    last_inquiry_at: datetime | None
    followups: int


@dataclass(frozen=True)
class BacklogRow:
    entry_id: int
    email: str
    first_name: str | None
    stage: Stage
    received_at: datetime | None
    labels: tuple[str, ...]
    status: str
    needs_staff: bool = False
    """The waiting draft starts with a note for staff: reviewed right after crises, never sent by itself."""
    alert_pending: bool = False
    """A crisis whose clinician alert has not gone out yet (SMTP down): shown first, retried every poll."""


class ContactView(Protocol):
    """A person as the store gives them back."""

    @property
    def id(self) -> int: ...
    @property
    def email(self) -> str: ...
    @property
    def first_name(self) -> str | None: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def source(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def prospect_at(self) -> datetime | None: ...
    @property
    def client_at(self) -> datetime | None: ...
    @property
    def lost_at(self) -> datetime | None: ...
    @property
    def booked_at(self) -> datetime | None: ...
    @property
    def appointment_at(self) -> datetime | None: ...
    @property
    def first_session_at(self) -> datetime | None: ...
    @property
    def paid_at(self) -> datetime | None: ...
    @property
    def next_booked_at(self) -> datetime | None: ...
    @property
    def cancelled_at(self) -> datetime | None: ...
    @property
    def is_lead(self) -> bool: ...


class TouchpointView(Protocol):
    """An event on a contact's timeline as the store gives it back; `detail` is JSON."""

    @property
    def id(self) -> int: ...
    @property
    def contact_id(self) -> int: ...
    @property
    def kind(self) -> TouchpointKind: ...
    @property
    def at(self) -> datetime: ...
    @property
    def mailbox(self) -> str | None: ...
    @property
    def message_ref(self) -> str | None: ...
    @property
    def reply_to_ref(self) -> str | None: ...
    @property
    def actor(self) -> str: ...
    @property
    def detail(self) -> str: ...


class EntryView(Protocol):
    """A message's ledger entry as the store gives it back."""

    @property
    def id(self) -> int: ...
    @property
    def mailbox(self) -> str: ...
    @property
    def uid(self) -> int: ...
    @property
    def message_id(self) -> str | None: ...
    @property
    def state(self) -> LedgerState: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def received_at(self) -> datetime | None: ...
    @property
    def processed_at(self) -> datetime | None: ...
    @property
    def body(self) -> str | None: ...


@dataclass(frozen=True)
class NewTouchpoint:
    """A touchpoint to write; `at` None means now."""

    contact_id: int
    kind: TouchpointKind
    at: datetime | None = None
    mailbox: str | None = None
    message_ref: str | None = None
    reply_to_ref: str | None = None
    actor: str = "triage"
    detail: dict[str, Any] = field(default_factory=dict)


class Repository(Protocol):
    """Everything the pipeline and the commands ask of the store. Each call is one transaction."""

    # the ledger: exactly once
    def cursor(self, mailbox: str, folder: str) -> tuple[int, int] | None: ...
    def set_cursor(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None: ...
    def claim_many(
        self, mailbox: str, folder: str, uidvalidity: int, items: Sequence[ClaimItem], *, holder: str | None = None
    ) -> list[Claim]:
        """Enter fetched messages in the ledger and claim the unfinished ones for `holder` (this process by default):
        one conditional update, and each Claim says whether it was won."""

    def unfinished(self, mailbox: str, folder: str, uidvalidity: int) -> list[tuple[int, int, LedgerState]]: ...
    def set_state(self, entry_ids: Sequence[int], state: LedgerState, reason: str | None = None) -> None: ...
    def finish(
        self,
        entry_ids: Sequence[int],
        state: LedgerState,
        touchpoints: Sequence[NewTouchpoint] = (),
        superseded: Sequence[int] = (),
    ) -> None:
        """Move entries to a state and write their touchpoints, together; `superseded`: entries whose drafts these
        replace (they leave Drafts next, see superseded_drafts)."""

    def entries(self, mailbox: str | None = None) -> Sequence[EntryView]: ...

    # several workers: one poller per mailbox at a time
    def take_lease(self, mailbox: str, holder: str, until: datetime, *, dead: str | None = None) -> str:
        """Take or renew the mailbox's lease until `until` when it is free, ours, run out or held by `dead`; returns
        the holder after the call (`holder` when won)."""

    def drop_lease(self, mailbox: str, holder: str) -> None: ...

    # crisis alerts that could not be sent yet
    def mark_alert_pending(
        self, entry_ids: Sequence[int], pending: bool, touchpoints: Sequence[NewTouchpoint] = ()
    ) -> None:
        """Mark crises whose alert is still to send (or clear the mark), with `touchpoints` in the same transaction."""

    def pending_alerts(self, mailbox: str | None = None) -> list[PendingAlert]: ...

    # one batch: read once, write once
    def recall(self, mailbox: str, asked: Asked) -> Known: ...
    def record_inquiries(
        self, records: Sequence[InquiryRecord], closed: Sequence[Closed] = (), superseded: Sequence[int] = ()
    ) -> list[tuple[int, bool]]: ...
    def add_touchpoint(self, point: NewTouchpoint) -> None: ...
    def note_removed_drafts(
        self, mailbox: str, inquiry_refs: Sequence[str], detail: dict[str, Any] | None = None
    ) -> None:
        """A draft_removed touchpoint per inquiry whose draft left Drafts; clears their superseded mark."""

    def superseded_drafts(self, mailbox: str) -> list[PendingDraft]:
        """Drafts replaced (or withdrawn) that a crash left in Drafts: taken out by the next poll."""

    # the Sent folder and follow-ups
    def add_sent(self, mailbox: str, messages: Sequence[SentMessage]) -> int: ...
    def match_replies(self, mailbox: str) -> list[tuple[str, str | None]]: ...
    def followup_candidates(self, mailbox: str) -> list[FollowupCandidate]: ...
    def rebook_candidates(self, mailbox: str, *, default: bool) -> list[FollowupCandidate]:
        """Cancelled contacts whose invitation to rebook belongs to this mailbox (`default`: also those who never
        wrote); `last_reply_at` is the cancellation, `followups` 1 once its invitation was drafted."""

    # people
    def contact(self, email: str) -> ContactView | None: ...
    def contacts(self) -> Sequence[ContactView]: ...
    def list_contacts(self, stage: str | None = None, source: str | None = None) -> Sequence[ContactView]: ...
    def history(self, contact_id: int) -> Sequence[TouchpointView]: ...
    def touchpoints(self, kind: TouchpointKind | None = None) -> Sequence[TouchpointView]: ...
    def set_stage(
        self, email: str, target: str, *, actor: str, reason: str = "", at: datetime | None = None
    ) -> tuple[ContactView, bool]: ...
    def import_contacts(self, listing: Sequence[RosterRow], *, actor: str, at: datetime) -> tuple[int, int, int]: ...
    def record_milestone(
        self, email: str, event: Event, *, actor: str, cause: Cause, reason: str = "", strict: bool = True
    ) -> tuple[ContactView, bool]: ...
    def import_appointments(
        self, listing: Sequence[AppointmentRow], *, actor: str, at: datetime
    ) -> tuple[int, int, int]:
        """(contacts created, contacts changed, milestones recorded); nothing at all on an error."""

    # time away and catching up
    def start_absence(self, start: datetime, note: str = "", actor: str = "staff") -> None: ...
    def end_absence(self, end: datetime) -> Absence | None: ...
    def latest_absence(self) -> Absence | None: ...
    def backlog(self, since: datetime | None = None) -> list[BacklogRow]: ...
    def mark_needs_staff(self, entry_ids: Sequence[int]) -> None: ...

    # reports
    def funnel_rows(self) -> tuple[list[ContactRow], list[TouchpointRow]]: ...

    def close(self) -> None: ...
