"""The intent of a message: what the sentences show, settled with what the learned intent head reads.

The rules know some things for certain: a loop guard (an auto-reply, a bounce) is never answered and a crisis comes
first, whatever any model says. Between the other intents the rules were tuned on the hands they have seen, and read
a new hand's intent right 93.9% of the time (seven blind sets, replayed at the commit each was first run); the
intent head, trained on other hands, read 97.0% of them. So where the head is sure, its word settles the intent, and
to withhold a reply (not an inquiry, withdrawn) it must be surer still (see `triage.learn.intent_train`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from triage.core.absence import cancels_consultation, withdrawn
from triage.core.forwards import forwarded_as_evidence
from triage.core.model import Classification, Inquiry
from triage.core.prefilter import Guarded
from triage.core.reading.circumstances import CHASED
from triage.core.reading.client_signs import says_client
from triage.core.reading.colleagues import COLLEAGUE_BUSINESS, VENDOR, for_themselves, from_professional
from triage.core.reading.intake import asks_holiday_hours
from triage.core.reading.thread import thread_shows_client
from triage.core.reading.whose import ASKS_FOR_ANOTHER
from triage.core.request import CLIENT_KINDS, Intent, Kind, Known, Question

PERSON_AT = 0.6
"""The head's probability at which its reading of who is writing (a new person, a client, a colleague) is taken."""
SILENCE_AT = 0.8
"""The head's probability at which it may withhold a reply the rules would write (not an inquiry, withdrawn)."""

ASKS_US = re.compile(r"\b(?:can|could|would)\s+you\b|\bplease\s+(?:send|run|update|charge|email)\b", re.I)


class RuleIntent(NamedTuple):
    intent: Intent
    certain: bool = False
    """Shown beyond doubt (a crisis, a loop guard, a pitch, a client asking for someone else): the head's word
    does not change it."""


_DIGEST_FROM = re.compile(r"(?:digest|newsletter|news|bulletin|announce\w*)@", re.IGNORECASE)
_DIGEST = re.compile(r"\b(?:weekly|monthly|daily)\s+(?:digest|newsletter|bulletin|roundup)\b", re.IGNORECASE)
_OTHER_OFFICE_RE = re.compile(
    r"\b(?:delta\s+dental|dental\s+(?:office|insurance|plan|appointment|cleaning|visit)|dentist|(?:teeth|dental)\s+cleaning|"
    r"my\s+cleaning\b|(?:my|the|your)\s+(?:dental\s+)?hygienist|fluoride|root\s+canal|orthodont\w*|crowns?\s+(?:fitting|appointment)|"
    r"vet\s+(?:appointment|visit)|veterinar\w+|my\s+(?:dog|cat)'?s\s+(?:shots|vaccines?|checkup))\b",
    re.IGNORECASE,
)
_OTHER_OFFICE = Guarded(_OTHER_OFFICE_RE)
"""Mail meant for another office (a dentist's, a vet's) that reached the practice by a slip of the address book; only
where nobody asks to move or cancel (a client names the dentist's appointment that clashes with a session)."""
_OTHER_BUSINESS = re.compile(
    # a yoga studio's, a marina's customer, a student writing to a professor ("Hi Professor Hale, ... missed the quiz")
    r"\b(?:(?:hot\s+)?(?:yoga|pilates|barre|spin)\s+(?:class(?:es)?|pass|studio|membership)|\b\d{1,2}-class\s+pass"
    r"|(?:boat|moorage|marina)\s+(?:slip|rates?|space)|slip\s+for\s+my\s+\w+(?:\s+\w+)?\s+boat|outer\s+dock"
    r"|(?:dear|hi|hello)\s+(?:professor|prof\.?)\s+[A-Z]\w+)\b",
    re.IGNORECASE,
)
"""Another business's customer, whatever they ask of it ("Can I get a refund or freeze the pass?")."""
_REPLY_TO_THEM = re.compile(
    r"\b(?:reply|respond|write\s+back)\s+(?:to\s+)?(?:(?-i:[A-Z])[a-z]+|him|her|them)\s+directly\b", re.IGNORECASE
)
_THERAPY = re.compile(
    r"\btherap\w*|\bcounsel\w*|\banxi\w+|\bdepress\w*|\bsession\b|\btrauma\b|\bdana\b|\bsam\b|\bpanic\b"
    r"|\bsee\s+someone\b|\bnew\s+clients\b"  # "a dental hygienist ... panic attacks driving ... taking new clients?"
    # "I work at a dental office Tues-Sat ... My PT suggested EMDR. Do you offer that?"
    r"|\bemdr\b|\bnightmares?\b|\bptsd\b|\bgrief\b|\bgrieving\b",
    re.I,
)


