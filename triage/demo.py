"""`triage demo`: the whole pipeline on the bundled backlog, with nothing to set up.

The sample inquiries in triage/samples/inbox (package data) are copied to a fresh Maildir, the practice facts come from
config.example.toml, the funnel store is a SQLite file beside them, and drafts land in the Maildir's Drafts
folder. Crisis alerts, which would go out by SMTP, are written to an Alerts folder instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from collections.abc import Sequence
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from importlib.resources import files
from pathlib import Path

from triage.adapters.maildir import MaildirMailbox
from triage.config import Config, parse_config
from triage.mailroom import Sender

PACKAGE = Path(str(files("triage")))
SAMPLES = PACKAGE / "samples" / "inbox"
EXAMPLE = PACKAGE / "config.example.toml"


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
    _arrival_times(maildir)
    db = work / "triage.db"
    db.unlink(missing_ok=True)
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.pop("smtp", None)
    data["store"] = {"url": f"sqlite:///{db}"}
    data["mailboxes"] = [
        {"name": "demo", "kind": "maildir", "path": str(maildir), "backlog_days": 0, "mode": "draft"},
    ]
    data["safety"] = {"alert_to": ["clinician@calmharbor.example"]}
    config_file = work / "triage.toml"
    _write_config(config_file, db, maildir)
    return parse_config(data, config_file), work


def _arrival_times(maildir: Path) -> None:
    """A Maildir's arrival time is the file's mtime; give each sample the time its Date header says."""
    for file in (maildir / "new").iterdir():
        if not file.is_file():
            continue
        with file.open("rb") as handle:
            date = BytesHeaderParser(policy=compat32).parse(handle).get("Date")
        try:
            when = parsedate_to_datetime(str(date)).timestamp()
        except (TypeError, ValueError, IndexError):
            continue
        os.utime(file, (when, when))


def _write_config(path: Path, db: Path, maildir: Path) -> None:
    """A real config file for the demo folder, so `triage --config … report` and `contact` work on it."""
    practice = EXAMPLE.read_text(encoding="utf-8").split("[store]")[0]
    path.write_text(
        practice
        + f'[store]\nurl = "sqlite:///{db}"\n\n'
        + f'[[mailboxes]]\nname = "demo"\nkind = "maildir"\npath = "{maildir}"\nbacklog_days = 0\n\n'
        + '[safety]\nalert_to = ["clinician@calmharbor.example"]\n',
        encoding="utf-8",
    )
    path.chmod(0o600)


def write_report(config: Config, work: Path) -> Path:
    """The funnel report of the demo backlog as one HTML page with charts, beside the drafts."""
    from zoneinfo import ZoneInfo

    from triage.adapters.store import Store
    from triage.reporting import charts
    from triage.reporting.funnel import compute

    store = Store(config.store.url)
    try:
        contacts, touchpoints = store.funnel_rows()
    finally:
        store.close()
    zone = ZoneInfo(config.practice.timezone)
    days = [c.created_at.astimezone(zone).date() for c in contacts] or [datetime.now(zone).date()]
    report = compute(contacts, touchpoints, start=min(days), end=max(days), tz=zone)
    target = work / "report.html"
    target.write_text(charts.html(report), encoding="utf-8")
    return target


def alert_writer(config: Config) -> Sender:
    """Stands in for SMTP in the demo: each alert becomes a message in the Maildir's Alerts folder."""
    box = config.mailboxes[0]
    folder = MaildirMailbox(box)
    folder.ensure_folder("Alerts")

    def send(recipients: Sequence[str], raw: bytes) -> None:
        folder.append("Alerts", [raw], [])

    return send
