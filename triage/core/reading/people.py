"""Who would be seen: a child, a teen or an older adult, and their age. Whether a couple would be is `couples.py`."""

from __future__ import annotations

import re
from itertools import pairwise

from triage.core.reading.sentences import Sentence, evidence, gated, none_of
from triage.core.request import Kind, Question

_CHILD = (
    r"(?:son|daughter|child|kid|kiddo|boy|girl|stepson|stepdaughter|grandson|granddaughter|teen|teenager|niece|"
    r"nephew|hij[oa]|niñ[oa]|adolescente|nieto|nieta)"
)
_AGE_NUMBER = re.compile(
    rf"\b(\d{{1,2}})[-\s]?(?:(?:years?|yrs?)[-\s]?old|yo|y/o|y\.o\.)\b(?:\s+{_CHILD})?"
    rf"|\b{_CHILD}\b[^.?!\n]{{0,40}}?\b(?:is|who\s+is|who's|turned|turning|aged?|of)\s+(\d{{1,2}})\b(?!\s*(?:weeks?|months?|days?|"
    rf"semanas|meses|d[ií]as|%|minutes?|hours?))"
    rf"|\b(?:age|aged|ages)\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+a[ñn]os\b|\b(\d{{1,2}})\s+years\s+of\s+age\b",
    re.IGNORECASE,
)
_CHILD_ASK = re.compile(
    rf"\b(?:my|our|mi|nuestr[oa])\s+(?:\w+\s+){{0,2}}{_CHILD}s?\b|\bfor\s+(?:a|an)\s+(?:\d{{1,2}}[-\s]year[-\s]old|{_CHILD})\b"
    r"|\b(?:sees?|treats?|works?\s+with|takes?|accepts?|speciali[sz]es?\s+in|experience\s+with)\s+(?:young\s+)?(?:kids|children|teens|"
    r"teenagers|teenage\s+(?:boys|girls|kids)|adolescents|minors|youth|elementary|middle\s+schoolers|high\s+schoolers)\b"
    r"|\b(?:child|play|adolescent|teen|pediatric)\s+(?:therapy|therapist|counsel\w*)\b|\bplay\s+therapy\b"
    r"|\b(?:adolescent|teen|teenage|child|pediatric|minor|youth)\s+(?:clients|patients|referrals)\b"
    r"|\b(?:atiende|atienden|atender|trabaja|trabajan\s+con|ven)\s+(?:con\s+)?(?:a\s+)?(?:un[oa]?\s+)?(?:niñ[oa]s?|chic[oa]s?|adolescentes?|menores?|j[óo]venes)\b"
    r"|\bfor\s+(?:teens|teenagers|kids|children|adolescents|minors)\b"
    r"|\b(?:my|our|a|an)\s+\d{1,2}[-\s]?(?:yo|y/o|y\.o\.|(?:years?|yrs?)[-\s]?old)\s+be\s+seen\b"
    r"|\bpara\s+(?:un|una|mi|nuestr[oa])\s+(?:adolescente|niñ[oa]|hij[oa]|estudiante|alumn[oa])\b"
    r"|\b(?:see|work\s+with|take|treat)\s+(?:\w+\s+){0,2}(?:my|his|her|their|that|this)\s+age\b"
    r"|\b(?:is\s+(?:that|she|he|this)|too)\s+(?:too\s+)?(?:young|old)\s+for\s+you\b|\bis\s+\d{1,2}\s+too\s+(?:young|old)\b"
    r"|\bage\s+(?:limit|range|requirement|minimum|maximum|cut-?off)\b",
    re.IGNORECASE,
)
# "I have a 15-year-old student who would benefit from therapy": a young person to be seen, named without a question.
_MINOR_TO_SEE = re.compile(
    rf"(?:\b(?:a|an|my|our|this)\s+(\d{{1,2}})[-\s]year[-\s]old\s+(?:{_CHILD}|student|patient|client|referral)\b"
    rf"|\b(?:a|an|my|our|this)\s+(?:\w+\s+){{0,2}}?(?:{_CHILD}|student|grader|patient|client)(?:\s+\w+)?\s*\((\d{{1,2}})\)"
    # "Referring 11 y/o M, 6th grade, adjustment d/o": a colleague's shorthand names the young person to be seen
    r"|\brefer(?:ring|ral\s+for)\s+(?:an?\s+)?(\d{1,2})\s*(?:y/o|yo|y\.o\.|[-\s]year[-\s]old)"
    # "I'd like to refer an 11 y/o female patient with separation anxiety"
    r"|\brefer\s+(?:an?\s+)?(\d{1,2})\s*(?:y/o|yo|y\.o\.|[-\s]year[-\s]old)"
    # "11 y/o M, GAD sx x ~8 mo, school refusal": a referral's line that begins with the patient
    r"|(?:(?m:^)|:)\s*(\d{1,2})\s*(?:y/o|yo|y\.o\.)\s*(?:m|f|male|female|boy|girl)\b"
    # "my kids (11 and 14) are now going between two houses": the first of them; the others are siblings
    # "our two grandchildren (ages 6 and 9)"
    r"|\b(?:my|our)\s+(?:two\s+|three\s+)?(?:grand)?(?:kids|children|boys|girls|sons|daughters)\s*\((?:ages?\s+)?(\d{1,2})\s*(?:and|&|,)"
    # "Soy papá de una niña de 12 años, ella está muy ansiosa por la escuela"
    r"|\b(?:una?|mi|nuestr[oa])\s+(?:niñ[oa]|hij[oa]|chic[oa]|adolescente)\s+de\s+(\d{1,2})\s+años\b)"
    r"(?=[^.?!\n]*\b(?:benefit|therap|counsel|struggl|anxi|depress|trouble|behavio|refer|support|seen|meltdown|"
    r"school|grief|help|ansios|terapi|escuela|triste|atend|ayud|college|stress|sleep|cry|grade|mood|treatment|anger)\w*"
    r"|(?<=m|f)[ \t]*(?:\n|$))",  # "Referral for: 11 y/o M" on a line of its own
    re.IGNORECASE,
)
_CHILD_AGE = re.compile(
    rf"\b(?:my|our|mi|nuestr[oa])\s+(?:\w+\s+){{0,2}}?{_CHILD}\b,?(?:\s+[a-záéíóú]\w+)?,?\s+(?:who\s+)?"
    rf"(?:is|turned|just\s+turned|que\s+tiene|tiene|is\s+now|de(?=\s+\d{{1,2}}\s+a[ñn]os))\s+\d{{1,2}}\b",
    re.IGNORECASE,
)
_TEEN = re.compile(r"\bteen\w*|\badolescen\w+|high\s+school|\bmiddle\s+school|\bj[óo]venes\b|\b1[3-7]\b", re.IGNORECASE)
_SMALL_CHILD = re.compile(
    r"\b(?:kids?|child(?:ren)?|toddler|preschool\w*|kindergarten|elementary|play\s+therapy|niñ[oa]s?|"
    r"(?:first|second|third|fourth|fifth)\s+grade\w*)\b",
    re.IGNORECASE,
)
_OLDER = re.compile(
    r"\b(?:seniors?(?!\s+(?:year|in\s+(?:high\s+school|college)|project|prom|class|thesis|night))(?<!high\sschool\ssenior)|elderly|geriatric\w*|older\s+(?:adults?|people|folks|clients|patients|man|woman|men|women|person|gentleman|lady)|retirees?"
    r"|in\s+my\s+(?:60|70|80|6|7|8)0?s|aged\s+parent|(?:people|someone|somebody|clients|folks|anyone|men|women)\s+(?:of\s+|at\s+)?"
    r"(?:my|her|his|their)\s+(?:age|vintage|generation)|(?:at|of)\s+my\s+(?:age|vintage|generation)|in\s+(?:her|his|their)\s+(?:60|70|80|90)s"
    r"|(?:is\s+that|am\s+i|is\s+(?:he|she))\s+too\s+old"  # "I'm 81. Is that too old for this sort of thing?"
    # "Do you see older couples?", "would you see him for the grief part even at 76?", "¿Atienden a personas mayores?"
    r"|older\s+couples?|even\s+at\s+[5-9]\d|(?:personas?|adult[oa]s?|gente)\s+mayores|(?:la\s+)?tercera\s+edad)\b",
    re.IGNORECASE,
)

