"""take_out: the drafts this batch's drafts replace (merged into a newer one, or withdrawn) leave Drafts, now that
their replacements are safely there. Only triage's own drafts, found by their X-Triage-Source header.

The store marks a replaced draft "superseded" in the same transaction that records its replacement, and clears
the mark once it is out of Drafts: a crash in between is finished by the next poll (`leftovers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from triage.config import Mailbox
from triage.core.draft import SOURCE_HEADER, source_key
from triage.mailroom import Mailroom
from triage.pipeline.batch import Batch, Crew, PollReport
from triage.repository import PendingDraft, Repository


def run(batch: Batch, crew: Crew) -> None:
    remove(batch.box, batch.mail, crew.store, batch.replaced, batch.report)


def leftovers(box: Mailbox, mail: Mailroom, store: Repository, report: PollReport) -> None:
    """Every poll: drafts a crash left in Drafts after their replacement was recorded."""
    remove(box, mail, store, store.superseded_drafts(box.name), report)


def remove(box: Mailbox, mail: Mailroom, store: Repository, drafts: Sequence[PendingDraft], report: PollReport) -> None:
    replaced = {d.message_id: d for d in drafts}
    if not replaced:
        return
    for draft in replaced.values():
        uids = mail.search_header(box.drafts, SOURCE_HEADER, source_key(box.name, draft.message_id, draft.content_hash))
        if uids:
            mail.delete(box.drafts, uids)
            report.drafts_removed += len(uids)
    store.note_removed_drafts(box.name, list(replaced), {"why": "replaced"})
