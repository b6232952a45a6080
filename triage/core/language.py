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
        "hola",
        "gracias",
        "aceptan",
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


_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
OTHER_LANGUAGES = {
    "ko": "korean",
    "ja": "japanese",
    "zh": "chinese",
    "ru": "russian",
    "uk": "ukrainian",
    "ar": "arabic",
    "he": "hebrew",
    "hi": "hindi",
    "th": "thai",
    "vi": "vietnamese",
}
"""Languages a message can be written in that no reader reads: named, so a reply can say which it was in."""
_VIETNAMESE = re.compile(r"[ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệỉịọỏốồổỗộụủỳỵỷỹ]", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")


def _other_language(text: str) -> str | None:
    """A message written in another script (Korean, Russian, Chinese...) or in Vietnamese: which one, so that a
    reply in English says so to staff and never guesses at what was asked."""
    sample = text[:2000]
    if sample.isascii():
        return None  # most mail: no other script and no Vietnamese letter, so no counting on the hot path
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return None
    code = next((code for code, pattern in _SCRIPTS if len(pattern.findall(sample)) > 0.3 * letters), None)
    if code == "ru" and _UKRAINIAN.search(sample):
        return "uk"  # Cyrillic with і, ї, є or ґ
    if code is None and len(_VIETNAMESE.findall(sample)) > 0.05 * letters:
        return "vi"
    return code


def detect_language(text: str) -> str:
    """Return 'en' or 'es' ('pt' for plain Portuguese, and the code of a language in another script or Vietnamese);
    clear cases are settled by function words or the script, unclear ones by lingua."""
    other = _other_language(text)
    if other is not None:
        return other
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
    if es == 0 and en >= 2 and pt == 0:
        return "en"  # "do u do ocd/ERP": too short for the detector, which guessed Spanish
    if en == 0 and es >= 2 and pt == 0:
        return "es"  # "Hola, aceptan Medicaid?": the same, the other way
    found = _detector().detect_language_of(" ".join(words[:300]))
    return _CODES.get(found, "en") if found is not None else "en"
