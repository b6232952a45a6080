"""A FunnelReport for people and for other programs: a terminal table, CSV and JSON (charts.py adds the three PNG
charts and the self-contained HTML page).

Every human-facing format is drawn from one list of sections (`sections`), and CSV is the flattened JSON, so the
formats cannot disagree.
"""

from __future__ import annotations

import csv as csvlib
import io
import json as jsonlib
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

from triage.reporting.funnel import Conversion, FunnelReport
from triage.reporting.journey import Durations

SOURCE_NAMES = {
    "direct": "Direct e-mail",
    "psychology_today": "Psychology Today",
    "directory": "Other therapist directory",
    "website_form": "Website form",
    "phone": "Phone message (answering service, voicemail)",
    "referral": "Referral",
}
CHARTS = ("funnel.png", "leads-per-week.png", "response-times.png")
BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("under 1 h", 0, 1),
    ("1–4 h", 1, 4),
    ("4–8 h", 4, 8),
    ("8–24 h", 8, 24),
    ("24–48 h", 24, 48),
    ("48–72 h", 48, 72),
    ("72 h or more", 72, float("inf")),
)
COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#9d755d", "#e45756")


@dataclass(frozen=True)
class Section:
    """One block of the report as rows of text: what the terminal table and the HTML tables both show."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    warning: str = ""


# ---------------------------------------------------------------------------------------------------- words
def source_name(source: str) -> str:
    return SOURCE_NAMES.get(source, source.replace("_", " ").capitalize())


def topic_words(topic: str) -> str:
    return "flagged as a possible crisis" if topic == "crisis" else f"asking about {topic}"


def day_text(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def hours_text(hours: float | None) -> str:
    if hours is None:
        return "–"
    if hours < 1:
        return f"{round(hours * 60)} min"
    return f"{hours:.1f} hours"


def _share(part: int, rate: float | None) -> str:
    return f"{part}" if rate is None else f"{part} ({rate:.0%})"


def _conversion_row(label: str, c: Conversion) -> tuple[str, ...]:
    return (
        label,
        str(c.leads),
        _share(c.prospects, c.to_prospect),
        _share(c.booked, c.to_booked),
        _share(c.clients, c.to_client),
    )


def days_text(days: float | None) -> str:
    if days is None:
        return "–"
    if days < 1:
        return f"{days * 24:.1f} hours"
    return f"{days:.1f} days"


def _clock(report: FunnelReport) -> str:
    hours = report.response.business_hours
    if hours is None:
        return "Clock hours from a person's first message to the first reply sent to them."
    days = "–".join(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d] for d in (min(hours.days), max(hours.days)))
    return f"Business hours only ({days} {hours.opens:%H:%M}–{hours.closes:%H:%M}, {report.timezone})."


def response_buckets(report: FunnelReport) -> list[tuple[str, int]]:
    """The histogram's bars: how many people waited how long (a bucket holds low ≤ hours < high)."""
    return [(label, sum(low <= h < high for h in report.response.hours)) for label, low, high in BUCKETS]


