"""The concerns a message names (anxiety, grief...) that a reply says a word about: not help once had, not what is
already asked as a question of its own."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence
from triage.core.reading.services import find_services
from triage.core.request import Kind, Question, Situation


def past_only(service: str, items: list[Sentence]) -> bool:
    """Named only as help once had ("I've had therapy before (a couple of years in my twenties for depression)"):
    no concern now to say a word about, nor "we work with depression"."""
    said = [s.text for s in items if find_services(s.text, among=[service])]
    return bool(said) and all(_HELP_BEFORE.search(x) for x in said)


_HELP_BEFORE = re.compile(
    r"\b(?:i'?ve|i\s+have)\s+(?:had|done|been\s+in|been\s+to)\s+(?:some\s+)?(?:therapy|counsel\w+|treatment)\s+(?:before|previously)\b"
    r"|\b(?:been|was)\s+in\s+therapy\s+before\b|\bin\s+my\s+(?:teens|twenties|20s|thirties|30s)\b|\byears\s+ago\b",
    re.IGNORECASE,
)


def concerns_told(named: list[str], questions: list[Question], situation: Situation | None) -> tuple[str, ...]:
    asked = {v for q in questions if q.kind in (Kind.SERVICE, Kind.THERAPIST, Kind.COUPLES) for v in q.values}
    if situation == Situation.LOSS and "grief" not in named:
        named = [*named, "grief"]  # "my wife of 51 years passed away in August": grief, whatever word they used
    return tuple(v for v in named if v not in asked and v not in ("faith-based", "lgbtq", "couples"))
