"""Funnel figures for a period: how many people asked, how many became clients, how fast they heard back.

Pure computation over plain rows (no database, no clock, no I/O), so every figure can be checked by hand in a test.
The store turns its tables into these rows (Repository.funnel_rows); funnel_view.py and charts.py draw them.

Choices where the brief left one open, made once here so every output agrees:

* A period is a range of *local* dates in the practice's time zone, both ends included: [start 00:00, end+1 00:00).
  A lead written at 23:30 on April 30 in Los Angeles belongs to April even though it is May 1 in UTC.
* Percentiles use linear interpolation between closest ranks (numpy's default, Excel's PERCENTILE.INC): the value
  at position (n − 1)·p of the sorted list. The median of an even count is the mean of the two middle values.
* Conversion is by cohort: of the leads that first wrote in the period, how many reached prospect (requested an
  appointment), booked and client (or went further, or were lost after reaching it), at any time up to now.
  Only leads count: an existing client writing in, or someone known only from a client list or an appointments
  export, is a contact but never a new lead (ContactRow.is_lead).
* Conversion by staff member is by who answered a lead first; who booked them is in the milestones
  (journey.py, with every count by the date of its milestone).
* A contact's topics are the labels of its first inquiry; later messages do not change why they came.
* Time to first response runs from the contact's first inquiry to the first reply sent at or after it. Contacts
  with no inquiry on record (entered by hand) are left out of it, because nobody was waiting.
* Weeks start on Monday; the first and last week of a period may be partial.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from triage.core.funnel_rows import ContactRow, TouchpointRow
from triage.core.kinds import TouchpointKind
from triage.core.labels import LABELS
from triage.reporting.journey import Milestones, figures

SOURCES: tuple[str, ...] = ("direct", "psychology_today", "website_form", "referral")
TOPICS: tuple[str, ...] = tuple(label for label in LABELS if label != "not_inquiry")


@dataclass(frozen=True)
class BusinessHours:
    """When the practice answers mail. Days are Python weekdays (Monday = 0); times are local to the practice."""

    opens: time = time(9)
    closes: time = time(17)
    days: frozenset[int] = frozenset(range(5))

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValueError("business hours must close after they open")
        if not self.days <= set(range(7)):
            raise ValueError("business days are weekday numbers 0 (Monday) to 6 (Sunday)")


@dataclass(frozen=True)
class Conversion:
    """A cohort of leads and how far they got. Rates are None when there were no leads to divide by."""

    name: str
    leads: int
    prospects: int
    clients: int
    booked: int = 0

    @property
    def to_prospect(self) -> float | None:
        return self.prospects / self.leads if self.leads else None

    @property
    def to_booked(self) -> float | None:
        return self.booked / self.leads if self.leads else None

    @property
    def to_client(self) -> float | None:
        return self.clients / self.leads if self.leads else None


@dataclass(frozen=True)
class ResponseTimes:
    """First-response delays of the period's leads, in hours (business hours when `business_hours` is set)."""

    answered: int
    not_answered: int
    median_hours: float | None
    p90_hours: float | None
    hours: tuple[float, ...]  # one per answered contact, sorted: the histogram's data
    business_hours: BusinessHours | None = None
    excluded: int = 0  # first wrote while the practice was away, left out on request


@dataclass(frozen=True)
class WeekLeads:
    """New leads in the week starting on `week_start` (a Monday), per source in SOURCES order."""

    week_start: date
    by_source: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_source)


