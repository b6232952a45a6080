"""The whole funnel: dated milestones, forward only; client by itself once its three facts are known; cancelled
from booked and back on rebooking; lost from any stage before client and re-opened where they were."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from triage.core.kinds import LedgerState, Stage, TouchpointKind
from triage.core.milestones import Cause, Event, Journey, Milestone, Refused, advance, to_stage
from triage.core.stages import StageError
from triage.repository import InquiryRecord, Repository

T0 = datetime(2026, 2, 27, 17, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def run(*events: Event, start: Journey | None = None, strict: bool = True) -> tuple[Journey, list[Milestone]]:
    journey, seen = start or Journey(), []
    for event in events:
        journey, changes = advance(journey, event, strict=strict)
        seen += [c.milestone for c in changes]
    return journey, seen


# -- the pure rules ---------------------------------------------------------------------------------------------


def test_the_whole_road_to_client_is_dated_and_client_comes_by_itself() -> None:
    first = T0 + 35 * DAY
    journey, seen = run(
        Event(Milestone.REQUESTED, T0),
        Event(Milestone.BOOKED, T0 + 2 * DAY, appointment_at=first),
        Event(Milestone.FIRST_SESSION, first),
        Event(Milestone.PAID, first + timedelta(hours=1)),
        Event(Milestone.BOOKED, first + timedelta(hours=2), appointment_at=first + 7 * DAY),
    )
    assert seen == [
        Milestone.REQUESTED,
        Milestone.BOOKED,
        Milestone.FIRST_SESSION,
        Milestone.PAID,
        Milestone.NEXT_BOOKED,
        Milestone.CLIENT,
    ]
    assert journey.stage == Stage.CLIENT and journey.client_at == first + timedelta(hours=2)
    assert (journey.requested_at, journey.booked_at, journey.appointment_at) == (T0, T0 + 2 * DAY, first)
    assert journey.next_booked_at == first + timedelta(hours=2)


def test_two_of_the_three_facts_are_not_a_client() -> None:
    journey, _ = run(Event(Milestone.BOOKED, T0), Event(Milestone.FIRST_SESSION, T0 + DAY))
    assert journey.stage == Stage.BOOKED
    journey, _ = run(Event(Milestone.PAID, T0 + DAY), start=journey)
    assert journey.stage == Stage.BOOKED and journey.client_at is None


def test_the_same_fact_twice_changes_nothing_and_keeps_the_first_date() -> None:
    journey, _ = run(Event(Milestone.BOOKED, T0, appointment_at=T0 + 3 * DAY))
    again, seen = run(Event(Milestone.BOOKED, T0 + DAY, appointment_at=T0 + 3 * DAY), start=journey)
    assert seen == [] and again.booked_at == T0


def test_cancelled_only_from_booked_and_back_to_booked_on_rebooking() -> None:
    booked, _ = run(Event(Milestone.BOOKED, T0, appointment_at=T0 + 5 * DAY))
    cancelled, seen = run(Event(Milestone.CANCELLED, T0 + DAY), start=booked)
    assert cancelled.stage == Stage.CANCELLED and cancelled.cancelled_at == T0 + DAY and seen == [Milestone.CANCELLED]
    rebooked, seen = run(Event(Milestone.BOOKED, T0 + 2 * DAY, appointment_at=T0 + 9 * DAY), start=cancelled)
    assert rebooked.stage == Stage.BOOKED and rebooked.appointment_at == T0 + 9 * DAY and seen == [Milestone.BOOKED]
    assert rebooked.booked_at == T0, "the first booking's date stays"
    with pytest.raises(Refused, match="only a booked appointment"):
        run(Event(Milestone.CANCELLED, T0))
    assert run(Event(Milestone.CANCELLED, T0), strict=False) == (Journey(), [])


def test_a_client_cancelling_a_session_stays_a_client_and_is_never_lost() -> None:
    client = Journey(stage=Stage.CLIENT, client_at=T0)
    with pytest.raises(Refused, match="stays a client"):
        run(Event(Milestone.CANCELLED, T0 + DAY), start=client)
    with pytest.raises(Refused, match="client"):
        run(Event(Milestone.LOST, T0 + DAY), start=client)
    assert run(Event(Milestone.LOST, T0 + DAY), start=client, strict=False) == (client, [])


@pytest.mark.parametrize("stage", [Stage.LEAD, Stage.PROSPECT, Stage.BOOKED, Stage.CANCELLED])
def test_lost_from_any_stage_before_client_and_reopened_where_they_were(stage: Stage) -> None:
    lost, seen = run(Event(Milestone.LOST, T0 + DAY), start=Journey(stage=stage))
    assert (lost.stage, lost.before_lost, lost.lost_at, seen) == (Stage.LOST, stage, T0 + DAY, [Milestone.LOST])
    back, seen = run(Event(Milestone.INQUIRED, T0 + 9 * DAY), start=lost)
    assert back.stage == stage and seen == [Milestone.REOPENED]


def test_a_lost_person_who_books_is_back_and_booked() -> None:
    lost, _ = run(Event(Milestone.REQUESTED, T0), Event(Milestone.LOST, T0 + DAY))
    back, seen = run(Event(Milestone.BOOKED, T0 + 5 * DAY), start=lost)
    assert back.stage == Stage.BOOKED and seen == [Milestone.BOOKED]


def test_staff_may_make_anyone_a_client_at_any_time() -> None:
    for start in (Journey(), Journey(stage=Stage.CANCELLED), Journey(stage=Stage.LOST, before_lost=Stage.PROSPECT)):
        journey, seen = run(Event(Milestone.CLIENT, T0), start=start)
        assert journey.stage == Stage.CLIENT and journey.client_at == T0 and seen == [Milestone.CLIENT]


def test_staff_stage_names_move_forward_only() -> None:
    booked, _ = to_stage(Journey(), "booked", T0)
    assert booked.stage == Stage.BOOKED and booked.booked_at == T0
    with pytest.raises(Refused, match="forward"):
        to_stage(booked, "prospect", T0)
    with pytest.raises(Refused, match="unknown stage"):
        to_stage(booked, "vip", T0)


# -- in both stores ---------------------------------------------------------------------------------------------


def inquire(
    store: Repository, email: str, at: datetime, n: int, *, books: bool = False, **facts: bool
) -> tuple[int, bool]:
    (claim,) = store.claim_many("main", "INBOX", 1, [(n, f"<{n}@x>", f"h{n}", at)])
    record = InquiryRecord(
        entry_id=claim.entry_id,
        email=email,
        first_name="Maya",
        source="direct",
        at=at,
        mailbox="main",
        message_ref=f"<{n}@x>",
        labels=("scheduling",) if books else ("insurance",),
        thread_key=None,
        state=LedgerState.RECORDED,
        books=books,
        **facts,
    )
    ((contact_id, new),) = store.record_inquiries([record])
    return contact_id, new


def milestones(store: Repository, email: str) -> list[tuple[str, str, str]]:
    contact = store.contact(email)
    assert contact is not None
    points = [t for t in store.history(contact.id) if t.kind in (TouchpointKind.STAGE_CHANGE, TouchpointKind.MILESTONE)]
    return [(json.loads(t.detail)["milestone"], t.actor, json.loads(t.detail)["cause"]) for t in points]


def test_every_milestone_is_a_dated_touchpoint_with_who_caused_it(store: Repository) -> None:
    inquire(store, "maya@example.com", T0, 1, books=True)
    first = T0 + 35 * DAY
    store.record_milestone(
        "maya@example.com",
        Event(Milestone.BOOKED, T0 + 2 * DAY, first),
        actor="Dana",
        cause=Cause.STAFF,
    )
    for event in (Event(Milestone.FIRST_SESSION, first), Event(Milestone.PAID, first)):
        store.record_milestone("maya@example.com", event, actor="SimplePractice", cause=Cause.NOTIFICATION)
    contact, changed = store.record_milestone(
        "maya@example.com", Event(Milestone.BOOKED, first, first + 7 * DAY), actor="Dana", cause=Cause.STAFF
    )
    assert changed and contact.stage == Stage.CLIENT and contact.client_at == first
    assert (contact.booked_at, contact.appointment_at, contact.first_session_at) == (T0 + 2 * DAY, first, first)
    assert milestones(store, "maya@example.com") == [
        ("requested", "triage", "mail"),
        ("booked", "Dana", "staff"),
        ("first_session", "SimplePractice", "notification"),
        ("paid", "SimplePractice", "notification"),
        ("next_booked", "Dana", "staff"),
        ("client", "Dana", "staff"),
    ]
    kinds = {json.loads(t.detail).get("milestone"): t.kind for t in store.history(contact.id)}
    assert kinds["paid"] == TouchpointKind.MILESTONE and kinds["client"] == TouchpointKind.STAGE_CHANGE


def test_a_refused_move_is_one_sentence_and_changes_nothing(store: Repository) -> None:
    inquire(store, "maya@example.com", T0, 1)
    with pytest.raises(Refused, match="only a booked appointment"):
        store.record_milestone("maya@example.com", Event(Milestone.CANCELLED, T0), actor="Dana", cause=Cause.STAFF)
    contact = store.contact("maya@example.com")
    assert contact is not None and contact.stage == Stage.LEAD
    with pytest.raises(StageError, match="no contact"):
        store.record_milestone("nobody@example.com", Event(Milestone.PAID, T0), actor="Dana", cause=Cause.STAFF)


def test_a_withdrawal_by_mail_is_lost_and_writing_again_reopens(store: Repository) -> None:
    inquire(store, "maya@example.com", T0, 1, books=True)
    inquire(store, "maya@example.com", T0 + DAY, 2, withdraws=True)
    contact = store.contact("maya@example.com")
    assert contact is not None and (contact.stage, contact.lost_at) == (Stage.LOST, T0 + DAY)
    inquire(store, "maya@example.com", T0 + 30 * DAY, 3)
    contact = store.contact("maya@example.com")
    assert contact is not None and contact.stage == Stage.PROSPECT


def test_a_cancellation_by_mail_cancels_a_booking_and_nothing_else(store: Repository) -> None:
    inquire(store, "maya@example.com", T0, 1, books=True)
    inquire(store, "maya@example.com", T0 + DAY, 2, cancels=True)  # no booking known: nothing to cancel
    contact = store.contact("maya@example.com")
    assert contact is not None and contact.stage == Stage.PROSPECT
    store.record_milestone("maya@example.com", Event(Milestone.BOOKED, T0 + DAY), actor="Dana", cause=Cause.STAFF)
    inquire(store, "maya@example.com", T0 + 2 * DAY, 3, cancels=True)
    contact = store.contact("maya@example.com")
    assert contact is not None and (contact.stage, contact.cancelled_at) == (Stage.CANCELLED, T0 + 2 * DAY)


def test_an_existing_client_moving_a_session_is_no_new_lead_or_prospect(store: Repository) -> None:
    _, new = inquire(store, "old.client@example.com", T0, 1, books=True, client_request=True)
    contact = store.contact("old.client@example.com")
    assert new is False and contact is not None and contact.stage == Stage.CLIENT and contact.is_lead is False
    assert contact.prospect_at is None and contact.client_at is None  # not a new client either
    inquire(store, "lead@example.com", T0, 2)
    _, new = inquire(store, "lead@example.com", T0 + DAY, 3, books=True, client_request=True)
    lead = store.contact("lead@example.com")
    assert new is False and lead is not None and lead.stage == Stage.LEAD


def test_staff_stage_command_still_moves_by_name(store: Repository) -> None:
    inquire(store, "maya@example.com", T0, 1)
    contact, changed = store.set_stage("maya@example.com", "booked", actor="Dana", at=T0 + DAY)
    assert changed and contact.stage == Stage.BOOKED and contact.booked_at == T0 + DAY
    contact, changed = store.set_stage("maya@example.com", "cancelled", actor="Dana", at=T0 + 2 * DAY)
    assert changed and contact.stage == Stage.CANCELLED
