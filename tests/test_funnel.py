"""The funnel: stages move forward only, staff replies are found in Sent, quiet leads get one follow-up."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import example_config
from tests.servers import Account
from tests.test_poll_imap import FIXTURES, _id, append, connect, folder, make_config
from triage.adapters.store import Store
from triage.cli import main
from triage.core.classify import Classifier
from triage.core.kinds import LedgerState
from triage.core.stages import StageError, check_move
from triage.pipeline.followup import due
from triage.repository import InquiryRecord
from triage.runner import build_poller, poll_once

T0 = datetime(2026, 4, 6, 17, 0, tzinfo=UTC)


# -- stages: pure rules ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target", "expected"),
    [
        ("lead", "prospect", "prospect"),
        ("lead", "client", "client"),
        ("prospect", "client", "client"),
        ("lead", "lost", "lost"),
        ("prospect", "lost", "lost"),
        ("client", "client", "client"),
    ],
)
def test_stages_move_forward(current: str, target: str, expected: str) -> None:
    assert check_move(current, target) == expected


@pytest.mark.parametrize(("current", "target"), [("client", "lead"), ("client", "prospect"), ("prospect", "lead")])
def test_stages_never_move_back(current: str, target: str) -> None:
    with pytest.raises(StageError, match="forward"):
        check_move(current, target)


def test_a_client_is_never_lost() -> None:
    with pytest.raises(StageError, match="client"):
        check_move("client", "lost")


def test_a_lost_contact_reopens_where_they_were() -> None:
    assert check_move("lost", "prospect", before_lost="prospect") == "prospect"
    with pytest.raises(StageError):
        check_move("lost", "lead", before_lost="prospect")


# -- stages in the store ---------------------------------------------------------------------------------------


def _inquire(store: Store, email_addr: str, at: datetime, *, books: bool = False, n: int = 1) -> int:
    (claim,) = store.claim_many("main", "INBOX", 1, [(n, f"<{n}@x>", f"h{n}", at)])
    ((contact_id, _),) = store.record_inquiries(
        [
            InquiryRecord(
                entry_id=claim.entry_id,
                email=email_addr,
                first_name="Maya",
                source="direct",
                at=at,
                mailbox="main",
                message_ref=f"<{n}@x>",
                labels=("scheduling",) if books else ("insurance",),
                thread_key=None,
                state=LedgerState.RECORDED,
                books=books,
            )
        ]
    )
    return contact_id


def test_asking_to_book_makes_a_lead_a_prospect_with_the_date(store: Store) -> None:
    _inquire(store, "maya@example.com", T0, books=True)
    contact = store.contact("maya@example.com")
    assert contact is not None and (contact.stage, contact.created_at, contact.prospect_at) == ("prospect", T0, T0)
    (change,) = [t for t in store.history(contact.id) if t.kind == "stage_change"]
    assert change.actor == "triage" and "book" in change.detail


def test_staff_move_a_contact_and_the_dates_are_kept(store: Store) -> None:
    _inquire(store, "maya@example.com", T0)
    later = T0 + timedelta(days=9)
    contact, changed = store.set_stage("MAYA@example.com", "client", actor="Dana", reason="intake done", at=later)
    assert changed and (contact.stage, contact.client_at, contact.prospect_at) == ("client", later, later)
    with pytest.raises(StageError):
        store.set_stage("maya@example.com", "prospect", actor="Dana")


def test_an_existing_client_writing_in_is_not_a_new_lead(store: Store) -> None:
    _inquire(store, "maya@example.com", T0)
    store.set_stage("maya@example.com", "client", actor="Dana")
    (claim,) = store.claim_many("main", "INBOX", 1, [(2, "<2@x>", "h2", None)])
    ((_, new),) = store.record_inquiries(
        [
            InquiryRecord(
                entry_id=claim.entry_id,
                email="maya@example.com",
                first_name=None,
                source="direct",
                at=T0 + timedelta(days=30),
                mailbox="main",
                message_ref="<2@x>",
                labels=("scheduling",),
                thread_key=None,
                state=LedgerState.RECORDED,
                books=True,
            )
        ]
    )
    contact = store.contact("maya@example.com")
    assert new is False and contact is not None and contact.stage == "client"


def test_a_lost_contact_who_writes_again_is_reopened(store: Store) -> None:
    _inquire(store, "maya@example.com", T0, books=True)
    store.set_stage("maya@example.com", "lost", actor="Dana", reason="found someone closer")
    _inquire(store, "maya@example.com", T0 + timedelta(days=40), n=2)
    contact = store.contact("maya@example.com")
    assert contact is not None and contact.stage == "prospect" and contact.lost_at is not None


def test_contact_commands_show_move_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = example_config(tmp_path)
    store = Store(f"sqlite:///{tmp_path / 'triage.db'}")
    _inquire(store, "maya@example.com", T0)
    store.close()
    assert main(["contact", "stage", "maya@example.com", "prospect", "--by", "Dana", "--config", str(config)]) == 0
    assert "now prospect" in capsys.readouterr().out
    assert main(["contact", "show", "maya@example.com", "--config", str(config)]) == 0
    shown = capsys.readouterr().out
    assert "prospect" in shown and "Dana" in shown and "stage change" in shown
    assert main(["contact", "list", "--stage", "prospect", "--config", str(config)]) == 0
    assert "maya@example.com" in capsys.readouterr().out
    assert main(["contact", "stage", "maya@example.com", "lost", "--config", str(config)]) == 0
    assert main(["contact", "stage", "nobody@example.com", "client", "--config", str(config)]) == 2
    assert "no contact" in capsys.readouterr().err


# -- replies found in Sent -------------------------------------------------------------------------------------


def _staff_reply(original: email.message.Message, *, sender: str = "dana@calmharbor.example") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Dana Reyes <{sender}>"
    msg["To"] = original["Reply-To"] or original["From"]
    msg["Subject"] = "Re: " + str(original["Subject"] or "")
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="calmharbor.example")
    msg["In-Reply-To"] = _id(original["Message-ID"])
    msg["References"] = _id(original["Message-ID"])
    msg.set_content("Hi! Yes, we do. — Dana")
    return msg.as_bytes()


def test_a_staff_reply_in_sent_is_recorded_and_its_draft_removed(
    imap_account: Account, tmp_path: Path, poll: Any
) -> None:
    append(imap_account, ["plain_utf8_lf_aetna.eml", "gmail_alt_couples_gottman.eml"])
    config = make_config(imap_account, tmp_path)
    poll(config)
    assert len(folder(imap_account, "Drafts")) == 2
    original = email.message_from_bytes((FIXTURES / "plain_utf8_lf_aetna.eml").read_bytes())
    with connect(imap_account) as client:
        if not client.folder_exists("Sent"):
            client.create_folder("Sent")
        client.append("Sent", _staff_reply(original), flags=[b"\\Seen"])
    report = poll(config)
    assert report.replies_found == 1 and report.drafts_removed == 1
    (left,) = [m for _, m in folder(imap_account, "Drafts")]
    assert _id(left["In-Reply-To"]) != _id(original["Message-ID"])
    store = Store(config.store.url)
    (reply,) = store.touchpoints("reply_sent")
    assert reply.actor == "dana@calmharbor.example" and reply.reply_to_ref == _id(original["Message-ID"])
    store.close()


def test_an_inquiry_already_answered_by_hand_gets_no_draft(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    append(imap_account, ["plain_utf8_lf_aetna.eml"])
    original = email.message_from_bytes((FIXTURES / "plain_utf8_lf_aetna.eml").read_bytes())
    with connect(imap_account) as client:
        client.create_folder("Sent")
        client.append("Sent", _staff_reply(original), flags=[b"\\Seen"])
    report = poll(make_config(imap_account, tmp_path))
    assert report.drafts == 0 and folder(imap_account, "Drafts") == []
    assert report.replies_found == 1


def test_replies_sent_by_triage_are_not_counted_twice(
    imap_account: Account, tmp_path: Path, poll: Any, smtp_sink: Any
) -> None:
    append(imap_account, ["plain_utf8_lf_aetna.eml"])
    config = make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send")
    assert poll(config).sent == 1
    poll(config)  # sees its own copy in Sent
    store = Store(config.store.url)
    assert len(store.touchpoints("reply_sent")) == 1
    store.close()


# -- follow-ups ------------------------------------------------------------------------------------------------


def test_follow_up_is_due_only_after_silence_and_only_up_to_the_limit() -> None:
    from triage.repository import FollowupCandidate

    now = T0 + timedelta(days=10)
    base = FollowupCandidate(1, "m@x", "Maya", "en", T0, "<r@x>", T0 - timedelta(hours=2), 0)
    assert due(base, now=now, after_days=7, limit=1)
    assert not due(base, now=T0 + timedelta(days=3), after_days=7, limit=1)
    assert not due(FollowupCandidate(**{**base.__dict__, "followups": 1}), now=now, after_days=7, limit=1)
    wrote_back = FollowupCandidate(**{**base.__dict__, "last_inquiry_at": T0 + timedelta(days=1)})
    assert not due(wrote_back, now=now, after_days=7, limit=1)
    assert not due(base, now=now, after_days=0, limit=1)


def test_a_quiet_answered_lead_gets_exactly_one_follow_up_draft(
    imap_account: Account, tmp_path: Path, classifier: Classifier
) -> None:
    append(imap_account, ["plain_utf8_lf_aetna.eml"])
    original = email.message_from_bytes((FIXTURES / "plain_utf8_lf_aetna.eml").read_bytes())
    with connect(imap_account) as client:
        client.create_folder("Sent")
        client.append("Sent", _staff_reply(original), flags=[b"\\Seen"])
    config = make_config(imap_account, tmp_path)
    store = Store(config.store.url)
    later = datetime.now(UTC) + timedelta(days=8)
    for when in (datetime.now(UTC), later, later + timedelta(days=30)):
        poller = build_poller(config, classifier, store=store)
        poller.now = lambda when=when: when  # type: ignore[misc]
        poll_once(poller)
    drafts = [m for _, m in folder(imap_account, "Drafts")]
    assert len(drafts) == 1 and drafts[0]["X-Triage-Source"].startswith("followup-")
    assert "follow up" in drafts[0].get_payload(decode=True).decode()
    assert len(store.touchpoints("followup_drafted")) == 1
    store.close()


def test_an_existing_client_writing_in_gets_a_clients_reply(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    raw = (FIXTURES / "plain_crlf_reschedule_friday.eml").read_bytes()
    with connect(imap_account) as client:
        client.append("INBOX", raw)
    config = make_config(imap_account, tmp_path)
    poll(config)
    sender = email.utils.parseaddr(str(email.message_from_bytes(raw)["From"]))[1]
    store = Store(config.store.url)
    store.set_stage(sender, "client", actor="Dana", reason="intake done")
    store.close()
    with connect(imap_account) as client:
        client.append("INBOX", raw.replace(b"Message-ID: <", b"Message-ID: <again.", 1))
    report = poll(config)
    assert report.leads == 0, "a client writing again is not a new lead"
    (draft,) = [m for _, m in folder(imap_account, "Drafts")]  # one person, one draft: the first was replaced
    body = draft.get_payload(decode=True).decode()
    assert "Thanks for your message" in body and "accepting new clients" not in body
