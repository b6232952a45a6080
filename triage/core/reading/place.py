"""Where: the state they will be in for sessions (licences stop at state lines), the office, parking and access.
How sessions are held (video, in person, phone) is `modality.py`."""

from __future__ import annotations

import re

from triage.core.reading.modality import VIDEO
from triage.core.reading.sentences import Sentence, evidence, gated, none_of
from triage.core.reading.states import (
    CITIES,
    FROM_THERE,
    PART_YEAR,
    STATE_NAMES,
    STATES,
    named_before,
    state_named,
)
from triage.core.request import Kind, Question

_ON_TOUR = r"(?:dates|shows|gigs|tour\s+stops|games|meets|tournaments)"
"""'Most of the spring dates are in Seattle': where someone on the road would be, for a session by video."""
_STATE = re.compile(
    r"\b(?:licensed|license|practice|see\s+clients|work\s+with\s+clients|live|living|lives|move|moves|moving|moved|relocat\w+|"
    r"junior|senior|sophomore|freshman|student|"
    r"located|reside|residing|based|stationed|college|school|university|vivo|vivimos|licencia|joining|calling|job|"
    r"connecting|be|is|i'?m|(?:he|she)'s|still|stay|staying|me|trip|conference|estar|estoy|video|videollamadas?|telehealth|zoom|online|virtually|sessions?|"
    r"go|goes|going|travel\w*|fly|flying|commut\w*|visit\w*|return\w*|spend|spending|winters?|summers?|place|house|home|condo|leave|leaving|heading|headed|here|viajar|viajo|viajamos|"
    r"est[ée]|est[ée]n|estemos|estar[áé]|estaremos|estar[áa]n)\s+(?:[\w.'’]+,?\s+|[-–—]\s+){0,4}?(?:in|to|on|en|a|de|para|from|desde|at)\s+(?:[\w.]+,?\s+){0,1}?\(?("
    + STATE_NAMES
    + r")\b|\b("
    + STATE_NAMES
    + r")\s+(?:resident|license(?!\s+(?:discount|fee|waiver))|job|position|offer)"
    r"|\b(across\s+state\s+lines|out\s+of\s+state|another\s+state|other\s+states?|otro\s+estado"
    r"|(?:out\s+of|outside(?:\s+of)?|fuera\s+de(?:l\s+estado\s+de)?)\s+oregon(?!\s+city|\s+coast))\b"
    # "by video from camp? I know that's Washington": the place they would be
    + r"|\b(?:that'?s|that\s+is|it'?s|which\s+is)\s+(?:in\s+)?("
    + STATE_NAMES
    + r")\b"
    # "I'm on the road roughly two weeks out of every month, mostly Denver and Phoenix"
    + r"|\bon\s+the\s+road\b[^.!?]{0,80}?\b("
    + STATE_NAMES
    + r")\b"
    # "Could I join by video when I'm on the road? Most of the spring dates are in Seattle and Spokane"
    + rf"|\b{_ON_TOUR}\s+(?:are|will\s+be)\s+(?:mostly\s+|all\s+)?in\s+("
    + STATE_NAMES
    + r")\b"
    # "home for spring break, then back at UC Santa Cruz until June"
    + r"|\bthen\s+back\s+(?:at|in|to)\s+(?:[\w.]+,?\s+){0,1}?\(?("
    + STATE_NAMES
    + r")\b"
    # "nos vamos a mudar a Vancouver, Washington" (never "nos mudamos de Salem": where they came from)
    + r"|\bmudar(?:nos|me)?\s+a\s+(?:[\w.]+,?\s+){0,1}?\(?("
    + STATE_NAMES
    + r")\b",
    re.IGNORECASE,
)


_OFFICE = re.compile(
    r"\bwhere\s+(?:exactly\s+)?(?:is|are)\s+(?:you|your|the)\b|\b(?:have|has)\s+an\s+office\s+in\b|\b(?:your|the\s+office(?:'s)?)\s+(?:address|location)\b|\blocated\b"
    r"|\bwhat\s+(?:part\s+of\s+town|neighborhood|area)\b|\bhow\s+far\b|\bnear\s+(?:the\s+)?(?:max|bus|transit|light\s+rail)\b"
    r"|\bd[óo]nde\s+(?:est[áa]n|queda|se\s+encuentra)|\bdirecci[óo]n\b",
    re.IGNORECASE,
)


