"""Notifications from booking, EHR and payment systems ([[events]] rules): each one a milestone for the person it
names, never a lead and never answered; one about an address nobody knows creates nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.mail import message
from tests.test_pipeline import CLINICIAN, Practice
from triage.adapters.memory_store import MemoryStore
from triage.config import ConfigError, load_config
from triage.configfile import write_config
from triage.core.classify import Classifier
from triage.core.events import read_notice, rules_from_config
from triage.core.kinds import Stage
from triage.core.milestones import Milestone
from triage.runner import build_poller

LA = ZoneInfo("America/Los_Angeles")
RULES = [
    {"preset": "calendly-booking"},
    {"preset": "calendly-cancellation"},
    {"preset": "stripe-payment"},
    {"preset": "simplepractice-request"},
]


def notification(sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "hello@calmharbor.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="notify.example")
    msg.set_content(body)
    return msg.as_bytes()


CALENDLY_NEW = notification(
    "Calendly <notifications@calendly.com>",
    "New Event: Maya Lopez - 10:00am Fri, Apr 3, 2026 - Free 15-minute consultation",
    """Hi Dana Reyes,

A new event has been scheduled.

Event Type:
Free 15-minute consultation

Invitee:
Maya Lopez

Invitee Email:
maya@example.com

Event Date/Time:
10:00am - Friday, April 3, 2026 (Pacific Time - US & Canada)

Location:
This is a Google Meet web conference.

Questions:
What would you like to talk about?
Anxiety, and I'd like to know if you take Aetna.

View event in Calendly
""",
)
CALENDLY_CANCELLED = notification(
    "Calendly <notifications@calendly.com>",
    "Canceled: Maya Lopez - 10:00am Fri, Apr 3, 2026 - Free 15-minute consultation",
    """Hi Dana Reyes,

The event below has been canceled.

Event Type:
Free 15-minute consultation

Invitee:
Maya Lopez

Invitee Email:
maya@example.com

Event Date/Time:
10:00am - Friday, April 3, 2026 (Pacific Time - US & Canada)

Cancellation reason:
Something came up at work, I'll rebook.
""",
)
STRIPE_PAID = notification(
    "Stripe <notifications@stripe.com>",
    "Payment of $150.00 received from maya@example.com",
    """You received a payment of $150.00 USD.

Amount paid: $150.00
Date paid: April 3, 2026
Customer: maya@example.com
Description: Intake session
Payment method: Visa ending in 4242
""",
)


def test_a_calendly_booking_is_read_with_the_appointments_date() -> None:
    rules = rules_from_config(RULES)
    subject = "New Event: Maya Lopez - 10:00am Fri, Apr 3, 2026 - Free 15-minute consultation"
    body = CALENDLY_NEW.decode().split("\n\n", 1)[1]
    notice = read_notice(rules, "notifications@calendly.com", subject, body, LA)
    assert notice is not None and notice.milestone == Milestone.BOOKED
    assert (notice.email, notice.name) == ("maya@example.com", "Maya Lopez")
    assert notice.when == datetime(2026, 4, 3, 10, tzinfo=LA)
    assert read_notice(rules, "maya@example.com", subject, body, LA) is None, "only the system's own address"


def test_the_persons_address_is_never_the_systems_own() -> None:
    rules = rules_from_config([{"preset": "stripe-payment", "email": r"(?P<email>\S+@\S+\.\w+)"}])
    notice = read_notice(
        rules, "notifications@stripe.com", "You received a payment", "From notifications@stripe.com", LA
    )
    assert notice is not None and notice.email is None


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"preset": "acuity"}, "events[0].preset 'acuity' is not one of"),
        ({"from": "*@x.com", "subject": "Booked", "milestone": "booked", "email": "Email: (\\S+)"}, "named group"),
        ({"from": "*@x.com", "subject": "Booked", "milestone": "invoiced"}, "milestone 'invoiced' is not one of"),
        ({"from": "*@x.com", "subject": "(", "milestone": "paid"}, "events[0].subject is not a regular expression"),
        ({"preset": "stripe-payment", "sender": "x"}, "unknown key events[0].sender"),
    ],
)
def test_a_wrong_rule_is_one_line_naming_the_key(tmp_path: Path, rule: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match="events") as err:
        write_config(
            tmp_path / "triage.toml",
            store={"url": "sqlite:///x.db"},
            mailboxes=[{"name": "main", "host": "imap.example", "username": "u"}],
            events=[rule],
        )
    assert message in str(err.value) and "\n" not in str(err.value)


# -- in the poll ------------------------------------------------------------------------------------------------


@pytest.fixture
def desk(classifier: Classifier, tmp_path: Path) -> Practice:
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": "sqlite:///unused.db"},
        mailboxes=[{"name": "main", "host": "imap.example", "username": "hello@calmharbor.example"}],
        safety={"alert_to": [CLINICIAN]},
        events=RULES,
    )
    assert load_config(str(tmp_path / "triage.toml")).events
    poller = build_poller(config, classifier, store=MemoryStore(), workers=0)
    practice = Practice(poller)
    poller.send = lambda to, raw: practice.outbox.append((tuple(to), raw))
    return practice


def test_a_notification_is_a_milestone_for_the_person_it_names_never_a_lead(desk: Practice) -> None:
    desk.put(message("Maya Lopez <maya@example.com>", "Hi, do you take Aetna? I'd like to start therapy. Maya"))
    assert desk.poll().leads == 1
    before = len(desk.drafts())
    desk.put(CALENDLY_NEW)
    report = desk.poll()
    assert report.leads == 0 and len(desk.drafts()) == before, "no lead, no draft for a notification"
    maya = desk.store.contact("maya@example.com")
    assert maya is not None and maya.stage == Stage.BOOKED
    assert maya.appointment_at == datetime(2026, 4, 3, 10, tzinfo=LA)
    assert desk.store.contact("notifications@calendly.com") is None
    desk.put(CALENDLY_CANCELLED, STRIPE_PAID)
    desk.poll()
    maya = desk.store.contact("maya@example.com")
    assert maya is not None and maya.stage == Stage.CANCELLED and maya.paid_at is not None
    assert "notification: booked" in " ".join(r or "" for r in desk.states().get("skipped", []))


def test_a_notification_for_an_unknown_address_creates_no_lead(desk: Practice) -> None:
    desk.put(CALENDLY_NEW.replace(b"maya@example.com", b"stranger@example.com"))
    report = desk.poll()
    assert report.leads == 0 and desk.drafts() == []
    assert desk.store.contacts() == []
    assert any("not a contact" in (r or "") for r in desk.states()["skipped"])
