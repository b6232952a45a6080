"""The training data: hand-written JSONL examples kept in the repo as text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.core.labels import LABELS
from triage.core.model import strip_subject_prefixes

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "train"


class DataError(Exception):
    """A training row that is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Example:
    text: str
    labels: tuple[str, ...]
    lang: str
    origin: str


def example_text(subject: str, body: str) -> str:
    """Same shape as Inquiry.classifier_text: subject words, then the body."""
    return "\n".join(p for p in (strip_subject_prefixes(subject), body.strip()) if p)


def data_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise DataError(f"{directory}: no *.jsonl training files")
    return files


def jsonl_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each non-blank line of a JSONL file as an object, with its place ("file:line") for the error that names it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise DataError(f"{where}: not JSON ({exc})") from exc
        if not isinstance(row, dict):
            raise DataError(f"{where}: not a JSON object")
        yield where, row


def load_examples(directory: Path = DEFAULT_DATA) -> list[Example]:
    examples: list[Example] = []
    for path in data_files(directory):
        for where, row in jsonl_rows(path):
            labels = row.get("labels")
            if not isinstance(labels, list) or not labels or any(label not in LABELS for label in labels):
                raise DataError(f"{where}: labels must be a non-empty list of {', '.join(LABELS)}")
            if "not_inquiry" in labels and len(labels) > 1:
                raise DataError(f"{where}: not_inquiry cannot be combined with other labels")
            body = row.get("body")
            if not isinstance(body, str) or not body.strip():
                raise DataError(f"{where}: body must be a non-empty string")
            examples.append(
                Example(
                    text=example_text(str(row.get("subject") or ""), body),
                    labels=tuple(labels),
                    lang=str(row.get("lang") or "en"),
                    origin=where,
                )
            )
    return examples


def data_hash(directory: Path = DEFAULT_DATA) -> str:
    """Content hash of every training file, so a model can be checked against the data it came from."""
    digest = hashlib.sha256()
    for path in data_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()
