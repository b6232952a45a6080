"""What the practice's configuration says about one person's case: their insurer's network status, the days
offered, who sees couples. Pure lookups, shared by the planner and the composer."""

from __future__ import annotations

import re

from triage.config import DAYS, Practice, Therapist, plan_brands, plan_name
from triage.core.reading.times_of_day import NOT_A_TIME_WISH

PUBLIC_PLANS = frozenset({"medicaid", "medicare"})
"""Plans a practice outside their network cannot bill or hand a superbill for: the answer is self-pay."""


def carrier_status(practice: Practice, carrier: str | None, brand: str | None = None) -> str:
    """ "in_network" | "confirm" (a plan of an in-network family the config does not name: staff check it) |
    "public" (Medicaid/Medicare we don't take) | "out_of_network" | "unknown" (none named)."""
    if not carrier:
        return "unknown"
    name = carrier.casefold()
    for entry in practice.in_network:
        if plan_name(entry).casefold() == name:
            brands = {b.casefold() for b in plan_brands(entry)}
            if brands and (not brand or brand.casefold() not in brands):
                # In network with Regence says nothing about Anthem, nor about "Blue Cross" with no plan named.
                return "confirm"
            return "in_network"
    if name in PUBLIC_PLANS:
        return "public"
    return "out_of_network"


def network_brands(practice: Practice, carrier: str | None) -> tuple[str, ...]:
    """The plans of an insurer's family the practice is in network with, as the config spells them ("Regence")."""
    for entry in practice.in_network:
        if carrier and plan_name(entry).casefold() == carrier.casefold():
            return plan_brands(entry)
    return ()


def carrier_shown(practice: Practice, carrier: str | None, brand: str | None, status: str) -> str | None:
    """How a reply names their insurer: "Regence (Blue Cross Blue Shield)" where they wrote the in-network plan of a
    family, else the canonical name."""
    return (
        f"{brand} ({carrier})"
        if status == "in_network" and brand and brand in network_brands(practice, carrier)
        else carrier
    )


def sees_age(practice: Practice, age: int) -> bool:
    """Whether someone of this age is within the practice's ages (0 for either end is no limit)."""
    low, high = practice.min_age, practice.max_age
    return (not low or age >= low) and (not high or age <= high)


def offered_days(practice: Practice) -> list[str]:
    return [d for d in DAYS if d in practice.days_offered]


def couples_therapist(practice: Practice) -> Therapist | None:
    """The listed therapist `couples_therapist` names ("Sam Okafor, LMFT" is Sam Okafor), if any."""
    named = practice.couples_therapist.casefold()
    for therapist in practice.therapists:
        if named and therapist.name and named.startswith(therapist.name.casefold()):
            return therapist
    return None


_PM = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*p\.?m\b", re.IGNORECASE)
_AFTER_HOUR = re.compile(
    r"\b(?:after|past|from|despu[ée]s\s+de\s+las|a\s+partir\s+de\s+las)\s+(?:about\s+|around\s+)?(\d{1,2})(?::\d\d)?\s*(?:pm|p\.m\.)?"
    r"|\b(?:around|about|at|by|like)\s+(\d{1,2})(?::\d\d)?\s*(?:pm|p\.m\.)"
    r"|\b(\d{1,2})(?::\d\d)?\s*(?:pm|p\.m\.)?\s+or\s+later\b",  # "in the evenings, like 7 or later"
    re.IGNORECASE,
)
_AM = re.compile(r"\b(\d{1,2})(?::\d\d)?\s*a\.?m\b\.?", re.IGNORECASE)
_WISH = re.compile(
    r"\?|\b(?:best|ideal\w*|prefer\w*|works?\s+(?:best\s+)?for|free|available|availability|possible|chance|slots?|"
    r"appointments?|sessions?|could\s+(?:do|come|make)|can\s+(?:do|come|make)|easiest|open|clear|only|fits?)\b",
    re.IGNORECASE,
)
_EARLY_HOUR = re.compile(
    r"\b(?:early|mornings?|before\s+work)\b(?!\s*(?:evening|afternoon|night))(?:(?!evening|afternoon|night|pm|after)[^.?!\d]){0,20}?"
    r"\b([5-8])(?::[0-5]\d)?(?:\s+or\s+([5-9])(?::[0-5]\d)?)?"
    r"(?!\s*(?:p\.?m|pm|years?|days?|weeks?|hours?|months?|kids|times|sessions?)\b)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\bbefore\s+(\d{1,2})(?::\d\d)?(?:\s*a\.?m\.?)?(?!\s*(?:p\.?m|pm|o'?clock\s+at\s+night))\b", re.I)


