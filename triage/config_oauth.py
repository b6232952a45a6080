"""The OAuth2 part of the configuration: how a mailbox (and SMTP) signs in without a password, checked strictly
like the rest (triage.config calls these while it reads the file; every problem is one ValueError line)."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from triage.config import Mailbox, Smtp

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Auth(StrEnum):
    PASSWORD = "password"
    OAUTH2 = "oauth2"


class Provider(StrEnum):
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    GENERIC = "generic"


def check_mailbox_oauth2(box: Mailbox, where: str) -> None:
    """An OAuth2 mailbox names its provider and its app; its token endpoint is HTTPS (plain HTTP on loopback only)."""
    if box.auth not in set(Auth):
        raise ValueError(f"{where}.auth must be one of {', '.join(Auth)}, not {box.auth!r}")
    if box.auth != Auth.OAUTH2:
        return
    if box.kind != "imap":
        raise ValueError(f"{where}.auth = 'oauth2' is for IMAP mailboxes, not kind = {box.kind!r}")
    if box.provider not in set(Provider):
        raise ValueError(
            f"{where}.provider must be one of {', '.join(Provider)} with auth = 'oauth2', not {box.provider!r}"
        )
    if not (box.client_id or box.client_id_env or box.client_id_file):
        raise ValueError(f"missing key {where}.client_id (or client_id_env / client_id_file): the app's client id")
    if box.provider == Provider.GENERIC and not box.token_url:
        raise ValueError(f"missing key {where}.token_url (the token endpoint, for provider = 'generic')")
    if box.token_url:
        url = urlsplit(box.token_url)
        if url.scheme not in ("https", "http") or not url.hostname:
            raise ValueError(f"{where}.token_url must be an https:// URL, not {box.token_url!r}")
        if url.scheme == "http" and url.hostname not in LOOPBACK:
            raise ValueError(f"{where}.token_url: plain http is allowed on loopback only, not {url.hostname!r}")
    if not box.username:
        raise ValueError(f"missing key {where}.username (the address that signs in)")


def check_smtp_oauth2(smtp: Smtp, boxes: tuple[Mailbox, ...]) -> Smtp:
    """SMTP signs in with a mailbox's OAuth2 sign-in: the one named, or the first mailbox that has one."""
    if smtp.auth not in set(Auth):
        raise ValueError(f"smtp.auth must be one of {', '.join(Auth)}, not {smtp.auth!r}")
    if smtp.auth != Auth.OAUTH2:
        return smtp
    signed = [b.name for b in boxes if b.auth == Auth.OAUTH2]
    if not signed:
        raise ValueError("smtp.auth = 'oauth2' needs a mailbox with auth = 'oauth2' whose sign-in it uses")
    name = smtp.oauth_mailbox or signed[0]
    if name not in signed:
        raise ValueError(f"smtp.oauth_mailbox: {name!r} is not a mailbox with auth = 'oauth2' ({', '.join(signed)})")
    return replace(smtp, oauth_mailbox=name)
