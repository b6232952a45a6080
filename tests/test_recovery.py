"""Crashes between two writes that cannot be one transaction, and a store started afresh: triage finds its own
drafts by their X-Triage-Source header and never leaves two drafts for one person, or drafts a message twice."""

from __future__ import annotations

import email
from collections.abc import Sequence
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from tests.mail import CRISIS_TEXT, INQUIRY_TEXT, message
from tests.test_pipeline import CLINICIAN, config
from triage.adapters.memory_mailbox import MemoryMailbox
from triage.adapters.memory_store import MemoryStore
from triage.core.classify import Classifier
from triage.mailroom import MailboxError
from triage.pipeline.batch import PollReport
from triage.pipeline.poller import Poller
from triage.runner import build_poller


class Desk:
    def __init__(self, poller: Poller) -> None:
        self.poller = poller
        self.mailbox = MemoryMailbox(folders=("INBOX", "Drafts", "Sent"))
        self.outbox: list[tuple[tuple[str, ...], bytes]] = []
        poller.send = lambda to, raw: self.outbox.append((tuple(to), raw))

    def poll(self) -> PollReport:
        return self.poller.poll(self.poller.config.mailboxes[0], self.mailbox)

    def drafts(self) -> list[Message]:
        return [email.message_from_bytes(raw) for _, raw in self.mailbox.contents("Drafts")]

    def answered(self) -> list[str]:
        return sorted("".join(str(d["In-Reply-To"]).split()) for d in self.drafts())


@pytest.fixture
def desk(classifier: Classifier, tmp_path: Path) -> Desk:
    return Desk(build_poller(config(tmp_path), classifier, store=MemoryStore(), workers=0))


def _crash(*args: Any, **kwargs: Any) -> None:
    raise SystemExit("killed here")


def test_a_crash_between_the_merged_draft_and_removing_the_earlier_one_is_finished_by_the_next_poll(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.mailbox.put("INBOX", message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    desk.mailbox.put("INBOX", message("Maya <maya@example.com>", "Also, do you see couples?", message_id="<m2@x>"))
    monkeypatch.setattr(desk.mailbox, "delete", _crash)  # killed after the merged draft is in, before the old is out
    with pytest.raises(SystemExit):
        desk.poll()
    assert desk.answered() == ["<m1@x>", "<m2@x>"], "the crash left both drafts"
    monkeypatch.undo()
    report = desk.poll()
    assert desk.answered() == ["<m2@x>"], "the next poll took the earlier one out, found by its header"
    assert report.drafts == 0 and report.drafts_removed == 1
    assert desk.poll().drafts_removed == 0


def test_a_crash_after_a_never_mind_is_recorded_still_takes_the_waiting_draft_out(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.mailbox.put("INBOX", message("Nm <nm@example.com>", "Do you take Cigna?", message_id="<n1@x>"))
    desk.poll()
    desk.mailbox.put("INBOX", message("Nm <nm@example.com>", "Never mind, I found someone. Thanks!"))
    monkeypatch.setattr(desk.mailbox, "delete", _crash)
    with pytest.raises(SystemExit):
        desk.poll()
    monkeypatch.undo()
    desk.poll()
    assert desk.drafts() == []


def _fresh_store(desk: Desk) -> None:
    """What deleting triage.db does: the mailbox keeps its drafts, the store knows nothing."""
    desk.poller.store = MemoryStore()


def test_a_deleted_store_does_not_repeat_drafts_or_alerts(desk: Desk) -> None:
    people = [
        message(f"P{i} <p{i}@example.com>", INQUIRY_TEXT.format(name=f"P{i}"), message_id=f"<p{i}@x>") for i in range(4)
    ]
    for raw in [*people, message("Sam <sam@example.org>", CRISIS_TEXT, message_id="<sos@x>")]:
        desk.mailbox.put("INBOX", raw)
    first = desk.poll()
    assert first.drafts == 5 and first.alerts == 1
    _fresh_store(desk)
    again = desk.poll()
    assert again.drafts == 0 and again.alerts == 0 and again.leads == 5, "recorded again, drafted and alerted never"
    assert desk.answered() == sorted([*(f"<p{i}@x>" for i in range(4)), "<sos@x>"])
    assert len([to for to, _ in desk.outbox if CLINICIAN in to]) == 1


def test_after_a_deleted_store_a_new_message_replaces_the_persons_draft_already_in_drafts(desk: Desk) -> None:
    desk.mailbox.put("INBOX", message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    _fresh_store(desk)
    desk.mailbox.put("INBOX", message("Maya <maya@example.com>", "Also, do you see couples?", message_id="<m2@x>"))
    desk.poll()
    assert desk.answered() == ["<m2@x>"], "one person, one draft, even across a lost store"


class ReadOnlyInbox(MemoryMailbox):
    """An inbox where this login may not change flags (IMAP ACL without the 'w' right)."""

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None:
        raise MailboxError(f"{self.name}: the server did not set \\Flagged in {folder!r}")


def test_a_read_only_inbox_warns_once_and_the_crisis_still_gets_its_alert_and_draft(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    desk.mailbox = ReadOnlyInbox(name="ro", folders=("INBOX", "Drafts", "Sent"))
    for i in range(2):
        desk.mailbox.put("INBOX", message(f"Sam{i} <sam{i}@example.org>", CRISIS_TEXT))
        report = desk.poll()
        assert report.alerts == 1 and report.drafts == 1
    warnings = [r for r in caplog.records if "cannot be flagged" in r.getMessage()]
    assert len(warnings) == 1, "warned once, not every poll"


def test_a_message_that_breaks_the_reader_is_quarantined_alone(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    import triage.understand as understand

    real = understand.extract

    def fragile(inquiry: Any, own: frozenset[str]) -> Any:
        if "breaks" in (inquiry.sender_email or ""):
            raise IndexError("a bug meeting odd input")
        return real(inquiry, own)

    monkeypatch.setattr(understand, "extract", fragile)
    desk.mailbox.put("INBOX", message("Br <breaks@example.com>", INQUIRY_TEXT.format(name="Br")))
    desk.mailbox.put("INBOX", message("Sam <sam@example.org>", CRISIS_TEXT, message_id="<sos@x>"))
    report = desk.poll()
    assert report.quarantined == {"could not be read: IndexError while understanding it": 1}
    assert report.alerts == 1 and desk.answered() == ["<sos@x>"], "the crisis beside it was not held"
