"""Read the funnel tables as plain rows for triage/reports.py.

Column selects, not ORM objects: the report code stays free of sessions and lazy loading, and names and
addresses never leave the database because no report needs them.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from triage.adapters.store import Contact, Store, Touchpoint
from triage.core.kinds import Stage, TouchpointKind
from triage.reports import ContactRow, TouchpointRow


def load(store: Store) -> tuple[list[ContactRow], list[TouchpointRow]]:
    """Every contact and touchpoint, in id order, in one read transaction."""
    with store.session() as s:
        contacts = [
            ContactRow(
                id=int(r.id),
                stage=Stage(r.stage),
                source=str(r.source),
                created_at=r.created_at,
                prospect_at=r.prospect_at,
                client_at=r.client_at,
                lost_at=r.lost_at,
                stage_before_lost=r.stage_before_lost,
            )
            for r in s.execute(
                select(
                    Contact.id,
                    Contact.stage,
                    Contact.source,
                    Contact.created_at,
                    Contact.prospect_at,
                    Contact.client_at,
                    Contact.lost_at,
                    Contact.stage_before_lost,
                ).order_by(Contact.id)
            )
        ]
        touchpoints = [
            TouchpointRow(
                id=int(r.id),
                contact_id=int(r.contact_id),
                kind=TouchpointKind(r.kind),
                at=r.at,
                message_ref=r.message_ref,
                reply_to_ref=r.reply_to_ref,
                actor=str(r.actor),
                mailbox=r.mailbox,
                labels=_labels(r.detail) if r.kind == TouchpointKind.INQUIRY else (),
            )
            for r in s.execute(
                select(
                    Touchpoint.id,
                    Touchpoint.contact_id,
                    Touchpoint.kind,
                    Touchpoint.at,
                    Touchpoint.message_ref,
                    Touchpoint.reply_to_ref,
                    Touchpoint.actor,
                    Touchpoint.mailbox,
                    Touchpoint.detail,
                ).order_by(Touchpoint.id)
            )
        ]
    return contacts, touchpoints


def _labels(detail: str | None) -> tuple[str, ...]:
    """An inquiry's topic labels; unreadable detail counts as no topics rather than stopping the report."""
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return ()
    labels = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(labels, list):
        return ()
    return tuple(str(label) for label in labels)
