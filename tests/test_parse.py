"""Parsing promises: any real message becomes an Inquiry with the person's own new words, or a quarantine."""

from __future__ import annotations

import pytest

from tests.conftest import expected_rows, raw
from triage.core.extract import contact_email
from triage.core.model import Inquiry, Quarantine
from triage.core.names import first_name
from triage.core.parse import parse

ROWS = expected_rows()
READABLE = [r for r in ROWS if not r["quarantine"]]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: str(r["file"]))
def test_every_fixture_is_understood_or_quarantined_never_raised(row: dict[str, object]) -> None:
    result = parse(raw(str(row["file"])))
    if row["quarantine"]:
        assert isinstance(result, Quarantine)
        assert result.reason
    else:
        assert isinstance(result, Inquiry)
        assert result.text.strip() or result.forwarded_text.strip()


@pytest.mark.parametrize("row", READABLE, ids=lambda r: str(r["file"]))
def test_loop_guard_facts_decide_never_reply(row: dict[str, object]) -> None:
    inquiry = parse(raw(str(row["file"])))
    assert isinstance(inquiry, Inquiry)
    assert inquiry.loop.never_reply is row["never_reply"], inquiry.loop.reasons


@pytest.mark.parametrize("row", READABLE, ids=lambda r: str(r["file"]))
def test_source_and_language_are_recognised(row: dict[str, object]) -> None:
    inquiry = parse(raw(str(row["file"])))
    assert isinstance(inquiry, Inquiry)
    assert inquiry.language == row["language"]
    if "not_inquiry" not in row["labels"]:  # type: ignore[operator]
        assert inquiry.source == row["source"]


def test_quoted_history_is_not_part_of_the_new_text() -> None:
    inquiry = parse(raw("reply_gmail_quoted_history.eml"))
    assert isinstance(inquiry, Inquiry)
    assert "wrote:" not in inquiry.text
    assert not any(line.startswith(">") for line in inquiry.text.splitlines())


def test_a_reply_typed_under_the_quote_keeps_its_new_words() -> None:
    from triage.core.quotes import quoted_history, strip_history

    body = (
        "On Wed, Jan 6, 2027, 10:15 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Hi Yusuf, we have openings most weekdays.\n>\n>> Do you take Aetna?\n\n"
        "Great, thanks. Does Tuesday at 6pm work?\n\nYusuf\n"
    )
    assert strip_history(body).startswith("Great, thanks. Does Tuesday at 6pm work?")
    assert "Tuesday" not in quoted_history(body) and "openings most weekdays" in quoted_history(body)


def test_outlook_reply_separator_cuts_the_history() -> None:
    inquiry = parse(raw("reply_outlook_underscore_telehealth.eml"))
    assert isinstance(inquiry, Inquiry)
    assert "Sent:" not in inquiry.text and "____" not in inquiry.text


def test_forwarded_referral_keeps_the_forwarded_body() -> None:
    inquiry = parse(raw("fwd_gmail_doctor_referral_kaiser.eml"))
    assert isinstance(inquiry, Inquiry)
    assert inquiry.source == "referral"
    assert inquiry.forwarded_text.strip()


def test_html_only_message_reads_as_text() -> None:
    inquiry = parse(raw("html_only_entities_emdr_hsa.eml"))
    assert isinstance(inquiry, Inquiry)
    assert "<" not in inquiry.text and "&nbsp;" not in inquiry.text and "EMDR" in inquiry.text


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("iso8859_1_spanish_medical.eml", "sábado"),
        ("win1252_curly_quotes_cancel.eml", "—"),
        ("mislabeled_usascii_is_utf8.eml", "Renée"),
        ("unknown_charset_adhd.eml", "ADHD"),
    ],
)
def test_legacy_and_mislabelled_charsets_decode_to_the_right_characters(name: str, word: str) -> None:
    inquiry = parse(raw(name))
    assert isinstance(inquiry, Inquiry)
    assert word.lower() in (inquiry.text + inquiry.signature).lower()
    assert "\ufffd" not in inquiry.text


def test_rfc2047_and_raw_8bit_headers_decode() -> None:
    encoded = parse(raw("rfc2047_utf8_q_from_spanish_name.eml"))
    raw8 = parse(raw("headers_raw_8bit_utf8.eml"))
    assert isinstance(encoded, Inquiry) and isinstance(raw8, Inquiry)
    assert encoded.sender_name and "Ibáñez" in encoded.sender_name
    assert raw8.sender_name == "Sébastien Müller"


