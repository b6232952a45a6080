"""What says a person is safe for now: a risk asked about and ruled out, a past told as past, a figure of speech
("this commute is killing me"). The crisis lexicon and the model both read these before they call a crisis."""

from __future__ import annotations

import re

from triage.core.prefilter import Guarded

SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
"""A sentence, as the crisis readers split a text (at . ! ? and line ends)."""

RULED_OUT = re.compile(
    # "My GP asked me last week if I'd had any thoughts of hurting myself, and honestly, no, not at all."
    r"\basked\s+(?:me|him|her|them),?\s+(?:[\w,]+\s+){0,3}?(?:if|whether)\b[^.!?\n]{0,60}\b(?:thoughts?\s+of|thinking\s+(?:of|about)|suicid\w*|self[-\s]?harm)"
    # the answer a bare no: not "and I'm not going to lie, I have been"
    r"[^.!?\n]{0,40}?(?:,?\s+and|[.;,])\s+(?:honestly|truthfully|truly|really)?,?\s*(?:no\s*[,.!;]|no\s+not\b|nope\b"
    r"|i\s+(?:said|told\s+\w+)\s+no\b|i\s+haven'?t\s*[,.!;]|i'?m\s+not\s*[,.!;]|i\s+am\s+not\s*[,.!;]|i\s+wasn'?t\s*[,.!;]"
    r"|the\s+answer\s+(?:is|was)\s+no\b)|"
    # "Le pregunté directamente si ha pensado en hacerse daño y me dijo que no"
    r"\bpregunt\w*\s+(?:\w+\s+){0,2}si\s+[^.!?\n]{0,60}(?:hacer(?:se|me|le)\s+da[ñn]o|suicid\w*|matar\w*|quitarse\s+la\s+vida)"
    r"[^.!?\n]{0,30}\b(?:me\s+dijo|dijo|contest[óo]|respondi[óo])\s+que\s+no\b|"
    r"ruled\s+out|\b(?:nobody|no\s*one)\s+is\s+hurting\s+me\b|not\s+(currently\s+)?(suicidal|in\s+(any\s+(kind\s+of\s+|sort\s+of\s+)?)?danger|in\s+(a\s+)?crisis|at\s+(any\s+|acute\s+|immediate\s+|imminent\s+)?risk|a\s+danger\s+to)|no\s+safety\s+concerns?\b|"
    r"\b(evaluated|assessed|seen|checked)\s+and\s+cleared\b|\bno\s+(current|immediate|acute)\s+risk\b|"
    r"\b(asked|screened|checked)\s+(him|her|them|me|us)?\s*(directly\s+|specifically\s+|straight\s+out\s+)?(about|for)\s+(suicid\w*|self[-\s]?harm|hurting|harming|safety|"
    r"thoughts\s+of)[^.!?\n]{0,80}\b(said|answered|says)\s+no\b|"
    r"\b(?:asked|did\s+ask)\s+(him|her|them)\s+(straight\s+out\s+|directly\s+|point[-\s]blank\s+)?(if|whether)\b[^.!?\n]{0,60}"
    r"(suicid\w*|self[-\s]?harm|hurting|thoughts\s+of|thought\s+about)[^.!?\n]{0,100}\b(said|answered|says)\s*,?\s*[\"“']?(?:(?:mom|mum|dad|mama|papa|grandma|grandpa|ma)\s*,?\s*)?no\b|\bcleared\s+(him|her|them|me)\b(?!\s+medically)|"
    # "I asked him straight out whether he had thought about hurting himself. He said no"
    r"\b(?:asked|did\s+ask)\s+(him|her|them)\s+(straight\s+out\s+|directly\s+|point[-\s]blank\s+)?(if|whether)\b[^.!?\n]{0,60}"
    r"(suicid\w*|self[-\s]?harm|hurting|thoughts?\s+(of|about)|thought\s+about)[^.!?\n]{0,30}[.;]\s+(he|she|they)\s+(said|answered)\s+no\b|"
    r"\bdenie[sd]\s+(any\s+)?((recent|current)\s+)?(si|hi|suicidal|thoughts\s+of|self[-\s]?harm|intent|plan|urges)\b|\bscreened\s+negative\b|"
    # "at her last appointment he said she's no longer at elevated risk"
    r"\bno\s+longer\s+at\s+((elevated|high|increased|acute|imminent|any)\s+)?risk\b|"
    r"\bno\s+(thoughts?|intention|plans?)\s+of\s+(hurting|harming|killing|suicide|ending)\b|"
    r"\bno\s+(such\s+)?thoughts\s+(of\s+)?(that|this)\s+kind\b|\bno\s+thoughts\s+like\s+that\b|"
    r"\b(never|not)\s+(had|having|have)\s+(any\s+)?(thoughts?|urges?)\s+(of|about)\s+(hurting|harming|suicide|"
    r"killing|ending)\b(?![^.!?\n]{0,30}\b(until|till|but\s+now|before\s+(this|last|now)))|"
    r"\b(i'm|i\s+am|she's|he's|she\s+is|he\s+is)\s+not\s+(suicidal|going\s+to\s+hurt)\b|"
    r"\b(i'm|i\s+am)\s+not\s+(thinking\s+(about|of)|planning\s+(on|to))\s+(hurting|harming|killing|ending)\s+(myself|my\s+life)\b|"
    # "we asked him directly and he said he is not thinking about hurting himself"
    r"\b(he|she|they)\s+(?:(?:is|are|'s|'re)\s+not|isn'?t|aren'?t)\s+(thinking\s+(about|of)|planning\s+(on|to))\s+(hurting|harming|killing|ending)\s+"
    r"(himself|herself|themselves|his\s+life|her\s+life|their\s+life)\b|"
    r"\bno\s+(tengo|tiene)\s+(pensamientos|ideas)\s+de\s+(hacer(me|se)\s+da[ñn]o|suicid|matar)\b|"
    r"\bno\s+(estoy|est[áa])\s+en\s+peligro\b|\bno\s+corre\s+(ning[úu]n\s+)?peligro\b|\bno\s+ha\s+habido\s+(ninguna\s+)?se[ñn]al\s+de\s+riesgo\b|"
    r"\b(isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t)\s+(a|at)\s+risk\b|\bhaven'?t\s+had\s+(those|these|any\s+of\s+those)\s+thoughts\s+(since|in)\b|\bsatisfied\s+(that\s+)?(he|she|they)\b|"
    r"\bno\s+(estoy|est[áa])\s+(en\s+peligro|pensando\s+en\s+(hacerme|matarme|suicid))"
    # a pediatrician's screening, told by the parent: "no sign Signe is thinking about hurting herself", "she did
    # not think he was at risk of hurting himself"
    r"|\bno\s+sign\s+(that\s+)?(\w+\s+){0,2}(is|was)\s+(thinking\s+(about|of)|at\s+risk|suicidal)\b"
    r"|\b(did\s+not|didn'?t|does\s+not|doesn'?t)\s+think\s+(he|she|they)\s+(was|is|were|are)\s+(at\s+risk|suicidal)\b"
    r"|\bno\s+plans?\s+or\s+(thoughts|intent)\s+(like\s+that|of\s+(hurting|harming|suicide))\b"
    # "He's not talking about hurting himself or anything like that, I asked him straight out and he said no"
    r"|\b(he|she|they)('s|\s+is|'re|\s+are)\s+not\s+(talking|thinking)\s+about\s+(hurting|harming|killing|ending)\b",
    re.I,
)
PAST = re.compile(
    r"\b(\d+|many|several|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years\s+ago|\ba\s+year\s+ago\b|\b(?:this\s+time\s+)?last\s+year\b|\bin\s+the\s+past\b|\bhistory\s+of\b|"
    r"\bback\s+in\b|\bused\s+to\b|\bwhen\s+i\s+was\b|\bas\s+a\s+(teen|teenager|kid)\b|\bin\s+(19|20)\d\d\b|"
    r"\bin\s+(the\s+)?(spring|summer|fall|autumn|winter)\s+(of\s+)?(19|20)\d\d\b|"
    r"\bhace\s+(\d+|muchos|varios|unos)\s+a[ñn]os\b|\bhaven't\s+since\b|\bin\s+my\s+(twenties|teens|20s)\b",
    re.I,
)
SAFE = re.compile(
    r"\b(i'm|i\s+am|i\s+feel|we're|she's|he's|they're|i've\s+been|i\s+have\s+been)\s+(completely\s+|totally\s+|"
    r"perfectly\s+|very\s+)?(safe|stable|well|doing\s+(well|great|really\s+well|(a\s+lot\s+|much\s+|so\s+much\s+)?better))\b|\bstable\s+(since|for)\b|"
    r"\bno\s+suicidal\s+(thoughts|ideation)\s+(for|in|since)\b|"
    # "I'm not going to do anything stupid, I promise": said to be believed (the lexicon still reads the rest)
    r"\b(i'm|i\s+am)\s+not\s+going\s+to\s+do\s+anything\s+(stupid|dumb|drastic)\b|"
    r"\b(i'm|i\s+am)\s+(honestly\s+|really\s+|actually\s+|genuinely\s+)?(in\s+a\s+(good|great|much\s+better|better)\s+place|fine\s+(right\s+)?now)\b|\bestoy\s+a\s+salvo\b|\bestoy\s+bien\b|\bhe\s+estado\s+estable\b|\bthe\s+answer\s+is\s+no\b|\bbeen\s+well\b"
    r"|\b(?:i'?ve|i\s+have)\s+been\s+in\s+a\s+(?:really\s+|very\s+|pretty\s+)?(?:stable|good|great|better|healthy)(?:,?\s+(?:stable|good|great|healthy))?\s+place\b"
    r"|\b(?:i'?m|i\s+am)\s+not\s+in\s+that\s+(?:place|space)\s+(?:now|anymore|any\s+more)\b"
    # "I'm fine safety wise", "safety-wise I'm okay": the question answered before it is asked
    r"|\b(?:i'?m|i\s+am)\s+(?:fine|ok|okay|good|all\s+right|alright)\s+(?:safety[-\s]?wise|in\s+terms\s+of\s+safety)\b"
    r"|\bsafety[-\s]?wise,?\s+(?:i'?m|i\s+am)\s+(?:fine|ok|okay|good|all\s+right|alright)\b"
    # a client taking back last session's words: '"I just want to disappear" probably sounded alarming out of
    # context ... I meant I want to quit my job, not anything darker. I'm fine, genuinely.'
    r"|\bi\s+meant\b[^.!?]{0,80}\bnot\s+anything\s+(?:darker|dark|like\s+that|serious|scary)\b"
    # a widow: "I'm not telling you that to alarm you, I'm fine in that sense"
    r"|\b(?:she|he|they)\s+(?:has|have)\s+been\s+(?:completely\s+|very\s+|really\s+)?(?:safe|stable|doing\s+(?:well|great|better))\b"
    r"|\bnot\s+telling\s+you\s+(?:this|that)\s+to\s+(?:alarm|worry|scare)\s+you\b|\b(?:i'?m|i\s+am)\s+(?:fine|safe|okay|ok)\s+in\s+that\s+(?:sense|way|respect)\b",
    re.I,
)

