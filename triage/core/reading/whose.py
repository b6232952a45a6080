"""Whose therapy, or whose risk: the writer's own, or someone they write for (a child, a partner, a sister)."""

from __future__ import annotations

import re

from triage.core.crisis import find_crisis
from triage.core.crisis_safety import harms_others
from triage.core.prefilter import Guarded
from triage.core.request import Intent, Situation

_KIN = r"(?:wife|husband|partner|mom|mother|dad|father|sister|brother|daughter|son)"
_FOR_SOMEONE_RE = re.compile(
    # "forwarding this from my husband's cardiologist ... he just won't make the call himself, so here I am"
    r"\b(?:he|she)\s+(?:just\s+)?won'?t\s+(?:make\s+the\s+call|call|reach\s+out|email|write)\s+(?:himself|herself)\b|"
    r"\bmy\s+\d{1,2}[-\s](?:year|yr)[-\s]old\b|(?<!caregiver\s)(?<!care\s)(?<!caring\s)(?<!caretaker\s)(?<!strong\s)(?<!here\s)(?<!there\s)(?<!worried\s)(?<!afraid\s)(?<!scared\s)(?<!talked\s)(?<!talk\s)(?<!talking\s)(?<!complained\s)\b(?:for|about|on\s+behalf\s+of)\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen|husband|wife|partner|mom|mother|dad|father|friend|"
    r"sister|brother|grandson|granddaughter|niece|nephew|roommate|boyfriend|girlfriend|fianc[ée]e?|cousin)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen|husband|wife|"
    r"partner|mom|mother|dad|father|friend|sister|brother|roommate|boyfriend|girlfriend|fianc[ée]e?|cousin)(?:\s+\w+)?(?:\s*\([^()]{1,30}\)|,\s*\d{1,2},)?\s+(?:is|has|had|needs|won'?t|doesn'?t|has\s+been|says|said|told|"
    r"keeps|was|just|lost|asked|struggles)\b|\b(?:reach(?:ing)?\s+out|writ(?:e|ing)|contact(?:ing)?\s+you)\s+(?:to\s+you\s+)?"
    r"(?:for|on\s+behalf\s+of)\s+(?:her|him|them)\b|\bpara\s+mi\s+(?:hij[oa]|espos[oa]|mam[áa]|pap[áa]|herman[oa])\b|\bmi\s+(?:hij[oa]|espos[oa])\s+"
    r"(?:est[áa]|tiene|necesita|dijo|ha)\b"
    # "I'm helping my sister (29) find a therapist", "trying to find someone for my dad"
    rf"|\b(?:help(?:ing)?|trying\s+to\s+help)\s+(?:my|our)\s+(?:\w+\s+)?{_KIN}(?:\s*\(\d{{1,2}}\))?\s+(?:find|get|look)\b"
    # "my son turns 13 in august hes been having panic attacks": a child's age, so the child is the one to be seen
    r"|\b(?:my|our)\s+(?:son|daughter|child|kid|teen|stepson|stepdaughter)(?:\s+[a-z]\w+)?\s+(?:turns|turned|just\s+turned|started|starts)\b"
    # "I've been raising my grandson Eli since his mother passed ... Do you see boys his age?"
    r"|\b(?:raising|caring\s+for|looking\s+after)\s+(?:my|our)\s+(?:grandson|granddaughter|grandkids|grandchildren|nephew|niece)\b"
    r"(?=[\s\S]{0,400}\b(?:see|work\s+with|take)\s+(?:boys|girls|kids|teens|children|him|her)\b)"
    r"(?![\s\S]{0,400}\b(?:i'?m|i\s+am|i\s+feel)\s+(?:like\s+i'?m\s+)?(?:drowning|exhausted|struggling|overwhelmed|so\s+tired))"
    # "my son Caleb (15) posted something": a child named with an age is the one the message is for
    r"|\b(?:my|our)\s+(?:son|daughter|child|kid|teen|stepson|stepdaughter)\s+[a-z]\w+\s*\(\d{1,2}\)"
    # "I'm Tom Kessler's wife", "this is Ava's mom": writing for the one named
    rf"|\b(?:i'?m|i\s+am)\s+(?:[a-z]\w+\s+){{0,2}}[a-z]\w+'s\s+{_KIN}\b|\bthis\s+is\s+[a-z]\w+'s\s+{_KIN}\b"
    # "he'd only be willing to see a male therapist": the one who would come is him
    r"|\b(?:he|she)(?:'d|\s+would)\s+only\s+(?:be\s+willing\s+to\s+|agree\s+to\s+|want\s+to\s+)?see\b"
    # "Tyler (16) has been seeing Dana ... Is it possible for him to switch to Sam?"
    r"|\b[a-z][a-z]+\s*\(\d{1,2}\)\s+(?:has|is|needs|was|just|told|says|said|wants)\b"
    r"|\b(?:possible|okay|ok|able)\s+for\s+(?:him|her|them)\s+to\s+(?:switch|see|start|come|meet|move)\b",
    re.IGNORECASE,
)
_FOR_SOMEONE = Guarded(_FOR_SOMEONE_RE)
_FOR_MYSELF_RE = re.compile(
    # "could I keep seeing you by video?"
    r"\b(?:could|can|would)\s+i\s+(?:keep\s+|still\s+|continue\s+(?:to\s+)?)?(?:see|seeing|come\s+in|start)\b"
    r"(?!\s+(?:him|her|them|my|our)\b)|"
    # "My wife is doing great honestly, it's me", "Do you see people my age?", "I'm not sleeping"
    r"\bit'?s\s+me\b|\bpeople\s+(?:of\s+)?my\s+age\b|\bi'?m\s+not\s+doing\s+(?:well|great|ok|okay|good)\b"
    r"|\bi'?ve\s+been\s+convinced\b|"
    r"\bfor\s+(?:me|myself)\b|\bi(?:'d|\s+would)\s+(?:much\s+|really\s+)?(?:prefer|like)\s+to\s+(?:come|start|see|talk|work|meet|get\s+ahead|find\s+someone)\b"
    r"|\bi(?:\s+would|'d)?\s+(?:be|feel)\s+(?:more\s+|most\s+)?comfortable\b|\bi'?m\s+looking\s+for\s+(?:a\s+)?(?:therapist|counsel\w+|someone)"
    r"|\bi\s+(?:need|want)\s+(?:to\s+(?:talk|see)|help|therapy|someone)\b|\bi'?m\s+the\s+one\s+who\s+(?:needs|wants)\b"
    # "i'm lonely and kind of anxious all the time and i think i should talk to someone"
    r"|\bi\s+(?:think\s+i\s+|probably\s+|really\s+)?should\s+(?:talk\s+to|see)\s+(?:someone|somebody|a\s+therapist|a\s+counsel\w+)\b"
    r"|\bthe\s+support\s+is\s+for\s+me\b|\bfor\s+me,?\s+not\s+(?:him|her|them)\b"
    r"|\bi(?:'d|\s+would)\s+do\s+better\s+with\b"  # "I think I'd do better with a woman": her own therapist
    # "Can one of your therapists diagnose me?", "would anything get back to my department?", "my wife has been on me
    # to do this": the writer is the one to be seen, whoever else they mention ("a buddy said EMDR helped him")
    r"|\b(?:diagnose|assess|evaluate|treat)\s+me\b|\bget\s+back\s+to\s+my\s+(?:department|employer|work|job|boss|command|unit)\b"
    # "I have much stress and very bad sleep", "I am very tired inside", "I'd like someone to talk to on my own",
    # "I'm a two-year breast cancer survivor": the writer's own state, whoever else (a husband abroad) they name
    r"|\bi\s+(?:have|am|feel|'m|'ve\s+been)\s+(?:\w+\s+){0,2}(?:stress|stressed|tired|exhausted|anxious|depressed|sad|lonely"
    r"|overwhelmed|burned\s+out|burnt\s+out)\b|\bi\s+(?:basically\s+|just\s+|barely\s+|really\s+)?(?:don'?t|can'?t|cannot)\s+sleep\b|\bwearing\s+me\s+down\b|\b(?:very\s+)?bad\s+sleep\b"
    r"|\bsomeone\s+to\s+talk\s+to\s+(?:on\s+my\s+own|myself|alone|just\s+for\s+me)\b"
    r"|\bi'?m\s+a\s+(?:\w+\s+){0,3}(?:survivor|widow|widower)\b"
    r"|\b(?:on|after)\s+me\s+to\s+(?:do\s+this|see\s+(?:someone|somebody|a\s+\w+)|get\s+help|reach\s+out|call|write|talk\s+to\s+(?:someone|somebody))\b"
    # "New dad, our son is 3 weeks old. I've been really anxious": the father is the one to be seen
    r"|\bi'?ve\s+been\s+(?:really\s+|so\s+|very\s+|pretty\s+)?(?:anxious|depressed|struggling|overwhelmed|panicking"
    r"|having\s+a\s+(?:really\s+)?(?:hard|rough|tough)\s+time)\b"
    # not a parent's "I've been so overwhelmed trying to help her": the daughter is still the one to be seen
    r"(?![^.!?]{0,30}\b(?:trying|helping|help\s+(?:her|him|them)|with\s+(?:her|him|them)|about\s+(?:her|him|them|my)|taking\s+care|caring|looking\s+after))"
    # "I've put off therapy for years ... my partner has (gently) pointed out that the stress is leaking"
    r"|\bi'?ve\s+(?:been\s+)?put(?:ting)?\s+off\s+(?:therapy|counseling|getting\s+help|reaching\s+out)\b"
    r"|\bi\s+could\s+(?:really\s+)?use\s+(?:someone|somebody|some\s+help|help|support)\b"
    # "I'd like to understand why I reach for it", "I can't figure it out without help", "trying to hold it
    # together", "I'll fall apart in a parking lot": a wife or a husband named, but the one to be seen is writing
    r"|\bunderstand\s+why\s+i\b|\bi\s+can'?t\s+(?:figure|work|sort)\s+(?:it|this)\s+out\s+(?:without|on\s+my\s+own|alone)\b"
    r"|\bi'?m\s+(?:just\s+)?trying\s+to\s+hold\s+it\s+together\b|\bi'?ll\s+fall\s+apart\b",
    re.IGNORECASE,
)
_FOR_MYSELF = Guarded(_FOR_MYSELF_RE)
ASKS_FOR_ANOTHER = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:sister|brother|friend|mom|mother|dad|father|cousin|coworker|co-worker|colleague|neighbou?r|"
    r"roommate|aunt|uncle|son|daughter)(?:\s+[A-Z]\w+)?\s+(?:is|has\s+been|was)\s+(?:also\s+)?(?:looking\s+for|"
    r"searching\s+for|hoping\s+to\s+find|in\s+need\s+of|needs)\s+(?:a\s+)?(?:therapist|counsel\w+|someone|help|therapy)\b",
    re.IGNORECASE,
)
"""A client writing for someone else who needs a therapist: the questions that follow are that person's inquiry."""
_OWN_BREAKUP = re.compile(
    r"\bmy\s+(?:wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?|ex|ex-(?:wife|husband|partner))\s+and\s+i\s+(?:separated|split|divorced|broke\s+up)"
    r"|\b(?:my|our)\s+(?:divorce|separation|break-?up)\b",
    re.IGNORECASE,
)
_PARTNER = re.compile(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|espos[oa])\b", re.IGNORECASE)


