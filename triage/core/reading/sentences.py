"""Sentences, and whether one asks for something: the unit every question is read from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from triage.core.prefilter import Gate, Guarded

_BOUNDARY = re.compile(r"[.!?]+|\n")
_ABBREVIATIONS = frozenset(
    ["vs", "dr", "mr", "mrs", "ms", "st", "etc", "approx", "e.g", "i.e", "no", "pt", "jr", "sr", "dept", "appt", "apt"]
)

ASK_RE = re.compile(
    r"\?|¿|^\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|also|and)\s*,?\s+whether\b"
    r"|^\s*(?:and\s+|also\s+|so\s+|plus\s+)?(?:whats|what'?s\s+the|what\s+(?:is|are)\s+(?:the|your)|how\s+much|"
    r"how\s+(?:do|does|long|many|soon)|which\s+(?:days?|times?)|cu[áa]nto)\b"
    r"|\b(?:do|does|did|can|could|would|will|are|is|should|may)\s+(?:you|y'?all|ya'll|u|anyone|someone|somebody|any\s+of|"
    r"dana|sam|your|one\s+of|the\s+practice|there|i|we|my|our|it|that)\b"
    r"|\b(?:wondering|wonder|curious|want(?:ed)?\s+to\s+(?:know|ask|check|see)|would\s+(?:also\s+)?like\s+to\s+(?:know|ask)|"
    r"(?:to\s+)?know\s+whether|grateful\s+(?:if|to\s+know|for)|appreciate\s+knowing|"
    r"hoping|looking\s+for|searching\s+for|in\s+search\s+of|seeking|interested\s+in|need(?:ing)?|needs|want|wants|"
    r"would\s+(?:like|love|prefer)|(?:i|we)'?d\s+(?:like|love|prefer)|we\s+want|prefer(?:ably)?|ideally|hope\s+to|trying\s+to\s+find|"
    r"(?:please|pls|plz)\s+(?:let\s+me\s+know|tell|advise|confirm)|let\s+me\s+know|whether\s+you(?:'re|\s+are|\s+have)|any\s+(?:chance|availability|openings?)|"
    r"is\s+(?:it\s+)?possible|possible\s+to|find\s+(?:a|an|someone|somebody)\b|(?:need|want|looking\s+for)\s+(?:some\s+)?help\s+with|struggling\s+with|dealing\s+with|work\s+on|"
    r"(?:for|with)\s+my\s+(?:son|daughter|child|kid|teen|husband|wife|partner)|"
    r"quisiera|quiero|queremos|necesito|necesitamos|necesita|busco|buscamos|buscando|me\s+gustar[ií]a|"
    r"nos\s+gustar[ií]a|me\s+interesa|saber\s+si|pregunt(?:ar|o)|ofrecen|tienen|atienden|aceptan|trabajan)\b",
    re.IGNORECASE,
)
ASK = Guarded(ASK_RE)
"""A question mark, or the words people use to ask or to say what they want."""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    @cached_property
    def asks(self) -> bool:
        return bool(ASK.search(self.text))


def sentences(text: str) -> list[Sentence]:
    """Split at . ! ? and line ends, but not after "vs." or "Dr." or inside "3.5" or "e.g.": each piece keeps
    its offsets in the text."""
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0) == ".":
            word = text[max(0, match.start() - 6) : match.start()].rsplit(None, 1)[-1:] or [""]
            if word[0].lower().lstrip("(") in _ABBREVIATIONS or word[0].isdigit() or text[end : end + 1].isalnum():
                continue
            if word[0].lower() in ("a.m", "p.m") and not text[end:].lstrip(" ")[:1].isupper():
                continue  # "at 8:00 a.m., before court?": a time, not the end of the sentence
        inside = text[start : match.start()]
        if match.group(0).endswith("?") and text[end : end + 1] == ")" and inside.count("(") > inside.count(")"):
            continue  # "Is that something you can add (02 for telehealth, 11 for office, I think?) and re-send?"
        if text[start:end].strip():
            out.append(Sentence(start, end, text[start:end]))
        start = end
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out


def evidence(sentence: Sentence | str, limit: int = 160) -> str:
    text = sentence.text if isinstance(sentence, Sentence) else sentence
    return " ".join(text.split())[:limit]


_POINTS_BACK = re.compile(r"\b(?:one|it|that|this|those|them)\b", re.IGNORECASE)


def with_antecedent(items: list[Sentence], s: Sentence) -> str:
    """A short question that points back ("Could you write one?") with the sentence it points to ("HR says a
    letter from my therapist would sort it out."): what is asked for is named there."""
    said = evidence(s)
    i = next((k for k, x in enumerate(items) if x is s), 0)
    if i and len(said.split()) <= 9 and _POINTS_BACK.search(said):
        return evidence(f"{items[i - 1].text.strip()} {said}", 240)
    return said


def whole(items: list[Sentence]) -> str:
    """All sentences as one text: one search over it tells whether a pattern can match any of them."""
    return "\n".join(s.text for s in items)


def matching(pattern: re.Pattern[str], items: list[Sentence], text: str | None = None) -> Iterator[Sentence]:
    """The sentences a (gated) pattern matches; none are searched when the whole text cannot match."""
    if id(pattern) not in possible(text if text is not None else whole(items)):
        return
    for s in items:
        if pattern.search(s.text):
            yield s


def sentence_at(items: list[Sentence], pos: int) -> Sentence | None:
    return next((s for s in items if s.start <= pos < s.end), None)


_GATED: list[re.Pattern[str]] = []
_gate: list[Gate] = []


def gated(*patterns: re.Pattern[str]) -> None:
    """Put reader patterns behind the shared prefix index: one look per text tells which of all of them can match."""
    _GATED.extend(patterns)
    _gate.clear()


def possible(text: str) -> frozenset[int]:
    """The ids of the gated patterns that match somewhere in text."""
    if not _gate:
        _gate.append(Gate(_GATED))
    return _gate[0].possible(text)


def none_of(items: list[Sentence], *patterns: re.Pattern[str]) -> bool:
    """Most messages ask nothing of a reader: the prefix index rules its patterns out without a search."""
    can = possible(whole(items))
    return not any(id(p) in can for p in patterns)


_LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+")
_LIST_INTRO = re.compile(
    r"\b(?:points?|questions?|clarification|know|wondering|details|appreciate|information)\b[^\n]*:\s*$",
    re.IGNORECASE,
)


def listed_questions(items: list[Sentence]) -> list[Sentence]:
    """Items of a list opened by an asking line ("I would appreciate clarification on a few points:" then "- the
    length of a standard session;") are questions, though none has its mark: each is given one."""
    out: list[Sentence] = []
    asking = False
    for s in items:
        if _LIST_ITEM.match(s.text):
            if asking and "?" not in s.text:
                s = Sentence(s.start, s.end, s.text.rstrip().rstrip(";,.") + "?")
        else:
            asking = s.text.rstrip().endswith(":") and bool(s.asks or _LIST_INTRO.search(s.text))
        out.append(s)
    return out
