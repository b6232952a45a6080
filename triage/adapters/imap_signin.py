"""Opening an IMAP session: TLS verified, then a password or an OAuth2 sign-in, every failure one readable line.

Split from triage.adapters.imap (which works with the session once open) because signing in is its own story:
which TLS mode, which SASL mechanism, and the one retry with a fresh access token that OAuth2 needs.
"""

from __future__ import annotations

import ssl
from contextlib import suppress

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

from triage.config import Mailbox
from triage.mailroom import Bearer, MailboxError, SignInNeeded

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def reason_of(exc: BaseException) -> str:
    """The server's or the OS's words, on one line (imapclient often hands back a bytes repr)."""
    text = str(exc) or type(exc).__name__
    for prefix in ("b'", 'b"'):
        if text.startswith(prefix) and text.endswith(prefix[1]):
            text = text[2:-1]
    text = text.replace("\\r", " ").replace("\\n", " ")
    return " ".join(text.split()) or type(exc).__name__


def tls_context(verify: bool, ca_file: str) -> ssl.SSLContext:
    """Verified by default (system CAs plus the configured bundle); verify_tls=false is for test labs only."""
    context = ssl.create_default_context(cafile=ca_file or None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def abandon(client: IMAPClient) -> None:
    """Drop a connection without a word to the server: it is broken or was never signed in."""
    with suppress(Exception):
        client.shutdown()


def open_session(box: Mailbox, password: str, bearer: Bearer | None) -> IMAPClient:
    """A signed-in client for `box`, or one MailboxError (SignInNeeded when OAuth2 needs a person) saying why."""
    where = f"{box.host}:{box.port}"
    if box.security not in ("ssl", "starttls", "none"):
        raise MailboxError(f"{box.name}: unknown security {box.security!r} (ssl, starttls or none)")
    if box.security == "none" and box.host not in LOOPBACK:
        raise MailboxError(f"{box.name}: security 'none' is allowed on loopback only, not {where}")
    context = tls_context(box.verify_tls, box.ca_file) if box.security != "none" else None
    try:
        client = IMAPClient(
            box.host, port=box.port, ssl=box.security == "ssl", ssl_context=context, timeout=box.timeout
        )
    except ssl.SSLError as exc:
        raise MailboxError(f"{box.name}: TLS failure with {where}: {reason_of(exc)}") from exc
    except (OSError, IMAPClientError) as exc:
        raise MailboxError(f"{box.name}: cannot reach {where}: {reason_of(exc)}") from exc
    client.normalise_times = False  # keep INTERNALDATE's own time zone instead of local naive time
    try:
        if box.security == "starttls":
            client.starttls(context)
        if bearer is not None:
            _sign_in(client, box, where, bearer)
        else:
            client.login(box.username, password)
    except (SignInNeeded, MailboxError):
        abandon(client)
        raise
    except CapabilityError as exc:
        abandon(client)
        raise MailboxError(f"{box.name}: TLS failure with {where}: server does not offer STARTTLS") from exc
    except ssl.SSLError as exc:
        abandon(client)
        raise MailboxError(f"{box.name}: TLS failure with {where}: {reason_of(exc)}") from exc
    except LoginError as exc:
        abandon(client)
        raise MailboxError(f"{box.name}: login failed for {box.username} at {where}: {reason_of(exc)}") from exc
    except (OSError, IMAPClientError) as exc:
        abandon(client)
        raise MailboxError(f"{box.name}: cannot reach {where}: {reason_of(exc)}") from exc
    return client


def _sign_in(client: IMAPClient, box: Mailbox, where: str, bearer: Bearer) -> None:
    """OAuth2: OAUTHBEARER (RFC 7628) where the server offers it, else XOAUTH2 (Google's and Microsoft's own).
    A refused access token is refreshed and tried once more: it may have been revoked or expired early."""
    if client.has_capability("AUTH=OAUTHBEARER"):
        mechanism = "OAUTHBEARER"
    elif client.has_capability("AUTH=XOAUTH2"):
        mechanism = "XOAUTH2"
    else:
        raise MailboxError(f"{box.name}: {where} offers no OAuth2 sign-in (AUTH=XOAUTH2 or OAUTHBEARER)")
    for fresh in (False, True):
        token = bearer.token(fresh=fresh)
        try:
            if mechanism == "OAUTHBEARER":
                client.oauthbearer_login(box.username, token)
            else:
                client.oauth2_login(box.username, token)
            return
        except LoginError as exc:
            if fresh:
                raise MailboxError(
                    f"{box.name}: {mechanism} sign-in refused for {box.username} at {where} even with a "
                    f"new access token: {reason_of(exc)}"
                ) from exc
