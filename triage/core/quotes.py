"""Only the new text counts: cut quoted history, split off signatures, keep a referral's forwarded body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mailparser_reply import EmailReplyParser

_FORWARD_MARK = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|mensaje reenviado|message transféré|original message|mensaje original)"
    r"\s*-{2,}|begin forwarded message:|inicio del mensaje reenviado:)\s*$",
    re.IGNORECASE,
)
_REPLY_INTRO = re.compile(
    r"^\s*(on\s.{4,240}\swrote|el\s.{4,240}\sescribi[óo]|le\s.{4,240}\sa\s[ée]crit|em\s.{4,240}\sescreveu"
    r"|am\s.{4,240}\sschrieb)\s*:\s*$",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_HEADER_LINE = re.compile(
    r"^\s*\*?(from|de|sent|enviado|date|fecha|to|para|cc|subject|asunto|envoyé|objet)\*?\s*:", re.IGNORECASE
)
_FROM_LINE = re.compile(r"^\s*\*?(from|de)\*?\s*:", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|rv|tr|reenv[ií]o)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Split:
    """The sender's own new words, their signature, and a forwarded message if the mail is a forward."""

    text: str
    signature: str
    forwarded: str
    forwarded_header: str
    history: str = ""
    """The quoted thread under the new text ("> " marks removed): what was said before, by either side."""


@lru_cache(maxsize=1)
def _reply_parser() -> EmailReplyParser:
    return EmailReplyParser(languages=["en", "es"])


def _is_outlook_header(lines: list[str], i: int) -> bool:
    """An Outlook-style block: 'From:' followed within a few lines by 'Sent:'/'Date:' and 'Subject:'."""
    if not _FROM_LINE.match(lines[i]):
        return False
    window = lines[i + 1 : i + 6]
    return sum(1 for line in window if _HEADER_LINE.match(line)) >= 2


def _history_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, or None when the whole text is new."""
    for i, line in enumerate(lines):
        joined = line if i + 1 >= len(lines) else line + " " + lines[i + 1].strip()
        if _REPLY_INTRO.match(line) or (not line.rstrip().endswith(":") and _REPLY_INTRO.match(joined)):
            return i
        if _UNDERSCORES.match(line) and any(_FROM_LINE.match(x) for x in lines[i + 1 : i + 3]):
            return i
        if _is_outlook_header(lines, i):
            return i
        if line.startswith(">") and all(x.startswith(">") or not x.strip() for x in lines[i:]):
            return i
    return None


def quoted_history(text: str) -> str:
    """The quoted part of a reply, as plain lines: where a person already told us something (their insurer)."""
    lines = text.split("\n")
    cut = _history_start(lines)
    old = lines[cut:] if cut is not None else [line for line in lines if line.lstrip().startswith(">")]
    if cut is not None and _bottom_posted(lines, cut):
        old = [lines[cut], *(line for line in lines[cut + 1 :] if line.lstrip().startswith(">"))]
    return "\n".join(re.sub(r"^(\s*>)+\s?", "", line) for line in old).strip()


def strip_history(text: str) -> str:
    """Remove replies' quoted history and '>' lines; what is left is what the sender typed this time."""
    lines = text.split("\n")
    cut = _history_start(lines)
    if cut is not None:
        lines = _bottom_posted(lines, cut) or lines[:cut]
    return "\n".join(line for line in lines if not line.lstrip().startswith(">")).strip()


def _bottom_posted(lines: list[str], cut: int) -> list[str]:
    """The new words of a reply typed under the quote ("On Wed ... wrote:", the quoted lines, then their answer):
    nothing above the quote, and unquoted lines below it. Empty when the reply is written on top, as most are."""
    if "\n".join(lines[:cut]).strip() or not _REPLY_INTRO.match(lines[cut]):
        return []
    below = lines[cut + 1 :]
    first_new = next((i for i, line in enumerate(below) if line.strip() and not line.lstrip().startswith(">")), None)
    if first_new is None or not any(line.lstrip().startswith(">") for line in below[:first_new]):
        return []
    return [line for line in below[first_new:] if not line.lstrip().startswith(">")]


def _split_forward(text: str, subject: str) -> tuple[str, str, str]:
    """Return (note above the forward, forwarded header block, forwarded body)."""
    lines = text.split("\n")
    start: int | None = None
    for i, line in enumerate(lines):
        if _FORWARD_MARK.match(line):
            is_original = "original message" in line.lower() or "mensaje original" in line.lower()
            if is_original and not _FORWARD_SUBJECT.match(subject):
                continue  # an Outlook reply, not a forward
            start = i
            break
    if start is None and _FORWARD_SUBJECT.match(subject):
        for i, line in enumerate(lines):
            if _is_outlook_header(lines, i) or (
                _UNDERSCORES.match(line) and any(_FROM_LINE.match(x) for x in lines[i + 1 : i + 3])
            ):
                start = i
                break
    if start is None:
        return text, "", ""
    rest = (
        lines[start + 1 :] if _FORWARD_MARK.match(lines[start]) or _UNDERSCORES.match(lines[start]) else lines[start:]
    )
    header: list[str] = []
    body_start = 0
    for j, line in enumerate(rest):
        if _HEADER_LINE.match(line) or (not line.strip() and not header):
            header.append(line)
            body_start = j + 1
            continue
        break
    body = "\n".join(rest[body_start:])
    forwarded = strip_history(body.lstrip(">").strip())
    return "\n".join(lines[:start]).strip(), "\n".join(h for h in header if h.strip()), forwarded


