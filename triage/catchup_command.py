"""Back from vacation: `triage absence`, `triage backlog` (what to review, in what order) and `triage digest`."""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import sys
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from triage.adapters.store import Store
from triage.commands import UserError, _guard
from triage.config import Config, load_config
from triage.core.absence import Absence, review_rank
from triage.core.kinds import Stage
from triage.repository import BacklogRow


def _open(args: argparse.Namespace) -> tuple[Config, Store, ZoneInfo]:
    config = load_config(args.config or getattr(args, "config_global", None))
    return config, Store(config.store.url), ZoneInfo(config.practice.timezone)


def _day(text: str, option: str, zone: ZoneInfo) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(text), time(0), tzinfo=zone)
    except ValueError:
        raise UserError(f"{option} {text!r}: expected a date like 2026-11-02") from None


def effective_absence(config: Config, store: Store, zone: ZoneInfo) -> Absence | None:
    """The config's [absence] when it names a start; else the latest one set with `triage absence start`."""
    settings = config.absence
    if settings.start:
        start = _day(settings.start, "absence.start", zone)
        end = _day(settings.end, "absence.end", zone) + timedelta(days=1) if settings.end else None
        return Absence(start, end, settings.note)
    return store.latest_absence()


def _local(value: datetime | None, zone: ZoneInfo) -> str:
    return "" if value is None else value.astimezone(zone).strftime("%a %d %b %H:%M")


def cmd_absence(args: argparse.Namespace) -> int:
    def action() -> int:
        config, store, zone = _open(args)
        try:
            if args.action == "start":
                start = _day(args.date, "--from", zone) if args.date else datetime.now(UTC)
                store.start_absence(start, args.note or "", actor=args.by)
                print(f"away since {_local(start, zone)}; replies to older questions will say they are late")
            elif args.action == "end":
                ended = store.end_absence(_day(args.date, "--on", zone) if args.date else datetime.now(UTC))
                if ended is None:
                    raise UserError("no absence is open (start one with `triage absence start`)")
                print(f"welcome back: away {_local(ended.start, zone)} – {_local(ended.end, zone)}")
                print("next: `triage backlog` shows what to review first, `triage digest` sums it up")
            else:
                current = effective_absence(config, store, zone)
                if current is None:
                    print("not away")
                else:
                    until = _local(current.end, zone) if current.end else "now (still away)"
                    print(
                        f"away {_local(current.start, zone)} – {until}" + (f": {current.note}" if current.note else "")
                    )
        finally:
            store.close()
        return 0

    return _guard(action)


def review_order(rows: list[BacklogRow]) -> list[BacklogRow]:
    """Crises first, then existing clients, then scheduling requests, then the rest; oldest first within each."""
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(rows, key=lambda r: (review_rank(r.labels, r.stage), r.received_at or oldest, r.entry_id))


def _since(args: argparse.Namespace, config: Config, store: Store, zone: ZoneInfo) -> datetime:
    if args.since:
        return _day(args.since, "--since", zone)
    absence = effective_absence(config, store, zone)
    return absence.start if absence is not None else datetime.now(UTC) - timedelta(days=14)


