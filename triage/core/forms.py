"""Contact-form notifications: find the person inside mail sent by Psychology Today or a website form."""

from __future__ import annotations

import re
from itertools import pairwise

from triage.core import phone as phone_relay
from triage.core.addresses import EMAIL, personal_address
from triage.core.form_labels import field_key
from triage.core.model import FormFields

# Sender domains of services that relay a person's message; the lead is the person, not the service.
FORM_SERVICES: dict[str, str] = {
    "psychologytoday.com": "psychology_today",
    "squarespace.com": "website_form",
    "squarespace.info": "website_form",
    "squarespace-mail.com": "website_form",
    "wix.com": "website_form",
    "wixforms.com": "website_form",
    "wixsite.com": "website_form",
    "jotform.com": "website_form",
    "formspree.io": "website_form",
    "typeform.com": "website_form",
    "typeform.io": "website_form",
    "wufoo.com": "website_form",
    "cognitoforms.com": "website_form",
    "123formbuilder.com": "website_form",
    "hubspot.com": "website_form",
    "weebly.com": "website_form",
    "godaddy.com": "website_form",
    "webflow.com": "website_form",
    "simplepractice.com": "website_form",
    "therapysites.com": "website_form",
    "brighterVision.com".lower(): "website_form",
    "wix-forms.com": "website_form",
    # Therapist directories that relay a visitor's message, like Psychology Today.
    "goodtherapy.org": "directory",
    "zencare.co": "directory",
    "therapyden.com": "directory",
    "therapytribe.com": "directory",
    "openpathcollective.org": "directory",
    "inclusivetherapists.com": "directory",
    "networktherapy.com": "directory",
    "theravive.com": "directory",
}
PHONE = "phone"
"""An answering service's summary or a voicemail transcript: a caller, told to the practice by e-mail."""

# Lines that belong to the service's chrome, never to the person's message.
_FOOTER = re.compile(
    r"^(reply to this email|you can (edit|view) this submission|this (e-?mail|message) was sent|sent from|"
    r"psychology today,|unsubscribe|please do not share|--\s*$|this is a notification|"
    r"powered by|view (this|all) submission|manage your|you received this|jotform inc|"
    r"squarespace|wix\.com|to stop receiving|to respond|tip:|you are receiving|manage (email|your)|"
    r"\(?sent via|submitted (on|from|via)|reply directly|this form was|ip address|referrer|page url|"
    r"respond to [a-z]+ by|hit reply|view (this |all |your )?(submissions?|responses?)|you'?re receiving|"
    r"see all (responses|submissions)|you got a new (submission|response)|here'?s what they said|"
    r"you have a new (submission|response)|typeform,)",
    re.IGNORECASE,
)
_DASHES = re.compile(r"^\s*[-=_*~─━═·•]{8,}\s*$")
_LABEL_COLON = re.compile(r"^\s*(?:[*•·]\s*)?\*?([A-Za-zÁÉÍÓÚáéíóúñ¿][A-Za-zÁÉÍÓÚáéíóúñ?'#/ -]{1,39}?)\*?\s*:\s*(.*)$")
_LABEL_SPACES = re.compile(
    r"^\s*(?:[*•·]\s*)?([A-Za-zÁÉÍÓÚáéíóúñ¿][A-Za-zÁÉÍÓÚáéíóúñ?' -]{1,39}?)(?:\s{2,}|\s*\.{3,}\s*|\s*\|\s*)(\S.*)$"
)


def form_service(sender_email: str | None, sender_name: str | None) -> str | None:
    """Name the kind of form service that sent this, or None for ordinary mail."""
    if sender_email:
        domain = sender_email.rsplit("@", 1)[-1]
        for known, kind in FORM_SERVICES.items():
            if domain == known or domain.endswith("." + known):
                return kind
        local = sender_email.split("@", 1)[0]
        if local in ("wordpress", "wpforms") or "form" in local:
            return "website_form"
    if sender_name and "psychology today" in sender_name.lower():
        return "psychology_today"
    # "rstein.dispatch@gmail.com" is a 911 dispatcher's own mailbox, not an answering service's
    relay_address = "" if personal_address(sender_email) else sender_email or ""
    if _PHONE_RELAY.search(f"{sender_name or ''} {relay_address}"):
        return PHONE
    return None