@dataclass(frozen=True)
class FunnelReport:
    """Every figure of one report. `end` is the last local day included."""

    start: date
    end: date
    timezone: str
    new_leads: int
    leads_by_source: tuple[tuple[str, int], ...]
    became_prospects: int  # prospect_at falls in the period (whenever they first wrote)
    became_clients: int
    lost: int
    conversion: Conversion
    conversion_by_source: tuple[Conversion, ...]
    conversion_by_topic: tuple[Conversion, ...]
    response: ResponseTimes
    staff_replies: tuple[tuple[str, int], ...]  # most replies first
    drafts_waiting: int
    oldest_waiting_draft: datetime | None
    crises: int
    crises_alerted: int
    weekly_leads: tuple[WeekLeads, ...] = field(default=())
    conversion_by_staff: tuple[Conversion, ...] = field(default=())  # by who answered first
    milestones: Milestones = field(default_factory=Milestones)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.leads_by_source)


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks: position (n − 1)·p/100 in the sorted values. None if empty."""
    if not 0 <= p <= 100:
        raise ValueError("percentile must be between 0 and 100")
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * p / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def period_bounds(start: date, end: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """[start 00:00, end + 1 day 00:00) local, as UTC instants: the whole of the last day is included."""
    low = datetime.combine(start, time(0), tzinfo=tz).astimezone(UTC)
    high = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return low, high


def business_hours_between(a: datetime, b: datetime, tz: tzinfo, hours: BusinessHours) -> float:
    """Hours of [a, b) that fall inside business hours, day by day in local time (DST-safe: sums UTC spans)."""
    a, b = _utc(a), _utc(b)
    total = timedelta()
    day, last = a.astimezone(tz).date(), b.astimezone(tz).date()
    while day <= last:
        if day.weekday() in hours.days:
            opens = datetime.combine(day, hours.opens, tzinfo=tz).astimezone(UTC)
            closes = datetime.combine(day, hours.closes, tzinfo=tz).astimezone(UTC)
            low, high = max(a, opens), min(b, closes)
            if high > low:
                total += high - low
        day += timedelta(days=1)
    return total.total_seconds() / 3600


def compute(
    contacts: Iterable[ContactRow],
    touchpoints: Iterable[TouchpointRow],
    *,
    start: date,
    end: date,
    tz: tzinfo | str,
    business_hours: BusinessHours | None = None,
    exclude: Sequence[tuple[datetime, datetime | None]] = (),
) -> FunnelReport:
    """All funnel figures for the local dates start..end (both included) in time zone `tz`.

    `exclude`: periods away (start, end or None = still away); people who first wrote then are left out of the
    response times, which would otherwise measure the vacation rather than the practice.
    """
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    low, high = period_bounds(start, end, zone)

    def within(at: datetime | None) -> bool:
        return at is not None and low <= _utc(at) < high

    people = list(contacts)
    events = sorted(touchpoints, key=lambda t: (_utc(t.at), t.id))
    timeline: dict[int, list[TouchpointRow]] = defaultdict(list)
    for event in events:
        timeline[event.contact_id].append(event)
    first_inquiry = {
        cid: next((t for t in tps if t.kind == TouchpointKind.INQUIRY), None) for cid, tps in timeline.items()
    }

    leads = [c for c in people if c.is_lead]
    cohort = [c for c in leads if within(c.created_at)]
    sources = SOURCES + tuple(sorted({c.source for c in cohort} - set(SOURCES)))
    by_source = Counter(c.source for c in cohort)

    def topics_of(contact: ContactRow) -> tuple[str, ...]:
        first = first_inquiry.get(contact.id)
        return first.labels if first else ()

    waiting, oldest = _waiting(events)
    crises, alerted = _crises([e for e in events if e.kind == TouchpointKind.INQUIRY and within(e.at)], events)
    return FunnelReport(
        start=start,
        end=end,
        timezone=str(zone),
        new_leads=len(cohort),
        leads_by_source=tuple((s, by_source[s]) for s in sources),
        became_prospects=sum(within(c.prospect_at) for c in leads),
        became_clients=sum(within(c.client_at) for c in leads),
        lost=sum(within(c.lost_at) for c in leads),
        conversion=_conversion("all", cohort),
        conversion_by_source=tuple(_conversion(s, [c for c in cohort if c.source == s]) for s in sources),
        conversion_by_topic=tuple(_conversion(t, [c for c in cohort if t in topics_of(c)]) for t in TOPICS),
        response=_response(cohort, timeline, first_inquiry, zone, business_hours, exclude),
        staff_replies=_staff(e for e in events if e.kind == TouchpointKind.REPLY_SENT and within(e.at)),
        drafts_waiting=waiting,
        oldest_waiting_draft=oldest,
        crises=crises,
        crises_alerted=alerted,
        weekly_leads=_weekly(cohort, start, end, sources, zone),
        conversion_by_staff=_by_staff(cohort, timeline, first_inquiry),
        milestones=figures(people, cohort, events, within, percentile),
    )


def _utc(at: datetime) -> datetime:
    """Aware UTC; a naive time is taken as UTC, as the store writes it."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _conversion(name: str, leads: Sequence[ContactRow]) -> Conversion:
    return Conversion(
        name=name,
        leads=len(leads),
        prospects=sum(c.reached_prospect for c in leads),
        clients=sum(c.reached_client for c in leads),
        booked=sum(c.reached_booked for c in leads),
    )


NOBODY = "not answered yet"


def _by_staff(
    cohort: Sequence[ContactRow],
    timeline: dict[int, list[TouchpointRow]],
    first_inquiry: dict[int, TouchpointRow | None],
) -> tuple[Conversion, ...]:
    """The period's leads by who answered them first (the first reply at or after their first inquiry)."""
    answered: dict[str, list[ContactRow]] = defaultdict(list)
    for contact in cohort:
        inquiry = first_inquiry.get(contact.id)
        since = _utc(inquiry.at) if inquiry else _utc(contact.created_at)
        replies = [t for t in timeline[contact.id] if t.kind == TouchpointKind.REPLY_SENT and _utc(t.at) >= since]
        answered[replies[0].actor if replies else NOBODY].append(contact)
    names = sorted(answered, key=lambda n: (n == NOBODY, -len(answered[n]), n))
    return tuple(_conversion(n, answered[n]) for n in names)


