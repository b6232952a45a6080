"""What a crisis reply must do beyond its resources: a hotline where someone else's violence is the danger, the
emergency line first where harm is under way, contact only as the person asked, a call where they asked for one,
a welfare check where someone can't be reached, a report where a child is being hurt."""

from __future__ import annotations

import re

from triage.core.reading.sentences import sentences

_ACUTE = re.compile(
    r"\b(?:took|taken|swallowed|ate)\s+(?:a\s+bunch\s+of|a\s+lot\s+of|all\s+(?:of\s+)?(?:my|the|his|her)|too\s+many|"
    r"(?:my|his|her|the|some\s+of\s+(?:my|the))\s+(?:\w+\s+)?(?:pills|meds|medication|tablets))\b.{0,60}?"
    r"\b(?:ago|tonight|today|just\s+now|this\s+(?:morning|evening|afternoon)|and\s+(?:i|she|he)\s+(?:feel|feels))"
    r"|\btook\s+more\s+(?:of\s+)?(?:my|her|his|the)?\s*(?:\w+\s+)?(?:pills|meds|medication|tablets)\s+than\b.{0,80}?\b(?:ago|tonight|today)\b"
    r"|\b(?:i|she|he)\s+(?:just|already)\s+(?:took|swallowed|cut|overdosed)\b|\boverdosing\b|\bbleeding\s+(?:a\s+lot|badly|now)\b"
    # 'just texted me "goodbye" and said she took a bunch of her pills': told now, so taken now
    r"|\b(?:said|says|texted(?:\s+me)?|told\s+me)\s+(?:that\s+)?(?:she|he|they)\s+(?:just\s+)?(?:took|swallowed|had\s+taken)\s+"
    r"(?:a\s+bunch|a\s+lot|all|too\s+many|a\s+handful|her\s+(?:\w+\s+)?pills|his\s+(?:\w+\s+)?pills)\b"
    r"|\b(?:tonight|right\s+now|today)\b.{0,30}\b(?:end\s+it|kill\s+myself|do\s+it)\b"
    r"|\b(?:tom[ée]|se\s+tom[óo])\s+(?:muchas|un\s+frasco|todas)\b.{0,40}\b(?:hace|hoy|ahora)\b"
    r"|\b(?:cuts?|cutting|razor|blades?|pills)\b.{0,160}\blocked\s+(?:herself\s+|himself\s+|themselves\s+)?in\s+(?:the\s+|her\s+|his\s+)?"
    r"(?:bathroom|room)\b.{0,30}\b(?:right\s+now|now|tonight)\b",
    re.IGNORECASE | re.DOTALL,
)

_VIOLENCE = re.compile(
    r"\b(?:hit|hits|hitting|beat|beats|beating|chok\w+|strangl\w+|punch\w*|slapp?\w*|kick\w*|push\w*(?!\s+(?:back|it|that|this|forward|through|(?:the|my|our)\s+(?:session|appointment|date)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|\d))|shov\w+|threaten\w*|"
    r"abus\w+|molest\w*|bruises?|not\s+safe\s+at\s+home|afraid\s+for\s+my\s+life|locked\s+me|won'?t\s+let\s+me\s+leave|"
    r"(?:grabbed|held|had)\s+me\s+by\s+the\s+(?:throat|neck)|hands?\s+(?:around|on)\s+my\s+(?:throat|neck)|"
    r"golpe\w*|pega\w*|me\s+peg[óo]|amenaz\w+|maltrat\w+|empuj[óo]\w*|ahorc\w+|estrangul\w+|agarr[óo]\s+del\s+cuello"
    r"|(?:miedo|temor)\s+de\s+(?:regresar|volver)\s+a\s+(?:la\s+|mi\s+)?casa|violencia\s+dom[ée]stica"
    # "my ex showed up at my apartment last night with a knife ... I don't feel safe going home"
    r"|(?:showed\s+up|broke\s+in)[^.!?]{0,60}\bwith\s+a\s+(?:knife|gun|weapon)"
    r"|\bi\s+(?:don'?t|do\s+not)\s+feel\s+safe\s+(?:going\s+)?(?:at\s+)?home"
    # "My boyfriend threw me against the wall last night ... I'm scared to go back to the apartment tonight"
    r"|\bthrew\s+me\s+(?:against|into|down|across|onto|on|out\s+of)\b"
    # "My husband say he will kill me if I leave him", "texting her that he's going to 'make her pay'"
    r"|(?:says?|said|told\s+(?:me|her)|texting(?:\s+(?:me|her))?|texted(?:\s+(?:me|her))?)\s+(?:that\s+)?(?:he|she)(?:'ll|'s\s+going\s+to|\s+will|\s+would|\s+is\s+going\s+to|\s+gonna)\s+"
    r"[\"']?(?:(?:kill|hurt|shoot)\s+(?:me|her|us|the\s+kids)|make\s+(?:me|her|us)\s+pay)|\bkill\s+me\s+if\s+i\s+(?:leave|go|tell)"
    # "my husband said that if I ever leave he will kill me"
    # "texted me that if I take the kids to my mom's in Texas he'll kill me and then himself"
    r"|\bif\s+i\s+(?:ever\s+)?(?:leave|left|take|go|call|report|move)\b[^.!?]{0,60}\b(?:he|she)(?:'ll|\s+will|\s+would|'d)\s+(?:kill|hurt|shoot)\s+me"
    r"(?![^.!?\n]{0,10}\b(?:lol|haha|lmao)))\b"
    # "he took his hunting rifle out ... He said if I leave he'll end it ... I'm in the bedroom with the door locked"
    r"|\bif\s+i\s+(?:ever\s+)?(?:leave|left|go)\b[^.!?]{0,30}\b(?:he|she)(?:'ll|\s+will|\s+would|'d)\s+end\s+it\b"
    r"|\bi'?m\s+(?:in\s+the\s+\w+|hiding)\s+with\s+the\s+door\s+locked\b",
    re.IGNORECASE,
)

