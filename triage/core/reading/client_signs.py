"""Whether the writer is already a client: the words a client uses of their own therapy ("my Thursday session",
"thank you for today", "I'm on the sliding scale"), read even where the model calls the mail admin.

Kept apart from the reader of a client's requests (`reading.client`): one question, who is writing, one module.
"""

from __future__ import annotations

import re

from triage.core.prefilter import alternatives
from triage.core.reading.sentences import gated, possible

_EXISTING = re.compile(
    r"\b(?:don'?t|do\s+not)\s+(?:really\s+)?want\s+to\s+(?:stop|quit|pause)\s+(?:therapy|coming|our\s+sessions|seeing\s+you)\b|"
    r"\b(?:current|existing|returning|former)\s+(?:client|patient)\b(?!\s*\?\s*:?\s*(?:no|n/a)\b)|\b(?:i'?m|i\s+am)\s+(?:a\s+|one\s+of\s+)?\w+'s\s+(?:clients?|patients?)\b|\bi'?m\s+(?:a|one\s+of)\s+(?:your\s+)?"
    r"(?:client|patient)s?\b|\bas\s+(?:a|your)\s+client\b|\b(?:my|our)\s+(?:next\s+|last\s+|usual\s+|regular\s+|weekly\s+)?"
    r"(?:session|appointment|appt)\s+(?:with|on|this|tomorrow|today|next)|\b(?:i'?ve|i\s+have|we'?ve|i\s+keep|i'?m\s+still)\s+"
    r"(?:been\s+)?seeing\s+(?:you|dana|sam)\b|\bkeep\s+seeing\s+(?:you|dana|sam)\b|\bsame\s+(?:\w+\s+)?(?:slot|time)\b"
    r"|\bi'?m\s+in\s+(?:weekly\s+)?treatment\b|\b(?:the|your|client)\s+portal\b|\bi\s+see\s+(?:dana|sam|you)\s+(?:on|every)\b"
    r"|\b(?:our|my)\s+usual\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:an?\s+)?extra\s+session\b|\badditional\s+session\b|\b(?:years?|months?)\s+of\s+(?:coming\s+here|seeing\s+(?:you|dana|sam))\b"
    r"|\bsoy\s+(?:client[ea]|paciente)\s+de\b|\b(?:next|this|last)\s+week'?s\s+(?:emdr\s+|couples\s+|video\s+|therapy\s+)?(?:session|appointment|appt)\b"
    r"|\b(?:been\s+)?attending\s+(?:weekly\s+|regular\s+|my\s+)?(?:appointments|sessions|therapy)\b|\bkeep\s+going\s+with\s+"
    r"(?:you|dana|sam)\b|\b(?:my|our)\s+(?:session|appointment|appt)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur)day\b"
    r"|\bmy\s+(?:\d+\s+|six\s+|three\s+|five\s+)?(?:eap\s+)?sessions\s+(?:ran|have\s+run|are|were)\s+(?:out|used\s+up)\b"
    r"|\bsee\s+you\s+(?:on|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)\b|\bsoy\s+(?:cliente|paciente)\b"
    r"|\bmi\s+(?:pr[óo]xima\s+)?(?:cita|sesi[óo]n)\s+(?:con|del|de\s+los)\b|\bsince\s+(?:i|we)\s+started\s+(?:seeing|with)\b"
    r"|\b(?:one\s+of\s+)?my\s+(?:usual|regular|weekly|individual|individual\s+therapy)\s+(?:session|appointment|appt)s?\b"
    r"|\b(?:tomorrow|today|tonight|this\s+week|next\s+week|monday|tuesday|wednesday|thursday|friday|saturday)'?s\s+"
    r"(?:session|appointment|appt)\b|\b(?:cobro|cargo)\b.{0,60}\bpor\s+la\s+(?:cita|sesi[óo]n)\s+del?\b"
    r"|\bcharged?\b.{0,40}\bfor\s+(?:my|the|last\s+\w+'?s?)\s+(?:session|appointment|appt)\b"
    r"|\b(?:la|lo)\s+cancel[ée]\b|\bi\s+cancell?ed\s+(?:it|my|the)\b|\bfor\s+my\s+(?:future\s+)?sessions\b|(?<!all\s)\bof\s+my\s+(?:future\s+)?sessions\b"
    r"|\b(?:missed|forgot(?:\s+about)?)\s+(?:my|our|yesterday'?s|today'?s|this\s+morning'?s)\s+(?:\w+\s+)?(?:session|appointment|appt)\b|\bmy\s+regular\s+(?:time|slot|day)\b|\bsigned\s+a\s+(?:release|roi)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:statement|invoice|receipt)\b|\bstill\s+(?:be\s+able\s+to\s+)?see\s+me\b(?!\s+for\s+(?:therapy|counsel\w+)|\s+anyway)|\bswitch(?:ing)?\s+therapists\b"
    r"|\bmis\s+sesiones\b|\blast\s+session\b|\bsee\s+you\s+in\s+(?:two|2|three|3|a\s+few)\s+weeks\b|\bmy\s+old\s+intake\b"
    r"|\bstill\s+on\s+file\b|\bher\s+therapist\s+could\b|\byou'?ve\s+been\s+seeing\s+me\b"
    # "¿Puedo cambiar la tarjeta que tienen registrada por la tarjeta HSA?": the card on file is a client's
    r"|\btarjeta\s+(?:que\s+(?:tienen|tiene)\s+)?(?:registrada|en\s+(?:archivo|el\s+sistema)|guardada)\b"
    r"|\b(?:today|tomorrow|tonight)'?s\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b|\bswitch\s+today\b"
    r"|\bfor\s+(?:a|my|the)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
    # "They denied my Dec 14 and Dec 21 sessions": a client's claims
    r"|\b(?:denied|rejected|declined)\s+(?:payment\s+for\s+)?my\s+(?:\w+\s+){0,6}?(?:sessions?|appointments?|visits?|claims?)\b"
    r"|\bstill\s+be\s+in[-\s]network\s+for\s+me\b|\b(?:my|our)\s+(?:last\s+)?(?:statement|invoice)\b"
    r"|\b(?:my|our)\s+(?:couples\s+|weekly\s+|individual\s+)?sessions\s+(?:went|are|have|were)\b"
    r"|\bmy\s+(?:usual|regular|normal)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bmy\s+next\s+(?:session|appointment|appt)\b"
    r"|\b(?:her|his|their)\s+(?:usual\s+|regular\s+|weekly\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:slot|session|appointment)\b"
    r"|\bmy\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?\s+(?:session|appointment|appt)\b"
    r"|\b(?:switch|move|change|put)\s+(?:\w+\s+){0,3}(?:all|each|every\s+one)\s+(?:of\s+)?my\s+sessions\b|\bsame\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+time\b"
    r"|\bwill\s+(?:anything|something)\s+change\s+for\s+(?:me|us)\b|\b(?:my\s+)?session\s+is\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\bkeep\s+(?:our|my)\s+(?:weekly\s+)?sessions\b|\b(?:new|updated)\s+(?:\d{4}\s+)?consent\s+forms?\b|\bis\s+in\s+(?:counseling|therapy|treatment)\s+with\s+(?:dana|sam|you)\b"
    r"|\b(?:move|switch|go|put)\s+(?:me\s+)?(?:to|onto|on)\s+(?:the|your)\s+sliding\s+scale\b"
    r"|\b(?:i'?ve|i\s+have)\s+(?:\w+\s+){0,2}(?:been\s+)?(?:\w+\s+)?working\s+with\s+you\b|\bworking\s+with\s+you\s+(?:individually|so\s+far)\b"
    r"|\bbring\s+(?:this|it)\s+up\s+in\s+(?:our\s+|a\s+)?session\b|\b(?:don'?t|do\s+not)\s+want\s+to\s+stop\s+coming\b"
    r"|\binstead\s+of\s+in[-\s]person\b|\bmy\s+\d{1,2}(?::\d\d\s*(?:am|pm)?|\s*(?:am|pm))(?!\s*(?:-|–)\s*\d)"
    r"|\bmy\s+(?:individual\s+)?(?:work|sessions?|therapy)\s+with\s+you\b|\bkeep\s+(?:doing|having)\s+(?:our|my)\s+(?:\w+\s+)?sessions\b"
    r"|\bmy\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:session|appointment|appt)\b"
    r"|\blog\s*(?:in)?(?:\s+in)?to\s+the\s+portal\b|\bkeep\s+my\s+(?:\w+\s+)?(?:slot|time|session|appointment|spot)\b|\bmy\s+(?:mon|tues|wednes|thurs|fri|satur)day\s+(?:slot|spot|time)\b"
    r"|\b(?:has|have)\s+a\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+(?:with\s+(?:dana|sam|you)|today|tomorrow)\b"
    r"|\bin\s+addition\s+to\s+my\s+(?:individual|regular|weekly)\b|\bmy\s+individual\s+ones\b"
    # "would love to move my weekly to saturdays": their standing session
    r"|\b(?:move|switch|change|shift)\s+my\s+(?:weekly|biweekly|standing|recurring|regular|usual)"
    r"(?:\s+(?:session|appointment|appt|slot|time|one))?\s+(?:to|from|over\s+to)\b"
    r"|\bi\s+was\s+charged\s+\$?\d+\s+for\s+(?:last|this)\s+(?:week|session|month)\b"
    r"|\bel\s+recibo\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b",
    re.IGNORECASE,
)
_EXISTING_MORE = re.compile(
    r"\bmy\s+(?:co-?pay|coinsurance|co-?insurance)\s+(?:for\s+(?:my\s+|our\s+|the\s+)?sessions\s+)?(?:will\s+)?(?:go(?:es)?\s+up|change|increase|went\s+up)"
    r"|\bi\s+(?:was|used\s+to\s+be)\s+(?:a\s+)?(?:client|patient)\s+(?:of|with|at)\b|\bi\s+used\s+to\s+see\s+(?:you|dana|sam)\b"
    r"|\byou\s+(?:mentioned|suggested|recommended|said)\s+(?:on|in|last|during|when)\b(?!\s+(?:your|the)\s+(?:website|site|page|profile|email|reply|message|listing|ad)\b)|"
    r"\b(?:like|as)\s+you\s+(?:suggested|recommended)\b|\byou\s+mentioned\s+(?:a|an|the|that)\s+(?:book|app|exercise|podcast|worksheet|technique|video)\b|"
    r"\b(?:before|until|at|in)\s+(?:our|my|the)\s+next\s+(?:session|appointment|appt)\b|\bafter\s+(?:our|my)\s+next\s+(?:session|appointment|appt)\b|"
    r"\b(?:after|from)\s+our\s+(?:last|recent)\s+(?:few\s+|couple\s+(?:of\s+)?)?sessions?\b|"
    r"\b(?:pass|forward)\s+(?:this|it)\s+(?:along\s+|on\s+)?to\s+(?:dana|sam|my\s+therapist|our\s+therapist)\b|"
    r"\bi'?m\s+(?:currently\s+|now\s+)?(?:on|paying)\s+(?:the\s+)?(?:sliding\s+scale|reduced\s+rate)\b|\bmy\s+current\s+(?:rate|fee)\b|"
    r"\bthe\s+notice\s+about\s+(?:the\s+)?(?:fees?|rates?)\s+(?:going\s+up|increas\w*|chang\w*)\b|"
    r"\b(?:doesn'?t|does\s+not)\s+need\s+to\s+wait\s+(?:for|until)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:in|during)\s+(?:our|my)\s+(?:last\s+)?session\b"
    r"|\bcontinu(?:e|ing)\s+(?:seeing|to\s+see|working\s+with)\s+(?:you|dana|sam)\b|\bcontinu(?:e|ing)\s+with\s+(?:dana|sam)\b"
    r"|\bkeep\s+(?:doing|having)\s+(?:our\s+|my\s+)?sessions\b"
    r"|\b(?:for|use\s+(?:these|them|it)\s+for)\s+my\s+next\s+(?:ones|few|sessions|appointments)\b|\bgo\s+back\s+to\s+paying\b"
    r"|\b(?:switch|change|move)\s+(?:my|our)\s+(?:\w+\s+)?(?:sessions?|appointments?)\s+to\b"
    r"|\bheads\s+up,?\s+i'?m\s+(?:switching|changing|moving)\b"
    r"|\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:today|yesterday|tonight|last\s+(?:night|week)|this\s+(?:morning|afternoon|evening)"
    r"|(?:our|the|today'?s|yesterday'?s|last\s+night'?s)\s+session)\b"
    r"|\bwill\s+my\s+(?:co-?pay|coinsurance|co-?insurance|rate|fee)\s+(?:for\s+(?:my\s+|our\s+|the\s+)?sessions\s+)?(?:go\s+up|change|increase)"
    r"|\bgoing\s+forward\b"
    r"|\b(?:wanted|want)\s+you\s+to\s+know\s+before\s+(?:our\s+|my\s+)?(?:mon|tues|wednes|thurs|fri|satur)day\b"
    r"|\bcancel\s+(?:my|our)\s+(?:standing|usual|regular|weekly)\b"
    r"|\bcopy\s+of\s+my\s+(?:new\s+)?(?:member\s+|insurance\s+)?(?:id(?:entification)?\s+)?card\b[^.]{0,40}\b(?:records|file)\b"
    r"|\bupdate\s+(?:my|the)\s+(?:insurance|card|coverage)\s+(?:\w+\s+)?(?:on\s+file|in\s+(?:your|the)\s+system)\b"
    r"|\bmy\s+first\s+(?:session|appointment|appt)\s+(?:with\s+\w+\s+)?is\s+(?:tomorrow|today|on|this|next)\b"
    # "I have my first appointment with Sam on Thursday" (not "I'd like to book my first appointment next week")
    r"|\bi\s+have\s+my\s+first\s+(?:session|appointment|appt)\s+(?:with\s+\w+\s+)?(?:tomorrow|today|on|this|next)\b"
    r"|\bmy\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:sessions?|appointments?|appts?)\b"
    r"|\b(?:stop|keep|continue|keep\s+on)\s+seeing\s+you\b",
    re.IGNORECASE,
)
"""More ways a client speaks of their therapy ("continuing with Dana", "thank you for today"), kept apart from
_EXISTING so the prefix index runs each only where its own first words appear."""
_GOING_FORWARD_WHAT = re.compile(r"\b(?:pay|paying|cost|costs|sessions?)\b[^.?!\n]{0,30}$", re.IGNORECASE)


