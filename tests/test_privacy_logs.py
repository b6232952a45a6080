"""No message text in any log line or error output, and no person's address: a full poll at DEBUG level against
Dovecot, PostgreSQL with bodies kept and an SMTP server that is down, over mail made to break things (template
syntax, addresses no encoder takes, values too long for a column, a crisis whose alert fails), and a bug's error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.mail import CRISIS_TEXT, message
from tests.servers import Account, free_port
from tests.stores import postgres_url
from tests.test_poll_imap import connect
from triage.adapters.store import Store
from triage.configfile import write_config

SECRET = "Quokkaphrase"  # in every body: it must never show up outside the store and the drafts


def _mail() -> list[bytes]:
    out = [
        message(
            f"Zelda{i} Private <zelda{i}@example.com>",
            f"Hi, do you take Aetna? {SECRET}{i}: I have been struggling since my divorce. Thanks, Zelda{i}",
            message_id=f"<z{i}@mail.example>",
        )
        for i in range(6)
    ]
    out += [
        message("Sam Hidden <sam.hidden@example.org>", f"{CRISIS_TEXT} {SECRET}crisis"),
        message("Tpl <tpl.person@example.com>", f"{{{{ practice.fee }}}} {{% if x %}} {SECRET}tpl do you take Cigna?"),
        message("Zoë <zoë@exämple.com>", f"Do you see couples? {SECRET}idn"),
        message(f"Long <{'x' * 330}@example.com>", f"Do you take Aetna? {SECRET}long"),
        message("Name <named.person@example.com>", f"Do you take Aetna?\n\nThanks,\n{'Bartholomew' * 12} {SECRET}sig"),
    ]
    return out


def test_a_full_poll_at_debug_level_logs_no_message_text_and_no_address(imap_account: Account, tmp_path: Path) -> None:
    with connect(imap_account) as client:
        for raw in _mail():
            client.append("INBOX", raw)
    urls = postgres_url()
    url = next(urls)
    try:
        config = write_config(
            tmp_path / "triage.toml",
            store={"url": url, "keep_bodies": True},
            mailboxes=[
                {
                    "name": "main",
                    "host": imap_account.host,
                    "port": imap_account.port,
                    "security": "none",
                    "username": imap_account.username,
                    "password_env": "TRIAGE_TEST_IMAP_PASSWORD",
                }
            ],
            smtp={"host": "127.0.0.1", "port": free_port(), "security": "none"},  # down: alerts fail
            safety={"alert_to": ["clinician@calmharbor.example"]},
        )
        env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": imap_account.password, "TRIAGE_LOG": "DEBUG"}
        command = [sys.executable, "-m", "triage", "poll", "--once", "--config", str(config.path)]
        runs = [subprocess.run(command, env=env, capture_output=True, text=True, timeout=300) for _ in range(2)]
    finally:
        next(urls, None)
    output = "\n".join(r.stdout + r.stderr for r in runs)
    assert "crisis alert" in output and "DEBUG" in output, "the run did log, at DEBUG too"
    assert SECRET not in output, [line for line in output.splitlines() if SECRET in line]
    for who in ("zelda", "Zelda", "sam.hidden", "tpl.person", "Bartholomew", "xxxxxxxx", "named.person", "exämple"):
        assert who not in output, [line for line in output.splitlines() if who in line]


def test_a_bug_is_named_by_its_type_and_place_never_by_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from triage.cli import mail, main

    def broken(args: object) -> int:
        raise KeyError(f"maya@example.com wrote: {SECRET} about her panic attacks")

    monkeypatch.setattr(mail, "cmd_poll", broken)
    assert main(["poll", "--once", "--config", str(tmp_path / "none.toml")]) == 1
    err = capsys.readouterr().err
    assert "internal error: KeyError in cli/__init__.py" in err
    assert SECRET not in err and "maya@" not in err


def test_a_database_error_never_repeats_the_statements_values(sql_store: Store) -> None:
    with pytest.raises(DBAPIError) as info, sql_store.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column FROM contacts WHERE email = :email"), {"email": "maya@example.com"})
    assert "maya@" not in str(info.value)