def sections(report: FunnelReport) -> list[Section]:
    """The report as a practice owner reads it, top to bottom."""
    zone = ZoneInfo(report.timezone)
    conv = [_conversion_row("All new leads", report.conversion)]
    conv += [_conversion_row(f"from {source_name(c.name)}", c) for c in report.conversion_by_source if c.leads]
    conv += [_conversion_row(topic_words(c.name), c) for c in report.conversion_by_topic if c.leads]
    conv += [_conversion_row(staff_words(c.name), c) for c in report.conversion_by_staff if c.leads]
    m = report.milestones
    r = report.response
    oldest = report.oldest_waiting_draft
    missed = report.crises - report.crises_alerted
    return [
        Section(
            "New leads",
            ("", "people"),
            (
                ("New leads (first message in this period)", str(report.new_leads)),
                *((f"  from {source_name(s)}", str(n)) for s, n in report.leads_by_source if n),
            ),
        ),
        Section(
            "Milestones in this period",
            ("", "people"),
            (
                ("Requested an appointment (became prospects)", str(m.requested)),
                ("Booked", str(m.booked)),
                ("First sessions held", str(m.first_sessions)),
                ("New clients", str(m.clients)),
                ("Cancellations to follow up (not rebooked)", str(m.cancelled)),
                ("Marked lost", str(m.lost)),
            ),
            note="Each counts the leads whose milestone falls in the period, whenever they first wrote: an "
            "e-mail in February, booked in March and first seen in April is a new lead in February, a booking in "
            "March and a new client in April. A client has had their first session, paid and booked the next one.",
        ),
        Section(
            "Conversion",
            ("New leads of this period", "leads", "requested", "booked", "became clients"),
            tuple(conv),
            note="Of the people who first wrote in this period, how many have reached each stage so far. "
            "Topics are those of their first message; staff, who answered them first.",
        ),
        Section(
            "Bookings by staff",
            ("Booked by", "leads booked", "now clients"),
            tuple((b.name, str(b.booked), _share(b.clients, b.to_client)) for b in m.booked_by)
            or (("no bookings in this period", "", ""),),
            note="Leads booked in this period, by who recorded the booking (a person, an import or a notification).",
        ),
        Section(
            "Time to booking",
            ("", "people", "median", "9 in 10 within"),
            (
                _durations_row("First contact → booked", m.to_booking),
                _durations_row("Booked → first session", m.to_first_session),
            ),
            note="First contact to booking for the leads booked in this period; booking to first session for "
            "the first sessions held in this period.",
        ),
        Section(
            "Time to first response",
            ("", ""),
            (
                ("People answered", str(r.answered)),
                ("Typical wait (median)", hours_text(r.median_hours)),
                ("9 in 10 were answered within", hours_text(r.p90_hours)),
                ("Not answered yet", str(r.not_answered)),
                *([("Left out: wrote while the practice was away", str(r.excluded))] if r.excluded else []),
            ),
            note=_clock(report),
        ),
        Section(
            "Staff replies",
            ("Sent by", "replies"),
            tuple((actor, str(n)) for actor, n in report.staff_replies) or (("no replies sent in this period", ""),),
        ),
        Section(
            "Waiting",
            ("", ""),
            (
                ("Draft replies waiting to be sent", str(report.drafts_waiting)),
                ("Oldest one waiting since", f"{oldest.astimezone(zone):%a %d %b %Y %H:%M}" if oldest else "–"),
            ),
            note="As of now, whatever the period.",
        ),
        Section(
            "Crises",
            ("", ""),
            (
                ("Messages flagged as a possible crisis", str(report.crises)),
                ("Clinician alerted", str(report.crises_alerted)),
            ),
            warning=f"{missed} flagged message(s) had no alert: please check them." if missed else "",
        ),
    ]


def staff_words(name: str) -> str:
    return name if name == "not answered yet" else f"answered first by {name}"


def _durations_row(label: str, d: Durations) -> tuple[str, ...]:
    return (label, str(d.count), days_text(d.median_days), days_text(d.p90_days))


def title(report: FunnelReport) -> str:
    return f"Inquiries and clients, {day_text(report.start)} – {day_text(report.end)}"


# ---------------------------------------------------------------------------------------------------- table
def table(report: FunnelReport, console: Console | None = None) -> None:
    """Print the report as rich tables, one per section."""
    console = console or Console()
    console.print(Text(title(report), style="bold"), Text(f"(dates and times in {report.timezone})", style="dim"))
    for section in sections(report):
        grid = Table(
            title=section.title,
            title_justify="left",
            title_style="bold",
            show_header=any(section.columns),
            min_width=50,
        )
        for i, column in enumerate(section.columns):
            grid.add_column(column, justify="left" if i == 0 else "right")
        for row in section.rows:
            grid.add_row(*(Text(cell) for cell in row))
        console.print()
        console.print(grid)
        if section.note:
            console.print(Text(section.note, style="dim"))
        if section.warning:
            console.print(Text(section.warning, style="bold red"))


