"""How a person is addressed when not by the first name a message gives: the title a colleague or an elder signs
with ("Dr. Adeyemi", "Mrs. Pruitt"), and the given name where the family name comes first (Vietnamese)."""

from __future__ import annotations

import re

from triage.core.family_first import VIETNAMESE_SURNAMES
from triage.core.model import Inquiry

_CAP = "[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü']+"
"""A capitalised name word, accents too ("Ibáñez")."""
_DOCTOR_TITLE = re.compile(rf"^\s*Dra?\.?\s+(?:{_CAP}\s+){{0,2}}?({_CAP}(?:-{_CAP})?)\s*(?:,|$)", re.MULTILINE)
_DOCTOR_DEGREE = re.compile(
    r"^\s*[A-Z][a-z']+\.?\s+(?:[A-Z]\.\s+)?([A-Z][a-z']+(?:-[A-Z][a-z']+)?),?\s+(?:MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|PsyD|Psy\.D\.)\b",
    re.MULTILINE,
)


def doctor_name(inquiry: Inquiry) -> str | None:
    """'Dr. Adeyemi' for a physician or psychologist who signs 'Paul Adeyemi, MD' or writes as 'Dr. Paul Adeyemi':
    a colleague's referral is answered the way they sign, not by their first name."""
    tail = "\n".join((inquiry.text.strip().splitlines() or [""])[-4:])  # a sign-off's lines, never the story
    # "Name: Dr. Aaron Feld (Laurelhurst Internal Medicine)" on a contact form: the practice in brackets aside
    form = re.sub(r"\s*\([^)]*\)", "", inquiry.form.name) if inquiry.form is not None and inquiry.form.name else ""
    for where in (inquiry.signature, tail, inquiry.sender_name or "", form):
        found = _DOCTOR_DEGREE.search(where) or _DOCTOR_TITLE.search(where)
        if found:
            return f"Dr. {found.group(1)}"
    return None


_TITLED = re.compile(
    r"^\s*[-—~]*\s*(?:The\s+)?(Mrs|Mr|Ms|Miss|Pastor|Rev|Reverend)\.?\s+(?:[A-Z][a-z']+\s+|[A-Z]\.\s+){0,2}([A-Z][a-z']+(?:-[A-Z][a-z']+)?)\s*$",
    re.MULTILINE,
)


def titled_name(inquiry: Inquiry) -> str | None:
    """'Mrs. Pruitt' for someone who signs 'Mrs. Eleanor Pruitt': they chose how to be addressed, and a first name
    would be too familiar."""
    tail = "\n".join((inquiry.text.strip().splitlines() or [""])[-4:])
    for where in (inquiry.signature, tail):
        found = _TITLED.search(where or "")
        if found:
            title = found.group(1) + ("" if found.group(1) in ("Miss", "Pastor", "Reverend") else ".")
            return f"{title} {found.group(2)}"
    return None


def titled_sender(inquiry: Inquiry) -> str | None:
    """'Mrs. Ortega' on the From line of a mail signed with no first name: the way they chose to be called."""
    found = _TITLED.fullmatch((inquiry.sender_name or "").strip())
    if found is None or found.group(1) in ("Pastor", "Rev", "Reverend"):
        return None
    return f"{found.group(1)}{'' if found.group(1) == 'Miss' else '.'} {found.group(2)}"


def given_name(inquiry: Inquiry, name: str | None) -> str | None:
    """How the person is greeted: "Phạm Thị Hoa" signs a Vietnamese mail with the family name first, so Hoa."""
    if inquiry.language != "vi" or not name or name.casefold() not in VIETNAMESE_SURNAMES:
        return name
    signed = re.search(rf"(?m)^\s*{re.escape(name)}(?:\s+\w+)+\s*$", inquiry.text + "\n" + inquiry.signature)
    return signed.group(0).split()[-1] if signed else None
