"""Facts that personalise a reply: the person's first name and address, their insurer, the days they asked for."""

from __future__ import annotations

import re

from triage.core.carriers import find_carrier
from triage.core.model import Extraction, Inquiry

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
# Words that look like names in a signature or display name but are not a person's first name.
_NOT_NAMES = frozenset(
    [
        "psychology",
        "today",
        "thanks",
        "thank",
        "thx",
        "best",
        "regards",
        "cheers",
        "sincerely",
        "warmly",
        "gracias",
        "saludos",
        "atentamente",
        "sent",
        "from",
        "my",
        "iphone",
        "android",
        "office",
        "admin",
        "team",
        "info",
        "hello",
        "hi",
        "hey",
        "dear",
        "the",
        "mr",
        "mrs",
        "ms",
        "dr",
        "doctor",
        "support",
        "billing",
        "front",
        "desk",
        "reception",
        "contact",
        "customer",
        "service",
        "noreply",
        "no-reply",
        "reply",
        "form",
        "forms",
        "wix",
        "squarespace",
        "jotform",
        "wordpress",
        "website",
        "family",
        "familia",
        "clinic",
        "practice",
        "counseling",
        "therapy",
        "health",
        "medical",
        "center",
        "referrals",
        "referral",
        "intake",
        "mailer",
        "daemon",
        "postmaster",
        "notifications",
        "newsletter",
        "marketing",
        "sales",
        "love",
        "xoxo",
        "respectfully",
        "kind",
        "regards",
        "take",
        "care",
        "blessings",
        "appreciate",
        "it",
        "much",
        "sorry",
        "yours",
        "truly",
        "cordialmente",
        "un",
        "abrazo",
        "besos",
        "enviado",
        "desde",
        "mi",
        "god",
        "bless",
        "p.s",
        "ps",
        "ok",
        "okay",
        "yes",
        "no",
        "please",
    ]
)
_SIGNOFF = re.compile(
    r"^\s*(thanks?( you)?( so much)?|thank you( again| so much)?|many thanks|best( regards| wishes)?|regards|"
    r"kind regards|warm(ly| regards)|sincerely|cheers|take care|respectfully|appreciate it|all the best|"
    r"gracias|muchas gracias|saludos( cordiales)?|atentamente|un saludo|un abrazo|cordialmente|bendiciones|"
    r"xo+|love|-+|—)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:my name is|my name's|this is|i am|i'm|me llamo|mi nombre es|soy)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)"
)
_REFERRED = re.compile(
    r"\b(?:refer(?:ring)?|referral for|patient|client|pt)[:\s]+(?:is\s+)?(?:(?:mr|mrs|ms|miss)\.?\s+)?"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)\s+[A-ZÁÉÍÓÚÑ]"
)

