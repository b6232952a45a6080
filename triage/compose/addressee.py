"""Whom the message was written to: their own therapist who signs the drafts, or a colleague who must see it.

'Hi Dana,' answered by Dana is a reply from the one they wrote to; 'Hi Sam,' answered by Dana must say Sam will see it.
"""

from __future__ import annotations

import re

from triage.config import Practice


def _given(name: str) -> str:
    """The first word of a name as the config writes it ("Sam Okafor, LMFT": Sam); "" for none."""
    return name.split()[0] if name.split() else ""


def _greets(text: str, name: str, greetings: str) -> str | None:
    """The given name of `name` when the message opens with it ("Hi Sam,", "Sam -"), else None."""
    given = _given(name)
    opening = text.lstrip()[:40]
    if len(given) > 1 and re.match(rf"(?:(?:{greetings})\s+)?{re.escape(given)}\b", opening, re.I):
        return given
    return None


def writes_to_signer(text: str, signature: str) -> bool:
    """'Hi Dana,' when Dana signs the drafts: the reply comes from their own therapist, who has seen the message."""
    if _greets(text, signature, r"hi|hey|hello|dear|hola") is not None:
        return True
    # "could you pass this along to Dana?", "my records from my time with Dana": Dana signs, so she is the one
    # who sees it, and "your therapist" in her own reply would be someone else
    first = _given(signature)
    return len(first) > 1 and bool(
        re.search(_PASS_TO.format(re.escape(first)), text, re.I)
        or re.search(rf"\b(?:my\s+time|my\s+sessions?|my\s+work|working)\s+with\s+{re.escape(first)}\b", text, re.I)
    )


def writes_to_colleague(text: str, practice: Practice) -> str | None:
    """'Hi Sam,' when Dana signs the drafts: the first name of the therapist they wrote to, so the reply says Sam will
    see it (strict readers marked a draft from Dana that ignored it as needing an edit)."""
    signer = _given(practice.signature).lower()
    for therapist in practice.therapists:
        given = _greets(text, therapist.name, r"hi|hey|hello|dear|hola|good\s+(?:morning|afternoon|evening)")
        if given and given.lower() != signer:
            return given
        # "could you please pass this to Sam before Tuesday? / Sam - after our last session ...": a note for Sam
        first = _given(therapist.name)
        if len(first) > 1 and first.lower() != signer and re.search(_PASS_TO.format(re.escape(first)), text, re.I):
            return first
    return None


_PASS_TO = (
    r"\b(?:pass|forward|give|send|show)\s+(?:this|it|this\s+(?:note|message)|the\s+(?:note|message)|a\s+(?:note|message))"
    r"\s+(?:along\s+|on\s+)?to\s+{0}\b|\blet\s+{0}\s+know\b"
)


def passed_on(parts: list[str], colleague: str, lang: str) -> list[str]:
    """The reply to a message written to a colleague names them: where it promises the therapist will see it, by
    name; otherwise a line after the greeting."""
    said = (
        (("your therapist sees", f"{colleague} sees"), ("let your therapist know", f"let {colleague} know"))
        if lang == "en"
        else (("su terapeuta vea", f"{colleague} vea"), ("aviso a su terapeuta", f"aviso a {colleague}"))
    )
    named = list(parts)
    for mine, theirs in said:
        named = [p.replace(mine, theirs) for p in named]
    if named != parts or any(colleague in p for p in parts[1:]):
        return named
    line = f"I'll make sure {colleague} sees it." if lang == "en" else f"Me aseguraré de que {colleague} lo vea."
    at = (
        0 if parts[0].rstrip().endswith((".", "!")) or len(parts) < 2 else 1
    )  # "Hi Gabe," alone: after the first answer
    return [*parts[:at], f"{parts[at]} {line}", *parts[at + 1 :]]
