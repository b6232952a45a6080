"""Notifications from the practice's booking, EHR and payment systems, read by rules: each one a milestone for the
person it names, never a lead.

A rule (`[[events]]` in the config) says who sends it (glob patterns on the sender's address), what its subject
looks like (a regular expression), which milestone it means, and where the person's address, name and the
appointment's date are in it (regular expressions with a named group `email`, `name`, `date`, searched in the
subject and then the body). `preset = "..."` starts from one of PRESETS and any key given overrides it.

The presets are layouts of common systems' notification e-mails as their help pages describe them; a practice's
own notifications may differ (a renamed subject, a localised label), so check one real notification with
`triage classify` before relying on them, and override `subject`, `email` or `date` where they differ.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from triage.core.milestones import Milestone

EVENT_MILESTONES = (
    Milestone.REQUESTED,
    Milestone.BOOKED,
    Milestone.FIRST_SESSION,
    Milestone.PAID,
    Milestone.CANCELLED,
    Milestone.LOST,
)
ANY_EMAIL = r"(?P<email>[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
KEYS = ("name", "preset", "from", "subject", "milestone", "email", "person_name", "date")


@dataclass(frozen=True)
class EventRule:
    name: str
    senders: tuple[str, ...]
    subject: re.Pattern[str]
    milestone: Milestone
    email: re.Pattern[str]
    person_name: re.Pattern[str] | None = None
    date: re.Pattern[str] | None = None

    def sent_by(self, sender: str) -> bool:
        return any(fnmatch.fnmatchcase(sender.lower(), pattern.lower()) for pattern in self.senders)


@dataclass(frozen=True)
class Notice:
    """What one notification says: which rule read it, the milestone, and the person (None: not found)."""

    rule: str
    milestone: Milestone
    email: str | None
    name: str | None
    when: datetime | None


PRESETS: dict[str, dict[str, str]] = {
    "simplepractice-request": {
        "name": "SimplePractice appointment request",
        "from": "*@simplepractice.com",
        "subject": r"appointment request",
        "milestone": "requested",
        "email": r"Email:\s*" + ANY_EMAIL,
        "person_name": r"(?:Client|Name):\s*(?P<name>[^\n]+)",
        "date": r"(?:Requested (?:time|date)|Date):\s*(?P<date>[^\n]+)",
    },
    "simplepractice-cancellation": {
        "name": "SimplePractice cancellation",
        "from": "*@simplepractice.com",
        "subject": r"appointment (?:was )?cancel(?:l)?ed|cancel(?:l)?ed (?:an|their) appointment",
        "milestone": "cancelled",
        "email": r"Email:\s*" + ANY_EMAIL,
        "person_name": r"(?:Client|Name):\s*(?P<name>[^\n]+)",
        "date": r"(?:Appointment|Date):\s*(?P<date>[^\n]+)",
    },
    "calendly-booking": {
        "name": "Calendly booking",
        "from": "*@calendly.com",
        "subject": r"^New Event:",
        "milestone": "booked",
        "email": r"Invitee Email:\s*" + ANY_EMAIL,
        "person_name": r"Invitee:\s*(?P<name>[^\n]+)",
        "date": r"Event Date/Time:\s*(?P<date>[^\n(]+)",
    },
    "calendly-cancellation": {
        "name": "Calendly cancellation",
        "from": "*@calendly.com",
        "subject": r"^Canceled:",
        "milestone": "cancelled",
        "email": r"Invitee Email:\s*" + ANY_EMAIL,
        "person_name": r"Invitee:\s*(?P<name>[^\n]+)",
        "date": r"Event Date/Time:\s*(?P<date>[^\n(]+)",
    },
    "stripe-payment": {
        "name": "Stripe payment",
        "from": "*@stripe.com",
        "subject": r"payment (?:of .+ )?(?:received|succeeded)|you received a payment",
        "milestone": "paid",
        "email": r"(?:Customer|Email|Customer email)\s*:?\s*" + ANY_EMAIL,
    },
}


def rules_from_config(raw: Any) -> tuple[EventRule, ...]:
    """The `[[events]]` tables as rules; ValueError naming `events[i].key` for anything wrong."""
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise ValueError("events must be a list of [[events]] tables")
    return tuple(_rule(table, i) for i, table in enumerate(raw))


def _rule(table: dict[str, Any], i: int) -> EventRule:
    where = f"events[{i}]"
    for key, value in table.items():
        if key not in KEYS:
            raise ValueError(f"unknown key {where}.{key} (known: {', '.join(KEYS)})")
        if key != "from" and not isinstance(value, str):
            raise ValueError(f"{where}.{key} must be a string, not {value!r}")
    values: dict[str, Any] = {}
    if "preset" in table:
        if table["preset"] not in PRESETS:
            raise ValueError(f"{where}.preset {table['preset']!r} is not one of {', '.join(sorted(PRESETS))}")
        values.update(PRESETS[table["preset"]])
    values.update({k: v for k, v in table.items() if k != "preset"})
    for key in ("from", "subject", "milestone"):
        if not values.get(key):
            raise ValueError(f"{where} needs {key} (or a preset)")
    senders = values["from"]
    senders = (senders,) if isinstance(senders, str) else senders
    if not isinstance(senders, list | tuple) or not all(isinstance(s, str) and s for s in senders):
        raise ValueError(f"{where}.from must be an address pattern or a list of them, like '*@calendly.com'")
    if values["milestone"] not in EVENT_MILESTONES:
        known = ", ".join(EVENT_MILESTONES)
        raise ValueError(f"{where}.milestone {values['milestone']!r} is not one of {known}")

    def pattern(key: str, group: str | None) -> re.Pattern[str] | None:
        text = values.get(key)
        if not text:
            return None
        try:
            compiled = re.compile(text, re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise ValueError(f"{where}.{key} is not a regular expression ({exc})") from None
        if group and group not in compiled.groupindex:
            raise ValueError(f"{where}.{key} needs a named group (?P<{group}>...)")
        return compiled

    subject = pattern("subject", None)
    assert subject is not None
    return EventRule(
        name=values.get("name") or values.get("preset") or f"events[{i}]",
        senders=tuple(senders),
        subject=subject,
        milestone=Milestone(values["milestone"]),
        email=pattern("email", "email") or re.compile(ANY_EMAIL),
        person_name=pattern("person_name", "name"),
        date=pattern("date", "date"),
    )


def read_notice(
    rules: tuple[EventRule, ...], sender: str | None, subject: str, body: str, zone: tzinfo
) -> Notice | None:
    """The notice a message is, by the first rule whose sender and subject match; None when it is no notification.
    The person's address is never the system's own (a notification's sender is not the person it names)."""
    if not sender:
        return None
    for rule in rules:
        if not rule.sent_by(sender) or not rule.subject.search(subject):
            continue
        text = f"{subject}\n{body}"
        found = [m.group("email").lower() for m in rule.email.finditer(text)]
        email = next((e for e in found if e != sender.lower()), None)
        name = _group(rule.person_name, text, "name")
        date_text = _group(rule.date, text, "date")
        return Notice(rule.name, rule.milestone, email, name, _when(date_text, zone) if date_text else None)
    return None


def _group(pattern: re.Pattern[str] | None, text: str, group: str) -> str | None:
    if pattern is None:
        return None
    found = pattern.search(text)
    return " ".join(found.group(group).split()) if found and found.group(group) else None


def _when(text: str, zone: tzinfo) -> datetime | None:
    """An appointment's date as notifications write it ("Friday, April 3, 2026 at 10:00 AM", "10:00am - Friday,
    April 3, 2026"), local to the practice unless it names its own offset; None when it is not a date."""
    from dateutil import parser

    cleaned = re.sub(r"\b(at|@)\b|\s-\s", " ", text)
    cleaned = re.sub(r"\((?:[^)]*)\)", " ", cleaned)  # "(Pacific Time - US & Canada)"
    try:
        found: datetime = parser.parse(cleaned, fuzzy=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if found.year == 2000:
        return None  # no year in it: not a date we can trust
    return found.replace(tzinfo=zone) if found.tzinfo is None else found
