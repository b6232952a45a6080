"""alert: a crisis is flagged in the inbox and the clinician alerted at once, by SMTP, without the message body.

An alert that fails keeps the message open (no draft is delivered), so the next poll tries again; an alert that
went out is never sent twice.
"""

from __future__ import annotations

import logging

from triage.core.draft import build_alert
from triage.core.kinds import TouchpointKind
from triage.core.policy import ActionKind
from triage.pipeline.batch import Batch, Crew, Work, practice_time
from triage.repository import NewTouchpoint

log = logging.getLogger("triage.poll")
FLAGGED = b"\\Flagged"


def due(batch: Batch) -> list[tuple[Work, int]]:
    """The crises whose clinician has not been alerted yet, with the contact the alert is recorded on."""
    return [
        (w, w.contact_id)
        for w in batch.items
        if w.action.kind == ActionKind.CRISIS
        and w.action.alert
        and w.contact_id is not None
        and (w.message_id or w.source) not in batch.known.alerted
    ]


def run(batch: Batch, crew: Crew) -> None:
    crises = [w for w in batch.items if w.action.kind == ActionKind.CRISIS]
    if not crises:
        return
    box, report = batch.box, batch.report
    report.crises += len(crises)
    batch.mail.add_flags(box.inbox, [w.fetched.uid for w in crises], [FLAGGED])
    alert_to = crew.config.safety.alert_to
    for w, contact_id in due(batch):
        if not alert_to or crew.send is None:
            report.errors.append(f"{box.name}: crisis in UID {w.fetched.uid} but no [safety] alert_to / [smtp]")
            continue
        u = w.understanding
        alert = build_alert(
            practice_name=crew.config.practice.name,
            practice_address=crew.config.practice.address,
            to=alert_to,
            sender=u.extraction.contact_email or u.inquiry.sender_email or "unknown sender",
            sender_name=u.extraction.first_name or u.inquiry.sender_name,
            received=w.received and practice_time(crew.config, w.received),
            mailbox=box.name,
            subject=u.inquiry.subject,
            now=practice_time(crew.config, batch.now),
        )
        try:
            crew.send(alert_to, alert)
        except Exception as exc:  # the alert must not be lost: the message stays unfinished and is retried
            report.errors.append(f"{box.name}: crisis alert failed: {exc}")
            log.error("%s: crisis alert for UID %s failed: %s", box.name, w.fetched.uid, exc)
            w.draft = None
            continue
        ref = w.message_id or w.source
        crew.store.add_touchpoint(
            NewTouchpoint(contact_id, TouchpointKind.ALERT_SENT, mailbox=box.name, message_ref=ref)
        )
        report.alerts += 1