_BOYS = re.compile(r"\b(?:boys?|girls?)\s+(?:his|her|their)\s+age\b", re.IGNORECASE)
"""'I'm 71 and raising my grandson ... He's 13 now. Do you see boys his age?': his age, not mine."""
_GRANDKIDS = re.compile(r"\bgrand(?:kids?|children|child|sons?|daughters?)\b", re.IGNORECASE)
_NAMED_KID = re.compile(r"\b(?-i:[A-Z])[a-z]+\s+(?:is|just\s+turned|turned)\s+(\d{1,2})\b(?!\s*(?:weeks?|months?|%))")
_OLD_AGE = re.compile(r"\(([5-9]\d)\)|\beven\s+at\s+([5-9]\d)\b")

_SELF_AGE = re.compile(
    r"\b(?:i'?m|im|i\s+am|tengo|she'?s|he'?s|she\s+is|he\s+is|who\s+is|(?:she|he)\s+just\s+turned)\s+(?:now\s+)?(\d{1,2})\b"
    r"(?!\s*(?:weeks?|months?|minutes?|hours?|days?|semanas|meses|%|mins?|miles|min\b|pounds|lbs))",
    re.I,
)


_FORM_AGE = re.compile(r"\s*client\s+age:\s+(\d{1,2})\s*$", re.IGNORECASE)


