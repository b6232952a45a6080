"""Numbers must be right: a small funnel with known dates, and every figure of the report checked by hand.

The funnel (times in America/Los_Angeles; April 2026 is PDT, UTC−7; April 1 is a Wednesday):

  id  source            first wrote       topics (1st inquiry)    first reply (by)         stages
  1 A direct            Wed Apr 1  10:00  insurance               Apr 1 12:00 (dana)       prospect Apr 3, client Apr 10
  2 B psychology_today  Fri Apr 3  16:00  fees, scheduling        Mon Apr 6 10:00 (sam)    prospect Apr 7
  3 C website_form      Sat Apr 4  11:00  couples                 Apr 4 11:30 (triage)     lead
  4 D referral          Thu Apr 30 23:30  crisis, services        none after it            lead (May 1 in UTC!)
  5 E direct            Tue Mar 31 23:30  crisis                  Apr 1 08:00 (dana)       prospect Apr 2, client May 2
  6 F psychology_today  Fri May 1  00:30  insurance               May 1 00:45 (sam)        lead
  7 G direct            Wed Apr 15 09:00  insurance, availability Thu Apr 16 09:00 (dana)  client Apr 20, no prospect_at
  8 H website_form      Mon Apr 20 14:00  insurance (fees later)  Apr 20 14:45 (sam)       prospect Apr 21, lost Apr 25
  9 I psychology_today  Wed Apr 22 08:00  crisis                  none                     lead
  10 L referral         Tue Mar 10 09:00  services                none                     lead
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console

from triage.adapters.store import Contact, Store, Touchpoint
from triage.cli.common import UserError
from triage.cli.report import add as add_report_command
from triage.reporting import funnel_view
from triage.reporting.funnel import (
    BusinessHours,
    ContactRow,
    Conversion,
    FunnelReport,
    TouchpointRow,
    business_hours_between,
    compute,
    percentile,
)

LA = ZoneInfo("America/Los_Angeles")
APRIL: dict[str, Any] = {"start": date(2026, 4, 1), "end": date(2026, 4, 30), "tz": "America/Los_Angeles"}
DANA, SAM = "dana@calmharbor.example", "sam@calmharbor.example"
PNG = b"\x89PNG\r\n\x1a\n"


def la(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LA)


def _tp(
    id: int,
    contact: int,
    kind: str,
    at: datetime,
    ref: str | None = None,
    reply_to: str | None = None,
    actor: str = "triage",
    labels: tuple[str, ...] = (),
) -> TouchpointRow:
    return TouchpointRow(id, contact, kind, at, ref, reply_to, actor, "main", labels)


CONTACTS = [
    ContactRow(1, "client", "direct", la(4, 1, 10), prospect_at=la(4, 3, 12), client_at=la(4, 10, 12)),
    ContactRow(2, "prospect", "psychology_today", la(4, 3, 16), prospect_at=la(4, 7, 9)),
    ContactRow(3, "lead", "website_form", la(4, 4, 11)),
    ContactRow(4, "lead", "referral", la(4, 30, 23, 30)),
    ContactRow(5, "client", "direct", la(3, 31, 23, 30), prospect_at=la(4, 2, 10), client_at=la(5, 2, 10)),
    ContactRow(6, "lead", "psychology_today", la(5, 1, 0, 30)),
    ContactRow(7, "client", "direct", la(4, 15, 9), client_at=la(4, 20, 9)),
    ContactRow(
        8,
        "lost",
        "website_form",
        la(4, 20, 14),
        prospect_at=la(4, 21, 10),
        lost_at=la(4, 25, 10),
        stage_before_lost="prospect",
    ),
    ContactRow(9, "lead", "psychology_today", la(4, 22, 8)),
    ContactRow(10, "lead", "referral", la(3, 10, 9)),
]

TOUCHPOINTS = [
    # inquiries
    _tp(1, 1, "inquiry", la(4, 1, 10), "<a1>", labels=("insurance",)),
    _tp(2, 2, "inquiry", la(4, 3, 16), "<b1>", labels=("fees", "scheduling")),
    _tp(3, 3, "inquiry", la(4, 4, 11), "<c1>", labels=("couples",)),
    _tp(4, 4, "inquiry", la(4, 30, 23, 30), "<d1>", labels=("crisis", "services")),
    _tp(5, 5, "inquiry", la(3, 31, 23, 30), "<e1>", labels=("crisis",)),
    _tp(6, 6, "inquiry", la(5, 1, 0, 30), "<f1>", labels=("insurance",)),
    _tp(7, 7, "inquiry", la(4, 15, 9), "<g1>", labels=("insurance", "availability")),
    _tp(8, 8, "inquiry", la(4, 20, 14), "<h1>", labels=("insurance",)),
    _tp(9, 8, "inquiry", la(4, 23, 9), "<h2>", labels=("fees",)),  # a later question: not H's topic
    _tp(10, 9, "inquiry", la(4, 22, 8), "<i1>", labels=("crisis",)),
    _tp(11, 10, "inquiry", la(3, 10, 9), "<l1>", labels=("services",)),
    # drafts left by triage
    _tp(20, 1, "draft_created", la(4, 1, 10, 1), "<a1>"),
    _tp(21, 2, "draft_created", la(4, 3, 16, 1), "<b1>"),
    _tp(22, 4, "draft_created", la(4, 30, 23, 31), "<d1>"),
    _tp(23, 7, "draft_created", la(4, 15, 9, 1), "<g1>"),
    _tp(24, 8, "draft_created", la(4, 20, 14, 1), "<h1>"),
    _tp(25, 9, "draft_created", la(4, 22, 8, 1), "<i1>"),
    _tp(26, 9, "draft_removed", la(4, 22, 12), "<i1>"),
    _tp(27, 6, "draft_created", la(5, 1, 0, 31), "<f1>"),
    _tp(28, 10, "draft_created", la(3, 10, 9, 1), "<l1>"),
    _tp(29, 5, "draft_created", la(3, 31, 23, 31), "<e1>"),
    _tp(30, 4, "draft_created", la(5, 1, 8), "<d1>"),  # a second draft about D's message counts once
    # replies found in Sent (or sent by triage)
    _tp(40, 1, "reply_sent", la(4, 1, 12), "<r40>", "<a1>", DANA),
    _tp(41, 2, "reply_sent", la(4, 6, 10), "<r41>", "<b1>", SAM),
    _tp(42, 3, "reply_sent", la(4, 4, 11, 30), "<r42>", "<c1>", "triage"),
    _tp(43, 5, "reply_sent", la(4, 1, 8), "<r43>", "<e1>", DANA),
    _tp(44, 7, "reply_sent", la(4, 16, 9), "<r44>", "<g1>", DANA),
    _tp(45, 8, "reply_sent", la(4, 20, 14, 45), "<r45>", "<h1>", SAM),
    _tp(46, 1, "reply_sent", la(4, 30, 23, 45), "<r46>", "<a2>", DANA),  # May 1 in UTC, April locally
    _tp(47, 6, "reply_sent", la(5, 1, 0, 45), "<r47>", "<f1>", SAM),  # May: not in April's staff replies
    _tp(48, 4, "reply_sent", la(4, 30, 20), "<r48>", None, DANA),  # before D's inquiry: not an answer to it
    # crisis alerts and stage changes
    _tp(50, 4, "alert_sent", la(4, 30, 23, 31), "<d1>"),
    _tp(51, 5, "alert_sent", la(3, 31, 23, 31), "<e1>"),
    _tp(60, 1, "stage_change", la(4, 3, 12), actor="Dana Reyes"),
]


def april(business_hours: BusinessHours | None = None) -> FunnelReport:
    return compute(CONTACTS, TOUCHPOINTS, **APRIL, business_hours=business_hours)


# ------------------------------------------------------------------------------------------------ compute
def test_the_timezone_edge_is_real() -> None:
    assert la(4, 30, 23, 30).astimezone(UTC).date() == date(2026, 5, 1)
    assert la(3, 31, 23, 30).astimezone(UTC).date() == date(2026, 4, 1)


def test_new_leads_by_source_in_local_dates() -> None:
    r = april()
    assert (r.start, r.end, r.timezone) == (date(2026, 4, 1), date(2026, 4, 30), "America/Los_Angeles")
    assert r.new_leads == 7  # A B C D G H I; not E (Mar 31 local), F (May 1 local), L (March)
    assert dict(r.leads_by_source) == {"direct": 2, "psychology_today": 2, "website_form": 2, "referral": 1}
    may = compute(CONTACTS, TOUCHPOINTS, start=date(2026, 5, 1), end=date(2026, 5, 31), tz=LA)
    assert may.new_leads == 1 and dict(may.leads_by_source)["psychology_today"] == 1  # F only, not D
    last_day = compute(CONTACTS, TOUCHPOINTS, start=date(2026, 4, 30), end=date(2026, 4, 30), tz=LA)
    assert dict(last_day.leads_by_source) == {"direct": 0, "psychology_today": 0, "website_form": 0, "referral": 1}


def test_stage_changes_in_the_period() -> None:
    r = april()
    assert r.became_prospects == 4  # A Apr 3, B Apr 7, E Apr 2 (a March lead), H Apr 21; G skipped prospect
    assert r.became_clients == 2  # A Apr 10, G Apr 20; E became a client on May 2
    assert r.lost == 1  # H


def test_conversion_overall_and_per_source() -> None:
    r = april()
    assert r.conversion == Conversion("all", leads=7, prospects=4, clients=2, booked=2)  # A B G H / A G / A G
    assert r.conversion.to_prospect == pytest.approx(4 / 7)
    assert r.conversion.to_client == pytest.approx(2 / 7)
    assert r.conversion_by_source == (
        Conversion("direct", 2, 2, 2, booked=2),  # A, and G who went straight to client
        Conversion("psychology_today", 2, 1, 0),  # B
        Conversion("website_form", 2, 1, 0),  # H, lost after being a prospect
        Conversion("referral", 1, 0, 0),
    )
    assert r.conversion_by_source[3].to_client == 0.0


def test_conversion_per_topic_uses_the_first_inquiry() -> None:
    by_topic = {c.name: c for c in april().conversion_by_topic}
    assert by_topic["insurance"] == Conversion("insurance", 3, 3, 2, booked=2)  # A G H
    assert by_topic["fees"] == Conversion("fees", 1, 1, 0)  # B only: H asked about fees later
    assert by_topic["scheduling"] == Conversion("scheduling", 1, 1, 0)
    assert by_topic["couples"] == Conversion("couples", 1, 0, 0)
    assert by_topic["availability"] == Conversion("availability", 1, 1, 1, booked=1)
    assert by_topic["services"] == Conversion("services", 1, 0, 0)  # D; L wrote in March
    assert by_topic["crisis"] == Conversion("crisis", 2, 0, 0)  # D I
    assert list(by_topic) == ["insurance", "fees", "couples", "scheduling", "availability", "services", "crisis"]
    assert by_topic["fees"].to_prospect == 1.0 and Conversion("x", 0, 0, 0).to_prospect is None


def test_time_to_first_response_in_clock_hours() -> None:
    r = april().response
    # A 2 h, B 66 h (Fri 16:00 → Mon 10:00), C 0.5 h, G 24 h, H 0.75 h; D and I not answered
    assert r.hours == pytest.approx((0.5, 0.75, 2.0, 24.0, 66.0))
    assert (r.answered, r.not_answered) == (5, 2)
    assert r.median_hours == pytest.approx(2.0)
    assert r.p90_hours == pytest.approx(49.2)  # position 0.9 × 4 = 3.6: 24 + 0.6 × (66 − 24)
    assert r.business_hours is None


def test_time_to_first_response_in_business_hours_skips_the_weekend() -> None:
    r = april(BusinessHours()).response
    # A 2, B 1 (Fri 16–17) + 1 (Mon 9–10) = 2, C 0 (asked and answered on a Saturday), G 8 (Wed 9–17), H 0.75
    assert r.hours == pytest.approx((0.0, 0.75, 2.0, 2.0, 8.0))
    assert r.median_hours == pytest.approx(2.0)
    assert r.p90_hours == pytest.approx(5.6)  # 2 + 0.6 × (8 − 2)
    assert (r.answered, r.not_answered) == (5, 2)


def test_business_hours_across_a_weekend_and_a_dst_change() -> None:
    friday, monday = datetime(2026, 3, 6, 16, tzinfo=LA), datetime(2026, 3, 9, 10, tzinfo=LA)  # DST began Mar 8
    assert (monday - friday).total_seconds() / 3600 == 66  # naive local arithmetic would say 66…
    assert (monday.astimezone(UTC) - friday.astimezone(UTC)).total_seconds() / 3600 == 65  # …the clock says 65
    assert business_hours_between(friday, monday, LA, BusinessHours()) == pytest.approx(2.0)
    saturdays = BusinessHours(opens=time(8), closes=time(12), days=frozenset(range(6)))
    assert business_hours_between(friday, monday, LA, saturdays) == pytest.approx(0 + 4 + 2)  # Sat 8–12, Mon 8–10
    evening = datetime(2026, 3, 6, 18, tzinfo=LA)
    assert business_hours_between(friday, evening, LA, BusinessHours()) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        BusinessHours(opens=time(17), closes=time(9))


def test_percentiles_interpolate_linearly() -> None:
    assert percentile([4, 1, 3, 2], 50) == 2.5
    assert percentile([1, 2, 3, 4], 90) == pytest.approx(3.7)  # position 2.7
    assert percentile([7], 90) == 7
    assert percentile([1, 2, 3], 0) == 1 and percentile([1, 2, 3], 100) == 3
    assert percentile([], 50) is None


def test_staff_replies_in_the_period() -> None:
    # dana: A, E, G, A again at 23:45 Apr 30, D before she wrote; sam: B, H (F's reply is in May); triage: C
    assert april().staff_replies == ((DANA, 5), (SAM, 2), ("triage", 1))


def test_drafts_waiting_whatever_the_period() -> None:
    r = april()
    assert r.drafts_waiting == 2  # D (two drafts, one message) and L (from March); I's was removed
    assert r.oldest_waiting_draft == la(3, 10, 9, 1)
    june = compute(CONTACTS, TOUCHPOINTS, start=date(2026, 6, 1), end=date(2026, 6, 30), tz=LA)
    assert june.drafts_waiting == 2 and june.new_leads == 0


def test_crises_flagged_and_alerted() -> None:
    r = april()
    assert (r.crises, r.crises_alerted) == (2, 1)  # D (alerted) and I (not); E's was on March 31 locally


def test_weekly_leads_by_source() -> None:
    weeks = {w.week_start: dict(w.by_source) for w in april().weekly_leads}
    assert list(weeks) == [date(2026, 3, 30), date(2026, 4, 6), date(2026, 4, 13), date(2026, 4, 20), date(2026, 4, 27)]
    zero = {"direct": 0, "psychology_today": 0, "website_form": 0, "referral": 0}
    assert weeks[date(2026, 3, 30)] == {**zero, "direct": 1, "psychology_today": 1, "website_form": 1}
    assert weeks[date(2026, 4, 6)] == zero
    assert weeks[date(2026, 4, 13)] == {**zero, "direct": 1}
    assert weeks[date(2026, 4, 20)] == {**zero, "website_form": 1, "psychology_today": 1}
    assert weeks[date(2026, 4, 27)] == {**zero, "referral": 1}


def test_contacts_without_an_inquiry_and_drafts_without_a_message_id() -> None:
    contacts = [ContactRow(1, "lead", "newsletter", la(4, 2, 9)), ContactRow(2, "lead", "direct", la(4, 2, 9))]
    touchpoints = [
        _tp(1, 2, "inquiry", la(4, 2, 9), None, labels=("crisis",)),
        _tp(2, 2, "draft_created", la(4, 2, 9, 1), None),
        _tp(3, 2, "alert_sent", la(4, 2, 9, 1), None),
    ]
    r = compute(contacts, touchpoints, **APRIL)
    assert r.new_leads == 2 and dict(r.leads_by_source)["newsletter"] == 1  # unknown sources are listed too
    assert (r.response.answered, r.response.not_answered) == (0, 1)  # contact 1 never asked anything
    assert r.response.median_hours is None
    assert (r.drafts_waiting, r.crises, r.crises_alerted) == (1, 1, 1)
    replied = [*touchpoints, _tp(4, 2, "reply_sent", la(4, 3, 9), "<r>", None, DANA)]
    assert compute(contacts, replied, **APRIL).drafts_waiting == 0
    with pytest.raises(ValueError):
        compute(contacts, touchpoints, start=date(2026, 4, 2), end=date(2026, 4, 1), tz=LA)


# ------------------------------------------------------------------------------------------------ the store
def fill(store: Store) -> None:
    """Write the test funnel as the pipeline would: ORM rows, detail as JSON, times in UTC."""
    with store.session() as s:
        for c in CONTACTS:
            s.add(Contact(email=f"person{c.id}@example.com", **c.__dict__))
        s.flush()
        for t in TOUCHPOINTS:
            detail = {"labels": list(t.labels), "source": "direct", "language": "en"} if t.kind == "inquiry" else {}
            if t.kind == "stage_change":
                detail = {"from": "lead", "to": "prospect", "reason": "booked a consultation"}
            fields = {k: v for k, v in t.__dict__.items() if k not in ("labels", "milestone")}
            s.add(Touchpoint(**fields, detail=json.dumps(detail)))


def test_load_and_compute_round_trip_through_the_store(sql_store: Store) -> None:
    fill(sql_store)
    contacts, touchpoints = sql_store.funnel_rows()
    assert contacts == CONTACTS and touchpoints == TOUCHPOINTS  # aware datetimes compare as instants
    assert all(c.created_at.tzinfo is not None for c in contacts)
    assert compute(contacts, touchpoints, **APRIL) == april()
    assert compute(contacts, touchpoints, **APRIL, business_hours=BusinessHours()) == april(BusinessHours())


# ------------------------------------------------------------------------------------------------ the command
@pytest.fixture
def config(tmp_path: Path) -> Path:
    db = tmp_path / "triage.db"
    store = Store(f"sqlite:///{db}")
    fill(store)
    store.close()
    path = tmp_path / "triage.toml"
    path.write_text(
        f"""
