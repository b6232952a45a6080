"""Answers about where and how: the office, parking and access, video or in person, and the states the therapists
are licensed in (a client on a trip who cancels is no licence question; one moving away is, for staff)."""

from __future__ import annotations

import re
from functools import lru_cache

from triage.config import Practice
from triage.core.answer_base import Answering, said_with
from triage.core.answers_client import cancels_outright, switch_asked
from triage.core.reading.client_state import SAME_SLOT
from triage.core.reading.states import CITIES, PART_YEAR
from triage.core.request import Intent, Kind, Question

_LICENCE_ASKED = re.compile(r"\blicens\w*", re.IGNORECASE)
_SEEN_THERE = re.compile(
    r"\bvideo|\bsessions?\b|\bsee\s+(?:him|her|them)\b|\btelehealth|\bonline|\bvirtual", re.IGNORECASE
)


def location(p: Answering, q: Question) -> None:
    practice = p.practice
    if p.request.about_someone_else and Kind.COUPLES not in p.request.kinds and _SEEN_THERE.search(q.evidence):
        # "while he is in California", of the son they write for: where the one to be seen is, not a partner
        q = Question(q.kind, tuple(v.removeprefix("partner in ") for v in q.values), q.evidence)
    # "He lives in Vancouver, WA now. Could he join sessions by video from there?": the state is his, not hers too
    theirs = {v.removeprefix("partner in ") for v in q.values if v.startswith("partner in ")}
    q = Question(q.kind, tuple(v for v in q.values if v not in theirs), q.evidence)
    licensed = [s.lower() for s in practice.licensed_in]
    away = [
        v
        for v in q.values
        if v not in ("office", "parking", "accessibility") and v not in licensed and not v.startswith("partner in ")
    ]
    here = [v for v in q.values if v in licensed]
    if p.intent == Intent.CLIENT_REQUEST and here and not away and not said_with(p, q, _LICENCE_ASKED):
        # "driving my son down to Corvallis": a client somewhere in Oregon, said in passing, asks nothing of licences
        p.answered.add(q.kind)
        q = Question(q.kind, tuple(v for v in q.values if v not in here), q.evidence)
        here = []
    in_person = p.request.asks_for(Kind.MODALITY, "in_person")
    kinds = p.request.kinds
    # "cancel the 16th, I'll be in Hawaii", "move Wednesday's session, I'm being sent to Seattle for a training"
    trip = (
        p.intent == Intent.CLIENT_REQUEST
        and bool(kinds & {Kind.CANCEL, Kind.RESCHEDULE})
        and Kind.MODALITY not in kinds
    )
    leaving = p.intent == Intent.CLIENT_REQUEST and p.request.known.ending and Kind.MODALITY not in kinds
    if away and ((trip and not p.request.known.ending) or leaving):
        # "cancel the 16th, I'll be in Hawaii for a wedding"; "I'm moving to Denver, please send my records": no
        # question of sessions there, so no paragraph about licences
        p.answered.add(q.kind)
        q = Question(q.kind, tuple(v for v in q.values if v not in away), q.evidence)
        away = []
    # "I spend the winter at my daughter's in Boise": away for a while; "home for the summer, then moving to Denver
    # in the fall": a move, answered as one
    told = " ".join((q.evidence, *p.request.asked))
    seasonal = said_with(p, q, PART_YEAR) and not any(_moving_there(told, v) for v in away)
    if licensed and away and (here or seasonal or (in_person and p.intent == Intent.NEW_INQUIRY)):
        # "I live in Vancouver, WA but work in Portland: video from home, or must I be in Oregon?": not from
        # home, but in Oregon (at the office, or by video while there) yes. Nothing refused.
        p.add(q.kind, "license", state=away[0], yes=False, states=list(practice.licensed_in), also_here=True)
        q = Question(q.kind, tuple(v for v in q.values if v not in away and v not in here), q.evidence)
    for value in q.values:
        if value.startswith("partner in "):
            where = value.removeprefix("partner in ")
            if where in licensed:
                p.answered.add(q.kind)  # "my husband lives in Salem": in Oregon too, nothing stands in the way
            else:
                place = where if where in ("another state", "another country") else where.title()
                p.flag(q.kind, f"someone who would join lives in {place}: say how sessions can work there")
            continue
        if value == "office":
            if practice.location:
                p.add(q.kind, "location")
            else:
                p.flag(q.kind, "they ask where the office is")
        elif value in ("parking", "accessibility"):
            text = practice.parking if value == "parking" else practice.accessibility
            if text:
                p.add(q.kind, "location_note", text=text)
            else:
                p.flag(q.kind, f"they ask about {value}")
        elif (
            practice.licensed_in
            and value not in licensed
            and _moving_there(" ".join((q.evidence, *p.request.asked)), value)
            and not p.refused
        ):
            # "if we get moved up to Washington in a year, could I keep seeing her by video?": here now, so yes
            # for now; after the move, no. Nothing is refused today.
            p.add(q.kind, "license", state=value, yes=False, later=True, states=list(practice.licensed_in))
            if p.intent == Intent.CLIENT_REQUEST:
                p.staff.append(f"a client who may move to {value.title()}: talk with them about continuing care")
        elif practice.licensed_in:
            states = [s.lower() for s in practice.licensed_in]
            # "work is sending me to Boise for two weeks": away a while, not gone
            # "we'll be at my parents' in Columbus over the holidays ... could we do the 22nd by video from Ohio?"
            said = (*(x.evidence for x in p.request.questions), *p.request.asked)
            # "relocating to Denver to be with my partner" is a move, however "to be with" reads
            trip = p.intent == Intent.CLIENT_REQUEST and any(_A_WHILE.search(x) for x in said)
            trip = trip and not any(_RELOCATING.search(x) for x in said)
            leaving = p.intent == Intent.CLIENT_REQUEST and not trip and value not in states and value != "other state"
            # "could we keep going by video from Denver?" is answered
            leaving = leaving and Kind.MODALITY not in p.request.kinds
            leaving = leaving and not any(_KEEP_GOING.search(x) for x in (q.evidence, *p.request.asked))
            if (
                p.intent == Intent.CLIENT_REQUEST
                and not trip
                and value not in states
                and value != "other state"
                and Kind.MODALITY in p.request.kinds
                and switch_asked(p)
                and not p.request.known.ending
                and not any(_A_MOVE.search(x) for x in (q.evidence, *p.request.asked))
            ):
                # "the roads up here in Vancouver are ice: can we switch my 3pm to video?": a client who lives across
                # the line can't be seen by video from home; at the office, yes; nothing about a move
                p.add(q.kind, "license", state=value, yes=False, states=list(practice.licensed_in), also_here=True)
                p.staff.append(f"they ask for a video session from {value.title()}: offer the office or another time")
                continue
            # "Vivo en Vancouver, Washington, pero trabajo en Portland ... ¿o tendría que ir a su oficina?": here too
            here_too = value not in states and value != "other state" and not trip
            here_too = here_too and (
                _here_too(practice, said)
                or p.request.known.comes_here
                # "I travel to Washington for work sometimes - can I do video from there?": away at times, home here
                or (p.intent != Intent.CLIENT_REQUEST and any(_A_WHILE.search(x) or _AT_TIMES.search(x) for x in said))
            )
            if not leaving and here_too:
                p.add(q.kind, "license", state=value, yes=False, states=list(practice.licensed_in), also_here=True)
            elif value in states and not any(_WHERE_ASKED.search(x) for x in said):
                p.answered.add(q.kind)  # "moved ... to live near me in Portland": here, and nothing asked of it
            elif not leaving:  # a client who has moved away hears from staff how their care goes on, not a rule
                p.add(q.kind, "license", state=value, yes=value in states, states=list(practice.licensed_in), trip=trip)
            else:
                p.answered.add(q.kind)
            if value not in states and value != "other state" and not here_too:
                p.refuse("state")  # neither video nor a booking link can reach them there
                if trip:
                    p.staff.append(
                        f"a client away in {value.title()} for a while: offer sessions for when they're back"
                    )
                elif p.intent == Intent.CLIENT_REQUEST:
                    p.staff.append(f"a client moving to {value.title()}: talk with them about continuing care")
        else:
            p.flag(q.kind, f"they ask whether you can see someone in {value.title()}")