MEANT_NO_HARM = re.compile(
    r"\bi\s+(?:don'?t|do\s+not|didn'?t)\s+mean\s+(?:anything|it\s+in\s+(?:a|any))\s+(?:dark|darker|scary|serious|like\s+that)\b",
    re.IGNORECASE,
)
"""A caregiver's "I can't do this anymore. I don't mean anything dark by that": the words taken back at once."""

IDIOMS = re.compile(
    # "My sister says I'd rather die than ask for help", "his friend was killed in that crash on I-84": no risk
    r"\b(?:would|'d)\s+rather\s+die\s+than\b|\b(?:was|were|got)\s+killed\s+in\s+(?:a|an|that|the)\s+(?:\w+\s+)?"
    r"(?:crash|accident|collision|wreck|fire)\b|"
    # "Some days I'd like to strangle her (figuratively!!)": said and taken back in the same breath
    r"\b(?:strangle|kill|murder|throttle|strangling|killing)\s+(?:him|her|them)\s*[(,-]?\s*(?:figuratively|metaphorically|not\s+literally)\b|"
    # "New card is on the way but won't be here till next week": the card's arrival, not the writer's
    r"\b(?:card|it|package|parcel|check|cheque|payment|form|letter|new\s+one|replacement|shipment|order|delivery)\b"
    r"[^.!?]{0,30}\bwon't\s+be\s+here\s+(?:till|until|by|before)\b|"
    r"\b(passed\s+away|died)\s+(from|of)\s+an?\s+(accidental\s+)?overdose\s+(last\s+(year|spring|summer|fall|winter|month)|this\s+(spring|summer|fall|year)|in\s+(19|20)\d\d|in\s+(january|february|march|april|may|june|july|august|september|october|november|december)|(a|two|three|four|five|several)\s+years?\s+ago)\b|"
    r"\b(is|are|was|were|'s|'re|it's|its)\s+(\w+\s+){0,2}killing\s+me\b|\bkilling\s+me\s+(lol|haha|ha)\b|"
    r"\bhit(ting|s)?\s+me\s+((this|so|that|really|pretty|extra)\s+)?(sideways|hard|harder|all\s+at\s+once|like\s+a\s+(truck|ton\s+of\s+bricks)|differently|out\s+of\s+nowhere)\b|"
    # "So the layoffs at work finally hit me": news landing, not a blow
    r"\b(layoffs?|news|reality|grief|loss|diagnosis|it\s+all)\s+(at\s+\w+\s+)?(finally|really|suddenly|just)\s+hit\s+me\b|"
    r"\b(want|wanna|going|gonna|could|'ll|will)\s+(to\s+)?(kill|strangle|murder|choke|punch|smack)\s+(him|her|them|my\s+\w+|\w+)\s*,?\s+(lol|lmao|haha|jk)\b|"
    # "she's been cutting class": skipping school
    r"\b(?:cut|cuts|cutting)\s+(?:class|classes|school|first\s+period|second\s+period|gym|practice|lectures?)\b|"
    # "stuck at the infusion center ... they won't let me leave for like 15 more min": a nurse, not a captor
    r"\b(?:they|the\s+(?:nurses?|doctors?|staff|hospital|clinic))\s+won'?t\s+let\s+me\s+leave\s+(?:for|until)\s+"
    r"(?:like\s+|another\s+|about\s+|maybe\s+)?(?:\d+|a\s+few|ten|fifteen|twenty|thirty)\s+(?:more\s+)?(?:min|mins|minutes)\b|"
    # "I swear I'm going to strangle her with a burp cloth. (Kidding. Mostly.)": taken back in the next breath
    r"\b(want|wanna|going|gonna|could|'ll|will)\s+(to\s+)?(kill|strangle|murder|choke|smother)\s+(him|her|them|my\s+\w+)\b[^.!?\n]{0,60}[.!?]*\s*\(?\s*(just\s+)?(kidding|joking|jk)\b|"
    r"\b(going\s+to|gonna)\s+be\s+the\s+death\s+of\s+me\b|\b(dying|dyin)\s+(to|for)\b|\bto\s+die\s+for\b|"
    r"\b(ask(s|ed|ing)?|wonder(s|ed|ing)?)\s+(me\s+)?(if|whether)\s+(i'?m|i\s+am|we'?re|you'?re|mommy|daddy|mom|dad|grandma|grandpa)\s+(is\s+|are\s+)?going\s+to\s+die\b|"
    r"\bcould\s+(just\s+)?die\s+(of|from|thinking|when|just|right|every|again)\b|\bi\s+could\s+(just\s+)?die\s*[.!]|\bkill\s+for\b|\bkill(ing)?\s+time\b|\bthrough\s+the\s+roof\b|"
    r"\b(drowning|swamped|buried)\s+in\b|\bend\s+of\s+(?:my|our|his|her|their|the)\s+rope\b|\b(scared|bored|worried|stressed)\s+to\s+death\b|\bdead\s+tired\b|"
    r"\bme\s+muero\s+de\b|\bya\s+no\s+puedo\s+m[áa]s\s+(?:del?\s+cansancio|de\s+cansad[oa]|de\s+sue[ñn]o)\b|\bmuert[oa]s?\s+de\s+(cansancio|hambre|risa|sue[ñn]o|ganas|miedo|verg[üu]enza)\b|"
    r"\b(convinced|afraid|scared|worried|terrified|paranoid|fear)\s+(that\s+)?(someone|somebody|a\s+stranger|an?\s+intruder|"
    r"a\s+burglar)\s+(is\s+going\s+to|will|might|could|'s\s+going\s+to|is\s+gonna)\s+(break\s+in\s+and\s+)?(kill|murder|hurt)(\s+(us|me|them|him|her|my\s+\w+))?\b|"
    # "my husband can't drive me every day and I can't keep doing this": the rides, not her life
    r"\b(drive|driving|drives|rides?|commut\w*|juggl\w*|schedul\w*)\b[^.!?\n]{0,60}\bcan'?t\s+keep\s+doing\s+this\b|"
    # "We fight a lot ... But we can't keep doing this": a couple's fighting, said of the two of them
    r"\bwe\s+can'?t\s+keep\s+doing\s+this\b|"
    # "his tummy hurts", "I've hit a wall", "I'm going to fake my own death and open a bakery (kidding)"
    r"\b(?:tummy|stomach|belly|head|back|knees?|neck|feet|foot|hips?|shoulders?|ears?|throat|legs?|arms?|teeth|tooth)"
    r"\s+(?:hurts?|hurting|aches?|aching)\b|\bhit\s+(?:a|the)\s+wall\b|\bfake\s+(?:my|our)\s+own\s+deaths?\b|"
    # "He had a bad wreck in October (no one hurt badly thank goodness)": an accident's toll, told as a relief
    r"\b(?:no\s*one|nobody)\s+(?:else\s+)?(?:was\s+|got\s+)?(?:hurt|injured)\s+(?:badly|seriously|bad|too\s+bad)\b|"
    r"\b(?:no\s*one|nobody)\s+(?:else\s+)?(?:was\s+|got\s+)(?:hurt|injured)\b|"
    # "I don't want to die or anything, I just feel lost": the risk waved away in the same breath
    r"\bi\s+don'?t\s+want\s+to\s+die\s+or\s+anything\b|"
    r"\bme\s+mata\s+(el|la|los|las)\b|\b(wanted|wants|want)\s+to\s+kill\s+(me|him|her|us)\s+over\s+(the|a|this|that|some|my|his|her|our)\b",
    re.IGNORECASE,
)
IDIOM_FINDER = Guarded(IDIOMS)
"""The idioms behind the prefix index: most messages hold none of them."""