_NEED = re.compile(
    r"\b(?:need|needs|needed|require|requires|uses|use|using|in\s+a\s+(?:wheelchair|walker|scooter)|rely\s+on|relies\s+on|can'?t\s+(?:do|climb|manage)|walks?\s+with|"
    r"important|necesit\w+|usa|uso|(?:don'?t|do\s+not)\s+(?:do\s+well\s+with|want\s+to\s+walk)|can'?t\s+walk)\b",
    re.IGNORECASE,
)


_PARKING = re.compile(r"\bpark(?:ing)?\b|\bestacionamiento\b|\bestacionar\b", re.IGNORECASE)


_FROM_CAR = re.compile(r"\bfrom\s+(?:my|the|our)\s+(?:car|truck)\b", re.IGNORECASE)
_WHERE_PARK = re.compile(r"\bwhere\s+(?:\w+\s+)?(?:can\s+|should\s+|do\s+|to\s+)?park\b", re.IGNORECASE)
"""'... accessible (stairs? elevator?) and where people park.': the clause after the marks asks too."""
_ACCESS = re.compile(
    # (not "accessible intake forms", "ADA accommodations" at work, "under the ADA ... an interpreter": no building)
    r"\bwheel\s?chair|(?<!forms\s)(?<!website\s)(?<!documents\s)(?<!site\s)\baccessib\w+\b(?!\s+(?:intake|forms?|website|documents?|formats?|online|portal|pdfs?|captions?))"
    r"|\bstep[-\s]free\b|\belevator|\bstairs?\b|(?<!12\s)(?<!12-)(?<!twelve\s)(?<!twelve-)(?<!next\s)(?<!first\s)\bsteps\b"
    r"|\bmobility\b|\bwalker\b|(?<!candy\s)\bcane\b|\bramp\b"
    r"|(?<!under\sthe\s)\bada\b(?![^.?!\n]{0,60}\b(?:accommodat\w*|interpret\w*|letter))"
    r"|\bground[-\s]floor\b|\bplanta\s+baja\b|\bsilla\s+de\s+ruedas|\bascensor|\bescaleras?\b"
    # "I don't do well with long walks since my hip replacement": a need the accessibility fact answers
    r"|\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:do\s+(?:well\s+with\s+)?|manage\s+|handle\s+|want\s+to\s+)?(?:long\s+walks|walk\s+(?:far|very\s+far|long))\b",
    re.IGNORECASE,
)


_SOMEONE_ELSE_MOVED = re.compile(
    r"\b(?:my|our|her|his|the)\s+(?:old\s+|former\s+|previous\s+|last\s+|closest\s+|best\s+|oldest\s+|only\s+)?(?:therapist|counsel(?:or|lor)|doctor|psychiatrist|"
    r"provider|clinician|sister|brother|mom|dad|mother|father|friend|ex|wife|husband|son|daughter)\s+(?:here\s+)?(?:just\s+|has\s+|"
    r"recently\s+|is\s+)?(?:moved|relocated|retired|moving|relocating)\b[^.?!]*$"
    r"|\b(?:therapist|counsel\w+|psychiatrist|doctor)\b[^.?!]{0,40}\bmine\s+(?:just\s+|has\s+|recently\s+|is\s+)?(?:moved|relocated|retired|moving)\b[^.?!]*$"
    r"|\b(?:she|he)(?:'s|\s+has|\s+had|\s+just)?\s+(?:retired\s+and\s+)?(?:moved|relocated)\b[^.?!]*$"
    r"|\b(?:her|his|their)\s+(?:job|company|work|employer|unit)\s+is\s+(?:moving|transferring|sending|relocating)\s+"
    r"(?:her|him|them)\b[^.?!]*$"
    # "after her mom took a job in Phoenix": where someone else went, not where the sessions would be
    r"|\b(?:her|his|their|my|our)\s+(?:mom|dad|mother|father|ex|ex-wife|ex-husband|sister|brother|son|daughter|wife|husband|partner)\s+"
    r"(?:took|got|found|accepted|started)\s+a\s+(?:new\s+)?job\b[^.?!]*$",
    re.IGNORECASE,
)


