"""What they tell of themselves that changes how a reply is worded, not what it answers.

A formal letter is answered "Dear", twins are congratulated as twins, a job lost is acknowledged, a Deaf person
is never offered a phone call, and someone writing for a friend hears "their loss". These were read by the
composer from the raw text; they belong with every other fact the person told, in the request's `Known`, so a
draft's every word comes from the request and the practice's facts.
"""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded
from triage.core.reading.sentences import Sentence, gated, possible, whole
from triage.core.request import News

_FORMAL = re.compile(
    r"^\s*(?:dear\s+(?:sir|madam|sirs|calm\s+harbor|therapist|practice|doctor)|to\s+whom\s+it\s+may\s+concern|dear\s+(?:ms|mrs|mr|dr)\.?\s+[a-z]+(?:-[a-z]+)?\s*[,:])"
    r"|^\s*(?:respectfully(?:\s+yours)?|yours\s+(?:sincerely|faithfully|truly)|very\s+truly\s+yours)\s*,?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A letter written formally ("Dear Sir or Madam ... Respectfully yours") is answered "Dear Walter", not "Hi"."""

_JOB_LOSS = re.compile(
    r"\b(?:i\s+(?:was|got|have\s+been|'ve\s+been|just\s+got)\s+(?:laid\s+off|let\s+go|fired)|i\s+lost\s+my\s+job"
    r"|my\s+(?:job|position)\s+(?:was|got)\s+(?:eliminated|cut)"
    # "I was part of the Brightline layoff", "lost my job insurance", "with the layoffs my hours got cut in half"
    r"|i\s+was\s+(?:part\s+of|caught\s+in|hit\s+by)\s+(?:the\s+)?(?:\w+\s+)?layoffs?|lost\s+my\s+job\s+(?:insurance|and)"
    # "I was one of the 1,100 people let go", "my position is being eliminated at the end of January"
    r"|i\s+was\s+one\s+of\s+(?:the\s+)?[\d,]+\s+(?:\w+\s+){0,2}(?:let\s+go|laid\s+off)"
    r"|my\s+(?:job|position|role)\s+(?:is|was)\s+being\s+(?:eliminated|cut)"
    r"|(?:with|after|since)\s+the\s+(?:\w+\s+)?layoffs?\s+my\s+hours\s+(?:got|were)\s+cut)\b",
    re.IGNORECASE,
)

_ENGAGED = re.compile(
    r"\b(?:we(?:'re|\s+are|\s+just|\s+recently)?\s+(?:just\s+|recently\s+|newly\s+)?(?:got\s+)?engaged"
    r"|(?:we'?re|we\s+are)\s+(?:getting\s+married|engaged)|i\s+(?:just\s+|recently\s+)?got\s+engaged"
    r"|\band\s+i\s+are\s+getting\s+married)\b",
    re.IGNORECASE,
)
_NEW_JOB = re.compile(
    r"\bi\s+(?:just|recently)\s+(?:started|got|landed|accepted)\s+(?:a\s+)?new\s+job\b(?![^.!?\n]*\b(?:anxi|stress|panic|worse|overwhelm))"
    r"|\bi'?m\s+starting\s+a\s+new\s+job\b(?![^.!?\n]*\b(?:anxi|stress|panic|worse|overwhelm))"
    # "I was laid off in February and just accepted a new role (yay, finally)"
    r"|\b(?:just|finally)\s+(?:accepted|landed|started)\s+(?:a\s+)?new\s+(?:job|role|position)\b"
    r"(?![^.!?\n]*\b(?:anxi|stress|panic|worse|terr|scar|fear|dread|overwhelm|hard|rough|struggl))"
    # "GOT THE JOB!!! the charge nurse one we practiced for", "I got the promotion!"
    r"|\b(?:i\s+)?got\s+the\s+(?:job|promotion|offer|position)\b[^.!?\n]{0,30}!",
    re.IGNORECASE,
)
"""'I just started a new job and Mondays are a no-go now': congratulated; a new job months ago that made the anxiety
worse is not."""
_ACCIDENT = re.compile(
    r"\bgot\s+rear[-\s]ended\b|\b(?:i\s+was|i\s+got|we\s+were)\s+(?:in\s+)?(?:a\s+)?(?:(?:bad\s+|serious\s+)?(?:car|bike|cycling)\s+(?:accident|crash)|rear-ended"
    r"|hit\s+by\s+a\s+car)\b|\bsince\s+(?:my|the)\s+(?:car\s+)?(?:accident|crash)\b",
    re.IGNORECASE,
)
_WHO = (
    r"(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i\s+(?:just\s+)?(?:feel|felt)|i'?ve\s+felt|we'?re|we\s+are|we'?ve\s+been"
    r"|(?:s)?he'?s|(?:s)?he\s+is|(?:s)?he\s+has\s+been|they'?re|they\s+are|they'?ve\s+been)"
)
_HARD_TIME = re.compile(
    # "I'm completely burned out", "she's been very lonely", "we're struggling" (not "struggling to find a time")
    rf"(?<!n't\sthink\s)(?<!not\sthink\s)(?<!n't\ssure\s)\b{_WHO}\s+(?:(?!not\b|never\b)\w+\s+){{0,2}}?(?:(?:so|really|very|completely|just|pretty|totally|honestly|always)\s+)*"
    r"(?:exhausted|burn(?:ed|t)[-\s]out|at\s+(?:my|our|his|her)\s+wits'?\s+end"
    r"|at\s+the\s+end\s+of\s+(?:my|our)\s+rope|falling\s+apart|barely\s+(?:holding|keeping)\s+it\s+together"
    r"|barely\s+(?:functioning|coping)|lonely|isolated|crying|cooked|fried|sad(?!\s+(?:to|about|that|but))|depressed|numb|hopeless|miserable|withdrawn"
    r"|down(?!\s+(?:for|to|with|at|in|on|here|there|the|by|from))|low(?!\s+(?:on|key|income|cost|fee|risk|priority))"
    r"|in\s+(?:a|such\s+a)\s+(?:real\s+)?funk|not\s+feeling\s+like\s+(?:myself|herself|himself)"
    r"|(?:struggling|having\s+(?:a\s+|such\s+a\s+)?(?:really\s+|very\s+|so\s+|pretty\s+)?(?:hard|rough|tough|difficult)\s+time)"
    r"(?!\s+(?:to\s+)?(?:find|finding|get|getting|figur\w*|decid\w*|choos\w*|understand\w*|schedul\w*|navigat\w*|reach\w*"
    r"|pick\w*|mak\w*|sort\w*|fit\w*|keep\w*\s+track))"
    r")\b"
    # "it's been a rough couple years", "the last two have been rough since the kids left" (not "hard to find")
    r"|\b(?:it'?s|it\s+has|this\s+has|that\s+has|(?:the\s+)?(?:last|past)\s+(?:\w+\s+){1,2}(?:has|have))\s+been\s+(?:a\s+|such\s+a\s+)?"
    r"(?:really\s+|very\s+|so\s+|incredibly\s+|pretty\s+)?(?:hard|rough|tough|difficult|brutal|awful|exhausting|heavy)"
    r"(?:\s+(?:first\s+)?(?:year|couple(?:\s+of)?\s+(?:years|months|weeks)|(?:few|two|three|four|six)\s+(?:years|months|weeks|days)|months"
    r"|weeks|time|stretch|season"
    r"|fall|autumn|winter|spring|summer|readjustment|transition)\b|(?=\s*(?:[.,;!:\-\u2013\u2014]|$|\s+(?:and|but|so|lately|recently"
    r"|since|especially|for\s+(?:me|us|him|her|them)))))"
    r"|\b(?:can'?t|cannot)\s+stop\s+crying\b"
    # "December was brutal", "the darkness is getting to me", "I've been in a low place since the summer",
    # "really rattled", "I'm not sleeping well", "I've been having panic attacks", "sleep is wrecked"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:really\s+|absolutely\s+|pretty\s+)?brutal\b"
    r"|\b(?:is|are|has\s+been)\s+(?:already\s+|really\s+|starting\s+to\s+|finally\s+)?get(?:ting)?\s+to\s+me\b"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are|(?:s)?he'?s|(?:s)?he\s+is|they'?re|i'?ve\s+been|we'?ve\s+been)\s+(?:(?!not\b)\w+\s+)?"
    r"in\s+(?:a|such\s+a)\s+(?:\w+\s+)?(?:low|dark|bad|rough)\s+place\b"
    r"|\b(?:really|pretty|so|very|just)\s+rattled\b|\bsleep\s+is\s+(?:wrecked|shot|a\s+mess)\b|\bcaught\s+up\s+with\s+me\b"
    r"|\b(?:i'?m|i\s+am|i'?ve\s+been|(?:s)?he'?s|(?:s)?he\s+is)\s+(?:not|barely|hardly)\s+sleeping\b"
    r"|\b(?:i'?ve\s+been|i'?m|i\s+have\s+been|i'?ve\s+started|i\s+have\s+started|i\s+started)\s+having\s+(?:[\w']+\s+){0,5}?panic\s+attacks\b"
    r"|\bmade\s+(?:it|things)\s+(?:\w+\s+)?(?:bad|worse|harder)\s+again\b"
    r"|\b(?:tengo|siento)\s+much[oa]\s+(?:estr[ée]s|ansiedad|miedo|tristeza)\b|\bno\s+duermo\s+bien\b|\bcasi\s+no\s+(?:come|duerme)\b"
    r"|\blloro\s+(?:en\s+el\s+trabajo|sin\s+raz[óo]n|a\s+escondidas)\b"
    r"|\bno\s+quiere\s+salir\s+de\s+su\s+cuarto\b"
    # "desde que empezó la secundaria está muy triste", "dice que ya no sirve para nada", "casi no sale de la casa"
    r"|\best[áa]\s+(?:muy\s+|tan\s+)?(?:triste|deprimid[oa]|aislad[oa]|desanimad[oa])\b|\bya\s+no\s+sirve\s+para\s+nada\b"
    r"|\bcasi\s+no\s+sale\b|\bno\s+quiere\s+ir\s+a\s+la\s+escuela\b"
    # "she has lost a lot of weight and I've found evidence that she's restricting and possibly purging"
    r"|\blost\s+a\s+lot\s+of\s+weight\b|\b(?:she'?s|he'?s|they'?re)\s+(?:been\s+)?restricting\b|\bpurging\b"
    # "Things got a lot harder since ...", "it's gotten harder this winter", "my advisor situation has gotten bad"
    r"|\b(?:things|it|this|that|situation)\s+(?:got|has\s+gotten|have\s+gotten|'s\s+gotten|is\s+getting)\s+(?:a\s+lot\s+|much\s+|so\s+much\s+"
    r"|really\s+|even\s+)?(?:harder|worse|bad)\b|\bit'?s\s+gotten\s+(?:a\s+lot\s+|much\s+)?(?:harder|worse)\b"
    r"|\b(?:about|nearly|almost)\s+broke\s+me\b|\bat\s+a\s+crossroads\b|\bheart\s+(?:is\s+)?(?:racing|pounding)\b"
    r"|\b(?:can'?t|cannot|not\s+being\s+able\s+to)\s+sleep\b|\brefuses?\s+to\s+go\s+(?:back\s+)?to\s+school\b"
    r"|\bmoved\s+(?:my|our)\s+(?:dad|mom|mother|father|grandmother|grandfather|grandma|grandpa|parents?)\s+into\s+"
    r"(?:assisted\s+living|memory\s+care|a\s+nursing\s+home|hospice|a\s+care\s+home)\b"
    r"|\b(?:got|received|had)\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:evacuation|be\s+set|\"be\s+set\")\s+notice\b"
    r"|\bcry(?:ing)?\s+(?:every\s+(?:day|night)|all\s+the\s+time|in\s+(?:the|my)\s+car|myself\s+to\s+sleep)\b"
    # a child taken to the ER after a scare, risk ruled out there: a frightening week for a family
    r"|\b(?:took|rushed|brought)\s+(?:him|her|them|my\s+\w+|our\s+\w+)\s+to\s+the\s+(?:er|emergency\s+room|hospital)\b"
    r"|\bended\s+up\s+in\s+the\s+(?:er|emergency\s+room)\b"
    r"|\b(?:me\s+siento|se\s+siente|estoy|est[áa])\s+(?:muy\s+|tan\s+)?(?:sol[oa]|agotad[oa]|desesperad[oa])\b"
    r"|\b(?:me\s+siento|se\s+siente)\s+(?:muy\s+|tan\s+)?(?:triste|deprimid[oa]|mal)\b"
    r"|\bha\s+sido\s+(?:un\s+a[ñn]o|una\s+temporada|un\s+tiempo|unos\s+meses)\s+(?:muy\s+)?(?:dif[íi]cil|dur[oa])\b"
    r"|\b(?:est[áa]|estoy|estamos)\s+pasando\s+(?:por\s+)?un\s+momento\s+(?:muy\s+)?dif[íi]cil\b"
    r"|\bllor(?:o|a|ando)\s+(?:mucho|todos\s+los\s+d[íi]as|todas\s+las\s+noches)\b"
    # "el cambio ha sido fuerte", "he tenido un año muy pesado", "me he sentido muy triste y sola",
    # "ya no sé qué hacer", "todo en la casa está de cabeza", "nunca habíamos estado así", "llevarlo a urgencias"
    r"|\bha\s+sido\s+(?:muy\s+|bastante\s+|super\s+)?(?:fuerte|dif[íi]cil|dur[oa]|pesad[oa])\b"
    r"|\b(?:he|ha|hemos|han)\s+tenido\s+un\s+(?:a[ñn]o|tiempo|semestre|invierno|verano)\s+(?:muy\s+)?(?:pesado|dif[íi]cil|duro|fuerte)\b"
    r"|\b(?:me\s+he|se\s+ha|nos\s+hemos)\s+sentido\s+(?:muy\s+|tan\s+)?(?:triste|sol[oa]s?|deprimid[oa]s?|agotad[oa]s?|perdid[oa]s?)\b"
    r"|\bya\s+no\s+s[ée]\s+qu[ée]\s+hacer\b|\best[áa]\s+de\s+cabeza\b|\bnunca\s+hab[íi]amos\s+estado\s+as[íi]\b"
    r"|\b(?:llevar|llevarlo|llevarla|llev[ée])\w*\s+(?:a\s+)?urgencias\b|\bno\s+se\s+ha\s+adaptado\b"
    r"|\btiene\s+mucha\s+(?:ansiedad|tristeza)\b|\bpeleamos\s+por\s+todo\b|\bsolo\s+peleamos\b|\bproblemas\s+de\s+confianza\b"
    # a couple in strain: "we're not doing great as a couple", "lots of resentment", "we very much can't"
    r"|\bnot\s+doing\s+(?:great|well|good|ok|okay)\s+as\s+a\s+couple\b|\b(?:lots|a\s+lot)\s+of\s+resentment\b"
    r"|\b(?:we\s+)?(?:only|just)\s+fight\b|\bfight(?:ing)?\s+(?:constantly|all\s+the\s+time|nonstop)\b"
    r"|\btrust\s+(?:issues|problems)\b|\bmarriage\s+is\s+(?:struggling|in\s+trouble|falling\s+apart|on\s+the\s+rocks)\b"
    # "I'm going through a lot with my mother", "finding it harder than expected, I don't know anyone here yet"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+going\s+through\s+a\s+lot\b"
    r"|\bfinding\s+it\s+(?:a\s+lot\s+|much\s+|way\s+)?harder\s+than\s+(?:i\s+)?expected\b"
    r"|\bi\s+don'?t\s+know\s+anyone\s+(?:here|in\s+\w+)\b|\bi\s+don'?t\s+(?:really\s+)?have\s+(?:any\s+)?friends\s+here\b"
    r"|\b(?:anxious|stressed)\s+and\s+teary\b|\bestamos\s+peleando\s+mucho\b",
    re.IGNORECASE,
)
"""Hardship told in passing: a word of warmth before the answers, and nothing more (it changes no answer)."""
_DOUBTS = re.compile(
    r"\b(?:call(?:ed|ing)?\s+off|postpone\w*|not\s+sure\s+(?:we|i|if|whether)|second\s+thoughts|doubts?|cheat\w*|affair)\b",
    re.IGNORECASE,
)
"""An engagement with doubts in it ("we're engaged but I'm not sure we should marry") is not congratulated."""

