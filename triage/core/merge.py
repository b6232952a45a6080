"""One person, one draft: several messages from the same person become one set of questions to answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from triage.core.labels import LABELS
from triage.core.model import Understanding


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
    return replace(newest, classification=replace(newest.classification, labels=labels), extraction=ext)
