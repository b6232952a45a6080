"""Messages stored as files: single .eml files, folders of them, and Maildirs (cur/ and new/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _maildir_files(path: Path) -> Iterator[Path]:
    for sub in ("new", "cur"):
        yield from sorted(p for p in (path / sub).iterdir() if p.is_file() and not p.name.startswith("."))


def find_messages(paths: list[str]) -> Iterator[tuple[str, Path]]:
    """Yield (name as given or found, path) for every message under the given paths, in a stable order.

    A path that does not exist is yielded too, so the caller reports it instead of skipping it silently.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            if _is_maildir(path):
                for found in _maildir_files(path):
                    yield str(found), found
                continue
            for found in sorted(path.rglob("*")):
                if found.is_dir() and _is_maildir(found):
                    for message in _maildir_files(found):
                        yield str(message), message
                elif found.is_file() and found.suffix.lower() == ".eml":
                    yield str(found), found
        else:
            yield given, path


def read_message(path: Path) -> bytes | str:
    """The raw bytes, or a reason string when the file cannot be read at all."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return "file not found"
    except IsADirectoryError:
        return "is a directory, not a message"
    except OSError as exc:
        return f"unreadable file: {exc.strerror or exc}"