[practice]
name = "Calm Harbor Therapy"
address = "hello@calmharbor.example"
signature = "Dana Reyes, LMFT"
timezone = "America/Los_Angeles"

[store]
url = "sqlite:///{db}"

[[mailboxes]]
name = "main"
kind = "maildir"
path = "{tmp_path / "mail"}"
""",
        encoding="utf-8",
    )
    return path


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_report_command(parser.add_subparsers())
    args = parser.parse_args(["report", *argv])
    result: int = args.func(args)
    return result


def test_html_is_one_self_contained_file_with_three_charts(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "april.html"
    assert (
        run(
            "--config", str(config), "--from", "2026-04-01", "--to", "2026-04-30", "--format", "html", "--out", str(out)
        )
        == 0
    )
    assert str(out) in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(images) == 3 and all(base64.b64decode(i).startswith(PNG) for i in images)
    rest = re.sub(r"base64,[A-Za-z0-9+/=]+", "", page)
    assert "http" not in rest and "<script" not in rest and "<link" not in rest and "@import" not in rest
    for title in ("New leads", "Conversion", "Time to first response", "Staff replies", "Waiting", "Crises"):
        assert f"<h2>{title}</h2>" in page
    assert "<td>dana@calmharbor.example</td><td>5</td>" in page


def test_csv_has_one_metric_per_row(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--config", str(config), "--from", "2026-04-01", "--to", "2026-04-30", "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["section", "metric", "value"] and all(len(row) == 3 for row in rows)
    values = {(s, m): v for s, m, v in rows[1:]}
    assert values[("new_leads", "total")] == "7"
    assert values[("conversion", "all.lead_to_client")] == "0.2857"
    assert values[("conversion_by_topic", "insurance.clients")] == "2"
    assert values[("first_response", "p90_hours")] == "49.2"
    assert values[("staff_replies", SAM)] == "2"
    assert values[("waiting", "drafts")] == "2"
    assert values[("crises", "alerted")] == "1"
    assert values[("weekly_leads", "2026-04-27.referral")] == "1"
    assert len(values) == len(rows) - 1  # no metric twice


def test_json_has_stable_keys_and_business_hours(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    argv = ("--config", str(config), "--from", "2026-04-01", "--to", "2026-04-30", "--format", "json")
    assert run(*argv, "--out", str(out), "--business-hours") == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == [
        "period",
        "new_leads",
        "stage_changes",
        "conversion",
        "conversion_by_source",
        "conversion_by_topic",
        "first_response",
        "staff_replies",
        "waiting",
        "crises",
        "weekly_leads",
        "milestones",
        "funnel",
        "conversion_by_staff",
        "booked_by",
        "time_to_booking",
    ]
    assert data["period"] == {"from": "2026-04-01", "to": "2026-04-30", "timezone": "America/Los_Angeles"}
    assert data["first_response"]["clock"] == "business_hours"
    assert (data["first_response"]["median_hours"], data["first_response"]["p90_hours"]) == (2.0, 5.6)
    assert data["conversion"]["all"] == {
        "leads": 7,
        "prospects": 4,
        "clients": 2,
        "lead_to_prospect": 0.5714,
        "lead_to_client": 0.2857,
        "booked": 2,
        "lead_to_booked": 0.2857,
    }
    assert data["waiting"]["oldest_since"] == "2026-03-10T16:01:00+00:00"


def test_charts_folder_gets_three_pngs(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "charts"
    assert run("--config", str(config), "--from", "2026-04-01", "--to", "2026-04-30", "--charts", str(folder)) == 0
    pngs = sorted(folder.glob("*.png"))
    assert [p.name for p in pngs] == ["funnel.png", "leads-per-week.png", "response-times.png"]
    assert all(p.read_bytes().startswith(PNG) for p in pngs)
    table = capsys.readouterr().out
    for title in ("New leads", "Conversion", "Time to first response", "Staff replies", "Waiting", "Crises"):
        assert title in table


def test_table_can_go_to_a_file(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "april.txt"
    assert run("--config", str(config), "--from", "2026-04-01", "--to", "2026-04-30", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert "Inquiries and clients, 1 Apr 2026 – 30 Apr 2026" in text and "\x1b[" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "2026-13-01"), "--from '2026-13-01' is not a date"),
        (("--to", "April"), "--to 'April' is not a date"),
        (("--from", "2026-05-01", "--to", "2026-04-01"), "--from 2026-05-01 is after --to 2026-04-01"),
    ],
)
def test_bad_dates_are_one_line(config: Path, argv: tuple[str, ...], message: str) -> None:
    with pytest.raises(UserError) as err:
        run("--config", str(config), *argv)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_missing_config_or_store_is_one_line(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from triage.cli import main

    assert main(["report", "--config", str(tmp_path / "nope.toml")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "config file not found" in line
    (tmp_path / "triage.db").unlink()
    assert main(["report", "--config", str(config)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "no funnel store" in line
    assert not (tmp_path / "triage.db").exists(), "a report never creates a store"


def test_defaults_are_this_month_so_far() -> None:
    from triage.cli.report import period

    assert period(None, None, date(2026, 4, 17)) == (date(2026, 4, 1), date(2026, 4, 17))
    assert period(None, "2026-03-31", date(2026, 4, 17)) == (date(2026, 3, 1), date(2026, 3, 31))


def test_table_reads_like_a_report() -> None:
    console = Console(record=True, width=100)
    funnel_view.table(april(), console)
    text = console.export_text()
    assert "Inquiries and clients, 1 Apr 2026 – 30 Apr 2026" in text
    assert re.search(r"All new leads\s+│\s+7\s+│\s+4 \(57%\)\s+│\s+2 \(29%\)", text)
    assert re.search(r"Typical wait \(median\)\s+│\s+2\.0 hours", text)
    assert re.search(r"9 in 10 were answered within\s+│\s+49\.2 hours", text)
    assert "1 flagged message(s) had no alert" in text


def test_response_times_can_leave_out_people_who_wrote_while_the_practice_was_away() -> None:
    from triage.reporting.funnel import ContactRow, TouchpointRow, compute

    utc = ZoneInfo("UTC")
    t = datetime(2026, 11, 2, 9, tzinfo=utc)
    contacts = [ContactRow(1, "lead", "direct", t), ContactRow(2, "lead", "direct", t + timedelta(days=5))]
    points = [
        TouchpointRow(1, 1, "inquiry", t, message_ref="<a>"),
        TouchpointRow(2, 1, "reply_sent", t + timedelta(hours=2), reply_to_ref="<a>", actor="dana"),
        TouchpointRow(3, 2, "inquiry", t + timedelta(days=5), message_ref="<b>"),
        TouchpointRow(4, 2, "reply_sent", t + timedelta(days=12), reply_to_ref="<b>", actor="dana"),
    ]
    away = [(t + timedelta(days=3), t + timedelta(days=11))]
    everyone = compute(contacts, points, start=t.date(), end=(t + timedelta(days=20)).date(), tz=utc)
    at_work = compute(contacts, points, start=t.date(), end=(t + timedelta(days=20)).date(), tz=utc, exclude=away)
    assert everyone.response.hours == (2.0, 168.0)
    assert (at_work.response.hours, at_work.response.excluded) == ((2.0,), 1)


def test_the_poll_summary_speaks_a_practice_owners_words_not_the_codes_labels() -> None:
    from io import StringIO

    from rich.console import Console

    from triage.pipeline.batch import PollReport
    from triage.reporting.poll_summary import poll_summary

    out = StringIO()
    report = PollReport("INBOX", topics={"not_inquiry": 2, "scheduling": 1}, skipped={"never reply": 3})
    poll_summary([report], Console(file=out, width=120))
    text = out.getvalue()
    assert "not_inquiry" not in text and "never reply" not in text
    assert "automatic mail (auto-replies, bounces, lists)" in text and "wanting to book or move a time" in text
    # the topic counts overlap (one message asks several things): a heading says so
    assert "what they asked about" in text
