"""The planner's side of an answer: modules that answer one topic (paying, days and times) see only this."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from triage.config import Practice
from triage.core.request import Intent, Kind, Question, Request


@dataclass(frozen=True)
class Block:
    """One paragraph of a reply: a template and the facts it may print."""

    template: str
    facts: dict[str, Any] = field(default_factory=dict)


class Answering(Protocol):
    """What an answer needs of the planner building one reply: the request, the practice, and where to put it."""

    request: Request
    practice: Practice
    intent: Intent
    answered: set[Kind]
    staff: list[str]
    language_elsewhere: bool
    lang: str
    refusals: list[str]
    court_refused: bool
    """Why we cannot see them ("age", "state", "service"), one entry per reason."""
    blocks: list[Block]
    noted_services: set[str]
    """The sentences whose unknown service a staff note already asks about."""
    referrer_arranges: bool

    @property
    def refused(self) -> bool:
        """Whether we cannot see them at all (too young, another state, a service elsewhere): no pitch follows."""
        ...

    def refuse(self, why: str) -> None: ...

    def add(self, kind: Kind, template: str, **facts: Any) -> None: ...

    def flag(self, kind: Kind, what: str) -> None: ...

    def service(self, q: Question) -> None: ...

    def faq_given(self) -> set[str]: ...


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def said_with(p: Answering, q: Question, pattern: re.Pattern[str]) -> bool:
    """Whether the question's own sentence, or any sentence they asked in, says it: a reader takes a question's
    evidence from one sentence, and the words that qualify it ("...with it?", "starting in October") are often in
    the next."""
    return any(pattern.search(x) for x in (q.evidence, *p.request.asked))
