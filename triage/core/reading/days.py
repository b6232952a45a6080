"""When they want to come: the weekdays asked for and ruled out, the time of day, and how soon.

Days are read as people write them: "Monday through Thursday" is four days, "weekdays" five, "any day but
Monday" rules one out, "move my Thursday to Friday" wants Friday, and "I wrote on Thursday" wants nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from triage.core.reading.day_events import DAY_TOLD, EVENT, WENT
from triage.core.reading.times_of_day import NOT_A_TIME_WISH, TIME_RE, TIME_REFUSED, TIME_REFUSED_AFTER, URGENCY_RE
from triage.core.reading.work_hours import (
    AT_WORK,
    AT_WORK_UNTIL,
    DAY_OFF,
    IN_CLASS,
    UNTIL_HOUR,
    WORK_EXCEPT,
    WORK_HOURS,
)

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = DAYS[:5]
WEEKEND = DAYS[5:]

_DAY_WORDS: dict[str, str] = {}
for _day, _words in (
    ("monday", "monday mondays mon lunes"),
    ("tuesday", "tuesday tuesdays tue tues martes"),
    ("wednesday", "wednesday wednesdays wed weds miercoles miércoles"),
    ("thursday", "thursday thursdays thu thur thurs jueves"),
    ("friday", "friday fridays fri viernes"),
    ("saturday", "saturday saturdays sat sabado sábado sabados sábados"),
    ("sunday", "sunday sundays sun domingo domingos"),
):
    for _word in _words.split():
        _DAY_WORDS[_word] = _day
_SHORT = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"})
"""Abbreviations are also words ("I sat", "the sun", "we wed"): they count only beside a day, a time or a slash."""
SHORT_DAYS = tuple(sorted(_SHORT, key=len, reverse=True))


def day_of(word: str) -> str:
    """The weekday a day word names ("sat", "Sábados", "thurs"): "saturday", "thursday"."""
    return _DAY_WORDS[word.lower()]


_GROUP = re.compile(
    r"\b(?P<weekdays>weekdays?|week\s?days?|entre\s+semana|d[ií]as\s+de\s+semana|monday\s*-\s*friday)\b"
    # ("a Gottman weekend workshop", "a weekend retreat": something they did, not days they want)
    r"|\b(?P<weekend>week\s?ends?|fines?\s+de\s+semana|s[áa]bados?\s+y\s+domingos?)\b"
    r"(?!\s+(?:workshop|retreat|intensive|course|seminar|class|trip|getaway|shifts?|job|conference|program))",
    re.IGNORECASE,
)
_PAST_WEEK = re.compile(
    r"\b(?:last|past|this\s+past|over\s+the|that|el\s+pasado|el\s+fin\s+de\s+semana\s+pasado"
    r"|valentine'?s|memorial\s+day|labor\s+day|thanksgiving|easter|christmas|the\s+holiday|the\s+long|snowstorm)\s*$",
    re.I,
)
_DONE_THEN = re.compile(
    r"\b(?:called|talked|went|saw|visited|spent|had|did|was|were|got|took|made|tried|finished|started)\b[^.?!,]{0,25}\bthis\s*$"
    r"|\b(?:spending|spends|gaming|drinking|partying|plays?|playing|sleeps?|sleeping|fights?|fighting)\b[^.?!,]{0,30}\bon\s*(?:the\s+)?$"
    # "i haven't had a real weekend since august": a weekend missed, not one wished for
    r"|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|not|never)\s+(?:had|gotten|got)\s+(?:a\s+)?(?:real|proper|single|free|full|whole)?\s*$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True)) + r")\b\.?", re.I)
_MOVED_DAY = re.compile(r"\b(?:push|move|swap|bump)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""'Could we push Thursday to Monday?': the day before the "to" is moved from, no range begins there."""
_EVERY_OTHER = re.compile(r"\bevery\s+other\s+$", re.IGNORECASE)
"""'with her mom in Salem every other weekend': a custody schedule, not weekends wished for."""
_ONLY_DAY = re.compile(
    r"\s+(?:is|are)\s+(?:my|our|his|her|the)\s+only\s+(?:free\s+)?(?:day|days|day\s+off|days\s+off|option)\b",
    re.IGNORECASE,
)
_THE_ONLY = re.compile(r"\b(?:the|my)\s+only\s+$", re.IGNORECASE)
_RANGE_WORD = re.compile(r"^\s*(?:-|–|—|to|thru|through|till|until|a|al|hasta)\s*$", re.IGNORECASE)

