"""Phone messages relayed by e-mail: a voicemail's transcript and an address the caller spelled out aloud.

An answering service or a voicemail system writes to the practice from a no-reply address; the caller is the
lead. When they said an address ("it's lucas dot ferreira nine at gmail dot com"), that is where the reply goes;
when they gave none, there is nobody to write to and staff call them back.
"""

from __future__ import annotations

import re

_TRANSCRIPT = re.compile(
    r"^\s*(?:voicemail\s+)?transcri(?:ption|pt)\b[^\n]*\n\s*(.+?)(?:\n\s*\n|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
_NUMBERS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_SYMBOLS = {"dot": ".", "period": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_SPOKEN = re.compile(
    r"((?:[a-z0-9']+\s+){1,8}?)at\s+([a-z0-9-]+(?:\s+dot\s+[a-z]{2,6})+)\b",
    re.IGNORECASE,
)
_LEAD_IN = frozenset(
    {"it's", "its", "is", "me", "email", "e-mail", "address", "my", "at", "to", "reach", "mail", "the"}
)


def transcript(body: str) -> str:
    """The caller's words under a 'Transcription:' line, without the quotes the system puts around them."""
    found = _TRANSCRIPT.search(body)
    return found.group(1).strip().strip('"“”').strip() if found else ""


def spoken_email(text: str) -> str | None:
    """An address said aloud ('lucas dot ferreira nine at gmail dot com' -> 'lucas.ferreira9@gmail.com')."""
    cleaned = re.sub(r"[,;]", " ", text.replace("’", "'"))
    for match in _SPOKEN.finditer(cleaned):
        words = match.group(1).split()
        local: list[str] = []
        for word in reversed(words):  # walk back from "at" until the words that lead into the address
            if word.lower() in _LEAD_IN:
                break
            local.insert(0, word.lower())
        if not local or local[0] in _SYMBOLS or local[-1] in _SYMBOLS:
            continue
        domain = match.group(2).lower().split()
        address = "".join(_SYMBOLS.get(w, _NUMBERS.get(w, w)) for w in local)
        address += "@" + "".join(_SYMBOLS.get(w, w) for w in domain)
        if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", address):
            return address
    return None


_DIGIT_RUN = re.compile(
    r"(?:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b[\s,.-]*){10,11}", re.IGNORECASE
)


def spoken_number(text: str) -> str | None:
    """A call-back number said aloud or in digits ("nine seven one five five five zero one two six")."""
    for match in _DIGIT_RUN.finditer(text):
        digits = "".join(_NUMBERS.get(w.lower(), w) for w in re.findall(r"[a-z]+|\d", match.group(0), re.I))
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) == 10 and digits.isdigit():
            return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return None