_PHONE_RELAY = re.compile(
    r"\b(?:voice\s*mail|answering|dispatch|messaging|call\s*cent(?:er|re)|after[-\s]?hours|google\s+voice|voice-noreply"
    r"|ringcentral|dialpad|grasshopper|vonage|ooma|openphone|nextiva|8x8|zoom\s+phone|voice\s+message)\b"
    r"|^\S*\bvoice\b",
    re.IGNORECASE,
)
"""'Nightingale Answering <dispatch@...>', 'RingLine Voice <voicemail@...>': a phone message relayed by e-mail."""


_ASKING = ("tell us", "what", "describe", "anything", "is there", "how can", "please describe", "cuént", "¿", "share")
"""How a form's own long question opens; a notification's headline ("You have a new message from...") does not."""


def parse_fields(body: str) -> dict[str, str]:
    """Read 'Label: value', 'Label   value' (two columns) and 'Label' / 'value' (stacked) layouts."""
    fields: dict[str, str] = {}
    current: str | None = None
    buffer: list[str] = []

    def flush() -> None:
        if current and buffer:
            value = "\n".join(buffer).strip().strip("-").strip()
            if value and current not in fields:
                fields[current] = value
            elif value and current in ("message", "days"):
                fields[current] += "\n" + value  # several questions a person answered in their own words

    for line in body.splitlines():
        stripped = line.strip()
        key: str | None = None
        value = ""
        match = _LABEL_COLON.match(line) or _LABEL_SPACES.match(line)
        if match and field_key(match.group(1)):
            key, value = field_key(match.group(1)), match.group(2)
        elif stripped and len(stripped) < 40 and not stripped.endswith((".", "!")) and field_key(stripped.rstrip(":")):
            key = field_key(stripped.rstrip(":"))
        elif (
            current is None
            and 40 <= len(stripped) < 90
            and (stripped.endswith("?") or stripped.lower().startswith(_ASKING))
            and field_key(stripped.rstrip(":")) == "message"
        ):
            key = "message"  # a long stacked question ("Tell us a little about what you're looking for")
        elif stripped.startswith(("* ", "• ")) and stripped.endswith("?") and len(stripped) < 90:
            label = stripped.lstrip("*• ")
            key = field_key(label) or "other:" + label.lower()  # a question-style form's own question
        elif match and current not in (None, "message"):
            key = "other:" + match.group(1).strip().lower()  # an unknown field ends the one before it
            value = match.group(2)
        if key:
            flush()
            current, buffer = key, ([value] if value.strip() else [])
            continue
        if _FOOTER.match(stripped) or _DASHES.match(stripped):
            flush()
            current, buffer = None, []
            continue
        if current is not None:
            if current != "message" and buffer and not stripped:
                flush()
                current, buffer = None, []
                continue
            buffer.append(line)
    flush()
    return fields


def _between_dashes(body: str) -> str:
    """Psychology Today puts the person's message between two dashed rules."""
    lines = body.splitlines()
    marks = [i for i, line in enumerate(lines) if _DASHES.match(line)]
    for start, end in pairwise(marks):
        block = [line for line in lines[start + 1 : end] if line.strip()]
        fields_only = all(_LABEL_COLON.match(line) and len(line) < 80 for line in block)
        if block and not fields_only:  # some layouts rule off the sender's details first, then the message
            return "\n".join(lines[start + 1 : end]).strip()
    return ""


_CHROME = re.compile(
    r"^(psychology\s+today|contact\s+request|new\s+(client|contact|message|form|submission|enquiry|inquiry)|"
    r"\w+\s+sent\s+you\s+a\s+message|you\s+(have|got)\s+a\s+new|this\s+message\s+was\s+sent|to\s+respond|"
    r"reply\s+to\s+this|do\s+not\s+include)",
    re.IGNORECASE,
)


