"""`triage import appointments FILE.csv`: the practice's EHR or calendar export becomes dated milestones.

Thin: read the file strictly (every bad row is reported with its line number and nothing is imported), then one
store transaction. Running it again on the same file changes nothing.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from triage.cli.common import UserError, add_config, config_of, open_store, read_text_file, zone_of
from triage.core.appointments import AppointmentsError, read_appointments


def add(sub: Any) -> None:
    group = sub.add_parser("import", help="bring in facts from the practice's other systems (appointments)")
    inner = group.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    p = inner.add_parser(
        "appointments",
        help="an EHR or calendar export of appointments: bookings, first sessions, payments, cancellations",
        description="FILE.csv has the columns email, start, status (scheduled, attended, cancelled or no-show) and "
        "paid (yes or no), and optionally booked_on (when the booking was made; without it a booking is dated by "
        "the import, or by the appointment when that was earlier). Times are the practice's local time. Every "
        "row is checked first: bad rows are reported with their line numbers and nothing is imported. Running it "
        "again changes nothing. People not known yet become contacts, never new leads.",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--by", default="appointments import", help="who or what it came from (shown in the history)")
    add_config(p)
    p.set_defaults(func=cmd_appointments)


def cmd_appointments(args: argparse.Namespace) -> int:
    path, text = read_text_file(args.file)
    config = config_of(args)
    try:
        listing = read_appointments(text, str(path), zone_of(config))
    except AppointmentsError as exc:
        raise UserError(f"{exc} (nothing was imported)") from None
    store = open_store(config)
    try:
        created, changed, milestones = store.import_appointments(listing, actor=args.by, at=datetime.now(UTC))
    finally:
        store.close()
    print(
        f"{len(listing)} appointments: {created} new contacts, {changed} people moved along "
        f"({milestones} milestones), the rest already up to date"
    )
    return 0