_RISK_CUE = re.compile(
    r"suicid|\bkill(?:s|ed|ing|er|ers)?\b|\bdie\b|\bdying\b|\bdeath\b|\bdead\b|alive|\bend\s+(?:it|my|things|this)|\bharm\w*|hurt(?!ful)|(?<!hours\sgot\s)(?<!pay\sgot\s)(?<!hours\swere\s)\bcut(?!(?:ting)?\s+(?:back|down|out|off|ties|costs?|corners|my\s+hours|hours|in\s+half))|overdos|"
    r"pills|hopeless|burden|worthless|no\s+point|see\s+(?:the|any|much)\s+point|point\s+(?:of|in)\s+(?:going|carrying|living|anything|trying|life)|give\s+up|giving\s+up|(?<!isn't\s)(?<!is\snot\s)(?<!hasn't\s)(?<!never\s)\bgone\b(?!\s+(?:home|back|to|for|out|on\s+(?:vacation|a\s+trip)|the\s+way|well|badly|smoothly|as\s+(?:planned|expected|hoped)))|(?<!rather\sthan\sjust\s)(?<!rather\sthan\s)disappear(?!s\b)|be\s+around|not\s+be\s+here|"
    r"safe\b|safety|(?<!not\slike\s)(?<!not\s)(?<!no\s)abus|\bhit(?!(?:ting)?\s+(?:other\s+)?(?:kids|children|classmates|his\s+(?:sister|brother)|her\s+(?:sister|brother)))|\bbeat(?:s|ing|en)?\b|threat|(?:scared|afraid|terrified)(?!\s+(?:that\s+)?(?:seeing\s+a\s+therapist|therapy|it|this)\s+(?:ends?\s+up|will|would|could|might|goes|gets)\b)(?!\s+(?:of|about)\s+(?:everything|losing|being\s+judged|getting\s+(?:fired|in\s+trouble)|my\s+(?:job|license|licence|career)))(?!\s+to\s+(?:be\s+honest|open\s+up|talk|tell|say|share|start|reach\s+out|ask))(?!\s+of\s+how\s+to\b)|weapon|\bguns?\b|gunshot|gunpoint|knife|\brope\b|\bbridges?\b(?!\s+(?:me|us|him|her|the\s+gap|until|prescription))|jump(?!y|s\s+when|(?:s|ing)\s+at\s+(?:every|noises|sounds|the\s+slightest|loud)|(?:s|ed|ing)?\s+(?:into|in(?!\s+front)|onto|on|at\s+the|through|ship|right\s+in|straight\s+in(?:to)?|back\s+in(?:to)?)\b)|(?-i:\bSI\b|\bOD\b)|5150|"
    r"psych\s+(?:ward|unit|hospital)|(?<!not\sa\s)(?<!isn't\sa\s)(?<!not\sin\s)crisis|988|can'?t\s+(?:go\s+on|do\s+this|take|keep)|trapped|no\s+way\s+out|"
    r"bleed|blood|razor|starv|voices|morir|(?<!llego\s)(?<!llega\s)muert(?![oa]\s+de\s+(?:cansancio|hambre|sueño|risa|calor|fr[ií]o))|matar|vida|desaparecer|cortar|pastillas|golpe|(?<!le\sda\s)(?<!les\sda\s)(?<!me\sda\s)miedo(?!\s+(?:a\s+|de\s+)?(?:ir\s+a\s+la\s+escuela|la\s+escuela|el\s+colegio|ir\s+al\s+colegio|que\s+(?:me\s+|le\s+|nos\s+)?(?:vuelva|repita|pase)\b|de\s+preguntar))|(?<=me\sda\s)miedo(?=\s+\w)|(?<!nada\s)(?<!no\ses\s)(?<!no\scorre\s)(?<!no\sest[aá]\sen\s)peligro|"
    r"aguant|sentido|carga|prescription|\bmeds\b|medication|planning|how\s+i'?d\s+do|(?:i'?ll|will|would|could|might|going\s+to|gonna|want\s+to|just|finally|(?:s)?he'?ll|they'?ll)\s+do\s+it\b|getting\s+ready|goodbye"
    r"|better\s+off(?!\s+(?:with|going|calling|seeing|starting|asking|finding|waiting))|(?:wasn'?t|weren'?t|not)\s+around|want\s+to\s+be\s+here|be\s+here\s+any\s?more"
    r"|not\s+waking\s+up|(?:don'?t|dont|never)\s+wake\s+up"
    r"|tired\s+of\s+everything|thank(?:s|\s+you)\s+for\s+trying(?!\s+to\b)"
    # "keeps his handgun on the nightstand", "giving my classroom stuff away", "as far as i need to get"
    r"|handgun|firearm|pistol|rifle|giv(?:e|ing|en)\s+(?:[\w']+\s+){1,4}away\b|gave\s+(?:[\w']+\s+){1,4}away\b"
    r"|as\s+far\s+as\s+i\s+need\s+to\s+get|deal\s+with\s+me\s+(?:much\s+)?longer"
    # a goodbye posted, then silence: "thanks for everything, I'm sorry" and "she isn't answering her phone"
    r"|sorry\s+for\s+everything|(?:isn'?t|is\s+not|not|hasn'?t\s+been)\s+answering\s+(?:her|his|their)\s+phone"
    r"|turned\s+(?:her|his|their)\s+phone\s+off"
    # a widower putting things in order: "I gave my table saw and tools to the neighbor boy", "I don't expect I will
    # need much of your time after the holidays"
    r"|\bgave\s+(?:my\s+|away\s+my\s+)?(?:\w+\s+){0,4}to\s+(?:the\s+|my\s+)?(?:neighbou?r|grandson|granddaughter|nephew|niece)"
    r"|\bwhere\s+they\s+(?:will|'ll)\s+find\s+(?:them|it)\b|\bneed\s+much\s+(?:of\s+your\s+)?time\s+after\b"
    r"|\b(?:putting|put|got|getting)\s+(?:the\s+house|things|everything|my\s+affairs)\s+in\s+order\b|\baffairs\s+in\s+order\b",
    re.IGNORECASE,
)


