"""A FunnelReport for people and for other programs: a terminal table, CSV, JSON, one self-contained HTML file and
three PNG charts.

Every human-facing format is drawn from one list of sections (`sections`), and CSV is the flattened JSON, so the
formats cannot disagree. Charts use matplotlib's Agg backend on figures of their own (no pyplot global state),
the bundled DejaVu font and no metadata, so a report is the same bytes on every machine and needs no network.
"""

from __future__ import annotations

import base64
import csv as csvlib
import io
import json as jsonlib
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

from triage.reports import Conversion, FunnelReport

SOURCE_NAMES = {
    "direct": "Direct e-mail",
    "psychology_today": "Psychology Today",
    "website_form": "Website form",
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


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def _hours(hours: float | None) -> str:
    if hours is None:
        return "–"
    if hours < 1:
        return f"{round(hours * 60)} min"
    return f"{hours:.1f} hours"


def _share(part: int, rate: float | None) -> str:
    return f"{part}" if rate is None else f"{part} ({rate:.0%})"


def _conversion_row(label: str, c: Conversion) -> tuple[str, ...]:
    return (label, str(c.leads), _share(c.prospects, c.to_prospect), _share(c.clients, c.to_client))


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
                ("Became prospects in this period", str(report.became_prospects)),
                ("Became clients in this period", str(report.became_clients)),
                ("Marked lost in this period", str(report.lost)),
            ),
            note="Prospects, clients and lost count everyone whose stage changed in the period, "
            "whenever they first wrote.",
        ),
        Section(
            "Conversion",
            ("New leads of this period", "leads", "became prospects", "became clients"),
            tuple(conv),
            note="Of the people who first wrote in this period, how many have reached each stage so far. "
            "Topics are those of their first message.",
        ),
        Section(
            "Time to first response",
            ("", ""),
            (
                ("People answered", str(r.answered)),
                ("Typical wait (median)", _hours(r.median_hours)),
                ("9 in 10 were answered within", _hours(r.p90_hours)),
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


def _title(report: FunnelReport) -> str:
    return f"Inquiries and clients, {_day(report.start)} – {_day(report.end)}"


# ---------------------------------------------------------------------------------------------------- table
def table(report: FunnelReport, console: Console | None = None) -> None:
    """Print the report as rich tables, one per section."""
    console = console or Console()
    console.print(Text(_title(report), style="bold"), Text(f"(dates and times in {report.timezone})", style="dim"))
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
    }


def as_dict(report: FunnelReport) -> dict[str, Any]:
    """Stable keys: the same on every run, whatever the data (sources and topics always listed)."""
    r = report.response
    hours = r.business_hours

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


# ---------------------------------------------------------------------------------------------------- charts
def _figure() -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 3.4), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    fig.set_facecolor("white")
    return fig


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _tidy(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _funnel_chart(report: FunnelReport) -> bytes:
    c = report.conversion
    fig = _figure()
    ax = fig.add_subplot()
    labels = ["New leads", "Became prospects", "Became clients"]
    values = [c.leads, c.prospects, c.clients]
    ax.barh(labels, values, color=COLOURS[:3])
    ax.invert_yaxis()
    top = max(values) or 1
    for y, (value, rate) in enumerate(zip(values, (1.0, c.to_prospect, c.to_client), strict=True)):
        text = f"{value}" if y == 0 or rate is None else f"{value} ({rate:.0%})"
        ax.text(value + top * 0.02, y, text, va="center", fontsize=10)
    ax.set_xlim(0, top * 1.25)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("How many leads became clients", loc="left", fontsize=12)
    ax.set_xlabel(f"people who first wrote {_day(report.start)} – {_day(report.end)}")
    _tidy(ax)
    return _png(fig)


def _weekly_chart(report: FunnelReport) -> bytes:
    fig = _figure()
    ax = fig.add_subplot()
    weeks = report.weekly_leads
    x = list(range(len(weeks)))
    bottom = [0] * len(weeks)
    for i, source in enumerate(report.sources):
        heights = [dict(w.by_source).get(source, 0) for w in weeks]
        if not any(heights):
            continue
        ax.bar(x, heights, bottom=bottom, label=source_name(source), color=COLOURS[i % len(COLOURS)], width=0.7)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    step = max(1, len(weeks) // 12)
    ax.set_xticks(x[::step], [f"{w.week_start.day} {w.week_start:%b}" for w in weeks][::step])
    ax.set_xlabel("week starting (Monday)")
    ax.set_ylabel("new leads")
    ax.set_ylim(0, max([*bottom, 1]) * 1.15)
    ax.yaxis.get_major_locator().set_params(integer=True)
    if any(bottom):
        handles, labels = ax.get_legend_handles_labels()  # top of the legend = top of the stack
        ax.legend(handles[::-1], labels[::-1], frameon=False, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        ax.text(0.5, 0.5, "No new leads in this period", transform=ax.transAxes, ha="center", color="grey")
    ax.set_title("New leads each week, by where they came from", loc="left", fontsize=12)
    _tidy(ax)
    return _png(fig)


def _response_chart(report: FunnelReport) -> bytes:
    fig = _figure()
    ax = fig.add_subplot()
    buckets = response_buckets(report)
    ax.bar([label for label, _ in buckets], [n for _, n in buckets], color=COLOURS[0], width=0.8)
    ax.tick_params(axis="x", labelsize=9)
    ax.set_ylim(0, max([n for _, n in buckets] + [1]) * 1.15)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("people")
    r = report.response
    clock = "business hours" if r.business_hours else "hours"
    if r.answered:
        ax.set_xlabel(f"wait in {clock} · median {_hours(r.median_hours)} · 9 in 10 within {_hours(r.p90_hours)}")
    else:
        ax.set_xlabel(f"wait in {clock}")
        ax.text(0.5, 0.5, "Nobody has been answered yet", transform=ax.transAxes, ha="center", color="grey")
    ax.set_title("How long people waited for a first reply", loc="left", fontsize=12)
    _tidy(ax)
    return _png(fig)


def chart_pngs(report: FunnelReport) -> dict[str, bytes]:
    """The three charts as PNG bytes, by file name."""
    drawn = (_funnel_chart(report), _weekly_chart(report), _response_chart(report))
    return dict(zip(CHARTS, drawn, strict=True))


def charts(report: FunnelReport, folder: Path | str) -> list[Path]:
    """Write the three charts into `folder` (created if needed); returns their paths."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in chart_pngs(report).items():
        path = target / name
        path.write_bytes(data)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------------- html
STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #222;
       background: #fafafa; margin: 0; }
main { max-width: 760px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
p.period, p.note { color: #666; font-size: 0.9em; }
p.warning { color: #b00020; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 0.95em; }
th, td { padding: 4px 8px; border-bottom: 1px solid #eee; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { color: #555; font-weight: 600; }
figure { margin: 12px 0; }
img { max-width: 100%; height: auto; }
"""


def _html_table(section: Section) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in section.columns)
    thead = f"<thead><tr>{head}</tr></thead>" if any(section.columns) else ""
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in section.rows)
    return f"<table>{thead}<tbody>{body}</tbody></table>"


def _img(data: bytes, alt: str) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return f'<figure><img src="data:image/png;base64,{encoded}" alt="{escape(alt)}"></figure>'


def html(report: FunnelReport) -> str:
    """One self-contained page: inline CSS, charts as data: URIs, no script, no links, no web fonts."""
    pngs = chart_pngs(report)
    figures = {
        "New leads": _img(pngs["leads-per-week.png"], "New leads each week, by where they came from"),
        "Conversion": _img(pngs["funnel.png"], "How many leads became clients"),
        "Time to first response": _img(pngs["response-times.png"], "How long people waited for a first reply"),
    }
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(_title(report))}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{escape(_title(report))}</h1>",
        f'<p class="period">Dates and times in {escape(report.timezone)}.</p>',
    ]
    for section in sections(report):
        parts.append(f"<section><h2>{escape(section.title)}</h2>")
        parts.append(figures.get(section.title, ""))
        parts.append(_html_table(section))
        if section.title == "Time to first response":
            waits = Section("", ("Waited", "people"), tuple((label, str(n)) for label, n in response_buckets(report)))
            parts.append(_html_table(waits))
        if section.note:
            parts.append(f'<p class="note">{escape(section.note)}</p>')
        if section.warning:
            parts.append(f'<p class="warning">{escape(section.warning)}</p>')
        parts.append("</section>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
