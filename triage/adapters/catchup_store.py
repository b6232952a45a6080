"""The catch-up half of the store: time away, drafts still waiting per person, and the review backlog."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from triage.adapters import rows
from triage.adapters.tables import AbsenceRow, Contact, LedgerEntry, Touchpoint
from triage.core.absence import Absence
from triage.core.kinds import LedgerState, TouchpointKind
from triage.repository import BacklogRow, PendingDraft


class CatchupMixin:
    def session(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def start_absence(self, start: datetime, note: str = "", actor: str = "staff") -> None:
        with self.session() as s:
            for open_row in s.scalars(select(AbsenceRow).where(AbsenceRow.end.is_(None))):
                open_row.end = start
            s.add(AbsenceRow(start=start, end=None, note=note, actor=actor))

    def end_absence(self, end: datetime) -> Absence | None:
        with self.session() as s:
            row = s.scalars(select(AbsenceRow).where(AbsenceRow.end.is_(None)).order_by(AbsenceRow.id.desc())).first()
            if row is None:
                return None
            row.end = end
            return Absence(row.start, row.end, row.note)

    def latest_absence(self) -> Absence | None:
        with self.session() as s:
            row = s.scalars(select(AbsenceRow).order_by(AbsenceRow.id.desc())).first()
            return None if row is None else Absence(row.start, row.end, row.note)

    @staticmethod
    def _pending_drafts(s: Session, mailbox: str, emails: Sequence[str]) -> dict[str, list[PendingDraft]]:
        wanted = sorted({e.lower() for e in emails if e})
        out: dict[str, list[PendingDraft]] = {}
        if not wanted:
            return out
        found = s.execute(
            select(Contact.email, LedgerEntry)
            .join(LedgerEntry, LedgerEntry.contact_id == Contact.id)
            .where(
                Contact.email.in_(wanted),
                LedgerEntry.mailbox == mailbox,
                LedgerEntry.state == LedgerState.DELIVERED,
                LedgerEntry.message_id.is_not(None),
            )
        ).all()
        refs = [str(entry.message_id) for _, entry in found]
        done = _referring(s, TouchpointKind.REPLY_SENT, refs) | _referring(s, TouchpointKind.DRAFT_REMOVED, refs)
        drafted = _referring(s, TouchpointKind.DRAFT_CREATED, refs)
        for email, entry in found:
            ref = str(entry.message_id)
            if ref in drafted and ref not in done:
                out.setdefault(str(email), []).append(
                    PendingDraft(
                        entry_id=entry.id,
                        message_id=ref,
                        content_hash=entry.content_hash,
                        labels=rows.labels_of(entry.labels),
                        received_at=entry.received_at,
                    )
                )
        return out

    def mark_needs_staff(self, entry_ids: Sequence[int]) -> None:
        """These drafts carry a note for staff: `triage backlog` lists them right after crises."""
        if not entry_ids:
            return
        with self.session() as s:
            for entry in s.scalars(select(LedgerEntry).where(LedgerEntry.id.in_(list(entry_ids)))):
                entry.needs_staff = True

    def backlog(self, since: datetime | None = None) -> list[BacklogRow]:
        """Every message from a person since `since` (and every crisis nobody has answered, whenever it came), with
        what happened to it: the review table's rows."""
        with self.session() as s:
            query = select(LedgerEntry, Contact).join(Contact, LedgerEntry.contact_id == Contact.id)
            if since is not None:
                query = query.where(or_(LedgerEntry.received_at >= since, LedgerEntry.labels.contains("crisis")))
            found = s.execute(query).all()
            refs = [str(e.message_id) for e, _ in found if e.message_id]
            answered = _referring(s, TouchpointKind.REPLY_SENT, refs)
            removed = _referring(s, TouchpointKind.DRAFT_REMOVED, refs)
            return [
                rows.backlog_row(entry, contact, answered=answered, removed=removed)
                for entry, contact in found
                if rows.in_backlog(entry, since, answered=answered)
            ]


def _referring(s: Session, kind: TouchpointKind, refs: Sequence[str]) -> set[str]:
    """Which of these messages have a touchpoint of this kind: a reply_sent answering them, or a draft_created or
    draft_removed about them."""
    column = Touchpoint.reply_to_ref if kind == TouchpointKind.REPLY_SENT else Touchpoint.message_ref
    return {str(ref) for ref in s.scalars(select(column).where(Touchpoint.kind == kind, column.in_(refs)))}
