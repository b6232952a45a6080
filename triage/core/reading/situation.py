"""What calls for warmth before the answers: a death, a new baby, a break-up, an illness."""

from __future__ import annotations

import re

from triage.core.reading.sentences import gated, possible
from triage.core.request import Situation

_SITUATIONS: tuple[tuple[Situation, str], ...] = (
    (
        Situation.LOSS,
        # "Ray passed on Sunday night. He went peacefully at home": a name at the head of the sentence
        r"(?:^|[.!?\n]\s*)(?!(?:He|She|They|It|I|We|You)\b)(?-i:[A-Z][a-z]+)\s+passed(?![^.!?\n]{0,40}\b(?:test|exam|quiz|class|course|flying\s+colou?rs|inspection|physical))\s+(?:on\s+(?:\w+day|the\s+\d)|last\s+\w+|this\s+\w+|yesterday|peacefully|suddenly)\b|"
        r"\bpass(?:ed)?\s+away\b|(?<!\bac\s)(?<!\bcar\s)(?<!battery\s)(?<!phone\s)(?<!laptop\s)(?<!engine\s)(?<!computer\s)\bdied\b|\b(?:mom|mother|dad|father|husband|wife|son|daughter|brother|sister|partner|"
        r"grandma|grandmother|grandpa|grandfather|friend)(?:\s+(?!passed)[A-Z][a-z]+)?\s+passed\b(?!\s+(?:the|his|her|my|a|an|your|our|their|this|that|these|it|me|us|along|on|you)\b)|\bperd[ií]\s+un\s+embarazo\b|\bdeath\s+of\b(?!\s+me\b)|\b(?:lost|losing)\s+(?:my|our|her|his)\s+(?:\w+\s+)?(?:mom|mother|dad|father|"
        r"husband|wife|son|daughter|baby|brother|sister|partner|child|grandma|grandmother|grandpa|grandfather|best\s+friend|"
        r"friend|dog|cat|pregnancy)\b|\bfuneral\b|\bbereave\w*|\blost\s+(?:a|the|our|my)\s+(?:pregnancy|baby)\b|\bmiscarr\w+|\bstillb\w+|\bwidow\w*|\bsuicide\s+loss\b"
        r"|\blost\s+(?:one\s+of\s+(?:our|my|his|her)\s+\w+|a\s+(?:co-?worker|colleague|crew\s+member|teammate|classmate|student))\b"
        r"|\b(?:was|were|got)\s+killed\b"
        # "My mom passed on Monday" (not "my mom passed on the message")
        r"|\b(?:mom|mother|dad|father|husband|wife|son|daughter|brother|sister|partner|grandma|grandmother|grandpa|grandfather)"
        r"\s+passed\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)"
        # "Now my wife of 50 years is gone": a death, said the way the bereaved say it
        r"|\bmy\s+(?:wife|husband|partner|mom|mother|dad|father|son|daughter)\s+(?:of\s+\d+\s+years\s+)?(?:is|has)\s+gone\b(?!\s+(?:to|for|back|out|on|away\s+(?:to|for|on)))"
        # "the anniversary of my dad's death is the 28th", "Nikolai's death"
        r"|\b(?:anniversary\s+of\s+)?\w+'s\s+(?:death|passing)\b"
        r"|\bfalleci[óo]\b|\bmuri[óo]\b|\bperd[ií]\s+a\s+mi\b|\bfallecimiento\b|\baborto\s+espont[áa]neo\b|\bperd[ií]\s+(?:el|mi)\s+beb[ée]\b",
    ),
    (
        Situation.NEW_BABY,
        r"\bnew\s*born\b|\bnew\s+baby\b|\bhad\s+(?:my|our)\s+(?:son|daughter|baby\s+\w+|little\s+\w+)\s+(?:\d+|a\s+few|two|three|four|six|eight)\s+(?:weeks?|months?)\s+ago\b|\bhad\s+(?:a\s+baby|twins|triplets|our\s+(?:baby|twins)|my\s+(?:baby|twins))\s+"
        r"(?:\d+|a\s+few|two|three|four|six|eight)\s+(?:weeks?|months?)\s+ago\b|\bjust\s+had\s+(?:a|our|my)\s+(?:baby|son|daughter|twins)\b|\bgave\s+birth\b|"
        r"\b(?:\d+|few|six|two|three)\s+(?:weeks?|months?)\s+(?:postpartum|after\s+(?:giving\s+birth|the\s+birth))\b|"
        # "She's here! Nora Jean, 7 lb 2 oz, born Tuesday at 4am"
        r"\b(?:she'?s|he'?s|they'?re)\s+here!|\b\d{1,2}\s*(?:lbs?|pounds?)\s*,?\s*\d{1,2}\s*(?:oz|ounces)\b|"
        r"\bpostpartum\b|\bbaby\s+(?:[A-Z]\w+\s+)?(?:arrived|was\s+born|came)\b|\b(?:welcomed|had)\s+(?:a\s+|our\s+)?baby\s+(?:boy|girl)\b|\bmy\s+(?:\d+|two|three|four|six)[-\s](?:week|month)[-\s]old\b|\breci[ée]n\s+nacid[oa]\b|\bacabo\s+de\s+tener\s+(?:un|una|a\s+mi)\b"
        r"|\b(?:arrived|was\s+born|came)\s+(?:\w+\s+){0,2}(?:weeks?|days?)\s+early\b"
        # "We had our first baby 7 weeks ago", "hace cuatro meses nació nuestro segundo hijo"
        r"|\bhad\s+our\s+(?:first|second|third)\s+(?:baby|child|son|daughter)\b"
        r"|\bnaci[óo]\s+(?:nuestr[oa]|mi)\s+(?:primer[oa]?\s+|segund[oa]\s+|terce[rr]?[oa]?\s+)?(?:hij[oa]|beb[ée])\b"
        # "New dad, our son is 3 weeks old"
        r"|\b(?:my|our)\s+(?:son|daughter|baby)\s+is\s+(?:\d|one|two|three|four|five|six|seven|eight)\s+(?:weeks?|months?)\s+old\b"
        # "Priya went into labor Sunday night ... our daughter Anika was born Monday at 6am"
        r"|\b(?:my|our)\s+(?:new\s+)?(?:son|daughter|baby|twins)\s+(?:[A-Z]\w+\s+)?(?:was|were)\s+born\s+(?:on\s+|at\s+|last\s+|this\s+|"
        r"yesterday|today|early|via|\((?:he|she)'?s\s+(?:\d|one|two|three|four|five|six)|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\w+\s+weeks?\s+(?:early|ago)|(?:in\s+)?(?:january|february|"
        r"march|april|may|june|july|august|september|october|november|december))",
    ),
    (
        Situation.BREAKUP,
        r"\bdivorc\w+|\bbroke\s+up\b|\bbreak[-\s]?up\b|\bseparat(?:ed|ion|ing)\b|\bleft\s+me\b|\bended\s+(?:our|my|the)\s+"
        r"(?:relationship|engagement|marriage)\b|\bcalled\s+off\s+(?:the|our)\s+(?:wedding|engagement)\b|\bdivorci\w+|"
        r"\bdecided\s+(?:\w+\s+){0,3}to\s+separate\b|\b(?:and\s+i|we)\s+ended\s+(?:it|things)\b|\bnos\s+separamos\b|\bterminamos\b|\bme\s+dej[óo]\b|\bruptura\b"
        r"|\b(?:girlfriend|boyfriend|partner|wife|husband|fianc[ée]e?)\s+(?:of\s+\w+\s+years?\s+)?(?:just\s+)?"
        r"(?:moved\s+out|walked\s+out|packed\s+up|ended\s+things|dumped\s+me)\b",
    ),
    (
        Situation.ILLNESS,
        r"\bdiagnos(?:ed|is)\s+with\s+(?:[\w-]+\s+){0,2}(?:cancer|ms|multiple\s+sclerosis|parkinson\w*|als|lupus|a\s+tumor|"
        r"leukemia|lymphoma|heart|diabetes|chronic)|\bcancer\b|\bchemo\w*|\bterminal\b|\bheart\s+(?:surgery|attack)\b|"
        r"\bstroke\b|\bc[áa]ncer\b|\bquimioterapia\b|\bdiagnosticad[oa]\b"
        # "my mom fell and broke her hip in October", "he's on dialysis three times a week"
        r"|\bfell\s+and\s+(?:broke|fractured)\b|\b(?:broke|fractured)\s+(?:her|his)\s+(?:hip|pelvis|leg)\b|\bdialysis\b"
        r"|\bdiagnos(?:ed|is)\s+(?:with\s+|of\s+)?(?:early[-\s]onset\s+)?(?:alzheimer\w*|dementia|parkinson\w*|als\b)",
    ),
)
_COMPILED = tuple((situation, re.compile(pattern, re.IGNORECASE)) for situation, pattern in _SITUATIONS)
# The same patterns for the shared prefix index, which reads lower-cased text ([A-Z] under IGNORECASE is [a-z]):
# most mail tells of no death, baby, break-up or illness, and the index says so without a search.
_GATES = tuple(re.compile(pattern.replace("[A-Z]", "[a-z]")) for _, pattern in _SITUATIONS)
gated(*_GATES)
_ANOTHER_HOME = re.compile(
    r"\bat\s+(?:his|her|their)\s+(?:house|place|home)\b|\b(?:dad|mom|father|mother|ex)\s+(?:just\s+)?remarried\b"
    r"|\bmy\s+ex(?:[-\s]?(?:husband|wife|partner))?'?s\s+(?:new\s+)?(?:wife|husband|partner|girlfriend|boyfriend)\b",
    re.IGNORECASE,
)
_NOT_HERE = re.compile(
    r"\b(?:(?<!\ba\s)(?<!\bone\s)(?<!\bover\s)years?\s+ago|long\s+ago|as\s+a\s+(?:kid|child|teen)|when\s+i\s+was\s+(?:young|little|a))\b"
    r"|\b(?:car|phone|battery|laptop|computer|engine|truck|van|printer|wifi|internet|bus|train|connection|power|transmission|"
    r"alternator|furnace|fridge|washer|dryer|tablet|ipad|kindle|cooler|freezer|oven|dishwasher|compressor|generator|heater|mixer|tv)\s+"
    r"(?:just\s+|finally\s+)?(?:died|passed)\b"
    r"|\b(?:phone|battery|laptop|car|computer|power|engine)\b[^.?!]{0,30}\b(?:and\s+)?(?:then\s+)?died\b"
    # "we both come from divorced families": their parents' divorce, long past, is no break-up to console
    r"|\bdivorced\s+(?:families|family|parents|homes?)\b|\bchildren\s+of\s+divorce\b"
    # "Their dad and I are divorced with joint custody": how the family is, not news to console
    r"|\b(?:are|we'?re|we\s+are)\s+divorced\s+(?:with\s+(?:joint|shared)|and\s+share)\b|\bjoint\s+custody\b"
    # "My sister-in-law saw a therapist after her mom passed and said it helped": who recommended us, not their news
    r"|\b(?:saw|went\s+to|tried|started\s+seeing)\s+(?:a\s+)?(?:therapist|counsel\w+|someone)\s+after\s+(?:her|his|their)\b"
    # "I've been to therapy myself before (after my dad died)": help once had, not news to console now
    r"|\b(?:been\s+to|went\s+to|was\s+in|did\s+some)\s+(?:therapy|counsel\w+)\b[^.!?]{0,30}\bafter\s+(?:my|our)\b"
    r"|\bparents\s+(?:both\s+)?(?:divorced|got\s+divorced|split\s+up)\b|\b(?:his|her|their)\s+parents'?\s+(?:divorce|split)\b|\bwhen\s+(?:we|i)\s+(?:were|was)\s+(?:kids|a\s+kid|little|young)\b"
    # "my set last night died SO hard": a comedian's show that flopped
    r"|\b(?:my|our|the)\s+(?:set|show|gig|act|pitch|presentation|audition)(?:\s+\w+){0,3}\s+died\b|\bdied\s+(?:so\s+|really\s+)?hard\b"
    # "in a fatal accident last month, not at fault, other driver died": a trauma lived, not a bereavement
    r"|\b(?:the\s+)?other\s+(?:driver|car|person|guy|party|motorist|vehicle)\s+(?:\w+\s+)?died\b"
    r"|\b(?:could\s+have|could've|nearly|almost|i\s+just)\s+(?:just\s+)?died\b|\bdied\s+(?:of|from)\s+(?:embarrassment|shame|laughing)\b"
    # "every checkup feels like a dress rehearsal for my own funeral": the writer's own, joked about
    r"|\b(?:my|our)\s+own\s+funerals?\b|\bplan(?:ning|ned)?\s+(?:my|our)\s+(?:own\s+)?funeral\b",
    re.I,
)
"""A loss long ago, or a figure of speech ("I could have just died"): no condolence."""


