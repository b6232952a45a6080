"""The practice's configuration: one TOML file, checked strictly, so a typo is a clear error and not a silent default.

Secrets never live in the TOML: a mailbox names the environment variable (or a file) that holds its password.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from triage.config_oauth import LOOPBACK, check_mailbox_oauth2, check_smtp_oauth2

# The [practice] section lives in triage.config_practice; its names are re-exported (`X as X`), so callers keep
# importing them from triage.config.
from triage.config_practice import DAYS as DAYS
from triage.config_practice import Faq as Faq
from triage.config_practice import NotOffered as NotOffered
from triage.config_practice import Practice as Practice
from triage.config_practice import Therapist as Therapist
from triage.config_practice import parse_practice
from triage.config_practice import plan_brands as plan_brands
from triage.config_practice import plan_name as plan_name
from triage.config_tables import build_table
from triage.core.events import EventRule, rules_from_config
from triage.core.mime import usable_address

DEFAULT_FILE = "triage.toml"
ENV_FILE = "TRIAGE_CONFIG"
IDLE_RENEW_MAX = 29 * 60


class ConfigError(Exception):
    """One line naming the file and the key at fault."""


@dataclass(frozen=True)
class Store:
    url: str = "sqlite:///triage.db"
    keep_bodies: bool = False
    lease: str = "2m"
    """How long a worker's hold on a mailbox lasts without renewal: a dead worker's mailboxes wait this long."""

    @property
    def lease_seconds(self) -> int:
        return parse_duration(self.lease)


@dataclass(frozen=True)
class Mailbox:
    name: str
    host: str = ""
    port: int = 993
    security: str = "ssl"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    inbox: str = "INBOX"
    drafts: str = "Drafts"
    sent: str = "Sent"
    mode: str = "draft"
    poll_every: str = "2m"
    backlog_days: int = 14
    batch_size: int = 200
    verify_tls: bool = True
    ca_file: str = ""
    kind: str = "imap"
    path: str = ""
    timeout: float = 30.0
    idle: bool = True
    """`triage run` keeps an IMAP IDLE on the inbox (where the server offers it) and polls as soon as mail comes."""
    idle_renew: str = "20m"
    """How often the IDLE is renewed: servers may drop a client idle for 30 minutes (RFC 2177), so at most 29m."""
    auth: str = "password"
    """"password", or "oauth2": Google Workspace and Microsoft 365 (SASL XOAUTH2 / OAUTHBEARER, `triage auth login`)."""
    provider: str = ""
    """With auth = "oauth2": "google", "microsoft", or "generic" (any other provider: give token_url)."""
    client_id: str = ""
    """The app's client id (not a secret; or client_id_env / client_id_file)."""
    client_id_env: str = ""
    client_id_file: str = ""
    client_secret_env: str = ""
    """The app's client secret, where the provider issued one (Google does; a Microsoft public client has none)."""
    client_secret_file: str = ""
    token_url: str = ""
    """The token endpoint: required for "generic", built in for Google and Microsoft."""
    tenant: str = "common"
    """Microsoft only: "common", "organizations", or the practice's tenant id or domain."""
    scopes: tuple[str, ...] = ()
    """The scopes asked for; empty means the provider's own for IMAP and SMTP (see README)."""
    token_file: str = ""
    """Where the refresh token is kept (created 0600); default: triage-oauth-NAME.json beside the config."""

    @property
    def poll_seconds(self) -> int:
        return parse_duration(self.poll_every)

    @property
    def idle_renew_seconds(self) -> int:
        return parse_duration(self.idle_renew)


@dataclass(frozen=True)
class Smtp:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    verify_tls: bool = True
    ca_file: str = ""
    timeout: float = 30.0
    auth: str = "password"
    """"password", or "oauth2" to sign in with a mailbox's OAuth2 sign-in (`oauth_mailbox`)."""
    oauth_mailbox: str = ""
    """With auth = "oauth2": the mailbox whose sign-in SMTP uses (default: the first mailbox with auth = "oauth2")."""


