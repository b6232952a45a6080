"""A wrong config is one clear line naming the key and the file, never a silent default."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main
from triage.config import ConfigError, config_path, load_config, parse_config, secret

EXAMPLE = Path(__file__).parent.parent / "config.example.toml"


def _data() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE.read_text())


def _error(data: dict[str, Any]) -> str:
    with pytest.raises(ConfigError) as err:
        parse_config(data, Path("/etc/triage.toml"))
    message = str(err.value)
    assert message.startswith("/etc/triage.toml: ") and "\n" not in message
    return message


def test_the_example_config_is_valid_and_documents_the_interface() -> None:
    config = load_config(str(EXAMPLE))
    box = config.mailboxes[0]
    assert (box.inbox, box.drafts, box.sent, box.mode, box.poll_seconds) == ("INBOX", "Drafts", "Sent", "draft", 120)
    assert config.store.url == "sqlite:///triage.db" and config.store.keep_bodies is False
    assert config.safety.alert_to and config.practice.crisis_resources


def test_a_misspelt_key_is_named_with_a_suggestion() -> None:
    data = _data()
    data["mailboxes"][0]["pasword_env"] = data["mailboxes"][0].pop("password_env")
    assert "mailboxes[0].pasword_env" in _error(data) and "password_env" in _error(data)


def test_a_wrong_type_is_named() -> None:
    data = _data()
    data["practice"]["fee"] = "165 dollars"
    assert "practice.fee must be a whole number" in _error(data)


def test_a_bad_choice_lists_the_allowed_ones() -> None:
    data = _data()
    data["mailboxes"][0]["mode"] = "auto"
    assert "mailboxes[0].mode must be one of draft, send" in _error(data)


@pytest.mark.parametrize(
    ("hours", "said"),
    [
        ("9am to 7pm on weekdays and 9am to 1pm on Saturdays", "has no Friday"),
        ("9am to 7pm Monday to Thursday and 10am to 2pm on Sundays", "names Sunday"),
    ],
)
def test_hours_that_promise_a_day_not_offered_are_refused(hours: str, said: str) -> None:
    data = _data()
    data["practice"]["hours"] = hours  # drafts quote it: "weekdays" would offer Fridays the practice doesn't have
    assert said in _error(data)


def test_plain_text_imap_is_refused_off_loopback() -> None:
    data = _data()
    data["mailboxes"][0]["security"] = "none"
    assert "loopback only" in _error(data)


def test_a_bad_duration_is_named() -> None:
    data = _data()
    data["mailboxes"][0]["poll_every"] = "often"
    assert "mailboxes[0].poll_every" in _error(data)


def test_an_unknown_section_is_named() -> None:
    data = _data()
    data["mailbox"] = {}
    assert "unknown section [mailbox]" in _error(data)


def test_secrets_come_from_the_environment_never_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRIAGE_TEST_SECRET", "s3cret")
    assert secret("smtp", "TRIAGE_TEST_SECRET", "", tmp_path) == "s3cret"
    monkeypatch.delenv("TRIAGE_TEST_SECRET")
    with pytest.raises(ConfigError, match=r"\$TRIAGE_TEST_SECRET, which is not set"):
        secret("smtp", "TRIAGE_TEST_SECRET", "", tmp_path)
    (tmp_path / "pw").write_text("from-a-file\n")
    assert secret("smtp", "", str(tmp_path / "pw"), tmp_path) == "from-a-file"


def test_the_config_file_is_found_by_flag_then_cwd_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRIAGE_CONFIG", "/srv/triage.toml")
    assert config_path("given.toml") == Path("given.toml")
    assert config_path(None) == Path("/srv/triage.toml")
    (tmp_path / "triage.toml").write_text("")
    assert config_path(None) == Path("triage.toml")


def test_poll_with_a_broken_config_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "triage.toml"
    bad.write_text(EXAMPLE.read_text().replace("backlog_days = 14", "backlog_dayz = 14"))
    assert main(["poll", "--config", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "backlog_dayz" in err[0]


def test_a_missing_config_file_says_how_to_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["poll", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "config.example.toml" in capsys.readouterr().err


def test_config_may_be_given_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "poll", "--once"]) == 2
    assert str(tmp_path / "nope.toml") in capsys.readouterr().err


@pytest.mark.parametrize(
    ("section", "key", "value", "said"),
    [
        ("mailboxes", "timeout", -1, "mailboxes[0].timeout must be a number of seconds"),
        ("mailboxes", "drafts", "Drafts\r\nX", "mailboxes[0].drafts must be a folder name"),
        ("store", "url", "sqlit:/triage.db", "store.url 'sqlit:/triage.db' is not a database URL"),
        ("store", "url", "mysql://x@y/z", "'mysql' is not supported"),
        ("safety", "alert_to", ["not an address"], "safety.alert_to[0]: 'not an address' is not an e-mail address"),
        (
            "practice",
            "address",
            "hello@calmharbor.example\r\nBcc: x@y.z",
            "practice.address must be one e-mail address",
        ),
        ("practice", "in_network", ["Regence"], "'Regence' is read as 'Blue Cross Blue Shield' in mail"),
        ("practice", "in_network", ["Kaizer Permanente"], "did you mean 'Kaiser Permanente'?"),
    ],
)
def test_quiet_misconfigurations_are_one_clear_line(section: str, key: str, value: object, said: str) -> None:
    data = _data()
    target = data[section][0] if section == "mailboxes" else data.setdefault(section, {})
    target[key] = value
    assert said in _error(data)


def test_a_service_the_practice_does_not_offer_must_be_one_triage_knows() -> None:
    data = _data()
    data["practice"]["not_offered"] = [{"service": "hypnotherapy", "referral": "x"}]
    assert "practice.not_offered[0].service: 'hypnotherapy' is not a service triage knows" in _error(data)
    data["practice"]["faq"] = [{"questions": [], "answer": "x"}]
    data["practice"]["not_offered"] = []
    assert "practice.faq[0] needs at least one question and an answer" in _error(data)
