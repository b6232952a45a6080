"""One poll of one mailbox: fetch what is new, understand it, and run each batch through the PIPELINE, exactly once.

The ledger carries each message through fetched → recorded → delivering → delivered (or skipped / quarantined),
each step committed before the next side effect, so a crash anywhere is finished by the next poll:
  - claimed but not recorded: fetched again and processed;
  - recorded but no draft: drafted;
  - "delivering": a draft may already be on the server, so it is looked up by its X-Triage-Source header and
    replaced, never doubled.
The expensive parts work on batches (one IMAP round trip, one model pass, one transaction, one MULTIAPPEND), and
the understanding of batch k+1 (in worker processes) overlaps the steps of batch k.

The Poller holds only long-lived collaborators: `triage run` shares one between the jobs of all its mailboxes, so
everything about a batch lives in its Batch.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from triage.compose import Composer
from triage.config import Config, Mailbox
from triage.core.draft import SOURCE_HEADER
from triage.core.lease import worker_id
from triage.core.model import Quarantine
from triage.failures import describe, is_environmental
from triage.mailroom import Fetched, Mailroom, Sender
from triage.parallel import Understander
from triage.pipeline import PIPELINE, alert, quarantine, take_out
from triage.pipeline.batch import Batch, PollReport
from triage.pipeline.folders import require_drafts
from triage.pipeline.followup import draft_followups, draft_rebooks
from triage.pipeline.lease import MailboxLease
from triage.pipeline.sent import read_sent, remove_answered_drafts
from triage.repository import Repository
from triage.understand import Understood

log = logging.getLogger("triage.poll")
FOLLOWUP_SCAN = timedelta(hours=1)
"""At most one follow-up scan per mailbox this often: the rule counts days, not minutes."""


def own_addresses(config: Config) -> frozenset[str]:
    """The practice's own addresses: mail from them is never answered."""
    addresses = {config.practice.address.lower()}
    addresses.update(box.username.lower() for box in config.mailboxes if "@" in box.username)
    return frozenset(addresses)


