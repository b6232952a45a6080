"""The reply as an e-mail: threaded under the original and marked so a re-run can find and replace it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

from triage.core.model import Inquiry

SOURCE_HEADER = "X-Triage-Source"
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP  # readable in any mail client's source view, unlike base64


def source_key(mailbox: str, message_id: str | None, content_hash: str | None) -> str:
    """A stable name for the message a draft answers: its Message-ID, else the hash of its bytes."""
    basis = message_id or f"sha256:{content_hash}"
    return hashlib.sha256(f"{mailbox}\0{basis}".encode()).hexdigest()[:32]


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def thread_key(inquiry: Inquiry) -> str | None:
    """The thread a message belongs to: the first of its References, else what it replies to, else itself."""
    if inquiry.references:
        return inquiry.references[0]
    return inquiry.in_reply_to or inquiry.message_id


def build_reply(
    inquiry: Inquiry,
    *,
    subject: str,
    body: str,
    to: str,
    to_name: str | None,
    practice_name: str,
    practice_address: str,
    source: str,
    now: datetime,
    auto_submitted: bool = False,
    message_id: str | None = None,
) -> bytes:
    """A plain-text reply with In-Reply-To/References set, so mail clients thread it under the original.

    Built with the compat32 classes: the modern EmailMessage API parses every header it is given and cost more
    than understanding the message in the first place.
    """
    msg = MIMEText(body, "plain", _UTF8)  # type: ignore[arg-type]  # a Charset works and picks QP
    msg["From"] = formataddr((practice_name, ascii_address(practice_address) or practice_address), charset="utf-8")
    to_ascii = ascii_address(to) if to else ""
    if to:  # a caller who left only a number: a draft with no To, which staff read out on the phone
        msg["To"] = formataddr((to_name or "", to_ascii or _UTF8_PLACEHOLDER), charset="utf-8")
    msg["Subject"] = Header(subject, "utf-8").encode() if not subject.isascii() else subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id or make_msgid(domain=practice_address.split("@")[-1])
    if inquiry.message_id:
        msg["In-Reply-To"] = inquiry.message_id
        refs = [*inquiry.references, inquiry.message_id]
        msg["References"] = " ".join(dict.fromkeys(refs))
    msg[SOURCE_HEADER] = source
    if auto_submitted:
        msg["Auto-Submitted"] = "auto-replied"  # RFC 3834: tells other robots not to answer us
    raw = msg.as_bytes()
    if to_ascii is None:
        # An address with a non-ASCII local part has no ASCII form: RFC 6532 puts it in the header as UTF-8.
        raw = raw.replace(_UTF8_PLACEHOLDER.encode(), to.encode("utf-8"), 1)
    return _crlf(raw)


_UTF8_PLACEHOLDER = "utf8-address-placeholder@triage.invalid"


def ascii_address(address: str) -> str | None:
    """The address in ASCII (an internationalised domain as IDNA "xn--" labels), or None when its local part is
    not ASCII, which only an SMTPUTF8 (RFC 6531) path can carry."""
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return None
    if domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return None


def _crlf(raw: bytes) -> bytes:
    """CRLF line ends: what SMTP DATA and IMAP APPEND expect."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def build_alert(
    *,
    practice_name: str,
    practice_address: str,
    to: Sequence[str],
    sender: str,
    sender_name: str | None,
    received: datetime | None,
    mailbox: str,
    subject: str,
    now: datetime,
    ref: str | None = None,
) -> bytes:
    """The clinician's alert: who wrote and when, where to find it. Never the message body: alerts travel by plain
    SMTP to phones and the body is health information.

    `ref` (the message's Message-ID or source key) makes the alert's own Message-ID: a worker killed between sending
    an alert and recording it sends it again on the next poll (an alert is never lost for a crash), and the second
    copy carries the same Message-ID, so the clinician's mail shows it once."""
    msg = EmailMessage()
    msg["From"] = formataddr((f"triage at {practice_name}", practice_address))
    msg["To"] = ", ".join(to)
    msg["Subject"] = f"[triage] Possible crisis: message from {sender_name or sender} needs a clinician now"
    msg["Date"] = format_datetime(now)
    domain = practice_address.split("@")[-1]
    if ref:
        digest = hashlib.sha256(f"{mailbox}\0{ref}".encode()).hexdigest()[:32]
        msg["Message-ID"] = f"<alert.{digest}@{domain}>"
    else:
        msg["Message-ID"] = make_msgid(domain=domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Priority"] = "1"
    when = format_datetime(received) if received else "unknown time"
    msg.set_content(
        "A message that may show risk of harm has arrived.\n\n"
        f"From:     {sender_name + ' ' if sender_name else ''}<{sender}>\n"
        f"Received: {when}\n"
        f"Mailbox:  {mailbox} (the message is flagged there)\n"
        f"Subject:  {'(see the flagged message)' if subject else '(none)'}\n\n"
        "A draft with crisis resources is waiting in Drafts; nothing was sent to the person automatically.\n"
        "Please read the flagged message and reach out personally.\n",
        charset="utf-8",
    )
    return msg.as_bytes(policy=SMTP)  # CRLF line ends: what SMTP DATA and IMAP APPEND expect


def build_sign_in_alert(
    *,
    practice_name: str,
    practice_address: str,
    to: Sequence[str],
    mailbox: str,
    username: str,
    reason: str,
    now: datetime,
) -> bytes:
    """Tells the practice a mailbox stopped because its OAuth2 sign-in is gone, and the one command that fixes it:
    until then no mail of that mailbox is read, so nobody must be left thinking triage is still watching it."""
    msg = EmailMessage()
    msg["From"] = formataddr((f"triage at {practice_name}", practice_address))
    msg["To"] = ", ".join(to)
    msg["Subject"] = f"[triage] Mailbox {mailbox} stopped: it needs signing in again"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=practice_address.split("@")[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        f"triage can no longer read the mailbox {mailbox} ({username}): {reason}.\n\n"
        "New mail there is not being read or answered until someone signs in again, on the machine that runs\n"
        f"triage:\n\n    triage auth login {mailbox}\n\nThe other mailboxes are still being read.\n",
        charset="utf-8",
    )
    return msg.as_bytes(policy=SMTP)