_PRIVATE_CONTACT = re.compile(
    r"\bonly\s+(?:reply|write|email|e-mail|respond|contact\s+me)\b|\b(?:can'?t|cannot)\s+have\s+anything\s+(?:come|sent)\b"
    # (not "please dont call the police": whom they fear we would call, no limit on how we reach them)
    r"|\b(?:don'?t|dont|do\s+not|please\s+(?:don'?t|dont|do\s+not)|never)\s+(?:call|text|mail)\b"
    r"(?!\s+(?:the\s+|an?\s+)?(?:police|cops|911|ambulance)\b)|\bthis\s+e-?mail\s+is\s+safe\b|"
    r"\b(?:not|no|never|don'?t)\s+(?:leave\s+)?voice\s?mails?\b|\bsend\s+anything\s+(?:by|in\s+the)\s+mail\b|"
    r"\b(?:goes|looks|checks)\s+(?:through|at)\s+my\s+phone\b|\bnew\s+email\s+(?:he|she|they)\s+(?:doesn'?t|don'?t)\s+know\b"
    r"|\b(?:don'?t|do\s+not)\s+send\s+anything\s+(?:to|by)\s+(?:the|my)\s+(?:house|home|mail|address)\b"
    r"|\bsolo\s+(?:responda|escriba)\b|\bno\s+(?:me\s+)?llame\b",
    re.IGNORECASE,
)


_HIDDEN_FROM_PARTNER = re.compile(
    r"\bwithout\s+(?:him|my\s+(?:husband|wife|partner|boyfriend|girlfriend))\s+(?:finding\s+out|knowing|seeing)\b",
    re.IGNORECASE,
)


# "call my cell, not the house": the way to reach them that they chose, which the private-contact line must keep
_ON_MY_CELL = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:call|text|reach|ring)\s+(?:me\s+)?(?:on|at)\s+my\s+(?:cell|mobile|cell\s*phone)\b"
    r"|\b(?:my\s+)?(?:cell|mobile)\s+(?:is|number\s+is)\s+the\s+(?:only\s+|best\s+|safest\s+)?(?:safe\s+)?(?:way|place)\b"
    r"|\bll[áa]m(?:en|eme)(?:me)?\s+(?:a|al)\s+mi\s+celular\b",
    re.IGNORECASE,
)


def on_my_cell(text: str) -> bool:
    """They asked to be called or texted on their cell: a reply that says "we'll only write to this address" would
    refuse the one channel they said is safe."""
    return bool(_ON_MY_CELL.search(text))


