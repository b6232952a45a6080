"""Paying: the insurer they have or ask about, other ways to pay, fees, the cancellation policy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.core.carriers import PATTERNS as CARRIERS
from triage.core.carriers import carriers_in, find_carrier
from triage.core.prefilter import Guarded
from triage.core.reading.sentences import Sentence, evidence, gated, possible, whole
from triage.core.request import Kind, Question

_INSURANCE = re.compile(
    r"\binsurance\b|\binsured\b|\bin[-\s]network\b|\bnetwork\b|\bcovered\b|\bcoverage\b|\bco-?pays?\b|\bdeductible\b|"
    r"\b(?:take|accept|bill|work\s+with)\s+(?:my|our|any)\s+(?:plan|insurance|benefits)\b|\bmy\s+plan\b|\bbenefits\b|"
    r"\bseguro\s+(?:m[ée]dico)?|\baseguranza\b|\bcobertura\b|\ben\s+la\s+red\b|\bplan\s+de\s+salud\b|\bcubre\b",
    re.IGNORECASE,
)
_MAY_I_PAY = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:pay|self[-\s]?pay)\b|\bprivate\s+pay\s+only\b"
    r"|\b(?:is|would)\s+(?:self[-\s]?pay|paying\s+(?:out\s+of\s+pocket|cash|privately|ourselves|myself))\s+(?:be\s+)?(?:an\s+option|ok|okay|possible|fine)\b",
    re.IGNORECASE,
)
_ONLY_SO_MUCH = (
    r"(?:could|can)\s+(?:probably|only|maybe)\s+(?:do|manage|swing|afford)\s+(?:something\s+like\s+|about\s+|around\s+)?\$\d+|"
    r"(?:could|can)\s+(?:do|manage|swing|afford)\s+(?:something\s+like|about|around|maybe)\s+\$\d+"
)
"""'I could probably do something like $90 a session': the most they can pay, a sliding scale's question."""
_PAYMENTS = (
    ("eap", r"\beap\b|employee\s+assistance|programa\s+de\s+asistencia\s+al\s+empleado"),
    ("hsa_fsa", r"\bhsa\b|\bfsa\b|health\s+savings|flexible\s+spending|flex\s+spending"),
    ("superbill", r"super\s?bills?|itemized\s+(?:receipt|statement)"),
    # "reimburse myself from the HSA later" is their own account, not their insurer's
    (
        "out_of_network",
        r"out[-\s]of[-\s]network|\boon\b|reimburs\w+(?!\s+(?:myself|me)\s+(?:from|out\s+of|with)\s+(?:my\s+|the\s+)?(?:hsa|fsa))"
        r"|fuera\s+de\s+(?:la\s+)?red|reembols\w+",
    ),
    (
        "sliding_scale",
        r"sliding[-\s](?:scale|fee)|reduced[-\s](?:fee|rate|cost|price)|(?:can't|cannot|can\s+not|couldn't)\s+afford|"
        # "I could probably do something like $90 a session but not the full rate", "can't pay the full $165 upfront"
        rf"{_ONLY_SO_MUCH}|"
        r"(?:can't|cannot)\s+(?:pay|do|swing|manage)\s+(?:the\s+)?(?:full\s+)?\$\d+|not\s+the\s+full\s+(?:rate|fee|price)|"
        r"low[-\s](?:cost|fee|income)|(?<!license\s)discount(?:s|ed)?\b(?!\s+if\s+i\s+(?:pay|prepay|buy)\s+(?:for\s+)?(?:several|multiple|a\s+(?:few|package|bundle)|\d+))|financial\s+(?:hardship|assistance|aid)|tight\s+budget|"
        r"lower\s+(?:price|fee|rate|cost)|(?:cheaper|less\s+expensive)\s+(?:option|rate|price)|"
        r"escala\s+(?:m[óo]vil|variable|de\s+pago)|tarifa\s+reducida|precio\s+reducido|bajos?\s+recursos|descuento",
    ),
    (
        "other_method",
        r"\b(?:personal\s+)?cheques?\b|\b(?:by|with|a|personal)\s+checks?\b|\bvenmo\b|\bzelle\b|\bpaypal\b|\bcash\s+app\b|"
        r"\bapple\s+pay\b|\b(?:pay|paying)\s+(?:in|with|by)\s+cash\b|\bcash\s+(?:or|ok|okay)\b|\bor\s+cash\b|\befectivo\b|"
        r"\bpay\s+(?:with|by)\s+(?:a\s+)?(?:regular\s+)?(?:credit|debit)\s+card\b",
    ),
    # "VA", "my va benefits" (not Spanish "ya no va a poder", "va bien")
    (
        "va",
        r"\bva\b(?!\s+(?:a|al|con|para|por|de|en|y|muy|bien|mal|que|le|lo|la|los|las|mejor|peor|ser|tener)\b)"
        r"|veterans?\s+affairs|community\s+care\s+network"
        r"|\bva\s+(?:benefits|community\s+care|health|healthcare|coverage|insurance|clinic|hospital|covers?|pays?|approved)\b"
        r"|\b(?:through|thru|via|with|from|the|my)\s+(?:the\s+)?va\b(?!\s+a\b)",
    ),
    (
        "self_pay",
        r"self[-\s]?pay|out[-\s]of[-\s]pocket|pay\s+(?:in\s+)?cash|cash\s+pay|pay\s+(?:privately|myself|directly|on\s+my\s+own)|"
        r"pay(?:ing)?\s+(?:for\s+(?:this|it|therapy|sessions|them)\s+)?(?:myself|ourselves|on\s+my\s+own)|"
        r"private[-\s]pay|pagar\s+(?:en\s+efectivo|de\s+mi\s+bolsillo|yo\s+mism[oa]|directamente|particular)|\b(?:pago|consulta|paciente|de\s+forma|como)\s+particular",
    ),
)
_PAYMENT_RE = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _PAYMENTS)
_NO_INSURANCE = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have\s+(?:any\s+)?(?:health\s+)?insurance\b|\bno\s+(?:health\s+)?insurance\b|"
    r"\buninsured\b|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+without\s+insurance\b|\b(?:lost|lose|losing)\s+my\s+insurance\b|\bbetween\s+(?:insurance|plans)\b|"
    r"\bsin\s+seguro\b|\bno\s+(?:tengo|tenemos|tiene|tienen)\s+(?:ning[úu]n\s+)?seguro\b|"
    # "what's your rate without insurance?": the self-pay price is the question, no insurer to ask about
    r"(?<!with\sor\s)\bwithout\s+(?:using\s+|going\s+through\s+)?(?:any\s+|my\s+|the\s+)?insurance\b|"
    r"\b(?:won'?t|will\s+not|not|don'?t\s+want\s+to|do\s+not\s+want\s+to|rather\s+not)\s+(?:be\s+)?us(?:e|ing)\s+(?:my\s+|our\s+|my\s+parents'?\s+|(?:his|her|their)\s+)?insurance\b"
    r"|\bkeep\s+(?:this|it|therapy|sessions)\s+off\s+(?:of\s+)?(?:my|our)\s+(?:\w+\s+)?insurance\b"
    r"|\b(?:don'?t|do\s+not)\s+want\s+(?:this|it|therapy|sessions)\s+(?:going|to\s+go)\s+through\s+(?:my|our)\s+insurance\b",
    re.IGNORECASE,
)
_IF_NOT = re.compile(
    r"\bif\s+(?:not|you\s+(?:don'?t|do\s+not|aren'?t)|they\s+(?:don'?t|aren'?t)|that'?s\s+not)\b|\bor\s+(?:how\s+much|what)\b",
    re.I,
)
_EMPLOYER = re.compile(
    r"\b(?:work|works|worked|working|employed|trabajo)\s+(?:for|at|in|en|para)\s+(?:\w+\s+){0,2}$", re.I
)
_FEES = re.compile(
    r"\bhows?\s+much\b|\bcost\w*\b|\bprices?\b|\bpriced\b|\bpricing\b|\brates?\b|\bfees?\b|\bcharge\b|\bwhat\s+do\s+you\s+charge\b|"
    r"\bexpensive\b|\bafford\w*\b|\bcu[áa]nto\s+(?:cuesta|cobran|cuestan|es|ser[ií]a|vale)\b|\bprecios?\b|\bcostos?\b|"
    r"\btarifas?\b|\bhonorarios\b|\bcobran\b|\bcu[áa]nto\s+sale\b|\$\d{2,3}\s*(?:a|per|/)\s*(?:session|hour|visit)\b"
    r"|\bmore\s+\$|\$\s*or\s+(?:the\s+)?same\b"  # "if my wife comes too is that more $ or same"
    # "If not, what would I pay per session?"
    r"|\bwhat\s+(?:would|will|do|does)\s+(?:i|we)\s+(?:pay|be\s+paying|owe)\s+(?:per|for\s+(?:a|each|one))\s+(?:session|visit)\b",
    re.IGNORECASE,
)
_SPENT = re.compile(r"\b(?:ran|run|running)\s+out\b|\bused\s+up\b|\bmaxed\b|\bno\s+longer\s+(?:have|use)\b", re.I)
_NOT_SESSION_FEE = re.compile(
    r"\b(?:forms?|letters?|copies|copy|records|paperwork|documentation|reports?)\b|cancel\w*\s+fee|late\s+fee|no[-\s]show|late[-\s]cancel\w*|fee\s+waiv\w*|waive|copay|co-pay|deductible"
    r"|\b(?:hit|stuck|slapped)\s+with\s+(?:a\s+bunch\s+of\s+|any\s+|extra\s+)?fees\b|\bsliding[-\s]scale\s+(?:fee|rate)\b"
    r"|\breduced[-\s](?:fee|rate|cost|price)\b"
    r"|\b(?:fee|charge)\s+(?:if|when)\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:move|reschedule|skip|cancel|change|miss)\b",
    re.I,
)
_INTAKE = re.compile(
    r"\bintake\b|\bfirst\s+(?:session|appointment|appt|visit|one|meeting)\b|\binitial\b|\bassessment\s+fee\b|\bprimera\s+(?:sesi[óo]n|cita)\b",
    re.I,
)
_COUPLES_FEE = re.compile(
    r"\bcouples?\b(?!\s+of\b)|\bpareja\b|\bmarriage\b|\bboth\s+of\s+us\b"
    r"|\b(?:wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?)\s+(?:comes?|came|joins?|coming|joining)\s+(?:too|along|with\s+me)\b",
    re.I,
)
_CANCELLATION = re.compile(
    r"\bcancel(?:l)?ation\s+(?:policy|fee|window|notice)\b|\blate[-\s]cancel\w*|\bno[-\s]shows?\b|"
    r"\b(?:if|when)\s+(?:i|we)\s+(?:need|have)\s+to\s+cancel\b|\bhow\s+much\s+notice\b|\bnotice\s+to\s+cancel\b|"
    r"\bpol[ií]tica\s+de\s+cancelaci[óo]n\b|\bsi\s+(?:tengo|tenemos)\s+que\s+cancelar\b"
    # "If I cancel now, on Thursday night, is that within the policy?", "¿Me van a cobrar la cancelación?"
    r"|\bif\s+(?:i|we)\s+cancel\b|\b(?:fee|charge)\s+(?:if|when)\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:move|reschedule|skip|change|miss)\b|\bwithin\s+the\s+(?:policy|window|24)\b|\bcobrar\w*\s+(?:la\s+)?cancelaci[óo]n\b"
    r"|\bcancel\w*\b[^.?!\n]{0,60}\b(?:charged?|cobr\w+)\b|\b(?:charged?|cobr\w+)\b[^.?!\n]{0,60}\bcancel\w*"
    # "If I get held over on a shift and miss an appointment, what's the policy?"
    r"|\b(?:if|when)\s+(?:i|we)\s+(?:\w+\s+){0,8}?miss\s+(?:an?|my|the|our)\s+(?:appointment|session)\b[^.?!\n]{0,40}\bpolicy\b",
    re.IGNORECASE,
)
_IN_TIME = re.compile(
    r"\b(?:two|three|four|five|several|a\s+few|\d)\s+days?'?\s+(?:notice|ahead|in\s+advance)\b"
    r"|\b(?:a|one)\s+week'?s?\s+(?:notice|ahead|in\s+advance)\b"
    r"|(?<!not\s)(?<!isn't\s)\bmore\s+than\s+(?:24|48|twenty[-\s]four)\s+hours\s+(?:notice|ahead|in\s+advance|before)\b"
    r"|\bcon\s+(?:dos|tres|cuatro|varios|unos)\s+d[ií]as\s+de\s+anticipaci[óo]n\b",
    re.IGNORECASE,
)
"""'I'm letting you know two days ahead', 'le aviso con dos días de anticipación': notice well inside the policy."""
_MAY_HAPPEN = re.compile(
    r"\b(?:sometimes|occasionally|might|may|if|usually|often|whenever|generally|a\s+veces|si)\b", re.I
)


