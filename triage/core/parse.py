"""bytes -> Inquiry: decode, find the person (forms, referrals), keep only their new words, note loop facts."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from triage.core import forms, guards, quotes
from triage.core.addresses import personal_address
from triage.core.language import detect_language
from triage.core.mime import Decoded, Unreadable, decode_message, parse_address, parse_date
from triage.core.model import FormFields, Inquiry, Quarantine

_MSGID = re.compile(r"<[^<>\s]+>")
MAX_MESSAGE_ID = 500
"""Longer than any real Message-ID; one longer cannot be repeated in In-Reply-To/References within a header line."""


def parse(data: bytes) -> Inquiry | Quarantine:
    """Understand one raw message; never raises: anything unreadable becomes a Quarantine with a reason."""
    try:
        return _parse(data)
    except Unreadable as exc:
        return Quarantine(reason=str(exc))
    except Exception as exc:
        # the type only: an exception's text can quote the message (a header, a line of the body)
        return Quarantine(reason=f"parser error: {type(exc).__name__}")


def _message_id(value: str) -> str | None:
    found = _MSGID.search(value)
    return usable_message_id(found.group(0) if found else value.strip())


def usable_message_id(value: str) -> str | None:
    """A Message-ID that can be stored and repeated in a reply's headers: printable ASCII, no spaces, not huge.
    Anything else is treated as absent (the ledger then knows the message by the hash of its bytes)."""
    if not value or len(value) > MAX_MESSAGE_ID or not value.isascii() or not value.isprintable() or " " in value:
        return None
    return value


def _form(
    decoded: Decoded, sender_name: str | None, sender_email: str | None, reply_to: str | None
) -> FormFields | None:
    service = forms.form_service(sender_email, sender_name)
    relayed = reply_to is not None and sender_email is not None and reply_to.lower() != sender_email.lower()
    if service is None and (guards.is_noreply(sender_email) or relayed):
        # A no-reply sender (or one whose Reply-To is someone else) whose body is a Name/Email/Message layout is a
        # form or directory we do not know yet: the person is in the fields.
        fields = forms.parse_fields(decoded.text)
        if "message" in fields and ("email" in fields or "from" in fields):
            service = "website_form"
    if service is None:
        service = forms.unknown_relay(decoded.text, sender_name, sender_email, decoded.get("subject"))
    if service is None:
        return None
    return forms.parse_form(service, decoded.text, reply_to)


_VIA = re.compile(r"\S\s+via\s+\S", re.IGNORECASE)
"""'Alan Whitfield via Eastside Referrals': a service sending on a person's behalf."""
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _parse(data: bytes) -> Inquiry:
    decoded = decode_message(data)
    # Curly quotes from phones and Word would hide "can't" from every rule downstream.
    decoded = replace(decoded, text=decoded.text.translate(_TYPOGRAPHY))
    sender_name, sender_email = decoded.address("from")
    if sender_email is None and sender_name is None:
        sender_name, sender_email = decoded.address("sender")
    _, reply_to = decoded.address("reply-to")
    if sender_email is None and reply_to is not None:
        sender_email = reply_to  # From is unusable: Reply-To is the only way back to the person
    subject = decoded.get("subject")
    form = _form(decoded, sender_name, sender_email, reply_to)
    forwarded = ""
    forwarded_header = ""
    signature = ""
    if form is not None:
        source = form.service
        text = _unwrapped(quotes.strip_history(form.message))  # a form's message box wraps like any mail
        history = quotes.quoted_history(form.message)
    else:
        split = quotes.split_message(decoded.text, subject)
        text, signature, history = _unwrapped(split.text), split.signature, split.history
        forwarded, forwarded_header = _unwrapped(split.forwarded), split.forwarded_header
        source = (
            "referral"
            if forwarded
            and (
                _forwarded_from_someone_else(forwarded_header, sender_email, bare=not text.strip())
                or _ON_BEHALF.search(text)
            )
            and not _for_self(text)
            else "direct"
        )
    # "Alan Whitfield via Eastside Referrals <noreply@...>" with Reply-To his own address: a relay that names the
    # person to answer, like a form service (no loop: the reply goes to him, not back to the relay)
    relayed_person = reply_to is not None and not guards.is_noreply(reply_to) and bool(_VIA.search(sender_name or ""))
    loop = guards.loop_facts(decoded.get, sender_email, is_form=form is not None or relayed_person)
    date = parse_date(decoded.get("date"))
    references = tuple(ref for ref in _MSGID.findall(decoded.get("references")) if usable_message_id(ref))
    return Inquiry(
        message_id=_message_id(decoded.get("message-id")),
        subject=subject,
        sender_name=sender_name,
        sender_email=sender_email,
        reply_to=reply_to,
        date=date if isinstance(date, datetime) else None,
        text=text,
        signature=signature,
        source=source,
        form=form,
        forwarded_text=forwarded,
        forwarded_header=forwarded_header,
        history=history[:20_000],
        sender_name_seen=_name_seen(sender_name, decoded.text),
        in_reply_to=_message_id(decoded.get("in-reply-to")) if decoded.get("in-reply-to") else None,
        references=references,
        loop=loop,
        language=detect_language("\n".join((text, forwarded)) or subject),
        defects=decoded.defects,
        whole_form=decoded.text[:20_000] if form is not None else "",
    )


