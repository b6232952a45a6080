"""Catching up after time away: which replies say they are late, which must be reviewed before sending,
which messages need no answer at all, and in what order staff should review what is waiting.

Pure rules over plain values, so each promise of "back from vacation" is a plain test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.core.prefilter import Guarded

_WITHDRAWN = re.compile(
    r"\b(never\s*mind|nevermind|(please|pls|plz)\s+disregard|disregard\s+my\s+(last|previous|earlier|consult\w*|request|inquiry|email|message)|"
    r"got\s+(it|this|things)\s+sorted\s+(w/?|with)\s+(someone|somebody|a\s+therapist|another)|"
    r"(found|chose|picked|went\s+with)\s+(someone|somebody|another\s+(therapist|counselor|provider|practice))|"
    r"(got|get)\s+in\s+with\s+(the|a|an|our)\s+([\w-]+\s+){0,2}(therapist|counsel+or|psychologist|clinic)|"
    r"(decided|going)\s+to\s+(pause|hold\s+off|wait)\s+on\s+([\w-]+\s+)?(therapy|counseling|counselling|sessions)\s+for\s+now|"
    r"(decided|chose)\s+(she|he|they|i|we)?\s*(wants?|would\s+rather|prefers?)?\s*to\s+(work|go)\s+with\s+(the|her|his|their|my|a)\s+"
    r"(\w+\s+){0,2}(counselor|counsellor|therapist)\s+(at|from|through|instead)|"
    r"(found|have)\s+a\s+(therapist|counselor|provider)\s+(already|now|elsewhere|closer|who'?s\s+in[-\s]network|who\s+(takes|is))|"
    # "We found a therapist through his school, all set. thank you!"
    r"(found|got)\s+(a|an|another)\s+(therapist|counselor|counsellor|provider)\s+(through|at|via|from|near|with)\b[^.!?\n]{0,40}\b(all\s+set|so\s+we'?re\s+(good|set)|thanks?|thank\s+you)|"
    r"(decided|chose|going)\s+to\s+go\s+with\s+\S+('s)?\s+(own|in-house|behavioral|in-network)|"
    r"won'?t\s+need\s+(an?\s+)?(appointment|session|therapist|consultation)\s+after\s+all|"
    r"go\s+with\s+someone\s+(on|from|in)\s+(their|the|my\s+plan'?s)\s+(list|network|panel)|"
    r"(makes\s+sense|better|going)\s+to\s+find\s+(someone|somebody|a\s+therapist)\s+(there|closer|near|in\s+\w+)|"
    r"no\s+longer\s+(need|looking|interested|require)|(don't|do\s+not)\s+need\s+(an?\s+)?(appointment|therapist)\s+anymore|"
    r"ended\s+up\s+(finding|going\s+with|choosing|getting\s+in\s+with)|(got|get)\s+in\s+with\s+(someone|somebody|a\s+therapist|"
    r"another)|take\s+(me|us|him|her|them)\s+off\s+(the|your)\s+(wait\s?list|list)|go(ing)?\s+(to\s+go\s+)?that\s+route|(i'?ll|we'?ll|going\s+to)\s+pass\s+on\s+the|"
    r"(going\s+to|will)\s+(go|try)\s+(through|with)\s+\S+('s)?\s+(own|behavioral|in-network|network)|we'?re\s+all\s+set\b|"
    r"ya\s+(encontr[ée]|encontramos|no\s+necesito|no\s+necesitamos)|no\s+(vamos\s+a\s+|voy\s+a\s+)?necesitar\s+la\s+cita|"
    r"olv[ií]de(lo|se)|no\s+se\s+preocupe,?\s+ya|ya\s+no\s+es\s+necesari[oa]|"
    # "al final mi hijo va a seguir con la consejera de su universidad": staying with the one they have
    r"al\s+final\s+(mi\s+\w+\s+|nosotros\s+|yo\s+)?(va|vamos|voy)\s+a\s+seguir\s+con\b|"
    r"(vamos|voy|va)\s+a\s+seguir\s+con\s+(mi|su|nuestr[oa])\s+(terapeuta|consejer[oa]|psic[óo]log[oa])\b|"
    r"encontr(?:[ée]|amos)\s+(una?\s+)?(terapeuta|psic[óo]log[oa]|alguien)|hold\s+off\s+(for\s+now|until)|"
    r"please\s+ignore\s+(that|my|this|the)|(i'?ll|we'?ll|i\s+will|we\s+will)\s+keep\s+looking\b|set\s+(me|us)\s+up\s+with\s+(someone|somebody|a\s+therapist)|"
    r"cancel\s+my\s+(consultation\s+|intake\s+)?request|doesn'?t\s+make\s+sense\s+to\s+start|"
    r"decided\s+not\s+to\s+(pursue|go\s+ahead|start|do\s+(couples\s+)?(counseling|therapy))|(assigned|assigning)\s+me\s+a\s+(therapist|counselor)|"
    r"please\s+cancel\s+(that|it|my\s+request|(my\s+|the\s+|our\s+|\w+'s\s+)?(free\s+)?(consult|consultation|intake))|"
    r"(doesn'?t|don'?t)\s+want\s+to\s+start\s+(therapy|counseling)\s+(right\s+)?now|reach\s+out\s+again\s+if|"
    r"stay\s+with\s+(my|our)\s+(current|old|previous)\s+(therapist|counselor|provider)|"
    r"(don'?t|do\s+not)\s+hold\s+the\s+(\w+\s+)?(spot|slot|time|appointment)|(won'?t|will\s+not)\s+need\s+the\s+(\w+\s+)?(spot|slot|time|appointment)|"
    r"decided\s+to\s+go\s+with\s+(someone|somebody|another|a\s+different)|i'?ll\s+pass\s+for\s+now|"
    # "I've gone ahead and booked with another practice ... You can close out my inquiry."
    r"(booked|scheduled|started|signed\s+up)\s+with\s+(another|a\s+different)\s+(practice|therapist|counsel+or|provider|clinic)|"
    r"close\s+(out\s+)?(my|our|the)\s+(inquiry|request|file)|"
    # "I started a new job ... so I don't think I need to schedule after all"
    r"(don'?t|do\s+not)\s+(think\s+(i|we)\s+)?need\s+to\s+(schedule|book|start|come\s+in)(\s+\w+){0,3}\s+(after\s+all|any\s?more)|"
    r"i'?ll\s+be\s+in\s+touch\s+in\s+(january|february|march|april|may|june|july|august|september|october|november|december|the\s+new\s+year))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Absence:
    """Time the practice was away. `end` None: still away."""

    start: datetime
    end: datetime | None = None
    note: str = ""

    def active(self, now: datetime) -> bool:
        return self.start <= now and (self.end is None or now < self.end)


def withdrawn(text: str) -> bool:
    """The person says they no longer need an answer ("never mind, I found someone")."""
    return bool(_WITHDRAWN_GUARD.search(text))


_CONSULT_CANCELLED = re.compile(
    r"\bcancel\s+(?:my|the|our|this|that|\w+'s)\s+(?:(?:wife|husband|partner|son|daughter|mom|mother|dad|father"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|week)'s\s+)?"
    r"(?:free\s+)?(?:phone\s+|\d+[-\s]minute\s+){0,2}(?:consult|consultation|intake)\b"
    r"(?!\s+request)"
    # "we had booked a couples intake with Sam for Saturday ... Please cancel the appointment."
    r"|\b(?:booked|scheduled|set\s+up|have|has)\s+(?:a|an|the|my|our|his|her)\s+(?:free\s+)?(?:phone\s+|couples\s+)?(?:consult|consultation|intake)\b"
    r"[^?]{0,200}?\b(?:please\s+)?cancel\s+(?:it|that|the\s+appointment|the\s+session)\b"
    r"|\bcancel(?:e|ar|en)\s+(?:la|mi|nuestra)\s+(?:primera\s+)?(?:llamada\s+de\s+)?(?:cita|consulta)\b"
    # "I need to cancel Thursday's call" (the consultation call offered in the thread)
    r"|\bcancel\s+(?:\w+day'?s|tomorrow'?s|the|my|our)\s+(?:phone\s+|consult(?:ation)?\s+)?call\b"
    # "please go ahead and release the Thursday consult you were holding", "give the Monday spot to someone else"
    r"|\brelease\s+(?:the|my|that)\s+(?:\w+\s+){0,2}(?:consult|consultation|intake|spot|slot|appointment)\b"
    r"|\bno\s+need\s+to\s+(?:hold|keep|save)\s+(?:the|my|that|our|either|any|those|both)\s+(?:\w+\s+){0,2}(?:spot|slot|time|appointment|consult)\b"
    r"|\bgive\s+(?:the|my|that)\s+(?:\w+\s+){0,2}(?:spot|slot|time|appointment|consult)\s+to\s+someone\s+else\b"
    # "Please take us off the schedule for the 12th" (a couples consultation booked in the thread)
    r"|\btake\s+(?:me|us)\s+off\s+(?:the|your)\s+(?:schedule|calendar)\s+for\b"
    # "I had a phone consultation scheduled with you Thursday at noon but ... so please cancel. Thanks"
    r"|\b(?:had|have)\s+(?:a|the|my|our)\s+(?:free\s+)?(?:phone\s+|couples\s+)?(?:consult|consultation|intake|appointment|session)\s+"
    r"(?:scheduled|booked|set\s+up)\b[^?]{0,200}?\bplease\s+cancel\b"
    # "ya no necesito la cita del sábado": no longer needed, so cancelled
    # (not "ya no necesitamos la cita" after a consultation only offered: nothing booked to cancel)
    # "he's asked not to start therapy right now ... please cancel Wednesday the 2nd": their child's first session
    r"|\bplease\s+cancel\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?\s+)?(?:the\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|(?:his|her|their)\s+(?:first\s+)?(?:appointment|session|intake)\b)"
    r"|\bya\s+no\s+(?:necesito|necesitamos|voy\s+a\s+necesitar|vamos\s+a\s+necesitar)\s+(?:la|mi|nuestra)\s+(?:cita|consulta)\s+"
    r"(?:del?|para\s+el|de\s+(?:mañana|hoy|esta\s+semana))\b",
    re.IGNORECASE,
)


def cancels_consultation(text: str) -> bool:
    """'Please cancel my consultation call, I no longer need it': a lead withdrawing, not a client's session."""
    return bool(_CONSULT_CANCELLED.search(text))