@dataclass(frozen=True)
class Paying:
    questions: tuple[Question, ...]
    insurer: str | None
    no_insurance: bool
    payment: tuple[str, ...]


_SWITCHING_TO = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|go(?:ing)?)\s+(?:from\s+[\w\s.&-]{2,40}?\s+)?to\b|\bfrom\s+[\w\s.&-]{2,40}?\s+to\s+(?=\w)"
    r"|\b(?:i'?m|we'?re|will\s+be)\s+on\s+(?=\w+\s+now\b)"
)


def own_carrier(text: str, among: tuple[tuple[str, re.Pattern[str]], ...] | None = None) -> str | None:
    """The insurer the text names as theirs (not an employer: "I work for Aetna")."""
    carrier = find_carrier(text, among)
    if carrier is None:
        return None
    low = text.lower()
    moving = _SWITCHING_TO.search(low)
    if moving:  # "switching from Aetna to Kaiser": the plan they will have is the one to answer about
        carrier = find_carrier(low[moving.end() :], among) or carrier
    for word in carrier.lower().split()[:1]:
        at = low.find(word)
        if at >= 0 and _EMPLOYER.search(low[max(0, at - 40) : at]):
            return None
    return carrier


_IMPLIED_NETWORK = re.compile(
    r"\bif\s+you\s+(?:aren'?t|are\s+not|'re\s+not|don'?t\s+(?:take|accept)|do\s+not\s+(?:take|accept))\s+(?:in[-\s]network|it|them|that|"
    r"my\s+(?:insurance|plan))\b"
    r"|\b(?:i\s+imagine|i\s+assume|i'?m\s+assuming|i'?m\s+guessing|i\s+guess|i\s+doubt|i\s+bet)\s+(?:that\s+)?you(?:'re|\s+are)?\s*"
    r"(?:n'?t|not)?\s*(?:in[-\s]network|take|accept|in\s+network)",
    re.IGNORECASE,
)
"""'I have Kaiser, but I'm happy to pay out of pocket if you aren't in network', 'I imagine you're not in network with
Kaiser': whether we take it is asked, without a question mark."""


