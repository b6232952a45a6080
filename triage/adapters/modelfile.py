"""Load and save the trained model: a skops file (no pickle, no code execution) plus a JSON of its metadata."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sklearn
from skops import io as skio

MODEL_FILE = "triage-model.skops"
META_FILE = "triage-model.json"
DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "models"


class ModelError(Exception):
    """A model that is missing, corrupt or from another version; the message names the file."""


@dataclass(frozen=True)
class ModelBundle:
    pipeline: Any
    meta: dict[str, Any]


def model_dir() -> Path:
    """$TRIAGE_MODEL_DIR, else the models/ folder shipped beside the package."""
    env = os.environ.get("TRIAGE_MODEL_DIR")
    return Path(env) if env else DEFAULT_DIR


def save(bundle: ModelBundle, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    skio.dump(bundle.pipeline, directory / MODEL_FILE, compression=zipfile.ZIP_DEFLATED)
    (directory / META_FILE).write_text(json.dumps(bundle.meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(directory: Path | None = None) -> ModelBundle:
    """Load without executing code: only types skops itself reports for this very file are trusted,
    and only when they are scikit-learn, NumPy or SciPy types."""
    directory = directory or model_dir()
    path = directory / MODEL_FILE
    meta_path = directory / META_FILE
    if not path.exists() or not meta_path.exists():
        raise ModelError(f"{path}: model not found; run `triage train` to build it")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_path}: unreadable model metadata ({exc})") from exc
    if meta.get("sklearn_version") != sklearn.__version__:
        raise ModelError(
            f"{path}: trained with scikit-learn {meta.get('sklearn_version')}, this is {sklearn.__version__}; "
            "run `triage train`"
        )
    try:
        untrusted = skio.get_untrusted_types(file=path)
        unsafe = [t for t in untrusted if not t.startswith(("sklearn.", "numpy.", "scipy.", "builtins."))]
        if unsafe:
            raise ModelError(f"{path}: refuses to load unexpected types {unsafe[:3]}")
        pipeline = skio.load(path, trusted=untrusted)
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"{path}: corrupt or unreadable model file ({type(exc).__name__}: {exc})"[:300]) from exc
    return ModelBundle(pipeline=pipeline, meta=meta)