def priced_out(text: str) -> bool:
    """'I just can't swing $165 a week right now. Maybe in the spring': they step back for the cost, and a practice
    with a sliding scale would tell them of it rather than let them go in silence."""
    return bool(_PRICED_OUT.search(text))


_PRICED_OUT = re.compile(
    r"\bcan'?t\s+(?:really\s+)?afford\b"
    # "can't swing $165 a week", not "can't manage the drive" or "can't justify the time": money, said
    r"|\bcan'?t\s+(?:really\s+)?(?:swing|justify|manage|stretch\s+to|do)\s+(?:the\s+)?(?:\$\s?\d+|cost|price|fees?|expense"
    r"|\d+\s+(?:a|per)\s+(?:week|session|month))"
    r"|\btoo\s+(?:expensive|pricey|much\s+money)\b|\bout\s+of\s+(?:my|our)\s+(?:price\s+range|budget)\b"
    r"|\bno\s+(?:me|nos)\s+alcanza\b|\bno\s+(?:puedo|podemos)\s+pagar(?:lo)?\b",
    re.IGNORECASE,
)


def confirms_cancelled(text: str, *, withdrawing: bool = False, loss: bool = False) -> bool:
    """'Please cancel the free consultation I scheduled for Thursday; I've gone with our church's counselor': they
    withdraw (in so many words, or as the intent reads), but a booked appointment is cancelled, and that wants a
    short confirmation, not silence. So does a daughter asking us to take her late mother off the waitlist."""
    if loss and (withdrawing or withdrawn(text)) and _OFF_THE_LIST.search(text):
        return True
    return cancels_consultation(text) and (withdrawing or withdrawn(text))


