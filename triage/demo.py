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
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

from triage.adapters.maildir import MaildirMailbox
from triage.config import Config
from triage.configfile import EXAMPLE, write_config
from triage.mailroom import Sender

PACKAGE = Path(str(files("triage")))
SAMPLES = PACKAGE / "samples" / "inbox"


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
    first = _arrival_times(maildir)
    db = work / "triage.db"
    db.unlink(missing_ok=True)
    # A real config file for the demo folder, so `triage --config … report`, `contact`, `absence show` work on it.
    # The sample inbox is two weeks of mail that waited while the therapist was away: the absence says so.
    away_since = first.astimezone(ZoneInfo(practice_timezone())).date().isoformat()
    config = write_config(
        work / "triage.toml",
        store={"url": f"sqlite:///{db}"},
        mailboxes=[{"name": "demo", "kind": "maildir", "path": str(maildir), "backlog_days": 0, "mode": "draft"}],
        safety={"alert_to": ["clinician@calmharbor.example"]},
        absence={"start": away_since, "note": "two weeks away (the demo's sample inbox)"},
    )
    return config, work


def _arrival_times(maildir: Path) -> datetime:
    """A Maildir's arrival time is the file's mtime: give each sample the time its Date header says. The earliest."""
    first = datetime.now(UTC)
    for file in (maildir / "new").iterdir():
        if not file.is_file():
            continue
        with file.open("rb") as handle:
            date = BytesHeaderParser(policy=compat32).parse(handle).get("Date")
        try:
            when = parsedate_to_datetime(str(date))
        except (TypeError, ValueError, IndexError):
            continue
        os.utime(file, (when.timestamp(), when.timestamp()))
        first = min(first, when)
    return first


def practice_timezone() -> str:
    """The example practice's time zone (the demo's dates are that practice's)."""
    return str(tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["practice"].get("timezone", "UTC"))


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
