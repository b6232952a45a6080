"""rules: message by message, whether a reply is still wanted, and why not where it is not.

Only recorded (a lead, no draft): old mail, a crisis with nobody to answer. No draft: what staff already answered
from Sent, a "never mind, I found someone" (unless it cancels a booked consultation, which is confirmed), and in
send mode a second answer in the same thread the same day (sent mail cannot be merged or taken back).
"""

from __future__ import annotations

from triage.core.kinds import LedgerState
from triage.core.policy import ActionKind
from triage.pipeline.batch import Batch, Crew, Work

ANSWERED = "already answered by staff (found in Sent)"
WITHDRAWN = "withdrawn: they wrote that they no longer need an answer"
CAPPED = "per-person cap: already answered in this thread today"


def run(batch: Batch, crew: Crew) -> None:
    answered = batch.known.answered
    threads = set(batch.known.threads)
    send_mode = batch.box.mode == "send"
    for w in batch.items:
        reason = why_not(w, answered=answered, threads=threads, send_mode=send_mode)
        if reason == WITHDRAWN and w.facts.confirm_cancel:
            # "please cancel my consultation": what they asked before is withdrawn, the cancelling is confirmed
            batch.withdrawn.add(w.email)
            reason = None
        if reason is None:
            threads.add((w.email, w.facts.thread_key))
            continue
        w.close(LedgerState.SKIPPED, reason)
        batch.report.skip(reason)
        if reason == WITHDRAWN:
            batch.withdrawn.add(w.email)


def why_not(w: Work, *, answered: set[str], threads: set[tuple[str, str | None]], send_mode: bool) -> str | None:
    """Why this message gets no draft, or None when it does."""
    kind = w.action.kind
    if kind == ActionKind.RECORD or (kind == ActionKind.CRISIS and not w.action.draft):
        return w.action.reason or "recorded, not answered"
    if kind != ActionKind.REPLY:
        return None
    if w.understanding.inquiry.message_id in answered:
        return ANSWERED
    if w.facts.withdrawn:
        return WITHDRAWN
    if send_mode and (w.email, w.facts.thread_key) in threads:
        return CAPPED
    return None