def violence(text: str) -> bool:
    """The danger is someone else's violence (a partner who chokes, a stepdad who shoves mom): a hotline for that
    too, wherever in the message it is told, and whether or not the lexicon found the risk. The writer's own acts
    ("I pushed her about the sleeves", "I've never actually hit anyone") are not someone else's violence."""
    for found in _VIOLENCE.finditer(text):
        before = text[max(0, found.start() - 30) : found.start()]
        pressed = found.group(0).lower().startswith("push") and _PRESSED.match(text[found.end() : found.end() + 25])
        if _WRITER_DOES.search(before) or pressed:
            continue
        return True
    return False


_WRITER_DOES = re.compile(r"\b(?:i|i've|i\s+have|i\s+had|i'd|never)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PRESSED = re.compile(r"\s+(?:her|him|them|me)\s+(?:about|to\s+(?:talk|tell|explain|open))\b", re.IGNORECASE)


def child_abuse(text: str) -> bool:
    """A child told someone they are being hurt or touched: a report to make, beyond any reply."""
    return bool(_CHILD_ABUSE.search(text))


def unreachable(text: str) -> bool:
    """'He isn't answering his phone', 'she hasn't come home': whoever writes may need a welfare check now."""
    return bool(_UNREACHABLE.search(text))


_UNREACHABLE = re.compile(
    r"\b(?:isn'?t|is\s+not|aren'?t|not|won'?t|hasn'?t\s+been)\s+(?:answering|picking\s+up|responding|replying)\b"
    r"|\b(?:won'?t|will\s+not|isn'?t|is\s+not)\s+(?:answer|answering|open|opening)\s+(?:the|his|her|their)\s+door\b"
    # "I can't reach anyone tonight" is help they can't find, not someone gone silent
    r"|\bcan'?t\s+(?:reach|find|get\s+(?:a\s+)?hold\s+of)\b(?!\s+(?:anyone|anybody|someone|somebody|you|your|a\s+(?:person|human|therapist)|help))|\bhasn'?t\s+(?:come|been)\s+home\b|\bmissing\b"
    r"|\bno\s+one\s+(?:has\s+)?(?:heard|seen)\b|\b(?:haven'?t|hasn'?t)\s+heard\s+from\b|\bno\s+contesta\b"
    r"|\b(?:hasn'?t|has\s+not)\s+(?:answered|responded|replied|picked\s+up)\b"
    r"(?!\s+(?:to\s+)?(?:the|his|her|their|any)\s+(?:new\s+)?(?:meds?|medications?|antidepressants?|treatment|therapy|prescriptions?|pills))"
    r"|\b(?:her|his|their)\s+(?:car|truck)\s+is\s+gone\b"
    # "now her phone is off and she isn't home"
    r"|\b(?:her|his|their)\s+phone(?:\s+is|'s)\s+(?:off|dead|going\s+(?:straight\s+)?to\s+voicemail)\b"
    r"|\bturned\s+(?:her|his|their)\s+phone\s+off\b",
    re.IGNORECASE,
)


def call_me_at(text: str) -> str | None:
    """'Please call me at 503-555-0148': in a crisis, the call is the answer, and staff must make it now."""
    found = _CALL_ME.search(text)
    return (found.group(1) or found.group(2)) if found else None


_CHILD_ABUSE = re.compile(
    r"\b(?:niece|nephew|daughter|son|granddaughter|grandson|child|kid|stepdaughter|stepson|student)\b[\s\S]{0,200}"
    r"\b(?:touch(?:es|ed|ing)\s+(?:her|him)|molest\w*|sexual(?:ly)?\s+abus\w*|comes?\s+into\s+(?:her|his)\s+room\s+at\s+night"
    r"|hits?\s+(?:her|him)|beats?\s+(?:her|him))\b",
    re.IGNORECASE,
)

_NUMBER = r"(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})"
# "call me at 503-555-0148", "can someone call me? 503-555-0199", "my cell is 503-555-0199, please call",
# "give me a ring on ...": the request and the number within a sentence or two of each other
_ASK_A_CALL = (
    r"(?:\bcall\s+(?:me|us)\b|\bgive\s+(?:me|us)\s+a\s+(?:call|ring)\b|\bphone\s+me\b|\bring\s+me\b"
    r"|\b(?:someone|somebody|you|dana|sam)\s+(?:please\s+)?call\b|\bllámen(?:me)?\b|\bllámame\b)"
)
_CALL_ME = re.compile(
    rf"{_ASK_A_CALL}[^\n]{{0,60}}?{_NUMBER}|{_NUMBER}[^\n]{{0,40}}?(?:{_ASK_A_CALL}|\bplease\s+call\b)", re.IGNORECASE
)


def private_contact(text: str) -> str:
    """'Please only reply to this address', 'nothing can come to the house' ("home"), or "don't call my work #"
    ("work"): whoever answers must keep to it. Empty when they set no limit. "Without him finding out" from someone
    whose partner threatens them is such a limit (from a teen about a parent, it is a question for the clinician)."""
    found = _PRIVATE_CONTACT.search(text)
    if found is None:
        return "home" if _HIDDEN_FROM_PARTNER.search(text) and violence(text) else ""
    after = text[found.start() : found.start() + 60]
    return "work" if re.search(r"\bwork\b|\bjob\b|\boffice\b|\btrabajo\b", after, re.IGNORECASE) else "home"


def acute_risk(text: str) -> bool:
    """Harm already under way or set for tonight ("took a bunch of pills an hour ago"): the reply opens with the
    emergency line, before anything else."""
    return bool(_ACUTE.search(text))


_FIREARM = re.compile(
    r"\b(?:guns?|rifles?|pistols?|handguns?|shotguns?|revolvers?|firearms?|ammo|ammunition|glock|"
    r"armas?\s+de\s+fuego|pistolas?|escopetas?)\b",
    re.IGNORECASE,
)
_NOT_A_FIREARM = re.compile(r"\b(?:glue|nail|staple|heat|spray|water|squirt|nerf)\s+guns?\b|\bgun[-\s]shy\b", re.I)


def pills_at_hand(text: str) -> bool:
    """'Tonight I counted the pills I've been saving', 'I have the pills here': pills kept for it are, like a gun, the
    means to put out of reach now (strict readers asked for it where the reply only said "if you need help now")."""
    return bool(_PILLS_AT_HAND.search(text))


_PILLS = r"(?:pills|meds|medications?|tablets|sleeping\s+pills|tylenol|pastillas)"
_PILLS_AT_HAND = re.compile(
    rf"\b(?:saved|saving|stockpil\w+|hoard\w*|count(?:ed|ing)|collect(?:ed|ing))\s+(?:up\s+)?(?:all\s+)?(?:\w+\s+){{0,2}}{_PILLS}\b"
    rf"|\b{_PILLS}\s+(?:i'?ve|i\s+have|that\s+i'?ve)\s+(?:been\s+)?(?:saved|saving|stockpil\w+|collect\w+|kept|keeping)"
    rf"|\b(?:have|got)\s+(?:the|my|all\s+(?:the|my))\s+{_PILLS}\s+(?:right\s+)?(?:here|ready|out|in\s+front\s+of\s+me|next\s+to\s+me)"
    rf"|\bhow\s+many\s+(?:of\s+(?:my|the)\s+)?(?:\w+\s+)?{_PILLS}\s+it\s+would\s+take\b"
    r"|\btengo\s+(?:las|unas|todas\s+las|mis)\s+pastillas\b"
    # "I have all the pills lined up on the table", "Tengo todas las pastillas juntas aquí en la mesa"
    rf"|\b{_PILLS}\s+(?:\w+\s+){{0,2}}(?:lined\s+up|juntas|ready|on\s+the\s+(?:table|counter|nightstand)|en\s+la\s+mesa)\b",
    re.IGNORECASE,
)


GUN_HANDLED = re.compile(
    r"\b(?:no|without|denies)\s+(?:\w+\s+)?(?:firearms?|guns?)\s+access\b|\bno\s+access\s+to\s+(?:\w+\s+)?(?:firearms|guns|weapons)\b"
    # done, not denied: "firearms removed from the home by brother-in-law", "wife removing firearm today"
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:removed|removing|removal\s+of)\b[^.;]{0,40}\b(?:firearms?|guns?|handguns?|rifles?)\b"
    r"|\b(?:firearms?|guns?|handguns?|rifles?)\s+(?:have\s+been\s+|were\s+|was\s+|are\s+(?:now\s+)?|is\s+(?:now\s+)?)?"
    r"(?:removed|locked\s+up|secured|stored\s+(?:with|at|outside))\b",
    re.IGNORECASE,
)
"""A referrer who says the gun is already dealt with ("firearms removed from the home by brother-in-law")."""


