"""Catching up after time away, as people read it: the absence in effect, the order to review in, the digest.

Pure over the store's rows and the config, except `effective_absence` and `since`, which ask the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from triage.config import Config
from triage.core.absence import Absence, review_rank
from triage.repository import BacklogRow, Repository

DEFAULT_WINDOW = timedelta(days=14)
"""What backlog and digest look back over when no absence is set and no --since is given."""


def local_day(text: str, zone: ZoneInfo) -> datetime:
    """Midnight of a YYYY-MM-DD day in the practice's time zone (ValueError when it is no such date)."""
    return datetime.combine(date.fromisoformat(text), time(0), tzinfo=zone)


def effective_absence(config: Config, store: Repository, zone: ZoneInfo) -> Absence | None:
    """The config's [absence] when it names a start; else the latest one set with `triage absence start`."""
    settings = config.absence
    if settings.start:
        start = local_day(settings.start, zone)
        end = local_day(settings.end, zone) + timedelta(days=1) if settings.end else None
        return Absence(start, end, settings.note)
    return store.latest_absence()


def since(config: Config, store: Repository, zone: ZoneInfo) -> datetime:
    """Where the catch-up starts by default: when the absence began, else two weeks ago."""
    absence = effective_absence(config, store, zone)
    return absence.start if absence is not None else datetime.now(UTC) - DEFAULT_WINDOW


@dataclass(frozen=True)
class CatchUp:
    since: datetime
    rows: list[BacklogRow]
    """Everything to review, in the order to review it."""
    new_leads: int


def catch_up(config: Config, store: Repository, zone: ZoneInfo, start: datetime | None = None) -> CatchUp:
    """What came in since `start` (default: `since`), in review order, and how many new leads that made."""
    start = start or since(config, store, zone)
    rows = review_order(store.backlog(start))
    return CatchUp(start, rows, sum(1 for c in store.list_contacts() if c.created_at >= start))


def local(value: datetime | None, zone: ZoneInfo) -> str:
    return "" if value is None else value.astimezone(zone).strftime("%a %d %b %H:%M")


def review_order(rows: list[BacklogRow]) -> list[BacklogRow]:
    """Crises first, then drafts that ask staff something, then existing clients, then scheduling requests, then
    the rest; oldest first within each."""
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(
        rows, key=lambda r: (review_rank(r.labels, r.stage, r.needs_staff), r.received_at or oldest, r.entry_id)
    )


def digest_text(rows: list[BacklogRow], since: datetime, zone: ZoneInfo, new_leads: int, practice: str) -> str:
    """The catch-up summary: counts and statuses, names only for crises (who to call first), never message text."""
    topics = Counter(t for r in rows for t in r.labels)
    statuses = Counter(r.status.split(":")[0] for r in rows)
    crises = [r for r in rows if "crisis" in r.labels]
    noted = sum(r.needs_staff for r in rows)
    lines = [
        f"While you were away ({local(since, zone)} – now), {practice} received {len(rows)} messages from people.",
        "",
        f"New leads: {new_leads}",
        f"Drafts waiting for your review: {statuses.get('draft waiting', 0)}"
        + (f" ({noted} start with a question for staff to answer)" if noted else ""),
        f"Already answered: {statuses.get('answered', 0)}",
        f"Needed no draft: {sum(v for k, v in statuses.items() if k.startswith('no draft'))}",
        "",
        "By topic:",
        *[f"  {label}: {count}" for label, count in topics.most_common()],
        "",
        f"Possible crises: {len(crises)}" + (" (flagged in the inbox; please read these first)" if crises else ""),
        *(
            [f"  Clinician alerts NOT SENT yet (SMTP failed, retried every poll): {unsent}"]
            if (unsent := sum(r.alert_pending for r in rows))
            else []
        ),
        *[f"  {local(r.received_at, zone)}  {r.first_name or ''} <{r.email}>  {r.status}" for r in crises],
        "",
        "`triage backlog` lists everything in the order to review it.",
    ]
    return "\n".join(lines) + "\n"
