"""The in-memory store's leases, crisis alerts not sent yet, drafts still to take out and time away (MemoryStore)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime

from triage.adapters import rows
from triage.adapters.tables import AbsenceRow, Contact, LedgerEntry, Touchpoint
from triage.core.absence import Absence
from triage.core.lease import may_take
from triage.repository import NewTouchpoint, PendingAlert, PendingDraft


class MemoryChores:
    _leases: dict[str, tuple[str, datetime]]
    _entries: dict[int, LedgerEntry]
    _absences: list[AbsenceRow]
    _ids: Iterator[int]

    def _atomic(self) -> AbstractContextManager[datetime]:  # provided by MemoryStore
        raise NotImplementedError

    def _add(self, *points: Touchpoint) -> None:
        raise NotImplementedError

    def _by_id(self) -> dict[int, Contact]:
        raise NotImplementedError

    def entries(self, mailbox: str | None = None) -> list[LedgerEntry]:
        raise NotImplementedError

    def take_lease(self, mailbox: str, holder: str, until: datetime, *, dead: str | None = None) -> str:
        with self._atomic() as now:
            current, expires = self._leases.get(mailbox, (None, None))
            if not may_take(current, expires, holder, now, dead):
                return str(current)
            self._leases[mailbox] = (holder, until)
            return holder

    def drop_lease(self, mailbox: str, holder: str) -> None:
        with self._atomic():
            if self._leases.get(mailbox, ("", None))[0] == holder:
                del self._leases[mailbox]

    def _supersede(self, entry_ids: Sequence[int], value: bool) -> None:
        for entry_id in entry_ids:
            self._entries[entry_id].superseded = value

    def superseded_drafts(self, mailbox: str) -> list[PendingDraft]:
        with self._atomic():
            return [rows.pending_draft(e) for e in self.entries(mailbox) if e.superseded and e.message_id]

    def mark_alert_pending(
        self, entry_ids: Sequence[int], pending: bool, touchpoints: Sequence[NewTouchpoint] = ()
    ) -> None:
        with self._atomic() as now:
            for entry_id in entry_ids:
                self._entries[entry_id].alert_pending = pending
            self._add(*(rows.touchpoint_of(tp, now) for tp in touchpoints))

    def pending_alerts(self, mailbox: str | None = None) -> list[PendingAlert]:
        with self._atomic():
            by_id = self._by_id()
            return [
                rows.pending_alert(e, by_id[e.contact_id])
                for e in self.entries(mailbox)
                if e.alert_pending and e.contact_id in by_id
            ]

    # ------------------------------------------------------------------ time away
    def start_absence(self, start: datetime, note: str = "", actor: str = "staff") -> None:
        with self._atomic():
            for row in self._absences:
                row.end = row.end or start
            self._absences.append(AbsenceRow(id=next(self._ids), start=start, end=None, note=note, actor=actor))

    def end_absence(self, end: datetime) -> Absence | None:
        with self._atomic():
            row = next((r for r in reversed(self._absences) if r.end is None), None)
            if row is None:
                return None
            row.end = end
            return Absence(row.start, row.end, row.note)

    def latest_absence(self) -> Absence | None:
        row = self._absences[-1] if self._absences else None
        return None if row is None else Absence(row.start, row.end, row.note)
