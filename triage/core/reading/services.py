"""Services by name: the problems, therapies and evaluations people ask for, each with one canonical key.

The same lexicon reads the practice's own `services` phrases, so "trauma and PTSD (including EMDR)" in the
config means the practice offers trauma, PTSD work and EMDR, and a question about EMDR is answered from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from triage.core.prefilter import Guarded
from triage.core.reading.sentences import Sentence, evidence, gated, possible, whole
from triage.core.reading.service_words import SERVICES
from triage.core.request import Kind, Question

_KEYS = tuple(key for key, *_ in SERVICES)
# Case-sensitive on lower-cased text, so the prefilter can skip the patterns whose opening letters are absent.
_COMPILED = tuple((key, re.compile(rf"(?:{pattern})")) for key, _, _, pattern in SERVICES)
gated(*(pattern for _, pattern in _COMPILED))
_INDEX = {id(pattern): key for key, pattern in _COMPILED}
_BY_KEY = dict(_COMPILED)
_DISPLAY = {key: (en, es) for key, en, es, _ in SERVICES}
_ALIASES = {"ptsd": "trauma", "trauma and ptsd": "trauma", "postpartum": "perinatal", "family": "family therapy"}

# Broader than the patterns above: a mention only names a service when the same key is not ruled out by a
# more specific one ("ADHD testing" also mentions ADHD, but only testing is asked for).
_SUBSUMES = {
    "adhd testing": ("adhd",),
    # "real experience with suicide loss specifically, not just grief in general": the specific one is asked
    "suicide loss": ("grief",),
    "erp": (),
    "autism evaluation": (),
    # "anxiety - mostly work stress": the stress is the anxiety's, not a second service to ask staff about
    "anxiety": ("stress",),
    "depression": ("stress",),
    "burnout": ("stress",),
    "anger management": ("anger",),
    # "the judge wants a psychological evaluation": the court's, which the court-ordered line answers
    "court-ordered": ("psychological testing",),
}


def known_service(name: str) -> str | None:
    """The canonical key of a service name ("ERP", "ADHD testing"), or None when the lexicon does not know it."""
    low = " ".join(name.lower().split())
    if low in _DISPLAY:
        return low
    if low in _ALIASES:
        return _ALIASES[low]
    found = find_services(name)
    return found[0] if len(found) == 1 else None


def find_services(text: str, among: Iterable[str] | None = None) -> list[str]:
    """Every service the text names, most specific first, each once. `among`: only these keys are looked for
    (those the whole message names, when reading it sentence by sentence)."""
    found: list[str] = []
    if among is None:
        can = possible(text)  # the shared prefix index: one look per text for every reader's patterns
        found = [key for key, pattern in _COMPILED if id(pattern) in can and not _only_denied(pattern, text)]
    else:
        low = text.lower()
        found = [key for key in among if _BY_KEY[key].search(low)]
    if "eating disorders" in found and among is None and not _NAMED_ED.search(text) and _LOW_MOOD.search(text):
        # "she's been really low since the stroke, not eating much", "sleeping until 2pm and barely eating with us":
        # a symptom told, not an eating disorder named
        found.remove("eating disorders")
    if "autism evaluation" in found and _DIAGNOSED.search(text):
        found.remove("autism evaluation")  # "autistic (diagnosed at 6, so we don't need an evaluation)": therapy
    for key in list(found):
        for broader in _SUBSUMES.get(key, ()):
            if broader in found:
                found.remove(broader)
    return found


def _only_denied(pattern: re.Pattern[str], text: str) -> bool:
    """'This is voluntary, not court-ordered': a service named only to say it is not the one wanted."""
    found = [m.start() for m in pattern.finditer(text.lower())]
    return bool(found) and all(_DENIED.search(text[max(0, at - 60) : at]) for at in found)


_DIAGNOSED = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|does\s+not|no\s+longer)\s+need\s+(?:an?\s+|another\s+|a\s+new\s+)?(?:evaluation|assessment|diagnosis|eval)\b"
    r"|\b(?:autis\w+|asd|on\s+the\s+spectrum)\b[^.;]{0,40}\bdiagnosed\b(?!\s+with\s+(?!autism|asd))"
    r"|\bdiagnosed\s+(?:with\s+)?(?:autism|asd)\b",
    re.IGNORECASE,
)
_NAMED_ED = re.compile(
    r"eating\s+disorder|anorexi|bulimi|binge|\barfid\b|disordered\s+eating|purging|restrict|weight|calorie|body\s+image"
    r"|trastorno|anorexia|bulimia",
    re.IGNORECASE,
)
_LOW_MOOD = re.compile(
    r"depress|\blow\b|grie[fv]|stroke|dementia|cancer|not\s+interested|sad\b|sleeping\s+(?:all|until|till|in\s+late)"
    r"|\bneeds?\s+a\s+break\b",
    re.IGNORECASE,
)
"""Barely eating beside low mood or grief is how depression shows; only a named disorder or weight talk asks for
eating-disorder care."""
_DENIED = re.compile(
    r"(?<!unless\syou\shave\s)(?<!unless\si\shave\s)\b(?:not|isn'?t|no|nothing|never|without)\s+(?:an?\s+|any\s+)?$"
    # "I am not seeking a custody evaluation or any court-ordered service"
    r"|\bnot\s+(?:seeking|looking\s+for|asking\s+for|requesting|after|a\s+request\s+for)\s+(?!.*\b(?:but|except|other\s+than|besides)\b)(?:[\w-]+\s+){0,5}$"
    # "bereavement counseling beyond our group program", "she's finished our 6-week group": one they had, not asked
    r"|\b(?:beyond|finished|completed)\s+(?:our|the|her|his|their|my|a)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_COVERS = {
    # "adjusting to a big change" is what a practice that lists life transitions does. Not "burnout, as part of our
    # work with anxiety": strict readers marked that a claim the practice's list never makes (three hands running)
    "life transitions": ("adjustment",),
}


def services_in(phrases: Iterable[str], *, covered: bool = True) -> frozenset[str]:
    """The service keys a practice's own phrases name ("trauma and PTSD (including EMDR)": trauma, emdr), with the
    narrower ones each covers (`covered`)."""
    return _services_in(tuple(phrases), covered)


@lru_cache(maxsize=64)
def _services_in(phrases: tuple[str, ...], covered: bool) -> frozenset[str]:
    """Read once per practice, not once per reply: every draft asks about the same config phrases."""
    keys: set[str] = set()
    for phrase in phrases:
        keys.update(find_services(phrase))
        alias = known_service(phrase)
        if alias:
            keys.add(alias)
    return frozenset(keys | ({narrow for key in keys for narrow in _COVERS.get(key, ())} if covered else set()))


def listed_as(key: str, listed: frozenset[str]) -> str:
    """The service a practice lists that covers this one ("burnout": anxiety), so that a reply says "we work with
    anxiety", what the practice offers, not "we work with burnout", which it never said."""
    if key in listed:
        return key
    return next((cover for cover, narrow in _COVERS.items() if key in narrow and cover in listed), key)


