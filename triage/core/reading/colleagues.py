"""Who wrote: a colleague referring someone (a doctor, a school counsellor, an EAP), or a vendor's pitch."""

from __future__ import annotations

import re
from functools import lru_cache

from triage.core.model import Inquiry
from triage.core.prefilter import Guarded

_REFERRAL_RE = re.compile(
    r"\b(?:i'?d\s+like\s+to|would\s+like\s+to|wanted\s+to|i'?m\s+writing\s+to|writing\s+to)\s+refer\b|\breferring\s+"
    r"(?:a|an|my|our|one\s+of\s+my|this)\b|\breferral\s+for\b|\b(?:my|our)\s+(?:patient|client|student|employee|member)\b(?!\s+(?:id|identification|number|card|services|portal|plan))"
    r"|\bi\s+have\s+a\s+(?:client|patient|student)\b|\b(?:working|work)\s+with\s+a\s+\d{1,2}[-\s]year[-\s]old\b"
    r"|\b(?:pt|patient)\s+(?:is\s+a\s+)?\d{1,2}\s*(?:yo|y/o|m|f)\b|\bs/p\b|\baccept(?:ance\s+of)?\s+(?:this|the|a|our|my)\s+referral\b"
    r"|\b(?:an?|one)\s+employee\s+(?:client|member)\b|\b(?:pt|patient)\s+(?:says|said|reports|prefers|wants|is\s+aware|has)\b"
    r"|\b\d{1,2}\s*(?:y/o|yo)\s+(?:m|f)\b(?!\w)|\b(?:tengo|atiendo)\s+(?:a\s+)?(?:una?|un)\s+(?:paciente|estudiante)\b"
    r"|\bdischarg\w+\s+(?:for\s+|planning\s+for\s+)?(?:a|an|my|our)\s+\d{1,2}[-\s]year[-\s]old\b|\bquisiera\s+referir\b|\bpara\s+referir\b|\breferir\s+a\b|\bmi\s+paciente\b"
    r"|\b(?:an?|one)\s+\d{1,2}[-\s]year[-\s]old\s+(?:patient|client|student)\b|\bi\s+(?:manage|prescribe)\s+(?:her|his|their|the)?\s*"
    r"(?:medications?|meds)\s+for\b|\bplacing\s+(?:my\s+)?(?:remaining\s+)?clients\b|\b(?:closing|retiring\s+from)\s+my\s+practice\b"
    # "We're building a list of clinicians we can refer members to ... We'd probably refer 3-5 members"
    r"|\b(?:clinicians|therapists|providers|counsel(?:or|lor)s)\s+(?:that\s+|who\s+)?(?:we|i)\s+(?:can|could)\s+refer\b"
    r"|\brefer\s+(?:\d+(?:\s*-\s*\d+)?\s+|our\s+|some\s+of\s+our\s+)(?:members|employees|students|staff|officers|clients|families)\b",
    re.IGNORECASE,
)
_REFERRAL = Guarded(_REFERRAL_RE)


VENDOR_RE = re.compile(
    r"\b(?:most\s+of\s+)?our\s+(?:clients|customers|practices)\s+(?:see|get|report)\b|\bbump\s+in\s+collections\b"
    r"|\bworth\s+a\s+(?:quick\s+)?\d+[-\s]minute\s+(?:call|chat|demo)\b|\b(?:book|schedule)\s+a\s+(?:quick\s+|free\s+)?demo\b"
    r"|\bfor\s+(?:therapy|private|group|small)\s+practices\b|\bunsubscribe\b|\bearly\s+bird\b|\bce\s+(?:hours|credits)\b"
    r"|\b(?:google|search)\s+(?:page\s+(?:1|one)|rankings?)\b|\bnot\s+ranking\b|\bfree\s+(?:seo\s+|website\s+|marketing\s+)?audit\b"
    r"|\bseo\b|\b(?:your|the)\s+website'?s?\s+(?:traffic|ranking|design)\b|\bmore\s+(?:clients|leads|patients)\s+(?:for|to)\s+your\b"
    r"|\bcredential\s+you\b|\bwithout\s+the\s+admin\b|\bprovider\s+(?:growth|success|network\s+team)\b"
    r"|\bsee\s+what\s+your\s+rates\s+would\s+be\b|\bcrypto(?:currency)?\b|\bpassive\s+income\b|\bclick\s+here\s*-?>|\btrading\s+bot\b"
    # a job application speaks of couples, adolescents and days free just like an inquiry
    r"|\binterest\s+in\s+(?:joining\s+(?:your|the|\w+\s+\w+\s+therapy)|the\s+(?:\w+\s+){0,2}(?:position|role|opening))\b"
    r"|\b(?:my\s+)?(?:resume|résumé|cv)\s+(?:and\s+(?:\w+\s+)?references\s+)?(?:is|are)\s+attached\b"
    r"|\b(?:apply(?:ing)?|application)\s+for\s+(?:the|your)\s+(?:\w+\s+){0,2}(?:position|role|opening)\b"
    # "a referral partnership ... We pay $50 for every couple you send our way"
    r"|\breferral\s+(?:partnership|program|fee|bonus)\b|\b(?:we\s+)?pay\s+\$\d+\s+(?:for\s+)?(?:every|each|per)\s+(?:couple|client|referral)"
    # "Would you consider a part-time clinician ...? I would be glad to send my CV and references"
    r"|\b(?:send|share|forward)\s+(?:you\s+)?my\s+(?:resume|résumé|cv)\b|\b(?:consider|hire|hiring|need)\s+(?:a|an|another)\s+"
    r"(?:part[-\s]time\s+|full[-\s]time\s+|contract\s+)?(?:clinician|therapist|associate|counsel(?:l)?or)\b(?![^.?!]{0,30}\bfor\s+(?:me|my|our))",
    re.IGNORECASE,
)
VENDOR = Guarded(VENDOR_RE)


