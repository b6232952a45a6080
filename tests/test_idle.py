"""New mail in seconds: `triage run` keeps an IMAP IDLE on each inbox (triage.watch) and polls as soon as Dovecot
reports new mail; the periodic poll stays as the safety net. Against the real Dovecot of tests/servers.py."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, suppress
from pathlib import Path
from typing import Any

import pytest

from tests.mail import INQUIRY_TEXT, message
from tests.servers import HOST, Account, Dovecot, free_port
from tests.test_poll_imap import connect, folder
from triage.adapters.imap import ImapMailbox
from triage.config import ConfigError, Mailbox
from triage.configfile import write_config
from triage.watch import Cycle, IdleWatcher, backoff, new_mail


def inquiry(n: int) -> bytes:
    name = f"Idle{n}"
    return message(f"{name} <{name.lower()}@example.com>", INQUIRY_TEXT.format(name=name), message_id=f"<i{n}@x.test>")


def deliver(account: Account, raw: bytes) -> None:
    with connect(account) as client:
        client.append("INBOX", raw)


def wait_for(condition: Callable[[], bool], seconds: float, step: float = 0.05) -> bool:
    """True as soon as the condition holds; False if it still does not after `seconds` (a deadline, not a timing)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def drafts(account: Account) -> int:
    return len(folder(account, "Drafts"))


def imap_box(account: Account, **extra: Any) -> Mailbox:
    return Mailbox(
        name="main",
        host=account.host,
        port=account.port,
        security="none",
        username=account.username,
        timeout=10.0,
        **extra,
    )


