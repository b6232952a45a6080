"""The funnel half of the store: stage moves, contact look-ups, and replies found in Sent.

A mixin of triage.adapters.store.Store, kept apart so each module stays about one thing: the ledger there,
the people and their journey here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.adapters import milestone_rows, rows
from triage.adapters.tables import Appointment, Contact, LedgerEntry, SentRef, SentReply, Touchpoint
from triage.core.appointments import AppointmentRow
from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import Stage, TouchpointKind
from triage.core.milestones import Cause, Event
from triage.core.roster import RosterRow
from triage.core.stages import StageError
from triage.repository import FollowupCandidate, SentMessage

__all__ = ["FunnelMixin", "StageError"]


class FunnelMixin:
    def session(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def contact(self, email: str) -> Contact | None:
        with self.session() as s:
            return s.scalars(select(Contact).where(Contact.email == email.strip().lower())).first()

    @staticmethod
    def _stages(s: Session, emails: Sequence[str]) -> dict[str, Stage]:
        wanted = sorted({e.lower() for e in emails if e})
        if not wanted:
            return {}
        query = select(Contact.email, Contact.stage).where(Contact.email.in_(wanted))
        return {str(e): Stage(st) for e, st in s.execute(query)}

    def list_contacts(self, stage: str | None = None, source: str | None = None) -> list[Contact]:
        with self.session() as s:
            query = select(Contact).order_by(Contact.created_at)
            if stage:
                query = query.where(Contact.stage == stage)
            if source:
                query = query.where(Contact.source == source)
            return list(s.scalars(query))

    def history(self, contact_id: int) -> list[Touchpoint]:
        with self.session() as s:
            query = select(Touchpoint).where(Touchpoint.contact_id == contact_id).order_by(Touchpoint.at, Touchpoint.id)
            return list(s.scalars(query))

    def set_stage(
        self, email: str, target: str, *, actor: str, reason: str = "", at: datetime | None = None
    ) -> tuple[Contact, bool]:
        """Staff moving a contact by hand; StageError (a clear sentence) when the move is not allowed."""
        with self.session() as s:
            contact = s.scalars(select(Contact).where(Contact.email == email.strip().lower())).first()
            if contact is None:
                raise StageError(f"no contact with the address {email}")
            changes = milestone_rows.move_stage(
                contact, target, actor=actor, reason=reason or "set by hand", at=at or _now()
            )
            s.add_all(changes)
            return contact, bool(changes)

    def record_milestone(
        self, email: str, event: Event, *, actor: str, cause: Cause, reason: str = "", strict: bool = True
    ) -> tuple[Contact, bool]:
        """A dated fact about a known contact (staff, a notification): (the contact, whether anything changed).
        StageError when nobody has that address, or (strict) when the funnel does not allow the move."""
        with self.session() as s:
            contact = s.scalars(select(Contact).where(Contact.email == email.strip().lower())).first()
            if contact is None:
                raise StageError(f"no contact with the address {email}")
            points = milestone_rows.apply_event(contact, event, actor=actor, cause=cause, reason=reason, strict=strict)
            s.add_all(points)
            return contact, bool(points)

    def import_appointments(
        self, listing: Sequence[AppointmentRow], *, actor: str, at: datetime
    ) -> tuple[int, int, int]:
        """An EHR or calendar export, in one transaction: (contacts created, contacts changed, milestones).
        People not known yet are made contacts, never leads; the same file twice changes nothing."""
        people: dict[str, list[AppointmentRow]] = {}
        for row in listing:
            people.setdefault(row.email, []).append(row)
        created = changed = milestones = 0
        with self.session() as s:
            emails = sorted(people)
            known = {c.email: c for c in s.scalars(select(Contact).where(Contact.email.in_(emails)))} if emails else {}
            for email in emails:
                if email not in known:
                    known[email] = rows.blank_contact(email, first_name=None, source="import", at=at, is_lead=False)
                    s.add(known[email])
                    created += 1
            s.flush()
            ids = [known[e].id for e in emails]
            stored: dict[int, dict[datetime, Appointment]] = {}
            if ids:
                for appointment in s.scalars(select(Appointment).where(Appointment.contact_id.in_(ids))):
                    stored.setdefault(appointment.contact_id, {})[appointment.start] = appointment
            for email in emails:
                contact = known[email]
                mine = stored.get(contact.id, {})
                points, fresh = milestone_rows.import_person(contact, people[email], mine, actor=actor, at=at)
                s.add_all([*points, *fresh])
                changed += bool(points)
                milestones += len(points)
        return created, changed, milestones

    def import_contacts(self, listing: Sequence[RosterRow], *, actor: str, at: datetime) -> tuple[int, int, int]:
        """A practice's client list, in one transaction: (created, moved forward, unchanged). Running it twice
        changes nothing; a list never moves anyone backwards (a client stays a client)."""
        created = moved = unchanged = 0
        with self.session() as s:
            emails = [row.email for row in listing]
            known = {c.email: c for c in s.scalars(select(Contact).where(Contact.email.in_(emails)))} if emails else {}
            fresh = {row.email for row in listing if row.email not in known}
            for row in listing:
                if row.email in fresh:
                    known[row.email] = rows.listed_contact(row, at)
                    s.add(known[row.email])
            s.flush()  # ids for the touchpoints below, in one round of INSERTs
            for row in listing:
                changed, changes = rows.apply_listing(known[row.email], row, actor=actor, at=at)
                s.add_all(changes)
                if row.email in fresh:
                    created += 1
                elif changed:
                    moved += 1
                else:
                    unchanged += 1
        return created, moved, unchanged

    # ------------------------------------------------------------------ Sent folder
    def add_sent(self, mailbox: str, messages: Sequence[SentMessage]) -> int:
        """Remember sent messages once each (by Message-ID) with the Message-IDs they refer to."""
        added = 0
        with self.session() as s:
            ids = [m.message_id for m in messages]
            known = set(
                s.scalars(
                    select(SentReply.message_id).where(SentReply.mailbox == mailbox, SentReply.message_id.in_(ids))
                )
            )
            for message in messages:
                if message.message_id in known:
                    continue
                known.add(message.message_id)
                row = SentReply(
                    mailbox=mailbox,
                    message_id=message.message_id,
                    to_addrs=" ".join(a.lower() for a in message.to),
                    from_addr=message.sender.lower(),
                    sent_at=message.at,
                )
                s.add(row)
                s.flush()
                for ref in dict.fromkeys(message.refs):
                    s.add(SentRef(reply_id=row.id, ref=ref))
                added += 1
        return added

    @staticmethod
    def _answered(s: Session, inquiry_refs: Sequence[str]) -> set[str]:
        refs = sorted({r for r in inquiry_refs if r})
        if not refs:
            return set()
        return set(s.scalars(select(SentRef.ref).where(SentRef.ref.in_(refs))))

    def match_replies(self, mailbox: str) -> list[tuple[str, str | None]]:
        """Tie sent messages to the inquiries they answer and log reply_sent touchpoints.

        By In-Reply-To/References first; else to the contact it was addressed to, answering their latest inquiry
        before it. Returns (inquiry Message-ID, content hash of that inquiry) for each newly matched reply, so the
        caller can remove triage's own draft for it. Messages to nobody we know stay unmatched (they are not
        replies to inquiries) and are looked at again when new inquiries arrive.
        """
        matched: list[tuple[str, str | None]] = []
        with self.session() as s:
            pending = list(
                s.scalars(select(SentReply).where(SentReply.mailbox == mailbox, SentReply.contact_id.is_(None)))
            )
            for reply in pending:
                inquiry = self._answered_inquiry(s, reply)
                if inquiry is None:
                    continue
                reply.contact_id, reply.inquiry_ref = inquiry.contact_id, inquiry.message_ref
                already = s.scalars(
                    select(Touchpoint.id).where(
                        Touchpoint.kind == TouchpointKind.REPLY_SENT, Touchpoint.message_ref == reply.message_id
                    )
                ).first()
                if already is not None:  # triage sent it itself (send mode) and logged it then
                    continue
                s.add(
                    Touchpoint(
                        contact_id=inquiry.contact_id,
                        kind=TouchpointKind.REPLY_SENT,
                        at=reply.sent_at,
                        mailbox=mailbox,
                        message_ref=reply.message_id,
                        reply_to_ref=inquiry.message_ref,
                        actor=reply.from_addr,
                        detail=json.dumps({"found_in": "sent"}),
                    )
                )
                digest = s.scalars(
                    select(LedgerEntry.content_hash).where(
                        LedgerEntry.mailbox == mailbox, LedgerEntry.message_id == inquiry.message_ref
                    )
                ).first()
                matched.append((str(inquiry.message_ref), digest))
        return matched

    @staticmethod
    def _answered_inquiry(s: Session, reply: SentReply) -> Touchpoint | None:
        refs = list(s.scalars(select(SentRef.ref).where(SentRef.reply_id == reply.id)))
        if refs:
            by_ref = list(
                s.scalars(
                    select(Touchpoint).where(
                        Touchpoint.kind == TouchpointKind.INQUIRY, Touchpoint.message_ref.in_(refs)
                    )
                )
            )
            if by_ref:
                return max(by_ref, key=lambda t: t.at)  # the latest inquiry in the thread it answers
        addresses = [a for a in reply.to_addrs.split() if a]
        if not addresses:
            return None
        return s.scalars(
            select(Touchpoint)
            .join(Contact, Contact.id == Touchpoint.contact_id)
            .where(
                Contact.email.in_(addresses), Touchpoint.kind == TouchpointKind.INQUIRY, Touchpoint.at <= reply.sent_at
            )
            .order_by(Touchpoint.at.desc())
        ).first()

    def followup_candidates(self, mailbox: str) -> list[FollowupCandidate]:
        """Leads answered from this mailbox, with what the follow-up rule needs to decide."""
        out: list[FollowupCandidate] = []
        with self.session() as s:
            for contact in s.scalars(select(Contact).where(Contact.stage == Stage.LEAD)):
                points = list(s.scalars(select(Touchpoint).where(Touchpoint.contact_id == contact.id)))
                if (candidate := rows.followup_candidate(contact, points, mailbox)) is not None:
                    out.append(candidate)
        return out

    def rebook_candidates(self, mailbox: str, *, default: bool) -> list[FollowupCandidate]:
        """Cancelled contacts, with what the invitation to rebook needs to decide (triage.pipeline.followup)."""
        out: list[FollowupCandidate] = []
        with self.session() as s:
            for contact in s.scalars(select(Contact).where(Contact.stage == Stage.CANCELLED)):
                points = list(s.scalars(select(Touchpoint).where(Touchpoint.contact_id == contact.id)))
                if (
                    candidate := milestone_rows.rebook_candidate(contact, points, mailbox, default=default)
                ) is not None:
                    out.append(candidate)
        return out

    def funnel_rows(self) -> tuple[list[ContactRow], list[TouchpointRow]]:
        """Every contact and touchpoint as the reports read them, in id order, in one read transaction.

        Column selects, not ORM objects, and no names or addresses: no report needs them.
        """
        with self.session() as s:
            contacts = [
                rows.contact_row(r)
                for r in s.execute(
                    select(
                        Contact.id,
                        Contact.stage,
                        Contact.source,
                        Contact.created_at,
                        Contact.prospect_at,
                        Contact.client_at,
                        Contact.lost_at,
                        Contact.stage_before_lost,
                        Contact.booked_at,
                        Contact.first_session_at,
                        Contact.paid_at,
                        Contact.next_booked_at,
                        Contact.cancelled_at,
                        Contact.is_lead,
                    ).order_by(Contact.id)
                )
            ]
            touchpoints = [
                rows.touchpoint_row(r)
                for r in s.execute(
                    select(
                        Touchpoint.id,
                        Touchpoint.contact_id,
                        Touchpoint.kind,
                        Touchpoint.at,
                        Touchpoint.message_ref,
                        Touchpoint.reply_to_ref,
                        Touchpoint.actor,
                        Touchpoint.mailbox,
                        Touchpoint.detail,
                    ).order_by(Touchpoint.id)
                )
            ]
        return contacts, touchpoints


def _now() -> datetime:
    return datetime.now(UTC)
