"""The practice's configuration: one TOML file, checked strictly, so a typo is a clear error and not a silent default.

Secrets never live in the TOML: a mailbox names the environment variable (or a file) that holds its password.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from triage.config_oauth import LOOPBACK, check_mailbox_oauth2, check_smtp_oauth2
from triage.core.events import EventRule, rules_from_config
from triage.core.mime import usable_address

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_FILE = "triage.toml"
ENV_FILE = "TRIAGE_CONFIG"
IDLE_RENEW_MAX = 29 * 60


class ConfigError(Exception):
    """One line naming the file and the key at fault."""


@dataclass(frozen=True)
class Therapist:
    name: str
    credentials: str = ""
    couples: bool = False
    spanish: bool = False
    languages: tuple[str, ...] = ()
    """Languages besides English they hold sessions in ("spanish" also follows from `spanish = true`)."""
    gender: str = ""
    """"woman", "man", "nonbinary" or "": only used to answer someone who asks for a therapist of a gender."""

    @property
    def session_languages(self) -> tuple[str, ...]:
        extra = [lang.lower() for lang in self.languages]
        if self.spanish and "spanish" not in extra:
            extra.append("spanish")
        return ("english", *extra)


@dataclass(frozen=True)
class NotOffered:
    """A service the practice does not offer, and where to send people who ask for it."""

    service: str
    referral: str = ""


@dataclass(frozen=True)
class Faq:
    """A question as people ask it (one or more wordings) and the practice's answer, from its website."""

    questions: tuple[str, ...]
    answer: str
    answer_es: str = ""


@dataclass(frozen=True)
class Practice:
    """The facts replies are made of. Every sentence in a draft comes from here, never from the model."""

    name: str
    address: str
    therapists: tuple[Therapist, ...]
    signature: str
    phone: str = ""
    website: str = ""
    booking_link: str = ""
    location: str = ""
    timezone: str = "America/Los_Angeles"
    in_network: tuple[str, ...] = ()
    superbills: bool = True
    fee: int = 0
    couples_fee: int = 0
    intake_fee: int = 0
    sliding_scale: bool = False
    sliding_scale_min: int = 0
    cancellation_hours: int = 24
    cancellation_fee: int = 0
    payment_methods: tuple[str, ...] = ()
    hsa_fsa: bool = True
    days_offered: tuple[str, ...] = ()
    hours: str = ""
    evenings: bool = False
    telehealth: bool = True
    in_person: bool = True
    accepting_new_clients: bool = True
    waitlist_weeks: int = 0
    couples_therapist: str = ""
    services: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    consultation: str = ""
    crisis_resources: tuple[str, ...] = ()
    crisis_resources_es: tuple[str, ...] = ()
    violence_resources: tuple[str, ...] = ()
    """Added to a crisis reply where the danger is someone else's violence (a domestic-violence hotline)."""
    violence_resources_es: tuple[str, ...] = ()
    templates: str = ""
    min_age: int = 0
    """The youngest client seen (0: no limit); younger children are told no, with `young_referral`."""
    max_age: int = 0
    young_referral: str = ""
    licensed_in: tuple[str, ...] = ()
    """States the therapists are licensed in: a client must be there at the time of a session."""
    parking: str = ""
    accessibility: str = ""
    not_offered: tuple[NotOffered, ...] = ()
    faq: tuple[Faq, ...] = ()


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


def _check_type(where: str, value: Any, annotation: str) -> Any:
    """Coerce a TOML value to the field's type, or explain what was expected."""
    if annotation == "str":
        if not isinstance(value, str):
            raise ValueError(f"{where} must be a string, not {value!r}")
        return value
    if annotation == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false, not {value!r}")
        return value
    if annotation == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where} must be a whole number, not {value!r}")
        return value
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where} must be a number, not {value!r}")
        return float(value)
    if annotation == "tuple[str, ...]":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where} must be a list of strings, not {value!r}")
        return tuple(value)
    raise ValueError(f"{where}: unsupported setting")


def _build(cls: Any, table: Any, where: str, **extra: Any) -> Any:
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = dict(extra)
    for key, value in table.items():
        if key not in known or key in extra:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.7)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"unknown key {where}.{key}{hint}")
        values[key] = _check_type(f"{where}.{key}", value, str(known[key].type))
    missing = [
        f.name for f in fields(cls) if f.name not in values and f.default is MISSING and f.default_factory is MISSING
    ]
    if missing:
        raise ValueError(f"missing key {where}.{missing[0]}")
    return cls(**values)


