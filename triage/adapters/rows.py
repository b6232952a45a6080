"""How the store's rows change: the rules the SQL store and the in-memory store both apply, written once.

Placing a fetched message in the ledger (exactly once, across a UIDVALIDITY change), recording an inquiry (a new
lead, a lost contact re-opened, a lead who asks to book becoming a prospect), moving a stage, and reading a
message's review status or a lead's follow-up facts back out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from triage.adapters.milestone_rows import apply_event, move_stage
from triage.adapters.tables import Contact, LedgerEntry, Touchpoint
from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import FINAL, LedgerState, Stage, TouchpointKind
from triage.core.milestones import Cause, Event, Milestone
from triage.core.roster import RosterRow
from triage.core.stages import StageError
from triage.repository import (
    BacklogRow,
    Claim,
    ClaimItem,
    FollowupCandidate,
    InquiryRecord,
    NewTouchpoint,
    PendingAlert,
    PendingDraft,
)


def place(
    items: Sequence[ClaimItem],
    here: dict[int, LedgerEntry],
    by_id: dict[str, LedgerEntry],
    by_hash: dict[str, LedgerEntry],
    *,
    mailbox: str,
    folder: str,
    uidvalidity: int,
) -> tuple[list[LedgerEntry], list[LedgerEntry]]:
    """The ledger row of each fetched message, and the rows that are new.

    `here` holds the rows at these UIDs; `by_id` and `by_hash` the mailbox's rows with these Message-IDs and
    content hashes. A message found elsewhere (the server renumbered the folder: a new UIDVALIDITY) is moved to its
    new place and keeps its state, so a re-sync makes no duplicate; the same message twice is one row.
    """
    rows: list[LedgerEntry] = []
    fresh: list[LedgerEntry] = []
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
            fresh.append(row)
            if message_id:
                by_id[message_id] = row
            by_hash[digest] = row
        rows.append(row)
    return rows, fresh


def claims(rows: Sequence[LedgerEntry], fresh: Sequence[LedgerEntry], won: set[int]) -> list[Claim]:
    """The ledger's answer per placed row (once the rows have their ids); `won` holds the unfinished rows this
    worker claimed (a finished row needs no claim)."""
    new_rows = {id(row) for row in fresh}
    seen: set[int] = set()
    out = []
    for row in rows:
        new = id(row) in new_rows and id(row) not in seen
        seen.add(id(row))
        state = LedgerState.FETCHED if new else row.state
        out.append(Claim(row.id, state, new=new, won=state in FINAL or row.id in won))
    return out


def claimable(row: LedgerEntry, holder: str, live: set[str]) -> bool:
    """Whether `holder` may claim this unfinished row: nobody has it, or we do, or its claimer no longer holds the
    mailbox's lease (`live`: the holders of live leases on its mailbox)."""
    return row.state not in FINAL and (row.claimed_by is None or row.claimed_by == holder or row.claimed_by not in live)


MILESTONE_DATES = ("booked_at", "appointment_at", "first_session_at", "paid_at", "next_booked_at", "cancelled_at")


def blank_contact(email: str, *, first_name: str | None, source: str, at: datetime, is_lead: bool) -> Contact:
    """A new contact with every milestone date empty (set explicitly: the in-memory store never INSERTs)."""
    contact = Contact(
        email=email.strip().lower(),
        first_name=first_name,
        stage=Stage.LEAD,
        source=source,
        created_at=at,
        prospect_at=None,
        client_at=None,
        lost_at=None,
        stage_before_lost=None,
        is_lead=is_lead,
    )
    for name in MILESTONE_DATES:
        setattr(contact, name, None)
    return contact


def listed_contact(row: RosterRow, at: datetime) -> Contact:
    """A person from a practice's client list, before their stage is applied (the list then moves them). They never
    inquired, so they are not a lead."""
    return blank_contact(row.email, first_name=row.first_name, source="import", at=at, is_lead=False)


def apply_listing(contact: Contact, row: RosterRow, *, actor: str, at: datetime) -> tuple[bool, list[Touchpoint]]:
    """What a client list changes about one contact: (anything changed, the stage change to record). A list
    fills a missing first name and moves a stage forward, never back: a client stays a client."""
    named = False
    if row.first_name and not contact.first_name:
        contact.first_name, named = row.first_name, True
    try:
        changes = move_stage(contact, row.stage, actor=actor, reason="client list import", at=at)
    except StageError:
        changes = []
    return named or bool(changes), changes