def learned_intent(classification: Classification) -> tuple[Intent, float] | None:
    """The head's likeliest intent and its probability; None from a model without a head."""
    if not classification.intents:
        return None
    name, probability = max(classification.intents.items(), key=lambda item: item[1])
    return Intent(name), probability


def settle(rules: RuleIntent, learned: tuple[Intent, float] | None) -> Intent:
    """The intent to answer as: the rules', unless the head is sure of another (never over what the rules are
    certain of, and never to a crisis: that is the crisis layer's call, made with its lexicon)."""
    if learned is None or rules.certain:
        return rules.intent
    intent, probability = learned
    if intent in (rules.intent, Intent.CRISIS):
        return rules.intent
    needed = SILENCE_AT if intent in (Intent.NOT_INQUIRY, Intent.WITHDRAWAL) else PERSON_AT
    return intent if probability >= needed else rules.intent


def head_reads_a_client(classification: Classification, text: str = "") -> bool:
    """The head is sure a client is writing ("can we push Thursday to 5?" with no client word in it)."""
    learned = learned_intent(classification)
    return (
        not first_time(text) and learned is not None and learned[0] == Intent.CLIENT_REQUEST and learned[1] >= PERSON_AT
    )


def head_reads_a_person(classification: Classification) -> bool:
    learned = learned_intent(classification)
    return learned is not None and learned[0] not in (Intent.NOT_INQUIRY, Intent.CRISIS) and learned[1] >= SILENCE_AT


_STARTING = re.compile(
    r"\b(?:to\s+start|starting|to\s+begin|get\s+started\s+with)\s+(?:therapy|counseling|counselling|sessions)\b"
    r"|\bnever\s+(?:been\s+to|done)\s+therapy\b|\bas\s+a\s+new\s+client\b"
    # someone choosing a therapist: "my most recent therapist and I agreed we'd hit a plateau", "before I book"
    r"|\bmy\s+(?:most\s+recent|previous|last|former|old|current)\s+therapist\b|\bbefore\s+i\s+book\b"
    r"|\blooking\s+for\s+(?:a\s+(?:new\s+)?therapist|someone\s+new)\b|\binterested\s+in\s+(?:someone|a\s+therapist)\s+who\b",
    re.IGNORECASE,
)

_SEEN_HERE = re.compile(r"\byou'?ve\s+been\s+seeing\s+me\b", re.IGNORECASE)
"""Said to their own therapist; "I've been seeing Sam since the spring. Could my daughter see Dana?" is not this."""
_FIRST_SESSION_RE = re.compile(
    r"\b(?:book|schedule|set\s+up|start\s+with|get\s+in\s+for)\s+(?:a|my|our|an)\s+(?:first|initial|intake)\s+"
    r"(?:session|appointment|visit)\b(?!\s+back\b)|\b(?:become|be)\s+a\s+new\s+client\b",
    re.IGNORECASE,
)
_FIRST_SESSION = Guarded(_FIRST_SESSION_RE)


def passed_on(inquiry: Inquiry) -> bool:
    """'one of our team members asked us to pass this along ... Please reply to Jamie directly': the forwarded person
    asks, whoever forwards it (a benefits team reads like admin mail to the model)."""
    return inquiry.source == "referral" and "?" in inquiry.forwarded_text and bool(_REPLY_TO_THEM.search(inquiry.text))


_NEW_HERE_RE = re.compile(
    r"\b(?:i|we)\s+(?:just\s+)?(?:found|came\s+across|stumbled\s+(?:on|upon|across))\s+(?:you|your\s+(?:website|site|"
    r"profile|practice|name|listing|page))\b(?!\s+(?:again|back))|\b(?:got|was\s+given)\s+your\s+name\s+from\b"
    r"|\b(?:recommended|referred)\s+(?:me|us)\s+to\s+you\b|\b(?:never|not)\s+(?:been\s+to|done|tried|had)\s+(?:therapy|"
    r"counseling|counselling)\b|\bfirst\s+time\s+(?:in|trying|seeking|doing|going\s+to|reaching\s+out\s+(?:for|about))\s+"
    r"(?:therapy|counseling|counselling|help)\b",
    re.IGNORECASE,
)
_NEW_HERE = Guarded(_NEW_HERE_RE)
"""'Hi Dana, I found you online': a first letter, however much its greeting sounds like a client's."""


def first_time(text: str) -> bool:
    """'I'd like to book a first session': someone not yet a client, whatever else ("switch to video on snow days")
    sounds like a client's."""
    return bool(_FIRST_SESSION.search(text) or _NEW_HERE.search(text))


