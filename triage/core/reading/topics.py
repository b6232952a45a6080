"""From the model's topics to questions: every topic it found is asked about once, and one question per kind."""

from __future__ import annotations

import re

from triage.core.reading.couples import COUPLE_WORDS, NOT_COUPLES
from triage.core.reading.money import NAME_ON_IT
from triage.core.request import CLIENT_KINDS, Kind, Known, Question

_LABEL_WORDS = {
    "fees": re.compile(
        r"\b(?:cost\w*|charge\w*|fees?|price\w*|rates?|how\s+much|pay\w*|afford\w*|\$|sliding|cuest\w*|precio\w*|cobr\w*|"
        r"tarifa\w*|costo\w*|pag\w+|copay\w*|deductible|expensive|cheap\w*)",
        re.I,
    ),
    # "Could you take my daughter?" reads like "do you take Aetna?" to the model: insurance is asked only in its words
    "insurance": re.compile(
        r"\b(?:insur\w*|in[-\s]network|network|cover\w*|co-?pays?|deductible|plans?|benefits|eap|hsa|fsa|medicaid|medicare"
        r"|ohp|tricare|champva|va|claims?|reimburs\w*|superbills?|out[-\s]of[-\s]pocket|seguro|aseguranza|cobertura|cubre"
        r"|workers'?\s*comp\w*"
        r"|(?:take|accept|bill)\s+(?-i:[A-Z])\w+)",
        re.I,
    ),
    "availability": re.compile(
        r"\b(?:open(?:ing|ings)?|availab\w*|accepting|waitlist|wait\s+list|new\s+clients|space|spots?|get\s+in|soon\w*)\b",
        re.I,
    ),
}


_NOT_AN_INSURER = re.compile(r"\bworkers'?\s*comp\w*|\bauto\s+insurance\b|\bpip\b|\bno[-\s]fault\b", re.I)
"""Who pays that is no health insurer ("Do you bill workers' comp?"): staff answer it, no "which insurer?" beside."""
_OTHER_FEE = re.compile(r"\b(?:fee|cost|price|rate|charge)\w*\b[^.?!]{0,30}\b(?:joint|three|family|group)\b", re.I)
"""'what's the fee for a joint session': a price no fact gives, so no individual fee beside it."""


_PARTNER_JOINS = re.compile(
    r"\b(?:wife|husband|partner|boyfriend|girlfriend)\s+(?:comes?|joins?|coming|joining)\s+(?:too|along)\b",
    re.IGNORECASE,
)


def from_labels(labels: set[str], questions: list[Question], known: Known, text: str) -> list[Question]:
    """Every topic the classifier found gets at least one question, so nothing the person raised goes unanswered."""
    kinds = {q.kind for q in questions}
    out: list[Question] = []
    if Kind.OTHER in kinds:
        # a question nobody could type is the staff note's, and likely what the model saw: no menu beside it,
        # unless the message speaks of money or openings ("what the intake appointment costs")
        labels = labels - {label for label, words in _LABEL_WORDS.items() if not words.search(text)}
    self_paying = known.no_insurance or "self_pay" in known.payment  # "i have medicare but i'd just as soon pay myself"
    # "Do you bill workers' comp?" flagged for staff: the money question is the note's, no "which insurer?" beside it
    noted = any(q.kind == Kind.OTHER and _NOT_AN_INSURER.search(q.evidence) for q in questions)
    # ("Nicholas is my legal name so it's on my insurance": the name on it, no question of the insurance)
    insured = bool(known.insurer) or (
        bool(_LABEL_WORDS["insurance"].search(text)) and not noted and not NAME_ON_IT.search(text)
    )
    if "insurance" in labels and not kinds & {Kind.INSURANCE, Kind.PAYMENT} and not self_paying and insured:
        out.append(Question(Kind.INSURANCE, (known.insurer,) if known.insurer else (), ""))
    # "- what's the fee for a joint session," typed without its mark is the staff note's: no price list beside it
    fee_noted = any(q.kind == Kind.OTHER and _OTHER_FEE.search(q.evidence) for q in questions)
    if (
        "fees" in labels
        and not fee_noted
        and not kinds & {Kind.FEES, Kind.PAYMENT, Kind.CANCELLATION}
        and _LABEL_WORDS["fees"].search(
            text
        )  # no price list beside "do you take Blue Cross?" unless money is spoken of
    ):
        out.append(Question(Kind.FEES, ("session",), ""))
    # (not to parents asking for their daughter of 13, nor in a thread where couples sessions are already under way)
    for_a_child = Kind.AGE in kinds and not re.search(r"\bco[-\s]?parent", text, re.IGNORECASE)
    if (
        "couples" in labels
        and Kind.COUPLES not in kinds
        and COUPLE_WORDS.search(text)
        and not NOT_COUPLES.search(text)
        and not for_a_child
        # (a new person's "if my wife comes too is that more $" in a reply to our first answer still asks)
        and not (known.in_thread and (known.existing_client or not _PARTNER_JOINS.search(text)))
    ):
        out.append(Question(Kind.COUPLES, (), ""))
    if "availability" in labels and not kinds & {
        Kind.ACCEPTING,
        Kind.DAYS,
        Kind.TIME_OF_DAY,
        Kind.MODALITY,
        Kind.LOCATION,
        Kind.URGENCY,
        Kind.LANGUAGE,
    }:
        out.append(Question(Kind.ACCEPTING, (), ""))
    if "scheduling" in labels and not kinds & {Kind.BOOKING, Kind.DAYS, Kind.URGENCY, Kind.TIME_OF_DAY} | CLIENT_KINDS:
        out.append(Question(Kind.BOOKING, (), ""))
    return out


def merge(questions: list[Question]) -> list[Question]:
    """One question per kind (values joined, first evidence kept), in the order they were found."""
    merged: dict[Kind, Question] = {}
    for q in questions:
        if q.kind == Kind.OTHER:
            continue
        if q.kind in merged:
            old = merged[q.kind]
            values = tuple(dict.fromkeys([*old.values, *q.values]))
            merged[q.kind] = Question(q.kind, values, old.evidence or q.evidence)
        else:
            merged[q.kind] = q
    return [*merged.values(), *(q for q in questions if q.kind == Kind.OTHER)]
