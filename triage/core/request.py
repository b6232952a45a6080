"""The request: what a message asks, typed, with the words each part came from (docs/request.md).

Labels say what a message is about; a reply needs what was asked. The composer answers a request question by
question, and the eval compares it field by field with a hand-labelled one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Intent(StrEnum):
    NEW_INQUIRY = "new_inquiry"
    CLIENT_REQUEST = "client_request"
    REFERRAL = "referral"
    CRISIS = "crisis"
    WITHDRAWAL = "withdrawal"
    NOT_INQUIRY = "not_inquiry"


class Kind(StrEnum):
    """What a question asks about; each kind has one answer block (or a staff note)."""

    ACCEPTING = "accepting"
    BOOKING = "booking"
    SERVICE = "service"
    COUPLES = "couples"
    AGE = "age"
    LANGUAGE = "language"
    THERAPIST = "therapist"
    MODALITY = "modality"
    LOCATION = "location"
    INSURANCE = "insurance"
    PAYMENT = "payment"
    FEES = "fees"
    CANCELLATION = "cancellation"
    DAYS = "days"
    TIME_OF_DAY = "time_of_day"
    URGENCY = "urgency"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    BILLING = "billing"
    SUPERBILL = "superbill"
    RECORDS = "records"
    FEE_WAIVER = "fee_waiver"
    OTHER = "other"


CLIENT_KINDS = frozenset({Kind.RESCHEDULE, Kind.CANCEL, Kind.BILLING, Kind.SUPERBILL, Kind.RECORDS, Kind.FEE_WAIVER})
"""Questions only an existing client asks: about their own sessions and bills."""


class Situation(StrEnum):
    """What calls for a line of warmth before the answers."""

    LOSS = "loss"
    NEW_BABY = "new_baby"
    BREAKUP = "breakup"
    ILLNESS = "illness"


class News(StrEnum):
    """News told in passing that a front desk would answer with a word before the answers ("we just got engaged and
    want premarital counseling"): smaller than a situation, and only the writer's own."""

    ENGAGED = "engaged"
    NEW_JOB = "new_job"
    RETIRING = "retiring"
    ACCIDENT = "accident"
    HARM = "harm"
    """Harm survived, told to explain why they write: an assault, a home invasion, abuse, a first responder's bad call.
    "I'm so sorry for what you've been through" is the word for it; "so hard lately" is too small."""
    HARD_TIME = "hard_time"
    """Hardship told in passing that is no death, baby, break-up or illness: exhaustion, burnout, loneliness, crying
    in the car, a child taken to the ER. A front desk says a word of it ("I'm sorry things have been so hard lately")
    before the answers; without it, strict readers marked such drafts as needing an edit."""


@dataclass(frozen=True)
class Question:
    kind: Kind
    values: tuple[str, ...] = ()
    evidence: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "values": list(self.values), "evidence": self.evidence}


