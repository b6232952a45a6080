"""The `triage` command: one module per group of commands, each thin (parse arguments, call a service, print).

  model.py    classify, eval, train
  mail.py     poll, run, demo
  contact.py  contact show|stage|booked|attended|paid|cancelled|list|import
  imports.py  import appointments
  report.py   report
  catchup.py  absence, backlog, digest
  web.py      user add, serve (the review page)
  auth.py     auth login (OAuth2 sign-in of a mailbox)
  common.py   the one error type, and loading the config, the classifier and the store

Every failure a person can fix is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from triage import __version__
from triage.cli import auth, catchup, contact, imports, mail, model, report, web
from triage.cli.common import FIXABLE, UserError, load_classifier
from triage.failures import describe, frames

__all__ = ["UserError", "build_parser", "load_classifier", "main"]

EXIT_USAGE = 2
DESCRIPTION = """\
triage reads the inbox of a small therapy practice: it understands each inquiry (topics, crisis, who wrote,
which insurer, which days), and drafts a personal reply for staff to review.

Start here:
  triage demo                          the whole pipeline on the bundled sample inbox (nothing to set up)
  triage classify MESSAGE.eml|FOLDER   what would triage make of these messages?
  triage poll --config triage.toml     read the mailboxes once, leave draft replies
  triage run --config triage.toml      keep doing that: new mail within seconds (IDLE), and every poll_every
  triage auth login MAILBOX            sign a Google Workspace or Microsoft 365 mailbox in (OAuth2)
  triage report --format html          leads, conversion and response times, with charts
  triage contact show EMAIL            one person's stage and history
  triage backlog / triage digest       back from time away: what to review first
  triage serve                         the review page: approve, edit or discard drafts in a browser
  triage eval FOLDER                   how good is the model on a labelled folder (FOLDER/labels.jsonl)?
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"triage {__version__}")
    parser.add_argument(
        "--config",
        dest="config_global",
        default=None,
        metavar="FILE",
        help="config file (default: ./triage.toml, then $TRIAGE_CONFIG)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (model, mail, auth, contact, imports, report, catchup, web):
        group.add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level="WARNING", format="triage: %(levelname)s %(name)s: %(message)s")
    level = "INFO" if getattr(args, "command", None) == "run" else "WARNING"
    logging.getLogger("triage").setLevel(os.environ.get("TRIAGE_LOG", level))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        result: int = args.func(args)
        return result
    except FIXABLE as exc:
        print(f"triage: error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("triage: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: named by type and place, never by its text (it may quote a message)
        print(f"triage: internal error: {describe(exc)} (please report it)", file=sys.stderr)
        for frame in frames(exc):
            logging.getLogger("triage").debug("  at %s", frame)
        return 1