def test_broken_multipart_without_boundary_is_salvaged() -> None:
    inquiry = parse(raw("malformed_multipart_no_boundary.eml"))
    assert isinstance(inquiry, Inquiry)
    assert "ERP" in inquiry.text and "Content-Type" not in inquiry.text


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02" * 500, b"not an email at all", b"From: \r\n\r\n"])
def test_garbage_is_quarantined_with_a_reason(data: bytes) -> None:
    result = parse(data)
    assert isinstance(result, Quarantine)
    assert len(result.reason) > 5


def test_psychology_today_lead_is_the_person_not_the_service() -> None:
    inquiry = parse(raw("pt_text_humana_grief.eml"))
    assert isinstance(inquiry, Inquiry)
    assert inquiry.form is not None and inquiry.form.email
    assert "psychologytoday" not in inquiry.form.email
    assert "Psychology Today" not in inquiry.text


_PT_CARD = """From: Psychology Today <noreply@psychologytoday.com>
To: office@example.org
Subject: Gideon sent you a message via Psychology Today
Message-ID: <pt-card@example.org>

You've got a new contact request

Someone found Calm Harbor Therapy on Psychology Today and sent you this message:

Do you do exposure therapy? I have contamination OCD and I need someone who actually does exposures.

-- Sender details --
From: Gideon Marks
Email: gideon.marks@example.com

Just hit reply to answer Gideon directly; your response is sent from your own address.
Keep clinical details out of email unless the client has agreed to it.
"""

_PT_TILDES = """From: Psychology Today <noreply@psychologytoday.com>
To: office@example.org
Subject: Evan sent you a message via Psychology Today
Message-ID: <pt-tildes@example.org>

Evan reached out through your Psychology Today profile (Calm Harbor Therapy).

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Is there anything open this week?
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

From: Evan Marlowe
Email: evan@example.com
"""


@pytest.mark.parametrize(
    ("layout", "words", "email"),
    [
        (_PT_CARD, "Do you do exposure therapy? I have contamination OCD", "gideon.marks@example.com"),
        (_PT_TILDES, "Is there anything open this week?", "evan@example.com"),
    ],
)
def test_a_notification_layout_never_seen_still_yields_only_the_persons_words(
    layout: str, words: str, email: str
) -> None:
    """The service's own lines ("sent you this message", "hit reply", "notification settings") would make the
    model call a real person's message a notification and leave them without a reply."""
    inquiry = parse(layout.replace("\n", "\r\n").encode())
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.form.email == email
    assert inquiry.form.message.startswith(words)
    for chrome in ("sent you", "hit reply", "clinical details", "reached out through"):
        assert chrome not in inquiry.form.message


def _relayed(sender: str, body: str) -> bytes:
    head = (
        f"From: {sender}\r\nTo: office@example.org\r\nSubject: New message\r\nMessage-ID: <relay@example.org>\r\n\r\n"
    )
    return (head + body.replace("\n", "\r\n")).encode()


@pytest.mark.parametrize(
    ("sender", "body", "source"),
    [
        (
            "GoodTherapy <no-reply@goodtherapy.org>",
            "A GoodTherapy visitor contacted you from your profile page.\n\nSender name ..... Tamsin Reid\n"
            "Sender e-mail ... tamsin@example.com\n\nMessage:\nDo you have anyone EMDR-trained?\n\n"
            "Please respond within 48 hours. Do not reply to this address; it is not monitored.\nGoodTherapy.org\n",
            "directory",
        ),
        (
            "Zencare <hello@zencare.co>",
            "NEW INQUIRY\n\n  \u2022 Name: Tamsin Reid\n  \u2022 Email: tamsin@example.com\n\n"
            "  \u2022 Note from client:\n"
            "    Do you have anyone EMDR-trained?\n\nRespond within one business day to keep your response badge.\n"
            "Zencare Group Inc.\n",
            "directory",
        ),
        (
            "Form Notifications <forms-receipts-noreply@google.com>",
            'A new response was submitted to "Intake form".\n____________________\n\nFull name\n    Tamsin Reid\n\n'
            "Email\n    tamsin@example.com\n\nTell us a little about what you're looking for\n"
            "    Do you have anyone EMDR-trained?\n____________________\nSent by the Form Notifications add-on.\n",
            "website_form",
        ),
        (
            "HubSpot <noreply@notifications.hubspot.com>",
            "First name | Tamsin\nLast name | Reid\nEmail | tamsin@example.com\nMessage | Do you have anyone "
            "EMDR-trained?\n\nView contact record in HubSpot >\n",
            "website_form",
        ),
    ],
)
def test_directories_and_form_layouts_yield_the_person_and_only_their_words(
    sender: str, body: str, source: str
) -> None:
    inquiry = parse(_relayed(sender, body))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.source == source and inquiry.form.email == "tamsin@example.com"
    assert inquiry.form.message.strip() == "Do you have anyone EMDR-trained?"


