"""record: the batch's leads, inbound touchpoints, stage moves and ledger states, in one transaction.

A person is matched by address (a client writing again is no new lead; a lost contact is re-opened), someone
who asks to book becomes a prospect, "never mind, I found someone" is lost and a booked person who cancels is
cancelled (triage.core.milestones). Messages an earlier poll recorded keep their record.
"""

from __future__ import annotations

from triage.core.kinds import LedgerState
from triage.pipeline.batch import Batch, Crew, Work
from triage.repository import InquiryRecord


def run(batch: Batch, crew: Crew) -> None:
    records = [inquiry_record(batch, w) for w in batch.items if w.state == LedgerState.FETCHED and w.email]
    recorded = {r.entry_id for r in records}
    closed = batch.closed + [
        (w.entry_id, w.outcome, w.reason)
        for w in batch.items
        if w.entry_id not in recorded and w.outcome != LedgerState.RECORDED
    ]
    dropped = {d.entry_id: d for d in batch.dropped}
    ids = crew.store.record_inquiries(records, closed, superseded=list(dropped))
    batch.replaced += dropped.values()
    batch.report.leads += sum(1 for _, new in ids if new)
    contacts = {rec.entry_id: contact for rec, (contact, _) in zip(records, ids, strict=True)}
    for w in batch.items:
        w.contact_id = contacts.get(w.entry_id) or batch.known.contacts.get(w.entry_id)


def inquiry_record(batch: Batch, w: Work) -> InquiryRecord:
    u = w.understanding
    return InquiryRecord(
        entry_id=w.entry_id,
        email=w.email,
        first_name=u.extraction.first_name,
        source=u.inquiry.source,
        at=w.received or batch.now,
        mailbox=batch.box.name,
        message_ref=u.inquiry.message_id,
        labels=u.classification.labels,
        thread_key=w.facts.thread_key,
        state=w.outcome,
        reason=w.reason,
        body=u.inquiry.text,
        language=u.inquiry.language,
        books=w.facts.books,
        client_request=w.facts.client_request,
        withdraws=w.facts.withdrawn,
        cancels=w.facts.cancels,
    )
