"""recall: what earlier polls and the staff left in the store about this batch's people and messages, read once.

The steps after it decide from these facts alone: who was answered by hand, who was answered today in the same
thread, whose drafts are still waiting, who is already a client, whose crisis alert has gone out.
"""

from __future__ import annotations

from datetime import timedelta

from triage.core.kinds import LedgerState
from triage.pipeline.batch import Batch, Crew
from triage.repository import Asked

CAP_WINDOW = timedelta(days=1)
"""Send mode answers a person at most once per thread in this window."""


def run(batch: Batch, crew: Crew) -> None:
    if not batch.items:
        return
    asked = Asked(
        emails=sorted({w.email for w in batch.items if w.email}),
        message_refs=[ref for w in batch.items for ref in (w.message_id, w.source) if ref],
        entry_ids=[w.entry_id for w in batch.items if w.state != LedgerState.FETCHED],
        since=batch.now - CAP_WINDOW,
    )
    batch.known = crew.store.recall(batch.box.name, asked)
