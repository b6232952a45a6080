"""Answers to whatever else they ask: the practice's own FAQ, who else could help, a call asked for, records a
colleague offers. A question nothing answers becomes a note to staff, never a guess."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering
from triage.core.answer_words import ANOTHER_ASK, ANYWAY, FOR_THAT, IT, OR_SELF_PAY, SEE_THEM, SESSION_NAMED
from triage.core.faq import faq_answer
from triage.core.request import Intent, Kind, Question

_STOP_ASKED = re.compile(r"\b(?:stop|pause|quit|cancel)\b", re.IGNORECASE)
_COME_BACK = re.compile(r"\bcome\s+back\b|\breturn\b|\bstart\s+(?:again|back\s+up)\b", re.IGNORECASE)
_WHO_ELSE = re.compile(
    r"\b(?:who|where|whom)\s+(?:would|could|do|can|should)\s+(?:you|we|i)\s+(?:recommend|suggest|refer|go|try|turn)"
    r"|\b(?:recommend|suggest|refer\s+(?:us|me|her|him)\s+to)\s+(?:someone|anyone|somewhere|a\s+(?:place|specialist|program))\b",
    re.IGNORECASE,
)


def other(p: Answering, q: Question) -> None:
    if ANYWAY.search(q.evidence) and any(b.facts.get("anyway") for b in p.blocks):
        p.answered.add(q.kind)  # "we'd still be glad to see him for therapy" beside the service we don't offer
        return
    if p.request.known.ending and _COME_BACK.search(q.evidence) and any(b.template == "cancel" for b in p.blocks):
        p.answered.add(q.kind)  # "would it be okay to come back later?": "you're always welcome back" says yes
        return
    if _STOP_ASKED.search(q.evidence) and any(b.template == "cancel_unless_scale" for b in p.blocks):
        p.answered.add(q.kind)  # "or should I just stop for now?": the rate first, and stopping if they still wish
        return
    if _WHO_ELSE.search(q.evidence) and any(b.facts.get("referral") for b in p.blocks):
        p.answered.add(q.kind)  # "If not, who would you recommend?": the "we don't offer that" paragraph names who
        return
    if q.values == ("referral",):
        referred = any(b.facts.get("referral") for b in p.blocks)
        if referred:
            p.answered.add(q.kind)  # the "we don't offer that" paragraph names who does
        else:
            p.flag(q.kind, "they ask who else could help")
        return
    if q.values[:1] == ("call the client",):
        unreachable = "no contact" in q.values
        missing = "; they give no number for them" if unreachable else ""
        p.flag(q.kind, f'they ask you to call the client ("{q.evidence}"){missing}')
        p.referrer_arranges = True
        if p.intent == Intent.REFERRAL and not _ONLY_IF.search(q.evidence):
            # "we'll reach out to her directly", not "she's welcome to book"; with no number given, ask for it
            # (not "Do you accept OHP? If so, please contact her directly": staff decide, once the plan is answered)
            p.add(q.kind, "contact_client", ask_details=unreachable)
        return
    if q.values == ("a different time each week",):
        # "I can't commit to the same day every week. Is that a dealbreaker?": how the practice books is its own say
        p.flag(q.kind, "their times change week to week: say whether they can book session by session")
        return
    if q.values[:1] == ("call them",):
        number = q.values[1] if len(q.values) > 1 and q.values[1] else ""
        p.flag(q.kind, f"they ask you to call them{' at ' + number if number else ''}")
        return
    if q.values == ("the referrer arranges",):
        p.answered.add(q.kind)
        p.referrer_arranges = True
        return
    if q.values == ("confidentiality",):
        answer = faq_answer(p.practice, "Is therapy confidential?", p.lang)
        if answer is None:
            p.flag(q.kind, f'they ask about confidentiality ("{q.evidence}")')
        elif answer not in p.faq_given():
            p.add(q.kind, "faq", answer=answer)
        else:
            p.answered.add(q.kind)
        return
    if q.values[:1] == ("records offered",):
        what, release = q.values[1], q.values[2] if len(q.values) > 2 else ""
        if p.lang != "en":  # their words are English-only: staff thank them in Spanish
            p.flag(q.kind, f'they offer {what} ("{q.evidence}"): thank them')
            return
        p.add(q.kind, "records_offer", what=what, plural=what.endswith("s"), release=bool(release))
        return
    if q.values == ("a call with the referrer",):
        p.flag(q.kind, f'they offer a call about the client ("{q.evidence}"): arrange it')
        return
    if any(b.template == "not_offered" for b in p.blocks) and FOR_THAT.search(q.evidence):
        p.answered.add(q.kind)  # "i really just need the letter, could i do one session for that?": no, above
        return
    if "age" in p.refusals and _SESSION_DETAIL.search(q.evidence):
        p.answered.add(q.kind)  # "would I be able to sit in on the first session?", of a child we can't see: moot
        return
    if p.court_refused and _COURT_PAPERS.search(q.evidence):
        p.answered.add(q.kind)  # "and can you send the paperwork to my PO?": the court-ordered line says where to go
        return
    if p.refused and SEE_THEM.search(q.evidence):
        p.answered.add(q.kind)  # "could a therapist see him for the behavior side?": the age answer says no
        return
    if OR_SELF_PAY.search(f"or {q.evidence}") and any(b.template == "insurance" for b in p.blocks):
        p.answered.add(q.kind)  # "...or would I be paying out of pocket?": the insurance paragraph answers it
        return
    asked = list(p.request.asked)
    at = asked.index(q.evidence) if q.evidence in asked else 0
    before = asked[at - 1] if at > 0 else ""
    answer = faq_answer(p.practice, _it_named(before, q.evidence), p.lang)
    if answer and _first_session_to_a_client(p, answer):
        answer = None  # a client's "anything we need to do on our end?" is no first session's paperwork: staff say
    if answer and answer in p.faq_given():
        p.answered.add(q.kind)  # the FAQ pass gave it already: said once
    elif answer:
        p.add(q.kind, "faq", answer=answer)
    elif q.evidence in p.noted_services:
        p.answered.add(q.kind)  # "Is your couples therapist Gottman trained?": the service note asks it once
    else:
        p.flag(q.kind, f'they ask: "{q.evidence}"')


_SESSION_DETAIL = re.compile(
    r"\bsit\s+in\b|\bsessions?\b|\bappointments?\b|\bin\s+the\s+room\b|\bestar\s+presente\b|\bsesi[oó]n(?:es)?\b",
    re.IGNORECASE,
)
_COURT_PAPERS = re.compile(
    r"\b(?:paperwork|proof|letters?|forms?|reports?|attendance|court|judge|probation|po)\b", re.IGNORECASE
)


def _it_named(before: str, question: str) -> str:
    """'What happens in the first session? How long is it?': "it" is the session the question `before` named."""
    named = SESSION_NAMED.findall(before)
    return IT.sub(named[-1], question.strip(), count=1) if named else question


def faq_given(p: Answering) -> set[str]:
    """The FAQ answers this reply already gives: each is said once."""
    return {str(b.facts.get("answer")) for b in p.blocks if b.template == "faq"}


_FIRST_SESSION = re.compile(r"\b(?:your|the)\s+first\s+session\b|\bprimera\s+sesi[óo]n\b", re.IGNORECASE)


def _first_session_to_a_client(p: Answering, answer: str) -> bool:
    """An FAQ answer about the first session ("before your first session we'll email you our intake forms") said to a
    client of months ("is there anything we need to do on our end?"): not theirs."""
    client = p.intent == Intent.CLIENT_REQUEST or p.request.known.existing_client
    # ("I'm booked for my first session Thursday. Is there anything I should bring?": their first session, coming)
    first_coming = p.request.known.booked or any(
        _OWN_FIRST.search(x) for x in (*p.request.asked, *(q.evidence for q in p.request.questions))
    )
    return client and not first_coming and bool(_FIRST_SESSION.search(answer))


_ONLY_IF = re.compile(r"^\W*if\s+(?:so|yes|you\s+(?:do|can|accept|take))\b", re.IGNORECASE)
_OWN_FIRST = re.compile(r"\b(?:my|our|his|her)\s+first\s+(?:session|appointment|visit)\b|\bprimera\s+cita\b", re.I)


def faq(p: Answering) -> None:
    """A question worded like one of the practice's FAQ gets the practice's own answer, whatever else it asked."""
    given = p.faq_given()
    before = ""
    # "Do you do court-ordered co-parenting sessions, and would you need to send anything back to the court?": what
    # goes with a service we refer out is no question of ours ("Nothing to prepare" would answer the wrong thing)
    refused = {q.evidence for q in p.request.questions if q.kind == Kind.SERVICE} if p.refused else set()
    for sentence in p.request.asked:
        if sentence in refused:
            continue
        # "What happens in the first session? Is it longer than the regular ones?": "it" is the first session
        before, sentence = sentence, _it_named(before, sentence)
        # "how much is a session and how long are they and what do you do in the first one": each part its own
        topic = " session" if re.search(r"\bsessions?\b", sentence, re.IGNORECASE) else ""
        for part in ANOTHER_ASK.split(sentence):
            answer = faq_answer(p.practice, part + topic, p.lang)
            if answer and _first_session_to_a_client(p, answer):  # what they need now is staff's to say
                p.flag(Kind.OTHER, f'they ask: "{part.strip()[:120]}"')
                continue
            if answer and answer not in given:
                p.add(Kind.OTHER, "faq", answer=answer)
                given.add(answer)
