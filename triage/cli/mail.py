"""`triage poll`, `triage run`, `triage demo`: read the mailboxes (once, on a schedule, or the bundled sample inbox)
and print what happened. Nothing is half-written by a failure: the ledger makes the next run finish the work."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from triage.cli.common import add_config, add_model, config_of, load_classifier
from triage.pipeline.batch import PollReport


def add(sub: Any) -> None:
    p = sub.add_parser(
        "poll",
        help="read every mailbox once: record leads, leave draft replies, flag crises",
        description="One cycle over every mailbox in the config (or those named with --mailbox): new messages "
        "are understood, leads recorded, draft replies left in Drafts (or sent, in send mode), crises flagged "
        "and alerted. Safe to repeat: nothing is processed twice.",
    )
    p.add_argument("--once", action="store_true", help="one cycle and exit (the default; `triage run` repeats)")
    add_config(p)
    p.add_argument("--mailbox", action="append", help="only this mailbox (repeatable)")
    add_model(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_poll)

    p = sub.add_parser(
        "run",
        help="keep polling every mailbox at its poll_every until stopped",
        description="Runs a scheduler with one job per mailbox; a slow cycle is never run twice at once. "
        "SIGTERM or Ctrl-C finishes the current cycle and exits.",
    )
    add_config(p)
    add_model(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "demo",
        help="the whole pipeline on ~110 bundled sample inquiries (no server needed)",
        description="Copies the bundled sample inbox to a Maildir, runs a poll on it with SQLite and the "
        "example practice, and shows what triage did and where the drafts are.",
    )
    p.add_argument("--out", default=None, help="working folder (default: a new temporary folder)")
    add_model(p)
    p.set_defaults(func=cmd_demo)


def cmd_poll(args: argparse.Namespace) -> int:
    from triage.reporting.poll_summary import poll_summary, progress_bar
    from triage.runner import build_poller, poll_once

    config = config_of(args)
    boxes = [config.mailbox(name) for name in args.mailbox] if args.mailbox else None
    with progress_bar(not args.quiet) as progress:
        poller = build_poller(config, load_classifier(args.model), progress=progress, model=args.model)
        try:
            reports = poll_once(poller, boxes)
        finally:
            poller.close()
    if not args.quiet:
        poll_summary(reports)
    return 1 if any(r.errors for r in reports) else 0


def cmd_run(args: argparse.Namespace) -> int:
    from triage.runner import build_poller, run_forever

    config = config_of(args)
    poller = build_poller(config, load_classifier(args.model), model=args.model)
    log = logging.getLogger("triage")

    def on_report(report: PollReport) -> None:
        if report.fetched:
            log.info(
                "%s: %d read, %d leads, %d drafts, %d crises",
                report.mailbox,
                report.fetched,
                report.leads,
                report.drafts,
                report.crises,
            )
        for error in report.errors:
            log.error(error)

    names = ", ".join(f"{b.name} every {b.poll_every}" for b in config.mailboxes)
    Console(stderr=True).print(f"triage is watching {names}; Ctrl-C or SIGTERM stops it cleanly")
    try:
        run_forever(poller, on_report)
    finally:
        poller.close()
    return 0


def _me() -> str:
    """How to call triage again: the script that is running (e.g. .venv/bin/triage), which may not be on PATH."""
    me = Path(sys.argv[0])
    if me.name == "triage" and shutil.which("triage") != str(me.resolve()):
        return os.path.relpath(me) if not me.is_absolute() else str(me)
    return "triage"


def cmd_demo(args: argparse.Namespace) -> int:
    from triage import demo
    from triage.reporting.poll_summary import poll_summary, progress_bar
    from triage.runner import build_poller, poll_once

    config, work = demo.prepare(Path(args.out) if args.out else None)
    console = Console()
    with progress_bar() as progress:
        poller = build_poller(
            config, load_classifier(args.model), send=demo.alert_writer(config), progress=progress, model=args.model
        )
        try:
            reports = poll_once(poller)
        finally:
            poller.close()
    poll_summary(reports, console)
    report = demo.write_report(config, work)
    maildir = Path(config.mailboxes[0].path)
    console.print(
        "\n[bold]Where to look[/]\n"
        f"  drafts (one file per reply, threaded by In-Reply-To): {maildir / '.Drafts' / 'cur'}\n"
        f"  crisis alerts that would go to the clinician:        {maildir / '.Alerts' / 'cur'}\n"
        f"  the funnel store (SQLite):                            {work / 'triage.db'}\n"
        f"  the inbox it read (flagged crises end in F):          {maildir / 'cur'}\n"
        f"  the funnel report with charts (open in a browser):    {report}\n\n"
        f"  try: {_me()} --config {work / 'triage.toml'} report\n"
        f"       {_me()} --config {work / 'triage.toml'} backlog\n",
        soft_wrap=True,
    )
    return 1 if any(r.errors for r in reports) else 0
