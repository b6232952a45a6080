"""An existing client's own business: moving or cancelling a session, a bill, a superbill, records, a fee."""

from __future__ import annotations

import re

from triage.core.prefilter import alternatives
from triage.core.reading.sentences import Sentence, evidence, gated, matching, possible, whole, with_antecedent
from triage.core.request import Kind, Question

_SESSION = r"(?:session|appointment|appt|apt|visit|time|slot|meeting|cita|sesi[óo]n|consulta)"
_WHICH = r"(?:my|our|the|this|that|tomorrow'?s|today'?s|tonight'?s|next|mi|la|nuestra)"
_CLIENT_PATTERNS: tuple[tuple[Kind, str], ...] = (
    (
        Kind.RESCHEDULE,
        rf"\bre-?schedul\w*|\bpick\s+(?:it\s+)?(?:back\s+)?up\s+(?:again\s+)?(?:the\s+)?(?:week|following|next)\b|\bmov(?:e|ing)\s+{_WHICH}?\s*(?:[\w']+\s+){{0,2}}?{_SESSION}|\b(?:make|do|have)\s+(?:an)?other\s+day\b|\bmove\s+(?:it|me|us)\b"
        rf"|\bmove\s+my\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?\b"
        rf"|\bmove\s+(?:this|my|our|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?\b"
        rf"|\b(?:switch|change|push)\s+{_WHICH}\s*(?:\w+\s+){{0,2}}?{_SESSION}|\bpush\s+(?:it|me)\s+back\b|\bpush\s+(?:this|that|it)(?:\s+one)?\s+(?:back\s+)?to\b|\bpush\s+(?:it\s+|us\s+|me\s+|that\s+|this\s+)?to\s+(?:the\s+)?(?:following|next|another)\b|\bre-?book\w*"
        rf"|\b(?:a\s+)?different\s+(?:time|day)\b|\b(?:cambiar|mover|reprogramar|pasar)\s+(?:mi|la|nuestra)?\s*(?:cita|sesi[óo]n)"
        rf"|\breprogramar\b|\b(?:cambiar(?:la|lo)?|moverla|moverlo|pasarla|pasarlo)\s+(?:para|al|a)\s+(?:el\s+)?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)\b|\bget\s+(?:me\s+)?back\s+on\s+the\s+schedule\b|\bfrom\s+weekly\s+to\b|\b(?:go(?:ing)?|get(?:ting)?|come|coming|switch|move|moving)\s+back\s+to\s+(?:weekly|every\s+week)\b|\bweekly\s+(?:sessions\s+)?again\b|\bevery\s+week\s+again\b|\bmore\s+often\b|\bvolver\s+a\s+(?:las\s+)?(?:sesiones\s+)?semanales\b|\b(?:switch|move|change|go|going|cut\s+back)\s+to\s+(?:every\s+other\s+week|biweekly|bi-weekly|less\s+often|twice\s+a\s+month)\b|\bpasar(?:la|lo)?\s+(?:al|para\s+el)\b|\b(?:la|lo)\s+podemos\s+pasar\b|\botra\s+cita\b|\botro\s+horario\b|\banything\s+(?:else\s+)?(?:later|earlier|else)\s+(?:that|this|in\s+the|next)\s+week\b|\bmove\s+(?:my\s+|our\s+|the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        rf"|\b(?:following|next)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+instead\b(?!\s+of\s+(?:video|zoom|phone|in[-\s]person))"
        rf"|\b(?:a|an)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|slot|session|time)?\s*instead\b"
        rf"|\binstead\s+of\s+(?:\d|my\s+(?:\w+\s+)?(?:session|appointment|appt|time)|our|the\s+(?:\w+\s+)?(?:session|appointment|appt|time|slot)|mon|tue|wed|thu|fri|sat|sun)|\ben\s+vez\s+de\s+(?:las\s+)?\d",
    ),
    (
        Kind.CANCEL,
        rf"\bcancel(?:l?ing)?\s+{_WHICH}?\s*(?:\w+\s+){{0,2}}?{_SESSION}|\b(?:make|be)\s+(?:\w+\s+){{0,3}}(?:our|my)\s+last\s+session\b"
        rf"|\brelease\s+my\s+(?:\w+\s+){{0,2}}(?:slot|spot)\b|\btake\s+(?:me|us)\s+off\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){{0,2}}(?:slot|schedule|calendar)\b|\bcancel\s+(?:for\s+)?(?:tomorrow|today|tonight)\b|\b(?:need|have|going)\s+to\s+cancel\b"
        rf"|\b(?:asked|wants|wanted)\s+(?:me\s+)?to\s+cancel\b"
        rf"|\bcancel\s+(?:this\s+|next\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'?s)?\b"
        rf"|\b(?:pause|take\s+a\s+break\s+from)\s+(?:my\s+|our\s+)?(?:sessions|therapy)\b|\btomarme\s+un\s+descanso\b"
        rf"|\bcancelar\s+(?:el|mi|la)\s+(?:hueco|horario|espacio)\b|\bwill\s+i\s+(?:still\s+)?(?:get|be)\s+charged\b|\bplease\s+cancel\s+(?:her|his|their|my|our|the)\b"
        rf"|\bno\s+llego\s+a\s+(?:la|mi)\s+(?:sesi[óo]n|cita)\b|\bdon'?t\s+want\s+to\s+bring\s+(?:this|it)\s+(?:in|into)\b"
        rf"|\b(?:won'?t|will\s+not|wo\s+n't)\s+be\s+able\s+to\s+(?:make|come|attend)\b|\b(?:won'?t|will\s+not)\s+make\s+it\b|\bcan'?t\s+(?:make|come\s+to|attend)\s+"
        rf"(?:it|{_WHICH})|\bcan\s*not\s+come\b|\bcannot\s+come\b|\b(?:shouldn'?t|should\s+not|can'?t|won'?t\s+be\s+able\s+to)\s+come\s+in\s+(?:for\s+)?(?:my|our|today|tomorrow|tonight)\b"
        rf"|\bdon'?t\s+think\s+i\s+(?:should|can|will\s+be\s+able\s+to)\s+come\s+in\b|\bcancelar\s+(?:mi|la|nuestra)?\s*(?:cita|sesi[óo]n)|\bno\s+(?:voy\s+a\s+)?poder\s+(?:ir|asistir|llegar)",
    ),
    (
        Kind.FEE_WAIVER,
        r"\b(?:waive|waived|waiving|forgive|remove|reverse|drop|refund)\b[^.?!]{0,60}\b(?:fee|charge|cancel\w*|no[-\s]show)"
        r"|\b(?:fee|charge)\b[^.?!]{0,40}\b(?:waived|forgiven|removed|reversed|dropped)|\bexception\b[^.?!]{0,40}\b(?:fee|policy)"
        r"|\b(?:condonar|perdonar|quitar|anular)\s+(?:el\s+)?(?:cargo|cobro|multa)|\b(?:be|get|it)\s+waived\b"
        r"|\bme\s+lo\s+(?:pueden|podr[ií]an|puede)\s+(?:quitar|condonar|perdonar|anular|eliminar)\b|\bno\s+me\s+cobr(?:en|ar[áa]n)\b"
        r"|\bwaiv(?:e|ing)\s+(?:it|that|this)\b|\bwaive\s+or\s+refund\b|\brefund\s+or\s+waive\b|\bmake\s+an\s+exception\b|\bhacer\s+una\s+excepci[óo]n\b",
    ),
    (
        Kind.BILLING,
        r"\bcharged\s+(?:me\s+)?(?:twice|two\s+times|double)|\b(?:the|a|that)\s+\$\d+\s+balance\b|\bi\s+(?:already\s+)?paid\s+(?:it|this|that)\s+(?:on|last|already)\b|\bi\s+was\s+(?:just\s+)?charged\b|\b(?:was|wasn'?t)\s+(?:my\s+)?insurance\s+(?:not\s+)?billed\b|\bdouble[-\s]?charg\w*|\bcard\s+(?:was\s+|got\s+|is\s+)?"
        r"(?:declined|rejected|expired)|\b(?:payment|charge|it|transaction)\s+(?:was\s+|got\s+)?declined\b|\bbalance\s+of\s+\$\d+|\b(?:were|was)\s+(?:those|these|they|it|that|this)\s+billed\s+to\b|\bbilling\b|\binvoice\w*(?![^.?!\n]{0,40}\b(?:diagnos\w*|codes?|cpt|reimburs\w*))|\bmy\s+(?:current\s+|remaining\s+)?balance\b|\bouts?tanding\s+balance\b"
        r"|\bclaim\b[^.?!\n]{0,40}\b(?:was\s+|got\s+|has\s+been\s+)?(?:denied|rejected)\b|\bresubmit\w*|\btwo\s+(?:charges|payments)\b"
        r"|\bcharged\s+(?:\w+\s+){0,3}twice\b|\bre-?run\b|\brefund\b|\bovercharg\w*|\bdenied\s+(?:the|my)\s+claim\b|\bclaim\s+(?:was\s+|got\s+)?(?:denied|rejected)\b|\bcard\s+on\s+file\b|\bswitch\s+(?:the\s+|my\s+)?card\b|\bconfirm\s+(?:it|the\s+payment|that\s+it)\s+went\s+through\b|\bi\s+(?:just\s+)?paid\s+the\b|\bwhat\s+i\s+owe\b|\bbalance\s+i\s+(?:still\s+)?owe\b|\bif\s+i\s+(?:still\s+)?owe\s+(?:you\s+)?anything\b|\bi\s+owe\s+\$|\bmy\s+statement\s+says\b|\b(?:my|this|the|an)\s+eob\s+(?:says|shows|lists|from)\b|\brun(?:ning)?\s+(?:it|my\s+card)\s+again\b|\bcharge\s+on\s+my\b|\bpayment\s+(?:didn'?t|did\s+not|failed|bounced)|\bupdate\s+my\s+"
        r"(?:card|payment)|\bnew\s+card\b|\b(?:cobro|cobraron)\s+(?:dos\s+veces|doble)|\b(?:cobro|cargo)\s+(?:equivocado|incorrecto|de\s+m[áa]s|de\s+\$?\d)|\bme\s+(?:llegó|lleg[óo])\s+un\s+cobro\b|\brevis(?:ar|en)\s+(?:eso|el\s+cobro|el\s+cargo)\b|\bfactura\b|\btarjeta\s+(?:fue\s+)?rechazada",
    ),
    (
        Kind.SUPERBILL,
        r"\bsuper\s?bills?\b|\breceipts?\s+for\s+(?:my\s+)?insurance|\breceipts?\s+for\s+(?:all\s+)?(?:of\s+)?my\s+(?:\d{4}\s+|past\s+|last\s+year'?s\s+)?sessions\b|\bfor\s+(?:my\s+)?(?:fsa|hsa)\s+reimbursement\b|\bitemized\s+(?:receipt|statement)|\breimbursement\s+"
        r"(?:form|paperwork|claim)|\brecibos?\s+(?:de\s+\w+\s+)?para\s+(?:mi\s+)?seguro|\brecibos?\s+detallados?\b"
        r"|\byear[-\s]end\s+statement\b|\bstatement\s+(?:listing|of|showing|with)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+)?"
        r"(?:\d{4}\s+)?(?:sessions|payments|everything)\b|\brecibos?\s+de\s+(?:las|mis)\s+sesiones\b",
    ),
    (
        Kind.RECORDS,
        r"\battendance\s+letter\b|\bfmla\b|\b(?:disability|accommodation)\s+(?:paperwork|forms?|letter)\b"
        r"|(?<!for\s)\b(?:my|medical|treatment|therapy|clinical)\s+records?\b|\bthe\s+records\b|\bcopy\s+of\s+(?:my\s+)?(?:records|file|notes|chart)"
        r"|\bletter\s+(?:for|to)\s+(?:my\s+|the\s+)?(?:work|employer|school|court|lawyer|attorney|doctor|landlord|hr)\b"
        r"|\bletter\s+confirming\s+(?:i|my|that\s+i)\b|\bletter\s+for\s+\w+'s\s+(?:school|work|employer|job|teacher)\b|\bletter\s+to\s+(?:\w+\s+){0,2}(?:high|school|college|university|employer|court)\b"
        r"|\bconfirming\s+that\s+\w+\s+is\s+in\s+(?:counseling|therapy|treatment)\b"
        r"|\bwrite\s+a\s+letter\s+(?:describing|explaining|about|stating|confirming|for)\b|\b504\s+plan\b"
        r"|\b(?:a|short)\s+note\s+(?:for\s+(?:my\s+|his\s+|her\s+|the\s+|\w+'s\s+)?(?:school|work|employer|manager|boss|hr|job|teacher)|confirming|saying\s+(?:i|he|she|that))\b"
        r"|\b(?:short\s+)?summary\s+(?:for|to\s+send\s+to)\s+(?:my\s+)?(?:new\s+)?(?:psychiatrist|doctor|therapist|provider|pcp)\b"
        r"|\bproof\s+of\s+(?:attendance|treatment|sessions)|\brelease\s+of\s+information|\bexpediente\b|\bcarta\s+para\s+(?:mi\s+)?(?:trabajo|escuela)",
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
    r"cancel(?:l)?ation\s+(?:policy|fee)|if\s+(?:i|we)\s+(?:need|have)\s+to\s+cancel", re.I
)
_HEDGED = re.compile(
    r"\b(?:might|may|maybe|possibly|probably|perhaps|if\s+i|in\s+case\s+i|thinking\s+(?:about|of)|not\s+sure\s+if\s+i)\s+"
    r"(?:\w+\s+){0,2}cancel|\b(?:quiz[áa]s?|tal\s+vez|a\s+lo\s+mejor)\s+(?:\w+\s+){0,2}cancel"
    r"|\bhow\s+(?:far\s+ahead|far\s+in\s+advance|much\s+notice|soon|late)\s+(?:do|can|should|would)\s+(?:i|we)\s+"
    r"(?:have\s+to\s+|need\s+to\s+|to\s+)?cancel",
    re.IGNORECASE,
)
_EXISTING = re.compile(
    r"\b(?:current|existing|returning|former)\s+(?:client|patient)\b(?!\s*\?\s*:?\s*(?:no|n/a)\b)|\b(?:i'?m|i\s+am)\s+(?:a\s+|one\s+of\s+)?\w+'s\s+(?:clients?|patients?)\b|\bi'?m\s+(?:a|one\s+of)\s+(?:your\s+)?"
    r"(?:client|patient)s?\b|\bas\s+(?:a|your)\s+client\b|\b(?:my|our)\s+(?:next\s+|last\s+|usual\s+|regular\s+|weekly\s+)?"
    r"(?:session|appointment|appt)\s+(?:with|on|this|tomorrow|today|next)|\b(?:i'?ve|i\s+have|we'?ve|i\s+keep|i'?m\s+still)\s+"
    r"(?:been\s+)?seeing\s+(?:you|dana|sam)\b|\bkeep\s+seeing\s+(?:you|dana|sam)\b|\bsame\s+(?:\w+\s+)?(?:slot|time)\b"
    r"|\bi'?m\s+in\s+(?:weekly\s+)?treatment\b|\b(?:the|your|client)\s+portal\b|\bi\s+see\s+(?:dana|sam|you)\s+(?:on|every)\b"
    r"|\b(?:our|my)\s+usual\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:an?\s+)?extra\s+session\b|\badditional\s+session\b|\b(?:years?|months?)\s+of\s+(?:coming\s+here|seeing\s+(?:you|dana|sam))\b"
    r"|\bsoy\s+(?:client[ea]|paciente)\s+de\b|\b(?:next|this|last)\s+week'?s\s+(?:session|appointment|appt)\b"
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
    r"|\b(?:today|tomorrow|tonight)'?s\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b|\bswitch\s+today\b"
    r"|\bfor\s+(?:a|my|the)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
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
    r"|\bi\s+was\s+charged\s+\$?\d+\s+for\s+(?:last|this)\s+(?:week|session|month)\b"
    r"|\bel\s+recibo\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b",
    re.IGNORECASE,
)
_SOON = re.compile(
    r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\btomorrow\b|\bin\s+(?:an|a\s+few|\d+)\s+hours?\b"
    r"|\bhoy\b|\bma[ñn]ana\b(?!\s+por\s+la)|\besta\s+(?:tarde|noche)\b",
    re.IGNORECASE,
)
_RUNNING_LATE = re.compile(
    r"\brunning\s+(?:\w+\s+){0,3}late\b|\bbe\s+(?:about\s+|around\s+|like\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?)?(?:\d+(?:\s*-\s*\d+)?\s*)?(?:min(?:ute)?s?\s+)?late\b|\bstuck\s+(?:in|behind)\s+(?:traffic|a\s+(?:wreck|crash|accident))\b|\bvoy\s+tarde\b|\bllego\s+tarde\b"
    r"|\bvoy\s+a\s+llegar\s+(?:\w+\s+){0,3}tarde\b|\bllego\s+(?:\w+\s+){0,3}tarde\b",
    re.I,
)


THEY_WILL_WRITE = re.compile(
    r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:reach\s+out|be\s+in\s+touch|get\s+in\s+touch|call|email|write|let\s+you\s+know)"
    r"\b[^.?!\n]{0,40}\b(?:when|once|after)\b",
    re.IGNORECASE,
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
            if kind == Kind.RESCHEDULE and _TO_ANOTHER_WAY.search(s.text):
                continue  # "switch my Tuesday sessions to video": the same time, held another way
            if kind == Kind.CANCEL and _HEDGED.search(s.text):
                # "I might have to cancel Friday": the policy is the question, nothing is cancelled yet
                questions.append(Question(Kind.CANCELLATION, (), evidence(s)))
                break
            if kind in (Kind.SUPERBILL, Kind.RECORDS) and _WOULD_YOU_PROVIDE.search(s.text):
                continue  # a new client asking whether superbills are given: a payment question
            values = _billing_what(text) if kind == Kind.BILLING else ()
            said = with_antecedent(items, s) if kind == Kind.RECORDS else evidence(s)
            questions.append(Question(kind, values, said))
            if kind in (Kind.CANCEL, Kind.RESCHEDULE) and _SOON.search(s.text):
                soon = True
            break
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
    later = next(matching(THEY_WILL_WRITE, items, text), None) if Kind.CANCEL in kinds else None
    if later is not None:
        # "Please cancel Thursday and the following Thursday. I'll reach out when I'm back.": said with the cancelling
        questions = [
            Question(q.kind, q.values, evidence(f"{q.evidence} {evidence(later)}", 320)) if q.kind == Kind.CANCEL else q
            for q in questions
        ]
    if Kind.FEE_WAIVER in kinds and Kind.BILLING in kinds:
        questions = [q for q in questions if q.kind != Kind.BILLING]  # "refund the late fee" is one request
    if Kind.RESCHEDULE in kinds and Kind.CANCEL in kinds and not re.search(r"\bcancel|\bcancelar", text, re.I):
        # "I won't be able to make Thursday at 6. Could we do the same time the following week instead?": a move
        questions = [q for q in questions if q.kind != Kind.CANCEL]
    return questions, says_client(text), soon


_TO_ANOTHER_WAY = re.compile(
    r"\b(?:switch|change|move|moving|switching|changing)\b[^.?!\n]{0,40}\bto\s+(?:secure\s+)?(?:video|zoom|telehealth|"
    r"virtual|online|in[-\s]person|phone)\b",
    re.IGNORECASE,
)
_RUN_AGAIN = re.compile(
    r"\bre-?run\s+(?:[\w']+\s+){0,3}(?:session|payment|charge)|"
    r"\b(?:re-?run|re-?try|re-?charge|re-?process|run|try|charge|put)\s+(?:it|the\s+(?:payment|charge)|my\s+card|the\s+(?:new\s+)?card)"
    r"(?:\s+again|\s+on\s+(?:the|my)\s+(?:new\s+)?card)|\brerun\b|\bvolver\s+a\s+(?:cobrar|pasar)\b",
    re.IGNORECASE,
)
_DECLINED = re.compile(
    r"\b(?:declined|didn'?t\s+go\s+through|did\s+not\s+go\s+through|bounced|failed|was\s+rejected|rechazad[oa])\b", re.I
)
"""A payment that failed: a new card sent beside it is for that payment too, so it is run again."""
_NEW_CARD = re.compile(
    r"\b(?:switch|change|update|replace)\s+(?:the\s+|my\s+)?card\s+on\s+file\b|\b(?:use|put|charge)\s+(?:my\s+|the\s+)?(?:new\s+)?"
    r"(?:hsa|fsa)\s+card\b|\bnew\s+card\b|\bhave\s+a\s+new\s+one\b|\bupdated?\s+(?:my\s+)?(?:card|payment\s+(?:info|method|details))\b",
    re.IGNORECASE,
)
_INSURANCE_CARD = re.compile(
    r"\b(?:new\s+)?insurance\s+card\b|\bmember\s+id\b|\b(?:regence|aetna|cigna|kaiser|premera|moda|optum|anthem|"
    r"united\w*|medicaid|medicare|ohp)\s+(?:sent|mailed|issued)\s+me\s+a\s+new\s+card\b",
    re.IGNORECASE,
)
"""A new insurance card is not a payment card: its details are updated, no payment is run."""
_CLAIM = re.compile(r"\bclaim\b|\beob\b|\bresubmit\w*", re.IGNORECASE)
_TWICE = re.compile(
    r"\btwice\b|\bdouble[-\s]?charg\w*|\btwo\s+(?:times|charges)\b|\bcharged\s+double\b|\bdos\s+veces\b|\bdoble\b", re.I
)


def _billing_what(text: str) -> tuple[str, ...]:
    """'Can you rerun it on my new card?' ("run_again"), 'charged twice' ("twice"): what the client asks be done,
    so the reply says it back rather than a bare "I'll look into your account"."""
    if _INSURANCE_CARD.search(text) and not _DECLINED.search(text):
        return ("insurance_card",)
    return tuple(
        v
        for v, p in (("run_again", _RUN_AGAIN), ("twice", _TWICE), ("new_card", _NEW_CARD), ("claim", _CLAIM))
        if p.search(text) or (v == "run_again" and _DECLINED.search(text) and _NEW_CARD.search(text))
    )


_MISSED = re.compile(
    r"\b(?:forgot|missed|slept\s+through|no[-\s]showed|didn'?t\s+(?:make\s+it\s+to|show\s+up\s+(?:to|for)))\s+(?:about\s+)?"
    r"(?:my|our|the|today'?s|this\s+morning'?s|yesterday'?s)\s+(?:\w+\s+)?(?:session|appointment|appt)\b"
    r"(?![^.?!\n]{0,30}\b(?:tomorrow|next|coming|later|on\s+(?:mon|tue|wed|thu|fri|sat|sun)))",
    re.IGNORECASE,
)
"""A session already missed: there is nothing to cancel, only the missed-session policy and a new time."""
_LATER_REBOOK = re.compile(
    r"\b(?:reach\s+out|get\s+in\s+touch|email|write|call|be\s+in\s+touch)\s+(?:\w+\s+){0,2}to\s+re-?(?:book|schedule)\b"
    r"|\bre-?(?:book|schedule)\s+(?:\w+\s+){0,2}(?:when|once|after)\s+(?:i'?m|i\s+am|i\s+get|we'?re|we\s+get)\s+back\b",
    re.IGNORECASE,
)
ENDING = re.compile(
    r"\bready\s+to\s+(?:stop|end|finish|wrap\s+up)\b|\b(?:going\s+to|need\s+to|want\s+to|'d\s+like\s+to)\s+pause\s+for\s+"
    r"(?:the\s+summer|a\s+(?:few\s+)?(?:weeks|months)|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?:\s+and\s+\w+)?)\b|\b(?:our|my)\s+last\s+session\b"
    r"|\b(?:pause|stop|end|finish|wrap\s+up|take\s+a\s+break\s+from)\s+(?:my\s+|our\s+)?(?:therapy|sessions|counseling|treatment)\b"
    r"|\bcancel\s+(?:all\s+)?(?:of\s+)?my\s+(?:upcoming|remaining|future|other)\s+sessions\b|\bmy\s+sessions\s+after\b"
    r"|\b(?:i'?m|we'?re)\s+moving\s+(?:to|away|out\s+of)\b|\brelease\s+my\s+(?:\w+\s+){0,2}(?:slot|spot)\b"
    r"|\b(?:dejar|pausar|terminar)\s+(?:la\s+)?terapia\b|\bmi\s+[úu]ltima\s+sesi[óo]n\b"
    r"|\b(?:pause|stop|take\s+a\s+break)\s+after\s+(?:our|my|the)\s+(?:next\s+)?session\b"
    r"|\btake\s+me\s+off\s+the\s+(?:calendar|schedule)\s+after\b",
    re.IGNORECASE,
)


_CONFIRM_SESSION = re.compile(
    r"\b(?:is|are)\s+(?:my|our)\s+(?:next\s+)?(?:session|appointment|appt)s?\s+(?:\w+\s+){0,3}still\b"
    r"|\bwhen\s+is\s+(?:my|our)\s+next\s+(?:session|appointment|appt)\b"
    r"|\bis\s+(?:my|his|her|our|their)\s+next\s+(?:one|session|appointment|appt)\s+still\b"
    r"|\bconfirm\s+(?:my|our|the)\s+(?:next\s+|upcoming\s+)?(?:session|appointment|appt)\s+(?:time|date|day)\b"
    r"|\bwhat\s+time\s+is\s+(?:my|our)\s+(?:next\s+)?(?:session|appointment|appt)\b"
    r"|\b(?:is|are)\s+(?:it|that|this|we)\s+still\s+(?:on|happening|scheduled|booked|set)\b"
    r"|\bdo\s+(?:we|i)\s+still\s+have\s+(?:our|my)\s+(?:session|appointment|appt)\b",
    re.IGNORECASE,
)


def confirm_asked(items: list[Sentence]) -> Sentence | None:
    """A client asking when their session is ("is my appointment next week still Tuesday at 11?"): the calendar
    answers, so staff do; the day in it is no wish for a new time."""
    return next(iter(matching(_CONFIRM_SESSION, items)), None)


def ending_therapy(items: list[Sentence]) -> bool:
    """A client stopping or pausing ("could we make the 10th our last session?", "I need to pause for a while"), not
    one who says they don't want to ("I really don't want to stop our sessions right now")."""
    text = whole(items)
    return any(not _NOT_WANTED.search(text[max(0, m.start() - 30) : m.start()]) for m in ENDING.finditer(text))


_NOT_WANTED = re.compile(r"\b(?:don'?t|do\s+not|doesn'?t|never|not|no)\b(?:\s+\w+){0,4}\s*$", re.IGNORECASE)


def moved_session(items: list[Sentence]) -> Question | None:
    """A client's "any chance of Friday instead?" or "could we skip to the following Monday?": a session moved,
    said without the word. Only asked of someone known to be a client: a new person's "Saturday instead" is a day."""
    moved = next((s for s in matching(_INSTEAD_DAY, items) if s.asks), None)
    return Question(Kind.RESCHEDULE, (), evidence(moved)) if moved is not None else None


_INSTEAD_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b[^.?!\n]{0,50}\binstead\b"
    r"|\binstead\b[^.?!\n]{0,20}\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bmove\s+(?:her|him|them)\s+to\b"
    r"|\b(?:skip|jump)\s+(?:ahead\s+)?to\s+(?:the\s+)?(?:following|next)\b"
    r"|\b(?:could|can)\s+(?:we|i)\s+(?:do|make\s+it|switch\s+to|change\s+(?:it\s+)?to|push\s+(?:it\s+)?to)\s+"
    r"\d{1,2}(?::\d\d|\s*(?:am|pm))\b",
    re.IGNORECASE,
)


