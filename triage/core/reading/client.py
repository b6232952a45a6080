"""An existing client's own business: moving or cancelling a session, a bill, a superbill, records, a fee."""

from __future__ import annotations

import re

from triage.core.reading.billing import CHARGED_TWICE, billing_what
from triage.core.reading.client_signs import CANCELLED_BEFORE, MOVING_HOUSE, NO_CANCEL, says_client
from triage.core.reading.same_session import ANOTHER_SUBJECT
from triage.core.reading.sentences import Sentence, evidence, gated, matching, whole, with_antecedent
from triage.core.request import Kind, Question

_SESSION = r"(?:session|appointment|appt|apt|visit|time|slot|meeting|cita|sesi[óo]n|consulta)"
_WHICH = r"(?:my|our|the|this|that|tomorrow'?s|today'?s|tonight'?s|next|mi|la|nuestra)"
_CLIENT_PATTERNS: tuple[tuple[Kind, str], ...] = (
    (
        Kind.RESCHEDULE,
        rf"\bre-?schedul\w*|\bpick\s+(?:it\s+)?(?:back\s+)?up\s+(?:again\s+)?(?:the\s+)?(?:week|following|next)\b|\bmov(?:e|ing)\s+{_WHICH}?\s*(?:[\w']+\s+){{0,2}}?{_SESSION}|\b(?:make|do|have)\s+(?:an)?other\s+day\b|\bmove\s+(?:it|me|us)\b"
        # "Could we push Thursday to Monday?"
        rf"|\bpush\s+(?:back\s+)?(?:{_WHICH}\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'?s\s+(?:session|appointment))?\s+(?:to|back)\b"
        rf"|\bmove\s+my\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?\b"
        # "I won't make it Tuesday. Can we find a time next week, after the service?"
        rf"|\b(?:can|could)\s+we\s+find\s+(?:a|another|a\s+new)\s+(?:time|day|slot)\s+(?:next|later|this|the\s+following|another)\b"
        rf"|\bmove\s+(?:this|my|our|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?\b"
        rf"|\b(?:switch|change|push)\s+{_WHICH}\s*(?:\w+\s+){{0,2}}?{_SESSION}|\bpush\s+(?:it|me)\s+back\b|\bpush\s+(?:this|that|it)(?:\s+one)?\s+(?:back\s+)?to\b|\bpush\s+(?:it\s+|us\s+|me\s+|that\s+|this\s+)?to\s+(?:the\s+)?(?:following|next|another)\b|\bre-?book\w*"
        rf"|\b(?:a\s+)?different\s+(?:time|day)\b|\b(?:cambiar|mover|reprogramar|pasar)\s+(?:mi|la|nuestra)?\s*(?:cita|sesi[óo]n)"
        rf"|\breprogramar\b|\b(?:cambiar(?:la|lo)?|moverla|moverlo|pasarla|pasarlo)\s+(?:para|al|a)\s+(?:el\s+|un\s+|otro\s+)?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)\b|\bget\s+(?:me\s+)?back\s+on\s+the\s+schedule\b|\bfrom\s+weekly\s+to\b|\b(?:go(?:ing)?|get(?:ting)?|come|coming|switch|move|moving)\s+back\s+to\s+(?:weekly|every\s+week)\b|\bweekly\s+(?:sessions\s+)?again\b|\b(?:come|coming|go|going|meet|meeting)\s+(?:weekly|every\s+week)\s+(?:instead\s+of|rather\s+than)\b|\bevery\s+week\s+again\b|\bmore\s+often\b|\bvolver\s+a\s+(?:las\s+)?(?:sesiones\s+)?semanales\b|\b(?:switch|move|change|go|going|cut\s+back)\s+to\s+(?:every\s+other\s+week|biweekly|bi-weekly|less\s+often|twice\s+a\s+month)\b|\b(?:try|trying|do|start|starting)\s+(?:every\s+other\s+week|biweekly|bi-weekly)\b|\bpasar(?:la|lo)?\s+(?:al|para\s+el)\b|\b(?:la|lo)\s+podemos\s+pasar\b|\botra\s+cita\b|\botro\s+horario\b|\banything\s+(?:else\s+)?(?:later|earlier|else)\s+(?:that|this|in\s+the|next)\s+week\b|\bmove\s+(?:my\s+|our\s+|the\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        rf"|\b(?:move|push|change)\s+(?:it|that|this|my\s+session|our\s+session)?\s*to\s+(?:a\s+)?(?:later|earlier)\s+(?:time|slot|hour)\b"
        rf"|\b(?:following|next)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+instead\b(?!\s+of\s+(?:video|zoom|phone|in[-\s]person))"
        rf"|\b(?:a|an)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|slot|session|time)?\s*instead\b"
        # "Can I get back on Thursdays at 6 starting next week?" after a summer off: their slot again
        rf"|\b(?:get|go|come|start)\s+back\s+(?:on|to|up\s+on)\s+(?:my\s+|our\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
        # "Could I switch to Saturday mornings?", "switch to Mondays at 5 starting the 14th": their session, new day
        rf"|\b(?:switch|move|change)\s+(?:over\s+|it\s+|us\s+|me\s+|this\s+|that\s+)?to\s+(?:\w+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
        rf"|\b(?:do|make\s+it|come\s+in)\s+(?:on\s+)?(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        rf"(?:\s+the\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+instead\b"
        rf"|\binstead\s+of\s+(?:\d|my\s+(?:\w+\s+)?(?:session|appointment|appt|time)|our|the\s+(?:\w+\s+)?(?:session|appointment|appt|time|slot)|mon|tue|wed|thu|fri|sat|sun)|\ben\s+vez\s+de\s+(?:las\s+)?\d",
    ),
    (
        Kind.CANCEL,
        # "make next week our last session"; not "would it be okay if our last session ... is by video?"
        rf"\bcancel(?:l?ing)?\s+{_WHICH}?\s*(?:\w+\s+){{0,2}}?{_SESSION}|\b(?:make|be)\s+(?!(?:okay|ok|alright|fine|possible)\b)"
        rf"(?:\w+\s+){{0,3}}(?:our|my)\s+last\s+session\b"
        # "could we skip next week's session and pick back up on the 15th?"
        rf"|\bskip\s+(?:this|next|our|my|the|\w+day'?s?)\s+(?:week'?s\s+)?(?:\w+\s+)?(?:session|appointment|appt)s?\b"
        rf"|\brelease\s+my\s+(?:\w+\s+){{0,2}}(?:slot|spot)\b|\btake\s+(?:me|us)\s+off\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){{0,2}}(?:slot|schedule|calendar)\b|\bcancel\s+(?:for\s+)?(?:tomorrow|today|tonight)\b|\b(?:need|have|going)\s+to\s+cancel\b"
        rf"|\b(?:asked|wants|wanted)\s+(?:me\s+)?to\s+cancel\b"
        rf"|\bcancel\s+(?:this\s+|next\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'?s)?\b"
        rf"|\bcancel\s+(?:this\s+|next\s+|our\s+|my\s+)?(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?(?:\s+\d|\s+at\b|\s*\?|\s*$)"
        rf"|\b(?:pause|take\s+a\s+break\s+from)\s+(?:my\s+|our\s+)?(?:sessions|therapy)\b|\btomarme\s+un\s+descanso\b"
        rf"|\bcancelar\s+(?:el|mi|la)\s+(?:hueco|horario|espacio)\b|\bwill\s+i\s+(?:still\s+)?(?:get|be)\s+charged\b|\bplease\s+cancel\s+(?:all\s+(?:of\s+)?)?(?:her|his|their|my|our|the)\b"
        rf"|\bno\s+llego\s+a\s+(?:la|mi)\s+(?:sesi[óo]n|cita)\b|\bdon'?t\s+want\s+to\s+bring\s+(?:this|it)\s+(?:in|into)\b"
        rf"|\b(?:won'?t|will\s+not|wo\s+n't)\s+be\s+able\s+to\s+(?:make|come|attend)\b|\b(?:won'?t|will\s+not)\s+make\s+it\b|\bcan'?t\s+(?:make|come\s+to|attend)\s+"
        rf"(?:it|{_WHICH})(?!self\b|selves\b)(?!\s+(?:up|home|out|down|over)\b)|\bcan\s*not\s+come\b|\bcannot\s+come\b|\b(?:shouldn'?t|should\s+not|can'?t|won'?t\s+be\s+able\s+to)\s+come\s+in\s+(?:for\s+)?(?:my|our|today|tomorrow|tonight)\b"
        # "he can't make his Wednesday appointment": his session, cancelled (or moved, if a time is asked)
        rf"|\b(?:he|she)\s+can'?t\s+make\s+(?:his|her)\s+(?:\w+\s+)?(?:appointment|session)\b"
        rf"|\bdon'?t\s+think\s+i\s+(?:should|can|will\s+be\s+able\s+to)\s+come\s+in\b|\bcancel(?:ar|e|en)\s+(?:mi|la|nuestra|mis|las|nuestras)?\s*(?:citas?|sesi(?:[óo]n|ones))|\bno\s+(?:voy\s+a\s+)?poder\s+(?:ir|asistir|llegar)",
    ),
    (
        Kind.FEE_WAIVER,
        r"\b(?:waive|waived|waiving|forgive|remove|reverse|drop(?!-)|refund)\b[^.?!]{0,60}\b(?:fees?|charges?|cancel\w*|no[-\s]show)\b"
        r"|\b(?:fee|charge)\b[^.?!]{0,40}\b(?:waived|forgiven|removed|reversed|dropped)|\bexception\b[^.?!]{0,40}\b(?:fee|policy)"
        r"|\b(?:condonar|perdonar|quitar|anular)\s+(?:el\s+)?(?:cargo|cobro|multa)|\b(?:be|get|it)\s+waived\b"
        r"|\bme\s+lo\s+(?:pueden|podr[ií]an|puede)\s+(?:quitar|condonar|perdonar|anular|eliminar)\b|\bno\s+me\s+cobr(?:en|ar[áa]n)\b"
        r"|\bnot\s+(?:to\s+)?charge\s+(?:me\s+|her\s+|him\s+|us\s+|them\s+)?(?:the|a|any)\s+(?:late|cancell?ation|no[-\s]show|missed)"
        r"|\bwaiv(?:e|ing)\s+(?:it|that|this)\b|\bwaive\s+or\s+refund\b|\brefund\s+or\s+waive\b|\bmake\s+an\s+exception\b|\bhacer\s+una\s+excepci[óo]n\b",
    ),
    (
        Kind.BILLING,
        r"\bcharged\s+(?:me\s+)?(?:twice|two\s+times|double)|\b(?:the|a|that)\s+\$\d+\s+balance\b|\bi\s+(?:already\s+)?paid\s+(?:it|this|that)\s+(?:on|last|already)\b|\bi\s+was\s+(?:just\s+)?charged\b|\b(?:was|wasn'?t)\s+(?:my\s+)?insurance\s+(?:not\s+)?billed\b|\bdouble[-\s]?charg\w*|\bcard\s+(?:was\s+|got\s+|is\s+)?"
        r"(?:declined|rejected|expired)|\b(?:payment|charge|it|transaction)\s+(?:was\s+|got\s+)?declined\b|\bbalance\s+of\s+\$\d+|\b(?:were|was)\s+(?:those|these|they|it|that|this)\s+billed\s+to\b|\bbilling\b|\binvoice\w*(?![^.?!\n]{0,40}\b(?:diagnos\w*|codes?|cpt|reimburs\w*))|\bmy\s+(?:current\s+|remaining\s+)?balance\b|\bouts?tanding\s+balance\b"
        r"|(?<!disability\s)(?<!unemployment\s)(?<!workers'\scomp\s)\bclaim\b[^.?!\n]{0,40}\b(?:was\s+|got\s+|has\s+been\s+)?(?:denied|rejected)\b|\bresubmit\w*|\btwo\s+(?:charges|payments)\b"
        r"|\bcharged\s+(?:\w+\s+){0,3}twice\b|\bre-?run\b|\brefund\b|\bovercharg\w*|\bdenied\s+(?:the|my)\s+claim\b|(?<!disability\s)(?<!unemployment\s)\bclaim\s+(?:was\s+|got\s+)?(?:denied|rejected)\b|\bcard\s+on\s+file\b|\btarjeta\s+(?:que\s+(?:tienen|tiene)\s+)?(?:registrada|en\s+archivo|guardada)\b|\bswitch\s+(?:the\s+|my\s+)?card\b|\bconfirm\s+(?:it|the\s+payment|that\s+it)\s+went\s+through\b|\bi\s+(?:just\s+)?paid\s+the\b|\bwhat\s+i\s+owe\b|\bhow\s+much\s+(?:do\s+|would\s+|will\s+)?i\s+(?:still\s+)?owe\b|\bbalance\s+i\s+(?:still\s+)?owe\b|\bif\s+i\s+(?:still\s+)?owe\s+(?:you\s+)?anything\b|\bi\s+owe\s+\$|\bmy\s+statement\s+says\b|\b(?:my|this|the|an)\s+eob\s+(?:says|shows|lists|from)\b|\brun(?:ning)?\s+(?:it|my\s+card)\s+again\b|\bcharge\s+on\s+my\b|\bpayment\s+(?:didn'?t|did\s+not|failed|bounced)|\bupdate\s+my\s+"
        r"(?:card|payment)|\bnew\s+card\b|\b(?:cobro|cobraron)\s+(?:dos\s+veces|doble)|\b(?:cobro|cargo)\s+(?:equivocado|incorrecto|de\s+m[áa]s|de\s+\$?\d)|\bme\s+(?:llegó|lleg[óo])\s+un\s+cobro\b|\brevis(?:ar|en)\s+(?:eso|el\s+cobro|el\s+cargo)\b|\bfactura\b|\btarjeta\s+(?:fue\s+)?rechazada"
        r"|\bcu[áa]nto\s+(?:le\s+)?(?:debo|debemos|le\s+debo)\b|\b(?:mi|el)\s+saldo\b|\bestado\s+de\s+cuenta\b"
        r"|\bno\s+entiendo\s+(?:los|el|este|estos)\s+(?:cargos?|cobros?)\b",
    ),
    (
        Kind.SUPERBILL,
        r"\bsuper\s?bills?\b|\breceipts?\s+for\s+(?:my\s+)?insurance|\breceipts?\s+for\s+(?:all\s+)?(?:of\s+)?(?:my|our|his|her|this\s+year'?s|last\s+year'?s)\s+(?:\d{4}\s+|past\s+|last\s+year'?s\s+|this\s+year'?s\s+)?sessions\b|\breceipts?\b[^.?!\n]{0,40}\bfor\s+(?:my|our|the)\s+(?:hsa|fsa)\b|\bfor\s+(?:my\s+)?(?:fsa|hsa)\s+reimbursement\b|\bitemized\s+(?:receipt|statement)|\breimbursement\s+"
        r"(?:form|paperwork|claim)|\brecibos?\s+(?:de\s+\w+\s+)?para\s+(?:mi\s+)?seguro|\brecibos?\s+detallados?\b"
        r"|\byear[-\s]end\s+statement\b|\bstatement\s+(?:listing|of|showing|with)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+)?"
        r"(?:\d{4}\s+)?(?:sessions|payments|everything)\b|\brecibos?\s+de\s+(?:las|mis)\s+sesiones\b",
    ),
    (
        Kind.RECORDS,
        r"\battendance\s+letter\b|\bfmla\b(?!\s+(?:leave\s+)?(?:ran|runs|running|ended|ends|expired|is\s+up|was\s+up))|\b(?:disability|accommodation)\s+(?:paperwork|forms?|letter)\b"
        r"|(?<!for\s)\b(?:my|medical|treatment|therapy|clinical)\s+records?\b|\bthe\s+records\b|\bcopy\s+of\s+(?:my\s+)?(?:records|file|notes|chart)"
        r"|\bletter\s+(?:for|to)\s+(?:my\s+|the\s+)?(?:work|employer|school|court|lawyer|attorney|doctor|landlord|hr)\b"
        r"|\bletter\s+confirming\s+(?:i|my|that\s+i)\b|\bletter\s+for\s+\w+'s\s+(?:school|work|employer|job|teacher)\b|\bletter\s+to\s+(?:\w+\s+){0,2}(?:high|school|college|university|employer|court)\b"
        r"|\bconfirming\s+that\s+\w+\s+is\s+in\s+(?:counseling|therapy|treatment)\b"
        r"|\b(?:letter|note)\s+from\s+(?:my|his|her|their|the)\s+(?:therapist|counselor|counsellor)\s+confirming\b"
        r"|\bwrite\s+a\s+letter\s+(?:describing|explaining|about|stating|confirming|for)\b|\b504\s+plan\b"
        r"|\b(?:a|short)\s+note\s+(?:for\s+(?:my\s+|his\s+|her\s+|the\s+|\w+'s\s+)?(?:school|work|employer|manager|boss|hr|job|teacher)|confirming|saying\s+(?:i|he|she|that))\b"
        r"|\b(?:short\s+)?summary\s+(?:for|to\s+send\s+to)\s+(?:my\s+)?(?:new\s+)?(?:psychiatrist|doctor|therapist|provider|pcp)\b"
        r"|\bproof\s+of\s+(?:attendance|treatment|sessions)|\brelease\s+of\s+information|\b(?:therapist|you|dana|sam)\s+sign\s+(?:a|the)\s+release\b"
        r"|\b(?:send|fax)\s+(?:my\s+)?(?:doctor|pcp|psychiatrist|her|him|them)\s+a\s+(?:short\s+)?(?:note|letter|update|summary)\b|\bexpediente\b|\bcarta\s+para\s+(?:mi\s+)?(?:trabajo|escuela)",
    ),
)
_CLIENT_RE = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _CLIENT_PATTERNS)
_WOULD_YOU_PROVIDE = re.compile(
    r"\b(?:would|do|does)\s+you\s+(?:\w+\s+)?(?:give|provide|offer|do|issue|write)\b|\bif\s+you'?re\s+out\b"
    r"|\bcan\s+you\s+provide\b|\bwill\s+you\s+write\s+a\s+letter\s+for\s+the\s+court\b"
    r"|\bout[-\s]of[-\s]network\b",
    re.IGNORECASE,
)
_NEW_CLIENT_CANCELLATION = re.compile(
    r"cancel(?:l)?ation\s+(?:policy|fee)|if\s+(?:i|we)\s+(?:need|have)\s+to\s+cancel"
    # "it means some weeks I have to cancel things last minute": how their life goes, no session to call off
    r"|\b(?:some\s+weeks|sometimes|occasionally|now\s+and\s+then|at\s+times)\s+(?:i\s+)?(?:have|need|might\s+have)\s+to\s+cancel"
    r"|\bcancel\s+things\b",
    re.I,
)
_HEDGED = re.compile(
    r"\b(?:might|may|maybe|possibly|probably|perhaps|if\s+i|in\s+case\s+i|thinking\s+(?:about|of)|not\s+sure\s+if\s+i)\s+"
    r"(?:\w+\s+){0,2}cancel|\b(?:quiz[áa]s?|tal\s+vez|a\s+lo\s+mejor)\s+(?:\w+\s+){0,2}cancel"
    r"|\bwould\s+(?:mean|require)\s+cancel|\bif\s+\w+\s+(?:can'?t|cannot|won'?t|doesn'?t)\s+(?:make\s+it|come|attend)\b"
    r"|\bif\s+(?:that|it|this)\s+(?:doesn'?t|does\s+not|won'?t|can'?t)\s+work\b[^.?!]{0,30}\bcancel"
    r"|\bhow\s+(?:far\s+ahead|far\s+in\s+advance|much\s+notice|soon|late)\s+(?:do|can|should|would)\s+(?:i|we)\s+"
    r"(?:have\s+to\s+|need\s+to\s+|to\s+)?cancel"
    r"|\bhow\s+(?:many\s+(?:hours|days)|much\s+(?:time|notice)|far\s+(?:ahead|in\s+advance|out)|early)\b[^.?!\n]{0,40}\bcancel",
    re.IGNORECASE,
)
_SOON = re.compile(
    r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\btomorrow\b|\bin\s+(?:an|a\s+few|\d+)\s+hours?\b"
    r"|\bhoy\b|\bma[ñn]ana\b(?!\s+por\s+la)|\besta\s+(?:tarde|noche)\b",
    re.IGNORECASE,
)
_INSIDE_WINDOW = re.compile(
    r"\b(?:less\s+than|under|within\s+(?:the\s+)?)\s*24\s*(?:hours?|hrs?)\b|\bshort\s+notice\b|\blast[-\s]minute\b",
    re.IGNORECASE,
)
"""'I know it's less than 24 hrs, sorry about that': inside the policy's window, whatever day the session is."""
_AWAY_SOON = re.compile(
    r"\b(?:fly|flying|leave|leaving|travel\w*|driv\w+|head\w*|depart\w*)\s+(?:[\w.]+\s+){0,3}?(?:today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
"""'I fly tomorrow for the funeral ... cancel my appointment on Wednesday': the trip is soon, not the session."""


THEY_WILL_WRITE = re.compile(
    r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will|he'?ll|she'?ll|they'?ll|he\s+will|she\s+will)\s+(?:reach\s+out|be\s+in\s+touch|get\s+in\s+touch|call|email|write|let\s+you\s+know)"
    r"\b(?:[^.?!\n]{0,40}\b(?:when|once|after)\b"
    # "I'll email in early October about getting back on the calendar"
    r"|\s+(?:you\s+)?(?:in|around|by)\s+(?:early\s+|mid[-\s]?|late\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)",
    re.IGNORECASE,
)


HELD_SOMEHOW = re.compile(
    r"video|zoom|phone|tel[ée]fono|telehealth|en\s+persona|in[-\s]person|online|virtual", re.IGNORECASE
)
"""A way a session is held ("by video", "in person", "por teléfono"): a switch or a way back, not a day."""
RESUMES = re.compile(
    r"\b(?:pick|start)\s+(?:it\s+|things\s+)?(?:back\s+up|up\s+again)\b|\bresume\s+(?:on|in|after|the)\b|\bretomar\b",
    re.IGNORECASE,
)
"""'I'd like to pick back up in April': a pause, with its way back."""
KEEPS_NEXT = re.compile(
    r"\b(?:next\s+week|the\s+week\s+after|the\s+following\s+week)\b[^.?!\n]{0,20}\b(?:as\s+usual|as\s+normal|like\s+usual)\b"
    r"|\b(?:as\s+usual|as\s+normal)\s+(?:next\s+week|the\s+week\s+after)\b|\bsee\s+you\s+(?:next\s+week|the\s+week\s+after)\b"
    # "I'll keep the following Tuesday as normal"
    r"|\bkeep\s+(?:the\s+following|my\s+next|the\s+next|next)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|session|one)\b",
    re.IGNORECASE,
)
"""'Cancel Thursday ... I'll be on for next week as usual': the next session stands, no new one to book."""
NEXT_STANDS = re.compile(
    # "No need to reschedule, I'll see you the week after", "I'll see you on December 1st as usual", "can keep my usual
    # time on 11/30", "She'll be back for the following Tuesday"
    r"\bno\s+need\s+to\s+(?:reschedule|rebook|move\s+(?:it|anything)|find\s+(?:another|a\s+new)\s+(?:time|slot))\b"
    r"|\bsee\s+you\s+(?:on\s+)?[^.?!\n]{0,25}\bas\s+(?:usual|normal)\b|\bkeep\s+my\s+usual\s+(?:time|slot|session|appointment)\b"
    r"|\bbe\s+back\s+(?:for|on)\s+(?:the\s+)?(?:following|next)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|session)\b",
    re.IGNORECASE,
)
"""Said anywhere in a cancelling client's mail, the session after the cancelled one stands: no new time to find."""
gated(KEEPS_NEXT, NEXT_STANDS, RESUMES)


_NO_SKIP = re.compile(
    r"\b(?:don'?t|do\s+not|won'?t|would\s+rather\s+not|hate\s+to|not)\s+(?:\w+\s+){0,2}?skip\b", re.IGNORECASE
)


def read_client(items: list[Sentence]) -> tuple[list[Question], bool, bool]:
    """The client requests in the text, whether they say they are a client, and whether the session is soon."""
    questions: list[Question] = []
    soon = False
    text = whole(items)
    for kind, pattern in _CLIENT_RE:
        for s in matching(pattern, items, text):
            if kind == Kind.CANCEL and _NEW_CLIENT_CANCELLATION.search(s.text):
                continue
            if kind == Kind.CANCEL and _NO_SKIP.search(s.text) and not re.search(r"\bcancel", s.text, re.I):
                continue  # "I really don't want to skip my session this week, but my car is in the shop"
            if kind == Kind.RESCHEDULE and MOVING_HOUSE.search(s.text):
                continue
            if kind == Kind.CANCEL and CANCELLED_BEFORE.search(s.text):
                continue  # "had to cancel our session, hence the fee below": done already, the fee is the question
            if kind == Kind.CANCEL and NO_CANCEL.search(s.text):
                continue  # "Could we do my 3pm today on video instead? I really don't want to cancel."
            if kind == Kind.RESCHEDULE and _TO_ANOTHER_WAY.search(s.text):
                continue  # "switch my Tuesday sessions to video": the same time, held another way
            if kind == Kind.CANCEL and _HEDGED.search(s.text):
                # "I might have to cancel Friday": the policy is the question, nothing is cancelled yet
                questions.append(Question(Kind.CANCELLATION, (), evidence(s)))
                break
            if kind in (Kind.SUPERBILL, Kind.RECORDS) and _WOULD_YOU_PROVIDE.search(s.text):
                continue  # a new client asking whether superbills are given: a payment question
            values = billing_what(text) if kind == Kind.BILLING else ()
            said = with_antecedent(items, s) if kind == Kind.RECORDS else evidence(s)
            questions.append(Question(kind, values, said))
            if kind in (Kind.CANCEL, Kind.RESCHEDULE) and _SOON.search(s.text) and not _AWAY_SOON.search(s.text):
                soon = True
            # "I need to cancel Monday, I've got a fever. I know it's less than 24 hrs": said beside the cancel
            at = items.index(s)
            beside = items[max(0, at - 3) : at + 4]
            if kind in (Kind.CANCEL, Kind.RESCHEDULE) and any(_INSIDE_WINDOW.search(x.text) for x in beside):
                soon = True
            break
    kinds = {q.kind for q in questions}
    plea = _PLEA.search(text) if Kind.FEE_WAIVER not in kinds else None
    if plea is not None:  # "Will I be charged the no-show fee? I'd really appreciate it if not."
        questions.append(Question(Kind.FEE_WAIVER, (), evidence(plea.group(1))))
        kinds.add(Kind.FEE_WAIVER)
    if Kind.FEE_WAIVER in kinds and CHARGED_TWICE.search(text):
        # "I was charged twice ... Could you refund the duplicate charge?": a billing error, not a fee to waive
        fee = next(q for q in questions if q.kind == Kind.FEE_WAIVER)
        questions = [q for q in questions if q.kind not in (Kind.FEE_WAIVER, Kind.BILLING)]
        questions.append(Question(Kind.BILLING, ("twice",), fee.evidence))
        kinds = {q.kind for q in questions}
    if Kind.RESCHEDULE in kinds and Kind.CANCEL in kinds and _LATER_REBOOK.search(text):
        questions = [q for q in questions if q.kind != Kind.RESCHEDULE]  # "I'll reach out to rebook when I'm back"
    if Kind.CANCEL in kinds and _MISSED.search(text):
        # "I forgot our session this morning. Will I be charged?": nothing left to cancel; the policy answers
        questions = [
            Question(Kind.CANCELLATION, ("missed",), q.evidence) if q.kind == Kind.CANCEL else q
            for q in questions
            if not (q.kind == Kind.CANCEL and Kind.CANCELLATION in kinds)
        ]
    later = (
        next(matching(THEY_WILL_WRITE, items, text), None)
        or next(matching(KEEPS_NEXT, items, text), None)
        # "I'd like to pick back up in April" (not "pick back up by video in March?", a way back of its own)
        or next((s for s in matching(RESUMES, items, text) if not HELD_SOMEHOW.search(s.text)), None)
        if Kind.CANCEL in kinds
        else None
    )
    if later is not None:
        # "Please cancel Thursday and the following Thursday. I'll reach out when I'm back.": said with the cancelling
        questions = [
            Question(q.kind, q.values, evidence(f"{q.evidence} {evidence(later)}", 320)) if q.kind == Kind.CANCEL else q
            for q in questions
        ]
    if Kind.FEE_WAIVER in kinds and Kind.BILLING in kinds:
        questions = [q for q in questions if q.kind != Kind.BILLING]  # "refund the late fee" is one request
    if Kind.SUPERBILL in kinds:
        # "my FSA rejected my claim: the receipts lack a diagnosis code. Could you send a superbill?": the superbill
        # is what they ask for; the claim is with their FSA, not ours to look into
        questions = [q for q in questions if not (q.kind == Kind.BILLING and q.values == ("claim",))]
    if Kind.CANCEL in kinds and Kind.RESCHEDULE not in kinds and later is None:
        # "I have to cancel my 2:00 today ... If you have anything Thursday or Saturday I'd happily take it": the
        # cancelled session, and a new one asked for
        rebook = next(matching(_ANOTHER_DAY_WANTED, items, text), None)
        if rebook is not None:
            questions.append(Question(Kind.RESCHEDULE, (), evidence(rebook)))
    kinds = {q.kind for q in questions}  # "she'll call to reschedule when she's better" was set aside above
    if Kind.RESCHEDULE in kinds and Kind.CANCEL in kinds and not re.search(r"\bcancel|\bcancelar", text, re.I):
        # "I won't be able to make Thursday at 6. Could we do the same time the following week instead?": a move
        questions = [q for q in questions if q.kind != Kind.CANCEL]
    return questions, says_client(text), soon


_EXTRA_SESSION = re.compile(
    r"\b(?:an?\s+)?(?:extra|additional|second)\s+session\b|\bon\s+top\s+of\s+(?:my|our)\s+(?:usual|regular)\b"
    r"|\badd\s+(?:a|another|one\s+more)\s+session\b",
    re.IGNORECASE,
)


_PAYS_BY_CARD = re.compile(
    r"\b(?:use|pay|paying|charge|put\s+(?:it|them)\s+on|switch\s+to|run)\b[^.?!\n]{0,40}\b(?:hsa|fsa|card)\b"
    r"|\b(?:hsa|fsa)\s+(?:debit\s+)?card\b",
    re.IGNORECASE,
)


def extra_session_booked(questions: list[Question], text: str) -> list[Question]:
    """'Add an extra session next week, on top of my usual Monday': one more session to book, none to move (a move
    the intent head heard in "extra session next week?" is a booking). And a client's superbill "to submit to my HSA"
    asks for the superbill, not how to pay: no "you're welcome to pay with an HSA card"."""
    bills = {q.evidence for q in questions if q.kind == Kind.SUPERBILL}
    # a receipt for the card, no card to pay with: "a superbill for my 2026 sessions? ... submit a few to my HSA"
    if bills and not _PAYS_BY_CARD.search(text):
        receipt_for = {"superbill", "hsa_fsa", "out_of_network"}
        questions = [q for q in questions if not (q.kind == Kind.PAYMENT and set(q.values) <= receipt_for)]
    if not _EXTRA_SESSION.search(text) or any(q.kind == Kind.CANCEL for q in questions):
        return questions
    have_booking = any(q.kind == Kind.BOOKING for q in questions)
    return [
        Question(Kind.BOOKING, (), q.evidence) if q.kind == Kind.RESCHEDULE else q
        for q in questions
        if not (q.kind == Kind.RESCHEDULE and have_booking)
    ]


_ANOTHER_DAY_WANTED = re.compile(
    r"\bif\s+you\s+have\s+(?:anything|any\s+(?:time|openings?|slots?|space|room))\b[^.?!\n]{0,40}"
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|later|earlier|this\s+week|next\s+week)"
    r"|\b(?:could|can)\s+(?:we|i)\s+(?:do|come\s+in|have)\s+(?:on\s+)?(?:this\s+|next\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.?!\n]{0,30}\binstead\b"
    # "Could we do Wednesday the 10th, or anytime Saturday the 13th instead?", "can we do next sat instead same time"
    r"|\b(?:could|can)\s+(?:we|i)\s+(?:do|come\s+in|have)\s+(?:on\s+)?(?:this\s+|next\s+)?"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday|s)?\b[^.?!\n]{0,50}\binstead\b",
    re.IGNORECASE,
)
"""A day wanted for a session beside one cancelled: a move, however it is put."""
gated(_ANOTHER_DAY_WANTED)

