"""Where a client's sessions stand: running late but still coming, or stopping (or pausing) therapy.

Kept apart from the reader of a client's requests (`reading.client`): two questions of state, not of what they ask.
"""

from __future__ import annotations

import re

from triage.core.reading.client import RESUMES
from triage.core.reading.sentences import Sentence, evidence, gated, possible, whole
from triage.core.request import Kind, Known, Question, Request

_RUNNING_LATE = re.compile(
    # not "Is Dana running late or do I have the wrong link?": the therapist's lateness, asked about
    r"(?<!not\s)(?<!never\s)(?<!dana\s)(?<!sam\s)(?<!she\s)(?<!he\s)(?<!you\s)(?<!therapist\s)\brunning\s+(?:\w+\s+){0,3}late\b|\bbe\s+(?:about\s+|around\s+|like\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?)?(?:\d+(?:\s*-\s*\d+)?\s*)?(?:min(?:ute)?s?\s+)?late\b|\bstuck\s+(?:in|behind)\s+(?:traffic|a\s+(?:wreck|crash|accident))\b|\bvoy\s+tarde\b|\bllego\s+tarde\b"
    r"|\bvoy\s+a\s+llegar\s+(?:\w+\s+){0,3}tarde\b|\bllego\s+(?:\w+\s+){0,3}tarde\b",
    re.I,
)


def running_late(items: list[Sentence]) -> bool:
    """'Running 10 minutes late': still coming. Not "cant make it today running late from my daughter's tourney": a
    session missed, to move or cancel."""
    text = whole(items)
    late = id(_RUNNING_LATE) in possible(text)
    # "I cannot make it to the appointment right at 4, be there 4:10": still coming
    return late and (not _CANT_MAKE_IT.search(text) or bool(_STILL_COMING.search(text)))


_STILL_COMING = re.compile(r"\b(?:be\s+there|on\s+my\s+way|there\s+(?:by|at|in)\b)|\bright\s+at\b", re.IGNORECASE)


_CANT_MAKE_IT = re.compile(
    r"\b(?:can'?t|cannot|won'?t\s+be\s+able\s+to|not\s+going\s+to)\s+make\s+it\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
    r"|\b(?:can'?t|cannot)\s+make\s+(?:it\s+)?(?:to\s+)?(?:my|our|the|today'?s)\s+(?:session|appointment|appt)\b",
    re.IGNORECASE,
)


ENDING = re.compile(
    r"\bready\s+to\s+(?:stop|end|finish|wrap\s+up)\b|\b(?:going\s+to|need\s+to|want\s+to|'d\s+like\s+to)\s+pause\s+for\s+"
    r"(?:the\s+summer|a\s+(?:few\s+)?(?:weeks|months)|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?:\s+and\s+\w+)?)\b|(?<!after\s)(?<!since\s)(?<!from\s)(?<!in\s)(?<!at\s)(?<!was\s)(?<!were\s)\b(?:our|my)\s+last\s+session\b"
    # "our last session before summer break (the 25th)": a break, with a way back
    r"(?!\s+before\s+(?:the\s+|our\s+|my\s+)?(?:summer|winter|spring|holiday|christmas|thanksgiving)?\s*(?:break|holidays?|vacation))"
    r"|\b(?:pause|stop|end|finish|wrap\s+up|take\s+a\s+break\s+from)\s+(?:my\s+|our\s+)?(?:therapy|sessions|counseling|treatment)\b"
    r"|\bcancel\s+(?:all\s+)?(?:of\s+)?my\s+(?:upcoming|remaining|future|other)\s+(?:sessions|appointments|appts)\b|(?<!covering\s)(?<!covered\s)(?<!cover\s)\bmy\s+sessions\s+after\b(?!\s+(?:the\s+|my\s+)?(?:deductible|copay))"
    # (not "I'm moving to day shift", "moving to nights": a new schedule, not a new home)
    r"|\b(?:i'?m|we'?re)\s+moving\s+(?:to(?!\s+(?:the\s+)?(?:day|night|evening|morning|swing|graveyard)\s+shifts?\b|\s+(?:days|nights|part[-\s]time|full[-\s]time)\b)"
    r"|away|out\s+of\s+(?:state|town|the\s+(?:state|area|country)|oregon|portland))\b|\brelease\s+my\s+(?:\w+\s+){0,2}(?:slot|spot)\b"
    r"|\b(?:dejar|pausar|terminar)\s+(?:la\s+)?terapia\b|\bmi\s+[úu]ltima\s+sesi[óo]n\b"
    r"|\b(?:pause|stop|take\s+a\s+break)\s+after\s+(?:our|my|the)\s+(?:next\s+)?session\b"
    r"|\b(?:pause|stop|take\s+a\s+break)\s+after\s+(?:next|this)\s+week'?s\s+session\b"
    r"|\btake\s+me\s+off\s+the\s+(?:calendar|schedule)\s+after\b",
    re.IGNORECASE,
)


