"""Telling a message's own failure from the world's, and naming either without quoting any mail.

A message that breaks a step (an address no encoder takes, a value too long for a column) must only ever stop
that message: it is quarantined with a reason and the others go on. A server that is down or a dropped
connection is not the message's fault: the poll stops and the next one retries, with nothing quarantined.
Exception texts are never shown: a database error repeats the statement's parameters (names, addresses,
bodies), so a failure is named by its type and the place in triage's code where it happened.
"""

from __future__ import annotations

import imaplib
import os
import re
import traceback

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

from triage.mailroom import MailboxError, SmtpError
from triage.repository import StoreError

_ENVIRONMENT: tuple[type[BaseException], ...] = (
    OSError,  # sockets, TLS, timeouts, files
    imaplib.IMAP4.error,  # imapclient's errors derive from it
    OperationalError,
    InterfaceError,
    DisconnectionError,
    SmtpError,
    StoreError,  # the store cannot be reached or written, a write collided with another worker's, a lost lease
)
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def is_environmental(exc: BaseException) -> bool:
    """True when a server, a connection or the disk failed: retry later, blame no message."""
    return isinstance(exc, _ENVIRONMENT)


def describe(exc: BaseException) -> str:
    """`UnicodeEncodeError in core/draft.py:build_reply`: what failed and where, never what the data was."""
    kind = type(exc).__name__
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        kind = f"{kind} ({type(exc.orig).__name__})"
    where = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        path = os.path.abspath(frame.filename)
        if path.startswith(_PACKAGE + os.sep):
            where = f"{os.path.relpath(path, _PACKAGE)}:{frame.name}"
    return f"{kind} in {where}" if where else kind


_ADDRESS = re.compile(r"[^\s<>()\[\]{}\"',;:]+@[^\s<>()\[\]{}\"',;:]+")


def redact(text: str) -> str:
    """A server's or library's one-line error without the e-mail addresses it may repeat (an SMTP server's
    "550 <maya@example.com>: no such user"): logs and error output name mailboxes and UIDs, not people."""
    return _ADDRESS.sub("<address>", text)


def one_line(exc: BaseException) -> str:
    """An error for a log line or the terminal: triage's own one-line errors as written (without addresses),
    anything else by its type and where it happened (its text may quote a message or a statement's values)."""
    from triage.config import ConfigError

    own = (ConfigError, SmtpError, StoreError, MailboxError, OSError, imaplib.IMAP4.error)
    if isinstance(exc, own):
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return redact(text)
    return describe(exc)


def frames(exc: BaseException) -> list[str]:
    """Where an unexpected error happened, frame by frame (file, line, function): a traceback without the
    error's text or any source line's values."""
    return [f"{frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(exc.__traceback__)]
