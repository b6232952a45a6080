"""What a reply says, question by question: an answer from the practice's facts, an honest "we don't offer
that" with the practice's referral, or a note to staff. Pure: a request and the facts in, a plan out.

Templates only choose words for a plan's blocks; every fact a block carries (a day, a price, an insurer's
status, a service) is decided here from `Practice` and the request, so the property test can check every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from triage.config import Practice
from triage.core import (
    answers_billing,
    answers_client,
    answers_fees,
    answers_other,
    answers_paying,
    answers_when,
    answers_where,
    answers_who,
)
from triage.core.answer_base import Block, join_words, said_with
from triage.core.answer_scope import client_wants_a_time, skipped
from triage.core.answer_words import (
    ANYWAY,
    IF_SO,
    INDIVIDUAL,
    OFFER_ASKED,
    REFUSED_SKIPS,
    SESSIONS,
)
from triage.core.reading.service_words import APPROACHES
from triage.core.reading.services import display, find_services, listed_as, services_in
from triage.core.request import CLIENT_KINDS, Intent, Kind, Question, Request

ORDER: tuple[Kind, ...] = (
    Kind.RESCHEDULE,
    Kind.CANCEL,
    Kind.FEE_WAIVER,
    Kind.BILLING,
    Kind.SUPERBILL,
    Kind.RECORDS,
    Kind.ACCEPTING,
    Kind.COUPLES,
    Kind.AGE,
    Kind.SERVICE,
    Kind.THERAPIST,
    Kind.LANGUAGE,
    Kind.LOCATION,
    Kind.MODALITY,
    Kind.DAYS,
    Kind.TIME_OF_DAY,
    Kind.URGENCY,
    Kind.INSURANCE,
    Kind.PAYMENT,
    Kind.FEES,
    Kind.CANCELLATION,
    Kind.OTHER,
)
"""Their own business first (a client's session), then whether we can see them at all (accepting, who we see),
then how and when, then what it costs; the next step (booking) closes the reply, just above the sign-off."""


@dataclass(frozen=True)
class Plan:
    intent: Intent
    blocks: tuple[Block, ...]
    staff: tuple[str, ...]
    """What the draft cannot answer: shown to staff as the draft's first line; never sent automatically."""
    answered: frozenset[Kind]
    next_step: bool


_IF_NOT_THEN = re.compile(r"\bif\s+not(?:\s+\w+)?,?\s+(?:do|can|would|could)\s+you\b", re.IGNORECASE)
"""'If not, do you work with adults who already have a diagnosis?': another way we could help, asked."""


_THEY_ASK = "they ask: "


def _quoted(note: str) -> str:
    """The words a 'they ask: "..."' note quotes (any other note, whole)."""
    return note.removeprefix(_THEY_ASK).strip('"')


class _Planner:
    """Builds one plan; holds only what that one reply needs."""

    def __init__(self, request: Request, practice: Practice, lang: str, intent: Intent) -> None:
        self.request = request
        self.practice = practice
        self.lang = lang
        self.intent = intent
        self.blocks: list[Block] = []
        self.staff: list[str] = []
        self.answered: set[Kind] = set()
        self.refusals: list[str] = []  # why we cannot see them ("age", "state", "service"), one entry per reason
        self.offered_services = services_in((*practice.services, *practice.populations))
        self.listed_services = services_in((*practice.services, *practice.populations), covered=False)
        self.not_offered = {n.service: n for n in practice.not_offered}
        self.concerns: tuple[str, ...] = ()
        self.language_elsewhere = False  # only sessions in a language we don't offer would suit them
        self.referrer_arranges = False  # "reply to me and I'll coordinate with the pt": no booking link for them
        self.noted_services: set[str] = set()  # the sentences whose unknown service a staff note already asks about
        self.court_refused = False  # court-ordered work asked for and referred out: whatever the court orders with it

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    def refuse(self, why: str) -> None:
        self.refusals.append(why)

    def add(self, kind: Kind, template: str, **facts: Any) -> None:
        self.blocks.append(Block(template, facts))
        self.answered.add(kind)

    def flag(self, kind: Kind, what: str) -> None:
        """One line for staff per thing to answer: a question quoted inside another's quote is already there
        ("And would it need to be a longer session?" within the sentence that asks it beside the interpreter)."""
        self.answered.add(kind)
        quote = _quoted(what)
        if any(what in line or quote in line for line in self.staff):
            return
        self.staff = [line for line in self.staff if not (line.startswith(_THEY_ASK) and _quoted(line) in quote)]
        self.staff.append(what)

    # Topics answered in modules of their own (core/answers_when.py, _paying.py, _where.py), as methods here.
    day_facts = answers_when.day_facts
    days = answers_when.days
    time_of_day = answers_when.time_of_day
    urgency = answers_when.urgency
    insurance = answers_paying.insurance
    payment = answers_paying.payment
    fees = answers_fees.fees
    cancellation = answers_fees.cancellation
    location = answers_where.location
    therapist = answers_who.therapist
    language = answers_who.language
    modality = answers_where.modality

    def run(self) -> None:
        asked = {q.kind: q for q in self.request.questions}
        concerns = self.concerns = self.offered_concerns()
        if concerns:
            told = asked.get(Kind.SERVICE, Question(Kind.SERVICE, (), ""))
            asked[Kind.SERVICE] = Question(Kind.SERVICE, (*told.values, *concerns), told.evidence)
        covered, dropped = skipped(self)
        self.answered |= covered & self.request.kinds
        for kind in ORDER:
            question = asked.get(kind)
            if question is None or kind in covered | dropped:
                continue
            # "How much are your sessions, and can you write an ESA letter?": no letter, but the fee is still a fact
            fee_still = kind == Kind.FEES and self.refusals == ["service"]
            fee_still = fee_still and said_with(self, question, SESSIONS)  # not "do you do that and how much"
            # "Do you do ADHD testing? If not, who does? And do you take Moda?": asked outright, answered
            # "Do you do ADHD assessments? If not, do you work with adults who have a diagnosis? I have Aetna": they
            # may stay for the therapy, so their plan is still answered
            fee_still = fee_still or (
                kind == Kind.INSURANCE
                and self.refusals == ["service"]
                and ("?" in question.evidence or any(_IF_NOT_THEN.search(x) for x in self.request.asked))
            )
            # refused a service: "we can work with her there" would be beside the point too
            # (too young for us: where to park is beside the point as well)
            skips = REFUSED_SKIPS | ({Kind.LOCATION} if {"service", "age"} & set(self.refusals) else set())
            if self.refused and kind in skips and not fee_still:
                self.answered.add(kind)
                elsewhere = tuple(v for v in question.values if v in self.not_offered)
                if kind == Kind.SERVICE and elsewhere:
                    # too young for us, and asking about ADHD testing: where to go for that is still an answer
                    self.service(Question(Kind.SERVICE, elsewhere, question.evidence))
                continue
            if kind == Kind.OTHER:
                for other in (q for q in self.request.questions if q.kind == Kind.OTHER):
                    self.other(other)
                continue
            getattr(self, kind.value)(question)

    def offered_concerns(self) -> tuple[str, ...]:
        """What a new person (or a colleague's client) needs help with, named unasked, that the practice offers."""
        if self.intent not in (Intent.NEW_INQUIRY, Intent.REFERRAL):
            return ()
        known = self.request.known.concerns
        return tuple(v for v in known if v in self.offered_services and v not in self.not_offered)

    # -- their own sessions and bills (existing clients): core/answers_client.py ----------------------------------
    days_asked = answers_client.days_asked
    switch_asked = answers_client.switch_asked
    reschedule = answers_client.reschedule
    cancel = answers_client.cancel
    fee_waiver = answers_client.fee_waiver
    billing = answers_billing.billing
    superbill = answers_client.superbill
    records = answers_client.records

    # -- whether we can see them --------------------------------------------------------------------------------
    def accepting(self, q: Question) -> None:
        service = self.request.asks(Kind.SERVICE)
        wanted = service.values if service is not None else ()
        if wanted and all(v in self.not_offered for v in wanted) and (not q.evidence or IF_SO.search(q.evidence)):
            # "can you do an ESA letter? and if so how soon could I come in": only the letter was wanted
            self.answered.add(q.kind)
            return
        self.add(q.kind, "accepting", offered_time=self.request.known.offered_time)

    couples = answers_who.couples
    age = answers_who.age

    def service(self, q: Question) -> None:
        if self.intent == Intent.CLIENT_REQUEST and not OFFER_ASKED.search(q.evidence):
            # "you mentioned a book about anxious attachment, what was it called?": their therapist's to answer, not
            # "Yes, we work with anxiety"
            self.flag(q.kind, f'they ask: "{q.evidence[:120]}"')
            return
        offered = [v for v in q.values if v in self.offered_services and v not in self.not_offered]
        refused = [self.not_offered[v] for v in q.values if v in self.not_offered]
        # "work stress" is in nearly every letter: no note asks staff whether the practice sees it, and no claim is made
        # ("do you do like stress management stuff?" asks it, though: staff say whether we do)
        stress_asked = "?" in q.evidence and "stress" in q.evidence.lower()
        unknown = [
            v
            for v in q.values
            if v not in self.offered_services and v not in self.not_offered and (v != "stress" or stress_asked)
        ]
        told = set(offered) <= set(self.concerns)  # named, not asked: no "yes" to a question nobody put
        if offered:
            # "burnout", which a practice listing anxiety sees but never named: "we'd be glad to help with burnout, as
            # part of our work with anxiety", neither a listed service it never named nor an anxiety they never had
            listed = [display(v, self.lang) for v in offered if v in self.listed_services]
            within = [v for v in offered if v not in self.listed_services]
            covers = dict.fromkeys(display(listed_as(v, self.listed_services), self.lang) for v in within)
            covering, helped = [c for c in covers if c not in listed], [display(v, self.lang) for v in within]
            approach = not within and all(v in APPROACHES for v in offered)
            self.add(q.kind, "service", names=listed, within=helped, covers=covering, told=told, approach=approach)
        # (medication is the exception: "can you prescribe, or recommend someone?" gets the practice's own referral)
        if refused and self.intent == Intent.CLIENT_REQUEST and any(e.service != "medication" for e in refused):
            # Their own therapist is asked (an ESA letter after a year of sessions): "ask a therapist who knows you"
            # would be absurd; the therapist answers.
            names = join_words([display(entry.service, "en") for entry in refused])
            self.flag(q.kind, f"a client asks you for {names}, which you don't offer new clients: answer them yourself")
            return
        # "Do you run any groups, or is it individual only?": no groups, but individual therapy is what we do
        # ("12 sessions of individual counseling", ordered by a court we don't work for: no answer to groups)
        individual = said_with(self, q, INDIVIDUAL) and any(entry.service == "group therapy" for entry in refused)
        # "Do you do ADHD testing? If not, would you still see him for therapy?": the therapy is asked for either way
        anyway_said = [
            x for x in (*self.request.asked, *(x.evidence for x in self.request.questions)) if ANYWAY.search(x)
        ]
        anyway = bool(anyway_said)
        # "If not, do you still see guys with TBI for counseling?": a condition we don't list, for staff to say yes to
        unlisted = [m.group(1) for x in anyway_said if (m := _ACRONYM_WITH.search(x)) and not find_services(m.group(1))]
        anyway = anyway and not unlisted  # the question itself goes to staff (the safety net names it)
        for entry in refused:
            self.add(
                q.kind,
                "not_offered",
                names=[display(entry.service, self.lang)],
                referral=entry.referral,
                individual=individual and entry.service == "group therapy",
                # not after "we aren't the right fit for a 7-year-old": the age already said no to the therapy too
                anyway=anyway and entry.service != "group therapy" and "age" not in self.refusals,
            )
        # "Can any of your therapists prescribe? My PCP wants me in therapy as well": therapy is still what they want
        therapy_elsewhere = any(entry.service != "medication" for entry in refused)
        # "Do you do adult autism evaluations? Either way I'd like therapy for the burnout": more than the refused
        still_wanted = (bool(unknown) and Kind.BOOKING in self.request.kinds) or anyway
        if refused and not offered and not individual and therapy_elsewhere and not still_wanted:
            self.refuse("service")  # what they came for is elsewhere: no pitch
        # "court-ordered co-parenting sessions": whatever a court orders is the court-ordered work we refer out
        self.court_refused = self.court_refused or any(entry.service == "court-ordered" for entry in refused)
        if unknown and not self.court_refused:
            self.flag(q.kind, "they ask about " + join_words([display(v, "en") for v in unknown]))
            self.noted_services.add(q.evidence)

    # -- anything else: the practice's FAQ, a referral, a call asked for: core/answers_other.py ----------------------
    other = answers_other.other
    faq_given = answers_other.faq_given
    faq = answers_other.faq


def plan_reply(request: Request, practice: Practice, lang: str, *, client: bool = False) -> Plan:
    """The blocks of one reply. `client`: the store knows them as a client, whatever the message says."""
    intent = request.intent
    if client and intent == Intent.NEW_INQUIRY:
        intent = Intent.CLIENT_REQUEST
    planner = _Planner(request, practice, lang, intent)
    planner.run()
    eap_noted = any("EAP" in note for note in planner.staff)
    if (
        intent == Intent.REFERRAL
        and "eap" in request.known.payment
        and Kind.PAYMENT not in request.kinds
        and not eap_noted
    ):
        # "ComPsych is referring the following member ... Sessions authorized: 3": whether we see clients through
        # that EAP (and are on its panel) is the practice's to say; no fact gives it
        planner.flag(
            Kind.PAYMENT, "an EAP referral: say whether you see clients through this EAP (and are on its panel)"
        )
    if planner.refused:
        # "Yes, we can see a 17-year-old" or "yes, we're accepting" beside "we don't offer that": only the refusal
        # nor "We work with grief", said of a concern they named, to someone we can't see (only Mandarin, age 9)
        # a court's co-parenting order refused: no couples price beside the refusal
        planner.blocks = [
            b
            for b in planner.blocks
            if b.template not in ("accepting", "contact_client")  # no "we'll reach out to him" to a 12-year-old
            and not (planner.court_refused and b.template == "couples")
            and not (b.template == "age" and b.facts.get("seen"))
            and not (b.template == "service" and b.facts.get("told"))
        ]
        planner.staff = [note for note in planner.staff if not note.startswith("they ask you to call the client")]
    elif planner.language_elsewhere:
        # only sessions in Mandarin would suit them: what they asked is answered, nothing they didn't ask is offered
        planner.blocks = [b for b in planner.blocks if not (b.template == "service" and b.facts.get("told"))]
    planner.faq()
    # "so we can't make our session tomorrow at 10": called off, no new slot asked (the cancel gives the link)
    booking = request.asks(Kind.BOOKING)
    called_off = (
        Kind.CANCEL in request.kinds
        and booking is not None
        and "?" not in booking.evidence
        and bool(_CALLED_OFF.search(booking.evidence))
    )
    wants_a_slot = (Kind.BOOKING in request.kinds and not called_off) or client_wants_a_time(request)
    if (
        intent == Intent.CLIENT_REQUEST
        and wants_a_slot
        and Kind.RESCHEDULE not in request.kinds
        and not planner.refused
        and not request.known.offered_time  # they take a time offered: confirming it is the answer
        and not request.known.booked  # "I have my first appointment with Sam on Thursday": nothing to find
        and not (request.known.ending and Kind.CANCEL in request.kinds)  # "make the 12th our last one": no new slot
    ):
        urgent = request.asks(Kind.URGENCY)
        soon = urgent.values[0] if urgent is not None and urgent.values else ""
        # an extra session, or another time ("this week", if that is when they asked)
        planner.add(Kind.BOOKING, "client_booking", days=planner.days_asked(), soon=soon)
        planner.answered.add(Kind.URGENCY)
    if request.known.risk_cleared and intent in (Intent.NEW_INQUIRY, Intent.REFERRAL):
        planner.blocks.insert(0, Block("safety_net"))  # where to turn if they are worried again before we meet
    if request.known.booked and intent == Intent.NEW_INQUIRY and not request.known.offered_time:
        planner.blocks.insert(0, Block("booked"))
    elif (
        request.known.wants_consultation
        and intent == Intent.NEW_INQUIRY
        and not request.known.offered_time
        and not request.known.deaf  # phone calls hard: their own question of another way reaches staff
    ):
        planner.staff.append("they'd like the free consultation: offer a few times for the call")
    if request.known.declined_offer:
        planner.staff.insert(0, "they can't make the time you offered: offer another")
    if request.known.offered_time and request.known.undecided_offer:
        planner.staff.insert(0, "they haven't chosen one of the times you offered yet: ask which suits, once answered")
        planner.answered |= {Kind.BOOKING}
    elif request.known.offered_time:
        planner.staff.insert(0, "they reply to a time you offered: confirm it")
        planner.blocks.insert(0, Block("offered_time"))
        planner.answered |= {Kind.BOOKING, Kind.RESCHEDULE}
    # "I'll cancel Monday's session" reads before the new time it makes room for
    cancel_at = next((i for i, b in enumerate(planner.blocks) if b.template == "cancel"), None)
    move_at = next((i for i, b in enumerate(planner.blocks) if b.template == "reschedule"), None)
    if cancel_at is not None and move_at is not None and move_at < cancel_at:
        planner.blocks.insert(move_at, planner.blocks.pop(cancel_at))
    kinds = request.kinds
    next_step = (
        intent in (Intent.NEW_INQUIRY, Intent.REFERRAL)
        and not (request.known.offered_time or request.known.booked or request.known.declined_offer)
        and not planner.refused
    )
    # "a superbill after each session?" from someone starting out is how they would pay, not a client's errand
    if kinds & (CLIENT_KINDS - {Kind.SUPERBILL}) or planner.referrer_arranges or planner.language_elsewhere:
        next_step = False
    call_them = any(q.kind == Kind.OTHER and "call them" in q.values for q in request.questions)
    next_step = next_step and not call_them  # "I'm not good with the email, please telephone me": staff will call
    # "4pm is tough, is 5:30 possible?": the other time staff offer is their next step
    booked_elsewhere = (
        next_step
        or call_them
        or request.known.declined_offer
        or planner.refused
        or planner.referrer_arranges
        or planner.language_elsewhere
    )
    answered = frozenset(planner.answered | ({Kind.BOOKING} if booked_elsewhere else set()))
    return Plan(intent, tuple(planner.blocks), tuple(dict.fromkeys(planner.staff)), answered, next_step)


_ACRONYM_WITH = re.compile(r"\b(?:with|for|who\s+have|who\s+has)\s+(?:a\s+)?((?-i:[A-Z]{2,5}))\b", re.IGNORECASE)
"""'guys with TBI': a condition named by its acronym, which the practice's services may not cover."""
_CALLED_OFF = re.compile(r"\bcan'?t\s+make\b|\bcancel", re.IGNORECASE)