_FRIEND = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:friend|roommate|coworker|co-worker|colleague|neighbou?r|boss|amig[oa]|compañer[oa])\b",
    re.IGNORECASE,
)

_TWINS = re.compile(
    r"\btwins\b|\ba\s+twin\s+(?:on|in)\s+each\b|\bour\s+twin\s+(?:boys|girls|babies|sons|daughters)\b|\bgemel[oa]s\b",
    re.IGNORECASE,
)

_DEAF = re.compile(
    r"\bi\s+am\s+(?:deaf|hard\s+of\s+hearing|hearing[-\s]impaired)\b|\bi'?m\s+(?:deaf|hard\s+of\s+hearing|hearing[-\s]impaired)\b"
    r"|\b(?:as\s+a|i'?m\s+a)\s+deaf\s+(?:person|woman|man|adult)\b|\bsoy\s+sord[oa]\b"
    # "I am autistic and phone calls are very difficult for me": no phone consultation offered either
    r"|\bphone\s+calls?\s+(?:are|is)\s+(?:very\s+|really\s+|extremely\s+|so\s+)?(?:hard|difficult|tough|impossible)\s+for\s+me\b"
    r"|\bi\s+(?:can'?t|cannot|don'?t)\s+(?:do|handle|manage)\s+(?:phone|voice)\s+calls\b"
    r"|\bphone\s+calls?\s+(?:\w+\s+)?(?:shut|shuts|freeze|freezes)\s+(?:her|him|them|me)\s+(?:down|up)\b"
    r"|\b(?:she|he)\s+(?:can'?t|cannot|won'?t|doesn'?t)\s+(?:do|handle|manage)\s+(?:phone|voice)\s+calls\b",
    re.IGNORECASE,
)
_PHONE_FAILED = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|could\s+not|never)\s+(?:seem\s+to\s+)?(?:get\s+through(?:\s+to\s+(?:you|anyone|anybody|someone|the\s+office))?"
    r"\s+(?:on|by|over)\s+the\s+(?:tele)?phone|get\s+through\s+to\s+(?:you|anyone|anybody|someone|the\s+office)|"
    r"reach\s+(?:you|anyone|anybody)(?:\s+by\s+phone)?|get\s+(?:anyone|a\s+person)\s+on\s+the\s+phone)\b|\bno\s+one\s+(?:ever\s+)?(?:answers|picks\s+up)\b|\bgoes\s+(?:straight\s+)?to\s+voicemail\b"
    r"|\be-?mail\s+(?:rather\s+than|instead\s+of)\s+(?:call|phon)\w*|\bplease\s+(?:don'?t|do\s+not)\s+call\b|\bhate\s+(?:talking\s+on\s+)?the\s+phone\b",
    re.IGNORECASE,
)
"""'since I can't seem to get through on the telephone', 'please email rather than call': e-mail is the way."""

