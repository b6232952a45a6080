"""Odd mail never blocks a mailbox and never redirects a reply: internationalised and overlong addresses,
spoofed display names, addresses found only in a body, and a message that breaks a step on its own."""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from tests.mail import CRISIS_TEXT, INQUIRY_TEXT, message
from tests.servers import Account, SmtpSink
from tests.stores import postgres_url
from tests.test_poll_imap import connect, folder, make_config
from triage.core.model import Inquiry
from triage.core.parse import parse


def put(account: Account, raws: list[bytes]) -> None:
    with connect(account) as client:
        for raw in raws:
            client.append("INBOX", raw)


def to_header(draft: Message) -> str:
    """The To header as text, read with the modern parser, which understands raw UTF-8 headers (RFC 6532)."""
    return str(email.message_from_bytes(draft.as_bytes(), policy=email.policy.default)["To"])


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'triage.db'}"
    else:
        urls = postgres_url()
        yield next(urls)
        next(urls, None)


def test_internationalised_addresses_are_answered_and_never_hold_a_crisis(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any, store_url: str
) -> None:
    put(
        imap_account,
        [
            message("Zoë Martin <zoë@example.com>", INQUIRY_TEXT.format(name="Zoë")),
            message("José Ruiz <jose@exämple.com>", INQUIRY_TEXT.format(name="José")),
            message("Sam Doe <sam@example.org>", CRISIS_TEXT),
            message("Maya Lee <maya@example.org>", INQUIRY_TEXT.format(name="Maya")),
        ],
    )
    config = make_config(imap_account, tmp_path, smtp=smtp_sink, store_url=store_url)
    report = poll(config)
    assert report.quarantined == {}, report.quarantined
    assert report.crises == 1 and report.alerts == 1
    drafts = {to_header(m): m for _, m in folder(imap_account, "Drafts")}
    assert len(drafts) == 4  # three inquiries and the crisis reply
    assert any("zoë@example.com" in to for to in drafts), "a non-ASCII local part is written as UTF-8 (RFC 6532)"
    assert any("jose@xn--exmple-cua.com" in to for to in drafts), "a non-ASCII domain becomes IDNA"
    assert [m for flags, m in folder(imap_account, "INBOX") if b"\\Flagged" in flags]
    again = poll(config)
    assert again.fetched == 0 and len(folder(imap_account, "Drafts")) == 4


def test_overlong_addresses_ids_and_names_never_block_the_store(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any, store_url: str
) -> None:
    long_local = "a" * 330
    put(
        imap_account,
        [
            message(f"Long <{long_local}@example.com>", INQUIRY_TEXT.format(name="Lo")),
            message("Ida <ida@example.com>", INQUIRY_TEXT.format(name="Ida"), message_id=f"<{'x' * 1200}@example.com>"),
            message("Ben <ben@example.com>", INQUIRY_TEXT.format(name="Ben"), references=f"<{'r' * 1200}@example.com>"),
            message("Cy <cy@example.com>", INQUIRY_TEXT.format(name="C" + "y" * 150)),
            message("Sam Doe <sam@example.org>", CRISIS_TEXT),
        ],
    )
    report = poll(make_config(imap_account, tmp_path, smtp=smtp_sink, store_url=store_url))
    assert report.quarantined == {} and report.crises == 1 and report.alerts == 1
    drafts = [to_header(m) for _, m in folder(imap_account, "Drafts")]
    assert len(drafts) == 4, "no address to answer for the 330-character one; everyone else is drafted"
    assert not any(long_local in to for to in drafts)


def test_a_display_name_never_becomes_the_address() -> None:
    raw = message(
        "=?utf-8?q?Ann_=3Cvictim@third-party.example=3E?= <attacker@evil.example>",
        "Hi, do you have openings on Tuesdays?",
    )
    inquiry = parse(raw)
    assert isinstance(inquiry, Inquiry)
    assert inquiry.sender_email == "attacker@evil.example"
    assert inquiry.sender_name is not None and "@" not in inquiry.sender_name


def test_send_mode_answers_the_sender_not_the_address_hidden_in_the_name(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any
) -> None:
    spoof = "=?utf-8?q?Ann_=3Cvictim@third-party.example=3E?= <{}@evil.example>"
    put(
        imap_account,
        [message(spoof.format("asker"), INQUIRY_TEXT.format(name="Ann")), message(spoof.format("crisis"), CRISIS_TEXT)],
    )
    poll(make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send"))
    recipients = [r for m in smtp_sink.messages for r in m.recipients]
    assert "victim@third-party.example" not in recipients
    assert "asker@evil.example" in recipients
    (alert,) = [m for m in smtp_sink.messages if "clinician@calmharbor.example" in m.recipients]
    assert b"victim@" not in alert.raw and b"crisis@evil.example" in alert.raw


def test_send_mode_never_writes_to_an_address_found_only_in_the_body(
    imap_account: Account, tmp_path: Path, smtp_sink: SmtpSink, poll: Any
) -> None:
    referral = (
        "Hi, I'd like to refer a patient to you, she asked me to pass this on.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Jane Roe <jane.roe@somewhere.example>\n"
        "Subject: therapist\n\n"
        "Do you take Aetna? I'm looking for help with anxiety.\n\nJane"
    )
    put(imap_account, [message("Dr. Stone <stone@clinic.example>", referral, subject="Fwd: therapist")])
    report = poll(make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send"))
    assert report.sent == 0 and smtp_sink.messages == []
    (draft,) = [m for _, m in folder(imap_account, "Drafts")]
    assert "jane.roe@somewhere.example" in to_header(draft), "drafted for staff to check, never sent by itself"


@pytest.mark.parametrize("smtputf8", [True, False])
def test_a_utf8_address_is_sent_where_the_server_allows_it_else_drafted(
    imap_account: Account, tmp_path: Path, poll: Any, smtputf8: bool
) -> None:
    put(imap_account, [message("Zoë Martin <zoë@example.com>", INQUIRY_TEXT.format(name="Zoë"))])
    with SmtpSink(smtputf8=smtputf8) as sink:
        report = poll(make_config(imap_account, tmp_path, smtp=sink, mode="send"))
        recipients = [r for m in sink.messages for r in m.recipients]
    if smtputf8:
        assert report.sent == 1 and recipients == ["zoë@example.com"]
    else:
        assert report.sent == 0 and report.drafts == 1 and recipients == []
        assert len(folder(imap_account, "Drafts")) == 1


def test_control_characters_and_a_non_ascii_message_id_never_reach_the_reply() -> None:
    from datetime import UTC, datetime

    from triage.compose import reply_subject
    from triage.core.draft import build_reply

    raw = message("Maya <maya@example.com>", INQUIRY_TEXT.format(name="Maya"), message_id="<zoë.1@example.com>")
    raw = raw.replace(b"Subject: Therapy question", b"Subject: Therapy\x00 question\x07")
    inquiry = parse(raw)
    assert isinstance(inquiry, Inquiry) and inquiry.message_id is None, "a Message-ID must be ASCII to be repeated"
    subject = reply_subject(inquiry.subject, "Calm Harbor Therapy", "en")
    assert subject == "Re: Therapy question"
    draft = build_reply(
        inquiry,
        subject=subject,
        body="Hi Maya",
        to="maya@example.com",
        to_name="Maya",
        practice_name="Calm Harbor Therapy",
        practice_address="hello@calmharbor.example",
        source="s",
        now=datetime.now(UTC),
    )
    headers = draft.split(b"\r\n\r\n", 1)[0]
    assert b"=?" not in headers.split(b"In-Reply-To")[-1][:80] and b"\x00" not in headers and b"\x07" not in headers
