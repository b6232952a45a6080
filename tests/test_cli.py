"""The `triage` command: a fixed JSON interface, readable tables, one-line errors, never a crash on bad mail."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, example_config
from triage.cli import main

KEYS = {
    "file",
    "labels",
    "scores",
    "first_name",
    "contact_email",
    "carrier",
    "days_requested",
    "language",
    "never_reply",
    "quarantined",
    "crisis_evidence",
    "request",  # added by issue 9; every earlier key stays as it was
}


def _json_lines(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["classify", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_classify_json_emits_one_record_per_message_with_the_fixed_keys(capsys: pytest.CaptureFixture[str]) -> None:
    records = _json_lines(capsys, str(FIXTURES))
    assert len(records) == len(list(FIXTURES.glob("*.eml")))
    for record in records:
        assert set(record) == KEYS
        assert record["quarantined"] or record["labels"]


def test_bad_inputs_become_quarantined_records_not_crashes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    records = _json_lines(capsys, str(junk), str(tmp_path / "missing.eml"), str(FIXTURES / "empty.eml"))
    assert [r["quarantined"] for r in records] == [
        "binary data, not an e-mail message",
        "file not found",
        "empty message",
    ]


def test_maildir_is_read_from_new_and_cur(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "new" / "1.host").write_bytes((FIXTURES / "plain_utf8_lf_aetna.eml").read_bytes())
    (tmp_path / "cur" / "2.host:2,S").write_bytes((FIXTURES / "crisis_direct_en.eml").read_bytes())
    records = _json_lines(capsys, str(tmp_path))
    assert len(records) == 2
    assert "crisis" in records[1]["labels"]  # type: ignore[operator]


def test_table_output_names_the_crisis(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", str(FIXTURES / "crisis_direct_en.eml")]) == 0
    out = capsys.readouterr().out
    assert "crisis" in out and "flagged as crisis" in out


def test_a_corrupt_model_file_is_one_clear_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    models = Path(__file__).parent.parent / "triage" / "models"
    (tmp_path / "triage-model.json").write_text((models / "triage-model.json").read_text())
    (tmp_path / "triage-model.npz").write_bytes(b"this is not a zip file")
    assert main(["classify", "--model", str(tmp_path), str(FIXTURES / "empty.eml")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "triage-model.npz" in err[0] and "corrupt" in err[0]


def test_a_missing_model_says_how_to_build_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--model", str(tmp_path), str(FIXTURES / "empty.eml")]) == 2
    assert "triage train" in capsys.readouterr().err


def test_help_explains_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "triage", "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("classify", "train", "eval"):
        assert command in out


def test_eval_prints_per_label_scores_for_a_labelled_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "mail").mkdir()
    rows = []
    for name in ("crisis_direct_en.eml", "newsletter_list_bulk.eml"):
        (tmp_path / "mail" / name).write_bytes((FIXTURES / name).read_bytes())
    rows = [
        {"file": "crisis_direct_en.eml", "labels": ["crisis"]},
        {"file": "newsletter_list_bulk.eml", "labels": ["not_inquiry"]},
    ]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "crisis" in out and "macro" in out and "precision" in out


READ_ONLY = [
    ["report"],
    ["backlog"],
    ["digest"],
    ["contact", "list"],
    ["contact", "show", "a@x.test"],
    ["absence", "show"],
]


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_commands_that_only_read_refuse_a_store_that_is_not_there(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = example_config(tmp_path)
    config.write_text(config.read_text().replace("triage.db", "traige.db"))  # a typo in store.url
    assert main(["--config", str(config), *command]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "no funnel store" in line and "traige.db" in line
    assert not (tmp_path / "traige.db").exists(), "nothing is created"


@pytest.mark.integration  # the local PostgreSQL
def test_a_postgresql_url_that_names_no_funnel_store_is_refused_without_creating_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import create_engine, inspect

    from tests.stores import postgres_url
    from triage.configfile import write_config

    urls = postgres_url()  # a fresh, empty schema: a database that exists but holds no funnel store
    url = next(urls)
    try:
        mailbox = {"name": "main", "host": "imap.example", "username": "hello@calmharbor.example"}
        config = write_config(tmp_path / "triage.toml", store={"url": url}, mailboxes=[mailbox])
        for command in READ_ONLY:
            assert main(["--config", str(config.path), *command]) == 2
            (line,) = capsys.readouterr().err.splitlines()
            assert "no funnel store" in line
        engine = create_engine(url)
        assert inspect(engine).get_table_names() == [], "nothing is created"
        engine.dispose()
    finally:
        next(urls, None)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_classify_of_a_path_that_does_not_exist_is_one_line_and_exit_2(
    json_flag: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["classify", *json_flag, "/nonexistent.eml"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert "/nonexistent.eml" in line and "no such file" in line


def test_help_points_at_nothing_that_is_not_there() -> None:
    """A path in `triage --help` is a placeholder (MESSAGE.eml, FOLDER/labels.jsonl) or exists in any install."""
    from triage.cli import build_parser

    text = build_parser().format_help()
    assert "../" not in text and "shared" not in text
    paths = [t for t in re.findall(r"[\w.~|-]*/[\w./*-]*", text) if "." in t or t.endswith("/")]  # not "a/b/c"
    for token in paths:
        if token == "./triage.toml":  # the config file a user writes (the default --config)
            continue
        assert token.split("/")[0].isupper() or (Path(__file__).parent.parent / token).exists(), token


def test_the_readme_commands_work_as_typed() -> None:
    """Every command in the README's code blocks is one a newcomer can type after `make install`: `make` targets
    that exist, and `.venv/bin/triage` (not a bare `triage`, which is not on their PATH) with arguments triage takes."""
    import shlex

    from triage.cli import build_parser

    root = Path(__file__).parent.parent
    targets = set(re.findall(r"^([\w-]+):", (root / "Makefile").read_text(), re.M))
    lines, fenced = [], False
    for line in (root / "README.md").read_text().splitlines():
        fenced ^= line.startswith("```")  # fenced blocks hold JSON and the layout; commands are indented blocks
        if line.startswith("    ") and not fenced:
            lines.append(line[4:])
    commands = [shlex.split(line.split("#")[0]) for line in lines if line.strip()]
    triage = [words for words in commands if words[0].endswith("triage")]
    assert triage and all(words[0] == ".venv/bin/triage" for words in triage)
    for words in triage:
        build_parser().parse_args(words[1:])  # exits (fails the test) on an unknown command or option
    assert all(words[1] in targets for words in commands if words[0] == "make")
