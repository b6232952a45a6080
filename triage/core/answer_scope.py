"""What a reply leaves out, before any question is answered: kinds another block or the staff note covers (a time
staff offered, a client's booking), and kinds that do not apply to this person (a client hears no price list).

Pure rules over the request, kept apart from the planner that answers each question.
"""

from __future__ import annotations

import re

from triage.core.answer_base import Answering
from triage.core.answers_client import switch_asked
from triage.core.reading.billing import CARD_COMING
from triage.core.reading.client_state import keeps_slot
from triage.core.request import CLIENT_KINDS, Intent, Kind, Request

_ASKS_IF_COUPLES = re.compile(
    r"\b(?:do|does|can|could|would)\s+(?:you|sam|dana|someone|anyone|we)\s+(?:\w+\s+){0,2}(?:see|do|offer|work\s+with|need\s+to\s+(?:go\s+)?see)"
    r"\s+(?:\w+\s+){0,2}couples?\b"
    # "can we switch some of my sessions to couples sessions with Sam? what's the couples rate?": a client starting
    # couples work asks what it is and costs
    r"|\b(?:switch|move|change|turn)\s+(?:\w+\s+){0,4}(?:to|into)\s+couples\b|\bcouples\s+(?:rate|fee|price|cost)\b"
    # "Could we set up couples sessions with Sam while I keep my individual sessions?": couples work to start
    r"|\b(?:set\s+up|add|adding|start|starting|begin|book)\s+(?:some\s+)?couples\b",
    re.IGNORECASE,
)
_NETWORK_ASKED = re.compile(
    r"\bin[-\s]network\b|\b(?:do|will)\s+you\s+(?:take|accept)\b|\ben\s+la\s+red\b", re.IGNORECASE
)


_EXTRA_SLOT = re.compile(r"\banything\b|\bget\s+in\b|\bextra\b|\bsooner\b|\bsqueeze\b|\bfit\s+(?:us|me)\s+in\b", re.I)


def client_wants_a_time(request: Request) -> bool:
    """A client naming days or times with no other business ("anything Tuesday after 2?") wants a slot, and so does
    one who missed a session and asks to "get in again this week"."""
    missed = request.asks_for(Kind.CANCELLATION, "missed")
    # "we'd like to get in before our usual Saturday if there's anything at all this week": an extra slot
    extra = any(q.kind == Kind.URGENCY and _EXTRA_SLOT.search(q.evidence) for q in request.questions)
    when = {Kind.DAYS, Kind.TIME_OF_DAY} | ({Kind.URGENCY} if missed or extra else set())
    # "is the office open the Saturday after Christmas? That's normally my slot": whether we are open, not a slot
    holiday = any(q.kind == Kind.OTHER and "holiday hours" in q.values for q in request.questions)
    return (
        not request.kinds & CLIENT_KINDS
        and bool(request.kinds & when)
        and not policy_days(request)
        and not switched(request)
        and not holiday
    )


def switched(request: Request) -> bool:
    """'Could we do Wednesday over video instead of in person? Same time.': the session they have, held another way;
    its day is no wish for a new time."""
    return keeps_slot(request) or any(
        q.kind == Kind.MODALITY and _SWITCHED.search(q.evidence) for q in request.questions
    )


def policy_days(request: Request) -> bool:
    """'If I cancel on Sunday night for a Monday 10am, is that a late cancel?': the days belong to the policy
    question, not to a slot they want."""
    missed = request.asks_for(Kind.CANCELLATION, "missed")
    return Kind.CANCELLATION in request.kinds and not missed and Kind.BOOKING not in request.kinds


_FOR_THE_CALL = re.compile(r"\b(?:call|consult\w*|chat|talk|speak|phone|reach\s+me|free)\b", re.IGNORECASE)
"""The days told beside the consultation are for the call staff will offer times for."""