_WRAPPED_ON = re.compile(r"^[a-z0-9(]")
_WRAPPED_ON_CAPITAL = re.compile(r"^[A-Z][a-z]")


_FIELD_LINE = re.compile(r"[A-Z][\w ]{1,30}:\s")
_CARRIES_ON = re.compile(r"(?:to|and|or|of|for|with|in|on|at|the|a|an|it|me|you|them|that|this|from|about|so|but)\s")
"""'...do i need their permission\nto start': a last line that opens on a small word carries the sentence on (a
sign-off never starts so)."""


def _unwrapped(text: str) -> str:
    """Mail hard-wrapped at a fixed width ("I asked him if he's had any\nthoughts of hurting himself and he said
    no"): a long line that stops mid-sentence, followed by one that carries on in lower case, is one sentence."""
    lines = text.split("\n")
    out = [lines[0]] if lines else []
    for line in lines[1:]:
        last = out[-1].rstrip()
        # a short last line ("kris") is a sign-off, not the rest of a sentence
        wrapped = (len(last) >= 50 and _WRAPPED_ON.match(line)) or (len(last) >= 65 and _WRAPPED_ON_CAPITAL.match(line))
        # "...shared with the firm,\nright?": a clause cut at its comma, carried on in lower case, ends the sentence
        tail = last[-1:] == "," and line[:1].islower() and line.rstrip()[-1:] in ".?!"
        # "Do you do adult autism\nevaluations?": a word or two that end the sentence carry it on too
        ends = line[:1].islower() and (line.rstrip()[-1:] in ".?!" or bool(_CARRIES_ON.match(line)))
        field = _FIELD_LINE.match(line)  # "Client age: 15" under a form's message box: its own line
        if wrapped and not field and ((last[-1:] not in ".!?:;,)" and (len(line.split()) >= 3 or ends)) or tail):
            out[-1] = f"{last} {line}"
        else:
            out.append(line)
    return "\n".join(out)


_FORWARDED_FIELD = re.compile(r"^\s*\*?(from|de|to|para)\*?\s*:", re.IGNORECASE)


def forwarded_from(header: str) -> str | None:
    """The address the forwarded mail came from ("" when its From line names none; None without a From line)."""
    for line in header.splitlines():
        field = _FORWARDED_FIELD.match(line)
        if field is not None and field.group(1).lower() in ("from", "de"):
            return parse_address(line.split(":", 1)[1])[1] or ""
    return None