def referral_firearm(text: str) -> str:
    """A gun in a colleague's referral that the referrer has not already dealt with ("no firearm access", "wife
    removing firearm today" have): the one step the referrer can see to today."""
    return "" if GUN_HANDLED.search(text) else firearm(text)


def firearm(text: str) -> str:
    """A gun where someone is at risk. "means": the reply asks that it be put out of reach, the step that most lowers
    the danger of suicide or of acting on thoughts of hurting someone (means safety). "threat": someone threatens
    the writer with it, or a violent partner owns it ("he owns several guns"), and locking it away is not theirs to
    do: they call 911. "given": they already gave it to someone to keep. Empty: no gun."""
    cleaned = _NOT_A_FIREARM.sub(" ", text)
    if not _FIREARM.search(cleaned):
        return ""
    if _GUN_THREAT.search(cleaned) or (
        _THEIR_GUN.search(cleaned) and violence(cleaned) and not _OWN_GUN.search(cleaned)
    ):
        return "threat"
    if _GIVEN_AWAY.search(cleaned) and not _THEIR_GUN.search(cleaned):
        return "given"  # "I gave my rifles to my brother last weekend": the step already taken, said back
    return "means"


_GIVEN_AWAY = re.compile(
    r"\b(?:gave|handed|took)\s+(?:all\s+)?(?:my|the|our)\s+(?:\w+\s+)?(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?)"
    r"\s+(?:over\s+)?to\b|\b(?:le\s+)?(?:di|entregu[ée])\s+(?:mis|las)\s+armas\b",
    re.IGNORECASE,
)


