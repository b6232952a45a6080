"""Wiring: turn a Config into the poller and its adapters, and run it once or on a schedule."""

from __future__ import annotations

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
from triage.core.classify import Classifier
from triage.failures import one_line
from triage.mailroom import Sender
from triage.parallel import Understander
from triage.pipeline.batch import PollReport, practice_zone
from triage.pipeline.poller import Poller, own_addresses
from triage.repository import Repository

log = logging.getLogger("triage.run")


def open_mailroom(box: Mailbox, config: Config) -> AbstractContextManager[Any]:
    """The adapter for a mailbox: IMAP, or a local Maildir."""
    if box.kind == "maildir":
        from triage.adapters.maildir import MaildirMailbox

        return MaildirMailbox(box)
    from triage.adapters.imap import ImapMailbox

    password = secret(f"mailboxes[{box.name}]", box.password_env, box.password_file, config.path)
    return ImapMailbox(box, password)


def make_sender(config: Config) -> Sender | None:
    """SMTP bound to the config, or None when there is no [smtp] section (then nothing can be sent or alerted)."""
    smtp = config.smtp
    if smtp is None or not smtp.host:
        return None
    from triage.adapters import smtp as smtp_adapter

    password = secret("smtp", smtp.password_env, smtp.password_file, config.path)
    sender = config.practice.address

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
    """One cycle over every mailbox; a mailbox that fails is reported and the others still run."""
    reports = []
    for box in mailboxes or poller.config.mailboxes:
        reports.append(poller.poll(box, open_mailroom(box, poller.config)))
    return reports


def run_forever(poller: Poller, on_report: Callable[[PollReport], None]) -> None:
    """APScheduler, one job per mailbox at its poll_every; never two cycles of one mailbox at once."""
    from apscheduler.schedulers.background import BackgroundScheduler

    stop = threading.Event()
    scheduler = BackgroundScheduler(timezone=poller.config.practice.timezone)

    sessions = {
        box.name: KeptSession(partial(open_mailroom, box, poller.config), box.inbox) for box in poller.config.mailboxes
    }

    def job(box: Mailbox) -> None:
        try:
            on_report(poller.poll(box, sessions[box.name]))
        except Exception as exc:  # one bad cycle (server down, bad password) must not stop the scheduler
            log.error("%s: poll failed: %s", box.name, one_line(exc))

    from datetime import UTC, datetime

    for box in poller.config.mailboxes:
        scheduler.add_job(
            job,
            "interval",
            args=[box],
            seconds=box.poll_seconds,
            id=f"poll-{box.name}",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )

    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %s: finishing the current cycle and stopping", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    scheduler.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        scheduler.shutdown(wait=True)
        for session in sessions.values():
            session.close()