_USE_IT = re.compile(
    r"\b(?:use|using|take|accept|bill(?:ing)?)\s+(?:it|them|that|this)\b"
    # "I have Kaiser through my employer. Is that something you take, or would I be paying out of pocket?"
    r"|\b(?:that|it|this|they)\s+(?:something|a\s+plan|one|an\s+insurance)\s+(?:you|y'?all)\s+(?:take|accept|bill)\b"
    # "I'm self-employed so I'd be paying with my HSA card. Is that OK?"
    r"|^\W*(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine|possible)\b",
    re.IGNORECASE,
)
NAME_ON_IT = re.compile(
    r"\blegal\s+name\b|\bname\s+(?:is\s+)?on\s+(?:my|the)\s+insurance\b|\b(?:it'?s|is)\s+on\s+my\s+insurance\b",
    re.IGNORECASE,
)
_SAME_AS = re.compile(
    r"\b(?:same\s+(?:thing\s+)?as|different\s+(?:from|than)|part\s+of)\s+(?:the\s+)?(?:regular|normal|plain|standard|usual)?\s*\w+",
    re.IGNORECASE,
)
"""The plan on the card compared with another ("Is that the same as regular Aetna?"): theirs is the one asked about."""
_INSTEAD_OF_PAYING = re.compile(r"\binstead\s+of\s+(?:paying|self[-\s]?pay)", re.IGNORECASE)


