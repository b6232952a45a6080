"""The review page's half of the store: staff accounts, and the one final action per queue item.

A claim row is written before a reply is sent or a draft discarded; its primary key (the ledger entry) is what makes
"nothing is sent twice" hold when two people press Approve at once: the second INSERT fails and they are told who
came first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from triage.adapters.store import Store
from triage.adapters.tables import Contact, Correction, LedgerEntry, ReviewClaim, StaffAccount
from triage.core.kinds import ReviewAction, Role
from triage.repository import StoreConflict


class StaffError(Exception):
    """One line about an account (a name taken, an unknown name)."""


@dataclass(frozen=True)
class Staff:
    name: str
    role: Role
    password_hash: str


@dataclass(frozen=True)
class Claimed:
    """Who already acted on an item for good, and how."""

    action: ReviewAction
    actor: str
    at: datetime


@dataclass(frozen=True)
class Item:
    """A message in the ledger with its person, as the review page opens it."""

    entry_id: int
    mailbox: str
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None
    content_hash: str
    labels: tuple[str, ...]
    received_at: datetime | None
    contact_id: int | None
    email: str | None
    first_name: str | None


@dataclass(frozen=True)
class Corrected:
    """A message's topics as a staff member set them, with the text the model reads."""

    actor: str
    subject: str
    body: str
    lang: str
    labels: tuple[str, ...]
    before: tuple[str, ...]


class StaffStore:
    """Accounts and claims on the same database as the funnel (one Store, its sessions)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- accounts --------------------------------------------------------------------------------------
    def add_staff(self, name: str, role: Role, password_hash: str, *, replace: bool = False) -> bool:
        """Create the account (True), or with replace=True set a new role and password on an existing one (False)."""
        with self.store.session() as s:
            row = s.scalars(select(StaffAccount).where(StaffAccount.name == name)).first()
            if row is not None and not replace:
                raise StaffError(f"a staff account named {name!r} exists (use --replace to set a new password)")
            if row is not None:
                row.role, row.password_hash = role, password_hash
                return False
            s.add(StaffAccount(name=name, role=role, password_hash=password_hash, created_at=datetime.now(UTC)))
            return True

    def staff(self, name: str) -> Staff | None:
        with self.store.session() as s:
            row = s.scalars(select(StaffAccount).where(StaffAccount.name == name)).first()
            return None if row is None else Staff(row.name, Role(row.role), row.password_hash)

    def all_staff(self) -> list[Staff]:
        with self.store.session() as s:
            rows = s.scalars(select(StaffAccount).order_by(StaffAccount.name))
            return [Staff(r.name, Role(r.role), r.password_hash) for r in rows]

    def remove_staff(self, name: str) -> bool:
        """Remove an account (its sessions end at their next request); its audit trail stays, under its name."""
        with self.store.session() as s:
            row = s.scalars(select(StaffAccount).where(StaffAccount.name == name)).first()
            if row is None:
                return False
            s.delete(row)
            return True

    def set_password_hash(self, name: str, password_hash: str) -> None:
        """A hash made with older parameters is replaced by a current one at the next sign-in."""
        with self.store.session() as s:
            row = s.scalars(select(StaffAccount).where(StaffAccount.name == name)).first()
            if row is not None:
                row.password_hash = password_hash

    # -- items -----------------------------------------------------------------------------------------
    def item(self, entry_id: int) -> Item | None:
        from triage.adapters.rows import labels_of

        with self.store.session() as s:
            entry = s.get(LedgerEntry, entry_id)
            if entry is None:
                return None
            contact = s.get(Contact, entry.contact_id) if entry.contact_id is not None else None
            return Item(
                entry_id=entry.id,
                mailbox=entry.mailbox,
                folder=entry.folder,
                uidvalidity=entry.uidvalidity,
                uid=entry.uid,
                message_id=entry.message_id,
                content_hash=entry.content_hash,
                labels=labels_of(entry.labels),
                received_at=entry.received_at,
                contact_id=entry.contact_id,
                email=contact.email if contact else None,
                first_name=contact.first_name if contact else None,
            )

    def needs_staff(self, entry_id: int) -> bool:
        with self.store.session() as s:
            entry = s.get(LedgerEntry, entry_id)
            return bool(entry is not None and entry.needs_staff)

    def contact_email(self, contact_id: int) -> str | None:
        with self.store.session() as s:
            contact = s.get(Contact, contact_id)
            return None if contact is None else contact.email

    # -- corrections ------------------------------------------------------------------------------------
    def correct(self, entry_id: int, fix: Corrected) -> None:
        """Keep the staff's topics as a labelled example, and on the ledger entry (the queue orders by them)."""
        with self.store.session() as s:
            s.add(
                Correction(
                    entry_id=entry_id,
                    actor=fix.actor,
                    at=datetime.now(UTC),
                    subject=fix.subject,
                    body=fix.body,
                    lang=fix.lang,
                    labels=" ".join(fix.labels),
                    before=" ".join(fix.before),
                )
            )
            entry = s.get(LedgerEntry, entry_id)
            if entry is not None:
                entry.labels = ",".join(fix.labels)  # the ledger column is comma-separated

    def corrections(self) -> list[Corrected]:
        """The newest correction per message, oldest message first (a later fix of the same message wins)."""
        with self.store.session() as s:
            newest: dict[int, Correction] = {}
            for row in s.scalars(select(Correction).order_by(Correction.id)):
                newest[row.entry_id] = row
            return [
                Corrected(r.actor, r.subject, r.body, r.lang, tuple(r.labels.split()), tuple(r.before.split()))
                for r in newest.values()
            ]

    # -- claims ----------------------------------------------------------------------------------------
    def claim(self, entry_id: int, action: ReviewAction, actor: str) -> Claimed | None:
        """Take the item for a final action: None when it is ours, else who had it first (nothing was written)."""
        try:
            with self.store.session() as s:
                s.add(ReviewClaim(entry_id=entry_id, action=action, actor=actor, at=datetime.now(UTC)))
            return None
        except (IntegrityError, StoreConflict):  # the store turns a collision into StoreConflict
            return self.claimed(entry_id) or Claimed(action, "someone else", datetime.now(UTC))

    def claimed(self, entry_id: int) -> Claimed | None:
        with self.store.session() as s:
            row = s.get(ReviewClaim, entry_id)
            return None if row is None else Claimed(ReviewAction(row.action), row.actor, row.at)

    def claims(self) -> dict[int, Claimed]:
        with self.store.session() as s:
            return {r.entry_id: Claimed(ReviewAction(r.action), r.actor, r.at) for r in s.scalars(select(ReviewClaim))}

    def settle(self, entry_id: int, action: ReviewAction) -> None:
        with self.store.session() as s:
            row = s.get(ReviewClaim, entry_id)
            if row is not None:
                row.action = action

    def release(self, entry_id: int) -> None:
        """The action failed before anything left (SMTP refused, draft gone): the item can be tried again."""
        with self.store.session() as s:
            s.execute(delete(ReviewClaim).where(ReviewClaim.entry_id == entry_id))
