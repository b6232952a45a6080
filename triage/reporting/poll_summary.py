"""What a poll did, as a table a practice manager reads at a glance (counts and reasons, never message text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from triage.core.labels import LABELS
from triage.pipeline.batch import PollReport


def poll_summary(reports: Sequence[PollReport], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title="What triage did", show_header=True)
    table.add_column("")
    for report in reports:
        table.add_column(report.mailbox, justify="right")
    rows: list[tuple[str, list[int]]] = [
        ("messages read", [r.fetched for r in reports]),
        ("already handled earlier", [r.already_done for r in reports]),
        ("new leads recorded", [r.leads for r in reports]),
        ("drafts waiting in Drafts", [r.drafts for r in reports]),
        ("replies sent", [r.sent for r in reports]),
        ("[bold red]crises flagged[/]", [r.crises for r in reports]),
        ("crisis alerts sent", [r.alerts for r in reports]),
        ("staff replies found in Sent", [r.replies_found for r in reports]),
        ("drafts removed (already answered)", [r.drafts_removed for r in reports]),
        ("follow-up drafts", [r.followups for r in reports]),
    ]
    for label, values in rows:
        table.add_row(label, *[str(v) for v in values])
    topics = [label for label in LABELS if any(label in r.topics for r in reports)]
    if topics:
        table.add_section()
        # A message may ask about several things, so these overlap: a heading says what the counts are.
        table.add_row("[bold]what they asked about[/] (a message may ask several)", *["" for _ in reports])
        for label in topics:
            table.add_row(_TOPIC_WORDS.get(label, f"about {label}"), *[str(r.topics.get(label, 0)) for r in reports])
    reasons = sorted({k for r in reports for k in r.skipped})
    if reasons:
        table.add_section()
        for reason in reasons:
            said = _NO_DRAFT_WORDS.get(reason, reason)
            table.add_row(f"no draft: {said}", *[str(r.skipped.get(reason, 0)) for r in reports])
    quarantine = sorted({k for r in reports for k in r.quarantined})
    if quarantine:
        table.add_section()
        for reason in quarantine:
            table.add_row(f"[yellow]quarantined: {reason}[/]", *[str(r.quarantined.get(reason, 0)) for r in reports])
    console.print(table)
    for report in reports:
        if report.polled_by:
            console.print(f"{report.mailbox}: another worker ({report.polled_by}) is polling it right now; left to it")
        elif report.busy:
            console.print(f"{report.mailbox}: {report.busy} message(s) claimed by another worker; left to it")
        for error in report.errors:
            console.print(f"[red]error:[/] {error}")


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar per mailbox on a big backlog; silent when nothing new arrived (or output is not a terminal)."""
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled or not console.is_terminal,
        transient=False,
    ) as progress:
        tasks: dict[str, int] = {}

        def update(mailbox: str, done: int, total: int) -> None:
            if mailbox not in tasks:
                tasks[mailbox] = int(progress.add_task(f"{mailbox}: reading", total=total))
            progress.update(tasks[mailbox], completed=done, total=total)  # type: ignore[arg-type]

        yield update


_TOPIC_WORDS = {
    "insurance": "asking about insurance",
    "fees": "asking about fees",
    "couples": "asking about couples therapy",
    "scheduling": "wanting to book or move a time",
    "availability": "asking about days and hours",
    "services": "asking what we treat",
    "crisis": "[bold red]at risk (crisis)[/]",
    "not_inquiry": "not a person's inquiry (pitches, notices)",
}
"""The model's labels as a practice owner reads them, not as the code names them."""
_NO_DRAFT_WORDS = {
    "never reply": "automatic mail (auto-replies, bounces, lists)",
    "not an inquiry": "not a person's inquiry",
    "one person, one draft": "the same person wrote again (one draft each)",
    "withdrawn": "they no longer need an answer",
    "sent from the practice's own address": "sent from our own address",
}
