"""What the quoted thread already settled: a time staff offered, an insurer they named, that they are a client."""

from __future__ import annotations

import re

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)"
)
_TIME = r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|noon|\d{1,2}\s*(?:de\s+la\s+(?:ma[ñn]ana|tarde)))"
_OFFER = re.compile(
    rf"\b(?:i|we|she|he|dana|sam)\s+(?:have|has|could|can|'ve\s+got|have\s+got)\s+(?:\w+\s+){{0,4}}?(?:opening|spot|slot|availability|time|see\s+you|offer|consultation|appointment|intake)"
    rf"[^.?!]{{0,60}}?(?:{_DAY}|{_TIME})|\b(?:would|does|could|will)\s+{_DAY}[^.?!]{{0,25}}?{_TIME}[^.?!]{{0,20}}(?:work|suit)"
    rf"|\bhow\s+(?:about|does)\s+{_DAY}[^.?!]{{0,25}}?{_TIME}|\b(?:i\s+could|i\s+can|we\s+can)\s+see\s+you\s+{_DAY}"
    rf"|\b(?:tengo|tiene|tenemos)\s+(?:disponible|un\s+espacio|espacio|un\s+hueco|hueco)[^.?!]{{0,60}}?(?:{_DAY}|{_TIME})|\ble\s+puedo\s+ofrecer\b"
    rf"|\b{_DAY}\s+(?:at\s+)?{_TIME}\s+(?:is\s+open|is\s+available|works\s+for\s+us)"
    # "Sam Okafor has an opening for your first couples session on Saturday, April 18 at 11am": any therapist's name
    rf"|\bhas\s+(?:an?\s+)?(?:video\s+|in[-\s]person\s+|first\s+|new\s+)?(?:opening|spot|slot|time)\b[^.?!]{{0,60}}?(?:{_DAY}|{_TIME})"
    rf"|\b(?:open|available|free)\s+(?:this\s+|next\s+|on\s+)?{_DAY}[^.?!]{{0,20}}?{_TIME}"
    rf"|\bwhich\s+(?:one|time|of\s+(?:these|those|them))\s+(?:suits|works)"
    rf"|\b(?:i|we)\s+(?:have|can\s+offer)\s*:[\s>*•-]*{_DAY}|\breply\s+with\s+the\s+one\s+that\s+works\b"
    # "We can move you to Wednesday at 6:00pm or Saturday at 11:00am. Just let us know which you'd prefer."
    rf"|\b(?:i|we)\s+(?:can|could)\s+(?:move|switch|put|fit)\s+(?:you|him|her|them)\s+(?:in\s+)?(?:to|on|at)\s+{_DAY}"
    rf"|\blet\s+(?:us|me)\s+know\s+which\s+(?:you'?d\s+prefer|works|suits|one)"
    # "The soonest opening with Dana is Saturday, January 23 at 10:00am ... Would that work?"
    rf"|\b(?:soonest|next|earliest|first)\s+(?:available\s+)?(?:opening|availability|slot|appointment|spot)\b[^.?!]{{0,30}}?\bis\s+(?:on\s+)?{_DAY}",
    re.IGNORECASE,
)
_CLIENT_THREAD = re.compile(
    r"\byour\s+(?:next\s+|upcoming\s+|last\s+)?(?:session|appointment)\b|\breceipt\s+for\s+your\b|\bsee\s+you\s+"
    r"(?:next|on|this)\b|\bsu\s+(?:pr[óo]xima\s+)?(?:cita|sesi[óo]n)\b|\b(?:the|your)\s+\$\d+\s+(?:balance|charge)\b"
    r"|\byour\s+(?:balance|invoice|statement|superbill|card\s+on\s+file)\b"
    r"|\bi\s+have\s+you\s+(?:down|booked|scheduled|on\s+the\s+(?:calendar|schedule))\s+for\b",
    re.IGNORECASE,
)


