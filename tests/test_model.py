"""The shipped model is the one the training data in the repo builds, and it loads without running code."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import sklearn

from triage.adapters import modelfile
from triage.core.classify import Classifier
from triage.learn.dataset import data_hash, load_examples
from triage.learn.intent_train import requests_hash
from triage.learn.train import train

MODELS = Path(__file__).parent.parent / "triage" / "models"


def test_shipped_model_matches_the_training_data_in_the_repo() -> None:
    meta = json.loads((MODELS / modelfile.META_FILE).read_text())
    assert meta["training_data_sha256"] == data_hash(), "data/train changed: run `triage train` and commit models/"
    assert meta["sklearn_version"] == sklearn.__version__
    assert meta["examples"] == len(load_examples())


def test_shipped_intent_head_matches_the_labelled_request_sets_in_the_repo() -> None:
    meta = json.loads((MODELS / modelfile.META_FILE).read_text())
    assert meta["request_sets_sha256"] == requests_hash(), "eval/ changed: run `triage train` and commit models/"
    assert meta["intent_sets"] >= 19 and meta["intent_examples"] >= 2800


def test_training_data_is_large_and_covers_every_label() -> None:
    examples = load_examples()
    assert len(examples) >= 1500
    meta = json.loads((MODELS / modelfile.META_FILE).read_text())
    assert min(meta["examples_per_label"].values()) >= 150


def test_retraining_is_deterministic_and_reproduces_the_shipped_model() -> None:
    shipped = modelfile.load(MODELS)
    rebuilt = train()
    # Floats from another CPU (or BLAS) differ in the last digits: the same model, compared with a tolerance.
    assert rebuilt.meta["thresholds"].keys() == shipped.meta["thresholds"].keys()
    for label, threshold in shipped.meta["thresholds"].items():
        assert rebuilt.meta["thresholds"][label] == pytest.approx(threshold, abs=1e-9), label
    assert rebuilt.meta["platt"].keys() == shipped.meta["platt"].keys()
    for label, (slope, offset) in shipped.meta["platt"].items():
        assert rebuilt.meta["platt"][label] == pytest.approx([slope, offset], rel=1e-6, abs=1e-9), label
    assert np.allclose(rebuilt.coef, shipped.coef, rtol=1e-6, atol=1e-9)
    assert rebuilt.meta["intents"] == shipped.meta["intents"]
    assert rebuilt.intent_coef is not None and shipped.intent_coef is not None
    assert np.allclose(rebuilt.intent_coef, shipped.intent_coef, rtol=1e-5, atol=1e-6)
    assert rebuilt.meta["question_kinds"] == shipped.meta["question_kinds"]
    assert rebuilt.kind_coef is not None and shipped.kind_coef is not None
    assert np.allclose(rebuilt.kind_coef, shipped.kind_coef, rtol=1e-5, atol=1e-6)
    texts = ["do you take aetna?", "can my boyfriend and I come on Saturdays?", "ya no quiero vivir"]
    a = Classifier(shipped.features, shipped.coef, shipped.intercept, shipped.meta).probabilities(texts)
    b = Classifier(rebuilt.features, rebuilt.coef, rebuilt.intercept, rebuilt.meta).probabilities(texts)
    assert np.allclose(a, b)