def display(key: str, lang: str = "en") -> str:
    """How a reply names a service; an unknown key is shown as given."""
    en, es = _DISPLAY.get(key, (key, key))
    return es if lang == "es" else en


def all_keys() -> tuple[str, ...]:
    return _KEYS


_PRESCRIBES = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:managing|prescribing|handling)\s+(?:his|her|their|the)\s+(?:medication|meds)"
    r"|\b(?:managing|manage)\s+(?:medication|meds)\s+for\b|\balongside\s+(?:my\s+|our\s+)?medication\s+management\b"
    r"|\b(?:I|we)\s+(?:will\s+)?(?:continue\s+to\s+)?(?:manage|prescribe)\s+(?:his|her|their)\s+(?:medication|meds)\b",
    re.IGNORECASE,
)
_CAPABILITY_RE = re.compile(
    r"\b(?:is|are)\s+(?:this|that|these|those)\s+(?:something|things?|a\s+service)\b|\b(?:do|does|can)\s+(?:you|your\s+(?:\w+\s+)?"
    r"(?:therapists?|counsel(?:l)?ors?)|anyone(?:\s+there)?|dana|sam)\s+(?:do|offer|practice|provide|work\s+with|treat|handle|help\s+with|specialize\s+in)\s+(?:that|this|those|it)\b|\bwork\s+with\s+(?:that|this)\b|\b(?:lo|eso)\s+(?:hacen|ofrecen|trabajan)\b"
    # "...a therapist can write an ESA letter. i really just need the letter, could i do one session for that?"
    r"|\b(?:could|can)\s+(?:i|we)\s+(?:do|get|book|have)\s+(?:just\s+)?(?:one|a)\s+(?:session|appointment)\s+for\s+(?:that|it|this)\b"
    r"|\b(?:just\s+|really\s+|only\s+)+need\s+the\s+(?:letter|evaluation|assessment|testing|paperwork)\b"
    # "Can I come in for one session and get the letter?"
    r"|\b(?:come\s+in|book|do|have)\s+(?:for\s+)?(?:just\s+)?(?:one|a)\s+(?:session|appointment)\s+(?:and|to)\s+get\s+(?:the|a|my)\s+"
    r"(?:letter|evaluation|paperwork)\b"
    # "his teacher has suggested we get him evaluated for ADHD. Do you do testing, or see children his age?"
    r"|\b(?:do|does|can)\s+(?:you|anyone(?:\s+there)?)\s+(?:do|offer|provide)\s+(?:testing|evaluations?|assessments?)\b"
    # "my new apartment requires an ESA letter ... Can one of your therapists write one?"
    r"|\b(?:can|could|would|do|does)\s+(?:one\s+of\s+)?(?:you|your\s+(?:therapists?|counsel\w+)|dana|sam|someone\s+there)\s+"
    r"(?:write|provide|sign|fill\s+out)\s+(?:one|it|that|this|them)\b"
    # "...unless you have an ESA letter. Can I get one from you guys?"
    r"|\b(?:can|could)\s+(?:i|we)\s+get\s+(?:one|it|that|this|those)\s+(?:from|through|with)\s+(?:you|y'?all|your)\b"
    # "...unless you have an ESA letter. How fast can you do one?"
    r"|\bhow\s+(?:fast|soon|quickly|long)\s+(?:can|could|would|does\s+it\s+take)\s+(?:you\s+)?(?:to\s+)?(?:do|write|get|have)\s+"
    r"(?:one|it|that|this)\b",
    re.IGNORECASE,
)
_CAPABILITY = Guarded(_CAPABILITY_RE)


