"""Shared fixtures: the raw messages under tests/fixtures/mail, the trained model shipped in models/, and real
mail servers (a private Dovecot, an SMTP sink) from tests/servers.py."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import DOVECOT, MISSING, Account, Dovecot, SmtpSink
from tests.stores import postgres_url, sqlite_url
from triage.adapters.store import Store
from triage.cli import load_classifier
from triage.config import Config
from triage.core.classify import Classifier
from triage.pipeline.batch import PollReport
from triage.runner import build_poller, poll_once

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


# -- stores and polls ----------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same promises on a private SQLite file and on a fresh schema of the machine's PostgreSQL."""
    if request.param == "sqlite":
        s = Store(sqlite_url(tmp_path))
        yield s
        s.close()
    else:
        urls = postgres_url()
        s = Store(next(urls))
        yield s
        s.close()
        next(urls, None)


@pytest.fixture
def poll(classifier: Classifier) -> Iterator[Callable[..., PollReport]]:
    """One poll cycle over a config's (single) mailbox; the stores it opened are closed afterwards."""
    stores: list[Store] = []

    def run(config: Config, **kwargs: Any) -> PollReport:
        store = Store(config.store.url)
        stores.append(store)
        (report,) = poll_once(build_poller(config, classifier, store=store, **kwargs))
        return report

    yield run
    for s in stores:
        s.close()


def example_config(tmp_path: Path) -> Path:
    """config.example.toml with its store moved into tmp_path, written there as triage.toml."""
    config = tmp_path / "triage.toml"
    example = (Path(__file__).parent.parent / "config.example.toml").read_text()
    config.write_text(example.replace("sqlite:///triage.db", f"sqlite:///{tmp_path / 'triage.db'}"))
    return config
