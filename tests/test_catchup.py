"""Back from vacation: a realistic two-week backlog of several hundred messages in Dovecot, answered in draft,
in the right order, without a single duplicate or embarrassing reply."""

from __future__ import annotations

import email
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import example_config
from tests.servers import Account, SmtpSink
from tests.test_poll_imap import FIXTURES, _id, connect, folder, make_config
from triage.adapters.store import Store
from triage.core.classify import Classifier
from triage.reporting.catchup import digest_text, review_order
from triage.runner import build_poller, poll_once

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "triage" / "samples" / "inbox"
COPIES = 3  # 3 x 112 = 336 messages from 3 x ~92 people
_ADDRESS = re.compile(rb"([\w.+-]+)@((?!calmharbor\.example)[\w-]+(?:\.[\w-]+)+)")
_ROBOT = re.compile(rb"^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|notifications?|bounces?)", re.I)
_IDS = re.compile(rb"^(Message-I[Dd]|In-Reply-To|References):.*(?:\r?\n[ \t].*)*", re.M | re.I)


@dataclass(frozen=True)
class Sample:
    raw: bytes
    row: dict[str, Any]
    copy: int
    when: datetime


def _person(copy: int) -> Any:
    def rename(m: re.Match[bytes]) -> bytes:
        if _ROBOT.match(m.group(1)):
            return m.group(0)
        return m.group(1) + f"+c{copy}@".encode() + m.group(2)

    return rename


def backlog(now: datetime) -> list[Sample]:
    """The bundled sample inbox, three times over as three different sets of people, dated to end an hour ago."""
    rows = {
        r["file"]: r for r in map(json.loads, (ROOT / "triage" / "samples" / "expected.jsonl").read_text().splitlines())
    }
    files = sorted((SAMPLES / "new").glob("*.triage-demo"))
    dates = {f: parsedate_to_datetime(email.message_from_bytes(f.read_bytes())["Date"]) for f in files}
    shift = now - timedelta(hours=1) - max(dates.values())
    out = []
    for copy in range(COPIES):
        for f in files:
            raw = _ADDRESS.sub(_person(copy), f.read_bytes())
            raw = _IDS.sub(lambda m, c=copy: m.group(0).replace(b"<", f"<c{c}.".encode()), raw)
            when = dates[f] + shift - timedelta(minutes=copy)
            raw = re.sub(rb"^Date:.*$", f"Date: {format_datetime(when)}".encode(), raw, count=1, flags=re.M)
            out.append(Sample(raw, rows[f"new/{f.name}"], copy, when))
    return sorted(out, key=lambda s: s.when)


