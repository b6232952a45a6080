"""The practice's IMAP mailbox: the only module that speaks IMAP.

Everything here is chosen so that triage can never lose or alter a client's mail: fetches use BODY.PEEK so
nothing is marked read behind the staff's back, nothing is created unless asked, and deletion is limited to
triage's own drafts, by UID, with UID EXPUNGE so another message someone marked \\Deleted is never expunged.
Every failure becomes one MailboxError line naming the mailbox, the server and what went wrong, because the
person reading it is the practice's office manager, not an IMAP expert.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from triage.adapters.imap_signin import abandon, open_session, reason_of, tls_context
from triage.config import Mailbox
from triage.mailroom import Bearer, Fetched, MailboxError

_HEADERS = BytesHeaderParser(policy=compat32)

__all__ = ["Fetched", "ImapMailbox", "MailboxError", "tls_context"]

# imapclient logs the whole protocol exchange, message bodies included, at DEBUG: never let that reach a log,
# whatever level someone turns the root logger to while chasing a problem.
logging.getLogger("imapclient").setLevel(logging.WARNING)

DRAFT = b"\\Draft"
SEEN = b"\\Seen"
DELETED = b"\\Deleted"


def _missing(reason: str) -> bool:
    """Does a NO answer say the folder is not there? (RFC 5530 codes, with Dovecot's and others' wording.)"""
    lowered = reason.lower()
    return any(word in lowered for word in ("nonexistent", "trycreate", "doesn't exist", "does not exist", "not found"))


def _flatten(thread: Any) -> Iterator[int]:
    if isinstance(thread, int):
        yield thread
        return
    for item in thread:
        yield from _flatten(item)


class ImapMailbox:
    """A logged-in IMAP session for one configured mailbox; use it as a context manager.

    Methods taking a folder select it themselves; `uids_after` and `fetch` work on the folder `select` chose,
    so a poll is STATUS (cheap), then SELECT + SEARCH + FETCH only when something changed.
    """

    def __init__(self, box: Mailbox, password: str, bearer: Bearer | None = None) -> None:
        self.box = box
        self._password = password
        self._bearer = bearer
        self._client: IMAPClient | None = None
        self._selected: tuple[str, bool] | None = None
        self.where = f"{box.host}:{box.port}"

    # -- connection --------------------------------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
        self._client = open_session(self.box, self._password, self._bearer)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Log out politely; a dead connection is not worth an error on the way out."""
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            abandon(client)

    def alive(self) -> bool:
        """Is the session still usable (servers drop idle connections)? NOOP also brings news of the selected folder."""
        if self._client is None:
            return False
        try:
            self._client.noop()
        except Exception:
            return False
        return True

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError(f"{self.box.name}: not connected to {self.where} (use `with ImapMailbox(...)`)")
        return self._client

    def has(self, capability: str) -> bool:
        with self._guard("CAPABILITY"):
            return bool(self.client.has_capability(capability))

    @contextmanager
    def _guard(self, action: str, folder: str | None = None) -> Iterator[None]:
        """Turn imapclient/socket errors into one MailboxError line; a missing folder is named as such."""
        try:
            yield
        except MailboxError:
            raise
        except (OSError, IMAPClientError) as exc:
            reason = reason_of(exc)
            name = self.box.name
            if folder is not None and _missing(reason):
                raise MailboxError(f"{name}: folder {folder!r} does not exist on {self.where} ({reason})") from exc
            if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):
                raise MailboxError(f"{name}: connection to {self.where} lost during {action}: {reason}") from exc
            where = f" {folder!r}" if folder is not None else ""
            raise MailboxError(f"{name}: {action}{where} failed on {self.where}: {reason}") from exc

    # -- reading -----------------------------------------------------------------------------------------

    def status(self, folder: str) -> tuple[int, int]:
        """(UIDVALIDITY, UIDNEXT) in one STATUS round trip, without SELECT: the cheap "anything new?" check."""
        with self._guard("STATUS", folder):
            answer = self.client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        try:
            return int(answer[b"UIDVALIDITY"]), int(answer[b"UIDNEXT"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MailboxError(f"{self.box.name}: STATUS {folder!r} on {self.where} gave {answer!r}") from exc

    def select(self, folder: str, *, readonly: bool = True) -> int:
        """Select a folder (read-only unless asked: EXAMINE cannot change a flag) and return its UIDVALIDITY."""
        with self._guard("SELECT", folder):
            answer = self.client.select_folder(folder, readonly=readonly)
        self._selected = (folder, readonly)
        try:
            return int(answer[b"UIDVALIDITY"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MailboxError(f"{self.box.name}: SELECT {folder!r} on {self.where} gave no UIDVALIDITY") from exc

    def _ensure_selected(self, folder: str, *, readonly: bool) -> None:
        if self._selected != (folder, readonly):
            self.select(folder, readonly=readonly)

    def _need_selected(self, action: str) -> None:
        if self._selected is None:
            raise MailboxError(f"{self.box.name}: {action} on {self.where} needs a folder selected first")

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above last_uid in the selected folder, ascending.

        "N:*" always matches the highest UID even when it is below N (RFC 3501 §6.4.8), so results ≤ last_uid
        are dropped: otherwise the newest message would be seen as new on every poll.
        """
        self._need_selected("UID SEARCH")
        with self._guard("UID SEARCH"):
            found = self.client.search(["UID", f"{max(last_uid, 0) + 1}:*"])
        return sorted(uid for uid in (int(u) for u in found) if uid > last_uid)

    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]:
        """Whole messages in UID order, `batch` UIDs per round trip; BODY.PEEK never sets \\Seen.

        A UID expunged since the search is simply absent from the answer and skipped.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        self._need_selected("UID FETCH")
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), batch):
            chunk = ordered[start : start + batch]
            with self._guard("UID FETCH"):
                answer = self.client.fetch(chunk, [b"BODY.PEEK[]", b"INTERNALDATE", b"FLAGS"])
            for uid in chunk:
                item = answer.get(uid)
                if not item or b"BODY[]" not in item:
                    continue
                raw = item[b"BODY[]"]
                date = item.get(b"INTERNALDATE")
                yield Fetched(
                    uid=uid,
                    raw=bytes(raw) if raw is not None else b"",
                    internaldate=date if isinstance(date, datetime) else None,
                    flags=tuple(bytes(f) for f in item.get(b"FLAGS", ())),
                )

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs whose header contains value (server-side substring match, e.g. X-Triage-Source), ascending."""
        self._ensure_selected(folder, readonly=True)
        charset = None if value.isascii() else "UTF-8"
        with self._guard("UID SEARCH HEADER", folder):
            found = self.client.search(["HEADER", header, value], charset=charset)
        return sorted(int(u) for u in found)

    def header_values(self, folder: str, header: str) -> dict[int, str]:
        """UID -> the value of one header for every message in a folder that has it, in one FETCH of that header
        alone (never a body): how the review page sees which of triage's drafts are still in Drafts."""
        with self._guard("LIST", folder):
            if not self.client.folder_exists(folder):
                return {}  # a folder that does not exist has none
        self._ensure_selected(folder, readonly=True)
        item = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
        with self._guard("UID FETCH", folder):
            uids = self.client.search(["ALL"])
            answer = self.client.fetch(uids, [item.encode()]) if uids else {}
        found: dict[int, str] = {}
        for uid, data in answer.items():
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")), b"") or b""
            text = bytes(raw).decode("ascii", "replace")
            _, _, value = text.partition(":")
            if value.strip():
                found[int(uid)] = " ".join(value.split())
        return dict(sorted(found.items()))

    def thread_references(self, folder: str) -> list[tuple[int, ...]]:
        """The server's own threading (THREAD REFERENCES), one flat tuple of UIDs per thread, to check replies
        thread the way a mail client will show them."""
        self._ensure_selected(folder, readonly=True)
        with self._guard("UID THREAD", folder):
            threads = self.client.thread("REFERENCES", "ALL", "UTF-8")
        return [tuple(_flatten(thread)) for thread in threads]

    # -- waiting for news (IDLE) ---------------------------------------------------------------------------

    def idle_start(self, folder: str) -> None:
        """Select the folder read-only and enter IDLE (RFC 2177): the server then tells us about new mail at once."""
        self._ensure_selected(folder, readonly=True)
        with self._guard("IDLE", folder):
            self.client.idle()

    def idle_wait(self, timeout: float) -> list[Any] | None:
        """What the server said while idling, waiting at most `timeout` seconds (an empty list: nothing yet).

        None means the server sent nothing while the socket said there was something to read: at end of file
        imapclient returns no responses at once, so the caller checks the connection by ending IDLE.
        """
        started = time.monotonic()
        with self._guard("IDLE"):
            responses = list(self.client.idle_check(timeout=timeout))
        if not responses and time.monotonic() - started < timeout / 2:
            return None
        return responses

    def idle_end(self) -> list[Any]:
        """Leave IDLE (DONE); returns what the server said since the last wait. A dead connection raises here."""
        with self._guard("IDLE DONE"):
            _, responses = self.client.idle_done()
        return list(responses)

    # -- writing -----------------------------------------------------------------------------------------

    def ensure_folder(self, folder: str) -> None:
        """Create a folder if it is missing: a fresh account may have no Drafts or Sent yet."""
        with self._guard("LIST", folder):
            if self.client.folder_exists(folder):
                return
        with self._guard(f"CREATE {folder!r}"):
            try:
                self.client.create_folder(folder)
            except IMAPClientError as exc:
                if "ALREADYEXISTS" not in str(exc).upper():
                    raise
                # another client created it between LIST and CREATE: what we wanted

    def folder_list(self) -> list[tuple[str, tuple[bytes, ...]]]:
        """LIST "" "*": every folder and its flags (Dovecot and most servers include the SPECIAL-USE ones)."""
        with self._guard("LIST"):
            listing = self.client.list_folders()
        return [(str(name), tuple(bytes(f) for f in flags)) for flags, _, name in listing]

    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = (DRAFT,)) -> None:
        """Store messages in an existing folder: one MULTIAPPEND round trip when offered, else one APPEND each.

        Never creates the folder (a typo in the config must not make a new folder staff never look at).
        """
        if not messages:
            return
        flag_list = list(flags)
        with self._guard("APPEND", folder):
            if self.client.has_capability("MULTIAPPEND"):
                # imapclient hands back the tagged (typ, data) of MULTIAPPEND unchecked: a NO must not pass.
                typ, data = self.client.multiappend(folder, [{"msg": raw, "flags": flag_list} for raw in messages])
                if typ != "OK":
                    raise IMAPClientError(b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace"))
            else:
                for raw in messages:
                    self.client.append(folder, raw, flags=flag_list)

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        """Remove exactly these UIDs (triage's own drafts, never client mail): \\Deleted + UID EXPUNGE.

        Without UIDPLUS only a plain EXPUNGE exists, which would also remove anything else marked \\Deleted,
        so it refuses instead.
        """
        if not uids:
            return
        if not self.has("UIDPLUS"):
            raise MailboxError(f"{self.box.name}: {self.where} lacks UIDPLUS; refusing to expunge in {folder!r}")
        self._ensure_selected(folder, readonly=False)
        ordered = sorted(set(uids))
        with self._guard("UID STORE/EXPUNGE", folder):
            self.client.add_flags(ordered, [DELETED], silent=True)
            self.client.uid_expunge(ordered)

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None:
        """Add flags such as \\Flagged to messages; \\Seen is refused: whether mail was read is the staff's."""
        if any(flag.lower() == SEEN.lower() for flag in flags):
            raise ValueError("triage never marks mail as read (\\Seen)")
        if not uids or not flags:
            return
        self._ensure_selected(folder, readonly=False)
        with self._guard("UID STORE", folder):
            answer = self.client.add_flags(sorted(set(uids)), list(flags), silent=False)
        wanted = {f.lower() for f in flags}
        missed = [uid for uid, now in (answer or {}).items() if not wanted <= {bytes(f).lower() for f in now}]
        if missed:  # RFC 4314: without the right to write flags a server may accept STORE and set nothing
            raise MailboxError(
                f"{self.box.name}: {self.where} did not set {b' '.join(flags).decode()} in {folder!r}"
                " (no right to change flags there?)"
            )
