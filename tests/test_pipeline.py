"""The poll's pipeline on the in-memory store and mailbox: the fast tier. Every promise of the poll that does not
depend on a real server is held here in milliseconds; tests/test_poll_imap.py holds them again against Dovecot."""

from __future__ import annotations

import email
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from tests.mail import BROKEN, CRISIS, CRISIS_TEXT, INQUIRIES, INQUIRY_TEXT, NO_REPLY, fixture, message
from triage.adapters.memory_mailbox import MemoryMailbox
from triage.adapters.memory_store import MemoryStore
from triage.compose import ComposeError, Composer, Reply
from triage.config import Config
from triage.configfile import write_config
from triage.core.classify import Classifier
from triage.core.draft import build_alert
from triage.core.kinds import LedgerState, TouchpointKind
from triage.core.model import Understanding
from triage.pipeline import PIPELINE
from triage.pipeline.batch import PollReport
from triage.pipeline.poller import Poller
from triage.runner import build_poller

ROOT = Path(__file__).parent.parent
CLINICIAN = "clinician@calmharbor.example"


def config(folder: Path, mode: str = "draft", names: Sequence[str] = ("main",)) -> Config:
    """The example practice with in-memory mailboxes (their IMAP settings are never used: the test hands the
    poller a MemoryMailbox)."""
    boxes = [{"name": n, "host": "imap.example", "username": "hello@calmharbor.example", "mode": mode} for n in names]
    return write_config(
        folder / "triage.toml",
        store={"url": "sqlite:///unused.db"},
        mailboxes=boxes,
        safety={"alert_to": [CLINICIAN]},
    )


@dataclass
class Practice:
    """One practice's inbox on the fast tier: a config, the in-memory store and mailbox, an SMTP outbox."""

    poller: Poller
    mailbox: MemoryMailbox = field(default_factory=lambda: MemoryMailbox(folders=("INBOX", "Drafts", "Sent")))
    outbox: list[tuple[tuple[str, ...], bytes]] = field(default_factory=list)

    @property
    def store(self) -> MemoryStore:
        assert isinstance(self.poller.store, MemoryStore)
        return self.poller.store

    def put(self, *raws: bytes, when: datetime | None = None) -> None:
        for raw in raws:
            self.mailbox.put("INBOX", raw, when=when)

    def poll(self) -> PollReport:
        return self.poller.poll(self.poller.config.mailboxes[0], self.mailbox)

    def drafts(self) -> list[Message]:
        return [email.message_from_bytes(raw) for _, raw in self.mailbox.contents("Drafts")]

    def sent_to_people(self) -> list[tuple[str, ...]]:
        return [to for to, _ in self.outbox if CLINICIAN not in to]

    def alerts(self) -> list[bytes]:
        return [raw for to, raw in self.outbox if CLINICIAN in to]

    def states(self) -> dict[str, list[str | None]]:
        out: dict[str, list[str | None]] = {}
        for e in self.store.entries():
            out.setdefault(e.state, []).append(e.reason)
        return out


@pytest.fixture
def practice(classifier: Classifier, tmp_path: Path) -> Callable[..., Practice]:
    def make(mode: str = "draft", send: Callable[[Sequence[str], bytes], None] | None = None) -> Practice:
        poller = build_poller(config(tmp_path, mode), classifier, store=MemoryStore(), workers=0)
        desk = Practice(poller)
        poller.send = send or (lambda to, raw: desk.outbox.append((tuple(to), raw)))
        return desk

    return make


def _id(header: str | None) -> str:
    return "".join(str(header or "").split())


def _recipient(draft: Message) -> str:
    return email.utils.parseaddr(str(draft["To"]))[1].lower()


# -- the list itself ------------------------------------------------------------------------------------------------


def test_the_pipeline_is_one_list_of_named_steps() -> None:
    names = [step.__name__.rsplit(".", 1)[-1] for step in PIPELINE]  # type: ignore[attr-defined]
    assert names == [
        "claim",
        "quarantine",
        "notices",
        "plan",
        "recall",
        "rules",
        "one_draft_per_person",
        "compose",
        "record",
        "alert",
        "deliver",
        "take_out",
    ]


# -- what every poll promises --------------------------------------------------------------------------------------


