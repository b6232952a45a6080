"""Language of the person's own words (English or Spanish, or Portuguese when it is plainly that), with a detector
built for short texts."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {Language.ENGLISH: "en", Language.SPANISH: "es"}
_WORD = re.compile(r"[a-záéíóúñüãõçêâôà]+")
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


_PT = frozenset(
    [
        "você",
        "vocês",
        "não",
        "estou",
        "têm",
        "obrigado",
        "obrigada",
        "olá",
        "gostaria",
        "muito",
        "também",
        "minha",
        "meu",
        "são",
        "está",
        "uma",
        "um",
        "em",
        "eu",
        "há",
        "sou",
        "com",
        "isso",
        "família",
        "atenda",
    ]
)
"""Portuguese words Spanish does not share: a message plainly in Portuguese is not answered in Spanish."""


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str) -> str:
    """Return 'en' or 'es' ('pt' for plain Portuguese); clear cases are settled by function words, unclear ones by
    lingua."""
    words = _WORD.findall(text.lower()[:2000])
    if not words:
        return "en"
    en = sum(1 for w in words if w in _EN)
    es = sum(1 for w in words if w in _ES)
    pt = sum(1 for w in words if w in _PT)
    if pt >= 4 and pt > es and pt >= 2 * en:
        return "pt"
    if en >= 4 and en >= 4 * es:
        return "en"
    if es >= 4 and es >= 4 * en:
        return "es"
    found = _detector().detect_language_of(" ".join(words[:300]))
    return _CODES.get(found, "en") if found is not None else "en"