_NOT_WHERE_THEY_ARE = re.compile(
    r"\b(?:(?:old|former|previous)\s+(?:\w+\s+){0,2}in|(?:he|she|they|my\s+(?:fianc[ée]e?|boyfriend|girlfriend|partner|"
    r"husband|wife|ex|son|daughter|mom|dad|mother|father|sister|brother))(?:,\s*who)?\s+(?:still\s+)?(?:lives?|is\s+living|is\s+based|"
    r"is\s+staying)\s+(?:over\s+)?in"
    r"|(?:employer|company|firm|job|office|headquarters|plan)\s+(?:is\s+)?(?:based|headquartered|located)\s+in"
    # a referrer's own licence: "I can't continue seeing her since I'm licensed only in California"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:only\s+)?licensed\s+(?:only\s+)?in"
    # a former therapist's: "we wrapped up last month because she's only licensed in Illinois"
    r"|\b(?:she|he|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+(?:only\s+)?licensed\s+(?:only\s+)?in)\s+(?:[\w.]+,?\s+){0,1}?\(?$",
    re.IGNORECASE,
)
_KIN_LIVES = re.compile(
    r"\b(?:my|our|one)\s+(?:\w+\s+)?(?:brother|sister|son|daughter|mom|dad|mother|father)\s+(?:still\s+)?"
    r"(?:lives?|is\s+living|is\s+based|is)\s+(?:over\s+|up\s+|out\s+)?in\s+(?:[\w.]+,?\s+){0,1}?\(?$",
    re.IGNORECASE,
)
"""'One brother is in Seattle so he'd need to join by video': a relative who would join, only where joining is said
('my brother lives in Atlanta' in a story is no one to be seen)."""
_PARTNER_LIVES = re.compile(
    r"\b(?:he|she|(?:my|our|one)\s+(?:\w+\s+)?(?:fianc[ée]e?|boyfriend|girlfriend|partner|husband|wife|ex))\s+(?:still\s+)?(?:lives?|is\s+living|is\s+based|is)\s+(?:over\s+|up\s+|out\s+)?in\s+"
    r"(?:[\w.]+,?\s+){0,1}?\(?$"
    # "My boyfriend and I ... but he's at UW in Seattle this year"
    r"|\b(?:my|our)\s+(?:fianc[ée]e?|boyfriend|girlfriend|partner|husband|wife)\b[^.!?]{0,60}\b(?:he|she)(?:'s|\s+is)\s+"
    r"(?:at|studying\s+at|working\s+at|stationed\s+at)\s+[\w.&]+(?:\s+[\w.&]+)?\s+in\s+\(?$"
    r"|\b(?:him|her|my\s+(?:fianc[ée]e?|boyfriend|girlfriend|partner|husband|wife))\s+joining\s+(?:us\s+|in\s+)?(?:by\s+video\s+)?from\s+\(?$",
    re.IGNORECASE,
)
"""'she lives in Vancouver', 'one brother is in Seattle': someone else who would join, across a state line."""
_TRIP_AFTER = re.compile(
    r"[\s,]*(?:until|till|thru|through|for\s+(?:work|business|the\s+week|a\s+(?:few\s+days|conference|trip|week))"
    r"|this\s+week|on\s+(?:business|a\s+(?:trip|work\s+trip)))\b",
    re.IGNORECASE,
)
"""After the place: a stay with an end, not where someone lives."""
_OWN_PRACTICE = re.compile(
    r"\b(?:closing|close|leaving|retiring\s+from|relocating|moving)\s+my\s+(?:\w+\s+)?practice\b"
    r"|\b(?:transferring|transitioning)\s+(?:my|a\s+handful\s+of|some\s+of\s+my|several)\s+(?:\w+\s+)?(?:caseload|clients)\b"
    r"|\bi'?m\s+a\s+(?:therapist|counselor|counsellor|clinician|psychologist|social\s+worker)\b[^.!?]{0,40}\b(?:relocating|moving)\b",
    re.I,
)
"""A colleague's own move ("a therapist in SE Portland relocating to Boise, transferring my caseload"): not where
the client they refer would be seen."""
_OUT_OF_STATE_JOIN = re.compile(
    r"\bout[-\s]of[-\s](?:state|town)\s+(?:ones|members|siblings|family|relatives|kids|folks|brothers?|sisters?)\b"
    r"[^.?!]{0,40}\b(?:join|video|zoom|call\s+in|dial\s+in)",
    re.IGNORECASE,
)
_ABROAD_JOIN = re.compile(
    r"\b(?:him|her|husband|wife|partner|boyfriend|girlfriend|spouse)\s+(?:joining|to\s+join|could\s+join|can\s+join|would\s+join)\s+"
    r"(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:germany|japan|korea|south\s+korea|mexico|canada|england|the\s+uk|uk|ireland|france|spain|italy|"
    r"india|china|philippines|australia|brazil|poland|ukraine|overseas|abroad|another\s+country)\b",
    re.IGNORECASE,
)
"""'couples sessions by video with him joining from Germany and me from here?': the other half is abroad."""
_AWAY = re.compile(
    r"\b(?:visiting|travel(?:l)?ing|on\s+(?:vacation|holiday|a\s+trip)|out\s+of\s+town|while\s+i'?m\s+(?:there|away|gone))\b"
    # "could we keep doing sessions by video while he's deployed overseas?": outside Oregon, whatever the state
    r"|\b(?:deploy(?:ed|ment|s)?|overseas|abroad|out\s+of\s+the\s+country)\b",
    re.IGNORECASE,
)


