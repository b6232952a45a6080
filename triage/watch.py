"""`triage run` answers within seconds: an IMAP IDLE on each mailbox's inbox wakes its poll as soon as mail arrives.

Two pieces per mailbox:
  - `Cycle` runs that mailbox's polls one at a time. A request that comes while a poll runs is never lost: the poll
    that is running goes round once more, because the mail that woke us may have arrived after its STATUS.
  - `IdleWatcher` is a thread holding a connection of its own in IDLE on the inbox (the poll keeps its own session,
    since a connection in IDLE can do nothing else). New mail (EXISTS) asks the Cycle for a poll at once. The IDLE
    is renewed every `idle_renew` (RFC 2177: servers may drop a client idle for 30 minutes), a lost connection is
    reconnected with backoff, and a server without IDLE simply leaves the mailbox to its periodic poll, which
    always stays as the safety net. Each watcher has its own thread and catches everything: one mailbox's trouble
    never reaches another's.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from triage.config import Mailbox
from triage.mailroom import SignInNeeded

log = logging.getLogger("triage.run")

TICK = 1.0
"""Longest wait for IDLE news before looking at the stop flag again (news itself ends the wait at once)."""
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 300.0


def backoff(failures: int, first: float = BACKOFF_FIRST, most: float = BACKOFF_MAX) -> float:
    """Seconds to wait before reconnecting after `failures` failed attempts in a row: 1, 2, 4 ... up to 5 minutes,
    so a server that is down for an hour is not hammered and one that blinked is back at once."""
    if failures <= 0:
        return 0.0
    return float(min(most, first * 2 ** (failures - 1)))


def new_mail(responses: Sequence[Any]) -> bool:
    """Did the server report a new message? (EXISTS; "OK Still here" keep-alives and flag changes are not news.)"""
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] == b"EXISTS" for r in responses)


class Cycle:
    """One mailbox's polls, one at a time, none lost: `request()` from any thread (the scheduler's interval, the
    IDLE watcher) either runs a poll now or makes the poll already running go round once more."""

    def __init__(self, name: str, poll: Callable[[], None]) -> None:
        self.name = name
        self._poll = poll
        self._running = threading.Lock()
        self._wanted = threading.Event()
        self.stopped = threading.Event()
        """Set when the mailbox cannot go on without a person (its sign-in was revoked): no more polls."""

    def request(self) -> None:
        self._wanted.set()
        while not self.stopped.is_set():
            if not self._running.acquire(blocking=False):
                return  # the poll running now sees _wanted after it finishes and goes round again
            try:
                while self._wanted.is_set() and not self.stopped.is_set():
                    self._wanted.clear()
                    self._poll()
            finally:
                self._running.release()
            if not self._wanted.is_set():
                return  # nobody asked while we were letting go of the lock


class IdleWatcher(threading.Thread):
    """Keeps an IDLE on one mailbox's inbox and calls `wake` when new mail arrives (see the module's docstring)."""

    def __init__(
        self,
        box: Mailbox,
        open_session: Callable[[], AbstractContextManager[Any]],
        wake: Callable[[], None],
        stop: threading.Event,
        *,
        on_sign_in_needed: Callable[[SignInNeeded], None] | None = None,
    ) -> None:
        super().__init__(name=f"idle-{box.name}", daemon=True)
        self.box = box
        self._open_session = open_session
        self._wake = wake
        self._halt = stop
        self._on_sign_in_needed = on_sign_in_needed
        self.idling = threading.Event()
        """Set while an IDLE is established (tests and the log wait for it)."""
        self.supported: bool | None = None

    def run(self) -> None:
        failures = 0
        while not self._halt.is_set():
            try:
                self._watch()
                return  # stopped, or the server has no IDLE
            except SignInNeeded as exc:
                self.idling.clear()
                if self._on_sign_in_needed is not None:
                    self._on_sign_in_needed(exc)
                return
            except Exception as exc:  # never let one mailbox's trouble out of its thread
                self.idling.clear()
                failures += 1
                delay = backoff(failures)
                text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                log.warning("%s: IDLE lost (%s); reconnecting in %.0fs", self.box.name, text, delay)
                if self._halt.wait(delay):
                    return
            else:
                failures = 0

    def _watch(self) -> None:
        """One connection's life: select the inbox, IDLE, wake on news, renew; returns only when told to stop."""
        with self._open_session() as mail:
            if not mail.has("IDLE"):
                self.supported = False
                log.info("%s: the server offers no IDLE; polling every %s", self.box.name, self.box.poll_every)
                return
            self.supported = True
            renew = self.box.idle_renew_seconds
            mail.idle_start(self.box.inbox)
            self.idling.set()
            log.info("%s: watching %s (IDLE): new mail is read at once", self.box.name, self.box.inbox)
            self._wake()  # whatever arrived between the last poll and this IDLE
            while not self._halt.is_set():
                self._idle_for(mail, renew)
                responses = mail.idle_end()  # also tests the connection: a dead one raises here
                self.idling.clear()
                if new_mail(responses):
                    self._wake()
                if self._halt.is_set():
                    return
                mail.idle_start(self.box.inbox)
                self.idling.set()

    def _idle_for(self, mail: Any, seconds: float) -> None:
        """Wait in IDLE until the renewal is due or we stop; new mail wakes the poll without leaving IDLE. Returns
        early (to end IDLE and so test the connection) when the socket says there is something but nothing came."""
        deadline = time.monotonic() + seconds
        while not self._halt.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            responses = mail.idle_wait(min(TICK, left))
            if responses is None:
                return
            if new_mail(responses):
                self._wake()