def test_each_inquiry_gets_one_draft_threaded_under_it_and_machine_mail_gets_none(practice: Any) -> None:
    desk = practice()
    desk.put(*map(fixture, [*INQUIRIES, *NO_REPLY, CRISIS, BROKEN]))
    report = desk.poll()
    drafts = desk.drafts()
    assert report.fetched == len(INQUIRIES) + len(NO_REPLY) + 2
    assert len(drafts) == len(INQUIRIES) + 1, "the crisis gets a crisis draft"
    originals = {_id(email.message_from_bytes(fixture(n))["Message-ID"]): n for n in [*INQUIRIES, CRISIS]}
    assert {_id(d["In-Reply-To"]) for d in drafts} == set(originals)
    assert all(flags == {b"\\Draft"} for flags, _ in desk.mailbox.contents("Drafts"))
    assert report.leads == len(INQUIRIES) + 1 and report.crises == 1 and report.alerts == 1
    assert list(report.quarantined) == ["binary data, not an e-mail message"]
    assert sorted(desk.states()) == ["delivered", "quarantined", "skipped"]


def test_a_second_poll_changes_nothing(practice: Any) -> None:
    desk = practice()
    desk.put(*map(fixture, [*INQUIRIES, CRISIS, BROKEN]))
    desk.poll()
    again = desk.poll()
    assert (again.fetched, again.drafts, again.alerts, again.leads) == (0, 0, 0, 0)
    assert len(desk.drafts()) == len(INQUIRIES) + 1 and len(desk.alerts()) == 1


def test_the_crisis_is_flagged_alerted_without_its_body_and_drafted_with_resources(practice: Any) -> None:
    desk = practice()
    desk.put(message("Sam Doe <sam@example.org>", CRISIS_TEXT))
    desk.poll()
    ((flags, _),) = desk.mailbox.contents("INBOX")
    assert b"\\Flagged" in flags
    (alert,) = desk.alerts()
    assert b"needs a clinician" in alert and b"pills" not in alert
    (draft,) = desk.drafts()
    assert "988" in draft.get_payload(decode=True).decode()


def test_while_smtp_is_down_a_crisis_still_gets_its_draft_and_flag_and_the_alert_is_retried_every_poll(
    practice: Any,
) -> None:
    def down(to: Sequence[str], raw: bytes) -> None:
        raise OSError("connection refused")

    desk = practice(send=down)
    desk.put(message("Sam Doe <sam@example.org>", CRISIS_TEXT))
    report = desk.poll()
    assert report.alerts == 0 and report.errors, "the failed alert is reported"
    assert "sam@example.org" not in " ".join(report.errors), "without the person's address"
    (draft,) = desk.drafts()
    assert "988" in draft.get_payload(decode=True).decode(), "the crisis-resources draft did not wait for SMTP"
    assert b"\\Flagged" in desk.mailbox.contents("INBOX")[0][0]
    (row,) = desk.store.backlog()
    assert row.alert_pending and "NOT ALERTED" in row.status
    assert desk.poll().errors, "still down: tried again, reported again"
    desk.poller.send = lambda to, raw: desk.outbox.append((tuple(to), raw))
    again = desk.poll()
    assert again.alerts == 1 and len(desk.alerts()) == 1 and len(desk.drafts()) == 1
    assert b"sam@example.org" in desk.alerts()[0]
    assert not desk.store.backlog()[0].alert_pending and desk.store.pending_alerts() == []
    assert desk.poll().alerts == 0 and len(desk.alerts()) == 1, "an alert that went out is never sent twice"


# -- one person, one draft ------------------------------------------------------------------------------------------


_ANSWERING = (
    "MESSAGE SUMMARY\n==========\nTime of call: Mon 07:52 PM\nCaller name: {name}\nCallback #: {phone}\n"
    "Email: (not given)\nReason: New client\n\nMessage:\nCaller is looking for grief counseling and asked whether "
    "we take Aetna. Asked for a call back.\n\nOperator: MK\n\nDo not reply to this email.\n"
)


def test_callers_who_left_only_a_number_are_leads_with_a_call_back_draft_never_one_to_the_service(
    practice: Any,
) -> None:
    desk = practice(mode="send")
    service = "Nightingale Answering <dispatch@nightingale-answering.example>"
    desk.put(
        message(service, _ANSWERING.format(name="Walt Brennan", phone="(503) 555-0111"), subject="New message"),
        message(service, _ANSWERING.format(name="Ines Mora", phone="503.555.0122"), subject="New message"),
    )
    report = desk.poll()
    assert report.leads == 2 and desk.sent_to_people() == [], "two people, and nothing sent to the service"
    assert {c.email for c in desk.store.contacts()} == {"tel:5035550111", "tel:5035550122"}
    drafts = sorted(d.get_payload(decode=True).decode() for d in desk.drafts())
    assert all(d["To"] is None for d in desk.drafts())
    assert drafts[0].startswith("[For staff: no e-mail address was left: call Ines back at 503.555.0122")
    assert drafts[1].startswith("[For staff: no e-mail address was left: call Walt back at (503) 555-0111")
    assert all("Aetna" in d for d in drafts)