@dataclass(frozen=True)
class Safety:
    alert_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Followup:
    after_days: int = 7  # a lead answered this long ago who has not written back gets a follow-up draft; 0 = never
    max: int = 1  # follow-ups per person, ever


@dataclass(frozen=True)
class AbsenceSettings:
    start: str = ""  # "2026-11-02" (practice time zone); "" = not away (or use `triage absence start`)
    end: str = ""  # "" = still away
    note: str = ""
    late_after_hours: int = 48  # replies to older questions say warmly that they are late, and are never sent


@dataclass(frozen=True)
class Config:
    practice: Practice
    store: Store
    mailboxes: tuple[Mailbox, ...]
    smtp: Smtp | None
    safety: Safety
    followup: Followup = field(default_factory=Followup)
    absence: AbsenceSettings = field(default_factory=AbsenceSettings)
    path: Path = field(default=Path(DEFAULT_FILE))
    events: tuple[EventRule, ...] = ()
    """[[events]]: notifications from booking, EHR and payment systems, read as milestones (triage.core.events)."""

    def mailbox(self, name: str) -> Mailbox:
        for box in self.mailboxes:
            if box.name == name:
                return box
        raise ConfigError(f"{self.path}: no mailbox named {name!r}")


_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$")


def parse_duration(text: str) -> int:
    """'90s', '2m', '1h' → seconds; a bare number means seconds."""
    match = _DURATION.match(str(text))
    if not match:
        raise ValueError(f"not a duration like '2m' or '30s': {text!r}")
    return int(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2) or "s"]


def _mailbox(table: Any, index: int) -> Mailbox:
    where = f"mailboxes[{index}]"
    box: Mailbox = build_table(Mailbox, table, where)
    choices = {
        "security": ("ssl", "starttls", "none"),
        "mode": ("draft", "send"),
        "kind": ("imap", "maildir"),
    }
    for key, allowed in choices.items():
        if getattr(box, key) not in allowed:
            raise ValueError(f"{where}.{key} must be one of {', '.join(allowed)}, not {getattr(box, key)!r}")
    try:
        box.poll_seconds  # noqa: B018 - validates the duration
    except ValueError as exc:
        raise ValueError(f"{where}.poll_every: {exc}") from exc
    try:
        renew = box.idle_renew_seconds
    except ValueError as exc:
        raise ValueError(f"{where}.idle_renew: {exc}") from exc
    if not 0 < renew <= IDLE_RENEW_MAX:
        raise ValueError(f"{where}.idle_renew must be between 1s and 29m (servers drop an IDLE after 30 minutes)")
    if box.kind == "imap" and not box.host:
        raise ValueError(f"missing key {where}.host")
    if box.kind == "maildir" and not box.path:
        raise ValueError(f"missing key {where}.path (the Maildir folder)")
    if box.security == "none" and box.kind == "imap" and box.host not in LOOPBACK:
        raise ValueError(f"{where}.security = 'none' is allowed on loopback only, not for {box.host!r}")
    if box.batch_size < 1 or box.backlog_days < 0:
        raise ValueError(f"{where}.batch_size must be ≥ 1 and backlog_days ≥ 0")
    if not 0 < box.timeout <= 600:
        raise ValueError(f"{where}.timeout must be a number of seconds between 0 and 600, not {box.timeout!r}")
    for key in ("inbox", "drafts", "sent"):
        if not getattr(box, key).strip() or any(ch in getattr(box, key) for ch in "\r\n\0"):
            raise ValueError(f"{where}.{key} must be a folder name, not {getattr(box, key)!r}")
    check_mailbox_oauth2(box, where)
    return box


