"""High-recall crisis lexicon (English and Spanish): the phrases that mean a person may not be safe.

The model catches what is worded in ways no list foresees; this layer makes sure the plain statements are never
missed, whatever the model thinks, and names the phrase that triggered the decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.core.crisis_lexicon import ENGLISH as _EN
from triage.core.crisis_lexicon import SPANISH as _ES
from triage.core.crisis_safety import IDIOM_FINDER, MEANT_NO_HARM, PAST, RULED_OUT, SAFE, SENTENCE, says_safe
from triage.core.prefilter import PatternSet

# Compiled case-sensitive and run on lower-cased text: Python's re is twice as fast that way.
PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(line.strip()) for line in (_EN + _ES).strip().splitlines() if line.strip()
)

_PATTERN_SET = PatternSet(PATTERNS)

_NEGATION = re.compile(
    # "without knocking and saw cuts on her thigh": a negation ends at "and", "but", "then", "so"
    r"(\b(not|never|no|without|denies|deny|denied|nunca|sin|tampoco|ni)\s+((?!(?:and|but|then|so|y|pero)\b)\w+\s+){0,3}"
    # "Just to be clear - I don't want to die, I'm scared of dying": a denial made on purpose, for the reader
    r"|\b(?:to\s+be\s+clear|for\s+the\s+record|just\s+so\s+you\s+know)\W+i\s+(?:don'?t|do\s+not)\s+"
    # "niega ideación suicida o de hacerle daño al bebé": a clinician's denial, in Spanish, of the whole list
    r"|\bniegan?\s+(?:ideaci[óo]n|pensamientos|intenci[óo]n|riesgo|planes?)\b[^.;]{0,60}"
    # "she's lonely and lost without him, not that she wants to hurt herself"
    r"|\bnot\s+that\s+(?:she|he|they|i)\s+(?:wants?|wanted|is\s+going|'s\s+going|plans?)\s+to\s+"
    r"|\b(don't|do\s+not|doesn't|haven't|hasn't|didn't|isn't|wasn't|never)\s+(have|had|feel|felt|having)\s+(any\s+)?(\w+\s+){0,2}"
    # "not having any thoughts of hurting myself": a denial, as doctors ask it
    r"|\b(not|never|no|don't|do\s+not|haven't|have\s+not|without|denies|deny|denied)\s+(been\s+)?"
    r"(having|have|had|experiencing|getting)?\s*(any\s+)?(thoughts?|urges?|intent(ions)?|plans?)\s+(of|about|to)\s+)$",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(if\s+you|if\s+you're|if\s+this\s+is|si\s+(usted\s+)?(tiene|tienes|est[áa]|siente|sientes|necesita)|si\s+usted|in\s+case\s+of|anyone\s+who|callers?\s+(?:who|in\s+crisis|should|can)|"
    r"clients?\s+who|patients?\s+who|people\s+who)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:keep|still|some\s+nights|at\s+night|lately|these\s+days|right\s+now|tonight|every\s+day|sometimes|"
    r"again|but)\b|\b(?:i|i'm|i\s+am)\s+(?:thinking|want|wanting|feel\s+like)\b",
    re.I,
)
"""A risk said as now ("but I keep thinking about ending it") is not made safe by "I'm safe" elsewhere."""
_ABOUT_ANOTHER = re.compile(
    r"\b(he|she|they|him|her|his|son|daughter|child|kid|student|patient|client|grader|teen|brother|sister|"
    r"husband|wife|partner|mom|dad|mother|father)\b",
    re.IGNORECASE,
)
_TRAINING = re.compile(
    r"\b(?:ce\s+(?:hours|credits|requirement)|continuing\s+education|webinar|workshop|training\s+for\s+clinicians|"
    r"register\s+now|you'?ll\s+learn|early\s+bird|in\s+this\s+issue|remind\s+(?:your\s+)?clients|member\s+spotlight|"
    r"ce\s+events?|warning\s+signs\s+(?:covered|of\s+suicide)|gatekeeper|per\s+seat|qpr|mental\s+health\s+first\s+aid)\b",
    re.IGNORECASE,
)
"""A course or newsletter for clinicians speaks of suicide as a subject, not as anyone's risk."""
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|myself)\b", re.IGNORECASE)


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
        start, sentence = _sentence_at(text, match.start())
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


