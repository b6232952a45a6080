"""The backbone against a real Dovecot and a real SMTP server: leads, threaded drafts, crises — exactly once."""

from __future__ import annotations

import email
import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from tests.mail import BROKEN, CRISIS, INQUIRIES, NO_REPLY
from tests.servers import Account, Dovecot, SmtpSink
from tests.stores import postgres_url
from triage.adapters.store import Store
from triage.config import Config
from triage.configfile import write_config
from triage.core.classify import Classifier
from triage.runner import build_poller, poll_once

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "mail"


def make_config(
    account: Account,
    tmp_path: Path,
    *,
    smtp: SmtpSink | None = None,
    mode: str = "draft",
    store_url: str | None = None,
    batch_size: int = 200,
    absence: dict[str, str] | None = None,
    **box: Any,
) -> Config:
    """A config file in tmp_path for one mailbox on this Dovecot account (the password in the environment)."""
    os.environ["TRIAGE_TEST_IMAP_PASSWORD"] = account.password
    sections: dict[str, Any] = {
        "store": {"url": store_url or f"sqlite:///{tmp_path / 'triage.db'}"},
        "mailboxes": [
            {
                "name": "main",
                "host": account.host,
                "port": account.port,
                "security": "none",
                "username": account.username,
                "password_env": "TRIAGE_TEST_IMAP_PASSWORD",
                "mode": mode,
                "batch_size": batch_size,
                **box,
            }
        ],
        "safety": {"alert_to": ["clinician@calmharbor.example"]},
    }
    if smtp is not None:
        sections["smtp"] = {"host": smtp.host, "port": smtp.port, "security": "none"}
    if absence is not None:
        sections["absence"] = absence
    return write_config(tmp_path / "triage.toml", **sections)


_ADDRESS = re.compile(rb"([\w.+-]+)@((?!calmharbor\.example)[\w-]+(?:\.[\w-]+)+)")


def _id(header: str) -> str:
    """A Message-ID header as one token (long ones are folded over lines)."""
    return "".join(str(header).split())


def connect(account: Account) -> IMAPClient:
    client = IMAPClient(account.host, port=account.port, ssl=False)
    client.login(account.username, account.password)
    return client


def append(account: Account, names: list[str], when: datetime | None = None) -> None:
    with connect(account) as client:
        for name in names:
            client.append("INBOX", (FIXTURES / name).read_bytes(), msg_time=when)


def folder(account: Account, name: str) -> list[tuple[tuple[bytes, ...], email.message.Message]]:
    """(flags, message) of everything in a folder, read by a connection of the test's own."""
    with connect(account) as client:
        if not client.folder_exists(name):
            return []
        client.select_folder(name, readonly=True)
        uids = client.search("ALL")
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [(data[u][b"FLAGS"], email.message_from_bytes(data[u][b"BODY[]"])) for u in sorted(data)]


def test_each_inquiry_gets_one_draft_threaded_under_its_original(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any
) -> None:
    append(imap_account, [*INQUIRIES, *NO_REPLY, CRISIS, BROKEN])
    report = poll(make_config(imap_account, tmp_path, smtp=smtp_sink))
    inbox = folder(imap_account, "INBOX")
    drafts = folder(imap_account, "Drafts")
    assert report.fetched == len(inbox)
    assert len(drafts) == len(INQUIRIES) + 1  # the crisis gets a crisis draft
    originals = {m["Message-ID"]: m for _, m in inbox}
    for flags, draft in drafts:
        assert b"\\Draft" in flags
        original = originals[_id(draft["In-Reply-To"])]
        assert draft["References"].split()[-1] == _id(original["Message-ID"])
        assert str(make_header(decode_header(draft["Subject"]))).startswith("Re:")
        assert draft["From"] == "Calm Harbor Therapy <hello@calmharbor.example>"
    assert all(b"\\Seen" not in flags for flags, _ in inbox), "fetching must not mark mail read"
    assert report.quarantined, "the binary message is quarantined with a reason, not skipped"


