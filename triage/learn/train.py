"""Build the model from the training data: deterministic fit, cross-validated calibration and thresholds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from triage.adapters.modelfile import ModelBundle
from triage.core.classify import normalize
from triage.core.crisis import find_crisis
from triage.core.labels import LABELS
from triage.core.vectorize import CHAR_RANGE, WORD_PATTERN, Features
from triage.learn.dataset import DEFAULT_DATA, Example, data_hash, load_examples
from triage.learn.intent_train import DEFAULT_REQUEST_SETS, load_intent_examples, requests_hash, train_heads

FOLDS = 5
SEED = 20261123
C = 8.0
CRISIS_TARGET_RECALL = 0.95
"""Recall of lexicon-or-model on held-out folds; the lexicon then carries the plain statements."""


def build_pipeline() -> Pipeline:
    """Word 1-2 grams say what a message asks; a trimmed set of character grams survives typos."""
    word = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode", token_pattern=WORD_PATTERN
    )
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=CHAR_RANGE,
        min_df=3,
        sublinear_tf=True,
        max_features=40000,
        strip_accents="unicode",
    )
    features = FeatureUnion([("word", word), ("char", char)])
    model = OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=3000))
    return Pipeline([("features", features), ("clf", model)])


def label_matrix(examples: list[Example]) -> np.ndarray:
    return np.array([[1 if label in ex.labels else 0 for label in LABELS] for ex in examples], dtype=int)


def lexicon_hits(examples: list[Example]) -> np.ndarray:
    return np.array([find_crisis(ex.text) is not None for ex in examples], dtype=bool)


def cross_val_decisions(texts: list[str], y: np.ndarray, progress: Callable[[str], None]) -> np.ndarray:
    """Out-of-fold decision values: what the model says about examples it has not seen."""
    out = np.zeros(y.shape, dtype=float)
    for fold, (train_idx, test_idx) in enumerate(KFold(FOLDS, shuffle=True, random_state=SEED).split(texts), 1):
        progress(f"cross-validation fold {fold}/{FOLDS}")
        pipe = build_pipeline()
        pipe.fit([texts[i] for i in train_idx], y[train_idx])
        out[test_idx] = pipe.decision_function([texts[i] for i in test_idx])
    return out


def fit_platt(decision: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Sigmoid calibration (Platt): with a few hundred positives per label it beats isotonic."""
    lr = LogisticRegression(C=1e4)
    lr.fit(decision.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def sigmoid(decision: np.ndarray, a: float, b: float) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-(a * decision + b)))
    return result


def best_threshold(prob: np.ndarray, y: np.ndarray, label: str, lexicon: np.ndarray | None = None) -> float:
    """F1-best threshold; for crisis, the highest threshold at which lexicon-or-model keeps recall at the target."""
    grid = np.round(np.arange(0.05, 0.91, 0.01), 2)
    if label == "crisis":
        hits = lexicon if lexicon is not None else np.zeros(len(prob), dtype=bool)
        positives = max(1, int(y.sum()))
        ok = [t for t in grid if ((hits | (prob >= t)) & (y == 1)).sum() / positives >= CRISIS_TARGET_RECALL]
        return float(min(max(ok), 0.5)) if ok else 0.05
    best, best_f1 = 0.5, -1.0
    for t in grid:
        pred = prob >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(t), f1
    return best


def train(
    data_dir: Path = DEFAULT_DATA,
    progress: Callable[[str], None] = lambda _: None,
    extra: Sequence[Example] = (),
    request_sets: Path | None = DEFAULT_REQUEST_SETS,
) -> ModelBundle:
    """The model from the training files, plus `extra` examples (the practice's own corrections, from the store),
    and the intent head from the labelled request sets when there are any (none beside an installed wheel)."""
    examples = [*load_examples(data_dir), *extra]
    texts = [normalize(ex.text) for ex in examples]
    y = label_matrix(examples)
    decisions = cross_val_decisions(texts, y, progress)
    platt: dict[str, list[float]] = {}
    thresholds: dict[str, float] = {}
    cv_probs = np.zeros(y.shape)
    for j, label in enumerate(LABELS):
        a, b = fit_platt(decisions[:, j], y[:, j])
        platt[label] = [a, b]
        cv_probs[:, j] = sigmoid(decisions[:, j], a, b)
        thresholds[label] = best_threshold(cv_probs[:, j], y[:, j], label, lexicon_hits(examples))
    progress("fitting the final model on all examples")
    pipeline = build_pipeline()
    pipeline.fit(texts, y)
    meta: dict[str, Any] = {
        "labels": list(LABELS),
        "thresholds": thresholds,
        "platt": platt,
        "sklearn_version": sklearn.__version__,
        "training_data_sha256": data_hash(data_dir),
        "examples": len(examples),
        "corrections": len(extra),
        "examples_per_label": {label: int(y[:, j].sum()) for j, label in enumerate(LABELS)},
        "cv_folds": FOLDS,
        "seed": SEED,
    }
    bundle = to_bundle(pipeline, meta)
    if request_sets is None or not request_sets.is_dir():
        return bundle
    labelled = load_intent_examples(request_sets)
    if not labelled:
        return bundle
    progress("fitting the intent and kinds heads on the labelled request sets")
    heads = train_heads(bundle.features, labelled)
    return replace(
        bundle,
        meta=meta | heads.meta | {"request_sets_sha256": requests_hash(request_sets)},
        intent_coef=heads.intent_coef,
        intent_intercept=heads.intent_intercept,
        kind_coef=heads.kind_coef,
        kind_intercept=heads.kind_intercept,
    )


def to_bundle(pipeline: Pipeline, meta: dict[str, Any]) -> ModelBundle:
    """Keep only the arrays the run-time classifier needs (see triage.core.vectorize)."""
    word, char = (vec for _, vec in pipeline.named_steps["features"].transformer_list)
    estimators = pipeline.named_steps["clf"].estimators_
    features = Features(
        word_vocab={str(k): int(v) for k, v in word.vocabulary_.items()},
        word_idf=np.asarray(word.idf_, dtype=np.float64),
        char_vocab={str(k): int(v) for k, v in char.vocabulary_.items()},
        char_idf=np.asarray(char.idf_, dtype=np.float64),
    )
    coef = np.vstack([est.coef_.ravel() for est in estimators]).astype(np.float64)
    intercept = np.array([est.intercept_[0] for est in estimators], dtype=np.float64)
    return ModelBundle(features=features, coef=coef, intercept=intercept, meta=meta)


def cv_probabilities(data_dir: Path = DEFAULT_DATA) -> tuple[list[Example], np.ndarray, np.ndarray, dict[str, float]]:
    """Out-of-fold calibrated probabilities, for `triage eval --cv` (same folds as training)."""
    examples = load_examples(data_dir)
    texts = [normalize(ex.text) for ex in examples]
    y = label_matrix(examples)
    decisions = cross_val_decisions(texts, y, lambda _: None)
    probs = np.zeros(y.shape)
    thresholds: dict[str, float] = {}
    for j, label in enumerate(LABELS):
        a, b = fit_platt(decisions[:, j], y[:, j])
        probs[:, j] = sigmoid(decisions[:, j], a, b)
        thresholds[label] = best_threshold(probs[:, j], y[:, j], label, lexicon_hits(examples))
    return examples, y, probs, thresholds