def test_two_messages_from_one_person_get_one_draft_under_the_newest(practice: Any) -> None:
    desk = practice()
    now = datetime.now(UTC)
    first = message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>", date=now)
    second = message("Maya <maya@example.com>", "And what do you charge per session?", message_id="<m2@x>", date=now)
    desk.put(first, when=now - timedelta(minutes=5))
    desk.put(second, when=now)
    report = desk.poll()
    (draft,) = desk.drafts()
    assert _id(draft["In-Reply-To"]) == "<m2@x>"
    assert report.skipped == {"one person, one draft": 1}
    body = draft.get_payload(decode=True).decode()
    assert "Aetna" in body and "$" in body, "the one draft answers both questions"


def test_a_waiting_draft_is_replaced_when_the_person_writes_again(practice: Any) -> None:
    desk = practice()
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    desk.put(message("Maya <maya@example.com>", "Also, do you see couples?", message_id="<m2@x>"))
    report = desk.poll()
    (draft,) = desk.drafts()
    assert _id(draft["In-Reply-To"]) == "<m2@x>" and report.drafts_removed == 1
    (removed,) = desk.store.touchpoints(TouchpointKind.DRAFT_REMOVED)
    assert removed.message_ref == "<m1@x>" and "replaced" in removed.detail


def test_never_mind_takes_their_waiting_draft_out_and_gets_no_draft(practice: Any) -> None:
    desk = practice()
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    desk.put(message("Maya <maya@example.com>", "Never mind, I found someone. Thanks!"))
    report = desk.poll()
    assert desk.drafts() == [] and report.skipped == {"withdrawn": 1}


def test_a_cancelled_consultation_is_confirmed_in_a_draft_that_replaces_their_waiting_one(practice: Any) -> None:
    desk = practice()
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    text = "Please cancel my consultation on Thursday. I found a therapist closer to home. Thanks!"
    desk.put(message("Maya <maya@example.com>", text, message_id="<m2@x>"))
    report = desk.poll()
    (draft,) = desk.drafts()
    body = draft.get_payload(decode=True).decode()
    assert _id(draft["In-Reply-To"]) == "<m2@x>" and report.drafts_removed == 1
    assert "I'll cancel your consultation" in body and "Aetna" not in body and "book" not in body


def test_never_mind_never_takes_out_a_crisis_reply(practice: Any) -> None:
    desk = practice()
    desk.put(message("Sam <sam@example.org>", CRISIS_TEXT, message_id="<c1@x>"))
    desk.poll()
    desk.put(message("Sam <sam@example.org>", "Never mind, I found someone. Thanks!"))
    desk.poll()
    (draft,) = desk.drafts()
    assert _id(draft["In-Reply-To"]) == "<c1@x>", "the crisis reply waits for the clinician"


def test_someone_in_crisis_gets_the_crisis_reply_only(practice: Any) -> None:
    desk = practice()
    desk.put(message("Sam <sam@example.org>", "Do you take Aetna?"), message("Sam <sam@example.org>", CRISIS_TEXT))
    report = desk.poll()
    (draft,) = desk.drafts()
    assert "988" in draft.get_payload(decode=True).decode()
    assert report.skipped == {"covered by the crisis reply": 1}


def test_what_staff_already_answered_gets_no_draft(practice: Any) -> None:
    desk = practice()
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    staff = message("Dana <dana@calmharbor.example>", "Yes we do!", message_id="<s1@x>", references="<m1@x>")
    desk.mailbox.put("Sent", staff.replace(b"To: hello@calmharbor.example", b"To: maya@example.com"))
    report = desk.poll()
    assert desk.drafts() == [] and report.replies_found == 1
    assert report.skipped == {"already answered by staff (found in Sent)": 1}


# -- send mode ------------------------------------------------------------------------------------------------------


