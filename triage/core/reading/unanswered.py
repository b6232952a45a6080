"""The safety net: questions no reader understood, answered from the FAQ or flagged for staff.

A question mark, a numbered question, "I was wondering whether...", a question typed without its mark, or a
specific ask inside a sentence a reader only half understood: each becomes an OTHER question, so a draft never
silently skips what someone asked.
"""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded
from triage.core.reading.client import read_client
from triage.core.reading.couples import read_couples
from triage.core.reading.days import read_when
from triage.core.reading.intake import intake_questions
from triage.core.reading.modality import read_modality
from triage.core.reading.money import read_paying
from triage.core.reading.people import read_age
from triage.core.reading.place import read_location
from triage.core.reading.sentences import Sentence, evidence, gated, matching
from triage.core.reading.services import find_services
from triage.core.reading.wishes import read_language, read_therapist
from triage.core.request import Kind, Question

_WANTS_REFERRAL = re.compile(
    r"\b(?:recommend|suggest)\s+where\b|\bknow\s+where\s+(?:we|i|he|she|they)\s+(?:should|could|can|might)\s+(?:go|look|try|turn)\b"
    r"|\b(?:¿?conoce|¿?conocen|sabe|saben)\s+(?:usted\s+)?(?:a\s+)?(?:alguien|algún|alguna|d[óo]nde)\b|\b(?:know|recommend|suggest)\s+(?:of\s+)?(?:who|someone|somebody|anyone|anybody|a\s+(?:place|provider|therapist|"
    r"clinic|group|practice|colleague|specialist))\b|\b(?:refer|point)\s+(?:me|us|him|her|them)\s+(?:to|in\s+the\s+right)\b"
    r"|\b(?:me|nos)\s+(?:pueden|podr[ií]an|puede)\s+recomendar\b|\brecomendar(?:me|nos)?\s+a\s+alguien\b"
    r"|\bany\s+(?:recs|recommendations|referrals|suggestions)\s+for\b"
    # "If you don't do testing, do you have someone you'd recommend?", "if you don't, do you know any in portland?"
    r"|\b(?:have|know)\s+(?:someone|somebody|anyone|anybody|a\s+\w+|one)\s+(?:you'?d|you\s+would|you\s+could|you\s+can)\s+"
    r"(?:recommend|suggest|refer)\b|\bif\s+(?:not|you\s+don'?t)\b[^.?!]{0,40}\bknow\s+(?:any|of\s+any|a\s+good)\b",
    re.IGNORECASE,
)


_ANAPHORA = re.compile(
    r"\b(?:it|that|this|those|them|one|such|so|eso|esto|así|asi)\b"
    r"|\b(?:lo|los|las|la)\s+(?:aceptan|acepta|toman|toma|cubren|cubre|reciben|recibe|ofrecen|ofrece|hacen|hace)\b",
    re.IGNORECASE,
)


_DUMMY_IT = re.compile(
    r"\b(?:is|would|will)\s+it\s+(?:be\s+)?(?:possible|ok|okay|normal|allowed|common|weird|too\s+late)\b", re.IGNORECASE
)
"""'is it possible to see someone without them knowing?': an "it" that points back to nothing."""


_TRIVIAL_QUESTION = re.compile(
    r"how\s+are\s+you|hope\s+(?:you|this|all)|right\?|make\s+sense|is\s+(?:that|this)\s+(?:ok|okay|alright|possible)"
    r"|thoughts\?|can\s+you\s+help|could\s+you\s+help|is\s+this\s+the\s+right|who\s+should\s+i|what\s+do\s+you\s+think"
    r"|\bsomething\s+(?:you|your\s+\w+|someone\s+there)\s+(?:could|can|would|might)\s+help\b"
    r"|\(\s*\w{1,8}\s*\?+\s*\)?\s*$"  # "I start my first real job on July 6 (yay?)": a smile, not a question
    r"|any\s+(?:advice|suggestions)(?!\s+(?:on|about|for)\s+how\b)|does\s+that\s+work|c[óo]mo\s+est[áa]|qu[ée]\s+tal|me\s+pueden\s+ayudar"
    r"|^\W*(?:hi|hello|hey)\W*$|\bdo\s+i\s+need\s+(?:somebody|someone|to\s+go\s+somewhere)\s+else\b"
    r"|\b(?:can|could)\s+(?:you|someone)\s+(?:take\s+a\s+look|look\s+into\s+(?:it|this|that)|check)\b"
    r"|\bwhat\s+(?:i'?m|we'?re|i\s+am)\s+getting\s+(?:myself\s+)?into\b",  # "I just like to know what I'm getting into"
    re.IGNORECASE,
)


