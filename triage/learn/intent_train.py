"""The learned intent head: which of the six intents a message is, learned from the labelled request sets.

Rules over sentences read the intent of the hands they were tuned on well (98%) and a new hand less well: replayed
at the commit each set was first run, seven blind sets gave 93.9%. A linear model over the same TF-IDF features,
trained on the *other* hands, read 97.0% of a hand it had never seen (leave-one-set-out, `python -m
triage.learn.intent_train`). Most of the gain is the client whose mail has no client words ("can we push Thursday
to 5?"), whom the rules greeted as a new lead. The model settles the intent; the rules keep the final word where
they are sure by construction (loop guards, the crisis layer): see `triage.core.reading.intent`.

The labelled sets are the `eval/` folders (`mail/*.eml` plus `gold.jsonl` with an `intent`). Each was written by a
different hand and run blind once before anything was tuned on it.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from triage.core.classify import intent_features
from triage.core.model import Inquiry
from triage.core.parse import parse
from triage.core.reading.learned_kinds import VETOED_KINDS
from triage.core.reading.learned_news import HARDSHIP, HARDSHIP_AT
from triage.core.request import CLIENT_KINDS, Intent
from triage.core.vectorize import Features
from triage.learn.dataset import DataError, jsonl_rows

DEFAULT_REQUEST_SETS = Path(__file__).resolve().parent.parent.parent / "eval"
INTENTS = tuple(str(i) for i in Intent)
LEARNED_KINDS = tuple(sorted(str(k) for k in CLIENT_KINDS | VETOED_KINDS))
"""The kinds the kinds head learns: the client's own requests (move, cancel, a bill, a superbill, records, a waived
fee), which the rules miss in a new hand, and the kinds whose answer is noise where nothing was asked (see
`triage.core.reading.learned_kinds`)."""
C = 8.0
HARD_SITUATIONS = ("loss", "breakup", "illness")


@dataclass(frozen=True)
class IntentExample:
    text: str
    history: str
    intent: str
    group: str
    """The labelled set (one writer's hand) it came from: held out together in the leave-one-set-out check."""
    kinds: frozenset[str] = frozenset()
    """The question kinds of its gold request."""
    hardship: bool | None = None
    """Does it tell of a hard time a reply should say a word about (gold `hardship`, or a loss, break-up or illness)?
    None where no one judged it (a crisis, a new baby): left out of that head's training."""
    hardship_read: bool = False
    """A reader judged it (gold `hardship`), rather than it following from the situation or the intent: the
    messages the head is measured on."""


def request_sets(directory: Path) -> list[Path]:
    """Every folder under `directory` with a gold.jsonl, sorted so training sees them in a fixed order."""
    return sorted(p.parent for p in directory.glob("*/gold.jsonl"))


def load_intent_examples(directory: Path = DEFAULT_REQUEST_SETS) -> list[IntentExample]:
    """Parse every labelled message; a gold line without a known intent or a missing file names its place."""
    examples: list[IntentExample] = []
    for folder in request_sets(directory):
        for where, row in jsonl_rows(folder / "gold.jsonl"):
            if row.get("intent") not in INTENTS:
                raise DataError(f"{where}: intent must be one of {', '.join(INTENTS)}")
            path = folder / "mail" / str(row.get("file"))
            if not path.is_file():
                raise DataError(f"{where}: {path} does not exist")
            inquiry = parse(path.read_bytes())
            if isinstance(inquiry, Inquiry):
                kinds = frozenset(str(q.get("kind")) for q in row.get("questions") or [] if isinstance(q, dict))
                examples.append(
                    IntentExample(
                        inquiry.classifier_text,
                        inquiry.history,
                        row["intent"],
                        folder.name,
                        kinds,
                        hardship_of(row),
                        isinstance(row.get("hardship"), bool),
                    )
                )
    return examples


def hardship_of(row: dict[str, Any]) -> bool | None:
    """The hardship target of one gold line: its own judgement where a reader gave one, else what the rest implies."""
    if isinstance(row.get("hardship"), bool):
        return bool(row["hardship"])
    if row.get("situation") in HARD_SITUATIONS:
        return True
    if row.get("intent") in ("not_inquiry", "withdrawal"):
        return False
    return None


def requests_hash(directory: Path = DEFAULT_REQUEST_SETS) -> str:
    """Content hash of every labelled set, so the shipped model can be checked against the sets it learned from."""
    digest = hashlib.sha256()
    for folder in request_sets(directory):
        for path in [folder / "gold.jsonl", *sorted((folder / "mail").glob("*.eml"))]:
            digest.update(f"{folder.name}/{path.name}".encode())
            digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def matrix(features: Features, examples: list[IntentExample]) -> sp.csr_matrix:
    rows = [intent_features(features, ex.text, ex.history) for ex in examples]
    indptr = np.cumsum([0] + [len(idx) for idx, _ in rows])
    indices = np.concatenate([idx for idx, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    values = np.concatenate([val for _, val in rows]) if rows else np.zeros(0)
    return sp.csr_matrix((values, indices, indptr), shape=(len(rows), 2 * features.size))


def _fit(x: sp.csr_matrix, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y)


@dataclass(frozen=True)
class Heads:
    """The learned heads over the labels model's features: the intent (a softmax) and each client kind (its own
    logistic model)."""

    intent_coef: np.ndarray
    intent_intercept: np.ndarray
    kind_coef: np.ndarray
    kind_intercept: np.ndarray
    meta: dict[str, Any]


def train_heads(features: Features, examples: list[IntentExample]) -> Heads:
    """One linear model per intent (multinomial) and one per client kind, over the features of text and thread."""
    x = matrix(features, examples)
    y = np.array([ex.intent for ex in examples])
    model = _fit(x, y)
    order = [list(model.classes_).index(intent) for intent in INTENTS if intent in model.classes_]
    kind_models = [_fit(x, np.array([kind in ex.kinds for ex in examples])) for kind in LEARNED_KINDS]
    judged = np.array([ex.hardship is not None for ex in examples])
    names = list(LEARNED_KINDS)
    if judged.any():
        kind_models.append(_fit(x[judged], np.array([bool(ex.hardship) for ex in examples])[judged]))
        names.append(HARDSHIP)
    meta = {
        "intents": [str(model.classes_[j]) for j in order],
        "question_kinds": names,
        "intent_examples": len(examples),
        "intent_sets": len({ex.group for ex in examples}),
    }
    return Heads(
        model.coef_[order].astype(np.float64),
        model.intercept_[order].astype(np.float64),
        np.vstack([m.coef_.ravel() for m in kind_models]).astype(np.float64),
        np.array([m.intercept_[0] for m in kind_models], dtype=np.float64),
        meta,
    )


def leave_one_set_out(
    features: Features, examples: list[IntentExample], progress: Callable[[str], None] = lambda _: None
) -> dict[str, float]:
    """Accuracy on each set by a model trained on all the others: how the head reads a hand it has never seen."""
    x = matrix(features, examples)
    y = np.array([ex.intent for ex in examples])
    groups = np.array([ex.group for ex in examples])
    out: dict[str, float] = {}
    for group, held in _each_set_held_out(groups, "leave-one-set-out", progress):
        out[group] = float((_fit(x[~held], y[~held]).predict(x[held]) == y[held]).mean())
    return out


def _each_set_held_out(
    groups: np.ndarray, what: str, progress: Callable[[str], None]
) -> Iterator[tuple[str, np.ndarray]]:
    """Each labelled set (one writer's hand) in turn, with the mask of its messages, to be held out of training."""
    names = sorted(set(groups))
    for n, group in enumerate(names, 1):
        progress(f"{what} {n}/{len(names)}: {group}")
        yield group, groups == group


def hardship_left_out(
    features: Features, examples: list[IntentExample], progress: Callable[[str], None] = lambda _: None
) -> tuple[np.ndarray, np.ndarray]:
    """The hardship head's probability for each judged message by a model trained on the other sets, and the truth:
    how sure it is of a hand it has never seen, to choose the threshold (`learned_news.HARDSHIP_AT`) honestly. Only
    the messages a reader judged are scored (not the losses and vendors whose answer follows from the rest)."""
    kept = [ex for ex in examples if ex.hardship is not None]
    x = matrix(features, kept)
    y = np.array([bool(ex.hardship) for ex in kept])
    groups = np.array([ex.group for ex in kept])
    probs = np.zeros(len(kept))
    for _, held in _each_set_held_out(groups, "hardship leave-one-set-out", progress):
        if y[~held].any():
            probs[held] = _fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
    read = np.array([ex.hardship_read for ex in kept])
    return probs[read], y[read]


def main(argv: list[str]) -> int:
    """Print the leave-one-set-out accuracy of the intent head, set by set and over all messages; with --hardship,
    the hardship head's precision and recall at several thresholds instead."""
    from triage.adapters.modelfile import load

    folders = [a for a in argv if not a.startswith("-")]
    directory = Path(folders[0]) if folders else DEFAULT_REQUEST_SETS
    examples = load_intent_examples(directory)
    if "--hardship" in argv:
        probs, truth = hardship_left_out(load().features, examples, lambda msg: print(msg, file=sys.stderr))
        for at in sorted({0.5, 0.6, 0.7, HARDSHIP_AT, 0.8, 0.9}):
            said = probs >= at
            precision = (said & truth).sum() / max(1, said.sum())
            recall = (said & truth).sum() / max(1, truth.sum())
            print(f"hardship at p >= {at:.2f}: precision {precision:.2f}  recall {recall:.2f}  (of {truth.sum()})")
        return 0
    scores = leave_one_set_out(load().features, examples, lambda msg: print(msg, file=sys.stderr))
    sizes = {group: sum(ex.group == group for ex in examples) for group in scores}
    for group, accuracy in scores.items():
        print(f"{group:10} {sizes[group]:4} messages   intent read right {accuracy:6.1%}")
    overall = sum(scores[g] * sizes[g] for g in scores) / max(1, sum(sizes.values()))
    print(f"{'all':10} {sum(sizes.values()):4} messages   intent read right {overall:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
