"""Whose mail a forward is: the forwarded mail's own sender, and whether the one forwarding asks us to answer them
("Please reply to him directly") or only shows it as evidence of their own inquiry ("Her email agreeing is below")."""

from __future__ import annotations

import re

from triage.core.addresses import EMAIL, personal_address
from triage.core.guards import is_noreply
from triage.core.model import Inquiry

_BELOW = re.compile(
    r"\b(?:her|his|their)\s+(?:email|e-mail|reply|message|note|text)\s+(?:\w+\s+){0,2}(?:is\s+)?(?:below|attached|forwarded)\b"
    r"|\b(?:see|forwarding|forwarded|including|included)\s+(?:her|his|their)\s+(?:email|e-mail|reply|message|note)\b"
    # "See below -- this is my husband's very grudging agreement to try therapy": shown, not passed on to answer
    r"|\b(?:below|see\s+below|forwarded|attached)\b[^.!?\n]{0,20}\bthis\s+is\s+my\s+(?:husband|wife|partner|son|daughter|"
    r"boyfriend|girlfriend|fianc[ée]e?|mom|mother|dad|father)'?s\b"
    # "Please reply to me (Corinne) and I'll pass it on": the writer is the one answered
    r"|\breply\s+to\s+me\b[^.!?\n]{0,40}\bpass\s+it\s+(?:on|along)\b"
    # "our peer support team sent this list around and you were on it": a list shown, the writer asking
    r"|\b(?:sent|shared|gave\s+(?:me|us)|passed\s+around|forwarded)\s+(?:this|a|the)\s+list\b"
    r"|\byou(?:'re|\s+are|\s+were)\s+on\s+(?:it|the\s+list|their\s+list|this\s+list)\b",
    re.IGNORECASE,
)


def forwarded_as_evidence(inquiry: Inquiry) -> bool:
    """'We both agreed to try co-parenting counseling ... Her email agreeing is below': the forward backs up the
    writer's own inquiry; the reply is theirs, not the forwarded sender's."""
    # (not "please reply to her directly at her email below": the forward's writer is the one to answer)
    return bool(_BELOW.search(inquiry.text)) and not _ANSWER_THEM.search(inquiry.text)


_TO_ME = re.compile(
    r"\b(?:write|reply|respond|get)\s+back\s+to\s+me\b|\breply\s+to\s+me\b|\b(?:contact|email|call)\s+me\b",
    re.IGNORECASE,
)
_ANSWER_THEM = re.compile(
    r"\b(?:can|could|would)\s+(?:we|you|someone)\s+(?:please\s+)?(?:answer|reply\s+to|respond\s+to|write\s+back\s+to)\s+"
    r"(?:it|this|them|him|her)\b|\bcame\s+(?:in\s+)?to\s+my\s+(?:personal|own|private|old)\s+(?:email|inbox|address|account)\b"
    r"|\b(?:reply|respond|write)\s+(?:back\s+)?to\s+(?:him|her|them)\s+directly\b",
    re.IGNORECASE,
)


def forwarded_sender(inquiry: Inquiry, any_domain: bool = False) -> tuple[str, str] | None:
    """The forwarded mail's own sender (the From line's display part and address), when that is someone outside the
    forwarder's organisation (`any_domain`: or inside it)."""
    sender_domain = (inquiry.sender_email or "@").rsplit("@", 1)[-1]
    for line in inquiry.forwarded_header.splitlines():
        match = re.match(r"^\s*\*?(?:from|de)\*?\s*:\s*(.*)$", line, re.IGNORECASE)
        if not match:
            continue
        value = match.group(1)
        found = EMAIL.search(value)
        same_place = found is not None and found.group(0).lower().rsplit("@", 1)[-1] == sender_domain
        # "This came to my personal email. Can we answer it from the practice account?": two gmail.com addresses
        # are two people, and the one who wrote it is the one to answer
        passed_on = (
            found is not None
            and personal_address(found.group(0))
            and bool(_ANSWER_THEM.search(inquiry.text))
            and not _TO_ME.search(inquiry.text)  # "Could you answer it? ... please write back to me": hers
        )
        if not found or (same_place and not any_domain and not passed_on):
            return None
        if is_noreply(found.group(0)):
            return None  # "Fwd: Your benefits summary" from no-reply@uhc: the one forwarding it is the person
        return value[: found.start()].strip(' <"'), found.group(0).lower()
    return None