def about_someone_else(text: str, intent: Intent, situation: Situation | None = None, own: str | None = None) -> bool:
    """Whose risk or whose therapy: for a crisis, the words nearest the risk decide ("my son is 5 and I want to
    die" is the writer's own); otherwise anyone the message is for ("for my daughter")."""
    hit = find_crisis(text) if intent == Intent.CRISIS else None
    threat_to_another = harms_others(text) and not _THREAT_TO_ME.search(text) and not _THREATENS_ME.search(text)
    their_threat = threat_to_another and _THEY_THREATEN.search(text) and not _OWN_URGE.search(text)
    if (hit is not None or intent == Intent.CRISIS) and their_threat:
        return True  # 'my brother has been saying he's going to "make her pay" ... showed me a gun': his threat
    if hit is not None:
        # "My sister's husband has been hitting her ... I keep thinking about driving over there with the hammer":
        # her danger is told, but the one who wrote is the one at risk of doing harm
        return (
            hit.about_another
            and not _OWN_URGE.search(text)
            and not _THREATENS_ME.search(text)
            and not _OWN_RISK.search(text)
        )
    if intent == Intent.CRISIS and (_OWN_URGE.search(text) or _OWN_RISK.search(text)):
        return False  # "I stopped taking my heart pills ... I would just like to be with her": his own risk
    if intent == Intent.CRISIS and _THEIR_SIGNS.search(text) and not _MY_SIGNS.search(text):
        return True  # "My roommate Cass ... sent our group chat 'sorry for everything' and turned her phone off"
    found = _FOR_SOMEONE.search(text)
    if found and intent != Intent.CRISIS and _CO_PARENTING.search(text):
        return False  # "co-parenting counseling ... for our kid": the parents come, not the child they speak of
    if found and situation == Situation.BREAKUP and (_PARTNER.search(found.group(0)) or _OWN_BREAKUP.search(text)):
        return False  # "my husband told me he wants a divorce", "my wife and I separated": the one left is writing
    if (
        found
        and re.search(r"\b(?:told|said|says|suggested)\s*$", found.group(0), re.I)
        and re.match(
            r"\s*(?:me|i|to\s+(?:write|reach\s+out|email|contact|call|get\s+in\s+touch))\b", text[found.end() :], re.I
        )
    ):
        return False  # "my sister told me to write to someone": the messenger is not the one to be seen
    # "Ask them these for me", in the husband's note she forwards: his words, not hers (`own`: the writer's own text)
    # 'she said "take care of her for me"': her words, quoted, are not the writer asking for herself
    mine = _FOR_MYSELF.search(_QUOTED.sub(" ", text if own is None else own))
    # (not "my husband only has to do one drive ... Do you have a male therapist for my son?": for him, said later)
    if found and mine and not any(_NAMED_FOR.match(m.group(0)) for m in _FOR_SOMEONE.finditer(text)):
        return False  # "my husband is supportive, but I'd prefer to come in person": she is the one to be seen
    return bool(found)