class Lines:
    """A child's stderr, read by a thread as it comes: the test waits for a line without blocking on the pipe."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in iter(stream.readline, b""):
            self.lines.append(line.decode("utf-8", "replace"))

    def has(self, text: str) -> bool:
        return any(text in line for line in self.lines)


def test_new_mail_is_drafted_within_seconds_while_the_periodic_poll_waits_ten_minutes(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    good, broken = dovecot.new_account(), dovecot.new_account()
    deliver(good, inquiry(1))
    env = {**os.environ, "TRIAGE_TEST_PW_GOOD": good.password, "TRIAGE_TEST_PW_BROKEN": "not-the-password"}
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": f"sqlite:///{tmp_path / 'triage.db'}"},
        mailboxes=[
            {
                "name": name,
                "host": account.host,
                "port": account.port,
                "security": "none",
                "username": account.username,
                "password_env": f"TRIAGE_TEST_PW_{name.upper()}",
                "poll_every": "10m",
            }
            for name, account in (("good", good), ("broken", broken))
        ],
    )
    run = subprocess.Popen(
        [sys.executable, "-m", "triage", "run", "--config", str(config.path)], env=env, stderr=subprocess.PIPE
    )
    err = Lines(run.stderr)
    try:
        assert wait_for(lambda: drafts(good) == 1, 120), "the first poll at start-up drafts what was waiting"
        assert wait_for(lambda: err.has("good: watching INBOX (IDLE)"), 60), "".join(err.lines)[-2000:]
        deliver(good, inquiry(2))
        assert wait_for(lambda: drafts(good) == 2, 5.0), "drafted within 5 s of arriving, not at the next poll"
        assert wait_for(lambda: err.has("broken: poll failed"), 30), (
            "the broken mailbox's trouble is logged, and the good one went on"
        )
    finally:
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=60)
    assert run.returncode == 0, "".join(err.lines)[-2000:]


class Counting:
    """An IMAP session that counts its IDLEs: the watcher's renewals are seen, not assumed."""

    def __init__(self, session: ImapMailbox, counter: list[int]) -> None:
        self._session, self._counter = session, counter

    def __enter__(self) -> Counting:
        self._session.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._session.__exit__(*exc)

    def idle_start(self, folder: str) -> None:
        self._counter[0] += 1
        self._session.idle_start(folder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def watch(
    box: Mailbox, password: str, *, via: Callable[[], AbstractContextManager[Any]] | None = None
) -> tuple[IdleWatcher, threading.Event, threading.Event, list[int]]:
    stop, woken, starts = threading.Event(), threading.Event(), [0]
    opener = via or (lambda: Counting(ImapMailbox(box, password), starts))
    watcher = IdleWatcher(box, opener, woken.set, stop)
    watcher.start()
    return watcher, stop, woken, starts


def test_idle_is_renewed_and_still_reports_new_mail(imap_account: Account) -> None:
    box = imap_box(imap_account, idle_renew="1s")
    watcher, stop, woken, starts = watch(box, imap_account.password)
    try:
        assert watcher.idling.wait(10)
        assert wait_for(lambda: starts[0] >= 3, 10), "IDLE renewed every second"
        woken.clear()  # the wake on connecting (for mail that came before the IDLE)
        deliver(imap_account, inquiry(1))
        assert woken.wait(5), "new mail wakes the poll across renewals"
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()


class Cuttable:
    """A loopback TCP relay to Dovecot whose connections the test can cut, as a router or a server restart does."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.port = free_port()
        self._target = target
        self._listener = socket.create_server((HOST, self.port))
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        with suppress(OSError):
            while data := a.recv(65536):
                b.sendall(data)
        with suppress(OSError):
            b.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        for sock in self._sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._sockets = []

    def close(self) -> None:
        self.cut()
        self._listener.close()


def test_a_dropped_connection_is_reconnected_and_new_mail_still_wakes_the_poll(imap_account: Account) -> None:
    relay = Cuttable((imap_account.host, imap_account.port))
    box = Mailbox(
        name="main", host=HOST, port=relay.port, security="none", username=imap_account.username, timeout=10.0
    )
    watcher, stop, woken, starts = watch(box, imap_account.password)
    try:
        assert watcher.idling.wait(10)
        relay.cut()
        assert wait_for(lambda: starts[0] >= 2 and watcher.idling.is_set(), 15), "reconnected and idling again"
        woken.clear()
        deliver(imap_account, inquiry(1))
        assert woken.wait(5)
    finally:
        stop.set()
        watcher.join(10)
        relay.close()
    assert not watcher.is_alive()


class NoIdle:
    """A session of a server that does not offer IDLE (Dovecot always does, so this one is a stand-in)."""

    def __enter__(self) -> NoIdle:
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def has(self, capability: str) -> bool:
        return False


def test_a_server_without_idle_is_left_to_the_periodic_poll() -> None:
    box = Mailbox(name="plain", host="127.0.0.1")
    woken = threading.Event()
    watcher = IdleWatcher(box, NoIdle, woken.set, threading.Event())
    watcher.start()
    watcher.join(5)
    assert not watcher.is_alive() and watcher.supported is False and not woken.is_set()


def test_a_request_during_a_poll_makes_it_go_round_once_more() -> None:
    inside, release, polls = threading.Event(), threading.Event(), []

    def poll() -> None:
        polls.append(threading.current_thread().name)
        if len(polls) == 1:
            inside.set()
            release.wait(5)

    cycle = Cycle("main", poll)
    first = threading.Thread(target=cycle.request)
    first.start()
    assert inside.wait(5)
    cycle.request()  # returns at once: the poll running now will go round again
    cycle.request()
    assert len(polls) == 1, "never two polls of one mailbox at once"
    release.set()
    first.join(5)
    assert len(polls) == 2, "the requests during the poll were kept (as one more poll), not lost"


def test_reconnecting_backs_off_up_to_five_minutes() -> None:
    assert [backoff(n) for n in range(5)] == [0.0, 1.0, 2.0, 4.0, 8.0]
    assert backoff(30) == 300.0


def test_only_a_new_message_is_news() -> None:
    assert new_mail([(3, b"EXISTS")])
    assert not new_mail([(b"OK", b"Still here"), (2, b"FETCH", (b"FLAGS", (b"\\Seen",)))])


@pytest.mark.parametrize("renew", ["30m", "0s", "soon"])
def test_idle_renewal_must_come_before_the_servers_30_minutes(tmp_path: Path, renew: str) -> None:
    with pytest.raises(ConfigError, match="idle_renew"):
        write_config(
            tmp_path / "triage.toml",
            mailboxes=[{"name": "m", "host": "imap.example.com", "username": "u", "idle_renew": renew}],
        )
