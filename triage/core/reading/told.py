"""What a message tells of the person's state, read into Known: unwell, no video, not ready, a consultation wanted,
thanks only. Kept apart from the request's assembly so each can be read (and grown) alone."""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded

UNWELL_RE = re.compile(
    r"\b(?:sick|ill|fever|flu|covid|strep|throwing\s+up|threw\s+up|throw\s+up|vomit\w*|stomach\s+bug|migraine|hospital\w*|emergency(?!\s+(?:case|call|at\s+work|shift|meeting|surgery\s+(?:case|list)))|e\.?r\.?\b|"
    r"urgent\s+care|family\s+emergency|(?<!by\s)accident|icu|surgery|passed\s+away|funeral|(?:mother|father|mom|dad|brother|sister|"
    r"grandmother|grandfather|grandma|grandpa|wife|husband|son|daughter|aunt|uncle)\s+died|"
    r"(?:was|been|got|is|being)\s+admitted\b(?!\s+(?:to|into)\s+(?:the\s+|a\s+)?(?:program|school|college|university|grad))|enferm[oa]|fiebre|malo|mala|hospitalizad[oa]|urgencias|infarto)\b",
    re.IGNORECASE,
)
UNWELL = Guarded(UNWELL_RE)

NO_VIDEO_RE = re.compile(
    r"\b(?:can'?t|cannot|don'?t|do\s+not|doesn'?t|does\s+not|not\s+(?:much\s+|very\s+)?(?:good|great)\s+with|hate|hates|refuse\w*|won'?t)"
    r"\s+(?:\w+\s+){0,3}?"
    r"(?:computers?|zoom|video|technology|screens?)\b|(?<!is\sit\s)(?<!or\s)\bin[-\s]person\s+only\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:manage|do)\s+(?:very\s+)?well\s+(?:with|on)\s+(?:the\s+)?(?:computers?|technology|video)\b|"
    r"\bnot\s+(?:comfortable|confident)\s+(?:with|using)\s+(?:a\s+|the\s+)?(?:computers?|technology|video|zoom)\b|\bonly\s+in[-\s]person\b|"
    r"\b(?:no|don'?t\s+(?:have|own)\s+a|do\s+not\s+own\s+a)\s+computer\b|\bno\s+(?:zoom|video)\b|"
    # "so video is out", "zoom isn't an option for him"
    # "satellite internet, which is not good enough for video most days"
    r"\bnot\s+(?:good|reliable|fast|strong)\s+enough\s+for\s+(?:video|zoom)\b|"
    r"\b(?:video|zoom|telehealth)\s+(?:is\s+out\b|(?:is\s+not|isn'?t|won'?t\s+be)\s+(?:an\s+option|possible)\b|won'?t\s+work\b)|"
    r"\b(?:don'?t|do\s+not|never)\s+(?:use|do|check)\s+(?:e-?mail|computers?)\b|"
    r"\bno\s+me\s+llevo\s+(?:muy\s+)?bien\s+con\s+la\s+computadora\b|\bno\s+tengo\s+computadora\b|\bsolo\s+en\s+persona\b",
    re.IGNORECASE,
)
NO_VIDEO = Guarded(NO_VIDEO_RE)

NOT_READY = re.compile(
    r"\bnot\s+(?:quite\s+|totally\s+|sure\s+i'?m\s+|really\s+)?ready\s+to\s+(?:book|commit|start|schedule|sign\s+up)\b"
    r"|\bjust\s+(?:gathering|collecting|looking\s+for)\s+(?:some\s+)?info(?:rmation)?\b|\bjust\s+(?:exploring|browsing|researching)\b"
    r"|\bstill\s+(?:deciding|figuring\s+out|on\s+the\s+fence|thinking\s+(?:about\s+)?it)\b|\bno\s+(?:rush|hurry)\s+on\s+my\s+end\b"
    r"|\btodav[ií]a\s+no\s+estoy\s+list[oa]\b|\bsolo\s+(?:estoy\s+)?(?:buscando|pidiendo)\s+informaci[óo]n\b",
    re.IGNORECASE,
)

CONSULT_WANTED_RE = re.compile(
    r"\b(?:book|schedule|set\s+up|arrange|have|do|take\s+you\s+up\s+on|like|want|request)\s+(?:a|the|your|that)\s+"
    r"(?:free\s+)?(?:\d+[-\s]minute\s+)?(?:phone\s+)?consult(?:ation)?\b|\bagendar\s+(?:la|una)\s+consulta\b",
    re.IGNORECASE,
)
CONSULT_WANTED = Guarded(CONSULT_WANTED_RE)

THANKS = re.compile(
    r"\b(?:just\s+wanted\s+to\s+say\s+)?(?:thank\s+you|thanks\s+so\s+much|muchas\s+gracias)\b"
    r"|^\W*thanks,?\s+(?:[a-z]+\s*[-–—!]|again\b|a\s+lot\b|for\s+(?:everything|today|the\s+session|last)\b)",
    re.I,
)


TAKEN_BACK = re.compile(r"\bnever\s*mind\b|\bno\s+need\b|\bdon'?t\s+need\b|\bscratch\s+that\b", re.IGNORECASE)
"""'I was going to ask for a superbill ... so never mind that part': what they asked for, then took back."""