def test_no_draft_for_auto_replies_lists_and_bounces(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    append(imap_account, NO_REPLY)
    report = poll(make_config(imap_account, tmp_path))
    assert folder(imap_account, "Drafts") == []
    assert report.fetched == 3 and report.leads == 0


def test_the_crisis_is_flagged_alerted_and_drafted_with_resources(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any
) -> None:
    append(imap_account, [CRISIS, INQUIRIES[0]])
    report = poll(make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send"))
    assert report.crises == 1 and report.alerts == 1 and report.sent == 1, report
    flagged = [m for flags, m in folder(imap_account, "INBOX") if b"\\Flagged" in flags]
    assert len(flagged) == 1
    (alert,) = [m for m in smtp_sink.messages if "clinician@calmharbor.example" in m.recipients]
    alert_text = alert.raw.decode()
    assert "needs a clinician" in alert_text and flagged[0]["From"].split("<")[-1].rstrip(">") in alert_text
    assert "giving" not in alert_text.lower(), "the alert names sender and time, never the body"
    (crisis_draft,) = [m for _, m in folder(imap_account, "Drafts")]
    assert "988" in crisis_draft.get_payload(decode=True).decode()
    sent_to_client = [m for m in smtp_sink.messages if "clinician@calmharbor.example" not in m.recipients]
    assert len(sent_to_client) == 1, "send mode sends the ordinary reply, never the crisis one"


def test_a_second_poll_creates_no_duplicate_drafts(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    append(imap_account, INQUIRIES)
    config = make_config(imap_account, tmp_path)
    poll(config)
    second = poll(config)
    assert second.fetched == 0 and second.drafts == 0
    assert len(folder(imap_account, "Drafts")) == len(INQUIRIES)


def test_only_new_mail_is_read_on_the_next_poll(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    append(imap_account, INQUIRIES[:3])
    config = make_config(imap_account, tmp_path)
    poll(config)
    append(imap_account, INQUIRIES[3:])
    second = poll(config)
    assert second.fetched == len(INQUIRIES) - 3
    assert len(folder(imap_account, "Drafts")) == len(INQUIRIES)


def test_a_crash_between_append_and_ledger_leaves_exactly_one_draft(
    imap_account: Account, tmp_path: Path, classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    append(imap_account, INQUIRIES)
    config = make_config(imap_account, tmp_path)
    store = Store(config.store.url)

    def crash(*args: Any, **kwargs: Any) -> None:
        raise SystemExit("killed after APPEND, before the ledger knew")

    monkeypatch.setattr(store, "finish", crash)
    with pytest.raises(SystemExit):
        poll_once(build_poller(config, classifier, store=store))
    assert len(folder(imap_account, "Drafts")) == len(INQUIRIES)
    monkeypatch.undo()
    (report,) = poll_once(build_poller(config, classifier, store=Store(config.store.url)))
    assert report.drafts == len(INQUIRIES)
    drafts = folder(imap_account, "Drafts")
    assert len(drafts) == len(INQUIRIES), "the re-run replaced its drafts instead of adding new ones"


def test_a_sigkilled_poll_then_a_normal_one_leaves_one_draft_per_inquiry(imap_account: Account, tmp_path: Path) -> None:
    names = INQUIRIES * 40  # 240 messages, batches of 20: the kill lands mid-run
    with connect(imap_account) as client:
        for i, name in enumerate(names):
            raw = (FIXTURES / name).read_bytes().replace(b"Message-ID: <", f"Message-ID: <k{i}.".encode(), 1)
            raw = _ADDRESS.sub(lambda m, i=i: m.group(1) + f"+k{i}@".encode() + m.group(2), raw)  # 240 people
            client.append("INBOX", raw)
    config_file = make_config(imap_account, tmp_path, batch_size=20).path
    env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": imap_account.password}
    command = [sys.executable, "-m", "triage", "poll", "--once", "--quiet", "--config", str(config_file)]
    child = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if len(folder(imap_account, "Drafts")) >= 40:
            break
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    subprocess.run(command, env=env, check=True, timeout=120)
    drafts = [m for _, m in folder(imap_account, "Drafts")]
    sources = [m["X-Triage-Source"] for m in drafts]
    inbox_ids = {_id(m["Message-ID"]) for _, m in folder(imap_account, "INBOX")}
    answered = {_id(m["In-Reply-To"]) for m in drafts}
    assert len(sources) == len(set(sources)), "no message has two drafts"
    assert answered == inbox_ids, "every inquiry has its draft, none was missed"


def test_a_uidvalidity_reset_creates_no_duplicates(
    imap_account: Account, dovecot: Dovecot, tmp_path: Path, poll: Any
) -> None:
    append(imap_account, INQUIRIES)
    config = make_config(imap_account, tmp_path)
    poll(config)
    with connect(imap_account) as client:
        before = client.folder_status("INBOX", [b"UIDVALIDITY"])[b"UIDVALIDITY"]
    dovecot.reset_uidvalidity(imap_account.username, "INBOX")
    with connect(imap_account) as client:
        assert client.folder_status("INBOX", [b"UIDVALIDITY"])[b"UIDVALIDITY"] != before
    again = poll(config)
    assert again.fetched == len(INQUIRIES) and again.already_done == len(INQUIRIES)
    assert again.drafts == 0 and len(folder(imap_account, "Drafts")) == len(INQUIRIES)


def test_old_mail_on_a_first_run_is_recorded_not_drafted(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    append(imap_account, INQUIRIES[:2], when=datetime.now(UTC) - timedelta(days=400))
    append(imap_account, INQUIRIES[2:3])
    report = poll(make_config(imap_account, tmp_path))
    assert report.leads == 3 and report.drafts == 1


def test_the_same_promises_hold_on_postgresql(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    urls = postgres_url()
    url = next(urls)
    try:
        append(imap_account, INQUIRIES)
        config = make_config(imap_account, tmp_path, store_url=url)
        first = poll(config)
        second = poll(config)
        assert (first.drafts, second.drafts) == (len(INQUIRIES), 0)
        assert len(folder(imap_account, "Drafts")) == len(INQUIRIES)
    finally:
        next(urls, None)


def test_a_bad_password_is_one_line_and_exit_2(imap_account: Account, tmp_path: Path) -> None:
    config_file = make_config(imap_account, tmp_path).path
    env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": "wrong"}
    result = subprocess.run(
        [sys.executable, "-m", "triage", "poll", "--config", str(config_file)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "login failed" in result.stderr


def test_a_missing_secret_names_the_variable(imap_account: Account, tmp_path: Path) -> None:
    config_file = make_config(imap_account, tmp_path).path
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_TEST_IMAP_PASSWORD"}
    result = subprocess.run(
        [sys.executable, "-m", "triage", "poll", "--config", str(config_file)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2 and "TRIAGE_TEST_IMAP_PASSWORD" in result.stderr


def test_run_keeps_polling_and_stops_cleanly_on_sigterm(imap_account: Account, tmp_path: Path) -> None:
    config_file = make_config(imap_account, tmp_path, poll_every="1s").path
    env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": imap_account.password}
    child = subprocess.Popen(
        [sys.executable, "-m", "triage", "run", "--config", str(config_file)], env=env, stderr=subprocess.PIPE
    )
    try:
        append(imap_account, INQUIRIES[:1])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(folder(imap_account, "Drafts")) < 1:
            time.sleep(0.1)
        append(imap_account, INQUIRIES[1:2])  # arrives while it runs: picked up by a later cycle
        while time.monotonic() < deadline and len(folder(imap_account, "Drafts")) < 2:
            time.sleep(0.1)
        assert len(folder(imap_account, "Drafts")) == 2
    finally:
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err.decode()[-500:]


def test_a_kept_session_reconnects_after_the_server_drops_it(
    imap_account: Account, tmp_path: Path, classifier: Classifier
) -> None:
    from functools import partial

    from triage.runner import KeptSession, open_mailroom

    append(imap_account, INQUIRIES[:1])
    config = make_config(imap_account, tmp_path)
    box = config.mailboxes[0]
    kept = KeptSession(partial(open_mailroom, box, config), box.inbox)
    poller = build_poller(config, classifier, store=Store(config.store.url))
    assert poller.poll(box, kept).drafts == 1
    with kept as session:
        session.client.socket().close()  # the server (or a NAT box) dropped the idle connection
    append(imap_account, INQUIRIES[1:2])
    assert poller.poll(box, kept).drafts == 1, "the next cycle logs in again and carries on"
    kept.close()
    poller.close()


def test_logs_never_carry_message_bodies(
    imap_account: Account, tmp_path: Path, poll: Any, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    secret_words = "zebrafish-marmalade-47"
    raw = (FIXTURES / CRISIS).read_bytes().replace(b"\r\n\r\n", f"\r\n\r\n{secret_words}\r\n".encode(), 1)
    with connect(imap_account) as client:
        client.append("INBOX", raw)
        client.append("INBOX", (FIXTURES / BROKEN).read_bytes())
    caplog.set_level(logging.DEBUG)
    poll(make_config(imap_account, tmp_path))  # no SMTP: the alert failure is logged too
    assert caplog.records, "the poll did log something (the quarantine, the missing alert route)"
    assert not any(secret_words in r.getMessage() for r in caplog.records)