_ADVANTAGE = re.compile(r"\bmedicare\s+advantage\b", re.IGNORECASE)
_MEDICARE_AGE_RE = re.compile(
    r"\b(?:medicare\s+advantage|senior\s+advantage|medadvantage|medicare\s+part\s+c)\b"
    r"|\b(?:i'?m|i\s+am|he'?s|is|she'?s|are|aged?|turned|turning)\s+(?:now\s+)?(6[5-9]|[7-9]\d)\b(?!\s*(?:%|percent|minutes|miles|lbs|pounds))"
    r"|(?:^|\n)[^.\n]{0,40},\s*(6[5-9]|[7-9]\d)\s*[.,]",
    re.IGNORECASE,
)
_MEDICARE_AGE = Guarded(_MEDICARE_AGE_RE)


def medicare_age(text: str) -> bool:
    """'I have Kaiser Senior Advantage', 'Retired airline captain, 70.': whatever carrier they name may be a Medicare
    plan, with a network of its own that no fact gives; staff check before anyone says yes."""
    return bool(_MEDICARE_AGE.search(text))


def read_paying(items: list[Sentence], form_insurance: str | None) -> Paying:
    questions: list[Question] = []
    # A form's insurance field names the insurer whatever the words around it ("Yes - Oscar").
    insurer: str | None = own_carrier(f"{form_insurance} insurance") if form_insurance else None
    insurer_where = f"Insurance: {form_insurance}" if insurer else ""
    # "Insurance Provider: None - will self pay": they told us, on the form
    no_insurance = bool(form_insurance and _FORM_NONE.match(form_insurance))
    stated: list[str] = []
    asked: list[str] = []
    payment_where = ""
    insurance_asked = bool(insurer)
    insurance_where = insurer_where
    fee_values: list[str] = []
    fee_where = ""
    cancellation_where = ""
    # One search over the whole text rules most patterns out before any sentence is read.
    text = whole(items)
    can = possible(text)
    named = carriers_in(text, can)
    any_carrier = find_carrier(text, named) is not None
    any_none = id(_NO_INSURANCE) in can
    any_insurance = id(_INSURANCE) in can
    any_fees = id(_FEES) in can
    any_cancellation = id(_CANCELLATION) in can
    payments = [(name, pattern) for name, pattern in _PAYMENT_RE if id(pattern) in can]
    self_paying = any(pattern.search(text) for name, pattern in payments if name == "self_pay")
    asked_carrier: str | None = None
    leaving = False
    cancellation_at: int | None = None
    for at, s in enumerate(items):
        carrier = own_carrier(s.text, named) if any_carrier else None
        if carrier == "Medicare" and _ADVANTAGE.search(s.text):
            # "do u take medicare advantage? mine is thru aarp united healthcare": the plan's carrier, told after
            carrier = find_carrier(text, named) or carrier
        if carrier and insurer and carrier != insurer and _SAME_AS.search(s.text):
            carrier = insurer  # 'it says "Aetna Better Health of Oregon." Is that the same as regular Aetna?': theirs
        if carrier and insurer and carrier != insurer and leaving and _NEW_PLAN.search(s.text):
            insurer = carrier  # "my Moda plan ends April 30 ... Starting May 1 I'll have Medicare": the plan to bill
        if carrier and insurer is None:
            insurer = carrier
            leaving = bool(_PLAN_ENDING.search(s.text))
        implied = bool(carrier) and bool(_IMPLIED_NETWORK.search(s.text))
        if insurer and not carrier and s.asks and _USE_IT.search(s.text):
            carrier = insurer  # "I finally have insurance: Kaiser. Can I start using it for our sessions?"
        if carrier and (s.asks or implied) and asked_carrier is None:
            asked_carrier = carrier  # "switching from Moda to Kaiser... are you in network with Kaiser?"
        if carrier and self_paying and not s.asks and not implied:
            carrier = None  # "we have Cigna but we'll pay ourselves": named, not asked about
        # "Do you take Moda? If not, what does a session cost without insurance?": only if they are not in network
        refused = any_none and bool(_NO_INSURANCE.search(s.text)) and not _IF_NOT.search(s.text)
        no_insurance = no_insurance or refused
        for name, pattern in payments:
            if name == "self_pay" and _INSTEAD_OF_PAYING.search(s.text):
                continue  # "use Kaiser instead of paying out of pocket": how they pay now, not a question of it
            if not pattern.search(s.text) or (name == "hsa_fsa" and _SPENT.search(text)):
                continue  # "My HSA money ran out for the year": no question of paying with it
            # "I'd really like to start, but I can't pay the full $165 upfront every week": the scale is the answer
            if (s.asks or (name == "sliding_scale" and _CANT_PAY.search(s.text))) and name not in asked:
                asked.append(name)
                payment_where = payment_where or evidence(s)
            elif not s.asks and name not in stated:
                stated.append(name)
        # "Your website mentions a sliding scale. How low does it go, and what do I need to show to qualify?"
        if s.asks and at and _POINTS_BACK.search(s.text):
            for name, pattern in payments:
                if name not in asked and name != "self_pay" and pattern.search(items[at - 1].text):
                    asked.append(name)
                    payment_where = payment_where or evidence(s)
        if s.asks and not insurer and "hsa_fsa" in stated and "hsa_fsa" not in asked and _USE_IT.search(s.text):
            asked.append("hsa_fsa")  # "I finally got an HSA card. Can I start using it for sessions?"
            payment_where = payment_where or evidence(s)
        # "Nicholas is my legal name so it's on my insurance, but I'd rather not be called that": the name on it
        told_name = "?" not in s.text and bool(NAME_ON_IT.search(s.text))
        if (carrier or (any_insurance and _INSURANCE.search(s.text) and s.asks and not told_name)) and not refused:
            insurance_asked = True
            insurance_where = insurance_where or evidence(s)
        if any_fees and _FEES.search(s.text) and not _NOT_SESSION_FEE.search(s.text) and (s.asks or "$" in s.text):
            value = "couples" if _COUPLES_FEE.search(s.text) else "intake" if _INTAKE.search(s.text) else "session"
            if value not in fee_values:
                fee_values.append(value)
                fee_where = fee_where or evidence(s)
        if any_cancellation and _CANCELLATION.search(s.text) and s.asks and cancellation_at is None:
            cancellation_where, cancellation_at = evidence(s), at
    if "sliding_scale" in asked and _THAT_LOW.search(payment_where) and "$" not in payment_where:
        # "has been paying $80 on my sliding scale. Could you see him, and does your sliding scale go that low?"
        told = next((x for x in items if "$" in x.text and _SLIDING.search(x.text)), None)
        payment_where = f"{evidence(told)} {payment_where}" if told else payment_where
    # "do you take insurance at all, or is it private pay only?": both asked, neither said of themselves
    either = insurance_asked and "self_pay" not in stated and payment_where == insurance_where
    either = either and bool(re.search(r"\bor\b", insurance_where)) and not _INSTEAD_OF_PAYING.search(insurance_where)
    either = either and not re.search(r"\binstead\s+of\b|\brather\s+than\b", insurance_where, re.IGNORECASE)
    if "self_pay" in asked + stated and not insurer and not either:
        no_insurance = True
    insurer = asked_carrier or insurer
    values: tuple[str, ...] = (insurer,) if insurer else ()
    if len(named) > 1 and any(s.asks and _EACH.search(s.text) for s in items):
        # "Aetna until June, then Cigna. Are you in network with both?": each one is asked about
        values = tuple(n for n, _ in sorted(named, key=lambda carrier: _first_at(carrier[1], text.lower())))
    if insurance_asked and not no_insurance:
        questions.append(Question(Kind.INSURANCE, values, insurance_where))
    # "Can I just pay out of pocket?": asked, and answered yes; "If I pay cash, does anything get reported?" asks
    # something else of paying cash (a self-pay said of themselves is told, not asked)
    payment_asked = [n for n in asked if n != "self_pay" or not no_insurance or _MAY_I_PAY.search(payment_where)]
    if payment_asked:
        questions.append(Question(Kind.PAYMENT, tuple(payment_asked), payment_where))
    if fee_values:
        questions.append(Question(Kind.FEES, tuple(fee_values), fee_where))
    if cancellation_at is not None:
        # the notice told beside the question ("¿Me van a cobrar? Le aviso con dos días de anticipación"), not anywhere
        near = items[max(0, cancellation_at - 1) : cancellation_at + 2]
        # (not "schedules sometimes come out only 3 or 4 days ahead": what may happen, not a notice given)
        in_time = ("in_time",) if any(_IN_TIME.search(x.text) and not _MAY_HAPPEN.search(x.text) for x in near) else ()
        questions.append(Question(Kind.CANCELLATION, in_time, cancellation_where))
    payment = tuple(dict.fromkeys([*stated, *(["self_pay"] if no_insurance and "self_pay" in asked else [])]))
    return Paying(tuple(questions), insurer, no_insurance, payment)


