"""plan: what each readable message calls for: an answer, a crisis response, a record only, or nothing.

The rules themselves are `triage.core.policy.plan` (safety, then loops, then who could be answered, then age).
A message that is no inquiry at all (machine mail, no address, our own) becomes no lead and gets no draft.
"""

from __future__ import annotations

from triage.core.draft import source_key
from triage.core.kinds import LedgerState
from triage.core.model import Quarantine
from triage.core.policy import ActionKind, person_key, plan
from triage.pipeline.batch import Batch, Crew, Work


def run(batch: Batch, crew: Crew) -> None:
    for c in batch.claimed:
        if isinstance(c.result, Quarantine):
            continue  # set aside by the quarantine step
        u, facts = c.result
        for label in u.classification.labels:
            batch.report.topics[label] = batch.report.topics.get(label, 0) + 1
        action = plan(
            u,
            own_addresses=batch.own_addresses,
            received=c.received,
            now=batch.now,
            backlog_days=batch.box.backlog_days,
        )
        if action.kind == ActionKind.SKIP:
            reason = action.reason or "skipped"
            batch.closed.append((c.entry_id, LedgerState.SKIPPED, reason))
            batch.report.skip(reason)
            continue
        batch.items.append(
            Work(
                fetched=c.fetched,
                entry_id=c.entry_id,
                state=c.state,
                digest=c.digest,
                received=c.received,
                understanding=u,
                facts=facts,
                action=action,
                email=person_key(u),
                source=source_key(batch.box.name, u.inquiry.message_id, c.digest),
            )
        )