_DAYS = (
    ("monday", r"mondays?|mon\b|lunes"),
    ("tuesday", r"tuesdays?|tues?\b|martes"),
    ("wednesday", r"wednesdays?|wed\b|mi[ée]rcoles"),
    ("thursday", r"thursdays?|thu(rs?)?\b|jueves"),
    ("friday", r"fridays?|fri\b|viernes"),
    ("saturday", r"saturdays?|sat\b|s[áa]bados?"),
    ("sunday", r"sundays?|domingos?"),
)
_DAY_RE = tuple((day, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for day, pattern in _DAYS)
_WEEKEND = re.compile(r"\bweekends?\b|\bfines? de semana\b", re.IGNORECASE)
# Words before a day that mean the day is excluded or already taken, not asked for.
_NOT_ASKED = re.compile(
    r"(can't|cannot|can not|couldn't|won't|not|except|no|never|besides|other than|instead of|from|move|moving|"
    r"switch|my|our|this|last|tomorrow'?s?|del|de|excepto|menos|no puedo|mi|nuestra|la cita del|cambiar)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NEGATED_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}(?:doesn't|don't|won't|isn't|is out|are out|no me|not|unavailable|no\s+puedo)\b",
    re.IGNORECASE,
)
_TIMES = (
    ("morning", r"mornings?|\bam\b|before (?:work|9|8|10)|por la ma[ñn]ana|en la ma[ñn]ana"),
    ("afternoon", r"afternoons?|por la tarde|en la tarde"),
    ("evening", r"evenings?|after (?:work|5|6|five|six)|nights?|por la noche|despu[ée]s de las? \d"),
    ("lunch", r"lunch(?:time| hour| break)?"),
)
_TIME_RE = tuple((name, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for name, pattern in _TIMES)
_PARTNER = re.compile(
    r"\b(my|our|mi)\s+(partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse|significant other|"
    r"esposo|esposa|marido|mujer|novio|novia|pareja|prometid[oa])\b|\b(we|as a couple|couples?|nosotros|"
    r"pareja)\b(?=.{0,60}\b(counsel|therap|session|consejer|terapia))",
    re.IGNORECASE,
)


MAX_NAME = 40
"""No first name is longer; a longer "name" is a run-on word or an attack on the store's columns."""


def _clean_name(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip(" ,.;:!\"'()<>")
    if (
        not word
        or len(word) < 2
        or len(word) > MAX_NAME
        or word.lower() in _NOT_NAMES
        or not _NAME_WORD.match(word)
        or not word[0].isupper()
    ):
        return None
    if len(word) > 1 and word.isupper():
        return None  # an acronym or a shouted word, not a name
    return word


def _first_of(full: str | None) -> str | None:
    """First word of a display name, skipping titles; 'Dana & Paul Reiner' gives Dana."""
    if not full or "@" in full:
        return None
    if "," in full and not full.split(",")[1].strip().isupper():
        last, _, first = full.partition(",")  # "Lopez, Maria"
        if first.strip() and len(last.split()) == 1:
            full = first
    words = [w for w in re.split(r"[\s&/|+]+", full) if w]
    for word in words:
        if word.lower().strip(".") in ("mr", "mrs", "ms", "miss", "dr", "prof", "the"):
            continue
        return _clean_name(word)
    return None


def _signature_name(text: str, signature: str) -> str | None:
    """The name under a sign-off ('Thanks,\\nMaya'), or a lone name line at the very end of the text."""
    for block in (signature, text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        for i, line in enumerate(lines):
            if _SIGNOFF.match(line) and i + 1 < len(lines):
                name = _first_of(lines[i + 1].lstrip("-— ").strip())
                if name:
                    return name
            inline = re.match(r"^(?:thanks|thank you|best|cheers|gracias|saludos)[,!]?\s+([A-Z]\w+)\W*$", line, re.I)
            if inline and _clean_name(inline.group(1)):
                return _clean_name(inline.group(1))
        if block is signature and lines and len(lines[0].split()) <= 3 and not _SIGNOFF.match(lines[0]):
            name = _first_of(lines[0].lstrip("-—~ ").strip())  # an unsigned block starts with the name
            if name:
                return name
        if lines:
            last = lines[-1].lstrip("-—~ ").strip()
            if len(last.split()) <= 3 and not last.endswith(("?", ".", ":")):
                name = _first_of(last)
                if name:
                    return name
    return None


def first_name(inquiry: Inquiry) -> str | None:
    """The first name of the person to answer: form field, referral, self-introduction, signature, display name."""
    if inquiry.form is not None and inquiry.form.name:
        return _first_of(inquiry.form.name)
    if inquiry.source == "referral":
        forwarded_from = _forwarded_person(inquiry)
        if forwarded_from[0]:
            return forwarded_from[0]
        found = _REFERRED.search(inquiry.text + "\n" + inquiry.forwarded_text)
        if found and _clean_name(found.group(1)):
            return _clean_name(found.group(1))
        name = _signature_name(inquiry.forwarded_text, "")
        if name:
            return name
        return None
    intro = _INTRO.search(inquiry.text[:400])
    if intro and _clean_name(intro.group(1)):
        return _clean_name(intro.group(1))
    name = _signature_name(inquiry.text, inquiry.signature)
    if name is None and inquiry.sender_name_seen:
        name = _first_of(inquiry.sender_name)
    return name


def _forwarded_person(inquiry: Inquiry) -> tuple[str | None, str | None]:
    """The forwarded mail's own sender, when that is someone outside the forwarder's organisation."""
    sender_domain = (inquiry.sender_email or "@").rsplit("@", 1)[-1]
    for line in inquiry.forwarded_header.splitlines():
        match = re.match(r"^\s*\*?(?:from|de)\*?\s*:\s*(.*)$", line, re.IGNORECASE)
        if not match:
            continue
        value = match.group(1)
        found = _EMAIL.search(value)
        if not found or found.group(0).lower().rsplit("@", 1)[-1] == sender_domain:
            return None, None
        return _first_of(value[: found.start()].strip(' <"')), found.group(0).lower()
    return None, None


def contact_email(inquiry: Inquiry, own_addresses: frozenset[str] = frozenset()) -> str | None:
    """Where a reply should go: the form's person, a referral's client, else the sender."""
    if inquiry.form is not None:
        return inquiry.form.email or inquiry.reply_to
    if inquiry.source == "referral":
        forwarded_from = _forwarded_person(inquiry)[1]
        if forwarded_from and forwarded_from not in own_addresses:
            return forwarded_from
        sender_domain = (inquiry.sender_email or "@").rsplit("@", 1)[-1]
        for candidate in _EMAIL.findall(inquiry.forwarded_text + "\n" + inquiry.text):
            addr = str(candidate).lower().rstrip(".")
            if addr in own_addresses or addr.rsplit("@", 1)[-1] == sender_domain:
                continue
            return addr
        return None
    return inquiry.sender_email or inquiry.reply_to


def requested_days(text: str) -> tuple[str, ...]:
    """Weekdays the person asks for, in week order; days they rule out or are moving away from are left out."""
    found: set[str] = set()
    for day, pattern in _DAY_RE:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            after = text[match.end() : match.end() + 30]
            if _NOT_ASKED.search(before) or _NEGATED_AFTER.match(after):
                continue
            found.add(day)
            break
    for match in _WEEKEND.finditer(text):
        if not _NOT_ASKED.search(text[max(0, match.start() - 40) : match.start()]):
            found.update(("saturday", "sunday"))
            break
    return tuple(day for day, _ in _DAYS if day in found)


def requested_times(text: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in _TIME_RE if pattern.search(text))


def extract(inquiry: Inquiry, own_addresses: frozenset[str] = frozenset()) -> Extraction:
    text = inquiry.text
    if inquiry.source == "referral":
        text = text + "\n" + inquiry.forwarded_text
    carrier_text = text + ("\n" + inquiry.form.insurance if inquiry.form and inquiry.form.insurance else "")
    return Extraction(
        first_name=first_name(inquiry),
        contact_email=contact_email(inquiry, own_addresses),
        carrier=find_carrier(carrier_text),
        days_requested=requested_days(text),
        times_requested=requested_times(text),
        partner_mentioned=bool(_PARTNER.search(text)),
    )