def rule_intent(inquiry: Inquiry, labels: set[str], questions: list[Question], known: Known) -> RuleIntent:
    """The intent the sentences show: crisis first, then loop guards and pitches, colleagues, clients, new people."""
    if "crisis" in labels:
        return RuleIntent(Intent.CRISIS, certain=True)
    kinds = {q.kind for q in questions}
    if (
        "?" not in inquiry.text  # the cheap tests first: most mail asks something
        and not inquiry.loop.never_reply
        and withdrawn(inquiry.text)
        and (not kinds & CLIENT_KINDS or cancels_consultation(inquiry.text))
    ):
        # in Spanish, which the head saw little of, the words that withdraw are surer than its reading
        return RuleIntent(Intent.WITHDRAWAL, certain=inquiry.language == "es")
    # A client's own business (records, a bill) reads like admin mail to the model; a referral in shorthand too.
    # Only a colleague's referral overrules that: a vendor's pitch names superbills and billing just like a client.
    # only then does it matter whether a colleague or a client wrote it; a question in Portuguese, which the model
    # cannot read, is a person's
    admin = (
        "not_inquiry" in labels
        and not foreign_question(inquiry)
        and not asks_holiday_hours(inquiry.text)
        and not follows_up(inquiry.text)
    )
    # "Fwd: Payment failed ... I've put the new card in. Can you run it again?": a client forwarding their own bill
    forwarded_own = bool(inquiry.forwarded_text) and bool(kinds & CLIENT_KINDS) and bool(ASKS_US.search(inquiry.text))
    # "My EAP gave me the list below and you're on it. Can I use those with you? Are you taking new clients?"
    forwarded_asking = bool(inquiry.forwarded_text) and "?" in inquiry.text and bool(kinds)
    if inquiry.loop.never_reply or (
        admin
        and not (
            from_professional(inquiry)
            or known.existing_client
            or says_client(inquiry.text)
            or for_themselves(inquiry.text)
            or forwarded_own
            or forwarded_asking
            or passed_on(inquiry)
        )
    ):
        return RuleIntent(Intent.NOT_INQUIRY, certain=inquiry.loop.never_reply)
    if _DIGEST_FROM.match(inquiry.sender_email or "") or _DIGEST.search(f"{inquiry.subject}\n{inquiry.text[:200]}"):
        # "PORTLAND THERAPIST NETWORK - WEEKLY DIGEST ... Client seeking Spanish-speaking therapist": a list's issue,
        # whose referral wanted ads are for every reader, not a referral to us
        return RuleIntent(Intent.NOT_INQUIRY, certain=True)
    other_office = _OTHER_BUSINESS.search(inquiry.text) or (
        _OTHER_OFFICE.search(inquiry.text) and not kinds & CLIENT_KINDS
    )
    if other_office and not _THERAPY.search(inquiry.text):
        # "Just confirming my cleaning Thursday with Dr. Patel ... do you still take Delta Dental?": the dentist's mail
        return RuleIntent(Intent.NOT_INQUIRY, certain=True)
    if COLLEAGUE_BUSINESS.search(inquiry.text):
        return RuleIntent(Intent.NOT_INQUIRY, certain=True)  # "open to a paid consultation on an EMDR case?"
    if VENDOR.search(inquiry.text):
        # a pitch that talks about clients is still a pitch; sure of it when the model reads admin mail too ("my
        # uncle explaining crypto" in a client's move is no pitch)
        return RuleIntent(Intent.NOT_INQUIRY, certain="not_inquiry" in labels)
    if passed_on(inquiry):  # answered to the one whose mail it is, as their own
        return RuleIntent(Intent.CLIENT_REQUEST if kinds & CLIENT_KINDS else Intent.NEW_INQUIRY)
    # "our peer support team sent this list around and you were on it. Are you in network with Cigna?": theirs
    shown = inquiry.source == "referral" and forwarded_as_evidence(inquiry) and not from_professional(inquiry)
    if (inquiry.source == "referral" and not forwarded_own and not shown) or from_professional(inquiry):
        # "Soy pediatra. Les refiero a una paciente": a colleague's Spanish, which the head saw little of
        return RuleIntent(Intent.REFERRAL, certain=inquiry.language == "es" and from_professional(inquiry))
    if not kinds & CLIENT_KINDS and ASKS_FOR_ANOTHER.search(inquiry.text):
        # a client asking on behalf of a sister who needs a therapist: her inquiry
        return RuleIntent(Intent.NEW_INQUIRY, certain=True)
    if not kinds & CLIENT_KINDS and not known.existing_client and first_time(inquiry.text):
        return RuleIntent(Intent.NEW_INQUIRY, certain=True)
    if kinds & CLIENT_KINDS <= {Kind.SUPERBILL} and not known.existing_client and _STARTING.search(inquiry.text):
        # "the cheapest time I'll ever have to start therapy ... a superbill after each session?": a new person
        return RuleIntent(Intent.NEW_INQUIRY)
    if kinds & CLIENT_KINDS or known.existing_client or known.running_late:
        # a client sending their new insurance card reads like paperwork to the head, but it asks for an answer
        # "¿Podríamos hacer mis sesiones por video?": a client's own words of their sessions, in any language the head
        # saw little of, are not overruled by it
        spoken = known.existing_client and inquiry.language == "es" and says_client(inquiry.text)
        # "quisiera saber cuánto debo ... no entiendo los cargos de febrero": only a client has a bill to ask about
        spoken = spoken or (inquiry.language == "es" and bool(kinds & {Kind.BILLING, Kind.FEE_WAIVER, Kind.SUPERBILL}))
        # "Please cancel all of my remaining appointments. I've decided to take a break": their own sessions called
        # off, which the head may read as a withdrawal; it asks for a goodbye all the same
        own_sessions = bool(kinds & {Kind.CANCEL, Kind.RESCHEDULE}) and bool(_OWN_SESSIONS.search(inquiry.text))
        # "You've been seeing me for a little over a year now": theirs, whatever the head makes of the request
        ours = bool(_SEEN_HERE.search(inquiry.text))
        return RuleIntent(
            Intent.CLIENT_REQUEST, certain=(known.new_card and known.existing_client) or spoken or own_sessions or ours
        )
    return RuleIntent(Intent.NEW_INQUIRY)