def _response(
    cohort: Sequence[ContactRow],
    timeline: dict[int, list[TouchpointRow]],
    first_inquiry: dict[int, TouchpointRow | None],
    zone: tzinfo,
    business: BusinessHours | None,
    exclude: Sequence[tuple[datetime, datetime | None]] = (),
) -> ResponseTimes:
    """Delay from first inquiry to the first reply at or after it, per lead of the period."""
    hours: list[float] = []
    waiting = 0
    excluded = 0
    for contact in cohort:
        inquiry = first_inquiry.get(contact.id)
        if inquiry is None:
            continue
        asked = _utc(inquiry.at)
        if any(_utc(a) <= asked and (b is None or asked < _utc(b)) for a, b in exclude):
            excluded += 1
            continue
        replies = [
            _utc(t.at) for t in timeline[contact.id] if t.kind == TouchpointKind.REPLY_SENT and _utc(t.at) >= asked
        ]
        if not replies:
            waiting += 1
            continue
        answered = min(replies)
        if business is None:
            hours.append((answered - asked).total_seconds() / 3600)
        else:
            hours.append(business_hours_between(asked, answered, zone, business))
    return ResponseTimes(
        answered=len(hours),
        not_answered=waiting,
        median_hours=percentile(hours, 50),
        p90_hours=percentile(hours, 90),
        hours=tuple(sorted(hours)),
        business_hours=business,
        excluded=excluded,
    )


def _staff(replies: Iterable[TouchpointRow]) -> tuple[tuple[str, int], ...]:
    counts = Counter(r.actor for r in replies)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _waiting(events: Sequence[TouchpointRow]) -> tuple[int, datetime | None]:
    """Drafts nobody has sent or removed yet, whatever the period: the to-do list as of now.

    A draft is matched by the inquiry's Message-ID (reply_sent.reply_to_ref, draft_removed.message_ref). A draft
    about a message without a Message-ID is done when its contact got a reply or a removal at or after it.
    Several drafts about one message count once, dated by the oldest.
    """
    answered = {e.reply_to_ref for e in events if e.kind == TouchpointKind.REPLY_SENT and e.reply_to_ref}
    removed = {e.message_ref for e in events if e.kind == TouchpointKind.DRAFT_REMOVED and e.message_ref}
    waiting: dict[str | int, datetime] = {}
    for draft in (e for e in events if e.kind == TouchpointKind.DRAFT_CREATED):
        if draft.message_ref:
            if draft.message_ref in answered or draft.message_ref in removed:
                continue
            key: str | int = draft.message_ref
        else:
            later = (
                e
                for e in events
                if e.contact_id == draft.contact_id
                and e.kind in (TouchpointKind.REPLY_SENT, TouchpointKind.DRAFT_REMOVED)
                and _utc(e.at) >= _utc(draft.at)
            )
            if next(later, None) is not None:
                continue
            key = draft.id
        waiting[key] = min(waiting.get(key, _utc(draft.at)), _utc(draft.at))
    return len(waiting), min(waiting.values(), default=None)


def _crises(inquiries: Sequence[TouchpointRow], events: Sequence[TouchpointRow]) -> tuple[int, int]:
    """Inquiries of the period labelled crisis, and how many had an alert to the clinician (matched by
    Message-ID; without one, by an alert for the same contact at or after the inquiry)."""
    alerts = [e for e in events if e.kind == TouchpointKind.ALERT_SENT]
    alerted_refs = {a.message_ref for a in alerts if a.message_ref}
    flagged = [i for i in inquiries if "crisis" in i.labels]

    def alerted(inquiry: TouchpointRow) -> bool:
        if inquiry.message_ref:
            return inquiry.message_ref in alerted_refs
        return any(a.contact_id == inquiry.contact_id and _utc(a.at) >= _utc(inquiry.at) for a in alerts)

    return len(flagged), sum(alerted(i) for i in flagged)


def _weekly(
    cohort: Sequence[ContactRow], start: date, end: date, sources: Sequence[str], zone: tzinfo
) -> tuple[WeekLeads, ...]:
    """New leads per Monday-started week, every week of the period listed (empty ones too, so bars line up)."""
    counts = Counter((_monday(_utc(c.created_at).astimezone(zone).date()), c.source) for c in cohort)
    weeks: list[WeekLeads] = []
    week = _monday(start)
    while week <= end:
        weeks.append(WeekLeads(week, tuple((s, counts[(week, s)]) for s in sources)))
        week += timedelta(days=7)
    return tuple(weeks)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
