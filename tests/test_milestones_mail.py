"""The person's own mail moves them along the funnel: a withdrawal is lost, a booked person's cancellation is
cancelled, and an existing client asking to move a session is neither a new lead nor a new prospect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.mail import message
from tests.test_pipeline import Practice, config
from triage.adapters.memory_store import MemoryStore
from triage.core.classify import Classifier
from triage.core.kinds import Stage
from triage.core.milestones import Cause, Event, Milestone
from triage.runner import build_poller

ASK = "Hi, I'm looking for a therapist for anxiety. Could I book an intake appointment next week? Thanks, Maya"


@pytest.fixture
def desk(classifier: Classifier, tmp_path: Path) -> Practice:
    poller = build_poller(config(tmp_path), classifier, store=MemoryStore(), workers=0)
    practice = Practice(poller)
    poller.send = lambda to, raw: practice.outbox.append((tuple(to), raw))
    return practice


def stage(desk: Practice, email: str) -> Any:
    contact = desk.store.contact(email)
    assert contact is not None
    return contact


def test_never_mind_i_found_someone_is_lost(desk: Practice) -> None:
    desk.put(message("Maya <maya@example.com>", ASK))
    desk.poll()
    assert stage(desk, "maya@example.com").stage == Stage.PROSPECT
    desk.put(message("Maya <maya@example.com>", "Never mind, I found someone closer to home. Thanks anyway!"))
    desk.poll()
    contact = stage(desk, "maya@example.com")
    assert contact.stage == Stage.LOST and contact.stage_before_lost == Stage.PROSPECT and contact.lost_at


def test_a_booked_person_who_writes_to_cancel_is_cancelled(desk: Practice) -> None:
    desk.put(message("Maya <maya@example.com>", ASK))
    desk.poll()
    desk.store.record_milestone(
        "maya@example.com",
        Event(Milestone.BOOKED, stage(desk, "maya@example.com").created_at),
        actor="Dana",
        cause=Cause.STAFF,
    )
    desk.put(message("Maya <maya@example.com>", "Hi Dana, I need to cancel my appointment on Thursday. Sorry! Maya"))
    desk.poll()
    contact = stage(desk, "maya@example.com")
    assert contact.stage == Stage.CANCELLED and contact.cancelled_at is not None


def test_an_existing_client_moving_a_session_is_not_a_new_lead_or_prospect(desk: Practice) -> None:
    text = "Hi Dana, can we move my session this Thursday to Friday at the same time? Thanks, Lee"
    desk.put(message("Lee <lee@example.com>", text))
    report = desk.poll()
    contact = stage(desk, "lee@example.com")
    assert report.leads == 0
    assert contact.stage == Stage.CLIENT and contact.prospect_at is None and contact.is_lead is False


# -- the one invitation to rebook -------------------------------------------------------------------------------


def _rebooks(desk: Practice) -> list[Any]:
    return [d for d in desk.drafts() if str(d["X-Triage-Source"]).startswith("rebook-")]


def test_a_cancelled_booking_gets_one_invitation_to_rebook(desk: Practice) -> None:
    desk.put(message("Maya <maya@example.com>", ASK))
    desk.poll()
    written = stage(desk, "maya@example.com").created_at
    book = Event(Milestone.BOOKED, written + timedelta(days=1))
    desk.store.record_milestone("maya@example.com", book, actor="Dana", cause=Cause.STAFF)
    cancel = Event(Milestone.CANCELLED, written + timedelta(days=2))
    desk.store.record_milestone("maya@example.com", cancel, actor="EHR export", cause=Cause.IMPORT)
    clock = datetime.now(UTC) + timedelta(hours=2)
    desk.poller.now = lambda: clock  # type: ignore[method-assign]
    desk.poll()
    (draft,) = _rebooks(desk)
    body = draft.get_payload(decode=True).decode()
    assert "new time" in body and "Maya" in body and draft["To"].endswith("<maya@example.com>")
    later = clock + timedelta(hours=2)
    desk.poller.now = lambda: later  # type: ignore[method-assign]
    desk.poll()
    assert len(_rebooks(desk)) == 1, "one invitation per cancellation"


def test_no_invitation_to_rebook_for_their_own_cancellation_a_client_or_someone_lost(desk: Practice) -> None:
    desk.put(message("Maya <maya@example.com>", ASK), message("Ana <ana@example.com>", ASK))
    desk.poll()
    for who in ("maya@example.com", "ana@example.com"):
        at = stage(desk, who).created_at + timedelta(days=1)
        desk.store.record_milestone(who, Event(Milestone.BOOKED, at), actor="Dana", cause=Cause.STAFF)
    desk.put(message("Maya <maya@example.com>", "Hi Dana, I need to cancel my appointment on Thursday. Sorry! Maya"))
    desk.store.set_stage("ana@example.com", "lost", actor="Dana")
    clock = datetime.now(UTC) + timedelta(hours=2)
    desk.poller.now = lambda: clock  # type: ignore[method-assign]
    desk.poll()
    assert stage(desk, "maya@example.com").stage == Stage.CANCELLED
    assert _rebooks(desk) == []
