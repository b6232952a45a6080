"""Reads a draft the way a strict front desk would, holding only the practice's facts and what the person wrote:
every statement of a day, a network, a price, an age, a service, a language or a policy is checked against the
config, and nothing may be asked or offered that the person already ruled out.

Independent of the composer on purpose: it reads the finished text, so a wrong fact passed to a template, or a
template that words a fact wrongly, is caught the same way. Used by the eval's draft check and the property test.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from triage.compose.composer import STAFF_NOTE
from triage.config import DAYS, Practice, plan_brands, plan_name
from triage.core.reading.service_words import SERVICES
from triage.core.reading.services import services_in
from triage.core.request import Request

_DAY_WORD = {d.capitalize() + "s": d for d in DAYS} | dict(
    zip(("lunes", "martes", "miércoles", "jueves", "viernes", "sábados", "domingos"), DAYS, strict=True)
)
_DAY_LIST = r"((?:(?:" + "|".join(_DAY_WORD) + r")(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+|\s+y\s+|\s+o\s+)?)+)"
_MONEY = re.compile(r"\$(\d[\d,]*)")
_STAFF_NOTE_MARK = STAFF_NOTE.partition("{")[0]
"""How the staff note begins ("[For staff: "): that line is deleted before sending, so it states nothing to them."""
_NAME = r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
_NAME_LIST = rf"({_NAME}(?:(?:,\s*and\s+|,\s*y\s+|,\s*|\s+and\s+|\s+y\s+){_NAME})*)"


Check = Callable[[bool, str], None]


def _days(text: str) -> set[str]:
    return {_DAY_WORD[w] for w in re.findall("|".join(_DAY_WORD), text)}


def _names(text: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|or\s+|y\s+|o\s+)?|\s+and\s+|\s+or\s+|\s+y\s+|\s+e\s+|\s+o\s+", text.strip(" ."))
    return [p.strip() for p in parts if p.strip()]


def false_statements(draft: str, practice: Practice, request: Request | None = None) -> list[str]:
    """Every statement in the draft that the practice's facts (or the person's own words) contradict. The staff note
    is not judged: it is deleted before sending, and quotes the person ("a payment plan for the $330?")."""
    problems: list[str] = []
    offered = set(practice.days_offered)
    sent = "\n".join(line for line in draft.splitlines() if not line.startswith(_STAFF_NOTE_MARK))
    body = " ".join(sent.split())

    def check(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    for m in re.finditer(
        r"(?:Yes, we see clients on|We see clients on|only see clients on|we (?:do )?have appointments on|"
        r"(?<!no )[Aa]tendemos los|tenemos citas los)\s+" + _DAY_LIST,
        body,
    ):
        for day in _days(m.group(1)):
            check(day in offered, f"says we see clients on {day}, which is not in days_offered")
    for m in re.finditer(
        r"(?:don't (?:currently )?see clients on|don't see clients on|no atendemos los)\s+" + _DAY_LIST, body
    ):
        for day in _days(m.group(1)):
            check(day not in offered, f"says we don't see clients on {day}, which is in days_offered")
    in_network = {plan_name(c).casefold() for c in practice.in_network}
    in_network |= {b.casefold() for c in practice.in_network for b in plan_brands(c)}  # "Regence" of "BCBS (Regence)"
    for m in re.finditer(
        r"(?:we are|we're(?:\s+currently)?|(?<!No )estamos dentro de la red de)\s+(?:in network with\s+(?:both\s+)?)?"
        + _NAME_LIST,
        body,
    ):
        for name in _names(m.group(1)):
            check(name.casefold() in in_network, f"says we're in network with {name}")
    for m in re.finditer(
        r"(?:aren't in network with|aren't able to accept|No estamos dentro de la red de|"
        r"no podemos aceptar)\s+([A-Z][\w ]+?)(?:[,.]| so| at| así)",
        body,
    ):
        check(m.group(1).strip().casefold() not in in_network, f"says we're not in network with {m.group(1).strip()}")
    amounts = {
        practice.fee,
        practice.couples_fee or practice.fee,
        practice.intake_fee,
        practice.sliding_scale_min,
        practice.cancellation_fee,
    } - {0}
    for m in _MONEY.finditer(body):
        if re.search(
            r"(?:not\s+quite\s+as\s+low\s+as|no\s+tan\s+bajo\s+como)\s+$", body[max(0, m.start() - 30) : m.start()]
        ):
            continue  # their amount said back ("so I'm afraid not quite as low as $80"), no claim of ours
        check(int(m.group(1).replace(",", "")) in amounts, f"states an amount ${m.group(1)} that is not in the config")
    for m in re.finditer(r"(?:from age|a partir de los)\s+(\d+)", body):
        check(int(m.group(1)) == practice.min_age, f"states a minimum age of {m.group(1)}")
    _services(body, practice, check)
    _policies(body, practice, check)
    if request is not None:
        _against_request(body, request, check)
    return problems


def _services(body: str, practice: Practice, check: Check) -> None:
    names = {en.casefold(): key for key, en, _, _ in SERVICES} | {es.casefold(): key for key, _, es, _ in SERVICES}
    offered = services_in((*practice.services, *practice.populations))
    refused = {n.service for n in practice.not_offered}
    if re.search(r"Yes, we see couples|Sí, atendemos a parejas", body):
        check(bool(practice.couples_therapist), "says we see couples")
    for m in re.finditer(r"(?:Yes, we work with|Sí, trabajamos con)\s+([^.]+)\.", body):
        for name, key in _service_names(m.group(1), names):
            check(key is not None and key in offered and key not in refused, f"says we work with {name}")
    for m in re.finditer(r"(?:we don't offer|no ofrecemos)\s+([^.;:]+)[.;:]", body):
        for name, key in _service_names(m.group(1), names):
            if key is not None:
                check(key in refused, f"says we don't offer {name}, which the config does not say")


def _service_names(listed: str, names: dict[str, str]) -> list[tuple[str, str | None]]:
    """The services a list names: known names first, longest first ("trauma and PTSD" is one service, not two),
    then whatever is left, which no service is called."""
    rest = listed.casefold()
    found: list[tuple[str, str | None]] = []
    for name in sorted(names, key=len, reverse=True):
        if name in rest:
            found.append((name, names[name]))
            rest = rest.replace(name, " ")
    found += [(left, None) for left in _names(rest) if left.strip(" ,") not in ("", "and", "or", "y", "o", "e", "u")]
    return found


def _policies(body: str, practice: Practice, check: Check) -> None:
    if re.search(r"we're accepting new clients|Yes, we're accepting|(?<!no )estamos aceptando nuevos clientes", body):
        check(practice.accepting_new_clients, "says we're accepting new clients")
    if re.search(r"aren't taking new clients|no estamos aceptando nuevos clientes", body):
        check(not practice.accepting_new_clients, "says we aren't taking new clients")
    if re.search(r"no waitlist|no tenemos lista de espera", body):
        check(practice.waitlist_weeks == 0, "says there's no waitlist")
    for m in re.finditer(r"wait of about (\d+) week|espera .{0,40}?unas (\d+) semanas", body):
        check(int(m.group(1) or m.group(2)) == practice.waitlist_weeks, "states a different wait")
    if re.search(r"we offer sessions by secure video|ofrecemos sesiones por videollamada", body):
        check(practice.telehealth, "says we offer video sessions")
    if re.search(r"don't offer video sessions|no ofrecemos sesiones por video", body):
        check(not practice.telehealth, "says we don't offer video sessions")
    if re.search(r"we see clients in person|(?<!no )atendemos en persona", body):
        check(practice.in_person, "says we see clients in person")
    if re.search(r"We do offer evening appointments|Sí tenemos citas por la tarde-noche", body):
        check(practice.evenings, "says we offer evenings")
    if re.search(r"don't offer evening appointments|no tenemos citas por la tarde-noche", body):
        check(not practice.evenings, "says we don't offer evenings")
    if re.search(r"we give you a superbill|le damos un recibo detallado", body):
        check(practice.superbills, "offers a superbill")
    if re.search(r"pay with an HSA or FSA card|pagar con una tarjeta HSA", body):
        check(practice.hsa_fsa, "says HSA/FSA cards are accepted")
    if re.search(r"we offer a sliding scale|(?<!no )ofrecemos una escala móvil", body):
        check(practice.sliding_scale, "offers a sliding scale")
    for m in re.finditer(r"licensed in ([A-Z][\w ]+?)(?: only|,)", body):
        states = {s.casefold() for s in practice.licensed_in}
        check(m.group(1).casefold() in states, f"says we're licensed in {m.group(1)}")
    speakers = {lang for t in practice.therapists for lang in t.session_languages}
    for m in re.finditer(
        r"(?<!can't )offers? sessions in (\w+)|(?<!podemos )(?:atienden?|atiendo|atendemos) sesiones en (\w+)", body
    ):
        language = (m.group(1) or m.group(2)).lower()
        language = {"español": "spanish", "inglés": "english"}.get(language, language)
        check(language in speakers, f"says sessions are offered in {language}")


def _against_request(body: str, request: Request, check: Check) -> None:
    known = request.known
    if re.search(r"which insurance company you have|cuál es su compañía de seguro", body):
        check(
            not known.insurer and not known.no_insurance,
            "asks for the insurer they already named (or said they have none)",
        )
    for m in re.finditer(r"(?:Yes, we see clients on|Sí, atendemos los)\s+" + _DAY_LIST, body):
        for day in _days(m.group(1)):
            check(day not in known.days_ruled_out, f"offers {day}, which they ruled out")
