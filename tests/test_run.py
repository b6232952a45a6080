"""`triage run` with three mailboxes on Dovecot, their polls overlapping in one process: each mailbox gets exactly
its own drafts, skips and touchpoints (the batch state of one can never leak into another's)."""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.mail import CRISIS_TEXT, INQUIRY_TEXT, fixture, message
from tests.servers import Account, Dovecot, SmtpSink
from tests.test_poll_imap import connect, folder
from triage.adapters.store import Store
from triage.configfile import write_config
from triage.core.kinds import LedgerState, TouchpointKind

PEOPLE = 30  # per mailbox and wave: with batches of 10, each poll runs several batches while the others run theirs
MERGED = "one person, one draft"
Mail = tuple[bytes, str, str]
ALSO = "Also, what do you charge per session?"
NEVER_MIND = "Never mind, I found someone. Thanks!"


def _mailbox(box: int) -> tuple[list[Mail], list[Mail]]:
    """Two waves of mail for one mailbox, (message, Message-ID, what must happen to it): the second arrives once the
    first is drafted. What happens is "draft", "replaced" (drafted, then taken out) or the ledger's reason for no
    draft (up to its colon)."""

    def mid(n: str) -> str:
        return f"<{n}.box{box}@mail.example>"

    def asks(n: str, wave: int) -> Mail:
        name = f"Ana{n}x{box}"
        return (
            message(f"{name} <{name.lower()}@example.com>", INQUIRY_TEXT.format(name=name), message_id=mid(n)),
            mid(n),
            "draft",
        )

    person = f"p{box}"
    newsletter = fixture("newsletter_list_bulk.eml").replace(b"Message-ID: <", f"Message-ID: <nl.box{box}.".encode(), 1)
    first: list[Mail] = [
        (message(f"Dup <dup.{person}@example.com>", "Do you take Aetna?", message_id=mid("dup1")), mid("dup1"), MERGED),
        (message(f"Dup <dup.{person}@example.com>", ALSO, message_id=mid("dup2")), mid("dup2"), "draft"),
        (message(f"Nm <nm.{person}@example.com>", "Do you take Cigna?", message_id=mid("nm1")), mid("nm1"), "replaced"),
        (newsletter, _id(email.message_from_bytes(newsletter)["Message-ID"]), "never reply"),
        *(asks(f"a{i}", 1) for i in range(PEOPLE)),
    ]
    second: list[Mail] = [
        *(asks(f"b{i}", 2) for i in range(PEOPLE)),
        (message(f"Nm <nm.{person}@example.com>", NEVER_MIND, message_id=mid("nm2")), mid("nm2"), "withdrawn"),
    ]
    if box == 1:  # a crisis in the middle mailbox only
        second.append((message("Sam <sam.p1@example.org>", CRISIS_TEXT, message_id=mid("sos")), mid("sos"), "draft"))
    return first, second


def _id(header: Any) -> str:
    return "".join(str(header or "").split())


