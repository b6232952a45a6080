"""What flows through the pipeline: one batch of messages with its scratch state, each message's work item, the
poll's report, and what the steps are given to work with (the long-lived collaborators, an SMTP sender)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from triage.compose import Composer, Reply
from triage.config import Config, ConfigError, Mailbox
from triage.core.facts import Facts
from triage.core.kinds import LedgerState
from triage.core.model import Quarantine, Understanding
from triage.core.policy import Action, ActionKind
from triage.mailroom import Fetched, Mailroom, Sender
from triage.repository import Known, PendingDraft, Repository
from triage.understand import Understood


class Crew(Protocol):
    """The long-lived collaborators every step may use (the Poller holds them)."""

    @property
    def config(self) -> Config: ...
    @property
    def store(self) -> Repository: ...
    @property
    def composer(self) -> Composer: ...
    @property
    def send(self) -> Sender | None: ...
    @property
    def holder(self) -> str:
        """This worker's name in leases and claims."""


@dataclass
class PollReport:
    """What one poll did, for the summary table and the logs (counts and reasons, never message text)."""

    mailbox: str
    fetched: int = 0
    already_done: int = 0
    leads: int = 0
    drafts: int = 0
    sent: int = 0
    crises: int = 0
    alerts: int = 0
    replies_found: int = 0
    drafts_removed: int = 0
    followups: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    busy: int = 0
    """Unfinished messages another worker has claimed (it holds the lease): left to it."""
    polled_by: str | None = None
    """The worker that held this mailbox's lease, when this poll left the mailbox to it."""

    def skip(self, reason: str) -> None:
        key = reason.split(":")[0]
        self.skipped[key] = self.skipped.get(key, 0) + 1

    def quarantine(self, reason: str) -> None:
        self.quarantined[reason] = self.quarantined.get(reason, 0) + 1


@dataclass(frozen=True)
class Claimed:
    """A fetched message the ledger holds and that still needs work (what `claim` hands to the next steps)."""

    fetched: Fetched
    result: Understood | Quarantine
    entry_id: int
    state: LedgerState
    """Its ledger state when claimed: "fetched" the first time, later ones after a crash."""
    digest: str
    received: datetime | None


@dataclass(eq=False)
class Work:
    """One readable message on its way through the steps; what the steps decide is written on it."""

    fetched: Fetched
    entry_id: int
    state: LedgerState
    digest: str
    received: datetime | None
    understanding: Understanding
    facts: Facts
    action: Action
    email: str
    """The address to answer, lower-cased; "" when there is nobody to answer."""
    source: str
    """The stable name of the message a draft answers (its X-Triage-Source header)."""
    outcome: LedgerState = LedgerState.RECORDED
    """The ledger state recording gives it: recorded (a draft follows), or skipped with `reason`."""
    reason: str | None = None
    contact_id: int | None = None
    merged: list[Understanding] = field(default_factory=list)
    merged_labels: tuple[str, ...] = ()
    reply: Reply | None = None
    draft: bytes | None = None
    reply_id: str | None = None
    replaces: list[PendingDraft] = field(default_factory=list)
    """This person's earlier drafts that this one replaces (merged into it): they leave Drafts once it is in."""

    @property
    def message_id(self) -> str:
        return self.understanding.inquiry.message_id or ""

    def close(self, state: LedgerState, reason: str | None) -> None:
        self.outcome, self.reason = state, reason


@dataclass
class Batch:
    """Everything one batch needs, and nothing another batch (or another mailbox's poll) can see."""

    box: Mailbox
    mail: Mailroom
    validity: int
    now: datetime
    own_addresses: frozenset[str]
    report: PollReport
    fetched: list[Fetched]
    understood: list[Understood | Quarantine]
    claimed: list[Claimed] = field(default_factory=list)
    items: list[Work] = field(default_factory=list)
    closed: list[tuple[int, LedgerState, str | None]] = field(default_factory=list)
    """Ledger states decided before recording, (entry id, state, reason): written with the batch's record."""
    known: Known = field(default_factory=Known)
    """What the store knew about these people and messages before this batch (read by `recall`)."""
    withdrawn: set[str] = field(default_factory=set)
    """People who wrote in this batch that they no longer need an answer."""
    dropped: list[PendingDraft] = field(default_factory=list)
    """Earlier drafts that leave Drafts with nothing in their place (withdrawn, or covered by a crisis reply)."""
    replaced: list[PendingDraft] = field(default_factory=list)
    """Drafts the store now marks superseded (dropped ones once recorded, merged ones once their replacement is
    delivered): take_out removes them from Drafts; after a crash the next poll does (take_out.leftovers)."""
    on_server: frozenset[str] = frozenset()
    """X-Triage-Source keys of triage's own drafts and replies already in Drafts or Sent, read on the first poll of
    a mailbox in this store (a deleted triage.db): a message whose draft is there is not drafted or alerted again."""

    def active(self, *kinds: ActionKind) -> list[Work]:
        """Items still on their way to a draft (recorded), optionally only those whose action is one of `kinds`."""
        return [w for w in self.items if w.outcome == LedgerState.RECORDED and (not kinds or w.action.kind in kinds)]


def practice_zone(config: Config) -> ZoneInfo:
    """The practice's time zone (ConfigError, one line, when the config names none that exists)."""
    try:
        return ZoneInfo(config.practice.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{config.path}: practice.timezone {config.practice.timezone!r} is not a time zone") from None


def practice_time(config: Config, when: datetime) -> datetime:
    """`when` on the practice's clock: the Date of its drafts and alerts, which mail clients show as sent."""
    return when.astimezone(practice_zone(config))


def received_at(fetched: Fetched, result: Understanding | Understood | Quarantine) -> datetime | None:
    """When the message arrived: the server's INTERNALDATE, else the Date header (which senders can fake)."""
    if fetched.internaldate is not None:
        when = fetched.internaldate
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    if isinstance(result, Understood):
        result = result.understanding
    if isinstance(result, Understanding) and result.inquiry.date is not None:
        return result.inquiry.date
    return None
