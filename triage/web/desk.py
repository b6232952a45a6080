"""The review desk: what the page shows of one item and what staff do with it, over the mailbox and SMTP adapters.

Reading: the original from its folder by UID (found again by Message-ID if the folder was renumbered), as text
only (triage's own MIME reading: HTML becomes text, nothing of it is ever rendered), understood again by the model so
staff see the topics and the request with the words each came from; triage's draft found in Drafts by its
X-Triage-Source header.

Acting: approve (claim, send by SMTP, copy to Sent, draft out of Drafts), save (the edited draft replaces the old
one in Drafts), discard (claim, draft out of Drafts). Every action is a touchpoint with the staff member's name.
"""

from __future__ import annotations

import email
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.charset import QP, Charset
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, getaddresses, make_msgid

from triage.adapters.staff_store import Claimed, Item, StaffStore
from triage.adapters.store import Store
from triage.compose import STAFF_NOTE
from triage.config import Config, Mailbox
from triage.core.classify import Classifier
from triage.core.draft import SOURCE_HEADER, source_key
from triage.core.kinds import LedgerState, ReviewAction, TouchpointKind
from triage.core.mime import Unreadable, decode_message
from triage.core.model import Quarantine
from triage.mailroom import Fetched, Mailroom, Sender
from triage.pipeline.poller import own_addresses
from triage.repository import NewTouchpoint
from triage.runner import open_mailroom
from triage.understand import understand_many

DRAFT, SEEN = b"\\Draft", b"\\Seen"
STAFF_NOTE_START = STAFF_NOTE.split("{")[0]
"""The start of the note a draft carries for staff: a reply that still holds it is never sent."""
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP


class DeskError(Exception):
    """Something the staff member is told on the page (one sentence), nothing changed."""


class AlreadyHandled(DeskError):
    """Someone else approved or discarded this item first."""

    def __init__(self, claimed: Claimed) -> None:
        verb = {"sending": "is sending", "sent": "sent", "discarded": "discarded"}[claimed.action]
        super().__init__(f"{claimed.actor} {verb} this reply already; nothing was sent again.")
        self.claimed = claimed


@dataclass(frozen=True)
class Topic:
    label: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Asked:
    kind: str
    values: tuple[str, ...]
    evidence: str


@dataclass(frozen=True)
class Draft:
    uid: int
    subject: str
    to: str
    text: str


@dataclass
class Opened:
    """One item as the page shows it. `text` is plain text: the template escapes it and never marks it safe."""

    item: Item
    subject: str = ""
    sender: str = ""
    date: str = ""
    text: str = ""
    unreadable: str | None = None
    topics: list[Topic] = field(default_factory=list)
    intent: str = ""
    asked: list[Asked] = field(default_factory=list)
    crisis_evidence: str | None = None
    draft: Draft | None = None


def _text_part(msg: Message) -> Message:
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.is_multipart():
            return part
    return msg


def draft_text(raw: bytes) -> str:
    part = _text_part(email.message_from_bytes(raw, policy=compat32))
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return data.decode(part.get_content_charset() or "utf-8", "replace").replace("\r\n", "\n")


def with_text(raw: bytes, text: str) -> Message:
    """The draft with its body replaced by the staff's text; every header (threading included) kept."""
    msg = email.message_from_bytes(raw, policy=compat32)
    part = _text_part(msg)
    if "Content-Transfer-Encoding" in part:
        del part["Content-Transfer-Encoding"]
    part.set_payload(text.replace("\r\n", "\n"), _UTF8)  # a Charset picks quoted-printable
    return msg


