"""Which of the person's details a form notification's label names: "Your e-mail", "Nombre", "Callback #"...

Its own module because the label tables are vocabulary, not layout, and most of the length: a new label is added
here without wading through how triage.core.forms walks a notification's lines.
"""

from __future__ import annotations

_FIELD_NAMES: dict[str, str] = {
    "name": "name",
    "full name": "name",
    "your name": "name",
    "client name": "name",
    "nombre": "name",
    "nombre completo": "name",
    "from": "from",
    "first name": "first",
    "nombre de pila": "first",
    "last name": "last",
    "apellido": "last",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "client email": "email",
    "client e-mail": "email",
    "your email": "email",
    "your e-mail": "email",
    "sender email": "email",
    "sender e-mail": "email",
    "reply to": "email",
    "reply-to": "email",
    "sender name": "name",
    "member": "name",
    "member name": "name",
    "contact email": "email",
    "contact": "email",
    "referring provider": "name",
    "referring clinician": "name",
    "provider email": "email",
    "provider e-mail": "email",  # "Contact: tobias@example.com  /  (503) 555-0148": the address is found inside
    "contact e-mail": "email",
    "sent by": "name",
    "client": "name",
    "correo": "email",
    "correo electrónico": "email",
    "phone": "phone",
    "phone number": "phone",
    "telephone": "phone",
    "your phone": "phone",
    "teléfono": "phone",
    "insurance": "insurance",
    "insurance provider": "insurance",
    "insurance carrier": "insurance",
    "insurance company": "insurance",
    "insurance plan": "insurance",
    "seguro": "insurance",
    "seguro médico": "insurance",
    "message": "message",
    "your message": "message",
    "message body": "message",
    "comments": "message",
    "comment": "message",
    "how can we help": "message",
    "how can we help?": "message",
    "how can i help you?": "message",
    "what brings you to therapy": "message",
    "what brings you to therapy?": "message",
    "reason for inquiry": "message",
    "mensaje": "message",
    "tu mensaje": "message",
    "comentarios": "message",
    "subject": "subject",
    # Answering-service summaries: the operator's fields; "Caller:" alone is caller ID ("FERREIRA L"), not a name.
    "caller name": "name",
    "caller": "name",  # caller ID ("WIRELESS CALLER", "FERREIRA L") is in capitals, which is never taken as a name
    "caller's name": "name",
    "callback": "phone",
    "callback #": "phone",
    "callback number": "phone",
    "call back number": "phone",
    "operator": "chrome",
    "message for": "chrome",
    "play message": "chrome",
    "taken by": "chrome",
    "date/time": "chrome",
    "urgent": "chrome",
    "marked urgent": "chrome",
    "time of call": "chrome",
}

_MESSAGE_WORDS = (
    "message",
    "reason",
    "brings you",
    "help you",
    "can we help",
    "comment",
    "question",
    "concern",
    "describe",
    "tell us",
    "mensaje",
    "motivo",
    "anything else",
    "like us to know",
    "anything you",
    "note from",
    "note to you",
    "their note",
    "looking for",
    "client note",
    "seeking help",
)
_DAYS_WORDS = (
    "preferred day",
    "preferred time",
    "availability",
    "best day",
    "best time",
    "days",
    "horario",
    "hoping to start",
    "when would you",
    "when are you",
    "when can you",
)


def field_key(label: str) -> str | None:
    """Map a form label to a field; unknown labels that still look like a question map by their words."""
    clean = " ".join(label.lower().strip(" *?:").split())
    known = _FIELD_NAMES.get(clean) or _FIELD_NAMES.get(clean + "?")
    if known:
        return known
    if any(word in clean for word in _DAYS_WORDS):
        return "days"
    if clean in ("age", "client age", "client's age", "age of client", "child's age", "patient age", "edad"):
        return "age"
    if clean.endswith("message for"):
        return "chrome"  # "ANCHOR ANSWERING SERVICE - MESSAGE FOR: Calm Harbor Therapy"
    if any(word in clean for word in _MESSAGE_WORDS):
        return "message"
    if "insurance" in clean or "seguro" in clean:
        return "insurance"
    if clean.endswith("?") or label.strip().endswith("?") or clean.startswith(("what", "and your", "your ")):
        # Question-style forms (Typeform): "What's your name?" / "And your email?"
        if "email" in clean or "correo" in clean:
            return "email"
        if "phone" in clean or "number" in clean or "teléfono" in clean:
            return "phone"
        if "last name" in clean:
            return "last"
        if "first name" in clean:
            return "first"
        if "name" in clean or "nombre" in clean:
            return "name"
        if any(word in clean for word in ("work on", "hoping", "questions for us", "looking for", "bring")):
            return "message"
    return None
