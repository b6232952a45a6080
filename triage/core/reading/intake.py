"""Whether they ask to be seen at all: are you taking new clients, and how do I book."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence, evidence, gated, matching, none_of
from triage.core.request import Kind, Question

_ACCEPTING = re.compile(
    r"\baccepting\b|\btaking\s+(?:on\s+)?(?:new|any)\b|\btaking\s+(?:on\s+)?clients\b|\b(?:any|have|has)\s+(?:\w+\s+)?(?:openings?|availability|"
    r"space|room|spots?)\b|\b(?:see|seeing|take|taking)\s+(?:on\s+)?(?:any\s+)?new\s+(?:people|folks|clients|patients|couples|families)\b|\bwait\s?(?:ing\s+)?list\b|\bhow\s+long\s+(?:is\s+)?the\s+wait\b|\bnew\s+(?:clients|patients)\b"
    r"|\b(?:do|would)\s+you\s+have\s+any(?:thing|\s+times?|\s+slots?)(?:\s+(?:open|available|free|then|like\s+that|that\s+\w+))?\s*\?"
    r"|^\W*openings?\s*\?|\bhow\s+long\s+(?:until|till|before)\s+(?:a|the|my|our|i\s+(?:could|can)\s+get\s+a)\s+first\b|\bcapacity\b|\b(?:are\s+you|is\s+(?:dana|sam|anyone))\s+(?:currently\s+)?(?:seeing|available)\b|\b(?:are\s+you|you'?re|you\s+are|is\s+(?:she|he|dana|sam|the\s+practice|your\s+practice)|are\s+(?:they|your\s+\w+))\s+(?:\w+\s+)?full\b(?!\s+(?:of|time))|\bfull\s*\?|\byou\s+(?:might|may|could)\s+be\s+full\b"
    r"|\b(?:would|could|will|can)\s+you\s+still\s+(?:see|take)\s+me\b|\bis\s+there\s+(?:a|any)\s+wait\b|\bwait\s+times?\b"
    # "If so, what's the wait?", "what is your current wait?"
    r"|\bwhat(?:'?s|\s+is)\s+(?:the|your)\s+(?:current\s+|usual\s+)?wait\b"
    # a referrer's "Please advise re availability", "let me know your availability"
    r"|\b(?:advise|let\s+(?:me|us)\s+know)\s+(?:re:?|regarding|about|of|on)?\s*(?:your\s+)?(?:current\s+)?(?:availability|openings|capacity)\b"
    # a referrer's "Please let me know if you can accept him and I will have him call"
    r"|\b(?:can|could|would|are\s+you\s+able\s+to)\s+(?:you\s+)?(?:accept|take\s+on|take)\s+(?:him|her|them|this\s+(?:patient|client|referral))\b"
    r"(?!['’]s|\s+(?:\w+\s+)?(?:insurance|plan|medicare|medicaid|ohp|card|coverage|benefits|eap|tricare)\b)"
    r"|\bhow\s+soon\s+(?:could|can|would|might)\s+(?:i|we|she|he|they|my\s+\w+)\s+(?:start|begin|get\s+in|be\s+seen|come\s+in)\b"
    r"|\baceptando\b|\baceitando\b|\bnovos\s+(?:clientes|pacientes)\b|\blista\s+de\s+espera\b|\b(?:tienen|hay)\s+(?:espacio|disponibilidad|lugar|cupo)\b|\bnuevos\s+(?:clientes|pacientes)\b"
    # "Would someone be able to see her?", "Can I see someone there?": whether there is room, asked plainly
    r"|\b(?:would|could|can|will)\s+(?:you|someone|somebody|anyone|one\s+of\s+you)\s+(?:\w+\s+)?(?:be\s+able\s+to\s+)?"
    r"see\s+(?:her|him|them|me|us)\s*\?|\b(?:can|could|may)\s+(?:i|we)\s+see\s+(?:someone|somebody|one\s+of\s+you)(?:\s+there)?\s*\?"
    # "¿aceptan pacientes nuevos?"
    r"|\b(?:clientes|pacientes)\s+nuev[oa]s\b|\baceptan\s+(?:a\s+)?(?:gente|personas)\s+nuevas?\b",
    re.IGNORECASE,
)


_BOOKING = re.compile(
    r"\b(?:schedule|book|set\s+up|make|arrange|get)\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:quick\s+|short\s+|first\s+|initial\s+|intake\s+)?"
    r"(?:appointment|intake|consult\w*|session|time|call)\b|\bget\s+(?:started|in\s+(?:to\s+see|with))\b|\bhow\s+(?:do|can|would)\s+"
    r"(?:i|we)\s+(?:start|begin|get\s+started|sign\s+up|book|schedule)\b"
    r"|\bhow\s+(?:do|can|would|should)\s+(?:i|we|she|he|they)\s+go\s+about\s+(?:booking|scheduling|starting|getting\s+started)\b|\bfree\s+consult\w*|\bphone\s+consult\w*|\bnext\s+steps?\b"
    r"|\b(?:like|love|want|hoping)\s+to\s+(?:start|begin|come\s+in|book|schedule|set\s+up|meet)\b(?!\s+(?:paying|using|billing|with\s+my\s+(?:new\s+)?(?:card|hsa|fsa)))|\bstart\s+(?:therapy|counseling|sessions)\b"
    r"|\b(?:hacer|agendar|programar|sacar|pedir)\s+(?:una\s+)?cita\b|\bquisiera\s+(?:una\s+)?cita\b|\bempezar\s+(?:terapia|sesiones)\b"
    r"|\bconsulta\s+(?:gratis|gratuita|inicial)\b",
    re.IGNORECASE,
)


_IS_IT_TRUE = re.compile(
    r"^\W*(?:is|are)\s+(?:that|this|it|they|you)\s+(?:actually\s+|really\s+|still\s+)?(?:true|right|correct|accurate|"
    r"the\s+case|so)\b",
    re.IGNORECASE,
)


def _checked(s: Sentence, items: list[Sentence]) -> bool:
    """'Aetna's directory says you're "accepting new patients." Is that actually true?': asked by the next line."""
    at = next((i for i, x in enumerate(items) if x is s), -1)
    return 0 <= at < len(items) - 1 and bool(_IS_IT_TRUE.search(items[at + 1].text))


_ASKS_IF = re.compile(
    r"\b(?:and|to)\s+ask\s+(?:you\s+)?(?:if|whether)\b|\bwonder(?:ing)?\s+(?:if|whether)\b"
    r"|\b(?:want(?:ed)?|like)\s+to\s+(?:know|check|see)\s+(?:if|whether)\b|\blet\s+(?:me|us)\s+know\s+(?:if|whether)\b",
    re.IGNORECASE,
)
"""'...just wanted to give you a heads up and ask if you have openings in the next couple weeks': asked, unmarked."""


def intake_questions(items: list[Sentence], labels: set[str]) -> list[Question]:
    out: list[Question] = []
    for kind, pattern in ((Kind.ACCEPTING, _ACCEPTING), (Kind.BOOKING, _BOOKING)):
        s = next(
            (
                s
                for s in matching(pattern, items)
                if s.asks or kind == Kind.BOOKING or _checked(s, items) or _ASKS_IF.search(s.text)
            ),
            None,
        )
        if s is not None:
            out.append(Question(kind, (), evidence(s)))
    return out


gated(_ACCEPTING, _BOOKING)

_NO_STANDING_SLOT = re.compile(
    r"\bsame\s+(?:day|time|slot)\s+(?:every|each)\s+week\b|\bsession\s+by\s+session\b|\bweek\s+by\s+week\b|\bmonth\s+by\s+month\b"
    r"|\bas\s+(?:my|the|our|his|her)\s+(?:rotation|schedule|shifts?)\s+(?:comes?\s+out|is\s+posted|gets\s+posted)\b"
    r"|\bdifferent\s+(?:days|times)\s+(?:different|each|every)\s+weeks?\b|\b(?:a\s+)?(?:set|standing|fixed)\s+(?:weekly\s+)?(?:slot|time|day)\b",
    re.IGNORECASE,
)
"""'I can't commit to the same day every week. Is that a dealbreaker?', 'I'd need to book month by month as my rotation
comes out': whether sessions can move week to week is the practice's to say."""


def no_standing_slot(items: list[Sentence]) -> list[Question]:
    """A schedule that changes week to week, asked about (here or in the next sentence): a question for staff."""
    if none_of(items, _NO_STANDING_SLOT):
        return []
    for i, s in enumerate(items):
        if not _NO_STANDING_SLOT.search(s.text):
            continue
        asked = s.asks or "?" in s.text or (i + 1 < len(items) and "?" in items[i + 1].text)
        if asked:
            return [Question(Kind.OTHER, ("a different time each week",), evidence(s))]
    return []


gated(_NO_STANDING_SLOT)

_PRIVACY = re.compile(
    r"\bstays?\s+between\s+(?:him|her|them|me|us|you)\s+and\s+(?:the|his|her|their|my|a)\s+(?:therapist|counsel\w+)\b"
    r"|\bwill\s+(?:they|my\s+(?:parents|mom|dad|employer|boss)|(?:his|her)\s+parents|we|the\s+school)\s+"
    r"(?:be\s+able\s+to\s+)?(?:see|know|find\s+out|hear|read|be\s+told)\s+(?:what|about|anything)\b"
    # "will my employer be able to see that I'm in therapy?"
    r"|\b(?:will|would|could|can)\s+(?:my\s+)?(?:employer|boss|company|hr|job|work)\s+(?:be\s+able\s+to\s+)?(?:ever\s+)?"
    r"(?:see|know|find\s+out|be\s+told)\s+(?:that\s+i'?m|if\s+i'?m|whether\s+i'?m|that\s+i\s+am|what|about|anything)\b"
    r"|\b(?:have|get)\s+(?:some\s+)?privacy\s+(?:in|with|from)\b|\bkept?\s+(?:private|confidential)\s+from\b"
    # "i dont want my parents to know everything i say. would you tell them?"
    r"|\b(?:don'?t|do\s+not)\s+want\s+(?:my\s+)?(?:parents|mom|dad|mother|father)\s+to\s+(?:know|hear|find\s+out|see)\b"
    r"|\b(?:would|will|do)\s+(?:you|u)\s+(?:have\s+to\s+)?tell\s+(?:my\s+)?(?:parents|mom|dad|them)\b(?!\s+(?:about\s+)?(?:the|our|your)\s+(?:price|fee|rate|cost))",
    re.IGNORECASE,
)
"""'His one condition is that whatever he says stays between him and the therapist. Is that how it works?', 'will
they see what i talk about??': confidentiality asked, which the practice's FAQ answers."""


def privacy_asked(items: list[Sentence], others: list[Question]) -> list[Question]:
    """Confidentiality asked, in that sentence or the question right after it: the FAQ's answer, in place of the
    staff notes on the same ask ("would u tell them stuff??")."""
    for i, s in enumerate(items):
        if _PRIVACY.search(s.text) and ("?" in s.text or (i + 1 < len(items) and "?" in items[i + 1].text)):
            rest = [q for q in others if not _PRIVACY.search(q.evidence)]
            return [*rest, Question(Kind.OTHER, ("confidentiality",), evidence(s))]
    return others


gated(_PRIVACY)


HOLIDAY = re.compile(
    r"\b(?:holidays?|thanksgiving|christmas|xmas|new\s+year'?s?\s+(?:day|eve)|labou?r\s+day|memorial\s+day"
    r"|presidents'?\s+day|fourth\s+of\s+july|july\s+4(?:th)?|independence\s+day|mlk\s+day|martin\s+luther\s+king"
    r"|juneteenth|veterans'?\s+day|winter\s+break|spring\s+break)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(?:open|closed?|closing|working|in\s+the\s+office|around|available|off|have\s+(?:sessions?|hours)|see(?:ing)?\s+clients)\b",
    re.IGNORECASE,
)


_OPEN_TODAY = re.compile(
    r"\b(?:you(?:'re|\s+are|\s+guys\s+are)|are\s+you(?:\s+guys)?|is\s+(?:the\s+)?office|office\s+is|(?:is|are)\s+(?:it|we))\s+"
    r"(?:still\s+|even\s+)?(?:open|closed)\s+(?:today|tomorrow|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
gated(_OPEN_TODAY)


def asks_holiday_hours(text: str) -> bool:
    """A question about the holidays ("open over Christmas week?") is a person's, however short: the model,
    trained on few of them, calls such mail admin."""
    return any(_about_holiday_hours(s) for s in re.findall(r"[^.?!\n]*\?", text))


def _about_holiday_hours(question: str) -> bool:
    """'Are you open the day after Thanksgiving?': a question, with the opening and the holiday close together
    ('laid off Dec 18 (merry christmas to me) ... don't want to stop' asks nothing of the sort)."""
    for day in HOLIDAY.finditer(question):
        near = question[max(0, day.start() - 40) : day.end() + 40]
        if _OPEN.search(near):
            return True
    return False


def holiday_question(items: list[Sentence]) -> list[Question]:
    """'Are you open the day after Thanksgiving?': the practice's facts hold no holidays, so its FAQ answers it, or
    staff do (a guess at the holiday hours would be a false statement)."""
    s = next((s for s in matching(HOLIDAY, items) if "?" in s.text and _about_holiday_hours(s.text)), None)
    # "is the office open today? Broadway still had ice", "just checking you're open today after the holiday": only
    # staff know whether the office is open on a given day
    s = s or next(matching(_OPEN_TODAY, items), None)
    if s is None:
        return []
    said = _GREETING.sub("", evidence(s))
    return [Question(Kind.OTHER, ("holiday hours",), said[:1].upper() + said[1:])]


_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear\s+\w+|(?:good\s+)?(?:morning|afternoon|evening))\b[\s,!.:-]*", re.IGNORECASE
)
gated(HOLIDAY)
