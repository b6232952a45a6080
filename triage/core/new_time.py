"""The time a client asks to move a session to, as they said it ("could we do 5:30?", "push Thursday to 6"), and
never the time they have ("move my Thursday 5:30 to Saturday morning" asks for no 5:30)."""

from __future__ import annotations

import re

from triage.core.reading.days import read_when


def time_asked(evidence: str) -> str:
    """The new time in the sentence that asks for it, said as a reply would say it back ("5:30", "6pm"), or ""."""
    at = _new_clock(evidence)
    hour = _BARE_HOUR.search(evidence) or _DAY_AT_HOUR.search(evidence)
    if hour and at and at.start() < hour.start():
        at = None  # "I don't get off until 5:30. Could we make it 6 instead?": the hour asked comes after
    return at.group(0) if at else _hour_said(int(hour.group("hour"))) if hour else ""


_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d\s*(?:am|pm)?|\s*(?:am|pm))(?!\w)", re.IGNORECASE)
# "can we make it 3 instead of 2 same day?", "push it to 5?": an hour without am/pm, said as the new time
_BARE_HOUR = re.compile(
    # "could we push Thursday to 6 instead of 5?"
    r"\b(?:make\s+it|do|(?:push|move)\s+(?:it|us|me|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?(?:\s+session)?)\s+(?:back\s+)?to"
    r"|come\s+(?:in\s+)?at"
    # "Any chance I could move tomorrow's 9am to 11?": the hour after the one they have
    r"|(?:move|push|shift|switch|change)\s+(?:\w+(?:'s)?\s+){0,2}\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+to)\s+"
    r"(?P<hour>1[0-2]|[1-9])(?:\s*o'?clock)?(?=\s+(?:instead|rather|same\s+day|that\s+day|on\s+\w+day|this\s+\w+day|tomorrow)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)


_DAY_AT_HOUR = re.compile(
    r"\b(?:(?:get|go|come|start)\s+back\s+on|(?:could|can)\s+(?:i|we)\s+(?:do|have|switch\s+to|move\s+(?:it\s+|her\s+|him\s+|them\s+|us\s+|me\s+)?to))\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+at\s+(?P<hour>1[0-2]|[1-9])(?![:\d])(?!\s*(?:am|pm|a\.m|p\.m))",
    re.IGNORECASE,
)
"""'Can I get back on Thursdays at 6?': an hour said without am or pm."""


def _hour_said(hour: int) -> str:
    """An hour said bare: 1 to 7 can only be the afternoon or evening in a therapy office's day, 9 to 11 the morning."""
    if 1 <= hour <= 7:
        return f"{hour}pm"
    if 9 <= hour <= 11:
        return f"{hour}am"
    return "noon" if hour == 12 else f"{hour} o'clock"


def _new_clock(text: str) -> re.Match[str] | None:
    """The time asked for, not the one they have: "move my Thursday 5:30 appointments to Saturday mornings" asks
    for no 5:30."""
    for m in _CLOCK.finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 40]
        if _OLD_CLOCK.search(before) or (_SESSION_AFTER.match(after) and not _TO_NEW.search(before)):
            continue
        if _MOVED_ON.match(after):  # "Any chance Elijah's Monday 4:00 could move to 5:30": the time they have
            continue
        if _CANT_DO.match(after):
            continue  # "4pm is tough now because of swim practice. Any chance of 5:30?": the time they can't make
        if _THEIR_DAY.match(after):
            continue  # "cargo logistics with 4am starts, so early afternoons would be best": their day, not the time
        if _WROTE_AT.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # "I emailed to cancel on Monday the 16th at 9:52am": when they wrote, not a time they want
        return m
    return None


_OLD_CLOCK = re.compile(
    r"\b(?:my|our|from|usual|regular)\s+(?:\w+day\s+)?(?:at\s+)?$"
    r"|\b(?:get|getting|am|i'?m)\s+off(?:\s+work)?\s+(?:until|till|til|at)\s+$|\b(?:work|working)\s+(?:until|till|til)\s+$"
    # "could I move this Thursday's 6pm to Saturday morning?": the session moved, not the time asked for
    r"|\b(?:move|moving|shift|push|reschedule)\s+(?:my\s+|our\s+|this\s+|next\s+|the\s+)?(?:\w+day|tomorrow|today|tonight)(?:'s|s)?\s+(?:at\s+)?$"
    # "move next Thursday's session (Nov 19 at 5:30)": the session's own time, in brackets after it
    r"|\b(?:session|appointment|appt)\s*\([^()]{0,24}$"
    # "in the morning instead of 4pm", "Elijah's Monday 4:00": the time they have now
    r"|\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|our\s+|my\s+|his\s+|her\s+)?(?:usual\s+|regular\s+)?$"
    r"|\b[a-z]+'s\s+(?:usual\s+|regular\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:at\s+)?$",
    re.IGNORECASE,
)
_CANT_DO = re.compile(
    r"\s*(?:(?:is|are|'s)\s+(?:\w+\s+)?(?:tough|hard|impossible|out|bad|difficult|tricky|no\s+good|not\s+(?:good|great|possible))\b"
    r"|(?:doesn'?t|won'?t|does\s+not|will\s+not|no\s+longer)\s+work)",
    re.IGNORECASE,
)
_THEIR_DAY = re.compile(r"\s*(?:starts?|shifts?|wake[-\s]?ups?|alarms?)\b", re.IGNORECASE)
_WROTE_AT = re.compile(
    r"\b(?:emailed|called|texted|wrote|sent|messaged|left\s+a\s+(?:message|voicemail))\b[^.?!]{0,60}\bat\s+$",
    re.IGNORECASE,
)
_MOVED_ON = re.compile(
    r"\s*(?:(?:session|appointment|appt|slot)s?\s+)?(?:\w+\s+){0,2}?(?:move|moved|go|switch|change|push|shift|bump)(?:ed)?\s+"
    r"(?:back\s+|up\s+)?to\s+\d",
    re.IGNORECASE,
)
_SESSION_AFTER = re.compile(
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:appointments?|sessions?|appts?|slot)\b", re.IGNORECASE
)
_TO_NEW = re.compile(r"\b(?:to|for|into)\s+(?:a\s+|the\s+)?(?:\w+day\s+)?$", re.IGNORECASE)


def after_hour(evidence: str) -> str:
    """'Tuesday or Wednesday after 4?': the hour they can come from, said back with the days ("4pm"), or ""."""
    after = _AFTER.search(evidence)
    hour = int(after.group(1)) if after else 0
    return f"{hour}pm" if 1 <= hour <= 8 else ""


def ruled_out_beside(*said: str) -> list[str]:
    """The days ruled out where a time is asked ("Any afternoon but Monday"), not a day of this week they can't make
    ("I need to be at the hospital Thursday")."""
    out: list[str] = []
    for x in dict.fromkeys(said):
        if x and _BUT.search(x):
            out += [d for d in read_when(x).ruled_out if d not in out]
    return out


_AFTER = re.compile(
    r"\b(?:after|despu[ée]s\s+de\s+las|a\s+partir\s+de\s+las)\s+(\d{1,2})(?!:\d)(?:\s*(?:pm|p\.m\.))?\b", re.I
)
_BUT = re.compile(
    r"\b(?:but|except|other\s+than|menos|excepto)\s+(?:on\s+|el\s+|los\s+)?(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|"
    r"mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)",
    re.IGNORECASE,
)
