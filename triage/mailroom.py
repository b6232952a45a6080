"""Mail in and out as the poller sees it: the `Mailroom` port (a mailbox), the message it hands over, the
`Sender` port (SMTP), and their error types.

Mailboxes: IMAP (triage.adapters.imap, what a practice runs on), a local Maildir (triage.adapters.maildir, the
demo and people who sync mail to disk) and memory (triage.adapters.memory_mailbox, the fast tier of tests).
Sending: triage.adapters.smtp, bound to the config by triage.runner.make_sender.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class MailboxError(Exception):
    """One line saying what failed and where: unreachable host:port, TLS failure, bad login, missing folder."""


class SignInNeeded(Exception):
    """The mailbox's OAuth2 sign-in is gone (refresh token revoked or expired, or never made): only a person can fix
    it, with `triage auth login MAILBOX`. That mailbox stops; the others go on."""

    def __init__(self, mailbox: str, reason: str) -> None:
        super().__init__(f"{mailbox}: {reason}: run `triage auth login {mailbox}` again to sign in")
        self.mailbox = mailbox
        self.reason = reason


@dataclass(frozen=True)
class Fetched:
    """One message as the server stores it; `raw` is byte-exact so parsing and hashing see what was sent."""

    uid: int
    raw: bytes
    internaldate: datetime | None
    flags: tuple[bytes, ...]


class Mailroom(Protocol):
    """What the poller needs from a mailbox. Folders are addressed by name; UIDs only grow within a UIDVALIDITY."""

    def status(self, folder: str) -> tuple[int, int]: ...
    def select(self, folder: str, *, readonly: bool = True) -> int: ...
    def uids_after(self, last_uid: int) -> list[int]: ...
    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]: ...
    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = ...) -> None: ...
    def ensure_folder(self, folder: str) -> None: ...
    def folder_list(self) -> list[tuple[str, tuple[bytes, ...]]]:
        """Every folder, with its flags (SPECIAL-USE ones such as \\Drafts and \\Sent where the server has them)."""

    def search_header(self, folder: str, header: str, value: str) -> list[int]: ...
    def header_values(self, folder: str, header: str) -> dict[int, str]:
        """UID -> the value of `header` for each message in a folder that has it (triage's own X-Triage-Source keys);
        empty when the folder does not exist. Headers only, never a body."""
        ...

    def delete(self, folder: str, uids: Sequence[int]) -> None: ...
    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None: ...


class Bearer(Protocol):
    """Where an OAuth2 access token comes from (triage.adapters.oauth.TokenSource): `fresh` asks for a new one,
    after a server refused the last."""

    def token(self, *, fresh: bool = False) -> str: ...


Sender = Callable[[Sequence[str], bytes], None]
"""Sends one message by SMTP to the given recipients."""


class SmtpError(Exception):
    """One line naming host:port and what failed (connect, TLS, login, or the server refusing the message)."""


class SmtpUnsupported(SmtpError):
    """The server cannot carry this message at all (an internationalised address without SMTPUTF8): retrying
    will not help, so the reply is left as a draft for staff instead."""
