"""The funnel store in memory: the Repository port on dicts and lists, for the fast tier of tests.

Same promises as the SQL store (tests/test_store.py runs against both); the rules that change rows are the shared
ones of triage.adapters.rows. One lock makes each call atomic against the other threads of `triage run`.
Nothing survives the process.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from triage.adapters import milestone_rows, rows
from triage.adapters.memory_chores import MemoryChores
from triage.adapters.tables import AbsenceRow, Appointment, Contact, LedgerEntry, SentReply, Touchpoint
from triage.core.appointments import AppointmentRow
from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import FINAL, LedgerState, Stage, TouchpointKind
from triage.core.lease import worker_id
from triage.core.milestones import Cause, Event
from triage.core.roster import RosterRow
from triage.core.stages import StageError
from triage.repository import (
    Asked,
    BacklogRow,
    Claim,
    ClaimItem,
    Closed,
    FollowupCandidate,
    InquiryRecord,
    Known,
    NewTouchpoint,
    PendingDraft,
    Repository,
    SentMessage,
)


class MemoryStore(MemoryChores):
    def __init__(self, *, keep_bodies: bool = False) -> None:
        self.keep_bodies = keep_bodies
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._cursors: dict[tuple[str, str], tuple[int, int]] = {}
        self._entries: dict[int, LedgerEntry] = {}
        self._contacts: dict[str, Contact] = {}
        self._touchpoints: list[Touchpoint] = []
        self._sent: list[tuple[SentReply, tuple[str, ...]]] = []
        self._absences: list[AbsenceRow] = []
        self._leases: dict[str, tuple[str, datetime]] = {}
        self._appointments: dict[tuple[int, datetime], Appointment] = {}

    @contextmanager
    def _atomic(self) -> Iterator[datetime]:
        with self._lock:
            yield datetime.now(UTC)

    def _add(self, *points: Touchpoint) -> None:
        for point in points:
            point.id = next(self._ids)
            self._touchpoints.append(point)

    def close(self) -> None:
        return None

    # ------------------------------------------------------------------ the ledger
    def cursor(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        return self._cursors.get((mailbox, folder))

    def set_cursor(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self._cursors[(mailbox, folder)] = (uidvalidity, last_uid)

    def claim_many(
        self, mailbox: str, folder: str, uidvalidity: int, items: Sequence[ClaimItem], *, holder: str | None = None
    ) -> list[Claim]:
        holder = holder or worker_id()
        with self._atomic() as now:
            place = (mailbox, folder, uidvalidity)
            here = {e.uid: e for e in self._entries.values() if (e.mailbox, e.folder, e.uidvalidity) == place}
            missing = [item for item in items if item[0] not in here]
            ids = {mid for _, mid, _, _ in missing if mid}
            digests = {digest for _, _, digest, _ in missing}
            by_id: dict[str, LedgerEntry] = {}
            by_hash: dict[str, LedgerEntry] = {}
            for e in self._entries.values():
                if e.mailbox == mailbox and e.message_id in ids:
                    by_id.setdefault(str(e.message_id), e)
                if e.mailbox == mailbox and e.content_hash in digests:
                    by_hash.setdefault(e.content_hash, e)
            placed, fresh = rows.place(
                items, here, by_id, by_hash, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity
            )
            for row in fresh:
                row.id = next(self._ids)
                self._entries[row.id] = row
            live = {h for box, (h, until) in self._leases.items() if box == mailbox and until > now}
            won = {row.id for row in placed if rows.claimable(row, holder, live)}
            for row in placed:
                if row.id in won:
                    row.claimed_by = holder
            return rows.claims(placed, fresh, won)

    def unfinished(self, mailbox: str, folder: str, uidvalidity: int) -> list[tuple[int, int, LedgerState]]:
        place = (mailbox, folder, uidvalidity)
        found = [e for e in self._entries.values() if (e.mailbox, e.folder, e.uidvalidity) == place]
        return [(e.id, e.uid, e.state) for e in sorted(found, key=lambda e: e.uid) if e.state not in FINAL]

    def set_state(self, entry_ids: Sequence[int], state: LedgerState, reason: str | None = None) -> None:
        self._close([(entry_id, state, reason) for entry_id in entry_ids])

    def _close(self, closed: Sequence[Closed]) -> None:
        with self._atomic() as now:
            for entry_id, state, reason in closed:
                entry = self._entries[entry_id]
                entry.state, entry.reason, entry.processed_at = state, reason, now

    def finish(
        self,
        entry_ids: Sequence[int],
        state: LedgerState,
        touchpoints: Sequence[NewTouchpoint] = (),
        superseded: Sequence[int] = (),
    ) -> None:
        with self._atomic() as now:
            self._supersede(superseded, True)
            self._close([(entry_id, state, None) for entry_id in entry_ids])
            self._add(*(rows.touchpoint_of(tp, now) for tp in touchpoints))

    def entries(self, mailbox: str | None = None) -> list[LedgerEntry]:
        return [e for _, e in sorted(self._entries.items()) if not mailbox or e.mailbox == mailbox]

    # ------------------------------------------------------------------ one batch
    def recall(self, mailbox: str, asked: Asked) -> Known:
        with self._atomic():
            wanted = {e.lower() for e in asked.emails if e}
            by_id = self._by_id()
            mine = [(by_id[e.contact_id].email, e) for e in self._entries.values() if e.contact_id in by_id]
            delivered = [(email, e) for email, e in mine if email in wanted and e.state == LedgerState.DELIVERED]
            recent = [(email, e) for email, e in delivered if e.processed_at and e.processed_at >= asked.since]
            return Known(
                answered={ref for _, refs in self._sent for ref in refs} & set(asked.message_refs),
                threads={(email, e.thread_key) for email, e in recent},
                pending=self._pending(mailbox, [(email, e) for email, e in delivered if e.mailbox == mailbox]),
                stages={email: c.stage for email, c in self._contacts.items() if email in wanted},
                alerted=self._referring(TouchpointKind.ALERT_SENT) & set(asked.message_refs),
                contacts={i: e.contact_id for i in asked.entry_ids if (e := self._entries[i]).contact_id is not None},
            )

    def _pending(self, mailbox: str, delivered: list[tuple[str, LedgerEntry]]) -> dict[str, list[PendingDraft]]:
        done = self._referring(TouchpointKind.REPLY_SENT) | self._referring(TouchpointKind.DRAFT_REMOVED)
        drafted = self._referring(TouchpointKind.DRAFT_CREATED)
        out: dict[str, list[PendingDraft]] = {}
        for email, e in delivered:
            if e.message_id and e.message_id in drafted and e.message_id not in done:
                draft = PendingDraft(e.id, e.message_id, e.content_hash, rows.labels_of(e.labels), e.received_at)
                out.setdefault(email, []).append(draft)
        return out

    def _referring(self, kind: TouchpointKind) -> set[str]:
        """The messages that touchpoints of this kind are about (a reply_sent: the inquiry it answers)."""
        refs = (t.reply_to_ref if kind == TouchpointKind.REPLY_SENT else t.message_ref for t in self._kind(kind))
        return {ref for ref in refs if ref}

    def _kind(self, kind: TouchpointKind) -> list[Touchpoint]:
        return [t for t in self._touchpoints if t.kind == kind]

    def _by_id(self) -> dict[int, Contact]:
        return {c.id: c for c in self._contacts.values()}

    def record_inquiries(
        self, records: Sequence[InquiryRecord], closed: Sequence[Closed] = (), superseded: Sequence[int] = ()
    ) -> list[tuple[int, bool]]:
        ids: list[tuple[int, bool]] = []
        with self._atomic() as now:
            self._close(closed)
            self._supersede(superseded, True)
            for rec in records:
                email = rec.email.lower()
                contact = self._contacts.get(email)
                new = contact is None
                if contact is None:
                    contact = rows.new_contact(rec)
                    contact.id = next(self._ids)
                    self._contacts[email] = contact
                self._add(*rows.arrival(contact, rec))
                if (row := self._entries.get(rec.entry_id)) is not None:
                    rows.apply_record(row, rec, contact.id, now=now, keep_bodies=self.keep_bodies)
                ids.append((contact.id, new and bool(contact.is_lead)))
        return ids

    def add_touchpoint(self, point: NewTouchpoint) -> None:
        with self._atomic() as now:
            self._add(rows.touchpoint_of(point, now))

    def note_removed_drafts(
        self, mailbox: str, inquiry_refs: Sequence[str], detail: dict[str, Any] | None = None
    ) -> None:
        with self._atomic() as now:
            refs = set(inquiry_refs)
            self._supersede([e.id for e in self.entries(mailbox) if e.message_id in refs], False)
            asked = {t.message_ref: t.contact_id for t in self._kind(TouchpointKind.INQUIRY)}
            for ref in inquiry_refs:
                if ref in asked:
                    kind = TouchpointKind.DRAFT_REMOVED
                    self._add(
                        rows.touchpoint(asked[ref], kind, at=now, mailbox=mailbox, message_ref=ref, detail=detail)
                    )

    # ------------------------------------------------------------------ the Sent folder and follow-ups
    def add_sent(self, mailbox: str, messages: Sequence[SentMessage]) -> int:
        with self._atomic():
            known = {reply.message_id for reply, _ in self._sent if reply.mailbox == mailbox}
            added = 0
            for m in messages:
                if m.message_id in known:
                    continue
                known.add(m.message_id)
                to = " ".join(a.lower() for a in m.to)
                reply = SentReply(mailbox=mailbox, message_id=m.message_id, to_addrs=to, from_addr=m.sender.lower())
                reply.sent_at, reply.contact_id, reply.inquiry_ref = m.at, None, None
                self._sent.append((reply, tuple(dict.fromkeys(m.refs))))
                added += 1
            return added

    def match_replies(self, mailbox: str) -> list[tuple[str, str | None]]:
        matched: list[tuple[str, str | None]] = []
        with self._atomic():
            for reply, refs in self._sent:
                if reply.mailbox != mailbox or reply.contact_id is not None:
                    continue
                inquiry = self._answered_inquiry(reply, refs)
                if inquiry is None:
                    continue
                reply.contact_id, reply.inquiry_ref = inquiry.contact_id, inquiry.message_ref
                if any(t.message_ref == reply.message_id for t in self._kind(TouchpointKind.REPLY_SENT)):
                    continue  # triage sent it itself (send mode) and logged it then
                point = rows.touchpoint(
                    inquiry.contact_id,
                    TouchpointKind.REPLY_SENT,
                    at=reply.sent_at,
                    mailbox=mailbox,
                    message_ref=reply.message_id,
                    actor=reply.from_addr,
                    reply_to_ref=inquiry.message_ref,
                    detail={"found_in": "sent"},
                )
                self._add(point)
                hashes = [e.content_hash for e in self.entries(mailbox) if e.message_id == inquiry.message_ref]
                matched.append((str(inquiry.message_ref), hashes[0] if hashes else None))
        return matched

    def _answered_inquiry(self, reply: SentReply, refs: tuple[str, ...]) -> Touchpoint | None:
        inquiries = self._kind(TouchpointKind.INQUIRY)
        by_ref = [t for t in inquiries if t.message_ref in refs]
        if by_ref:
            return max(by_ref, key=lambda t: t.at)  # the latest inquiry in the thread it answers
        addressed = {c.id for c in self._contacts.values() if c.email in reply.to_addrs.split()}
        earlier = [t for t in inquiries if t.contact_id in addressed and t.at <= reply.sent_at]
        return max(earlier, key=lambda t: t.at, default=None)

    def followup_candidates(self, mailbox: str) -> list[FollowupCandidate]:
        with self._atomic():
            out = []
            for contact in self._contacts.values():
                points = [t for t in self._touchpoints if t.contact_id == contact.id]
                if contact.stage == Stage.LEAD and (found := rows.followup_candidate(contact, points, mailbox)):
                    out.append(found)
            return out

    def rebook_candidates(self, mailbox: str, *, default: bool) -> list[FollowupCandidate]:
        with self._atomic():
            out = []
            for contact in self._contacts.values():
                points = [t for t in self._touchpoints if t.contact_id == contact.id]
                if found := milestone_rows.rebook_candidate(contact, points, mailbox, default=default):
                    out.append(found)
            return out

    # ------------------------------------------------------------------ people
    def contact(self, email: str) -> Contact | None:
        return self._contacts.get(email.strip().lower())

    def contacts(self) -> list[Contact]:
        return sorted(self._contacts.values(), key=lambda c: c.id)

    def list_contacts(self, stage: str | None = None, source: str | None = None) -> list[Contact]:
        found = [
            c for c in self._contacts.values() if (not stage or c.stage == stage) and (not source or c.source == source)
        ]
        return sorted(found, key=lambda c: c.created_at)

    def history(self, contact_id: int) -> list[Touchpoint]:
        return sorted((t for t in self._touchpoints if t.contact_id == contact_id), key=lambda t: (t.at, t.id))

    def touchpoints(self, kind: TouchpointKind | None = None) -> list[Touchpoint]:
        return [t for t in self._touchpoints if not kind or t.kind == kind]

    def set_stage(
        self, email: str, target: str, *, actor: str, reason: str = "", at: datetime | None = None
    ) -> tuple[Contact, bool]:
        with self._atomic() as now:
            contact = self.contact(email)
            if contact is None:
                raise StageError(f"no contact with the address {email}")
            changes = milestone_rows.move_stage(
                contact, target, actor=actor, reason=reason or "set by hand", at=at or now
            )
            self._add(*changes)
            return contact, bool(changes)

    def record_milestone(
        self, email: str, event: Event, *, actor: str, cause: Cause, reason: str = "", strict: bool = True
    ) -> tuple[Contact, bool]:
        with self._atomic():
            contact = self.contact(email)
            if contact is None:
                raise StageError(f"no contact with the address {email}")
            points = milestone_rows.apply_event(contact, event, actor=actor, cause=cause, reason=reason, strict=strict)
            self._add(*points)
            return contact, bool(points)

    def import_appointments(
        self, listing: Sequence[AppointmentRow], *, actor: str, at: datetime
    ) -> tuple[int, int, int]:
        people: dict[str, list[AppointmentRow]] = {}
        for row in listing:
            people.setdefault(row.email, []).append(row)
        created = changed = milestones = 0
        with self._atomic():
            contacts = dict(self._contacts)
            appointments = {key: copy.copy(a) for key, a in self._appointments.items()}
            for email in sorted(people):
                if email not in contacts:
                    contacts[email] = rows.blank_contact(email, first_name=None, source="import", at=at, is_lead=False)
                    contacts[email].id = next(self._ids)
                    created += 1
                contact = contacts[email]
                mine = {start: a for (cid, start), a in appointments.items() if cid == contact.id}
                points, fresh = milestone_rows.import_person(contact, people[email], mine, actor=actor, at=at)
                for appointment in fresh:
                    appointments[(contact.id, appointment.start)] = appointment
                self._add(*points)
                changed += bool(points)
                milestones += len(points)
            self._contacts, self._appointments = contacts, appointments
        return created, changed, milestones

    def import_contacts(self, listing: Sequence[RosterRow], *, actor: str, at: datetime) -> tuple[int, int, int]:
        created = moved = unchanged = 0
        with self._atomic():
            for row in listing:
                contact = self._contacts.get(row.email)
                fresh = contact is None
                if contact is None:
                    contact = rows.listed_contact(row, at)
                    contact.id = next(self._ids)
                    self._contacts[row.email] = contact
                changed, changes = rows.apply_listing(contact, row, actor=actor, at=at)
                self._add(*changes)
                if fresh:
                    created += 1
                elif changed:
                    moved += 1
                else:
                    unchanged += 1
        return created, moved, unchanged

    def mark_needs_staff(self, entry_ids: Sequence[int]) -> None:
        with self._atomic():
            for entry_id in entry_ids:
                if (row := self._entries.get(entry_id)) is not None:
                    row.needs_staff = True

    def backlog(self, since: datetime | None = None) -> list[BacklogRow]:
        with self._atomic():
            by_id = self._by_id()
            answered = self._referring(TouchpointKind.REPLY_SENT)
            removed = self._referring(TouchpointKind.DRAFT_REMOVED)
            return [
                rows.backlog_row(e, by_id[e.contact_id], answered=answered, removed=removed)
                for e in self.entries()
                if e.contact_id in by_id and rows.in_backlog(e, since, answered=answered)
            ]

    # ------------------------------------------------------------------ reports
    def funnel_rows(self) -> tuple[list[ContactRow], list[TouchpointRow]]:
        with self._atomic():
            return [rows.contact_row(c) for c in self.contacts()], [rows.touchpoint_row(t) for t in self._touchpoints]


def _is_a_repository(store: MemoryStore) -> Repository:
    return store  # mypy checks here that MemoryStore keeps the port's promises