def _age_in(text: str) -> int | None:
    number = _AGE_NUMBER.search(text) or _SELF_AGE.search(text)
    return next((int(g) for g in number.groups() if g), None) if number else None


_SEE_KIDS = re.compile(
    # "Accepting 13 y/o?", a pediatrician's shorthand, asks of the age as "do you see 13-year-olds" does
    r"\b(?:see|treat|work\s+with|accepting|taking)\s+(?:an?\s+)?(?:kids|children|teens|adolescents|(\d{1,2})(?:[-\s](?:year|yr)s?[-\s]olds?|\s*y/o\b|\s*yo\b))"
    r"|\b(?:accepting|taking|seeing)\s+(?:new\s+|any\s+)?(?:adolescent|teen|child|pediatric)\s+(?:pts|patients|clients|referrals)\b"
    # "do you even see people who are 17"
    r"|\b(?:see|treat|work\s+with|take)\s+(?:people|clients|someone|anyone|kids|teens)\s+(?:who\s+(?:are|is)|aged?)\s+(\d{1,2})\b"
    # "Would you see the 14 year old?", "could you take my 15-year-old?": the child named by the age alone
    r"|\b(?:see|treat|work\s+with|take|accept)\s+(?:my|our|the|his|her|their)\s+(?:older\s+|younger\s+)?(\d{1,2})[-\s]?"
    r"(?:years?|yrs?|yo|y/o)(?:[-\s]old)?\b",
    re.I,
)