"""Their own deafness ("I'm Deaf", "hard of hearing"), not a child's: a parent may still take a call."""


_BOOKED = re.compile(
    r"\bi\s+(?:just\s+|already\s+)?(?:booked|scheduled|signed\s+up\s+for)\s+(?:a|the|my|an|your)\s+(?:free\s+)?"
    r"(?:phone\s+|15[-\s]minute\s+)?(?:consult(?:ation)?|intake|first\s+(?:session|appointment)|appointment)\b"
    r"|\bi'?ve\s+(?:just\s+|already\s+)?booked\s+(?:a|the|my|an|your)\s+(?:free\s+)?(?:phone\s+)?(?:consult|intake|first)"
    # "I have my first appointment with Sam on Thursday. Where's the best place to park?"
    r"|\bi\s+have\s+my\s+first\s+(?:session|appointment|appt)\s+(?:with\s+\w+\s+)?(?:on|this|next|tomorrow|today)\b"
    # "I'm booked for my first session Thursday", "we're scheduled for an intake on the 3rd"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:all\s+)?(?:booked|scheduled|set)\s+(?:in\s+)?for\s+(?:my|our|the|an?)\s+"
    r"(?:first\s+)?(?:session|appointment|appt|intake|consult(?:ation)?)\b"
    r"|\btengo\s+(?:mi|una)\s+(?:primera\s+)?(?:cita|sesi[óo]n|consulta)\s+(?:el|este|esta|para|mañana|hoy)\b",
    re.IGNORECASE,
)


