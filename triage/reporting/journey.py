"""The whole funnel's figures for a period, each counted by the date that matters (triage.core.milestones).

A practice's worked example: an email on 27 February, booked on 1 March, first seen on 3 April is a new lead in
February, a booked lead in March and a new client in April. So every count here is "whose milestone date falls
in the period", whenever they first wrote; only leads count (an existing client, or someone known only from a
client list or an appointments export, is never a new lead, a booking or a new client here).

Pure, like funnel.py: rows in, figures out. Choices made once here:

* "Cancellations to follow up" are people cancelled in the period who are still cancelled now (not rebooked,
  not lost): the list to call.
* Time to booking runs from first contact (the contact's creation) to the first booking, for the leads booked in
  the period; booking to first session from that booking to the first session, for the first sessions held in
  the period. Both in days, median and 90th percentile (linear interpolation, as for response times).
* Who booked is the actor of the booking's touchpoint (staff by name, an import, a notification, triage).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import Stage, TouchpointKind
from triage.core.milestones import Milestone

STAGE_NAMES = (
    "New leads",
    "Requested an appointment",
    "Booked",
    "First session held",
    "Became clients",
    "Cancelled, not rebooked",
    "Lost",
)


@dataclass(frozen=True)
class Durations:
    """Days between two milestones for the people of the period; None when nobody."""

    count: int = 0
    median_days: float | None = None
    p90_days: float | None = None
    days: tuple[float, ...] = ()


@dataclass(frozen=True)
class StaffBookings:
    """Leads one person (or system) booked in the period, and how many of those are clients now."""

    name: str
    booked: int
    clients: int

    @property
    def to_client(self) -> float | None:
        return self.clients / self.booked if self.booked else None


@dataclass(frozen=True)
class Milestones:
    """Counts by the date of each milestone, the cohort's reach for the funnel chart, who booked, and how long."""

    requested: int = 0
    booked: int = 0
    first_sessions: int = 0
    clients: int = 0
    cancelled: int = 0  # to follow up: cancelled in the period and still cancelled
    lost: int = 0
    cohort_stages: tuple[tuple[str, int], ...] = ()  # the period's new leads: how far each has got, every stage
    booked_by: tuple[StaffBookings, ...] = ()
    to_booking: Durations = field(default_factory=Durations)
    to_first_session: Durations = field(default_factory=Durations)


def figures(
    people: Sequence[ContactRow],
    cohort: Sequence[ContactRow],
    events: Sequence[TouchpointRow],
    within: Callable[[datetime | None], bool],
    percentile: Callable[[Sequence[float], float], float | None],
) -> Milestones:
    """Every milestone figure; `people` are all contacts, `cohort` the period's new leads."""
    leads = [c for c in people if c.is_lead]
    booked = [c for c in leads if within(c.booked_at)]
    seen = [c for c in leads if within(c.first_session_at)]
    return Milestones(
        requested=sum(within(c.prospect_at) for c in leads),
        booked=len(booked),
        first_sessions=len(seen),
        clients=sum(within(c.client_at) for c in leads),
        cancelled=sum(within(c.cancelled_at) and c.stage == Stage.CANCELLED for c in leads),
        lost=sum(within(c.lost_at) for c in leads),
        cohort_stages=_reach(cohort),
        booked_by=_booked_by(booked, events),
        to_booking=_durations([_days(c.created_at, c.booked_at) for c in booked], percentile),
        to_first_session=_durations([_days(c.booked_at, c.first_session_at) for c in seen], percentile),
    )


def _reach(cohort: Sequence[ContactRow]) -> tuple[tuple[str, int], ...]:
    counts = (
        len(cohort),
        sum(c.reached_prospect for c in cohort),
        sum(c.reached_booked for c in cohort),
        sum(c.first_session_at is not None for c in cohort),
        sum(c.reached_client for c in cohort),
        sum(c.stage == Stage.CANCELLED for c in cohort),
        sum(c.stage == Stage.LOST for c in cohort),
    )
    return tuple(zip(STAGE_NAMES, counts, strict=True))


def _booked_by(booked: Sequence[ContactRow], events: Sequence[TouchpointRow]) -> tuple[StaffBookings, ...]:
    """Who recorded each booking: the actor of the person's first booking touchpoint ('unknown' when none)."""
    by: dict[int, str] = {}
    for e in events:
        if e.milestone == Milestone.BOOKED and e.kind in (TouchpointKind.STAGE_CHANGE, TouchpointKind.MILESTONE):
            by.setdefault(e.contact_id, e.actor)
    total: Counter[str] = Counter()
    clients: Counter[str] = Counter()
    for c in booked:
        name = by.get(c.id, "unknown")
        total[name] += 1
        clients[name] += c.reached_client
    ordered = sorted(total, key=lambda n: (-total[n], n))
    return tuple(StaffBookings(n, total[n], clients[n]) for n in ordered)


def _days(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None or b < a:
        return None
    return (b - a).total_seconds() / 86400


def _durations(
    values: Sequence[float | None], percentile: Callable[[Sequence[float], float], float | None]
) -> Durations:
    days = sorted(v for v in values if v is not None)
    return Durations(len(days), percentile(days, 50), percentile(days, 90), tuple(days))