_A_MOVE = re.compile(
    r"\b(?:move|moves|moving|moved|relocat\w*|transfer\w*|closed\s+on|new\s+(?:job|place|house|home))\b"
    r"|\b(?:after|once|when)\s+(?:i|we)(?:'?m|'?re|\s+am|\s+are)?\b|\bup\s+there\b|\bofficially\b",
    re.IGNORECASE,
)
"""A client's move, not a day away: continuing care is talked through with them, not a session by video."""
_RELOCATING = re.compile(r"\brelocat\w*|\bmov(?:e|ing)\s+(?:to|up\s+to|down\s+to|there)\b|\bafter\s+i\s+move\b", re.I)
_KEEP_GOING = re.compile(r"\bvideo\b|\bkeep\b|\bcontinu\w+|\bstill\s+see\b|\btelehealth\b|\bonline\b", re.IGNORECASE)
_TO_OFFICE = re.compile(
    # ("Could we switch my Monday 2pm to in person starting next week?")
    r"\b(?:switch\w*|mov\w+|go(?:ing)?|come|coming|back|transition\w*|change\w*)\s+(?:(?:my|our)\s+(?:[\w:]+\s+){0,3})?"
    r"(?:back\s+)?(?:to|into)\s+"
    r"(?:(?:the\s+)?in[-\s]?person|(?:the\s+)?office|(?:seeing\s+you\s+)?in\s+person)\b",
    re.IGNORECASE,
)
"""A client's switch to the office ("switch to in-person for our Wednesday sessions starting Dec 2")."""
_AT_TIMES = re.compile(
    r"\b(?:sometimes|occasionally|now\s+and\s+then|from\s+time\s+to\s+time|a\s+few\s+times\s+a\s+(?:year|month)|for\s+work)\b"
    r"|\btravel\w*\b|\bwork\s+trips?\b|\ba\s+veces\b|\bviaj\w+",
    re.IGNORECASE,
)
"""Away at times ("I travel to Washington for work sometimes"): someone who lives here, not someone who has left."""
_A_WHILE = re.compile(
    r"\bfor\s+(?:a|about|the|two|three|four|\d+)\s+(?:few\s+|couple\s+(?:of\s+)?)?(?:days?|weeks?|nights?)\b|\bconference\b|"
    r"\btrip\b|\bvacation\b|\bholidays?\b|\bat\s+(?:my|our)\s+(?:parents|mom|dad|family|in-laws|sister|brother)'?s?\b|"
    r"\b(?:i'?ll|we'?ll)\s+be\s+back\b|\bwhile\s+i'?m\s+(?:there|away|gone|in)\b|\bvisiting\b|\bhotel\b|\bsending\s+me\s+to\b"
    # "can you see me over video while I'm still on the Washington side for another month or so?" (moving here)
    r"|\bwhile\s+i'?m\s+still\s+(?:there|in|on)\b|\bfor\s+another\s+(?:few\s+|couple\s+(?:of\s+)?)?(?:days?|weeks?|months?)\b"
    r"|\bfuneral\b|\bthere\s+(?:for\s+)?(?:a|about|two|three|\d+)\s+(?:few\s+)?(?:days?|weeks?)\b"
    r"|\bcamp\b|\bpick\s+(?:it\s+|things\s+)?back\s+up\b|\bfrom\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:to|through|until)\b"
    # "I'm being sent to Seattle for a training", "nos vamos a México para las fiestas. Regresamos el 5 de enero"
    r"|\bfor\s+(?:a|the)\s+(?:training|course|workshop|wedding|visit)\b|\bpara\s+las\s+fiestas\b|\bregres(?:o|amos|a)\b"
    r"|\bde\s+vacaciones\b|\bvisitar\s+a\b"
    # "I flew to Columbus to be with her. I'm going to stay through December"
    r"|\bstay(?:ing)?\s+(?:there\s+)?(?:through|until|till)\b|\bto\s+be\s+with\s+(?:her|him|them|my)\b"
    r"|\b(?:for\s+)?when\s+(?:i'?m|we'?re|i\s+am|we\s+are)\s+back\b|\bmientras\s+(?:estoy|estemos|est[ée])\s+(?:all[áa]|all[íi])\b",
    re.IGNORECASE,
)


