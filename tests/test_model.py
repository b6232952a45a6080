"""The shipped model is the one the training data in the repo builds, and it loads without running code."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import sklearn

from triage.adapters import modelfile
from triage.core.classify import Classifier
from triage.learn.dataset import data_hash, load_examples
from triage.learn.train import train

MODELS = Path(__file__).parent.parent / "models"


def test_shipped_model_matches_the_training_data_in_the_repo() -> None:
    meta = json.loads((MODELS / modelfile.META_FILE).read_text())
    assert meta["training_data_sha256"] == data_hash(), "data/train changed: run `triage train` and commit models/"
    assert meta["sklearn_version"] == sklearn.__version__
    assert meta["examples"] == len(load_examples())


def test_training_data_is_large_and_covers_every_label() -> None:
    examples = load_examples()
    assert len(examples) >= 1500
    meta = json.loads((MODELS / modelfile.META_FILE).read_text())
    assert min(meta["examples_per_label"].values()) >= 150


def test_retraining_is_deterministic_and_reproduces_the_shipped_model() -> None:
    shipped = modelfile.load(MODELS)
    rebuilt = train()
    assert rebuilt.meta["thresholds"] == shipped.meta["thresholds"]
    assert rebuilt.meta["platt"] == shipped.meta["platt"]
    texts = ["do you take aetna?", "can my boyfriend and I come on Saturdays?", "ya no quiero vivir"]
    a = Classifier(shipped.features, shipped.coef, shipped.intercept, shipped.meta).probabilities(texts)
    b = Classifier(rebuilt.features, rebuilt.coef, rebuilt.intercept, rebuilt.meta).probabilities(texts)
    assert np.allclose(a, b)