def running_late(items: list[Sentence]) -> bool:
    return id(_RUNNING_LATE) in possible(whole(items))


_EXISTING_MORE = re.compile(
    r"\bmy\s+(?:co-?pay|coinsurance|co-?insurance)\s+(?:for\s+(?:my\s+|our\s+|the\s+)?sessions\s+)?(?:will\s+)?(?:go(?:es)?\s+up|change|increase|went\s+up)"
    r"|\bi\s+(?:was|used\s+to\s+be)\s+(?:a\s+)?(?:client|patient)\s+(?:of|with|at)\b|\bi\s+used\s+to\s+see\s+(?:you|dana|sam)\b"
    r"|\byou\s+(?:mentioned|suggested|recommended|said)\s+(?:on|in|last|during|when)\b(?!\s+(?:your|the)\s+(?:website|site|page|profile|email|reply|message|listing|ad)\b)|"
    r"\b(?:like|as)\s+you\s+(?:suggested|recommended)\b|\byou\s+mentioned\s+(?:a|an|the|that)\s+(?:book|app|exercise|podcast|worksheet|technique|video)\b|"
    r"\b(?:before|until|at|in)\s+(?:our|my|the)\s+next\s+(?:session|appointment|appt)\b|"
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
    r"|\bmy\s+first\s+(?:session|appointment|appt)\s+(?:with\s+\w+\s+)?is\s+(?:tomorrow|today|on|this|next)\b"
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
gated(
    *(pattern for _, pattern in _CLIENT_RE),
    *_EXISTING_PARTS,
    _EXISTING_MORE,
    _RUNNING_LATE,
    _INSTEAD_DAY,
    ENDING,
    _CONFIRM_SESSION,
    THEY_WILL_WRITE,
)


_SAME_SESSION = re.compile(
    r"\bsame\s+time\b|\b(?:could|can)\s+(?:[\w'’]+\s+){0,3}be\s+(?:a\s+|on\s+|by\s+|over\s+|via\s+)?(?:phone|video|zoom|virtual|telehealth)\b"
    r"|\b(?:do|have|hold)\s+(?:it|this|that|\w+day(?:'s)?(?:\s+session)?)\s+(?:over|by|on|via)\s+(?:video|zoom|phone|telehealth)\b",
    re.IGNORECASE,
)
_MOVE_WORDS = re.compile(
    r"\b(?:move|moving|reschedul\w*|cancel\w*|another\s+(?:day|time)|different\s+(?:day|time)|other\s+day|push|earlier|"
    r"later|following|next\s+week|week\s+after)\b",
    re.IGNORECASE,
)


def same_session_switched(questions: list[Question], items: list[Sentence]) -> list[Question]:
    """ "Could Thursday be a phone session instead?", "Wednesday over video? Same time.": the session they have, held
    another way, is no move to another day: the day they name is the session's, not a day to check."""
    kinds = {q.kind for q in questions}
    switch = any(q.kind == Kind.MODALITY and {"video", "phone"} & set(q.values) for q in questions)
    said = " ".join(s.text for s in items)
    when = {Kind.RESCHEDULE, Kind.DAYS, Kind.TIME_OF_DAY, Kind.URGENCY}
    if not switch or not kinds & when or not _SAME_SESSION.search(said) or _MOVE_WORDS.search(said):
        return questions
    return [q for q in questions if q.kind not in when]