_COMES_HERE = re.compile(
    r"\b(?:i|we)\s+(?:guess\s+(?:i|we)\s+)?(?:could|can|would|'d|could\s+always|can\s+always)\s+(?:\w+\s+){0,2}?"
    r"(?:drive|come|cross|head|get)\s+(?:over|down|in|across|to\s+(?:portland|your\s+office|the\s+office))\b",
    re.IGNORECASE,
)
"""'If it has to be Oregon I guess I could drive over the bridge': someone across the line who could come in."""
_ENGLISH_OK = re.compile(
    r"\benglish\s+(?:is|would\s+be)\s+(?:also\s+)?(?:fine|ok|okay|good|alright)\b"
    r"|\b(?:fine|ok|okay|happy)\s+(?:with|in)\s+english\b|\benglish\s+(?:also\s+)?works\b"
    r"|\b(?:i|we)\s+(?:can|could|will|would)\s+(?:also\s+)?(?:try|do\s+it|manage|do\s+sessions)\s+(?:it\s+)?in\s+english\b",
    re.IGNORECASE,
)
"""'Do you have someone who speaks Japanese? If not, English is fine': sessions in English would suit them."""


_RETURNING = re.compile(
    r"\b(?:you|dana|sam)\s+saw\s+me\b|\bi\s+(?:saw|used\s+to\s+see|worked\s+with)\s+(?:dana|sam|you)\s+(?:for|in|back|after|a\s+few|a\s+couple|about|last|years?)\b"
    r"|\b(?:like|love|want|hoping|hope)\s+to\s+come\s+back\s+to\s+(?:dana|sam|you|therapy|see\s+you)\b|\bi'?d\s+like\s+to\s+come\s+back\b(?!\s+(?:in|on|after|next|when|once|from|at)\b)"
    r"|\broom\s+for\s+me\s+again\b|\bwas\s+(?:a|your)\s+client\s+(?:of\s+yours\s+)?(?:a\s+few|a\s+couple|some|two|three|\d+)\s+years\s+ago\b"
    # "Can I come back? Same time on Wednesdays?", "can I get back on your schedule?", "it's me again"
    r"|\b(?:can|could|may)\s+i\s+(?:please\s+)?come\s+back\b(?!\s+(?:in|on|after|next|when|once|from|at|later)\b)"
    # (never "won't get back in the truck", "get back into the pool": somewhere else to go back to)
    r"|\b(?:can|could|may)\s+(?:i|we)\s+get\s+back\s+in\b(?!\s+(?:touch|the|a|my|his|her|their|to|shape)\b)"
    r"|\bget\s+back\s+(?:in\s+(?:with\s+(?:you|dana|sam)|for\s+(?:sessions?|therapy))|on\s+(?:your|the|dana'?s|sam'?s)\s+(?:schedule|calendar|books))"
    r"|\bit'?s\s+me\s+again\b",
    re.IGNORECASE,
)
"""'You saw me for about eight months back in 2024 ... I'd like to come back': welcomed back, not pitched the intake."""


