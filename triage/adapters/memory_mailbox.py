"""A mailbox in memory, with the IMAP behaviour the poller relies on: folders, UIDs that only grow, a
UIDVALIDITY, flags, and search by header. For the fast tier of tests (and anything that wants a dry mailbox).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from triage.mailroom import Fetched, MailboxError, Mailroom

_HEADERS = BytesHeaderParser(policy=compat32)


@dataclass
class Stored:
    raw: bytes
    flags: set[bytes]
    internaldate: datetime


@dataclass
class Folder:
    uidvalidity: int
    messages: dict[int, Stored] = field(default_factory=dict)
    uidnext: int = 1


class MemoryMailbox:
    def __init__(self, name: str = "memory", *, uidvalidity: int = 1, folders: Sequence[str] = ("INBOX",)) -> None:
        self.name = name
        self._uidvalidity = uidvalidity
        self.folders: dict[str, Folder] = {f: Folder(uidvalidity) for f in folders}
        self._selected: Folder | None = None

    def __enter__(self) -> MemoryMailbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self._selected = None

    # ------------------------------------------------------------------ what tests use to set the scene
    def put(self, folder: str, raw: bytes, *, when: datetime | None = None, flags: Sequence[bytes] = ()) -> int:
        """Deliver a message (as the MTA or another client would); its UID."""
        self.ensure_folder(folder)
        box = self.folders[folder]
        uid, box.uidnext = box.uidnext, box.uidnext + 1
        box.messages[uid] = Stored(raw, set(flags), when or datetime.now(UTC))
        return uid

    def contents(self, folder: str) -> list[tuple[frozenset[bytes], bytes]]:
        """(flags, raw) of every message in a folder, in UID order."""
        box = self.folders.get(folder)
        return [] if box is None else [(frozenset(m.flags), m.raw) for _, m in sorted(box.messages.items())]

    def renumber(self, folder: str) -> None:
        """What a server does when it rebuilds a folder's index: a new UIDVALIDITY and new UIDs."""
        box = self.folders[folder]
        self._uidvalidity += 1
        self.folders[folder] = Folder(self._uidvalidity, {i: m for i, m in enumerate(box.messages.values(), 1)})
        self.folders[folder].uidnext = len(box.messages) + 1

    # ------------------------------------------------------------------ the Mailroom protocol
    def _folder(self, folder: str) -> Folder:
        if folder not in self.folders:
            raise MailboxError(f"{self.name}: folder {folder} does not exist")
        return self.folders[folder]

    def status(self, folder: str) -> tuple[int, int]:
        box = self._folder(folder)
        return box.uidvalidity, box.uidnext

    def select(self, folder: str, *, readonly: bool = True) -> int:
        self._selected = self._folder(folder)
        return self._selected.uidvalidity

    def _need_selected(self) -> Folder:
        if self._selected is None:
            raise MailboxError(f"{self.name}: no folder selected")
        return self._selected

    def uids_after(self, last_uid: int) -> list[int]:
        return sorted(uid for uid in self._need_selected().messages if uid > last_uid)

    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]:
        box = self._need_selected()
        for uid in sorted(uids):
            if (m := box.messages.get(uid)) is not None:
                yield Fetched(uid=uid, raw=m.raw, internaldate=m.internaldate, flags=tuple(sorted(m.flags)))

    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = (b"\\Draft",)) -> None:
        self._folder(folder)
        for raw in messages:
            self.put(folder, raw, flags=flags)

    def ensure_folder(self, folder: str) -> None:
        self.folders.setdefault(folder, Folder(self._uidvalidity))

    def folder_list(self) -> list[tuple[str, tuple[bytes, ...]]]:
        return [(name, ()) for name in sorted(self.folders)]

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        box = self.folders.get(folder)
        if box is None:
            return []
        return [
            uid
            for uid, m in sorted(box.messages.items())
            if (_HEADERS.parsebytes(m.raw, headersonly=True).get(header) or "").strip() == value
        ]

    def header_values(self, folder: str, header: str) -> dict[int, str]:
        box = self.folders.get(folder)
        if box is None:
            return {}
        found = {uid: _HEADERS.parsebytes(m.raw, headersonly=True).get(header) for uid, m in box.messages.items()}
        return {uid: str(value).strip() for uid, value in sorted(found.items()) if value is not None}

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        box = self._folder(folder)
        for uid in uids:
            box.messages.pop(uid, None)

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None:
        box = self._folder(folder)
        for uid in uids:
            if uid in box.messages:
                box.messages[uid].flags.update(flags)


def _is_a_mailroom(mailbox: MemoryMailbox) -> Mailroom:
    return mailbox  # mypy checks here that MemoryMailbox does what the poller needs
