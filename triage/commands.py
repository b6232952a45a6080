"""The mailbox commands (poll, run, demo): load the config, wire the adapters, print what happened.

Every failure a person can fix (config, secrets, server, database, model) becomes one line and exit code 2;
nothing is half-written, because the ledger makes the next run finish the work.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from triage.adapters.store import Store, StoreError
from triage.config import ConfigError, load_config
from triage.mailroom import MailboxError


class UserError(Exception):
    """One line for the person at the keyboard (the CLI turns it into exit code 2)."""


def _guard(action: Callable[[], int]) -> int:
    from triage.adapters.modelfile import ModelError
    from triage.adapters.smtp import SmtpError
    from triage.compose import ComposeError

    try:
        return action()
    except (ConfigError, MailboxError, StoreError, ModelError, SmtpError, ComposeError) as exc:
        raise UserError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def _classifier(model: Path | None) -> Any:
    from triage.adapters import modelfile
    from triage.core.classify import Classifier

    bundle = modelfile.load(model)
    return Classifier(bundle.features, bundle.coef, bundle.intercept, bundle.meta)


def cmd_poll(args: argparse.Namespace) -> int:
    def action() -> int:
        from triage.runner import build_poller, poll_once
        from triage.summary import poll_summary, progress_bar

        config = load_config(args.config or getattr(args, "config_global", None))
        boxes = [config.mailbox(name) for name in args.mailbox] if args.mailbox else None
        with progress_bar(not args.quiet) as progress:
            poller = build_poller(config, _classifier(args.model), progress=progress, model=args.model)  # type: ignore[arg-type]
            try:
                reports = poll_once(poller, boxes)
            finally:
                poller.close()
        if not args.quiet:
            poll_summary(reports)
        return 1 if any(r.errors for r in reports) else 0

    return _guard(action)


def cmd_run(args: argparse.Namespace) -> int:
    def action() -> int:
        from triage.runner import build_poller, run_forever

        config = load_config(args.config or getattr(args, "config_global", None))
        poller = build_poller(config, _classifier(args.model), model=args.model)
        log = logging.getLogger("triage")

        def on_report(report: Any) -> None:
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

    return _guard(action)


def _me() -> str:
    """How to call triage again: the script that is running (e.g. .venv/bin/triage), which may not be on PATH."""
    import shutil
    import sys

    me = Path(sys.argv[0])
    if me.name == "triage" and shutil.which("triage") != str(me.resolve()):
        return os.path.relpath(me) if not me.is_absolute() else str(me)
    return "triage"


def cmd_demo(args: argparse.Namespace) -> int:
    def action() -> int:
        from triage import demo
        from triage.runner import build_poller, poll_once
        from triage.summary import poll_summary, progress_bar

        config, work = demo.prepare(Path(args.out) if args.out else None)
        store = Store(config.store.url)
        console = Console()
        with progress_bar() as progress:
            poller = build_poller(
                config,
                _classifier(args.model),
                store=store,
                send=demo.alert_writer(config),  # type: ignore[arg-type]
                progress=progress,  # type: ignore[arg-type]
                model=args.model,
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

    return _guard(action)
