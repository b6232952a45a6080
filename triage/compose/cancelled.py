"""What the short confirmation of a cancelled consultation or a withdrawn inquiry says, read from their words: whether
they found someone else, what was held for them (an intake, a spot), and whether a word of sympathy belongs."""

from __future__ import annotations

import re
from typing import Any


def cancelled_context(text: str, *, unwell: bool) -> dict[str, Any]:
    """The template's facts for 'Please cancel my consultation, I've gone with Kaiser' and the like."""
    found = bool(_FOUND_SOMEONE.search(text))
    consult = bool(re.search(r"\bconsult", text, re.I))
    return {
        "kind": "cancelled",
        "intake": bool(re.search(r"\bcancel\s+\S+\s+(?:free\s+)?intake\b", text, re.IGNORECASE))
        or (bool(re.search(r"\bintake\b", text, re.I)) and not consult),
        # "give the Monday spot to someone else": the time held for them, not a consultation
        "spot": bool(re.search(r"\b(?:spot|slot)\b", text, re.I)) and not consult,
        "found": found,
        # "my grandmother was just admitted": sorry; "a therapist through the hospital where I work": good news
        "sorry": unwell and not found,
        "counselor": bool(re.search(r"\bcounsel+or\b", text, re.IGNORECASE)),
        # "Dad passed away ... we won't be needing the appointment on the 23rd": that appointment, cancelled
        "appointment": bool(re.search(r"\bneed\w*\s+(?:the|his|her|their|that)\s+appointment\b", text, re.I)),
    }


_FOUND_SOMEONE = re.compile(
    r"\b(?:found|going\s+with|go\s+with|went\s+with|decided\s+on|chose|picked)\s+(?:a|an|another|someone|somebody|them|"
    r"a\s+different)\b|\bgot\s+in\s+with\b|\b(?:encontr[ée]|encontramos)\b",
    re.IGNORECASE,
)
"""'I've found a therapist closer to home': the good wishes are for the new therapist."""