_FROM_HERE = re.compile(r"\bfrom\s+(?:here|over\s+here|where\s+i\s+am)\b", re.IGNORECASE)
_ABROAD_NOW = re.compile(
    r"\b(?:studying|living|working|teaching|stationed|based)\s+(?:\w+\s+)?(?:abroad|overseas)\b|\bhello\s+from\s+(?-i:[A-Z])\w+",
    re.IGNORECASE,
)
"""'a junior ... studying abroad this semester', 'Hello from Salamanca!': where they write from is not Oregon."""


def _abroad(items: list[Sentence]) -> bool:
    """Where they write from now is abroad, whatever home they go back to."""
    return any(_ABROAD_NOW.search(o.text) for o in items)


_IN_OREGON = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+live|we\s+live|i'?ll\s+be|we'?ll\s+be)\s+(?:\w+\s+){0,2}?in\s+"
    r"(?:(?:ne|se|nw|sw|n|north|south|east|west|downtown)\s+)?(?:portland|oregon|salem|eugene|bend|beaverton|gresham|hillsboro|tigard|lake\s+oswego|milwaukie|corvallis)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\s+(?:State\s+)?(?:Board|Health\s+(?:Plan|Authority|and\s+Science|&\s+Science)|State\s+University|Department|Medical\s+Board"
    r"|Licensing|Bar)\b"
)
_MOVED_HERE = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|recently\s+)?moved\s+(?:back\s+)?(?:here|to\s+(?:portland|oregon|salem|eugene|bend|beaverton))\b",
    re.IGNORECASE,
)
_COMING_IN = re.compile(r"\bin[-\s]person\b|\bcome\s+(?:in|to\s+(?:the|your)\s+office)\b", re.IGNORECASE)
_ONE_DAY = re.compile(
    r"\b(?:that|the\s+same)\s+day\b|\b(?:interview|wedding|funeral|hearing|court\s+date|graduation|day\s+trip)\b"
    r"|\b(?:has|have|had|need|needs)\s+to\s+be\s+in\s+[A-Za-z. ]+?\s+(?:on\s+|this\s+|next\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
"""An event that takes them away for a day: the state it is in is not where they live or would be seen."""


_MOVED_INTO_CARE = re.compile(
    # "my mother (82) just moved into an assisted living apartment", "She moved into Terwilliger Plaza in January"
    r"\b(?:she|he|my\s+(?:\w+\s+)?(?:father|mother|dad|mom|parents?|grandmother|grandfather|grandma|grandpa|aunt|uncle)"
    r"(?:\s+[A-Z]\w+)?(?:\s*\(\d{1,2}\))?)\s+(?:just\s+|recently\s+)?moved\s+in(?:to)?\s+"
    r"(?:an?\s+|the\s+)?(?:assisted|memory|care|senior|nursing|retirement|[A-Z]\w+\s+(?:Plaza|Village|Place|Gardens|Court|House|Terrace))",
    re.IGNORECASE,
)
_SEEN_LIVES_HERE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:father|mother|dad|mom|parents?|son|daughter|brother|sister|grandmother|grandfather|grandma|"
    # "my father, who lives in NE Portland", "My father Vikram (76) lives alone in Portland"
    r"grandpa|aunt|uncle)\b(?:[^.!?]{0,40}?\b(?:who|he|she|they)\b[^.!?]{0,30}?|(?:\s+[A-Z]\w+)?(?:\s*\(\d{1,2}\))?\s+)"
    r"(?:lives?|living)\s+(?:alone\s+|by\s+(?:him|her)self\s+)?in\s+"
    r"(?:(?:ne|se|nw|sw|n|north|south|east|west)\s+)?(?:portland|oregon|"
    + "|".join(re.escape(city) for city, state in CITIES.items() if state == "oregon")
    # ("My mom lives in Portland and said you guys are good": who sent them, not who would be seen)
    + r")\b(?!\s+and\s+(?:said|says|told|suggested|recommended|heard))",
    re.IGNORECASE,
)
_I_LIVE = re.compile(r"\bi\s+(?:now\s+)?live\s+in\b|\bi(?:'m|\s+am)\s+(?:based\s+)?in\b", re.IGNORECASE)