def asks_to_come_back(words: str) -> bool:
    """'Can I come back?' from a returning client: whether there is room for them, answered "we'd be glad to see you
    again", not a question for staff."""
    return bool(_RETURNING.search(words)) and not re.search(r"\bif\b", words, re.IGNORECASE)  # not "if I come back"


_NEW_CARD = re.compile(
    r"\b(?:pic(?:ture)?s?|photos?|cop(?:y|ies)|scans?|images?)\s+of\s+(?:my|the|our)\s+(?:new\s+)?(?:insurance\s+|member\s+)?(?:id(?:entification)?\s+)?card"
    r"(?!\s+(?:when|once|after|as\s+soon\s+as)\s+(?:it|i\s+get\s+it|i\s+have\s+it)\b)"
    r"|\bcard\s+(?:has\s+been|was|got|just\s+got)\s+reissued\b|\breissued\s+(?:insurance\s+)?card\b"
    r"|\bnew\s+(?:insurance\s+)?(?:id\s+)?card\b|\bupdate\s+(?:my|our)\s+(?:file|insurance|records?|account|info)\b"
    r"|\b(?:front\s+and\s+back|both\s+sides)\s+of\s+(?:the|my)\s+(?:new\s+)?(?:insurance\s+)?card\b"
    r"|\b(?:insurance|medicare|medicaid|ohp|member|id|supplement)\s+cards?\b[^.?!]{0,60}\b(?:is|are)\s+attached\b|\bnew\s+card\s+attached\b",
    re.IGNORECASE,
)
CHASED = re.compile(
    r"\b(?:never|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:\w+\s+)?(?:heard|hear|gotten|received|got)\s+(?:back|anything|a\s+(?:reply|response))"
    # "I haven't gotten anything from Regence about it": their insurer's silence, not ours
    r"(?!\s+(?:from|by)\s+(?!you\b|your\b|the\s+(?:practice|office)\b)\w+)"
    r"|\bfollowing\s+up\s+on\s+(?:my|the)\s+(?:email|message|form|inquiry|voicemail|request)\b"
    r"|\bno\s+(?:he|hemos)\s+(?:tenido|recibido)\s+(?:ninguna\s+)?respuesta\b|\bnadie\s+me\s+(?:ha\s+)?(?:contestado|respondido)\b",
    re.IGNORECASE,
)
"""'Filled out the form the day after Christmas and never heard back': an answer owed, and an apology with it."""
_UPSET = re.compile(
    # "I'm frankly upset." / "...upset with the billing": not "so upset, my dad passed", nor "frustrated with work"
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:frankly\s+|really\s+|very\s+|so\s+|quite\s+|pretty\s+|honestly\s+)?"
    r"(?:upset|frustrated|disappointed|annoyed|angry|furious)(?:\s*[.!]|\s+(?:that\s+(?:no\s+one|nobody|you|i\s+was)"
    r"|with\s+(?:you|your|the\s+(?:practice|office|billing|front\s+desk|way)|this)\b))"
    r"|\b(?:it'?s|this\s+is|that'?s)\s+(?:really\s+|very\s+|so\s+|honestly\s+)?(?:frustrating|unacceptable|ridiculous|upsetting)\b"
    r"|\b(?:no\s+one|nobody)\s+(?:ever\s+)?(?:came\s+out|called(?:\s+(?:me\s+)?back)?(?=\s*[.,!]|\s+(?:either|me|us))|showed\s+up)"
    r"|\bsecond\s+time\s+this\s+(?:has\s+)?happen"
    # Spanish: "estoy muy molesta", "es la segunda vez que pasa", "nadie me devolvió la llamada"
    r"|\b(?:estoy|estamos)\s+(?:muy\s+|bastante\s+|realmente\s+)?(?:molest[oa]s?|frustrad[oa]s?|decepcionad[oa]s?|enojad[oa]s?)"
    r"(?:\s*[.!]|\s+(?:con\s+(?:ustedes|la\s+(?:oficina|consulta|cl[ií]nica|facturaci[óo]n))|porque\s+(?:nadie|me\s+cobraron)))"
    r"|\bes\s+la\s+segunda\s+vez\s+que\b|\bnadie\s+me\s+(?:devolvi[oó]|regres[oó])\s+la\s+llamada\b",
    re.IGNORECASE,
)
"""'I sat in the waiting room for 20 minutes and no one came out': a client upset with us hears sorry first."""


