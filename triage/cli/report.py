"""`triage report`: funnel figures for a period, as a table, CSV, JSON or one HTML file with charts.

Dates are the practice's local dates (config `practice.timezone`), so "April" means April where the practice is.
Mistakes a person can fix (a bad date, a missing config or store) are one line and exit code 2.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from triage.cli.common import UserError, add_config, config_of, open_store, zone_of

FORMATS = ("table", "csv", "json", "html")
DEFAULT_HTML = "triage-report.html"


def add(sub: Any) -> argparse.ArgumentParser:
    """Add `report` to an argparse subparsers object; returns the new parser."""
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="funnel figures for a period: leads, conversion, response times, staff replies, crises",
        description="How many people asked, from where and about what, how many became clients, how fast they "
        "heard back, which drafts still wait, and crises flagged. Dates are the practice's local dates; "
        "--to includes the whole of that day. By default: this month so far.",
    )
    add_config(p)
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD (default: 1st of --to's month)"
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day included, YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv, json or html")
    p.add_argument("--out", metavar="FILE", help=f"write here instead of the terminal (html: default {DEFAULT_HTML})")
    p.add_argument("--charts", metavar="DIR", help="also write the three charts as PNG files into DIR")
    p.add_argument(
        "--business-hours",
        action="store_true",
        help="count response times in business hours only (Mon–Fri 9:00–17:00, practice time zone)",
    )
    p.add_argument(
        "--exclude-absence",
        action="store_true",
        help="leave people who wrote while the practice was away out of the response times",
    )
    p.set_defaults(func=cmd_report)
    return p


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} {text!r} is not a date like 2026-04-30") from None


def period(date_from: str | None, date_to: str | None, today: date) -> tuple[date, date]:
    """(first day, last day) from the options; defaults to the month of the last day, up to today."""
    end = parse_date(date_to, "--to") if date_to else today
    start = parse_date(date_from, "--from") if date_from else end.replace(day=1)
    if start > end:
        raise UserError(f"--from {start} is after --to {end}")
    return start, end


def cmd_report(args: argparse.Namespace) -> int:
    # Explicit dates are checked before anything is opened: a typo costs nothing.
    for value, option in ((args.date_from, "--from"), (args.date_to, "--to")):
        if value:
            parse_date(value, option)

    from triage.reporting import charts, funnel_view
    from triage.reporting.catchup import effective_absence
    from triage.reporting.funnel import BusinessHours, compute

    config = config_of(args)
    zone = zone_of(config)
    start, end = period(args.date_from, args.date_to, datetime.now(zone).date())
    store = open_store(config, must_exist=True)
    try:
        contacts, touchpoints = store.funnel_rows()
        away = effective_absence(config, store, zone) if args.exclude_absence else None
    finally:
        store.close()
    hours = BusinessHours() if args.business_hours else None
    exclude = [(away.start, away.end)] if away is not None else []
    report = compute(contacts, touchpoints, start=start, end=end, tz=zone, business_hours=hours, exclude=exclude)
    _emit(report, args, funnel_view, charts)
    if args.charts:
        try:
            paths = charts.charts(report, args.charts)
        except OSError as exc:
            raise UserError(f"cannot write charts to {args.charts}: {exc.strerror}") from exc
        _say(f"charts written to {Path(args.charts)}: {', '.join(p.name for p in paths)}")
    return 0


def _emit(report: Any, args: argparse.Namespace, view: Any, charts: Any) -> None:
    if args.format == "html":
        out = Path(args.out or DEFAULT_HTML)
        _write(out, charts.html(report))
        _say(f"report written to {out.resolve()}")
    elif args.format == "table":
        if args.out:
            from rich.console import Console

            console = Console(record=True, width=100, file=io.StringIO())
            view.table(report, console)
            _write(Path(args.out), console.export_text())
            _say(f"report written to {args.out}")
        else:
            view.table(report)
    else:
        text = view.csv(report) if args.format == "csv" else view.json(report)
        if args.out:
            _write(Path(args.out), text)
            _say(f"report written to {args.out}")
        else:
            sys.stdout.write(text)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from exc


def _say(message: str) -> None:
    """Status lines go to stderr, so `--format csv > file` stays pure CSV."""
    print(message, file=sys.stderr)
