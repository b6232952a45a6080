"""alert: a crisis is flagged in the inbox and the clinician alerted at once, by SMTP, without the message body.

The crisis-resources draft and the flag never wait for the alert: while SMTP is down the draft is delivered like
any other, the message is marked "alert pending", and every poll of its mailbox retries the alert until it goes
out (`retry_pending`); `triage backlog` and `triage digest` show it until then. An alert that went out and was
recorded is never sent again. A worker killed between the send and the record sends it again rather than lose it:
the copy has the same Message-ID (`build_alert`'s `ref`), so the clinician's mail shows one alert.
"""

from __future__ import annotations

import logging
from datetime import datetime

from triage.config import Config, Mailbox
from triage.core.draft import build_alert, source_key
from triage.core.kinds import LedgerState, TouchpointKind
from triage.core.policy import ActionKind, call_back_number, reply_address
from triage.mailroom import MailboxError, Sender
from triage.pipeline.batch import Batch, Crew, PollReport, Work, practice_time
from triage.repository import NewTouchpoint, PendingAlert, Repository

log = logging.getLogger("triage.poll")
FLAGGED = b"\\Flagged"
_UNFLAGGABLE: set[str] = set()
"""Mailboxes whose inbox refused \\Flagged, warned about once per process."""


def due(batch: Batch) -> list[tuple[Work, int]]:
    """The crises whose clinician has not been alerted yet, with the contact the alert is recorded on."""
    return [
        (w, w.contact_id)
        for w in batch.items
        if w.action.kind == ActionKind.CRISIS
        and w.action.alert
        and w.contact_id is not None
        and (w.message_id or w.source) not in batch.known.alerted
        and not (w.state == LedgerState.FETCHED and w.source in batch.on_server)  # handled before the store was new
    ]


def run(batch: Batch, crew: Crew) -> None:
    crises = [w for w in batch.items if w.action.kind == ActionKind.CRISIS]
    if not crises:
        return
    box, report = batch.box, batch.report
    report.crises += len(crises)
    try:
        batch.mail.add_flags(box.inbox, [w.fetched.uid for w in crises], [FLAGGED])
    except MailboxError as exc:  # a read-only inbox: the alert and the draft still go; said once per mailbox
        if box.name not in _UNFLAGGABLE:
            _UNFLAGGABLE.add(box.name)
            log.warning("%s: crises cannot be flagged in %s (%s); alerts and drafts still go", box.name, box.inbox, exc)
    alert_to = crew.config.safety.alert_to
    down = False  # after one failure the others of the batch wait for the next poll (no timeout per crisis)
    for w, contact_id in due(batch):
        if not alert_to or crew.send is None:
            report.errors.append(f"{box.name}: crisis in UID {w.fetched.uid} but no [safety] alert_to / [smtp]")
            continue
        u = w.understanding
        alert = build_alert(
            practice_name=crew.config.practice.name,
            practice_address=crew.config.practice.address,
            to=alert_to,
            sender=reply_address(u) or f"phone {call_back_number(u) or 'not given'}",
            sender_name=u.extraction.first_name or u.inquiry.sender_name,
            received=w.received and practice_time(crew.config, w.received),
            mailbox=box.name,
            subject=u.inquiry.subject,
            now=practice_time(crew.config, batch.now),
            ref=w.message_id or w.source,
        )
        sent = not down and _send(crew.send, alert_to, alert, box.name, f"UID {w.fetched.uid}", report)
        down = not sent
        ref = w.message_id or w.source
        done = [NewTouchpoint(contact_id, TouchpointKind.ALERT_SENT, mailbox=box.name, message_ref=ref)]
        crew.store.mark_alert_pending([w.entry_id], not sent, done if sent else ())


def _send(send: Sender, alert_to: tuple[str, ...], alert: bytes, mailbox: str, which: str, report: PollReport) -> bool:
    """Send one alert; a failure is reported (one line, no address) and leaves it pending for the next poll."""
    try:
        send(alert_to, alert)
    except Exception as exc:  # the alert must not be lost: it stays pending and the next poll retries it
        what = type(exc).__name__
        report.errors.append(f"{mailbox}: crisis alert for {which} not sent ({what}); retried every poll")
        log.error("%s: crisis alert for %s not sent (%s); retried every poll", mailbox, which, what)
        return False
    report.alerts += 1
    return True


def retry_pending(
    box: Mailbox, store: Repository, send: Sender | None, config: Config, now: datetime, report: PollReport
) -> None:
    """Every poll: the crisis alerts of this mailbox that could not go out earlier, tried again (oldest first)."""
    pending = store.pending_alerts(box.name)
    if not pending or send is None or not config.safety.alert_to:
        return
    for p in pending:
        alert = build_alert(
            practice_name=config.practice.name,
            practice_address=config.practice.address,
            to=config.safety.alert_to,
            sender=p.email,
            sender_name=p.first_name,
            received=p.received_at and practice_time(config, p.received_at),
            mailbox=box.name,
            subject="(see the flagged message)",
            now=practice_time(config, now),
            ref=_ref(box, p),
        )
        if not _send(send, config.safety.alert_to, alert, box.name, f"ledger entry {p.entry_id}", report):
            return  # still down: the next poll tries again
        done = NewTouchpoint(p.contact_id, TouchpointKind.ALERT_SENT, mailbox=box.name, message_ref=_ref(box, p))
        store.mark_alert_pending([p.entry_id], False, [done])


def _ref(box: Mailbox, p: PendingAlert) -> str:
    """The reference the batch's alert would have recorded: the Message-ID, else the X-Triage-Source key."""
    return p.message_id or source_key(box.name, p.message_id, p.content_hash)
