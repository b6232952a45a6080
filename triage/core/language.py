"""Language of the person's own words (English or Spanish), with a detector built for short texts."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {Language.ENGLISH: "en", Language.SPANISH: "es"}
_WORD = re.compile(r"[a-záéíóúñü]+")
# Function words that almost never appear in the other language: a cheap first opinion.
_EN = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "is",
        "are",
        "do",
        "does",
        "have",
        "with",
        "for",
        "this",
        "that",
        "what",
        "my",
        "i",
        "we",
        "our",
        "of",
        "to",
        "it",
        "can",
    ]
)
_ES = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "y",
        "usted",
        "ustedes",
        "es",
        "son",
        "tiene",
        "tienen",
        "con",
        "para",
        "que",
        "mi",
        "yo",
        "de",
        "del",
        "por",
        "una",
        "pero",
    ]
)


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str) -> str:
    """Return 'en' or 'es'; clear cases are settled by function words, unclear ones by lingua."""
    words = _WORD.findall(text.lower()[:2000])
    if not words:
        return "en"
    en = sum(1 for w in words if w in _EN)
    es = sum(1 for w in words if w in _ES)
    if en >= 4 and en >= 4 * es:
        return "en"
    if es >= 4 and es >= 4 * en:
        return "es"
    found = _detector().detect_language_of(" ".join(words[:300]))
    return _CODES.get(found, "en") if found is not None else "en"
