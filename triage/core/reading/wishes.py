"""Who they would like to see them: a therapist who speaks their language, a woman or a man, someone who shares
their faith or understands who they are."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence, evidence, gated, none_of, whole
from triage.core.request import Kind, Question

_LANGUAGES = (
    "spanish",
    "mandarin",
    "cantonese",
    "chinese",
    "russian",
    "vietnamese",
    "korean",
    "arabic",
    "french",
    "portuguese",
    "tagalog",
    "hindi",
    "urdu",
    "farsi",
    "persian",
    "german",
    "japanese",
    "ukrainian",
    "somali",
    "amharic",
    "polish",
    "italian",
    "hebrew",
    "punjabi",
    "haitian creole",
    "dari",
    "pashto",
    "swahili",
    "romanian",
    "thai",
    "khmer",
    "hmong",
    "burmese",
    "nepali",
    "tigrinya",
    "asl",
)
_LANGUAGE_ES = {
    "español": "spanish",
    "espanol": "spanish",
    "castellano": "spanish",
    "inglés": "english",
    "ingles": "english",
    "chino": "chinese",
    "ruso": "russian",
    "portugués": "portuguese",
    "português": "portuguese",
    "portugues": "portuguese",
}
_LANGUAGE = re.compile(
    r"\b(?:in|speaks?|speaking|fluent\s+in|conducted\s+in|sessions\s+in|therapist\s+who\s+speaks|bilingual\s+in|"
    r"en|em|habla\w*|hablen?|fala\w*)\s+(" + "|".join([*_LANGUAGES, *_LANGUAGE_ES]) + r")\b"
    r"|\b(" + "|".join(_LANGUAGES) + r")[-\s](?:speaking|speaker)\b|\bsign\s+language\b|\bbilingual\b"
    r"|\b(?:if\s+not,?\s+|or\s+)("
    + "|".join(_LANGUAGES)
    + r")\s+(?:is|would\s+be)\s+(?:also\s+)?(?:ok|okay|fine|good)\b"
    r"|\basl\s+interpret\w*|\bdoes\s+anyone\s+(?:at\s+\w+\s+\w+\s+)?sign\b|\b(?:one|someone|anyone)\s+who\s+signs\b"
    r"|\bmy\s+first\s+language\s+is\s+asl\b|\b(?:know|knows|speaks?|uses?|fluent\s+in|signs?\s+in)\s+asl\b|\bi\s+am\s+deaf\b",
    re.IGNORECASE,
)
_ALSO_LANGUAGE = re.compile(
    r"\s*(?:,|/|and|or|y|o)\s*(" + "|".join([*_LANGUAGES, *_LANGUAGE_ES]) + r")\b", re.IGNORECASE
)
_FEMALE_WORDS = frozenset(
    ("female", "woman", "women", "lady", "gal", "mujer", "femenina", "terapeuta", "psicóloga", "psicologa", "consejera")
)
"""'terapeuta' is only caught as "una terapeuta": a woman asked for."""
_GENDER = re.compile(
    r"\b(female|woman|women|lady|male|man|men)\s+(?:therapist|counsel(?:or|lor)|clinician|provider|psychologist|doctor)"
    r"|\bprefers?\s+(?:a\s+|to\s+(?:see|work\s+with)\s+a\s+)?(female|woman|male|man)\b|\bterapeuta\s+(mujer|hombre|femenina|masculino)"
    r"|(?<!\bi\s)(?<!\bwe\s)\b(?:see|work\s+with|talk\s+to|speak\s+with)\s+a\s+(woman|man|female|male)\b"
    r"(?!\s+(?:who|that|doctor|named|individually))"
    r"|\b(?:open\s+up|talk|(?:feel|be)\s+(?:more\s+)?comfortable)\s+(?:\w+\s+){0,3}?(?:with|to)\s+a\s+(woman|man|female|male|guy|"
    r"lady|gal)\b|\b(?:has|have|needs?)\s+to\s+be\s+a\s+(woman|man|female|male|guy|lady)\b"
    # "Do you have a man he could talk to?"
    r"|\b(?:do\s+you\s+have|is\s+there)\s+a\s+(woman|man|guy|lady)\s+(?:he|she|they)\s+(?:could|can|might)\s+(?:talk|speak|open\s+up)\b"
    r"|\b(?:preferably|ideally)\s+(?:with\s+|a\s+)?(?:a\s+)?(woman|man|female|male)\b|\b(?:would\s+)?prefer\s+(?:\w+\s+){0,2}a\s+(woman|man|guy|lady|gal)\b"
    r"|\b(?:'d|would|will|wants?|need|needs)\s+(?:want|like|need|prefer)?\s*a\s+(woman|man|guy|lady|gal)\b(?!\s+(?:who|that|named))"
    # "prefiero una terapeuta", not "busco una terapeuta para mi hija": the feminine noun alone is how many write "a
    # therapist" (strict readers marked "since you'd prefer a woman" false, three hands running)
    r"|\b(?:prefer\w*|prefier\w*|de\s+preferencia|ojal[áa])\s+(?:\w+\s+){0,3}?una\s+(terapeuta|psic[óo]loga|consejera)\b"
    r"|\b(?:speak|talk|work)\s+with\s+a\s+(gentleman|lady)\b"
    # "He'd probably do better with a man if possible": a parent's wish for a son
    r"|\b(?:do|does|did|work|works)\s+better\s+with\s+a\s+(woman|man|female|male|guy|lady)\b"
    # "Is there a woman who sees couples?", "do you have any men who work with teens?"
    r"|\b(?:is\s+there|are\s+there|do\s+you\s+have)\s+(?:a\s+|any\s+)?(woman|man|female|male|women|men)\s+(?:who|that)\s+"
    r"(?:sees?|works?|does|do|takes?|counsels?|specializes?)\b",
    re.IGNORECASE,
)
_FAITH = re.compile(
    r"\b(christian|catholic|jewish|muslim|lds|mormon|buddhist)\s+(?:(?:woman|man|female|male)\s+)?"
    r"(?:counsel\w*|therap\w*|perspective|values|faith|worldview|provider)"
    r"|\bif\s+possible,?\s+(christian|catholic|jewish|muslim|lds|mormon|buddhist)\b"
    # "a counselor who is Christian, or at least comfortable with faith coming up"
    r"|\b(?:counsel\w*|therap\w*|someone|provider)\s+who\s+(?:is|was|'s)\s+(?:also\s+)?(christian|catholic|jewish|muslim|lds|mormon|buddhist)\b"
    r"|\bcomfortable\s+with\s+(?:my\s+|our\s+)?faith\b"
    r"|\b(?:understands?|shares?|respects?)\s+(?:our|my)\s+(?:culture\s+and\s+)?(?:religion|faith)\b|\bfaith[-\s]based\b|\bintegrat\w+\s+(?:my\s+|our\s+)?faith\b|\bbiblical\b|\b(?:terapeuta|consejer[oa])\s+cristian[oa]",
    re.IGNORECASE,
)
_LGBTQ = re.compile(
    r"\blgbt\w*\+?|\blgtb\w*|\bqueer\b|\btrans(?:gender)?\b|\bnon-?binary\b|\bgay\b|\blesbian\b"
    r"|\bgender[-\s](?:diverse|expansive|non-?conforming|fluid|queer)\b",
    re.IGNORECASE,
)
_AFFIRMING = re.compile(r"affirm\w*|friendly|competent|experience|understand|ally|safe", re.IGNORECASE)
_TITLE = r"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?"
_NAMED = re.compile(
    rf"\b(?:with|see|see\s+with)\s+{_TITLE}([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?,?\s+(?:specifically|in\s+particular)\b|\b[Ii]s\s+{_TITLE}([A-Z][a-z]+)\s+"
    rf"(?:still\s+|currently\s+)?(?:taking|accepting|seeing)\s+(?:any(?:one)?\s+|any\s+)?(?:new\b|(?:on\s+)?clients\b)"
    rf"|\b(?:[Dd]oes|[Ww]ould)\s+{_TITLE}([A-Z][a-z]+)\s+have\s+(?:any\s+)?(?:room|space|openings?)\b"
)
"""A therapist asked for by name ("I'd like to work with Dana specifically", "is Sam taking new clients?")."""
_POC = re.compile(
    r"\b(?:person|people|therapist|counsel(?:or|lor)|clinician)\s+of\s+colou?r\b|\bbipoc\b|\bpoc\b|"
    r"\b(?:black|latin[oax]|latine|asian(?:[-\s]american)?|indigenous|native)\s+(?:therapist|counsel(?:or|lor)|woman\s+therapist|clinician)",
    re.IGNORECASE,
)


_FIT = re.compile(
    # "someone who won't be thrown by me talking about things like saying kaddish", "familiar with the culture"
    r"\b(?:understands?|understanding\s+of|gets|shares?|familiar\s+with|comfortable\s+with|respects?|experience\s+with"
    r"|thrown\s+by|knows?\s+about)\s+(?:[\w'-]+,?\s+){0,8}?(?:cultures?|cultural|background|community|heritage|identity|race"
    r"|racism|immigra\w+|traditions?|customs?|kaddish|shiva|ramadan|hijab|church|mosque|synagogue|temple"
    r"|what\s+it'?s\s+like\s+to\s+be|(?:south\s+asian|asian|arab|muslim|latin[oax]|black|immigrant|korean|chinese|indian"
    r"|mexican|african|jewish|catholic|mormon|desi)\s+famil(?:y|ies))\b"
    # "someone who will not blink at the fact that I am a gay man of a certain age"
    r"|\b(?:won'?t|will\s+not|wouldn'?t|doesn'?t)\s+blink\b"
    # "a therapist who won't make me explain all three", "someone who looks like me"
    r"|\bwon'?t\s+make\s+me\s+explain\b|\b(?:someone|somebody|therapist|counsel\w+)\s+who\s+looks\s+like\s+me\b"
    # "I would like to ask if he is Nigerian", "Are either of your therapists Asian American"
    r"|\b(?:if\s+)?(?:is|are)\s+(?:he|she|either\s+of\s+(?:you|them|your\s+therapists)|any\s+of\s+your\s+therapists"
    r"|your\s+therapists|(?:mr|ms|mrs|dr)\.?\s+\w+)\s+(?:also\s+)?(?:an?\s+)?(?:nigerian|korean|asian|black|latin[oax]|latine"
    r"|african|mexican|indian|south\s+asian|arab|immigrants?|veterans?|from\s+(?:the\s+)?[A-Z]\w+)\b",
    re.IGNORECASE,
)
"""Someone who would understand who they are (their culture, faith's practices, background): the team knows who fits,
so staff answer, in the words they used."""


def read_language(items: list[Sentence]) -> list[Question]:
    if none_of(items, _LANGUAGE):
        return []
    values: list[str] = []
    where = ""
    for s in items:
        for match in _LANGUAGE.finditer(s.text):
            raw = (match.group(1) or match.group(2) or match.group(3) or "").lower()
            if not raw:
                raw = "asl" if re.search(r"sign|asl|deaf", match.group(0), re.I) else "bilingual"
            # "speaks Ukrainian and Russian", "Ukrainian or Russian": each language named
            also = _ALSO_LANGUAGE.match(s.text, match.end()) if match.group(1) else None
            for said in (raw, (also.group(1) or "").lower() if also else ""):
                name = _LANGUAGE_ES.get(said, said)
                if name in ("english", "chinese"):
                    name = "english" if name == "english" else "mandarin"
                if name and name not in ("english", "bilingual") and name not in values:
                    values.append(name)
                    where = where or evidence(s)
    return [Question(Kind.LANGUAGE, tuple(values), where)] if values else []


_ASKED_FOR = re.compile(
    r"\b(?:is\s+there|are\s+there|do\s+you\s+have|prefer|rather\s+(?:have|see)|would\s+like|looking\s+for|want)\s+(?:an?\s+|any\s+)?$",
    re.IGNORECASE,
)


_REFUSES = re.compile(
    r"\b(?:refuses?|refused|won'?t|will\s+not|doesn'?t|does\s+not|don'?t|do\s+not|can'?t|couldn'?t)\s+"
    r"(?:\w+\s+){0,2}(?:to\s+)?$",
    re.IGNORECASE,
)


_HAD_BEFORE = re.compile(
    r"\b(?:tried|before|previous(?:ly)?|last|used\s+to\s+see|had\s+a|saw\s+a|with\s+a)\s+(?:\w+\s+)?$", re.I
)


_CREDENTIALS = re.compile(
    r"\bcredentials?\b|\bqualifications\b|\blicensure\b|\bwhat\s+(?:kind|type)\s+of\s+(?:license|licence|degrees?|therapists?)\b"
    r"|\b(?:are|is)\s+(?:you|y'?all|your\s+(?:therapists?|clinicians?|counsel\w+|providers?|staff)|they|she|he|dana|sam|"
    r"everyone|the\s+therapists?)\s+(?:all\s+|both\s+|fully\s+)?licensed\b(?!\s+(?:in|to\s+practice\s+in|for)\b)"
    r"|\b(?:is|are)\s+(?:anyone|someone|any\s+of\s+(?:you|them))\s+(?:there\s+)?(?:an?\s+)?(?:lpc|lcsw|licensed\s+psychologist|psychologist|phd|psyd)s?\b"
    r"|\b(?:is|are)\s+(?:dana|sam|she|he|they|you|your\s+therapists?)\s+(?:an?\s+|both\s+)?(?:lmft|lpc|lcsw|licensed\s+(?:therapist|counsel\w+|psychologist|social\s+worker|professional)|psychologist|phd|psyd)s?\b"
    r"|\bcredenciales\b|\b(?:tienen|tiene)\s+licencia\b(?!\s+(?:en|para)\b)",
    re.IGNORECASE,
)
"""'What are your clinicians' credentials? Is anyone an LPC or psychologist?': the config's therapists answer it
(never "licensed in Washington?", a question of where, answered by the states licensed in)."""


def read_therapist(items: list[Sentence]) -> list[Question]:
    if none_of(items, _GENDER, _FAITH, _LGBTQ, _POC, _CREDENTIALS, _FIT) and not _NAMED.search(whole(items)):
        return []  # _NAMED keeps its capital letters, so the (lower-case) prefix index cannot vouch for it
    values: list[str] = []
    where = ""
    for s in items:
        found: list[str] = []
        genders = list(_GENDER.finditer(s.text))
        # "not sure he'll open up to a woman, is there a male counselor?": the one asked for, not the one doubted
        # "We tried once before with a male therapist ... we'd both be more comfortable with a woman": the one before
        genders = [g for g in genders if not _HAD_BEFORE.search(s.text[max(0, g.start() - 40) : g.start()])] or genders
        gender = next((g for g in genders if _ASKED_FOR.search(s.text[max(0, g.start() - 25) : g.start()])), None)
        gender = gender or (genders[0] if genders else None)
        if gender:
            word = next(g for g in gender.groups() if g).lower()
            female = word in _FEMALE_WORDS
            # "He flat out refuses to talk to a woman": the one refused, so the other is the one wished for
            window = s.text[max(0, gender.start() - 40) : gender.start()]
            # not "he won't mind a male therapist", "I don't care if it's a man or a woman"
            if _REFUSES.search(window) and not re.search(r"\b(?:mind|care|problem|issue)\b", window, re.I):
                female = not female
            found.append("female" if female else "male")
        faith = _FAITH.search(s.text)
        if faith:
            found.append((faith.group(1) or "christian").lower())
        if _LGBTQ.search(s.text) and _AFFIRMING.search(s.text):
            found.append("lgbtq")
        if _POC.search(s.text):
            found.append("poc")
        if _FIT.search(s.text) and not any(v.startswith("fit:") for v in values):
            found.append("fit:" + evidence(s, 160))  # staff say who on the team fits, in the words they used
        if (s.asks or "?" in s.text) and _CREDENTIALS.search(s.text):
            found.append("credentials")
        named = _NAMED.search(s.text)
        if named:
            found.append("named:" + next(g for g in named.groups() if g).lower())
        for value in found:
            if value not in values:
                values.append(value)
                where = where or evidence(s)
    return [Question(Kind.THERAPIST, tuple(values), where)] if values else []


gated(_LANGUAGE, _GENDER, _FAITH, _LGBTQ, _POC, _CREDENTIALS, _FIT)
