"""The funnel as reports read it: one row a person and one an event, with no name, address or message text.

Both stores build these rows from what they hold (triage.repository.Repository.contact_rows and friends), and every
report (triage.reporting) computes from them alone, so a report can never leak what the funnel does not need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from triage.core.kinds import Stage, TouchpointKind

PROSPECT_OR_LATER = (Stage.PROSPECT, Stage.BOOKED, Stage.CANCELLED, Stage.CLIENT)
BOOKED_OR_LATER = (Stage.BOOKED, Stage.CANCELLED, Stage.CLIENT)


@dataclass(frozen=True)
class ContactRow:
    """One person as the funnel store holds them (no name or address: reports never need them)."""

    id: int
    stage: Stage
    source: str
    created_at: datetime
    prospect_at: datetime | None = None
    client_at: datetime | None = None
    lost_at: datetime | None = None
    stage_before_lost: Stage | None = None
    booked_at: datetime | None = None
    first_session_at: datetime | None = None
    paid_at: datetime | None = None
    next_booked_at: datetime | None = None
    cancelled_at: datetime | None = None
    is_lead: bool = True
    """They came in by inquiring (not from a client list, an import or a notification, nor an existing client)."""

    @property
    def reached_prospect(self) -> bool:
        """Prospect at some point: the date says so, or they went further, or were lost as a prospect or client."""
        return (
            self.prospect_at is not None
            or self.reached_booked
            or self.stage in PROSPECT_OR_LATER
            or self.stage_before_lost in PROSPECT_OR_LATER
        )

    @property
    def reached_booked(self) -> bool:
        return (
            self.booked_at is not None
            or self.reached_client
            or self.stage in BOOKED_OR_LATER
            or self.stage_before_lost in BOOKED_OR_LATER
        )

    @property
    def reached_client(self) -> bool:
        return self.client_at is not None or self.stage == Stage.CLIENT or self.stage_before_lost == Stage.CLIENT


@dataclass(frozen=True)
class TouchpointRow:
    """One event on a contact's timeline; `labels` comes from an inquiry's detail, empty for other kinds."""

    id: int
    contact_id: int
    kind: TouchpointKind
    at: datetime
    message_ref: str | None = None
    reply_to_ref: str | None = None
    actor: str = "triage"
    mailbox: str | None = None
    labels: tuple[str, ...] = ()
    milestone: str = ""
    """A stage change's or milestone's milestone (booked, first_session...), from its detail."""
