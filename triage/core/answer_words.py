"""The words the reply planner reads a question's own words for: whether it is asked outright of a service
("could Dana help with that?"), for that very thing ("a session for that"), for individual therapy, and what a
refusal makes beside the point."""

from __future__ import annotations

import re

from triage.core.request import Kind

IF_SO = re.compile(r"\bif\s+(?:so|yes|you\s+do)\b", re.IGNORECASE)
ANOTHER_ASK = re.compile(r",?\s+and\s+(?=(?:how|what|when|where|is|are|do|does|can|will)\b)", re.IGNORECASE)
FOR_THAT = re.compile(
    r"\b(?:session|appointment|visit)\s+for\s+(?:that|it|this)\b|\bneed\s+the\s+(?:letter|evaluation|assessment|testing)\b"
    r"|\b(?:write|provide|sign|fill\s+out)\s+(?:one|it|that|this|them)\b|\bhow\s+many\s+sessions\s+would\s+i\s+need\s+first\b"
    # "How much do you charge for the letter and how fast can you do it?", "Do you do the testing?": what is declined
    r"|\b(?:charge|cost|pay)\s+for\s+the\s+(?:letter|testing|evaluation|assessment)\b|\bdo\s+the\s+(?:testing|evaluation|assessment)\b"
    r"|\b(?:get|send)\s+(?:me\s+)?the\s+(?:letter|evaluation|assessment)\b",
    re.IGNORECASE,
)
SEE_THEM = re.compile(
    # "could a therapist see him for it?"; of a service we don't offer, "Can you do that and sign off the paperwork?"
    r"\b(?:see|work\s+with|take|treat|atender)\s+(?:him|her|them|lo|la)\b"
    r"|^\W*(?:can|could|would)\s+you\s+do\s+(?:that|this|it)\b",
    re.IGNORECASE,
)
INDIVIDUAL = re.compile(
    r"\bindividual(?:ly)?\b|\bone[-\s]on[-\s]one\b|\bstill\s+see\s+me\b|\bsee\s+me\s+for\s+(?:regular\s+)?(?:therapy|counsel\w+)\b"
    # "would Providence cover regular therapy with you after that?"
    r"|\b(?:regular|ongoing)\s+(?:therapy|counsel\w+|sessions)\s+with\s+you\b",
    re.IGNORECASE,
)
"""'Do you run groups, or is it individual only?', 'If not, would you still see me for therapy?': therapy is wanted."""
OFFER_ASKED = re.compile(
    r"\b(?:do|does|can|could|would|will)\s+(?:you|your|she|he|dana|sam|someone|anyone)\b|\bis\s+(?:that|this|it)\s+something\b"
    r"|\b(?:work|help)\s+(?:with|on)\b|\bletter\b|\btesting\b|\bevaluation\b|\b(?:atiende|trabaja|ofrece)n?\b",
    re.IGNORECASE,
)
"""A client asking whether we offer or would do something ("could Dana help with my sleep too?")."""
SESSIONS = re.compile(r"\bsessions?\b|\brates?\b", re.IGNORECASE)
REFUSED_SKIPS = frozenset(
    {
        Kind.SERVICE,
        Kind.DAYS,
        Kind.TIME_OF_DAY,
        Kind.URGENCY,
        Kind.MODALITY,
        Kind.FEES,
        Kind.INSURANCE,
        Kind.PAYMENT,
        Kind.CANCELLATION,
        Kind.THERAPIST,  # "Since you'd prefer a woman, I would be glad to see you" beside "we don't offer that"
    }
)
"""What we cannot offer at all (a child under the age we see, a service elsewhere, another state) makes when, how
and what it would cost beside the point: the refusal and who can help instead are the answer."""
SESSION_NAMED = re.compile(
    r"\bthe\s+(?:first|initial|intake|couples|first\s+couples)\s+(?:session|appointment|visit)\b", re.IGNORECASE
)
IT = re.compile(
    r"(?<=^is\s)it\b|(?<=^will\s)it\b|(?<=^does\s)it\b|(?<=^would\s)it\b|(?<=^how\slong\sis\s)it\b"
    r"|(?<=^how\slong\swill\s)it\b(?!\s+take)|(?<=^how\slong\sdoes\s)it\b(?!\s+take)",
    re.IGNORECASE,
)
"""'What happens in the first session? Is it longer than the regular ones?', '... How long is it?': the session the
question before named."""


EAP_VENDOR = (
    re.compile(
        r"\b(?:eap|employee\s+assistance\s+program)\b[^.?!]{0,30}?\b(?:through|with|from|via|by|run\s+by)\s+(\w[\w&]+)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(\w[\w&]+)\s+(?:eap|employee\s+assistance)\b", re.IGNORECASE),
)
AFTER_EAP = re.compile(
    r"\b(?:after|once|when)\s+(?:the|those|my)\s+(?:\w+\s+)?(?:eap\s+)?sessions\s+(?:are\s+|have\s+been\s+)?(?:used\s+up|run\s+out|over|done)",
    re.IGNORECASE,
)
REGULAR_PLAN = re.compile(
    r"\b(?:regular|normal|usual|own)\s+(?:\w+\s+){0,2}(?:plan|insurance)\b|\bafter\s+(?:the|those|my)\s+(?:\d+|six|five|three)\b",
    re.IGNORECASE,
)


def eap_vendor(said: tuple[str, ...]) -> str | None:
    for pattern in EAP_VENDOR:
        for text in said:
            for found in pattern.finditer(text):
                name = found.group(1)
                if name.lower() not in ("an", "a", "the", "my", "our", "their", "company", "work", "employer's"):
                    return name
    return None