def read_age(items: list[Sentence]) -> tuple[list[Question], int | None]:
    """An age question when someone asks for a child, teen or older adult to be seen, and the age if given."""
    if none_of(items, _CHILD_ASK, _CHILD_AGE, _MINOR_TO_SEE, _OLDER, _SEE_KIDS, _TEEN_SELF, _FORM_AGE, _TOLD_CHILD):
        return [], None
    for s in items:
        stated = _CHILD_AGE.search(s.text)  # "my son is 9", "mi hijo tiene 15 años": a parent asking for a child
        minor = _MINOR_TO_SEE.search(s.text)
        minor_age = int(next(g for g in minor.groups() if g)) if minor else None
        if minor_age is not None and minor_age >= 18:
            minor, minor_age = None, None
        if not (_CHILD_ASK.search(s.text) and s.asks) and not stated and not minor and not _SEE_KIDS.search(s.text):
            continue
        asked = _CHILD_ASK.search(s.text)
        if (
            asked
            and not stated
            and not minor
            and re.match(r"(?:my|our|mi|nuestr)", asked.group(0), re.IGNORECASE)
            and not _CHILD_IS_CLIENT.search(s.text)
            and _age_in(s.text) is None  # "mi hija de 15 años apenas come": an age says who is meant
            and not _SEE_KIDS.search(s.text)  # "do u see 12 yr olds ... my son turns 13 in august": asked outright
        ):
            continue  # "the anxiety that comes with it all - scans, results, my kids": her worry, not who is seen
        if not stated and not minor and _CHILD_LOGISTICS.search(s.text):
            continue  # "I'll be home with my kid that morning": why a time suits, not who is to be seen
        kids = _SEE_KIDS.search(s.text)  # "do you see 14 year olds on their own?": the age asked of, not the writer's
        asked_age = next((int(g) for g in kids.groups() if g), None) if kids else None
        age = minor_age if minor_age is not None else asked_age if asked_age is not None else _age_in(s.text)
        about_kids = bool(
            _SMALL_CHILD.search(s.text) or _TEEN.search(s.text) or _GRANDKIDS.search(s.text) or _BOYS.search(s.text)
        )
        if age is not None and age >= 18 and about_kids and minor_age is None and asked_age is None:
            age = None  # "I am 67 and raising my two grandkids ... Tyler is 9": the writer's age, not theirs
        if age is None:  # "my son is 15 ... do you see teens?": the age is in another sentence
            ages = [a for a in (_age_in(other.text) for other in items) if a is not None]
            # "I am 67 and raising my two grandkids, Tyler is 9 and Kayla is 14. Do you see kids that age?": theirs
            named = [int(m.group(1)) for other in items for m in _NAMED_KID.finditer(other.text)]
            if about_kids:
                ages = [a for a in [*named, *ages] if a < 18] or ages
            age = next(iter(ages), None)
        if age is not None and not 2 <= age <= 99:
            age = None
        if age is not None:
            value = str(age)
        elif _TEEN.search(s.text):
            value = "teen"
        elif _SMALL_CHILD.search(s.text):
            value = "child"
        else:
            continue  # "my son" alone could be grown
        return [Question(Kind.AGE, (value, *_siblings(items, age)), evidence(s))], age
    for s, after in pairwise(items):
        # "We adopted our daughter from foster care last year. She's 10": the child the parent writes about
        said = _PRONOUN_AGE.search(after.text) if _CHILD_ASK.search(s.text) else None
        if said is not None and 2 <= int(said.group(1)) < 18:
            return [Question(Kind.AGE, (said.group(1),), evidence(after))], int(said.group(1))
    for i, s in enumerate(items):
        # "We share custody of our 10 year old son. Can you see him?": the child told of, then asked about
        told = _TOLD_CHILD.search(s.text)
        them = next((later for later in items[i + 1 :] if later.asks and _SEE_THEM.search(later.text)), None)
        if told is not None and them is not None and 2 <= int(told.group(1)) < 18:
            return [Question(Kind.AGE, (told.group(1),), evidence(them))], int(told.group(1))
    form_age = next((int(found.group(1)) for s in items if (found := _FORM_AGE.match(s.text))), None)
    if form_age is not None and (form_age < 18 or form_age >= 65):  # "Client age: 15" on a booking form
        return [Question(Kind.AGE, (str(form_age),), f"Client age: {form_age}")], form_age
    teen = next(((s, found) for s in items if (found := _TEEN_SELF.search(s.text))), None)
    for s in items if teen is None else ():  # "im 17 ... someone my age": a teen, not an older adult
        if _OLDER.search(s.text) and s.asks:
            # "I am 71 ... do you see people of my vintage?": the age they gave, where they gave one
            ages = [a for a in (_age_in(other.text) for other in items) if a is not None]
            # "My father Vikram (76) lives alone", "even at 76": an age in brackets or after "at"
            ages += [int(m.group(1) or m.group(2)) for other in items for m in _OLD_AGE.finditer(other.text)]
            age = next((a for a in ages if 50 <= a <= 99), None)
            if age is None and any(a < 18 for a in ages):
                continue  # "people her age" of a 16-year-old is no older adult
            return [Question(Kind.AGE, (str(age) if age else "older adult",), evidence(s))], age
    if teen is not None and any(s.asks for s in items):
        # "hi im 16 and i want to talk to someone": a teen writing for themselves is asking whether we see them.
        age = int(teen[1].group(1))
        return [Question(Kind.AGE, (str(age),), evidence(teen[0]))], age
    return [], None