_SLIDING = dict(_PAYMENT_RE)["sliding_scale"]
_CANT_PAY = re.compile(
    r"\b(?:can't|cannot|can\s+not|couldn't)\s+(?:afford|pay\s+(?:the\s+)?(?:full\s+)?\$\d+|swing\s+\$\d+)"
    rf"|\b(?:{_ONLY_SO_MUCH})",
    re.IGNORECASE,
)
_THAT_LOW = re.compile(r"\b(?:that|so|as)\s+low\b|\bgo\s+(?:down\s+)?to\s+that\b", re.IGNORECASE)
_PLAN_ENDING = re.compile(
    r"\b(?:ends|ending|expires?|expiring|runs\s+out|terminat(?:es|ing)|lapses|goes\s+away|is\s+going\s+away|stops)\b",
    re.IGNORECASE,
)
_NEW_PLAN = re.compile(
    r"\b(?:starting|beginning|as\s+of|effective)\b|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:have|be\s+on|switch)\b"
    r"|\bnew\s+(?:plan|insurance|coverage)\b|\bswitching\s+(?:over\s+)?to\b",
    re.IGNORECASE,
)
"""'My Moda plan ends April 30 ... Starting May 1 I'll have Medicare Part B': the plan they will have is theirs."""


_POINTS_BACK = re.compile(r"\bhow\s+(?:low|far\s+down|does\s+(?:it|that)\s+work)\b|\bto\s+qualify\b", re.IGNORECASE)


