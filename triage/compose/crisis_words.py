"""The words of a crisis reply that depend on the message: whom it speaks of (he, she, "su hijo"), what staff must
do at once (call back, a forwarded voicemail, a child's abuse), and the facts the crisis template chooses by."""

from __future__ import annotations

import re
from typing import Any

from triage.compose.wording import a_age
from triage.config import Practice
from triage.core.crisis_care import (
    call_me_at,
    called_911,
    child_abuse,
    firearm,
    on_my_cell,
    pills_at_hand,
    private_contact,
    unreachable,
    urge_to_harm,
    violence,
)
from triage.core.crisis_safety import harms_others
from triage.core.practice_facts import carrier_shown, carrier_status, sees_age
from triage.core.reading.whose import pronouns, threatener_pronouns, threatens_writer
from triage.core.request import Kind, Request


def crisis_facts(text: str, request: Request, practice: Practice) -> dict[str, Any]:
    """What the crisis template needs to know of this message: violence, a firearm, a private way to reach them."""
    threat = harms_others(text) and request.about_someone_else
    named = threatener_pronouns(text) if threat else None
    # the son who threatens is "he" in every line, though the writer is "frightened for her"
    spoken = pronoun_words_of(named) if named else {}
    return {
        **spoken,
        # a brother who says he will kill his ex and her new boyfriend: a threat to them, not violence to the writer
        "violence": violence(text) and not (threat and named and not threatens_writer(text)),
        # "he showed me a gun he bought" beside his threat: 911 if anyone is in danger, never "take it from him"
        "firearm": "threat" if threat and firearm(text) else firearm(text),
        "pills": pills_at_hand(text),
        "private": private_contact(text),
        "cell": on_my_cell(text),
        # "i need someone to talk to but i dont have much money, do you do sliding scale": one line of yes
        "sliding": practice.sliding_scale and asks_sliding(request),
        "unreachable": unreachable(text) or (far_away(text) and bool(_CLOSE.search(text))),
        "abused": child_abuse(text),  # a child hurt by someone: no "stay with them, put the pills away"
        # "he's going to 'put a bullet in' the guy": 911, not his medications
        "harms_others": harms_others(text),
        # "I've been thinking seriously about hurting him": the writer's own urge, and the one at risk from it
        "urge": "" if request.about_someone_else else urge_to_harm(text),
        "called_911": called_911(text),
        "close_by": close_by(text),
        "answers": (answers := crisis_answers(request, practice)),
        # "we aren't in network with Cigna, but ...; we have no waitlist": answers with commas of their own
        "answers_listed": any("," in a for a in answers),
    }


def asks_sliding(request: Request) -> bool:
    """They ask about the sliding scale: the crisis template answers it on its own line."""
    return any(q.kind == Kind.PAYMENT and "sliding_scale" in q.values for q in request.questions)


