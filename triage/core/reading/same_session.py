"""A session they already have, held another way ("Could Thursday be a phone session instead?") or given to another
subject ("I'd like to spend Tuesday on that"): no move to another day, so the day named is the session's."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence
from triage.core.request import Kind, Question

ANOTHER_SUBJECT = re.compile(
    r"\b(?:spend|use|focus)\s+(?:\w+\s+){0,3}?on\s+(?:that|this|it)\b|\binstead\s+of\s+(?:what\s+we|the\s+topic|talking\s+about)",
    re.IGNORECASE,
)
_SAME_SESSION = re.compile(
    r"\bsame\s+time\b|\b(?:could|can)\s+(?:[\w'’]+\s+){0,3}be\s+(?:a\s+|on\s+|by\s+|over\s+|via\s+)?(?:phone|video|zoom|virtual|telehealth)\b"
    r"|\b(?:do|have|hold)\s+(?:it|this|that|\w+day(?:'s)?(?:\s+session)?)\s+(?:over|by|on|via)\s+(?:video|zoom|phone|telehealth)\b",
    re.IGNORECASE,
)
_MOVE_WORDS = re.compile(
    r"\b(?:move|moving|reschedul\w*|cancel\w*|another\s+(?:day|time)|different\s+(?:day|time)|other\s+day|push|earlier|"
    r"later|following|(?<!starting\s)(?<!from\s)(?<!beginning\s)next\s+week|week\s+after)\b",
    re.IGNORECASE,
)


def same_session_switched(questions: list[Question], items: list[Sentence]) -> list[Question]:
    """ "Could Thursday be a phone session instead?", "Wednesday over video? Same time.": the session they have, held
    another way, is no move to another day: the day they name is the session's, not a day to check."""
    kinds = {q.kind for q in questions}
    # ("switch from video back to in person starting next week, same time (Mondays at 1)": the way, not the day)
    switch = any(q.kind == Kind.MODALITY and {"video", "phone", "in_person"} & set(q.values) for q in questions)
    said = " ".join(s.text for s in items)
    when = {Kind.RESCHEDULE, Kind.DAYS, Kind.TIME_OF_DAY, Kind.URGENCY}
    if not kinds & {Kind.RESCHEDULE, Kind.CANCEL} and not _MOVE_WORDS.search(said):
        # "I'd like to spend Tuesday on that instead": the day is the session's, and it stays
        questions = [q for q in questions if not (q.kind == Kind.DAYS and ANOTHER_SUBJECT.search(q.evidence))]
    if not switch or not kinds & when or not _SAME_SESSION.search(said) or _MOVE_WORDS.search(said):
        return questions
    dropped = next((q.evidence for q in questions if q.kind in when and q.evidence), "")
    # the sentence that asked it ("switch from video back to in person ..., same time") stays with the switch
    return [
        Question(q.kind, q.values, f"{q.evidence} {dropped}".strip())
        if q.kind == Kind.MODALITY and dropped and dropped not in q.evidence
        else q
        for q in questions
        if q.kind not in when
    ]
