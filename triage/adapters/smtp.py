"""Sending mail (send mode and crisis alerts) with smtplib: the only module that speaks SMTP.

TLS is verified unless the config says otherwise, and plain text is allowed on loopback only, because these
messages can carry health information. Every failure is one SmtpError line naming host:port and the step.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence

from triage.config import Smtp
from triage.core.draft import ascii_address
from triage.mailroom import Bearer, MailboxError, SmtpError, SmtpUnsupported

__all__ = ["SmtpError", "SmtpUnsupported", "send"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _context(smtp: Smtp) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=smtp.ca_file or None)
    if not smtp.verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        message = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        text = f"{exc.smtp_code} {message}"
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        text = "; ".join(
            f"{rcpt}: {code} {msg.decode('utf-8', 'replace')}" for rcpt, (code, msg) in exc.recipients.items()
        )
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def _sign_in(client: smtplib.SMTP, username: str, bearer: Bearer) -> None:
    """OAuth2 over SMTP: OAUTHBEARER (RFC 7628) where offered, else XOAUTH2; a refused access token is refreshed and
    tried once more. After a refusal the server sends an error challenge, answered with an empty line (RFC 7628
    §3.2.3), and then its 535."""
    offered = (client.esmtp_features.get("auth") or "").upper().split()
    if "OAUTHBEARER" in offered:
        mechanism, gs2 = "OAUTHBEARER", "n,a={},".format(username.replace("=", "=3D").replace(",", "=2C"))
    else:
        mechanism, gs2 = "XOAUTH2", f"user={username}"
    for fresh in (False, True):
        initial = f"{gs2}\x01auth=Bearer {bearer.token(fresh=fresh)}\x01\x01"

        def answer(challenge: bytes | None = None, initial: str = initial) -> str:
            return "" if challenge is not None else initial

        try:
            client.auth(mechanism, answer, initial_response_ok=True)
            return
        except smtplib.SMTPAuthenticationError:
            if fresh:
                raise


def send(
    smtp: Smtp,
    password: str,
    sender: str,
    recipients: Sequence[str],
    raw: bytes,
    *,
    bearer: Bearer | None = None,
    username: str = "",
) -> None:
    """Hand one message to the configured server; raises SmtpError unless every recipient was accepted.

    With a bearer (auth = "oauth2") it signs in as `username` with an OAuth2 access token instead of a password."""
    where = f"{smtp.host}:{smtp.port}"
    if smtp.security not in ("ssl", "starttls", "none"):
        raise SmtpError(f"smtp {where}: unknown security {smtp.security!r} (ssl, starttls or none)")
    if smtp.security == "none" and smtp.host not in LOOPBACK:
        raise SmtpError(f"smtp {where}: security 'none' is allowed on loopback only")
    if not recipients:
        raise SmtpError(f"smtp {where}: no recipients")
    step = "connect"
    try:
        client: smtplib.SMTP
        if smtp.security == "ssl":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=_context(smtp))
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            step = "EHLO"
            client.ehlo()
            if smtp.security == "starttls":
                step = "STARTTLS"
                client.starttls(context=_context(smtp))
                client.ehlo()
            if bearer is not None:
                step = f"OAuth2 sign-in as {username}"
                _sign_in(client, username, bearer)
            elif smtp.username:
                step = f"login as {smtp.username}"
                client.login(smtp.username, password)
            step = "send"
            envelope = [ascii_address(r) or r for r in recipients]
            options: list[str] = []
            if not all(a.isascii() for a in [sender, *envelope]):
                if not client.has_extn("smtputf8"):
                    raise SmtpUnsupported(
                        f"smtp {where}: the server does not accept internationalised addresses (no SMTPUTF8)"
                    )
                options = ["SMTPUTF8"]
            refused = client.sendmail(sender, envelope, raw, mail_options=options)
            if refused:
                raise smtplib.SMTPRecipientsRefused(refused)
    except smtplib.SMTPAuthenticationError as exc:
        raise SmtpError(f"smtp {where}: login failed for {username or smtp.username}: {_reason(exc)}") from exc
    except MailboxError as exc:  # no access token to be had (the token endpoint is down or refused the app)
        raise SmtpError(f"smtp {where}: {exc}") from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise SmtpError(f"smtp {where}: {step} not offered by the server: {_reason(exc)}") from exc
    except ssl.SSLError as exc:
        raise SmtpError(f"smtp {where}: TLS failure during {step}: {_reason(exc)}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        action = "cannot reach" if step == "connect" else f"{step} failed at"
        raise SmtpError(f"smtp {action} {where}: {_reason(exc)}") from exc