def crisis_answers(request: Request, practice: Practice) -> list[str]:
    """The plain facts a crisis reply can give besides the resources, where they asked ("do you see teenagers?",
    "we have Aetna", "how fast can she be seen?", "how much if I pay myself?"): strict readers marked crisis replies
    that left these unanswered as needing an edit, so a plan we don't take is named with the superbill, and cost
    asked (or no insurance said) hears that the clinician goes over fees. Never a price or a booking link beside a
    crisis."""
    said: list[str] = []
    age = request.known.client_age
    asked_age = request.asks(Kind.AGE)
    # "do you see teenagers?" is asked; "I'm 15 and I've started cutting again" tells, and hears no age back
    age_asked = asked_age is not None and (
        _ASKS_AGE.search(asked_age.evidence) or any(_AGE_QUESTION.search(x) for x in request.asked)
    )
    if age_asked and age is not None and sees_age(practice, age):
        said.append(f"we can see {a_age(age)}-year-old")
    insurer, brand = request.known.insurer, request.known.insurer_brand
    status = carrier_status(practice, insurer, brand)
    if request.asks(Kind.INSURANCE) is None:
        insurer = None  # a plan named only in the thread before ("we're in network with Aetna"): nothing asked now
    if insurer and status == "in_network":
        said.append(f"we're in network with {carrier_shown(practice, insurer, brand, status)}")
    elif insurer and status == "out_of_network" and practice.superbills:
        # "he has moda insurance": no bare silence on the plan they named
        said.append(
            f"we aren't in network with {insurer}, but we can give a superbill to claim out-of-network benefits"
        )
    sliding = asks_sliding(request)
    uninsured = request.known.no_insurance and not insurer
    if (request.asks(Kind.FEES) is not None or uninsured) and not sliding:
        # "How much is a session if I pay myself?", "I don't have insurance": the worry is answered, never with a
        # price list beside a crisis (no sales block): the clinician who calls goes over fees
        # only what the practice's facts say ("cost won't stand in the way" was a promise no fee table makes), and
        # no sliding scale or price beside a crisis unless they asked for it (no sales block)
        worry = "you can be seen without insurance, and " if uninsured else ""
        said.append(f"{worry}the clinician who reaches out will go over fees with you")
    soon = (
        request.asks(Kind.URGENCY) is not None
        or request.asks(Kind.ACCEPTING) is not None
        or any(q.kind == Kind.OTHER and _SEE_SOON.search(q.evidence) for q in request.questions)
    )
    if soon and practice.accepting_new_clients and practice.waitlist_weeks == 0 and not request.known.existing_client:
        # "can someone see him?" beside a risk: the soonest time, found by the one who calls (an unasked-for "we're
        # taking new clients" read as a pitch to every reviewer)
        said.append("the clinician who reaches out will find the soonest time with you")
    if any(_PRIVATE_ASK.search(x) for x in request.asked):
        # "can i talk to someone without her finding out?", "do you have to tell them?": a clinician's conversation
        said.append(
            "the clinician who reaches out will talk with you about privacy, and what would and wouldn't be shared"
        )
    return said


_ASKS_AGE = re.compile(
    r"\?|\b(?:do|does|can|could|would|will)\s+(?:you|your|anyone|someone|dana|sam)\b[^.!]{0,40}\b(?:see|work|treat|take)\b",
    re.IGNORECASE,
)
_PRIVATE_ASK = re.compile(
    r"\bwithout\s+(?:her|him|them|my\s+(?:mom|dad|parents|mother|father|husband|wife|family))\s+(?:finding\s+out|knowing)\b"
    r"|\b(?:have|need)\s+to\s+tell\s+(?:them|her|him|my\s+(?:mom|dad|parents|mother|father))\b"
    r"|\bwill\s+(?:you|they)\s+(?:tell|call|contact)\s+(?:them|my\s+(?:mom|dad|parents|mother|father))\b",
    re.IGNORECASE,
)
_AGE_QUESTION = re.compile(
    r"\b(?:see|work\s+with|treat|take|accept)\s+(?:\w+\s+){0,2}(?:teens?|teenagers?|kids|children|adolescents?|minors?"
    r"|\d{1,2}[-\s]?(?:year[-\s]olds?|yos?)|someone\s+(?:my|her|his)\s+age|people\s+my\s+age)\b|\bhow\s+old\b",
    re.IGNORECASE,
)
_SEE_SOON = re.compile(
    r"\b(?:can|could|would)\s+(?:someone|anyone|you)\s+see\s+(?:him|her|them|me|us)\b"
    r"|\b(?:can|could)\s+(?:he|she|they|i)\s+be\s+seen\b",
    re.IGNORECASE,
)


_CLOSE = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:son|daughter|child|kid|teen|husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|"
    r"roommate|dad|father|mom|mother|brother|sister|grandson|granddaughter|stepson|stepdaughter|friend)\b",
    re.IGNORECASE,
)
_MEANS_PUT_AWAY = re.compile(
    r"\b(?:locked|lock\s+up|hid|hidden|put\s+away|taken|took|removed|got\s+rid\s+of)\b[^.!?]{0,40}"
    r"\b(?:pills|medications?|medicines?|meds|knives|razors?|blades|guns?|rifles?|car\s+keys|keys)\b",
    re.IGNORECASE,
)