_TO_ANOTHER_WAY = re.compile(
    r"\b(?:switch|change|move|moving|switching|changing)\b[^.?!\n]{0,40}\bto\s+(?:secure\s+)?(?:video|zoom|telehealth|"
    r"virtual|online|in[-\s]person|phone)\b"
    # "could we do Wednesday over video instead of in person? Same time."
    r"|\b(?:over|by|on|via)\s+(?:video|zoom|telehealth|phone)\s+instead\b|\binstead\s+of\s+(?:in[-\s]person|the\s+office|video)\b",
    re.IGNORECASE,
)
_PLEA = re.compile(
    r"\b(?:fee|charge[sd]?|no[-\s]show)\b[^.?!]*\?\s*(i'?d\s+(?:really\s+|so\s+|truly\s+)?appreciate\s+it\s+if\s+not\b[^.?!]*)",
    re.IGNORECASE,
)
_MISSED = re.compile(
    r"\b(?:forgot|missed|slept\s+through|no[-\s]showed|didn'?t\s+(?:make\s+it\s+to|show\s+up\s+(?:to|for)))\s+(?:about\s+)?"
    r"(?:my|our|the|today'?s|this\s+morning'?s|yesterday'?s)\s+(?:\w+\s+)?(?:session|appointment|appt"
    # "I missed my Monday 1pm with Sam because my LIFT ride never showed up"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+with\s+(?:dana|sam|you|her|him))\b"
    r"(?![^.?!\n]{0,30}\b(?:tomorrow|next|coming|later|on\s+(?:mon|tue|wed|thu|fri|sat|sun)))",
    re.IGNORECASE,
)
"""A session already missed: there is nothing to cancel, only the missed-session policy and a new time."""
_LATER_REBOOK = re.compile(
    r"\b(?:reach\s+out|get\s+in\s+touch|email|write|call|be\s+in\s+touch)\s+(?:\w+\s+){0,2}to\s+re-?(?:book|schedule)\b"
    r"|\bre-?(?:book|schedule)\s+(?:\w+\s+){0,2}(?:when|once|after)\s+(?:i'?m|i\s+am|i\s+get|we'?re|we\s+get)\s+back\b"
    # "He'll call when he's back to reschedule"
    r"|\b(?:call|email|write|reach\s+out|be\s+in\s+touch)\s+(?:when|once|after)\s+(?:i'?m|he'?s|she'?s|they'?re|we'?re)\s+back\s+"
    r"to\s+re-?(?:book|schedule)\b",
    re.IGNORECASE,
)


