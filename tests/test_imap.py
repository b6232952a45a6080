"""triage.adapters.imap against a real Dovecot (tests/servers.py): no mocks, every test on a fresh account."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from imapclient import IMAPClient

from tests.servers import Account, Dovecot, free_port
from triage.adapters.imap import Fetched, ImapMailbox, MailboxError
from triage.config import Mailbox


def mailbox(account: Account, **overrides: object) -> Mailbox:
    settings: dict[str, object] = {
        "name": "test",
        "host": account.host,
        "port": account.port,
        "security": "none",
        "username": account.username,
        "timeout": 5.0,
    }
    settings.update(overrides)
    return Mailbox(**settings)  # type: ignore[arg-type]


def message(n: int, size: int = 0, headers: str = "", subject: str = "") -> bytes:
    """An RFC 5322 message with CRLF line ends (what the server hands back byte for byte)."""
    head = (
        f"From: Client {n} <client{n}@example.test>\r\n"
        "To: practice@example.test\r\n"
        f"Subject: {subject or f'Inquiry {n}'}\r\n"
        f"Message-ID: <msg{n}@example.test>\r\n"
        "Date: Mon, 03 Mar 2025 10:00:00 +0000\r\n"
        f"{headers}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    body = f"Hello, I'd like to book a first session. Message {n}.\r\n"
    line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\r\n"
    while len(head) + len(body) < size:
        body += line
    return (head + body).encode()


@pytest.fixture
def imap(imap_account: Account) -> Iterator[ImapMailbox]:
    with ImapMailbox(mailbox(imap_account), imap_account.password) as box:
        yield box


def observer(account: Account) -> IMAPClient:
    """A second, independent connection to look at what the adapter left behind."""
    client = IMAPClient(account.host, port=account.port, ssl=False, timeout=5)
    client.login(account.username, account.password)
    return client


def test_fetch_never_sets_seen_even_in_a_read_write_select(imap: ImapMailbox, imap_account: Account) -> None:
    imap.append("INBOX", [message(1), message(2)], flags=())
    imap.select("INBOX", readonly=False)
    fetched = list(imap.fetch(imap.uids_after(0), batch=10))
    assert [f.uid for f in fetched] == [1, 2]
    assert fetched[0].raw == message(1)
    assert isinstance(fetched[0].internaldate, datetime) and fetched[0].internaldate.tzinfo is not None
    assert all(b"\\Seen" not in f.flags for f in fetched)
    client = observer(imap_account)
    try:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags([1, 2])
        assert sorted(flags) == [1, 2]
        assert all(b"\\Seen" not in f for f in flags.values())
    finally:
        client.logout()


def test_uids_after_the_last_uid_is_empty_although_star_matches(imap: ImapMailbox) -> None:
    imap.append("INBOX", [message(n) for n in range(3)], flags=())
    imap.select("INBOX")
    assert imap.uids_after(0) == [1, 2, 3]
    assert imap.uids_after(1) == [2, 3]
    assert imap.client.search(["UID", "4:*"]) == [3]  # the trap: "*" is the highest UID, even below 4
    assert imap.uids_after(3) == []
    assert imap.uids_after(100) == []


def test_batched_fetch_of_1200_messages_returns_all_in_uid_order(imap: ImapMailbox) -> None:
    messages = [message(n) for n in range(1200)]
    for start in range(0, len(messages), 500):
        imap.append("INBOX", messages[start : start + 500], flags=())
    imap.select("INBOX")
    uids = imap.uids_after(0)
    assert len(uids) == 1200
    fetched = list(imap.fetch(list(reversed(uids)), batch=500))
    assert [f.uid for f in fetched] == uids
    assert [f.raw for f in fetched] == messages


def test_fetch_skips_a_uid_that_vanished(imap: ImapMailbox) -> None:
    imap.append("INBOX", [message(1), message(2)], flags=())
    imap.select("INBOX")
    assert [f.uid for f in imap.fetch([1, 2, 99], batch=2)] == [1, 2]


def test_append_with_draft_flag_lands_in_drafts(imap: ImapMailbox) -> None:
    imap.append("Drafts", [message(1, headers="X-Triage-Source: <msg0@example.test>\r\n")])
    assert imap.status("INBOX")[1] == 1  # nothing went to INBOX
    assert imap.status("Drafts")[1] == 2
    imap.select("Drafts")
    (draft,) = list(imap.fetch(imap.uids_after(0), batch=10))
    assert b"\\Draft" in draft.flags
    assert b"X-Triage-Source" in draft.raw


def test_append_never_creates_a_folder_and_names_the_missing_one(imap: ImapMailbox) -> None:
    with pytest.raises(MailboxError, match="Drafs") as error:
        imap.append("Drafs", [message(1)])
    assert "\n" not in str(error.value)
    assert not imap.client.folder_exists("Drafs")


def test_ensure_folder_creates_once(imap: ImapMailbox) -> None:
    imap.ensure_folder("Triage/Drafts")
    imap.ensure_folder("Triage/Drafts")
    imap.append("Triage/Drafts", [message(1)])
    assert imap.status("Triage/Drafts")[1] == 2


def test_search_header_finds_drafts_by_source(imap: ImapMailbox) -> None:
    imap.append(
        "Drafts",
        [
            message(1, headers="X-Triage-Source: <a1@example.test>\r\n"),
            message(2, headers="X-Triage-Source: <b2@example.test>\r\n"),
            message(3),
        ],
    )
    assert imap.search_header("Drafts", "X-Triage-Source", "<b2@example.test>") == [2]
    assert imap.search_header("Drafts", "X-Triage-Source", "<zz@example.test>") == []


def test_delete_removes_only_the_given_uids(imap: ImapMailbox, imap_account: Account) -> None:
    imap.append("Drafts", [message(n) for n in range(1, 6)])
    client = observer(imap_account)  # staff marked draft 5 \Deleted in their client but did not expunge
    try:
        client.select_folder("Drafts")
        client.add_flags([5], [b"\\Deleted"])
    finally:
        client.logout()
    imap.delete("Drafts", [1, 3])
    imap.select("Drafts")
    assert imap.uids_after(0) == [2, 4, 5]


def test_add_flags_flags_the_original_without_reading_it(imap: ImapMailbox) -> None:
    imap.append("INBOX", [message(1), message(2)], flags=())
    imap.add_flags("INBOX", [2], [b"\\Flagged"])
    imap.select("INBOX")
    flags = {f.uid: set(f.flags) - {b"\\Recent"} for f in imap.fetch([1, 2], batch=5)}
    assert flags == {1: set(), 2: {b"\\Flagged"}}
    with pytest.raises(ValueError):
        imap.add_flags("INBOX", [1], [b"\\Seen"])


def test_thread_references_groups_a_reply_with_its_original(imap: ImapMailbox) -> None:
    original = message(1)
    reply = message(
        2,
        subject="Re: Inquiry 1",
        headers="In-Reply-To: <msg1@example.test>\r\nReferences: <msg1@example.test>\r\n",
    )
    imap.append("INBOX", [original, message(3), reply], flags=())
    assert sorted(imap.thread_references("INBOX")) == [(1, 3), (2,)]


def test_bad_password_is_one_line_naming_login(imap_account: Account) -> None:
    with pytest.raises(MailboxError, match="login") as error, ImapMailbox(mailbox(imap_account), "wrong"):
        pass
    assert "\n" not in str(error.value)
    assert imap_account.username in str(error.value)


def test_unreachable_port_names_host_and_port() -> None:
    port = free_port()
    box = Mailbox(name="test", host="127.0.0.1", port=port, security="none", username="x", timeout=2.0)
    with pytest.raises(MailboxError, match=f"cannot reach 127.0.0.1:{port}"), ImapMailbox(box, "x"):
        pass


def test_tls_to_a_plain_server_is_a_tls_failure(imap_account: Account) -> None:
    with (
        pytest.raises(MailboxError, match="TLS failure"),
        ImapMailbox(mailbox(imap_account, security="ssl"), imap_account.password),
    ):
        pass
    with (
        pytest.raises(MailboxError, match="STARTTLS"),
        ImapMailbox(mailbox(imap_account, security="starttls"), imap_account.password),
    ):
        pass


def test_plain_text_is_refused_off_loopback() -> None:
    box = Mailbox(name="test", host="imap.example.com", port=143, security="none", username="x")
    with pytest.raises(MailboxError, match="loopback"), ImapMailbox(box, "x"):
        pass


def test_missing_folder_is_named(imap: ImapMailbox) -> None:
    with pytest.raises(MailboxError, match="'Archive/2019' does not exist"):
        imap.status("Archive/2019")
    with pytest.raises(MailboxError, match="'Archive/2019' does not exist"):
        imap.select("Archive/2019")


def test_uids_after_needs_a_selected_folder(imap: ImapMailbox) -> None:
    with pytest.raises(MailboxError, match="selected"):
        imap.uids_after(0)


def test_reset_uidvalidity_really_changes_it(dovecot: Dovecot, imap_account: Account) -> None:
    box = mailbox(imap_account)
    with ImapMailbox(box, imap_account.password) as imap:
        imap.append("INBOX", [message(1), message(2)], flags=())
        imap.append("Drafts", [message(3)])
        before, drafts_before = imap.status("INBOX"), imap.status("Drafts")
    dovecot.reset_uidvalidity(imap_account.username, "INBOX")
    dovecot.reset_uidvalidity(imap_account.username, "Drafts")
    with ImapMailbox(box, imap_account.password) as imap:
        after, drafts_after = imap.status("INBOX"), imap.status("Drafts")
        assert after[0] != before[0]
        assert drafts_after[0] != drafts_before[0]
        assert imap.select("INBOX") == after[0]
        assert [f.raw for f in imap.fetch(imap.uids_after(0), batch=10)] == [message(1), message(2)]


def test_throughput_report(imap: ImapMailbox, capsys: pytest.CaptureFixture[str]) -> None:
    """Not a pass/fail test: prints MULTIAPPEND and batched-fetch speed for 2,000 ~2 KB messages."""
    messages = [message(n, size=2048) for n in range(2000)]
    started = time.perf_counter()
    for start in range(0, len(messages), 500):
        imap.append("INBOX", messages[start : start + 500], flags=())
    appended = time.perf_counter() - started
    imap.select("INBOX")
    started = time.perf_counter()
    fetched: list[Fetched] = list(imap.fetch(imap.uids_after(0), batch=500))
    fetch_time = time.perf_counter() - started
    assert len(fetched) == 2000
    with capsys.disabled():
        print(
            f"\nIMAP throughput, 2000 x {len(messages[0])} B on loopback Dovecot: "
            f"MULTIAPPEND (500/command) {2000 / appended:,.0f} msgs/s, "
            f"UID FETCH (500/round trip) {2000 / fetch_time:,.0f} msgs/s"
        )
