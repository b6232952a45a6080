"""Answers about paying: insurance (in network, out of network, a family's other plan), and other ways to pay, each
from the practice's facts, or a note for staff where no fact says."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering, said_with
from triage.core.answer_words import (
    AFTER_EAP,
    CARD_WANTED,
    OR_SELF_PAY,
    REGULAR_PLAN,
    WILL_SEND,
    eap_vendor,
)
from triage.core.practice_facts import carrier_shown, carrier_status, network_brands
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
_MEDICARE_PLAN = re.compile(
    r"\bmedicare\s+advantage\b|\bsenior\s+advantage\b|\bmedicare\s+part\s+c\b"
    # "I have Aetna Medicare", "UnitedHealthcare Medicare plan": a carrier's Medicare plan, with a network of its own
    r"|\b(?:aetna|humana|united\s*health\s*care|uhc|cigna|kaiser|regence|wellcare|moda)\s+medicare\b",
    re.IGNORECASE,
)


_IN_HAND = re.compile(
    r"\b(?:has\s+been|was|just\s+got)\s+reissued\b|\b(?:i\s+)?(?:got|received|have)\s+(?:my|the|a)\s+new\s+(?:insurance\s+)?card\b"
    r"|\bnew\s+card\s+(?:came|arrived)\b",
    re.IGNORECASE,
)


_CALL_INSTEAD = re.compile(
    r"\b(?:can|could|may|should)\s+i\s+(?:just\s+)?(?:call|phone|ring)\b|\beasier\s+(?:to|if\s+i)\s+(?:call|phone)\b"
    r"|\bpuedo\s+(?:solo\s+)?llamar",
    re.I,
)


def insurance(p: Answering, q: Question) -> None:
    if p.request.known.new_card and p.intent == Intent.CLIENT_REQUEST:
        # "a picture of my new card, please update my file": said done before answered ("I'll send a photo of the new
        # card": not yet sent, so not thanked for)
        later = any(WILL_SEND.search(x.evidence) for x in p.request.questions)
        asked = any(CARD_WANTED.search(x.evidence) for x in p.request.questions)
        # "my Aetna card has been reissued ... should I bring it Tuesday?": in hand, so no "once you have it"
        in_hand = any(_IN_HAND.search(x) for x in (*(x.evidence for x in p.request.questions), *p.request.asked))
        said = (*(x.evidence for x in p.request.questions), *p.request.asked)
        # "I have my new insurance card, it's Aetna now. can I just call you instead?": in hand, not sent; no thanks
        # for a card we never saw, and a call is welcome
        call = any(_CALL_INSTEAD.search(x) for x in said)
        unsent = not p.request.known.card_sent
        p.add(q.kind, "new_card", later=later, asked=asked, in_hand=in_hand, call=call, unsent=unsent)
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


_WONT_USE = re.compile(
    r"\b(?:don'?t|do\s+not|won'?t|will\s+not|not\s+going\s+to|rather\s+not)\s+(?:want\s+to\s+)?use\s+(?:it|them|my\s+insurance|"
    r"insurance|their\s+insurance)\b|\bout\s+of\s+network\s+with\s+everything\b",
    re.IGNORECASE,
)
"""'I'm still on their insurance so I don't want to use it': never asked which insurer they have."""


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
    if carrier is None and _WONT_USE.search(q.evidence):
        p.answered.add(q.kind)  # "I'm still on their insurance so I don't want to use it": how they'll pay answers it
        return
    paying = {v for x in p.request.questions if x.kind == Kind.PAYMENT for v in x.values}
    if carrier is None and (
        known.no_insurance or known.payment or paying & {"self_pay", "superbill", "out_of_network"}
    ):
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
    if known.medicare_age and status in ("in_network", "out_of_network", "confirm") and carrier not in _PUBLIC_PLANS:
        # "I have Kaiser Senior Advantage", "Retired airline captain, 70 ... are you in network with Kaiser?": a
        # Medicare plan of that carrier has a network of its own, which no fact gives
        p.flag(
            q.kind, f"their {carrier} plan may be a Medicare plan (they are 65 or older, or say so): check, then answer"
        )
        return
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
    other_plan = _DUAL.get(carrier or "") if status == "public" else None
    dual = other_plan.search(q.evidence) if other_plan is not None else None
    also = "" if dual is None else "Medicare" if carrier == "Medicaid" else dual.group(0)  # "Medicare y Medicaid": both
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
        also=also,
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
        if status == "in_network" and q.evidence == insurer.evidence:
            # "do you bill Kaiser directly or do we pay and get reimbursed?": we bill them; no out-of-network lesson
            said |= {"out_of_network", "superbill"}
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
    age = p.request.known.client_age
    if "self_pay" in ways and age is not None and age < 18 and not p.request.about_someone_else:
        # "I'm 17 ... my parents don't believe in it. Can I pay for it myself?": whether a minor may start (and pay)
        # without a parent is a consent question for the practice, never a bare "yes"
        ways = [w for w in ways if w != "self_pay"]
        p.staff.append("a minor asks to start and pay on their own: say what consent you need from a parent")
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
            # "has been paying $80 ... does your sliding scale go that low?": below our floor is no "yes"
            floor = practice.sliding_scale_min
            wished = [int(x) for x in _DOLLARS.findall(q.evidence)] if value == "sliding_scale" else []
            below = floor if wished and floor and min(wished) < floor else 0
            if value == "sliding_scale" and facts[value] and _FOR_COUPLES.search(q.evidence):
                # "Does the sliding scale apply to couples sessions too?": the config's scale is per session, no more
                # (and no "Yes, we offer a sliding scale" above the note: that reads as the answer)
                p.staff.append("they ask whether the sliding scale applies to couples sessions: say whether it does")
                p.answered.add(q.kind)
                continue
            p.add(q.kind, "payment", way=value, yes=facts[value], fee_given=given, below=below and min(wished))
        else:
            p.flag(q.kind, "they ask about paying with " + {"eap": "EAP sessions", "va": "the VA"}.get(value, value))


_DOLLARS = re.compile(r"\$\s?(\d{2,3})\b")
_PUBLIC_PLANS = frozenset({None, "Medicare", "Medicaid", "Tricare", "VA"})
_DUAL = {
    "Medicare": re.compile(r"\bMedicaid\b|\bOHP\b|\bOregon\s+Health\s+Plan\b", re.IGNORECASE),
    "Medicaid": re.compile(r"\bMedicare\b", re.IGNORECASE),
}
"""Someone on both (Medicare pays first, Medicaid after): the other public plan they name, answered beside the first."""
_FOR_COUPLES = re.compile(r"\b(?:couples?|marriage|marital|premarital|pareja)\b", re.IGNORECASE)
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