def risk_in_past_only(text: str) -> bool:
    """Every sentence with a word of risk speaks of long ago ("self-harm as a teenager, over ten years ago"): the
    model alone must then be very sure, as where the message says it is safe."""
    cued = [m.group(0) for m in SENTENCE.finditer(_plain(text)) if _RISK_CUE.search(m.group(0))]
    return bool(cued) and all(PAST.search(sentence) for sentence in cued)


def risk_cue(text: str) -> bool:
    """Any word of risk at all: the model alone may call a crisis only where one is written. A prescription running
    out ("ten days of sertraline left: can anyone prescribe?") is no word of risk on its own."""
    return any(not _ONLY_MEDICINE.fullmatch(m.group(0)) for m in _RISK_CUE.finditer(_plain(text)))


def _plain(text: str) -> str:
    """The text with figures of speech, named places ("the Fremont Bridge") and a death told ("my mom's gone") put
    aside: none is a word of risk."""
    plain = _SAID_WHAT_IT_MEANS.sub(" ", text) if "dark" in text or "scary" in text else text
    return neutralize_idioms(_KIN_GONE.sub(" kin died ", _NAMED_PLACE.sub(" place ", plain)))


EXPLAINED_AWAY = r"not\s+(?:anything\s+)?darker|not\s+in\s+a\s+(?:scary|dark)\s+way"
"""'not anything darker', 'not in a scary way': said of hard words just written, what they do not mean."""
_SAID_WHAT_IT_MEANS = re.compile(
    # (from a sentence's start only: "[^.!?\n]*" tried from every letter costs a search per letter)
    rf"(?:^|(?<=[.!?\n]))[^.!?\n]*\b(?:{EXPLAINED_AWAY})\b[^.!?\n]*",
    re.IGNORECASE,
)
"""'"I can't do this anymore," meaning the job, not anything darker!': the sentence says what its hard words mean."""


