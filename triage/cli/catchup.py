"""`triage absence start|end|show`, `triage backlog`, `triage digest`: back from time away, what to review first."""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import sys
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from triage.cli.common import UserError, add_config, config_of, open_store, zone_of
from triage.config import Config
from triage.core.kinds import Stage
from triage.pipeline.batch import practice_time
from triage.reporting.catchup import CatchUp, catch_up, digest_text, effective_absence, local, local_day
from triage.repository import Repository


def add(sub: Any) -> None:
    p = sub.add_parser(
        "absence",
        help="start or end time away (replies then say they are late; stale ones are never sent automatically)",
    )
    p.add_argument("action", choices=("start", "end", "show"))
    p.add_argument("--from", "--on", dest="date", default=None, help="the day it starts/ends (default: now)")
    p.add_argument("--note", default=None, help="shown in the digest")
    p.add_argument("--by", default="staff", help="who set it")
    add_config(p)
    p.set_defaults(func=cmd_absence)
    p = sub.add_parser(
        "backlog",
        help="everything people wrote since the absence began, in the order to review it",
        description="Crises first, then existing clients, then scheduling requests, then the rest; oldest first.",
    )
    p.add_argument("--since", default=None, help="first day (default: the absence start, else 14 days ago)")
    p.add_argument("--csv", default=None, metavar="FILE", help="write CSV instead (- for standard output)")
    add_config(p)
    p.set_defaults(func=cmd_backlog)
    p = sub.add_parser("digest", help="a catch-up summary for the returning therapist (and optionally by e-mail)")
    p.add_argument("--since", default=None, help="first day (default: the absence start, else 14 days ago)")
    p.add_argument("--email", action="store_true", help="also send it to the practice address")
    add_config(p)
    p.set_defaults(func=cmd_digest)


def _open(args: argparse.Namespace, *, must_exist: bool = True) -> tuple[Config, Repository, ZoneInfo]:
    config = config_of(args)
    return config, open_store(config, must_exist=must_exist), zone_of(config)


def _day(text: str, option: str, zone: ZoneInfo) -> datetime:
    try:
        return local_day(text, zone)
    except ValueError:
        raise UserError(f"{option} {text!r}: expected a date like 2026-11-02") from None


def _catch_up(args: argparse.Namespace) -> tuple[Config, ZoneInfo, CatchUp]:
    config, store, zone = _open(args)
    try:
        return config, zone, catch_up(config, store, zone, _day(args.since, "--since", zone) if args.since else None)
    finally:
        store.close()


def cmd_absence(args: argparse.Namespace) -> int:
    config, store, zone = _open(args, must_exist=args.action == "show")
    try:
        if args.action == "start":
            start = _day(args.date, "--from", zone) if args.date else datetime.now(UTC)
            store.start_absence(start, args.note or "", actor=args.by)
            print(f"away since {local(start, zone)}; replies to older questions will say they are late")
        elif args.action == "end":
            ended = store.end_absence(_day(args.date, "--on", zone) if args.date else datetime.now(UTC))
            if ended is None:
                raise UserError("no absence is open (start one with `triage absence start`)")
            print(f"welcome back: away {local(ended.start, zone)} – {local(ended.end, zone)}")
            print("next: `triage backlog` shows what to review first, `triage digest` sums it up")
        else:
            current = effective_absence(config, store, zone)
            if current is None:
                print("not away")
            else:
                until = local(current.end, zone) if current.end else "now (still away)"
                print(f"away {local(current.start, zone)} – {until}" + (f": {current.note}" if current.note else ""))
    finally:
        store.close()
    return 0


def cmd_backlog(args: argparse.Namespace) -> int:
    _, zone, review = _catch_up(args)
    rows = review.rows
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
    table = Table(title=f"What to review, in order (since {local(review.since, zone)})")
    for column in ("#", "who", "received", "topics", "status"):
        table.add_column(column, overflow="fold")
    for i, r in enumerate(rows, 1):
        who = f"{r.first_name} <{r.email}>" if r.first_name else r.email
        if r.stage == Stage.CLIENT:
            who += " (client)"
        topics = ", ".join(f"[bold red]{t}[/]" if t == "crisis" else t for t in r.labels)
        table.add_row(str(i), who, local(r.received_at, zone), topics, r.status)
    Console().print(table)
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    config, zone, review = _catch_up(args)
    text = digest_text(review.rows, review.since, zone, review.new_leads, config.practice.name)
    print(text, end="")
    if args.email:
        _email_digest(config, text)
        print(f"(sent to {config.practice.address})", file=sys.stderr)
    return 0


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
    msg["Date"] = format_datetime(practice_time(config, datetime.now(UTC)))
    msg["Message-ID"] = make_msgid(domain=config.practice.address.split("@")[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    send([config.practice.address], msg.as_bytes(policy=SMTP))
