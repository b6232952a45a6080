"""The funnel store keeps its promises on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.stores import sqlite_url
from triage.adapters.store import Store
from triage.core.kinds import LedgerState, Stage, TouchpointKind
from triage.core.stages import STAGES
from triage.repository import InquiryRecord, NewTouchpoint, Repository, StoreError


def _record(entry_id: int, email: str, at: datetime) -> InquiryRecord:
    return InquiryRecord(
        entry_id=entry_id,
        email=email,
        first_name="Maya",
        source="direct",
        at=at,
        mailbox="main",
        message_ref=f"<{entry_id}@x>",
        labels=("insurance",),
        thread_key=None,
        state=LedgerState.RECORDED,
    )


def test_a_message_is_claimed_once_however_often_it_is_fetched(store: Store) -> None:
    first = store.claim_many("main", "INBOX", 7, [(1, "<a@x>", "h1", None), (2, None, "h2", None)])
    again = store.claim_many("main", "INBOX", 7, [(1, "<a@x>", "h1", None), (2, None, "h2", None)])
    assert [c.new for c in first] == [True, True]
    assert [c.new for c in again] == [False, False]
    assert [c.entry_id for c in first] == [c.entry_id for c in again]


def test_a_uidvalidity_change_finds_the_same_message_by_message_id_or_hash(store: Store) -> None:
    old = store.claim_many("main", "INBOX", 7, [(1, "<a@x>", "h1", None), (2, None, "h2", None)])
    store.set_state([c.entry_id for c in old], LedgerState.DELIVERED)
    renumbered = store.claim_many("main", "INBOX", 4242, [(10, "<a@x>", "h1", None), (11, None, "h2", None)])
    assert [(c.entry_id, c.state, c.new) for c in renumbered] == [
        (c.entry_id, LedgerState.DELIVERED, False) for c in old
    ]
    assert store.unfinished("main", "INBOX", 4242) == []


def test_unfinished_lists_what_a_crash_left_half_done(store: Store) -> None:
    claims = store.claim_many("main", "INBOX", 7, [(1, None, "h1", None), (2, None, "h2", None)])
    store.set_state([claims[0].entry_id], LedgerState.DELIVERED)
    assert store.unfinished("main", "INBOX", 7) == [(claims[1].entry_id, 2, LedgerState.FETCHED)]


def test_big_imap_numbers_fit(store: Store) -> None:
    store.set_cursor("main", "INBOX", 4_294_967_295, 4_294_967_294)
    assert store.cursor("main", "INBOX") == (4_294_967_295, 4_294_967_294)


def test_contacts_are_matched_by_email_case_insensitively(store: Store) -> None:
    at = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    claims = store.claim_many("main", "INBOX", 7, [(1, None, "h1", None), (2, None, "h2", None)])
    ids = store.record_inquiries([_record(claims[0].entry_id, "Maya@Example.com", at)])
    ids += store.record_inquiries([_record(claims[1].entry_id, "maya@example.COM", at)])
    assert ids[0][0] == ids[1][0]
    assert [new for _, new in ids] == [True, False], "the second message is the same lead, not a new one"
    (contact,) = store.contacts()
    assert (contact.email, contact.stage, contact.created_at) == ("maya@example.com", "lead", at)
    assert len(store.touchpoints("inquiry")) == 2


def test_bodies_are_not_stored_unless_asked(tmp_path: Path) -> None:
    at = datetime(2026, 11, 2, tzinfo=UTC)
    for keep, name in ((False, "a.db"), (True, "b.db")):
        s = Store(f"sqlite:///{tmp_path / name}", keep_bodies=keep)
        (claim,) = s.claim_many("main", "INBOX", 1, [(1, None, "h", None)])
        rec = _record(claim.entry_id, "x@example.com", at)
        s.record_inquiries([InquiryRecord(**{**rec.__dict__, "body": "I have been anxious"})])
        (entry,) = s.entries()
        assert (entry.body is not None) == keep
        s.close()


def test_the_sqlite_file_is_private(tmp_path: Path) -> None:
    Store(sqlite_url(tmp_path)).close()
    mode = stat.S_IMODE(os.stat(tmp_path / "triage.db").st_mode)
    assert mode & 0o077 == 0, oct(mode)


def test_an_unreachable_database_is_one_clear_line() -> None:
    with pytest.raises(StoreError) as err:
        Store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    message = str(err.value)
    assert "127.0.0.1:1" in message and "secret" not in message and "\n" not in message


def test_states_kinds_and_stages_are_kept_as_their_plain_words(sql_store: Store) -> None:
    """The database holds the same strings as before the enums (old rows read back unchanged)."""
    from sqlalchemy import text

    store = sql_store
    (claim,) = store.claim_many("main", "INBOX", 7, [(1, "<a@x>", "h1", None)])
    store.record_inquiries([_record(claim.entry_id, "maya@example.com", datetime(2026, 11, 2, tzinfo=UTC))])
    store.set_state([claim.entry_id], LedgerState.DELIVERED)
    with store.session() as s:
        assert s.execute(text("SELECT state FROM messages")).scalar_one() == "delivered"
        assert s.execute(text("SELECT stage FROM contacts")).scalar_one() == "lead"
        assert s.execute(text("SELECT kind FROM touchpoints")).scalar_one() == "inquiry"
    (entry,) = store.entries()
    (contact,) = store.contacts()
    (touchpoint,) = store.touchpoints()
    assert entry.state is LedgerState.DELIVERED and contact.stage is Stage.LEAD
    assert touchpoint.kind is TouchpointKind.INQUIRY


def test_the_stage_words_are_the_funnel_rules_words() -> None:
    assert tuple(Stage) == STAGES


def test_the_backlog_always_lists_a_crisis_nobody_answered_whatever_the_window(store: Repository) -> None:
    now = datetime.now(UTC)
    old = now - timedelta(days=30)
    arrivals = [("<c1@x>", old, ("crisis",)), ("<c2@x>", old, ("crisis",)), ("<q1@x>", old, ("fees",))]
    arrivals.append(("<q2@x>", now, ("fees",)))
    claims = store.claim_many("main", "INBOX", 7, [(i, m, f"h{i}", at) for i, (m, at, _) in enumerate(arrivals, 1)])
    records = [
        InquiryRecord(
            c.entry_id, f"p{i}@example.com", None, "direct", at, "main", m, labels, None, LedgerState.DELIVERED
        )
        for i, (c, (m, at, labels)) in enumerate(zip(claims, arrivals, strict=True))
    ]
    ids = store.record_inquiries(records)
    answered = NewTouchpoint(ids[1][0], TouchpointKind.REPLY_SENT, message_ref="<r@x>", reply_to_ref="<c2@x>")
    store.add_touchpoint(answered)
    rows = store.backlog(now - timedelta(days=14))
    assert sorted(r.entry_id for r in rows) == [claims[0].entry_id, claims[3].entry_id]
    assert store.backlog(None) and len(store.backlog(None)) == 4
