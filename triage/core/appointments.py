"""The practice's EHR or calendar export of appointments, read strictly, and the milestones each row means.

Columns: email (the client's), start (the appointment's date and time, local to the practice), status (scheduled,
attended, cancelled or no-show) and paid (yes or no); optionally booked_on (when the booking was made). Every
row is checked before anything is stored: bad rows are reported with their line numbers and nothing of the file
is imported.

What a row means is decided against what the last import said about the same appointment (the person and its
start), so importing the same file twice changes nothing, and an appointment that went from scheduled to attended
is a first session the day it happened. A booking without booked_on is dated by the import, or by the
appointment itself when that was earlier (a booking made before the session, at the latest).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from enum import StrEnum

from triage.core.milestones import Event, Milestone
from triage.core.mime import usable_address

REQUIRED = ("email", "start", "status", "paid")
SHOWN_ERRORS = 5


class Status(StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    NO_SHOW = "no-show"


STATUS_WORDS: dict[str, Status] = {
    "scheduled": Status.SCHEDULED,
    "booked": Status.SCHEDULED,
    "confirmed": Status.SCHEDULED,
    "attended": Status.ATTENDED,
    "completed": Status.ATTENDED,
    "show": Status.ATTENDED,
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "late cancel": Status.CANCELLED,
    "no-show": Status.NO_SHOW,
    "no show": Status.NO_SHOW,
    "noshow": Status.NO_SHOW,
}
YES, NO = frozenset({"yes", "y", "true", "1", "paid"}), frozenset({"no", "n", "false", "0", "unpaid", ""})
FORMATS = ("%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M", "%m/%d/%Y")
GONE = (Status.CANCELLED, Status.NO_SHOW)


class AppointmentsError(Exception):
    """One line: the file, every bad line (the first few) and what is wrong with each."""


@dataclass(frozen=True)
class AppointmentRow:
    line: int
    email: str
    start: datetime  # aware
    status: Status
    paid: bool
    booked_on: datetime | None = None


@dataclass(frozen=True)
class Seen:
    """What the store last knew about one appointment."""

    status: Status
    paid: bool


def parse_when(text: str, zone: tzinfo) -> datetime | None:
    """A date or date and time as EHRs export them (ISO, or US month/day/year), local to the practice unless it
    carries its own offset; None when it is not one."""
    text = text.strip()
    found: datetime | None = None
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        for form in FORMATS:
            try:
                found = datetime.strptime(text.upper(), form)
                break
            except ValueError:
                continue
    if found is None:
        return None
    return found.replace(tzinfo=zone) if found.tzinfo is None else found


def read_appointments(text: str, source: str, zone: tzinfo) -> list[AppointmentRow]:
    """Every row of an appointments CSV, or AppointmentsError naming the bad lines (1-based, header included)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(name or "").strip().lower().replace(" ", "_") for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        need = ", ".join(REQUIRED)
        raise AppointmentsError(f"{source}:1: missing column {missing[0]!r} (need {need}; booked_on is optional)")
    reader.fieldnames = header
    rows: list[AppointmentRow] = []
    errors: list[str] = []
    seen: dict[tuple[str, datetime], int] = {}
    for record in reader:
        line = reader.line_num
        problem, row = _row(record, line, zone)
        if row is not None and (row.email, row.start) in seen:
            problem, row = f"the same appointment as line {seen[(row.email, row.start)]}", None
        if problem:
            errors.append(f"line {line}: {problem}")
        elif row is not None:
            seen[(row.email, row.start)] = line
            rows.append(row)
    if errors:
        more = f" (and {len(errors) - SHOWN_ERRORS} more)" if len(errors) > SHOWN_ERRORS else ""
        raise AppointmentsError(f"{source}: " + "; ".join(errors[:SHOWN_ERRORS]) + more)
    return rows


def _row(record: Mapping[str | None, object], line: int, zone: tzinfo) -> tuple[str, AppointmentRow | None]:
    if None in record:
        return "more values than columns", None
    values = {str(k): str(v or "").strip() for k, v in record.items()}
    email = usable_address(values.get("email", ""))
    if email is None:
        return f"{values.get('email', '')!r} is not an e-mail address", None
    start = parse_when(values.get("start", ""), zone)
    if start is None:
        return f"start {values.get('start', '')!r} is not a date and time like 2026-04-03 10:00", None
    status = STATUS_WORDS.get(values.get("status", "").lower())
    if status is None:
        return f"status {values.get('status', '')!r} is not scheduled, attended, cancelled or no-show", None
    paid_word = values.get("paid", "").lower()
    if paid_word not in YES | NO:
        return f"paid {values.get('paid', '')!r} is not yes or no", None
    booked_on = None
    if values.get("booked_on"):
        booked_on = parse_when(values["booked_on"], zone)
        if booked_on is None:
            return f"booked_on {values['booked_on']!r} is not a date", None
    return "", AppointmentRow(line, email, start, status, paid_word in YES, booked_on)


def events_for(rows: Sequence[AppointmentRow], before: Mapping[datetime, Seen], now: datetime) -> list[Event]:
    """The milestones one person's rows mean, given what the last import said about each appointment (by start):
    an unchanged row means nothing, so the same file twice changes nothing. Rows are taken in start order."""
    events: list[Event] = []
    ordered = sorted(rows, key=lambda r: r.start)
    for row in ordered:
        old = before.get(row.start)
        when = min(now, row.start)
        if old is None or (old.status in GONE and row.status not in GONE):
            booked = row.booked_on or (when if old is None else now)
            events.append(Event(Milestone.BOOKED, min(booked, row.start), appointment_at=row.start))
        if row.status == Status.ATTENDED and (old is None or old.status != Status.ATTENDED):
            events.append(Event(Milestone.FIRST_SESSION, row.start))
        if row.status in GONE and (old is None or old.status not in GONE) and not _still_booked(row, ordered):
            events.append(Event(Milestone.CANCELLED, when if old is None else now))
        if row.paid and (old is None or not old.paid):
            events.append(Event(Milestone.PAID, when if old is None else now))
    return events


def _still_booked(row: AppointmentRow, rows: Sequence[AppointmentRow]) -> bool:
    """Another appointment after this one is still on the calendar: one cancelled session is no cancelled booking."""
    return any(r.start > row.start and r.status in (Status.SCHEDULED, Status.ATTENDED) for r in rows)


def local_day(day: date, zone: tzinfo, now: datetime) -> datetime:
    """A date staff type (`--date 2026-03-01`) as a moment: now when it is today, else noon local that day (the
    middle of the day, so it stays in that day whatever the report's time zone arithmetic)."""
    if now.astimezone(zone).date() == day:
        return now
    return datetime.combine(day, time(12), tzinfo=zone)
