"""Words and checks shared by every template: lists joined in the reply's language, paragraphs reflowed, subjects,
money, and the last guard against a sentence with a hole in it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NoReturn

from jinja2 import pass_context
from jinja2.runtime import Context

from triage.config import DAYS
from triage.core.model import strip_subject_prefixes

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


class ComposeError(Exception):
    """A draft that cannot be written correctly (a missing fact); the message says which."""


class Missing(Exception):
    """Raised inside a template; `Composer._render` adds the template's name and re-raises as ComposeError."""


def missing(fact: str, why: str = "") -> NoReturn:
    """Templates call this when a fact they need is empty, so the draft stops instead of having a hole."""
    raise Missing(f"missing {fact}" + (f" ({why})" if why else ""))


def finalize(value: Any) -> Any:
    """Every printed `{{ value }}` passes here: None or an empty string would leave a hole in a sentence."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise Missing(f"a value it prints is empty ({value!r}), which would leave a gap in a sentence")
    return value


def money(amount: Any) -> str:
    """Whole dollars, "$1,200"; $0 is never a real price, so it stops the draft."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise Missing(f"an amount of {amount!r} where a price is needed")
    return f"${amount:,}"


def join_words(items: Iterable[Any], lang: str, word: str = "and") -> str:
    """ "a, b, and c" in English; "a, b y c" in Spanish (with "e"/"u" before an i-/o- sound)."""
    words = [str(i).strip() for i in items]
    if not words or not all(words):
        raise Missing("a list it prints is empty")
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
    if len(words) == 2 and f" {word} " in words[0]:
        return f"{words[0]}, {word} {last}"  # "trauma and PTSD, and EMDR", not "trauma and PTSD and EMDR"
    if len(words) == 2:
        return f"{words[0]} {word} {last}"
    return f"{', '.join(words[:-1])}, {word} {last}"


@pass_context
def and_list(context: Context, items: Iterable[Any]) -> str:
    return join_words(items, str(context.get("lang", "en")), "and")


@pass_context
def or_list(context: Context, items: Iterable[Any]) -> str:
    return join_words(items, str(context.get("lang", "en")), "or")


@pass_context
def doing(context: Context, items: Iterable[Any], one: str, many: str, me: str, us: str) -> str:
    """ "Dana Reyes offers" becomes "I offer" in a draft Dana signs: she never speaks of herself in the third person.

    The four forms are the verb for one other person, for several, for the signer alone, and for the signer with
    others ("Sam Okafor and I offer", "Sam Okafor y yo atendemos")."""
    names = [str(n) for n in items]
    lang = str(context.get("lang", "en"))
    signer = str(context.get("signer") or "")
    if signer not in names:
        return f"{join_words(names, lang, 'and')} {many if len(names) > 1 else one}"
    others = [n for n in names if n != signer]
    i = "yo" if lang == "es" else "I"
    if not others:
        return f"{i.capitalize()} {me}"
    return f"{join_words([*others, i], lang, 'and')} {us}"


def lower_me(text: str) -> str:
    """ "Yo atiendo" inside a sentence: "…, y yo atiendo sesiones en español"."""
    return "yo" + text[2:] if text.startswith("Yo ") else text


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


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def reply_subject(subject: str, practice_name: str, lang: str) -> str:
    """ "Re: <their words>", with any chain of Re:/Fwd:/AW:/RV: dropped; a default when they gave none.

    Control characters (NUL, BEL, ...) in their subject are never copied into ours."""
    current = " ".join(_CONTROL.sub(" ", subject).split())
    while True:
        stripped = strip_subject_prefixes(_PREFIX.sub("", current, count=1))
        if stripped == current:
            break
        current = stripped
    if not current:
        return _NO_SUBJECT.get(lang, _NO_SUBJECT["en"]).format(name=practice_name)
    return f"Re: {current}"