@pytest.fixture(scope="module")
def away(dovecot: Any, classifier: Classifier, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One backlog, polled once after two weeks away (absence set in the config), then inspected by every test."""
    account = dovecot.new_account()
    tmp = tmp_path_factory.mktemp("away")
    now = datetime.now(UTC)
    samples = backlog(now)
    with connect(account) as client:
        client.create_folder("Sent")
        for s in samples:
            client.append("INBOX", s.raw, msg_time=s.when)
        answered = next(s for s in samples if s.row["labels"] == ["insurance"] and s.copy == 0)
        original = email.message_from_bytes(answered.raw)
        reply = (
            f"From: Dana <dana@calmharbor.example>\r\nTo: {original['From']}\r\nSubject: Re: hi\r\n"
            f"Date: {format_datetime(now - timedelta(hours=2))}\r\nMessage-ID: <staff1@calmharbor.example>\r\n"
            f"In-Reply-To: {_id(original['Message-ID'])}\r\n\r\nAnswered from my phone. Dana\r\n"
        )
        client.append("Sent", reply.encode(), flags=[b"\\Seen"])
    sink = SmtpSink()
    away_since = (now - timedelta(days=15)).date().isoformat()
    config = make_config(account, tmp, smtp=sink, batch_size=100, absence={"start": away_since, "note": "vacation"})
    store = Store(config.store.url)
    (report,) = poll_once(build_poller(config, classifier, store=store))
    (second,) = poll_once(build_poller(config, classifier, store=store))
    yield {
        "account": account,
        "samples": samples,
        "report": report,
        "second": second,
        "store": store,
        "config": config,
        "drafts": [m for _, m in folder(account, "Drafts")],
        "inbox": folder(account, "INBOX"),
        "answered": _id(original["Message-ID"]),
        "sink": sink,
        "now": now,
    }
    store.close()
    sink.stop()


def _recipient(draft: email.message.Message) -> str:
    return email.utils.parseaddr(str(draft["To"]))[1].lower()


def test_the_backlog_is_several_hundred_realistic_messages(away: dict[str, Any]) -> None:
    assert len(away["inbox"]) == len(away["samples"]) >= 300
    assert away["report"].fetched == len(away["samples"])


def test_one_person_one_draft_and_no_duplicates(away: dict[str, Any]) -> None:
    drafts = away["drafts"]
    per_person = Counter(_recipient(d) for d in drafts if not d["X-Triage-Source"].startswith("followup"))
    assert per_person and max(per_person.values()) == 1, per_person.most_common(3)
    sources = [d["X-Triage-Source"] for d in drafts]
    assert len(sources) == len(set(sources))


def test_a_person_who_wrote_twice_is_answered_once_under_their_newest_message(away: dict[str, Any]) -> None:
    by_person: dict[str, list[Sample]] = {}
    for s in away["samples"]:
        if s.row["contact_email"] and "not_inquiry" not in s.row["labels"] and "crisis" not in s.row["labels"]:
            by_person.setdefault(f"{s.row['contact_email']}#{s.copy}", []).append(s)
    repeaters = [msgs for msgs in by_person.values() if len(msgs) > 1]
    assert repeaters, "the backlog has people who wrote more than once"
    # A crisis reply stays under the message that raised the concern; the person gets no second draft.
    ordinary = [d for d in away["drafts"] if "988" not in d.get_payload(decode=True).decode()]
    drafts_by_reply = {_id(d["In-Reply-To"]): d for d in ordinary if d["In-Reply-To"]}
    for messages in repeaters:
        newest = max(messages, key=lambda s: s.when)
        older = [s for s in messages if s is not newest]
        stale = [s.row["file"] for s in older if _id(email.message_from_bytes(s.raw)["Message-ID"]) in drafts_by_reply]
        assert not stale, (stale, newest.row["file"], [s.row["labels"] for s in messages])


def test_machine_mail_gets_nothing(away: dict[str, Any]) -> None:
    robots = {_id(email.message_from_bytes(s.raw)["Message-ID"]) for s in away["samples"] if s.row["never_reply"]}
    assert robots and not robots & {_id(d["In-Reply-To"]) for d in away["drafts"]}


def test_never_mind_found_someone_gets_no_draft(away: dict[str, Any]) -> None:
    withdrawn = [s for s in away["samples"] if "never mind" in s.row["note"].lower()]
    assert withdrawn
    people = {email.utils.parseaddr(str(email.message_from_bytes(s.raw)["From"]))[1].lower() for s in withdrawn}
    assert not people & {_recipient(d) for d in away["drafts"]}


def test_what_staff_already_answered_gets_no_draft(away: dict[str, Any]) -> None:
    assert away["answered"] not in {_id(d["In-Reply-To"]) for d in away["drafts"]}


def test_every_crisis_is_flagged_alerted_and_first_in_the_review_order(away: dict[str, Any]) -> None:
    crisis_ids = {
        _id(email.message_from_bytes(s.raw)["Message-ID"]) for s in away["samples"] if "crisis" in s.row["labels"]
    }
    flagged = {_id(m["Message-ID"]) for flags, m in away["inbox"] if b"\\Flagged" in flags}
    assert crisis_ids and crisis_ids <= flagged
    alerts = [m for m in away["sink"].messages if "clinician@calmharbor.example" in m.recipients]
    assert len(alerts) >= len(crisis_ids)
    rows = review_order(away["store"].backlog(away["now"] - timedelta(days=16)))
    ranks = ["crisis" in r.labels for r in rows]
    assert ranks == sorted(ranks, reverse=True), "crises come first"
    rest = [r for r in rows if "crisis" not in r.labels]
    noted = [r.needs_staff for r in rest]
    assert any(noted), "some drafts of the backlog ask staff to answer something"
    assert noted == sorted(noted, reverse=True), "then drafts with a note for staff (they cannot go out as they are)"
    rest = [r for r in rest if not r.needs_staff]
    scheduling = ["scheduling" in r.labels or r.stage == "client" for r in rest]
    assert scheduling == sorted(scheduling, reverse=True), "then clients and scheduling requests"


def test_late_replies_apologise_and_nothing_stale_is_sent_automatically(away: dict[str, Any]) -> None:
    bodies = [d.get_payload(decode=True).decode() for d in away["drafts"]]
    late = [b for b in bodies if "longer than usual" in b or "tardado" in b]
    assert len(late) >= 0.8 * len(bodies)
    to_people = [m for m in away["sink"].messages if "clinician@calmharbor.example" not in m.recipients]
    assert to_people == [], "draft mode: nothing goes out; and stale questions are never sent anyway"


def test_a_second_poll_changes_nothing(away: dict[str, Any]) -> None:
    second = away["second"]
    assert (second.fetched, second.drafts, second.alerts) == (0, 0, 0)
    assert len(folder(away["account"], "Drafts")) == len(away["drafts"])


def test_the_digest_sums_up_the_catch_up(away: dict[str, Any]) -> None:
    from zoneinfo import ZoneInfo

    since = away["now"] - timedelta(days=16)
    rows = review_order(away["store"].backlog(since))
    text = digest_text(rows, since, ZoneInfo("America/Los_Angeles"), 250, "Calm Harbor Therapy")
    waiting = sum(1 for r in rows if r.status.startswith("draft waiting"))
    assert f"Drafts waiting for your review: {waiting}" in text and "Possible crises:" in text
    assert waiting == len([d for d in away["drafts"] if not d["X-Triage-Source"].startswith("followup")])


def test_send_mode_drafts_stale_questions_instead_of_sending(
    imap_account: Account, tmp_path: Path, classifier: Classifier, smtp_sink: SmtpSink
) -> None:
    now = datetime.now(UTC)
    names = [
        "plain_utf8_lf_aetna.eml",
        "gmail_alt_couples_gottman.eml",
        "pt_text_humana_grief.eml",
        "iphone_short_this_week.eml",
    ]
    with connect(imap_account) as client:
        for i, name in enumerate(names):
            raw = (FIXTURES / name).read_bytes()
            client.append("INBOX", raw, msg_time=now - timedelta(days=5 if i < 2 else 0, minutes=i))
    config = make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send")
    store = Store(config.store.url)
    (report,) = poll_once(build_poller(config, classifier, store=store))
    store.close()
    assert (report.sent, report.drafts) == (2, 2), report


def test_absence_start_show_end_and_the_backlog_as_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from triage.cli import main

    config = example_config(tmp_path)
    c = ["--config", str(config)]
    assert main([*c, "absence", "start", "--from", "2026-11-02", "--note", "vacation"]) == 0
    assert main([*c, "absence", "show"]) == 0
    assert "vacation" in capsys.readouterr().out
    assert main([*c, "absence", "end"]) == 0
    assert "welcome back" in capsys.readouterr().out
    assert main([*c, "absence", "end"]) == 2, "nothing left to end"
    assert main([*c, "backlog", "--csv", "-"]) == 0
    assert capsys.readouterr().out.startswith("order,email,name,stage,received,topics,status")
    assert main([*c, "backlog", "--since", "yesterday"]) == 2


def test_the_backlog_csv_is_private(tmp_path: Path) -> None:
    import os
    import stat

    from triage.cli import main

    config = example_config(tmp_path)
    Store(f"sqlite:///{tmp_path / 'triage.db'}").close()  # backlog only reads: the store is there (created empty)
    assert main(["--config", str(config), "backlog", "--csv", str(tmp_path / "backlog.csv")]) == 0
    assert stat.S_IMODE(os.stat(tmp_path / "backlog.csv").st_mode) & 0o077 == 0