def crisis_in(text: str) -> CrisisHit | None:
    """The lexicon's hit, else clinical shorthand: what makes a message a crisis whatever the model says."""
    return find_crisis(text) or clinical_risk(text)


@dataclass(frozen=True)
class CrisisHit:
    phrase: str
    sentence: str
    about_another: bool = False
    """The person at risk is someone the writer speaks of ("my roommate took a lot of her pills"), not the writer."""


def _sentence_at(text: str, pos: int) -> tuple[int, str]:
    for match in SENTENCE.finditer(text):
        if match.start() <= pos < match.end():
            return match.start(), match.group(0).strip()
    return 0, text.strip()


_NO_APOSTROPHE = re.compile(r"\b(won|don|can|doesn|isn|wasn|didn|haven|couldn|wouldn)t\b|\b(i)(m|ve)\b", re.IGNORECASE)


def _apostrophes(text: str) -> str:
    """ "wont be around", "dont want to", "im done": the lexicon's phrases as they are typed on a phone."""
    return _NO_APOSTROPHE.sub(lambda m: f"{m.group(1)}'t" if m.group(1) else f"{m.group(2)}'{m.group(3)}", text)


def find_crisis(text: str, *, cleared: bool = False) -> CrisisHit | None:
    """The first risk statement in the text that is not negated, hypothetical or clearly in a safe past.
    `cleared`: instead, the first one that was said and then ruled out ("she said she was 'not wanting to be here'
    ... the crisis team cleared her"): no crisis, but a reply that ignores it reads as if it went unheard."""
    text = _apostrophes(text) if "'" not in text and "’" not in text else text
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lower-cased; then quote the lower-cased text
        text = lowered
    message_says_safe: bool | None = None  # read once, and only when a risk phrase is found
    idioms: list[tuple[int, int]] | None = None
    for pattern in _PATTERN_SET.candidates(lowered):
        for match in pattern.finditer(lowered):
            if idioms is None:
                idioms = [m.span() for m in IDIOM_FINDER.finditer(lowered)]
            if any(a <= match.start() and match.end() <= b for a, b in idioms):
                continue  # "convinced someone is going to break in and kill us": a fear, not a threat
            if _CLARIFIED.match(lowered, match.end()):
                continue  # '"I can't do this anymore," meaning the job, not anything darker!': said what it means
            start, sentence = _sentence_at(text, match.start())
            if _GIVEAWAY.search(match.group(0)) and _MOVING_AWAY.search(sentence):
                continue  # "giving a lot of my things away (my lease ends and I can only take two suitcases)"
            before = text[start : match.start()]
            if _NEGATION.search(before) or _CONDITIONAL.search(before):
                continue
            # Whose words: a quote ("he screamed 'I want to die'") is reported speech, not the writer speaking.
            own = before.rsplit('"', 1)[0] if before.count('"') % 2 else before
            someone_else = _ABOUT_ANOTHER.search(sentence) is not None and not _FIRST_PERSON.search(
                _QUOTED.sub(" ", own)
            )
            if _TRAINING.search(text) and not _FIRST_PERSON.search(own):
                continue  # a course or newsletter speaks of suicide as a subject
            if message_says_safe is None:
                message_says_safe = bool(SAFE.search(text) or RULED_OUT.search(text) or MEANT_NO_HARM.search(text))
            if message_says_safe:
                # "asked me whether I was thinking of hurting myself. I'm not.": the answer may be the next sentence
                near = RULED_OUT.search(sentence) or RULED_OUT.search(text[start : start + len(sentence) + 40])
                # "A veces siento que ya no puedo más con tanto. Quiero aclarar que no tengo pensamientos de hacerme
                # daño": the denial may take the whole next sentence
                answered = (
                    near
                    or RULED_OUT.search(text[start : start + len(sentence) + 90])
                    or MEANT_NO_HARM.search(text[start : start + len(sentence) + 90])
                )
                past = PAST.search(sentence)
                if (
                    past
                    or answered
                    or (SAFE.search(text) and not _NOW.search(sentence))
                    or (someone_else and RULED_OUT.search(text))
                    # "he completely melted down, screaming that he wanted to die ... She said he's not at risk": the
                    # nearest subject is another, whom someone asked and cleared; not when told as now
                    or (
                        RULED_OUT.search(text)
                        and not _NOW.search(sentence)
                        and _whose(text[: match.start()], text[match.start() : match.end()])
                    )
                ):
                    if cleared and not (past or near or SAFE.search(sentence)):
                        return CrisisHit(phrase=text[match.start() : match.end()], sentence=sentence[:300])
                    continue  # safe, in the past, or someone else's risk that a professional asked about and ruled out
            if cleared:
                continue
            phrase = text[match.start() : match.end()]
            # "I found razor blades in my daughter's room": what the writer found tells of someone else
            found_on_another = bool(_REPORTING.search(before)) and bool(_OTHER_SUBJECT.search(sentence))
            about_another = found_on_another or _whose(text[: match.start()], phrase)
            return CrisisHit(phrase=phrase, sentence=sentence[:300], about_another=about_another)
    return None