def lint(name: str, text: str) -> None:
    """Last guard against a hole the template checks missed: leftover tags, doubled spaces, a bare "$"."""
    leftover = _LEFTOVER.search(text)
    if leftover:
        raise ComposeError(f"{name}: template syntax left in the text (line {_line(text, leftover.start())})")
    for number, line in enumerate(text.splitlines(), 1):
        for pattern, what in _PROBLEMS:
            if pattern.search(line):
                raise ComposeError(f"{name}: rendered text has {what} (line {number})")


def _line(text: str, at: int) -> int:
    """Where in the draft, by line: never the words around it (they may be the person's own)."""
    return text.count("\n", 0, at) + 1


LANGUAGE_NAMES_ES = {
    "english": "inglés",
    "spanish": "español",
    "mandarin": "mandarín",
    "cantonese": "cantonés",
    "russian": "ruso",
    "vietnamese": "vietnamita",
    "korean": "coreano",
    "arabic": "árabe",
    "french": "francés",
    "portuguese": "portugués",
    "german": "alemán",
    "japanese": "japonés",
    "ukrainian": "ucraniano",
    "asl": "lengua de señas americana (ASL)",
}


@pass_context
def language_name(context: Context, language: str) -> str:
    """A language as the reply names it: "Korean", "coreano", "ASL"."""
    if context.get("lang") == "es":
        return LANGUAGE_NAMES_ES.get(language, language)
    return "ASL" if language == "asl" else language.title()


def a_age(age: int) -> str:
    """ "a 9", "an 8", "an 11", "an 18": the article English puts before a spoken number."""
    spoken_vowel = str(age).startswith("8") or age in (11, 18)
    return f"{'an' if spoken_vowel else 'a'} {age}"


def hora(clock: str) -> str:
    """ "9am" said the Spanish way, "9 a. m.", as the glossary writes the practice's hours."""
    return re.sub(r"\b(\d{1,2}(?::\d\d)?)\s*([ap])m\b", r"\1 \2. m.", clock)


_FAMILY = re.compile(
    r"\bfamily\s+(?:therapy|sessions?|counsel\w*)\b|\bblended\s+family\b|\bstep(?:son|daughter|kids?|children)\b"
    r"|\b(?:our|the)\s+whole\s+family\b|\ball\s+(?:five|four|six)\s+of\s+us\b",
    re.IGNORECASE,
)


_OWN_DISTRESS = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:honestly\s+|really\s+|just\s+)?(?:not\s+coping|not\s+doing\s+(?:well|great|good|ok)|struggling(?!\s+to\s+find)"
    r"|falling\s+apart|barely\s+holding)\b|\bnot\s+coping\s+(?:great|well)\b"
    # "I'm his main caregiver. I'm 66 and tired in a way I didn't know was possible", "I'm lonely and kind of anxious"
    r"|\b(?:i'?m|i\s+am)\s+(?:\d{2}\s+and\s+)?(?:so\s+|really\s+|just\s+|kind\s+of\s+)?(?:tired|exhausted|lonely|worn\s+out|burn(?:ed|t)\s+out)\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:his|her|their)\s+(?:main\s+|primary\s+|only\s+)?caregiver\b",
    re.IGNORECASE,
)


def own_distress(text: str) -> bool:
    """'My husband just deployed ... I'm honestly not coping great': the writer is the one having a hard time, so
    the word of sympathy is for them, not "so hard for him"."""
    return bool(_OWN_DISTRESS.search(text))


_FINE = re.compile(
    r"\b(?:we'?re|i'?m|we\s+are|i\s+am|they'?re|(?:he|she)'?s|i'?ve\s+been|we'?ve\s+been)\s+"
    # (not "her doctor says she's medically stable for now": the body's state, not how they are doing)
    r"(?:(?!not\b|never\b|medically\b|physically\b)\w+\s+)?(?:fine|doing\s+(?:okay|ok|well|fine|great|good)|"
    r"in\s+a\s+good\s+place|stable|solid|not\s+in\s+a\s+bad\s+place)\b|\bsolid\s+most\s+days\b|\bjust\s+got\s+engaged\b"
    r"|\bwe'?re\s+engaged\b|\bnothing\s+(?:dramatic|serious|major|terrible|awful)\b",
    re.IGNORECASE,
)