def ending_therapy(items: list[Sentence]) -> bool:
    """A client stopping or pausing ("could we make the 10th our last session?", "I need to pause for a while"), not
    one who says they don't want to ("I really don't want to stop our sessions right now")."""
    text = whole(items)
    if id(ENDING) not in possible(text):  # most mail says nothing of stopping: the prefilter skips the long pattern
        return False
    return any(not _NOT_WANTED.search(text[max(0, m.start() - 30) : m.start()]) for m in ENDING.finditer(text))


_NOT_WANTED = re.compile(r"\b(?:don'?t|do\s+not|doesn'?t|never|not|no)\b(?:\s+\w+){0,4}\s*$", re.IGNORECASE)


gated(_RUNNING_LATE, ENDING)


_JOIN_SESSION = re.compile(
    r"\b(?:could|can|would|may)\s+(?:she|he|they|my\s+\w+|[A-Z]\w+)\s+(?:\w+\s+)?(?:join|sit\s+in\s+on|come\s+(?:to|along\s+to)|be\s+(?:part\s+of|in\s+on))"
    r"\s+(?:part\s+of\s+)?(?:our|my|a|the|one\s+of\s+(?:our|my))\s+(?:next\s+)?(?:session|appointment)",
    re.IGNORECASE,
)


def joins_session(items: list[Sentence]) -> Sentence | None:
    """'Could she join part of our session next Tuesday by video?': whether someone may join is the therapist's to
    say (and from where), never a session to move."""
    return next((s for s in items if s.asks and _JOIN_SESSION.search(s.text)), None)


SAME_SLOT = re.compile(
    r"\bsame\s+(?:\w+\s+){0,2}(?:slot|time|day)\b(?!\s+(?:next|the\s+following|on|this)\b)"
    r"|\bkeep\s+(?:my|the|our)\s+(?:usual\s+|same\s+|regular\s+)?(?:\w+\s+){0,2}(?:slot|time)\b",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\bmov(?:e|ing)\s+(?:my|our|the|it|us|me|him|her|to\s+(?:a\s+)?(?:\w+day|\d|another|different|earlier|later))\b"
    r"|\b(?:instead|reschedul\w*|another\s+(?:day|time|slot)|different\s+(?:day|time|slot))\b"
    r"|\b(?:n'?t|not|unable\s+to)\s+(?:be\s+able\s+to\s+)?keep\b",
    re.IGNORECASE,
)


def keeps_slot(request: Request) -> bool:
    """'Could we go back to in-person starting next week? Same Tuesday time is great.': a switch of how they meet whose
    day is the one they keep, said back by the switch answer; no day to look for."""
    return Kind.MODALITY in request.kinds and any(
        q.kind == Kind.DAYS and SAME_SLOT.search(q.evidence) for q in request.questions
    )


