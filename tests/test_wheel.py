"""The wheel works anywhere: installed into a clean venv (no source tree beside it), it runs the demo and a poll.

`make wheel` builds the wheel, installs it into a fresh venv and runs this module with $TRIAGE_WHEEL_VENV set;
`make test` runs `make wheel`. Every command here runs from a temporary folder with that venv's own `triage`.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.mail import INQUIRIES, fixture
from tests.servers import Account
from tests.test_poll_imap import connect, folder
from triage.configfile import write_config

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def venv() -> Path:
    where = os.environ.get("TRIAGE_WHEEL_VENV")
    if not where or not (Path(where) / "bin" / "triage").exists():
        pytest.fail("no installed wheel: run `make wheel` (it builds one, installs it and runs this)", pytrace=False)
    return Path(where).resolve()


def _run(venv: Path, cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TRIAGE_CONFIG", "TRIAGE_MODEL_DIR")}
    return subprocess.run(
        [str(venv / "bin" / "triage"), *args], cwd=cwd, env={**clean, **(env or {})}, capture_output=True, text=True
    )


def test_the_installed_package_is_the_wheel_not_this_checkout(venv: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import triage; print(triage.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(venv), where


def test_the_demo_runs_from_the_wheel(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, tmp_path, "demo", "--out", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stderr[-800:]
    assert "What triage did" in done.stdout
    drafts = list((tmp_path / "demo" / "Maildir" / ".Drafts" / "cur").iterdir())
    assert len(drafts) >= 60 and (tmp_path / "demo" / "report.html").exists()


def test_one_poll_against_dovecot_runs_from_the_wheel(venv: Path, imap_account: Account, tmp_path: Path) -> None:
    with connect(imap_account) as client:
        for name in INQUIRIES:
            client.append("INBOX", fixture(name))
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": f"sqlite:///{tmp_path / 'triage.db'}"},
        mailboxes=[
            {
                "name": "main",
                "host": imap_account.host,
                "port": imap_account.port,
                "security": "none",
                "username": imap_account.username,
                "password_env": "TRIAGE_WHEEL_IMAP_PASSWORD",
            }
        ],
    )
    done = _run(
        venv,
        tmp_path,
        "poll",
        "--once",
        "--config",
        str(config.path),
        env={"TRIAGE_WHEEL_IMAP_PASSWORD": imap_account.password},
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert len(folder(imap_account, "Drafts")) == len(INQUIRIES)


def test_the_review_page_ships_its_templates_and_stylesheet(venv: Path, tmp_path: Path) -> None:
    """`triage serve` renders from the package: every template and the stylesheet are in the wheel."""
    check = (
        "from importlib.resources import files; web = files('triage.web'); "
        "names = ['templates/' + n for n in ('base.html', 'login.html', 'queue.html', 'item.html', 'contact.html', "
        "'dashboard.html', 'error.html', 'timeline.html')] + ['static/review.css']; "
        "missing = [n for n in names if not web.joinpath(n).is_file()]; print(missing)"
    )
    found = subprocess.run([str(venv / "bin" / "python"), "-c", check], cwd=tmp_path, capture_output=True, text=True)
    assert found.returncode == 0 and found.stdout.strip() == "[]", found.stdout + found.stderr
    assert _run(venv, tmp_path, "serve", "--help").returncode == 0
