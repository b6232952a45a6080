"""How sessions are held: by video, in person or by phone, as asked or wished for ("telephone sessions would be
ideal"), never as told of a life ("he's stopped seeing friends in person") or of a card ("can I update it over the
phone?")."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence, evidence, gated, none_of
from triage.core.request import Kind, Question

VIDEO = re.compile(
    r"\b(?:video(?![-\s]?gam)|telehealth|tele-health|virtual(?:ly)?|online(?!\s+(?:gam|class|school|poker|bett))|zoom|"
    r"remote(?:ly)?|teletherapy|telemedicine|doxy|facetime|por\s+video|videollamada|en\s+l[ií]nea|virtuales?"
    r"|(?:over|on|via|through)\s+(?:the|a|my)\s+(?:computer|laptop|ipad|tablet))\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(
    r"\bin[-\s]person\b|\bin\s+(?:the\s+|an\s+)?(?:actual\s+)?office\b"
    # "it would need to be in your office" (but not "is there a dog in your office?")
    r"|\b(?:be|come|meet|sessions?|visits?|appointments?|see\s+(?:me|us|him|her|them))\s+(?:\w+\s+){0,2}in\s+your\s+office\b|\bface[-\s]to[-\s]face\b|\bcome\s+(?:in\s+)?(?:in|into|to)\s+(?:the|your|an)\s+office\b"
    r"|\bpresencial\w*|\ben\s+persona\b|\ben\s+(?:el|su)\s+consultorio\b"
    r"|\bcome\s+(?:in|into|to|down\s+to|up\s+to|over\s+to)\s+portland\b",  # "or would I need to come to Portland?"
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"\b(?:phone|telephone)\s+(?:sessions?|therapy|calls?\s+instead)|\bswitch\s+to\s+(?:tele)?phone(?:\s+calls)?\b|\b(?:over|on|by)\s+the\s+(?:tele)?phone\b"
    r"|\bby\s+(?:tele)?phone\b(?!\s+calls)|\bpor\s+tel[ée]fono\b",
    re.I,
)


_PHONE_WISH = re.compile(r"\b(?:tele)?phone\s+(?:sessions?|therapy|appointments?)\b", re.IGNORECASE)


_SOCIAL_IN_PERSON = re.compile(
    # "do you see people in person?" asks how we see clients; "I avoid seeing people in person" tells of a life
    r"(?<!you\ssee\s)(?<!you\smeet\s)(?<!you\streat\s)"
    r"\b(?:friends|people|family|anyone|socially|classmates|co-?workers|others)\s+in[-\s]person\b",
    re.IGNORECASE,
)


_RATHER_NOT = re.compile(
    r"\bthan\s+(?:do(?:ing)?\s+it\s+|do\s+)?(?:over|on|by|via)?\s*(?:a\s+|the\s+)?(?:video|zoom|phone|screen|computer|laptop|ipad|tablet)\b"
    r"|\binstead\s+of\s+(?:by\s+|over\s+|on\s+)?(?:a\s+|the\s+)?(?:video|zoom|phone|in[-\s]person|computer|screen)\b",
    re.I,
)


def _rather_not(text: str) -> str:
    found = _RATHER_NOT.search(text)
    return found.group(0) if found else ""


CANT_COME = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to|won'?t\s+be\s+able\s+to|not\s+able\s+to|no\s+way\s+(?:i|we)\s+can)\s+"
    r"(?:\w+\s+){0,2}?(?:come|get|make\s+it|drive|travel)\s+(?:in\s+)?(?:in|into|to|down\s+to)\s+(?:the|your|an)\s+office\b",
    re.IGNORECASE,
)
_UPDATED_ONLINE = re.compile(
    r"\bonline\s+(?:\w+\s+){0,3}(?:update|pay|enter)\b|\b(?:update|pay|enter)\s+(?:\w+\s+){0,4}online\b",
    re.IGNORECASE,
)


def read_modality(items: list[Sentence]) -> list[Question]:
    if none_of(items, VIDEO, _IN_PERSON, _PHONE):
        return []
    values: list[str] = []
    where = ""
    for s in items:
        for value, pattern in (("video", VIDEO), ("in_person", _IN_PERSON), ("phone", _PHONE)):
            if (
                pattern.search(s.text)
                and value not in values
                and not re.search(r"\bonline\s+(?:booking|form|portal|profile|search)", s.text, re.I)
                # "he's stopped seeing friends in person" is his life, not how sessions are held
                and not (value == "in_person" and _SOCIAL_IN_PERSON.search(s.text))
                # "thanks for being so kind on the phone" asks for nothing; "telephone sessions would be ideal" does
                and (value != "phone" or s.asks or bool(_PHONE_WISH.search(s.text)))
                # "can I update it over the phone?" is about a card, not sessions
                # "or is there somewhere online I update it?": a card updated online, not sessions held there
                and not (value == "video" and _UPDATED_ONLINE.search(s.text))
                and not (
                    value == "phone"
                    # "¿Se las puedo dar por teléfono?" after a declined card: the card's numbers, given by phone
                    and re.search(
                        r"\b(?:update|pay|card|payment|number|give\s+it|read\s+it|tarjeta|pagar|pago|actualizar)\b"
                        r"|\b(?:dar|darle|darles|dárselas|dárselos)\b|\b(?:se|le)\s+(?:las|los|la|lo)\s+(?:puedo|podría)\s+dar\b"
                        # "Before I reach out by phone I wanted to ask a few things": how they'll contact us
                        r"|\b(?:reach\s+out|contact\s+you|get\s+in\s+touch|follow\s+up)\s+by\s+(?:tele)?phone\b",
                        s.text,
                        re.I,
                    )
                )
                # "we'd rather sit in an actual office than do it over video": the way they would rather not
                and not pattern.search(_rather_not(s.text))
                # "about three and a half hours from Portland, so I couldn't come to your office": not in person
                and not (value == "in_person" and CANT_COME.search(s.text))
            ):
                values.append(value)
                where = where or evidence(s)
            # "back in town - in person?" (the subject), then "in person again, instead of video": the switch's words
            if value in values and _SWITCHY.search(s.text) and pattern.search(s.text) and not _SWITCHY.search(where):
                where = evidence(s)
    switched = _FROM_TO.search(" ".join(x.text for x in items))
    if switched and len(values) > 1:
        # "switch from video to in person starting with my May 12 session": the way they switch to, not from
        values = ["in_person"] if switched.group("to").lower().startswith(("in", "the", "office")) else ["video"]
    return [Question(Kind.MODALITY, tuple(values), where)] if values else []


_FROM_TO = re.compile(
    r"\bfrom\s+(?:video|zoom|telehealth|online|virtual|in[-\s]person)\s+(?:sessions?\s+)?(?:back\s+)?to\s+"
    r"(?P<to>in[-\s]person|the\s+office|office|video|zoom|telehealth|online|virtual)\b",
    re.IGNORECASE,
)
_SWITCHY = re.compile(r"\binstead\b|\bswitch\w*|\bagain\b|\bback\s+to\b|\bfrom\s+now\s+on\b", re.IGNORECASE)


gated(VIDEO, _IN_PERSON, _PHONE)
