"""Composing replies: a Request answered from the practice's facts through its templates (see composer.py)."""

from triage.compose.composer import DEFAULT_TEMPLATES, LANGUAGES, STAFF_NOTE, Composer, Reply
from triage.compose.wording import ComposeError, join_words, reflow, reply_subject

__all__ = [
    "DEFAULT_TEMPLATES",
    "LANGUAGES",
    "STAFF_NOTE",
    "ComposeError",
    "Composer",
    "Reply",
    "join_words",
    "reflow",
    "reply_subject",
]
