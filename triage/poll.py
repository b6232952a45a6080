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

import copy
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from triage.adapters.imap import Fetched
from triage.adapters.store import (
    FINAL,
    QUARANTINED,
    Store,
)
from triage.compose import Composer
from triage.config import Config, Mailbox
from triage.core.classify import Classifier
from triage.core.draft import content_hash
from triage.core.model import Quarantine, Understanding
from triage.core.policy import CRISIS, plan
from triage.delivery import DeliverySteps
from triage.failures import describe, is_environmental
from triage.followup import draft_followups
from triage.parallel import Understander
from triage.recording import RecordingSteps
from triage.sent import read_sent, remove_answered_drafts
from triage.work import Mailroom, PollReport, Sender, Work
from triage.work import received_at as _received

__all__ = ["Mailroom", "PollReport", "Poller", "Sender"]

log = logging.getLogger("triage.poll")


@dataclass
class Poller(RecordingSteps, DeliverySteps):
    config: Config
    store: Store
    classifier: Classifier
    composer: Composer
    send: Sender | None = None
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    understander: Understander | None = None
    _followup_scan: dict[str, datetime] = field(default_factory=dict)
    _withdrawn: set[str] = field(default_factory=set)
    _not_inquiries: dict[str, list[int]] = field(default_factory=dict)
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
        if new_sent or report.fetched or report.followups or report.drafts_removed:
            # Leave the inbox selected: in a kept session (`triage run`) the next "anything new?" is then cheap.
            mail.select(box.inbox, readonly=True)

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
                self._batch_isolated(box, mail, validity, previous, future.result(), report)
                self.store.set_cursor(box.name, box.inbox, validity, max(last, max(uids)))
                done += len(uids)
                if self.progress:
                    self.progress(box.name, done, len(todo))
            pending = upcoming

    def _batch_isolated(
        self,
        box: Mailbox,
        mail: Mailroom,
        validity: int,
        fetched: list[Fetched],
        understood: list[Understanding | Quarantine],
        report: PollReport,
    ) -> None:
        """One message's failure quarantines that message alone, with its UID and a reason; the rest go on.

        A batch that fails for a reason of its own (not a server or connection: those stop the poll, to be retried)
        is run again one message at a time. That is safe because every step is crash-safe: what the failed attempt
        committed is found and finished, exactly as after a kill.
        """
        before = copy.deepcopy(report)
        try:
            self._batch(box, mail, validity, fetched, understood, report)
            return
        except Exception as exc:
            if is_environmental(exc):
                raise
            if len(fetched) == 1:
                self._quarantine_failed(box, validity, fetched[0], understood[0], exc, report)
                return
            log.warning(
                "%s: a batch of %d failed (%s): retrying one message at a time", box.name, len(fetched), describe(exc)
            )
        vars(report).update(vars(before))
        for one, result in zip(fetched, understood, strict=True):
            self._batch_isolated(box, mail, validity, [one], [result], report)

    def _quarantine_failed(
        self,
        box: Mailbox,
        validity: int,
        fetched: Fetched,
        result: Understanding | Quarantine,
        exc: Exception,
        report: PollReport,
    ) -> None:
        reason = f"could not be processed: {describe(exc)}"
        item = (fetched.uid, None, content_hash(fetched.raw), _received(fetched, result))
        claim = self.store.claim_many(box.name, box.inbox, validity, [item])[0]
        self.store.set_state([claim.entry_id], QUARANTINED, reason)
        report.quarantined[reason] = report.quarantined.get(reason, 0) + 1
        log.error("%s: UID %s quarantined: %s", box.name, fetched.uid, reason)

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
        work: list[Work] = []
        for f, digest, result, claim in zip(fetched, digests, understood, claims, strict=True):
            if claim.state in FINAL:
                report.already_done += 1
                continue
            if isinstance(result, Quarantine):
                self.store.set_state([claim.entry_id], QUARANTINED, result.reason)
                report.quarantined[result.reason] = report.quarantined.get(result.reason, 0) + 1
                log.warning("%s: UID %s quarantined: %s", box.name, f.uid, result.reason)
                continue
            w = Work(f, claim.entry_id, claim.state, digest, understanding=result)
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
