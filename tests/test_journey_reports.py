"""Reports by the date that matters: the worked example (an e-mail on 27 February, booked on 1 March, first seen on
3 April) is a new lead, a booked lead and a new client in three different months; conversion through every stage
by source, topic and staff member; and how long people take to book and to be seen."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import example_config
from tests.test_milestones import inquire
from triage.adapters.store import Store
from triage.cli import main
from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.milestones import Cause, Event, Milestone
from triage.reporting.funnel import Conversion, compute
from triage.reporting.journey import StaffBookings
from triage.repository import Repository

LA = ZoneInfo("America/Los_Angeles")
MONTHS = {
    "February": (date(2026, 2, 1), date(2026, 2, 28)),
    "March": (date(2026, 3, 1), date(2026, 3, 31)),
    "April": (date(2026, 4, 1), date(2026, 4, 30)),
}


def la(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=LA)


def worked_example(store: Repository) -> None:
    """Day by day, as it happens: she writes, staff book her, she comes, pays and books the next session."""
    inquire(store, "maya@example.com", la(2, 27, 9), 1)
    fact = store.record_milestone
    fact("maya@example.com", Event(Milestone.BOOKED, la(3, 1), la(4, 3, 10)), actor="Dana", cause=Cause.STAFF)
    fact("maya@example.com", Event(Milestone.FIRST_SESSION, la(4, 3, 10)), actor="Dana", cause=Cause.STAFF)
    fact("maya@example.com", Event(Milestone.PAID, la(4, 3, 11)), actor="Stripe", cause=Cause.NOTIFICATION)
    fact("maya@example.com", Event(Milestone.BOOKED, la(4, 3, 11), la(4, 10, 10)), actor="Dana", cause=Cause.STAFF)


def test_the_worked_example_is_three_rows_in_three_months(store: Repository) -> None:
    worked_example(store)
    contacts, points = store.funnel_rows()
    rows = {}
    for month, (start, end) in MONTHS.items():
        r = compute(contacts, points, start=start, end=end, tz=LA)
        rows[month] = (r.new_leads, r.milestones.booked, r.milestones.clients)
    assert rows == {"February": (1, 0, 0), "March": (0, 1, 0), "April": (0, 0, 1)}
    april = compute(contacts, points, start=date(2026, 4, 1), end=date(2026, 4, 30), tz=LA)
    assert april.milestones.first_sessions == 1 and april.became_clients == 1
    february = compute(contacts, points, start=date(2026, 2, 1), end=date(2026, 2, 28), tz=LA)
    assert february.conversion == Conversion("all", leads=1, prospects=1, clients=1, booked=1)
    assert february.milestones.cohort_stages[:5] == (
        ("New leads", 1),
        ("Requested an appointment", 1),
        ("Booked", 1),
        ("First session held", 1),
        ("Became clients", 1),
    )
    march = compute(contacts, points, start=date(2026, 3, 1), end=date(2026, 3, 31), tz=LA)
    assert march.milestones.to_booking.median_days == pytest.approx(2 + 3 / 24)  # Feb 27 9:00 → Mar 1 12:00
    assert march.milestones.booked_by == (StaffBookings("Dana", 1, 1),)


def test_the_worked_example_through_the_commands_and_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(example_config(tmp_path))
    store = Store(f"sqlite:///{tmp_path / 'triage.db'}")
    inquire(store, "maya@example.com", la(2, 27, 9), 1)
    store.close()
    for step in (
        ["booked", "--date", "2026-03-01", "--appointment", "2026-04-03 10:00"],
        ["attended", "--date", "2026-04-03"],
        ["paid", "--date", "2026-04-03"],
        ["booked", "--date", "2026-04-03", "--appointment", "2026-04-10 10:00"],
    ):
        assert main(["contact", step[0], "maya@example.com", *step[1:], "--by", "Dana", "--config", config]) == 0
    capsys.readouterr()
    seen = {}
    for month, (start, end) in MONTHS.items():
        argv = ["report", "--config", config, "--from", str(start), "--to", str(end), "--format"]
        assert main([*argv, "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        seen[month] = (data["new_leads"]["total"], data["milestones"]["booked"], data["milestones"]["new_clients"])
        assert main([*argv, "csv"]) == 0
        values = {(s, m): v for s, m, v in csv.reader(io.StringIO(capsys.readouterr().out))}
        assert values[("milestones", "new_clients")] == str(seen[month][2])
    assert seen == {"February": (1, 0, 0), "March": (0, 1, 0), "April": (0, 0, 1)}
    out = tmp_path / "feb.html"
    assert (
        main(
            [
                "report",
                "--config",
                config,
                "--from",
                "2026-02-01",
                "--to",
                "2026-02-28",
                "--format",
                "html",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    for heading in ("Milestones in this period", "Conversion", "Bookings by staff", "Time to booking"):
        assert f"<h2>{heading}</h2>" in page
    assert "every stage of the funnel" in page
    assert main(["report", "--config", config, "--from", "2026-04-01", "--to", "2026-04-30"]) == 0
    table = capsys.readouterr().out
    assert "New clients" in table and "Booked → first session" in table


# -- the figures, checked by hand --------------------------------------------------------------------------------

T = datetime(2026, 5, 4, 9, tzinfo=UTC)
D = timedelta(days=1)


def _tp(id: int, contact: int, kind: str, at: datetime, actor: str = "triage", milestone: str = "") -> TouchpointRow:
    return TouchpointRow(id, contact, kind, at, f"<{id}>", None, actor, "main", (), milestone)


PEOPLE = [
    # 1: booked 2 days after writing by Dana, seen 5 days later, client
    ContactRow(
        1,
        "client",
        "direct",
        T,
        prospect_at=T,
        booked_at=T + 2 * D,
        first_session_at=T + 7 * D,
        paid_at=T + 7 * D,
        next_booked_at=T + 7 * D,
        client_at=T + 7 * D,
    ),
    # 2: booked 4 days after writing by the import, cancelled, still cancelled
    ContactRow(
        2, "cancelled", "psychology_today", T + D, prospect_at=T + D, booked_at=T + 5 * D, cancelled_at=T + 6 * D
    ),
    # 3: booked 10 days after writing by Dana, rebooked after a cancellation: not to follow up
    ContactRow(3, "booked", "psychology_today", T + D, booked_at=T + 11 * D, cancelled_at=T + 12 * D),
    # 4: a lead who withdrew
    ContactRow(4, "lost", "direct", T + 2 * D, lost_at=T + 3 * D, stage_before_lost="lead"),
    # 5: an existing client from the EHR export: never a lead, never counted
    ContactRow(
        5, "client", "import", T, booked_at=T + D, first_session_at=T + 2 * D, client_at=T + 2 * D, is_lead=False
    ),
]
EVENTS = [
    _tp(1, 1, "inquiry", T),
    _tp(2, 1, "reply_sent", T + D / 2, "dana@x"),
    _tp(3, 1, "stage_change", T + 2 * D, "Dana", "booked"),
    _tp(4, 2, "inquiry", T + D),
    _tp(5, 2, "reply_sent", T + 2 * D, "sam@x"),
    _tp(6, 2, "stage_change", T + 5 * D, "EHR export", "booked"),
    _tp(7, 3, "inquiry", T + D),
    _tp(8, 3, "reply_sent", T + 3 * D, "dana@x"),
    _tp(9, 3, "stage_change", T + 11 * D, "Dana", "booked"),
    _tp(10, 4, "inquiry", T + 2 * D),
    _tp(11, 5, "stage_change", T + D, "EHR export", "booked"),
]


def test_counts_by_milestone_date_leave_out_people_who_never_inquired() -> None:
    r = compute(PEOPLE, EVENTS, start=date(2026, 5, 1), end=date(2026, 5, 31), tz=UTC)
    m = r.milestones
    assert r.new_leads == 4
    assert (m.requested, m.booked, m.first_sessions, m.clients, m.cancelled, m.lost) == (2, 3, 1, 1, 1, 1)
    assert dict(m.cohort_stages) == {
        "New leads": 4,
        "Requested an appointment": 3,
        "Booked": 3,
        "First session held": 1,
        "Became clients": 1,
        "Cancelled, not rebooked": 1,
        "Lost": 1,
    }


def test_conversion_by_who_answered_first_and_bookings_by_who_booked() -> None:
    r = compute(PEOPLE, EVENTS, start=date(2026, 5, 1), end=date(2026, 5, 31), tz=UTC)
    assert r.conversion_by_staff == (
        Conversion("dana@x", 2, 2, 1, booked=2),
        Conversion("sam@x", 1, 1, 0, booked=1),
        Conversion("not answered yet", 1, 0, 0, booked=0),
    )
    assert r.milestones.booked_by == (StaffBookings("Dana", 2, 1), StaffBookings("EHR export", 1, 0))


def test_time_to_booking_and_to_first_session_median_and_90th_percentile() -> None:
    m = compute(PEOPLE, EVENTS, start=date(2026, 5, 1), end=date(2026, 5, 31), tz=UTC).milestones
    assert m.to_booking.days == pytest.approx((2.0, 4.0, 10.0))
    assert m.to_booking.median_days == pytest.approx(4.0)
    assert m.to_booking.p90_days == pytest.approx(8.8)  # position 1.8: 4 + 0.8 × (10 − 4)
    assert (m.to_first_session.count, m.to_first_session.median_days) == (1, pytest.approx(5.0))
