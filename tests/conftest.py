"""Shared fixtures: the raw messages under tests/fixtures/mail and the trained model shipped in models/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.cli import load_classifier
from triage.core.classify import Classifier

FIXTURES = Path(__file__).parent / "fixtures" / "mail"


def expected_rows() -> list[dict[str, object]]:
    lines = (FIXTURES / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def raw(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return load_classifier()
