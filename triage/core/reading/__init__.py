"""Reading a message into a Request: the intent, every question with its values and words, what they told.

Each kind of question has its own small reader (days, money, people, client, services); this module runs them
over the person's own sentences, decides the intent, and makes sure every topic the classifier found has at
least one question, so a reply never answers less than the labels promise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from triage.core.crisis import crisis_in, find_crisis
from triage.core.crisis_safety import RULED_OUT
from triage.core.language import OTHER_LANGUAGES
from triage.core.model import Classification, Extraction, Inquiry
from triage.core.parse import forwarded_from
from triage.core.phone import spoken_number, their_number
from triage.core.prefilter import Guarded
from triage.core.reading.billing import OWED
from triage.core.reading.circumstances import asks_to_come_back, read_circumstances, read_news
from triage.core.reading.client import (
    KEEPS_NEXT,
    NEXT_STANDS,
    confirm_asked,
    extra_session_booked,
    moved_session,
    read_client,
)
from triage.core.reading.client_signs import MOVING_HOUSE
from triage.core.reading.client_state import ENDING, ending_therapy, joins_session, running_late, settled_asks
from triage.core.reading.colleagues import eap_authorisation, from_professional
from triage.core.reading.concerns import concerns_told, past_only
from triage.core.reading.couples import JOINT_SESSIONS, read_couples
from triage.core.reading.days import WEEKDAYS, When, read_when
from triage.core.reading.intake import holiday_question, intake_questions, no_standing_slot, privacy_asked
from triage.core.reading.intent import head_reads_a_client, learned_intent, rule_intent, settle
from triage.core.reading.learned_kinds import fee_accepted, learned_client_kinds, unasked
from triage.core.reading.learned_news import learned_news
from triage.core.reading.modality import CANT_COME, read_modality
from triage.core.reading.money import insurer_brand, medicare_age, own_carrier, read_paying
from triage.core.reading.people import read_age
from triage.core.reading.place import read_location
from triage.core.reading.referrals import as_referrals_ask, couple_referred, referrer_asks
from triage.core.reading.same_session import same_session_switched
from triage.core.reading.sentences import Sentence, evidence, gated, listed_questions, matching, sentences, whole
from triage.core.reading.services import find_services, service_questions
from triage.core.reading.situation import read_situation, whose_situation
from triage.core.reading.thread import (
    accepts,
    declines,
    is_reply,
    names_a_time,
    staff_offered_time,
    thread_shows_client,
)
from triage.core.reading.told import CONSULT_WANTED, NO_VIDEO, NOT_READY, TAKEN_BACK, THANKS, UNWELL
from triage.core.reading.topics import from_labels, merge
from triage.core.reading.unanswered import BARE_QUESTION, INDIRECT_QUESTION, ends_paragraph, unanswered
from triage.core.reading.whose import about_someone_else, subject_for_someone
from triage.core.reading.wishes import read_language, read_therapist
from triage.core.request import Intent, Kind, Known, Question, Request, Situation

_SOON_CONTEXT = re.compile(
    r"\?|\b(?:appointment|appt|intake|session|opening|spot|availability|available|get(?:ting)?\s+in|come\s+in|anything|see\s+(?:someone|somebody|you|a)|"
    r"talk\s+to|speak\s+(?:to|with)|start(?:ing)?\s+(?:therapy|counseling|sessions)|book|schedule|meet|space|time|"
    r"cita|espacio|sesi[óo]n|hablar\s+con|empezar|ver\s+a|atender)",
    re.IGNORECASE,
)
_IF_SO_SUPERBILL = re.compile(
    r"\bif\s+(?:that'?s\s+the\s+case|not|you\s+don'?t|you'?re\s+not)\b[^.?!]{0,60}\bsuperbill|\bwould\s+you\s+(?:give|provide)\s+(?:me\s+)?a\s+superbill\b"
    r"|\bwould\s+i\b[^.?!]{0,40}?\b(?:get|receive)\s+a\s+superbill\b",
    re.IGNORECASE,
)
_REMINDER = re.compile(
    r"\breminder\b|\byour\s+next\s+(?:session|appointment)\s+(?:is|with|on)\b|\bis\s+(?:confirmed|booked)\b"
    r"|\b(?:you'?re|you\s+are)\s+(?:all\s+)?(?:confirmed|booked|scheduled)\s+(?:with|for|on)\b"
    r"|\ble\s+(?:recordamos|recuerdo)\s+(?:que\s+)?su\s+cita\b|\brecordatorio\b|\bsu\s+(?:pr[óo]xima\s+)?cita\s+(?:es|est[áa]\s+confirmada)\b",
    re.I,
)
"""A reminder of a booked session in the thread: what they move is that session, not an offer to take."""
_DISPUTED = re.compile(r"\brefund\b|\bin\s+error\b|\bby\s+mistake\b|\bshouldn'?t\s+have\s+been\s+charged\b", re.I)
_SCHEDULING = re.compile(
    r"\?|\b(?:appointments?|appts?|sessions?|slots?|times?|openings?|availab\w*|booked|booking|schedul\w*|reschedul\w*|move|"
    r"moving|switch\w*|come\s+in|instead|works?\s+(?:for|better|best)|free|prefer\w*|anything|skip\s+to|cita|horario)\b"
    r"|\bbook\s+(?:a|an|me|us|it|the|another|my|our|in|for)\b|\bwould\s+(?:be\s+)?(?:great|ideal|perfect|best)\b"
    r"|\b(?:combo|combination)\b|\bif\s+possible\b",
    re.IGNORECASE,
)
"""A day a client names is a day they ask for only beside words of scheduling."""
_WHEN_KINDS = (Kind.DAYS, Kind.TIME_OF_DAY)
_OPENING_KINDS = (Kind.TIME_OF_DAY, Kind.URGENCY)


_OUR_NETWORK = re.compile(
    # (from a sentence's start only: a search trying "[^.!?\n]*" from every letter took most of a millisecond)
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*\bwe(?:'re|\s+are)\s+(?:\w+\s+)?in[-\s]?network\b[^.!?\n]*"
    r"|(?:^|(?<=[.!?\n]))[^.!?\n]*\bwe\s+(?:also\s+|currently\s+)?(?:take|accept|bill)\b[^.!?\n]*",
    re.IGNORECASE,
)
"""Our own words in the quoted thread ("we're in network with Aetna, Regence and Kaiser") name no plan of theirs."""
_FROM_THERE = re.compile(r"\b(?:from|while\s+(?:i'?m|i\s+am|we'?re|we\s+are|he'?s|she'?s))\s+(?:out\s+)?there\b", re.I)


def read_request(inquiry: Inquiry, classification: Classification, extraction: Extraction) -> Request:
    """The Request for one understood message (pure: the same message always reads the same way)."""
    labels = set(classification.labels)
    text = inquiry.text
    if inquiry.forwarded_text and (inquiry.source == "referral" or _resent(inquiry)):
        # a colleague's forward is the inquiry; so is their own earlier mail sent again ("Resending this")
        text = f"{text}\n{inquiry.forwarded_text}"
    items = listed_questions(sentences(text))
    # ("Re: Couples therapy info" names the thread's first topic, answered already: a reply's subject asks nothing)
    reply = re.match(r"\s*(?:re|aw|sv)\s*:", inquiry.subject or "", re.I)
    subject = (
        # ("Moving to my daughter's in Texas": where the sessions would be, said only there)
        inquiry.subject
        if re.search(r"\?|insurance|couples|fee|cost|\b(?:moving|relocating)\s+to\b", inquiry.subject, re.I)
        and not reply
        else ""
    )
    headline = sentences(subject + "\n") if subject else []
    items = [*headline, *items]
    named = find_services(whole(items))  # every service the message names: read once, for each reader below
    when = read_when(text)
    paying = read_paying(items, inquiry.form.insurance if inquiry.form else None)
    age_questions, client_age = read_age(items)
    client_questions, says_client, soon = read_client(items)
    if not says_client and [q.kind for q in client_questions] == [Kind.SUPERBILL] and _IF_SO_SUPERBILL.search(text):
        # "I'm assuming you don't take Tricare, but if that's the case could you give me a superbill?": a new
        # person asking how out-of-network paying works, not a client asking for theirs
        client_questions = []
    questions: list[Question] = [*client_questions]
    questions += intake_questions(items, labels) + no_standing_slot(items)
    opening = holiday_question(items)
    questions += opening
    questions += age_questions
    questions += read_couples(items) if "couples" in labels or not client_questions else []
    for reader in (read_language, read_therapist, read_modality, read_location):
        questions += reader(items)
    referring = inquiry.source == "referral" or from_professional(inquiry)
    # a form's "reason for reaching out" names what they want help with: every service in it is asked about
    questions += service_questions(items, named, questions, referring or inquiry.form is not None)
    questions += _when_questions(when)
    if opening:
        # "Morning -- is the office open today?": the greeting and the day belong to the question about opening
        questions = [
            q
            for q in questions
            if q.kind not in _OPENING_KINDS or opening[0].evidence.lower() not in q.evidence.lower()
        ]
    open_days = next(matching(_WHICH_DAYS, items), None)
    if open_days is not None and not any(q.kind == Kind.DAYS for q in questions):
        questions.append(Question(Kind.DAYS, (), evidence(open_days)))  # "what days r u open": the days offered
    questions += paying.questions
    if any(q.kind == Kind.BILLING for q in questions):
        # "if it still doesn't work, how much do I owe total?": their balance, not what a session costs
        questions = [q for q in questions if not (q.kind == Kind.FEES and OWED.search(q.evidence))]
    if any(q.kind == Kind.CANCEL for q in questions):
        # "I must cancel tomorrow 9am ... Will I be charged the fee?": the late-cancellation fee, not the session's
        questions = [
            Question(Kind.CANCELLATION, (), q.evidence) if q.kind == Kind.FEES and _CHARGED.search(q.evidence) else q
            for q in questions
        ]
    if any(q.kind == Kind.BILLING for q in questions) and _DISPUTED.search(text):
        # "a no-show charge, but I cancelled on the 10th: refund it?": their account to check, not our policy to quote
        questions = [q for q in questions if q.kind != Kind.CANCELLATION]
    insurer = (
        paying.insurer
        or (own_carrier(_OUR_NETWORK.sub(" ", inquiry.history)) if inquiry.history else None)
        # "my husband sent me your info (below) ... they take Aetna which is what we have": their own forward
        or (own_carrier(inquiry.forwarded_text) if inquiry.forwarded_text and inquiry.source != "referral" else None)
    )
    # "Re: Rescheduling" / "Tuesday at 4 works great, see you then!" with the thread cut off: a time we offered
    # a quoted thread with no day or hour in it offered none ("we offer a free consultation" is no time)
    timed = not inquiry.history.strip() or names_a_time(inquiry.history)
    answers_offer = timed and is_reply(inquiry.subject) and len(inquiry.text) < 300 and bool(when.wanted)
    # "any chance I could move this Thursday's 6pm to Saturday morning?" with no thread quoted: their session to move
    moving = any(q.kind in (Kind.RESCHEDULE, Kind.CANCEL) for q in client_questions) and (
        bool(_REMINDER.search(inquiry.history)) or not inquiry.history.strip()
    )
    # "I need to move my 6/18 appointment" over a reminder of it: a booked session to move, not an offer to take
    answered_offer = answers_offer and (accepts(inquiry.text) or declines(inquiry.text))  # "Tuesday at 11 won't work"
    offered = not moving and (staff_offered_time(inquiry.history) or answered_offer)
    declined = offered and declines(inquiry.text)
    joined = whole(items)  # the text the other readers asked the prefix index about
    situation = read_situation(joined)
    # "my husband passed away": "the loss of your husband" (in the writer's own words: a forwarded letter's "my" is
    # its author's, whose daughter sends it on)
    kin, ailment = whose_situation(inquiry.text if inquiry.forwarded_text else joined, situation)
    known = Known(
        insurer=insurer or extraction.carrier,
        no_insurance=paying.no_insurance,
        # "Sessions authorized: 3" under "Cascade EAP Care Coordination Team": the EAP pays
        payment=(*paying.payment, "eap")
        if "eap" not in paying.payment and eap_authorisation(inquiry)
        else paying.payment,
        days_ruled_out=when.ruled_out,
        client_age=client_age,
        offered_time=offered and not declined,
        declined_offer=declined,
        undecided_offer=offered and not declined and not accepts(inquiry.text),
        existing_client=says_client
        or thread_shows_client(inquiry.history, inquiry.subject)
        or ("crisis" not in labels and head_reads_a_client(classification, text)),
        session_soon=soon,
        running_late=running_late(items),
        keeps_next=any(KEEPS_NEXT.search(s.text) or NEXT_STANDS.search(s.text) for s in items),
        thanks_only="?" not in text and not offered and bool(THANKS.search(text)),
        wants_consultation=bool(CONSULT_WANTED.search(text)),
        no_video=bool(NO_VIDEO.search(text)),
        medicare_age=medicare_age(text),
        no_office=bool(CANT_COME.search(text)),
        not_ready=bool(NOT_READY.search(text)),
        # "Insurance Provider: Regence BlueCross BlueShield" on the form names the brand as surely as the message
        insurer_brand=insurer_brand(text) or (insurer_brand(inquiry.form.insurance or "") if inquiry.form else None),
        unwell=bool(UNWELL.search(text)),
        ending=ending_therapy(items),
        in_thread=bool(inquiry.history.strip()),
        concerns=concerns_told([n for n in named if not past_only(n, items)], questions, situation),
        risk_cleared="crisis" not in labels and _risk_cleared(text),
        **read_circumstances(items),
        news=read_news(items)
        or learned_news(classification, text, inquiry.language, in_thread=bool(inquiry.history.strip())),
        kin=kin,
        ailment=ailment,
    )
    if known.existing_client and not {q.kind for q in questions} & {Kind.RESCHEDULE, Kind.CANCEL}:
        # "Could we move him to another day that week?": a move, read before the days it names are set aside
        questions += [q for q in (moved_session(items),) if q is not None]
    if known.existing_client and not referring and not {q.kind for q in questions} & {Kind.RESCHEDULE, Kind.CANCEL}:
        # a client's "we tried it on Sunday like you suggested", "no need to wait for Tuesday": days they tell of
        questions = [q for q in questions if q.kind not in _WHEN_KINDS or _SCHEDULING.search(q.evidence)]
        # "you mentioned a children's book about grief": a service a client speaks of, not one they ask we offer
        questions = [
            q for q in questions if q.kind != Kind.SERVICE or "?" in q.evidence or INDIRECT_QUESTION.search(q.evidence)
        ]
    if known.ending and known.existing_client and not {q.kind for q in questions} & {Kind.RESCHEDULE, Kind.CANCEL}:
        # "I'm ready to stop after next Wednesday's session": the sessions after it are to be cancelled
        questions.append(Question(Kind.CANCEL, (), evidence(next(matching(ENDING, items), items[0]))))
    confirming = confirm_asked(items) if known.existing_client else None
    joining = joins_session(items) if known.existing_client and confirming is None else None
    said_of = confirming or joining
    if said_of is not None:
        when_kinds = (Kind.DAYS, Kind.TIME_OF_DAY, Kind.URGENCY, *((Kind.MODALITY,) if joining else ()))
        # "my appointment next Wednesday at 11 ... is it still on?": the days named are the appointment's
        questions = [q for q in questions if q.kind not in when_kinds]
        what = "confirm their appointment" if confirming else "someone joining their session"
        questions.append(Question(Kind.OTHER, (what,), evidence(said_of)))
    intent = settle(rule_intent(inquiry, labels, questions, known), learned_intent(classification))
    if intent == Intent.NEW_INQUIRY and any(q.kind == Kind.RESCHEDULE for q in questions):
        # "Tuesdays don't work after all. Any chance of a Wednesday evening instead?" from someone not yet seen:
        # the first appointment, still to book, not a session to move
        have_booking = any(q.kind == Kind.BOOKING for q in questions)
        questions = [
            Question(Kind.BOOKING, (), q.evidence) if q.kind == Kind.RESCHEDULE else q
            for q in questions
            if not (q.kind == Kind.RESCHEDULE and have_booking)
        ]
    if intent == Intent.CLIENT_REQUEST and not known.existing_client:
        known = replace(known, existing_client=True)  # "can we push Thursday?": acting as a client shows they are one
    if intent == Intent.CLIENT_REQUEST and not known.offered_time:  # taking a time we offered is no request to move
        learned = learned_client_kinds(classification, questions, items, thanks_only=known.thanks_only)
        # "we move on the 28th. Can we keep doing our sessions by video?": a home moved, no session to move
        questions += [q for q in learned if not (q.kind == Kind.RESCHEDULE and MOVING_HOUSE.search(text))]
        questions = same_session_switched(questions, items)
        questions = fee_accepted(extra_session_booked(questions, text), items)
        # "If not, would I pay the full $165 and get a superbill?": how it would work, not a superbill to send them
        questions = [q for q in questions if not (q.kind == Kind.SUPERBILL and _IF_SO_SUPERBILL.search(q.evidence))]
    questions = [_statement_said(q, items) if q.kind == Kind.SUPERBILL else q for q in questions]
    moving_it = any(q.kind in (Kind.RESCHEDULE, Kind.BOOKING) for q in questions)
    if opening and not moving_it:  # "is the office open the Saturday after Christmas?": whether we are open then
        said = {q.evidence.strip(" ,") for q in opening}
        questions = [q for q in questions if not (q.kind == Kind.DAYS and any(x and x in q.evidence for x in said))]
    others = unanswered(items, questions, named)
    if known.returning and intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST):  # "Can I come back?": glad to
        others = [Question(Kind.ACCEPTING, (), q.evidence) if asks_to_come_back(q.evidence) else q for q in others]
    if questions:  # "Subject: Do you see WA residents?" heads a body that asks it again, and is answered there
        heard = {evidence(h) for h in headline}
        others = [q for q in others if q.evidence not in heard]
    if any(q.kind == Kind.LOCATION and q.values for q in questions):
        # "...my daughter's place in Boise, Idaho. Could I keep talking to the counselor from there?": the place said
        others = [q for q in others if not _FROM_THERE.search(q.evidence)]
    others += referrer_asks(items) if intent == Intent.REFERRAL else []
    others = privacy_asked(items, others) if intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST) else others
    call_me = next(matching(_CALL_ME, items), None) if intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST) else None
    if call_me is not None:
        number = their_number(text) or (inquiry.form.phone if inquiry.form else None) or spoken_number(text) or ""
        others.append(Question(Kind.OTHER, ("call them", number), evidence(call_me)))
    if intent == Intent.NEW_INQUIRY or intent == Intent.REFERRAL:
        questions += from_labels(labels, questions + others, known, text)
    questions += others
    if any(JOINT_SESSIONS in q.values for q in questions):
        # two sisters together are no couple: the session fee is said, and whether joint sessions cost more is staff's
        questions = [
            Question(Kind.FEES, ("session",), q.evidence) if q.kind == Kind.FEES and "couples" in q.values else q
            for q in questions
            if q.kind != Kind.COUPLES
        ]
    if inquiry.language in OTHER_LANGUAGES:
        # written in Korean: sessions in it are what it asks first, and its untranslated questions go to a translator
        named_language = OTHER_LANGUAGES[inquiry.language]
        questions = [q for q in questions if q.kind not in (Kind.OTHER, Kind.LANGUAGE)]
        questions.append(Question(Kind.LANGUAGE, (named_language,), ""))
    if intent in (Intent.NOT_INQUIRY, Intent.WITHDRAWAL):
        questions = []
    if intent == Intent.REFERRAL:
        questions = as_referrals_ask(questions)
        questions += couple_referred(items, questions)
    questions = settled_asks(questions, known, items)
    professional = intent in (Intent.REFERRAL, Intent.CRISIS) and from_professional(inquiry)
    return Request(
        intent=intent,
        questions=tuple(merge(unasked(classification, questions))),
        known=known,
        # a client ending therapy who "came in barely functioning after the divorce" hears thanks, not sympathy
        # a client stopping hears no word on what they told; a client pausing because the baby came early does
        situation=situation
        if intent not in (Intent.NOT_INQUIRY, Intent.REFERRAL) and (not known.ending or situation == Situation.NEW_BABY)
        else None,
        about_someone_else=intent == Intent.REFERRAL
        or professional
        # a clinic's front desk forwarding a patient's voicemail: the risk is in the forward, not the forwarder's words
        or (intent == Intent.CRISIS and inquiry.source == "referral" and crisis_in(inquiry.text) is None)
        or about_someone_else(text, intent, situation, inquiry.text)
        or (intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST) and subject_for_someone(inquiry.subject, text)),
        from_professional=professional,
        asked=tuple(
            evidence(s, 300)
            for i, s in enumerate(items)
            if "?" in s.text
            or INDIRECT_QUESTION.search(s.text)
            or (BARE_QUESTION.match(s.text) and ends_paragraph(items, i))  # "and how long is a session"
        )[:10],
    )


_CALL_ME = re.compile(
    r"\b(?:please|can\s+you|could\s+you|would\s+you|kindly)\s+(?:give\s+me\s+a\s+(?:call|ring)|call\s+me|phone\s+me)\b"
    r"(?!\s+(?:back\s+)?(?:if|only\s+if|in\s+case|when))|\bcall\s+me\s+back\b(?!\s+(?:if|only\s+if|in\s+case|when))|\b(?:best|easiest)\s+(?:way\s+)?to\s+reach\s+me\s+is\s+(?:by\s+)?phone\b"
    # "Please telephone me at 503-555-0199", "Call me, don't email, I don't check it": a person who wants a call
    r"|\b(?:please\s+)?telephone\s+me\b|(?:^|[.!?])\s*call\s+me(?=\s*(?:,|\.|at\s+\(?\d|on\s+my|\d))|\bcall\s+me\s+at\s+\(?\d",
    re.IGNORECASE,
)
"""'Please call me about making an appointment': staff make the call; a draft alone would not reach them."""
_CHARGED = re.compile(
    r"\b(?:charged?|pay)\s+(?:for\s+)?(?:the|a|that)\s+(?:full\s+|whole\s+|late\s+)?(?:fee|session)\b|\bthe\s+fee\s+for\s+(?:it|that)\b"
    # "no charge as long as I cancel 24 hours ahead, right?", "no fee since it's weeks ahead, right?"
    r"|\bno\s+(?:charge|fee)\s+(?:as\s+long\s+as|if|since|because|as)\b",
    re.I,
)
_WHICH_DAYS = re.compile(
    r"\b(?:what|which)\s+(?:days\s+(?:and\s+(?:hours|times)\s+)?|hours\s+)(?:are|r|do|does|is)\s+(?:you|u|y'?all|the\s+office|your\s+office|dana|sam)\b"
    r"|\bwhat\s+(?:are\s+)?(?:your|ur)\s+(?:days|office\s+hours|hours)\b|\bqu[ée]\s+d[ií]as\s+(?:atienden|abren|trabajan)\b",
    re.IGNORECASE,
)


def _resent(inquiry: Inquiry) -> bool:
    """Their own earlier message, forwarded again: what it asked is still asked."""
    return bool(inquiry.sender_email) and forwarded_from(inquiry.forwarded_header) == inquiry.sender_email


def _statement_said(q: Question, items: list[Sentence]) -> Question:
    """The words a superbill the head heard was asked in: the last that names one and does not take it back ("never
    mind that part. What I actually need is an itemized statement of my 2026 payments")."""
    if q.evidence and not TAKEN_BACK.search(q.evidence):
        return q
    said = [s for s in items if _RECEIPT.search(s.text) and not TAKEN_BACK.search(s.text)]
    return Question(q.kind, q.values, evidence(said[-1])) if said else q


_RECEIPT = re.compile(r"super\s?bill|itemi[sz]ed|statement|receipts?\b", re.IGNORECASE)


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


gated(_WHICH_DAYS, _CALL_ME)


def _risk_cleared(text: str) -> bool:
    """A risk said and then ruled out by someone who assessed it (read only where a safety word is written)."""
    return _RULED_OUT_GATE.could_match(text) and find_crisis(text, cleared=True) is not None


_RULED_OUT_GATE = Guarded(RULED_OUT)
"""Most messages hold none of the ways of ruling a risk out: the prefix index says so without running them all."""
