"""take_out: the drafts this batch's drafts replace (merged into a newer one, or withdrawn) leave Drafts, now that
their replacements are safely there. Only triage's own drafts, found by their X-Triage-Source header."""

from __future__ import annotations

from triage.core.draft import SOURCE_HEADER, source_key
from triage.pipeline.batch import Batch, Crew


def run(batch: Batch, crew: Crew) -> None:
    box, mail = batch.box, batch.mail
    replaced = {d.message_id: d for d in batch.replaced}
    for draft in replaced.values():
        uids = mail.search_header(box.drafts, SOURCE_HEADER, source_key(box.name, draft.message_id, draft.content_hash))
        if uids:
            mail.delete(box.drafts, uids)
            batch.report.drafts_removed += len(uids)
    crew.store.note_removed_drafts(box.name, list(replaced), {"why": "replaced"})
