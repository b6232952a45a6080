"""notices: a notification from the practice's booking, EHR or payment system (an `[[events]]` rule in the config)
is a milestone for the person it names, never a lead and never answered.

The person must already be a contact: a notification about an address triage has never seen creates nothing
(the message is skipped with that reason). The milestone is written at once and the message's ledger state with
the batch's record; a crash between the two redoes the milestone, which changes nothing the second time (a fact
keeps its first date).
"""

from __future__ import annotations

from datetime import tzinfo

from triage.core.events import read_notice
from triage.core.kinds import LedgerState
from triage.core.milestones import Cause, Event, Milestone
from triage.core.mime import decode_message
from triage.core.model import Quarantine
from triage.core.stages import StageError
from triage.pipeline.batch import Batch, Claimed, Crew, practice_zone

UNKNOWN = "notification about someone who is not a contact: no lead"
UNREAD = "notification without the person's address"


def run(batch: Batch, crew: Crew) -> None:
    rules = crew.config.events
    if not rules:
        return
    zone = practice_zone(crew.config)
    left: list[Claimed] = []
    for c in batch.claimed:
        reason = None if isinstance(c.result, Quarantine) else _notice(batch, crew, c, zone)
        if reason is None:
            left.append(c)
            continue
        batch.closed.append((c.entry_id, LedgerState.SKIPPED, reason))
        batch.report.skip(reason)
    batch.claimed = left


def _notice(batch: Batch, crew: Crew, c: Claimed, zone: tzinfo) -> str | None:
    """Why this message is done (a milestone recorded, or nobody to record it for); None: not a notification."""
    assert not isinstance(c.result, Quarantine)
    inquiry = c.result.understanding.inquiry
    rules = crew.config.events
    sender = inquiry.sender_email
    if not sender or not any(rule.sent_by(sender) and rule.subject.search(inquiry.subject) for rule in rules):
        return None
    body = decode_message(c.fetched.raw).text  # the whole notification, its layout included
    notice = read_notice(rules, sender, inquiry.subject, body, zone)
    if notice is None:
        return None
    if notice.email is None:
        return UNREAD
    at = c.received or batch.now
    booking = notice.milestone == Milestone.BOOKED
    if notice.milestone == Milestone.FIRST_SESSION and notice.when is not None:
        at = min(at, notice.when)
    event = Event(notice.milestone, at, appointment_at=notice.when if booking else None)
    try:
        _, changed = crew.store.record_milestone(
            notice.email, event, actor=notice.rule, cause=Cause.NOTIFICATION, reason=notice.rule, strict=False
        )
    except StageError:
        return UNKNOWN
    return f"notification: {notice.milestone}" + ("" if changed else " (already known)")
