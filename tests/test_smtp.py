"""triage.adapters.smtp against a real SMTP server (aiosmtpd sink from tests/servers.py)."""

from __future__ import annotations

import pytest

from tests.servers import SmtpSink, free_port
from triage.adapters.smtp import SmtpError, send
from triage.config import Smtp

RAW = (
    b"From: hello@calmharbor.example\r\nTo: clinician@calmharbor.example\r\n"
    b"Subject: Urgent: message needs attention\r\nMessage-ID: <alert1@calmharbor.example>\r\n\r\n"
    b"Please look at the inbox now.\r\n"
)


def test_sink_receives_a_sent_message(smtp_sink: SmtpSink) -> None:
    smtp = Smtp(host=smtp_sink.host, port=smtp_sink.port, security="none", timeout=5.0)
    send(smtp, "", "hello@calmharbor.example", ["clinician@calmharbor.example", "b@calmharbor.example"], RAW)
    (received,) = smtp_sink.messages
    assert received.sender == "hello@calmharbor.example"
    assert received.recipients == ["clinician@calmharbor.example", "b@calmharbor.example"]
    assert received.raw.replace(b"\r\n", b"\n") == RAW.replace(b"\r\n", b"\n")


@pytest.mark.integration  # the SMTP sink, started by the test itself
def test_login_when_a_username_is_set() -> None:
    with SmtpSink(users={"hello@calmharbor.example": "pw"}) as sink:
        smtp = Smtp(host=sink.host, port=sink.port, security="none", username="hello@calmharbor.example", timeout=5)
        send(smtp, "pw", "hello@calmharbor.example", ["clinician@calmharbor.example"], RAW)
        assert len(sink.messages) == 1
        with pytest.raises(SmtpError, match="login") as error:
            send(smtp, "wrong", "hello@calmharbor.example", ["clinician@calmharbor.example"], RAW)
        assert f"{sink.host}:{sink.port}" in str(error.value)
        assert "\n" not in str(error.value)
        assert len(sink.messages) == 1


def test_bad_port_names_host_and_port() -> None:
    port = free_port()
    with pytest.raises(SmtpError, match=f"cannot reach 127.0.0.1:{port}"):
        send(Smtp(host="127.0.0.1", port=port, security="none", timeout=2.0), "", "a@x.test", ["b@x.test"], RAW)


def test_starttls_is_required_when_configured(smtp_sink: SmtpSink) -> None:
    smtp = Smtp(host=smtp_sink.host, port=smtp_sink.port, security="starttls", timeout=5.0)
    with pytest.raises(SmtpError, match="STARTTLS"):
        send(smtp, "", "a@x.test", ["b@x.test"], RAW)
    assert smtp_sink.messages == []


def test_plain_text_is_refused_off_loopback() -> None:
    with pytest.raises(SmtpError, match="loopback"):
        send(Smtp(host="smtp.example.com", port=25, security="none"), "", "a@x.test", ["b@x.test"], RAW)