def read_circumstances(items: list[Sentence]) -> dict[str, bool]:
    """The circumstances one message tells of (pure), as keyword arguments of the request's `Known`."""
    can = possible(whole(items))
    return {
        "formal": id(_FORMAL) in can,
        "job_loss": id(_JOB_LOSS) in can and id(_NEW_JOB) not in can,  # laid off, and now a new job: good news
        "for_a_friend": id(_FRIEND) in can,
        "twins": id(_TWINS) in can,
        "deaf": id(_DEAF) in can,
        "phone_failed": id(_PHONE_FAILED) in can,
        "booked": id(_BOOKED) in can,
        "english_ok": id(_ENGLISH_OK) in can,
        "comes_here": id(_COMES_HERE) in can,
        "returning": id(_RETURNING) in can,
        "chased": id(CHASED) in can,
        "upset": id(_UPSET) in can,
        # "I can send a photo of my card if you need the member ID": offered, not sent; nothing to thank them for
        "new_card": id(_NEW_CARD) in can
        and any(not _OFFERS_TO_SEND.search(s.text) for s in items if _NEW_CARD.search(s.text)),
        "card_sent": any(_SENT_CARD.search(s.text) and not _WILL_SEND.search(s.text) for s in items),
    }


_SENT_CARD_RE = re.compile(
    r"\battach\w*|\bhere'?s\b|\bhere\s+(?:is|are)\b|\b(?:photo|picture|pic|scan|copy)\b|\bfront\s+and\s+back\b"
    r"|\b(?:i'?ve|i\s+have|just)\s+(?:sent|emailed|uploaded)\b|\bbelow\b|\badjunt\w*|\baqu[ií]\s+(?:est[áa]|le\s+env[íi]o)"
    r"|\bfoto\b|\b(?:member|subscriber|group|policy)\s*(?:id|#|number|no\.?)|\bid\s*(?:#|number|:)|\b[a-z]{0,3}\d{6,}\b",
    re.IGNORECASE,
)
_SENT_CARD = Guarded(_SENT_CARD_RE)
"""'Attached is a photo of the front and back': the card came with the message, and is thanked for."""
_WILL_SEND = re.compile(
    r"\b(?:i'?ll|i\s+will|will|i'?m\s+going\s+to|i\s+can)\s+(?:\w+\s+)?send\b|\b(?:when|once|as\s+soon\s+as)\s+i\s+(?:get|have|receive)\b"
    r"|\b(?:do|would)\s+you\s+(?:need|want)\b|\bshould\s+i\s+send\b",  # "Do you need a picture of my card?"
    re.IGNORECASE,
)
"""'I'll send the new member ID when I get it': the card is still to come."""


