"""Scores of the classifier and the extractor against labelled data: per-label P/R/F1 and field accuracy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from triage.core.labels import LABELS

FIELDS = ("first_name", "contact_email", "carrier")


@dataclass
class LabelCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    counts: dict[str, LabelCounts] = field(default_factory=lambda: {label: LabelCounts() for label in LABELS})
    fields: dict[str, list[int]] = field(default_factory=lambda: {name: [0, 0] for name in (*FIELDS, "days")})
    misses: list[str] = field(default_factory=list)
    messages: int = 0

    def add_labels(self, name: str, gold: set[str], predicted: set[str]) -> None:
        self.messages += 1
        for label in LABELS:
            c = self.counts[label]
            if label in gold and label in predicted:
                c.tp += 1
            elif label in predicted:
                c.fp += 1
            elif label in gold:
                c.fn += 1
        if gold != predicted:
            self.misses.append(f"{name}: expected {sorted(gold)}, got {sorted(predicted)}")

    def add_field(self, name: str, key: str, gold: object, got: object) -> None:
        """Counted only where the gold value exists: 'correct on messages that have them'."""
        if gold in (None, [], ""):
            return
        tally = self.fields[key]
        tally[1] += 1
        if _same(gold, got):
            tally[0] += 1
        else:
            self.misses.append(f"{name}: {key} expected {gold!r}, got {got!r}")

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.counts.values()) / len(self.counts)


def _same(gold: object, got: object) -> bool:
    if isinstance(gold, str) and isinstance(got, str):
        return gold.casefold() == got.casefold()
    if isinstance(gold, list) and isinstance(got, list | tuple):
        return sorted(gold) == sorted(got)
    return gold == got


def load_gold(folder: Path) -> tuple[Path, list[dict[str, object]]]:
    """A labelled folder: labels.jsonl beside the messages (directly or in mail/)."""
    labels = folder / "labels.jsonl"
    if not labels.exists():
        raise FileNotFoundError(f"{labels}: no labels.jsonl in this folder")
    mail = folder / "mail" if (folder / "mail").is_dir() else folder
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    return mail, rows