_NAMED_PLACE = re.compile(r"\b(?:[A-Z][a-z]+\s)+(?:Bridge|Street|St|Avenue|Ave|Road|Rd|Park|Boulevard|Blvd)\b")
_KIN_GONE = re.compile(
    r"\b(?:my|our|his|her)\s+(?:mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandpa|partner"
    r"|grandmother|grandfather)(?:'s|\s+is)\s+gone\b",
    re.IGNORECASE,
)


_ONLY_MEDICINE = re.compile(r"prescription|meds|medication", re.IGNORECASE)


def neutralize_idioms(text: str) -> str:
    """Replace figures of speech that sound like danger but are not ("this commute is killing me")."""
    return IDIOM_FINDER.sub(" xidiom ", text)


def says_safe(text: str) -> bool:
    """An explicit statement of safety ("I'm safe", "risk was ruled out"): the model alone must then be very sure."""
    return bool(SAFE.search(text) or RULED_OUT.search(text) or _DOING_BETTER.search(text) or MEANT_NO_HARM.search(text))


_DOING_BETTER = re.compile(
    r"\b(?:i'?m|i\s+am)\s+not\s+going\s+anywhere\s*[,.;!]"  # a widow: "I'm not going anywhere, I just don't know how"
    # a client ready to stop: "I feel like myself again", "I'm genuinely coming out the other side"
    r"|\bfeel(?:ing)?\s+like\s+(?:me|myself)\s+again\b|\bcoming\s+out\s+(?:on\s+)?the\s+other\s+side\b"
    # a client ending well: "ready to stop after tomorrow ... Thank you for helping me come out to my parents"
    r"|\bready\s+to\s+(?:stop|wrap\s+up|finish)\s+(?:therapy|our\s+sessions|coming|after\s+(?:tomorrow|this|next|our))\b"
    r"(?![\s\S]*\b(?:burden|tired\s+of|so\s+heavy|goodbye|don'?t\s+want\s+to\s+be\s+here)\b)"
    r"[\s\S]{0,300}\bthank\s+you\s+for\s+helping\s+me\b",
    re.IGNORECASE,
)
"""Said in passing, not a denial of risk: enough to make the model alone surer, never to silence the lexicon."""


