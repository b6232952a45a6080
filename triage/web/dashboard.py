"""The funnel dashboard on the review page: the figures and the three charts of `triage report`, for a period.

The charts are PNGs served by the app itself (the Content-Security-Policy allows images from the page's own origin
only, so the report's data: URIs are not used here)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from triage.reporting.funnel import FunnelReport, compute
from triage.repository import Repository


def period(start: str | None, end: str | None, zone: ZoneInfo) -> tuple[date, date]:
    """(first day, last day): the month so far unless the page asks for other dates (bad ones fall back too)."""
    today = datetime.now(zone).date()
    try:
        last = date.fromisoformat(end) if end else today
    except ValueError:
        last = today
    try:
        first = date.fromisoformat(start) if start else last.replace(day=1)
    except ValueError:
        first = last.replace(day=1)
    return (first, last) if first <= last else (last.replace(day=1), last)


def funnel(store: Repository, zone: ZoneInfo, start: date, end: date) -> FunnelReport:
    contacts, touchpoints = store.funnel_rows()
    return compute(contacts, touchpoints, start=start, end=end, tz=zone)
