"""Replies found in the Sent folder: staff answers become reply_sent touchpoints, and triage's draft for an
inquiry that has been answered is taken out of Drafts, so Drafts holds only what still needs review.

Read incrementally by UID like the inbox; only headers are kept (who, when, which Message-IDs it answers).
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from triage.config import Mailbox
from triage.core.draft import SOURCE_HEADER, source_key
from triage.mailroom import Fetched, MailboxError, Mailroom
from triage.repository import Repository, SentMessage

_MSGID = re.compile(r"<[^<>\s]+>")
_HEADERS = BytesHeaderParser(policy=compat32)


def sent_message(fetched: Fetched) -> SentMessage | None:
    """The funnel's view of a sent message; None for one without a Message-ID (nothing could refer to it)."""
    headers = _HEADERS.parsebytes(fetched.raw, headersonly=True)
    ids = _MSGID.findall(headers.get("Message-ID", "") or "")
    if not ids:
        return None
    refs = _MSGID.findall(" ".join(str(headers.get(h, "") or "") for h in ("In-Reply-To", "References")))
    to = [addr for _, addr in email.utils.getaddresses([str(headers.get(h, "") or "") for h in ("To", "Cc")]) if addr]
    _, sender = email.utils.parseaddr(str(headers.get("From", "") or ""))
    when: datetime | None = None
    try:
        when = email.utils.parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        when = None
    when = when or fetched.internaldate or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return SentMessage(message_id=ids[0], refs=tuple(refs), to=tuple(to), sender=sender or "unknown", at=when)


def read_sent(box: Mailbox, mail: Mailroom, store: Repository) -> int:
    """Remember what is new in Sent since the last poll; returns how many messages were new."""
    try:
        validity, uidnext = mail.status(box.sent)
    except MailboxError:
        return 0  # no Sent folder yet: nothing was sent
    cursor = store.cursor(box.name, box.sent)
    last = cursor[1] if cursor and cursor[0] == validity else 0
    if uidnext - 1 <= last:
        return 0
    mail.select(box.sent, readonly=True)
    uids = mail.uids_after(last)
    added = 0
    for start in range(0, len(uids), box.batch_size):
        batch = uids[start : start + box.batch_size]
        messages = [m for m in map(sent_message, mail.fetch(batch, box.batch_size)) if m is not None]
        added += store.add_sent(box.name, messages)
    store.set_cursor(box.name, box.sent, validity, max([last, *uids]))
    return added


def remove_answered_drafts(
    box: Mailbox, mail: Mailroom, store: Repository, matched: Sequence[tuple[str, str | None]]
) -> int:
    """Take triage's drafts for answered inquiries out of Drafts (only triage's own, found by their header)."""
    removed: list[str] = []
    count = 0
    for inquiry_ref, digest in matched:
        uids = mail.search_header(box.drafts, SOURCE_HEADER, source_key(box.name, inquiry_ref, digest))
        if uids:
            mail.delete(box.drafts, uids)
            removed.append(inquiry_ref)
            count += len(uids)
    store.note_removed_drafts(box.name, removed)
    return count
