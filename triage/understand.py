"""The "understand" stage as a service: raw messages in, Understanding (or Quarantine) out, in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from triage.core.classify import Classifier
from triage.core.extract import extract
from triage.core.facts import Facts, facts_of
from triage.core.model import Extraction, Inquiry, Quarantine, Understanding
from triage.core.parse import parse
from triage.core.reading import read_request, worth_reading
from triage.core.request import Intent, Request

NOT_INQUIRY = Request(Intent.NOT_INQUIRY)


def understand_many(
    raws: Sequence[bytes], classifier: Classifier, own_addresses: frozenset[str] = frozenset()
) -> list[Understanding | Quarantine]:
    """Parse every message, classify the readable ones in one batch (the model is fastest that way)."""
    parsed = [parse(raw) for raw in raws]
    inquiries = [p for p in parsed if isinstance(p, Inquiry)]
    classified = iter(classifier.classify_many(inquiries))
    out: list[Understanding | Quarantine] = []
    for item in parsed:
        if isinstance(item, Quarantine):
            out.append(item)
            continue
        classification = next(classified)
        # Mail that must never be answered, or that the model calls admin mail with no referral in it, has nothing
        # to personalise; a referral in clinical shorthand reads like admin mail to the model, so it is read.
        if not worth_reading(item, classification.labels):
            out.append(Understanding(item, classification, Extraction(), NOT_INQUIRY))
            continue
        extraction = extract(item, own_addresses)
        request = read_request(item, classification, extraction)
        if request.intent == Intent.NOT_INQUIRY:
            extraction = Extraction()
        elif "not_inquiry" in classification.labels:
            classification = classifier.as_person(classification)
        out.append(Understanding(item, classification, extraction, request))
    return out


class Understood(NamedTuple):
    """An understood message with the facts the poll decides on (thread, withdrawn, asks to book)."""

    understanding: Understanding
    facts: Facts


def understand_for_poll(
    raws: Sequence[bytes], classifier: Classifier, own_addresses: frozenset[str] = frozenset()
) -> list[Understood | Quarantine]:
    """`understand_many`, plus each message's facts, worked out here once so no later step re-reads the text."""
    return [
        r if isinstance(r, Quarantine) else Understood(r, facts_of(r))
        for r in understand_many(raws, classifier, own_addresses)
    ]


def as_record(name: str, result: Understanding | Quarantine) -> dict[str, object]:
    """The fixed JSON shape of `triage classify --json` (other tools rely on these keys)."""
    if isinstance(result, Quarantine):
        return {
            "file": name,
            "labels": [],
            "scores": {},
            "first_name": None,
            "contact_email": None,
            "carrier": None,
            "days_requested": [],
            "language": None,
            "never_reply": True,
            "quarantined": result.reason,
            "crisis_evidence": None,
            "request": None,
        }
    ext = result.extraction
    return {
        "file": name,
        "labels": list(result.classification.labels),
        "scores": result.classification.scores,
        "first_name": ext.first_name,
        "contact_email": ext.contact_email,
        "carrier": ext.carrier,
        "days_requested": list(ext.days_requested),
        "language": result.inquiry.language,
        "never_reply": result.never_reply,
        "quarantined": None,
        "crisis_evidence": result.classification.crisis_evidence,
        "request": result.request.as_json(),
    }
