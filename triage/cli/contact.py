"""`triage contact show|stage|booked|attended|paid|cancelled|list|import`: staff look a person up and record
where they are in the funnel by hand, each fact dated (--date) and signed (--by)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from triage.cli.common import UserError, add_config, config_of, open_store, read_text_file, zone_of
from triage.core.appointments import local_day, parse_when
from triage.core.kinds import Stage, TouchpointKind
from triage.core.milestones import Cause, Event, Milestone
from triage.core.roster import RosterError, read_roster
from triage.repository import Repository


def _store(args: argparse.Namespace) -> tuple[Repository, ZoneInfo]:
    config = config_of(args)
    return open_store(config, must_exist=True), zone_of(config)


def _when(value: datetime | None, tz: ZoneInfo) -> str:
    return "" if value is None else value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


DATE_HELP = "the day it happened, YYYY-MM-DD in the practice's time zone (default: now)"
CLIENT_RULE = (
    "A contact becomes a client by itself once their first session was held, payment was verified and their next "
    "session is booked; a booking recorded after the first session is the next session."
)
FACTS = (
    ("booked", Milestone.BOOKED, "record a booking (after the first session: the next session is booked)"),
    ("attended", Milestone.FIRST_SESSION, "record that the first session was held"),
    ("paid", Milestone.PAID, "record that payment was verified"),
    ("cancelled", Milestone.CANCELLED, "record that a booked appointment was cancelled"),
)


def _moment(text: str | None, option: str, tz: ZoneInfo) -> datetime:
    """A date (noon local; now when it is today) or a date and time, local to the practice; UserError otherwise."""
    now = datetime.now(UTC)
    if text is None:
        return now
    try:
        return local_day(date.fromisoformat(text.strip()), tz, now)
    except ValueError:
        pass
    found = parse_when(text, tz)
    if found is None:
        raise UserError(f"{option} {text!r} is not a date like 2026-04-03 (or 2026-04-03 10:00)")
    return found


def add(sub: Any) -> None:
    contact = sub.add_parser(
        "contact",
        help="look up a person, list contacts, move someone along the funnel, or import a client list",
        description="Stages move forward only: lead → prospect → booked → client; cancelled from booked (back to "
        "booked on rebooking); lost from any stage before client. Every change is dated and names who made it.",
    )
    inner = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = inner.add_parser("show", help="a contact's stage, dates and every touchpoint")
    p.add_argument("email")
    add_config(p)
    p.set_defaults(func=cmd_show)
    p = inner.add_parser("stage", help="move a contact to prospect, booked, client, cancelled or lost")
    p.add_argument("email")
    p.add_argument("stage", choices=[s for s in Stage if s != Stage.LEAD])
    p.add_argument("--by", default="staff", help="who made the change (shown in the history)")
    p.add_argument("--note", default=None, help="why (shown in the history)")
    p.add_argument("--date", default=None, metavar="DATE", help=DATE_HELP)
    add_config(p)
    p.set_defaults(func=cmd_stage)
    for name, milestone, text in FACTS:
        p = inner.add_parser(name, help=text, description=f"{text[0].upper()}{text[1:]}. {CLIENT_RULE}")
        p.add_argument("email")
        p.add_argument("--date", default=None, metavar="DATE", help=DATE_HELP)
        if milestone == Milestone.BOOKED:
            p.add_argument("--appointment", metavar="WHEN", help="the appointment's date (and time): 2026-04-03 10:00")
        p.add_argument("--by", required=True, metavar="NAME", help="who recorded it (shown in the history)")
        p.add_argument("--note", default=None, help="why (shown in the history)")
        add_config(p)
        p.set_defaults(func=cmd_fact, milestone=milestone)
    p = inner.add_parser(
        "import",
        help="make the people on a client list (CSV) clients",
        description="FILE.csv has the columns email, first_name, last_name and optionally stage (lead, prospect or "
        "client; client when absent), as a practice-management system exports them. Every row is checked first: "
        "a bad row is reported with its line number and nothing is imported. Running it again changes nothing.",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--by", default="import", help="who imported it (shown in each contact's history)")
    add_config(p)
    p.set_defaults(func=cmd_import)
    p = inner.add_parser("list", help="contacts, newest last")
    p.add_argument("--stage", choices=list(Stage))
    p.add_argument("--source", choices=("direct", "psychology_today", "directory", "website_form", "phone", "referral"))
    add_config(p)
    p.set_defaults(func=cmd_list)


def cmd_show(args: argparse.Namespace) -> int:
    store, tz = _store(args)
    try:
        contact = store.contact(args.email)
        if contact is None:
            raise UserError(f"no contact with the address {args.email}")
        history = store.history(contact.id)
    finally:
        store.close()
    console = Console()
    console.print(
        f"[bold]{contact.first_name or contact.email}[/] <{contact.email}>  stage: [bold]{contact.stage}[/]  "
        f"source: {contact.source.replace('_', ' ')}"
    )
    console.print(
        f"lead since {_when(contact.created_at, tz)}"
        + (f", prospect since {_when(contact.prospect_at, tz)}" if contact.prospect_at else "")
        + (f", booked on {_when(contact.booked_at, tz)}" if contact.booked_at else "")
        + (f" for {_when(contact.appointment_at, tz)}" if contact.appointment_at else "")
        + (f", first session {_when(contact.first_session_at, tz)}" if contact.first_session_at else "")
        + (f", paid {_when(contact.paid_at, tz)}" if contact.paid_at else "")
        + (f", next session booked {_when(contact.next_booked_at, tz)}" if contact.next_booked_at else "")
        + (f", client since {_when(contact.client_at, tz)}" if contact.client_at else "")
        + (f", cancelled on {_when(contact.cancelled_at, tz)}" if contact.cancelled_at else "")
        + (f", lost on {_when(contact.lost_at, tz)}" if contact.lost_at else "")
    )
    table = Table(title="Touchpoints")
    for column in ("when", "what", "by", "details"):
        table.add_column(column)
    for point in history:
        detail = json.loads(point.detail or "{}")
        if point.kind == TouchpointKind.INQUIRY:
            text = ", ".join(detail.get("labels", []))
        elif point.kind == TouchpointKind.STAGE_CHANGE:
            text = f"{detail.get('from')} → {detail.get('to')}: {detail.get('reason', '')}"
            if detail.get("milestone"):
                text = f"{str(detail['milestone']).replace('_', ' ')} ({text})"
        elif point.kind == TouchpointKind.MILESTONE:
            text = f"{str(detail.get('milestone', '')).replace('_', ' ')}: {detail.get('reason', '')}"
        else:
            text = ""
        table.add_row(_when(point.at, tz), point.kind.replace("_", " "), point.actor, text)
    console.print(table)
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    store, tz = _store(args)
    try:
        at = _moment(args.date, "--date", tz)
        contact, changed = store.set_stage(args.email, args.stage, actor=args.by, reason=args.note or "", at=at)
    finally:
        store.close()
    print(f"{contact.email}: {'now ' if changed else 'already '}{contact.stage}")
    return 0


def cmd_fact(args: argparse.Namespace) -> int:
    """A dated milestone recorded by staff; refused with one sentence when the funnel does not allow it."""
    store, tz = _store(args)
    try:
        at = _moment(args.date, "--date", tz)
        appointment = getattr(args, "appointment", None)
        when = _moment(appointment, "--appointment", tz) if appointment else None
        event = Event(args.milestone, at, appointment_at=when)
        contact, changed = store.record_milestone(
            args.email, event, actor=args.by, cause=Cause.STAFF, reason=args.note or "recorded by hand"
        )
    finally:
        store.close()
    facts = [
        ("booked", contact.booked_at),
        ("appointment", contact.appointment_at),
        ("first session", contact.first_session_at),
        ("paid", contact.paid_at),
        ("next session booked", contact.next_booked_at),
    ]
    known = ", ".join(f"{name} {_when(at, tz)[:10]}" for name, at in facts if at is not None)
    print(f"{contact.email}: {'recorded' if changed else 'already known'}; stage {contact.stage} ({known})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path, text = read_text_file(args.file)
    try:
        listing = read_roster(text, str(path))
    except RosterError as exc:
        raise UserError(f"{exc} (nothing was imported)") from None
    store = open_store(config_of(args))  # a practice may import its clients before the first poll
    try:
        created, moved, unchanged = store.import_contacts(listing, actor=args.by, at=datetime.now(UTC))
    finally:
        store.close()
    print(f"{len(listing)} rows: {created} new contacts, {moved} updated, {unchanged} already up to date")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store, tz = _store(args)
    try:
        contacts = store.list_contacts(args.stage, args.source)
    finally:
        store.close()
    table = Table(title="Contacts")
    for column in ("email", "name", "stage", "source", "lead since"):
        table.add_column(column)
    for c in contacts:
        table.add_row(c.email, c.first_name or "", c.stage, c.source.replace("_", " "), _when(c.created_at, tz))
    Console().print(table)
    return 0
