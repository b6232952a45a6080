"""Any bytes in, a result or a quarantine out: the parser, the reader and the composer under hypothesis.

Mail is made three ways: raw bytes, real messages (the fixtures) cut and spliced at random, and messages built
from random headers (names and subjects with any character, broken charsets and transfer encodings, odd
Message-IDs and MIME types). Whatever comes in, parsing never raises, and a whole poll (in memory) finishes every
message in the ledger (a draft, a reason for none, or a quarantine), never an exception that escapes it."""

from __future__ import annotations

import base64
import email
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.test_pipeline import config
from triage.adapters.memory_mailbox import MemoryMailbox
from triage.adapters.memory_store import MemoryStore
from triage.core.classify import Classifier
from triage.core.kinds import FINAL
from triage.core.model import Inquiry, Quarantine
from triage.core.parse import parse
from triage.runner import build_poller

FIXTURES = [p.read_bytes() for p in sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))]
HEADERS = ["References", "In-Reply-To", "Reply-To", "Auto-Submitted", "List-Id", "Date", "Sender", "Cc", "Precedence"]


@st.composite
def spliced(draw: st.DrawFn) -> bytes:
    """A real message with random cuts and insertions."""
    raw = draw(st.sampled_from(FIXTURES))
    for _ in range(draw(st.integers(0, 6))):
        at = int(draw(st.floats(0, 1)) * len(raw))
        cut = draw(st.integers(0, 60))
        raw = raw[:at] + draw(st.binary(max_size=40)) + raw[at + cut :]
    return raw


@st.composite
def header_value(draw: st.DrawFn, max_size: int = 80) -> bytes:
    text = draw(st.text(max_size=max_size))
    how = draw(st.sampled_from(["utf-8", "latin-1", "word", "q"]))
    if how == "word":
        return b"=?utf-8?b?" + base64.b64encode(text.encode("utf-8", "surrogatepass")) + b"?="
    if how == "q":
        return (
            b"=?"
            + draw(st.sampled_from([b"utf-8", b"x-bogus", b"iso-8859-1"]))
            + b"?q?"
            + text.encode("utf-8", "replace")
            + b"?="
        )
    return text.encode(how, "replace")


@st.composite
def built(draw: st.DrawFn) -> bytes:
    """A message assembled from random parts."""
    local = draw(st.text(min_size=1, max_size=30)).encode("utf-8", "replace")
    domain = draw(st.sampled_from([b"example.com", b"ex\xc3\xa4mple.com", b"", b"a..b", b"[127.0.0.1]"]))
    lines = [
        b"From: " + draw(header_value()) + b" <" + local + b"@" + domain + b">",
        b"To: hello@calmharbor.example",
        b"Subject: " + draw(header_value(200)),
        b"Message-ID: " + draw(st.text(max_size=80)).encode("utf-8", "replace"),
    ]
    for name in draw(st.lists(st.sampled_from(HEADERS), max_size=4)):
        lines.append(name.encode() + b": " + draw(header_value()))
    ctype = draw(
        st.sampled_from(
            [b"text/plain", b"text/html", b"multipart/alternative; boundary=zz", b"multipart/mixed", b"image/png", b""]
        )
    )
    charset = draw(st.sampled_from([b"utf-8", b"iso-8859-1", b"windows-1252", b"shift_jis", b"x-unknown", b"utf-7"]))
    lines.append(b"Content-Type: " + ctype + b"; charset=" + charset)
    lines.append(
        b"Content-Transfer-Encoding: " + draw(st.sampled_from([b"8bit", b"quoted-printable", b"base64", b"x-bogus"]))
    )
    body = draw(st.one_of(st.text(max_size=600).map(lambda t: t.encode("utf-8", "replace")), st.binary(max_size=300)))
    if ctype.startswith(b"multipart") and draw(st.booleans()):
        body = b"--zz\r\nContent-Type: text/plain\r\n\r\n" + body + b"\r\n--zz--\r\n"
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


ANY_MAIL = st.one_of(st.binary(max_size=2000), spliced(), built())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_MAIL)
def test_parsing_any_bytes_gives_an_inquiry_or_a_quarantine(raw: bytes) -> None:
    result = parse(raw)
    assert isinstance(result, Inquiry | Quarantine)
    if isinstance(result, Quarantine):
        assert result.reason and "\n" not in result.reason


_CONFIG = config(Path(tempfile.mkdtemp(prefix="triage-fuzz-")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.one_of(spliced(), built()), min_size=1, max_size=4))
def test_a_poll_over_any_mail_finishes_every_message_and_every_draft_is_mail(
    classifier: Classifier, messages: list[bytes]
) -> None:
    poller = build_poller(_CONFIG, classifier, store=MemoryStore(), workers=0)
    sent: list[bytes] = []
    poller.send = lambda to, raw: sent.append(raw)
    mailbox = MemoryMailbox(folders=("INBOX", "Drafts", "Sent"))
    for raw in messages:
        mailbox.put("INBOX", raw)
    box = _CONFIG.mailboxes[0]
    report = poller.poll(box, mailbox)
    entries = poller.store.entries()
    assert len(entries) <= len(messages) and all(e.state in FINAL for e in entries), [e.state for e in entries]
    for _, draft in mailbox.contents("Drafts"):
        parsed = email.message_from_bytes(draft)
        assert parsed["X-Triage-Source"], "triage's own header, so it can find its draft again"
        assert "=?" not in str(parsed["In-Reply-To"] or ""), "threading headers are never encoded-words"
        event("drafted")
    again = poller.poll(box, mailbox)
    assert (again.drafts, again.alerts) == (0, 0), "a second poll changes nothing"
    assert report.fetched == len(messages)
