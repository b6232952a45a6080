"""Recording a batch: who wrote, what they asked, which message gets a draft (and which needs none), and the
draft's text. One person, one draft; a crisis covers the person; withdrawn questions are left alone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import make_msgid

from triage.adapters.catchup_store import PendingDraft
from triage.adapters.store import (
    QUARANTINED,
    RECORDED,
    SKIPPED,
    InquiryRecord,
    Store,
)
from triage.compose import ComposeError, Composer
from triage.config import Config, Mailbox
from triage.core.absence import is_late, withdrawn
from triage.core.draft import build_reply, source_key, thread_key
from triage.core.merge import merge_understandings
from triage.core.policy import CRISIS, RECORD, REPLY, SKIP
from triage.work import PollReport, Sender, Work
from triage.work import email_of as _email
from triage.work import message_id_of as _mid
from triage.work import received_at as _received

log = logging.getLogger("triage.poll")


class RecordingSteps:
    """The recording half of the Poller (a mixin: the Poller holds the state)."""

    config: Config
    store: Store
    composer: Composer
    send: Sender | None
    now: Callable[[], datetime]
    _withdrawn: set[str]
    _not_inquiries: dict[str, list[int]]

    def _record(self, box: Mailbox, work: list[Work], report: PollReport) -> list[PendingDraft]:
        """Write leads and inbound touchpoints; decide the drafts. Messages already recorded keep their record.

        One person, one draft: several messages from the same person get one draft, under the newest, answering
        every question they asked, including those of a draft of theirs still waiting from an earlier poll (it is
        replaced). Returns the earlier drafts to take out of Drafts.
        """
        decided = self._decide(box, work, report)
        replies: dict[str, list[Work]] = {}
        for w, (state, _) in decided.items():
            if state == RECORDED and w.action is not None and w.action.kind == REPLY:
                replies.setdefault(_email(w), []).append(w)
        pending = self.store.pending_drafts(box.name, list(replies) + list(self._withdrawn))
        replaced: list[PendingDraft] = []
        for email in self._withdrawn:
            replaced += pending.get(email, [])
        in_crisis = {_email(w) for w, (state, _) in decided.items() if w.action is not None and w.action.kind == CRISIS}
        in_crisis |= {email for email, drafts in pending.items() if any("crisis" in d.labels for d in drafts)}
        for email in in_crisis & set(replies):
            # Someone who may not be safe gets the crisis reply and a clinician, never a second, ordinary draft.
            for w in replies.pop(email):
                decided[w] = (SKIPPED, "covered by the crisis reply: a clinician answers them personally")
                report.skip("covered by the crisis reply")
            replaced += [d for d in pending.get(email, []) if "crisis" not in d.labels]
        for email, items in replies.items():
            items.sort(key=lambda w: _received(w.fetched, w.understanding) or self.now())  # type: ignore[arg-type]
            *earlier, anchor = items
            for w in earlier:
                decided[w] = (SKIPPED, "one person, one draft: answered together with their newest message")
                report.skip("one person, one draft")
            olds = [d for d in pending.get(email, []) if "crisis" not in d.labels and d.message_id != _mid(anchor)]
            anchor.merged = [w.understanding for w in earlier if w.understanding is not None]
            anchor.merged_labels = tuple(label for d in olds for label in d.labels)
            replaced += olds
        stages = self.store.stages([_email(w) for w in decided])
        for w in decided:
            w.client = stages.get(_email(w)) == "client"
        records: list[InquiryRecord] = []
        waiting: list[Work] = []
        skipped: dict[str, list[int]] = self._not_inquiries
        for w, (state, reason) in decided.items():
            u = w.understanding
            assert u is not None
            if w.state == "fetched" and _email(w):
                records.append(
                    InquiryRecord(
                        entry_id=w.entry_id,
                        email=_email(w),
                        first_name=u.extraction.first_name,
                        source=u.inquiry.source,
                        at=_received(w.fetched, u) or self.now(),
                        mailbox=box.name,
                        message_ref=u.inquiry.message_id,
                        labels=u.classification.labels,
                        thread_key=thread_key(u.inquiry),
                        state=state,
                        reason=reason,
                        body=u.inquiry.text,
                        language=u.inquiry.language,
                        books="scheduling" in u.classification.labels and not withdrawn(u.inquiry.text),
                    )
                )
                waiting.append(w)
            elif state == SKIPPED:
                skipped.setdefault(reason or "skipped", []).append(w.entry_id)
            else:
                waiting.append(w)
            if state != SKIPPED:
                self._compose(box, w, report)
        ids = self.store.record_inquiries(records)
        report.leads += sum(1 for _, new in ids if new)
        by_entry = {rec.entry_id: cid for rec, (cid, _) in zip(records, ids, strict=True)}
        for w in waiting:
            w.contact_id = by_entry.get(w.entry_id) or self.store.entry_contact(w.entry_id)
        for reason, entry_ids in skipped.items():
            self.store.set_state(entry_ids, SKIPPED, reason)
        return replaced

    def _decide(self, box: Mailbox, work: list[Work], report: PollReport) -> dict[Work, tuple[str, str | None]]:
        """Each message's ledger state after recording, and why nothing is drafted where nothing is."""
        self._withdrawn = set()
        self._not_inquiries = {}
        decided: dict[Work, tuple[str, str | None]] = {}
        emails = [_email(w) for w in work if w.understanding]
        answered = self.store.answered([_mid(w) for w in work])
        seen_threads = self.store.answered_threads([e for e in emails if e], self.now() - timedelta(days=1))
        for w in work:
            u, action = w.understanding, w.action
            assert u is not None and action is not None
            for label in u.classification.labels:
                report.topics[label] = report.topics.get(label, 0) + 1
            if action.kind == SKIP:
                skipped_reason = action.reason or "skipped"
                self._not_inquiries.setdefault(skipped_reason, []).append(w.entry_id)  # written with the batch
                report.skip(skipped_reason)
                continue
            w.source = source_key(box.name, u.inquiry.message_id, w.digest)
            thread = thread_key(u.inquiry)
            state, reason = RECORDED, None
            if action.kind == RECORD or (action.kind == CRISIS and not action.draft):
                state, reason = SKIPPED, action.reason
            elif action.kind == REPLY and u.inquiry.message_id in answered:
                state, reason = SKIPPED, "already answered by staff (found in Sent)"
            elif action.kind == REPLY and withdrawn(u.inquiry.text):
                state, reason = SKIPPED, "withdrawn: they wrote that they no longer need an answer"
                self._withdrawn.add(_email(w))
            elif action.kind == REPLY and box.mode == "send" and (_email(w), thread) in seen_threads:
                # Sent mail cannot be merged or taken back: at most one automatic send per person, thread and day.
                state, reason = SKIPPED, "per-person cap: already answered in this thread today"
            else:
                seen_threads.add((_email(w), thread))
            if reason:
                report.skip(reason)
            decided[w] = (state, reason)
        for w, (state, _) in list(decided.items()):  # a later "never mind" cancels their other questions too
            if state == RECORDED and w.action is not None and w.action.kind == REPLY and _email(w) in self._withdrawn:
                decided[w] = (SKIPPED, "withdrawn: a later message says they no longer need an answer")
                report.skip("withdrawn")
        return decided

    def _compose(self, box: Mailbox, w: Work, report: PollReport) -> None:
        u = w.understanding
        assert u is not None
        if w.merged or w.merged_labels:
            u = merge_understandings(u, w.merged, w.merged_labels)
        late_after = timedelta(hours=self.config.absence.late_after_hours)
        try:
            late = is_late(_received(w.fetched, u), self.now(), late_after=late_after)
            reply = self.composer.compose(u, late=late, client=w.client)
        except ComposeError as exc:
            reason = f"draft not written: {exc}"[:300]
            self.store.set_state([w.entry_id], QUARANTINED, reason)
            report.quarantined[reason] = report.quarantined.get(reason, 0) + 1
            log.error("%s: UID %s: %s", box.name, w.fetched.uid, reason)
            return
        practice = self.config.practice
        w.needs_staff = reply.needs_staff
        w.reply_id = make_msgid(domain=practice.address.split("@")[-1])
        w.draft = build_reply(
            u.inquiry,
            subject=reply.subject,
            body=reply.body,
            to=u.extraction.contact_email or u.inquiry.sender_email or "",
            to_name=u.extraction.first_name,
            practice_name=practice.name,
            practice_address=practice.address,
            source=w.source,
            now=self.now(),
            auto_submitted=box.mode == "send" and reply.kind != "crisis",
            message_id=w.reply_id,
        )