_CONFIRM_SESSION = re.compile(
    r"\b(?:is|are)\s+(?:my|our)\s+(?:next\s+)?(?:session|appointment|appt)s?\s+(?:\w+\s+){0,3}still\b"
    r"|\bwhen\s+is\s+(?:my|our)\s+next\s+(?:session|appointment|appt)\b"
    r"|\bis\s+(?:my|his|her|our|their)\s+next\s+(?:one|session|appointment|appt)\s+still\b"
    r"|\bconfirm\s+(?:my|our|the)\s+(?:next\s+|upcoming\s+)?(?:session|appointment|appt)\s+(?:time|date|day)\b"
    r"|\bwhat\s+time\s+is\s+(?:my|our)\s+(?:next\s+)?(?:session|appointment|appt)\b"
    r"|\b(?:is|are)\s+(?:it|that|this|we)\s+still\s+(?:on|happening|scheduled|booked|set)\b"
    r"|\bis\s+(?:it|that)\s+still\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*\?"  # "and I forgot - is it still 10?"
    r"|\bdo\s+(?:we|i)\s+still\s+have\s+(?:our|my)\s+(?:session|appointment|appt)\b"
    r"|\b\w+day(?:\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?\s+is\s+still\s+(?:on|good|happening)\b"  # "Wednesday at 6"
    r"|\b(?:misplaced|lost|can'?t\s+(?:remember|find))\b[^.?!]{0,40}\bmy\s+(?:next\s+)?(?:session|appointment|appt)\b",
    re.IGNORECASE,
)


