"""Changing a message's topics on the review page: the draft is composed again from the topics staff chose (the new
draft replaces the old one in Drafts, under the same Message-ID), and the correction is kept as a labelled example for
`triage train --with-corrections`."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email.policy import compat32

from triage.adapters.staff_store import Corrected, Item
from triage.compose import ComposeError, Composer
from triage.core.draft import build_reply
from triage.core.extract import extract
from triage.core.kinds import Stage, TouchpointKind
from triage.core.labels import LABELS, ordered
from triage.core.model import Quarantine, Understanding
from triage.core.parse import parse
from triage.core.policy import reply_address
from triage.core.reading import read_request
from triage.pipeline.batch import practice_time
from triage.pipeline.poller import own_addresses
from triage.runner import open_mailroom
from triage.web.desk import DRAFT, AlreadyHandled, Desk, DeskError


def retopic(desk: Desk, item: Item, seen_uid: int, labels: list[str], actor: str) -> tuple[str, ...]:
    """Staff say what the message is about: the draft is composed again from those topics (it replaces the old
    one in Drafts) and the correction is kept as a labelled example. Returns the topics as stored."""
    chosen = tuple(ordered([label for label in labels if label in LABELS]))
    if not chosen:
        raise DeskError("choose at least one topic; nothing was changed.")
    if "not_inquiry" in chosen and len(chosen) > 1:
        raise DeskError("'not inquiry' goes alone; nothing was changed.")
    if "not_inquiry" in chosen:
        raise DeskError("a message that is not an inquiry gets no reply: discard the draft instead.")
    box = desk.box(item)
    if (claimed := desk.staff.claimed(item.entry_id)) is not None:
        raise AlreadyHandled(claimed)
    with open_mailroom(box, desk.config) as mail:
        original = desk.fetch_original(mail, item)
        current = desk.current_draft(mail, box, item, seen_uid)
        if original is None:
            raise DeskError("the message is no longer in its folder; nothing was changed.")
        inquiry = parse(original.raw)
        if isinstance(inquiry, Quarantine):
            raise DeskError(f"the message cannot be read ({inquiry.reason}); nothing was changed.")
        (found,) = desk.classifier.classify_many([inquiry])
        fixed = replace(found, labels=chosen, crisis_evidence=found.crisis_evidence if "crisis" in chosen else None)
        extraction = extract(inquiry, own_addresses(desk.config))
        understanding = Understanding(inquiry, fixed, extraction, read_request(inquiry, fixed, extraction))
        contact = desk.store.contact(item.email) if item.email else None
        try:
            reply = Composer(desk.config.practice).compose(
                understanding, client=contact is not None and contact.stage == Stage.CLIENT
            )
        except ComposeError as exc:
            raise DeskError(f"no draft could be written for these topics ({exc}); nothing was changed.") from exc
        old = email.message_from_bytes(current.raw, policy=compat32)
        draft = build_reply(
            inquiry,
            subject=reply.subject,
            body=reply.body,
            to=reply_address(understanding),
            to_name=extraction.first_name,
            practice_name=desk.config.practice.name,
            practice_address=desk.config.practice.address,
            source=desk.source(item),
            now=practice_time(desk.config, datetime.now(UTC)),
            message_id=str(old.get("Message-ID", "")) or None,
        )
        mail.append(box.drafts, [draft], [DRAFT])
        mail.delete(box.drafts, [seen_uid])
    desk.staff.correct(
        item.entry_id,
        Corrected(actor, inquiry.subject, inquiry.text, inquiry.language, chosen, found.labels),
    )
    desk.touch(item, TouchpointKind.DRAFT_EDITED, actor, topics=list(chosen), before=list(found.labels))
    return chosen