# ---------------------------------------------------------------------------------------------------- data
def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _conversion_dict(c: Conversion) -> dict[str, Any]:
    return {
        "leads": c.leads,
        "prospects": c.prospects,
        "clients": c.clients,
        "lead_to_prospect": _rate(c.to_prospect),
        "lead_to_client": _rate(c.to_client),
        "booked": c.booked,
        "lead_to_booked": _rate(c.to_booked),
    }


def _durations_dict(d: Durations) -> dict[str, Any]:
    def r(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    return {"count": d.count, "median_days": r(d.median_days), "p90_days": r(d.p90_days)}


def as_dict(report: FunnelReport) -> dict[str, Any]:
    """Stable keys: the same on every run, whatever the data (sources and topics always listed)."""
    r = report.response
    hours = r.business_hours
    m = report.milestones

    def h(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    return {
        "period": {"from": report.start.isoformat(), "to": report.end.isoformat(), "timezone": report.timezone},
        "new_leads": {"total": report.new_leads, **dict(report.leads_by_source)},
        "stage_changes": {
            "became_prospect": report.became_prospects,
            "became_client": report.became_clients,
            "lost": report.lost,
        },
        "conversion": {"all": _conversion_dict(report.conversion)},
        "conversion_by_source": {c.name: _conversion_dict(c) for c in report.conversion_by_source},
        "conversion_by_topic": {c.name: _conversion_dict(c) for c in report.conversion_by_topic},
        "first_response": {
            "clock": "business_hours" if hours else "calendar",
            "business_hours": None
            if hours is None
            else {"opens": f"{hours.opens:%H:%M}", "closes": f"{hours.closes:%H:%M}", "days": sorted(hours.days)},
            "answered": r.answered,
            "not_answered": r.not_answered,
            "excluded_absence": r.excluded,
            "median_hours": h(r.median_hours),
            "p90_hours": h(r.p90_hours),
            "hours": [h(x) for x in r.hours],
        },
        "staff_replies": dict(report.staff_replies),
        "waiting": {
            "drafts": report.drafts_waiting,
            "oldest_since": report.oldest_waiting_draft.isoformat() if report.oldest_waiting_draft else None,
        },
        "crises": {"flagged": report.crises, "alerted": report.crises_alerted},
        "weekly_leads": {w.week_start.isoformat(): dict(w.by_source) for w in report.weekly_leads},
        "milestones": {
            "requested": m.requested,
            "booked": m.booked,
            "first_sessions": m.first_sessions,
            "new_clients": m.clients,
            "cancelled_to_follow_up": m.cancelled,
            "lost": m.lost,
        },
        "funnel": dict(m.cohort_stages),
        "conversion_by_staff": {c.name: _conversion_dict(c) for c in report.conversion_by_staff},
        "booked_by": {b.name: {"booked": b.booked, "clients": b.clients} for b in m.booked_by},
        "time_to_booking": {
            "first_contact_to_booked": _durations_dict(m.to_booking),
            "booked_to_first_session": _durations_dict(m.to_first_session),
        },
    }


def json(report: FunnelReport) -> str:
    return jsonlib.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"


def metrics(report: FunnelReport) -> list[tuple[str, str, Any]]:
    """(section, metric, value), one per figure: the JSON flattened, leaving out the per-person hours list."""
    rows: list[tuple[str, str, Any]] = []

    def walk(section: str, prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(section, f"{prefix}.{key}" if prefix else str(key), inner)
        elif not isinstance(value, list):
            rows.append((section, prefix, value))

    for section, value in as_dict(report).items():
        walk(section, "", value)
    return rows


def csv(report: FunnelReport) -> str:
    out = io.StringIO()
    writer = csvlib.writer(out, lineterminator="\n")
    writer.writerow(("section", "metric", "value"))
    writer.writerows((s, m, "" if v is None else v) for s, m, v in metrics(report))
    return out.getvalue()