_NAMED_FOR = re.compile(r"(?:for|about|para|on\s+behalf)\b", re.IGNORECASE)
"""A _FOR_SOMEONE match that names whom the help is for ("for my son"), not only someone told of ("my husband has")."""
_CO_PARENTING = re.compile(r"\bco-?parenting\s+(?:counsel\w*|sessions?|therapy|help|work)\b", re.IGNORECASE)

_THREAT_TO_ME = re.compile(r"\b(?:hurt|kill|shoot|stab|beat)\s+(?:me|us)\b|\bafraid\s+for\s+my\s+life\b", re.IGNORECASE)
"""'He's been threatening to kill me': the writer is the one in danger, not writing about someone at risk."""
_THEY_THREATEN = re.compile(
    r"\b(?:he|she|they)(?:'s|\s+is|'ve|\s+has|\s+have)?\s+(?:been\s+)?(?:saying|talking|threatening|keeps\s+saying)\b"
    # "tonight he told his sister he is going to 'make them all pay' at school tomorrow"
    r"|\b(?:he|she|they)\s+(?:told|texted|messaged|posted|wrote\s+to)\s+(?:his|her|their|my|our|me|us|a)\b[^.?!\n]{0,40}"
    r"\b(?:he|she|they)(?:'s|\s+is|'re|\s+are|'ll|\s+will)\s+(?:going\s+to|gonna)\b",
    re.IGNORECASE,
)
"""'he has been saying he's going to...': the threat is the one written about's."""
_OWN_URGE = re.compile(
    r"\bi\s+(?:keep|can'?t\s+stop)\s+(?:thinking\s+about|imagining|picturing)\s+(?:\w+\s+){0,6}?(?:hammer|gun|rifle|pistol|knife|shoot\w*|kill\w*|"
    r"hurt\w*|ending\s+it|beat\w*)\b|\b(?:scared|afraid|frightened|terrified)\s+of\s+what\s+i\s+(?:might|could|would|will|'?ll)\s+do\b"
    # "I stood in the bedroom door holding a pillow ... I am frightened of myself": her own urge
    r"|\b(?:i'?m|i\s+am)\s+(?:so\s+|really\s+)?(?:scared|afraid|frightened|terrified)\s+of\s+myself\b"
    r"|\bi\s+(?:want|wanted|could)\s+to\s+(?:kill|hurt|beat)\s+(?:him|her|them)\b(?!\s+lol)"
    # "I need help before I do something I regret ... I stood outside his door with a knife from the kitchen"
    r"|\bi\s+(?:stood|was\s+standing|waited|sat)\s+(?:\w+\s+){0,4}?(?:with|holding)\s+a\s+(?:\w+\s+)?(?:knife|gun|bat|hammer|rifle|pillow)\b",
    re.IGNORECASE,
)


