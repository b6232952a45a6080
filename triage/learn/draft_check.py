"""The draft check: would a strict front desk send this draft as written (or once its staff note is answered)?

A draft passes when it has the right purpose (a new client's reply, a client's, a referrer's, a crisis reply, or
no draft at all), the right language and name, answers or flags every question the hand-labelled request asks,
and states nothing the practice's facts or the person's words contradict (triage.learn.factcheck).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from triage.compose import ComposeError, Composer, Reply
from triage.config import Practice
from triage.core.facts import confirms_cancelling
from triage.core.model import Understanding
from triage.core.policy import call_back_number
from triage.core.request import Intent, Kind
from triage.learn.factcheck import false_statements

_REPLY_KIND = {"new_inquiry": "inquiry", "client_request": "client", "referral": "referral", "crisis": "crisis"}
_NO_DRAFT = ("not_inquiry", "withdrawal")
_PUBLIC = {"medicare", "medicaid", "tricare"}
_WAY_TO_PAY = re.compile(r"venmo|zelle|paypal|cash|cheque|check|pay\s+(?:by|with)", re.IGNORECASE)
_ANSWERED_BY = {
    Kind.DAYS: (Kind.DAYS, Kind.RESCHEDULE),
    Kind.TIME_OF_DAY: (Kind.TIME_OF_DAY, Kind.RESCHEDULE),
    Kind.URGENCY: (Kind.URGENCY, Kind.RESCHEDULE, Kind.BOOKING),
    Kind.PAYMENT: (Kind.PAYMENT, Kind.INSURANCE, Kind.FEES),
    Kind.INSURANCE: (Kind.INSURANCE, Kind.PAYMENT),
    Kind.THERAPIST: (Kind.THERAPIST, Kind.SERVICE),
    Kind.SERVICE: (Kind.SERVICE, Kind.THERAPIST, Kind.COUPLES, Kind.AGE),
    Kind.ACCEPTING: (Kind.ACCEPTING, Kind.BOOKING),
    Kind.CANCELLATION: (Kind.CANCELLATION, Kind.CANCEL, Kind.FEE_WAIVER),
    Kind.FEES: (Kind.FEES, Kind.PAYMENT, Kind.INSURANCE, Kind.COUPLES, Kind.CANCEL, Kind.FEE_WAIVER),
}
"""A question is answered when the draft answers it under its own kind or one that covers it ("move my Thursday
to Friday" asks for a day and is answered by the reschedule paragraph)."""


@dataclass
class DraftScore:
    checked: int = 0
    passed: int = 0
    with_staff_note: int = 0
    false_statements: list[str] = field(default_factory=list)
    failures: dict[str, list[str]] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def share(self) -> float:
        return self.passed / self.checked if self.checked else 1.0


def check_draft(
    name: str, gold: dict[str, Any], understanding: Understanding, composer: Composer, practice: Practice
) -> tuple[Reply | None, list[str]]:
    """The draft for one labelled message and what is wrong with it (empty: it could be sent)."""
    want = str(gold.get("intent"))
    problems: list[str] = []
    reply: Reply | None = None
    got = understanding.request.intent
    cancelled = confirms_cancelling(understanding)
    drafted = (got not in (Intent.NOT_INQUIRY, Intent.WITHDRAWAL) or cancelled) and not understanding.never_reply
    if drafted:
        try:
            reply = composer.compose(understanding, call_back=call_back_number(understanding))
        except (ComposeError, ValueError) as exc:
            problems.append(f"no draft: {exc}")
    if want in _NO_DRAFT:
        if reply is not None and not (want == "withdrawal" and reply.kind == "cancelled"):
            problems.append(f"drafted a reply to a message that needs none ({want})")
        return reply, problems
    if reply is None:
        if not problems:
            problems.append(f"no draft for a {want} (read as {got})")
        return None, problems
    if reply.kind != _REPLY_KIND.get(want, reply.kind):
        problems.append(f"wrong purpose: a {reply.kind} reply to a {want}")
    if reply.language != gold.get("language", reply.language):
        problems.append(f"wrong language: {reply.language}")
    problems += _greeting(reply, gold)
    if reply.kind != "crisis":
        problems += _unanswered(reply, gold, practice)
    problems += [f"false: {p}" for p in false_statements(reply.body, practice, understanding.request)]
    if reply.kind == "client" and "good fit" in reply.body:
        problems.append("an intake pitch to an existing client")
    return reply, problems


_TOGETHER = re.compile(r"^(\w[\w'’-]*)(?:,\s*[\w'’-]+)*\s+(?:and|y)\s+[\w'’-]+$")


def _greeting(reply: Reply, gold: dict[str, Any]) -> list[str]:
    first_line = next((line for line in reply.body.splitlines() if line.strip() and not line.startswith("[")), "")
    greeted = first_line.removeprefix("Hi ").removeprefix("Dear ").removeprefix("Hola ").rstrip(",").strip()
    greeted = "" if greeted in ("Hello", "Hola") else greeted
    expected = str(gold.get("first_name") or "")
    greeted = greeted.removeprefix("Dear ")
    if greeted.startswith("Dr. ") and gold.get("intent") in ("referral", "crisis"):
        return []  # a colleague greeted the way they sign ("Lena Hoffmann, MD" -> "Dr. Hoffmann")
    if greeted.startswith(("Mrs. ", "Mr. ", "Ms. ", "Miss ", "Rev. ")):
        return []  # greeted the way they sign ("Mrs. Eleanor Pruitt" -> "Mrs. Pruitt")
    if greeted.casefold() == expected.casefold():
        return []
    # a couple who signed together: "Hi Ben and Hope," and "Hi Ben," are both right, whichever the gold names
    one, other = _TOGETHER.match(greeted), _TOGETHER.match(expected)
    if (one and one.group(1).casefold() == expected.casefold()) or (
        other and other.group(1).casefold() == greeted.casefold()
    ):
        return []
    return [f"greets {greeted or 'nobody'!r}, expected {expected or 'no name'!r}"]


def _names_couples_therapist(values: list[str], practice: Practice) -> bool:
    couples = practice.couples_therapist.casefold()
    return bool(couples) and any(str(v).casefold().split()[0] in couples for v in values if str(v).strip())


_RHYTHM = re.compile(r"\bweekly\b|\bevery\s+other\s+week\b|\bbi-?weekly\b|\bfrequency\b|\btwice\s+a\s+month\b", re.I)


def _unanswered(reply: Reply, gold: dict[str, Any], practice: Practice) -> list[str]:
    missed: list[str] = []
    answered = set(reply.answered)
    for q in gold.get("questions") or []:
        kind_name = str(q["kind"])
        if kind_name == "payment" and set(q.get("values") or []) <= _PUBLIC:
            kind_name = "insurance"
        kind = Kind(kind_name)
        covering = set(_ANSWERED_BY.get(kind, (kind,)))
        if kind == Kind.OTHER and _WAY_TO_PAY.search(" ".join(map(str, q.get("values") or []))):
            covering.add(Kind.PAYMENT)  # "can I pay by Venmo?" is answered by the ways we take payment
        if kind == Kind.OTHER and _RHYTHM.search(" ".join(map(str, q.get("values") or []))):
            covering.add(Kind.RESCHEDULE)  # "every other week?" is answered by the reschedule's new rhythm
        if kind == Kind.THERAPIST and _names_couples_therapist(q.get("values") or [], practice):
            covering.add(Kind.COUPLES)  # "should we see Sam for that?" is answered by "our couples therapist is Sam"
        if not answered & covering:
            missed.append(f"does not answer or flag the {kind_name} question {q.get('values') or ''}".rstrip())
    return missed


def score_drafts(
    items: list[tuple[str, dict[str, Any], Understanding]], composer: Composer, practice: Practice
) -> tuple[DraftScore, dict[str, Reply | None]]:
    score = DraftScore()
    replies: dict[str, Reply | None] = {}
    for name, gold, understanding in items:
        reply, problems = check_draft(name, gold, understanding, composer, practice)
        replies[name] = reply
        score.checked += 1
        if reply is not None and reply.needs_staff:
            score.with_staff_note += 1
        score.false_statements += [f"{name}: {p}" for p in problems if p.startswith("false:")]
        if problems:
            score.failures[name] = problems
            for p in problems:
                key = p.split(":")[0] if p.startswith(("false", "no draft")) else " ".join(p.split()[:3])
                score.reasons[key] = score.reasons.get(key, 0) + 1
        else:
            score.passed += 1
    return score, replies
