"""compose: the reply for every message still on its way to a draft, as an e-mail threaded under it.

The only place the composer is called. A reply that cannot be written correctly (a missing fact) quarantines
that one message with the reason, instead of a sentence with a hole in it.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from email.utils import make_msgid

from triage.compose import ComposeError
from triage.core.absence import is_late
from triage.core.draft import build_reply
from triage.core.kinds import LedgerState, Stage
from triage.core.merge import merge_understandings
from triage.core.policy import call_back_number, reply_address
from triage.pipeline.batch import Batch, Crew, Work, practice_time

log = logging.getLogger("triage.poll")


def run(batch: Batch, crew: Crew) -> None:
    for w in batch.active():
        compose_one(batch, crew, w)


def compose_one(batch: Batch, crew: Crew, w: Work) -> None:
    u = w.understanding
    if w.merged or w.merged_labels:
        u = merge_understandings(u, w.merged, w.merged_labels)
    late = is_late(w.received, batch.now, late_after=timedelta(hours=crew.config.absence.late_after_hours))
    client = batch.known.stages.get(w.email) == Stage.CLIENT  # an existing client: answered as one, without intake
    try:
        reply = crew.composer.compose(u, late=late, client=client, call_back=call_back_number(u))
    except ComposeError as exc:
        reason = f"draft not written: {exc}"[:300]
        w.close(LedgerState.QUARANTINED, reason)
        batch.report.quarantine(reason)
        log.error("%s: UID %s: %s", batch.box.name, w.fetched.uid, reason)
        return
    practice = crew.config.practice
    w.reply = reply
    w.reply_id = make_msgid(domain=practice.address.split("@")[-1])
    w.draft = build_reply(
        u.inquiry,
        subject=reply.subject,
        body=reply.body,
        to=reply_address(u),
        to_name=u.extraction.first_name,
        practice_name=practice.name,
        practice_address=practice.address,
        source=w.source,
        now=practice_time(crew.config, batch.now),
        auto_submitted=batch.box.mode == "send" and reply.kind != "crisis",
        message_id=w.reply_id,
    )