_OWN_SESSIONS = re.compile(
    r"\b(?:my|our)\s+(?:remaining|upcoming|standing|weekly|regular|future)\s+(?:\w+\s+)?(?:appointments?|sessions?)\b"
    r"|\ball\s+(?:of\s+)?(?:my|our)\s+(?:\w+\s+)?(?:appointments|sessions)\b",
    re.IGNORECASE,
)
"""'all of my remaining appointments': sessions a client already has, whatever the head makes of the goodbye."""


def worth_reading(inquiry: Inquiry, classification: Classification) -> bool:
    """Whether the reader could find anything to answer: mail the model calls "not an inquiry" is read only when a
    colleague's referral, a withdrawal or a client speaking of their own sessions shows in it, so newsletters
    and pitches cost no more than their classification."""
    if inquiry.loop.never_reply:
        return False
    return (
        "not_inquiry" not in classification.labels
        or head_reads_a_person(classification)  # a client's "see attached", read as admin mail by the labels
        or from_professional(inquiry)
        or for_themselves(inquiry.text)
        or withdrawn(inquiry.text)
        or says_client(inquiry.text)
        or (bool(inquiry.history.strip()) and thread_shows_client(inquiry.history, inquiry.subject))
        or foreign_question(inquiry)
        or asks_holiday_hours(inquiry.text)
        or follows_up(inquiry.text)
        or passed_on(inquiry)
        # their own bill, forwarded; "my EAP sent the list below: can I use it with you?"
        or (bool(inquiry.forwarded_text) and (bool(ASKS_US.search(inquiry.text)) or "?" in inquiry.text))
    )


_STILL_KEEN = re.compile(
    r"\bstill\s+(?:very\s+|really\s+)?interested\s+in\s+(?:getting\s+started|starting|therapy|counseling|an?\s+(?:appointment|"
    r"consultation|session|intake)|being\s+seen|coming\s+in|working\s+with)",
    re.IGNORECASE,
)


def follows_up(text: str) -> bool:
    """ "Filled out the form the day after Christmas and never heard back. Still interested": a person waiting
    for the answer we owe them, however short and admin-like the mail reads to the model."""
    return (CHASED.search(text) is not None or _STILL_KEEN.search(text) is not None) and VENDOR.search(text) is None


_NAMES_A_LANGUAGE = re.compile(
    r"ti[ếe]ng\s+vi[ệe]t|по-русски|русск|한국어|中文|普通话|廣東話|粵語|portugu[êe]s|tagalog|العربية|фарс|français|deutsch",
    re.IGNORECASE,
)


def foreign_question(inquiry: Inquiry) -> bool:
    """A question in a language the model was never trained on (Portuguese): read and answered, never dropped."""
    if inquiry.language in ("en", "es"):
        return False
    # "Có ai nói được tiếng Việt không...": asking for their language, even with no question mark to show it
    return "?" in inquiry.text or bool(_NAMES_A_LANGUAGE.search(inquiry.text))