_DECLINE = re.compile(
    # not "won't make it to the office in time, but Chidi can log on from home": the place, not the time
    r"\b(?:can'?t|cannot|can\s+not|won'?t|couldn'?t)\s+(?:make|do|come|manage)\b(?!\s+it\s+(?:in)?to\s+the\s+office)|\b(?:doesn'?t|does\s+not|don'?t|won'?t)\s+"
    r"(?:really\s+)?work\b|\bneither\s+(?:of\s+(?:those|these|them)\s+)?(?:quite\s+)?works?\b|\bnone\s+of\s+(?:those|these|them)\b"
    r"|\bno\s+puedo\b|\bno\s+me\s+(?:funciona|queda|sirve)\b|\bninguno\s+de\b|\bno\s+podemos\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+(?:is|would\s+be)\s+(?:tough|hard|difficult|tricky|a\s+stretch|too\s+(?:early|late))\b"
    # "I didn't realize when I said yes that Saturday the 28th is a custody weekend ... any Thursday instead?"
    r"|\b(?:didn'?t|did\s+not)\s+realize\s+when\s+i\s+said\s+yes\b|\b(?:any|another)\s+\w+\s+you\s+could\s+do\s+instead\b"
    # "Mondays are out now (training all day) ... Do you have anything Thursday evening instead?"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:are|is)\s+(?:out|no\s+good|off\s+the\s+table|impossible)\b"
    # "Unfortunately Monday evenings are my partner's night shift. Does Sam have anything on a Saturday instead?"
    r"|\bunfortunately\b[^.!?]{0,40}\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:\w+\s+){0,2}"
    r"(?:are|is|won'?t|doesn'?t|don'?t|isn'?t|aren'?t)\b|\bsaid\s+yes\s+to\s+\w+\s+too\s+(?:quickly|fast|soon)\b"
    # "unfortunately she works Thursdays, but she could do a Saturday"
    r"|\bunfortunately\b[^.!?]{0,20}\b(?:i|she|he|we|they)\s+(?:work|works|have|has)\s+(?:\w+\s+){0,2}"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
    r"|\b(?:could|can)\s+(?:we|i)\s+(?:do|have|try|make\s+it)\s+(?:\w+\s+){0,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day[^.!?]{0,30}"
    r"\binstead\s*\?|\banything\b[^.!?]{0,40}(?:mon|tues|wednes|thurs|fri|satur|sun)day[^.!?]{0,20}\binstead\s*\?"
    # "10 works for Ayumi, but I coach until 10:30 that morning. Is there anything at 11 or 12 instead?"
    r"|\b(?:is\s+there|do\s+you\s+have|does\s+\w+\s+have)\s+anything\b[^.!?]{0,40}\binstead\s*\?",
    re.IGNORECASE,
)


_DAY_HOUR_OK = (
    r"(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+"
    r"(?:is\s+)?(?:good|fine|ok|okay|great|perfect)"
)
"""'sat 10 good': one of the times offered, taken in a few words."""
_ACCEPT = re.compile(
    r"\b(?:works|worked|(?:would|will|that'?ll|that\s+will)\s+work|perfect|sounds\s+(?:good|great|perfect)|great|yes|yep|yeah|i'?ll\s+take|let'?s\s+do|book\s+me|"
    r"see\s+you|that'?s\s+fine|fine\s+by\s+me|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+|am|pm)\s+(?:is|sounds)\s+(?:fine|good|great|ok|okay)\b|good\s+for\s+me|(?<!for\s)confirm\w*|i\s+can\s+(?:do|make)|count\s+me\s+in|"
    # (not "5 or later would be best": a wish for a time, none of ours taken)
    r"(?:day|\d|am|pm)\s+(?!or\s+(?:later|earlier|after|before))(?:\w+\s+){0,2}would\s+be\s+(?:good|great|perfect|fine|best|ideal|wonderful)|"
    r"me\s+(?:queda|viene|sirve)\s+bien|perfecto|me\s+sirve|est[áa]\s+bien|"
    # "sí" (yes), also typed without its accent, but not "si se puede" ("if it can be done"): that "si" is "if"
    r"s[ií]\b(?!\s+(?:se|es|no|puede|pueden|hay|tiene|tienen|usted|le|me|nos|fuera|quiere|necesita)\b)|de\s+acuerdo|nos\s+vemos|genial"
    r"|(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\s+(?:\w+\s+){0,2}(?:please|pls|is\s+(?:best|better|good|great))"
    # "tues doesnt work anymore ... sat 10 good"
    rf"|{_DAY_HOUR_OK}"
    r"|(?:the\s+)?(?:first|second|earlier|later)\s+one(?:\s+please)?|el\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)"
    r"\s+por\s+favor)\b",
    re.IGNORECASE,
)


def accepts(text: str) -> bool:
    """They take a time offered ("Thursday at 10 works!", "perfecto, el miércoles me queda bien"), not one they
    will book once their questions are answered ("Great, thanks Dana. Before I book: can I pay with my HSA card?")."""
    if _TIME_TAKEN.search(text):
        return True  # "Thursday the 3rd at 5pm looks good. Before we commit, I want to ask...": that time, pending
    return bool(_ACCEPT.search(text)) and not _BEFORE_BOOKING.search(text)