def service_questions(
    items: list[Sentence], named: list[str], found: list[Question], referring: bool = False
) -> list[Question]:
    """Services asked about (`named`: those the whole message names); in a colleague's referral, the reason for it
    too ("6 wks postpartum, EPDS 14")."""
    if not named:
        return []
    taken = {v for q in found if q.kind == Kind.THERAPIST for v in q.values}
    # "I'm a psychiatric NP managing his medication": a referrer's medication is theirs, asked of us only outright
    medication_theirs = referring and bool(_PRESCRIBES.search(whole(items)))
    values: list[str] = []
    where = ""
    for i, s in enumerate(items):
        # "...a psychological evaluation before surgery. Is this something you do?": the question is the next one
        # ("...barely eating. She admits she's been strict with food. Is this something you treat?": two on)
        asked_next = any(_CAPABILITY.search(items[j].text) for j in (i + 1, i + 2) if j < len(items))
        if not s.asks and not asked_next and not referring:
            continue
        for key in find_services(s.text, among=named):
            if key == "medication" and referring and (medication_theirs or not s.asks):
                continue  # "Med management arranged with PCP": the referrer's business, told us, not asked of us
            if key == "faith-based" and taken & {"christian", "catholic", "jewish", "muslim"}:
                continue
            if key == "lgbtq" and "lgbtq" in taken:
                continue
            if key not in values:
                values.append(key)
                where = where or evidence(s)
    return [Question(Kind.SERVICE, tuple(values), where)] if values else []
