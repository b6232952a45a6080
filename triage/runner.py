"""Wiring: turn a Config into the poller and its adapters, and run it once or on a schedule."""

from __future__ import annotations

import faulthandler
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path
from typing import Any

from triage.adapters.modelfile import load_classifier
from triage.adapters.store import Store
from triage.compose import Composer
from triage.config import Config, Mailbox, secret
from triage.config_oauth import Auth
from triage.core.classify import Classifier
from triage.failures import one_line
from triage.mailroom import Sender, SignInNeeded
from triage.parallel import Understander
from triage.pipeline.batch import PollReport, practice_time, practice_zone
from triage.pipeline.poller import Poller, own_addresses
from triage.repository import Repository

log = logging.getLogger("triage.run")


def open_mailroom(box: Mailbox, config: Config) -> AbstractContextManager[Any]:
    """The adapter for a mailbox: IMAP, or a local Maildir."""
    if box.kind == "maildir":
        from triage.adapters.maildir import MaildirMailbox

        return MaildirMailbox(box)
    from triage.adapters.imap import ImapMailbox

    if box.auth == Auth.OAUTH2:
        from triage.adapters.oauth import token_source

        return ImapMailbox(box, "", bearer=token_source(box, config))
    password = secret(f"mailboxes[{box.name}]", box.password_env, box.password_file, config.path)
    return ImapMailbox(box, password)


def make_sender(config: Config) -> Sender | None:
    """SMTP bound to the config, or None when there is no [smtp] section (then nothing can be sent or alerted)."""
    smtp = config.smtp
    if smtp is None or not smtp.host:
        return None
    from triage.adapters import smtp as smtp_adapter

    sender = config.practice.address
    if smtp.auth == Auth.OAUTH2:
        from triage.adapters.oauth import token_source

        box = config.mailbox(smtp.oauth_mailbox)
        bearer, username = token_source(box, config), smtp.username or box.username

        def send_signed_in(recipients: Sequence[str], raw: bytes) -> None:
            smtp_adapter.send(smtp, "", sender, recipients, raw, bearer=bearer, username=username)

        return send_signed_in
    password = secret("smtp", smtp.password_env, smtp.password_file, config.path)

    def send(recipients: Sequence[str], raw: bytes) -> None:
        smtp_adapter.send(smtp, password, sender, recipients, raw)

    return send


def build_poller(
    config: Config,
    classifier: Classifier,
    *,
    store: Repository | None = None,
    send: Sender | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    model: Path | None = None,
    workers: int | None = None,
) -> Poller:
    practice_zone(config)  # a time zone that does not exist stops here, in one line, not in every draft
    return Poller(
        config=config,
        store=store or Store(config.store.url, keep_bodies=config.store.keep_bodies),
        composer=Composer(config.practice),
        understander=Understander(
            classifier, own_addresses(config), load=partial(load_classifier, model), workers=workers
        ),
        send=send if send is not None else make_sender(config),
        progress=progress,
    )


class KeptSession(AbstractContextManager[Any]):
    """A mailbox session kept open between polls of `triage run`.

    Logging in and opening a big folder costs the server far more than the poll itself (100 ms for a
    100,000-message Maildir in Dovecot); a session that stays logged in with the inbox selected answers "anything
    new?" in a few milliseconds. A failed cycle or a dead connection drops the session; the next cycle reconnects.
    """

    def __init__(self, open_session: Callable[[], AbstractContextManager[Any]], inbox: str = "INBOX") -> None:
        self._open_session = open_session
        self._inbox = inbox
        self._session: Any = None

    def __enter__(self) -> Any:
        alive = getattr(self._session, "alive", None)
        if self._session is not None and alive is not None and not alive():
            self.close()
        if self._session is None:
            self._session = self._open_session().__enter__()
            self._session.select(self._inbox, readonly=True)  # kept selected: STATUS is then nearly free
        return self._session

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc_type is not None:
            self.close()

    def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.__exit__(None, None, None)


def poll_once(poller: Poller, mailboxes: Sequence[Mailbox] | None = None) -> list[PollReport]:
    """One cycle over every mailbox; a mailbox whose sign-in is gone is reported (and alerted, once) and the others
    still run."""
    reports = []
    for box in mailboxes or poller.config.mailboxes:
        try:
            reports.append(poller.poll(box, open_mailroom(box, poller.config)))
        except SignInNeeded as exc:
            signed_out(poller, box, exc)
            reports.append(PollReport(mailbox=box.name, errors=[str(exc)]))
    return reports


