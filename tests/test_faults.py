"""Faults against the real servers: SMTP down while a crisis arrives (Dovecot, an SMTP port nobody answers, then
the SMTP sink). The person in crisis never waits for the clinician's alert, and the alert is never forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.mail import CRISIS_TEXT, INQUIRY_TEXT, message
from tests.servers import Account, SmtpSink, free_port
from tests.test_poll_imap import connect, folder, make_config
from triage.cli import main


def test_while_smtp_is_down_a_crisis_is_drafted_and_flagged_and_its_alert_goes_out_once_smtp_is_back(
    imap_account: Account, smtp_sink: SmtpSink, tmp_path: Path, poll: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect(imap_account) as client:
        client.append("INBOX", message("Sam Doe <sam@example.org>", CRISIS_TEXT, message_id="<sos@mail.example>"))
        client.append("INBOX", message("Ann <ann@example.org>", INQUIRY_TEXT.format(name="Ann")))
    down = SmtpSink.__new__(SmtpSink)  # only an address: nothing listens on this port
    down.host, down.port = smtp_sink.host, free_port()
    config = make_config(imap_account, tmp_path, smtp=down)
    report = poll(config)
    assert report.crises == 1 and report.alerts == 0 and report.errors
    assert report.drafts == 2, "the crisis-resources draft did not wait for SMTP"
    flags = {m["Message-ID"]: f for f, m in folder(imap_account, "INBOX")}
    assert b"\\Flagged" in flags["<sos@mail.example>"]
    assert poll(config).errors, "still down: retried and reported again"

    capsys.readouterr()
    assert main(["--config", str(config.path), "backlog", "--csv", "-"]) == 0
    assert "NOT ALERTED" in capsys.readouterr().out
    assert main(["--config", str(config.path), "digest"]) == 0
    assert "alerts NOT SENT yet" in capsys.readouterr().out

    back = make_config(imap_account, tmp_path, smtp=smtp_sink)
    again = poll(back)
    alerts = [m for m in smtp_sink.messages if "clinician@calmharbor.example" in m.recipients]
    assert again.alerts == 1 and len(alerts) == 1 and b"sam@example.org" in alerts[0].raw
    assert poll(back).alerts == 0 and len(smtp_sink.messages) == 1, "never twice"
    assert len(folder(imap_account, "Drafts")) == 2
    capsys.readouterr()
    main(["--config", str(back.path), "digest"])
    assert "NOT SENT" not in capsys.readouterr().out


def test_a_deleted_triage_db_repeats_no_draft_and_no_alert(
    imap_account: Account, smtp_sink: SmtpSink, tmp_path: Path, poll: Any
) -> None:
    with connect(imap_account) as client:
        client.append("INBOX", message("Sam Doe <sam@example.org>", CRISIS_TEXT, message_id="<sos@mail.example>"))
        for i in range(3):
            raw = message(f"P{i} <p{i}@example.com>", INQUIRY_TEXT.format(name=f"P{i}"), message_id=f"<p{i}@x>")
            client.append("INBOX", raw)
    config = make_config(imap_account, tmp_path, smtp=smtp_sink)
    assert poll(config).drafts == 4
    (tmp_path / "triage.db").unlink()
    again = poll(config)
    assert (again.leads, again.drafts, again.alerts) == (4, 0, 0)
    assert len(folder(imap_account, "Drafts")) == 4 and len(smtp_sink.messages) == 1


def test_a_drafts_folder_that_does_not_exist_is_one_line_naming_the_folders_that_do(
    imap_account: Account, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    with connect(imap_account) as client:
        client.append("INBOX", message("Ann <ann@example.org>", INQUIRY_TEXT.format(name="Ann")))
    config = make_config(imap_account, tmp_path, drafts="Draftz")
    env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": imap_account.password}
    result = subprocess.run(
        [sys.executable, "-m", "triage", "poll", "--config", str(config.path)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "'Draftz' does not exist" in result.stderr and "the server's drafts folder is 'Drafts'" in result.stderr
    with connect(imap_account) as client:
        assert not client.folder_exists("Draftz"), "no folder nobody opens"
