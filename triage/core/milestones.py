"""The whole funnel as practices define it: dated milestones, forward only, and the stage they put a person in.

A lead inquired; a prospect requested an appointment; a booked person has one on the calendar (with its date);
a client is someone whose first session was held, whose payment was verified and whose next session is booked
(or whom staff call a client, at any time). Two side roads: `cancelled` (from booked: get in touch to rebook;
booking again puts them back to booked) and `lost` (from any stage before client: stop following up; writing or
booking again re-opens them where they were).

Pure: a Journey (a contact's stage and dates) and an Event in, the new Journey and the changes out. Both stores
apply it through triage.adapters.rows, so every source of facts (staff, the appointments import, the person's own
mail, a booking system's notification) moves people by the same rules. A move that makes no sense is refused with
a sentence for staff (`strict`), or quietly left alone when a machine reported it (an import or a mail reading
must not stop on a client who cancels one session).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from triage.core.kinds import Stage
from triage.core.stages import StageError


class Milestone(StrEnum):
    """What happened: each one a dated fact on the contact and a touchpoint on their timeline."""

    INQUIRED = "inquired"  # they wrote (a lost contact writing again is re-opened)
    REQUESTED = "requested"  # asked for an appointment: a prospect
    BOOKED = "booked"  # an appointment is on the calendar (again, after a cancellation)
    FIRST_SESSION = "first_session"  # the first (intake) session was held
    PAID = "paid"  # payment verified
    NEXT_BOOKED = "next_booked"  # a session after the first one is booked
    CLIENT = "client"
    CANCELLED = "cancelled"
    LOST = "lost"
    REOPENED = "reopened"


class Cause(StrEnum):
    """Where a fact came from (with the actor: who or what caused it)."""

    STAFF = "staff"
    MAIL = "mail"  # the person's own message
    IMPORT = "import"  # the practice's EHR or calendar export
    NOTIFICATION = "notification"  # a booking, EHR or payment system's e-mail


RANK = {Stage.LEAD: 0, Stage.PROSPECT: 1, Stage.BOOKED: 2, Stage.CANCELLED: 2, Stage.CLIENT: 3}
"""How far along each stage is; lost keeps the stage it came from."""
CLIENT_FACTS = "first session held, payment verified, next session booked"


@dataclass(frozen=True)
class Journey:
    """A contact's stage and the date each milestone was first reached (cancelled and lost: the latest time)."""

    stage: Stage = Stage.LEAD
    requested_at: datetime | None = None
    booked_at: datetime | None = None
    appointment_at: datetime | None = None  # the booked appointment's own date
    first_session_at: datetime | None = None
    paid_at: datetime | None = None
    next_booked_at: datetime | None = None
    client_at: datetime | None = None
    cancelled_at: datetime | None = None
    lost_at: datetime | None = None
    before_lost: Stage | None = None

    @property
    def where(self) -> Stage:
        """The stage that counts for moving forward: a lost contact's is where they were."""
        return (self.before_lost or Stage.LEAD) if self.stage == Stage.LOST else self.stage


@dataclass(frozen=True)
class Event:
    """A fact from one source. `appointment_at`: for a booking, when the appointment is."""

    milestone: Milestone
    at: datetime
    appointment_at: datetime | None = None


@dataclass(frozen=True)
class Change:
    """One milestone reached: a touchpoint dated `at`; a stage move when `before` and `after` differ."""

    milestone: Milestone
    at: datetime
    before: Stage
    after: Stage
    appointment_at: datetime | None = None
    reason: str = ""


class Refused(StageError):
    """A move the funnel does not allow (a subclass of StageError, so commands print it as one line)."""


def advance(journey: Journey, event: Event, *, strict: bool = True) -> tuple[Journey, list[Change]]:
    """The journey after `event`, and what changed (empty when the fact was already known: running an import
    twice changes nothing). With strict=False a refused move is no change instead of Refused."""
    try:
        after, changes = _apply(journey, event)
    except Refused:
        if strict:
            raise
        return journey, []
    done, more = _client_by_itself(after, event)
    return done, changes + more


def _apply(j: Journey, e: Event) -> tuple[Journey, list[Change]]:
    m, at = e.milestone, e.at

    def moved(new: Journey, milestone: Milestone = m, reason: str = "") -> list[Change]:
        return _changed(j, new, milestone, at, reason)

    if m == Milestone.INQUIRED:
        if j.stage != Stage.LOST:
            return j, []
        new = replace(j, stage=j.where)
        return new, moved(new, Milestone.REOPENED, "wrote again")
    if m == Milestone.LOST:
        if j.stage == Stage.CLIENT:
            raise Refused("a client cannot be marked lost; clients stay clients")
        if j.stage == Stage.LOST:
            return j, []
        new = replace(j, stage=Stage.LOST, before_lost=j.stage, lost_at=at)
        return new, moved(new)
    if m == Milestone.CLIENT:
        if j.stage == Stage.CLIENT:
            return j, []
        new = replace(j, stage=Stage.CLIENT, client_at=j.client_at or at, requested_at=j.requested_at or at)
        return new, moved(new)
    if m == Milestone.CANCELLED:
        return _cancel(j, e)
    if m == Milestone.PAID:
        new = replace(j, paid_at=j.paid_at or at)
        return new, moved(new)
    if m == Milestone.REQUESTED:
        new = replace(j, requested_at=j.requested_at or at, stage=_at_least(j, Stage.PROSPECT))
        return new, moved(new, reason="wrote again" if j.stage == Stage.LOST else "")
    if m == Milestone.FIRST_SESSION:
        new = replace(
            j,
            first_session_at=j.first_session_at or at,
            booked_at=j.booked_at or at,  # they came, so they had booked by then at the latest
            requested_at=j.requested_at or at,
            stage=_at_least(j, Stage.BOOKED, over_cancelled=True),
        )
        return new, moved(new)
    if m in (Milestone.BOOKED, Milestone.NEXT_BOOKED):
        return _book(j, e)
    raise Refused(f"unknown milestone {m!r}")


