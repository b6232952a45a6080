"""one_draft_per_person: several messages from one person get one draft, under their newest message.

That draft answers every question they asked, in this batch and in a draft of theirs still waiting from an earlier
poll (which it replaces). A "never mind" cancels their other questions (a cancelled consultation is confirmed, in a
draft that replaces theirs); someone who may not be safe gets the
crisis reply and a clinician, never a second, ordinary draft.
"""

from __future__ import annotations

from triage.core.kinds import LedgerState
from triage.core.policy import ActionKind
from triage.pipeline.batch import Batch, Crew, Work
from triage.repository import PendingDraft

CANCELLED = "withdrawn: a later message says they no longer need an answer"
COVERED = "covered by the crisis reply: a clinician answers them personally"
MERGED = "one person, one draft: answered together with their newest message"


def run(batch: Batch, crew: Crew) -> None:
    pending = batch.known.pending
    confirming = set()
    for w in batch.active(ActionKind.REPLY):
        if w.facts.confirm_cancel:
            confirming.add(w.email)  # its draft replaces their waiting drafts, below
        elif w.email in batch.withdrawn:
            w.close(LedgerState.SKIPPED, CANCELLED)
            batch.report.skip(CANCELLED)
    for email in batch.withdrawn - confirming:  # their waiting drafts go too, except a crisis reply: a clinician
        batch.dropped += [d for d in pending.get(email, []) if not _crisis(d)]
    replies: dict[str, list[Work]] = {}
    for w in batch.active(ActionKind.REPLY):
        replies.setdefault(w.email, []).append(w)
    in_crisis = {w.email for w in batch.items if w.action.kind == ActionKind.CRISIS}
    in_crisis |= {email for email, drafts in pending.items() if any(_crisis(d) for d in drafts)}
    for email in in_crisis & set(replies):
        for w in replies.pop(email):
            w.close(LedgerState.SKIPPED, COVERED)
            batch.report.skip(COVERED)
        batch.dropped += [d for d in pending.get(email, []) if not _crisis(d)]
    for email, items in replies.items():
        *earlier, anchor = sorted(items, key=lambda w: w.received or batch.now)
        for w in earlier:
            w.close(LedgerState.SKIPPED, MERGED)
            batch.report.skip(MERGED)
        olds = [d for d in pending.get(email, []) if not _crisis(d) and d.message_id != anchor.message_id]
        if not anchor.facts.confirm_cancel:  # a cancelling answers none of what they asked before
            anchor.merged = [w.understanding for w in earlier]
            anchor.merged_labels = tuple(label for d in olds for label in d.labels)
        # with a fresh store, an earlier message's draft may already be in Drafts (found by its header): replaced too
        anchor.replaces = olds + [_pending(w) for w in earlier if w.source in batch.on_server]


def _pending(w: Work) -> PendingDraft:
    return PendingDraft(w.entry_id, w.message_id, w.digest, w.understanding.classification.labels, w.received)


def _crisis(draft: PendingDraft) -> bool:
    return "crisis" in draft.labels