_GREETING = re.compile(r"^\W*(?:hi|hello|hey|hola|buenos\s+d[ií]as)\b[^,!.:;?]{0,30}[,!.:;]\s*", re.IGNORECASE)
"""'Hi, ', 'Hello there! ', 'Hi Dana, ': the greeting that opens a sentence the splitter kept whole."""


def _understood(s: Sentence, named: list[str]) -> bool:
    """Whether any reader finds a question in this one sentence."""
    one = [s]
    if "medication" in named and _ALONGSIDE.search(s.text):
        return True  # "therapy, and coordinate with a prescriber?": the medication answer says we work alongside them
    when = read_when(s.text)
    if when.wanted or when.ruled_out or when.times or when.urgency or when.any_day:
        return True
    if read_paying(one, None).questions or read_client(one)[0] or intake_questions(one, set()):
        return True
    couple = any(q.kind == Kind.COUPLES for q in read_couples(one))  # (joint sessions for a family go to staff)
    if read_age(one)[0] or couple or (named and find_services(s.text, among=named)):
        return True
    return any(reader(one) for reader in (read_language, read_therapist, read_modality, read_location))


_BRACKETED = re.compile(r"\([^()]*\)")
_BRACKETED_ASK = re.compile(
    r"\(\s*(?:and|or|also|plus)\s+(?:am|is|are|do|does|can|could|will|would|should)\b[^()]*\?\s*\)", re.IGNORECASE
)