def test_three_mailboxes_polled_at_once_each_get_exactly_their_own(
    dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    accounts: list[Account] = [dovecot.new_account() for _ in range(3)]
    waves = [_mailbox(box) for box in range(3)]
    planned = [first + second for first, second in waves]

    def deliver(wave: int) -> None:
        """Each mailbox's wave is staged in a folder of its own, then moved into all three inboxes at once (one
        MOVE each, back to back): the mail lands together, so the three polls that take it run together."""
        clients = [connect(account) for account in accounts]
        try:
            for client, mail in zip(clients, waves, strict=True):
                if not client.folder_exists("Staging"):
                    client.create_folder("Staging")
                for raw, _, _ in mail[wave]:
                    client.append("Staging", raw)
                client.select_folder("Staging")
            for client in clients:
                client.move(client.search(["ALL"]), "INBOX")
        finally:
            for client in clients:
                client.logout()

    def drafted_by_all(wave: int) -> bool:
        wanted = [sum(1 for *_, fate in m[0] + (m[1] if wave else []) if fate in ("draft", "replaced")) for m in waves]
        if wave:  # the replaced draft is gone
            wanted = [n - 1 for n in wanted]
        return [len(folder(a, "Drafts")) for a in accounts] == wanted

    deliver(0)
    env = {**os.environ, **{f"TRIAGE_TEST_PW_{i}": a.password for i, a in enumerate(accounts)}}
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": f"sqlite:///{tmp_path / 'triage.db'}"},
        mailboxes=[
            {
                "name": f"box{i}",
                "host": a.host,
                "port": a.port,
                "security": "none",
                "username": a.username,
                "password_env": f"TRIAGE_TEST_PW_{i}",
                "batch_size": 10,
                "poll_every": "1s",
                # the periodic tick starts all three polls together; IDLE would wake each as its mail lands, apart
                "idle": False,
            }
            for i, a in enumerate(accounts)
        ],
        smtp={"host": smtp_sink.host, "port": smtp_sink.port, "security": "none"},
        safety={"alert_to": ["clinician@calmharbor.example"]},
    )
    run = subprocess.Popen(
        [sys.executable, "-m", "triage", "run", "--config", str(config.path)], env=env, stderr=subprocess.PIPE
    )
    try:
        for wave in (0, 1):
            if wave:
                deliver(1)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not drafted_by_all(wave):
                time.sleep(0.1)
        time.sleep(1.5)  # another cycle of each: it must change nothing
    finally:
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=60)
    assert run.returncode == 0, err.decode()[-800:]

    store = Store(config.store.url)
    try:
        entries = store.entries()
        touchpoints = store.touchpoints()
        contacts = {c.id: c.email for c in store.contacts()}
    finally:
        store.close()
    windows = []
    for box, (account, mail) in enumerate(zip(accounts, planned, strict=True)):
        name = f"box{box}"
        drafts = [m for _, m in folder(account, "Drafts")]
        assert sorted(_id(d["In-Reply-To"]) for d in drafts) == sorted(mid for _, mid, fate in mail if fate == "draft")
        mine = [e for e in entries if e.mailbox == name]
        assert len(mine) == len(mail), "every message in the ledger once, under its own mailbox"
        fates = {
            e.message_id: "draft" if e.state == LedgerState.DELIVERED else (e.reason or "").split(":")[0] for e in mine
        }
        assert fates == {mid: "draft" if fate == "replaced" else fate for _, mid, fate in mail}
        kinds = Counter(t.kind for t in touchpoints if t.mailbox == name)
        drafted = sum(1 for *_, fate in mail if fate in ("draft", "replaced"))
        assert kinds[TouchpointKind.INQUIRY] == len(mail) - 1, "every message but the newsletter is an inquiry"
        assert kinds[TouchpointKind.DRAFT_CREATED] == drafted
        assert kinds[TouchpointKind.DRAFT_REMOVED] == 1, "the draft of the person who wrote 'never mind'"
        assert kinds[TouchpointKind.ALERT_SENT] == (1 if box == 1 else 0)
        people = {contacts[t.contact_id] for t in touchpoints if t.mailbox == name}
        assert all(f".p{box}@" in p or p.endswith(f"x{box}@example.com") for p in people), people
        second_wave = [e.processed_at for e in mine if e.message_id in {mid for _, mid, _ in waves[box][1]}]
        windows.append((min(second_wave), max(second_wave)))  # type: ignore[type-var]
    alerts = [m for m in smtp_sink.messages if "clinician@calmharbor.example" in m.recipients]
    assert len(alerts) == 1
    # The shared Poller is only put to the test where polls run at once: at least two of the three must overlap
    # (all three need the shared understanding workers at once, and a loaded machine hands them out in turn).
    overlapping = [(a, b) for i, a in enumerate(windows) for b in windows[i + 1 :] if max(a[0], b[0]) < min(a[1], b[1])]
    assert overlapping, f"no two polls of the second wave overlapped in time: {windows}"
