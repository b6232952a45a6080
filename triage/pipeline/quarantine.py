"""quarantine: a message that could not be read is set aside with its reason, and the rest go on.

`failed` is the other way in: a message that broke a later step on its own (not the server's or the network's
fault) is quarantined alone, with its UID and where it failed, so one odd message never blocks a mailbox.
"""

from __future__ import annotations

import logging

from triage.core.draft import content_hash
from triage.core.kinds import LedgerState
from triage.core.model import Quarantine
from triage.failures import describe
from triage.pipeline.batch import Batch, Crew, received_at

log = logging.getLogger("triage.poll")


def run(batch: Batch, crew: Crew) -> None:
    readable = []
    for c in batch.claimed:
        if isinstance(c.result, Quarantine):
            batch.closed.append(
                (c.entry_id, LedgerState.QUARANTINED, c.result.reason)
            )  # written with the batch's record
            batch.report.quarantine(c.result.reason)
            log.warning("%s: UID %s quarantined: %s", batch.box.name, c.fetched.uid, c.result.reason)
        else:
            readable.append(c)
    batch.claimed = readable


def failed(batch: Batch, crew: Crew, exc: Exception) -> None:
    """Quarantine the batch's one message after `exc`; the ledger entry is claimed if it is not there yet."""
    (fetched,) = batch.fetched
    reason = f"could not be processed: {describe(exc)}"
    item = (fetched.uid, None, content_hash(fetched.raw), received_at(fetched, batch.understood[0]))
    claim = crew.store.claim_many(batch.box.name, batch.box.inbox, batch.validity, [item], holder=crew.holder)[0]
    if not claim.won:
        return  # another worker has it now: it decides
    crew.store.set_state([claim.entry_id], LedgerState.QUARANTINED, reason)
    batch.report.quarantine(reason)
    log.error("%s: UID %s quarantined: %s", batch.box.name, fetched.uid, reason)