# The service speaking about the message, wherever in its line: never the person's own words.
_SERVICE_VOICE = re.compile(
    r"\bsent\s+you\s+(this|a|the\s+following)\s+(message|request|note)\b|\breached\s+out\s+(to\s+you\s+)?(through|via|on)\s+"
    r"your\b|\bhit\s+reply\b|\banswer\s+\w+\s+directly\b|\byour\s+response\s+(is|will\s+be)\s+sent\b|"
    r"\breceived\s+a\s+(?:new\s+)?message\s+(?:through|via|from)\s+your\b|\bview\s+(?:the|this|your)\s+submission\b|"
    r"\bkeep\s+clinical\s+details\b|\bnotification\s+settings\b|^--\s*sender\s+details|\bnew\s+contact\s+request\b",
    re.IGNORECASE,
)


def _loose_paragraphs(body: str) -> str:
    """The person's words when a notification does not label them: the paragraphs that are neither fields
    ("Email: ...") nor the service's own lines ("Contact request from your profile", "To respond, reply...")."""
    kept: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if not lines or _DASHES.match(lines[0]) or lines[0] == "--":
            continue
        if any(_LABEL_COLON.match(line) and field_key(_LABEL_COLON.match(line).group(1)) for line in lines):  # type: ignore[union-attr]
            continue
        if (
            _CHROME.match(lines[0])
            or _FOOTER.match(lines[0])
            or _SERVICE_VOICE.search(lines[0])
            or len(" ".join(lines).split()) < 5
        ):
            continue
        kept.append("\n".join(lines))
    return "\n\n".join(kept)


_CHROME_WORDS = re.compile(
    r"\b(?:respond|response|reply|replies|notifications?|submissions?|unsubscribe|monitored|badge|inbox|record|"
    r"profile|add-on|ltd|inc|llc|responder|responda|notificaci[óo]n)\b",
    re.IGNORECASE,
)


def _without_trailing_chrome(message: str) -> str:
    """A message field runs to the end of the notification: drop the service's closing paragraphs ("Do not reply
    to this address", "View the submission in your Inbox", "Zencare Group Inc.") after the person's words."""
    paragraphs = [p for p in re.split(r"\n\s*\n", message.strip()) if p.strip()]
    while len(paragraphs) > 1:
        last = paragraphs[-1].strip()
        lines = last.splitlines()
        chrome = (
            _FOOTER.match(last)
            or _SERVICE_VOICE.search(last)
            or (len(lines) <= 3 and _CHROME_WORDS.search(last))
            or len(last.split()) <= 3
        )
        if not chrome:
            break
        paragraphs.pop()
    if paragraphs:
        # The last paragraph may end with the service's line glued on ("...talk therapy?\nGoodTherapy.org").
        lines = paragraphs[-1].splitlines()
        while len(lines) > 1 and (_FOOTER.match(lines[-1].strip()) or _SERVICE_VOICE.search(lines[-1])):
            lines.pop()
        paragraphs[-1] = "\n".join(lines)
    return "\n\n".join(paragraphs)


_DIRECTORY_WORDS = re.compile(r"director|finder|match|connect|listing|referral\s+network", re.IGNORECASE)


_ADDRESS_LABEL = re.compile(r"(?:e-?mail|contact|correo|reply\s+to)[^\n@]{0,30}(?:[:|]|\.{2,}|\n)", re.IGNORECASE)


_LETTER = re.compile(
    r"\bdear\s+(?:provider|clinician|colleague|doctor|dr\b)|\b(?:is|are|am)\s+referring\s+(?:the\s+following|this|a|an|our)\b"
    r"|\bsessions\s+authori[sz]ed\b|\bauthori[sz]ation\s*(?:#|no\.?|number)",
    re.IGNORECASE,
)
"""A colleague's or an EAP's letter laid out in fields (Member: / Email: / Presenting concern:) is still their letter:
the member is who it is about, not who writes."""


