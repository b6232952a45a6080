"""What the queue lists, in the order of `triage backlog`: crises, drafts with a staff note, clients, scheduling,
the rest; oldest first. Only what still waits for a person: a draft waiting, or a crisis nobody has answered."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from triage.adapters.staff_store import Claimed
from triage.core.kinds import ReviewAction
from triage.reporting.catchup import review_order
from triage.repository import BacklogRow

if TYPE_CHECKING:
    from triage.web.desk import Desk


@dataclass(frozen=True)
class QueueRow:
    row: BacklogRow
    crisis: bool
    claimed: Claimed | None


def waiting(row: BacklogRow) -> bool:
    return row.status.startswith("draft waiting") or ("crisis" in row.labels and row.status != "answered")


def queue_rows(desk: Desk) -> list[QueueRow]:
    claims = desk.staff.claims()
    out = []
    for row in review_order(desk.store.backlog(None)):
        claimed = claims.get(row.entry_id)
        if not waiting(row) or (claimed is not None and claimed.action != ReviewAction.SENDING):
            continue
        out.append(QueueRow(row, "crisis" in row.labels, claimed))
    return out


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str
    actor: str
    detail: str


def timeline(desk: Desk, contact_id: int | None) -> list[Event]:
    """A contact's touchpoints, newest first, as the audit trail shows them (no message text is ever in them)."""
    if contact_id is None:
        return []
    events = []
    for point in desk.store.history(contact_id):
        detail = json.loads(point.detail or "{}")
        shown = ", ".join(
            f"{k}: {', '.join(v) if isinstance(v, list) else v}"
            for k, v in detail.items()
            if k in ("labels", "from", "to", "reason", "why", "via", "edited", "sent_by", "found_in")
        )
        events.append(Event(point.at, point.kind.replace("_", " "), point.actor, shown))
    return sorted(events, key=lambda e: e.at, reverse=True)
