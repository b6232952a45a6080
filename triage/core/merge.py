"""One person, one draft: several messages from the same person become one set of questions to answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from triage.core.labels import LABELS
from triage.core.model import Understanding
from triage.core.request import Kind, Question, Request


def merge_understandings(
    newest: Understanding, earlier: Sequence[Understanding], extra_labels: Sequence[str] = ()
) -> Understanding:
    """The newest message, answering every topic the person raised in any of them.

    The newest message's facts win (they may have changed their mind about a day); what only an earlier message
    said (their name, their insurer) fills the gaps. Crisis and not_inquiry never travel this way: a crisis is
    answered on its own, and a not-inquiry is never answered.
    """
    if not earlier and not extra_labels:
        return newest
    topics = set(newest.classification.labels)
    for u in earlier:
        topics |= set(u.classification.labels)
    topics |= set(extra_labels)
    topics -= {"crisis", "not_inquiry"}
    labels = tuple(label for label in LABELS if label in topics)
    ext = newest.extraction
    for u in reversed(earlier):  # most recent earlier message first
        other = u.extraction
        ext = replace(
            ext,
            first_name=ext.first_name or other.first_name,
            contact_email=ext.contact_email or other.contact_email,
            carrier=ext.carrier or other.carrier,
            days_requested=ext.days_requested or other.days_requested,
            times_requested=ext.times_requested or other.times_requested,
            partner_mentioned=ext.partner_mentioned or other.partner_mentioned,
        )
    request = merge_requests(newest.request, [u.request for u in earlier], extra_labels)
    return replace(
        newest, classification=replace(newest.classification, labels=labels), extraction=ext, request=request
    )


def merge_requests(newest: Request, earlier: Sequence[Request], extra_labels: Sequence[str] = ()) -> Request:
    """Every question the person asked across their messages, the newest wording first; what they told us in
    any message counts (their insurer in the first, their days in the second)."""
    questions = {q.kind: q for q in newest.questions if q.kind != Kind.OTHER}
    others = [q for q in newest.questions if q.kind == Kind.OTHER]
    known = newest.known
    asked = list(newest.asked)
    for request in reversed(earlier):  # most recent earlier message first
        for q in request.questions:
            if q.kind == Kind.OTHER:
                others.append(q)
            elif q.kind not in questions:
                questions[q.kind] = q
        known = replace(
            known,
            insurer=known.insurer or request.known.insurer,
            no_insurance=known.no_insurance or request.known.no_insurance,
            days_ruled_out=known.days_ruled_out or request.known.days_ruled_out,
            client_age=known.client_age or request.known.client_age,
            existing_client=known.existing_client or request.known.existing_client,
        )
        asked += [a for a in request.asked if a not in asked]
    merged = [*questions.values(), *others]
    kinds = {q.kind for q in merged}
    for label, kind in _LABEL_KINDS.items():  # a waiting draft of theirs answered these topics: keep them answered
        if label in extra_labels and kind not in kinds:
            merged.append(Question(kind, (known.insurer,) if kind == Kind.INSURANCE and known.insurer else ()))
    situation = newest.situation or next((r.situation for r in reversed(earlier) if r.situation), None)
    return replace(newest, questions=tuple(merged), known=known, situation=situation, asked=tuple(asked))


_LABEL_KINDS = {
    "insurance": Kind.INSURANCE,
    "fees": Kind.FEES,
    "couples": Kind.COUPLES,
    "availability": Kind.ACCEPTING,
    "scheduling": Kind.BOOKING,
}