@dataclass(frozen=True)
class Known:
    """What the person already told (here or in the quoted thread): never asked again."""

    insurer: str | None = None
    no_insurance: bool = False
    payment: tuple[str, ...] = ()
    days_ruled_out: tuple[str, ...] = ()
    client_age: int | None = None
    offered_time: bool = False
    existing_client: bool = False
    session_soon: bool = False
    """The session they cancel or move is today or tomorrow: inside a cancellation window."""
    running_late: bool = False
    wants_consultation: bool = False  # "I'd like to book the free consultation": offer times, don't offer it again
    thanks_only: bool = False  # a thank-you that asks nothing ("last session really helped, no need to reply")
    insurer_brand: str | None = None
    """The plan's own name when it is one of a family the canonical name covers ("Anthem" for Blue Cross)."""
    unwell: bool = False
    """They, or someone they care for, are ill or had an emergency: a cancellation gets sympathy, not a policy."""
    ending: bool = False
    """A client stopping or pausing therapy ("ready to stop", "pause for a while", moving away): a goodbye and the
    door left open, never a booking link or the late-cancel policy."""
    no_video: bool = False
    """They can't or won't do video (no computer, "in person only"): never offered video or online booking."""
    no_office: bool = False
    """They can't come to the office ("three and a half hours from Portland, so I couldn't come to your office")."""
    in_thread: bool = False
    """A reply in a thread with the practice: "thanks for getting back to me", not "thanks for reaching out"."""
    undecided_offer: bool = False
    """Staff offered times and they answer without choosing one yet ("Before I pick one..."): nothing to confirm."""
    declined_offer: bool = False
    """Staff offered a time and they can't make it ("Thursday at 5 doesn't work"): nothing to confirm."""
    not_ready: bool = False
    """'Not ready to book yet, just gathering information': the booking link without the push."""
    formal: bool = False
    """A letter written formally ("Dear Sir or Madam ... Respectfully yours"): answered "Dear Walter"."""
    job_loss: bool = False
    news: News | None = None
    kin: str | None = None
    """Whom the situation touched, in the writer's words ("husband", "mother"): "I'm so sorry for the loss of your
    husband", never a bare "your loss" beside a letter about him."""
    ailment: str | None = None
    """The illness named with that kin ("cancer", "stroke"): "I'm so sorry to hear about your wife's cancer"."""
    for_a_friend: bool = False
    """They write of a friend, roommate or colleague: someone else's loss is "their loss"."""
    twins: bool = False
    phone_failed: bool = False
    """They couldn't get through by phone, or would rather not talk on one: never told to call, or offered a call."""
    keeps_next: bool = False
    """A client cancelling one session keeps the next ("I'll see you the week after as usual"): nothing to rebook."""
    booked: bool = False
    """'I just booked the free phone consultation for Thursday': thanked and told it is in hand, never sent to book."""
    english_ok: bool = False
    """'If not, English is fine': a language we don't offer leaves them a client all the same."""
    comes_here: bool = False
    """'I guess I could drive over the bridge': someone living across the state line who could come to the office."""
    medicare_age: bool = False
    """'Kaiser Senior Advantage', 'I'm 81': the plan they name may be a Medicare plan, which staff check first."""
    returning: bool = False
    """A former client coming back ("you saw me for eight months in 2024"): welcomed back, not pitched the intake."""
    deaf: bool = False
    """They are Deaf or hard of hearing (or ask for ASL): never offered a phone call."""
    new_card: bool = False
    """A client sends a new insurance card ("attaching a pic of the front and back"): their file is updated."""
    card_sent: bool = False
    """The new card came with the message ("attached", "here's a photo"): thanked for; one only told of is asked for."""
    chased: bool = False
    """'I wrote on Dec 23 and never heard back': the reply says sorry for the wait."""
    upset: bool = False
    """A client who is upset with us ("honestly it's really frustrating", "no one came out"): sorry first."""
    risk_cleared: bool = False
    """'she said she was "not wanting to be here" ... the crisis team said she wasn't at risk': no crisis, but the reply
    says where to turn if they are worried again, so it does not read as if it went unheard."""
    concerns: tuple[str, ...] = ()
    """Services they name without asking ("been dealing w depression since college"): a new person hears that the
    practice works with those it offers; the others are never answered unasked."""

    def as_json(self) -> dict[str, Any]:
        return {
            "insurer": self.insurer,
            "no_insurance": self.no_insurance,
            "payment": list(self.payment),
            "days_ruled_out": list(self.days_ruled_out),
            "client_age": self.client_age,
            "offered_time": self.offered_time,
            "existing_client": self.existing_client,
        }


@dataclass(frozen=True)
class Request:
    intent: Intent
    questions: tuple[Question, ...] = ()
    known: Known = field(default_factory=Known)
    situation: Situation | None = None
    about_someone_else: bool = False
    """A parent, partner or professional writing about the person who would be seen (or is at risk)."""
    from_professional: bool = False
    """A clinician, school counsellor or EAP referring someone: a crisis reply speaks to them as a colleague."""
    asked: tuple[str, ...] = ()
    """Every sentence they ended with a question mark: the practice's FAQ is matched against these."""

    def asks(self, kind: Kind) -> Question | None:
        return next((q for q in self.questions if q.kind == kind), None)

    def asks_for(self, kind: Kind, value: str) -> bool:
        """Whether any question of `kind` names `value` ("is there a sliding scale?": PAYMENT, "sliding_scale")."""
        return any(q.kind == kind and value in q.values for q in self.questions)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(q.kind for q in self.questions)

    def as_json(self) -> dict[str, Any]:
        return {
            "intent": str(self.intent),
            "questions": [q.as_json() for q in self.questions],
            "known": self.known.as_json(),
            "situation": None if self.situation is None else str(self.situation),
        }