_OWN_GUN = re.compile(
    r"\b(?:using|use|take|taking|get|getting|thinking\s+about)\s+(?:his|her|the|my|dad'?s|my\s+\w+'s)\s+(?:\w+\s+)?"
    r"(?:guns?|rifles?|pistols?|handguns?)\b",
    re.IGNORECASE,
)
"""'I keep thinking about using his old rifle on myself': the gun is a means to the writer's own harm: lock it away."""
_THEIR_GUN = re.compile(
    r"\b(?:he|she)\s+(?:owns|has|keeps|bought|carries)\s+(?:\w+\s+){0,2}(?:guns?|rifles?|pistols?|handguns?|firearms?)\b"
    r"|\b(?:his|her)\s+(?:\w+\s+)?(?:guns?|rifles?|pistols?|handguns?|firearms?)\b",
    re.IGNORECASE,
)


_GUN_THREAT = re.compile(
    r"\b(?:threaten\w*|point(?:ed|s|ing)|wav(?:ed|es|ing)|held|holds)\b[^.!?]{0,40}\b(?:guns?|rifles?|pistols?|firearms?)\b"
    r"|\b(?:guns?|rifles?|pistols?|firearms?)\b[^.!?]{0,40}\b(?:at|to)\s+(?:me|us|my\s+head|my\s+kids?)\b"
    r"|\b(?:shoot|kill)\s+(?:me|us|my\s+kids?)\b|\bme\s+amenaz\w+\s+con\s+(?:un|una|su)\b",
    re.IGNORECASE,
)


def called_911(text: str) -> bool:
    """'I already called 911': the reply says they did the right thing, not to call. Never a question ("Should I
    have called 911?") or a condition ("if I called 911") or the past ("last year we called 911")."""
    for sentence in sentences(text):
        found = _CALLED_911.search(sentence.text)
        at = sentence.start + found.start() if found else 0
        if found and "?" not in sentence.text and not _NOT_DONE.search(text[max(0, at - 30) : at]):
            return True
    return False


_NOT_DONE = re.compile(r"\b(?:if|should|would|could|whether|last\s+(?:year|time|month)|before|when)\b", re.IGNORECASE)


_CALLED_911 = re.compile(
    r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have|i|we)\s+(?:already\s+|just\s+)?(?:called|phoned|dialed|rang)\s+(?:911|9-1-1)",
    re.IGNORECASE,
)


def urge_to_harm(text: str) -> str:
    """'I've been thinking seriously about hurting him ... I don't trust myself': the writer's own thoughts of harming
    someone else. The one they would harm as the reply names them ("him"), or "" when there is no such thought."""
    found = _URGE_TO_HARM.search(text)
    if found is None:
        return ""
    # every English alternative names him, her or them; only the Spanish ones name nobody
    named = next((g.lower() for g in found.groups() if g), "esa persona")
    return {"his": "him", "their": "them"}.get(named, named)  # "outside his door": keep your distance from him


