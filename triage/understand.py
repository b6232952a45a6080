"""The "understand" stage as a service: raw messages in, Understanding (or Quarantine) out, in batches."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from triage.core.addresses import personal_address
from triage.core.classify import Classifier
from triage.core.extract import extract
from triage.core.facts import Facts, facts_of
from triage.core.model import Classification, Extraction, Inquiry, Quarantine, Understanding
from triage.core.parse import parse
from triage.core.reading import read_request
from triage.core.reading.intent import worth_reading
from triage.core.request import Intent, Request

NOT_INQUIRY = Request(Intent.NOT_INQUIRY)


def understand_many(
    raws: Sequence[bytes], classifier: Classifier, own_addresses: frozenset[str] = frozenset()
) -> list[Understanding | Quarantine]:
    """Parse every message, classify the readable ones in one batch (the model is fastest that way).

    Never raises for a message's sake: one that breaks the reader (a bug meeting odd input) is quarantined alone,
    named by the error's type only, and the batch goes on."""
    parsed = [parse(raw) for raw in raws]
    inquiries = [p for p in parsed if isinstance(p, Inquiry)]
    classified: Iterator[Classification | Quarantine]
    try:
        classified = iter(classifier.classify_many(inquiries))
    except Exception:  # one message broke the batch: classify them one by one to find it
        classified = iter([_classify_one(classifier, i) for i in inquiries])
    out: list[Understanding | Quarantine] = []
    for item in parsed:
        if isinstance(item, Quarantine):
            out.append(item)
            continue
        classification = next(classified)
        if isinstance(classification, Quarantine):
            out.append(classification)
            continue
        try:
            out.append(_read(item, classification, classifier, own_addresses))
        except Exception as exc:
            out.append(Quarantine(reason=f"could not be read: {type(exc).__name__} while understanding it"))
    return out


def _classify_one(classifier: Classifier, inquiry: Inquiry) -> Classification | Quarantine:
    try:
        return classifier.classify_many([inquiry])[0]
    except Exception as exc:
        return Quarantine(reason=f"could not be read: {type(exc).__name__} while classifying it")


def _read(
    item: Inquiry, classification: Classification, classifier: Classifier, own_addresses: frozenset[str]
) -> Understanding:
    # Mail that must never be answered, or that the model calls admin mail with no referral in it, has nothing
    # to personalise; a referral in clinical shorthand reads like admin mail to the model, so it is read.
    if not worth_reading(item, classification):
        return Understanding(item, classification, Extraction(), NOT_INQUIRY)
    extraction = extract(item, own_addresses)
    request = read_request(item, classification, extraction)
    if request.intent != Intent.CRISIS and from_inside_practice(item, own_addresses):
        staff_mail = replace(classification, labels=("not_inquiry",), top_words={})
        return Understanding(item, staff_mail, Extraction(), NOT_INQUIRY)
    if request.intent == Intent.NOT_INQUIRY:
        extraction = Extraction()
    elif "not_inquiry" in classification.labels:
        classification = classifier.as_person(classification)
    return Understanding(item, classification, extraction, request)


def from_inside_practice(item: Inquiry, own_addresses: frozenset[str]) -> bool:
    """A colleague writing from the practice's own domain (Sam asking Dana to cover his Tuesday couple) is staff
    mail, never a client's, however much it speaks of couples and days. A form notification sent by the website
    from that domain carries a person's message, and a free-mail domain (a practice on gmail.com) says nothing."""
    if item.form is not None or item.source == "referral":
        return False
    domains = {a.rsplit("@", 1)[-1] for a in own_addresses if "@" in a and not personal_address(a)}
    sender = (item.sender_email or "").lower()
    return "@" in sender and sender.rsplit("@", 1)[-1] in domains


class Understood(NamedTuple):
    """An understood message with the facts the poll decides on (thread, withdrawn, asks to book)."""

    understanding: Understanding
    facts: Facts


def understand_for_poll(
    raws: Sequence[bytes], classifier: Classifier, own_addresses: frozenset[str] = frozenset()
) -> list[Understood | Quarantine]:
    """`understand_many`, plus each message's facts, worked out here once so no later step re-reads the text."""
    return [_with_facts(r) for r in understand_many(raws, classifier, own_addresses)]


def _with_facts(result: Understanding | Quarantine) -> Understood | Quarantine:
    if isinstance(result, Quarantine):
        return result
    try:
        return Understood(result, facts_of(result))
    except Exception as exc:
        return Quarantine(reason=f"could not be read: {type(exc).__name__} while reading its facts")


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