def _first_at(pattern: re.Pattern[str], text: str) -> int:
    found = pattern.search(text)
    return found.start() if found else len(text)


_FORM_NONE = re.compile(
    r"\s*(?:none|n/?a|no(?:ne)?\b|self[-\s]?pay|private\s+pay|cash|out\s+of\s+pocket|ninguno|no\s+tengo)", re.I
)
_EACH = re.compile(r"\b(?:both|either(?!\s+way)|each\s+of\s+them|all\s+(?:of\s+them|three))\b", re.IGNORECASE)


_BRANDS = re.compile(
    r"\b(anthem|premera|regence|highmark|carefirst|wellmark|florida\s+blue|excellus|horizon\s+bcbs|independence\s+blue"
    r"|fep\b|federal\s+employee\s+program)",
    re.IGNORECASE,
)
_STATE_PLAN = re.compile(
    r"\b(?:blue\s+cross(?:\s+(?:and\s+|&\s+)?blue\s+shield)?|bcbs)\s+of\s+([a-z]+(?:\s+carolina|\s+dakota|\s+jersey|\s+york|\s+mexico)?)\b",
    re.I,
)
_UNSURE = re.compile(
    r"\b(?:idk|not\s+sure|don'?t\s+know|no\s+idea|unsure|can'?t\s+remember)\s+(?:if|whether|which)\b[^.?!\n]*$", re.I
)
_OHP = re.compile(r"\bOHP\b|\boregon\s+health\s+plan\b", re.IGNORECASE)


