"""The reply to a colleague's referral of someone at risk: a clinician's call to them, and 911 now where the risk
could not be contained, never a sales reply."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from triage.config import Practice
from triage.core.answer_base import Block
from triage.core.answers import Plan, plan_reply
from triage.core.crisis_care import imminent_in_referral, referral_firearm
from triage.core.crisis_safety import harms_others
from triage.core.model import Understanding
from triage.core.phone import any_number, their_number
from triage.core.request import CLIENT_KINDS, Intent, Kind

_ER_ASKED = re.compile(
    r"\b(?:[Ss]hould|[Dd]o\s+(?:we|they|you\s+recommend)|[Ww]ould\s+you\s+recommend)\b[^.?!]{0,60}"
    r"(?:\b(?:ED|ER)\b|\b[Ee]mergency\s+(?:[Rr]oom|[Dd]epartment|[Dd]ept)\b)[^.!?]{0,40}\?"
)
"""A referrer asking whether the family should go to the emergency department: today, yes."""
_URGENT = re.compile(r"\burgent\b|\basap\b|\bright\s+away\b|\bimmediately\b|\bcallback\b[^.\n]{0,20}\btoday\b", re.I)
"""'URGENT - pt SI w/ plan', 'Need clinician callback ASAP': a report to act on now, thanked for as such."""


def crisis_referral_plan(
    understanding: Understanding, practice: Practice, context: dict[str, Any], lang: str
) -> tuple[Plan, dict[str, Any]]:
    """A colleague referring someone at risk ("passive SI", "s/p OD, discharged today") needs what any referrer
    needs (network, openings, how soon) and a clinician's call about the risk; crisis lines are for the person at
    risk, whom the colleague is already looking after. No booking link or consultation pitch."""
    request = understanding.request
    # "Declined IOP" is no declined card: a referrer has no bills or sessions of their own with us
    asked = tuple(q for q in request.questions if q.kind not in CLIENT_KINDS)
    request = replace(request, intent=Intent.REFERRAL, questions=asked)
    plan = plan_reply(request, practice, lang)
    firearm = referral_firearm(understanding.inquiry.text)
    imminent = imminent_in_referral(understanding.inquiry.text, firearm)
    # (openings only where asked: beside a risk, an unasked "we're accepting new clients" reads as a pitch; and
    # where they ask whether the family should go to the ED, or the risk could not be contained, today is an
    # emergency evaluation's, not a first appointment's)
    er = bool(_ER_ASKED.search(understanding.inquiry.text)) or bool(imminent)
    # (nor "We work with grief" for a man "widowed" in the shorthand, unless they ask: the risk is the reply's business)
    services_asked = any("?" in q.evidence for q in request.questions if q.kind == Kind.SERVICE)
    kept = [
        b
        for b in plan.blocks
        if not (er and b.template in ("accepting", "urgency")) and (b.template != "service" or services_asked)
    ]
    # (an EAP's panel is no question beside a risk today: the clinician's call to the referrer is what comes first)
    staff = tuple(
        s for s in plan.staff if not (er and "first appointment soon" in s) and not s.startswith("an EAP referral")
    )
    said = f"{understanding.inquiry.text}\n{understanding.inquiry.signature}"
    number = their_number(said)
    if number:  # "or a callback to me at 503-555-0172 to coordinate": the number the clinician calls, first
        staff = (f"urgent: a clinician calls them back today at {number}", *staff)
    elif given := any_number(said, but=practice.phone):  # "Pls call 503-555-0171", "Dad: 503-555-0191"
        staff = (f"urgent: a clinician calls today (the number in their message: {given})", *staff)
    plan = replace(plan, blocks=(Block("crisis_referral"), *kept), staff=staff, next_step=False)
    # nothing to book online: the clinician's call comes first; a gun at home is named ("his father's handgun,
    # which he says is unlocked"); "Can anyone see him today, or should family go to ED?" is answered: the ED
    context = {**context, "no_link": True, "firearm": firearm, "er_asked": er and not imminent, "imminent": imminent}
    # "he told me his ex's new partner 'won't see Christmas'": a threat to someone else is 911's now, not a callback's
    context["threat"] = harms_others(understanding.inquiry.text)
    urgent = imminent or _URGENT.search(f"{understanding.inquiry.subject}\n{understanding.inquiry.text}")
    context.update(urgent_referral=bool(urgent), no_closing=True)
    return plan, context