def split_message(text: str, subject: str) -> Split:
    """Separate new text, signature and forwarded content of a plain-text body."""
    note, fwd_header, forwarded = _split_forward(text, subject)
    new = strip_history(note)
    body, signature = new, ""
    if new:
        try:
            parsed = _reply_parser().read(new)
            first = parsed.replies[0] if parsed.replies else None
        except Exception:
            first = None
        if first is not None and first.body.strip():
            body = first.body.strip()
            signature = "\n".join(s for s in (first.signatures, *first.disclaimers) if s).strip()
            body, signature = _reclaim_postscript(*_reclaim_prose(*_reclaim_list(*_reclaim_prose(body, signature))))
    body, extra = _split_trailer(body)
    signature = "\n".join(p for p in (extra, signature) if p)
    return Split(
        text=body, signature=signature, forwarded=forwarded, forwarded_header=fwd_header, history=quoted_history(note)
    )


_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\.?[\s:]", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+\S")


def _reclaim_list(body: str, signature: str) -> tuple[str, str]:
    """A list of questions right after the text ("- Do you take Aetna?") is the person's words, though a dash
    starts a signature to the reply parser: give the list back to the body."""
    lines = signature.split("\n")
    taken = 0
    while taken < len(lines) and (_LIST_ITEM.match(lines[taken]) or (taken and not lines[taken].strip())):
        taken += 1
    while taken and not lines[taken - 1].strip():
        taken -= 1
    if not taken:
        return body, signature
    return body + "\n" + "\n".join(lines[:taken]), "\n".join(lines[taken:]).strip()


_SENTENCE_END = re.compile(r"[a-z0-9)][.?!](?:\s|$)")
_OWN = re.compile(r"\s*(?:i|i'm|i've|i'd|we|we're|we've|we'd|my|our|he|she|they|also|and|just|btw)\b", re.IGNORECASE)


def _reclaim_prose(body: str, signature: str) -> tuple[str, str]:
    """'Muchas gracias, pero ya no voy a necesitar la consulta. Encontré una terapeuta...': the reply parser takes a
    paragraph that opens with a thank-you for a sign-off, but a paragraph of sentences is the person's message."""
    paragraphs = signature.split("\n\n")
    taken = 0
    while taken < len(paragraphs):
        words = paragraphs[taken].split()
        # "I'm looking for help with anxiety and depression. I'm 26." after a list: sentences, not a name and title
        sentences = len(words) >= 6 and len(_SENTENCE_END.findall(paragraphs[taken])) >= 2
        # "We have Aetna through my husband's job." above "Thank you,": one sentence of their own, no title line
        own = len(words) >= 4 and bool(_SENTENCE_END.search(paragraphs[taken])) and bool(_OWN.match(paragraphs[taken]))
        if len(words) < 12 and not sentences and not own:
            break
        if len(_DISCLAIMER.findall(paragraphs[taken])) >= 2 or _CONTACT_LINE.search(paragraphs[taken]):
            break
        taken += 1
    if not taken:
        return body, signature
    return body + "\n\n" + "\n\n".join(paragraphs[:taken]), "\n\n".join(paragraphs[taken:]).strip()


def _reclaim_postscript(body: str, signature: str) -> tuple[str, str]:
    """A 'P.S.' after the sign-off is the sender's own words, not signature: give it back to the body."""
    lines = signature.split("\n")
    for i, line in enumerate(lines):
        if _POSTSCRIPT.match(line):
            return body + "\n" + "\n".join(lines[i:]).strip(), "\n".join(lines[:i]).strip()
    return body, signature


_DISCLAIMER = re.compile(
    r"confidential|privileged|intended\s+(only\s+)?for\s+the\s+(use|addressee|recipient)|received\s+this\s+"
    r"(e-?mail|message|communication)\s+in\s+error|unauthori[sz]ed\s+(use|review|disclosure)|protected\s+health\s+"
    r"information|aviso\s+de\s+confidencialidad|strictly\s+prohibited",
    re.IGNORECASE,
)
_SIGNATURE_LINE = re.compile(r"^[^.?!]{1,60}$")
_CONTACT_LINE = re.compile(r"\d{3}[\s.)-]+\d{3}[\s.-]\d{4}|@|https?://|www\.")


def _looks_like_signature_line(line: str) -> bool:
    """Name, title, company or contact details: short, mostly Capitalised Words, or a phone/e-mail/URL."""
    words = line.split()
    if _CONTACT_LINE.search(line):
        return len(words) <= 8
    if not _SIGNATURE_LINE.match(line.strip()) or len(words) > 6:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.75


def _split_trailer(body: str) -> tuple[str, str]:
    """Move a trailing legal disclaimer and an unsigned signature block (name, title, company) out of the text."""
    paragraphs = body.split("\n\n")
    trailer: list[str] = []
    while len(paragraphs) > 1:
        last = paragraphs[-1].strip()
        lines = [line for line in last.splitlines() if line.strip()]
        is_disclaimer = len(_DISCLAIMER.findall(last)) >= 2 or last.upper().startswith(("CONFIDENTIAL", "NOTICE:"))
        is_signature = bool(lines) and len(lines) <= 4 and all(_looks_like_signature_line(line) for line in lines)
        if not (is_disclaimer or is_signature) or (is_signature and "?" in last):
            break
        trailer.insert(0, last)
        paragraphs.pop()
    return "\n\n".join(paragraphs).strip(), "\n\n".join(trailer).strip()