_VOICEMAIL = (
    "You received a new voicemail on your business line.\n\nCaller: WIRELESS CALLER\nNumber: (503) 555-0199\n\n"
    "Transcription (automated, may contain errors):\n\"Hi it's Noor, I'm looking for a therapist for anxiety. "
    "Do you take Aetna? You can email me, it's noor dot haddad seven at gmail dot com. Thanks.\"\n\n"
    "Replies to this email are not monitored.\n"
)
_ANSWERING = (
    "MESSAGE SUMMARY\n==========\nTime of call: Mon 07:52 PM\nCaller name: Walt Brennan\nCallback #: (503) 555-0111\n"
    "Email: (not given)\nReason: New client\n\nMessage:\nCaller is looking for grief counseling. Asked for a call back."
    "\n\nOperator: MK\nMarked urgent: no\n\nDo not reply to this email.\n"
)


def test_a_voicemail_transcript_is_the_callers_words_and_a_spoken_address_is_where_the_reply_goes() -> None:
    inquiry = parse(_relayed("RingLine Voice <voicemail@ringline.example>", _VOICEMAIL))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None and inquiry.source == "phone"
    assert inquiry.form.email == "noor.haddad7@gmail.com"
    assert inquiry.form.message.startswith("Hi it's Noor") and "not monitored" not in inquiry.form.message
    assert first_name(inquiry) == "Noor"


def test_a_caller_who_left_no_address_has_a_name_and_a_phone_but_nobody_to_write_to() -> None:
    inquiry = parse(_relayed("Nightingale Answering <dispatch@nightingale-answering.example>", _ANSWERING))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.form.name == "Walt Brennan" and inquiry.form.phone == "(503) 555-0111"
    assert inquiry.form.email is None and contact_email(inquiry) is None  # never a reply to the answering service
    assert "Operator" not in inquiry.form.message


@pytest.mark.parametrize(
    ("sender", "caller_id", "transcript", "phone", "name"),
    [
        (
            "Voicemail <voicemail@vm.phonelink.example>",
            "(503) 555-0107",
            "Hi, this is Mike. I wanted to ask about openings.",
            "(503) 555-0107",
            "Mike",
        ),
        (
            "RingCentral <notify@ringcentral.com>",
            "(503) 555-0187 (WIRELESS CALLER)",
            "Hi, yeah, my name's Darnell, uh, do y'all take Kaiser?",
            "(503) 555-0187",
            "Darnell",
        ),
    ],
)
def test_a_voicemail_from_a_number_calls_back_that_number_and_never_greets_it(
    sender: str, caller_id: str, transcript: str, phone: str, name: str
) -> None:
    body = (
        f"You have a new voice message.\n\nFrom: {caller_id}\nReceived: Thu 6:41 PM\n\n"
        f'Transcription (may not be exact):\n"{transcript}"\n'
    )
    inquiry = parse(_relayed(sender, body))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None and inquiry.source == "phone"
    assert inquiry.form.phone == phone and inquiry.form.name is None and first_name(inquiry) == name


_OPERATOR = (
    "MESSAGE FOR: Calm Harbor Therapy\nTAKEN BY: Operator 207\nCALLER: Tom (did not give last name)\n"
    "CALLBACK: (503) 555-0188\nEMAIL: none given\n\nMESSAGE: Caller asked whether we take Aetna.\n\n"
    "URGENT: Caller did not mark urgent\n\n-- AnswerFirst Messaging Services. "
    "Reply to this email will not reach the caller.\n"
)


def test_a_messaging_service_is_a_phone_relay_and_the_caller_is_the_person() -> None:
    inquiry = parse(_relayed("AnswerFirst Messaging <messages@answerfirst.example>", _OPERATOR))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None and inquiry.source == "phone"
    assert first_name(inquiry) == "Tom" and inquiry.form.phone == "(503) 555-0188"
    assert contact_email(inquiry) is None and inquiry.form.message == "Caller asked whether we take Aetna."


_PT_DETAILS_FIRST = (
    "You have a new message from a potential client.\n\n-----------------------------------------\nFrom:     Zoe M.\n"
    "Email:    zoe@example.com\nPhone:    (not provided)\nLocation: Portland, OR 97217\n"
    "-----------------------------------------\n\ncan I see someone without my parents being involved?\n\n"
    "-----------------------------------------\nTo respond, reply directly to Zoe at the email address above.\n"
)
_UNKNOWN_DIRECTORY = (
    "CARECONNECT\nYou have a new inquiry.\n\nName: Samuel Adeyemi\nContact email: samuel@example.com\n"
    "Insurance: Aetna\nPreferred times: Evenings\n\nMessage from Samuel:\n> Hi, I haven't slept in weeks. "
    "Do you do online sessions?\n\nManage your listing at careconnect.example/pro\n"
)


