"""Phone messages relayed by e-mail: a voicemail's transcript and an address the caller spelled out aloud.

An answering service or a voicemail system writes to the practice from a no-reply address; the caller is the
lead. When they said an address ("it's lucas dot ferreira nine at gmail dot com"), that is where the reply goes;
when they gave none, there is nobody to write to and staff call them back.
"""

from __future__ import annotations

import re

_TRANSCRIPT = re.compile(
    r"^\s*(?:voicemail\s+)?transcri(?:ption|pt)\s*:[ \t]*(\S[^\n]+)"
    r"|^\s*(?:voicemail\s+)?transcri(?:ption|pt)\b[^\n]*\n\s*(.+?)(?:\n\s*\n|\Z)",
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
    {
        "it's",
        "its",
        "is",
        "me",
        "email",
        "e-mail",
        "address",
        "my",
        "at",
        "to",
        "reach",
        "mail",
        "the",
        "as",
        "was",
        "spelled",
        "spell",
    }
)


def transcript(body: str) -> str:
    """The caller's words under a 'Transcription:' line, without the quotes the system puts around them."""
    found = _TRANSCRIPT.search(body)
    said = (found.group(1) or found.group(2)) if found else ""  # "Transcript: Hi, ..." on its own line or after it
    return said.strip().strip('"“”').strip()


def spoken_email(text: str) -> str | None:
    """An address said aloud ('lucas dot ferreira nine at gmail dot com' -> 'lucas.ferreira9@gmail.com')."""
    cleaned = re.sub(r"[,;]", " ", text.replace("’", "'"))
    # spelled out letter by letter: "d-e-n-i-s-e dot a-l-b-r-i-g-h-t" is "denise dot albright"
    cleaned = re.sub(r"\b(?:[a-z0-9]-){2,}[a-z0-9]\b", lambda m: m.group(0).replace("-", ""), cleaned, flags=re.I)
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


_WRITTEN_NUMBER = re.compile(r"(?<!\d)\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")


def spoken_number(text: str) -> str | None:
    """A call-back number said aloud or in digits ("nine seven one five five five zero one two six")."""
    written = _WRITTEN_NUMBER.search(text)
    if written:
        return _said(written)
    for match in _DIGIT_RUN.finditer(text):
        digits = "".join(_NUMBERS.get(w.lower(), w) for w in re.findall(r"[a-z]+|\d", match.group(0), re.I))
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) == 10 and digits.isdigit():
            return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return None


_THEIR_NUMBER = re.compile(
    r"\b(?:my\s+(?:tele)?phone(?:\s+number)?|my\s+(?:cell|mobile|number)|call\s+me\s+(?:back\s+)?(?:at|on)|reach\s+me\s+(?:at|on)"
    r"|call\s*back\s+to\s+me\s+(?:at|on))"
    r"(?:\s+(?:is|number\s+is))?[\s:]*\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)",
    re.IGNORECASE,
)


def their_number(text: str) -> str | None:
    """'My telephone number is 503-555-0184 if that is easier': someone who would rather be called."""
    found = _THEIR_NUMBER.search(text)
    return _said(found) if found else None


_FAX = re.compile(r"\bfax\b|\bf\s*[:.]\s*$", re.IGNORECASE)


def any_number(text: str, but: str = "") -> str | None:
    """The first phone number written (not `but`, the practice's own): in an urgent report, the one to call."""
    ours = re.sub(r"\D", "", but)
    for found in _WRITTEN_NUMBER.finditer(text):
        if "".join(found.groups()) != ours and not _FAX.search(text[max(0, found.start() - 12) : found.start()]):
            return _said(found)
    return None


def _said(found: re.Match[str]) -> str:
    """A number matched as three groups of digits, written the one way drafts and notes write numbers."""
    return f"({found.group(1)}) {found.group(2)}-{found.group(3)}"