def skipped(p: Answering) -> tuple[frozenset[Kind], frozenset[Kind]]:
    """Kinds another block or the staff note covers, and kinds that do not apply to this person."""
    kinds = p.request.kinds
    covered: set[Kind] = set()
    dropped: set[Kind] = set()
    if p.request.known.wants_consultation and p.intent == Intent.NEW_INQUIRY and p.practice.consultation:
        # "I'd like to book the free consultation. I'm free Mondays after 4": the times staff offer answer the days
        # (not "Could I do a consult call now? ... Monday mornings would be ideal": the sessions' days, answered)
        days = p.request.asks(Kind.DAYS) or p.request.asks(Kind.TIME_OF_DAY)
        for_the_call = days is None or not days.evidence or bool(_FOR_THE_CALL.search(days.evidence))
        covered |= {Kind.DAYS, Kind.TIME_OF_DAY, Kind.BOOKING} if for_the_call else {Kind.BOOKING}
    if p.request.known.offered_time or p.request.known.booked or p.request.known.declined_offer:
        # They answer a time staff offered (or booked one): confirming it is staff's, not a paragraph about days.
        # "yes!! we'll be there. where do we park" under "Re: couples counseling": no "Yes, we see couples" pitch
        covered |= {Kind.DAYS, Kind.TIME_OF_DAY, Kind.URGENCY, Kind.ACCEPTING, Kind.BOOKING, Kind.COUPLES}
    if p.intent == Intent.CLIENT_REQUEST and p.request.known.running_late:
        # "Running 10 minutes late": they need a word back, not the parking or the hours.
        dropped |= kinds - CLIENT_KINDS
        p.answered.add(Kind.OTHER)  # "running late" is their whole message, and the acknowledgement answers it
        # ...unless they ask something with it: "Do I still get the full session?" is staff's to answer
        more = [q.evidence[:120] for q in p.request.questions if q.kind == Kind.OTHER and "?" in q.evidence]
        if more:
            p.staff.append("they're running late and ask: " + "; ".join(f'"{m}"' for m in more))
        if Kind.RESCHEDULE in kinds:
            # "I'll be 20 minutes late: is that ok, or better another day this week?": theirs to choose with staff
            p.staff.append("they're running late and ask whether to keep the session or move it: tell them")
            dropped |= {Kind.RESCHEDULE}
            p.answered |= {Kind.RESCHEDULE, Kind.URGENCY}
        if Kind.MODALITY in kinds and switch_asked(p):
            p.staff.append("they're running late and ask to join by video instead: say whether they can")
            p.answered.add(Kind.MODALITY)
    if p.intent == Intent.CLIENT_REQUEST:
        dropped |= {Kind.ACCEPTING, Kind.URGENCY}
        if switched(p.request) and not kinds & CLIENT_KINDS:
            dropped |= {Kind.DAYS, Kind.TIME_OF_DAY}
        if policy_days(p.request):
            dropped |= {Kind.DAYS, Kind.TIME_OF_DAY}
        couples = p.request.asks(Kind.COUPLES)
        couples_price = p.request.asks_for(Kind.FEES, "couples")
        asks_if = any(_ASKS_IF_COUPLES.search(x) for x in (couples.evidence, *p.request.asked)) if couples else False
        if couples is not None and not asks_if and not couples_price:
            # a couple already seen, moving their session, needs no "yes, we see couples"
            dropped |= {Kind.COUPLES}
            p.answered.add(Kind.COUPLES)
        if client_wants_a_time(p.request):
            covered |= {Kind.DAYS, Kind.TIME_OF_DAY}  # "anything on Tuesday after 2?": the booking block's
        if kinds & CLIENT_KINDS:
            # The days in "move my Thursday to Friday" are the reschedule paragraph's; their bill is theirs,
            # not a lesson on how insurance works.
            covered |= {Kind.DAYS, Kind.TIME_OF_DAY} if Kind.RESCHEDULE in kinds else set()
            # Unless they ask it outright: "is the sliding scale something I could ask about?"
            money = {q.kind for q in p.request.questions if q.kind in (Kind.INSURANCE, Kind.PAYMENT, Kind.FEES)}
            # "my Aetna card has been reissued ... bring it Tuesday?": the new-card paragraph answers, unless the bill's
            # own "I'll update your insurance details" already does
            card_of_its_own = (
                p.request.known.new_card
                and not any("insurance_card" in q.values for q in p.request.questions if q.kind == Kind.BILLING)
                # "my Regence card still has my old name until the new one arrives": no card to thank them for
                and not any(
                    CARD_COMING.search(x) for x in (*p.request.asked, *(q.evidence for q in p.request.questions))
                )
            )
            if Kind.BILLING in kinds or Kind.FEE_WAIVER in kinds:
                # "double charge? two charges of $165": the bill, not our price list; "were those billed to
                # Aetna?": their account, not whether we take Aetna
                dropped |= {Kind.FEES}
                # ("new card: Cigna. Are you in network with Cigna?" is asked outright, and answered)
                # (a new insurance card sent or to send is answered by its own paragraph)
                if not any(_NETWORK_ASKED.search(x) for x in p.request.asked) and not card_of_its_own:
                    covered |= {Kind.INSURANCE}
            dropped |= {Kind.DAYS, Kind.TIME_OF_DAY} - covered
            dropped |= {
                k
                for k in money
                if not any("?" in q.evidence for q in p.request.questions if q.kind == k)
                # "my insurance switches to Kaiser. Are you in network with Kaiser too?": asked the next sentence
                and not (k == Kind.INSURANCE and any(_NETWORK_ASKED.search(x) for x in p.request.asked))
                and not (k == Kind.INSURANCE and card_of_its_own)
                # "And can I just pay with the FSA card going forward?": asked in a sentence of its own
                and not (k == Kind.PAYMENT and any(_PAYING_ASKED.search(x) for x in p.request.asked))
            }
    return frozenset(covered), frozenset(dropped)


_PAYING_ASKED = re.compile(
    r"\b(?:pay|use|using|put\s+it\s+on)\s+(?:with\s+|it\s+on\s+)?(?:my\s+|the\s+|an?\s+)?(?:new\s+)?(?:hsa|fsa)\b"
    # "Is there any kind of reduced rate I could qualify for?"
    r"|\b(?:reduced|lower|sliding|discounted)\s+(?:rate|fee|scale|price)\b|\bsliding\s+scale\b",
    re.IGNORECASE,
)
_SWITCHED = re.compile(r"\binstead\b|\bswitch\w*|\bchange\s+(?:it|that|my|our|the)\b", re.IGNORECASE)