COLLEAGUE_BUSINESS = re.compile(
    r"\b(?:paid\s+|peer\s+|clinical\s+|case\s+)consult(?:ation)?\s+(?:\(?[^.?!()]{0,40}\)?\s+)?(?:on|about|for)\s+(?:a|an|one\s+of\s+my)\s+"
    r"(?:\w+\s+)?case\b|\byour\s+(?:usual\s+)?consult(?:ation)?\s+(?:rate|fee)\b|\bsub-?(?:let|lease)\w*\s+(?:a|an|your|the)\s+(?:room|office|space)\b",
    re.IGNORECASE,
)
"""A colleague's own business with the practice (a paid consultation on one of their cases, subletting a room):
the owner's to answer personally, never a client's reply."""


_CLINICAL_REFERRAL = re.compile(
    r"\b\d{1,2}\s?(?:M|F|yo|y/o)\b.{0,80}\b(?:MDD|GAD|PTSD|dx|hx|PHQ|GAD-7|SI|HI)\b|\b(?:pt|patient)\s+(?:is\s+)?aware\b"
)
"""A referral in clinical shorthand ("28M, MDD moderate, hx trauma... Pt aware"): a person to help, whatever a model
trained on colleagues' admin mail thinks."""


_PROFESSIONAL = re.compile(
    r"(?i:\bi'?m\s+(?:a|an|the|one\s+of\s+the)\s+(?:\w+\s+)?(?:physician|doctor|pediatrician|nurse|social\s+worker|"
    r"school\s+counsel(?:or|lor)s?|psychiatrist|therapist|case\s+manager|care\s+coordinator|np|pcp|counsel(?:or|lor)s?|"
    r"psychologist|lpc|lcsw|lmft|mediator|attorney|lawyer|pastor|chaplain|midwife|doula|dietitian|probation\s+officer|"
    r"discharge\s+(?:planner|coordinator))\b)"
    r"|\b(?:MD|LCSW|LPC|LMFT|PsyD|PhD|NP|RN|PA-C|PMHNP)\b|,\s*DO\b|(?i:\bwe\s+coordinate\b|\bdear\s+colleague\b"
    r"|\b(?:case\s+manager|care\s+coordinator)\s+(?:with|at|for)\b"
    # said of themselves: "I'm the member assistance rep for our local", "Hi, HS counselor here" (not "my union rep
    # gave me your name", not "my daughter's school counselor at Lincoln")
    r"|\bi'?m\s+(?:the|a|an)\s+(?:\w+\s+)?(?:member\s+assistance|union)\s+(?:rep|representative|steward|coordinator)\b"
    r"|\b(?:hs|high\s+school|middle\s+school|school|guidance)\s+counsel(?:or|lor)\s+here\b"
    r"|\bEAP\s+"
    r"(?:coordinat\w+|counsel\w+|case)|\bsoy\s+(?:consejer[oa]|m[ée]dic[oa]|doctora?|trabajador[a]?\s+social|enfermer[oa]|"
    r"psic[óo]log[oa]|terapeuta|pediatra|psiquiatra|orientador[a]?)\b)",
)


