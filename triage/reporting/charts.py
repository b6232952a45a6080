"""The funnel report's three charts (PNG) and the one self-contained HTML page that carries them with the tables.

Charts use matplotlib's Agg backend on figures of their own (no pyplot global state), the bundled DejaVu font and
no metadata, so a report is the same bytes on every machine and needs no network.
"""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path
from typing import Any

from triage.reporting.funnel import FunnelReport
from triage.reporting.funnel_view import (
    CHARTS,
    COLOURS,
    Section,
    day_text,
    hours_text,
    response_buckets,
    sections,
    source_name,
    title,
)


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
    """Every stage the period's new leads have reached so far; cancelled and lost in grey, beside the road."""
    stages = report.milestones.cohort_stages or (("New leads", report.conversion.leads),)
    fig = _figure()
    ax = fig.add_subplot()
    labels = [name for name, _ in stages]
    values = [n for _, n in stages]
    road = len(stages) - 2 if len(stages) > 2 else len(stages)
    colours = [COLOURS[i % len(COLOURS)] for i in range(road)] + ["#bbbbbb"] * (len(stages) - road)
    ax.barh(labels, values, color=colours)
    ax.invert_yaxis()
    top = max(values) or 1
    leads = values[0]
    for y, value in enumerate(values):
        text = f"{value}" if y == 0 or not leads else f"{value} ({value / leads:.0%})"
        ax.text(value + top * 0.02, y, text, va="center", fontsize=10)
    ax.set_xlim(0, top * 1.3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("How far the new leads have got", loc="left", fontsize=12)
    ax.set_xlabel(f"people who first wrote {day_text(report.start)} – {day_text(report.end)}")
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
        ax.set_xlabel(
            f"wait in {clock} · median {hours_text(r.median_hours)} · 9 in 10 within {hours_text(r.p90_hours)}"
        )
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
        "Conversion": _img(pngs["funnel.png"], "How far the new leads have got, every stage of the funnel"),
        "Time to first response": _img(pngs["response-times.png"], "How long people waited for a first reply"),
    }
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title(report))}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{escape(title(report))}</h1>",
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
