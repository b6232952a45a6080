"""One poll of one mailbox: fetch what is new, understand it, record the lead, deliver the draft — exactly once.

The ledger carries each message through fetched → recorded → delivering → delivered (or skipped / quarantined),
each step committed before the next side effect, so a crash anywhere is finished by the next poll:
  - claimed but not recorded: fetched again and processed;
  - recorded but no draft: drafted;
  - "delivering": a draft may already be on the server, so it is looked up by its X-Triage-Source header and
    replaced, never doubled.
The expensive parts work on batches (one IMAP round trip, one model pass, one transaction, one MULTIAPPEND).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from typing import Any, Protocol

from triage.adapters.catchup_store import PendingDraft
from triage.adapters.imap import Fetched
from triage.adapters.store import (
    DELIVERED,
    DELIVERING,
    FINAL,
    QUARANTINED,
    RECORDED,
    SKIPPED,
    InquiryRecord,
    Store,
)
from triage.compose import ComposeError, Composer
from triage.config import Config, Mailbox
from triage.core.absence import is_late, must_review, withdrawn
from triage.core.classify import Classifier
from triage.core.draft import SOURCE_HEADER, build_alert, build_reply, content_hash, source_key, thread_key
from triage.core.merge import merge_understandings
from triage.core.model import Quarantine, Understanding
from triage.core.policy import CRISIS, RECORD, REPLY, SKIP, Action, plan
from triage.followup import draft_followups
from triage.parallel import Understander
from triage.sent import read_sent, remove_answered_drafts

log = logging.getLogger("triage.poll")


class Mailroom(Protocol):
    """What the poller needs from a mailbox; IMAP (triage.adapters.imap) and Maildir both provide it."""

    def status(self, folder: str) -> tuple[int, int]: ...
    def select(self, folder: str, *, readonly: bool = True) -> int: ...
    def uids_after(self, last_uid: int) -> list[int]: ...
    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]: ...
    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = ...) -> None: ...
    def ensure_folder(self, folder: str) -> None: ...
    def search_header(self, folder: str, header: str, value: str) -> list[int]: ...
    def delete(self, folder: str, uids: Sequence[int]) -> None: ...
    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None: ...


Sender = Callable[[Sequence[str], bytes], None]
"""Sends one message by SMTP to the given recipients (triage.adapters.smtp bound to the config)."""


@dataclass
class PollReport:
    """What one poll did, for the summary table and the logs (counts and reasons, never message text)."""

    mailbox: str
    fetched: int = 0
    already_done: int = 0
    leads: int = 0
    drafts: int = 0
    sent: int = 0
    crises: int = 0
    alerts: int = 0
    replies_found: int = 0
    drafts_removed: int = 0
    followups: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        key = reason.split(":")[0]
        self.skipped[key] = self.skipped.get(key, 0) + 1


@dataclass
class _Work:
    fetched: Fetched
    entry_id: int
    state: str
    digest: str
    understanding: Understanding | None = None
    action: Action | None = None
    contact_id: int | None = None
    source: str = ""
    draft: bytes | None = None
    reply_id: str | None = None
    merged: list[Understanding] = field(default_factory=list)
    merged_labels: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return self.entry_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Work) and other.entry_id == self.entry_id


@dataclass
class Poller:
    config: Config
    store: Store
    classifier: Classifier
    composer: Composer
    send: Sender | None = None
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    understander: Understander | None = None
    _followup_scan: dict[str, datetime] = field(default_factory=dict)
    _withdrawn: set[str] = field(default_factory=set)
    progress: Callable[[str, int, int], None] | None = None
    """Called with (mailbox, done, total) as batches finish: drives the progress bar on a big backlog."""

    def close(self) -> None:
        """Stop the worker processes (if any) and release the store's connections."""
        if self.understander is not None:
            self.understander.close()
        self.store.close()

    @property
    def own_addresses(self) -> frozenset[str]:
        addresses = {self.config.practice.address.lower()}
        addresses.update(box.username.lower() for box in self.config.mailboxes if "@" in box.username)
        return frozenset(addresses)

    # ------------------------------------------------------------------ the poll
    def poll(self, box: Mailbox, mailroom: AbstractContextManager[Any]) -> PollReport:
        report = PollReport(mailbox=box.name)
        with mailroom as mail:
            self._poll(box, mail, report)
        return report

    def _poll(self, box: Mailbox, mail: Mailroom, report: PollReport) -> None:
        new_sent = read_sent(box, mail, self.store)
        self._inbox(box, mail, report)
        if new_sent or report.leads or report.fetched:
            matched = self.store.match_replies(box.name)
            report.replies_found += len(matched)
            report.drafts_removed += remove_answered_drafts(box, mail, self.store, matched)
        if self.config.followup.after_days > 0 and self._followups_due(box):
            report.followups += draft_followups(box, mail, self.store, self.composer, self.config, self.now())

    def _followups_due(self, box: Mailbox) -> bool:
        """At most one follow-up scan per mailbox per hour: the rule counts days, not minutes."""
        last = self._followup_scan.get(box.name)
        now = self.now()
        if last is not None and now - last < timedelta(hours=1):
            return False
        self._followup_scan[box.name] = now
        return True

    def _inbox(self, box: Mailbox, mail: Mailroom, report: PollReport) -> None:
        validity, uidnext = mail.status(box.inbox)
        cursor = self.store.cursor(box.name, box.inbox)
        unfinished = self.store.unfinished(box.name, box.inbox, validity)
        if cursor and cursor[0] == validity and uidnext - 1 <= cursor[1] and not unfinished:
            return  # the cheap path: one STATUS and two indexed queries, whatever the mailbox's size
        if cursor and cursor[0] != validity:
            log.warning("%s: UIDVALIDITY changed (%s → %s): re-syncing by Message-ID", box.name, cursor[0], validity)
        last = cursor[1] if cursor and cursor[0] == validity else 0
        mail.select(box.inbox, readonly=True)
        todo = sorted({uid for _, uid, _ in unfinished} | set(mail.uids_after(last)))
        if not todo:
            self.store.set_cursor(box.name, box.inbox, validity, max(last, uidnext - 1))
            return
        mail.ensure_folder(box.drafts)
        if self.progress:
            self.progress(box.name, 0, len(todo))
        understander = self.understander or Understander(self.classifier, self.own_addresses, workers=0)
        batches = [todo[i : i + box.batch_size] for i in range(0, len(todo), box.batch_size)]
        # Pipelined: the workers understand batch k+1 while this process records and delivers batch k.
        pending = None
        done = 0
        for k in range(len(batches) + 1):
            upcoming = None
            if k < len(batches):
                # Delivering the previous batch selected other folders (Drafts, Sent): come back to the inbox.
                mail.select(box.inbox, readonly=True)
                fetched = list(mail.fetch(batches[k], box.batch_size))
                upcoming = (batches[k], fetched, understander.submit([f.raw for f in fetched]))
            if pending is not None:
                uids, previous, future = pending
                self._batch(box, mail, validity, previous, future.result(), report)
                self.store.set_cursor(box.name, box.inbox, validity, max(last, max(uids)))
                done += len(uids)
                if self.progress:
                    self.progress(box.name, done, len(todo))
            pending = upcoming

    def _batch(
        self,
        box: Mailbox,
        mail: Mailroom,
        validity: int,
        fetched: list[Fetched],
        understood: list[Understanding | Quarantine],
        report: PollReport,
    ) -> None:
        report.fetched += len(fetched)
        digests = [content_hash(f.raw) for f in fetched]
        items = []
        for f, digest, result in zip(fetched, digests, understood, strict=True):
            message_id = result.inquiry.message_id if isinstance(result, Understanding) else None
            items.append((f.uid, message_id, digest, _received(f, result)))
        claims = self.store.claim_many(box.name, box.inbox, validity, items)
        work: list[_Work] = []
        for f, digest, result, claim in zip(fetched, digests, understood, claims, strict=True):
            if claim.state in FINAL:
                report.already_done += 1
                continue
            if isinstance(result, Quarantine):
                self.store.set_state([claim.entry_id], QUARANTINED, result.reason)
                report.quarantined[result.reason] = report.quarantined.get(result.reason, 0) + 1
                log.warning("%s: UID %s quarantined: %s", box.name, f.uid, result.reason)
                continue
            w = _Work(f, claim.entry_id, claim.state, digest, understanding=result)
            w.action = plan(
                result,
                own_addresses=self.own_addresses,
                received=_received(f, result),
                now=self.now(),
                backlog_days=box.backlog_days,
            )
            work.append(w)
        replaced = self._record(box, work, report)
        self._crises(box, mail, [w for w in work if w.action and w.action.kind == CRISIS], report)
        self._deliver(box, mail, [w for w in work if w.draft is not None], report)
        self._take_out(box, mail, replaced, report)

    def _take_out(self, box: Mailbox, mail: Mailroom, drafts: list[PendingDraft], report: PollReport) -> None:
        """Remove drafts replaced by a merged one (or withdrawn), after the new one is safely in Drafts."""
        for draft in drafts:
            uids = mail.search_header(
                box.drafts, SOURCE_HEADER, source_key(box.name, draft.message_id, draft.content_hash)
            )
            if uids:
                mail.delete(box.drafts, uids)
                report.drafts_removed += len(uids)
            contact = self.store.inquiry_contact(draft.message_id)
            if contact is not None:
                self.store.add_touchpoint(
                    contact, "draft_removed", mailbox=box.name, message_ref=draft.message_id, detail={"why": "replaced"}
                )

    # ------------------------------------------------------------------ steps
    def _record(self, box: Mailbox, work: list[_Work], report: PollReport) -> list[PendingDraft]:
        """Write leads and inbound touchpoints; decide the drafts. Messages already recorded keep their record.

        One person, one draft: several messages from the same person get one draft, under the newest, answering
        every question they asked, including those of a draft of theirs still waiting from an earlier poll (it is
        replaced). Returns the earlier drafts to take out of Drafts.
        """
        decided = self._decide(box, work, report)
        replies: dict[str, list[_Work]] = {}
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
        records: list[InquiryRecord] = []
        waiting: list[_Work] = []
        skipped: dict[str, list[int]] = {}
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

    def _decide(self, box: Mailbox, work: list[_Work], report: PollReport) -> dict[_Work, tuple[str, str | None]]:
        """Each message's ledger state after recording, and why nothing is drafted where nothing is."""
        self._withdrawn = set()
        decided: dict[_Work, tuple[str, str | None]] = {}
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
                self.store.set_state([w.entry_id], SKIPPED, skipped_reason)
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

    def _compose(self, box: Mailbox, w: _Work, report: PollReport) -> None:
        u = w.understanding
        assert u is not None
        if w.merged or w.merged_labels:
            u = merge_understandings(u, w.merged, w.merged_labels)
        late_after = timedelta(hours=self.config.absence.late_after_hours)
        try:
            reply = self.composer.compose(u, late=is_late(_received(w.fetched, u), self.now(), late_after=late_after))
        except ComposeError as exc:
            reason = f"draft not written: {exc}"[:300]
            self.store.set_state([w.entry_id], QUARANTINED, reason)
            report.quarantined[reason] = report.quarantined.get(reason, 0) + 1
            log.error("%s: UID %s: %s", box.name, w.fetched.uid, reason)
            return
        practice = self.config.practice
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

    def _crises(self, box: Mailbox, mail: Mailroom, crises: list[_Work], report: PollReport) -> None:
        """Flag the original and alert the clinician at once; an alert that fails keeps the message open."""
        if not crises:
            return
        report.crises += len(crises)
        mail.add_flags(box.inbox, [w.fetched.uid for w in crises], [b"\\Flagged"])
        alert_to = self.config.safety.alert_to
        for w in crises:
            u = w.understanding
            assert u is not None and w.action is not None
            if not w.action.alert or w.contact_id is None:
                continue
            if self.store.has_touchpoint(w.contact_id, "alert_sent", u.inquiry.message_id or w.source):
                continue
            if not alert_to or self.send is None:
                report.errors.append(f"{box.name}: crisis in UID {w.fetched.uid} but no [safety] alert_to / [smtp]")
                continue
            alert = build_alert(
                practice_name=self.config.practice.name,
                practice_address=self.config.practice.address,
                to=alert_to,
                sender=u.extraction.contact_email or u.inquiry.sender_email or "unknown sender",
                sender_name=u.extraction.first_name or u.inquiry.sender_name,
                received=_received(w.fetched, u),
                mailbox=box.name,
                subject=u.inquiry.subject,
                now=self.now(),
            )
            try:
                self.send(alert_to, alert)
            except Exception as exc:  # the alert must not be lost: the message stays unfinished and is retried
                report.errors.append(f"{box.name}: crisis alert failed: {exc}")
                log.error("%s: crisis alert for UID %s failed: %s", box.name, w.fetched.uid, exc)
                w.draft = None
                continue
            self.store.add_touchpoint(
                w.contact_id, "alert_sent", mailbox=box.name, message_ref=u.inquiry.message_id or w.source
            )
            report.alerts += 1

    def _deliver(self, box: Mailbox, mail: Mailroom, work: list[_Work], report: PollReport) -> None:
        if not work:
            return
        send_mode = box.mode == "send" and self.send is not None
        late_after = timedelta(hours=self.config.absence.late_after_hours)
        to_send = [
            w
            for w in work
            if send_mode
            and w.action is not None
            and w.action.kind == REPLY
            and not must_review(_received(w.fetched, w.understanding), self.now(), late_after=late_after)  # type: ignore[arg-type]
        ]
        to_draft = [w for w in work if w not in to_send]
        # A message left in "delivering" by a crash may have its draft on the server already: replace it.
        for w in to_draft:
            if w.state == DELIVERING:
                old = mail.search_header(box.drafts, SOURCE_HEADER, w.source)
                if old:
                    mail.delete(box.drafts, old)
        if to_draft:
            self.store.set_state([w.entry_id for w in to_draft if w.state != DELIVERING], DELIVERING)
            mail.append(box.drafts, [w.draft for w in to_draft if w.draft is not None], [b"\\Draft"])
            self.store.finish(
                [w.entry_id for w in to_draft], DELIVERED, self._touchpoints(box, to_draft, "draft_created")
            )
            report.drafts += len(to_draft)
        for w in to_send:
            self._send_one(box, mail, w, report)

    def _send_one(self, box: Mailbox, mail: Mailroom, w: _Work, report: PollReport) -> None:
        assert self.send is not None and w.draft is not None and w.understanding is not None
        if w.state == DELIVERING and mail.search_header(box.sent, SOURCE_HEADER, w.source):
            self.store.finish([w.entry_id], DELIVERED)
            return
        self.store.set_state([w.entry_id], DELIVERING)
        to = w.understanding.extraction.contact_email or w.understanding.inquiry.sender_email or ""
        try:
            self.send([to], w.draft)
        except Exception as exc:
            report.errors.append(f"{box.name}: sending to a contact failed: {exc}")
            return
        mail.ensure_folder(box.sent)
        mail.append(box.sent, [w.draft], [b"\\Seen"])
        reply = {
            "contact_id": w.contact_id,
            "kind": "reply_sent",
            "mailbox": box.name,
            "message_ref": w.reply_id,
            "reply_to_ref": w.understanding.inquiry.message_id,
            "detail": {"source": w.source, "sent_by": "triage"},
        }
        self.store.finish([w.entry_id], DELIVERED, [reply] if w.contact_id is not None else [])
        report.sent += 1

    def _touchpoints(self, box: Mailbox, work: list[_Work], kind: str) -> list[dict[str, Any]]:
        return [
            {
                "contact_id": w.contact_id,
                "kind": kind,
                "mailbox": box.name,
                "message_ref": w.understanding.inquiry.message_id if w.understanding else None,
                "detail": {"source": w.source},
            }
            for w in work
            if w.contact_id is not None
        ]


def _email(w: _Work) -> str:
    u = w.understanding
    return "" if u is None else (u.extraction.contact_email or u.inquiry.sender_email or "").lower()


def _mid(w: _Work) -> str:
    return "" if w.understanding is None else (w.understanding.inquiry.message_id or "")


def _received(fetched: Fetched, result: Understanding | Quarantine) -> datetime | None:
    """When the message arrived: the server's INTERNALDATE, else the Date header (which senders can fake)."""
    if fetched.internaldate is not None:
        when = fetched.internaldate
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    if isinstance(result, Understanding) and result.inquiry.date is not None:
        return result.inquiry.date
    return None
