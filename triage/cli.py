"""Command line: parse arguments, call the service, print. Every failure is one line and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from triage import __version__
from triage.adapters import mailfiles, modelfile
from triage.commands import UserError
from triage.core.classify import Classifier
from triage.core.model import Quarantine, Understanding
from triage.understand import as_record, understand_many

BATCH = 256
EXIT_USAGE = 2

DESCRIPTION = """\
triage reads the inbox of a small therapy practice: it understands each inquiry (topics, crisis, who wrote,
which insurer, which days), and drafts a personal reply for staff to review.

Start here:
  triage classify ../shared/eval-sample/mail     what would triage make of these messages?
  triage eval ../shared/eval-sample              how good is the model on a labelled folder?
  triage train                                   rebuild triage/models/ from data/train/*.jsonl
  triage demo                                    the whole pipeline on the bundled sample inbox
  triage poll --config triage.toml               read the mailboxes once, leave draft replies
  triage run --config triage.toml                keep doing that every poll_every
  triage report --format html                    leads, conversion and response times, with charts
  triage contact show EMAIL                      one person's stage and history
  triage backlog / triage digest                 back from time away: what to review first
"""


class CliError(Exception):
    """Shown to the user as one line; the exit code is 2."""


def load_classifier(directory: Path | None = None) -> Classifier:
    try:
        bundle = modelfile.load(directory)
    except modelfile.ModelError as exc:
        raise CliError(str(exc)) from exc
    return Classifier(bundle.features, bundle.coef, bundle.intercept, bundle.meta)


def _batches(paths: list[str]) -> Iterator[list[tuple[str, bytes | str]]]:
    batch: list[tuple[str, bytes | str]] = []
    for name, path in mailfiles.find_messages(paths):
        batch.append((name, mailfiles.read_message(path)))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def classify_paths(paths: list[str], classifier: Classifier) -> Iterator[tuple[str, Understanding | Quarantine]]:
    """Stream results in input order; unreadable files come back as quarantined, never as a crash."""
    for batch in _batches(paths):
        raws = [data for _, data in batch if isinstance(data, bytes)]
        understood = iter(understand_many(raws, classifier))
        for name, data in batch:
            yield name, (next(understood) if isinstance(data, bytes) else Quarantine(reason=data))


def cmd_classify(args: argparse.Namespace) -> int:
    classifier = load_classifier(args.model)
    results = classify_paths(args.paths, classifier)
    if args.json:
        out = sys.stdout
        for name, result in results:
            out.write(json.dumps(as_record(name, result), ensure_ascii=False) + "\n")
        return 0
    from triage.render import classify_table

    count = classify_table(results)
    if count == 0:
        raise CliError(f"no messages found in {', '.join(args.paths)}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from rich.console import Console

    from triage.learn.dataset import DataError
    from triage.learn.train import train

    console = Console(stderr=True)
    try:
        with console.status("training…") as status:
            bundle = train(args.data, progress=lambda msg: status.update(msg))
    except DataError as exc:
        raise CliError(str(exc)) from exc
    modelfile.save(bundle, args.out)
    meta = bundle.meta
    console.print(f"trained on {meta['examples']} examples → {args.out / modelfile.MODEL_FILE}")
    console.print("thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in meta["thresholds"].items()))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from triage.render import eval_cv, eval_folder

    if not args.folders and not args.cv:
        args.cv = True
    if args.cv:
        eval_cv(args.data)
    if args.folders:
        classifier = load_classifier(args.model)
        for folder in args.folders:
            try:
                eval_folder(Path(folder), classifier, verbose=args.verbose)
            except FileNotFoundError as exc:
                raise CliError(str(exc)) from exc
    return 0


def build_parser() -> argparse.ArgumentParser:
    from triage.learn.dataset import DEFAULT_DATA

    parser = argparse.ArgumentParser(
        prog="triage", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"triage {__version__}")
    parser.add_argument(
        "--config",
        dest="config_global",
        default=None,
        metavar="FILE",
        help="config file for poll/run (default: ./triage.toml, then $TRIAGE_CONFIG)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "classify",
        help="understand .eml files, folders or Maildirs: topics, crisis, name, insurer, days",
        description="Read each message and print what triage understood. Nothing is sent or stored.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, folder of .eml files, or Maildir")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line (stable keys)")
    p.add_argument(
        "--model",
        type=Path,
        default=None,
        help="model folder (default: the shipped triage/models/ or $TRIAGE_MODEL_DIR)",
    )
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser(
        "train",
        help="rebuild the model from the training data (deterministic)",
        description="Train the topic model on data/train/*.jsonl and write it to triage/models/.",
    )
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of training *.jsonl files")
    p.add_argument("--out", type=Path, default=modelfile.model_dir(), help="where to write the model")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "eval",
        help="precision/recall/F1 per label: cross-validation, or a labelled folder",
        description="Score the model. FOLDER holds labels.jsonl and the messages (e.g. ../shared/eval-sample). "
        "With no FOLDER, cross-validates on the training data.",
    )
    p.add_argument("folders", nargs="*", metavar="FOLDER")
    p.add_argument("--cv", action="store_true", help="also cross-validate on the training data")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training data for --cv")
    p.add_argument("--model", type=Path, default=None, help="model folder")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    p.set_defaults(func=cmd_eval)

    _mail_commands(sub)
    return parser


def _mail_commands(sub: Any) -> None:
    from triage import commands

    config_help = "config file (default: ./triage.toml, then $TRIAGE_CONFIG)"
    p = sub.add_parser(
        "poll",
        help="read every mailbox once: record leads, leave draft replies, flag crises",
        description="One cycle over every mailbox in the config (or those named with --mailbox): new messages "
        "are understood, leads recorded, draft replies left in Drafts (or sent, in send mode), crises flagged "
        "and alerted. Safe to repeat: nothing is processed twice.",
    )
    p.add_argument("--once", action="store_true", help="one cycle and exit (the default; `triage run` repeats)")
    p.add_argument("--config", default=None, help=config_help)
    p.add_argument("--mailbox", action="append", help="only this mailbox (repeatable)")
    p.add_argument("--model", type=Path, default=None, help="model folder")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=commands.cmd_poll)

    p = sub.add_parser(
        "run",
        help="keep polling every mailbox at its poll_every until stopped",
        description="Runs a scheduler with one job per mailbox; a slow cycle is never run twice at once. "
        "SIGTERM or Ctrl-C finishes the current cycle and exits.",
    )
    p.add_argument("--config", default=None, help=config_help)
    p.add_argument("--model", type=Path, default=None, help="model folder")
    p.set_defaults(func=commands.cmd_run)

    p = sub.add_parser(
        "demo",
        help="the whole pipeline on ~110 bundled sample inquiries (no server needed)",
        description="Copies the bundled sample inbox to a Maildir, runs a poll on it with SQLite and the "
        "example practice, and shows what triage did and where the drafts are.",
    )
    p.add_argument("--out", default=None, help="working folder (default: a new temporary folder)")
    p.add_argument("--model", type=Path, default=None, help="model folder")
    p.set_defaults(func=commands.cmd_demo)

    from triage.contact_command import add_contact_command

    add_contact_command(sub)

    from triage.report_command import add_report_command

    add_report_command(sub)

    from triage.catchup_command import add_catchup_commands

    add_catchup_commands(sub)


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
    except (CliError, UserError) as exc:
        print(f"triage: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("triage: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