def _forwarded_from_someone_else(header: str, sender_email: str | None, bare: bool = False) -> bool:
    """A forward of the sender's own earlier mail is not a referral, nor is mail that was written to them (their
    EAP's authorization, their child's school counsellor's note): they pass it on about themselves or their own.
    Anyone else's mail is a referral, and so is a patient's own mail to a clinic that the clinic forwards, and so is
    a letter forwarded with not a word added (a therapist passing on what reached her own address: `bare`)."""
    sender = forwarded_from(header)
    written_to_them = sender_email is not None and any(
        field.group(1).lower() in ("to", "para") and parse_address(line.split(":", 1)[1])[1] == sender_email
        for line in header.splitlines()
        if (field := _FORWARDED_FIELD.match(line)) is not None
    )
    if written_to_them and sender and not personal_address(sender) and not (bare and not guards.is_noreply(sender)):
        return False  # an office or a mailer wrote to them: theirs to pass on
    return sender is None or sender != sender_email


_FOR_SELF = re.compile(
    r"\b(?:friend|coworker|co-worker|sister|brother|mom|mother|dad|cousin|neighbou?r)\s+(?:\w+\s+)?"
    r"(?:sent|gave|forwarded|passed\s+along|shared)\s+me\s+(?:your|this|the)\b"
    r"|\bi'?m\s+looking\s+for\s+(?:someone|a\s+therapist|a\s+counsel(?:l)?or|help|therapy)\b|\bfor\s+myself\b"
    r"|\bmy\s+(?:\w+\s+){0,3}(?:session|appointment|claim|bill|statement|superbill)s?\b"
    r"|\bi'?m\s+the\s+one\s+who\s+(?:would|will|'d|needs?|wants?)\b"
    r"|\b(?:can|could|may)\s+(?:i|we)\s+use\s+(?:these|those|this|the|my)\b|\bmy\s+(?:hr|employer|benefits?|eap)\b"
    r"|\bmy\s+(?:doctor|dr\.?|pcp|physician|therapist|counsel(?:l)?or|ob|nurse\s+practitioner|psychiatrist)\s+(?:\w+\s+){0,6}?"
    r"(?:recommended|suggested|told|wants|referred|gave|sent)\s+(?:that\s+)?(?:i|me)\b"
    r"|\b(?:passed|sent|gave)\s+(?:me\s+)?(?:along\s+)?your\s+(?:practice|info|information|name|number|details|website|email)\b"
    r"|\bi\s+need\s+(?:my\s+own|a)\s+therapist\b",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"\bforward\w*\s+(?:this\s+)?on\s+behalf\s+of\b|\bon\s+behalf\s+of\s+(?:my|our)\s+\w+"
    r"|\bforward\w*\s+(?!my\b)(?:[\w.'’]+\s+){0,3}?referral\b",  # "forwarding Dr. Abernathy's referral below"
    re.I,
)
"""'Forwarding on behalf of Jonathan Pike, our managing partner': his note, sent by his assistant, is the inquiry."""
_FOR_ANOTHER = re.compile(
    r"\b(?:my|our|this|the|a)\s+(?:patient|client|student)\b|\breferr(?:ing|al\s+for)\b|\bpt\b|\bi'?d\s+like\s+to\s+refer\b",
    re.IGNORECASE,
)


def _for_self(note: str) -> bool:
    """'My friend Jess sent me your info (see below). I'm looking for someone to talk to': the one who forwards is
    the one asking, and the forward is how they heard of us, not a referral; so is a client forwarding their
    insurer's letter about "my October 14th session"."""
    return bool(_FOR_SELF.search(note)) and not _FOR_ANOTHER.search(note)


def _name_seen(display_name: str | None, body: str) -> bool:
    """Display names are often a spouse's or a family account; trust one only when the mail itself uses it."""
    if not display_name:
        return False
    words = [
        w for w in re.split(r"[\s,&]+", display_name) if w and w.lower().strip(".") not in ("dr", "mr", "mrs", "ms")
    ]
    return bool(words) and re.search(rf"\b{re.escape(words[0])}\b", body) is not None