def test_send_mode_sends_fresh_answers_and_drafts_what_a_person_must_see(practice: Any) -> None:
    desk = practice("send")
    now = datetime.now(UTC)
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?"), when=now)
    desk.put(message("Old <old@example.com>", "Do you take Aetna?"), when=now - timedelta(days=5))
    desk.put(message("Sam <sam@example.org>", CRISIS_TEXT), when=now)
    report = desk.poll()
    assert desk.sent_to_people() == [("maya@example.com",)], "the crisis and the stale question are never sent"
    assert report.sent == 1 and report.drafts == 2
    assert [raw for flags, raw in desk.mailbox.contents("Sent")], "a sent reply is copied to Sent"


def test_send_mode_answers_a_person_once_per_thread_per_day(practice: Any) -> None:
    desk = practice("send")
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?", message_id="<m1@x>"))
    desk.poll()
    desk.put(message("Maya <maya@example.com>", "Sorry, one more: fees?", message_id="<m2@x>", references="<m1@x>"))
    report = desk.poll()
    assert len(desk.sent_to_people()) == 1 and report.skipped == {"per-person cap": 1}


# -- failures stay with their message ------------------------------------------------------------------------------


class _Fussy(Composer):
    """A composer that cannot write a reply to one address (a fact missing for that person's reply)."""

    def compose(
        self, understanding: Understanding, *, late: bool = False, client: bool = False, call_back: str | None = None
    ) -> Reply:
        if understanding.inquiry.sender_email == "odd@example.com":
            raise ComposeError("missing practice.fee (fees template)")
        return super().compose(understanding, late=late, client=client, call_back=call_back)


def test_a_reply_that_cannot_be_written_is_quarantined_and_stays_so(practice: Any) -> None:
    desk = practice()
    desk.poller.composer = _Fussy(desk.poller.config.practice)
    desk.put(message("Odd <odd@example.com>", INQUIRY_TEXT.format(name="Odd")))
    desk.put(message("Maya <maya@example.com>", INQUIRY_TEXT.format(name="Maya")))
    report = desk.poll()
    assert report.quarantined == {"draft not written: missing practice.fee (fees template)": 1}
    assert desk.states()["quarantined"] == ["draft not written: missing practice.fee (fees template)"]
    assert report.leads == 2, "the person is still a lead"
    assert desk.poll().fetched == 0, "quarantined means finished: it is not retried on every poll"