def new_contact(rec: InquiryRecord) -> Contact:
    """The first message of someone new. An existing client writing about their sessions (unknown to triage
    because they came before it) is a client, never a new lead."""
    contact = blank_contact(
        rec.email, first_name=rec.first_name, source=rec.source, at=rec.at, is_lead=not rec.client_request
    )
    if rec.client_request:
        contact.stage = Stage.CLIENT
    return contact


def arrival(contact: Contact, rec: InquiryRecord) -> list[Touchpoint]:
    """What one message does to its contact, as milestones: a withdrawal ("never mind, I found someone") is lost;
    otherwise a lost contact is re-opened where they were, a booked person who cancels is cancelled, and someone
    who asks to book (not a client moving a session) has requested an appointment. The message itself is on their
    timeline too. Returns the touchpoints to add."""
    if rec.first_name and not contact.first_name:
        contact.first_name = rec.first_name

    def happened(milestone: Milestone, reason: str) -> list[Touchpoint]:
        event = Event(milestone, rec.at)
        return apply_event(contact, event, actor="triage", cause=Cause.MAIL, reason=reason, strict=False)

    if rec.withdraws:
        moves = happened(Milestone.LOST, "wrote that they no longer need an appointment")
    else:
        moves = happened(Milestone.INQUIRED, "wrote again")
        if rec.cancels:
            moves += happened(Milestone.CANCELLED, "wrote to cancel their appointment")
        elif rec.books and not rec.client_request:
            moves += happened(Milestone.REQUESTED, "asked to book")
    detail = {"labels": list(rec.labels), "source": rec.source, "language": rec.language}
    inquiry = touchpoint(
        contact.id, TouchpointKind.INQUIRY, at=rec.at, mailbox=rec.mailbox, message_ref=rec.message_ref
    )
    inquiry.detail = json.dumps(detail)
    return [*moves, inquiry]


def apply_record(row: LedgerEntry, rec: InquiryRecord, contact_id: int, *, now: datetime, keep_bodies: bool) -> None:
    """The ledger entry of a recorded inquiry: its state, contact, labels and thread (and body, when kept)."""
    row.state, row.reason, row.contact_id = rec.state, rec.reason, contact_id
    row.labels, row.thread_key = ",".join(rec.labels), rec.thread_key
    row.processed_at = now
    if keep_bodies and rec.body is not None:
        row.body = rec.body