def latest_hour(practice: Practice) -> int | None:
    """The latest time on the practice's stated hours, on a 24-hour clock ("9am to 7pm ..." gives 19)."""
    hours = [int(m.group(1)) % 12 + 12 for m in _PM.finditer(practice.hours)]
    return max(hours) if hours else None


def too_late(practice: Practice, words: str) -> int | None:
    """The hour someone can only come after ("after 7", "después de las 8"), when the practice's hours end by then."""
    found = _AFTER_HOUR.search(words)
    end = latest_hour(practice)
    if end is None:
        return None
    if not found:
        # "Is 8pm too late for you guys?": a time asked for at or after the hour we close
        asked = [(int(m.group(1)) % 12 + 12, int(m.group(2) or 0)) for m in _PM.finditer(words)]
        late = [h for h, minutes in asked if h > end or (h == end and minutes > 0)]
        return late[0] if late and (_WISH.search(words) or "late" in words.lower()) else None
    hour = int(next(g for g in found.groups() if g))
    hour = hour + 12 if hour < 12 else hour  # "after 7" for an evening means 7 pm
    return hour if hour >= end else None


def too_early(practice: Practice, words: str) -> str | None:
    """The time someone asks for in the morning ("7:30am", "before 9") when the practice's hours start later."""
    opening = [int(h) % 12 for h in _AM.findall(practice.hours)]
    # "overnight shifts (9pm to 5:30am) ... late-morning appointments": their working hours, not an hour asked for
    words = NOT_A_TIME_WISH.sub(lambda m: " " * len(m.group(0)), words)
    if not opening or not _WISH.search(words):
        return None  # "typing this at 6am", "I work at a bakery from 5am": the hour of their day, not one asked for
    asked = [
        (
            int(m.group(1)) % 12,
            ("a time before " if words[max(0, m.start() - 7) : m.start()].lower().strip() == "before" else "")
            + m.group(0),
        )
        for m in _AM.finditer(words)
    ]
    early = [said for hour, said in asked if hour < min(opening)]
    if early:
        return " ".join(early[0].split())
    before = _BEFORE.search(words)  # "only clear on Monday mornings before 9": earlier than we open
    if before and 5 <= int(before.group(1)) <= min(opening):
        return "a time " + " ".join(before.group(0).split())
    bare = _EARLY_HOUR.search(words)  # "anything early, like 7:30 or 8, before work?": morning hours without "am"
    # "mornings before work tho like 8 or 9": 9 is when we open, so what they ask for can be had
    if bare and int(bare.group(1)) < min(opening) and not (bare.group(2) and int(bare.group(2)) >= min(opening)):
        return " ".join(bare.group(0)[bare.start(1) - bare.start() :].split())
    return None


def opening_hour(practice: Practice) -> int | None:
    """The hour the practice's first appointments start ("9am to 7pm ..." is 9)."""
    opening = [int(h) % 12 or 12 for h in _AM.findall(practice.hours)]
    return min(opening) if opening else None


_SEGMENT = re.compile(
    r"(\d{1,2})(?::\d\d)?\s*([ap])\.?m\.?\s+to\s+(\d{1,2})(?::\d\d)?\s*([ap])\.?m\.?\s+(?:on\s+)?"
    r"([a-z]+?)s?(?:\s+(?:to|through|-)\s+([a-z]+?)s?)?\b",
    re.IGNORECASE,
)
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def hours_by_day(practice: Practice) -> dict[str, tuple[int, int]]:
    """Each day's opening and closing hour (24-hour clock) as the practice's hours string states them ("9am to 7pm
    Monday to Thursday and 9am to 1pm on Saturdays"); a day the string does not name is absent."""
    out: dict[str, tuple[int, int]] = {}
    for m in _SEGMENT.finditer(practice.hours):
        start = int(m.group(1)) % 12 + (12 if m.group(2).lower() == "p" else 0)
        end = int(m.group(3)) % 12 + (12 if m.group(4).lower() == "p" else 0)
        first, last = m.group(5).lower(), (m.group(6) or m.group(5)).lower()
        if first in _WEEK and last in _WEEK:
            for day in _WEEK[_WEEK.index(first) : _WEEK.index(last) + 1]:
                out[day] = (start, end)
    return out
