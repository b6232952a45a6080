"""Answers about what sessions cost (a session, a couple's, an intake, a joint session) and the cancellation
policy, each from the practice's facts, or a note for staff where no fact says."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering, said_with
from triage.core.answer_words import (
    NO_CHARGE_RIGHT,
    POLICY_WORDS,
    short_notice,
)
from triage.core.answers_client import switched_instead
from triage.core.practice_facts import carrier_status
from triage.core.reading.services import display, find_services, services_in
from triage.core.request import Intent, Kind, Question

_IS_THAT_DONE = re.compile(
    r"\bis\s+(?:that|this)\s+something\b|\bdo\s+you\s+(?:do|offer)\s+(?:that|this|it|those)\b", re.IGNORECASE
)
"""'...see a counselor together to co-parent better. Is that something you do? What would it cost?'"""
_JOINT_SERVICES = frozenset({"co-parenting", "discernment counseling"})
"""Services held with more than one person, whose price no individual or couples fee gives."""
_THAT_COSTS = re.compile(
    r"\b(?:fee|charge|cost)\s+(?:for|to)\s+(?:that|it|this|those|them|(?:the|a|my)\s+(?:records?|letter|copy|summary|forms?))\b"
    r"|\b(?:does|would|will|is)\s+(?:that|it|this)\s+(?:cost|charged)\b|\bcosts?\s+anything\b",
    re.IGNORECASE,
)
"""'Is there a fee for that?' after asking for records: what a copy costs, not a session."""


def fees(p: Answering, q: Question) -> None:
    values = set(q.values) or {"session"}
    sliding = p.request.asks_for(Kind.PAYMENT, "sliding_scale")
    if p.intent == Intent.CLIENT_REQUEST and sliding and values == {"session"}:
        # a client who can't keep up asks for the sliding scale: the full fee beside it is no answer (a reader
        # called it tone-deaf); the sliding-scale paragraph says their new rate is confirmed
        p.answered.add(q.kind)
        return
    offered = services_in((*p.practice.services, *p.practice.populations))
    elsewhere = {n.service for n in p.practice.not_offered}
    asked = [v for x in p.request.questions if x.kind == Kind.SERVICE for v in x.values]
    family = "family therapy" in asked and "family therapy" not in offered
    if family:
        # a family session is not an individual one, and no fact gives its price
        p.flag(q.kind, "they ask what a family session costs")
        return
    # "Does Sam do co-parenting sessions? What's the fee?": a bare fee question is of the joint sessions just asked
    # about (an individual's "burnout ... How much is a session?" is the session fee)
    bare = len(q.evidence.split()) <= 6 and set(q.values) <= {"session"}  # not "How much is a couples session?"
    said = list(p.request.asked)
    before = said[said.index(q.evidence) - 1] if q.evidence in said[1:] else ""  # the question just before it
    unknown = [
        v
        for v in asked
        if v not in offered
        and v not in elsewhere
        and (
            v in find_services(q.evidence)
            or (bare and v in _JOINT_SERVICES and (v in find_services(before) or bool(_IS_THAT_DONE.search(before))))
        )
    ]
    if unknown:
        # "Do you offer co-parenting sessions, and what is the fee?": the price of what staff must answer for
        p.flag(q.kind, f"they ask what {display(unknown[0])} costs")
        return
    if Kind.RECORDS in p.request.kinds and _THAT_COSTS.search(q.evidence):
        # "Can you send my records? Is there a fee for that?": the records answer asks staff what a copy costs
        return
    if p.request.asks_for(Kind.CANCELLATION, "missed"):
        p.answered.add(q.kind)  # "will I be charged the full fee for that?": the missed-session policy answers
        return
    if said_with(p, q, _JOINT):
        # "the fee for a session with three people", "for a joint session": no fact gives that price
        p.flag(q.kind, "they ask what a joint session (more than one person) costs")
        return
    carrier = p.request.known.insurer
    in_network = carrier_status(p.practice, carrier, p.request.known.insurer_brand) == "in_network"
    if in_network and said_with(p, q, _BEFORE_DEDUCTIBLE):
        # an in-network client pays the insurer's contracted rate until the deductible is met, not the list price
        plan = p.request.known.insurer_brand or carrier
        p.flag(q.kind, f"they ask what a session costs with {plan} before the deductible: give your rate")
        return
    if in_network and said_with(p, q, _WITH_INSURANCE):
        p.answered.add(q.kind)  # "do you take Aetna, and what would I pay with it?": the plan decides, as said above
        return
    if Kind.COUPLES in p.request.kinds and p.practice.couples_therapist:
        values.discard("couples")  # the couples paragraph gives the couples fee
        # "do u do couples? how much is it", "what do those sessions cost?", "how much for one session?" from a
        # couple: the couples fee, not the individual one (unless they ask for individual sessions too)
        if (
            values == {"session"}
            and (_ITS_PRICE.search(q.evidence) or not _INDIVIDUAL_PRICE.search(q.evidence))
            and not _SEPARATELY.search(q.evidence)  # "together vs separately?": both prices
        ):
            values.clear()  # "do u do couples? how much is it": the couples fee, not the individual one
        if not values:
            p.answered.add(q.kind)
            return
    # a couple's "what do we owe for the first session?": the couples paragraph gives their fee and this says the first
    # costs the same, never "Our fee is $165 per individual session" (a reader marked that the wrong price)
    couple_intake = (
        Kind.COUPLES in p.request.kinds and values == {"intake"} and not _INDIVIDUAL_PRICE.search(q.evidence)
    )
    p.add(
        q.kind,
        "fees",
        session="session" in values or ("intake" in values and not couple_intake),
        couples="couples" in values,
        intake="intake" in values,
        # "venmo or card only?": the ways-to-pay answer says how they can pay, once
        methods_said=p.request.asks_for(Kind.PAYMENT, "other_method"),
    )


def cancellation(p: Answering, q: Question) -> None:
    known = p.request.known
    if Kind.FEE_WAIVER in p.request.kinds and "missed" not in q.values:
        p.answered.add(q.kind)  # "I know it's inside the 24 hours; could it be waived?": they know the policy
        return
    if switched_instead(p):
        # "cancel tomorrow's 9am? will we be charged? could we switch to video instead?": held by video, nothing is
        # cancelled; whether a charge applies had they cancelled is for staff to say, if at all
        p.flag(q.kind, "they switch to video rather than cancel, and ask whether they'd be charged")
        return
    if Kind.CANCEL in p.request.kinds and known.session_soon and not known.unwell and not known.ending:
        p.answered.add(q.kind)  # the cancel paragraph reminds them of the policy: once is enough
        return
    if known.unwell and known.session_soon and p.practice.cancellation_fee and Kind.CANCEL in p.request.kinds:
        p.answered.add(q.kind)  # "flu, must cancel tomorrow: will I be charged?": staff decide, and the note asks them
        return
    if known.unwell and not said_with(p, q, POLICY_WORDS) and "in_time" not in q.values:
        # "Jordan has COVID; if he's not up to it we'll probably need to cancel": no policy lecture for the sick
        p.answered.add(q.kind)
        return
    # "there's no charge as long as I cancel more than 24 hours ahead, right?": yes, and the policy once
    p.add(
        q.kind,
        "cancellation",
        missed="missed" in q.values,
        # (not to "no fee since I'm letting you know 10 hours before, right?": inside the window, the policy alone)
        confirm=bool(NO_CHARGE_RIGHT.search(q.evidence))
        and not short_notice(q.evidence, p.practice.cancellation_hours),
        # "I'm letting you know two days ahead: will I be charged?": no (never said of a session today or tomorrow)
        in_time="in_time" in q.values and not known.session_soon,
    )


_JOINT = re.compile(
    r"\b(?:fee|cost|price|rate|charge)\w*\s+(?:\w+\s+){0,3}(?:joint|three[-\s]person|family)\s+session|\bsession\s+with\s+"
    r"(?:three|four|all\s+(?:three|four))\b|\b(?:joint|co-?parenting)\s+session\b",
    re.IGNORECASE,
)
_BEFORE_DEDUCTIBLE = re.compile(
    r"\b(?:before|until|till)\s+(?:the|my|i\s+(?:meet|hit)\s+(?:the|my))?\s*deductible\b|\bdeductible\s+is\s+met\b"
    r"|\bhigh[-\s]deductible\b",
    re.IGNORECASE,
)
_WITH_INSURANCE = re.compile(
    r"\b(?:pay|cost|owe)\w*\s+(?:per\s+session\s+)?(?:with|through|using|after)\s+(?:it|that|them|insurance|my\s+(?:insurance|plan))\b"
    r"|\b(?:my\s+)?co-?pay\b",
    re.IGNORECASE,
)
_INDIVIDUAL_PRICE = re.compile(r"\bindividual\b|\bjust\s+(?:me|for\s+me)\b|\bon\s+my\s+own\b|\bmyself\b", re.I)
_SEPARATELY = re.compile(r"\b(?:separately|individually|separate\s+sessions|por\s+separado)\b", re.I)
_ITS_PRICE = re.compile(
    r"\bhow\s+much\s+(?:is|does|would)\s+(?:it|that|this)\b|\bwhat\s+(?:does|would|will)\s+(?:it|that|this)\s+cost\b"
    r"|\bwhat\s+(?:is|'s)\s+the\s+(?:cost|price|fee)\s*\??\s*$",
    re.IGNORECASE,
)