def says_fine(text: str) -> bool:
    """'We're fine - really', 'they're doing okay', 'we just got engaged': no "I'm sorry things have been so hard"."""
    return bool(_FINE.search(text))


def a_family(text: str) -> bool:
    """'Our first Thanksgiving all together ... do you do family therapy?': a hard time is the family's, not one
    person's, so the word of sympathy names the family."""
    return bool(_FAMILY.search(text))


DAY_NAMES: dict[str, dict[str, str]] = {
    "en": {d: d.capitalize() + "s" for d in DAYS},
    "es": dict(zip(DAYS, ("lunes", "martes", "miércoles", "jueves", "viernes", "sábados", "domingos"), strict=True)),
}


@pass_context
def day_names(context: Context, days: list[str]) -> list[str]:
    return [DAY_NAMES[str(context.get("lang", "en"))][d] for d in days]


@pass_context
def one_day(context: Context, days: list[str]) -> list[str]:
    """'Monday', 'el sábado': one day, for moving one session ("I'll check what's open on Monday")."""
    if context.get("lang") == "es":
        return [
            "el " + DAY_NAMES["es"][d].removesuffix("s") if d in ("saturday", "sunday") else "el " + DAY_NAMES["es"][d]
            for d in days
        ]
    return [d.capitalize() for d in days]


def thank_once(greeting: str) -> str:
    """The greeting without its "Thanks for your message." (or "...for getting back to me."), when the first answer
    thanks them already."""
    for thanks in (
        "Thanks for your message.",
        "Gracias por su mensaje.",
        "Thanks for getting back to me.",
        "Gracias por su respuesta.",
    ):
        greeting = greeting.replace(f"\n\n{thanks} ", "\n\n").replace(f"\n\n{thanks}", "")
    return greeting


_EXPECTING = re.compile(
    r"\b(?:i['’]?m|we['’]?re|she['’]?s|i\s+am|we\s+are|she\s+is)\s+(?:\w+\s+){0,3}?(?:pregnant|expecting)\b"
    r"|\b(?:baby\s+is|i['’]?m|she['’]?s|we['’]?re)\s+due\b(?!\s+(?:back|to|for\s+(?:a|my|an)\s+(?:check|visit|appointment)))|\bdue\s+(?:date\s+is\s+)?(?:on\s+|in\s+)?(?:early\s+|mid[-\s]|late\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\bembarazada\b"
    # "my OB wants to induce next week at 37 weeks"
    r"|\binduc(?:e|ed|tion)\s+(?:\w+\s+){0,3}?(?:next|this|on|at|tomorrow)\b|\b(?:i'?m|she'?s|at)\s+[23]\d\s+weeks\b(?!\s+(?:ago|postpartum|old))",
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\b(?:the|our)\s+(?:baby|twins)\s+(?:was\s+born|were\s+born|came|arrived)\b|\bhad\s+the\s+baby\b", re.I
)
"""'The baby was born Nov 2' (not "after my first was born", beside a second on the way)."""


def expecting(text: str) -> bool:
    """A baby still to come ("the baby is due Dec 3", "I'm 30 weeks pregnant"): congratulated as on the way, never
    "those first months" or "I hope you're all getting some rest"."""
    return bool(_EXPECTING.search(text)) and not _BORN.search(text)


_MEMBER_CALLS = re.compile(
    r"\b(?:the\s+)?(?:member|employee|client|patient|pt|she|he|they)\s+will\s+(?:contact|call|reach\s+out\s+to|get\s+in\s+touch\s+with)"
    r"\s+(?:you|your\s+office|the\s+provider|the\s+practice)\b",
    re.IGNORECASE,
)


def member_calls(text: str) -> bool:
    """'The member will contact you directly to schedule once confirmed': an EAP keeps the member's details, so we
    wait for their call rather than promise one of our own."""
    return bool(_MEMBER_CALLS.search(text))