_TIME_TAKEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\s+)?at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+"
    r"(?:(?:looks|sounds|is)\s+(?:good|great|perfect|fine)|works|would\s+work"
    # "Saturday the 28th at 10 will suit me fine", "Thursday the 12th at 10 would be fine"
    r"|(?:will|would)\s+(?:suit\s+me(?:\s+fine)?|be\s+(?:fine|great|perfect|good|lovely)))\b(?!\s*\?)",
    re.IGNORECASE,
)


_BEFORE_BOOKING = re.compile(
    r"\bbefore\s+(?:i|we)\s+(?:book|schedule|commit|sign\s+up)\b|\bantes\s+de\s+(?:reservar|agendar|confirmar)\b",
    re.IGNORECASE,
)


def declines(text: str) -> bool:
    """They answer a time offered with "I can't make it" (a new time wanted, nothing to confirm), and take no other
    after it ("Thursday at 10 doesn't work, I have class then, but Tuesday at 4 works great!" takes Tuesday)."""
    refused = [m.start() for m in _DECLINE.finditer(text)]
    if not refused:
        return False
    taken = [m.start() for m in _ACCEPT.finditer(text) if m.start() > refused[-1]]
    # "...but Tuesday at 4 works great!" takes a time; "any other weekday works" asks for one
    return not any(
        (_ACCEPTED_AFTER.match(text[at - 8 : at + 40]) and _DAY_AND_HOUR.search(text[max(0, at - 30) : at]))
        or _DAY_HOUR_TAKEN.match(text, at)  # "tues doesnt work anymore ... sat 10 good"
        for at in taken
    )


_DAY_HOUR_TAKEN = re.compile(_DAY_HOUR_OK + r"\b", re.IGNORECASE)


_DAY_AND_HOUR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+$", re.IGNORECASE
)
"""'...but Tuesday at 4 works great!': the day and hour taken (not "nothing before 5 works either", "Friday works")."""


_ACCEPTED_AFTER = re.compile(
    r".{0,8}\b(?:works|work\s+(?:great|perfectly|well|fine)|is\s+(?:perfect|great|fine)|perfect)\b(?!\s*\?)",
    re.IGNORECASE,
)
"""'...but Tuesday at 4 works great!': a time taken after the one refused (not "does Thursday work?")."""


def names_a_time(history: str) -> bool:
    """Whether the quoted thread speaks of any day or hour at all: if not, nothing in it was a time offered."""
    said = "\n".join(line for line in history.splitlines() if not _ATTRIBUTION.search(line))
    return bool(_WHEN.search(said))


_WHEN = re.compile(rf"\b(?:{_DAY}|{_TIME})", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\b(?:wrote|escribi[óo])\s*:|^\s*(?:sent|date|fecha|enviado)\s*:", re.IGNORECASE)
"""'On Tue, Nov 10, 2026 at 8:47 PM ... wrote:': when a mail was sent, not a time anyone offered."""


def staff_offered_time(history: str) -> bool:
    return bool(history) and bool(_OFFER.search(history))


_REPLY = r"^\s*(?:re|aw|rv)\s*:"
_REPLY_SUBJECT = re.compile(_REPLY, re.IGNORECASE)
_CLIENT_SUBJECT = re.compile(
    rf"{_REPLY}.*\byour\s+(?:next\s+|upcoming\s+)?(?:session|appointment|superbill|receipt|invoice|statement)\b"
    rf"|{_REPLY}\s*(?:rescheduling|reschedule|cambio\s+de\s+(?:cita|horario)|welcome\s+back|"
    r"(?:next|upcoming)\s+(?:appointment|session))\b",
    re.IGNORECASE,
)


def is_reply(subject: str | None) -> bool:
    """'Re: ...' (or 'AW:', 'RV:'): they answer something the practice wrote."""
    return bool(subject and _REPLY_SUBJECT.match(subject))


def thread_shows_client(history: str, subject: str | None = None) -> bool:
    """The practice's own earlier words show this is a client: "your next session" quoted, or the subject of our
    mail they answer ("Re: Rescheduling your appointment")."""
    return (bool(history) and bool(_CLIENT_THREAD.search(history))) or bool(subject and _CLIENT_SUBJECT.search(subject))