CARD_WANTED = re.compile(
    r"\b(?:need|want)\s+(?:a\s+|the\s+)?(?:copy|photo|pic(?:ture)?|scan|image)\b|\bneed\s+anything\s+(?:else\s+)?from\s+me\b"
    r"|\banything\s+you\s+need\s+from\s+me\b|\bshould\s+i\s+(?:send|bring|upload)\b"
    r"|\bdo\s+you\s+need\s+(?:my|the|a)\s+(?:new\s+)?(?:insurance\s+)?card\b"
    r"|\bwhat\s+(?:do|would|will)\s+you\s+need\s+from\s+me\b",  # "What do you need from me - a picture of the card?"
    re.IGNORECASE,
)
"""'Do you need a photo of the new card once I have it?': yes, and what to send."""
WILL_SEND = re.compile(
    r"\b(?:i'?ll|i\s+will|we'?ll|will|i\s+can|can)\s+(?:send|email|forward|upload)\b|\bwhen\s+i\s+get\s+it\b",
    re.IGNORECASE,
)

"""'Could our session on the 19th be our last one?': an ending with one session still to come, which the reply
keeps rather than cancels."""
LAST_ONE = re.compile(
    # "Could we make my session on the 12th our last one?"
    r"\b(?P<what>(?:our|my)\s+(?:session|appointment)\s+(?:on\s+)?(?:the\s+)?\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)\s+(?:be\s+)?"
    r"(?:our|my|the)\s+(?:last|final)(?:\s+one|\s+session)?\b"
    r"|\b(?:make|have)\s+(?P<when>(?:next\s+week|this\s+week|next\s+\w+day|\w+day|the\s+\d{1,2}(?:st|nd|rd|th)?)(?:'s\s+session)?)\s+"
    r"(?:our|my|the)\s+(?:last|final)\s+(?:one|session)\b",
    re.IGNORECASE,
)

_FIRST_PERSON = {"my": "your", "i": "you", "i'm": "you're", "me": "you", "our": "your", "we": "you", "we're": "you're"}


def second_person(said: str) -> str:
    """'after my surgery', 'on my return from Mexico' as the reply says them: 'after your surgery'."""
    return re.sub(
        r"\b(?:my|i'm|i|me|our|we're|we)\b", lambda m: _FIRST_PERSON[m.group(0).lower()], said, flags=re.IGNORECASE
    )


"""'Do you do ADHD testing? If not, would you still see him for therapy?': therapy is wanted whatever the answer."""
ANYWAY = re.compile(
    r"\b(?:if\s+not|either\s+way|otherwise|regardless),?\s+(?:would|could|can|will|do)\s+(?:you|dana|sam|one\s+of\s+your\s+(?:therapists|counselors|clinicians))\s+(?:still\s+)?see\b"
    r"|\bwould\s+you\s+still\s+see\b"
    # "If not, would therapy still help with the focus stuff?": therapy is wanted either way
    r"|\b(?:if\s+not|either\s+way|otherwise|regardless),?\s+(?:would|could|can|might|is)\s+(?:regular\s+|talk\s+)?"
    r"(?:therapy|counse(?:l)?ling|sessions)\s+(?:still\s+)?(?:help|be\s+(?:helpful|useful|worth))\b"
    r"|\bwould\s+(?:regular\s+|talk\s+)?(?:therapy|counse(?:l)?ling)\s+still\s+help\b"
    # "If not, do you do therapy for late-identified autistic adults?"
    r"|\b(?:if\s+not|either\s+way|otherwise),?\s+(?:do|would|could|can)\s+you\s+(?:still\s+)?(?:do|offer|provide)\s+(?:\w+\s+)?(?:therapy|counse(?:l)?ling)\b",
    re.IGNORECASE,
)

OR_SELF_PAY = re.compile(
    r"\bor\s+(?:would|will|do|should|am)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+|be\s+)?(?:pay|paying)\b"
    r"[^?]{0,30}(?:out\s+of\s+pocket|myself|ourselves|self[-\s]?pay|cash)",
    re.IGNORECASE,
)
"""'Do you take Kaiser, or would I be paying out of pocket?': the other way of paying, asked only if we don't."""


def short_notice(words: str, hours: int) -> bool:
    """Whether the notice they say they give ("10 hours before", "this morning") is inside the cancellation window."""
    given = [int(n) for n in re.findall(r"\b(\d{1,3})\s*(?:hours?|hrs?)\b", words, re.IGNORECASE)]
    return any(n < hours for n in given) or bool(
        re.search(r"\b(?:today|tonight|this\s+morning|an\s+hour)\b", words, re.I)
    )


# "there's no charge as long as I cancel more than 24 hours ahead, right?"; the words of the cancellation policy
NO_CHARGE_RIGHT = re.compile(
    r"\bno\s+(?:charge|fee)\s+(?:as\s+long\s+as|if|since|because|as)\b[^?]*\b(?:ahead|advance|notice|before|hours)\b[^?]*\?",
    re.IGNORECASE,
)
POLICY_WORDS = re.compile(
    r"\bpolic\w*|\bfees?\b|\bcharge\w*|\bnotice\b|\bpenalt\w*|\blate\s+cancel\w*|\b24\b|\bcobr\w+|\bcargo\b|\bpol[ií]tica\b",
    re.I,
)

SCALE_LATER = re.compile(
    r"\bwhen\s+(?:i|we)\s+(?:come\s+back|return|resume|pick\s+(?:back\s+)?up|start\s+(?:again|back))\b"
    r"|\bfor\s+(?:january|february|march|april|the\s+new\s+year|next\s+(?:month|year))\b",
    re.IGNORECASE,
)
"""'pause through December ... the sliding scale for when I come back in January?': the rate is for later."""
