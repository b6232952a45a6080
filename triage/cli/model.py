"""`triage classify`, `triage eval`, `triage train`: what the model makes of messages, how good it is, rebuilding it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.adapters import mailfiles
from triage.cli.common import UserError, add_config, add_model, config_of, load_classifier, open_store
from triage.core.classify import Classifier
from triage.core.model import Quarantine, Understanding
from triage.understand import as_record, understand_many

if TYPE_CHECKING:
    from triage.learn.dataset import Example

BATCH = 256


def add(sub: Any) -> None:
    from triage.adapters import modelfile
    from triage.learn.dataset import DEFAULT_DATA

    p = sub.add_parser(
        "classify",
        help="understand .eml files, folders or Maildirs: topics, crisis, name, insurer, days",
        description="Read each message and print what triage understood. Nothing is sent or stored.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, folder of .eml files, or Maildir")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line (stable keys)")
    add_model(p)
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser(
        "train",
        help="rebuild the model from the training data (deterministic)",
        description="Train the topic model on data/train/*.jsonl and write it to triage/models/.",
    )
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of training *.jsonl files")
    p.add_argument("--out", type=Path, default=modelfile.model_dir(), help="where to write the model")
    p.add_argument(
        "--with-corrections",
        action="store_true",
        help="also learn from the topics staff corrected on the review page (read from the config's store); "
        "compare with `triage eval eval/heldout --model OUT` before and after",
    )
    add_config(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "eval",
        help="precision/recall/F1 per label: cross-validation, or a labelled folder",
        description="Score the model. FOLDER holds labels.jsonl and the messages it names. "
        "With no FOLDER, cross-validates on the training data.",
    )
    p.add_argument("folders", nargs="*", metavar="FOLDER")
    p.add_argument("--cv", action="store_true", help="also cross-validate on the training data")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training data for --cv")
    add_model(p)
    p.add_argument(
        "--before",
        type=Path,
        default=None,
        metavar="MODEL_DIR",
        help="also score FOLDER with this (older) model and show F1 before and after per label, e.g. the shipped "
        "model against one trained `--with-corrections`",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    p.set_defaults(func=cmd_eval)


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
    if not any(Path(path).exists() for path in args.paths):  # one missing among others is a quarantined record
        raise UserError(f"{', '.join(args.paths)}: no such file or folder")
    classifier = load_classifier(args.model)
    results = classify_paths(args.paths, classifier)
    if args.json:
        out = sys.stdout
        for name, result in results:
            out.write(json.dumps(as_record(name, result), ensure_ascii=False) + "\n")
        return 0
    from triage.reporting.understood import classify_table

    count = classify_table(results)
    if count == 0:
        raise UserError(f"no messages found in {', '.join(args.paths)}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from rich.console import Console

    from triage.adapters import modelfile
    from triage.learn.dataset import DataError
    from triage.learn.train import train

    console = Console(stderr=True)
    extra = corrections(args) if args.with_corrections else []
    try:
        with console.status("training…") as status:
            bundle = train(args.data, progress=lambda msg: status.update(msg), extra=extra)
    except DataError as exc:
        raise UserError(str(exc)) from exc
    modelfile.save(bundle, args.out)
    meta = bundle.meta
    with_fixes = f" ({len(extra)} corrected by staff)" if args.with_corrections else ""
    console.print(f"trained on {meta['examples']} examples{with_fixes} → {args.out / modelfile.MODEL_FILE}")
    console.print("thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in meta["thresholds"].items()))
    if "intents" in meta:
        console.print(f"intent head: {meta['intent_examples']} labelled messages from {meta['intent_sets']} sets")
    else:
        console.print("intent head: none (no labelled request sets found); the reader's rules alone decide intent")
    return 0


def corrections(args: argparse.Namespace) -> list[Example]:
    """The review page's corrections as training examples: the newest labels per message, with its text."""
    from triage.adapters.staff_store import StaffStore
    from triage.adapters.store import Store
    from triage.learn.dataset import Example, example_text

    store = open_store(config_of(args), must_exist=True)
    assert isinstance(store, Store)
    try:
        fixes = StaffStore(store).corrections()
    finally:
        store.close()
    return [
        Example(example_text(fix.subject, fix.body), fix.labels, fix.lang, f"correction by {fix.actor}")
        for fix in fixes
        if fix.labels and fix.body.strip()
    ]


def cmd_eval(args: argparse.Namespace) -> int:
    from triage.reporting.understood import before_and_after, eval_cv, eval_folder

    if not args.folders and not args.cv:
        args.cv = True
    if args.cv:
        eval_cv(args.data)
    if args.folders:
        classifier = load_classifier(args.model)
        before = load_classifier(args.before) if args.before else None
        for folder in args.folders:
            try:
                after_report = eval_folder(Path(folder), classifier, verbose=args.verbose)
                if before is not None:
                    before_and_after(Path(folder), eval_folder(Path(folder), before, quiet=True), after_report)
            except FileNotFoundError as exc:
                raise UserError(str(exc)) from exc
    return 0