def unanswered(items: list[Sentence], questions: list[Question], named: list[str]) -> list[Question]:
    """Questions no reader understood (`named`: the services the whole message names): answered from the FAQ, or
    flagged for staff."""
    out: list[Question] = []
    # "do you know anyone who does?" asks; "I don't know anyone here yet" tells
    wants_referral = next((s for s in matching(_WANTS_REFERRAL, items) if s.asks), None)
    if wants_referral is not None:  # "or do you know who does?": answered by a referral line, else by staff
        out.append(Question(Kind.OTHER, ("referral",), evidence(wants_referral)))
    answered = {q.evidence for q in questions if q.evidence}
    pointing_back = {q.evidence for q in questions if q.kind == Kind.RECORDS}
    moves = {q.evidence for q in questions if q.kind == Kind.RESCHEDULE}
    records = any(q.kind == Kind.RECORDS for q in questions)
    paperwork = records or any(q.kind == Kind.SUPERBILL for q in questions)
    aged = any(q.kind == Kind.AGE for q in questions)
    placed = any(q.kind == Kind.LOCATION for q in questions)
    cancelling = any(q.kind == Kind.CANCEL for q in questions)
    # "a new HSA card through them (HealthEquity). Can I just use that card going forward instead of my Visa?"
    twice = any(q.kind == Kind.BILLING and "twice" in q.values for q in questions)
    new_card = any(q.kind == Kind.BILLING and "new_card" in q.values for q in questions)
    hsa = any(q.kind == Kind.PAYMENT and "hsa_fsa" in q.values for q in questions) and any(
        _HSA.search(s.text) for s in items
    )
    for i, whole_sentence in enumerate(items):
        if whole_sentence is wants_referral or _NOT_A_QUESTION.search(whole_sentence.text):
            continue
        # "Hi Sam (and Dana?),", "(I think she sees Dana?)": a hedge in brackets asks nothing
        asks = "?" in _BRACKETED.sub("", whole_sentence.text) or bool(
            _BRACKETED_ASK.search(whole_sentence.text)  # "(and am I charged the full amount either way?)"
            or _LISTED_QUESTION.match(whole_sentence.text)
            or INDIRECT_QUESTION.search(whole_sentence.text)
            or (BARE_QUESTION.match(whole_sentence.text) and ends_paragraph(items, i))
        )
        clauses = _clauses(whole_sentence) if asks else []
        for k, s in enumerate(clauses):
            said = evidence(s)
            if k == 1 and _first_was_read(clauses, questions, named):
                continue  # "Is your office on the ground floor, or is there an elevator?": a reader took the first part
            before_part = whole_sentence.text[: s.start - whole_sentence.start]
            or_paying = _OR_BEFORE.search(before_part) and _PAY_ALTERNATIVE.search(s.text) and len(s.text.split()) <= 6
            if k > 1 and or_paying and _understood(clauses[k - 1], named):
                continue  # "is the street parking free or do I need to pay?": the other half of one question
            beyond = _BEYOND_READERS.search(s.text)  # "...and is the Gottman method something you use?"
            # (a request's words may be this sentence with the one it points back to: "...a letter. Could you?")
            took = said in answered or any(a.endswith(said) for a in pointing_back)
            if took and s is whole_sentence and not beyond:
                continue  # a reader already took its question from this very sentence
            if beyond and _RHYTHM.match(beyond.group(0)) and said in moves:
                continue  # "could we go to every other week?": the reschedule answer speaks of the new rhythm
            # "Hi, do you offer hypnotherapy?": its opening greeting makes no question trivial; "Hi there?" alone does
            # ("how does that work ... pay our share?" is no trivial "how does that work" either: `beyond`)
            asked = _GREETING.sub("", s.text, count=1).strip()
            trivial = (not asked or _TRIVIAL_QUESTION.search(asked)) and not beyond
            if records and _COPY_FEE.search(s.text) and len(_ASK_WORDS.findall(s.text)) <= 1:
                continue  # "is there a fee for copies?": the records answer's note asks staff what it costs
            if trivial or len(said.split()) < 3 or (_understood(s, named) and not beyond):
                continue
            if aged and _AGE_ASKED.search(s.text) and not beyond:
                continue  # "Do you work with girls her age?", "¿Atienden a chicas de su edad?": the age answer says
            if cancelling and _CANCEL_TOO.search(s.text) and not beyond:
                continue  # "make that our last one and cancel the rest of my standing appointments?": the cancel says
            if placed and _SOMEONE_NEW.search(s.text) and not beyond:
                continue  # "would I have to find someone new in Washington?": the licence answer says
            if new_card and _HOW_TO_GIVE.search(s.text) and not beyond:
                continue  # "How do I update it? Can I just call the office?": the billing line says to call with it
            if twice and _REFUND.search(s.text) and not beyond:
                continue  # "Can I get my money back?" beside a double charge: the billing answer refunds the extra one
            if hsa and _USE_THAT_CARD.search(s.text) and not beyond:
                continue  # answered by the HSA/FSA line
            if paperwork and _SEND_IT.search(s.text) and not beyond:
                continue  # "they need an actual superbill. Could you send me one covering Dec 3 through Jan 28?"
            short = len(said.split()) <= (10 if s is whole_sentence else 5)
            if questions and short and _ANAPHORA.search(_DUMMY_IT.sub(" ", said)) and not beyond:
                # what "that" points to, in the sentence before or the one before it ("HR is asking for a letter ...
                # It doesn't need details. Is that something you can write?"); a statement a reader took for another
                # question still holds it, a question a reader answered does not
                back = [items[j] for j in (i - 1, i - 2) if j >= 0]
                found = next((b for b in back if _BEYOND_READERS.search(b.text)), back[0] if back else None)
                before = found.text if found is not None else ""
                taken = (
                    evidence(before) in answered or "?" in before or (found is not None and _understood(found, named))
                )
                if (not _BEYOND_READERS.search(before) and taken) or (
                    evidence(before) in answered and ("?" in before or records)
                ):
                    continue  # "do you take it?": about what the sentence before asked, which is answered already
                # ("I'd like a few sessions while I'm home. Is that something you do, short-term?": what "that" points
                # to is told, and no reader took it: staff answer both, quoted together)
                # "We've read about couples intensives ... Do you offer anything like that?": that is what is asked
                said = evidence(f"{_last_words(before, 120)} {said}", 240)
            out.append(Question(Kind.OTHER, (_GREETING.sub("", said, count=1).lower()[:100],), said))
            if s is whole_sentence:
                break  # the whole sentence is flagged: its parts with it
    return out[:5]  # a numbered list of six questions: the ones no reader took, each named to staff


