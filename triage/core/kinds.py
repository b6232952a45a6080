"""The words the funnel store keeps, each list in one place: ledger states, touchpoint kinds and contact stages.

StrEnums whose values are the strings in the database, so rows written before them read back unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class LedgerState(StrEnum):
    """Where a message is on its way through the poll. It moves forward only; FINAL ones are never redone."""

    FETCHED = "fetched"  # in the ledger, not yet recorded
    RECORDED = "recorded"  # understood; lead and inbound touchpoint written; a draft follows
    DELIVERING = "delivering"  # a draft may be on the server: look for it before writing another
    DELIVERED = "delivered"
    SKIPPED = "skipped"  # nothing to send (not an inquiry, loop guard, old backlog, per-person cap...), with why
    QUARANTINED = "quarantined"  # could not be read or processed, with why


FINAL = frozenset({LedgerState.DELIVERED, LedgerState.SKIPPED, LedgerState.QUARANTINED})


class TouchpointKind(StrEnum):
    """An event on a contact's timeline."""

    INQUIRY = "inquiry"  # they wrote
    DRAFT_CREATED = "draft_created"
    DRAFT_REMOVED = "draft_removed"  # answered by hand, or replaced by a newer draft
    REPLY_SENT = "reply_sent"  # by staff (found in Sent) or by triage in send mode
    ALERT_SENT = "alert_sent"  # a crisis alert to the clinician
    STAGE_CHANGE = "stage_change"
    FOLLOWUP_DRAFTED = "followup_drafted"
    MILESTONE = "milestone"  # a dated fact that did not move the stage (first session held, payment verified...)
    VIEWED = "viewed"  # a staff member opened the message on the review page
    DRAFT_EDITED = "draft_edited"  # a staff member saved an edited draft back to Drafts


class Stage(StrEnum):
    """A contact's place in the funnel (the moves between them: triage.core.milestones)."""

    LEAD = "lead"  # first inquiry
    PROSPECT = "prospect"  # asked for an appointment
    BOOKED = "booked"  # an appointment is on the calendar
    CLIENT = "client"  # first session held, payment verified, next session booked (or staff say so)
    CANCELLED = "cancelled"  # booked, then cancelled: get in touch to rebook
    LOST = "lost"  # no longer interested: stop following up


class Role(StrEnum):
    """A staff account's role on the review page: only clinicians and owners read a possible crisis in full."""

    FRONT_DESK = "front-desk"
    CLINICIAN = "clinician"
    OWNER = "owner"

    @property
    def reads_crises(self) -> bool:
        return self in (Role.CLINICIAN, Role.OWNER)


class ReviewAction(StrEnum):
    """What a staff member did with an item for good (one per item: the second person is told who came first)."""

    SENDING = "sending"  # claimed: the reply is on its way (a crash here leaves it claimed, never sent twice)
    SENT = "sent"
    DISCARDED = "discarded"
