"""Answers about paying: insurance (in network, out of network, a family's other plan), other ways to pay, fees
and the cancellation policy, each from the practice's facts, or a note for staff where no fact says."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering, said_with
from triage.core.answer_words import (
    AFTER_EAP,
    CARD_WANTED,
    NO_CHARGE_RIGHT,
    OR_SELF_PAY,
    POLICY_WORDS,
    REGULAR_PLAN,
    WILL_SEND,
    eap_vendor,
    short_notice,
)
from triage.core.answers_client import switched_instead
from triage.core.practice_facts import carrier_shown, carrier_status, network_brands
from triage.core.reading.services import display, find_services, services_in
from triage.core.request import Intent, Kind, Question


def _carrier(p: Answering, q: Question) -> str | None:
    """The insurer an insurance question is about: the one it names, else the one they told us of."""
    return (q.values[0] if q.values else None) or p.request.known.insurer


_ASKS_COVERAGE = re.compile(
    r"\?|\b(?:in[-\s]?network|take|takes|accept\w*|cover\w*|bill\w*|work\s+with|switch\w*|new\s+(?:plan|insurance)"
    r"|changed?|starting|started|now\s+(?:have|on)|through\s+(?:my|our|his|her)\s+(?:new\s+)?(?:job|employer|work))\b",
    re.IGNORECASE,
)


_PLAN_ASKED = re.compile(
    r"insur|network|\bplans?\b|\bcover\w*|\bohp\b|medicaid|medicare|\btake\s+(?:that|it|my|them)\b|\baccept\w*"
    r"|deductible|co-?pay|coinsurance|contracted|\brate\b",
    re.IGNORECASE,
)


_ADMINISTERED = re.compile(
    r"\b(?:administered|managed|run|handled)\s+by\s+[\"“']?((?-i:[A-Z][\w&.]*)(?:\s+(?-i:[A-Z][\w&.]*)){0,3})",
    re.IGNORECASE,
)
"""'the plan is administered by "Meritain Health"': a third-party administrator, whose network is its own."""
_MEDICARE_PLAN = re.compile(r"\bmedicare\s+advantage\b|\bsenior\s+advantage\b|\bmedicare\s+part\s+c\b", re.IGNORECASE)


_IN_HAND = re.compile(
    r"\b(?:has\s+been|was|just\s+got)\s+reissued\b|\b(?:i\s+)?(?:got|received|have)\s+(?:my|the|a)\s+new\s+(?:insurance\s+)?card\b"
    r"|\bnew\s+card\s+(?:came|arrived)\b",
    re.IGNORECASE,
)


def insurance(p: Answering, q: Question) -> None:
    if p.request.known.new_card and p.intent == Intent.CLIENT_REQUEST:
        # "a picture of my new card, please update my file": said done before answered ("I'll send a photo of the new
        # card": not yet sent, so not thanked for)
        later = any(WILL_SEND.search(x.evidence) for x in p.request.questions)
        asked = any(CARD_WANTED.search(x.evidence) for x in p.request.questions)
        # "my Aetna card has been reissued ... should I bring it Tuesday?": in hand, so no "once you have it"
        in_hand = any(_IN_HAND.search(x) for x in (*(x.evidence for x in p.request.questions), *p.request.asked))
        p.add(q.kind, "new_card", later=later, asked=asked, in_hand=in_hand)
    both = [v for v in q.values if carrier_status(p.practice, v) == "in_network"]
    if (
        len(q.values) > 1
        and len(both) == len(q.values)
        and Kind.COUPLES not in p.request.kinds
        and not p.request.known.new_card
    ):
        # "choose between a Kaiser plan and an Aetna plan": one yes for both, not the same paragraph twice
        shown = [carrier_shown(p.practice, v, None, "in_network") for v in both]
        p.add(q.kind, "insurance", carrier=shown, status="in_network_all", priced=False, couples_price=False)
        return
    for value in q.values if len(q.values) > 1 else (None,):  # "in network with both?": one answer each
        _insurance(p, q if value is None else Question(q.kind, (value,), q.evidence))


def _insurance(p: Answering, q: Question) -> None:
    known = p.request.known
    told_only = q.evidence and not _ASKS_COVERAGE.search(q.evidence) and not known.new_card and not known.returning
    if p.intent == Intent.CLIENT_REQUEST and told_only and not any(_PLAN_ASKED.search(x) for x in p.request.asked):
        # "Hi - forwarding this from Regence. They denied my Dec 14 session...": a client's claim, not a question of
        # whether we take their plan, so no new client's "worth a quick call to member services" paragraph
        p.answered.add(q.kind)
        return
    carrier = _carrier(p, q)
    eap_asked = p.request.asks_for(Kind.PAYMENT, "eap")
    if eap_asked:
        p.answered.add(q.kind)  # "my Cigna EAP gives 6 free sessions": the EAP note is the answer, not Cigna's network
        return
    if "eap" in known.payment:
        through_eap = bool(re.search(r"\beap\b|employee\s+assistance", q.evidence, re.I)) or not q.evidence
        vendor = eap_vendor((q.evidence, *p.request.asked))  # "an EAP through Optum": Optum runs it, not the plan
        # "After the EAP sessions are used up I'd have Aetna": Aetna is the plan after the EAP, not the EAP's name
        after = bool(AFTER_EAP.search(q.evidence))
        via = f" ({vendor or carrier})" if (vendor or (carrier and not after)) and through_eap else ""
        p.flag(q.kind, f"they ask whether you see clients through their employer's EAP{via}")  # no fact says
        # "...then my regular UnitedHealthcare plan, are you in network for that?": that is asked too
        regular = carrier is not None and (after or any(REGULAR_PLAN.search(x) for x in p.request.asked))
        if (through_eap and not regular) or carrier is None:
            return
        # "EAP sessions first, then my regular insurance, UnitedHealthcare: are you in network?": answer that too
    if carrier is None and p.intent == Intent.CLIENT_REQUEST:
        # A client's insurer is on file: "which insurance company do you have?" would tell them we don't know them
        p.flag(q.kind, f'they ask about their insurance: "{q.evidence[:90]}"')
        return
    programs = {v for x in p.request.questions if x.kind == Kind.PAYMENT for v in x.values} & {"va", "eap", "tricare"}
    if carrier is None and programs:
        p.answered.add(q.kind)  # "an in-network VA Community Care provider?": the VA's note answers it, not our plans
        return
    if carrier is None and (known.no_insurance or known.payment):
        # They told us how they will pay: list the networks, never ask which insurer they have.
        p.add(q.kind, "insurance", carrier=None, status="listed")
        return
    if (
        carrier is not None
        and carrier != "Medicare"
        and any(_MEDICARE_PLAN.search(x) for x in (q.evidence, *p.request.asked))
    ):
        # "an Aetna Medicare Advantage plan", "Kaiser (Senior Advantage)": a network of its own, which no fact gives
        p.flag(
            q.kind, f"they have a Medicare Advantage plan through {carrier}: check you're in its network, then answer"
        )
        return
    administrator = next((m for x in (q.evidence, *p.request.asked) if (m := _ADMINISTERED.search(x))), None)
    if carrier is not None and administrator is not None:
        # "it says Aetna on it but the plan is administered by Meritain Health. Is that the same thing for you?":
        # a network of its own, which no fact gives
        p.flag(
            q.kind, f"their {carrier} plan is run by {administrator.group(1)}: check you're in its network, then answer"
        )
        return
    status = carrier_status(p.practice, carrier, known.insurer_brand)
    brands = network_brands(p.practice, carrier)
    if status == "confirm" and not known.insurer_brand and brands:
        # "Blue Cross through work, not sure which": say which plan of that family we take, and how to tell
        p.add(q.kind, "insurance", carrier=carrier, status="which_plan", brands=list(brands))
        return
    if status == "confirm":
        plan = f"{known.insurer_brand} ({carrier})" if known.insurer_brand else f"a {carrier} plan, not saying which"
        p.flag(q.kind, f"they have {plan}: check it is in your network, then answer")
        return
    if status == "public" and (p.intent == Intent.CLIENT_REQUEST or known.existing_client):
        # "I'm on Medicare now. I really hope I don't have to start over": how a client can stay is the practice's
        # call (Medicare and Medicaid limit paying privately), never "ask the plan for another therapist"
        p.flag(q.kind, f"a client moves to {carrier} and hopes to keep seeing you: tell them how that can work")
        return
    brand = known.insurer_brand
    shown = carrier_shown(p.practice, carrier, brand, status)
    if status == "public" and brand and "OHP" in brand and carrier == "Medicaid":
        shown = brand  # they wrote "OHP": "we aren't able to accept Medicaid" would be a word they never used
    # "pretty sure you're not in network, so what would an out-of-network session run me?": the price, said once
    # and "paid for at the time" says what that is to someone new, whether they asked the price or not
    price_asked = said_with(p, q, _PRICE_ASKED)
    priced = status == "out_of_network" and Kind.FEES not in p.request.kinds
    priced = priced and (price_asked or p.intent in (Intent.NEW_INQUIRY, Intent.REFERRAL))
    # "I'm looking for someone for me ... and maybe couples at some point down the road": the individual fee now
    couples = p.request.asks(Kind.COUPLES)
    couples_price = couples is not None and "later" not in couples.values and bool(p.practice.couples_fee)
    # in network for individual therapy: the draft says so, and leaves whether couples are covered to staff
    for_couples = status == "in_network" and Kind.COUPLES in p.request.kinds
    p.add(
        q.kind,
        "insurance",
        carrier=shown,
        status=status,
        priced=priced,
        couples_price=couples_price,
        for_couples=for_couples,
    )
    if priced and price_asked:
        p.answered.add(Kind.FEES)
    if status == "in_network" and Kind.COUPLES in p.request.kinds:
        # in network for individual therapy says nothing of couples sessions, which many plans don't cover
        p.staff.append(f"they ask about couples sessions with {carrier}: say whether you bill {carrier} for couples")


def payment(p: Answering, q: Question) -> None:
    practice = p.practice
    facts = {
        "superbill": practice.superbills,
        "out_of_network": practice.superbills,
        "hsa_fsa": practice.hsa_fsa,
        "sliding_scale": practice.sliding_scale,
        "self_pay": bool(practice.fee),
    }
    ways = list(q.values)
    insurer = next((x for x in p.request.questions if x.kind == Kind.INSURANCE), None)
    if insurer is not None and "eap" not in p.request.known.payment:
        status = carrier_status(practice, _carrier(p, insurer), p.request.known.insurer_brand)
        # the insurance paragraph already said it: "we provide a superbill..." or "a sliding scale down to $90"
        said = {"out_of_network": {"superbill", "out_of_network"} if practice.superbills else set()}.get(status, set())
        if status == "public" and Kind.FEES not in p.request.kinds:
            said = {"sliding_scale", "self_pay"}
        if status == "in_network" and OR_SELF_PAY.search(q.evidence):
            said = {"self_pay"}  # "Is that something you take, or would I be paying out of pocket?": we take it
        if said & set(ways):
            ways = [w for w in ways if w not in said]
            p.answered.add(q.kind)
    if Kind.SUPERBILL in p.request.kinds or "superbill" in ways:
        # the superbill paragraph says both; a client asking for theirs has the superbill answer already
        ways = [w for w in ways if w != "out_of_network"]
    if Kind.SUPERBILL in p.request.kinds:
        ways = [w for w in ways if w != "superbill"]
    if not ways:
        p.answered.add(q.kind)
    for value in ways:
        if value == "other_method" and practice.payment_methods:
            # "can I pay by personal cheque?", "venmo or cash?": what we take is in the practice's own list
            words = " ".join((q.evidence, *p.request.asked))
            named = [name for name, pattern in _METHODS if pattern.search(words)] or ["that"]
            listed = " ".join(practice.payment_methods).casefold()
            p.add(
                q.kind,
                "payment",
                way="method",
                taken=[n for n in named if n.casefold().removeprefix("a ") in listed],
                not_taken=[n for n in named if n.casefold().removeprefix("a ") not in listed],
            )
            continue
        if value in facts:
            # the fees paragraph gives the fee: self-pay need not say it again
            # a couple hears the couples fee in the couples answer: never "our fee is $165" beside it
            given = Kind.FEES in p.request.kinds or (Kind.COUPLES in p.request.kinds and bool(p.practice.couples_fee))
            p.add(q.kind, "payment", way=value, yes=facts[value], fee_given=given)
        else:
            p.flag(q.kind, "they ask about paying with " + {"eap": "EAP sessions", "va": "the VA"}.get(value, value))


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
        if values == {"session"} and (_ITS_PRICE.search(q.evidence) or not _INDIVIDUAL_PRICE.search(q.evidence)):
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


_PRICE_ASKED = re.compile(
    r"\bwhat\s+(?:would|will|does|do)\s+(?:[\w-]+\s+){0,4}(?:run|cost)\b|\bhow\s+much\b|\bwhat\s+(?:would|will)\s+i\s+pay\b",
    re.IGNORECASE,
)
_METHODS = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("a credit or debit card", r"\b(?:credit|debit)\s+cards?\b"),
        ("checks", r"\bcheques?\b|\bchecks?\b"),
        ("cash", r"\bcash\b(?!\s+app)|\befectivo\b"),
        ("Venmo", r"\bvenmo\b"),
        ("Zelle", r"\bzelle\b"),
        ("PayPal", r"\bpaypal\b"),
        ("Cash App", r"\bcash\s+app\b"),
        ("Apple Pay", r"\bapple\s+pay\b"),
    )
)
"""Ways to pay people ask about, as a reply names them."""
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
_ITS_PRICE = re.compile(
    r"\bhow\s+much\s+(?:is|does|would)\s+(?:it|that|this)\b|\bwhat\s+(?:does|would|will)\s+(?:it|that|this)\s+cost\b"
    r"|\bwhat\s+(?:is|'s)\s+the\s+(?:cost|price|fee)\s*\??\s*$",
    re.IGNORECASE,
)
