"""The funnel half of the store: stage moves, contact look-ups, and replies found in Sent.

A mixin of triage.adapters.store.Store, kept apart so each module stays about one thing: the ledger there,
the people and their journey here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.adapters.tables import Contact, LedgerEntry, SentRef, SentReply, Touchpoint
from triage.core.kinds import Stage, TouchpointKind
from triage.core.stages import StageError, check_move

__all__ = ["FollowupCandidate", "FunnelMixin", "SentMessage", "StageError"]


@dataclass(frozen=True)
class SentMessage:
    """The headers of a message in a Sent folder that matter for the funnel (never its body)."""

    message_id: str
    refs: tuple[str, ...]  # In-Reply-To and References
    to: tuple[str, ...]
    sender: str
    at: datetime


def move_stage(s: Session, contact: Contact, target: str, *, actor: str, reason: str, at: datetime) -> bool:
    """Apply an allowed move and log it as a touchpoint; False when the contact is already there."""
    new = Stage(check_move(contact.stage, target, before_lost=contact.stage_before_lost))
    old = contact.stage
    if new == old:
        return False
    if new == Stage.LOST:
        contact.stage_before_lost, contact.lost_at = old, at
    if new in (Stage.PROSPECT, Stage.CLIENT) and contact.prospect_at is None:
        contact.prospect_at = at  # becoming a client means they booked, even if nobody recorded it
    if new == Stage.CLIENT and contact.client_at is None:
        contact.client_at = at
    contact.stage = new
    s.add(
        Touchpoint(
            contact_id=contact.id,
            kind=TouchpointKind.STAGE_CHANGE,
            at=at,
            actor=actor,
            detail=json.dumps({"from": old, "to": new, "reason": reason}),
        )
    )
    return True


class FunnelMixin:
    def session(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def contact(self, email: str) -> Contact | None:
        with self.session() as s:
            return s.scalars(select(Contact).where(Contact.email == email.strip().lower())).first()

    def stages(self, emails: Sequence[str]) -> dict[str, Stage]:
        """Stage per known address (an existing client gets a client's reply, not intake information)."""
        with self.session() as s:
            return self._stages(s, emails)

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
            changed = move_stage(s, contact, target, actor=actor, reason=reason or "set by hand", at=at or _now())
            return contact, changed

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

    def answered(self, inquiry_refs: Sequence[str]) -> set[str]:
        """Which of these inquiries (by Message-ID) a message in Sent already answers."""
        with self.session() as s:
            return self._answered(s, inquiry_refs)

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
                replies = sorted((t for t in points if t.kind == TouchpointKind.REPLY_SENT), key=lambda t: t.at)
                if not replies or replies[-1].mailbox != mailbox:
                    continue
                inquiries = sorted((t for t in points if t.kind == TouchpointKind.INQUIRY), key=lambda t: t.at)
                language = json.loads(inquiries[-1].detail or "{}").get("language", "en") if inquiries else "en"
                out.append(
                    FollowupCandidate(
                        contact_id=contact.id,
                        email=contact.email,
                        first_name=contact.first_name,
                        language=language,
                        last_reply_at=replies[-1].at,
                        last_reply_ref=replies[-1].message_ref,
                        last_inquiry_at=inquiries[-1].at if inquiries else None,
                        followups=sum(1 for t in points if t.kind == TouchpointKind.FOLLOWUP_DRAFTED),
                    )
                )
        return out


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


def _now() -> datetime:
    return datetime.now(UTC)
