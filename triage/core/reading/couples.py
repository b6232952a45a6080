"""Whether a couple would be seen: couples therapy asked for, or a pair who are no couple (two sisters, a father and
his grown son), or couples work done years ago and not asked for now. Ages are `people.py`."""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded
from triage.core.reading.sentences import Sentence, evidence, gated, matching, whole
from triage.core.request import Kind, Question

_COUPLES = re.compile(
    r"\bcouples\b|\bcouple\b(?!\s+(?:of|more|extra|weeks|days|nights|months|years|times|hours|minutes|sessions|questions|"
    r"things|drinks|other|quick|friends|who|that|therapists|counsel\w*|people|folks|providers|(?:a|per|each|every)\s+(?:day|night|week|month|year)))"
    r"|\bmarriage\s+(?:counsel\w*|therap\w*|help)|\bmarital\b(?!\s+(?:strain|stress))|\bpre-?marital|\brelationship\s+(?:counsel\w*|therap\w*)"
    r"|\bdiscernment\s+(?:counsel\w*|therap\w*)"  # for a couple deciding whether to stay together
    # ("She's lived with my husband and me since she was six": a child's home, not a couple's sessions)
    r"|(?<!with\s)\b(?:my|our)\s+(?:partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse)\s+(?:and|&)\s+(?:i|me)\b"
    # ("my husband and I would like to get our 15 year old son into therapy": parents seeking care for a child)
    r"(?![^.?!]{0,50}\b(?:for|get|getting|bring|take|find|raising)\s+(?:our|my)\s+(?:\w+\s+){0,3}?"
    r"(?:son|daughter|child|kid|teen|teenager|grand\w+|stepson|stepdaughter|children|kids|boy|girl)\b)"
    r"|\b(?:me|i)\s+and\s+my\s+(?:partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse)\b|\bco-?parent\w*"
    # ("holding everything together and I want a therapist": their life held together, not a couple's sessions)
    r"|\b(?:both\s+of\s+us|the\s+two\s+of\s+us|(?<!everything\s)(?<!things\s)(?<!it\s)(?<!myself\s)(?<!herself\s)(?<!himself\s)"
    r"(?<!life\s)together)\b(?=[^.?!]{0,40}\b(?:therap|counsel|session|come))"
    r"|\bsessions?\s+together\b"
    r"|\bterapia\s+de\s+pareja\b|\b(?:citas?|sesi[óo]n(?:es)?|consultas?)\s+(?:para|de|en)\s+(?:la\s+)?pareja\b|\bconsejer[ií]a\s+(?:de\s+pareja|matrimonial)\b|\bmi\s+(?:esposo|esposa|marido|pareja|"
    r"novio|novia|prometid[oa])\s+y\s+yo\b",
    re.IGNORECASE,
)


JOINT_SESSIONS = "joint sessions with family"
"""The value of the question for sessions together that are no couple's (two sisters, a family with their teen)."""


def read_couples(items: list[Sentence]) -> list[Question]:
    text = whole(items)
    if (
        NOT_COUPLES.search(text)
        and not _COUPLES_THERAPY.search(NOT_COUPLES.sub(" ", text))
        and not _couples_later(items, text)
    ):
        return []
    together = next((s for s in items if s.asks and _TOGETHER_NO_COUPLE.search(s.text)), None)
    if together is not None:  # "Can the family come together, me and my husband too?": joint sessions, no couple's
        return [Question(Kind.OTHER, (JOINT_SESSIONS,), evidence(together))]
    therapy = _COUPLES_THERAPY.search(text)
    # "my husband and I are at the end of our rope" (about their toddler) asks for no couples therapy by itself
    s = next(
        (
            s
            for s in matching(_COUPLES, items)
            if (therapy or s.asks or _FOR_US.search(s.text) or _couple_named(s))
            # "My wife and I are looking for a therapist for our son": parents asking for their child
            and not (
                (_FOR_OUR_CHILD.search(s.text) or _WRITING_FOR_CHILD.search(text))
                and not _COUPLES_THERAPY.search(s.text)
            )
        ),
        None,
    )
    if s is not None and _DONE_BEFORE.search(s.text):
        return []  # "Mr. Okafor saw my wife Deb and me for couples counseling back in 2019": done, not asked for now
    if s is not None and _ONLY_COUPLES.search(s.text):
        # "Does he see individuals or only couples?": whom one therapist sees, which only staff know
        return [Question(Kind.OTHER, (evidence(s).lower()[:100],), evidence(s))]
    if s is not None and _KIN_PAIR.search(text) and not _PARTNER_WORD.search(text):
        # "would one of your therapists see two adult sisters together?", "sessions together" with a father: family
        # sessions, which no couples paragraph answers
        return [Question(Kind.OTHER, (JOINT_SESSIONS,), evidence(s))]
    if s is not None and _LATER.search(s.text):
        # "I'm looking for someone for me ... And maybe couples at some point down the road": later, not now
        return [Question(Kind.COUPLES, ("later",), evidence(s))]
    return [Question(Kind.COUPLES, (), evidence(s))] if s else []


