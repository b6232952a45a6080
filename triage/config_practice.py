"""The [practice] section of the configuration: the facts replies are made of, and how that section is checked.

Its own module because it is the largest section of the file and the one the drafting code reads; triage.config
re-exports the types, DAYS, plan_name and plan_brands, so `from triage.config import Practice` keeps working.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from triage.config_tables import build_table, check_type

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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


def parse_practice(table: Any) -> Practice:
    """The [practice] table, checked: every problem is one ValueError naming the key (parse_config adds the file)."""
    if not isinstance(table, dict):
        raise ValueError("[practice] is missing")
    table = dict(table)
    therapists = tuple(
        build_table(Therapist, t, f"practice.therapists[{i}]") for i, t in enumerate(_tables(table, "therapists"))
    )
    not_offered = tuple(
        _not_offered(build_table(NotOffered, t, f"practice.not_offered[{i}]"), i)
        for i, t in enumerate(_tables(table, "not_offered"))
    )
    faq = tuple(_faq(t, i) for i, t in enumerate(_tables(table, "faq")))
    practice: Practice = build_table(
        Practice, table, "practice", therapists=therapists, not_offered=not_offered, faq=faq
    )
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
    days = tuple(d.lower() for d in practice.days_offered)
    _check_hours(practice.hours, days)
    return Practice(**{**practice.__dict__, "days_offered": days})


def _check_hours(hours: str, days: tuple[str, ...]) -> None:
    """Drafts quote `hours` word for word beside `days_offered`: "on weekdays" with Friday not offered tells a
    client we see them on Fridays."""
    missing = [d for d in DAYS[:5] if d not in days]
    if missing and re.search(r"\bweekdays?\b|\bmonday\s+(?:to|through|-|–)\s+friday\b|\bmon\s*-\s*fri\b", hours, re.I):
        raise ValueError(
            f"practice.hours says {hours!r} but practice.days_offered has no {missing[0].capitalize()}: "
            'name the days ("Monday to Thursday") or offer them'
        )
    named = [d for d in DAYS if re.search(rf"\b{d}s?\b", hours, re.I) and d not in days]
    if named and not re.search(rf"\b(?:to|through|-|–)\s+{named[0]}", hours, re.I):
        raise ValueError(f"practice.hours names {named[0].capitalize()} but practice.days_offered does not offer it")


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
    faq: Faq = build_table(Faq, table, where, questions=check_type(f"{where}.questions", questions, "tuple[str, ...]"))
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
    """The plans named in an entry's brackets ("Blue Cross Blue Shield (Regence, Premera)"), as the config spells
    them: a draft names them so ("we're in network with Blue Cross Blue Shield through Regence")."""
    inside = entry.partition("(")[2].rstrip(") ")
    return tuple(b.strip() for b in inside.split(",") if b.strip())
