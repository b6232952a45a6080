"""One gentle follow-up draft for a lead who was answered and has gone quiet (the seed of "follow up"), and one
invitation to rebook for someone whose booked appointment was cancelled.

Never to lost contacts, prospects or clients (only leads, and for rebooking only cancelled contacts, are
candidates), never more than the configured number, and never twice for the same step: each draft carries its
own X-Triage-Source, looked up before appending. Someone who wrote at or after their cancellation gets no
invitation: their own message is being answered.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import make_msgid

from triage.compose import Composer
from triage.config import Config, Mailbox
from triage.core.draft import SOURCE_HEADER, build_reply
from triage.core.kinds import TouchpointKind
from triage.core.milestones import rebook_source
from triage.core.model import Inquiry
from triage.mailroom import Mailroom
from triage.pipeline.batch import practice_time
from triage.repository import FollowupCandidate, NewTouchpoint, Repository


def due(candidate: FollowupCandidate, *, now: datetime, after_days: int, limit: int) -> bool:
    """Answered at least after_days ago, silent since, and below the follow-up limit."""
    if after_days <= 0 or candidate.followups >= limit:
        return False
    if candidate.last_inquiry_at is not None and candidate.last_inquiry_at > candidate.last_reply_at:
        return False  # they wrote back: the conversation is alive, a person should answer
    return now - candidate.last_reply_at >= timedelta(days=after_days)


def rebook_due(candidate: FollowupCandidate) -> bool:
    """Cancelled, not yet invited to rebook for this cancellation, and silent since it."""
    if candidate.followups:
        return False
    return candidate.last_inquiry_at is None or candidate.last_inquiry_at < candidate.last_reply_at


def draft_rebooks(
    box: Mailbox, mail: Mailroom, store: Repository, composer: Composer, config: Config, now: datetime
) -> int:
    """One invitation to rebook per cancellation, as a draft for staff to review."""
    default = box.name == config.mailboxes[0].name
    drafted = 0
    for candidate in store.rebook_candidates(box.name, default=default):
        if rebook_due(candidate):
            source = rebook_source(candidate.contact_id, candidate.last_reply_at)
            _draft(box, mail, store, composer, config, now, candidate, source)
            drafted += 1
    return drafted


def draft_followups(
    box: Mailbox, mail: Mailroom, store: Repository, composer: Composer, config: Config, now: datetime
) -> int:
    rule = config.followup
    drafted = 0
    for candidate in store.followup_candidates(box.name):
        if not due(candidate, now=now, after_days=rule.after_days, limit=rule.max):
            continue
        source = f"followup-{candidate.contact_id}-{candidate.followups + 1}"
        _draft(box, mail, store, composer, config, now, candidate, source)
        drafted += 1
    return drafted


def _draft(
    box: Mailbox,
    mail: Mailroom,
    store: Repository,
    composer: Composer,
    config: Config,
    now: datetime,
    candidate: FollowupCandidate,
    source: str,
) -> None:
    """The draft (unless one with this source is already in Drafts) and its touchpoint."""
    if not mail.search_header(box.drafts, SOURCE_HEADER, source):
        template = "rebook" if source.startswith("rebook-") else "followup"
        reply = composer.followup(candidate.first_name, candidate.language, "", template)
        message_id = make_msgid(domain=config.practice.address.split("@")[-1])
        answered = Inquiry(
            message_id=candidate.last_reply_ref,
            subject="",
            sender_name=None,
            sender_email=candidate.email,
            reply_to=None,
            date=None,
            text="",
        )
        raw = build_reply(
            answered,
            subject=reply.subject,
            body=reply.body,
            to=candidate.email,
            to_name=candidate.first_name,
            practice_name=config.practice.name,
            practice_address=config.practice.address,
            source=source,
            now=practice_time(config, now),
            message_id=message_id,
        )
        mail.append(box.drafts, [raw], [b"\\Draft"])
    kind = TouchpointKind.FOLLOWUP_DRAFTED
    store.add_touchpoint(NewTouchpoint(candidate.contact_id, kind, at=now, mailbox=box.name, message_ref=source))