_URGE_TO_HARM = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:been\s+|keep\s+|can'?t\s+stop\s+)?(?:thinking|thought|fantasi[sz]ing|imagining)\s+(?:\w+\s+){0,2}?"
    r"about\s+(?:hurting|killing|beating|shooting|stabbing|attacking)\s+(him|her|them)\b(?!\s+feelings)"
    # "I keep picturing going over to his place and hurting him"
    r"|\bi\s+(?:keep\s+|can'?t\s+stop\s+)?(?:picturing|imagining)\s+(?:[\w']+\s+){0,6}?"
    r"(?:hurting|killing|beating|shooting|stabbing|attacking)\s+(him|her|them)\b(?!\s+feelings)"
    # not "I don't trust myself around them" of pills saved up: a person, named as one
    r"|\bi\s+(?:don'?t|do\s+not)\s+trust\s+myself\s+(?:around|with|near)\s+(him|her)\b"
    # "I stood outside his door with a knife from the kitchen for like 10 minutes"
    r"|\bi\s+(?:stood|was\s+standing|waited|sat)\s+(?:outside\s+|by\s+|at\s+)(his|her|their)\s+(?:door|room|bed|car)\s+"
    r"(?:with|holding)\s+a\s+(?:\w+\s+)?(?:knife|gun|bat|hammer|rifle)\b"
    # "he pensado en hacerle daño a mi esposo", "no confío en mí misma con él"
    r"|\bhe\s+(?:estado\s+)?pensa(?:do|ndo)\s+(?:mucho\s+|seriamente\s+)?en\s+(?:hacerle\s+daño|lastimar|matar|golpear)(?:lo|la|le)?\s+a\s+(?!m[ií]\s+mism)"
    r"|\bno\s+conf[ií]o\s+en\s+m[ií]\s+mism[oa]\s+(?:con|cerca\s+de)\s+(?:él|ella|mi\s+\w+)",
    re.IGNORECASE,
)


def imminent_in_referral(text: str, gun: str) -> str:
    """A colleague's report of risk they could not contain ("voiced SI w/ plan ... has access to firearm, refused ER
    eval"): what makes it an emergency, said back, so the reply asks for 911 now rather than a call from us later."""
    refused = _REFUSED_CARE.search(text)
    if not refused or _CONTAINED.search(text) or GUN_HANDLED.search(text):
        return ""  # "Safety plan done by phone", "pt contracted for safety": the referrer has seen to tonight
    parts = [
        *(["a plan"] if _WITH_PLAN.search(text) else []),
        *(["a gun at hand"] if gun == "means" else []),
    ]
    return ", ".join([*parts, "an emergency evaluation refused"]) if parts else ""


_REFUSED_CARE = re.compile(
    # "Recommended ED eval at Randall Children's; dad resistant": the family's refusal, told by the school
    r"\b(?:recommended|advised)\s+(?:an?\s+)?(?:ED|ER)\b[^.;]{0,60}[.;]?\s*[^.;]{0,20}\b(?:resistant|refus\w+|declin\w+|won'?t)\b|"
    r"\b(?:refus\w+|declin\w+|won'?t\s+(?:go|agree))\s+(?:an?\s+|to\s+go\s+to\s+(?:the\s+)?)?(?:ER|ED|emergency|hospital\w*|eval\w*|transport|911)\b",
    re.IGNORECASE,
)
_CONTAINED = re.compile(
    r"\bsafety\s+plan(?:ning)?\s+(?:done|completed|in\s+place|made|initiated|on\s+file|reviewed)\b|\bcontracted\s+for\s+safety\b"
    # "means restriction discussed with sister, who is with her now", "MCAT called", "did not meet hold criteria"
    r"|\bmeans\s+restriction\b|\bmcat\b|\bmobile\s+crisis\b|\bhold\s+criteria\b|\bwith\s+(?:him|her|them)\s+now\b"
    r"|\bagreed\s+to\s+(?:remove|outpatient|out-?pt|f/u|follow)|(?<!let\sme\s)(?<!let\sus\s)\bremov\w+\s+(?:the\s+)?(?:firearm|gun|meds|means|weapon)",
    re.IGNORECASE,
)
_WITH_PLAN = re.compile(r"\b(?:w/|with)\s*(?:a\s+)?(?:specific\s+)?plan\b|\bSI\s*\+\s*plan\b", re.IGNORECASE)