def _at_least(j: Journey, stage: Stage, *, over_cancelled: bool = False) -> Stage:
    """`stage` if that is forward from where they are (a lost contact acting again is back), else where they are."""
    where = j.where
    if where == Stage.CANCELLED and over_cancelled:
        return stage
    if where == Stage.CLIENT or RANK[where] >= RANK[stage]:
        return where
    return stage


def _changed(
    old: Journey,
    new: Journey,
    milestone: Milestone,
    at: datetime,
    reason: str = "",
    appointment: datetime | None = None,
) -> list[Change]:
    return [] if new == old else [Change(milestone, at, old.stage, new.stage, appointment, reason)]


def _book(j: Journey, e: Event) -> tuple[Journey, list[Change]]:
    """A booking. After the first session it is the next session; a cancelled or lost person booking is back."""
    first = j.first_session_at
    is_next = e.milestone == Milestone.NEXT_BOOKED or (
        first is not None and (e.appointment_at is None or e.appointment_at > first)
    )
    if is_next:
        if j.next_booked_at is not None:
            return j, []
        new = replace(j, next_booked_at=e.at, stage=_at_least(j, Stage.BOOKED, over_cancelled=True))
        return new, _changed(j, new, Milestone.NEXT_BOOKED, e.at, appointment=e.appointment_at)
    rebooked = j.where == Stage.CANCELLED
    new = replace(
        j,
        requested_at=j.requested_at or e.at,
        booked_at=j.booked_at or e.at,
        appointment_at=e.appointment_at or j.appointment_at,
        stage=_at_least(j, Stage.BOOKED, over_cancelled=True),
    )
    if not rebooked and j.booked_at is not None and new.stage == j.stage:
        return new, []  # the same booking again (an import run twice): its date stays the first one
    reason = "rebooked" if rebooked else ""
    return new, _changed(j, new, Milestone.BOOKED, e.at, reason, appointment=e.appointment_at)


def _cancel(j: Journey, e: Event) -> tuple[Journey, list[Change]]:
    if j.stage == Stage.CANCELLED:
        return j, []
    if j.stage == Stage.CLIENT:
        raise Refused("a client cancelling a session stays a client")
    if j.stage == Stage.LOST:
        raise Refused("this contact is marked lost; record a new booking first")
    if j.stage != Stage.BOOKED:
        raise Refused(f"only a booked appointment can be cancelled, and this contact is a {j.stage} (no booking)")
    new = replace(j, stage=Stage.CANCELLED, cancelled_at=e.at)
    return new, _changed(j, new, Milestone.CANCELLED, e.at)


def _client_by_itself(j: Journey, e: Event) -> tuple[Journey, list[Change]]:
    """Client is reached by itself when its three facts are known, dated by the last of them."""
    facts = (j.first_session_at, j.paid_at, j.next_booked_at)
    if j.stage == Stage.CLIENT or any(f is None for f in facts):
        return j, []
    when = max(f for f in facts if f is not None)
    new = replace(j, stage=Stage.CLIENT, client_at=j.client_at or when)
    return new, [Change(Milestone.CLIENT, when, j.stage, Stage.CLIENT, None, CLIENT_FACTS)]


TARGETS: dict[str, Milestone] = {
    Stage.PROSPECT: Milestone.REQUESTED,
    Stage.BOOKED: Milestone.BOOKED,
    Stage.CLIENT: Milestone.CLIENT,
    Stage.CANCELLED: Milestone.CANCELLED,
    Stage.LOST: Milestone.LOST,
}


def to_stage(journey: Journey, target: str, at: datetime) -> tuple[Journey, list[Change]]:
    """Staff moving someone to a stage by name (`triage contact stage EMAIL STAGE`): forward only, and a lost
    contact is re-opened no further back than where they were."""
    if target not in (*TARGETS, Stage.LEAD):
        raise Refused(f"unknown stage {target!r} (prospect, booked, client, cancelled or lost)")
    if target == journey.stage:
        return journey, []
    where = journey.where
    if target == Stage.LEAD or (target in RANK and where in RANK and RANK[Stage(target)] < RANK[where]):
        if journey.stage == Stage.LOST:
            raise Refused(f"this contact was a {where} before being lost; stages only move forward")
        raise Refused(f"cannot move a {journey.stage} back to {target}: stages only move forward")
    return advance(journey, Event(TARGETS[target], at), strict=True)


def rebook_source(contact_id: int, cancelled_at: datetime) -> str:
    """The X-Triage-Source of the one invitation to rebook after this cancellation (a later one gets its own)."""
    return f"rebook-{contact_id}-{cancelled_at.astimezone(UTC):%Y%m%d%H%M}"
