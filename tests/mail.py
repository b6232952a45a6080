"""Messages for tests: a plain-text message as a mail client sends it, and the fixtures' raw files."""

from __future__ import annotations

import email.utils
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
CRISIS_TEXT = "I don't want to be alive anymore. I have the pills saved up and I think tonight is the night."
INQUIRY_TEXT = "Hi, do you take Aetna? I'd like to start therapy for anxiety. Thanks, {name}"
INQUIRIES = [
    "plain_utf8_lf_aetna.eml",
    "gmail_alt_couples_gottman.eml",
    "iphone_short_this_week.eml",
    "pt_text_humana_grief.eml",
    "iso8859_1_spanish_medical.eml",
    "form_wp_cf7_coparenting.eml",
]
CRISIS = "crisis_indirect_in_scheduling.eml"
NO_REPLY = ["autoreply_rfc3834_988_boilerplate.eml", "newsletter_list_bulk.eml", "bounce_mailer_daemon.eml"]
BROKEN = "binary_junk.eml"


def message(
    sender: str,
    text: str,
    *,
    subject: str = "Therapy question",
    message_id: str | None = None,
    references: str | None = None,
    date: datetime | None = None,
) -> bytes:
    """A plain-text message as a mail client sends it; `sender` is the From header exactly as given."""
    lines = [
        f"From: {sender}",
        "To: hello@calmharbor.example",
        f"Subject: {subject}",
        "Date: " + format_datetime(date or email.utils.localtime()),
        f"Message-ID: {message_id or email.utils.make_msgid(domain='mail.example')}",
    ]
    if references:
        lines.append(f"References: {references}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(lines) + "\r\n\r\n" + text + "\r\n").encode("utf-8")


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
