"""What to do with an understood message: answer it, treat it as a crisis, only record it, or leave it alone.

A pure function, so every rule ("never answer an auto-reply", "never draft years-old mail") is a plain test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from triage.core.model import Understanding


class ActionKind(StrEnum):
    REPLY = "reply"
    CRISIS = "crisis"
    RECORD = "record"  # a lead worth keeping, but nothing to draft (too old, or nobody to answer)
    SKIP = "skip"  # not an inquiry: no lead, no draft


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    reason: str | None = None
    draft: bool = False
    alert: bool = False


def plan(
    understanding: Understanding,
    *,
    own_addresses: frozenset[str],
    received: datetime | None,
    now: datetime,
    backlog_days: int,
) -> Action:
    """Rules in order of importance: safety, then loops, then who we could answer, then how old it is."""
    labels = understanding.classification.labels
    contact = understanding.extraction.contact_email
    loop = understanding.inquiry.loop
    ours = contact is not None and contact.lower() in own_addresses
    too_old = received is not None and backlog_days > 0 and received < now - timedelta(days=backlog_days)
    if "crisis" in labels:
        # Old crises are still recorded and flagged; an alert about a message from last year helps nobody.
        if too_old:
            return Action(
                ActionKind.CRISIS, f"crisis older than the {backlog_days}-day backlog window", draft=False, alert=False
            )
        can_draft = contact is not None and not ours and not loop.never_reply
        return Action(
            ActionKind.CRISIS, None if can_draft else "crisis with no address to answer", draft=can_draft, alert=True
        )
    if loop.never_reply:
        return Action(ActionKind.SKIP, "never reply: " + "; ".join(loop.reasons))
    if "not_inquiry" in labels:
        return Action(ActionKind.SKIP, "not an inquiry")
    if contact is None and call_back_number(understanding) is None:
        return Action(ActionKind.SKIP, "no address to answer")
    if ours:
        return Action(ActionKind.SKIP, "sent from the practice's own address")
    if too_old:
        return Action(ActionKind.RECORD, f"older than the {backlog_days}-day backlog window: recorded, not answered")
    return Action(ActionKind.REPLY, draft=True)


def call_back_number(understanding: Understanding) -> str | None:
    """A phone message (or a form) that left a number and no address: nobody to write to, so staff call back, and
    the draft is what to tell them."""
    form = understanding.inquiry.form
    if understanding.extraction.contact_email is None and form is not None and form.phone:
        return form.phone
    return None


def person_key(understanding: Understanding) -> str:
    """Who a message is from, as the store knows people: their address; a caller who left only a number is
    'tel:' and its digits, so every voicemail from a relay service is not one person (the service's address)."""
    contact = understanding.extraction.contact_email
    number = None if contact else call_back_number(understanding)
    if number:
        return "tel:" + "".join(ch for ch in number if ch.isdigit())[-10:]
    return (contact or understanding.inquiry.sender_email or "").lower()


def reply_address(understanding: Understanding) -> str:
    """Where a reply goes; "" for a caller who left only a number (never the answering service's address)."""
    if call_back_number(understanding):
        return ""
    return understanding.extraction.contact_email or understanding.inquiry.sender_email or ""


def may_send_automatically(understanding: Understanding) -> bool:
    """Send mode writes only to an address the message's own headers carry (From or Reply-To).

    An address found in the body (a forwarded "referral", a form notification, look-alike or real) names a third
    party whom anyone can name: such a reply always waits in Drafts for a person.
    """
    contact = understanding.extraction.contact_email
    inquiry = understanding.inquiry
    return contact is not None and contact in {inquiry.sender_email, inquiry.reply_to}
