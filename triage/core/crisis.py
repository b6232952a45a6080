"""High-recall crisis lexicon (English and Spanish): the phrases that mean a person may not be safe.

The model catches what is worded in ways no list foresees; this layer makes sure the plain statements are never
missed, whatever the model thinks, and names the phrase that triggered the decision.
"""

from __future__ import annotations

import re

from triage.core.crisis_clinical import CrisisHit, clinical_risk, sentence_at
from triage.core.crisis_lexicon import ENGLISH as _EN
from triage.core.crisis_lexicon import SPANISH as _ES
from triage.core.crisis_safety import EXPLAINED_AWAY, IDIOM_FINDER, MEANT_NO_HARM, PAST, RULED_OUT, SAFE
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


def crisis_in(text: str) -> CrisisHit | None:
    """The lexicon's hit, else clinical shorthand: what makes a message a crisis whatever the model says."""
    return find_crisis(text) or clinical_risk(text)


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
            start, sentence = sentence_at(text, match.start())
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
    rf"|(?:{EXPLAINED_AWAY})\b)"
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
