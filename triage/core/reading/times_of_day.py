"""The words for a time of day ("after work", "lunch", "mornings") and for how soon ("this week", "ASAP"), and the
phrases that only sound like one ("good morning", "every night at 2am feeds"): read by `days.read_when`."""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded

_BARE_RANGE = (
    r"(?:between|from|roughly|around|about|like|at|anytime\s+from|sometime\s+between)\s+{first}(?::\d\d)?\s*(?:-|–|to|and)\s*"
    r"{last}(?::\d\d)?\b(?!\s*(?:\w+\s+)?(?:(?:years?|y/?o|yrs?|days?|weeks?|months?|sessions?|times|hours?|hrs?|kids|children|am)\b|%|a\.m))"
)
"""'video during nap time, roughly 1 to 3', 'anytime from 12-1': clock hours without am or pm, after a word that puts
them in a day (not '2 to 3 sessions' or 'my 3 and 5 year old')."""

TIMES = (
    (
        "morning",
        r"mornings?|\bearly\b|daytime|during\s+the\s+day|de\s+la\s+ma[ñn]ana|en\s+la\s+ma[ñn]ana|before\s+(?:work|8|9|10|noon)|\d{1,2}(?::\d\d)?\s*a\.?m\.?\b|por\s+la\s+ma[ñn]ana|\blas\s+ma[ñn]anas|temprano",
    ),
    (
        "afternoon",
        r"afternoons?|\b(?:1[2]|[1-4])(?::\d\d)?\s*(?:pm|p\.m\.)|\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat)(?:day)?s?\.?\s+(?:pm|p\.m\.)(?!\w)|daytime|during\s+the\s+day|por\s+la\s+tarde(?!-)|en\s+la\s+tarde|las\s+tardes|mid-?day|after[-\s]school|after\s+[234]\b|(?:in|at)\s+school\s+(?:until|till|til)\s+[1-4]\b|(?:school|class)\s+(?:ends|gets\s+out|lets\s+out|is\s+out)\s+(?:at\s+)?[1-4]\b|salgo\s+(?:del\s+trabajo\s+)?a\s+las\s+[1-4]\b|"
        r"despu[ée]s\s+del?\s+(?:colegio|escuela|la\s+escuela)|" + _BARE_RANGE.format(first="[1-4]", last="[2-6]"),
    ),
    (
        "evening",
        r"evenings?|after\s+(?:(?:about|around|like)\s+)?(?:work|[5-8]\b|[4-8]\s*(?:pm|p\.m\.)|five|six|seven)|nights?\b|"
        r"week-?nights?|tarde-noche|bedtime|\b(?:[5-9]|1[01])(?::\d\d)?\s*(?:pm|p\.m\.)|salgo\s+(?:del\s+trabajo\s+)?a\s+las\s+[5-8]\b|"
        r"por\s+la\s+noche|las\s+noches|a\s+la\s+noche|de\s+noche|en\s+la\s+noche|despu[ée]s\s+del?\s+(?:trabajo|las?\s+[4-8])|"
        r"late\s+(?:in\s+the\s+day|afternoon)|\b[5-8](?::[0-5]\d)?\s+or\s+later\b",
    ),
    (
        "lunch",
        r"lunch(?:time|\s+hour|\s+break)?|noon|mediod[ií]a|"
        + _BARE_RANGE.format(first="(?:11:30|12)", last=r"(?:1|12:\d\d)"),
    ),
)
NOT_A_TIME_WISH = Guarded(
    re.compile(
        r"(?m:^\W*(?:morning|afternoon|evening)\s*[,!.:])|\b\d{1,2}(?::\d\d)?\s*am\s+(?:starts?|shifts?|wake[-\s]?ups?|alarms?)\b|\b(?:good|this|tomorrow|yesterday|last|every|that)\s+(?:morning|afternoon|evening|night)\b|"
        # "I work overnights at a distribution center Sunday through Thursday nights": the clause is their shifts
        r"\bwork(?:s|ing)?\s+(?:the\s+)?(?:night\s+shift|(?:late\s+)?nights|overnights?|graveyard)\b"
        r"(?:(?!\b(?:so|but|and|because|which|then|though|y|pero)\b)[^.!?\n,;]){0,80}|\bnight\s+shifts?\b|"
        # "Mid-morning is best since I'm usually coming off nights": the shift they end, not a time they want
        r"\b(?:coming|come|getting|get|got)\s+off\s+(?:of\s+)?(?:nights|night\s+shifts?|overnights?|(?:a|my)\s+night\s+shift)\b|"
        # "a 911 dispatcher on nights (7p-7a)"
        r"\b(?:dispatcher|nurse|officer|medic|paramedic|worker|tech|guard|driver|i'?m|he'?s|she'?s)\b[^.!?\n]{0,30}?"
        r"\bon\s+(?:nights|overnights|the\s+night\s+shift)\b(?:\s*\([^)\n]{0,20}\))?|"
        # "we're both nurses on opposite shifts (I'm days, he's nights)": their shifts, not when they'd come
        r"\b(?:i'?m|he'?s|she'?s|we'?re|they'?re|i\s+am|he\s+is|she\s+is)\s+(?:on\s+)?(?:days|nights|evenings)\b|"
        # "many memories from war come in night", "I work cleaning offices in night time": their nights, not a wish
        # "now that the summer evenings are so long and the house is so quiet": how the days feel, not a time asked for
        r"\b(?:evenings|nights|mornings|weekends)\s+(?:are|feel|get|have\s+been)\s+(?:so\s+|very\s+|really\s+|too\s+)?(?:long|quiet|lonely|hard|empty|dark|rough)\b|"
        r"\b(?:memories|dreams|nightmares|flashbacks|come|comes|work|working|clean|cleaning|drive|driving|deliver\w*|stock\w*|"
        r"cook|cooking)\b(?:\s+[\w']+){0,4}?\s+(?:in|at)\s+(?:the\s+)?night(?:\s*time)?\b|"
        r"\b(?:one|two|three|four|five|[1-5])\s+nights?\s+a\s+week\b|"
        # "night manager at a hotel downtown": a job's name, not a time asked for
        r"\bnight\s+(?:manager|auditor|clerk|nurse|watch\w*|guard|job|porter|baker|stocker|crew)\b|"
        # "Ray passed on Sunday night", "the baby came Tuesday morning": when it happened, not a time asked for
        r"\b(?:passed|died|was\s+born|came\s+home|happened)\s+(?:away\s+)?(?:on\s+)?(?:\w+day\s+)?(?:night|morning|afternoon|evening)\b|"
        # "he doesn't want to go to school most mornings": his mornings, not a time asked for
        r"\b(?:go|get|going|getting)\s+to\s+(?:school|work|class)\s+(?:most|many|some|on\s+school)\s+mornings\b|"
        r"\b(?:worst|sleepless|long|bad|rough|hard|tough)\s+nights?\b|"
        r"\b(?:times|hours|once|twice)\s+a\s+night\b|\ball\s+night\b|"
        # "I just want to sleep through the night", "he drinks into the night": their nights, not a time to come
        r"\b(?:through|into|in\s+the\s+middle\s+of)\s+the\s+night\b|"
        r"\bthe\s+(?:mornings|afternoons|evenings|nights)\s+(?:have|has|are|were)\b"
        r"(?!\s+(?:\w+\s+)?(?:better|best|good|great|easier|easiest|ideal|free|open|fine|ok|okay))|"
        r"\b(?:at|around|till|until)\s+[1-5](?::\d\d)?\s*(?:am|a\.m\.)|\b(?:every|the|a|those|our|his|her)\s+[1-5](?::\d\d)?\s*(?:am|a\.m\.)\s+(?:feed\w*|wake[-\s]?ups?|bottles?|diapers?|alarms?)\b|"
        r"\b(?:sleep|sleeping|asleep)\s+(?:\w+\s+){0,2}\d{1,2}(?::\d\d)?\s*(?:am|a|pm|p)?\s*[-–]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm|a|p)?\b|\bwork\w*\s+(?:[\w']+\s+){0,3}?(?:in\s+the\s+|at\s+)nights?\b|"
        r"\b(?:check\w*|feed\w*|up|wakes?)\b(?:\s+[\w']+){0,4}?\s+at\s+night\b|"
        r"\bit'?s\s+(?:already\s+|now\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|"
        r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+(?:meetings?|calls?|stand-?ups?|shifts?|flights?|class(?:es)?|alarms?|practices?|games?|feeds?)\b|"
        r"\b(?:makes?|made|hears?|heard|noises?|sounds?|heart|pounding|cries|crying|woke|scream\w*|sleep\w*|dreams?|"
        r"thoughts?|mind|racing|worse|worst|lie|lying)\b(?:\s+[\w']+){0,6}?\s+at\s+night\b|"
        r"\b(?:cry|crying|wake|waking|awake|panic\w*|dread\w*|struggl\w+|can'?t\s+sleep)\b(?:\s+[\w']+){0,7}?\s+"
        r"(?:most|some|many|every|all)\s+(?:mornings|afternoons|evenings|nights)\b|\btonight\b|"
        r"\b(?:llora|lloro|llorando|despierta|pesadillas|no\s+duerme)\b[^.?!]{0,20}?\bpor\s+las\s+(?:noches|tardes|ma[ñn]anas)\b|"
        r"\bbuen[oa]s\s+(?:d[ií]as|tardes|noches)\b|\besta\s+(?:ma[ñn]ana|tarde|noche)\b|\btodas\s+las\s+ma[ñn]anas\b|"
        r"\b(?:mostly|especially|worse|worst|bad|awake|up|panic\w*|anxi\w+|nightmares?|spiral\w*|can'?t\s+sleep)\s+(?:(?!free\b|available\b|open\b)\w+\s+)?"
        r"(?:at|in\s+the)\s+(?:night|evenings?|mornings?|afternoons?)\b|\b(?:all|most)\s+night\b|"
        # "I cry every day, usually in the afternoon": when it hurts, not when they would come
        r"\b(?:cry|cries|crying|panic\w*|dread\w*|sad|low|anxious|anxiety|hits?\s+me)\b[^.?!\n]{0,40}?"
        r"\b(?:usually|mostly|often|always)\s+(?:in\s+the\s+)?(?:afternoons?|evenings?|mornings?|at\s+night)\b"
        r"(?!\s+(?:work|works|are|is|would\s+be)\s+(?:best|better|good|great|easiest))|\b\d+\s+(?:days?|weeks?|months?)\s+early\b"
        r"|\(?\b\d{1,2}\s*p\s*-\s*\d{1,2}\s*a\b\)?|\b(?:usually|mostly)\s+(?:\w+/)+\w+\s+nights\b"
        # "swing shift at a manufacturer in Gresham (3pm-11:30pm)", "overnight shifts (9pm to 5:30am)": work hours
        r"|\bshifts?\b[^.?!\n]{0,40}?\(?\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\)?"
        # "Morning practices are 5-7am so after 4pm works": the hours they are busy, not a time asked for
        r"|\b(?:(?:morning|evening|early)\s+)?(?:practices?|trainings?|workouts?|classes|school|work|commute)\s+"
        r"(?:is|are|runs?|goes|go)\s+(?:from\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?"
        r"|\b(?:morning|evening|early)\s+(?:practices?|trainings?|workouts?|shifts?|classes|meetings?|commute|routine)\b"
        r"|\b(?:christmas|thanksgiving|new\s+year'?s|halloween|election|prom|wedding)\s+(?:eve\s+)?night\b"
        r"|\bearly\s+(?:rather\s+than|on\b(?!\s+(?:mon|tue|wed|thu|fri|sat|sun|weekdays?))|enough|intervention|signs?|stages?|childhood|retirement|20s|30s|40s|twenties|thirties)"
        r"|\b(?:support|help|therapy)\s+early\b|\btoo\s+early\b"
        # "moving back in early January", "early next week": a date, not a time of day
        r"|\bearly\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|next|this|20\d\d)\w*\b|\bearly\s+in\s+(?:the|my|our|his|her)\s+(?!mornings?\b|day\b)\w+",
        re.IGNORECASE,
    )
)
"""Times that say when something happened or hurts ("this morning", "good morning", "anxiety, mostly at night"),
not when they could come."""
TIME_REFUSED = re.compile(
    r"\b(?:not|no|never|don'?t|doesn'?t|can'?t|cannot|won'?t|except|no\s+longer)\b(?:\s+\w+){0,3}\s*$|\b(?:i\s+work|trabajo|(?:he|she|[A-Z][a-z]+)\s+works)\s+(?:(?:in|during)\s+the|on|at|en\s+la|por\s+la|de|las|los)?\s*$|\bno\s+(?:puedo|manejo)\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
"""'I don't drive at night anymore': a time they rule out, not one they ask for."""
TIME_REFUSED_AFTER = re.compile(
    r"\w*(?:\s+(?:before|after)\s+\d{1,4}(?::\d\d)?(?:\s*[ap]m)?)?\s+(?:are|is)\s+(?:(?:just|totally|completely|basically|pretty\s+much)\s+)?(?:impossible|out(?!\s+of\s+town)\b|"
    r"not\s+(?:possible|an\s+option|going\s+to\s+work)|a\s+no[-\s]go|off\s+the\s+table)"
    r"|\w*\s+(?:don'?t|won'?t|doesn'?t|do\s+not|will\s+not)\s+work\b",
    re.IGNORECASE,
)
"""'Because of my shifts, evenings are impossible': the time named is the one ruled out."""
TIME_RE = tuple((name, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for name, pattern in TIMES)
URGENCY = (
    ("today", r"\btoday\b|\btonight\b|\bhoy\b|\besta\s+(?:tarde|noche)\b|\bsame[-\s]day\b"),
    (
        "this_week",
        r"\bthis\s+week\b|\besta\s+(?:misma\s+)?semana\b|\bwithin\s+the\s+week\b|\bbefore\s+the\s+weekend\b"
        r"|\bwithin\s+(?:[1-7]|one|two|three|four|five|six|seven)\s+days\b|\bwithin\s+that\s+window\b",
    ),
    (
        "next_week",
        r"\bnext\s+week\b|\b(?:next|coming)\s+(?:couple\s+of|few|two)\s+weeks\b"
        r"|\bwithin\s+(?:the\s+next\s+)?(?:2|two|a\s+couple\s+(?:of\s+)?|a\s+few)\s*(?:weeks|wks)\b|\bla\s+(?:pr[óo]xima\s+semana|semana\s+que\s+viene)\b",
    ),
    (
        "asap",
        r"\basap\b|\bas\s+soon\s+as\s+(?:possible|you\s+can|we\s+can)\b|\bsoonest\b|\burgent(?:ly)?\b|"
        # not "will I be asked to talk about my childhood right away?": what happens in a session, not when
        r"(?<!about\s)(?<!it\s)(?<!that\s)(?<!this\s)(?<!childhood\s)(?<!trauma\s)\bright\s+away\b|\blo\s+(?:antes|m[áa]s\s+pronto)\s+posible\b|\bcuanto\s+antes\b|\bsooner\s+the\s+better\b|"
        r"\b(?:first|earliest|next)\s+(?:available|opening)\b|\bearliest\s+appointment\b"
        r"|\b(?:get\s+in|start|be\s+seen|come\s+in|see\s+someone)\s+before\s+(?:christmas|the\s+holidays|thanksgiving|"
        r"new\s+year'?s|the\s+new\s+year|the\s+end\s+of\s+the\s+(?:month|year))\b|\bsooner\s+rather\s+than\s+later\b",
    ),
)
URGENCY_RE = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in URGENCY)
