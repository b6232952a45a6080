"""Where the funnel's facts come from: staff commands and the practice's appointments export. Each is dated,
signed, idempotent, and refused with one line when it makes no sense."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import example_config
from tests.test_milestones import inquire
from triage.adapters.store import Store
from triage.cli import main
from triage.core.appointments import AppointmentsError, Status, read_appointments
from triage.core.kinds import Stage
from triage.repository import Repository

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 4, 20, 18, 0, tzinfo=UTC)
HEADER = "email,start,status,paid\n"


def rows(text: str) -> list:
    return read_appointments(text, "appointments.csv", LA)


# -- reading the export -----------------------------------------------------------------------------------------


def test_an_export_is_read_in_the_practices_time_and_words() -> None:
    listing = rows(
        HEADER + "Maya@Example.com,2026-04-03 10:00,Attended,yes\n"
        "lee@example.com,04/10/2026 3:30 PM,No Show,no\n"
        "kim@example.com,2026-04-11T09:00:00-07:00,canceled,\n"
    )
    assert [(r.line, r.email, r.status, r.paid) for r in listing] == [
        (2, "maya@example.com", Status.ATTENDED, True),
        (3, "lee@example.com", Status.NO_SHOW, False),
        (4, "kim@example.com", Status.CANCELLED, False),
    ]
    assert listing[0].start == datetime(2026, 4, 3, 10, tzinfo=LA)
    assert listing[1].start == datetime(2026, 4, 10, 15, 30, tzinfo=LA)


def test_every_bad_row_is_reported_with_its_line_number() -> None:
    text = (
        HEADER + "maya@example.com,2026-04-03 10:00,attended,yes\n"
        "not-an-address,2026-04-03 10:00,attended,yes\n"
        "lee@example.com,next tuesday,scheduled,no\n"
        "kim@example.com,2026-04-03 10:00,rescheduled,no\n"
        "ana@example.com,2026-04-03 10:00,scheduled,maybe\n"
        "maya@example.com,2026-04-03 10:00,attended,yes\n"
    )
    with pytest.raises(AppointmentsError) as err:
        rows(text)
    message = str(err.value)
    assert "\n" not in message
    for fragment in ("line 3:", "line 4:", "line 5:", "line 6:", "line 7: the same appointment as line 2"):
        assert fragment in message
    with pytest.raises(AppointmentsError, match="missing column 'paid'"):
        rows("email,start,status\n")


# -- importing: idempotent, dated, never a lead -----------------------------------------------------------------


def thousand() -> str:
    """1,000 appointments of 250 people: an intake attended and paid, then three more sessions, one cancelled."""
    lines = [HEADER.strip()]
    start = datetime(2026, 1, 5, 9)
    for person in range(250):
        first = start + timedelta(days=person % 60, hours=person % 8)
        for n, status in enumerate(("attended", "attended", "cancelled", "scheduled")):
            lines.append(f"p{person}@example.com,{(first + timedelta(weeks=n)):%Y-%m-%d %H:%M},{status},yes")
    return "\n".join(lines) + "\n"


def test_importing_a_thousand_appointments_twice_changes_nothing_the_second_time(store: Repository) -> None:
    listing = rows(thousand())
    assert len(listing) == 1000
    created, changed, milestones = store.import_appointments(listing, actor="import", at=NOW)
    assert (created, changed) == (250, 250) and milestones > 0
    contacts, points = store.funnel_rows()
    assert all(c.stage == Stage.CLIENT and not c.is_lead for c in contacts)
    assert store.import_appointments(listing, actor="import", at=NOW + timedelta(days=1)) == (0, 0, 0)
    assert store.funnel_rows() == (contacts, points)


def test_an_import_moves_a_known_lead_along_as_the_calendar_changes(store: Repository) -> None:
    inquire(store, "maya@example.com", datetime(2026, 2, 27, 17, tzinfo=UTC), 1, books=True)
    day1 = datetime(2026, 3, 1, 18, tzinfo=UTC)
    store.import_appointments(rows(HEADER + "maya@example.com,2026-04-03 10:00,scheduled,no\n"), actor="EHR", at=day1)
    maya = store.contact("maya@example.com")
    assert maya is not None and (maya.stage, maya.booked_at) == (Stage.BOOKED, day1)
    assert maya.appointment_at == datetime(2026, 4, 3, 10, tzinfo=LA) and maya.is_lead
    later = HEADER + "maya@example.com,2026-04-03 10:00,attended,yes\nmaya@example.com,2026-04-10 10:00,scheduled,no\n"
    store.import_appointments(rows(later), actor="EHR", at=datetime(2026, 4, 3, 20, tzinfo=UTC))
    maya = store.contact("maya@example.com")
    assert maya is not None and maya.stage == Stage.CLIENT
    assert maya.first_session_at == datetime(2026, 4, 3, 10, tzinfo=LA)
    assert maya.client_at == datetime(2026, 4, 3, 20, tzinfo=UTC)  # the import that saw the next session booked


def test_a_cancelled_appointment_is_cancelled_and_a_new_one_rebooks(store: Repository) -> None:
    first = HEADER + "ana@example.com,2026-04-08 10:00,scheduled,no\n"
    store.import_appointments(rows(first), actor="EHR", at=NOW - timedelta(days=20))
    store.import_appointments(rows(first.replace("scheduled", "cancelled")), actor="EHR", at=NOW - timedelta(days=15))
    ana = store.contact("ana@example.com")
    assert ana is not None and ana.stage == Stage.CANCELLED and ana.cancelled_at == NOW - timedelta(days=15)
    rebooked = first.replace("scheduled", "cancelled") + "ana@example.com,2026-04-22 10:00,scheduled,no\n"
    store.import_appointments(rows(rebooked), actor="EHR", at=NOW)
    ana = store.contact("ana@example.com")
    assert ana is not None and ana.stage == Stage.BOOKED and ana.appointment_at == datetime(2026, 4, 22, 10, tzinfo=LA)


# -- the commands -----------------------------------------------------------------------------------------------


def _setup(tmp_path: Path) -> tuple[str, Path]:
    config = example_config(tmp_path)
    store = Store(f"sqlite:///{tmp_path / 'triage.db'}")
    inquire(store, "maya@example.com", datetime(2026, 2, 27, 17, tzinfo=UTC), 1)
    store.close()
    return str(config), tmp_path / "triage.db"


def test_staff_record_each_fact_dated_and_signed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, db = _setup(tmp_path)
    steps = [
        ["booked", "--date", "2026-03-01", "--appointment", "2026-04-03 10:00"],
        ["attended", "--date", "2026-04-03"],
        ["paid", "--date", "2026-04-03"],
        ["booked", "--date", "2026-04-03", "--appointment", "2026-04-10 10:00"],
    ]
    for step in steps:
        assert main(["contact", step[0], "maya@example.com", *step[1:], "--by", "Dana", "--config", config]) == 0
    assert "stage client" in capsys.readouterr().out
    store = Store(f"sqlite:///{db}")
    maya = store.contact("maya@example.com")
    assert maya is not None and maya.stage == Stage.CLIENT
    assert maya.booked_at is not None and maya.booked_at.astimezone(LA).date() == date(2026, 3, 1)
    assert maya.client_at is not None and maya.client_at.astimezone(LA).date() == date(2026, 4, 3)
    actors = {t.actor for t in store.history(maya.id) if t.kind in ("stage_change", "milestone")}
    store.close()
    assert actors == {"Dana"}
    assert main(["contact", "show", "maya@example.com", "--config", config]) == 0
    shown = capsys.readouterr().out
    assert "next session booked" in shown and "first session" in shown


def test_a_refused_fact_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = _setup(tmp_path)
    assert main(["contact", "cancelled", "maya@example.com", "--by", "Dana", "--config", config]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "only a booked appointment can be cancelled" in line
    assert main(["contact", "paid", "maya@example.com", "--date", "April", "--by", "Dana", "--config", config]) == 2
    assert "--date 'April' is not a date" in capsys.readouterr().err


def test_the_import_command_reports_bad_rows_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, db = _setup(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "maya@example.com,2026-04-03 10:00,attended,yes\nlee@example.com,soon,scheduled,no\n")
    assert main(["import", "appointments", str(bad), "--config", config]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "line 3: start 'soon'" in line and "nothing was imported" in line
    store = Store(f"sqlite:///{db}")
    assert [c.email for c in store.contacts()] == ["maya@example.com"]
    maya = store.contact("maya@example.com")
    assert maya is not None and maya.stage == Stage.LEAD
    store.close()
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "maya@example.com,2026-04-03 10:00,attended,yes\n")
    assert main(["import", "appointments", str(good), "--config", config]) == 0
    assert main(["import", "appointments", str(good), "--config", config]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert "1 appointments: 0 new contacts, 1 people moved along" in first
    assert "0 people moved along (0 milestones)" in second
    history = Store(f"sqlite:///{db}")
    points = [json.loads(t.detail).get("cause") for t in history.touchpoints() if t.kind != "inquiry"]
    history.close()
    assert points and set(points) == {"import"}