def threatens_writer(text: str) -> bool:
    """'he'll kill me', 'threatened me', 'me amenazó': the danger is to the one who writes."""
    return bool(_THREATENS_ME.search(text) or _THREAT_TO_ME.search(text))


_THREATENS_ME = re.compile(
    r"\b(?:he|she)(?:'ll|\s+will|\s+would|'s\s+going\s+to|\s+is\s+going\s+to|\s+gonna)\s+(?:kill|hurt|shoot)\s+me\b"
    r"(?!\s+if\s+(?:she|he|they)\s+(?:finds?|found|knew|knows|sees?|saw|hears?))"  # "She'll kill me if she finds out"
    r"|\bthreaten\w*\s+(?:to\s+(?:kill|hurt|shoot)\s+)?me\b|\b(?:choked|strangled)\s+me\b"
    # "Mi esposo me amenazó con un cuchillo"
    r"|\bme\s+(?:amenaz[óo]|peg[óo]|golpe[óo]|agarr[óo]|empuj[óo]|ahorc[óo]|quiere\s+matar)\b",
    re.IGNORECASE,
)
"""'My ex has been texting that he'll kill me ... He has a gun': the danger is to the writer, whoever holds the gun."""
_OWN_RISK = re.compile(
    r"\bi\s+(?:have\s+)?(?:stopped|quit)\s+taking\s+my\b|\bi\s+(?:would|'d)\s+(?:just\s+)?(?:like|love|want)\s+to\s+be\s+with\s+"
    r"(?:her|him|them)\s*(?:again|now)?\s*[.!]|\bi\s+(?:don'?t|do\s+not)\s+(?:really\s+)?want\s+to\s+(?:be\s+here|live|wake\s+up)\b"
    # "Desde que murió mi esposa ... a veces pienso que sería mejor no despertar": his own, in Spanish
    r"|\bpienso\s+que\s+ser[ií]a\s+mejor\s+(?:no\s+despertar|morir(?:me)?|no\s+estar|desaparecer)\b"
    r"|\bno\s+quiero\s+(?:vivir|despertar)\b"
    r"|\bquiero\s+morir(?:me)?\b"
    # "i cut again last night and its deeper than before": her own harm, whoever else she names
    r"|\bi\s+(?:cut|burned|hurt)\s+(?:myself\s+)?(?:again|last\s+night|yesterday|today|tonight|deeper)\b"
    # "I've been giving my tools and the guns away ... I won't be needing them. Could somebody check in on her after"
    r"|\bi\s+won'?t\s+be\s+needing\s+(?:them|it|those)\b|\bi'?ve\s+been\s+giving\s+(?:away\s+)?my\b"
    # "i have my whole bottle of sertraline and his sleeping pills lined up ... instead of just doing it": hers,
    # whose pills they are aside
    r"|\bi\s+(?:have|'ve\s+got|got)\s+(?:my\s+|the\s+)?(?:whole\s+)?(?:bottle|pills|stash)\b|\binstead\s+of\s+just\s+doing\s+it\b"
    r"|\bi'?m\s+not\s+going\s+to\s+make\s+it\s+to\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    # "thinking it would be a lot easier to just not wake up. Haven't told her that part."
    r"|(?:^|[.!?]\s+|\band\s+|,\s*)(?:i'?ve\s+been\s+|i'?m\s+|i\s+keep\s+|i\s+)?(?:thinking|think|thought)\s+(?:that\s+)?it\s+would\s+be\s+"
    r"(?:a\s+lot\s+|so\s+much\s+)?(?:easier|better)\s+to\s+(?:just\s+)?(?:not\s+wake\s+up|not\s+be\s+here|be\s+gone|die)\b"
    # "I've started looking up how many Tylenol it would take ... part of me didn't want someone to stop me"
    r"|\bi(?:'ve|\s+have)?\s+(?:started\s+|been\s+)?(?:looking|looked)\s+up\s+how\s+(?:many|much)\b|\bsomeone\s+to\s+stop\s+me\b"
    r"|\bi(?:'?ve|\s+have)?\s+(?:been|started|keep|kept)\s+(?:cutting|burning|hurting\s+myself)\b",
    re.IGNORECASE,
)
_THEIR_SIGNS = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:best\s+)?(?:roommate|friend|sister|brother|son|daughter|husband|wife|partner|boyfriend|girlfriend|"
    r"mom|mother|dad|father|cousin)(?:\s+[A-Z]\w+)?(?:\s+\([^)]{1,30}\))?\s+(?:sent|texted|posted|moved|turned|went|stopped|wrote|called|left"
    r"|gave\s+(?:me|away)|has\s+been\s+(?:really\s+|so\s+)?(?:off|withdrawn|giving)"
    # "My roommate hasn't left his room in four days ... now he won't answer the door"
    r"|hasn'?t\s+(?:left|eaten|come|answered|been\s+(?:home|out|answering|eating))|won'?t\s+(?:answer|open|come|talk|eat))\b"
    # "he owns several guns ... I'm scared for her": the danger is hers
    r"|\b(?:[Ss]cared|[Aa]fraid|[Tt]errified|[Ww]orried|[Ff]rightened)\s+(?:for|about)\s+(?:her|him|them)\b"
    # "she gave me her cat ... hugged me like it was goodbye. Now she's gone out and isn't answering her phone"
    r"|\b(?:isn'?t|is\s+not|not|stopped)\s+answering\s+(?:her|his|their)\s+(?:phone|texts|calls)\b"
    r"|\blike\s+it\s+was\s+(?:a\s+)?goodbye\b|\bgave\s+me\s+(?:her|his)\s+(?:cat|dog|pets?|things|stuff|guitar)\b"
)
_QUOTED = re.compile(r'"[^"\n]{1,200}"|“[^”\n]{1,200}”')
_MY_SIGNS = re.compile(
    r"\b(?:i|i'?ve|i\s+have)\s+(?:been\s+)?(?:thinking|thought|want|wanted|feel|felt)\b", re.IGNORECASE
)
"""Where the model alone calls a crisis: someone close who did something alarming, and no word of the writer's own
thoughts or feelings, is the one at risk."""