def _store_url(url: str) -> None:
    """A store URL SQLAlchemy can open, of a database triage supports: one line naming what is wrong."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(
            f"store.url {url!r} is not a database URL (sqlite:///triage.db or postgresql+psycopg://...)"
        ) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(f"store.url: {parsed.get_backend_name()!r} is not supported (use sqlite or postgresql)")


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Check a parsed TOML document; every problem becomes one ConfigError naming the file and key."""
    try:
        known = {"practice", "store", "mailboxes", "smtp", "safety", "followup", "absence", "events"}
        for key in data:
            if key not in known:
                raise ValueError(f"unknown section [{key}] (expected one of {', '.join(sorted(known))})")
        practice = parse_practice(data.get("practice"))
        store: Store = build_table(Store, data.get("store", {}), "store")
        raw_boxes = data.get("mailboxes", [])
        if not isinstance(raw_boxes, list) or not raw_boxes:
            raise ValueError("at least one [[mailboxes]] table is needed")
        boxes = tuple(_mailbox(t, i) for i, t in enumerate(raw_boxes))
        names = [b.name for b in boxes]
        if len(set(names)) != len(names):
            raise ValueError("mailboxes[].name must be unique")
        smtp: Smtp | None = build_table(Smtp, data["smtp"], "smtp") if "smtp" in data else None
        if smtp is not None:
            smtp = check_smtp_oauth2(smtp, boxes)
        if smtp is not None and smtp.security not in ("ssl", "starttls", "none"):
            raise ValueError(f"smtp.security must be one of ssl, starttls, none, not {smtp.security!r}")
        if smtp is not None and smtp.security == "none" and smtp.host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"smtp.security = 'none' is allowed on loopback only, not for {smtp.host!r}")
        _store_url(store.url)
        try:
            if store.lease_seconds < 5:
                raise ValueError(f"at least 5s, not {store.lease!r}")
        except ValueError as exc:
            raise ValueError(f"store.lease: {exc}") from exc
        safety: Safety = build_table(Safety, data.get("safety", {}), "safety")
        for i, address in enumerate(safety.alert_to):
            if usable_address(address) is None:
                raise ValueError(f"safety.alert_to[{i}]: {address!r} is not an e-mail address")
        if smtp is not None and not 0 < smtp.timeout <= 600:
            raise ValueError(f"smtp.timeout must be a number of seconds between 0 and 600, not {smtp.timeout!r}")
        followup: Followup = build_table(Followup, data.get("followup", {}), "followup")
        if followup.after_days < 0 or followup.max < 0:
            raise ValueError("followup.after_days and followup.max must be 0 or more")
        absence: AbsenceSettings = build_table(AbsenceSettings, data.get("absence", {}), "absence")
        events = rules_from_config(data.get("events", []))
        for key in ("start", "end"):
            value = getattr(absence, key)
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise ValueError(f"absence.{key} must be a date like 2026-11-02, not {value!r}") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    return Config(
        practice=practice,
        store=store,
        mailboxes=boxes,
        smtp=smtp,
        safety=safety,
        followup=followup,
        absence=absence,
        path=path,
        events=events,
    )


def config_path(given: str | None) -> Path:
    """--config, else ./triage.toml, else $TRIAGE_CONFIG."""
    if given:
        return Path(given)
    if Path(DEFAULT_FILE).exists():
        return Path(DEFAULT_FILE)
    env = os.environ.get(ENV_FILE)
    return Path(env) if env else Path(DEFAULT_FILE)


def load_config(given: str | None = None) -> Config:
    path = config_path(given)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found (copy config.example.toml to triage.toml)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    return parse_config(data, path)


def secret(owner: str, env_name: str, file_name: str, path: Path, what: str = "password") -> str:
    """A password (or another secret: `what`) from the environment variable or file the config names; never from
    the TOML itself."""
    if env_name:
        value = os.environ.get(env_name)
        if value:
            return value
        if not file_name:
            raise ConfigError(f"{path}: {owner}.{what}_env names ${env_name}, which is not set")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{path}: {owner}.{what}_file {file_name}: {exc.strerror}") from exc
    return ""
