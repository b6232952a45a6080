"""Score understanding on a labelled folder of mail (gold.jsonl beside mail/): labels, request, names.

`python -m triage.learn.evalset eval/heldout` prints the tables; `make eval` runs it on the held-out set.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from triage.compose import Reply
from triage.core.model import Quarantine, Understanding
from triage.learn.draft_check import DraftScore, score_drafts
from triage.learn.evaluate import Report
from triage.learn.request_eval import RequestScore, Tally, score_request


@dataclass
class FolderScore:
    labels: Report
    request: RequestScore
    names: Tally
    language: Tally
    contact: Tally
    understood: list[tuple[str, dict[str, Any], Understanding]]


def load_folder(folder: Path) -> tuple[Path, list[dict[str, Any]]]:
    gold = folder / "gold.jsonl"
    if not gold.exists():
        gold = folder / "labels.jsonl"
    if not gold.exists():
        raise FileNotFoundError(f"{folder}: no gold.jsonl (or labels.jsonl) in this folder")
    mail = folder / "mail" if (folder / "mail").is_dir() else folder
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return mail, rows


def score_folder(folder: Path, classifier: Any, own_addresses: frozenset[str] = frozenset()) -> FolderScore:
    from triage.understand import understand_many

    mail, rows = load_folder(folder)
    raws = [(mail / str(row["file"])).read_bytes() for row in rows]
    results = understand_many(raws, classifier, own_addresses)
    score = FolderScore(Report(), RequestScore(), Tally(), Tally(), Tally(), [])
    for row, result in zip(rows, results, strict=True):
        name = str(row["file"])
        if isinstance(result, Quarantine):
            score.labels.misses.append(f"{name}: quarantined: {result.reason}")
            continue
        labels = set(result.classification.labels)
        gold_labels = set(row.get("labels") or [])
        if gold_labels:
            score.labels.add_labels(name, gold_labels, labels)
        if "intent" in row:
            score_request(score.request, name, row, result.request, "crisis" in labels)
        wanted = str(row.get("intent", "")) not in ("not_inquiry",)
        if wanted and row.get("first_name") is not None:
            got = result.extraction.first_name or ""
            ok = got.casefold() == str(row["first_name"]).casefold()
            score.names.add(ok)
            if not ok:
                score.request.misses.append(f"{name}: first_name expected {row['first_name']!r}, got {got!r}")
        if wanted and row.get("contact_email"):
            score.contact.add((result.extraction.contact_email or "") == str(row["contact_email"]).lower())
        score.language.add(result.inquiry.language == row.get("language", result.inquiry.language))
        score.understood.append((name, row, result))
    return score


def print_score(score: FolderScore, verbose: bool = False) -> None:
    r = score.request
    intent = r.fields["intent"]
    print(f"intent accuracy          {intent.share:6.1%}  ({intent.right}/{intent.total})")
    micro = r.kinds_micro
    print(f"question kinds (micro)   P {micro.precision:.2f}  R {micro.recall:.2f}  F1 {micro.f1:.2f}")
    for kind in sorted(r.kinds, key=lambda k: -(r.kinds[k].tp + r.kinds[k].fn)):
        c = r.kinds[kind]
        v = r.values.get(kind)
        values = f"   values {v.share:5.0%} ({v.right}/{v.total})" if v else ""
        print(f"  {kind:<14} P {c.precision:.2f}  R {c.recall:.2f}  (asked {c.tp + c.fn:3d}){values}")
    for key, tally in sorted(r.fields.items()):
        if key != "intent":
            print(f"{key:<24} {tally.share:6.1%}  ({tally.right}/{tally.total})")
    print(f"first name               {score.names.share:6.1%}  ({score.names.right}/{score.names.total})")
    print(f"contact address          {score.contact.share:6.1%}  ({score.contact.right}/{score.contact.total})")
    print(f"language                 {score.language.share:6.1%}  ({score.language.right}/{score.language.total})")
    c = r.crisis
    print(f"crisis                   P {c.precision:.2f}  R {c.recall:.2f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
    print(f"labels macro-F1          {score.labels.macro_f1:.3f}")
    if r.confusions:
        print("intent confusions: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in r.confusions.most_common()))
    if verbose:
        for line in r.misses + score.labels.misses:
            print("  " + line)


def print_drafts(score: DraftScore, verbose: bool = False) -> None:
    print(
        f"draft check: {score.passed}/{score.checked} sendable as written or once the staff note is answered "
        f"({score.share:.1%}); {score.with_staff_note} carry a staff note; "
        f"{len(score.false_statements)} false statements"
    )
    for reason, count in sorted(score.reasons.items(), key=lambda kv: -kv[1]):
        print(f"  {count:3d}  {reason}")
    for line in score.false_statements:
        print(f"  FALSE {line}")
    if verbose:
        for name, problems in score.failures.items():
            print(f"  {name}: " + "; ".join(problems))


def write_drafts(
    out: Path, score: FolderScore, replies: dict[str, Reply | None], failures: dict[str, list[str]]
) -> None:
    """Each message's text beside its draft, for people (or a second reader) to judge."""
    out.mkdir(parents=True, exist_ok=True)
    for name, _gold, u in score.understood:
        reply = replies.get(name)
        parts = [f"FILE {name}", f"SUBJECT {u.inquiry.subject}", "", u.inquiry.text]
        form = u.inquiry.form
        if form is not None and form.insurance:
            parts += ["", f"FORM FIELD Insurance: {form.insurance}"]  # the reader must see what the form told us
        if u.inquiry.forwarded_text:
            parts += ["", "FORWARDED", u.inquiry.forwarded_text]
        # the draft's To, which a reader cannot see in its text ("please reply to my personal address")
        to = u.extraction.contact_email or "(none: staff call back)"
        parts += ["", "=" * 30 + " DRAFT", f"TO {to}" if reply else "", reply.body if reply else "(no draft)"]
        if name in failures:
            parts += ["", "CHECK: " + "; ".join(failures[name])]
        (out / f"{Path(name).stem}.txt").write_text("\n".join(parts), encoding="utf-8")


def main(argv: list[str]) -> int:
    from triage.adapters import modelfile
    from triage.compose import Composer
    from triage.config import load_config

    verbose = "-v" in argv
    drafts = "--drafts" in argv
    out = next((Path(a.split("=", 1)[1]) for a in argv if a.startswith("--out=")), None)
    folders = [a for a in argv if not a.startswith("-")]
    classifier = modelfile.load_classifier()
    config = load_config(str(files("triage") / "config.example.toml"))
    composer = Composer(config.practice)
    for folder in folders:
        print(f"== {folder}")
        score = score_folder(Path(folder), classifier, frozenset({config.practice.address.lower()}))
        print_score(score, verbose=verbose)
        if drafts or out:
            checked, replies = score_drafts(score.understood, composer, config.practice)
            print_drafts(checked, verbose=verbose)
            if out is not None:  # --blind: without the automatic check's verdict, for an independent reader
                failures = {} if "--blind" in argv else checked.failures
                write_drafts(out / Path(folder).name, score, replies, failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
