"""A local Maildir as a mailbox: the same operations triage uses on IMAP, for the demo and for people who sync
mail to disk (mbsync, offlineimap). Folders follow Maildir++ (".Drafts" beside cur/new/tmp).

IMAP gives every message a UID; a Maildir does not, so UIDs are kept in a small list file beside the messages,
the way Dovecot does (dovecot-uidlist), and survive restarts.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from triage.config import Mailbox
from triage.mailroom import Fetched, MailboxError

UIDLIST = "triage-uidlist.json"
_FLAG_LETTERS = {b"\\Draft": "D", b"\\Flagged": "F", b"\\Seen": "S", b"\\Answered": "R", b"\\Deleted": "T"}


class MaildirMailbox:
    """Implements the subset of ImapMailbox that the poller needs."""

    def __init__(self, box: Mailbox, password: str = "") -> None:
        self.box = box
        self.root = Path(box.path)
        self._selected: Path | None = None
        self._counter = 0

    def __enter__(self) -> MaildirMailbox:
        if not (self.root / "cur").is_dir() or not (self.root / "new").is_dir():
            raise MailboxError(f"{self.box.name}: {self.root} is not a Maildir (no cur/ and new/)")
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    # ------------------------------------------------------------------ folders
    def _folder(self, folder: str) -> Path:
        return self.root if folder.upper() == "INBOX" else self.root / f".{folder}"

    def ensure_folder(self, folder: str) -> None:
        path = self._folder(folder)
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)

    def folder_list(self) -> list[tuple[str, tuple[bytes, ...]]]:
        """INBOX and every Maildir++ subfolder (".Drafts" is Drafts); a Maildir has no SPECIAL-USE flags."""
        found: list[tuple[str, tuple[bytes, ...]]] = [("INBOX", ())] if (self.root / "cur").is_dir() else []
        if self.root.is_dir():
            subs = (p for p in self.root.iterdir() if p.name.startswith(".") and (p / "cur").is_dir())
            found += [(p.name[1:], ()) for p in sorted(subs)]
        return found

    def _files(self, path: Path) -> list[Path]:
        if not (path / "cur").is_dir():
            raise MailboxError(f"{self.box.name}: folder {path.name or 'INBOX'} does not exist in {self.root}")
        return sorted(
            p for sub in ("new", "cur") for p in (path / sub).iterdir() if p.is_file() and not p.name.startswith(".")
        )

    @staticmethod
    def _base(name: str) -> str:
        return name.split(":2,")[0]

    def _uidlist(self, path: Path) -> tuple[int, dict[str, int]]:
        """UIDVALIDITY and base name → UID for a folder; new files get the next UIDs in name order."""
        list_file = path / UIDLIST
        try:
            data = json.loads(list_file.read_text(encoding="utf-8"))
            validity, uids = int(data["uidvalidity"]), {str(k): int(v) for k, v in data["uids"].items()}
        except (OSError, ValueError, KeyError):
            validity, uids = int(time.time()), {}
        next_uid = max(uids.values(), default=0) + 1
        changed = not list_file.exists()
        for file in self._files(path):
            base = self._base(file.name)
            if base not in uids:
                uids[base] = next_uid
                next_uid += 1
                changed = True
        if changed:
            tmp = list_file.with_suffix(".tmp")
            tmp.write_text(json.dumps({"uidvalidity": validity, "uids": uids}), encoding="utf-8")
            os.replace(tmp, list_file)
        return validity, uids

    def status(self, folder: str) -> tuple[int, int]:
        validity, uids = self._uidlist(self._folder(folder))
        return validity, max(uids.values(), default=0) + 1

    def select(self, folder: str, *, readonly: bool = True) -> int:
        self._selected = self._folder(folder)
        return self._uidlist(self._selected)[0]

    def _by_uid(self, path: Path) -> dict[int, Path]:
        _, uids = self._uidlist(path)
        return {uids[self._base(f.name)]: f for f in self._files(path) if self._base(f.name) in uids}

    def uids_after(self, last_uid: int) -> list[int]:
        if self._selected is None:
            raise MailboxError(f"{self.box.name}: no folder selected")
        return sorted(uid for uid in self._by_uid(self._selected) if uid > last_uid)

    def fetch(self, uids: Sequence[int], batch: int) -> Iterator[Fetched]:
        if self._selected is None:
            raise MailboxError(f"{self.box.name}: no folder selected")
        files = self._by_uid(self._selected)
        for uid in sorted(uids):
            file = files.get(uid)
            if file is None:
                continue
            try:
                raw = file.read_bytes()
                when = datetime.fromtimestamp(file.stat().st_mtime, UTC)
            except FileNotFoundError:
                continue
            flags = tuple(flag for flag, letter in _FLAG_LETTERS.items() if letter in file.name.partition(":2,")[2])
            yield Fetched(uid=uid, raw=raw, internaldate=when, flags=flags)

    # ------------------------------------------------------------------ writing
    def append(self, folder: str, messages: Sequence[bytes], flags: Sequence[bytes] = (b"\\Draft",)) -> None:
        path = self._folder(folder)
        if not (path / "cur").is_dir():
            raise MailboxError(f"{self.box.name}: folder {folder} does not exist in {self.root}")
        letters = "".join(sorted(_FLAG_LETTERS[f] for f in flags if f in _FLAG_LETTERS))
        host = socket.gethostname().replace("/", "_").replace(":", "_")
        for raw in messages:
            self._counter += 1
            base = f"{time.time_ns()}.P{os.getpid()}Q{self._counter}.{host}"
            tmp = path / "tmp" / base
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(raw)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path / "cur" / f"{base}:2,{letters}")

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        path = self._folder(folder)
        found = []
        parser = BytesHeaderParser(policy=compat32)
        for uid, file in self._by_uid(path).items():
            with file.open("rb") as handle:
                headers = parser.parse(handle)
            if (headers.get(header) or "").strip() == value:
                found.append(uid)
        return sorted(found)

    def header_values(self, folder: str, header: str) -> dict[int, str]:
        path = self._folder(folder)
        if not (path / "cur").is_dir():
            return {}
        parser = BytesHeaderParser(policy=compat32)
        found: dict[int, str] = {}
        for uid, file in sorted(self._by_uid(path).items()):
            with file.open("rb") as handle:
                value = parser.parse(handle).get(header)
            if value is not None:
                found[uid] = str(value).strip()
        return found

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        files = self._by_uid(self._folder(folder))
        for uid in uids:
            if uid in files:
                files[uid].unlink(missing_ok=True)

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None:
        files = self._by_uid(self._folder(folder))
        add = {_FLAG_LETTERS[f] for f in flags if f in _FLAG_LETTERS}
        for uid in uids:
            file = files.get(uid)
            if file is None:
                continue
            base, _, current = file.name.partition(":2,")
            letters = "".join(sorted(set(current) | add))
            os.replace(file, file.parent.parent / "cur" / f"{base}:2,{letters}")