def _couples_later(items: list[Sentence], text: str) -> bool:
    """'I'd like to see someone on my own first ... later, could my husband and I come in together?': both asked."""
    return bool(_SOME_DAY.search(text)) and any(True for _ in matching(_COUPLES, items))


_SOME_DAY = re.compile(r"\blater\b|\bdown\s+the\s+road\b|\beventually\b", re.IGNORECASE)
_KIN_PAIR = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:sister|brother|siblings?|father|mother|dad|mom|son|daughter)(?:\s+[A-Z]\w+)?\s+and\s+i\b"
    r"|\bme\s+(?:\(\d+\)\s+)?and\s+my\s+(?:\w+\s+)?(?:sister|brother|dad|father|mom|mother|son|daughter)\b"
    r"|\b(?:adult\s+)?(?:sisters|brothers|siblings)\s+together\b|\bmy\s+(?:father|mother|dad|mom)\s+is\s+\d{2}\b",
)
_PARTNER_WORD = re.compile(
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|spouse|marriage|married)\b",
    re.IGNORECASE,
)
_FOR_OUR_CHILD = re.compile(
    r"\b(?:therapist|counsel\w*|someone|help|therapy)\s+for\s+(?:our|my)\s+(?:\w+\s+)?(?:son|daughter|child|kid|kids|teen|"
    r"teenager|stepson|stepdaughter|grand\w+|boy|girl)\b"
    r"|\b(?:terapia|terapeuta|ayuda|alguien)\s+para\s+(?:mi|nuestr[oa])\s+(?:hij[oa]|niñ[oa]|niet[oa])\b",
    re.IGNORECASE,
)
_WRITING_FOR_CHILD = re.compile(
    # "le escribo por mi hija Valeria que tiene 14 años ... mi esposa y yo no hablamos mucho inglés"
    r"\b(?:le\s+|les\s+)?escribo\s+por\s+(?:mi|nuestr[oa])\s+(?:hij[oa]|niñ[oa]|niet[oa])\b"
    r"|\b(?:i'?m|we'?re)\s+writing\s+(?:for|about|on\s+behalf\s+of)\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen)\b"
    # "Our daughter Posy just turned 13 ... My wife and I have zero experience with therapy": parents, for her
    r"|\b(?:our|my)\s+(?:son|daughter|child|kid|teen)\s+(?:[A-Z]\w+\s+)?(?:just\s+)?(?:turned|is)\s+\d{1,2}\b"
    # "my 15 year old son has had a hard time with the move ... My wife and I think he should talk to someone"
    r"|\b(?:our|my)\s+\d{1,2}[-\s]?(?:years?[-\s]old|yo|y/o)\s+(?:son|daughter|child|kid|teen|stepson|stepdaughter)\b"
    # "I'm writing on behalf of my wife and me about my stepdaughter, who's 17"
    r"|\babout\s+(?:my|our)\s+(?:step)?(?:son|daughter|child|kid|teen)\b|\b(?:get|have)\s+(?:him|her)\s+(?:scheduled|seen)\b",
    re.IGNORECASE,
)
_TOGETHER_NO_COUPLE = re.compile(
    r"\b(?:aren'?t|are\s+not|not)\s+a\s+couple\b(?!\s+any\s?more)|\bthe\s+(?:whole\s+)?family\s+(?:come|together|in)\b",
    re.IGNORECASE,
)
"""'sessions for two people who aren't a couple?', 'Can the family come together, me and my husband too?': joint
sessions, but no couple's."""
_LATER = re.compile(
    r"\b(?:at\s+some\s+point|down\s+the\s+road|later\s+on|eventually|in\s+the\s+future|maybe\s+later|one\s+day"
    r"|individual\s+and\s+maybe\s+couples)\b",
    re.I,
)
_DONE_BEFORE = re.compile(
    r"\b(?:saw|seen|did|had)\b[^.]{0,60}\bcouples\b[^.]{0,40}\b(?:back\s+in|in\s+(?:19|20)\d\d|years?\s+ago)\b", re.I
)


def _couple_named(s: Sentence) -> bool:
    """A couple named otherwise than by 'my husband and I' ("a couple in their sixties", "marital"), or a couple's
    own trouble ("haven't been intimate", "between us"): couples work, asked or not."""
    found = _COUPLES.search(s.text)
    return found is not None and (not _JUST_US.match(found.group(0)) or bool(_BETWEEN_US.search(s.text)))


_JUST_US = re.compile(r"(?:my|our|me|i|mi)\b", re.IGNORECASE)  # "mi esposa y yo preferimos...": parents
_BETWEEN_US = re.compile(r"\bbetween\s+us\b|\bintima\w+|\bfight\w*|\bargu\w+|\bmarriage\b|\bdistance\b", re.I)
_FOR_US = re.compile(
    r"therap|counsel|sessions?\b|come\s+in|see\s+(?:someone|you|a)|talk\s+to|help\s+(?:us|with\s+our)", re.I
)
_ONLY_COUPLES = re.compile(
    r"\bindividuals?\b[^.?!]{0,25}\bor\s+(?:just|only)\s+couples\b|\b(?:just|only)\s+couples\b[^.?!]{0,25}\bor\s+(?:also\s+)?individuals?\b",
    re.IGNORECASE,
)