def _moving_there(said: str, state: str) -> bool:
    """'If we get moved up to Washington', 'once I'm living in California': a move still to come."""
    names = [state, *(city for city, where in CITIES.items() if where == state)]  # "Washington" or "Seattle"
    words = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"
    return bool(
        re.search(
            rf"\b(?:if|when|once|after)\s+(?:i|we)\s+(?:get\s+|do\s+)?(?:move|moved|relocate|transfer)\w*\s+(?:\w+\s+)?to\s+{words}\b"
            # "nos vamos a mudar a Vancouver, Washington, a finales de abril": a move still to come
            rf"|\b(?:nos\s+)?(?:vamos|voy)\s+a\s+mudar(?:nos|me)?\s+a\s+(?:[\w.]+,?\s+)?{words}\b"
            rf"|\bonce\s+(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:living|settled|based)\s+in\s+{words}\b"
            # "we're moving to Austin at the end of August ... could we keep doing video until I leave?"
            # "I'm moving across the river to Vancouver WA ... keep seeing you over telehealth after I move?"
            rf"|\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+moving\s+(?:\w+\s+){{0,3}}?to\s+{words}\b(?=[\s\S]*\b(?:until|till|before|after)\s+(?:i|we)\s+"
            rf"(?:leave|go|move)\b)"
            # "whether he could keep seeing the same therapist over video once he's in Colorado" (in the fall)
            rf"|\b(?:once|when|after)\s+(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are)\s+(?:living\s+|settled\s+|away\s+)?"
            rf"(?:in|at)\s+{words}\b"
            # "could we keep going over video in the fall once I'm back in Bellingham?": here till then
            rf"|\b(?:once|when|after)\s+(?:i'?m|we'?re|i\s+am|we\s+are|i\s+go|we\s+go|i\s+head|i\s+get)\s+back\s+(?:in|to|up\s+to)\s+{words}\b",
            said,
            re.IGNORECASE,
        )
    )


