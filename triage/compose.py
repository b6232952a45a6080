"""Drafting replies: what triage understood, plus the practice's facts, rendered through plain-text templates.

Why templates and not generated text: every sentence a person reads must be one the practice wrote (or can
edit), and every fact in it must come from `Practice`. The classifier only decides *which* blocks a reply
has; the words live in templates/<language>/*.txt. A fact a block needs but the config lacks stops the draft
with a `ComposeError` naming the template and the fact, because a silent gap ("Hi ,", "$0", "{{ name }}",
an empty sentence) would go out under the practice's name.

Template conventions (see templates/README.md): a blank line separates paragraphs and the lines of one
paragraph are joined with a space, so each sentence can sit on its own line and `{% if %}` tags never leave
stray spaces or line breaks; lines starting with "- " stay list items. `missing(fact, why)` stops the draft;
`and_list` / `or_list` join words in the reply's language; `money` prints whole dollars; `es` looks an
English config phrase up in templates/es/glossary.toml, because [practice] is written in English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, NoReturn

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    UndefinedError,
    pass_context,
)
from jinja2.runtime import Context

from triage.config import DAYS, Practice, Therapist
from triage.core.labels import TOPICS
from triage.core.model import Extraction, Understanding, strip_subject_prefixes

DEFAULT_TEMPLATES = Path(str(files("triage") / "templates"))
LANGUAGES = ("en", "es")

BLOCK_ORDER: tuple[str, ...] = ("availability", "when", "couples", "services", "insurance", "fees", "scheduling")
"""The order of a reply's blocks, whatever order the person asked in.

1. availability, then "when" (the days and times they asked about): whether we can see them at all, and
   when, is the gate for everything else; a full caseload or a waitlist changes how the rest reads.
2. couples, services: whether we are the right help and who would see them.
3. insurance before fees: the insurance answer decides which price applies to them.
4. scheduling last: it is the next step (booking link, consultation), and an e-mail should end with what
   to do next, just above the closing.
"when" is not a label: it is drafted whenever availability is asked, or scheduling with days or times named.
"""

PUBLIC_PLANS = frozenset({"medicaid", "medicare"})
"""Plans a practice outside their network cannot bill or hand a superbill for: the answer is self-pay."""

_DAY_NAMES: dict[str, dict[str, str]] = {
    "en": {d: d.capitalize() + "s" for d in DAYS},
    "es": dict(zip(DAYS, ("lunes", "martes", "miércoles", "jueves", "viernes", "sábados", "domingos"), strict=True)),
}
_NO_SUBJECT = {"en": "Your inquiry to {name}", "es": "Su consulta a {name}"}
_PREFIX = re.compile(
    r"^\s*(?:re|fwd?|rv|aw|tr|sv|wg|res|enc|reenviar)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*|^\s*\[external\]\s*", re.I
)
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_PROBLEMS = (
    (re.compile(r"\S {2,}\S"), "a double space (an empty value?)"),
    (re.compile(r"[ \t][,.;:!?]"), "a space before punctuation (an empty value?)"),
    (re.compile(r"\(\s*\)"), "empty brackets"),
    (re.compile(r"\$(?![\d,])"), "a dollar sign without an amount"),
)


@dataclass(frozen=True)
class Reply:
    """A drafted reply, ready to be wrapped in an e-mail (triage.core.draft.build_reply)."""

    subject: str
    body: str
    language: str
    kind: str
    """"inquiry" | "crisis"."""


class ComposeError(Exception):
    """A draft that cannot be written correctly (a missing fact); the message says which."""


class _Missing(Exception):
    """Raised inside a template; `Composer._render` adds the template's name and re-raises as ComposeError."""


def _missing(fact: str, why: str = "") -> NoReturn:
    """Templates call this when a fact they need is empty, so the draft stops instead of having a hole."""
    raise _Missing(f"missing {fact}" + (f" ({why})" if why else ""))


def _finalize(value: Any) -> Any:
    """Every printed `{{ value }}` passes here: None or an empty string would leave a hole in a sentence."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Missing(f"a value it prints is empty ({value!r}), which would leave a gap in a sentence")
    return value


def _money(amount: Any) -> str:
    """Whole dollars, "$1,200"; $0 is never a real price, so it stops the draft."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise _Missing(f"an amount of {amount!r} where a price is needed")
    return f"${amount:,}"


def join_words(items: Iterable[Any], lang: str, word: str = "and") -> str:
    """ "a, b, and c" in English; "a, b y c" in Spanish (with "e"/"u" before an i-/o- sound)."""
    words = [str(i).strip() for i in items]
    if not words or not all(words):
        raise _Missing("a list it prints is empty")
    if len(words) == 1:
        return words[0]
    last = words[-1]
    if lang == "es":
        low = last.lower()
        conj = {"and": "y", "or": "o"}[word]
        if conj == "y" and (low.startswith("i") or (low.startswith("hi") and not low.startswith(("hia", "hie")))):
            conj = "e"
        elif conj == "o" and low.startswith(("o", "ho")):
            conj = "u"
        return f"{', '.join(words[:-1])} {conj} {last}"
    if len(words) == 2:
        return f"{words[0]} {word} {last}"
    return f"{', '.join(words[:-1])}, {word} {last}"