def _siblings(items: list[Sentence], age: int | None) -> tuple[str, ...]:
    """'My son is 10 and my daughter is 14. Do you see kids that age?': the other children's ages, each answered."""
    if age is None or not any(_BOTH_ASKED.search(s.text) for s in items):
        return ()  # "my daughter is 15 ... My son is 8 and misses his old school too": asked for one of them
    ages = dict.fromkeys(int(g) for s in items for m in _KID_IS.finditer(s.text) for g in m.groups() if g)
    return tuple(str(a) for a in ages if a != age and 2 <= a < 18)


_BOTH_ASKED = re.compile(
    r"\b(?:my|our)\s+(?:two|three|2|3)\s+(?:grand)?(?:kids|children|boys|girls|sons|daughters)\b|\bboth\s+of\s+them\b"
    r"|\b(?:see|seeing|work\s+with)\s+(?:kids|children|them\s+both|both)\b|\bkids\s+(?:that|those|their)\s+ages?\b"
    r"|\b(?:they'?d|would\s+they)\s+each\b|\beach\s+need\b|\b(?:kids|children)\s*\(\d{1,2}\s*(?:and|&)\s*\d{1,2}\)"
    r"|\bkids\s+these\s+ages\b|\b(?:niñ[oa]s|chic[oa]s|hij[oa]s|niet[oa]s)\s+de\s+esas\s+edades\b",
    re.IGNORECASE,
)
_KID_IS = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|stepson|stepdaughter|boy|girl)(?:\s+(?-i:[A-Z])\w+)?\s+(?:is|just\s+turned|turned)\s+"
    r"(\d{1,2})\b"
    # "our foster daughter Maya this fall (she's 9 ...)", "Diego de 14 años y Valeria de 11"
    r"|\b(?:son|daughter|stepson|stepdaughter)\s+(?-i:[A-Z])\w+[^.()]{0,30}\((?:she|he)(?:'s|\s+is)\s+(\d{1,2})\b"
    r"|\b(?-i:[A-Z])\w+\s+de\s+(\d{1,2})(?:\s+años)?\b"
    r"|\b(?:grand)?(?:kids|children|boys|girls|sons|daughters)\s*\((?:ages?\s+)?\d{1,2}\s*(?:and|&|,)\s*(\d{1,2})\)"
    # "my two grandkids since last summer, Tyler is 9 and Kayla is 14"
    r"|(?:,|\band|\()\s*(?-i:[A-Z])[a-z]+\s+is\s+(\d{1,2})\b(?!\s*(?:weeks?|months?|days?|times?|hours?|minutes?|nights?|%))",
    re.IGNORECASE,
)
_TOLD_CHILD = re.compile(rf"\b(?:my|our)\s+(\d{{1,2}})[-\s]?(?:years?[-\s]old|yo|y/o)\s+{_CHILD}\b", re.IGNORECASE)
_SEE_THEM = re.compile(
    r"\b(?:see|work\s+with|help|take|meet\s+with|treat|counsel|evaluate|talk\s+(?:to|with))\s+(?:him|her|them)\b",
    re.IGNORECASE,
)
_PRONOUN_AGE = re.compile(
    r"^\s*(?:she|he)(?:'s|’s|\s+is)\s+(?:now\s+|only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:%|percent|minutes|hours|days|weeks|months|lbs|pounds))",
    re.IGNORECASE,
)
_CHILD_IS_CLIENT = re.compile(
    rf"\b(?:for|see|seeing|seen|help|helping|with|about|bring|take|treat|counsel\w*)\s+(?:my|our|mi|nuestr[oa])\s+(?:\w+\s+){{0,2}}"
    rf"(?:{_CHILD}|kids?|children)\b|\b(?:my|our|mi|nuestr[oa])\s+(?:\w+\s+){{0,2}}?(?:{_CHILD}|kids?|children)s?\b,?\s*"
    rf"(?:\(?\d|[A-Z]\w+,?\s+)?(?:is|are|has|have|needs?|was|were|who|won'?t|doesn'?t|can'?t|keeps|tiene|est[áa]|necesita)\b"
    rf"|\b(?:ver|atender|ayudar|tratar|llevar|traer|para)\s+(?:a\s+)?(?:mi|nuestr[oa])\s+(?:\w+\s+){{0,2}}(?:{_CHILD}|niñ[oa]s)\b",
    re.IGNORECASE,
)
"""The child is the one to be seen ("help for my son", "my daughter is 9", "my kids need someone")."""
_CHILD_LOGISTICS = re.compile(
    rf"\b(?:home|stay(?:ing)?|busy|babysit\w*|pick(?:ing)?\s+up|drop(?:ping)?\s+off|watch(?:ing)?|care\s+of|daycare|"
    rf"childcare|school\s+run|bring|to\s+help(?:\s+out)?\s+with)\b[^.?!]{{0,25}}\b(?:my|our)\s+(?:\w+\s+)?(?:{_CHILD}|kids|children|baby)\b"
    rf"|\b(?:my|our)\s+(?:{_CHILD}|kids?|children)'s\s+(?!therap|counsel|anxiety|depress|mental|behavio|age\b)\w+"
    rf"|\b(?:my|our)\s+(?:{_CHILD}|kids?|children)\s+(?:are|is)\s+(?:off|home|out\s+of\s+school|on\s+(?:spring\s+|winter\s+)?break|at\s+camp)\b"
    # "I've been holding it together for my kids": whom she stays strong for, not who is to be seen
    rf"|\b(?:holding|hold|keep(?:ing)?)\s+(?:it\s+|things\s+|myself\s+)?together\s+for\s+(?:my|our)\s+(?:\w+\s+)?(?:{_CHILD}|kids|children)\b"
    rf"|\b(?:be|being|stay|staying)\s+strong\s+for\s+(?:my|our)\s+(?:\w+\s+)?(?:{_CHILD}|kids|children)\b",
    re.IGNORECASE,
)
_TEEN_SELF = re.compile(
    r"\b(?:i'?m|im|i\s+am|tengo)\s+(1[0-7])\b(?!\s*(?:weeks?|months?|minutes?|hours?|days?|%|mins?))", re.I
)


gated(
    *(
        _CHILD_ASK,
        _FORM_AGE,
        _CHILD_AGE,
        _MINOR_TO_SEE,
        _TEEN_SELF,
        _OLDER,
        _SEE_KIDS,
        _TOLD_CHILD,
    ),
)