def modality(p: Answering, q: Question) -> None:
    phone = "phone" in q.values
    no_video = p.request.known.no_video
    licensed = {state.lower() for state in p.practice.licensed_in}
    elsewhere = [
        v.removeprefix("partner in ")
        for x in p.request.questions
        if x.kind == Kind.LOCATION
        for v in x.values
        if v not in _PLACES_HERE
    ]  # "she lives in Salem": the other half of a couple, in Oregon too, is no reason to hold back
    if licensed and any(v not in licensed for v in elsewhere):
        p.answered.add(q.kind)  # "video from Texas?": the licence paragraph answers it, never a bare yes
        return
    if phone and _CONSULTATION.search(q.evidence) and "phone" in (p.practice.consultation or "").lower():
        # "and the consultation is by phone, right, not video?": the practice's own words say how it is held
        p.add(q.kind, "consult_phone")
        return
    if _INSTEAD_OF_FEE.search(q.evidence):
        # "Could you take it off, or at least offer a video session next time instead of charging?": a plea about the
        # fee, not a session to move to video
        p.answered.add(q.kind)
        p.staff.append("they ask for a video session next time instead of the late fee")
        return
    to_phone = phone and any(_TO_PHONE.search(x) for x in (q.evidence, *p.request.asked))
    if p.intent == Intent.CLIENT_REQUEST and (set(q.values) == {"phone"} or to_phone):
        # "could Thursday be a phone session instead?": a client's session by phone is the therapist's call, and a
        # line on how sessions are held answers nothing they asked
        p.answered.add(q.kind)
        p.staff.append("they ask to hold their session by phone")
        return
    if no_video and p.request.known.no_office:
        # "I couldn't come to your office ... I'm not great with the computer. Can we just do it on the phone?":
        # neither way we hold sessions suits them; staff say how it could work
        p.flag(q.kind, "they can't come to the office and aren't at ease with video: say how sessions could work")
        return
    if phone and no_video and p.intent != Intent.CLIENT_REQUEST:
        # "I'm not good with computers; could we do sessions by telephone?": no fact says whether sessions are held by
        # phone, and "no problem at all: we see clients in person" would answer another question
        p.flag(q.kind, "they ask for sessions by phone: say whether you offer them")
        return
    if p.intent == Intent.CLIENT_REQUEST and not switch_asked(p):
        p.answered.add(q.kind)  # "happy to do video next time": a client knows how sessions are held
        return
    # "I've been doing video since the spring ... I'd love to switch to in-person": the office is where they go
    to_office = p.intent == Intent.CLIENT_REQUEST and any(_TO_OFFICE.search(x) for x in (q.evidence, *p.request.asked))
    p.add(
        q.kind,
        "modality",
        video="video" in q.values and not no_video and not to_office,
        in_person="in_person" in q.values or no_video,
        phone=phone,
        no_video=no_video,
        client=p.intent == Intent.CLIENT_REQUEST,  # "next week by video instead?": a switch, not a pitch
        # "cancel the 17th and the 24th; could we pick back up by video in March?": video for when they come back
        resume=any(cancels_outright(p, x) for x in p.request.questions),
        # "where exactly is your office?" is answered by its own paragraph: the address once
        address=not p.request.asks_for(Kind.LOCATION, "office"),
        all_sessions=said_with(p, q, _FROM_NOW_ON),
        # "mi mamá está en el hospital: ¿podemos hacer la sesión por video?": a word of sympathy first (a cancel's
        # own paragraph says it where they also cancel)
        unwell=p.request.known.unwell
        and not _cancel_said(p)
        # the opening already says it ("I'm sorry things have been so hard"), or the news is a birth
        and p.request.situation is None
        and p.request.known.news is None,
        # "I'd rather do video", "I'd prefer in person over video": a wish to grant, not a question of what we offer
        wish=_wish(q.evidence),
        usual_day=_usual_day(p, q),
    )
    if phone:
        p.staff.append("they ask about sessions by phone")