_EXCLUDE_BEFORE = re.compile(
    r"(?:\b(?:can'?t|cannot|can\s+not|couldn'?t|won'?t|(?<!\bif\s)not|except|excepto|menos|never|besides|other\s+than|"
    r"(?:any\s+(?:week)?day|every\s+(?:week)?day|weekdays?)\s+save(?:\s+for)?|apart\s+from|excluding|"
    r"anything\s+but|any\s+(?:week)?(?:day|night)s?\s+but|any\s+(?:morning|afternoon|evening|time)s?\s+but|weekdays?\s+but|but\s+not|instead\s+of|no|avoid|unavailable|busy|i\s+work|trabajo|court|"
    # "my company just moved our all-hands to Tuesday afternoons": the day a meeting now takes
    r"(?:moved|switched|changed)\s+(?:our|the|my|their)\s+(?!(?:\w+\s+)?(?:sessions?|appointments?|appts?|slots?|times?)\b)"
    r"(?:[\w-]+\s+){1,2}to|"
    # "Neither of us can do Mondays", "I'm on site Mondays and Wednesdays until 7"
    r"neither\s+of\s+(?:us|them)\s+can|none\s+of\s+us\s+can|(?:i'?m|i\s+am|we'?re)\s+on[-\s]?site|"
    # "she has swim practice on Mondays and Wednesdays": the days an activity takes
    r"(?:has|have|'s\s+got|got)\s+(?:\w+\s+){0,2}(?:practices?|class(?:es)?|lessons?|games?|rehearsals?|tutoring|clinicals?"
    r"|shifts?|dialysis|chemo|meets?|matches|midterms?|exams?|finals|interviews?|surgery|procedures?)|"
    r"i\s+travel|traveling|travelling|on\s+the\s+road|out\s+of\s+town|(?:i'?m|i\s+am|we'?re|he'?s|she'?s)\s+(?:usually\s+|mostly\s+)?(?:out|away|gone)|(?:has|have|needs?)\s+to\s+be\s+(?:in|at)\s+(?:the\s+)?\w+)\b|\bno\s+puedo"
    r"|\bno\s+voy\s+a\s+poder|\bno\s+podr[ée]"
    # "Solo puedo los sábados porque cuido a mis hijos entre semana": the days taken by the children
    r"|\bcuido\s+a\s+(?:mis|mi|los|las)\s+\w+"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to)\s+be\s+(?:at|in|away|out|gone|stuck)\b[^.?!]{0,40}?\ball\s+day)"
    r"(?:\s+(?:do|make|make\s+it(?:\s+in)?|come|on|the|a|los|las|el|la|work|for|any|in|all\s+day|mornings?|evenings?|afternoons?|ir|asistir|"
    r"llegar|venir|be\s+able\s+to)){0,3}\s*$",
    re.IGNORECASE,
)
_EXCLUDE_AFTER = re.compile(
    r"^\s*(?:bounce\s+around|vary|keep\s+changing|are\s+(?:unpredictable|all\s+over\s+the\s+place))\b"  # a shift rota
    r"|^\s*(?:and\s+\w+\s+)?(?:are|is|'s)?\s*(?:basically\s+|pretty\s+much\s+|mostly\s+|totally\s+|just\s+|really\s+|always\s+"
    r"|very\s+|so\s+|super\s+|pretty\s+|quite\s+)?(?:out|bad|impossible|no\s+good|a\s+no|tough|hard|booked|taken|difficult|tricky|packed|slammed|busy|full|chaos|chaotic|crazy|hectic|insane|nuts|brutal|a\s+mess)\b"
    # (not "late afternoon on a weekday, and he can't do Thursdays": the days that follow are the ones out)
    r"|^\s*,?\s*(?:so|and)\s+(?:i|she|he|we|they)\s+(?:can'?t|cannot|won'?t|will\s+not)\s+(?:make|come|do|be\s+there)\b"
    r"(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)\w*)"
    r"|^\s*\)?\s*,?\s*(?:so\s+)?(?:those|these|those\s+\w+|the\s+\w+)\s+(?:days\s+)?(?:are|'re)\s+(?:out|no\s+good|impossible|taken)\b"
    r"|^\s*(?:and\s+\w+\s+)?(?:don'?t|doesn'?t|won'?t|wouldn'?t|do\s+not|does\s+not|aren'?t|isn'?t|are\s+not|"
    r"is\s+not|never)\s+(?:work|works|do|good|possible|available|an\s+option)"
    r"|^\s*(?:is|are)\s+not\s+(?:available|possible|an\s+option)|^\s*no\s+(?:me\s+)?(?:funciona|sirve|puedo)"
    # "los miércoles tiene partido": the day a game or class takes
    r"|^\s*,?\s*(?:\w+\s+)?(?:tiene|tengo|tenemos)\s+(?:\w+\s+)?(?:partido|pr[áa]ctica|clase|entrenamiento|trabajo|terapia)"
    r"|^\s*,?\s*(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:driving|flying|traveling|travelling|working|away|out\s+of\s+town|moving|taking)\b"
    r"|^\s*,?\s*no\s+(?:voy\s+a\s+poder|podr[ée])\b|^\s*,?\s*(?:i\s+)?(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:make\s+it|come|do\s+it)\b",
    re.IGNORECASE,
)
_CLOCK = r"(?:at|a\s+las?|@)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_AT_TIME = re.compile(rf"^\s*(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s*,?\s*(?:{_CLOCK})?|{_CLOCK})", re.IGNORECASE)
"""'Thursday at 5 doesn't work', 'Tuesday the 7th at 11 won't work': the one date or time between the day and the
refusal (that one is out, not every Tuesday)."""
_PREFERRED = re.compile(
    r"\b(?:ideally|preferably|prefer(?:ably)?|especially|best\s+(?:would\s+be|is)|even\s+better|most\s+of\s+all|"
    r"if\s+possible|idealmente|preferiblemente|de\s+preferencia)\s*(?:on\s+|a\s+|the\s+|los\s+|el\s+)?$",
    re.IGNORECASE,
)
"""'Weekday mornings, ideally Wednesdays': the day they would most like, answered before the rest."""
_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|due|no\s+later\s+than|antes\s+del?|para\s+el)\s+(?:next\s+|this\s+|the\s+)?$|\b(?:by|before)\s*$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(r"\b(?:cambiar|mover|pasar)(?:la|lo)?\s+(?:para|al)\s+(?:el\s+)?$", re.IGNORECASE)
_ONLY_ON = re.compile(
    r"\b(?:can|could)\s+only\s+(?:go|come|do|make\s+it|be\s+there|come\s+in)\s+(?:on\s+)?(?:a\s+)?", re.IGNORECASE
)
_ONLY_THEN = re.compile(
    r"\b(?:so\s+)?(?:those|these|that)\s+(?:are|is)\s+(?:really\s+)?(?:the\s+|my\s+)?only\s+(?:times?|days?|windows?)\s+(?:i|we)\s+"
    r"(?:can|could|am\s+able\s+to)\b",
    re.IGNORECASE,
)
_PAST_OR_CURRENT = re.compile(
    r"(?:\b(?:wrote|emailed|e-mailed|called|phoned|texted|messaged|left\s+(?:a\s+)?(?:message|voicemail)|"
    r"spoke|talked|since|desde|last|my|our|his|her|usual|regular|current|scheduled|tomorrow'?s?|move|moving|mentioned|"
    r"i\s+saw|i\s+see|i\s+noticed|i\s+read|"
    r"see\s+you|"
    r"switch|change|reschedule|cancel|cancelling|canceling|miss|missed|skip|del|mi|su|cambiar|mover|cancelar)"
    r"(?:\s+(?:you|to\s+you|on|the|this|past|a|an|el|la|de|la\s+cita\s+del|cita\s+del|my|it|that|from|us|me|"
    r"appointment|session|appt|sessions|appointments|appts|are|is|\d{1,2}(?::\d\d)?\s*(?:am|pm)?|"
    # "cancelar la sesión de Diego de este jueves": the session's day
    r"sesi[óo]n|este|esta|de\s+(?-i:[A-ZÁÉÍÓÚ])\w+)){0,5}\s*)$",
    re.IGNORECASE,
)
_BROUGHT = re.compile(r"\b(?:bring|take|drive|drop\s+off|see|meet)\s+(?:her|him|them)\s+(?:on\s+)?$", re.IGNORECASE)
_SESSION_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+)?(?:session|appointment|appt|slot|time|class)\b|^\s*(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+)?(?:session|appointment|appt|slot|time|class|shift|night|cita)\b"
    r"|^\s*(?:i|we)\s+(?:wrote|called|emailed|had|went|was|were|saw|noticed)\b"
    r"|^\s*(?:during|at)\s+(?:our|my)\s+(?:usual\s+|regular\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+)?(?:session|appointment|appt|slot|time)\b",
    re.IGNORECASE,
)
_ROTA_AFTER = re.compile(
    r"\s+(?:overnight|night|day|work|12-hour|twelve-hour)?\s*(?:schedule|shifts?|rotation|rota)\b", re.IGNORECASE
)
"""'I'm on a Sun-Wed overnight schedule, so Thursday or Saturday daytime is best': days at work, not wanted."""
_INDEFINITE = re.compile(
    r"(?<!keeping\s)(?<!keep\s)(?<!holding\s)(?<!hold\s)(?<!saving\s)(?<!save\s)\b(?:a|an|any|some|one|open|available|free)\s+$",
    re.IGNORECASE,
)
"""'a Saturday slot' wanted (not "keeping a Wednesday slot for me", which asks to hold theirs)."""
_BUSY_BEFORE = re.compile(
    r"\b(?:rotations?|clinicals?|practicum|shifts?)\s+(?:are\s+|run\s+)?(?:from\s+|on\s+|every\s+)?$", re.IGNORECASE
)
"""'clinical rotations Monday to Saturday (12 hour shifts) so Sunday is my only free day': days taken."""
_LIST_GAP = re.compile(
    # "Friday evenings or Saturdays": a part of the day said with the first does not break the list
    r"(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\s*(?:,|/|&|and|or|y|o|,\s*(?:and|or))\s*",
    re.IGNORECASE,
)
_TO_NEW = re.compile(r"\b(?:to|for|into|para|al|a)(?:\s+(?:el|la|los|las|the|a|an))?\s*$", re.IGNORECASE)

