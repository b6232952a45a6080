"""A client's bill: a declined card run again, a double charge refunded, a new card given by phone, a claim or a
balance looked into, their name or address updated; said back in the reply rather than a bare "I'll look into your
account"."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering
from triage.core.answers_client import not_theirs_yet
from triage.core.reading.billing import CARD_COMING
from triage.core.request import Kind, Question

_GIVES_A_CARD = re.compile(
    r"\b(?:can|could|should|may)\s+i\s+(?:just\s+)?(?:give|send|get|read)\s+you\s+(?:a|my|the)\s+(?:new|updated|different|other)\s+"
    r"(?:card|details|numbers?|info)\b"
    r"|\bhow\s+(?:do|can|should)\s+i\s+(?:update|change|give\s+you)\s+(?:my|the)\s+(?:new\s+)?card\b"
    # "I got a new card after some fraud stuff. What's the easiest way to update it?"
    r"|\b(?:what'?s|what\s+is)\s+the\s+(?:easiest|best|quickest|simplest|safest)\s+way\s+to\s+(?:update|change|give\s+you)\s+"
    r"(?:it|that|the\s+card|my\s+card)\b"
    r"|\b(?:can|could|may)\s+i\s+(?:just\s+)?(?:put|keep|leave|have\s+you\s+keep)\s+(?:my|a)\s+card\s+on\s+file\b",
    re.IGNORECASE,
)
"""'Can I just give you a new card?': not given yet, so nothing to run again until it is; how to give it."""
_FOR_ANOTHER = re.compile(
    r"\bcard\s+on\s+file\s+for\s+(?:her|his|their|my\s+\w+'?s)\s+(?:sessions|therapy|appointments)\b"
    r"|\b(?:cover|pay\s+for)\s+(?:her|his|their)\s+(?:sessions|therapy)\b",
    re.IGNORECASE,
)
"""'I'd like to cover her sessions ... Can I put my card on file for her sessions?': a kind offer from someone who is
not the client; staff confirm it with the client before taking a card (and say nothing of her care)."""
_NOT_ON_FILE = re.compile(
    r"\bportal\b|\bif\s+i\s+(?:call|phone|email)\s+(?:you\s+)?with\s+the\s+new\b|\bends\s+in\s+\d{4}\b", re.IGNORECASE
)
_DECLINED_TOO = re.compile(
    r"\bdeclined\s+(?:too|again|as\s+well)\b|\b(?:that|this|the\s+new)\s+one\s+(?:got\s+|was\s+)?declined\b",
    re.IGNORECASE,
)
_PUT_IN = re.compile(
    r"\b(?:updated|entered|added|changed|saved|uploaded|(?:just|already|i'?ve|i\s+have)\s+put)\s+(?:it|the\s+(?:new\s+)?card|my\s+(?:new\s+)?card)\b",
    re.IGNORECASE,
)
"""'I just updated it in the client portal - can you run it again?': on file already."""


def billing(p: Answering, q: Question) -> None:
    if not_theirs_yet(p, q):
        return
    if q.values == ("new_card",) and p.request.known.new_card and Kind.INSURANCE in p.request.kinds:
        p.answered.add(q.kind)  # "(new card attached) ... are you in network?": the insurance card, said below
        return
    if not q.values and CARD_COMING.search(q.evidence):
        p.answered.add(q.kind)  # "I'll bring my new card to my next session": nothing to look into yet
        return
    gives = any(_GIVES_A_CARD.search(a) for a in p.request.asked)
    if gives and any(_FOR_ANOTHER.search(a) for a in p.request.asked):
        p.flag(q.kind, "they offer to pay for someone else's sessions: confirm it with the client first")
    if "run_again" in q.values and any(_DECLINED_TOO.search(a) for a in (q.evidence, *p.request.asked)):
        # "I put the new card in through the portal but now that one got declined too?? Could I pay half now and the
        # rest on the 15th?": nothing to run again; how they can pay is the practice's to agree
        p.flag(q.kind, "their new card was declined too: say how they can pay (they may ask to pay in parts)")
        return
    # "Can you run it again, or should I put it in through the portal myself?": the card is not on file yet
    pending = "run_again" in q.values and any(_NOT_ON_FILE.search(a) and not _PUT_IN.search(a) for a in p.request.asked)
    if not q.values and p.request.kinds & {Kind.PAYMENT, Kind.FEE_WAIVER, Kind.SUPERBILL, Kind.OTHER} and not gives:
        # "My card keeps getting flagged: do you take Venmo?": the answer to what they ask is the answer; a bare
        # "I'll look into your account" beside it promises a look at nothing in particular
        p.answered.add(q.kind)
        return
    p.add(
        q.kind,
        "billing",
        run_again="run_again" in q.values,
        twice="twice" in q.values,
        new_card="new_card" in q.values,
        give_card=gives and not pending,
        pending=pending,
        claim="claim" in q.values,
        insurance_card="insurance_card" in q.values,
        card_sent=p.request.known.card_sent,
        balance="balance" in q.values,
        name="name" in q.values,
        address="address" in q.values,
    )
    if "new_card" in q.values and p.practice.hsa_fsa:
        p.answered.add(Kind.PAYMENT)  # "switch the card on file to my new HSA card": updating it is the yes
