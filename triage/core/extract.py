"""Facts that personalise a reply: the person's first name and address, their insurer, the days they asked for."""

from __future__ import annotations

import re

from triage.core.address_forms import given_name
from triage.core.addresses import EMAIL
from triage.core.carriers import find_carrier
from triage.core.forwards import forwarded_as_evidence
from triage.core.guards import is_noreply
from triage.core.model import Extraction, Inquiry
from triage.core.names import first_name, forwarded_person, writer_name
from triage.core.prefilter import Guarded
from triage.core.reading.days import read_when

_PARTNER = re.compile(
    r"\b(my|our|mi)\s+(partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse|significant other|"
    r"esposo|esposa|marido|mujer|novio|novia|pareja|prometid[oa])\b|\b(we|as a couple|couples?|nosotros|"
    r"pareja)\b(?=.{0,60}\b(counsel|therap|session|consejer|terapia))",
    re.IGNORECASE,
)


def contact_email(inquiry: Inquiry, own_addresses: frozenset[str] = frozenset()) -> str | None:
    """Where a reply should go: the form's person, a referral's client, else the sender."""
    if inquiry.form is not None:
        return inquiry.form.email or inquiry.reply_to
    if is_noreply(inquiry.sender_email) and inquiry.reply_to and not is_noreply(inquiry.reply_to):
        return inquiry.reply_to  # "Alan Whitfield via Eastside Referrals <noreply@...>", Reply-To his own address
    asked = _REPLY_TO_ME.search(inquiry.text) or _ONLY_THERE.search(inquiry.text) or _USE_MY.search(inquiry.text)
    if asked:  # "This is from my work address, please reply to my personal email, whitney@...": theirs to choose
        return asked.group(1).lower().rstrip(".")  # "he asked that you reply to him directly at jpike@...": his
    if inquiry.source == "referral" and not forwarded_as_evidence(inquiry):
        person, forwarded_from = forwarded_person(inquiry)
        if forwarded_from and forwarded_from not in own_addresses and person is None and _signed(inquiry):
            return inquiry.sender_email or inquiry.reply_to  # "forwarding this from our HR ... Thanks, Theo": Theo's
        if forwarded_from and forwarded_from not in own_addresses:
            return forwarded_from
        sender_domain = (inquiry.sender_email or "@").rsplit("@", 1)[-1]
        for candidate in EMAIL.findall(inquiry.forwarded_text + "\n" + inquiry.text):
            addr = str(candidate).lower().rstrip(".")
            if addr in own_addresses or addr.rsplit("@", 1)[-1] == sender_domain or is_noreply(addr):
                continue
            return addr
        return inquiry.sender_email or inquiry.reply_to  # nobody else named: the one who forwarded it
    return inquiry.sender_email or inquiry.reply_to


_REPLY_TO_ME_RE = re.compile(
    # (not "Pt's email cleo@..., ok to contact": whose address it is, no request where to reply)
    r"(?<!'s\s)(?<!’s\s)(?<!her\s)(?<!his\s)(?<!their\s)\b(?:reply|write|respond|email|e-mail)\s+(?:back\s+)?(?:to\s+)?(?:(?:me|him|her|them)\s+)?(?:directly\s+)?(?:at\s+|to\s+)?"
    rf"(?:my\s+\w+\s+(?:email|address)(?:\s+instead)?[,:]?\s+(?:at\s+|which\s+is\s+)?)?({EMAIL.pattern})",
    re.IGNORECASE,
)
_REPLY_TO_ME = Guarded(_REPLY_TO_ME_RE)
_USE_MY = re.compile(
    # "Please use my personal email for any reply: anita.desaimorgan@gmail.com" (written from a work address)
    r"\b(?:use|send\s+(?:any\s+)?(?:replies|reply|responses?)\s+to)\s+my\s+(?:personal|home|private|other|own)\s+"
    rf"(?:e-?mail|address|account)(?:\s+for\s+(?:any\s+|all\s+)?(?:reply|replies|responses?|correspondence))?[,:]?\s*({EMAIL.pattern})",
    re.IGNORECASE,
)


_ONLY_THERE = re.compile(
    r"\b(?:escr[ií]b(?:a|an)me|resp[óo]nd(?:a|an)me|cont[ée]st(?:e|en)me|escr[ií]banos|escribirme|use\s+only|only\s+(?:email|write|reply)\w*"
    # "you can write to me at my sister's email: ...", "Pueden escribirme a este correo de mi hermana: ..."
    r"|(?:write|email|reply)\s+(?:to\s+)?me\s+(?:at|through|via)\s+(?:my\s+\w+'s|this)\s+(?:e-?mail|address)"
    # "Please don't write back to this address. You can write to my friend Marjorie at mt@...": where it is safe
    r"|(?:don'?t|do\s+not)\s+(?:write|reply|email|respond)\s+(?:back\s+)?to\s+this\s+(?:address|email)\b[^@]{0,80}?)"
    rf"\b[^@\n]{{0,50}}?({EMAIL.pattern})",
    re.IGNORECASE,
)
"""'No quiero que me llamen a mi celular, por favor escríbanme solo a este correo: lupita...': where it is safe to
write, the only place a reply may go."""


def requested_days(text: str) -> tuple[str, ...]:
    """Weekdays the person asks for, in week order; days they rule out or are moving away from are left out."""
    return read_when(text).wanted


def extract(inquiry: Inquiry, own_addresses: frozenset[str] = frozenset()) -> Extraction:
    text = inquiry.text
    if inquiry.source == "referral":
        text = text + "\n" + inquiry.forwarded_text
    carrier_text = text + ("\n" + inquiry.form.insurance if inquiry.form and inquiry.form.insurance else "")
    when = read_when(text)
    contact = contact_email(inquiry, own_addresses)
    name = first_name(inquiry)
    if inquiry.source == "referral" and inquiry.form is None and contact == (inquiry.sender_email or "").lower():
        # "Forwarding this from my husband ... Sana": the reply goes to the one who wrote it, so it greets her
        name = writer_name(inquiry) or name
    elif inquiry.source == "referral" and contact:
        # an assistant forwards her manager's note, "reply to him directly": the reply greets him
        forwarded_name, forwarded_address = forwarded_person(inquiry, any_domain=True)
        if contact == forwarded_address:
            name = forwarded_name or name
    return Extraction(
        first_name=given_name(inquiry, name),
        contact_email=contact,
        carrier=find_carrier(carrier_text),
        days_requested=when.wanted,
        times_requested=when.times,
        partner_mentioned=bool(_PARTNER.search(text)),
    )


def _signed(inquiry: Inquiry) -> bool:
    """The forwarder asks and signs ("...with you?" then "Thanks,\nTheo"): a team's notice forwarded, their own ask."""
    return "?" in inquiry.text and bool(_SIGNOFF.search((inquiry.signature or "").strip()))


_SIGNOFF = re.compile(r"^\s*(?:thanks|thank\s+you|best|cheers)\b[^\n]*\n\s*[A-Z][a-z]+\s*$", re.IGNORECASE)