_OFF_THE_LIST = re.compile(
    r"\b(?:take|remove|cross)\s+(?:me|her|him|them|us|my\s+\w+)\s+(?:off|from)\s+(?:of\s+)?(?:your|the)\s+(?:wait\s?-?list|list)\b"
    # "Dad passed away early Sunday morning ... So we won't be needing the appointment on the 23rd"
    r"|\b(?:won'?t|will\s+not|no\s+longer)\s+(?:be\s+)?(?:needing|need)\s+(?:the|his|her|their|that)\s+(?:appointment|session|intake)\b",
    re.IGNORECASE,
)


def is_late(received: datetime | None, now: datetime, *, late_after: timedelta) -> bool:
    """An answer this long after the question should say, warmly, that it is late."""
    return received is not None and now - received >= late_after


def must_review(received: datetime | None, now: datetime, *, late_after: timedelta) -> bool:
    """A stale question is never answered automatically, even where the practice allows sending:
    a person reviews a reply to a question that has waited this long."""
    return is_late(received, now, late_after=late_after)


REVIEW_ORDER = ("crisis", "staff note", "client", "scheduling", "other")


def review_rank(labels: tuple[str, ...] | list[str], stage: str | None, needs_staff: bool = False) -> int:
    """Crises first, then drafts that ask staff to answer something (they cannot go out as they are), then
    existing clients, then scheduling requests, then the rest."""
    if "crisis" in labels:
        return 0
    if needs_staff:
        return 1
    if stage == "client":
        return 2
    if "scheduling" in labels:
        return 3
    return 4


_WITHDRAWN_GUARD = Guarded(_WITHDRAWN)