_HE_MARK = re.compile(r"\bél\b|\b\d{1,2}\s?(?:M|yo\s?M|y/o\s?M)\b")
_SHE_MARK = re.compile(r"\bella\b|\b\d{1,2}\s?(?:F|yo\s?F|y/o\s?F)\b")
"""Spanish pronouns and a referral's "29F", "34 y/o M" (capital letters: case matters here)."""
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_OTHERS_KIN = re.compile(
    r"\ba\s+(?:friend|neighbou?r|coworker|classmate)(?:'s\s+(?:mom|dad|mother|father|parents?))?\b[^.!?]{0,60}?"
    r"\b(?:her|his|their)\s+(?:son|daughter|kids?|child)\b",
    re.IGNORECASE,
)


_THEY_THEM = re.compile(
    r"\((?:they|pronouns?:?)\s*/\s*them\)|\b(?:uses?|goes\s+by)\s+they\b"
    r"|\b(?:my|our)\s+(?:kid|child|teen|son|daughter)\b[^.]{0,60}\b(?:non-?binary|they\s*/\s*them)\b",
    re.IGNORECASE,
)


def pronouns(text: str) -> tuple[str, str, str]:
    """How to speak of the one they write about: "he, him, his" where only he is spoken of, "she, her, her" where
    only she is, and "they, them, their" where it is unclear (a son and a daughter, or nobody named)."""
    if _THEY_THEM.search(text):
        return ("they", "them", "their")  # "came out to us as nonbinary (they use they/them)": their own words
    # "Eli sent her son messages": a pronoun that only owns someone else's relative says nothing of who is at risk
    words = {w.lower() for w in _PRONOUN.findall(_OTHERS_KIN.sub(" ", text))}
    he = bool(words & {"he", "him", "his", "himself"}) or bool(_HE_MARK.search(text))
    she = bool(words & {"she", "her", "hers", "herself"}) or bool(_SHE_MARK.search(text))
    if he and not she:
        return ("he", "him", "his")
    if she and not he:
        return ("she", "her", "her")
    feared = _FEARED_FOR.search(text)  # "her husband ... he owns guns. I'm scared for her": she is the one
    if feared:
        return ("she", "her", "her") if feared.group(1).lower() == "her" else ("he", "him", "his")
    if not he and not she:
        # "my son turns 13 in august hes been having panic attacks": no pronoun typed, but the son is a he
        boys, girls = bool(_BOY.search(text)), bool(_GIRL.search(text))
        if boys != girls:
            return ("he", "him", "his") if boys else ("she", "her", "her")
    return ("they", "them", "their")


