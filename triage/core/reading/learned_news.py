"""What the hardship head adds to the rules' reading of news told in passing: a hard time told obliquely.

The rules (`reading.circumstances`) read hardship from a long list of phrasings ("I'm completely burned out", "the
darkness is getting to me") and every new hand tells it some other way ("sleeping 10 hours and still tired, bailing
on friends"). Strict readers marked the missing word of warmth as the commonest edit. The head, trained on readers'
judgements of which messages tell of a hard time, hears it where the rules hear nothing; it adds, never removes.
"""

from __future__ import annotations

import re

from triage.core.model import Classification
from triage.core.request import News

HARDSHIP = "hardship"
"""The name of the hardship row of the kinds head (it learns beside the question kinds, over the same features)."""
HARDSHIP_AT = 0.8
"""The head's probability at which a hard time is taken as told. Chosen on the leave-one-set-out replay (`python -m
triage.learn.intent_train --hardship`) for precision first: a word of sympathy to someone who told of no hardship
reads as presumptuous."""

_DOING_WELL = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|(?:s)?he'?s|(?:s)?he\s+is|they'?re)\s+(?:(?:honestly|actually|really)\s+)?"
    r"(?:doing|feeling)\s+(?:ok(?:ay)?|well|good|great|better|fine)\b"
    r"|\bfeel(?:ing)?\s+like\s+(?:me|myself)\s+again\b|\b(?:been\s+)?stable\s+for\s+(?:many\s+|several\s+)?years\b"
    r"|\bnot\s+having\s+any\s+(?:thoughts|feelings)\s+like\s+that\b|\bi'?m\s+fine\b"
    # good news from a client: "No blowup! I drove home feeling like a different person"
    r"|\bfeel(?:ing)?\s+like\s+a\s+(?:different|new)\s+(?:person|woman|man)\b|\bno\s+blow-?up\b|\bit\s+(?:actually\s+)?worked\b"
    r"|\bwent\s+(?:really\s+|so\s+|surprisingly\s+)?well\b|\bproud\s+of\s+myself\b|\b(?:good|great)\s+news\b",
    re.IGNORECASE,
)
"""'Honestly I'm doing okay', 'I feel like me again': whatever they tell of, they say it is behind them."""


def learned_news(classification: Classification, text: str, language: str, *, in_thread: bool) -> News | None:
    """A hard time the head is sure was told, else None (and None from a model without the head). English only: the
    head learned from few letters in other languages, and there it hears the language more than the hardship. Not in
    a reply: the head also reads the start of the thread, where the hardship was told before and answered then."""
    p = classification.kinds.get(HARDSHIP)
    if p is None or p < HARDSHIP_AT or language != "en" or in_thread or _DOING_WELL.search(text):
        return None
    return News.HARD_TIME
