"""What the queue lists, in the order of `triage backlog`: crises, drafts with a staff note, clients, scheduling,
the rest; oldest first. Only what still waits for a person: a draft waiting (and still in Drafts), or a crisis
nobody has answered."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from triage.adapters.staff_store import Claimed
from triage.core.draft import SOURCE_HEADER
from triage.core.kinds import ReviewAction
from triage.mailroom import MailboxError
from triage.reporting.catchup import review_order
from triage.repository import BacklogRow
from triage.runner import open_mailroom

if TYPE_CHECKING:
    from triage.web.desk import Desk

log = logging.getLogger("triage.web")


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


def sweep(desk: Desk, rows: list[QueueRow]) -> int:
    """Drafts no longer in Drafts (sent or deleted in the mail client) leave the queue: one FETCH of the
    X-Triage-Source header per mailbox tells which are still there. Returns how many left."""
    by_box: dict[str, list[tuple[str, str]]] = {}
    for q in rows:
        if not q.row.status.startswith("draft waiting") or q.claimed is not None:
            continue
        item = desk.staff.item(q.row.entry_id)
        if item is not None and item.message_id:
            by_box.setdefault(item.mailbox, []).append((item.message_id, desk.source(item)))
    gone = 0
    for box in desk.config.mailboxes:
        waiting_here = by_box.get(box.name)
        if not waiting_here:
            continue
        try:
            with open_mailroom(box, desk.config) as mail:
                present = set(mail.header_values(box.drafts, SOURCE_HEADER).values())
        except MailboxError as exc:
            log.warning("%s: cannot look at Drafts: %s", box.name, (str(exc).splitlines() or ["failed"])[0])
            continue
        missing = [ref for ref, source in waiting_here if source not in present]
        desk.store.note_removed_drafts(box.name, missing, {"why": "not in Drafts: sent or deleted in the mail client"})
        gone += len(missing)
    return gone


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
