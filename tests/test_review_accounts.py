"""Staff accounts and the review page's guards, without a mail server: passwords only as hashes, sign-in attempts
rate-limited, sessions that end when idle, every page behind sign-in, the headers that keep mail inert."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import example_config
from triage.adapters.staff_store import StaffStore
from triage.adapters.store import Store
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.kinds import Role
from triage.pipeline.batch import practice_zone
from triage.web import app as web_app
from triage.web.accounts import add_account, sign_in
from triage.web.desk import Desk

PASSWORD = "correct horse battery"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return example_config(tmp_path)


def add_user(config: Path, name: str, role: str, password: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "triage", "--config", str(config), "user", "add", name, "--role", role, *extra],
        input=password + "\n",
        capture_output=True,
        text=True,
    )


def test_user_add_reads_the_password_from_stdin_and_stores_only_an_argon2_hash(config_path: Path) -> None:
    result = add_user(config_path, "Dana", "clinician", PASSWORD)
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    db = config_path.parent / "triage.db"
    raw = db.read_bytes()
    assert PASSWORD.encode() not in raw
    (stored,) = sqlite3.connect(db).execute("select password_hash from staff where name = 'Dana'").fetchone()
    assert stored.startswith("$argon2id$")
    store = Store(f"sqlite:///{db}")
    try:
        staff = StaffStore(store)
        account = sign_in(staff, "Dana", PASSWORD)
        assert account is not None and account.role == Role.CLINICIAN
        assert sign_in(staff, "Dana", "wrong password!") is None
        assert sign_in(staff, "Nobody", PASSWORD) is None
    finally:
        store.close()


def test_user_add_refuses_a_short_password_and_a_taken_name_in_one_line(config_path: Path) -> None:
    short = add_user(config_path, "Dana", "owner", "short")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr and len(short.stderr.splitlines()) == 1
    assert add_user(config_path, "Dana", "owner", PASSWORD).returncode == 0
    again = add_user(config_path, "Dana", "owner", PASSWORD)
    assert again.returncode == 2 and "--replace" in again.stderr
    assert add_user(config_path, "Dana", "front-desk", PASSWORD + "!", "--replace").returncode == 0


@pytest.fixture
def client_for(config_path: Path, classifier: Classifier) -> Iterator[Any]:
    config = load_config(str(config_path))
    store = Store(config.store.url)
    staff = StaffStore(store)
    add_account(staff, "Fran", Role.FRONT_DESK, PASSWORD)
    desk = Desk(config, store, staff, classifier, None)

    def make(**options: Any) -> FlaskClient:
        return web_app.create_app(desk, practice_zone(config), **options).test_client()

    yield make
    store.close()


def _token(client: FlaskClient, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    return page.split('name="csrf_token" value="')[1].split('"')[0]


def _sign_in(client: FlaskClient, password: str = PASSWORD) -> int:
    answer = client.post("/login", data={"name": "Fran", "password": password, "csrf_token": _token(client)})
    return answer.status_code


def test_every_page_needs_sign_in_and_carries_a_strict_content_security_policy(client_for: Any) -> None:
    client = client_for()
    for path in ("/", "/item/1", "/contact/1"):
        answer = client.get(path)
        assert answer.status_code == 302 and "/login" in answer.headers["Location"], path
    assert client.post("/contact/1/stage", data={"stage": "lost"}).status_code in (302, 400)
    login = client.get("/login")
    csp = login.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "img-src 'self'" in csp and "unsafe-inline" not in csp
    assert login.headers["X-Content-Type-Options"] == "nosniff"
    assert _sign_in(client) == 302
    assert client.get("/").status_code == 200


def test_sign_in_attempts_are_rate_limited(client_for: Any) -> None:
    client = client_for(login_limit="3 per minute")
    assert [_sign_in(client, "wrong password") for _ in range(3)] == [401, 401, 401]
    assert _sign_in(client) == 429, "even the right password waits once the limit is reached"


def test_a_session_ends_after_the_idle_limit(client_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    client = client_for(idle_minutes=30)
    now = [1_000_000.0]
    monkeypatch.setattr(web_app.time, "time", lambda: now[0])
    assert _sign_in(client) == 302
    now[0] += 29 * 60
    assert client.get("/").status_code == 200, "activity within the limit keeps the session"
    now[0] += 29 * 60
    assert client.get("/").status_code == 200
    now[0] += 31 * 60
    answer = client.get("/")
    assert answer.status_code == 302 and "/login" in answer.headers["Location"]


def test_a_form_without_its_csrf_token_is_refused(client_for: Any) -> None:
    client = client_for()
    assert _sign_in(client) == 302
    answer = client.post("/logout")
    assert answer.status_code == 400 and "CSRF" in answer.get_data(as_text=True)
    assert client.get("/").status_code == 200, "still signed in: the forged form did nothing"


def test_user_add_reads_a_password_from_a_pipe_not_a_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    from triage.cli import web

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert web.read_password() == PASSWORD


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example", "https://evil.example/"])
def test_sign_in_never_sends_anyone_to_another_site(client_for: Any, target: str) -> None:
    client = client_for()
    answer = client.post(
        "/login",
        query_string={"next": target},
        data={"name": "Fran", "password": PASSWORD, "csrf_token": _token(client)},
    )
    assert answer.status_code == 302 and answer.headers["Location"] == "/"


def test_a_second_claim_on_an_item_is_told_who_came_first(sql_store: Store) -> None:
    """The primary key of review_claims is what keeps a reply from being sent twice, on SQLite and PostgreSQL."""
    from datetime import UTC, datetime

    from triage.core.kinds import ReviewAction

    (claim,) = sql_store.claim_many("main", "INBOX", 1, [(1, "<a@x>", "hash", datetime.now(UTC))])
    staff = StaffStore(sql_store)
    assert staff.claim(claim.entry_id, ReviewAction.SENDING, "Dana") is None
    second = staff.claim(claim.entry_id, ReviewAction.SENDING, "Robin")
    assert second is not None and second.actor == "Dana"
    staff.release(claim.entry_id)
    assert staff.claim(claim.entry_id, ReviewAction.DISCARDED, "Robin") is None


def test_a_draft_that_still_holds_its_note_for_staff_is_never_sent(config_path: Path, classifier: Classifier) -> None:
    from datetime import UTC, datetime

    from triage.adapters.staff_store import Item
    from triage.web.desk import DeskError

    config = load_config(str(config_path))
    store = Store(config.store.url)
    sent: list[bytes] = []
    try:
        desk = Desk(config, store, StaffStore(store), classifier, lambda to, raw: sent.append(raw))
        (claim,) = store.claim_many("main", "INBOX", 1, [(1, "<a@x>", "hash", datetime.now(UTC))])
        item = Item(claim.entry_id, "main", "INBOX", 1, 1, "<a@x>", "hash", ("services",), None, None, None, None)
        text = "[For staff: they ask about sex therapy. Answer, then delete this line.]\n\nHi Sam,\n..."
        with pytest.raises(DeskError, match="note for staff"):
            desk.approve(item, 7, text, "Dana")
        assert sent == [] and StaffStore(store).claimed(claim.entry_id) is None
    finally:
        store.close()


def test_user_list_and_remove(config_path: Path) -> None:
    assert add_user(config_path, "Dana", "owner", PASSWORD).returncode == 0
    assert add_user(config_path, "Sam", "front-desk", PASSWORD).returncode == 0
    base = [sys.executable, "-m", "triage", "--config", str(config_path), "user"]
    listed = subprocess.run([*base, "list"], capture_output=True, text=True)
    assert listed.stdout.splitlines() == ["Dana\towner", "Sam\tfront-desk"]
    assert "argon2" not in listed.stdout
    assert subprocess.run([*base, "remove", "Sam"], capture_output=True, text=True).returncode == 0
    again = subprocess.run([*base, "remove", "Sam"], capture_output=True, text=True)
    assert again.returncode == 2 and "no staff account named 'Sam'" in again.stderr
