"""Clinical shorthand in a professional's referral (passive SI, s/p OD, a 5150, a safety plan): a crisis unless the
note itself denies it, dates it to the past or says the plan is kept, not needed.

Read on the original text with its case, because "si" is Spanish for "if" and "yes"; the lexicon of plain statements
lives in `crisis.py`, which asks this module second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.core.crisis_safety import SAFE, SENTENCE, says_safe


@dataclass(frozen=True)
class CrisisHit:
    phrase: str
    sentence: str
    about_another: bool = False
    """The person at risk is someone the writer speaks of ("my roommate took a lot of her pills"), not the writer."""


def sentence_at(text: str, pos: int) -> tuple[int, str]:
    for match in SENTENCE.finditer(text):
        if match.start() <= pos < match.end():
            return match.start(), match.group(0).strip()
    return 0, text.strip()


# Clinical shorthand in referrals and discharge notes: read on the original text, case kept, because "si" is
# Spanish for "if" and "yes". A denial ("denies SI/HI") is ruled out by RULED_OUT before this is trusted.
_CLINICAL = re.compile(
    r"\b(?i:passive|active|ongoing|chronic|recent|current|intermittent|\+)\s*SI\b|\b(?i:intermittent\s+)?(?i:active)\s+(?i:w/|with)\s+(?i:plan)\b|\bSI\s*(?:/|and|w/|with)\s*(?:an?\s+)?(?:HI|plan)\b|"
    r"\b(?i:endorses|reports|endorsed|reported|disclosed|discloses|expressed|admitted|with|w/)\s+(?:passive\s+|active\s+)?(?:SI|HI)\b|"
    # "he endorsed passive suicidal ideation and acknowledged access to a firearm": the words spelled out
    r"\b(?i:endorses|endorsed|reports|reported|discloses|disclosed|expressed|admits|admitted(?:\s+to)?|with|w/|having|has|had)\s+"
    r"(?i:passive|active|ongoing|intermittent|chronic|recurrent|fleeting)\s+(?i:suicidal\s+(?:ideation|thoughts))\b|"
    r"\bs/p\s+(?:intentional\s+|recent\s+)?(?:OD|overdose|SA|suicide\s+attempt|attempt)\b|"
    r"\b(?:intentional|recent|prior)\s+(?:OD|overdose)\b|\bOD(?:'d)?\s+(?:on|last|in)\b|\b5150\b|\b72[-\s]hour\s+hold\b|"
    r"\bSI\s+(?:is|'s|has\s+been|has|came|come|got|getting)\s+(?:back|worse|stronger|returned|more\s+\w+)\b|"
    r"\b(?i:it'?s|it\s+is|they'?re|thoughts\s+are)\s+not\s+passive\s+any\s?more\b|"
    r"\bNSSI\b|\bsafety\s+plan\b|\bpsych(?:iatric)?\s+(?:hold|admission|hospitalization)\b|\binpt\s+psych\b"
)
_DENIED_CLINICAL = re.compile(
    r"\b(?:den(?:ies|ied|y)|no|negative\s+for|without)\s+(?:any\s+)?(?:current\s+|recent\s+|active\s+|passive\s+)?(?:SI|HI|SI/HI|SI\s*/\s*HI)\b[^.;\n]*$",
    re.IGNORECASE,
)
_DENIED_IN = re.compile(
    r"\b(?:den(?:ies|ied|y)|no|negative\s+for)\s+(?:current\s+|active\s+|acute\s+)?(?:SI|HI|SI/HI)\b", re.IGNORECASE
)
_NO_HISTORY = re.compile(
    r"\b(?:no|never\s+had\s+an?|denies|without)\s+(?:\w+\s+)?(?:hx|history|h/o)\s+(?:of\s+)?(?:\w+\s+)?$"
    r"|\b(?:no|never\s+had\s+an?|denies)\s+(?:prior\s+|previous\s+|past\s+)?$",
    re.IGNORECASE,
)
"""'No hx of psychiatric hospitalization', 'No hx psych hospitalization': a history denied, before the shorthand it
would otherwise be."""


_NO_CURRENT = re.compile(r"\b(?:no|den(?:ies|ied)|negative\s+for)\s+current\s+(?:SI|SI/HI|suicidal)\b", re.IGNORECASE)
_HISTORY_OF = re.compile(
    r"\b(?:hx|h/o|history\s+of|history:|past|prior|remote)\s+(?:of\s+)?(?:a\s+|an\s+|one\s+|two\s+|\d\s+)?$",
    re.IGNORECASE,
)
"""'Hx passive SI', 'History of a 5150 hold', 'Relevant history: one 5150 hold in 2024': what happened before."""
_NONE_NOW = re.compile(
    r"^[^.\n]{0,60}?\b(?:none\s+(?:current(?:ly)?|now|since)|no\s+current|not\s+current|no\s+(?:si|si/hi)\s+since|denies\s+(?:current\s+)?"
    r"(?:si|plan|intent))\b",
    re.IGNORECASE,
)
_NOT_AT_RISK = re.compile(
    r"\bnot\s+(?:currently\s+)?(?:at\s+(?:acute\s+|immediate\s+|imminent\s+)?risk|in\s+(?:any\s+)?danger)\b"
    # "I have a safety plan I still use, and I'm not in crisis": their tool, kept, the crisis denied
    # "she found no suicidal risk"
    r"|\b(?:found|showed|shows|screened)\s+(?:\w+\s+){0,2}no\s+(?:suicidal\s+|acute\s+|current\s+|safety\s+)?risk\b"
    r"|\bno\s+suicidal\s+(?:thoughts|ideation)\s+(?:for|in|since)\b",  # "No suicidal thoughts for well over a year"
    re.IGNORECASE,
)
_PLAN_NOT_IN_CRISIS = re.compile(
    r"\b(?:i'?m|i\s+am)\s+not\s+in\s+(?:a\s+)?crisis\b(?!,?\s+(?:but|yet|though)\b)", re.IGNORECASE
)
"""'I have a safety plan I still use, and I'm not in crisis': their tool, kept, the crisis denied (in the plan's own
sentence; "I'm not in crisis, but I've been relying on my safety plan most nights" is no denial)."""
_NO_THOUGHTS_NOW = re.compile(
    r"\b(?:i'?m|i\s+am)\s+not\s+having\s+any\s+(?:suicidal\s+)?thoughts\s+(?:like\s+that|of\s+(?:hurting|harming|killing|suicide|ending))\b"
    r"(?![^.!?]{0,30}\b(?:but|except)\b)",
    re.IGNORECASE,
)
"""'I did a lot of work after that ... and I'm not having any thoughts like that now. I have a safety plan'."""
_DENIES_NOW = re.compile(
    r"\b(?:none\s+current(?:ly)?|no\s+current\s+(?:si|hi|risk)|denie[sd]\s+(?:any\s+)?(?:current\s+)?(?:si|hi|plan|intent))\b",
    re.IGNORECASE,
)
_ADMITTED_FOR = re.compile(
    r"\b(?:admit(?:ted)?|hospitali[sz]ed|presented|hospitalization|admission|inpatient\s+stay)\b[^.;\n]{0,40}\b(?:for|with|after|due\s+to)\b",
    re.IGNORECASE,
)
_NOW_DENIED = re.compile(r"\bdenie[sd]\s+(?:any\s+)?(?:current\s+)?(?:SI|HI|SI/HI|suicidal)", re.IGNORECASE)
_LOW_RISK = re.compile(
    r"\brisk\s+(?:was\s+|is\s+)?(?:assessed|rated|judged|considered)\s+(?:as\s+)?low\b|\blow\s+risk\b"
    r"|\b(?:assessed|rated|judged)\s+(?:the\s+|his\s+|her\s+|their\s+)?risk\s+as\s+low\b"
    r"|\bno\s+(?:current\s+|acute\s+|active\s+)?safety\s+concerns\b"
    r"|\bfuture[-\s]oriented\b|\bstabili[sz]ed\s+on\s+(?:the\s+)?unit\b",  # the team's judgement, in its own words
    re.IGNORECASE,
)
"""A discharge note that says why they were admitted, that they deny SI now and that the risk was judged low: a
referral to follow up, not a crisis (a current denial alone, without the team's judgement, is not enough)."""
_PLAN_UNUSED = re.compile(
    r"\b(?:haven'?t|have\s+not|never|hasn'?t|rarely)\s+(?:\w+\s+)?(?:needed|used)\b|\bstable\s+for\s+(?:well\s+)?(?:over\s+)?(?:\w+\s+)?(?:years|a\s+decade)\b|\bout\s+of\s+habit\b",
    re.IGNORECASE,
)


