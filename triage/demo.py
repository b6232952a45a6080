"""`triage demo`: the whole pipeline on the bundled backlog, with nothing to set up.

The sample inquiries in samples/inbox are copied to a fresh Maildir, the practice facts come from
config.example.toml, the funnel store is a SQLite file beside them, and drafts land in the Maildir's Drafts
folder. Crisis alerts, which would go out by SMTP, are written to an Alerts folder instead.
"""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

from triage.adapters.maildir import MaildirMailbox
from triage.config import Config, parse_config

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "inbox"
EXAMPLE = ROOT / "config.example.toml"


def prepare(workdir: Path | None) -> tuple[Config, Path]:
    """A private working folder with a copy of the sample Maildir and a config pointing at it."""
    if not SAMPLES.is_dir():
        raise FileNotFoundError(f"{SAMPLES}: the bundled sample inbox is missing")
    work = Path(tempfile.mkdtemp(prefix="triage-demo-")) if workdir is None else workdir
    work.mkdir(parents=True, exist_ok=True, mode=0o700)
    maildir = work / "Maildir"
    if maildir.exists():
        shutil.rmtree(maildir)
    shutil.copytree(SAMPLES, maildir, ignore=shutil.ignore_patterns(".gitkeep", "triage-uidlist.json"))
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(exist_ok=True)
    db = work / "triage.db"
    db.unlink(missing_ok=True)
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.pop("smtp", None)
    data["store"] = {"url": f"sqlite:///{db}"}
    data["mailboxes"] = [
        {"name": "demo", "kind": "maildir", "path": str(maildir), "backlog_days": 0, "mode": "draft"},
    ]
    data["safety"] = {"alert_to": ["clinician@calmharbor.example"]}
    return parse_config(data, EXAMPLE), work


def alert_writer(config: Config) -> object:
    """Stands in for SMTP in the demo: each alert becomes a message in the Maildir's Alerts folder."""
    box = config.mailboxes[0]
    folder = MaildirMailbox(box)
    folder.ensure_folder("Alerts")

    def send(recipients: Sequence[str], raw: bytes) -> None:
        folder.append("Alerts", [raw], [])

    return send