def asked_and_ruled_out(text: str) -> bool:
    """Someone asked about the risk and heard no ("I asked him straight out ... he said no", "denies SI"): the
    model alone must then be all but certain. So too the writer's own words taken back at once ("I can't do this
    anymore. I don't mean anything dark by that")."""
    return bool(RULED_OUT.search(text) or MEANT_NO_HARM.search(text))


def firmly_safe(text: str) -> bool:
    """They say they are safe and rule the risk out in the same message ("I'm safe and I'm not thinking about
    hurting myself"): the model alone, however sure, does not overrule them; the lexicon still does. (A denial alone,
    "I'm not gonna hurt myself or anything", is not enough: beside it people write of goodbye letters and a dog given
    away, which no word list catches.)"""
    return bool(SAFE.search(text) and RULED_OUT.search(text))


def harms_others(text: str) -> bool:
    """The one written about threatens someone else ("he's going to 'put a bullet in' the guy"): no "stay with him and
    put his medications away", which is for a risk to himself, but 911 if he may act on it."""
    return bool(_HARMS_OTHERS.search(text))


_HARMS_OTHERS_RE = re.compile(
    # "his ex-girlfriend's new partner "won't see Christmas," that he knows where they live"
    r"\b(?:won'?t|will\s+not|isn'?t\s+going\s+to)\s+(?:see|live\s+to\s+see|make\s+it\s+to)\s+(?:christmas|the\s+new\s+year|"
    r"thanksgiving|next\s+(?:week|month|year)|another\s+\w+)\b[^.]{0,80}\bknows?\s+where\s+(?:they|he|she)\s+lives?\b|"
    r"\b(?:going\s+to|gonna|wants?\s+to|threaten\w*\s+to|talk\w*\s+about|keeps?\s+saying\s+(?:he|she)(?:'?ll|\s+will))\s+"
    r"(?:\"|')?(?:kill|shoot|stab|hurt|beat\s+up|put\s+a\s+bullet\s+in)\b(?!\s+(?:himself|herself|themselves|myself))"
    r"|\bput\s+a\s+bullet\s+in\s+(?:the\s+guy|him|her|them|that\s+\w+)"
    # 'he is going to "make them all pay" at school tomorrow, and he knows where his stepdad keeps the gun'
    r"|\b(?:going\s+to|gonna)\s+[\"'“]?make\s+(?:them|everyone|everybody|those\s+\w+)\s+(?:all\s+)?pay\b"
    r"(?=[\s\S]{0,200}\b(?:guns?|rifle|pistol|knife|weapons?)\b)"
    # 'he is going to "put his roommate in the hospital" tonight ... showed me a knife'
    r"|\bput\s+(?:him|her|them|his\s+\w+|her\s+\w+|their\s+\w+)\s+in\s+the\s+(?:hospital|ground|er)\b"
    # "his old manager is going to 'pay for what he did' ... drove past the man's house twice"
    # "He's been saying he's going to "take care of" his ex-wife and her new boyfriend, and he bought a handgun"
    r"|\b(?:going\s+to|gonna)\s+[\"'“]?take\s+care\s+of[\"'”]?\s+(?:his|her|their)\s+(?:ex\b|ex-\w+|\w+'s\s+\w+|new\s+\w+|boss|manager)"
    # "dice que va a matar a su ex", "amenazó con matarla": not "quiere matarse", his danger to himself
    r"|\b(?:va\s+a|amenaz(?:a|ó|o)\s+con|quiere)\s+(?:matar|lastimar|golpear|dispararle)(?:le|lo|la|los|las|les)?\s+a\s+(?!s[ií]\s+mism)"
    r"|\bamenaz(?:a|ó|o)\s+con\s+(?:matar|lastimar|dispar)\w*(?<!se)\b"
    # "said his ex "is going to pay" for the restraining order, and that he "knows where she parks""
    r"|[\"'“]\s*(?:is|are)\s+going\s+to\s+pay\s*[\"'”]"
    r"|\bgoing\s+to\s+[\"']?pay\s+for\s+what\b|\bmake\s+(?:him|her|them|everyone|everybody|(?:her|his|my|their)\s+(?:new\s+)?\w+)\s+(?:all\s+)?pay\b|\bdrove\s+(?:past|by)\s+(?:the\s+man|the\s+guy|his|her)",
    re.IGNORECASE,
)
_HARMS_OTHERS = Guarded(_HARMS_OTHERS_RE)