def read_situation(text: str) -> Situation | None:
    """The first situation the text tells of (a loss long ago is not news that calls for condolence now)."""
    can = possible(text)
    for (situation, pattern), gate in zip(_COMPILED, _GATES, strict=True):
        if id(gate) not in can:
            continue
        for match in pattern.finditer(text):
            around = text[max(0, match.start() - 60) : match.end() + 60]
            if situation in (Situation.LOSS, Situation.BREAKUP) and _NOT_HERE.search(around):
                continue
            if situation == Situation.NEW_BABY and _ANOTHER_HOME.search(around):
                continue  # "her dad just remarried and there's a new baby on the way at his house": not theirs
            return situation
    return None


_KIN = (
    r"(?i:(husband|wife|mom|mother|dad|father|son|daughter|brother|sister|grandmother|grandma|grandfather|grandpa|partner|"
    r"best\s+friend|fianc[ée]e?|uncle|aunt|dog|cat|beagle|labrador|lab|retriever|terrier|poodle|spaniel|collie|pup|puppy"
    r"|kitty|kitten|horse))(?!-in-law|\s+in\s+law)"  # "my father-in-law's stroke" is not "your father's"
)
_WHOSE_LOSS = re.compile(
    # "since his mother, my daughter, died of an overdose": the kin in the writer's words, behind the commas
    rf"\b(?i:my|our)\s+(?i:(?:late|dear|beloved|little|big|older|younger|baby)\s+)?{_KIN}\b(?:,?\s+[A-Z][a-z]+,?)?,?"
    r"(?:\s+of\s+\w+\s+years,?)?\s+(?i:suddenly\s+|unexpectedly\s+)?(?i:passed|died|was\s+killed|took\s+(?:his|her)\s+own\s+life)\b"
    rf"|\b(?i:lost|losing)\s+(?i:my|our)\s+(?i:(?:late|dear|little|big|older|younger)\s+)?{_KIN}\b"
    rf"|\b(?i:death|loss|passing)\s+of\s+(?i:my|our)\s+(?i:(?:late|dear|little|big|older|younger)\s+)?{_KIN}\b"
    rf"|\b(?i:my|our)\s+{_KIN}'s\s+(?i:death|passing|funeral)\b"
    r"|(?:^|[.!?]\s+)(Mom|Dad)\s+(?:passed|died)\b",
)
_WHOSE_ILLNESS = re.compile(
    # "my son is 11 and my dad moved in with us after a stroke": the nearest kin named, not the first
    rf"\b(?i:my|our)\s+{_KIN}\b(?:,?\s+[A-Z][a-z]+,?)?(?:(?!\b(?i:my|our)\s)[^.!?]){{0,50}}?\b(?i:was\s+|got\s+|has\s+been\s+|is\s+)?"
    r"(?i:diagnosed|had\s+a|has|with|after\s+(?:her|his)|since\s+(?:her|his))\s+(?:\w+\s+){0,3}?"
    r"(?i:(cancer|stroke|dementia|alzheimer'?s|parkinson'?s|heart\s+attack))\b",
)