def _crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Desk:
    """The review page's services; one instance per app, thread-safe (each call opens its own mailbox session)."""

    def __init__(
        self, config: Config, store: Store, staff: StaffStore, classifier: Classifier, send: Sender | None
    ) -> None:
        self.config, self.store, self.staff, self.classifier, self.send = config, store, staff, classifier, send
        self._guard = threading.Lock()
        self._items: dict[int, threading.Lock] = {}

    @contextmanager
    def holding(self, entry_id: int) -> Iterator[None]:
        """One change at a time per item in this server: two saves at once would otherwise both pass the "is this
        still the draft you saw?" check and leave two drafts. (Across servers, the claim row still keeps sending to
        once; the draft's UID check tells the later save.)"""
        with self._guard:
            lock = self._items.setdefault(entry_id, threading.Lock())
        with lock:
            yield

    def box(self, item: Item) -> Mailbox:
        for box in self.config.mailboxes:
            if box.name == item.mailbox:
                return box
        raise DeskError(f"the mailbox {item.mailbox!r} of this message is no longer in the config")

    def source(self, item: Item) -> str:
        return source_key(item.mailbox, item.message_id, item.content_hash)

    # -- reading ---------------------------------------------------------------------------------------
    def open(self, item: Item) -> Opened:
        box = self.box(item)
        opened = Opened(item)
        with open_mailroom(box, self.config) as mail:
            original = self.fetch_original(mail, item)
            opened.draft = self.find_draft(mail, box, item)
        if original is None:
            opened.unreadable = "the message is no longer in its folder"
            return opened
        try:
            decoded = decode_message(original.raw)
        except Unreadable as exc:
            opened.unreadable = str(exc)
            return opened
        opened.subject = decoded.headers.get("subject", "")
        opened.sender = decoded.headers.get("from", "")
        opened.date = decoded.headers.get("date", "")
        opened.text = decoded.text
        (understood,) = understand_many([original.raw], self.classifier, own_addresses(self.config))
        if not isinstance(understood, Quarantine):
            c = understood.classification
            opened.topics = [Topic(label, tuple(c.top_words.get(label, ()))) for label in c.labels]
            opened.crisis_evidence = c.crisis_evidence
            opened.intent = str(understood.request.intent).replace("_", " ")
            opened.asked = [
                Asked(str(q.kind).replace("_", " "), q.values, q.evidence) for q in understood.request.questions
            ]
        return opened

    @staticmethod
    def fetch_original(mail: Mailroom, item: Item) -> Fetched | None:
        m = mail
        validity = m.select(item.folder, readonly=True)
        uids = [item.uid]
        if validity != item.uidvalidity and item.message_id:  # renumbered: find it again by Message-ID
            uids = m.search_header(item.folder, "Message-ID", item.message_id)
            m.select(item.folder, readonly=True)
        found = list(m.fetch(uids, 1))
        return found[0] if found else None

    def find_draft(self, mail: Mailroom, box: Mailbox, item: Item) -> Draft | None:
        m = mail
        uids = m.search_header(box.drafts, SOURCE_HEADER, self.source(item))
        if not uids:
            return None
        m.select(box.drafts, readonly=True)
        found = list(m.fetch([max(uids)], 1))
        if not found:
            return None
        msg = email.message_from_bytes(found[0].raw, policy=compat32)
        return Draft(found[0].uid, str(msg.get("Subject", "")), str(msg.get("To", "")), draft_text(found[0].raw))

    def current_draft(self, mail: Mailroom, box: Mailbox, item: Item, seen_uid: int) -> Fetched:
        """The draft as it is in Drafts now; an error when it is gone or someone saved a newer one since."""
        m = mail
        uids = m.search_header(box.drafts, SOURCE_HEADER, self.source(item))
        if not uids:
            raise DeskError("this draft is no longer in Drafts (sent or deleted in the mail client); nothing was done.")
        if max(uids) != seen_uid:
            raise DeskError(
                "someone saved a newer version of this draft meanwhile; reload to see it. Nothing was done."
            )
        m.select(box.drafts, readonly=True)
        found = list(m.fetch([seen_uid], 1))
        if not found:
            raise DeskError("this draft is no longer in Drafts; nothing was done.")
        return found[0]

    # -- acting ----------------------------------------------------------------------------------------
    def touch(self, item: Item, kind: TouchpointKind, actor: str, **detail: object) -> None:
        if item.contact_id is None:
            return
        self.store.add_touchpoint(
            NewTouchpoint(
                item.contact_id,
                kind,
                mailbox=item.mailbox,
                message_ref=item.message_id,
                actor=actor,
                detail={"via": "review page", **detail},
            )
        )

    def viewed(self, item: Item, actor: str) -> None:
        self.touch(item, TouchpointKind.VIEWED, actor)

    def save(self, item: Item, seen_uid: int, text: str, actor: str) -> None:
        """The edited draft replaces the old one in Drafts (the new one is there before the old one goes)."""
        box = self.box(item)
        if (claimed := self.staff.claimed(item.entry_id)) is not None:
            raise AlreadyHandled(claimed)
        with open_mailroom(box, self.config) as mail:
            current = self.current_draft(mail, box, item, seen_uid)
            mail.append(box.drafts, [_crlf(with_text(current.raw, text).as_bytes())], [DRAFT])
            mail.delete(box.drafts, [seen_uid])
        self.touch(item, TouchpointKind.DRAFT_EDITED, actor)

    def approve(self, item: Item, seen_uid: int, text: str, actor: str) -> str:
        """Send the (edited) draft, threaded as it was drafted; returns the recipient. Exactly once: the claim is
        taken before anything leaves, and released only when nothing did."""
        if self.send is None:
            raise DeskError("sending needs an [smtp] section in the config; nothing was sent.")
        if STAFF_NOTE_START in text:
            raise DeskError(
                "the draft still has its note for staff ([For staff: ...]): answer it and delete that line "
                "first; nothing was sent."
            )
        box = self.box(item)
        if (claimed := self.staff.claim(item.entry_id, ReviewAction.SENDING, actor)) is not None:
            raise AlreadyHandled(claimed)
        try:
            with open_mailroom(box, self.config) as mail:
                current = self.current_draft(mail, box, item, seen_uid)
                msg = with_text(current.raw, text)
                to = [addr for _, addr in getaddresses([str(msg.get("To", ""))]) if addr]
                if not to:
                    raise DeskError("the draft has no recipient; nothing was sent.")
                del msg["Date"]
                msg["Date"] = format_datetime(datetime.now(UTC))
                if not msg.get("Message-ID"):
                    msg["Message-ID"] = make_msgid(domain=self.config.practice.address.split("@")[-1])
                raw = _crlf(msg.as_bytes())
                self.send(to, raw)  # the one step that cannot be taken back
                sent_at = datetime.now(UTC)
                self.staff.settle(item.entry_id, ReviewAction.SENT)
                self._record_sent(item, actor, str(msg["Message-ID"]), sent_at, text != draft_text(current.raw))
                mail.ensure_folder(box.sent)
                mail.append(box.sent, [raw], [SEEN])
                mail.delete(box.drafts, [seen_uid])
        except Exception:
            if self._unsent(item):
                self.staff.release(item.entry_id)
            raise
        return ", ".join(to)

    def approve_as_drafted(self, item: Item, actor: str) -> str:
        """Bulk approve: the draft exactly as it is in Drafts now, sent the same way, once."""
        box = self.box(item)
        with open_mailroom(box, self.config) as mail:
            draft = self.find_draft(mail, box, item)
        if draft is None:
            raise DeskError("its draft is no longer in Drafts; nothing was sent.")
        return self.approve(item, draft.uid, draft.text, actor)

    def _unsent(self, item: Item) -> bool:
        claimed = self.staff.claimed(item.entry_id)
        return claimed is not None and claimed.action == ReviewAction.SENDING

    def _record_sent(self, item: Item, actor: str, message_id: str, at: datetime, edited: bool) -> None:
        if item.contact_id is None:
            return
        self.store.finish(
            [],
            LedgerState.DELIVERED,  # no entry moves: the touchpoints are what the backlog reads
            [
                NewTouchpoint(
                    item.contact_id,
                    TouchpointKind.REPLY_SENT,
                    at=at,
                    mailbox=item.mailbox,
                    message_ref="".join(message_id.split()),
                    reply_to_ref=item.message_id,
                    actor=actor,
                    detail={"via": "review page", "source": self.source(item), "edited": edited},
                ),
                NewTouchpoint(
                    item.contact_id,
                    TouchpointKind.DRAFT_REMOVED,
                    at=at,
                    mailbox=item.mailbox,
                    message_ref=item.message_id,
                    actor=actor,
                    detail={"why": "sent", "via": "review page"},
                ),
            ],
        )

    def discard(self, item: Item, seen_uid: int, actor: str) -> None:
        box = self.box(item)
        if (claimed := self.staff.claim(item.entry_id, ReviewAction.DISCARDED, actor)) is not None:
            raise AlreadyHandled(claimed)
        try:
            with open_mailroom(box, self.config) as mail:
                self.current_draft(mail, box, item, seen_uid)
                mail.delete(box.drafts, [seen_uid])
        except Exception:
            self.staff.release(item.entry_id)
            raise
        self.touch(item, TouchpointKind.DRAFT_REMOVED, actor, why="discarded")