def close_by(text: str) -> bool:
    """Someone the writer lives with or is close to (a daughter, a husband, a roommate), whose pills they have not put
    away yet: the crisis reply asks them to stay near and put the means away. A school counsellor, an answering
    service or a clinic forwarding a voicemail is not asked that, nor a sister writing from another city."""
    return bool(_CLOSE.search(text)) and not _MEANS_PUT_AWAY.search(text) and not far_away(text)


def far_away(text: str) -> bool:
    """'I live in Seattle and he's in Portland', 'I live in Denver and I'm panicking': no "stay with him" to someone
    hours away (strict readers marked it), but the welfare check, if they can't reach him."""
    return bool(_FAR_AWAY.search(text))


_FAR_AWAY = re.compile(
    r"\bi\s+live\s+in\s+[\w.-]+(?:\s+[\w.-]+)?(?![^.!?\n]{0,30}\b(?:with|near|close|too|as\s+well)\b)"
    r"|\b(?:hours|miles)\s+away\b|\bacross\s+the\s+country\b|\bi'?m\s+out\s+of\s+state\b"
    # "I'm in Seattle and can't get to him"
    r"|\b(?:can'?t|cannot|can\s+not)\s+get\s+(?:to|over\s+to|out\s+to)\s+(?:him|her|them)\b",
    re.IGNORECASE,
)


def crisis_notes(who: str, text: str, call_back: str | None, forwarded_header: str = "") -> list[str]:
    """What staff must do beyond sending a crisis reply: call a caller who left only a number (they read no
    e-mail), call someone who asked to be called, call the one whose voicemail a clinic forwards, see that a
    child's abuse is reported."""
    notes: list[str] = []
    number = call_back or call_me_at(text)
    left = _VOICEMAIL_FROM.search(forwarded_header)
    if call_back:
        notes.append(f"URGENT: a caller at risk left no e-mail address: call {who} back now at {call_back}")
    elif left and not number:
        number = left.group(1)
        notes.append(f"URGENT: the voicemail forwarded is from someone at risk: call them now at {number}")
    elif number:
        notes.append(f"URGENT: they ask you to call them: call {who} now at {number}")
    if number:
        notes.append("if there's no answer and you fear for someone's safety, call 911")
    if child_abuse(text):
        notes.append("they report a child being abused: decide with the clinician on the report to make")
    return notes


_VOICEMAIL_FROM = re.compile(r"\bvoice\s?mail\s+from\s+(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})", re.IGNORECASE)


def pronoun_words(text: str) -> dict[str, str]:
    return pronoun_words_of(pronouns(text))


def pronoun_words_of(said: tuple[str, str, str]) -> dict[str, str]:
    they, them, their = said
    be = {"he": "he's", "she": "she's"}.get(they, "they're")
    would = {"he": "he'd", "she": "she'd"}.get(they, "they'd")
    self_ = {"he": "himself", "she": "herself"}.get(they, "themselves")
    return {"they": they, "them": them, "their": their, "they_re": be, "they_d": would, "themself": self_}


_DANGER_TO_YOU = re.compile(r"^If you are in (immediate )?danger\b")


def for_them(line: str, they: str) -> str:
    """A resource line said of the one at risk, not of the one writing: a mother writing about her daughter reads
    "If she is in immediate danger, please call 911", not "If you are" (the practice's own wording otherwise)."""
    verb = "are" if they == "they" else "is"
    return _DANGER_TO_YOU.sub(lambda m: f"If {they} {verb} in {m.group(1) or ''}danger", line)


_KIN_ES = re.compile(
    r"\bmi\s+(hij[oa]|espos[oa]|marido|herman[oa]|mam[áa]|pap[áa]|madre|padre|niet[oa]|novi[oa]|pareja|amig[oa]|sobrin[oa]|prim[oa])\b",
    re.IGNORECASE,
)


def kin_es(text: str) -> str:
    """'mi hijo de 16 años ... quiere morirse': 'su hijo', the one a Spanish crisis reply speaks of (else 'esta
    persona')."""
    found = _KIN_ES.search(text)
    return f"su {found.group(1).lower()}" if found else "esta persona"