_REGENCE_OF = re.compile(r"\bregence\W", re.IGNORECASE)
"""'Regence BCBS of Oregon': Regence, named with its state."""


def insurer_brand(text: str) -> str | None:
    """The plan of an insurer's family they name ("Regence", "Blue Cross Blue Shield of Illinois", "OHP"), or None."""
    state_plan = _STATE_PLAN.search(text)
    if state_plan and not _REGENCE_OF.search(text[max(0, state_plan.start() - 12) : state_plan.start() + 1]):
        return "Blue Cross Blue Shield of " + state_plan.group(1).title()  # "of Illinois": the family's, not Regence
    found = _BRANDS.search(text)
    if found is None:
        # "Pt has OHP (CareOregon)": Oregon's Medicaid, called by its own name back
        return "Oregon Health Plan (OHP)" if _OHP.search(text) else None
    if _UNSURE.search(text[max(0, found.start() - 50) : found.start()]):
        return None  # "blue cross thru my job, idk if that's the regence one": the plan is what staff must find out
    name = " ".join(found.group(1).split())
    if name.lower() in ("fep", "federal employee program"):  # "BCBS FEP": the federal employees' plan, its own
        return "BCBS FEP"
    return name.title()


gated(_NO_INSURANCE, _INSURANCE, _FEES, _CANCELLATION, *(pattern for _, pattern in _PAYMENT_RE), *CARRIERS)