_CLARIFIED = re.compile(
    r"[\"'”’,.!)\s]{0,4}(?:\s*[-–—(]\s*)?(?:i\s+mean\s+|meaning\s+)?(?:(?:the|my|this)\s+(?:job|work|career|commute|schedule)\b"
    r"[^.!?\n]{0,20}\bnot\s+(?:anything\s+)?(?:darker|like\s+that|in\s+a\s+(?:scary|dark|bad)\s+way)\b"
    r"|not\s+(?:anything\s+)?darker\b|not\s+in\s+a\s+(?:scary|dark)\s+way\b)"
)
"""What a hard phrase means, said right after it: "meaning the job, not anything darker", "(not in a scary way)"."""
_GIVEAWAY = re.compile(r"\bgiv\w*\s+(?:\w+\s+){0,6}away\b|\bgave\s+(?:\w+\s+){0,6}away\b")
_MOVING_AWAY = re.compile(
    r"\b(?:lease\s+ends|suitcases?|moving\s+(?:to|abroad|overseas|across)|downsiz\w+|declutter\w*|before\s+(?:the|my|our)\s+move)\b"
)
"""Things given away because of a move the sentence names: packing, not putting affairs in order."""


_OTHER_SUBJECT = re.compile(
    r"\b(?:he(?!\s+(?:\w+(?:ado|ido|isto|ito|cho)|estado|sentido|pensado)\b)|she|they|him|her|his|their|son|daughter|child|kid|teen|brother|sister|husband|wife|partner|mom|dad|"
    r"mother|father|roommate|friend|boyfriend|girlfriend|fianc[ée]e?|grandson|granddaughter|students?|patients?|clients?|"
    r"teens|teenagers|kids|children|(?<=my\s)\d{1,2}\s*(?:yr|year)s?[-\s]?old|(?<=my\s)\d{1,2}\s*y/?o|"
    r"él|ella|hij[oa]|espos[oa]|marido|herman[oa]|mam[áa]|pap[áa]|amig[oa])\b",
    re.IGNORECASE,
)
_OWN_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|yo|me\s+(?:quiero|siento)|he\s+\w+(?:ado|ido))\b", re.IGNORECASE
)
"""The writer as subject; "he pensado" is Spanish for "I have thought", never "he"."""
_OWN_IN_PHRASE = re.compile(
    r"\b(?:me|myself|i|my|mí|me\s+\w+|\w+[aei]rme|quiero|puedo|siento|estoy|tengo|aguanto|pienso|necesito|voy|soy|sé)\b",
    re.IGNORECASE,
)
"""'quitarme la vida', 'matarme': a Spanish verb's own "me" is the writer; "no sé si voy a seguir aquí" too."""
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+(?:happens|do\s+you\s+do)\s+)?if\s+(?:someone|somebody|a\s+(?:person|client|patient)|people|anyone)\b[^.?!]*$",
    re.IGNORECASE,
)
_OTHERS_PHRASE = re.compile(r"\b(?:her|his|their|himself|herself|themselves)\b", re.IGNORECASE)
_QUOTED_BY_ANOTHER = re.compile(
    r"\b(?:she|he|they|my\s+\w+|her|his)\s+(?:said|says|told\s+me|texted(?:\s+me)?|wrote|posted|keeps\s+saying)\s*,?:?\s*[\"“][^\"”]*$"
    # 'My roommate sent a group text an hour ago saying "thank you all for everything, I'm sorry"'
    r"|\b(?:my|our|her|his)\s+\w+\s+(?:sent|posted|left)\b[^.?!\"“]{0,60}\b(?:saying|that\s+said|reading)\s*,?:?\s*[\"“][^\"”]*$",
    re.IGNORECASE,
)
_TOLD_BY_ANOTHER = re.compile(
    r"\b(?:he|she|they)\s+(?:told\s+(?:me|us)|said|says|thinks|keeps\s+saying)\b[^.?!]*$", re.IGNORECASE
)
_I_HARM = re.compile(
    r"\b(?:i|i'd|i'll)\s+(?:would\s+|might\s+|could\s+|will\s+|want\s+to\s+)?(?:hurt|kill|harm|strangle|stab|shoot)\s+"
    r"(?:him|her|them|someone|somebody|my\s+\w+)\b",
    re.IGNORECASE,
)
_FAREWELL_TO_ME = re.compile(r"(?:texted|messaged|wrote|sent)\s+me\b", re.I)
_SENDER_BEFORE = re.compile(
    r"\b(?:my\s+(?:\w+\s+)?\w+|he|she|they|[A-Z][a-z]+)\s+(?:just\s+|finally\s+|then\s+|also\s+)?$", re.IGNORECASE
)
"""'My roommate just texted me "goodbye"': someone else sent it (not "Last night I typed out a text saying goodbye")."""
# "I found a hunting knife in his car": what the writer found, a few words on, is still found on another
_REPORTING = re.compile(
    r"\bi\s+(?:think|thought|found|saw|noticed|believe|am\s+worried|'m\s+worried|fear)\b(?:\s+(?:a|an|the|some|his|her|their|"
    r"hunting|kitchen|pocket|big|loaded)){0,3}\s*$",
    re.I,
)