_OFFERS_TO_SEND = re.compile(
    r"\b(?:i\s+can|i\s+could|happy\s+to|glad\s+to|i'?ll|i\s+will|i'?d\s+be\s+happy\s+to)\s+(?:\w+\s+)?"
    r"(?:send|email|forward|upload|share|bring)\b[^.?!]*\bif\s+(?:you\s+need|needed|that\s+helps|you'?d\s+like)"
    # "I'll bring my new card to my next session": to come, nothing sent yet
    r"|\b(?:i'?ll|i\s+will|i\s+can)\s+bring\s+(?:my|the)\s+new\s+(?:insurance\s+)?card\b",
    re.IGNORECASE,
)


def read_news(items: list[Sentence]) -> News | None:
    """The one piece of news a reply answers first: an engagement (without doubts in the letter), an accident, a new
    job, or else a hard time told in passing."""
    can = possible(whole(items))
    if id(_ENGAGED) in can and id(_DOUBTS) not in can:
        return News.ENGAGED
    if id(_ACCIDENT) in can:
        return News.ACCIDENT
    if id(_NEW_JOB) in can:
        return News.NEW_JOB
    if id(_RETIRING) in can and id(_HARD_TIME) not in can:
        return News.RETIRING
    if id(_HARM) in can:
        return News.HARM
    if id(_HARD_TIME) in can:
        return News.HARD_TIME
    return None