def confirm_asked(items: list[Sentence]) -> Sentence | None:
    """A client asking when their session is ("is my appointment next week still Tuesday at 11?", "I have misplaced
    the little card with my next appointment on it"): the calendar answers, so staff do; its day is no wish."""
    return next(iter(matching(_CONFIRM_SESSION, items)), None)


def moved_session(items: list[Sentence]) -> Question | None:
    """A client's "any chance of Friday instead?" or "could we skip to the following Monday?": a session moved,
    said without the word. Only asked of someone known to be a client: a new person's "Saturday instead" is a day."""
    # "could we switch my Tuesday 10am to video instead of in person?": the same session, held another way
    # "I'd like to spend Tuesday on that instead of what we'd planned": the same session, another subject
    moved = next(
        (
            s
            for s in matching(_INSTEAD_DAY, items)
            if s.asks
            and not _TO_ANOTHER_WAY.search(s.text)
            and not ANOTHER_SUBJECT.search(s.text)
            and not _PAID_ANOTHER_WAY.search(s.text)
        ),
        None,
    )
    return Question(Kind.RESCHEDULE, (), evidence(moved)) if moved is not None else None


_PAID_ANOTHER_WAY = re.compile(
    r"\b(?:use|pay\s+with|put\s+it\s+on|charge)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:card|hsa|fsa|venmo|zelle|check)\b",
    re.IGNORECASE,
)
"""'Can I just use my HSA card for Tuesday's session instead?': the same session, paid another way."""
_INSTEAD_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b[^.?!\n]{0,50}\binstead\b"
    r"|\binstead\b[^.?!\n]{0,20}\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bmove\s+(?:her|him|them)\s+to\b"
    r"|\b(?:skip|jump)\s+(?:ahead\s+)?to\s+(?:the\s+)?(?:following|next)\b"
    r"|\b(?:could|can)\s+(?:we|i)\s+(?:do|make\s+it|switch\s+to|change\s+(?:it\s+)?to|push\s+(?:it\s+)?to)\s+"
    r"\d{1,2}(?::\d\d|\s*(?:am|pm))\b",
    re.IGNORECASE,
)


gated(
    *(pattern for _, pattern in _CLIENT_RE),
    _INSTEAD_DAY,
    _CONFIRM_SESSION,
    THEY_WILL_WRITE,
)