def test_a_message_that_breaks_a_step_is_quarantined_alone(practice: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import triage.pipeline.compose

    real = triage.pipeline.compose.build_reply

    def fragile(inquiry: Any, **kwargs: Any) -> bytes:
        if inquiry.sender_email == "odd@example.com":
            raise UnicodeEncodeError("ascii", "odd", 0, 1, "an encoder nobody expected")
        return real(inquiry, **kwargs)

    monkeypatch.setattr(triage.pipeline.compose, "build_reply", fragile)
    desk = practice()
    desk.put(
        message("Odd <odd@example.com>", INQUIRY_TEXT.format(name="Odd")),
        message("Sam <sam@example.org>", CRISIS_TEXT),
        message("Maya <maya@example.org>", INQUIRY_TEXT.format(name="Maya")),
    )
    report = desk.poll()
    assert list(report.quarantined) == ["could not be processed: UnicodeEncodeError in pipeline/compose.py:compose_one"]
    assert report.crises == 1 and report.alerts == 1 and len(desk.drafts()) == 2
    assert desk.poll().fetched == 0


def test_a_crash_after_the_append_leaves_exactly_one_draft(practice: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = practice()
    desk.put(*map(fixture, INQUIRIES))

    def crash(*args: Any, **kwargs: Any) -> None:
        raise SystemExit("killed after APPEND, before the ledger knew")

    monkeypatch.setattr(desk.store, "finish", crash)
    with pytest.raises(SystemExit):
        desk.poll()
    monkeypatch.undo()
    assert desk.poll().drafts == len(INQUIRIES)
    assert len(desk.drafts()) == len(INQUIRIES), "the re-run replaced its drafts instead of adding new ones"


def test_a_renumbered_folder_is_read_again_without_a_duplicate(practice: Any) -> None:
    desk = practice()
    desk.put(*map(fixture, INQUIRIES))
    desk.poll()
    desk.mailbox.renumber("INBOX")
    again = desk.poll()
    assert again.fetched == len(INQUIRIES) and again.already_done == len(INQUIRIES) and again.drafts == 0


# -- a batch is its own -----------------------------------------------------------------------------------------------


@pytest.fixture
def two_mailboxes(classifier: Classifier, tmp_path: Path) -> Iterator[tuple[Poller, list[MemoryMailbox]]]:
    shared = build_poller(config(tmp_path, names=("north", "south")), classifier, store=MemoryStore(), workers=0)
    shared.send = lambda to, raw: None
    yield shared, [MemoryMailbox(name, folders=("INBOX", "Drafts")) for name in ("north", "south")]


def test_two_mailboxes_polled_at_once_keep_their_own_batch_state(two_mailboxes: Any) -> None:
    poller, (north, south) = two_mailboxes
    for i in range(30):  # north: people who withdraw; south: people who ask, and a newsletter each
        north.put("INBOX", message(f"N{i} <n{i}@example.com>", "Never mind, I found someone. Thanks!"))
        south.put("INBOX", message(f"S{i} <s{i}@example.com>", INQUIRY_TEXT.format(name=f"S{i}")))
        south.put("INBOX", fixture("newsletter_list_bulk.eml").replace(b"Message-ID: <", f"Message-ID: <{i}.".encode()))
    start = threading.Barrier(2)
    reports: dict[str, PollReport] = {}

    def run(box_index: int, mailbox: MemoryMailbox) -> None:
        start.wait()
        reports[mailbox.name] = poller.poll(poller.config.mailboxes[box_index], mailbox)

    threads = [threading.Thread(target=run, args=(i, m)) for i, m in enumerate((north, south))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert reports["north"].skipped == {"withdrawn": 30} and reports["north"].drafts == 0
    assert reports["south"].drafts == 30 and reports["south"].skipped == {"never reply": 30}
    states = {(e.mailbox, e.state, (e.reason or "").split(":")[0]) for e in poller.store.entries()}
    assert states == {
        ("north", LedgerState.SKIPPED, "withdrawn"),
        ("south", LedgerState.DELIVERED, ""),
        ("south", LedgerState.SKIPPED, "never reply"),
    }


def test_an_alert_sent_again_after_a_crash_carries_the_same_message_id(practice: Any) -> None:
    """A worker killed between sending an alert and recording it sends it again (never lost); the copy is the same
    message to the clinician's mail, which shows it once."""
    desk = practice()
    desk.put(message("Sam Doe <sam@example.org>", CRISIS_TEXT, message_id="<c1@x>"))
    desk.poll()
    (first,) = desk.alerts()
    again = build_alert(
        practice_name="Calm Harbor Therapy",
        practice_address="hello@calmharbor.example",
        to=["dana@example.org"],
        sender="sam@example.org",
        sender_name="Sam",
        received=None,
        mailbox=desk.poller.config.mailboxes[0].name,
        subject="",
        now=datetime.now(UTC),
        ref="<c1@x>",
    )
    assert email.message_from_bytes(first)["Message-ID"] == email.message_from_bytes(again)["Message-ID"]


def test_drafts_and_alerts_are_dated_on_the_practice_clock(practice: Any) -> None:
    from email.utils import parsedate_to_datetime
    from zoneinfo import ZoneInfo

    desk = practice()
    desk.put(message("Maya <maya@example.com>", "Do you take Aetna?"), message("Sam <sam@example.org>", CRISIS_TEXT))
    desk.poll()
    offset = datetime.now(ZoneInfo(desk.poller.config.practice.timezone)).utcoffset()
    dates = [parsedate_to_datetime(str(d["Date"])) for d in desk.drafts()]
    dates += [parsedate_to_datetime(str(email.message_from_bytes(raw)["Date"])) for raw in desk.alerts()]
    assert len(dates) == 3 and {d.utcoffset() for d in dates} == {offset}
    (alert,) = desk.alerts()
    received = re.search(rb"Received: (.*)", alert)
    assert received and parsedate_to_datetime(received.group(1).decode().strip()).utcoffset() == offset


def test_a_time_zone_that_does_not_exist_stops_the_poll_in_one_line(classifier: Classifier, tmp_path: Path) -> None:
    from dataclasses import replace

    from triage.config import ConfigError

    base = config(tmp_path)
    wrong = replace(base, practice=replace(base.practice, timezone="America/Portland"))
    with pytest.raises(ConfigError, match=re.escape("practice.timezone 'America/Portland' is not a time zone")):
        build_poller(wrong, classifier, store=MemoryStore(), workers=0)