_SAME_DAY = re.compile(r"\bsame\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_MOVES = (Kind.RESCHEDULE, Kind.DAYS, Kind.TIME_OF_DAY)


def nothing_moves(questions: list[Question], known: Known, items: list[Sentence]) -> list[Question]:
    """A client whose next session stands asks no new time: "No need to reschedule, I'll see you the week after as
    usual" with a cancelled session, "Could we switch to video going forward? Same Thursday 5pm slot" with a switch.
    Read from the words of any sentence, so a day named in passing is not offered a new time."""
    kinds = {q.kind for q in questions}
    same_slot = (
        known.existing_client
        and Kind.MODALITY in kinds
        and any(SAME_SLOT.search(s.text) and not _MOVED.search(s.text) for s in items)
        and not any(_MOVED.search(s.text) for s in items)
    )
    if known.keeps_next and Kind.CANCEL in kinds:
        return [q for q in questions if q.kind not in _MOVES]
    days = next((q for q in questions if q.kind == Kind.DAYS), None)
    # "cancelar mis citas de las próximas dos semanas ... ¿Podemos retomar el jueves 5?": the day to come back
    back = days is not None and "?" in days.evidence and bool(RESUMES.search(days.evidence))
    if Kind.CANCEL in kinds and Kind.RESCHEDULE not in kinds and days is not None and back:
        return [*questions, Question(Kind.RESCHEDULE, (), days.evidence)]
    if same_slot:
        # "starting next week" is when the switch begins, and "same Tuesday time" the day it keeps
        kept = [q for q in questions if q.kind not in (Kind.RESCHEDULE, Kind.URGENCY)]
        day = next(((m, x) for x in items if (m := _SAME_DAY.search(x.text))), None)
        if day is not None:
            kept = [q for q in kept if q.kind != Kind.DAYS]
            kept.append(Question(Kind.DAYS, (day[0].group(1).lower() + "day",), evidence(day[1])))
        return kept
    return questions


_LATE_FEE_ASKED = re.compile(
    r"\bfee[-\s]?wise\b|\b(?:will|would|is)\s+there\s+(?:be\s+)?(?:a|any)\s+(?:fee|charge)\b|\b(?:get|be)\s+charged\b"
    r"|\bcharged\s+for\s+(?:it|that|the\s+session)\b|\b(?:se\s+)?cobra(?:n|r[áa])?\b",
    re.IGNORECASE,
)


_SESSION_PRICE = re.compile(r"\b(?:regular|rate|first|intake|per\s+session|session\s+fee|cost)\b", re.IGNORECASE)


def fee_of_cancelling(questions: list[Question], known: Known) -> list[Question]:
    """A client's 'I need to cancel Tuesday ... I think I'm okay fee-wise?', 'If I cancel now, will there be a fee?':
    the fee of cancelling, which the policy answers, not what a session costs (a new person asking both, "is there a
    fee if it's less than a day's notice? Also what's your regular session fee?", is asked both)."""
    kinds = {q.kind for q in questions}
    if Kind.CANCEL not in kinds and not (known.existing_client and Kind.CANCELLATION in kinds):
        return questions
    out: list[Question] = []
    for q in questions:
        alone = set(q.values) <= {"session"} and not _SESSION_PRICE.search(q.evidence)
        if q.kind == Kind.FEES and alone and _LATE_FEE_ASKED.search(q.evidence):
            if Kind.CANCELLATION not in kinds:
                out.append(Question(Kind.CANCELLATION, (), q.evidence))
                kinds.add(Kind.CANCELLATION)
            continue
        out.append(q)
    return out


def settled_asks(questions: list[Question], known: Known, items: list[Sentence]) -> list[Question]:
    """A client's asks once what their own words settle is taken out: a kept slot, a next session that stands, the
    fee of cancelling."""
    return fee_of_cancelling(nothing_moves(questions, known, items), known)
