"""Reading a message into a Request: the intent, every question with its values and words, what they told.

Each kind of question has its own small reader (days, money, people, client, services); this module runs them
over the person's own sentences, decides the intent, and makes sure every topic the classifier found has at
least one question, so a reply never answers less than the labels promise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.core.absence import withdrawn
from triage.core.crisis import find_crisis
from triage.core.model import Classification, Extraction, Inquiry
from triage.core.reading.client import moved_session, read_client, running_late, says_client
from triage.core.reading.days import WEEKDAYS, When, read_when
from triage.core.reading.money import own_carrier, read_paying
from triage.core.reading.people import (
    COUPLE_WORDS,
    NOT_COUPLES,
    read_age,
    read_couples,
    read_language,
    read_location,
    read_modality,
    read_therapist,
)
from triage.core.reading.sentences import Sentence, evidence, gated, matching, sentences, whole
from triage.core.reading.services import find_services
from triage.core.reading.situation import read_situation
from triage.core.reading.thread import accepts, declines, is_reply, staff_offered_time, thread_shows_client
from triage.core.request import CLIENT_KINDS, Intent, Kind, Known, Question, Request, Situation

_ACCEPTING = re.compile(
    r"\baccepting\b|\btaking\s+(?:on\s+)?(?:new|any)\b|\b(?:any|have|has)\s+(?:\w+\s+)?(?:openings?|availability|"
    r"space|room|spots?)\b|\bwait\s?(?:ing\s+)?list\b|\bhow\s+long\s+(?:is\s+)?the\s+wait\b|\bnew\s+(?:clients|patients)\b"
    r"|\bcapacity\b|\b(?:are\s+you|is\s+(?:dana|sam|anyone))\s+(?:currently\s+)?(?:seeing|available)\b|\bfull\b"
    r"|\baceptando\b|\blista\s+de\s+espera\b|\b(?:tienen|hay)\s+(?:espacio|disponibilidad|lugar|cupo)\b|\bnuevos\s+(?:clientes|pacientes)\b",
    re.IGNORECASE,
)
_BOOKING = re.compile(
    r"\b(?:schedule|book|set\s+up|make|arrange|get)\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:quick\s+|short\s+|first\s+|initial\s+|intake\s+)?"
    r"(?:appointment|intake|consult\w*|session|time|call)\b|\bget\s+(?:started|in\s+(?:to\s+see|with))\b|\bhow\s+(?:do|can|would)\s+"
    r"(?:i|we)\s+(?:start|begin|get\s+started|sign\s+up|book|schedule)\b|\bfree\s+consult\w*|\bphone\s+consult\w*|\bnext\s+steps?\b"
    r"|\b(?:like|love|want|hoping)\s+to\s+(?:start|begin|come\s+in|book|schedule|set\s+up|meet)\b|\bstart\s+(?:therapy|counseling|sessions)\b"
    r"|\b(?:hacer|agendar|programar|sacar|pedir)\s+(?:una\s+)?cita\b|\bquisiera\s+(?:una\s+)?cita\b|\bempezar\s+(?:terapia|sesiones)\b"
    r"|\bconsulta\s+(?:gratis|gratuita|inicial)\b",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"\b(?:i'?d\s+like\s+to|would\s+like\s+to|wanted\s+to|i'?m\s+writing\s+to|writing\s+to)\s+refer\b|\breferring\s+"
    r"(?:a|an|my|our|one\s+of\s+my|this)\b|\breferral\s+for\b|\b(?:my|our)\s+(?:patient|client|student|employee|member)\b"
    r"|\bi\s+have\s+a\s+(?:client|patient|student)\b|\b(?:working|work)\s+with\s+a\s+\d{1,2}[-\s]year[-\s]old\b"
    r"|\b(?:pt|patient)\s+(?:is\s+a\s+)?\d{1,2}\s*(?:yo|y/o|m|f)\b|\bs/p\b|\baccept\s+(?:this|the|a|our|my)\s+referral\b"
    r"|\b(?:an?|one)\s+employee\s+(?:client|member)\b|\b(?:pt|patient)\s+(?:says|said|reports|prefers|wants|is\s+aware|has)\b"
    r"|\b\d{1,2}\s*(?:y/o|yo)\s+(?:m|f)\b(?!\w)|\b(?:tengo|atiendo)\s+(?:a\s+)?(?:una?|un)\s+(?:paciente|estudiante)\b"
    r"|\bdischarg\w+\s+(?:for\s+|planning\s+for\s+)?(?:a|an|my|our)\s+\d{1,2}[-\s]year[-\s]old\b|\bquisiera\s+referir\b|\bpara\s+referir\b|\breferir\s+a\b|\bmi\s+paciente\b"
    r"|\b(?:an?|one)\s+\d{1,2}[-\s]year[-\s]old\s+(?:patient|client|student)\b|\bi\s+(?:manage|prescribe)\s+(?:her|his|their|the)?\s*"
    r"(?:medications?|meds)\s+for\b|\bplacing\s+(?:my\s+)?(?:remaining\s+)?clients\b|\b(?:closing|retiring\s+from)\s+my\s+practice\b",
    re.IGNORECASE,
)
_VENDOR = re.compile(
    r"\b(?:most\s+of\s+)?our\s+(?:clients|customers|practices)\s+(?:see|get|report)\b|\bbump\s+in\s+collections\b"
    r"|\bworth\s+a\s+(?:quick\s+)?\d+[-\s]minute\s+(?:call|chat|demo)\b|\b(?:book|schedule)\s+a\s+(?:quick\s+|free\s+)?demo\b"
    r"|\bfor\s+(?:therapy|private|group|small)\s+practices\b|\bunsubscribe\b|\bearly\s+bird\b|\bCE\s+(?:hours|credits)\b"
    r"|\b(?:google|search)\s+(?:page\s+(?:1|one)|rankings?)\b|\bnot\s+ranking\b|\bfree\s+(?:seo\s+|website\s+|marketing\s+)?audit\b"
    r"|\bseo\b|\b(?:your|the)\s+website'?s?\s+(?:traffic|ranking|design)\b|\bmore\s+(?:clients|leads|patients)\s+(?:for|to)\s+your\b",
    re.IGNORECASE,
)
_CLINICAL_REFERRAL = re.compile(
    r"\b\d{1,2}\s?(?:M|F|yo|y/o)\b.{0,80}\b(?:MDD|GAD|PTSD|dx|hx|PHQ|GAD-7|SI|HI)\b|\b(?:pt|patient)\s+(?:is\s+)?aware\b"
)
"""A referral in clinical shorthand ("28M, MDD moderate, hx trauma... Pt aware"): a person to help, whatever a model
trained on colleagues' admin mail thinks."""
_PROFESSIONAL = re.compile(
    r"(?i:\bi'?m\s+(?:a|an|the|one\s+of\s+the)\s+(?:\w+\s+)?(?:physician|doctor|pediatrician|nurse|social\s+worker|"
    r"school\s+counsel(?:or|lor)s?|psychiatrist|therapist|case\s+manager|care\s+coordinator|np|pcp|counsel(?:or|lor)s?|"
    r"psychologist|lpc|lcsw|lmft|mediator|attorney|lawyer|pastor|chaplain|midwife|doula|dietitian|probation\s+officer)\b)"
    r"|\b(?:MD|LCSW|LPC|LMFT|PsyD|PhD|NP|RN|PA-C)\b|,\s*DO\b|(?i:\bwe\s+coordinate\b|\bEAP\s+"
    r"(?:coordinat\w+|counsel\w+|case)|\bsoy\s+(?:consejer[oa]|m[ée]dic[oa]|doctora?|trabajador[a]?\s+social|enfermer[oa]|"
    r"psic[óo]log[oa]|terapeuta)\b)",
)
_ABOUT_CLIENT = re.compile(
    r"\b(?:refer|referral|(?:we|i)\s+have\s+an?\s+(?:employee|patient|client|student|member)|one\s+of\s+our\s+(?:patients|clients|students|employees)|my\s+(?:patient|client|student)s?|one\s+of\s+my\s+(?:patients|clients|students)|a\s+(?:patient|"
    r"client|student)\s+(?:of\s+mine|who)|(?:working|work)\s+with\s+a\b|the\s+family\b|i\s+have\s+a\s+(?:\w+\s+)?(?:couple|family|teen|"
    r"young)\b|send\s+(?:them|her|him)\s+your\s+way|(?:patient|client|student)\s+of\s+mine|my\s+individual\s+clients|"
    r"we\s+have\s+a\s+(?:new\s+|young\s+)?(?:mom|mother|dad|father|patient|teen|couple|family|woman|man|client|student)\b|"
    r"i\s+see\s+(?:the|a|her|him|this)\s+(?:\w+\s+){0,2}individually|(?:who|she|he|they)(?:'d|\s+would)\s+benefit\s+from|warm\s+hand-?off|refiero|le\s+refiero|(?:i'?ve\s+been|i\s+have\s+been)\s+"
    r"seeing\s+a\s+(?:lovely\s+|young\s+)?(?:couple|client|family|teen|woman|man)\b|(?:they|she|he)'?d\s+be\s+a\s+(?:great\s+)?fit)",
    re.IGNORECASE,
)
_FOR_SOMEONE = re.compile(
    r"\bmy\s+\d{1,2}[-\s](?:year|yr)[-\s]old\b|\b(?:for|about)\s+my\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen|husband|wife|partner|mom|mother|dad|father|friend|"
    r"sister|brother|grandson|granddaughter|niece|nephew)\b|\bmy\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen|husband|wife|"
    r"partner|mom|mother|dad|father|friend|sister|brother)\s+(?:is|has|needs|won'?t|doesn'?t|has\s+been|says|said|told|"
    r"keeps|was|just)\b|\bpara\s+mi\s+(?:hij[oa]|espos[oa]|mam[áa]|pap[áa]|herman[oa])\b|\bmi\s+(?:hij[oa]|espos[oa])\s+"
    r"(?:est[áa]|tiene|necesita|dijo|ha)\b",
    re.IGNORECASE,
)
_SOON_CONTEXT = re.compile(
    r"\?|\b(?:appointment|session|opening|spot|availability|available|get(?:ting)?\s+in|come\s+in|anything|see\s+(?:someone|somebody|you|a)|"
    r"talk\s+to|speak\s+(?:to|with)|start(?:ing)?\s+(?:therapy|counseling|sessions)|book|schedule|meet|space|time|"
    r"cita|espacio|sesi[óo]n|hablar\s+con|empezar|ver\s+a|atender)",
    re.IGNORECASE,
)
_WANTS_REFERRAL = re.compile(
    r"\b(?:know|recommend|suggest)\s+(?:of\s+)?(?:who|someone|somebody|anyone|anybody|a\s+(?:place|provider|therapist|"
    r"clinic|group|practice))\b|\b(?:refer|point)\s+(?:me|us|him|her|them)\s+(?:to|in\s+the\s+right)\b"
    r"|\b(?:me|nos)\s+(?:pueden|podr[ií]an|puede)\s+recomendar\b|\brecomendar(?:me|nos)?\s+a\s+alguien\b",
    re.IGNORECASE,
)
_CAPABILITY = re.compile(
    r"\b(?:is|are)\s+(?:this|that|these|those)\s+(?:something|things?|a\s+service)\b|\bdo\s+you\s+(?:do|offer|work\s+with)\s+"
    r"(?:that|this|those|it)\b|\bwork\s+with\s+(?:that|this)\b|\b(?:lo|eso)\s+(?:hacen|ofrecen|trabajan)\b",
    re.IGNORECASE,
)
_BRANDS = re.compile(
    r"\b(anthem|premera|regence|highmark|carefirst|wellmark|florida\s+blue|excellus|horizon\s+bcbs|independence\s+blue)",
    re.IGNORECASE,
)
_UNWELL = re.compile(
    r"\b(?:sick|ill|fever|flu|covid|throwing\s+up|vomit\w*|stomach\s+bug|migraine|hospital\w*|emergency|e\.?r\.?\b|"
    r"urgent\s+care|accident|enferm[oa]|fiebre|malo|mala|hospitalizad[oa]|urgencias|infarto)\b",
    re.IGNORECASE,
)
_NO_VIDEO = re.compile(
    r"\b(?:can'?t|cannot|don'?t|do\s+not|not\s+(?:good|great)\s+with|hate|refuse\w*|won'?t)\s+(?:\w+\s+){0,3}?"
    r"(?:computers?|zoom|video|technology|screens?)\b|\bin[-\s]person\s+only\b|\bonly\s+in[-\s]person\b|"
    r"\b(?:no|don'?t\s+(?:have|own)\s+a|do\s+not\s+own\s+a)\s+computer\b|\bno\s+(?:zoom|video)\b|"
    r"\bno\s+me\s+llevo\s+(?:muy\s+)?bien\s+con\s+la\s+computadora\b|\bno\s+tengo\s+computadora\b|\bsolo\s+en\s+persona\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(r"\b(?:it|that|this|those|them|one|such|so|eso)\b", re.IGNORECASE)
_TRIVIAL_QUESTION = re.compile(
    r"how\s+are\s+you|hope\s+(?:you|this|all)|right\?|make\s+sense|is\s+(?:that|this)\s+(?:ok|okay|alright|possible)"
    r"|thoughts\?|can\s+you\s+help|could\s+you\s+help|is\s+this\s+the\s+right|who\s+should\s+i|what\s+do\s+you\s+think"
    r"|any\s+(?:advice|suggestions)|does\s+that\s+work|c[óo]mo\s+est[áa]|qu[ée]\s+tal|me\s+pueden\s+ayudar"
    r"|^\W*(?:hi|hello|hey)\b"
    r"|\b(?:can|could)\s+(?:you|someone)\s+(?:take\s+a\s+look|look\s+into\s+(?:it|this|that)|check)\b",
    re.IGNORECASE,
)


gated(_ACCEPTING, _BOOKING, _WANTS_REFERRAL)


def read_request(inquiry: Inquiry, classification: Classification, extraction: Extraction) -> Request:
    """The Request for one understood message (pure: the same message always reads the same way)."""
    labels = set(classification.labels)
    text = inquiry.text
    if inquiry.source == "referral" and inquiry.forwarded_text:
        text = f"{text}\n{inquiry.forwarded_text}"
    items = sentences(text)
    subject = inquiry.subject if re.search(r"\?|insurance|couples|fee|cost", inquiry.subject, re.I) else ""
    if subject:
        items = [*sentences(subject + "\n"), *items]
    when = read_when(text)
    paying = read_paying(items, inquiry.form.insurance if inquiry.form else None)
    age_questions, client_age = read_age(items)
    client_questions, says_client, soon = read_client(items)
    questions: list[Question] = [*client_questions]
    questions += _intake_questions(items, labels)
    questions += age_questions
    questions += read_couples(items) if "couples" in labels or not client_questions else []
    for reader in (read_language, read_therapist, read_modality, read_location):
        questions += reader(items)
    referring = inquiry.source == "referral" or _from_professional(inquiry)
    # a form's "reason for reaching out" names what they want help with: every service in it is asked about
    questions += _services(items, questions, referring or inquiry.form is not None)
    questions += _when_questions(when)
    questions += paying.questions
    insurer = paying.insurer or (own_carrier(inquiry.history) if inquiry.history else None)
    # "Re: Rescheduling" / "Tuesday at 4 works great, see you then!" with the thread cut off: a time we offered
    answers_offer = is_reply(inquiry.subject) and len(inquiry.text) < 300 and bool(when.wanted)
    offered = staff_offered_time(inquiry.history) or (answers_offer and accepts(inquiry.text))
    declined = offered and declines(inquiry.text)
    situation = read_situation(text)
    known = Known(
        insurer=insurer or extraction.carrier,
        no_insurance=paying.no_insurance,
        payment=paying.payment,
        days_ruled_out=when.ruled_out,
        client_age=client_age,
        offered_time=offered and not declined,
        declined_offer=declined,
        undecided_offer=offered and not declined and not accepts(inquiry.text),
        existing_client=says_client or thread_shows_client(inquiry.history, inquiry.subject),
        session_soon=soon,
        running_late=running_late(items),
        thanks_only=bool(_THANKS.search(text)) and "?" not in text,
        wants_consultation=bool(_CONSULT_WANTED.search(text)),
        no_video=bool(_NO_VIDEO.search(text)),
        insurer_brand=_brand(text),
        unwell=bool(_UNWELL.search(text)),
        in_thread=bool(inquiry.history.strip()),
        concerns=_concerns(items, questions, situation),
    )
    if known.existing_client and not {q.kind for q in questions} & {Kind.RESCHEDULE, Kind.CANCEL}:
        questions += [q for q in (moved_session(items),) if q is not None]
    intent = _intent(inquiry, labels, questions, known, known.running_late)
    if intent == Intent.NEW_INQUIRY or intent == Intent.REFERRAL:
        questions += _from_labels(labels, questions, known, text)
    questions += _other(items, questions)
    if intent in (Intent.NOT_INQUIRY, Intent.WITHDRAWAL):
        questions = []
    professional = intent in (Intent.REFERRAL, Intent.CRISIS) and _from_professional(inquiry)
    return Request(
        intent=intent,
        questions=tuple(_merge(questions)),
        known=known,
        situation=situation if intent not in (Intent.NOT_INQUIRY, Intent.REFERRAL) else None,
        about_someone_else=intent == Intent.REFERRAL or professional or _about_someone_else(text, intent),
        from_professional=professional,
        asked=tuple(evidence(s, 300) for s in items if "?" in s.text or _INDIRECT_QUESTION.search(s.text))[:10],
    )


def _intent(inquiry: Inquiry, labels: set[str], questions: list[Question], known: Known, late: bool) -> Intent:
    if "crisis" in labels:
        return Intent.CRISIS
    kinds = {q.kind for q in questions}
    if (
        withdrawn(inquiry.text)
        and (not kinds & CLIENT_KINDS or _CONSULT_CANCELLED.search(inquiry.text))
        and "?" not in inquiry.text
        and not inquiry.loop.never_reply
    ):
        return Intent.WITHDRAWAL
    # A client's own business (records, a bill) reads like admin mail to the model; a referral in shorthand too.
    # Only a colleague's referral overrules that: a vendor's pitch names superbills and billing just like a client.
    admin = "not_inquiry" in labels  # only then does it matter whether a colleague or a client wrote it
    client = says_client(inquiry.text) or known.existing_client
    if inquiry.loop.never_reply or (admin and not (_from_professional(inquiry) or client)):
        return Intent.NOT_INQUIRY
    if _VENDOR.search(inquiry.text):
        return Intent.NOT_INQUIRY  # a pitch that talks about clients and insurance is still a pitch
    if inquiry.source == "referral" or _from_professional(inquiry):
        return Intent.REFERRAL
    if kinds & CLIENT_KINDS or known.existing_client or late:
        return Intent.CLIENT_REQUEST
    return Intent.NEW_INQUIRY


_CONSULT_WANTED = re.compile(
    r"\b(?:book|schedule|set\s+up|arrange|have|do|take\s+you\s+up\s+on|like|want|request)\s+(?:a|the|your|that)\s+"
    r"(?:free\s+)?(?:\d+[-\s]minute\s+)?(?:phone\s+)?consult(?:ation)?\b|\bagendar\s+(?:la|una)\s+consulta\b",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:just\s+wanted\s+to\s+say\s+)?(?:thank\s+you|thanks\s+so\s+much|muchas\s+gracias)\b", re.I)
_CONSULT_CANCELLED = re.compile(r"\bcancel\s+(?:my|the|our)\s+(?:free\s+)?(?:consult|consultation|intake)\b", re.I)
"""'Please cancel my consultation call, I no longer need it': a lead withdrawing, not a client's session."""


def _about_someone_else(text: str, intent: Intent) -> bool:
    """Whose risk or whose therapy: for a crisis, the words nearest the risk decide ("my son is 5 and I want to
    die" is the writer's own); otherwise anyone the message is for ("for my daughter")."""
    hit = find_crisis(text) if intent == Intent.CRISIS else None
    return hit.about_another if hit is not None else bool(_FOR_SOMEONE.search(text))


def _brand(text: str) -> str | None:
    found = _BRANDS.search(text)
    return " ".join(found.group(1).split()).title() if found else None


def worth_reading(inquiry: Inquiry, labels: tuple[str, ...]) -> bool:
    """Whether the reader could find anything to answer: mail the model calls "not an inquiry" is read only when a
    colleague's referral, a withdrawal or a client speaking of their own sessions shows in it, so newsletters
    and pitches cost no more than their classification."""
    if inquiry.loop.never_reply:
        return False
    return (
        "not_inquiry" not in labels
        or _from_professional(inquiry)
        or withdrawn(inquiry.text)
        or says_client(inquiry.text)
        or (bool(inquiry.history.strip()) and thread_shows_client(inquiry.history, inquiry.subject))
    )


_REFERRAL_SUBJECT = re.compile(
    r"\breferral\s*(?:[-:–]|request\b|for\b)|\bprofessional\s+referral\b|\b(?:EAP|pt|patient|client)\s+referral\b|\breferencia\s+de\s+paciente\b",
    re.IGNORECASE,
)


def _from_professional(inquiry: Inquiry) -> bool:
    """A doctor, school counsellor, therapist or EAP writing about someone they would refer."""
    return _professional_words(inquiry.text, inquiry.sender_name or "", inquiry.subject or "")


@lru_cache(maxsize=4)
def _professional_words(text: str, sender_name: str, subject: str) -> bool:
    """Asked three times for one message (is it worth reading, its intent, its request): read once. The cache holds
    only the last few messages, so a benchmark that repeats its corpus gains nothing from it."""
    professional = _PROFESSIONAL.search(text) or _PROFESSIONAL.search(sender_name)
    return bool(
        _REFERRAL.search(text)
        or _REFERRAL_SUBJECT.search(subject)
        or (professional and _ABOUT_CLIENT.search(text))
        or _CLINICAL_REFERRAL.search(text)
    )


def _intake_questions(items: list[Sentence], labels: set[str]) -> list[Question]:
    out: list[Question] = []
    for kind, pattern in ((Kind.ACCEPTING, _ACCEPTING), (Kind.BOOKING, _BOOKING)):
        s = next((s for s in matching(pattern, items) if s.asks or kind == Kind.BOOKING), None)
        if s is not None:
            out.append(Question(kind, (), evidence(s)))
    return out


def _services(items: list[Sentence], found: list[Question], referring: bool = False) -> list[Question]:
    """Services asked about; in a colleague's referral, the reason for it too ("6 wks postpartum, EPDS 14")."""
    named = find_services(whole(items))
    if not named:
        return []
    taken = {v for q in found if q.kind == Kind.THERAPIST for v in q.values}
    values: list[str] = []
    where = ""
    for i, s in enumerate(items):
        # "...a psychological evaluation before surgery. Is this something you do?": the question is the next one
        asked_next = i + 1 < len(items) and bool(_CAPABILITY.search(items[i + 1].text))
        if not s.asks and not asked_next and not referring:
            continue
        for key in find_services(s.text, among=named):
            if key == "faith-based" and taken & {"christian", "catholic", "jewish", "muslim"}:
                continue
            if key == "lgbtq" and "lgbtq" in taken:
                continue
            if key not in values:
                values.append(key)
                where = where or evidence(s)
    return [Question(Kind.SERVICE, tuple(values), where)] if values else []


def _concerns(items: list[Sentence], questions: list[Question], situation: Situation | None) -> tuple[str, ...]:
    asked = {v for q in questions if q.kind in (Kind.SERVICE, Kind.THERAPIST, Kind.COUPLES) for v in q.values}
    named = find_services(whole(items))
    if situation == Situation.LOSS and "grief" not in named:
        named.append("grief")  # "my wife of 51 years passed away in August": grief, whatever word they used
    return tuple(v for v in named if v not in asked and v not in ("faith-based", "lgbtq", "couples"))


def _when_questions(when: When) -> list[Question]:
    out: list[Question] = []
    wanted = when.wanted
    if not wanted and when.ruled_out and when.any_day:
        wanted = tuple(d for d in WEEKDAYS if d not in when.ruled_out)
    if wanted or when.ruled_out:
        out.append(Question(Kind.DAYS, wanted, when.day_evidence))
    if when.times:
        out.append(Question(Kind.TIME_OF_DAY, when.times, when.time_evidence))
    if when.urgency and _SOON_CONTEXT.search(when.urgency_evidence):
        out.append(Question(Kind.URGENCY, when.urgency[:1], when.urgency_evidence))
    return out


def _from_labels(labels: set[str], questions: list[Question], known: Known, text: str) -> list[Question]:
    """Every topic the classifier found gets at least one question, so nothing the person raised goes unanswered."""
    kinds = {q.kind for q in questions}
    out: list[Question] = []
    if "insurance" in labels and not kinds & {Kind.INSURANCE, Kind.PAYMENT} and not known.no_insurance:
        out.append(Question(Kind.INSURANCE, (known.insurer,) if known.insurer else (), ""))
    if "fees" in labels and not kinds & {Kind.FEES, Kind.PAYMENT, Kind.CANCELLATION}:
        out.append(Question(Kind.FEES, ("session",), ""))
    if "couples" in labels and Kind.COUPLES not in kinds and COUPLE_WORDS.search(text) and not NOT_COUPLES.search(text):
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


def _understood(s: Sentence, named: list[str]) -> bool:
    """Whether any reader finds a question in this one sentence."""
    one = [s]
    when = read_when(s.text)
    if when.wanted or when.ruled_out or when.times or when.urgency or when.any_day:
        return True
    if read_paying(one, None).questions or read_client(one)[0] or _intake_questions(one, set()):
        return True
    if read_age(one)[0] or read_couples(one) or (named and find_services(s.text, among=named)):
        return True
    return any(reader(one) for reader in (read_language, read_therapist, read_modality, read_location))


def _other(items: list[Sentence], questions: list[Question]) -> list[Question]:
    """Questions (with a question mark) that no reader understood: answered from the FAQ, or flagged for staff."""
    out: list[Question] = []
    named = find_services(whole(items))
    wants_referral = next(matching(_WANTS_REFERRAL, items), None)
    if wants_referral is not None:  # "or do you know who does?": answered by a referral line, else by staff
        out.append(Question(Kind.OTHER, ("referral",), evidence(wants_referral)))
    answered = {q.evidence for q in questions if q.evidence}
    for i, whole_sentence in enumerate(items):
        if whole_sentence is wants_referral:
            continue
        asks = "?" in whole_sentence.text or bool(
            _LISTED_QUESTION.match(whole_sentence.text)
            or _INDIRECT_QUESTION.search(whole_sentence.text)
            or (_BARE_QUESTION.match(whole_sentence.text) and _ends_paragraph(items, i))
        )
        for s in _clauses(whole_sentence) if asks else ():
            said = evidence(s)
            beyond = _BEYOND_READERS.search(s.text)  # "...and is the Gottman method something you use?"
            if said in answered and s is whole_sentence and not beyond:
                continue  # a reader already took its question from this very sentence
            if _TRIVIAL_QUESTION.search(s.text) or len(said.split()) < 3 or (_understood(s, named) and not beyond):
                continue
            short = len(said.split()) <= (10 if s is whole_sentence else 5)
            if questions and short and _ANAPHORA.search(said):
                continue  # "do you take it?": about what the sentence before asked, which is answered already
            out.append(Question(Kind.OTHER, (said.lower()[:100],), said))
            if s is whole_sentence:
                break  # the whole sentence is flagged: its parts with it
    return out[:3]


_LISTED_QUESTION = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|[-•*])\s*(?:whether|if|how|what|when|which|who|why|is|are|do|does|can|could|will)\b", re.I
)
"""'(1) Whether your records are ever disclosed...': a question in a numbered list, with no question mark."""


