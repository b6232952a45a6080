"""What a colleague's referral asks beyond a client's questions: a call with them, a call to the patient, leaving
the arranging to them; and what in a referral is not the client asking (the presenting concern, their paperwork)."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence, evidence, gated, matching
from triage.core.request import Kind, Question

_CONSULT_OFFER = re.compile(
    # (not "He's open to talking to someone": the student's willingness, not the referrer's offer)
    r"(?<!he's\s)(?<!she's\s)(?<!they're\s)(?<!he\sis\s)(?<!she\sis\s)"
    r"\b(?:happy|glad|available|open)\s+to\s+(?:do\s+a\s+|have\s+a\s+)?(?:phone\s+|quick\s+|brief\s+|warm\s+)?(?:hand-?off\s+)?"
    r"(?:consult|talk|chat|call|speak|connect)\w*(?!\s+(?:to|with)\s+(?:someone|somebody|a\s+(?:therapist|counsel)))"
    # ("Happy to do a phone consult with ROI in place": the offer is the call; an ROI on file alone offers none)
    r"|\b(?:let'?s|could\s+we|can\s+we)\s+(?:set\s+up\s+a\s+|have\s+a\s+|do\s+a\s+)?(?:quick\s+)?(?:call|consult|phone\s+call)\b",
    re.IGNORECASE,
)

_CALL_CLIENT = re.compile(
    # "His grandmother, Loretta Banks, is the best contact: (503) 555-0161 ... so a phone call is best"
    r"\bis\s+the\s+best\s+(?:contact|person\s+to\s+(?:call|contact|reach))\b[^.!?\n]{0,12}\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}|"
    r"\b(?:pt|patient|client|she|he|they|the\s+family|mom|parents?)(?:\s+(?:is|are)|'s|'re)\s+expecting\s+(?:a|your)\s+call\b"
    r"|\b(?:expects|is\s+expecting|awaits|will\s+expect)\s+(?:a|your)\s+call\b|\bok(?:ay)?\s+to\s+(?:call|contact)\s+(?:the\s+)?(?:pt|patient)\b"
    r"|\b(?:please|pls|plz)\s+(?:call|reach\s+out\s+to|contact)\s+(?:the\s+)?(?:pt|patient|client|her|him|them|family|mom|dad"
    r"|mother|father|parents?|guardian)\b"
    # "Mom (Lorena Díaz, 503-555-0193) has asked for help": the parent to call, number given
    r"|\b(?:mom|mother|dad|father|parent|guardian)\s*\([^)]{0,40}\d{3}[-.\s]\d{4}\)"
    r"|\b(?:call|reach\s+out\s+to|contact)\s+(?:the\s+)?(?:pt|patient|client|her|him|them|family)\s+directly\b"
    r"|\bcall\s+(?:the\s+)?(?:pt|patient|client)\s+(?:directly\s+)?(?:at|on)\b"
    # "She has agreed to be contacted at (503) 555-0168", "you can reach him directly at", "consented to a call"
    # not "she agreed to call you herself": then she calls
    r"|\b(?:agree[sd]?|consent(?:s|ed)?|given\s+(?:\w+\s+)?(?:consent|permission))\s+(?:for\s+(?:you|us)\s+to\s+"
    r"(?:contact|call|reach)\b|to\s+(?:be\s+(?:contacted|called|reached)|contact\b(?!\s+you)|a\s+call\b))"
    r"|\b(?:you\s+(?:can|may)|feel\s+free\s+to|(?:it'?s\s+)?ok(?:ay)?\s+to)\s+(?:reach|call|contact)\s+"
    r"(?:her|him|them|the\s+(?:pt|patient|client|family|mother|father|parents?))\s+(?:directly\s+)?(?:at|on)\b",
    re.IGNORECASE,
)

_REFERRER_ARRANGES = re.compile(
    r"\bi'?ll\s+coordinate\s+with\s+(?:the\s+)?(?:pt|patient|client|family|parents?)\b|\breply\s+to\s+me\s+and\s+i'?ll\b"
    r"|\bi'?ll\s+(?:pass|give)\s+(?:your|the)\s+(?:info|information|details|number)\s+to\b"
    r"|\b(?:do\s+not|don'?t|please\s+don'?t)\s+contact\s+(?:the\s+)?(?:member|client|patient|pt|employee)\b",
    re.IGNORECASE,
)

_RECORDS_OFFER = re.compile(
    r"\b(?:(?:happy|glad|willing)\s+to|(?:i|we)\s+(?:can|could|will)|i'?ll|we'?ll)\s+(?:also\s+|gladly\s+)?"
    r"(?:send|share|fax|forward|provide|pass\s+along)\s+(?:over\s+|along\s+)?"
    r"(?P<thing>(?:a|an|my|our|the|her|his|their|any|relevant)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summary|records|notes|report|evaluation|assessment|results|paperwork|documentation)"
    r"(?:\s+of\s+(?:her|his|their|the)\s+(?:[\w-]+\s+)?(?:history|treatment|care|stay|evaluation|visits?))?)\b"
    r"(?!\s+(?:to|for)\s+(?:the\s+court|my|whoever|his\s+new|her\s+new))",
    re.IGNORECASE,
)
"""'Happy to send a brief summary with his consent', 'I'll send the authorization paperwork': a referrer's offer of
records is thanked in the reply ("we'd be glad to have it once a release is signed"), not passed over."""
_RELEASE = re.compile(r"\b(?:release|roi|consent|authori[sz]ation|signed\s+permission)\b", re.IGNORECASE)
_YOURS = {"my": "your", "our": "your", "any": "the", "relevant": "the relevant"}


def records_offered(items: list[Sentence]) -> Question | None:
    """What a referrer offers to send, as they put it ("a brief summary", "the discharge paperwork"), and whether
    it waits for a release: the reply thanks them for it."""
    found = next(matching(_RECORDS_OFFER, items), None)
    if found is None:
        return None
    thing = _RECORDS_OFFER.search(found.text)
    assert thing is not None
    first, _, rest = thing.group("thing").partition(" ")
    what = f"{_YOURS.get(first.lower(), first.lower())} {rest}"
    # "once she signs a release" (not "the authorization paperwork" itself)
    release = "release" if _RELEASE.search(found.text.replace(thing.group("thing"), "")) else ""
    return Question(Kind.OTHER, ("records offered", what, release), evidence(found))


_CONTACT = re.compile(r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
"""A phone number or an address in the referral: the client's, to call or write to."""
_CONCERN_LINE = re.compile(
    r"^\W*(?:presenting\s+(?:concern|problem|issue)s?|reason\s+for\s+referral|concerns?)\s*:", re.I
)