_RETIRING = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:finally\s+)?retiring\b[^.?!\n]{0,40}(?:\bfinally\b|\byay\b)"
    r"|\bi\s+(?:just\s+|finally\s+)retired\b[^.?!\n]{0,30}(?:\bfinally\b|\byay\b)",
    re.IGNORECASE,
)
"""'my plan ends April 30 because I'm retiring (finally!)': glad news, told with its own cheer (a retirement told
without it, "since I retired I feel lost", "I'm retiring next week and I'm dreading it!", is no news to cheer)."""


_HARM = re.compile(
    r"\b(?:was|were|got|been|being)\s+(?:sexually\s+|physically\s+)?(?:assaulted|attacked|raped|mugged|jumped|abused)\b"
    r"|\b(?:sexual\s+)?assault\s+survivor\b|\b(?:domestic\s+violence|dv|abuse|sexual\s+assault|rape)\s+survivor\b"
    r"|\bsurvivor\s+of\s+(?:sexual\s+assault|domestic\s+violence|abuse|rape|assault|a\s+home\s+invasion)\b|\bhome\s+invasion\b"
    r"|\b(?:a|one)\s+(?:really\s+)?bad\s+call\b|\b(?:call|rescue|run)\s+(?:that\s+)?went\s+(?:wrong|bad|sideways)\b"
    r"|\bfollowing\s+me\s+home\b|\bnightmares\b|\bflashbacks\b"
    r"|\b(?:fue|fui)\s+(?:asaltad[oa]|atacad[oa]|agredid[oa]|violad[oa])\b|\b(?:lo|la|me|nos)\s+(?:asaltaron|atacaron|agredieron)\b"
    r"|\bpesadillas\b|\b(?:rescate|llamada|incendio)\s+que\s+sali[óo]\s+mal\b|\brecuerdos\s+de\s+(?:un|una|lo\s+que)\b",
    re.IGNORECASE,
)
"""What someone went through, told to say why they write (never the writer's risk now: that is the crisis layer's)."""


gated(_ENGAGED, _NEW_JOB, _RETIRING, _ACCIDENT, _DOUBTS, _HARM, _HARD_TIME)
gated(
    _COMES_HERE,
    _FORMAL,
    _JOB_LOSS,
    _FRIEND,
    _TWINS,
    _DEAF,
    _PHONE_FAILED,
    _BOOKED,
    _ENGLISH_OK,
    _RETURNING,
    CHASED,
    _NEW_CARD,
    _UPSET,
)