def test_a_notification_that_rules_off_the_senders_details_first_still_yields_their_message() -> None:
    inquiry = parse(_relayed("Psychology Today <notifications@psychologytoday.example>", _PT_DETAILS_FIRST))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.form.message == "can I see someone without my parents being involved?"


def test_a_directory_never_heard_of_is_read_by_its_name_and_email_fields_and_its_quoted_message_kept() -> None:
    inquiry = parse(_relayed("CareConnect Directory <inbox@careconnect.example>", _UNKNOWN_DIRECTORY))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None and inquiry.source == "directory"
    assert inquiry.form.email == "samuel@example.com" and inquiry.form.name == "Samuel Adeyemi"
    assert "Do you do online sessions?" in inquiry.text


def test_a_persons_own_signature_with_an_email_line_is_not_a_form() -> None:
    body = "Do you take Aetna?\n\nThanks,\nMaya Lin\nEmail: maya@example.com\nPhone: 503-555-0100\n"
    inquiry = parse(_relayed("Maya Lin <maya@example.com>", body))
    assert isinstance(inquiry, Inquiry) and inquiry.form is None


def test_a_google_voice_transcript_gives_the_number_the_caller_said_aloud() -> None:
    body = (
        "Hi um this is Marcus, I wanted to know if you take Kaiser. Call me back at nine seven one five five five "
        "zero one two six. Thanks.\n\nplay message\n\nYOUR ACCOUNT  HELP CENTER  HELP FORUM\n"
        "This email was sent to you because you indicated that you'd like to receive email notifications.\n"
    )
    inquiry = parse(_relayed("Google Voice <voice-noreply@google.com>", body))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None and inquiry.source == "phone"
    assert inquiry.form.phone == "(971) 555-0126" and inquiry.form.message.startswith("Hi um this is Marcus")


def test_a_spelled_out_address_and_a_same_line_transcript_are_read_whole() -> None:
    service = (
        "ANCHOR ANSWERING SERVICE - MESSAGE FOR: Calm Harbor Therapy\nCaller: Denise Albright\n"
        "Callback: (503) 555-0129\nMessage: Caller asks if you take Medicare. Caller spelled email as "
        "d-e-n-i-s-e dot a-l-b-r-i-g-h-t at comcast dot net.\n"
    )
    inquiry = parse(_relayed("Anchor Answering Service <messages@anchoranswering.example>", service))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.form.email == "denise.albright@comcast.net" and inquiry.form.message.startswith("Caller asks")
    voice = (
        "New voicemail from (971) 555-0193\n\nTranscript: Hi this is Marcus, do you take Kaiser? Call me at "
        "971-555-0193.\n\nPlay message: https://voice.google.com/x\n"
    )
    inquiry = parse(_relayed("Google Voice <voice-noreply@google.com>", voice))
    assert isinstance(inquiry, Inquiry) and inquiry.form is not None
    assert inquiry.form.message.startswith("Hi this is Marcus") and inquiry.form.phone == "(971) 555-0193"


def _forward(sender: str, fwd_from: str, fwd_to: str, note: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: hello@calmharbor.example\r\nSubject: Fwd: note\r\nMessage-ID: <f1@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{note}\r\n\r\n---------- Forwarded message ---------\r\nFrom: {fwd_from}\r\n"
        f"Date: Mon, Nov 2, 2026 at 3:41 PM\r\nSubject: note\r\nTo: {fwd_to}\r\n\r\n{body}\r\n"
    ).encode()


def test_a_parent_forwarding_the_school_counsellors_note_to_her_is_asking_herself() -> None:
    raw_mail = _forward(
        "Carly West <carly.w@gmail.com>",
        "Amy Tso <atso@pps.net>",
        "Carly West <carly.w@gmail.com>",
        "Forwarding the note from Leo's school counselor. Do you see kids his age?\r\n\r\nCarly",
        "Hi Carly, I think it could help Leo to talk to a therapist outside school.\r\n\r\nAmy Tso",
    )
    inquiry = parse(raw_mail)
    assert isinstance(inquiry, Inquiry) and inquiry.source == "direct"


def test_a_clinic_forwarding_a_patients_own_mail_to_it_is_still_a_referral() -> None:
    raw_mail = _forward(
        "Front Desk <desk@riverbendmed.com>",
        "Dan Oko <dan.oko@gmail.com>",
        "Front Desk <desk@riverbendmed.com>",
        "Please reach out to this patient directly.",
        "Hi Dr. Feldman, could you send my info to the therapist you mentioned?\r\n\r\nDan",
    )
    inquiry = parse(raw_mail)
    assert isinstance(inquiry, Inquiry) and inquiry.source == "referral"
