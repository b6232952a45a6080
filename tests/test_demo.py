"""The README's main command: the full pipeline on the bundled backlog, on a local Maildir, with SQLite."""

from __future__ import annotations

import email
import json
from datetime import date
from pathlib import Path

import pytest

from triage.cli import main

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("demo")
    import io
    from contextlib import redirect_stdout

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        assert main(["demo", "--out", str(out)]) == 0
    return out, buffer.getvalue()


def _drafts(out: Path) -> list[email.message.Message]:
    folder = out / "Maildir" / ".Drafts" / "cur"
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(folder.iterdir())]


def test_demo_prints_a_summary_and_where_to_look(demo_run: tuple[Path, str]) -> None:
    _out, printed = demo_run
    assert "What triage did" in printed and "drafts waiting" in printed and "Where to look" in printed


def test_demo_drafts_one_threaded_reply_per_inquiry(demo_run: tuple[Path, str]) -> None:
    out, _ = demo_run
    drafts = _drafts(out)
    expected = [json.loads(line) for line in (ROOT / "triage" / "samples" / "expected.jsonl").read_text().splitlines()]
    inquiries = [row for row in expected if "not_inquiry" not in row["labels"] and not row["never_reply"]]
    assert 0.8 * len(inquiries) <= len(drafts) <= len(inquiries)
    sources = [d["X-Triage-Source"] for d in drafts]
    assert len(sources) == len(set(sources)), "one draft per message"
    for draft in drafts:
        assert draft["In-Reply-To"] and draft["References"] and draft["Subject"]
        assert draft["From"].endswith("<hello@calmharbor.example>")
        body = draft.get_payload(decode=True).decode()
        assert "{{" not in body and "None" not in body


def test_demo_flags_and_alerts_the_crisis_messages(demo_run: tuple[Path, str]) -> None:
    out, _ = demo_run
    alerts = list((out / "Maildir" / ".Alerts" / "cur").iterdir())
    flagged = [p for p in (out / "Maildir" / "cur").iterdir() if "F" in p.name.partition(":2,")[2]]
    assert len(alerts) >= 2 and len(flagged) >= 2
    for alert in alerts:
        text = alert.read_text()
        assert "giving away" not in text and "alive" not in text, "alerts never carry the message body"


def test_a_second_demo_poll_adds_nothing(demo_run: tuple[Path, str]) -> None:
    out, _ = demo_run
    from triage.cli import load_classifier
    from triage.config import load_config
    from triage.runner import build_poller, poll_once

    before = len(_drafts(out))
    config = load_config(str(out / "triage.toml"))  # the config file the demo wrote
    (report,) = poll_once(build_poller(config, load_classifier(None), send=lambda to, raw: None))
    assert report.fetched == 0 and report.drafts == 0
    assert len(_drafts(out)) == before


def test_the_demo_is_a_practice_back_from_time_away(
    demo_run: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The drafts apologise for a slow answer and the digest says "while you were away": the absence is set."""
    out, _ = demo_run
    assert main(["--config", str(out / "triage.toml"), "absence", "show"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("away ") and "still away" in shown
    assert main(["--config", str(out / "triage.toml"), "digest"]) == 0
    assert "While you were away (" in capsys.readouterr().out


def test_backlog_and_digest_list_every_crisis_whatever_the_window(
    demo_run: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = demo_run
    crises = len([p for p in (out / "Maildir" / "cur").iterdir() if "F" in p.name.partition(":2,")[2]])  # flagged
    today = date.today().isoformat()  # a window that holds none of the demo's mail
    config = ["--config", str(out / "triage.toml")]
    assert main([*config, "backlog", "--since", today, "--csv", "-"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines()[1:] if "crisis" in line.split(",")[5]]
    assert len(listed) == crises >= 2
    assert main([*config, "digest", "--since", today]) == 0
    assert f"Possible crises: {crises}" in capsys.readouterr().out