@pass_context
def _and_list(context: Context, items: Iterable[Any]) -> str:
    return join_words(items, str(context.get("lang", "en")), "and")


@pass_context
def _or_list(context: Context, items: Iterable[Any]) -> str:
    return join_words(items, str(context.get("lang", "en")), "or")


def reflow(text: str) -> str:
    """Blank lines separate paragraphs; a paragraph's lines join with one space, "- " lines stay list items."""
    paragraphs: list[str] = []
    for chunk in re.split(r"\n[ \t]*\n", text.strip()):
        lines: list[str] = []
        for raw in chunk.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not line.startswith("- "):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def reply_subject(subject: str, practice_name: str, lang: str) -> str:
    """ "Re: <their words>", with any chain of Re:/Fwd:/AW:/RV: dropped; a default when they gave none."""
    current = " ".join(subject.split())
    while True:
        stripped = strip_subject_prefixes(_PREFIX.sub("", current, count=1))
        if stripped == current:
            break
        current = stripped
    if not current:
        return _NO_SUBJECT.get(lang, _NO_SUBJECT["en"]).format(name=practice_name)
    return f"Re: {current}"


def carrier_status(practice: Practice, carrier: str | None) -> str:
    """ "in_network" | "public" (Medicaid/Medicare we don't take) | "out_of_network" | "unknown" (none named)."""
    if not carrier:
        return "unknown"
    name = carrier.casefold()
    if name in {c.casefold() for c in practice.in_network}:
        return "in_network"
    if name in PUBLIC_PLANS:
        return "public"
    return "out_of_network"


def block_order(topics: Iterable[str], extraction: Extraction) -> list[str]:
    """The blocks a reply has, in BLOCK_ORDER (see there for why)."""
    wanted = set(topics)
    if "availability" in wanted or (
        "scheduling" in wanted and (extraction.days_requested or extraction.times_requested)
    ):
        wanted.add("when")
    return [block for block in BLOCK_ORDER if block in wanted]


def _display(therapist: Therapist) -> str:
    return f"{therapist.name}, {therapist.credentials}" if therapist.credentials else therapist.name


def _couples_therapist(practice: Practice) -> Therapist | None:
    """The listed therapist `couples_therapist` names ("Sam Okafor, LMFT" is Sam Okafor), if any."""
    named = practice.couples_therapist.casefold()
    for therapist in practice.therapists:
        if therapist.name and named.startswith(therapist.name.casefold()):
            return therapist
    return None