def says_client(text: str) -> bool:
    """The writer speaks of their own sessions ("I was charged for last Thursday's session"): a client, even where
    the model calls the mail admin. A mention of a portal is not enough: vendors sell portals."""
    can = possible(text)
    for part in _EXISTING_PARTS:
        if id(part) in can and any(not _WEAK_SIGN.fullmatch(m.group(0)) for m in part.finditer(text)):
            return True
    if id(_EXISTING_MORE) not in can:
        return False
    for m in _EXISTING_MORE.finditer(text):
        if not m.group(0).lower().startswith("going"):
            return True
        # "what would I be paying per session going forward": someone already paying
        if _GOING_FORWARD_WHAT.search(text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


_WEAK_SIGN = re.compile(r"(?:the|your|client)\s+portal|same\s+(?:\w+\s+)?time", re.IGNORECASE)
"""Signs others give too: a vendor's "client portal", "same time (12-1:30)" in a colleague's note."""


_EXISTING_PARTS = alternatives(_EXISTING)
gated(*_EXISTING_PARTS, _EXISTING_MORE)


CANCELLED_BEFORE = re.compile(  # "had to cancel", "called ... to cancel": done already
    r"\bhad\s+to\s+cancel\b|\b(?:i|we)\s+(?:already\s+)?cancell?ed\b|\b(?:called|emailed|texted|left\s+a\s+(?:voicemail|"
    r"message))\b[^.?!]{0,60}\bto\s+cancel\b",
    re.IGNORECASE,
)
NO_CANCEL = re.compile(r"\b(?:don'?t|do\s+not)\s+(?:really\s+)?want\s+to\s+cancel\b", re.IGNORECASE)
MOVING_HOUSE = re.compile(
    r"\b(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:mov(?:e|ing)|relocat\w+)\s+(?:out\s+)?(?:on|in)\s+(?:the\s+)?\d",
    re.IGNORECASE,
)
"""'we closed on a house in Ridgefield, WA and we move on the 28th': a home moved, not a session."""
