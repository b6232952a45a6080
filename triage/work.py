"""What flows between the poll's steps: the mailbox protocol, one message's work item, the poll's report."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from triage.adapters.imap import Fetched
from triage.core.model import Quarantine, Understanding
from triage.core.policy import Action


class Mailroom(Protocol):
    """What the poller needs from a mailbox; IMAP (triage.adapters.imap) and Maildir both provide it."""

    def status(self, folder: str) -> tuple[int, int]: ...
    def select(self, folder: str, *, readonly: bool = True) -> int: ...
    def uids_after(self, last_uid: int) -> list[int]: ...
    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]: ...
    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = ...) -> None: ...
    def ensure_folder(self, folder: str) -> None: ...
    def search_header(self, folder: str, header: str, value: str) -> list[int]: ...
    def delete(self, folder: str, uids: Sequence[int]) -> None: ...
    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None: ...


Sender = Callable[[Sequence[str], bytes], None]
"""Sends one message by SMTP to the given recipients (triage.adapters.smtp bound to the config)."""


@dataclass
class PollReport:
    """What one poll did, for the summary table and the logs (counts and reasons, never message text)."""

    mailbox: str
    fetched: int = 0
    already_done: int = 0
    leads: int = 0
    drafts: int = 0
    sent: int = 0
    crises: int = 0
    alerts: int = 0
    replies_found: int = 0
    drafts_removed: int = 0
    followups: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        key = reason.split(":")[0]
        self.skipped[key] = self.skipped.get(key, 0) + 1


@dataclass
class Work:
    fetched: Fetched
    entry_id: int
    state: str
    digest: str
    understanding: Understanding | None = None
    action: Action | None = None
    contact_id: int | None = None
    source: str = ""
    draft: bytes | None = None
    reply_id: str | None = None
    merged: list[Understanding] = field(default_factory=list)
    merged_labels: tuple[str, ...] = ()
    client: bool = False  # an existing client: answered as one, without intake information
    needs_staff: bool = False  # the draft starts with a note for staff: never sent automatically

    def __hash__(self) -> int:
        return self.entry_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Work) and other.entry_id == self.entry_id


def email_of(w: Work) -> str:
    u = w.understanding
    return "" if u is None else (u.extraction.contact_email or u.inquiry.sender_email or "").lower()


def message_id_of(w: Work) -> str:
    return "" if w.understanding is None else (w.understanding.inquiry.message_id or "")


def received_at(fetched: Fetched, result: Understanding | Quarantine) -> datetime | None:
    """When the message arrived: the server's INTERNALDATE, else the Date header (which senders can fake)."""
    if fetched.internaldate is not None:
        when = fetched.internaldate
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    if isinstance(result, Understanding) and result.inquiry.date is not None:
        return result.inquiry.date
    return None
