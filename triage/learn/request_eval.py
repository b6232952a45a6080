"""Request accuracy against hand-labelled requests (eval/*/gold.jsonl, docs/request.md), field by field.

Scored where it can be scored fairly: question kinds by presence (precision and recall per kind), their values
only where both sides have the kind, and the facts they already told. Free-text values (`other`) are not
compared word for word.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from triage.core.request import Kind, News, Request
from triage.learn.evaluate import LabelCounts

_PAYMENT_AS_INSURANCE = {"medicare": "Medicare", "medicaid": "Medicaid", "tricare": "Tricare"}
_LENIENT_VALUES = {Kind.OTHER, Kind.SERVICE, Kind.THERAPIST, Kind.LOCATION}
"""Values written in free words by the labeller: counted as right when the two sets share a value."""


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class RequestScore:
    fields: dict[str, Tally] = field(default_factory=dict)
    kinds: dict[str, LabelCounts] = field(default_factory=dict)
    values: dict[str, Tally] = field(default_factory=dict)
    crisis: LabelCounts = field(default_factory=LabelCounts)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def tally(self, name: str, ok: bool) -> None:
        self.fields.setdefault(name, Tally()).add(ok)

    @property
    def kinds_micro(self) -> LabelCounts:
        total = LabelCounts()
        for c in self.kinds.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total


def _norm(kind: str, values: list[Any] | tuple[Any, ...]) -> set[str]:
    return {str(v).strip().lower() for v in values if str(v).strip()}


def _gold_questions(gold: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in gold.get("questions") or []:
        kind, values = str(q["kind"]), list(q.get("values") or [])
        if kind == "payment":  # public plans are insurers to triage
            moved = [_PAYMENT_AS_INSURANCE[v] for v in values if v in _PAYMENT_AS_INSURANCE]
            values = [v for v in values if v not in _PAYMENT_AS_INSURANCE]
            if moved:
                out.setdefault("insurance", set()).update(_norm("insurance", moved))
            if not values and moved:
                continue
        out.setdefault(kind, set()).update(_norm(kind, values))
    return out


def score_request(score: RequestScore, name: str, gold: dict[str, Any], got: Request, crisis_label: bool) -> None:
    """Add one message's comparison to the running score."""
    gold_intent = str(gold.get("intent"))
    score.tally("intent", gold_intent == str(got.intent))
    if gold_intent != str(got.intent):
        score.confusions[(gold_intent, str(got.intent))] += 1
        score.misses.append(f"{name}: intent expected {gold_intent}, got {got.intent}")
    gold_crisis = gold_intent == "crisis" or "crisis" in (gold.get("labels") or [])
    if gold_crisis and crisis_label:
        score.crisis.tp += 1
    elif crisis_label:
        score.crisis.fp += 1
        score.misses.append(f"{name}: crisis false alarm")
    elif gold_crisis:
        score.crisis.fn += 1
        score.misses.append(f"{name}: crisis missed")
    if gold_intent in ("not_inquiry", "withdrawal", "crisis"):
        return  # no questions are answered for these
    expected = _gold_questions(gold)
    found = {str(q.kind): _norm(str(q.kind), q.values) for q in got.questions}
    for kind in set(expected) | set(found):
        counts = score.kinds.setdefault(kind, LabelCounts())
        if kind in expected and kind in found:
            counts.tp += 1
            if expected[kind] or found[kind]:
                ok = expected[kind] == found[kind]
                if Kind(kind) in _LENIENT_VALUES:
                    ok = bool(expected[kind] & found[kind]) or not expected[kind]
                score.values.setdefault(kind, Tally()).add(ok)
                if not ok:
                    score.misses.append(
                        f"{name}: {kind} values expected {sorted(expected[kind])}, got {sorted(found[kind])}"
                    )
        elif kind in found:
            counts.fp += 1
            score.misses.append(f"{name}: {kind} found but not asked {sorted(found[kind])}")
        else:
            counts.fn += 1
            score.misses.append(f"{name}: {kind} asked but missed {sorted(expected[kind])}")
    known = gold.get("known") or {}
    pairs: list[tuple[str, object, object]] = [
        ("known.insurer", (known.get("insurer") or "").lower(), (got.known.insurer or "").lower()),
        ("known.no_insurance", bool(known.get("no_insurance")), got.known.no_insurance),
        ("known.days_ruled_out", set(known.get("days_ruled_out") or []), set(got.known.days_ruled_out)),
        ("known.existing_client", bool(known.get("existing_client")), got.known.existing_client),
        ("known.offered_time", bool(known.get("offered_time")), got.known.offered_time),
        ("situation", gold.get("situation"), None if got.situation is None else str(got.situation)),
    ]
    if isinstance(gold.get("hardship"), bool):  # judged by a reader: does it tell of a hard time to say a word of?
        pairs.append(("hardship told", gold["hardship"], got.known.news in (News.HARD_TIME, News.HARM)))
    for key, want, have in pairs:
        score.tally(key, want == have)
        if want != have:
            score.misses.append(f"{name}: {key} expected {want!r}, got {have!r}")
