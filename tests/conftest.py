"""Shared fixtures: the raw messages under tests/fixtures/mail, the trained model shipped in models/, stores, and
real mail servers (a private Dovecot, an SMTP sink) from tests/servers.py.

Two tiers: a test that needs Dovecot, the SMTP sink or PostgreSQL is marked `integration` here, from the fixtures
it uses; the rest (the unit tier: the pipeline on the in-memory store and mailbox, the rules, the commands on
SQLite) runs without any server: `make unit`. `make test` runs both."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.oauth_server import OAuthServer
from tests.servers import DOVECOT, MISSING, Account, Dovecot, SmtpSink
from tests.stores import postgres_url, sqlite_url
from triage.adapters.memory_store import MemoryStore
from triage.adapters.store import Store
from triage.cli import load_classifier
from triage.config import Config
from triage.core.classify import Classifier
from triage.pipeline.batch import PollReport
from triage.repository import Repository
from triage.runner import build_poller, poll_once

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
SERVERS = {"dovecot", "imap_account", "smtp_sink", "oauth_dovecot", "oauth_account", "oauth_server"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a real server (Dovecot, SMTP, PostgreSQL) as `integration`."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and "postgresql" in callspec.params.values()
        if on_postgres or SERVERS & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)


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


@pytest.fixture(scope="session")
def oauth_server() -> Iterator[OAuthServer]:
    """The loopback OAuth2 provider (token and introspection endpoints) standing in for Google and Microsoft."""
    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="session")
def oauth_dovecot(oauth_server: OAuthServer) -> Iterator[Dovecot]:
    """A private Dovecot that also signs in with OAuth2 (XOAUTH2, OAUTHBEARER), asking oauth_server about tokens."""
    if not DOVECOT.exists():
        pytest.fail(MISSING, pytrace=False)
    server = Dovecot(oauth2=oauth_server.introspection_url).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def oauth_account(oauth_dovecot: Dovecot) -> Account:
    return oauth_dovecot.new_account()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    try:
        yield sink
    finally:
        sink.stop()


# -- stores and polls ----------------------------------------------------------------------------------------


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Repository]:
    """The same promises in memory, on a private SQLite file and on a fresh schema of the machine's PostgreSQL."""
    if request.param == "memory":
        yield MemoryStore()
    else:
        yield from _sql_store(request.param, tmp_path)


@pytest.fixture(params=["sqlite", "postgresql"])
def sql_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    yield from _sql_store(request.param, tmp_path)


def _sql_store(kind: str, tmp_path: Path) -> Iterator[Store]:
    if kind == "sqlite":
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
