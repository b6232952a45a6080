"""deliver: drafts go to Drafts (one APPEND for the batch), or, in send mode, replies that may go out by
themselves are sent by SMTP and copied to Sent.

"delivering" is written before the server is touched: a message a crash left there may have its draft on the
server already, so that draft is found by its X-Triage-Source header and replaced, never doubled.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from triage.compose import Reply
from triage.core.absence import must_review
from triage.core.draft import SOURCE_HEADER
from triage.core.kinds import LedgerState, TouchpointKind
from triage.core.model import Understanding
from triage.core.policy import ActionKind, may_send_automatically, reply_address
from triage.failures import one_line
from triage.mailroom import SmtpUnsupported
from triage.pipeline.batch import Batch, Crew, Work
from triage.repository import NewTouchpoint

log = logging.getLogger("triage.poll")
DRAFT, SEEN = b"\\Draft", b"\\Seen"


def may_send(
    understanding: Understanding,
    reply: Reply,
    *,
    kind: ActionKind,
    received: datetime | None,
    now: datetime,
    late_after: timedelta,
) -> bool:
    """Whether this reply may be sent without a person reading it first (in send mode). The one place this is
    decided: an answer to an inquiry (never a crisis), to an address the message's own headers carry, to a
    question that has not waited long enough to need a person's eye, and a reply that asks staff nothing (a
    draft whose first line is a note for staff waits for a person to answer it)."""
    return (
        kind == ActionKind.REPLY
        and not reply.needs_staff
        and may_send_automatically(understanding)
        and not must_review(received, now, late_after=late_after)
    )


def run(batch: Batch, crew: Crew) -> None:
    work = [w for w in batch.items if w.draft is not None]
    there = [w for w in work if w.state == LedgerState.FETCHED and w.source in batch.on_server]
    if there:  # a store started afresh: triage's own draft (or sent reply) for it is on the server already
        log.info(
            "%s: %d draft(s) already in Drafts or Sent (found by header): not written again", batch.box.name, len(there)
        )
        _finish(batch, crew, there)
        work = [w for w in work if w not in there]
    if not work:
        return
    box, mail = batch.box, batch.mail
    send_mode = box.mode == "send" and crew.send is not None
    late_after = timedelta(hours=crew.config.absence.late_after_hours)
    to_send = [
        w
        for w in work
        if send_mode
        and w.reply is not None
        and may_send(
            w.understanding, w.reply, kind=w.action.kind, received=w.received, now=batch.now, late_after=late_after
        )
    ]
    to_draft = [w for w in work if w not in to_send]
    for w in to_draft:  # a crash left it "delivering": its draft may be on the server already
        if w.state == LedgerState.DELIVERING:
            old = mail.search_header(box.drafts, SOURCE_HEADER, w.source)
            if old:
                mail.delete(box.drafts, old)
    if to_draft:
        crew.store.set_state(
            [w.entry_id for w in to_draft if w.state != LedgerState.DELIVERING], LedgerState.DELIVERING
        )
        mail.append(box.drafts, [w.draft for w in to_draft if w.draft is not None], [DRAFT])
        _finish(batch, crew, to_draft)
        crew.store.mark_needs_staff([w.entry_id for w in to_draft if w.reply is not None and w.reply.needs_staff])
        batch.report.drafts += len(to_draft)
    for w in to_send:
        send_one(batch, crew, w)


def send_one(batch: Batch, crew: Crew, w: Work) -> None:
    box, mail, report = batch.box, batch.mail, batch.report
    assert crew.send is not None and w.draft is not None
    if w.state == LedgerState.DELIVERING and mail.search_header(box.sent, SOURCE_HEADER, w.source):
        crew.store.finish([w.entry_id], LedgerState.DELIVERED, superseded=[d.entry_id for d in w.replaces])
        batch.replaced += w.replaces
        return
    crew.store.set_state([w.entry_id], LedgerState.DELIVERING)
    u = w.understanding
    try:
        crew.send([reply_address(u)], w.draft)
    except SmtpUnsupported as exc:
        # Retrying cannot help: the reply waits in Drafts for staff, who can send it another way.
        log.warning("%s: UID %s left as a draft: %s", box.name, w.fetched.uid, one_line(exc))
        mail.append(box.drafts, [w.draft], [DRAFT])
        _finish(batch, crew, [w])
        report.drafts += 1
        return
    except Exception as exc:
        report.errors.append(f"{box.name}: sending the reply to UID {w.fetched.uid} failed: {one_line(exc)}")
        return
    mail.ensure_folder(box.sent)
    mail.append(box.sent, [w.draft], [SEEN])
    sent: list[NewTouchpoint] = []
    if w.contact_id is not None:
        sent.append(
            NewTouchpoint(
                w.contact_id,
                TouchpointKind.REPLY_SENT,
                mailbox=box.name,
                message_ref=w.reply_id,
                reply_to_ref=u.inquiry.message_id,
                detail={"source": w.source, "sent_by": "triage"},
            )
        )
    crew.store.finish([w.entry_id], LedgerState.DELIVERED, sent, superseded=[d.entry_id for d in w.replaces])
    batch.replaced += w.replaces
    report.sent += 1


def _finish(batch: Batch, crew: Crew, work: list[Work]) -> None:
    """Delivered, with their draft_created touchpoints and the drafts they replace marked, in one transaction."""
    replaces = [d for w in work for d in w.replaces]
    crew.store.finish(
        [w.entry_id for w in work],
        LedgerState.DELIVERED,
        touchpoints(batch, work, TouchpointKind.DRAFT_CREATED),
        superseded=[d.entry_id for d in replaces],
    )
    batch.replaced += replaces


def touchpoints(batch: Batch, work: list[Work], kind: TouchpointKind) -> list[NewTouchpoint]:
    return [
        NewTouchpoint(
            w.contact_id,
            kind,
            mailbox=batch.box.name,
            message_ref=w.understanding.inquiry.message_id,
            detail={"source": w.source},
        )
        for w in work
        if w.contact_id is not None
    ]
