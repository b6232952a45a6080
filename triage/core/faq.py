"""The practice's FAQ: a question worded like one of its entries gets the practice's own answer."""

from __future__ import annotations

import re

from triage.config import Practice


def faq_answer(practice: Practice, question: str, lang: str) -> str | None:
    """The practice's own answer to a question worded like one of its FAQ entries (most shared words wins).

    A Spanish reply takes only an entry with a Spanish answer: an English paragraph would not be sendable.
    """
    question = _FIRST_WHAT.sub("what happens in the first session", question)
    # "rates for 45 vs 60 min sessions?", "a 75 minute couples session": how long a session is, asked with its price
    # (a number of minutes only: "my shifts change last minute" asks nothing of the kind)
    question = _SOME_MINUTES.sub(r"\1 minutes", question)
    # "are appointments 50 minutes or a full hour?": how many minutes a session is
    if re.search(r"\b(?:sessions?|appointments?)\b", question, re.IGNORECASE):
        question = _FULL_HOUR.sub("how many minutes is a session", question)
    # "could you see her weekly from her parents' home?", "do you see couples in the new-parent stage?": seeing a
    # client, not what parents "see" of a teen's sessions
    question = _SEE_SOMEONE.sub("treat ", question)
    words = _content_words(question)
    if len(words) < 2:
        return None
    best: tuple[float, str] | None = None
    first_like = bool(_FIRST_LIKE.search(question))
    for entry in practice.faq:
        answer = entry.answer_es if lang == "es" else entry.answer
        if not answer:
            continue
        for wording in entry.questions:
            theirs = _content_words(wording)
            shared = words & theirs
            overlap = len(shared) / len(theirs) if theirs else 0.0
            if not shared - _TOPIC_WORDS - {"like", "many", "much"} and not (
                {"first", "like"} <= shared and first_like
            ):
                # "how many sessions" is no "how many minutes is a session?";
                # "the rate for couples sessions" shares only the topic with "is a couples session longer?", and
                # "something like that ... session time" no more with "what is the first session like?"
                continue
            if "first" in theirs and not _FIRST_SESSION.search(question):
                # "do you have weekend appointments, we both work M-F", "experience working with first responders":
                # no "how does the first appointment work?"
                continue
            if overlap >= 0.6 and (best is None or overlap > best[0]):
                best = (overlap, answer)
    return None if best is None else best[1]


_SEE_SOMEONE = re.compile(
    r"\bsee\s+(?=(?:her|him|them|couples|clients|people|teens|kids|children|adults|someone|somebody|us|new)\b)",
    re.IGNORECASE,
)

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "do",
        "does",
        "did",
        "you",
        "your",
        "yours",
        "we",
        "our",
        "us",
        "i",
        "me",
        "my",
        "is",
        "are",
        "be",
        "can",
        "could",
        "would",
        "will",
        "to",
        "of",
        "in",
        "on",
        "for",
        "at",
        "with",
        "and",
        "or",
        "any",
        "have",
        "has",
        "it",
        "this",
        "that",
        "there",
        "what",
        "how",
        "when",
        "where",
        "who",
        "which",
        "if",
        "there's",
        "about",
        "just",
        "also",
        "want",
        "wanted",
        "ask",
        "know",
        "whether",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "o",
        "en",
        "un",
        "una",
        "que",
        "se",
        "su",
        "sus",
        "me",
        "mi",
        "es",
        "son",
        "por",
        "para",
        "con",
        "lo",
        "le",
        "les",
    ]
)


_SUFFIXES = ("iality", "ality", "ity", "ial", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem so "confidentiality" meets "confidential" and "sessions" meets "session"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_FIRST_WHAT = re.compile(
    r"\bwhat\s+(?:do\s+(?:you|we)\s+(?:actually\s+)?do|happens|goes\s+on)\s+(?:in|at|during)\s+(?:the\s+)?first\s+(?:one|session|appointment|visit)\b"
    # "what does a first session look like", "is the first session any different from a normal one"
    r"|\bwhat\s+(?:does|would|will)\s+(?:a|the|my|our|his|her)\s+first\s+(?:session|appointment|visit)\s+look\s+like\b"
    r"|\bis\s+the\s+first\s+(?:session|appointment|visit)\s+(?:any\s+)?different\b"
    # "what I might expect at a first appointment", "what does the first one involve?"
    r"|\bwhat\s+(?:i|we|to|you)\s+(?:might\s+|can\s+|should\s+)?expect\s+(?:at|in|from)\s+(?:a|the|my|our)\s+first\s+(?:one|session|appointment|visit)\b"
    r"|\bwhat\s+(?:does|would|will)\s+(?:a|the|my|our)\s+first\s+(?:one|session|appointment|visit)\s+involve\b",
    re.IGNORECASE,
)
_FIRST_SESSION = re.compile(
    r"\bfirst\s+(?:session|appointment|appt|visit|meeting|one|time|consult\w*)\b|\bintake\b|\binitial\s+(?:session|appointment|visit)\b",
    re.IGNORECASE,
)
_FIRST_LIKE = re.compile(r"\bfirst\b[^.?!,]*\blike\b\s*(?:[?,.]|$|and\b)", re.IGNORECASE)
"""'What is the first session like?' asks what it is like; 'a consult first, I'd like to make sure' does not."""
_TOPIC_WORDS = frozenset(_stem(w) for w in ("session", "therapy", "therapist", "couples", "appointment", "first"))
"""Words every question to a therapy practice shares: a match needs one word beside them ("longer", "like")."""


_FULL_HOUR = re.compile(
    r"\b(?:\d{2}\s*minutes?\s+or\s+)?(?:a\s+)?full\s+hour\b|\b\d{2}\s*minutes?\s+or\s+(?:an|a\s+full)\s+hour\b",
    re.IGNORECASE,
)
_SOME_MINUTES = re.compile(r"\b(\d{1,3})[-\s]?(?:min|mins|minute)\b", re.IGNORECASE)
_SAME_AS = {
    "private": "confidential",
    "privado": "confidencial",
    "u": "you",
    "length": "long",
    "lengthy": "long",
    # "is any of this shared with my department?" asks what "would anything be shared with my employer?" asks
    "department": "employer",
    "boss": "employer",
    "company": "employer",
    "workplace": "employer",
    "firm": "employer",
    "job": "employer",
    "parent": "parents",
    "talk": "say",
}
"""Words people use for the FAQ's own ("is it private?" asks whether therapy is confidential)."""


def _content_words(text: str) -> set[str]:
    text = _NOT_LENGTH.sub(" ", text)  # "she no longer drives" says nothing of how long a session is
    return {
        _stem(_SAME_AS.get(w, w))
        for w in "".join(c.lower() if c.isalnum() else " " for c in text).split()
        if w not in _STOP and len(w) > 2
    }


_NOT_LENGTH = re.compile(r"\b(?:no|any|much)\s+longer\b|\blong\s+(?:time|story|day|week|commute|drive|history)\b", re.I)