def _ends_paragraph(items: list[Sentence], i: int) -> bool:
    """A sentence ended by its own full stop, or the last line of its paragraph: not the first line of a question
    the mail client wrapped ("Do you take" / "Aetna?")."""
    s = items[i]
    if s.text.rstrip(" \t").endswith((".", "!")):
        return True
    return i + 1 == len(items) or items[i + 1].start > s.end or not items[i + 1].text.strip()


_BARE_QUESTION = re.compile(
    r"^\W*(?:and\s+|also\s+|so\s+|but\s+|or\s+)?(?:do|does|can|could|is|are|will|would|should)\s+(?:you|u|y'?all|your|i|we|there|it|she|he|they)\b"
    r"|^\W*(?:and\s+|also\s+|so\s+)?(?:how\s+(?:much|long|many|often|soon|does|do)|what'?s\s+(?:the|your)|what\s+(?:is|are)\s+(?:the|your))\b",
    re.IGNORECASE,
)
"""'how much per session' / 'and do you take venmo or is it card only': a question typed without its question mark."""
_BEYOND_READERS = re.compile(
    r"(?<!esa\s)(?<!animal\s)\b(?:letters?|paperwork|forms?\s+(?:for|from)|documentation|method|approach|gottman|how\s+many\s+sessions|how\s+often"
    r"|weekly\s+or|every\s+other\s+week|bi-?weekly|twice\s+a\s+(?:week|month)|join\s+(?:us|me|a\s+session|the\s+session|in)"
    r"|sit\s+in|sign\s+(?:something|a\s+release|anything|a\s+form)|venmo|zelle|paypal|payment\s+plan|interpreter"
    r"|service\s+(?:animal|dog)|experience\s+(?:with|working\s+with)\s+(?:veterans?|military|autis\w+|adopt\w+|first\s+responders?))\b",
    re.IGNORECASE,
)
"""What no reader answers even inside a sentence a reader took another question from: its own note for staff."""
_INDIRECT_QUESTION = re.compile(
    r"\b(?:i\s+was\s+wondering|i'?m\s+wondering|wonder(?:ing|ed)?\s+(?:\w+\s+)?(?:if|whether|what|how|when|about)"
    r"|curious\s+(?:if|whether|about|how|what|to\s+know)|(?:want(?:ed)?|would\s+like|'d\s+like|like)\s+to\s+(?:know|ask|"
    r"find\s+out|check)\s+(?:if|whether|what|how|when|which|who|about)|please\s+(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|"
    r"advise|confirm)\s+(?:if|whether|what|how|when|which|who|about)|(?:can|could)\s+you\s+(?:tell|explain)\b"
    r"|not\s+sure\s+(?:if|whether)|(?:me\s+gustar[ií]a|quisiera|quer[ií]a)\s+saber)",
    re.IGNORECASE,
)
"""'I was wondering whether you offer X.' / 'Please let me know if...': a question without a question mark."""
_NEXT_QUESTION = re.compile(
    r",?\s+(?:and|or|also|y|o)\s+(?=(?:can|could|would|will|do|does|is|are|should|may)\s+(?:you|i|we|she|he|they|there)\b)",
    re.IGNORECASE,
)


def _clauses(s: Sentence) -> list[Sentence]:
    """The sentence, then each further question joined to it ("Do you do X and can you give a letter?")."""
    parts = _NEXT_QUESTION.split(s.text)
    if len(parts) == 1:
        return [s]
    out = [s]
    offset = s.start
    for part in parts[1:]:
        at = s.text.find(part)
        out.append(Sentence(offset + max(at, 0), offset + max(at, 0) + len(part), part))
    return out


def _merge(questions: list[Question]) -> list[Question]:
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
