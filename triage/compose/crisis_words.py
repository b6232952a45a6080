"""The words of a crisis reply that depend on the message: whom it speaks of (he, she, "su hijo"), what staff must
do at once (call back, a forwarded voicemail, a child's abuse), and the facts the crisis template chooses by."""

from __future__ import annotations

import re
from typing import Any

from triage.config import Practice
from triage.core.crisis_care import call_me_at, child_abuse, firearm, private_contact, unreachable, violence
from triage.core.reading.whose import pronouns
from triage.core.request import Kind, Request


def crisis_facts(text: str, request: Request, practice: Practice) -> dict[str, Any]:
    """What the crisis template needs to know of this message: violence, a firearm, a private way to reach them."""
    return {
        "violence": violence(text),
        "firearm": firearm(text),
        "private": private_contact(text),
        # "i need someone to talk to but i dont have much money, do you do sliding scale": one line of yes
        "sliding": practice.sliding_scale
        and any(q.kind == Kind.PAYMENT and "sliding_scale" in q.values for q in request.questions),
        "unreachable": unreachable(text),
    }


def crisis_notes(who: str, text: str, call_back: str | None, forwarded_header: str = "") -> list[str]:
    """What staff must do beyond sending a crisis reply: call a caller who left only a number (they read no
    e-mail), call someone who asked to be called, call the one whose voicemail a clinic forwards, see that a
    child's abuse is reported."""
    notes: list[str] = []
    number = call_back or call_me_at(text)
    left = _VOICEMAIL_FROM.search(forwarded_header)
    if call_back:
        notes.append(f"URGENT: a caller at risk left no e-mail address: call {who} back now at {call_back}")
    elif left and not number:
        number = left.group(1)
        notes.append(f"URGENT: the voicemail forwarded is from someone at risk: call them now at {number}")
    elif number:
        notes.append(f"URGENT: they ask you to call them: call {who} now at {number}")
    if number:
        notes.append("if there's no answer and you fear for someone's safety, call 911")
    if child_abuse(text):
        notes.append("they report a child being abused: decide with the clinician on the report to make")
    return notes


_VOICEMAIL_FROM = re.compile(r"\bvoice\s?mail\s+from\s+(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})", re.IGNORECASE)


def pronoun_words(text: str) -> dict[str, str]:
    they, them, their = pronouns(text)
    be = {"he": "he's", "she": "she's"}.get(they, "they're")
    would = {"he": "he'd", "she": "she'd"}.get(they, "they'd")
    return {"they": they, "them": them, "their": their, "they_re": be, "they_d": would}


_KIN_ES = re.compile(
    r"\bmi\s+(hij[oa]|espos[oa]|marido|herman[oa]|mam[áa]|pap[áa]|madre|padre|niet[oa]|novi[oa]|pareja|amig[oa]|sobrin[oa]|prim[oa])\b",
    re.IGNORECASE,
)


def kin_es(text: str) -> str:
    """'mi hijo de 16 años ... quiere morirse': 'su hijo', the one a Spanish crisis reply speaks of (else 'esta
    persona')."""
    found = _KIN_ES.search(text)
    return f"su {found.group(1).lower()}" if found else "esta persona"