_STABLE_FOR_YEARS = re.compile(
    r"\bstable\b[^.!?\n]{0,40}\bfor\s+(?:well\s+)?(?:over\s+)?(?:a|one|two|three|\d+|several|many)\s+years?\b",
    re.IGNORECASE,
)
"""'stable and doing well for well over a year, and she has a safety plan we all know by heart': kept, not needed."""


_DENIES_URGES = re.compile(
    r"\bdenie[sd]\s+(?:any\s+)?(?:recent\s+|current\s+)?(?:urges|si\b|ideation|thoughts|self[-\s]?harm)", re.IGNORECASE
)
_OTHERS_OD_PAST = re.compile(
    r"\bmy\s+(?:best\s+)?(?:friend|brother|sister|cousin|roommate|boyfriend|girlfriend|partner|husband|wife|son|daughter)\s+"
    r"(?:od'?d|overdosed)\s+(?:in|on|last)\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|19\d\d|20\d\d|year|spring|summer|fall|winter)\b",
    re.IGNORECASE,
)
"""Someone else's overdose, months ago, told by a writer who says they are safe: a loss to grieve, not a risk now."""


_DENIED_AFTER = re.compile(
    r"\s*[:\-–]\s*(?:pt\s+)?(?:denies|denied|neg(?:ative)?\b|none\b|no\b|n/a\b|0\b)", re.IGNORECASE
)
"""'SI/HI: denies, no hx': a chart line that answers the shorthand right after it."""
_DATED_PAST = re.compile(
    r"\s*(?:\(\s*)?(?:in|from|during|back\s+in)?\s*(?:19|20)\d\d\b|\s+(?:in|during)\s+(?:college|high\s+school)\b",
    re.IGNORECASE,
)
"""'Passive SI in 2023': the shorthand dated to a past year."""
_CLINICAL_CASED = ("SI", "HI", "OD")
_CLINICAL_WORDS = ("overdose", "5150", "72", "safety", "psych", "inpt", "passive", "suicidal", "s/p", "active")