def _usual_day(p: Answering, q: Question) -> str:
    """'Could we go back to in-person starting next week? Same Tuesday time is great.': the slot they keep, said back
    ("at your usual Tuesday time") and so the day is answered."""
    days = p.request.asks(Kind.DAYS)
    said = (q.evidence, *p.request.asked, days.evidence if days else "")
    same = any(SAME_SLOT.search(x) for x in said)
    if p.intent != Intent.CLIENT_REQUEST or days is None or len(days.values) != 1 or not same:
        return ""
    p.answered.add(Kind.DAYS)
    hour = _SAME_HOUR.search(days.evidence)
    if hour is None:
        return days.values[0].capitalize()
    p.answered.add(Kind.TIME_OF_DAY)  # "Same Monday 1pm slot": the hour kept with the day
    return f"{days.values[0].capitalize()} {hour.group(1).replace(' ', '').lower()}"


_SAME_HOUR = re.compile(r"\bsame\s+\w+day\s+(\d{1,2}(?::\d\d)?\s*(?:am|pm))\b", re.IGNORECASE)


def _cancel_said(p: Answering) -> bool:
    """Whether the reply has a cancel paragraph (which says the sympathy itself): a cancel outright, not "can't come
    Thursday, could we do it by video?", which is a switch."""
    asked = p.request.asks(Kind.CANCEL)
    return asked is not None and cancels_outright(p, asked)


_CONSULTATION = re.compile(r"\bconsult(?:ation)?s?\b|\bconsulta\b", re.IGNORECASE)
_PREFERS = re.compile(
    r"\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:much\s+)?(?:rather|prefer)\b|\bi\s+prefer\b|\bprefer(?:ably)?\s+(?:video|in[-\s]person)\b",
    re.IGNORECASE,
)
_ASKS_OFFER = re.compile(
    r"\b(?:do|does|can|could|is|are)\s+(?:you|your|it|that|there|we|i)\b[^.?!]{0,40}\?", re.IGNORECASE
)
_WAYS = re.compile(
    r"\b(?:(video|telehealth|zoom|online|virtual)|(in[-\s]person|(?:at|in|to)\s+(?:the\s+|an\s+|your\s+)?(?:actual\s+)?office"
    r"|face[-\s]to[-\s]face))\b",
    re.I,
)