_THEIR_THERAPISTS_LICENCE = re.compile(
    r"\b(?:my|our|her|his|their)\s+(?:current\s+|previous\s+|old\s+|former\s+|last\s+)?(?:therapist|counsel(?:l)?or|provider|psychologist|"
    r"psychiatrist|clinician)\b[^.?!]{0,30}\blicensed\b",
    re.IGNORECASE,
)


def read_location(items: list[Sentence]) -> list[Question]:
    if none_of(items, _STATE, _OFFICE, _PARKING, _ACCESS, _AWAY, FROM_THERE, _OUT_OF_STATE_JOIN, _ABROAD_JOIN):
        return []
    values: list[str] = []
    where = ""
    asked = any(o.asks for o in items)
    video_asked = any(o.asks and VIDEO.search(o.text) for o in items)
    coming_in = asked and any(_COMING_IN.search(o.text) for o in items)
    # "I got the job in Denver!! ... could we keep doing video sessions after I move?": where they move to is asked of
    after_move = any(o.asks and _AFTER_MOVE.search(o.text) for o in items)
    # "my father, who lives in NE Portland ... I live in Chicago": the one to be seen is here, whoever writes
    seen_here = any(_SEEN_LIVES_HERE.search(o.text) or _MOVED_INTO_CARE.search(o.text) for o in items)
    # "my husband is deployed overseas ... could I do my sessions by video? I'm in Portland": she is here
    in_oregon = any(_IN_OREGON.search(o.text) for o in items)
    for n, s in enumerate(items):
        found: list[str] = []
        state = _STATE.search(s.text)
        if state and seen_here and _I_LIVE.search(s.text[: state.end()]):
            state = None
        if state and _THEIR_THERAPISTS_LICENCE.search(s.text[: state.end()]):
            state = None  # "My current therapist is licensed only in Washington": hers, not where the sessions are
        # "move our session to Tuesday" moves a session, not a home
        moving = re.search(
            r"\b(?:moving|move|moves|moved)\b(?!\s+(?:our|my|the|this|it|us|me|him|her)\b)|\brelocat\w+|\bmov\w+\s+away\b"
            r"|\bme\s+mudo\b|\bnos\s+mudamos\b|\bmudar(?:nos|me)?\b",
            s.text,
            re.I,
        )
        moved_from = (
            state
            and re.search(  # "moving from Ohio", "I'm from Texas": not where sessions would be
                r"\b(?:mov\w+|relocat\w+|coming|came|originally|i'?m|am|are|is|back)\s+(?:(?:up\s+|down\s+|out\s+|over\s+)?here\s+|over\s+|up\s+|down\s+|out\s+|(?:up\s+|down\s+)?to\s+[\w.]+\s+)?"
                r"from\s+(?:[\w.]+,?\s+){0,1}?\(?$"
                # "we packed up the house in Sacramento and moved up here": where they were, not where they are
                r"|\b(?:packed\s+up|left|sold|closed\s+up)\s+(?:\w+\s+){0,3}in\s+(?:[\w.]+,?\s+){0,1}?\(?$",
                s.text[: state.start(1) if state.group(1) else 0],
                re.I,
            )
        )
        if state and _INSTITUTION.match(s.text, state.end()):
            state = None  # "reported to the Oregon State Board of Nursing": a board, not where they would be
        here_now = _MOVED_HERE.search(s.text)
        if state and here_now and here_now.start() > state.start():
            state = None  # "I did ERP in Seattle in 2023, but I moved to Portland last spring": here now
        if state and moved_from:
            # "I just moved here from Miami", "moved from Ohio to Seattle": where they are now, if it is named
            state = _STATE.search(s.text, state.end())
            moved_from = moved_from if state is None else None
        away = not state and _AWAY.search(s.text) and VIDEO.search(s.text) and s.asks and not in_oregon
        # "I live in Sacramento, California. Can you see me by video?": where they are decides it, asked or not.
        lives = re.search(
            r"\b(?:live|living|lives|vivo|vivimos|reside|residing|based|stationed|estar|estoy|est[áaée]|visiting|en\s+la\s+carretera|travel\w*|viaj\w*|stay|staying|somewhere|"
            r"driving|drive|during\s+the\s+(?:week|semester|term)|dorm|"
            r"sending\s+me|heading|headed|flying|trip|conference|spend|spends|spending|winters?|summers?|leav(?:e|ing)\s+for|off\s+to|that'?s|that\s+is|"
            r"still|i'?ll\s+be|will\s+be|(?:going\s+to|gonna)\s+be|i'?d\s+(?:physically\s+)?be|would\s+(?:physically\s+)?be|physically"
            # "I have to be in Boise Thu-Fri for a site visit. Could we do Thursday by video from the hotel?"
            r"|(?:have|has|need|needs|got)\s+to\s+be"
            r"|while\s+(?:he|she|they|i|we)(?:'s|'re|'m|\s+is|\s+are|\s+am)?|on\s+the\s+road|(?:up|over|down)\s+here"
            rf"|{_ON_TOUR}\s+(?:are|will\s+be)"
            # "home for spring break, then back at UC Santa Cruz until June": where the term is spent
            r"|then\s+back\s+(?:at|in|to))\b",
            s.text,
            re.I,
        )
        remote = lives and video_asked
        # "I live in Vancouver (the Washington one) ... I could come in person on my lunch break": in person, here
        commuting = lives and coming_in
        if state and not moving and not video_asked and _ONE_DAY.search(s.text):
            state = None  # "my visa interview is in Seattle that day", no session asked from there: a day away
        said_before = s.text[: state.start(state.lastindex or 0)] if state else ""
        joining = re.search(r"\bjoin|\bvideo\b|\bsessions?\b", s.text, re.I)
        partner = state and (_PARTNER_LIVES.search(said_before) or (joining and _KIN_LIVES.search(said_before)))
        lives_there = bool(partner) and bool(re.search(r"\bliv(?:e|es|ing)\b", str(partner and partner.group(0)), re.I))
        if partner and state and not lives_there and _TRIP_AFTER.match(s.text[state.end() :]):
            partner, state = None, None  # "my husband is in Denver until Thursday": away on a trip, home after
        if partner and state:
            # "she lives in Vancouver", of the other half of a couple: sessions need both where we are licensed
            name = state_named(state)
            found.append("partner in " + (name if name in STATES else "another state"))
            state = None
        if state and (
            _SOMEONE_ELSE_MOVED.search(s.text[: state.end()])
            or _NOT_WHERE_THEY_ARE.search(s.text[: state.start(state.lastindex or 0)])
            or _OWN_PRACTICE.search(s.text)
        ):
            # "my therapist moved to Colorado", "the plan from my old job in California", "he lives in Vancouver,
            # WA", a colleague "closing my Portland practice (moving to Seattle)": not where they would be seen
            state = None
        if state and (
            s.asks
            or re.search(r"licens", s.text, re.I)
            or ((moving or after_move) and not moved_from and asked)
            or ((remote or commuting) and not moved_from)
        ):
            name = state_named(state)
            # "can i do video from the truck ... or do i have to be in oregon for it": they would be elsewhere
            must_be = _MUST_BE_IN.search(s.text[: state.start(state.lastindex or 0)])
            found.append(name if name in STATES and not must_be else "other state")
            # "Could we start by video while I'm still in Texas, or would I need to wait till I'm in Oregon?"
            for later in _STATE.finditer(s.text, state.end()) if s.asks else ():
                other = state_named(later)
                if other in STATES and other != name and other not in found:
                    found.append(other)
        if not state and s.asks and VIDEO.search(s.text) and FROM_THERE.search(s.text):
            # "I'm in Arizona October through April ... keep seeing me when I'm down there, by video?": there is
            # the place named before
            there = named_before(items[:n])
            if there:
                found.append(there)
                away = None
        if not state and s.asks and VIDEO.search(s.text) and _FROM_HERE.search(s.text) and _abroad(items):
            away = True  # "studying abroad ... Could I do a first session by video from here?": outside Oregon
        if away:
            found.append("other state")  # "visiting my daughter in Scottsdale: can we keep going by video?"
        if s.asks and _OUT_OF_STATE_JOIN.search(s.text):
            found.append("partner in another state")
        elif s.asks and _ABROAD_JOIN.search(s.text):
            found.append("partner in another country")  # "Could the out-of-state ones join by video?": family elsewhere
        if _OFFICE.search(s.text) and s.asks:
            found.append("office")
        # "I cried in a parking lot" or "the steps I've taken" ask nothing: a question or a stated need does.
        # ("video from my car in the hospital parking garage": where they'll sit for a video session, not our parking)
        from_car = _FROM_CAR.search(s.text)
        if _PARKING.search(s.text) and (s.asks or _NEED.search(s.text) or _WHERE_PARK.search(s.text)) and not from_car:
            found.append("parking")
        if _ACCESS.search(s.text) and (s.asks or _NEED.search(s.text)):
            found.append("accessibility")
        for value in found:
            if value not in values:
                values.append(value)
                where = where or evidence(s)
    part_year = next((s for s in items if PART_YEAR.search(s.text)), None)
    if part_year is not None and any(v in STATES or v == "other state" for v in values):
        where = evidence(part_year)  # "I split my year between Lake Oswego and Scottsdale": here part of the year
    if "other state" in values and any(v in STATES for v in values):
        values.remove("other state")  # "Vancouver, WA ... while I'm in Washington": the state named says it
    if values and "oregon" not in values and any(_STILL_IN_OREGON.search(o.text) for o in items):
        # "...move April 4. I still work in downtown Portland 3 days a week so I could do sessions from my office
        # here": in Oregon for those sessions too
        values.append("oregon")
    return [Question(Kind.LOCATION, tuple(values), where)] if values else []


