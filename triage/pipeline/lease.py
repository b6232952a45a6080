"""lease: a mailbox is polled by one worker at a time. The poll takes the mailbox's lease in the store before it
touches the mailbox, renews it before every batch, and gives it back at the end.

A worker that finds the lease held by another live worker leaves that mailbox for this cycle. A worker that died
(kill -9, a lost machine) keeps its lease only until it runs out (`[store] lease`); on the same machine a holder
whose process has ended is replaced at once. A worker whose lease ran out and was taken while it worked stops
that poll (LeaseLost) before its next batch: the new holder finishes what it left, exactly as after a crash.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from triage.core.lease import holder_is_dead
from triage.repository import LeaseLost, Repository, StoreError

log = logging.getLogger("triage.poll")


class MailboxLease:
    def __init__(self, store: Repository, mailbox: str, seconds: int, holder: str) -> None:
        self.store, self.mailbox, self.seconds, self.holder = store, mailbox, seconds, holder
        self.other: str | None = None
        """Who holds the lease when we could not take it."""

    def take(self) -> bool:
        """Take (or renew) the lease; False when another live worker holds it. Wall-clock time: leases are
        compared across processes and machines, never on a test's or a run's own clock."""
        until = datetime.now(UTC) + timedelta(seconds=self.seconds)
        holder = self.store.take_lease(self.mailbox, self.holder, until)
        if holder != self.holder and holder_is_dead(holder):
            log.warning("%s: the worker that held this mailbox (%s) has ended: taking over", self.mailbox, holder)
            holder = self.store.take_lease(self.mailbox, self.holder, until, dead=holder)
        self.other = None if holder == self.holder else holder
        return self.other is None

    def renew(self) -> None:
        """Before each batch: still ours, for another full term, or the poll stops here."""
        if not self.take():
            raise LeaseLost(f"{self.mailbox}: another worker ({self.other}) took this mailbox over; stopping this poll")

    def release(self) -> None:
        """At the end of a poll, whatever happened: the next cycle of any worker may take it. A store that cannot
        be reached now lets the lease run out instead."""
        try:
            self.store.drop_lease(self.mailbox, self.holder)
        except StoreError as exc:
            log.warning("%s: lease not released (%s); it runs out by itself", self.mailbox, exc)