@dataclass
class Poller:
    config: Config
    store: Repository
    composer: Composer
    understander: Understander
    send: Sender | None = None
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    progress: Callable[[str, int, int], None] | None = None
    """Called with (mailbox, done, total) as batches finish: drives the progress bar on a big backlog."""
    holder: str = field(default_factory=worker_id)
    """This worker's name in mailbox leases and message claims."""
    _followup_scan: dict[str, datetime] = field(default_factory=dict)

    def close(self) -> None:
        """Stop the worker processes (if any) and release the store's connections."""
        self.understander.close()
        self.store.close()

    def poll(self, box: Mailbox, mailroom: AbstractContextManager[Any]) -> PollReport:
        """One cycle of one mailbox, under its lease: a mailbox another live worker is polling is left alone."""
        report = PollReport(mailbox=box.name)
        lease = MailboxLease(self.store, box.name, self.config.store.lease_seconds, self.holder)
        if not lease.take():
            report.polled_by = lease.other
            log.info("%s: polled by another worker (%s) right now; left to it", box.name, lease.other)
            return report
        try:
            self._poll(box, mailroom, report, lease)
        finally:
            lease.release()
        return report

    def _poll(
        self, box: Mailbox, mailroom: AbstractContextManager[Any], report: PollReport, lease: MailboxLease
    ) -> None:
        with mailroom as mail:
            alert.retry_pending(box, self.store, self.send, self.config, self.now(), report)
            take_out.leftovers(box, mail, self.store, report)
            new_sent = read_sent(box, mail, self.store)
            self._inbox(box, mail, report, lease)
            lease.renew()
            if new_sent or report.leads or report.fetched:
                matched = self.store.match_replies(box.name)
                report.replies_found += len(matched)
                report.drafts_removed += remove_answered_drafts(box, mail, self.store, matched)
            if self._followups_due(box):
                if self.config.followup.after_days > 0:
                    report.followups += draft_followups(box, mail, self.store, self.composer, self.config, self.now())
                report.followups += draft_rebooks(box, mail, self.store, self.composer, self.config, self.now())
            if new_sent or report.fetched or report.followups or report.drafts_removed:
                # Leave the inbox selected: in a kept session (`triage run`) the next "anything new?" is then cheap.
                mail.select(box.inbox, readonly=True)

    def _followups_due(self, box: Mailbox) -> bool:
        last = self._followup_scan.get(box.name)
        now = self.now()
        if last is not None and now - last < FOLLOWUP_SCAN:
            return False
        self._followup_scan[box.name] = now
        return True

    def _inbox(self, box: Mailbox, mail: Mailroom, report: PollReport, lease: MailboxLease) -> None:
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
        require_drafts(box, mail)
        on_server = self._on_server(box, mail) if cursor is None else frozenset()
        if self.progress:
            self.progress(box.name, 0, len(todo))
        own = own_addresses(self.config)
        chunks = [todo[i : i + box.batch_size] for i in range(0, len(todo), box.batch_size)]
        # Pipelined: the workers understand batch k+1 while this process runs the steps of batch k.
        pending = None
        done = 0
        for k in range(len(chunks) + 1):
            upcoming = None
            if k < len(chunks):
                # Delivering the previous batch selected other folders (Drafts, Sent): come back to the inbox.
                mail.select(box.inbox, readonly=True)
                fetched = list(mail.fetch(chunks[k], box.batch_size))
                upcoming = (chunks[k], fetched, self.understander.submit([f.raw for f in fetched]))
            if pending is not None:
                lease.renew()  # still ours before each batch's side effects, or the poll stops here
                uids, previous, future = pending
                batch = Batch(
                    box, mail, validity, self.now(), own, report, previous, future.result(), on_server=on_server
                )
                self._isolated(batch)
                log.debug("%s: UIDs %d-%d done (%d drafts so far)", box.name, min(uids), max(uids), report.drafts)
                self.store.set_cursor(box.name, box.inbox, validity, max(last, max(uids)))
                done += len(uids)
                if self.progress:
                    self.progress(box.name, done, len(todo))
            pending = upcoming

    @staticmethod
    def _on_server(box: Mailbox, mail: Mailroom) -> frozenset[str]:
        """The first poll of a mailbox in this store (a new install, or a deleted triage.db): the X-Triage-Source
        keys of triage's own drafts and replies already there, so nothing is drafted or alerted a second time."""
        found = {
            "".join(value.split())
            for folder in (box.drafts, box.sent)
            for value in mail.header_values(folder, SOURCE_HEADER).values()
        }
        if found:
            log.warning(
                "%s: a new store, but %d of triage's own drafts/replies are on the server: not redone",
                box.name,
                len(found),
            )
        return frozenset(found)

    def _isolated(self, batch: Batch) -> None:
        """One message's failure quarantines that message alone, with its UID and a reason; the rest go on.

        A batch that fails for a reason of its own (not a server or connection: those stop the poll, to be retried)
        is run again one message at a time. That is safe because every step is crash-safe: what the failed attempt
        committed is found and finished, exactly as after a kill.
        """
        before = copy.deepcopy(batch.report)
        try:
            for step in PIPELINE:
                step.run(batch, self)
            return
        except Exception as exc:
            if is_environmental(exc):
                raise
            if len(batch.fetched) == 1:
                quarantine.failed(batch, self, exc)
                return
            log.warning(
                "%s: a batch of %d failed (%s): retrying one message at a time",
                batch.box.name,
                len(batch.fetched),
                describe(exc),
            )
        vars(batch.report).update(vars(before))
        for one, result in zip(batch.fetched, batch.understood, strict=True):
            self._isolated(_single(batch, one, result))


def _single(batch: Batch, fetched: Fetched, result: Understood | Quarantine) -> Batch:
    """A batch of one message, with the same mailbox, clock and report."""
    return Batch(
        batch.box,
        batch.mail,
        batch.validity,
        batch.now,
        batch.own_addresses,
        batch.report,
        [fetched],
        [result],
        on_server=batch.on_server,
    )