def touchpoint(
    contact_id: int,
    kind: TouchpointKind,
    *,
    at: datetime,
    mailbox: str | None = None,
    message_ref: str | None = None,
    actor: str = "triage",
    reply_to_ref: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Touchpoint:
    return Touchpoint(
        contact_id=contact_id,
        kind=kind,
        at=at,
        mailbox=mailbox,
        message_ref=message_ref,
        reply_to_ref=reply_to_ref,
        actor=actor,
        detail=json.dumps(detail or {}),
    )


def touchpoint_of(point: NewTouchpoint, now: datetime) -> Touchpoint:
    return touchpoint(
        point.contact_id,
        point.kind,
        at=point.at or now,
        mailbox=point.mailbox,
        message_ref=point.message_ref,
        actor=point.actor,
        reply_to_ref=point.reply_to_ref,
        detail=point.detail,
    )


def backlog_row(entry: LedgerEntry, contact: Contact, *, answered: set[str], removed: set[str]) -> BacklogRow:
    """A message as the review table shows it: who, when, about what, and what happened to it."""
    if entry.message_id in answered:
        status = "answered"
    elif entry.state == LedgerState.DELIVERED and entry.message_id in removed:
        status = "draft replaced or removed"
    elif entry.state == LedgerState.DELIVERED:
        status = "draft waiting: answer its staff note first" if entry.needs_staff else "draft waiting"
    elif entry.state in (LedgerState.SKIPPED, LedgerState.QUARANTINED):
        status = f"no draft: {entry.reason or entry.state}"
    else:
        status = "in progress"
    if entry.alert_pending:
        status = f"{ALERT_NOT_SENT}; {status}"
    labels = labels_of(entry.labels)
    waiting_note = status.startswith("draft waiting:")
    return BacklogRow(
        entry.id,
        contact.email,
        contact.first_name,
        contact.stage,
        entry.received_at,
        labels,
        status,
        waiting_note,
        alert_pending=bool(entry.alert_pending),
    )


ALERT_NOT_SENT = "CLINICIAN NOT ALERTED YET (SMTP failed; retried every poll)"


def in_backlog(entry: LedgerEntry, since: datetime | None, *, answered: set[str]) -> bool:
    """Whether a message belongs in the review from `since` on: it came since then, or it is a crisis nobody has
    answered yet, whenever it came (a window must never hide someone who may not be safe)."""
    if since is None or (entry.received_at is not None and entry.received_at >= since):
        return True
    return "crisis" in labels_of(entry.labels) and entry.message_id not in answered


def followup_candidate(contact: Contact, points: Sequence[Touchpoint], mailbox: str) -> FollowupCandidate | None:
    """A lead answered from this mailbox, with what the follow-up rule needs; None when nobody answered them."""
    replies = sorted((t for t in points if t.kind == TouchpointKind.REPLY_SENT), key=lambda t: t.at)
    if not replies or replies[-1].mailbox != mailbox:
        return None
    inquiries = sorted((t for t in points if t.kind == TouchpointKind.INQUIRY), key=lambda t: t.at)
    language = json.loads(inquiries[-1].detail or "{}").get("language", "en") if inquiries else "en"
    return FollowupCandidate(
        contact_id=contact.id,
        email=contact.email,
        first_name=contact.first_name,
        language=language,
        last_reply_at=replies[-1].at,
        last_reply_ref=replies[-1].message_ref,
        last_inquiry_at=inquiries[-1].at if inquiries else None,
        followups=sum(1 for t in points if t.kind == TouchpointKind.FOLLOWUP_DRAFTED),
    )


def labels_of(text: str | None) -> tuple[str, ...]:
    """A ledger entry's labels column ("insurance,fees") as a tuple."""
    return tuple(label for label in (text or "").split(",") if label)


def contact_row(r: Any) -> ContactRow:
    """A contact as the reports read it (a row with the Contact columns, or a Contact)."""
    return ContactRow(
        id=int(r.id),
        stage=Stage(r.stage),
        source=str(r.source),
        created_at=r.created_at,
        prospect_at=r.prospect_at,
        client_at=r.client_at,
        lost_at=r.lost_at,
        stage_before_lost=r.stage_before_lost,
        booked_at=r.booked_at,
        first_session_at=r.first_session_at,
        paid_at=r.paid_at,
        next_booked_at=r.next_booked_at,
        cancelled_at=r.cancelled_at,
        is_lead=bool(r.is_lead) if r.is_lead is not None else True,
    )


def touchpoint_row(r: Any) -> TouchpointRow:
    """A touchpoint as the reports read it; an inquiry's topics come from its detail."""
    return TouchpointRow(
        id=int(r.id),
        contact_id=int(r.contact_id),
        kind=TouchpointKind(r.kind),
        at=r.at,
        message_ref=r.message_ref,
        reply_to_ref=r.reply_to_ref,
        actor=str(r.actor),
        mailbox=r.mailbox,
        labels=_labels(r.detail) if r.kind == TouchpointKind.INQUIRY else (),
        milestone=_milestone(r.detail) if r.kind in (TouchpointKind.STAGE_CHANGE, TouchpointKind.MILESTONE) else "",
    )


def _milestone(detail: str | None) -> str:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return ""
    return str(data.get("milestone") or "") if isinstance(data, dict) else ""


def _labels(detail: str | None) -> tuple[str, ...]:
    """An inquiry's topic labels; unreadable detail counts as no topics rather than stopping the report."""
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return ()
    labels = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(labels, list):
        return ()
    return tuple(str(label) for label in labels)


def pending_alert(entry: LedgerEntry, contact: Contact) -> PendingAlert:
    return PendingAlert(
        entry_id=entry.id,
        contact_id=contact.id,
        mailbox=entry.mailbox,
        email=contact.email,
        first_name=contact.first_name,
        received_at=entry.received_at,
        message_id=entry.message_id,
        content_hash=entry.content_hash,
    )


def pending_draft(entry: LedgerEntry) -> PendingDraft:
    return PendingDraft(entry.id, str(entry.message_id), entry.content_hash, labels_of(entry.labels), entry.received_at)