def whose_situation(text: str, situation: Situation | None) -> tuple[str | None, str | None]:
    """Whom a death or an illness touched, and which illness ("my husband passed away in March", "my wife was
    diagnosed with breast cancer"): the reply's condolence names them rather than "your loss"."""
    if situation == Situation.LOSS:
        found = _WHOSE_LOSS.search(text)
        kin = next((g for g in found.groups() if g), None) if found else None
        return (re.sub(r"\s+", " ", kin.lower()) if kin else None), None
    if situation == Situation.ILLNESS:
        ill = _WHOSE_ILLNESS.search(text)
        if ill:
            kin, what = ill.group(1), ill.group(2)
            what = re.sub(r"^(alzheimer|parkinson)'?s$", lambda m: m.group(1).capitalize() + "'s", what.lower())
            return re.sub(r"\s+", " ", kin.lower()), what
        fell = _WHOSE_FALL.search(text)
        if fell:
            return re.sub(r"\s+", " ", fell.group(1).lower()), "fall"
        if _OWN_DIAGNOSIS.search(text):
            return None, "diagnosis"  # "I was diagnosed with breast cancer in September": "your diagnosis"
    return None, None


_WHOSE_FALL = re.compile(
    rf"\b(?i:my|our)\s+{_KIN}\b(?:,?\s+[A-Z][a-z]+,?)?\s+(?i:(?:recently\s+|just\s+)?(?:had\s+a\s+(?:bad\s+)?fall|fell)\b)"
)
"""'My mom fell and broke her hip': "I'm so sorry to hear about your mom's fall"."""
_OWN_DIAGNOSIS = re.compile(
    r"\bi\s+(?:was|have\s+been|got|just\s+got|was\s+just|was\s+recently)\s+diagnosed\b|\bmy\s+(?:recent\s+|new\s+)?(?:cancer\s+)?diagnosis\b",
    re.IGNORECASE,
)
"""Their own illness, named: "your diagnosis" is what a front desk would say, not "such a hard time"."""
