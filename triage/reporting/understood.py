"""Tables people read: what triage understood, and how well the model scores."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from triage.core.classify import Classifier, decide
from triage.core.labels import LABELS
from triage.core.model import Quarantine, Understanding
from triage.learn.evaluate import FIELDS, Report, load_gold


def classify_table(results: Iterable[tuple[str, Understanding | Quarantine]]) -> int:
    console = Console()
    table = Table(title="What triage understood", show_lines=False, expand=True)
    for column in ("message", "topics", "name", "email", "insurer", "days", "lang", "notes"):
        table.add_column(column, overflow="fold")
    count = 0
    crises = 0
    for name, result in results:
        count += 1
        short = Path(name).name
        if isinstance(result, Quarantine):
            table.add_row(short, "[yellow]quarantined[/]", "", "", "", "", "", result.reason)
            continue
        labels = result.classification.labels
        topics = ", ".join(f"[bold red]{label}[/]" if label == "crisis" else label for label in labels)
        notes = []
        if "crisis" in labels:
            crises += 1
            notes.append(f"[red]{result.classification.crisis_evidence}[/]")
        if result.never_reply:
            notes.append("never reply: " + "; ".join(result.inquiry.loop.reasons))
        if result.inquiry.source != "direct":
            notes.append(f"via {result.inquiry.source.replace('_', ' ')}")
        ext = result.extraction
        table.add_row(
            short,
            topics,
            ext.first_name or "",
            ext.contact_email or "",
            ext.carrier or "",
            ", ".join(ext.days_requested),
            result.inquiry.language,
            " · ".join(notes),
        )
    if count:
        console.print(table)
        console.print(f"{count} messages, {crises} flagged as crisis.")
    return count


def _label_table(title: str, report: Report) -> Table:
    table = Table(title=title)
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="right" if column != "label" else "left")
    for label in LABELS:
        c = report.counts[label]
        style = "bold red" if label == "crisis" and c.recall < 1 else ""
        table.add_row(
            label,
            f"{c.precision:.2f}",
            f"[{style}]{c.recall:.2f}[/]" if style else f"{c.recall:.2f}",
            f"{c.f1:.2f}",
            str(c.support),
        )
    table.add_row("[bold]macro[/]", "", "", f"[bold]{report.macro_f1:.2f}[/]", str(report.messages))
    return table


def eval_cv(data_dir: Path) -> Report:
    """Out-of-fold labels decided exactly as in production (lexicon, exclusivity), scored per label."""
    from triage.core.carriers import names_own_carrier
    from triage.core.crisis import find_crisis
    from triage.core.crisis_safety import says_safe
    from triage.learn.train import FOLDS, cv_probabilities

    console = Console()
    with console.status(f"{FOLDS}-fold cross-validation on the training data…"):
        examples, y, probs, thresholds = cv_probabilities(data_dir)
    report = Report()
    for i, ex in enumerate(examples):
        scores = {label: float(probs[i, j]) for j, label in enumerate(LABELS)}
        hit = find_crisis(ex.text)
        predicted = decide(
            scores,
            thresholds,
            crisis_phrase=hit.phrase if hit else None,
            says_safe=says_safe(ex.text),
            names_carrier=names_own_carrier(ex.text),
        )
        gold = {label for j, label in enumerate(LABELS) if y[i, j]}
        report.add_labels(ex.origin, gold, set(predicted))
    console.print(_label_table(f"Cross-validation on {len(examples)} training examples ({FOLDS} folds)", report))
    return report


def eval_folder(folder: Path, classifier: Classifier, verbose: bool = False, quiet: bool = False) -> Report:
    from triage.understand import understand_many

    console = Console(quiet=quiet)
    mail, rows = load_gold(folder)
    raws = [(mail / str(row["file"])).read_bytes() for row in rows]
    results = understand_many(raws, classifier)
    report = Report()
    for row, result in zip(rows, results, strict=True):
        name = str(row["file"])
        if isinstance(result, Quarantine):
            report.add_labels(name, set(_labels(row)), set())
            continue
        report.add_labels(name, set(_labels(row)), set(result.classification.labels))
        ext = result.extraction
        got = {"first_name": ext.first_name, "contact_email": ext.contact_email, "carrier": ext.carrier}
        for key in FIELDS:
            report.add_field(name, key, row.get(key), got[key])
        report.add_field(name, "days", row.get("days_requested"), list(ext.days_requested))
    console.print(_label_table(f"{folder} ({report.messages} messages)", report))
    fields = Table(title="Extraction (messages that have the field)")
    for column in ("field", "correct", "of", "accuracy"):
        fields.add_column(column)
    for key, (ok, total) in report.fields.items():
        fields.add_row(key, str(ok), str(total), f"{ok / total:.0%}" if total else "-")
    console.print(fields)
    if verbose and report.misses:
        console.print("[bold]Misses[/]")
        for miss in report.misses:
            console.print("  " + miss, markup=False)
    elif report.misses:
        console.print(f"{len(report.misses)} misses (show them with -v)")
    return report


def before_and_after(folder: Path, before: Report, after: Report) -> None:
    """F1 per label with the older model and with this one: what a practice's own corrections changed."""
    table = Table(title=f"{folder}: F1 before and after")
    for column in ("label", "before", "after", "change"):
        table.add_column(column, justify="right" if column != "label" else "left")
    for label in LABELS:
        old, new = before.counts[label].f1, after.counts[label].f1
        table.add_row(label, f"{old:.2f}", f"{new:.2f}", f"{new - old:+.2f}")
    old, new = before.macro_f1, after.macro_f1
    table.add_row("[bold]macro[/]", f"{old:.2f}", f"{new:.2f}", f"{new - old:+.2f}")
    Console().print(table)


def _labels(row: dict[str, object]) -> list[str]:
    value = row.get("labels")
    return [str(v) for v in value] if isinstance(value, list) else []