_ANY_DAY = re.compile(r"\b(?:any\s*(?:day|time)|whenever|flexible|cualquier\s+d[ií]a)\b", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    wanted: tuple[str, ...] = ()
    ruled_out: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    urgency: tuple[str, ...] = ()
    any_day: bool = False
    day_evidence: str = ""
    time_evidence: str = ""
    urgency_evidence: str = ""


def _ordered(days: set[str]) -> tuple[str, ...]:
    return tuple(d for d in DAYS if d in days)


def _span(start: int, end: int, tokens: list[tuple[int, int, str]]) -> list[str]:
    """Days from tokens[start] through tokens[end] in week order ("Monday through Thursday")."""
    a, b = DAYS.index(tokens[start][2]), DAYS.index(tokens[end][2])
    return list(DAYS[a : b + 1]) if a <= b else list(DAYS[a:] + DAYS[: b + 1])


def _tokens(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text):
        word = match.group(1).lower()
        if word in _SHORT:
            after = text[match.end() : match.end() + 12]
            before = text[max(0, match.start() - 12) : match.start()]
            near_day = bool(
                # (a day beside it: "Mon and Sat", not "got off early and sat on a bench")
                re.search(r"(?:mon|tue|wed|thu|fri|sat|sun|day)\w*\.?\s*(?:[/&,-]|\b(?:or|and|y|o))\s*$", before, re.I)
                # "mon tue or thu": a list of short days needs no comma
                or re.match(r"\s*(?:[/&,-]|(?:or|and)\b)?\s*(?:mon|tue|wed|thu|fri|sat|sun)", after, re.I)
            ) or bool(  # "Mon through Wed"
                re.match(r"\s*(?:through|thru|to|till|until)\s+(?:mon|tue|wed|thu|fri|sat|sun)", after, re.I)
                or re.search(
                    r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s+(?:through|thru|to|till|until)\s+$", before, re.I
                )
            )
            if not (
                near_day
                or re.match(r"\.?\s*(?:\d|morning|afternoon|evening|night|am\b|pm\b|a\.m|p\.m)", after, re.I)
                # "any sat openings?": a day asked about, not "I sat"
                or re.match(
                    r"\s*(?:openings?|appointments?|appts?|availability|sessions?|slots?|spots?)\b", after, re.I
                )
            ):
                continue
        found.append((match.start(), match.end(), _DAY_WORDS[word]))
    return found


def _evidence(text: str, start: int, end: int) -> str:
    left = max(
        text.rfind(".", 0, start), text.rfind("?", 0, start), text.rfind("!", 0, start), text.rfind("\n", 0, start)
    )
    stops = [i for i in (text.find(c, end) for c in ".?!\n") if i >= 0]
    right = min(stops) if stops else len(text)
    return " ".join(text[left + 1 : right + 1].split())[:160]


_ASKED_AGAIN = re.compile(r"\b(?:could|can)\s+(?:we|i)\s+(?:do|have)\b[^.?!]*\binstead\b", re.IGNORECASE)
"""'Could we do Saturday the 12th instead?': the weekday of the session moved, asked for again on another date."""
_MOVING = re.compile(
    r"\b(?:move|moving|push|shift|switch|reschedul\w*)\s+(?:my|our|the|this|next|his|her|their)?\s*"
    r"(?:standing\s+|usual\s+|regular\s+|weekly\s+|recurring\s+)?$"
    r"|\bcambiar\s+(?:mi|la|nuestra)\s+(?:cita|sesi[óo]n)\s+(?:del?|para\s+el)\s*$"
    # "¿Podríamos pasar mis citas del jueves al sábado?", "me cambiaron la quimioterapia a los jueves"
    r"|\b(?:pasar|mover|cambiar)\s+(?:mis|mi|la|las|nuestras?)\s+(?:citas?|sesi[óo]n(?:es)?)\s+del?\s*$"
    r"|\bme\s+(?:cambiaron|pusieron|movieron)\s+(?:la\s+|el\s+)?\w+\s+(?:a|para)\s+(?:los|el)\s*$",
    re.I,
)
"""The day of the session they move: not a day they want, however often they name it."""


_TAKEN_BACK = re.compile(
    r"\b(?:never\s*mind|scratch)\s+(?:my|the|that)\s+[^.?!\n]{0,40}?\b(?:question|part|ask|request)\b", re.IGNORECASE
)


@lru_cache(maxsize=512)
def read_when(text: str) -> When:
    """Days wanted and ruled out, times of day and urgency, with the words each came from."""
    if "mind" in text.lower() or "scratch" in text.lower():  # "Never mind the Saturday question, I found your hours"
        text = _TAKEN_BACK.sub(lambda m: " " * len(m.group(0)), text)
    tokens = _tokens(text)
    wanted: set[str] = set()
    ruled_out: set[str] = set()
    moved_from: set[str] = set()
    again: set[str] = set()
    preferred: set[str] = set()
    candidates: list[str] = []
    i = 0
    while i < len(tokens):
        start, end, day = tokens[i]
        before = text[max(0, start - 48) : start]
        if _MOVING.search(before):
            moved_from.add(day)  # "move Monday's session to Wednesday": not a Monday wanted, said again later
        if _MOVED_TO.search(before):  # "¿podemos cambiar para el miércoles?": the day they move to, no deadline
            wanted.add(day)
            candidates.append(_evidence(text, start, end))
            i += 1
            continue
        if _DEADLINE.search(before) or EVENT.search(before) or WENT.search(before) or DAY_TOLD.match(text, end):
            i += 1  # "by Friday": a deadline; "laid off on a Tuesday": something that happened
            continue
        # ("her daughter can bring her Tuesday or Thursday mornings": "her" the one brought, not her Tuesday session)
        current = _PAST_OR_CURRENT.search(before) and not _BROUGHT.search(before)
        # ("dying to get a Saturday slot": a slot wanted, not the one they have)
        if current or (_SESSION_AFTER.match(text[end : end + 40]) and not _INDEFINITE.search(before)):
            # the session they have (or the day they wrote): a "to Friday" after it is what they want
            nxt = i + 1
            if nxt < len(tokens) and _TO_NEW.search(text[end : tokens[nxt][0]]):
                wanted.add(tokens[nxt][2])
                candidates.append(_evidence(text, start, tokens[nxt][1]))
                i = nxt
            i += 1
            continue
        j = i
        group = [day]
        # "Monday through Thursday", "lunes a jueves", "Mon-Thu"
        between = text[end : tokens[i + 1][0]] if i + 1 < len(tokens) else ""
        # (not "push Thursday to Monday": one day moved to another)
        moved = between.strip().lower() == "to" and bool(_MOVED_DAY.search(text[max(0, start - 25) : start]))
        if i + 1 < len(tokens) and _RANGE_WORD.match(between) and not moved:
            group = _span(i, i + 1, tokens)
            j = i + 1
        # "Mondays, Wednesdays and Fridays": the words before the first day decide for the whole list
        while j + 1 < len(tokens) and _LIST_GAP.fullmatch(text[tokens[j][1] : tokens[j + 1][0]]):
            group.append(tokens[j + 1][2])
            j += 1
        last_end = tokens[j][1]
        free = WORK_EXCEPT.search(text[max(0, start - 100) : start]) or DAY_OFF.search(text[max(0, start - 40) : start])
        free = free or _ONLY_DAY.match(text[last_end : last_end + 40])  # "saturday is my only day"
        after = text[last_end : last_end + 60]
        timed_refusal = _AT_TIME.match(after) and _EXCLUDE_AFTER.match(_AT_TIME.sub("", after, count=1))
        if timed_refusal:
            i = j + 1  # "Thursday at 5 doesn't work": that one time is out, not every Thursday
            continue
        conditional = re.search(r"\bif\s+$", before, re.IGNORECASE)  # "if Fridays are impossible": not said they are
        near = text[max(0, start - 40) : start]
        if WORK_HOURS.search(near) or UNTIL_HOUR.match(after) or _ROTA_AFTER.match(after):
            i = j + 1  # "I work 9-5 Monday through Friday", "trabaja de lunes a sábado hasta las 5": hours, not days
            continue
        in_class = IN_CLASS.search(near)
        at_work = AT_WORK.search(text[max(0, start - 80) : start]) or in_class or _BUSY_BEFORE.search(near)
        # "Any time Mon-Wed next week works except Tuesday morning": that morning is out, not the whole Tuesday
        part_of_day = re.match(r"\s+(?:morning|afternoon|evening)\b", after, re.IGNORECASE)
        if part_of_day and (_EXCLUDE_BEFORE.search(before) or in_class):
            i = j + 1
            continue
        if not free and (
            _EXCLUDE_BEFORE.search(before) or at_work or (_EXCLUDE_AFTER.match(after) and not conditional)
        ):
            ruled_out.update(group)
        else:
            wanted.update(group)
            if _ASKED_AGAIN.search(text[max(0, start - 20) : last_end + 40]):
                again.update(group)  # "move our Saturday session ... Could we do Saturday the 12th instead?"
            if _PREFERRED.search(before):
                preferred.update(group)
            candidates.append(_evidence(text, start, last_end))
        i = j + 1
    for match in _GROUP.finditer(text):
        days = WEEKDAYS if match.group("weekdays") else WEEKEND
        before = text[max(0, match.start() - 40) : match.start()]
        if _PAST_WEEK.search(before) or _DONE_THEN.search(before) or _EVERY_OTHER.search(before):
            # "last weekend", "I called her this weekend": when something happened, not when they can come; "with her
            # mom in Salem every other weekend": a custody schedule
            continue
        if WORK_HOURS.search(before) or AT_WORK_UNTIL.match(text[match.end() : match.end() + 40]):
            continue  # "weekdays im at work til 6": the hours are taken, not the days
        if _THE_ONLY.search(before):
            continue  # "Friday? It's the only weekday I'm off": the day named, not all five
        at_work = AT_WORK.search(text[max(0, match.start() - 80) : match.start()]) or IN_CLASS.search(before)
        if _EXCLUDE_BEFORE.search(before) or at_work or _EXCLUDE_AFTER.match(text[match.end() : match.end() + 30]):
            ruled_out.update(days)
        else:
            wanted.update(days)
            candidates.append(_evidence(text, match.start(), match.end()))
    for only in _ONLY_THEN.finditer(text) if not wanted else ():
        # "Bill is at a day program on Tuesdays and Thursdays, so those are the only times I can get away": their days
        start = max(text.rfind(".", 0, only.start()), text.rfind("\n", 0, only.start())) + 1
        named = [t for t in tokens if start <= t[0] < only.start()]
        wanted.update(t[2] for t in named)
        candidates += [_evidence(text, named[0][0], only.end())] if named else []
    only_on = _ONLY_ON.search(text)
    sole = next((t[2] for t in tokens if only_on and only_on.end() <= t[0] <= only_on.end() + 2), None)
    if sole is not None and sole in wanted:
        wanted = {sole}  # "I can only go on Saturday because Monday to Friday I am with my patient"
    wanted -= ruled_out | (moved_from - again)
    if preferred & wanted:
        wanted = preferred & wanted  # "weekday mornings, ideally Wednesdays": Wednesday is the day to answer
    timed = NOT_A_TIME_WISH.sub(lambda m: " " * len(m.group(0)), text)
    wished = [
        (name, m)
        for name, p in TIME_RE
        for m in p.finditer(timed)
        if not TIME_REFUSED.search(timed[max(0, m.start() - 30) : m.start()])
        and not TIME_REFUSED_AFTER.match(timed[m.end() : m.end() + 40])
    ]
    times = tuple(dict.fromkeys(name for name, _ in wished))
    time_match = wished[0][1] if wished else None
    found = [(name, m) for name, p in URGENCY_RE if (m := p.search(text))]
    # "scored 14 at her visit today ... Could you see her next week?": the one asked about comes first
    found.sort(key=lambda nm: "?" not in _evidence(text, nm[1].start(), nm[1].end()))
    urgency = tuple(name for name, _ in found)
    urgency_match = found[0][1] if found else None
    any_day = bool(_ANY_DAY.search(text))
    # "my 2pm isn't going to work going forward. Do you have anything on Fridays?": the asking sentence, if any
    evidence = next((e for e in candidates if "?" in e), candidates[0] if candidates else "")
    if not evidence and ruled_out:
        first = next((t for t in tokens if t[2] in ruled_out), None)
        evidence = _evidence(text, first[0], first[1]) if first else ""
    return When(
        wanted=_ordered(wanted),
        ruled_out=_ordered(ruled_out),
        times=times,
        urgency=urgency,
        any_day=any_day,
        day_evidence=evidence,
        time_evidence=_evidence(text, time_match.start(), time_match.end()) if time_match else "",
        urgency_evidence=_evidence(text, urgency_match.start(), urgency_match.end()) if urgency_match else "",
    )