_AGE_ASKED = re.compile(
    r"\b(?:her|his|their|this|that|my)\s+age\b|\bde\s+su\s+edad\b|\btake\s+(?:her|him|them)\s+on\b|\btoo\s+(?:young|old)\b"
    # "Would you be able to see her?", of a granddaughter of 19 the age answer says we see
    r"|\b(?:be\s+able\s+to|could\s+you|can\s+you|would\s+you)\s+see\s+(?:her|him|them)\s*\?"
    r"|\b(?:la|lo|los|las)\s+(?:pueden|puede|podr[ií]an)\s+atender\b"  # "¿La pueden atender ustedes?", of a girl of 12
    # "12 but turns 13 in January. Could she start seeing someone then?": 'once she turns 13' answers it
    r"|\b(?:start|begin|come\s+in|be\s+seen)\b[^?.]{0,30}\b(?:then|at\s+that\s+point|once\s+(?:she|he|they)\s+(?:turns?|is|are))\b",
    re.IGNORECASE,
)
_CANCEL_TOO = re.compile(r"\bcancel\w*\b|\bcancel(?:ar|e|en)\b", re.IGNORECASE)
_SOMEONE_NEW = re.compile(
    r"\bfind\s+(?:someone|somebody|a\s+(?:new\s+)?(?:therapist|counselor|provider))\s*(?:new|else|there|up\s+there)?\b",
    re.IGNORECASE,
)
_HOW_TO_GIVE = re.compile(
    r"\bhow\s+(?:do|can|should)\s+i\s+(?:update|change|give\s+you)\s+(?:it|that|this)\b"
    r"|\b(?:can|could|should)\s+i\s+(?:just\s+)?(?:call|phone|ring)\s+(?:the\s+office|you|in|it\s+in)\s*\?",
    re.IGNORECASE,
)
_REFUND = re.compile(
    r"\brefund\w*|\b(?:my|the)\s+money\s+back\b|\breverse\b|\bdevolver(?:me)?\s+(?:el|mi)\s+dinero\b|\breembols\w*|\bdevoluci[oó]n\b",
    re.IGNORECASE,
)
_HSA = re.compile(r"\b(?:hsa|fsa|health\s*equity|flexible\s+spending|health\s+savings)\b", re.IGNORECASE)
_USE_THAT_CARD = re.compile(
    r"\b(?:use|switch\s+to|pay\s+with|put\s+(?:it|that)\s+on)\s+(?:that|this|the\s+new|my\s+new|it)\s*(?:new\s+)?(?:card|one)?\b",
    re.IGNORECASE,
)
_SEND_IT = re.compile(
    r"\b(?:(?:could|can|would|will)\s+you\s+(?:please\s+|just\s+)?|please\s+)send\s+(?:me\s+|us\s+|her\s+|him\s+)?"
    r"(?:one|it|that|them|those|a\s+copy)\b",
    re.IGNORECASE,
)
_ALONGSIDE = re.compile(
    r"\b(?:coordinate|work|collaborate|consult)\s+(?:together\s+)?with\s+(?:a|the|my|her|his|their|your)\s+"
    r"(?:prescriber|psychiatrist|pcp|doctor|physician|nurse\s+practitioner|np)\b",
    re.IGNORECASE,
)
_RHYTHM = re.compile(
    r"weekly\s+or|every\s+other\s+week|bi-?weekly|twice\s+a\s+(?:week|month)|how\s+often", re.IGNORECASE
)
_NOT_A_QUESTION = re.compile(
    r":\s*$|\?\s*:|^\W*how\s+did\s+you\s+(?:hear|find\s+out)\s+about\s+us\b|^\W*(?:are\s+you\s+a\s+)?(?:current|new|returning)\s+client\b",
    re.IGNORECASE,
)
"""'Could you tell me:' opens a list (its items are the questions); 'How did you hear about us?: Google' is a form's
field, answered by the person, not asked of us."""
_ASK_WORDS = re.compile(r"\b(?:whether|if|how|what|when|do|does|can|could|is|are)\b", re.IGNORECASE)
_COPY_FEE = re.compile(r"\b(?:fee|charge|cost)\b[^.?!]{0,30}\b(?:cop(?:y|ies)|forms?|letters?|records)\b", re.I)
_LISTED_QUESTION = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|[-•*])\s*(?:whether|if|how|what|when|which|who|why|is|are|do|does|can|could|will)\b", re.I
)
"""'(1) Whether your records are ever disclosed...': a question in a numbered list, with no question mark."""