class Composer:
    """Turns an Understanding into a Reply; one per practice, reused for every message."""

    def __init__(self, practice: Practice, templates_dir: Path | None = None) -> None:
        self.practice = practice
        if templates_dir is None:
            templates_dir = Path(practice.templates) if practice.templates else DEFAULT_TEMPLATES
        if not templates_dir.is_dir():
            raise ComposeError(f"templates folder not found: {templates_dir} (practice.templates)")
        self.templates_dir = templates_dir
        self._glossary: dict[str, str] | None = None
        self._env = Environment(
            loader=FileSystemLoader(str(templates_dir)),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_finalize,
        )
        self._env.globals["missing"] = _missing
        self._env.filters.update(and_list=_and_list, or_list=_or_list, money=_money, es=self._spanish)

    def compose(self, understanding: Understanding, *, late: bool = False, client: bool = False) -> Reply:
        """The draft for one message. `late` adds an apology for a slow reply (the practice was away).

        A crisis gets only the crisis template, whatever else was asked: resources and a promise that a
        clinician will reach out, never prices or booking links.
        """
        labels = set(understanding.classification.labels)
        lang = understanding.inquiry.language
        if lang not in LANGUAGES:
            raise ComposeError(f"no templates for language {lang!r} (have {', '.join(LANGUAGES)})")
        subject = reply_subject(understanding.inquiry.subject, self.practice.name, lang)
        if "crisis" in labels:
            context = self._context(understanding, lang, (), late, "crisis")
            context["client"] = client
            body = self._render(f"{lang}/crisis.txt", context)
            signature = self._render(f"{lang}/signature.txt", context, flow=False)
            return Reply(subject, f"{body}\n{signature}\n", lang, "crisis")
        if "not_inquiry" in labels:
            raise ValueError("not_inquiry messages are never answered; the caller must not compose one")
        topics = tuple(t for t in TOPICS if t in labels)
        if client:
            # An existing client needs no intake facts (are you taking new clients, what do you treat).
            topics = tuple(t for t in topics if t not in ("availability", "services")) or ("scheduling",)
        if not topics:
            raise ComposeError(f"no topic to answer (labels: {', '.join(sorted(labels)) or 'none'})")
        context = self._context(understanding, lang, topics, late, "inquiry")
        context["client"] = client
        parts = [self._render(f"{lang}/greeting.txt", context)]
        for block in block_order(topics, understanding.extraction):
            name = "scheduling_client" if client and block == "scheduling" else block
            text = self._render(f"{lang}/{name}.txt", context, optional=block == "when")
            if text:
                parts.append(text)
        parts.append(self._render(f"{lang}/closing.txt", context))
        signature = self._render(f"{lang}/signature.txt", context, flow=False)
        return Reply(subject, "\n\n".join(parts) + f"\n{signature}\n", lang, "inquiry")

    def followup(self, first_name: str | None, language: str, subject: str) -> Reply:
        """The one follow-up to a lead who was answered and has not written back (its own template)."""
        lang = language if language in LANGUAGES else "en"
        context = {"practice": self.practice, "first_name": first_name, "lang": lang, "kind": "followup"}
        body = self._render(f"{lang}/followup.txt", context)
        signature = self._render(f"{lang}/signature.txt", context, flow=False)
        return Reply(reply_subject(subject, self.practice.name, lang), f"{body}\n{signature}\n", lang, "followup")

    def _context(
        self, understanding: Understanding, lang: str, topics: tuple[str, ...], late: bool, kind: str
    ) -> dict[str, Any]:
        """Facts a template may print, worked out here so templates only choose words."""
        practice = self.practice
        ext = understanding.extraction
        names = _DAY_NAMES[lang]
        offered = [d for d in DAYS if d in practice.days_offered]
        asked = [d for d in DAYS if d in ext.days_requested]
        carrier = (ext.carrier or "").strip() or None
        couples = _couples_therapist(practice) if practice.couples_therapist else None
        return {
            "practice": practice,
            "lang": lang,
            "kind": kind,
            "late": late,
            "topics": topics,
            "first_name": (ext.first_name or "").strip() or None,
            "carrier": carrier,
            "carrier_status": carrier_status(practice, carrier),
            "days_asked": bool(asked),
            "days_yes": [names[d] for d in asked if d in offered],
            "days_no": [names[d] for d in asked if d not in offered],
            "days_offered": [names[d] for d in offered],
            "times": ext.times_requested,
            "evening": "evening" in ext.times_requested,
            "couples_fee": practice.couples_fee or practice.fee,
            "therapists": [_display(t) for t in practice.therapists],
            "spanish_therapists": [t.name for t in practice.therapists if t.spanish],
            "couples_english_only": couples.name if couples is not None and not couples.spanish else None,
        }

    def _render(self, name: str, context: dict[str, Any], *, optional: bool = False, flow: bool = True) -> str:
        """One template, tidied and checked; every failure becomes one ComposeError line naming the template."""
        try:
            raw = self._env.get_template(name).render(context)
        except _Missing as exc:
            raise ComposeError(f"{name}: {exc}") from None
        except UndefinedError as exc:
            raise ComposeError(f"{name}: {exc.message} (the template uses a fact that does not exist)") from None
        except TemplateNotFound as exc:
            raise ComposeError(f"{name}: template {exc.name} not found in {self.templates_dir}") from None
        except TemplateError as exc:
            raise ComposeError(f"{name}: {' '.join(str(exc).split())}") from None
        text = reflow(raw) if flow else "\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())
        if not text and not optional:
            raise ComposeError(f"{name}: rendered nothing")
        _lint(name, text)
        return text

    def _spanish(self, phrase: str) -> str:
        """The Spanish wording of an English config phrase; a phrase without one stops the draft."""
        if self._glossary is None:
            self._glossary = self._load_glossary()
        found = self._glossary.get(" ".join(str(phrase).split()).casefold())
        if not found:
            _missing(f"a Spanish wording for {phrase!r}", "add it to es/glossary.toml")
        return found

    def _load_glossary(self) -> dict[str, str]:
        loader = self._env.loader
        assert loader is not None
        try:
            source = loader.get_source(self._env, "es/glossary.toml")[0]
            data = tomllib.loads(source)
        except TemplateNotFound:
            _missing("es/glossary.toml", f"Spanish wording for the config's English phrases, in {self.templates_dir}")
        except tomllib.TOMLDecodeError as exc:
            raise _Missing(f"es/glossary.toml is not valid TOML ({exc})") from None
        return {" ".join(k.split()).casefold(): str(v) for k, v in data.items() if isinstance(v, str)}


def _lint(name: str, text: str) -> None:
    """Last guard against a hole the template checks missed: leftover tags, doubled spaces, a bare "$"."""
    leftover = _LEFTOVER.search(text)
    if leftover:
        raise ComposeError(f"{name}: template syntax left in the text near {_near(text, leftover.start())!r}")
    for line in text.splitlines():
        for pattern, what in _PROBLEMS:
            found = pattern.search(line)
            if found:
                raise ComposeError(f"{name}: rendered text has {what} near {_near(line, found.start())!r}")


def _near(text: str, at: int) -> str:
    return text[max(0, at - 25) : at + 25]