def _practice(table: Any) -> Practice:
    if not isinstance(table, dict):
        raise ValueError("[practice] is missing")
    table = dict(table)
    therapists = tuple(
        _build(Therapist, t, f"practice.therapists[{i}]") for i, t in enumerate(_tables(table, "therapists"))
    )
    not_offered = tuple(
        _not_offered(_build(NotOffered, t, f"practice.not_offered[{i}]"), i)
        for i, t in enumerate(_tables(table, "not_offered"))
    )
    faq = tuple(_faq(t, i) for i, t in enumerate(_tables(table, "faq")))
    practice: Practice = _build(Practice, table, "practice", therapists=therapists, not_offered=not_offered, faq=faq)
    if "@" not in practice.address or any(ch in practice.address for ch in "\r\n\t <>,;"):
        raise ValueError(f"practice.address must be one e-mail address, not {practice.address!r}")
    for i, name in enumerate(practice.in_network):
        _check_insurer(name, f"practice.in_network[{i}]")
    for i, therapist in enumerate(therapists):
        if therapist.gender not in ("", "woman", "man", "nonbinary"):
            raise ValueError(
                f'practice.therapists[{i}].gender must be woman, man, nonbinary or "", not {therapist.gender!r}'
            )
    if practice.min_age < 0 or practice.max_age < 0 or (practice.max_age and practice.max_age < practice.min_age):
        raise ValueError("practice.min_age and practice.max_age must be 0 (no limit) or ages with min ≤ max")
    bad = [d for d in practice.days_offered if d.lower() not in DAYS]
    if bad:
        raise ValueError(f"practice.days_offered: {bad[0]!r} is not a day name (monday … sunday)")
    return Practice(**{**practice.__dict__, "days_offered": tuple(d.lower() for d in practice.days_offered)})


def _tables(table: dict[str, Any], key: str) -> list[Any]:
    """Pop an array of tables ([[practice.KEY]]) from a section; a plain value there is a mistake worth naming."""
    raw = table.pop(key, [])
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise ValueError(f"practice.{key} must be a list of [[practice.{key}]] tables")
    return raw


def _not_offered(entry: NotOffered, index: int) -> NotOffered:
    """A service name triage can recognise in mail; otherwise nobody asking for it would ever be told."""
    from triage.core.reading.services import all_keys, known_service

    key = known_service(entry.service)
    if key is None:
        close = difflib.get_close_matches(entry.service.lower(), all_keys(), n=1, cutoff=0.5)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(all_keys())})"
        raise ValueError(
            f"practice.not_offered[{index}].service: {entry.service!r} is not a service triage knows{hint}"
        )
    return NotOffered(service=key, referral=entry.referral)


def _faq(table: Any, index: int) -> Faq:
    where = f"practice.faq[{index}]"
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table")
    table = dict(table)
    questions = table.pop("questions", table.pop("question", None))
    faq: Faq = _build(Faq, table, where, questions=_check_type(f"{where}.questions", questions, "tuple[str, ...]"))
    if not faq.questions or not all(q.strip() for q in faq.questions) or not faq.answer.strip():
        raise ValueError(f"{where} needs at least one question and an answer")
    return faq


def _check_insurer(name: str, where: str) -> None:
    """In-network names must be the canonical ones mail is read into, or a patient of that plan is told no."""
    from triage.core.carriers import CARRIERS, find_carrier

    canonical = [c for c, _ in CARRIERS]
    name = plan_name(name)
    if name in canonical:
        return
    read_as = find_carrier(name)
    if read_as is not None:
        raise ValueError(f"{where}: {name!r} is read as {read_as!r} in mail; write {read_as!r}")
    close = difflib.get_close_matches(name, canonical, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(canonical)}"
    raise ValueError(f"{where}: {name!r} is not an insurer triage knows ({hint})")


def plan_name(entry: str) -> str:
    """The canonical insurer of an in_network entry: "Blue Cross Blue Shield (Regence)" is Blue Cross Blue Shield,
    and Regence is the plan of that family the practice is in network with."""
    return entry.split("(", 1)[0].strip()


def plan_brands(entry: str) -> tuple[str, ...]:
    """The plans named in an entry's brackets ("Blue Cross Blue Shield (Regence, Premera)")."""
    inside = entry.partition("(")[2].rstrip(") ")
    return tuple(b.strip().casefold() for b in inside.split(",") if b.strip())


def _mailbox(table: Any, index: int) -> Mailbox:
    where = f"mailboxes[{index}]"
    box: Mailbox = _build(Mailbox, table, where)
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
        practice = _practice(data.get("practice"))
        store: Store = _build(Store, data.get("store", {}), "store")
        raw_boxes = data.get("mailboxes", [])
        if not isinstance(raw_boxes, list) or not raw_boxes:
            raise ValueError("at least one [[mailboxes]] table is needed")
        boxes = tuple(_mailbox(t, i) for i, t in enumerate(raw_boxes))
        names = [b.name for b in boxes]
        if len(set(names)) != len(names):
            raise ValueError("mailboxes[].name must be unique")
        smtp: Smtp | None = _build(Smtp, data["smtp"], "smtp") if "smtp" in data else None
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
        safety: Safety = _build(Safety, data.get("safety", {}), "safety")
        for i, address in enumerate(safety.alert_to):
            if usable_address(address) is None:
                raise ValueError(f"safety.alert_to[{i}]: {address!r} is not an e-mail address")
        if smtp is not None and not 0 < smtp.timeout <= 600:
            raise ValueError(f"smtp.timeout must be a number of seconds between 0 and 600, not {smtp.timeout!r}")
        followup: Followup = _build(Followup, data.get("followup", {}), "followup")
        if followup.after_days < 0 or followup.max < 0:
            raise ValueError("followup.after_days and followup.max must be 0 or more")
        absence: AbsenceSettings = _build(AbsenceSettings, data.get("absence", {}), "absence")
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
