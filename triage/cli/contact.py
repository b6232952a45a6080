"""`triage contact show|stage|list`: staff look a person up and move them along the funnel by hand."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from triage.cli.common import UserError, add_config, config_of, open_store, zone_of
from triage.core.kinds import Stage, TouchpointKind
from triage.core.roster import RosterError, read_roster
from triage.repository import Repository


def _store(args: argparse.Namespace) -> tuple[Repository, ZoneInfo]:
    config = config_of(args)
    return open_store(config, must_exist=True), zone_of(config)


def _when(value: datetime | None, tz: ZoneInfo) -> str:
    return "" if value is None else value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def add(sub: Any) -> None:
    contact = sub.add_parser(
        "contact",
        help="look up a person, list contacts, move someone along the funnel, or import a client list",
        description="Stages move forward only: lead → prospect → client; lost from lead or prospect.",
    )
    inner = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = inner.add_parser("show", help="a contact's stage, dates and every touchpoint")
    p.add_argument("email")
    add_config(p)
    p.set_defaults(func=cmd_show)
    p = inner.add_parser("stage", help="move a contact to prospect, client or lost")
    p.add_argument("email")
    p.add_argument("stage", choices=[s for s in Stage if s != Stage.LEAD])
    p.add_argument("--by", default="staff", help="who made the change (shown in the history)")
    p.add_argument("--note", default=None, help="why (shown in the history)")
    add_config(p)
    p.set_defaults(func=cmd_stage)
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
        + (f", client since {_when(contact.client_at, tz)}" if contact.client_at else "")
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
        else:
            text = ""
        table.add_row(_when(point.at, tz), point.kind.replace("_", " "), point.actor, text)
    console.print(table)
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    store, _ = _store(args)
    try:
        contact, changed = store.set_stage(args.email, args.stage, actor=args.by, reason=args.note or "")
    finally:
        store.close()
    print(f"{contact.email}: {'now ' if changed else 'already '}{contact.stage}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read it as UTF-8 text ({exc})") from None
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