NOT_COUPLES_RE = re.compile(
    # "This isn't couples work", "I'd like to start with individual sessions for me", "see Sam on my own now",
    # "My husband and I are each grieving so differently"
    r"\b(?:isn'?t|is\s+not)\s+(?:a\s+)?couples?\b|\b(?:start|begin)\s+with\s+individual\b"
    r"|\b(?:see|come|start)\s+(?:\w+\s+)?(?:on\s+my\s+own|by\s+myself|individually)\b|\band\s+i\s+are\s+each\b"
    r"|\bnot\s+couples\b|\bnot\s+(?:looking\s+for|interested\s+in|after)\s+(?:marriage|couples|marital)(?:\s+(?:counsel\w*|therapy))?\b"
    # "I don't think we need couples counseling (at least not yet, ha). I just want my own person"
    r"|\b(?:don'?t|do\s+not)\s+(?:think\s+(?:we|i)\s+)?(?:need|want)\s+(?:couples|marriage|marital)\s+(?:counsel\w*|therapy)\b|\b(?:my|our)\s+(?:wife|husband|partner|spouse|ex)\s+and\s+i\s+(?:separated|divorced|split\s+up|broke\s+up)\b"
    r"|\bwe\s+(?:separated|divorced|split\s+up|broke\s+up)\b"
    # "my ex and I share custody of our 10 year old son": parents apart, asking for the child
    r"|\b(?:share|shared|joint|split|50/50)\s+(?:\w+\s+)?custody\b|\bmy\s+ex\s+and\s+i\b"
    # "After 38 years of marriage my husband moved out ... I'd like individual therapy to get my footing"
    r"|\b(?:i'?d\s+like|i\s+want|i'?m\s+looking\s+for|i\s+need)\s+(?:some\s+)?individual\s+(?:therapy|counsel\w*|sessions?)\b"
    # "he needs his own therapist before we even think about couples counseling"; a court's co-parenting order
    r"|\b(?:before|instead\s+of)\s+(?:we\s+)?(?:even\s+)?(?:think\s+about|try|start|do)\s+couples\b|\bcourt[-\s]ordered\b"
    # "my husband and I finalized our divorce last month": a couple no longer
    r"|\b(?:finali[sz]ed|signed)\s+(?:our|the)\s+divorce\b|\b(?:our|the)\s+divorce\s+(?:was\s+|is\s+|became\s+)?(?:final|finali[sz]ed)\b"
    # "my stepdaughter ... lives with my husband and me most of the week": the household, not a couple's sessions
    r"|\b(?:lives?|living|stays?|staying)\s+with\s+(?:my|our)\s+(?:husband|wife|partner|spouse)\s+and\s+(?:me|i)\b"
    # "we're a blended family ... we're looking for family therapy": the family is the client, not the couple
    r"|\bfamily\s+(?:therapy|counsel\w*|sessions?)\b"
    # "I saw Sam on your site, does he see individuals or only couples?": for one person
    r"|\bindividuals?\s+(?:or|and)\s+(?:just\s+|only\s+)?couples\b|\bdivorce\s+was\s+finali[sz]ed\b"
    # "Could my wife and I be involved at all, even just at the start?": parents in their son's therapy
    r"|\b(?:wife|husband|partner|spouse)\s+and\s+i\s+(?:could\s+|can\s+|would\s+)?(?:be\s+involved|be\s+part\s+of|join\s+(?:him|her|them)"
    r"|sit\s+in)\b"
    # "we don't agree on how to handle it ... Is parent coaching something you offer?": parents of a child
    r"|\bparent(?:ing)?\s+(?:coaching|support|guidance|skills|classes)\b",
    re.IGNORECASE,
)
NOT_COUPLES = Guarded(NOT_COUPLES_RE)
_COUPLES_THERAPY_RE = re.compile(
    r"\bcouples\b|marriage\s+(?:counsel|therap)|pre-?marital|relationship\s+(?:counsel|therap)|discernment|co-?parent"
    r"|terapia\s+de\s+pareja|consejer[ií]a\s+matrimonial",
    re.IGNORECASE,
)
_COUPLES_THERAPY = Guarded(_COUPLES_THERAPY_RE)
"""'We're looking for family therapy, not couples'; 'my wife and I separated in August': no couples question."""
COUPLE_WORDS = re.compile(
    r"\b(?:partner|husband|wife|spouse|ex|boyfriend|girlfriend|fianc[ée]e?|marriage|married|marital|couples?|relationship|"
    r"pareja|esposo|esposa|marido|novio|novia|matrimonio)\b",
    re.IGNORECASE,
)
"""The model's couples label alone (on 'this job is killing me') asks nothing: someone must be in the message."""


gated(_COUPLES)
