"""claim: every fetched message is entered in the ledger once; what an earlier poll finished is left alone.

One transaction for the batch, which also claims the unfinished messages for this worker (a conditional update
that reports what it won: two workers never both work on one message). A message the ledger already knows under
another UIDVALIDITY is found by its Message-ID or content hash (no duplicate after a re-sync), and the same
message twice in one batch is done once.
"""

from __future__ import annotations

from triage.core.draft import content_hash
from triage.core.kinds import FINAL
from triage.core.model import Quarantine
from triage.pipeline.batch import Batch, Claimed, Crew, received_at


def run(batch: Batch, crew: Crew) -> None:
    batch.report.fetched += len(batch.fetched)
    digests = [content_hash(f.raw) for f in batch.fetched]
    received = [received_at(f, r) for f, r in zip(batch.fetched, batch.understood, strict=True)]
    items = [
        (f.uid, None if isinstance(r, Quarantine) else r.understanding.inquiry.message_id, digest, when)
        for f, r, digest, when in zip(batch.fetched, batch.understood, digests, received, strict=True)
    ]
    claims = crew.store.claim_many(batch.box.name, batch.box.inbox, batch.validity, items, holder=crew.holder)
    seen: set[int] = set()
    for f, r, digest, when, claim in zip(batch.fetched, batch.understood, digests, received, claims, strict=True):
        if claim.state in FINAL or claim.entry_id in seen:
            batch.report.already_done += 1
            continue
        if not claim.won:  # another worker has it (and holds the mailbox's lease): never worked on twice
            batch.report.busy += 1
            continue
        seen.add(claim.entry_id)
        batch.claimed.append(Claimed(f, r, claim.entry_id, claim.state, digest, when))