def unknown_relay(body: str, sender_name: str | None, sender_email: str | None, subject: str) -> str | None:
    """A service we have never heard of that relays a person: its body names someone else by Name and Email fields,
    beside what they wrote or chose (a message, their insurance, their times). A person's own signature with an
    e-mail line does not: it has no name field and its address is the sender's."""
    if "@" not in body or not _ADDRESS_LABEL.search(body):
        return None  # most mail has no address field at all: no need to read it as a form
    if _LETTER.search(body):
        return None  # "Dear Provider, Brightpath EAP is referring the following member": a colleague's letter
    fields = parse_fields(body)
    found = EMAIL.search(fields.get("email", ""))
    if not found or found.group(0).lower() == (sender_email or "").lower():
        return None
    if not ({"name", "first", "from"} & fields.keys()) or not (
        {"message", "insurance", "phone", "days"} & fields.keys()
    ):
        return None
    return "directory" if _DIRECTORY_WORDS.search(f"{sender_name or ''} {subject}") else "website_form"


def parse_form(service: str, body: str, reply_to: str | None) -> FormFields | None:
    """Extract the person's details; None when the body does not look like a form notification."""
    fields = parse_fields(body)
    name = fields.get("name")
    email: str | None = None
    if "from" in fields:
        found = EMAIL.search(fields["from"])
        if found:
            email = found.group(0).lower()
            name = name or fields["from"][: found.start()].strip(" <\"'") or None
        elif not name:
            name = fields["from"]
    if not name and ("first" in fields or "last" in fields):
        name = " ".join(v for v in (fields.get("first"), fields.get("last")) if v) or None
    if "email" in fields:
        found = EMAIL.search(fields["email"])
        email = found.group(0).lower() if found else email
    if email is None and service == "psychology_today" and reply_to:
        email = reply_to
    message = fields.get("message", "")
    if service == "psychology_today":
        message = _between_dashes(body) or message
    if service == PHONE:
        if name and name.isupper():
            name = None  # caller ID ("WIRELESS CALLER"), not a name anyone gave
        message = phone_relay.transcript(body) or message
    if not message:
        message = _loose_paragraphs(body)
    message = _without_trailing_chrome(message)
    phone = fields.get("phone")
    caller_id = fields.get("from", "")
    if service == PHONE and len(re.sub(r"\D", "", caller_id)) >= 10 and not EMAIL.search(caller_id):
        # "From: (503) 555-0107 (WIRELESS CALLER)": the number that called, not a name
        phone = phone or re.sub(r"\s*\([^)]*[A-Za-z][^)]*\)", "", caller_id).strip()
        name = None if name == caller_id else name
    if service == PHONE:  # what the caller said aloud: an address to write to, a number to call back
        email = email or phone_relay.spoken_email(message)
        phone = phone or phone_relay.spoken_number(message)
    if not re.search(r"\b(?:wrote|escribi[óo])\s*:", message):
        message = re.sub(r"(?m)^[ \t]*>[ \t]?", "", message)  # the service quotes the person: their words, not history
    if not message and not (name or email):
        return None
    if phone and not any(ch.isdigit() for ch in phone):
        phone = None
    if fields.get("days"):
        message = (message + "\nPreferred days: " + fields["days"]).strip()
    if re.fullmatch(r"\d{1,2}", fields.get("age", "").strip()):
        message = (message + "\nClient age: " + fields["age"].strip()).strip()  # a child's age asks whether we see them
    for key, value in fields.items():
        if key.startswith("other:") and key.rstrip().endswith("?"):
            # A question the form asked that triage has no field for ("In person or online?"): the answer is the
            # person's own words, so the reader sees it with its question.
            message = (message + f"\n{key[6:].strip().rstrip('?').capitalize()}: {value}").strip()
    insurance = fields.get("insurance")
    if insurance and insurance.strip().lower() in ("", "none", "n/a", "na", "no", "self-pay", "self pay", "-"):
        insurance = None
    return FormFields(
        service=service,
        name=" ".join(name.split()) if name else None,
        email=email,
        phone=phone,
        insurance=insurance,
        message=message.strip(),
    )
