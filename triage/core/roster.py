"""A practice's client list (what an EHR exports) read strictly: every row checked before anything is stored.

Columns: email, first_name, last_name, and optionally stage (lead, prospect, client; client when absent).
A bad row is reported with its line number and nothing of the file is imported, so a practice never ends up
with half a list and no way to tell which half.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from triage.core.mime import usable_address
from triage.core.name_parts import MAX_NAME

REQUIRED = ("email", "first_name", "last_name")
IMPORT_STAGES = ("lead", "prospect", "client")


class RosterError(Exception):
    """One line: the file, the line and what is wrong with it."""


@dataclass(frozen=True)
class RosterRow:
    line: int
    email: str
    first_name: str | None
    last_name: str | None
    stage: str


def read_roster(text: str, source: str) -> list[RosterRow]:
    """Every row of a client-list CSV, or RosterError naming the first bad line (1-based, header included)."""
    text = text.lstrip("\ufeff")  # Excel's byte-order mark
    reader = csv.DictReader(io.StringIO(text))
    header = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise RosterError(f"{source}:1: missing column {missing[0]!r} (need {', '.join(REQUIRED)}; stage is optional)")
    reader.fieldnames = header
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            raise RosterError(f"{source}:{line}: more values than columns")
        values = {k: (v or "").strip() for k, v in record.items()}
        email = usable_address(values.get("email", ""))
        if email is None:
            raise RosterError(f"{source}:{line}: {values.get('email', '')!r} is not an e-mail address")
        if email in seen:
            raise RosterError(f"{source}:{line}: {email} is already on line {seen[email]}")
        stage = values.get("stage", "").lower() or "client"
        if stage not in IMPORT_STAGES:
            raise RosterError(f"{source}:{line}: stage {stage!r} is not one of {', '.join(IMPORT_STAGES)}")
        first, last = values.get("first_name") or None, values.get("last_name") or None
        for name in (first, last):
            if name is not None and (len(name) > MAX_NAME * 2 or not name.isprintable()):
                raise RosterError(f"{source}:{line}: a name that is too long or has control characters")
        seen[email] = line
        rows.append(RosterRow(line, email, first, last, stage))
    return rows