def signed_out(poller: Poller, box: Mailbox, exc: SignInNeeded) -> None:
    """A mailbox's OAuth2 sign-in is gone: one line in the log, and `[safety] alert_to` told once (not on every
    cycle or restart: the token file remembers until `triage auth login` signs in again)."""
    log.error("%s", exc)
    from triage.adapters.oauth import token_source
    from triage.core.draft import build_sign_in_alert

    source = token_source(box, poller.config)
    alert_to = poller.config.safety.alert_to
    if source.alerted() or not alert_to or poller.send is None:
        return
    practice = poller.config.practice
    alert = build_sign_in_alert(
        practice_name=practice.name,
        practice_address=practice.address,
        to=alert_to,
        mailbox=box.name,
        username=box.username,
        reason=exc.reason,
        now=practice_time(poller.config, poller.now()),
    )
    try:
        poller.send(alert_to, alert)
    except Exception as error:  # SMTP may sign in with this very mailbox: then only the log can tell
        log.error("%s: could not alert %s that the sign-in is gone: %s", box.name, ", ".join(alert_to), error)
        return
    source.mark_alerted()


def run_forever(poller: Poller, on_report: Callable[[PollReport], None]) -> None:
    """APScheduler, one job per mailbox at its poll_every, plus an IDLE watcher per IMAP mailbox that polls as soon
    as mail arrives (triage.watch); never two cycles of one mailbox at once, and a request during a cycle is kept."""
    from datetime import UTC, datetime

    from apscheduler.schedulers.background import BackgroundScheduler

    from triage.watch import Cycle, IdleWatcher

    # APScheduler warns whenever a tick is skipped because that mailbox's poll is still running, or runs late on a
    # busy machine: both by design here (the Cycle keeps the request), and at one line per mailbox per second they
    # would bury the log that staff read (and once filled a pipe nobody read: every thread that logged then waited).
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    stop = threading.Event()
    scheduler = BackgroundScheduler(timezone=poller.config.practice.timezone)
    boxes = poller.config.mailboxes
    sessions = {box.name: KeptSession(partial(open_mailroom, box, poller.config), box.inbox) for box in boxes}

    def poll(box: Mailbox) -> None:
        try:
            on_report(poller.poll(box, sessions[box.name]))
        except SignInNeeded as exc:
            stop_mailbox(box, exc)
        except Exception as exc:  # one bad cycle (server down, bad password) must not stop the scheduler
            log.error("%s: poll failed: %s", box.name, one_line(exc))

    cycles = {box.name: Cycle(box.name, partial(poll, box)) for box in boxes}
    halts = {box.name: threading.Event() for box in boxes}
    halted_lock = threading.Lock()

    def stop_mailbox(box: Mailbox, exc: SignInNeeded) -> None:
        """Only a person can sign in again: this mailbox stops (polls and IDLE), the others go on."""
        with halted_lock:
            if halts[box.name].is_set():
                return
            halts[box.name].set()
            cycles[box.name].stopped.set()
        signed_out(poller, box, exc)

    def wake(box: Mailbox) -> None:
        """Poll now, in the scheduler's pool: the watcher goes straight back to waiting."""
        if stop.is_set():
            return  # shutting down: the scheduler takes no new jobs
        scheduler.add_job(cycles[box.name].request, misfire_grace_time=None)

    for box in boxes:
        scheduler.add_job(
            cycles[box.name].request,
            "interval",
            seconds=box.poll_seconds,
            id=f"poll-{box.name}",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
    watchers = [
        IdleWatcher(
            box,
            partial(open_mailroom, box, poller.config),
            partial(wake, box),
            halts[box.name],
            on_sign_in_needed=partial(stop_mailbox, box),
        )
        for box in boxes
        if box.kind == "imap" and box.idle
    ]

    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %s: finishing the current cycle and stopping", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    # `kill -USR1 <pid>` prints where every thread of a worker is (file, line, function: never a message) to its
    # log: how a worker that seems stuck is diagnosed without stopping it.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    scheduler.start()
    for watcher in watchers:
        watcher.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        stop.set()
        for cycle in cycles.values():
            cycle.stopped.set()
        for halt in halts.values():
            halt.set()
        for watcher in watchers:
            watcher.join(timeout=10)
        scheduler.shutdown(wait=True)
        for session in sessions.values():
            session.close()
