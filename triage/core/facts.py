"""What the poll decides on about a message's text, worked out once when the message is understood."""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.core.absence import confirms_cancelled, priced_out, withdrawn
from triage.core.draft import thread_key
from triage.core.model import Understanding
from triage.core.request import Intent, Kind, Situation


@dataclass(frozen=True)
class Facts:
    thread_key: str | None
    """The thread it belongs to (the per-person cap counts answers per thread)."""
    withdrawn: bool
    """They wrote that they no longer need an answer ("never mind, I found someone")."""
    books: bool
    """They ask to book an intake or consultation: a lead becomes a prospect."""
    client_request: bool = False
    """An existing client's own business (moving or cancelling a session, a bill): never a new lead or prospect."""
    cancels: bool = False
    """They cancel their appointment (not move it): a booked person is cancelled."""
    confirm_cancel: bool = False
    """Withdrawn by cancelling a booked consultation: the one withdrawal that gets a draft (a short confirmation)."""


def facts_of(understanding: Understanding) -> Facts:
    request = understanding.request
    # "I think I'll hold off for now" read as a withdrawal, in words the phrase list lacks: no draft either, and
    # never a message quarantined because the composer had nothing to say
    gone = withdrawn(understanding.inquiry.text) or request.intent == Intent.WITHDRAWAL
    client = request.intent == Intent.CLIENT_REQUEST
    return Facts(
        thread_key=thread_key(understanding.inquiry),
        withdrawn=gone,
        books="scheduling" in understanding.classification.labels and not gone and not client,
        client_request=client,
        cancels=Kind.CANCEL in request.kinds and Kind.RESCHEDULE not in request.kinds and not gone,
        confirm_cancel=gone and confirms_cancelling(understanding, withdrawing=True) and not understanding.never_reply,
    )


def confirms_cancelling(understanding: Understanding, *, withdrawing: bool = False) -> bool:
    """The draft to write is the short confirmation: they withdraw by cancelling a booked consultation ("please cancel
    it"), or take a late relative off the waitlist. One reading for the composer and for the draft check."""
    request = understanding.request
    withdrawing = withdrawing or request.intent == Intent.WITHDRAWAL
    text = understanding.inquiry.text
    if withdrawing and _NO_REPLY_NEEDED.search(text):
        return False  # "Please give the time to someone else. No need to reply": they asked for nothing back
    # "I can't swing $165 a week right now": a short kind reply (the sliding scale, where there is one), not silence
    return confirms_cancelled(text, withdrawing=withdrawing, loss=request.situation == Situation.LOSS) or (
        withdrawing and priced_out(text)
    )


_NO_REPLY_NEEDED = re.compile(
    r"\bno\s+need\s+to\s+(?:reply|respond|write\s+back|get\s+back\s+to\s+me)\b(?![^.!?\n]{0,15}\b(?:unless|if|but|except)\b)|\bnothing\s+(?:you\s+need\s+)?to\s+send\s+me\b"
    r"|\bno\s+(?:reply|response)\s+(?:needed|necessary|required)\b|\b(?:you\s+)?don'?t\s+(?:need|have)\s+to\s+(?:reply|respond|write\s+back)\b"
    r"|\bno\s+hace\s+falta\s+que\s+me\s+(?:conteste|responda)\b|\bno\s+(?:necesita|tiene\s+que)\s+(?:contestar|responder)(?:me)?\b",
    re.IGNORECASE,
)
"""'No need to reply, I'll reach back out when things settle': someone stepping back who asked for nothing back."""