def _last_words(text: str, limit: int) -> str:
    """The end of the sentence a question points back to, where what "that" names is: whole words, "…" before."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return "…" + text[-limit:].split(" ", 1)[-1]


def ends_paragraph(items: list[Sentence], i: int) -> bool:
    """A sentence ended by its own full stop, or the last line of its paragraph: not the first line of a question
    the mail client wrapped ("Do you take" / "Aetna?")."""
    s = items[i]
    if s.text.rstrip(" \t").endswith((".", "!")):
        return True
    if i + 1 == len(items) or items[i + 1].start > s.end or not items[i + 1].text.strip():
        return True
    # "Does she need a referral from her doctor" / "thx Theresa": the sign-off ends it
    return s.text.endswith("\n") and bool(_SIGN_OFF.match(items[i + 1].text))


_SIGN_OFF = re.compile(r"\s*(?:thx|thanks|thank\s+you|ty|regards|best|cheers|gracias|saludos)\b", re.IGNORECASE)


BARE_QUESTION = re.compile(
    r"^\W*(?:(?:hi|hey|hello)\b[\s,!-]*)?(?:and\s+|also\s+|so\s+|but\s+|or\s+)?(?:do|does|can|could|is|are|will|would|should)\s+(?:you|u|y'?all|your|i|we|there|it|she|he|they|my|that|this)\b"
    r"|^\W*(?:(?:hi|hey|hello)\b[\s,!-]*)?(?:and\s+|also\s+|so\s+)?(?:how\s+(?:much|long|many|often|soon|does|do)|what'?s\s+(?:the|your)|what\s+(?:is|are)\s+(?:the|your))\b",
    re.IGNORECASE,
)
"""'how much per session' / 'and do you take venmo or is it card only': a question typed without its question mark."""


_BEYOND_READERS_RE = re.compile(
    r"(?<!esa\s)(?<!animal\s)\b(?:letters?|paperwork(?![^.?!]{0,40}\b(?:reimburs\w*|out[-\s]of[-\s]network|superbills?)\b)|forms?\s+(?:for|from)|documentation|method|approach|gottman|how\s+many\s+sessions|how\s+often"
    r"|weekly\s+or|every\s+other\s+week|bi-?weekly|twice\s+a\s+(?:week|month)|join\s+(?:us|me|a\s+session|the\s+session|in|one\s+of\s+(?:my|our)\s+sessions|(?:my|our)\s+sessions?)"
    r"|sit\s+in|sign\s+(?:something|a\s+release|anything|a\s+form)|payment\s+plan|interpreter"
    # the building beyond the accessibility fact: "including the door (automatic, or at least not too heavy)"
    r"|\b(?:automatic|heavy)\b[^.?!]{0,20}\bdoors?\b|\bdoors?\b[^.?!]{0,20}\b(?:automatic|heavy|widths?|wide)\b|\bdoorways?\b"
    r"|\b(?:a|the|my|our|his|her|side[-\s]entry|adapted|wheelchair|accessible|ramp)\s+van\b"
    r"|\b(?:accessible|disabled|handicap\w*)\s+(?:parking|spot|space)|\bgrab\s+bars?\b"
    # a benefits platform, no insurer ("Are you in the Lyra network?"): whether we are on it is the practice's to say
    r"|lyra|spring\s+health|headway|modern\s+health|grow\s+therapy|talkspace|betterhelp|rula\b"
    # "If I used my insurance, would that mean a diagnosis gets sent to them?" (a pilot, of the FAA)
    r"|diagnos\w+\s+(?:gets?\s+|be\s+|is\s+|would\s+be\s+)?(?:sent|shared|reported|disclosed|on\s+(?:my|the)\s+(?:record|claim))"
    r"|\b(?:would|does|will)\s+(?:a|my|the)\s+diagnosis\b|\bsecurity\s+clearance"
    # "HR is asking for a letter from my provider saying I'm in treatment. Is that something you can write?"
    r"|\bletter\s+(?:from\s+(?:my|a|the|your)\s+(?:provider|therapist|counsel\w+|clinician)|saying|stating|confirming|for\s+(?:my\s+)?(?:work|hr|employer|school|court))\b"
    r"|service\s+(?:animal|dog)|\bpay\s+(?:our|their|my|his|her)\s+(?:own\s+)?(?:share|half)\b|\beach\s+pay\b"
    # details no paragraph speaks to, though a reader took the sentence: "does your video platform support live
    # captions?", "can I keep my camera off?", "what do I need to show to qualify?", "will my parents see the claims?"
    r"|\bcaptions?\b|\bsubtitles?\b|\bcamera\s+(?:off|on)\b|\bfluorescent\b|\bproof\s+of\s+income\b|\bprove\s+(?:my\s+|our\s+)?income\b|\bpay\s*stubs?\b"
    r"|\btax\s+returns?\b|\b(?:year-end|annual)\s+(?:statement|summary)\b"
    r"|\bpolicy\s*holders?\b[^.?!]{0,40}\b(?:see|know|get|receive|notified|find\s+out)\b|\beobs?\b[^.?!]{0,40}\b(?:go|sent|mailed|see)\b"
    r"|\bexplanation\s+of\s+benefits\b|\bsee\s+(?:the|my|our)\s+(?:claims?|bills?|statements?)\b"
    # "will they get mail about my sessions?", "shared with my university or affect my visa status?", "is 6-8 enough?"
    r"|\b(?:will|would|do|does)\s+(?:they|my\s+(?:parents?|mom|dad|employer|school|university))\s+(?:get|receive|see)\s+(?:\w+\s+){0,2}(?:mail|letters?|statements?|bills?|notices?)\b"
    r"|\bshared\s+with\s+(?:my|the|his|her|their)\s+(?:\w+\s+)?(?:university|school|college|employer|job|work|parents?|command|unit|boss)\b"
    r"|\baffect\s+(?:my|his|her|their)\s+(?:\w+\s+)?(?:visa|immigration|status|job|career|clearance|license|licence|custody)\b"
    r"|\benough\s+to\s+(?:actually\s+|really\s+)?(?:help|make\s+a\s+difference)\b"
    # the insurance questions no fact answers: "do you bill auto insurance (PIP)?", "a single case agreement with
    # Optum?", "Aetna primary and Cigna secondary?", "would you submit the claims for me?"
    r"|\b(?:auto|car)\s+insurance\b|\bpip\b|\bworkers'?\s*comp\w*|\bsingle[-\s]case\s+agreement|\bsecondary\s+(?:insurance|plan|coverage)?"
    # "is your fee staying at $165 next year?", "What would my rate be?" (documents sent for the sliding scale)
    r"|\b(?:fee|rate|price)s?\b[^.?!]{0,30}\b(?:next\s+year|in\s+20\d\d|staying|going\s+up)\b|\bwhat\s+(?:would|will)\s+my\s+(?:rate|fee)\s+be\b"
    # "Can my 16 yo daughter come in on her own without me?", "Could someone see her at home, or by phone?"
    r"|\bcome\s+in\s+on\s+(?:her|his|their)\s+own\b|\bwithout\s+me\b|\bsee\s+(?:her|him|them|me)\s+at\s+home\b|\bhome\s+visits?\b"
    r"|\b(?:adult\s+)?(?:sisters|brothers|siblings)\s+together\b"  # "see two adult sisters together?": no fact says
    r"|\b(?:bill|billing)\s+\w+\s+first\b|\bprepay\w*|\bpre-pay\w*|\bpay\s+(?:for\s+\w+\s+sessions\s+)?in\s+advance\b"
    # "i don't want my parents to know yet ... is that allowed in oregon?": a minor's consent, no fact says
    r"|\b(?:is\s+(?:that|it|this)|are\s+(?:you|minors|teens))\s+(?:even\s+)?(?:allowed|legal)\b"
    r"|\bsubmit\s+(?:the\s+|my\s+)?claims?\b|\bfile\s+(?:the\s+|my\s+)?claims?\s+(?:for\s+me|directly)\b"
    r"|\b(?:good|best)\s+time\s+to\s+(?:call|reach)\b|\bstop\s+(?:whenever|at\s+any\s+time|any\s+time)\b"
    r"|\bdiagnosis\s+codes?\b|\bnpi\b|\bcpt\b|\bplace[-\s]of[-\s]service\b|\bprovider\s+(?:number|id)\b|\bscreen\s+readers?\b"
    r"|\bentrance\b|\bconsult(?:ation)?\s+(?:over|by|via)\s+(?:video|e-?mail|text|zoom)\b|\bhybrid\b"
    r"|\bsplit\s+(?:the\s+)?(?:fee|bill|cost|payment)\b|\bleft\s+my\s+\w+\s+(?:in|at)\s+(?:your|the)\b|\bcome\s+(?:by\s+and\s+)?(?:grab|get|pick\s+up)\s+(?:it|them|my)\b|\b(?:hold|lose|keep)\s+(?:my|our|the|her|his)\s+(?:\w+\s+){0,2}(?:slot|spot|time)|\bmax\s+(?:stop|station|line)|bus\s+(?:stop|line|route)|\bbus(?:es)?\s+(?:that\s+)?(?:stops?|goes|runs|comes)\b|\btake\s+the\s+bus\b|by\s+(?:bus|transit|train|max|streetcar|bike)\b|light\s+rail|streetcar|transit|parent(?:al|s'?)?\s+(?:permission|consent)|(?<!\bi\s)(?:need|have)\s+to\s+(?:tell|know|sign)|"
    r"without\s+(?:my\s+)?parents?|\bconflict\b|\breferral\s+(?:number|code)|\b(?:pre-?|prior\s+)?authori[sz]ation\b|\bwhile\s+i\s+(?:keep|continue)\s+seeing\b|\bbring\s+(?:my|our)\s+(?:partner|husband|wife|boyfriend|girlfriend|mom|dad|mother|father|friend)\s+(?:to|into|along)\b|\bbook\s+(?:an?\s+|the\s+)?(?:first\s+)?(?:appointment|session|consultation)\s+for\s+(?:her|him|them|my\s+\w+)\b|\bintensives?\b|experience\s+(?:with|working\s+with)\s+(?:veterans?|military|autis\w+|adopt\w+|first\s+responders?))\b",
    re.IGNORECASE,
)
_BEYOND_READERS = Guarded(_BEYOND_READERS_RE)
"""What no reader answers even inside a sentence a reader took another question from: its own note for staff."""


INDIRECT_QUESTION_RE = re.compile(
    # (not "Her teacher wondered if she might be on the autism spectrum": someone else's wondering, told)
    # "just wanted to give you a heads up and ask if you have openings in the next couple weeks"
    r"\b(?:and|to)\s+ask\s+(?:you\s+)?(?:if|whether)\b|"
    r"\b(?:i\s+was\s+wondering|i'?m\s+wondering|(?<!teacher\s)(?<!doctor\s)(?<!counselor\s)(?<!pediatrician\s)(?<!he\s)(?<!she\s)(?<!they\s)"
    r"wonder(?:ing|ed)?\s+(?:\w+\s+)?(?:if|whether|what|how|when|about)"
    r"|curious\s+(?:if|whether|about|how|what|to\s+know)|(?:want(?:ed)?|would\s+like|'d\s+like|like)\s+to\s+(?:know|ask|"
    r"find\s+out|check|confirm)\s+(?:if|whether|what|how|when|which|who|about|that|your|the)\b|please\s+(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|"
    r"advise|confirm)\s+(?:if|whether|what|how|when|which|who|about)|(?:can|could)\s+you\s+(?:tell|explain)\b"
    r"|not\s+sure\s+(?:if|whether)|(?:me\s+gustar[ií]a|quisiera|quer[ií]a)\s+saber"
    # "he wanted me to ask whether anything would be shared with the department": asked on someone's behalf
    r"|(?:wanted|asked)\s+me\s+to\s+ask\s+(?:you\s+)?(?:if|whether|what|how|about))",
    re.IGNORECASE,
)
INDIRECT_QUESTION = Guarded(INDIRECT_QUESTION_RE)
"""'I was wondering whether you offer X.' / 'Please let me know if...': a question without a question mark."""


_NEXT_QUESTION = re.compile(
    r",?\s+(?:and|or|also|y|o)\s+(?=(?:can|could|would|will|do|does|is|are|should|may)\s+(?:you|i|we|she|he|they|there)\b)",
    re.IGNORECASE,
)


_OR_BEFORE = re.compile(r"\bor\s*$|\bo\s*$", re.IGNORECASE)
_PAY_ALTERNATIVE = re.compile(r"\b(?:pay|paid|cost|costs|charge|charged|free|pagar|gratis)\b", re.IGNORECASE)


def _first_was_read(clauses: list[Sentence], questions: list[Question], named: list[str]) -> bool:
    """Whether the readers took more questions from the whole sentence than its later parts ask on their own: then
    the first part is one of those they took, and answered."""
    taken = sum(1 for q in questions if q.evidence and q.evidence == evidence(clauses[0]))
    later = sum(1 for c in clauses[2:] if _understood(c, named))
    return taken > later


def _clauses(s: Sentence) -> list[Sentence]:
    """The sentence, then each question joined in it ("Do you do X and can you give a letter?"), each checked alone."""
    parts = _NEXT_QUESTION.split(s.text)
    if len(parts) == 1:
        return [s]
    out = [s]
    offset = s.start
    for part in parts:  # the first part too: "Do you do home visits, or could he do telehealth?" asks two things
        at = s.text.find(part)
        # "What's your rate, or do you take Aetna?": the first part asks too, without its own question mark
        text = part if part is not parts[0] or not s.asks else part.rstrip(" ,;") + "?"
        out.append(Sentence(offset + max(at, 0), offset + max(at, 0) + len(part), text))
    return out


gated(_WANTS_REFERRAL)
