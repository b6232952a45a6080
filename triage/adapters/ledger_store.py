"""The ledger half of the SQL store: where each message is on its way (exactly once, across crashes and several
workers), which worker polls each mailbox (the lease), and crisis alerts still to send."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy import exists, or_, select, update
from sqlalchemy.orm import Session

from triage.adapters import rows
from triage.adapters.tables import Contact, Cursor, Lease, LedgerEntry
from triage.core.kinds import FINAL, LedgerState
from triage.core.lease import may_take, worker_id
from triage.repository import Claim, ClaimItem, Closed, NewTouchpoint, PendingAlert, PendingDraft, StoreConflict


class LedgerMixin:
    def session(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    # ------------------------------------------------------------------ cursor
    def cursor(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID) seen for a folder, or None before the first poll."""
        with self.session() as s:
            row = s.get(Cursor, (mailbox, folder))
            return None if row is None else (row.uidvalidity, row.last_uid)

    def set_cursor(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.session() as s:
            row = s.get(Cursor, (mailbox, folder))
            if row is None:
                s.add(Cursor(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid))
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid

    # ------------------------------------------------------------------ ledger
    def claim_many(
        self, mailbox: str, folder: str, uidvalidity: int, items: Sequence[ClaimItem], *, holder: str | None = None
    ) -> list[Claim]:
        """Record fetched messages (uid, Message-ID, content hash, received) once each, in one transaction, and
        claim the unfinished ones for `holder` (this process by default).

        A message already in the ledger under another UIDVALIDITY (the server renumbered the folder) is found by
        Message-ID or content hash and moved to its new place, keeping its state: that is how a re-sync stays free
        of duplicates. The claim is one conditional UPDATE ... RETURNING: a row is won when nobody has it, we have
        it, or its claimer no longer holds the mailbox's lease; two workers can never both win a row. A message
        another worker entered at the same moment makes the first try collide: the second finds its row.
        """
        try:
            return self._claim_many(mailbox, folder, uidvalidity, items, holder or worker_id())
        except StoreConflict:
            return self._claim_many(mailbox, folder, uidvalidity, items, holder or worker_id())

    def _claim_many(
        self, mailbox: str, folder: str, uidvalidity: int, items: Sequence[ClaimItem], holder: str
    ) -> list[Claim]:
        with self.session() as s:
            here = {
                row.uid: row
                for row in s.scalars(
                    select(LedgerEntry).where(
                        LedgerEntry.mailbox == mailbox,
                        LedgerEntry.folder == folder,
                        LedgerEntry.uidvalidity == uidvalidity,
                        LedgerEntry.uid.in_([uid for uid, *_ in items]),
                    )
                )
            }
            by_id, by_hash = self._known(s, mailbox, [item for item in items if item[0] not in here])
            placed, fresh = rows.place(
                items, here, by_id, by_hash, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity
            )
            s.add_all(fresh)
            s.flush()  # one round of INSERTs for the whole batch
            won = self._claim(s, mailbox, [row.id for row in placed if row.state not in FINAL], holder)
            return rows.claims(placed, fresh, won)

    @staticmethod
    def _claim(s: Session, mailbox: str, entry_ids: Sequence[int], holder: str) -> set[int]:
        """Claim these unfinished rows for `holder`; the ids it won (one conditional UPDATE ... RETURNING)."""
        if not entry_ids:
            return set()
        live = (
            select(Lease.holder)
            .where(
                Lease.mailbox == LedgerEntry.mailbox,
                Lease.holder == LedgerEntry.claimed_by,
                Lease.expires_at > datetime.now(UTC),
            )
            .correlate(LedgerEntry)
        )
        won = s.scalars(
            update(LedgerEntry)
            .where(
                LedgerEntry.id.in_(sorted(set(entry_ids))),
                LedgerEntry.mailbox == mailbox,
                LedgerEntry.state.not_in(FINAL),
                or_(LedgerEntry.claimed_by.is_(None), LedgerEntry.claimed_by == holder, ~exists(live)),
            )
            .values(claimed_by=holder)
            .returning(LedgerEntry.id)
            .execution_options(synchronize_session=False)
        )
        return {int(entry_id) for entry_id in won}

    # ------------------------------------------------------------------ leases
    def take_lease(self, mailbox: str, holder: str, until: datetime, *, dead: str | None = None) -> str:
        """Take or renew the mailbox's lease (row-locked: SELECT ... FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on
        SQLite); returns who holds it afterwards. Two workers creating the first lease at once: one insert wins."""
        try:
            with self.session() as s:
                row = s.get(Lease, mailbox, with_for_update=True)
                if row is None:
                    s.add(Lease(mailbox=mailbox, holder=holder, expires_at=until))
                    s.flush()
                    return holder
                if not may_take(row.holder, row.expires_at, holder, datetime.now(UTC), dead):
                    return row.holder
                row.holder, row.expires_at = holder, until
                return holder
        except StoreConflict:
            with self.session() as s:
                row = s.get(Lease, mailbox)
                return row.holder if row is not None else ""

    def drop_lease(self, mailbox: str, holder: str) -> None:
        with self.session() as s:
            row = s.get(Lease, mailbox, with_for_update=True)
            if row is not None and row.holder == holder:
                s.delete(row)

    # ------------------------------------------------------------------ alerts not sent yet
    def mark_alert_pending(
        self, entry_ids: Sequence[int], pending: bool, touchpoints: Sequence[NewTouchpoint] = ()
    ) -> None:
        if not entry_ids and not touchpoints:
            return
        with self.session() as s:
            if entry_ids:
                s.execute(update(LedgerEntry).where(LedgerEntry.id.in_(list(entry_ids))).values(alert_pending=pending))
            s.add_all(rows.touchpoint_of(tp, datetime.now(UTC)) for tp in touchpoints)

    def pending_alerts(self, mailbox: str | None = None) -> list[PendingAlert]:
        """Crises whose clinician alert has not gone out yet, oldest first."""
        with self.session() as s:
            query = (
                select(LedgerEntry, Contact)
                .join(Contact, LedgerEntry.contact_id == Contact.id)
                .where(or_(LedgerEntry.alert_pending, LedgerEntry.superseded), LedgerEntry.alert_pending.is_(True))
                .order_by(LedgerEntry.id)
            )
            if mailbox is not None:
                query = query.where(LedgerEntry.mailbox == mailbox)
            return [rows.pending_alert(entry, contact) for entry, contact in s.execute(query).all()]

    @staticmethod
    def _known(
        s: Session, mailbox: str, items: Sequence[ClaimItem]
    ) -> tuple[dict[str, LedgerEntry], dict[str, LedgerEntry]]:
        """Messages already in the ledger elsewhere (another UIDVALIDITY), found by Message-ID or content hash."""
        ids = [mid for _, mid, _, _ in items if mid]
        digests = [digest for _, _, digest, _ in items]
        by_id: dict[str, LedgerEntry] = {}
        by_hash: dict[str, LedgerEntry] = {}
        if ids:
            for row in s.scalars(
                select(LedgerEntry).where(LedgerEntry.mailbox == mailbox, LedgerEntry.message_id.in_(ids))
            ):
                by_id.setdefault(str(row.message_id), row)
        if digests:
            for row in s.scalars(
                select(LedgerEntry).where(LedgerEntry.mailbox == mailbox, LedgerEntry.content_hash.in_(digests))
            ):
                by_hash.setdefault(row.content_hash, row)
        return by_id, by_hash

    def unfinished(self, mailbox: str, folder: str, uidvalidity: int) -> list[tuple[int, int, LedgerState]]:
        """(entry id, uid, state) of messages a crash left half-done, to be fetched and finished again."""
        with self.session() as s:
            found = s.execute(
                select(LedgerEntry.id, LedgerEntry.uid, LedgerEntry.state)
                .where(
                    LedgerEntry.mailbox == mailbox,
                    LedgerEntry.folder == folder,
                    LedgerEntry.uidvalidity == uidvalidity,
                    LedgerEntry.state.not_in(FINAL),
                )
                .order_by(LedgerEntry.uid)
            ).all()
            return [(int(r[0]), int(r[1]), LedgerState(r[2])) for r in found]

    def set_state(self, entry_ids: Sequence[int], state: LedgerState, reason: str | None = None) -> None:
        if not entry_ids:
            return
        with self.session() as s:
            self._close(s, [(entry_id, state, reason) for entry_id in entry_ids])

    @staticmethod
    def _close(s: Session, closed: Sequence[Closed]) -> None:
        """Set ledger states, one UPDATE per (state, reason)."""
        groups: dict[tuple[LedgerState, str | None], list[int]] = {}
        for entry_id, state, reason in closed:
            groups.setdefault((state, reason), []).append(entry_id)
        now = datetime.now(UTC)
        for (state, reason), entry_ids in groups.items():
            s.execute(
                update(LedgerEntry)
                .where(LedgerEntry.id.in_(entry_ids))
                .values(state=state, reason=reason, processed_at=now)
            )

    def entries(self, mailbox: str | None = None) -> list[LedgerEntry]:
        with self.session() as s:
            query = select(LedgerEntry).order_by(LedgerEntry.id)
            if mailbox:
                query = query.where(LedgerEntry.mailbox == mailbox)
            return list(s.scalars(query))

    # ------------------------------------------------------------------ drafts replaced, still to take out
    @staticmethod
    def _supersede(s: Session, entry_ids: Sequence[int]) -> None:
        if entry_ids:
            s.execute(update(LedgerEntry).where(LedgerEntry.id.in_(sorted(set(entry_ids)))).values(superseded=True))

    def superseded_drafts(self, mailbox: str) -> list[PendingDraft]:
        with self.session() as s:
            found = s.scalars(
                select(LedgerEntry).where(
                    LedgerEntry.mailbox == mailbox,
                    or_(LedgerEntry.alert_pending, LedgerEntry.superseded),  # the partial index's own condition
                    LedgerEntry.superseded.is_(True),
                )
            )
            return [rows.pending_draft(e) for e in found if e.message_id]