def _wish(sentence: str) -> str:
    """'I'd prefer in person over video': the way they would rather meet ("video" or "in_person"), or "" when they
    ask what we offer."""
    prefers = _PREFERS.search(sentence)
    if prefers is None or _ASKS_OFFER.search(sentence):
        return ""
    way = _WAYS.search(sentence, prefers.start())
    if way is None:
        return ""
    return "video" if way.group(1) else "in_person"


_PLACES_HERE = frozenset({"office", "parking", "accessibility"})

_INSTEAD_OF_FEE = re.compile(r"\binstead\s+of\s+(?:charging|the\s+(?:late\s+)?(?:fee|charge))\b", re.IGNORECASE)
_WHERE_ASKED = re.compile(r"licen[cs]|\bvideo\b|telehealth|\bzoom\b|virtual|online|\bstates?\b", re.IGNORECASE)
_TO_PHONE = re.compile(
    r"\b(?:switch|change|move|go)\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?phone\b|\bby\s+phone\s+instead\b|\bphone\s+(?:calls|sessions)\s+instead\b"
    r"|\bswitch\s+to\s+phone\s+calls\b",
    re.IGNORECASE,
)
"""'The video sessions are getting harder ... Could we switch to phone calls?': phone, never "video, of course"."""
_FROM_NOW_ON = re.compile(
    r"\b(?:all|each|every)\s+(?:of\s+)?my\s+sessions\b|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bstarting\s+in\s+\w+|"
    r"\bpermanently\b|\bswitch\s+(?:us\s+|me\s+)?fully\b|\bfor\s+good\b|\btodas\s+mis\s+sesiones\b|\bde\s+ahora\s+en\s+adelante\b"
    r"|\b(?:the\s+)?rest\s+of\s+(?:the\s+)?(?:fall|winter|spring|summer|year|month|semester|term)\b|\bmy\s+(?:last|remaining)\s+(?:few\s+)?sessions\b"
    r"|\buntil\s+(?:further\s+notice|the\s+end\s+of)\b|\bfor\s+the\s+(?:winter|summer|fall|spring)\b"
    r"|\b(?:the\s+)?next\s+(?:couple|few|two|three|four|several)\s+(?:of\s+)?(?:sessions|(?:mon|tues|wednes|thurs|fri|satur)days|weeks)\b|\bfor\s+(?:a\s+few|the\s+next\s+few|a\s+couple\s+of)\s+weeks\b",
    re.IGNORECASE,
)
"""'starting in January I'll need to switch to video for all my sessions': every session moves, not one."""


def _here_too(practice: Practice, said: tuple[str, ...]) -> bool:
    """They come to the practice's city (or one of its states) anyway, or ask whether they would have to come in."""
    here = _here_pattern(practice.location, tuple(practice.licensed_in))
    return any(here.search(x) for x in said)


@lru_cache(maxsize=8)
def _here_pattern(location: str, licensed_in: tuple[str, ...]) -> re.Pattern[str]:
    """Built once per practice: its city (from its address) and its states."""
    parts = [x.strip() for x in location.split(",")]
    places = [re.escape(x) for x in (*parts[-2:-1], *licensed_in) if x]
    where = "|".join(places) or "(?!)"
    return re.compile(
        rf"\b(?:i|we)\s+(?:also\s+)?work\s+(?:in|downtown\s+in)\s+(?:{where})\b|\btrabaj(?:o|amos)\s+en\s+(?:{where})\b"
        r"|\b(?:would|do)\s+i\s+(?:have|need)\s+to\s+come\s+(?:in|to\s+(?:your|the)\s+office)\b"
        r"|\btendr[íi]a\s+que\s+ir\s+a\s+(?:su|la)\s+oficina\b",
        re.IGNORECASE,
    )
