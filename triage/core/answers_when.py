"""Answers about when: the days the practice sees clients, times of day (never a yes outside its hours) and how soon."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from triage.config import DAYS, Practice
from triage.core.answer_base import Answering, join_words
from triage.core.practice_facts import (
    carrier_status,
    hours_by_day,
    latest_hour,
    offered_days,
    opening_hour,
    too_early,
    too_late,
)
from triage.core.reading.client_state import keeps_slot
from triage.core.request import Intent, Kind, Question

T = TypeVar("T")


def day_facts(p: Answering, q: Question | None) -> dict[str, Any]:
    offered = offered_days(p.practice)
    ruled_out = set(p.request.known.days_ruled_out)
    asked = [d for d in DAYS if q is not None and d in q.values and d not in ruled_out]
    # (not one day asked by name: "any Friday openings? I work four 10s Mon-Thu" asks Friday, and hears no)
    # ("Tuesday or Thursday afternoons? I have labs every Mon/Wed/Fri" names the days it asks: those two)
    named = q is not None and all(re.search(rf"\b{d[:3]}", q.evidence, re.IGNORECASE) for d in q.values)
    if q is not None and ruled_out and len(q.values) > 1 and set(q.values) == set(DAYS[:5]) - ruled_out and not named:
        # "any day but Wednesday": every day we offer but that one, Saturday too, and no word of the days we don't
        asked = [d for d in offered if d not in ruled_out]
        if re.search(r"\bweek\s?days?\b", q.evidence, re.IGNORECASE):
            asked = [d for d in asked if d in DAYS[:5]]  # "any weekday except Wednesday": no Saturday
    # "weekends" asks for Saturday or Sunday: with Saturdays offered, no "we don't see clients on Sundays"
    grouped = {d for group in (DAYS[:5], DAYS[5:]) if q is not None and set(group) <= set(q.values) for d in group}
    # "free Friday and the weekend ... anything Fridays or Sundays?": Sunday named on its own is asked of itself
    said = (q.evidence, *p.request.asked) if q is not None else ()
    grouped -= {d for d in DAYS if any(re.search(rf"\b{d}s?\b", x, re.IGNORECASE) for x in said)}
    return {
        "yes": [d for d in asked if d in offered],
        "no": [d for d in asked if d not in offered and not (d in grouped and any(g in offered for g in grouped))],
        "offered": [d for d in offered if d not in ruled_out],
        "all_offered": offered,
        "asked": bool(asked),
        "skipped": [d for d in offered if d in ruled_out],  # offered, but not for them: said, so no list looks short
    }


def days(p: Answering, q: Question) -> None:
    if p.intent == Intent.CLIENT_REQUEST and Kind.RESCHEDULE in p.request.kinds:
        return  # the reschedule block answers their days
    if p.intent == Intent.CLIENT_REQUEST and keeps_slot(p.request):
        p.answered.add(q.kind)  # "Same Tuesday time": the switch paragraph keeps it ("at your usual Tuesday time")
        return
    if not p.practice.days_offered:
        p.flag(q.kind, "they ask which days you see clients")
        return
    facts = day_facts(p, q)
    later = p.request.asks(Kind.TIME_OF_DAY)
    if later is not None and {"afternoon", "evening"} & set(later.values):
        # "Saturday afternoon?": Saturdays end at 1pm, so no bare "yes, we see clients on Saturdays" ("Saturdays or
        # evenings after 6" asks an evening of another day, and is a plain yes)
        hours = hours_by_day(p.practice)
        words = " ".join((q.evidence, later.evidence, *p.request.asked))
        short = [d for d in facts["yes"] if d in hours and hours[d][1] <= 14 and _past_closing(words, d, hours[d][1])]
        if short:
            facts["yes"] = [d for d in facts["yes"] if d not in short]
            facts["short"] = [(d, _clock(hours[d][0]), _clock(hours[d][1])) for d in short]
        # "Evenings any day but Monday": a day that closes at 1pm, never named, is no evening day to offer
        closed = [
            d for d in facts["yes"] if d in hours and hours[d][1] <= 14 and not re.search(rf"\b{d[:3]}", words, re.I)
        ]
        facts["yes"] = [d for d in facts["yes"] if d not in closed]
    facts["span"] = _short_day_span(p, facts["yes"]) if later is None else None
    # "What are your hours?": the hours themselves, from the config, not only the days
    facts["hours"] = p.practice.hours if p.lang == "en" and _ASKS_HOURS.search(q.evidence) else ""
    p.add(q.kind, "days", **facts)


_ASKS_HOURS = re.compile(
    r"\b(?:what|which)\s+(?:are\s+)?(?:your|the)\s+(?:office\s+|business\s+|opening\s+)?hours\b"
    r"|\bwhat\s+(?:are\s+)?(?:your|the)\s+(?:office\s+)?hours\s+(?:like|are)\b|\bhours\s+(?:are\s+you|do\s+you)\s+(?:open|see)"
    r"|\bwhat\s+times?\s+(?:are\s+you\s+open|do\s+you\s+(?:open|close|start|finish))\b|\byour\s+hours\s*\?",
    re.IGNORECASE,
)


def _short_day_span(p: Answering, yes: list[str]) -> tuple[str, str] | None:
    """'Do you have Saturday appointments?': yes, and from 9am to 1pm, where that day is shorter than the others
    (a plain weekday's 9 to 7 goes without saying)."""
    hours = hours_by_day(p.practice)
    spans = {hours.get(d) for d in yes}
    if not yes or len(spans) != 1 or None in spans:
        return None
    (span,) = spans
    longest = max(close - open_ for open_, close in hours.values())
    if span is None or span[1] - span[0] >= longest:
        return None
    return _clock(span[0]), _clock(span[1])


def time_of_day(p: Answering, q: Question) -> None:
    evening = "evening" in q.values
    if not p.practice.hours and not evening:
        p.flag(q.kind, "they ask about " + join_words(list(q.values)) + " times")
        return
    # "my days are locked in from 9 on ... Do you have anything at 7:30 or 8am?": the hour may be in another sentence
    early = _first_said(p, q, too_early) if "morning" in q.values else None
    if early is not None and p.lang != "en":
        p.flag(q.kind, f"they ask for {early}, before your hours begin: say what you can offer")
        return
    # "after bedtime ... Do you have anything in the evenings, like 7 or later?": the hour is in the asking sentence
    late = _first_said(p, q, too_late) if evening else None
    end = (latest_hour(p.practice) or late) if late is not None else None
    if late is not None and (p.lang != "en" or end is None or end > 12 + 11):
        closes = (end or late) - 12
        p.flag(q.kind, f"they ask for {late - 12}pm or later, and your hours end at {closes}pm: say what you can offer")
        return
    # "a 7:30am slot before work?", "8pm or later?": the hour we open, or close, is the answer, from our own hours
    p.add(
        q.kind,
        "times",
        evening=evening,
        # "Mornings are best for me": the one time of day asked (beside an evening or afternoon, "morning" is often a
        # misread: "I sleep mornings", "he's in school all morning")
        morning=q.values == ("morning",),
        evenings=p.practice.evenings,
        early=early,
        opening=opening_hour(p.practice),
        late=f"{late - 12}pm" if late is not None else None,
        closing=f"{end - 12}pm" if end is not None else None,
    )


def _first_said(p: Answering, q: Question, find: Callable[[Practice, str], T | None]) -> T | None:
    """What `find` reads in the question's sentence, else in any sentence they asked in: "after bedtime ... anything
    in the evenings, like 7 or later?" names the hour beside the question, not in it."""
    # ("the earliest we could get anywhere is like 7:30pm" is the days' sentence: its hour is the one they can make)
    days = p.request.asks(Kind.DAYS)
    said = (q.evidence, *p.request.asked, *((days.evidence,) if days is not None else ()))
    return next((found for x in said if (found := find(p.practice, x))), None)


def urgency(p: Answering, q: Question) -> None:
    when = q.values[0] if q.values else "asap"
    if p.intent == Intent.REFERRAL and when in ("today", "this_week", "asap") and p.practice.accepting_new_clients:
        plan = p.request.known.insurer
        if plan and carrier_status(p.practice, plan, p.request.known.insurer_brand) == "public":
            # "OHP, first appointment within 7 days": "the soonest time we have" beside "we can't accept Medicaid"
            # promises what the plan rules out; whether to offer a self-pay time is the practice's call
            p.staff.append(
                f"they need a first appointment soon, and their plan ({plan}) is not one you take: decide "
                "whether to offer a self-pay time or point them to the plan's providers"
            )
            p.answered.add(q.kind)
            return
        # a colleague (a discharge planner: "within 7 days") needs a time, which only staff can offer
        p.staff.append("they need a first appointment soon: offer a time (or call them)")
        if Kind.ACCEPTING not in p.request.kinds:
            p.add(Kind.ACCEPTING, "accepting", offered_time=False)
    p.add(q.kind, "urgency", when=when, client=p.intent == Intent.CLIENT_REQUEST)


_LATER_IN_DAY = (
    r"(?:afternoons?|evenings?|nights?|(?:at|after|around)\s+(?:[1-9]|1[0-2])(?::\d\d)?(?:\s*pm)?\b"
    r"|[1-9](?::\d\d)?\s*pm\b)"
)
"""'Saturday afternoon', 'Saturday at 2', 'Saturdays after 3', 'Saturday 2pm': a later hour asked of that very day."""


def _past_closing(words: str, day: str, closes: int) -> bool:
    """Whether the time asked of `day` starts too late for a session before it `closes` (an hour, 24-hour clock):
    "Saturday afternoon" or "Saturday at 2" when Saturdays end at 1, but not "Saturdays after 11", which fits."""
    for found in re.finditer(rf"\b{day[:3]}\w*\s+{_LATER_IN_DAY}", words, re.IGNORECASE):
        hour = re.search(r"(\d{1,2})(?::\d\d)?\s*(pm)?", found.group(0), re.IGNORECASE)
        if hour is None:
            return True  # afternoons, evenings, nights
        h = int(hour.group(1))
        # "Saturday at 9 in the evening": the words after the hour say which half of the day
        later = re.match(
            r"\s*(?:p\.m\.|in\s+the\s+(?:evening|afternoon)|at\s+night|tonight)", words[found.end() :], re.I
        )
        h24 = h + 12 if (hour.group(2) or later or h < 8) and h != 12 else h
        if h24 + 1 > closes:
            return True
    return False


def _clock(hour: int) -> str:
    """13 is "1pm", 9 is "9am"."""
    return f"{hour % 12 or 12}{'pm' if hour >= 12 else 'am'}"