def threatener_pronouns(text: str) -> tuple[str, str, str] | None:
    """'My son ... he's been saying he's going to "make her pay" ... I'm frightened for her': the one a harms-others
    reply speaks of is the one who says the threat ("he's been saying"), not the girl he threatens (whom "scared for
    her" would pick). Unclear (no one, or both said to say it): None, and the reply keeps "they"."""
    said = {m.group(1).lower() for m in _SAYS_THREAT.finditer(text)}
    if len(said) != 1:
        return None
    return ("he", "him", "his") if said == {"he"} else ("she", "her", "her")


_SAYS_THREAT = re.compile(
    r"\b(he|she)(?:'s|\s+has|\s+is|\s+was|\s+keeps|\s+kept)?\s+(?:been\s+)?"
    r"(?:saying|says|said|told\s+(?:me|us|her|him|them)|threaten\w*|texting|posting|talking\s+about)\b[^.!?]{0,50}"
    r"\b(?:kill|hurt|shoot|pay|stab|get\s+(?:him|her|them)|take\s+care\s+of)\b",
    re.IGNORECASE,
)


_BOY = re.compile(
    r"\b(?:my|our)\s+(?:\d{1,2}[-\s]?(?:year|yr)[-\s]?old\s+)?(?:son|stepson|grandson|nephew|boy)\b", re.I
)
_GIRL = re.compile(
    r"\b(?:my|our)\s+(?:\d{1,2}[-\s]?(?:year|yr)[-\s]?old\s+)?(?:daughter|stepdaughter|granddaughter|niece|girl)\b",
    re.I,
)


_FEARED_FOR = re.compile(
    r"\b(?:scared|afraid|terrified|worried|frightened)\s+(?:for|about)\s+(her|him)\b(?!\s+\w+ing\b)", re.I
)


_SUBJECT_FOR = re.compile(
    r"\b(?:for|about)\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kid|teen|mom|mother|dad|father|grandson|"
    r"granddaughter|grandma|grandmother|grandpa|grandfather)\b(?!'s|\s+and\s+(?:me|i)\b)",
    re.IGNORECASE,
)


_OWN_AGE = re.compile(r"\b(?:i\s+am|i'?m)\s+\d{1,2}(?:\s+years?\s+old)?\b", re.IGNORECASE)


def subject_for_someone(subject: str, text: str) -> bool:
    """'Subject: Therapy for my father', over a body that says only "Dad" and "he": the one to be seen is him
    (unless the body is theirs: "I am 81 years old", from a grandmother on her grandson's computer)."""
    return bool(_SUBJECT_FOR.search(subject)) and not _OWN_AGE.search(text)
