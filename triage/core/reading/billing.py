"""What a client asks be done about a bill: run a declined payment again, look at a double charge, update the card
on file, resubmit a claim, tell them their balance. Said back in the reply rather than a bare "I'll look into your
account"."""

from __future__ import annotations

import re

_RUN_AGAIN = re.compile(
    r"\bre-?run\s+(?:[\w']+\s+){0,3}(?:session|payment|charge)|"
    r"\b(?:re-?run|re-?try|re-?charge|re-?process|run|try|charge|put|try\s+running|try\s+charging)\s+(?:it|the\s+(?:payment|charge)|my\s+card|the\s+(?:new\s+)?card)"
    r"(?:\s+again|\s+on\s+(?:the|my)\s+(?:new\s+)?card)|\brerun\b|\bvolver\s+a\s+(?:cobrar|pasar)\b",
    re.IGNORECASE,
)
_DECLINED = re.compile(
    r"\b(?:declined|didn'?t\s+go\s+through|did\s+not\s+go\s+through|bounced|failed|was\s+rejected|rechazad[oa])\b", re.I
)
"""A payment that failed: a new card sent beside it is for that payment too, so it is run again."""
_NEW_CARD = re.compile(
    r"\b(?:switch|change|update|replace)\s+(?:the\s+|my\s+)?card\s+(?:(?:you|we)\s+have\s+|that'?s\s+)?on\s+file\b"
    r"|\bcambiar\s+(?:la\s+|mi\s+)?tarjeta\b|\b(?:use|put|charge)\s+(?:my\s+|the\s+)?(?:new\s+)?"
    r"(?:hsa|fsa)\s+card\b|\bnew\s+(?:hsa\s+|fsa\s+)?card\b|\bpay(?:ing)?\s+with\s+(?:my\s+|the\s+)?(?:new\s+)?(?:hsa|fsa)\s+card\b|\bhave\s+a\s+new\s+one\b|\b(?:got|have|received)\s+(?:an?\s+)?(?:new\s+)?(?:hsa|fsa)\s+card\b|\bswitch\s+to\s+paying\s+with\b|\bupdated?\s+(?:my\s+)?(?:card|payment\s+(?:info|method|details))\b|\bupdated\s+it\s+in\s+the\s+portal\b",
    re.IGNORECASE,
)
_INSURANCE_CARD = re.compile(
    r"\b(?:new\s+)?insurance\s+card\b|\bmember\s+id\b|\b(?:regence|aetna|cigna|kaiser|premera|moda|optum|anthem|"
    r"united\w*|medicaid|medicare|ohp)\s+(?:sent|mailed|issued)\s+me\s+a\s+new\s+card\b",
    re.IGNORECASE,
)
"""A new insurance card is not a payment card: its details are updated, no payment is run."""
CARD_COMING = re.compile(
    r"\bnew\s+(?:one|card)\s+(?:is\s+(?:in\s+the\s+mail|on\s+(?:the|its)\s+way|coming)|won'?t\s+(?:come|arrive|get\s+here)"
    r"|hasn'?t\s+(?:come|arrived)|should\s+(?:come|arrive))\b|\b(?:until|till|when|once)\s+(?:i\s+get\s+(?:it|the\s+new\s+one)"
    r"|it\s+(?:comes|arrives)(?!\s+to\b)|the\s+new\s+(?:one|card)\s+(?:comes|arrives))\b"
    # "I'll bring my new card to my next session": not given yet
    r"|\b(?:i'?ll|i\s+will|i\s+can)\s+bring\s+(?:my|the)\s+new\s+(?:insurance\s+)?card\b",
    re.IGNORECASE,
)
"""'My HSA card got declined, new card is in the mail': the new card is not here yet."""
_NAME = re.compile(
    r"\b(?:changed|changing|change|update|updating)\s+(?:my|our|her|his)\s+(?:last\s+|legal\s+|sur)?name\b"
    r"|\bname\s+change\b|\bcambi(?:é|e|ar)\s+(?:mi\s+)?apellido\b",
    re.IGNORECASE,
)
"""'I got married and changed my last name ... can you update my name for billing?': their name on file."""
_ADDRESS = re.compile(
    r"\b(?:my|our)\s+new\s+(?:mailing\s+|home\s+|billing\s+)?address\b|\bnew\s+address\s+(?:is|for\s+(?:billing|my|our|the\s+file|your))\b"
    r"|\b(?:changed|change|update|updating)\s+(?:my|our)\s+(?:mailing\s+|home\s+)?address\b|\bmi\s+nueva\s+direcci[óo]n\b",
    re.IGNORECASE,
)
"""'I moved! New address for billing and my file': their address on file."""
_CLAIM = re.compile(r"\bclaim\b|\beob\b|\bresubmit\w*", re.IGNORECASE)
_TWICE = re.compile(
    r"\btwice\b|\bdouble[-\s]?charg\w*|\btwo\s+(?:times|charges)\b|\bcharged\s+double\b|\bdos\s+veces\b|\bdoble\b", re.I
)


OWED = re.compile(
    r"\bwhat'?s\s+my\s+(?:current\s+)?balance\b|\bwhat\s+is\s+my\s+(?:current\s+)?balance\b|"
    r"\bhow\s+much\s+(?:do\s+|would\s+|will\s+)?i\s+(?:still\s+)?owe\b|\bwhat\s+i\s+(?:still\s+)?owe\b"
    r"|\bbalance\s+i\s+(?:still\s+)?owe\b|\bif\s+i\s+(?:still\s+)?owe\b|\bmy\s+(?:current\s+|remaining\s+|total\s+)?balance\s+is\b",
    re.IGNORECASE,
)
"""'How much do I owe total so I can pay with my regular card?': their balance, which the account shows."""


def billing_what(text: str) -> tuple[str, ...]:
    """'Can you rerun it on my new card?' ("run_again"), 'charged twice' ("twice"): what the client asks be done,
    so the reply says it back rather than a bare "I'll look into your account"."""
    named: tuple[str, ...] = ("name",) if _NAME.search(text) else ()
    named += ("address",) if _ADDRESS.search(text) else ()
    if _INSURANCE_CARD.search(text) and not _DECLINED.search(text):
        return (*named, "insurance_card")
    coming = bool(CARD_COMING.search(text))  # "new card is in the mail": nothing to update or run yet
    return named + tuple(
        v
        for v, p in (
            ("run_again", _RUN_AGAIN),
            ("twice", _TWICE),
            ("new_card", _NEW_CARD),
            ("claim", _CLAIM),
            ("balance", OWED),
        )
        if (p.search(text) or (v == "run_again" and _DECLINED.search(text) and _NEW_CARD.search(text)))
        and not (coming and v in ("run_again", "new_card"))
    )


CHARGED_TWICE = re.compile(
    r"\bcharged\s+(?:me\s+)?twice\b|\bduplicate\s+charge\b|\bdouble[-\s]?charg\w*|\bcharged\s+double\b", re.IGNORECASE
)
"""'I was charged twice ... Could you refund the duplicate charge?': a billing error, never a fee to waive."""
