"""How a contact's milestones change in the store's rows: the pure rules of triage.core.milestones applied to a
Contact, each change a dated touchpoint naming who or what caused it; an appointments import person by person;
and who is due an invitation to rebook. Shared by the SQL store and the in-memory store (through rows.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from triage.adapters.tables import Appointment, Contact, Touchpoint
from triage.core.appointments import AppointmentRow, Seen, events_for
from triage.core.appointments import Status as AppointmentStatus
from triage.core.kinds import Stage, TouchpointKind
from triage.core.milestones import Cause, Change, Event, Journey, advance, rebook_source, to_stage
from triage.repository import FollowupCandidate


def journey_of(contact: Contact) -> Journey:
    """A contact's stage and milestone dates, as the pure rules read them."""
    return Journey(
        stage=Stage(contact.stage),
        requested_at=contact.prospect_at,
        booked_at=contact.booked_at,
        appointment_at=contact.appointment_at,
        first_session_at=contact.first_session_at,
        paid_at=contact.paid_at,
        next_booked_at=contact.next_booked_at,
        client_at=contact.client_at,
        cancelled_at=contact.cancelled_at,
        lost_at=contact.lost_at,
        before_lost=Stage(contact.stage_before_lost) if contact.stage_before_lost else None,
    )


def _set_journey(contact: Contact, j: Journey) -> None:
    contact.stage, contact.prospect_at, contact.client_at = j.stage, j.requested_at, j.client_at
    contact.lost_at, contact.stage_before_lost = j.lost_at, j.before_lost
    contact.booked_at, contact.appointment_at, contact.first_session_at = (
        j.booked_at,
        j.appointment_at,
        j.first_session_at,
    )
    contact.paid_at, contact.next_booked_at, contact.cancelled_at = j.paid_at, j.next_booked_at, j.cancelled_at


def milestone_touchpoints(
    contact_id: int, changes: Sequence[Change], *, actor: str, cause: Cause, reason: str
) -> list[Touchpoint]:
    """One dated touchpoint per change, with who or what caused it: a stage_change when the stage moved, a
    milestone when only a fact was learnt (a first session held, a payment verified)."""
    out = []
    for change in changes:
        moved = change.before != change.after
        detail: dict[str, Any] = {
            "milestone": str(change.milestone),
            "from": str(change.before),
            "to": str(change.after),
            "reason": change.reason or reason,
            "cause": str(cause),
        }
        if change.appointment_at is not None:
            detail["appointment"] = change.appointment_at.isoformat()
        kind = TouchpointKind.STAGE_CHANGE if moved else TouchpointKind.MILESTONE
        out.append(Touchpoint(contact_id=contact_id, kind=kind, at=change.at, actor=actor, detail=json.dumps(detail)))
    return out


def apply_event(
    contact: Contact, event: Event, *, actor: str, cause: Cause, reason: str = "", strict: bool = True
) -> list[Touchpoint]:
    """A fact about a contact, applied by the funnel's rules (triage.core.milestones); the touchpoints to add."""
    journey, changes = advance(journey_of(contact), event, strict=strict)
    _set_journey(contact, journey)
    return milestone_touchpoints(contact.id, changes, actor=actor, cause=cause, reason=reason)


def move_stage(contact: Contact, target: str, *, actor: str, reason: str, at: datetime) -> list[Touchpoint]:
    """Staff (or a client list) moving a contact to a stage by name; the touchpoints to add (none when already
    there), or StageError with a sentence when the move is not allowed."""
    journey, changes = to_stage(journey_of(contact), target, at)
    _set_journey(contact, journey)
    return milestone_touchpoints(contact.id, changes, actor=actor, cause=Cause.STAFF, reason=reason)


def import_person(
    contact: Contact,
    listed: Sequence[AppointmentRow],
    stored: dict[datetime, Appointment],
    *,
    actor: str,
    at: datetime,
) -> tuple[list[Touchpoint], list[Appointment]]:
    """One person's rows of an appointments import: the milestones they mean (against what the last import said,
    so the same file twice changes nothing), and the appointments to add; `stored` rows are updated in place."""
    before = {start: Seen(AppointmentStatus(a.status), bool(a.paid)) for start, a in stored.items()}
    points: list[Touchpoint] = []
    for event in events_for(listed, before, at):
        points += apply_event(
            contact, event, actor=actor, cause=Cause.IMPORT, reason="appointments import", strict=False
        )
    fresh = []
    for row in listed:
        if (known := stored.get(row.start)) is not None:
            known.status, known.paid = str(row.status), row.paid
        else:
            fresh.append(Appointment(contact_id=contact.id, start=row.start, status=str(row.status), paid=row.paid))
    return points, fresh


def rebook_candidate(
    contact: Contact, points: Sequence[Touchpoint], mailbox: str, *, default: bool
) -> FollowupCandidate | None:
    """A cancelled contact whose invitation to rebook belongs to this mailbox (where they last wrote; the default
    mailbox for someone who never wrote); `last_reply_at` is when they cancelled, `followups` whether the
    invitation for this cancellation was drafted."""
    if contact.stage != Stage.CANCELLED or contact.cancelled_at is None:
        return None
    inquiries = sorted((t for t in points if t.kind == TouchpointKind.INQUIRY), key=lambda t: t.at)
    if (inquiries[-1].mailbox != mailbox) if inquiries else not default:
        return None
    language = json.loads(inquiries[-1].detail or "{}").get("language", "en") if inquiries else "en"
    source = rebook_source(contact.id, contact.cancelled_at)
    drafted = any(t.kind == TouchpointKind.FOLLOWUP_DRAFTED and t.message_ref == source for t in points)
    return FollowupCandidate(
        contact_id=contact.id,
        email=contact.email,
        first_name=contact.first_name,
        language=language,
        last_reply_at=contact.cancelled_at,
        last_reply_ref=inquiries[-1].message_ref if inquiries else None,
        last_inquiry_at=inquiries[-1].at if inquiries else None,
        followups=int(drafted),
    )
