"""Load and save the trained model: plain arrays in a .npz (no pickle, so loading runs no code) plus JSON metadata.

skops was the first choice, but rebuilding a scikit-learn pipeline from it took 6 s and importing scikit-learn
another 1.5 s; the classifier only needs vocabularies, idf weights and coefficients, which NumPy reads with
allow_pickle=False in a fraction of a second.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from triage.core.classify import Classifier
from triage.core.vectorize import Features

MODEL_FILE = "triage-model.npz"
META_FILE = "triage-model.json"
FORMAT = 2
DEFAULT_DIR = Path(str(files("triage") / "models"))
_ARRAYS = ("word_terms", "word_idf", "char_terms", "char_idf", "coef", "intercept")
_HEAD_ARRAYS = ("intent_coef", "intent_intercept", "kind_coef", "kind_intercept")


class ModelError(Exception):
    """A model that is missing, corrupt or from another version; the message names the file."""


@dataclass(frozen=True)
class ModelBundle:
    """Everything the classifier needs: features, one linear model per label, calibration and thresholds."""

    features: Features
    coef: np.ndarray
    intercept: np.ndarray
    meta: dict[str, Any]
    intent_coef: np.ndarray | None = None
    """The intent head (one row per meta["intents"]); absent from models trained without labelled request sets."""
    intent_intercept: np.ndarray | None = None
    kind_coef: np.ndarray | None = None
    """The question-kinds head (one row per meta["question_kinds"]), trained beside the intent head."""
    kind_intercept: np.ndarray | None = None


def model_dir() -> Path:
    """$TRIAGE_MODEL_DIR, else the models/ folder shipped beside the package."""
    env = os.environ.get("TRIAGE_MODEL_DIR")
    return Path(env) if env else DEFAULT_DIR


def _terms(vocab: dict[str, int]) -> np.ndarray:
    terms = [""] * len(vocab)
    for term, index in vocab.items():
        terms[index] = term
    return np.array(terms, dtype=str)


def save(bundle: ModelBundle, directory: Path) -> None:
    """Write byte-identical files for identical models (fixed zip timestamps), so git shows real changes only."""
    directory.mkdir(parents=True, exist_ok=True)
    arrays = {
        "word_terms": _terms(bundle.features.word_vocab),
        "word_idf": bundle.features.word_idf,
        "char_terms": _terms(bundle.features.char_vocab),
        "char_idf": bundle.features.char_idf,
        "coef": bundle.coef,
        "intercept": bundle.intercept,
    }
    for name in _HEAD_ARRAYS:
        value = getattr(bundle, name)
        if value is not None:  # single precision: the heads' probabilities agree to 1e-6, at half the file size
            arrays[name] = np.asarray(value, dtype=np.float32)
    with zipfile.ZipFile(directory / MODEL_FILE, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in arrays:
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())
    meta = dict(bundle.meta, format=FORMAT)
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(directory: Path | None = None) -> ModelBundle:
    directory = directory or model_dir()
    path = directory / MODEL_FILE
    meta_path = directory / META_FILE
    if not path.exists() or not meta_path.exists():
        raise ModelError(f"{path}: model not found; run `triage train` to build it")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_path}: unreadable model metadata ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{meta_path}: not a triage model of format {FORMAT}; run `triage train`")
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
            head = {name: data[name].astype(np.float64) for name in _HEAD_ARRAYS if name in data.files}
        word_terms = arrays["word_terms"].tolist()
        char_terms = arrays["char_terms"].tolist()
        features = Features(
            word_vocab={term: i for i, term in enumerate(word_terms)},
            word_idf=arrays["word_idf"].astype(np.float64),
            char_vocab={term: i for i, term in enumerate(char_terms)},
            char_idf=arrays["char_idf"].astype(np.float64),
        )
        coef = arrays["coef"].astype(np.float64)
        intercept = arrays["intercept"].astype(np.float64)
    except Exception as exc:
        raise ModelError(f"{path}: corrupt or unreadable model file ({type(exc).__name__}: {exc})"[:300]) from exc
    labels = meta.get("labels", [])
    if coef.shape != (len(labels), features.size) or intercept.shape != (len(labels),):
        raise ModelError(f"{path}: arrays do not fit the labels and vocabulary in {meta_path.name}; run `triage train`")
    for prefix, names in (("intent", "intents"), ("kind", "question_kinds")):
        head_coef, head_intercept = head.get(f"{prefix}_coef"), head.get(f"{prefix}_intercept")
        rows = len(meta.get(names, []))
        if head_coef is not None and (
            head_intercept is None or head_coef.shape != (rows, 2 * features.size) or head_intercept.shape != (rows,)
        ):
            raise ModelError(
                f"{path}: the {prefix} head does not fit the {names} in {meta_path.name}; run `triage train`"
            )
    return ModelBundle(features, coef, intercept, meta, **head)


def load_classifier(directory: Path | None = None) -> Classifier:
    """The classifier of the model in `directory` (default: model_dir()); ModelError when it cannot be used."""
    bundle = load(directory)
    heads = {name: getattr(bundle, name) for name in _HEAD_ARRAYS}
    return Classifier(bundle.features, bundle.coef, bundle.intercept, bundle.meta, **heads)