_STILL_IN_OREGON = re.compile(
    r"(?:\bi\s+(?:still\s+|also\s+)?|\bbut\s+(?:i\s+)?|\band\s+i\s+)(?:work|commute)\s+(?:\w+\s+){0,2}?in\s+(?:downtown\s+)?"
    r"(?:portland|oregon|salem|beaverton|hillsboro|gresham|tigard|lake\s+oswego)\b"
    r"|\bsessions?\s+from\s+my\s+(?:office|work|desk)\s+(?:here|in\s+(?:portland|oregon))\b",
    re.IGNORECASE,
)
_AFTER_MOVE = re.compile(
    r"\b(?:after|once|when)\s+(?:i|we)\s+(?:move|relocate|get\s+there|'?m\s+there|am\s+there|'?re\s+there)\b"
    # "could we do a couple of video sessions from here?" (at CU Boulder), "by video from the new place?"
    r"|\bfrom\s+(?:here|the\s+new\s+(?:place|house|apartment|home))\b",
    re.I,
)
_MUST_BE_IN = re.compile(
    r"\b(?:have|need|got)\s+to\s+be\s+(?:physically\s+|actually\s+)?(?:in|inside)\s+(?:the\s+state\s+of\s+)?\(?$",
    re.IGNORECASE,
)
"""'Do I have to be in Oregon for it?': asked by someone who would be somewhere else."""


gated(_STATE, _OFFICE, _PARKING, _ACCESS, _AWAY, FROM_THERE, _OUT_OF_STATE_JOIN, _ABROAD_JOIN)