def referrer_asks(items: list[Sentence]) -> list[Question]:
    """The referrer's own asks, each a note for staff: "Happy to do a phone consult with ROI in place", "Pt is
    expecting a call at 503-555-0184", "reply to me and I'll coordinate"."""
    out: list[Question] = []
    for value, pattern in (
        ("a call with the referrer", _CONSULT_OFFER),
        ("call the client", _CALL_CLIENT),
        ("the referrer arranges", _REFERRER_ARRANGES),
    ):
        found = next(matching(pattern, items), None)
        if found is not None and value == "call the client" and not any(_CONTACT.search(s.text) for s in items):
            # "Pt is expecting your call.", with no name, number or address for her: ask the referrer for them
            out.append(Question(Kind.OTHER, (value, "no contact"), evidence(found)))
        elif found is not None:
            out.append(Question(Kind.OTHER, (value,), evidence(found)))
    offered = records_offered(items)
    return [*out, offered] if offered is not None else out


def as_referrals_ask(questions: list[Question]) -> list[Question]:
    """A referral's questions as the referrer asks them: "I will send our provider billing instructions" is their
    paperwork, not a client's bill; "Presenting concern: marital conflict" is the client's trouble, not couples work
    asked for; "is he able to issue attendance letters?" is a question for staff, not a client's own records."""
    return [
        Question(Kind.OTHER, ("letters or records for the referrer",), q.evidence) if q.kind == Kind.RECORDS else q
        for q in questions
        if q.kind != Kind.BILLING and not (q.kind == Kind.COUPLES and _CONCERN_LINE.search(q.evidence))
    ]


def couple_referred(items: list[Sentence], questions: list[Question]) -> list[Question]:
    """'Referring a couple I assessed ... appropriate for outpatient conjoint tx': couples work asked, and its fee the
    one quoted (an out-of-network line said "each session ($165)" to a couple's referrer)."""
    if any(q.kind == Kind.COUPLES for q in questions):
        return []
    couple = next(matching(_COUPLE_REFERRED, items), None)
    return [Question(Kind.COUPLES, (), evidence(couple))] if couple is not None else []


_COUPLE_REFERRED = re.compile(
    r"\b(?:referr?\w*|referral\s+for|have)\s+(?:a|this|the)\s+(?:young\s+|married\s+)?couple\b|\bcouples?\s+(?:tx|therapy|counsel\w*|work)\b"
    r"|\bconjoint\b",
    re.IGNORECASE,
)


gated(_CONSULT_OFFER, _CALL_CLIENT, _REFERRER_ARRANGES, _RECORDS_OFFER, _COUPLE_REFERRED)
