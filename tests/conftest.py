"""Shared fixtures: the raw messages under tests/fixtures/mail, the trained model shipped in models/, and real
mail servers (a private Dovecot, an SMTP sink) from tests/servers.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import DOVECOT, MISSING, Account, Dovecot, SmtpSink
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


# -- real mail servers (tests/servers.py) ------------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One private Dovecot for the whole session; a missing binary fails (not skips) with the fix."""
    if not DOVECOT.exists():
        pytest.fail(MISSING, pytrace=False)
    server = Dovecot().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def imap_account(dovecot: Dovecot) -> Account:
    """A brand-new user per test, so no test sees another's mail."""
    return dovecot.new_account()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    try:
        yield sink
    finally:
        sink.stop()