def cmd_backlog(args: argparse.Namespace) -> int:
    def action() -> int:
        config, store, zone = _open(args)
        try:
            since = _since(args, config, store, zone)
            rows = review_order(store.backlog(since))
        finally:
            store.close()
        if args.csv:
            with contextlib.ExitStack() as stack:
                out = sys.stdout
                if args.csv != "-":  # names and addresses: readable by the owner only
                    fd = os.open(args.csv, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    out = stack.enter_context(open(fd, "w", newline="", encoding="utf-8"))
                writer = csv.writer(out)
                writer.writerow(["order", "email", "name", "stage", "received", "topics", "status"])
                for i, r in enumerate(rows, 1):
                    received = r.received_at.astimezone(zone).isoformat() if r.received_at else ""
                    writer.writerow([i, r.email, r.first_name or "", r.stage, received, " ".join(r.labels), r.status])
            if args.csv != "-":
                print(f"{len(rows)} rows written to {args.csv}", file=sys.stderr)
            return 0
        table = Table(title=f"What to review, in order (since {_local(since, zone)})")
        for column in ("#", "who", "received", "topics", "status"):
            table.add_column(column, overflow="fold")
        for i, r in enumerate(rows, 1):
            who = f"{r.first_name} <{r.email}>" if r.first_name else r.email
            if r.stage == Stage.CLIENT:
                who += " (client)"
            topics = ", ".join(f"[bold red]{t}[/]" if t == "crisis" else t for t in r.labels)
            table.add_row(str(i), who, _local(r.received_at, zone), topics, r.status)
        Console().print(table)
        return 0

    return _guard(action)


def digest_text(rows: list[BacklogRow], since: datetime, zone: ZoneInfo, new_leads: int, practice: str) -> str:
    """The catch-up summary: counts and statuses, names only for crises (who to call first), never message text."""
    topics = Counter(t for r in rows for t in r.labels)
    statuses = Counter(r.status.split(":")[0] for r in rows)
    crises = [r for r in rows if "crisis" in r.labels]
    lines = [
        f"While you were away ({_local(since, zone)} – now), {practice} received {len(rows)} messages from people.",
        "",
        f"New leads: {new_leads}",
        f"Drafts waiting for your review: {statuses.get('draft waiting', 0)}",
        f"Already answered: {statuses.get('answered', 0)}",
        f"Needed no draft: {sum(v for k, v in statuses.items() if k.startswith('no draft'))}",
        "",
        "By topic:",
        *[f"  {label}: {count}" for label, count in topics.most_common()],
        "",
        f"Possible crises: {len(crises)}" + (" (flagged in the inbox; please read these first)" if crises else ""),
        *[f"  {_local(r.received_at, zone)}  {r.first_name or ''} <{r.email}>  {r.status}" for r in crises],
        "",
        "`triage backlog` lists everything in the order to review it.",
    ]
    return "\n".join(lines) + "\n"


def cmd_digest(args: argparse.Namespace) -> int:
    def action() -> int:
        config, store, zone = _open(args)
        try:
            since = _since(args, config, store, zone)
            rows = review_order(store.backlog(since))
            new_leads = sum(1 for c in store.list_contacts() if c.created_at >= since)
        finally:
            store.close()
        text = digest_text(rows, since, zone, new_leads, config.practice.name)
        print(text, end="")
        if args.email:
            _email_digest(config, text)
            print(f"(sent to {config.practice.address})", file=sys.stderr)
        return 0

    return _guard(action)


def _email_digest(config: Config, text: str) -> None:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime, make_msgid

    from triage.runner import make_sender

    send = make_sender(config)
    if send is None:
        raise UserError(f"{config.path}: --email needs an [smtp] section")
    msg = EmailMessage()
    msg["From"] = msg["To"] = config.practice.address
    msg["Subject"] = f"[triage] Catch-up digest for {config.practice.name}"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=config.practice.address.split("@")[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    send([config.practice.address], msg.as_bytes(policy=SMTP))


def add_catchup_commands(sub: Any) -> None:
    config_help = "config file (default: ./triage.toml, then $TRIAGE_CONFIG)"
    p = sub.add_parser(
        "absence",
        help="start or end time away (replies then say they are late; stale ones are never sent automatically)",
    )
    p.add_argument("action", choices=("start", "end", "show"))
    p.add_argument("--from", "--on", dest="date", default=None, help="the day it starts/ends (default: now)")
    p.add_argument("--note", default=None, help="shown in the digest")
    p.add_argument("--by", default="staff", help="who set it")
    p.add_argument("--config", default=None, help=config_help)
    p.set_defaults(func=cmd_absence)
    p = sub.add_parser(
        "backlog",
        help="everything people wrote since the absence began, in the order to review it",
        description="Crises first, then existing clients, then scheduling requests, then the rest; oldest first.",
    )
    p.add_argument("--since", default=None, help="first day (default: the absence start, else 14 days ago)")
    p.add_argument("--csv", default=None, metavar="FILE", help="write CSV instead (- for standard output)")
    p.add_argument("--config", default=None, help=config_help)
    p.set_defaults(func=cmd_backlog)
    p = sub.add_parser("digest", help="a catch-up summary for the returning therapist (and optionally by e-mail)")
    p.add_argument("--since", default=None, help="first day (default: the absence start, else 14 days ago)")
    p.add_argument("--email", action="store_true", help="also send it to the practice address")
    p.add_argument("--config", default=None, help=config_help)
    p.set_defaults(func=cmd_digest)