_ABOUT_CLIENT = re.compile(
    r"\b(?:refer|referral|(?:we|i)\s+have\s+an?\s+(?:employee|patient|client|student|member)|one\s+of\s+our\s+(?:patients|clients|students|employees)|my\s+(?:patient|client|student)s?|one\s+of\s+my\s+(?:patients|clients|students)|a\s+(?:patient|"
    r"client|student)\s+(?:of\s+mine|who)|a\s+\d{1,2}\s*(?:y/?o|yo|year[-\s]old)\s+(?:(?:fe)?male\s+)?(?:patient|client|student)\b|(?:working|work)\s+with\s+a\b|the\s+family\b|i\s+have\s+a\s+(?:\w+\s+)?(?:couple|family|teen|"
    r"young)\b|\b(?:a|the|our|this)\s+pt\b|send\s+(?:them|her|him)\s+your\s+way|(?:patient|client|student)\s+of\s+mine|my\s+individual\s+clients|"
    r"we\s+have\s+a\s+(?:new\s+|young\s+)?(?:mom|mother|dad|father|patient|teen|couple|family|woman|man|client|student)\b|"
    # "16F (junior, works PT at a grocery store), disclosed this AM active cutting"
    r"\b\d{1,2}\s?[mf]\s*\(|"
    # a union's member assistance rep: "Have a driver (50s, male) who was in a fatal accident"
    r"(?:^|[.!?]\s+|\bi\s+|\bwe\s+)have\s+a\s+(?:driver|member|worker|employee|officer|firefighter|medic|nurse)\s+(?:\(|who\b|that\b|,)|"
    r"i\s+see\s+(?:the|a|her|him|this)\s+(?:\w+\s+){0,2}individually|(?:who|she|he|they)(?:'d|\s+would)\s+benefit\s+from|warm\s+hand-?off|refiero|le\s+refiero|(?:i'?ve\s+been|i\s+have\s+been)\s+"
    r"seeing\s+a\s+(?:lovely\s+|young\s+)?(?:couple|client|family|teen|woman|man)\b|(?:they|she|he)'?d\s+be\s+a\s+(?:great\s+)?fit)",
    re.IGNORECASE,
)


_REFERRAL_SUBJECT = re.compile(
    r"\breferral\s*(?:[-:–]|request\b|for\b)|\bprofessional\s+referral\b|\b(?:EAP|pt|patient|client)\s+(?:referral|authori[sz]ation)\b|\breferencia\s+de\s+paciente\b",
    re.IGNORECASE,
)


_FOR_ME = re.compile(
    r"\b(?:i\s+need|looking\s+for|want|find)\s+(?:a\s+therapist\s+for\s+myself|my\s+own\s+(?:therapist|therapy|counsel\w+))\b"
    r"|\b(?:therapy|a\s+therapist|someone)\s+for\s+myself\b",
    re.IGNORECASE,
)


_EAP_LETTER = re.compile(
    r"\beap\b|\bemployee\s+assistance\b|\bsessions\s+authori[sz]ed\b|\bauthori[sz]ation\s*(?:#|no\.?|number)",
    re.IGNORECASE,
)


def eap_authorisation(inquiry: Inquiry) -> bool:
    """An EAP's care coordinators referring a member ("EAP Authorization #CE-2026-04417 ... Sessions authorized: 3"):
    the EAP pays, whether or not the body says "EAP" outside its signature or subject line."""
    where = f"{inquiry.sender_name or ''}\n{inquiry.subject or ''}\n{inquiry.signature}"
    return bool(_EAP_LETTER.search(where) or _SESSIONS_AUTHORISED.search(inquiry.text)) and from_professional(inquiry)


_SESSIONS_AUTHORISED = re.compile(r"\bsessions\s+authori[sz]ed\b|\bauthori[sz]ed\s+\d+\s+sessions\b", re.IGNORECASE)


def for_themselves(text: str) -> bool:
    """'I need my own therapist': whoever writes, even a clinician, asks for therapy for themselves."""
    return bool(_FOR_ME.search(text))


def from_professional(inquiry: Inquiry) -> bool:
    """A doctor, school counsellor, therapist or EAP writing about someone they would refer."""
    return _professional_words(inquiry.text, inquiry.sender_name or "", inquiry.subject or "")


@lru_cache(maxsize=4)
def _professional_words(text: str, sender_name: str, subject: str) -> bool:
    """Asked three times for one message (is it worth reading, its intent, its request): read once. The cache holds
    only the last few messages, so a benchmark that repeats its corpus gains nothing from it."""
    professional = _PROFESSIONAL.search(text) or _PROFESSIONAL.search(sender_name)
    if _FOR_ME.search(text):
        return False  # "I'm burned out and I need my own therapist": a colleague asking for themselves
    return bool(
        _REFERRAL.search(text)
        or _REFERRAL_SUBJECT.search(subject)
        or (professional and _ABOUT_CLIENT.search(text))
        or _CLINICAL_REFERRAL.search(text)
    )