def _may_be_clinical(text: str) -> bool:
    """Whether the text holds a string every _CLINICAL match holds: most mail holds none, and a plain look for them
    costs a fraction of the pattern's search (a test checks the pattern never matches where this says no)."""
    if any(word in text for word in _CLINICAL_CASED):
        return True
    low = text.lower()
    return any(word in low for word in _CLINICAL_WORDS)


def clinical_risk(text: str) -> CrisisHit | None:
    """A referral's clinical shorthand for risk (passive SI, s/p OD, a 5150, a safety plan), unless denied."""
    if not _may_be_clinical(text):
        return None
    settled = bool(_NOW_DENIED.search(text) and _LOW_RISK.search(text))
    for match in _CLINICAL.finditer(text):
        start, sentence = sentence_at(text, match.start())
        before = text[start : match.start()]
        phrase = match.group(0).lower()
        if phrase.startswith("safety") and (_PLAN_UNUSED.search(sentence) or _STABLE_FOR_YEARS.search(text)):
            continue  # "a solid safety plan I haven't needed in a long time": stable, years on
        if _NO_HISTORY.search(before) or _DENIED_AFTER.match(text, match.end()):
            continue  # "SI/HI: denies, no hx": the denial written after the shorthand, as a chart line
        if _NONE_NOW.search(text[match.end() : match.end() + 80]) and _DATED_PAST.match(text, match.end()):
            continue  # "Passive SI in 2023, none current; safety plan on file": dated, and none now
        if _OTHERS_OD_PAST.search(sentence) and says_safe(text):
            continue  # "My best friend OD'd in October ... I'm 4 years clean and I'm not going anywhere": their grief
        if _HISTORY_OF.search(before) and (
            _NONE_NOW.search(text[match.end() : match.end() + 80]) or _NO_CURRENT.search(text)
        ):
            continue  # "Hx passive SI 2019, none current", "No current SI (assessed 11/9); hx passive SI": the past
        if settled and _ADMITTED_FOR.search(before):
            continue  # "Admit 3/5 for passive SI ... At discharge: denies SI/HI ... risk assessed as low": the past
        if _DENIED_CLINICAL.search(before + match.group(0)) and ("plan" not in phrase or phrase.startswith("safety")):
            continue  # "No current SI/HI, safety plan in place": the plan is the denial's company, not a risk
        if phrase.startswith("safety") and _LOW_RISK.search(sentence) and _DENIED_IN.search(sentence):
            continue  # "low risk, has a safety plan, no current SI": the plan sits between the two judgements
        if phrase.startswith("safety") and (_NOT_AT_RISK.search(sentence) or _NOT_AT_RISK.search(text)):
            continue  # "told us she is not at acute risk and sent us home with a safety plan": the ER's judgement
        if phrase.startswith("safety") and (_PLAN_NOT_IN_CRISIS.search(sentence) or _NO_THOUGHTS_NOW.search(text)):
            continue  # a plan kept by someone who says, in their own words, the risk is not here now
        if phrase.startswith("safety") and (_DENIES_URGES.search(sentence) or SAFE.search(sentence)):
            continue  # "She has a current safety plan and denies any recent urges": kept, not needed
        if phrase.startswith("safety") and _DENIES_NOW.search(before):
            continue  # "none current, denies plan/intent at 5/14 visit, safety plan on file": kept, not needed
        if phrase.startswith("safety") and _DENIED_CLINICAL.search(before.replace(";", ",")):
            continue  # "No current SI; safety plan on file." (only the plan crosses the semicolon, never an OD)
        return CrisisHit(phrase=match.group(0), sentence=sentence[:300])
    return None