def _whose(before: str, phrase: str) -> bool:
    """Whether the words nearest before the risk name someone else ("my roommate took...", "her goodbye letter")
    rather than the writer ("I took..."); "I think my roommate..." reports on another."""
    if re.search(r"\bmy\s+\w+'s\b", phrase):
        return True  # "found cuts on my daughter's arm": her body, her risk
    if _QUOTED_BY_ANOTHER.search(before):
        return True  # 'tonight she said "nobody would even notice if I was gone"': her words, her risk
    if _FAREWELL_TO_ME.match(phrase) and _SENDER_BEFORE.search(before[-60:]):
        return True  # 'My roommate just texted me "goodbye, I love you"': the one who said goodbye is at risk
    if _OWN_IN_PHRASE.search(phrase):
        return False  # "my boyfriend choked me": the one at risk is the writer
    if phrase.startswith("better off") and _TOLD_BY_ANOTHER.search(before):
        return True  # "he told me ... that the kids and I would be better off with the life insurance": his risk
    if _HYPOTHETICAL.search(before[-80:]):
        # "what happens if someone tells their therapist they're thinking about killing themselves ... asking because
        # i have been": a question put in the third person is, first, the writer's own
        return False
    if _I_HARM.search(before[-200:]):
        return False  # "thinking through how I'd hurt him, like actually planning it": the writer's own danger
    if _OTHERS_PHRASE.search(phrase):
        return True
    window = before[-160:]
    other = [m.end() for m in _OTHER_SUBJECT.finditer(window)]
    own = [m.end() for m in _OWN_SUBJECT.finditer(window) if not _REPORTING.search(window[: m.end() + 30])]
    return bool(other) and (not own or other[-1] > own[-1])
