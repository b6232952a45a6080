"""Classification promises: crises are flagged with their evidence, machine mail is never an inquiry."""

from __future__ import annotations

import pytest

from tests.conftest import expected_rows, raw
from triage.core.classify import Classifier, decide
from triage.core.labels import LABELS
from triage.core.model import Inquiry
from triage.core.parse import parse

ROWS = [r for r in expected_rows() if not r["quarantine"]]
THRESHOLDS = dict.fromkeys(LABELS, 0.5)


def _classify(classifier: Classifier, name: str) -> tuple[str, ...]:
    inquiry = parse(raw(name))
    assert isinstance(inquiry, Inquiry)
    return classifier.classify_many([inquiry])[0].labels


@pytest.mark.parametrize("row", [r for r in ROWS if "crisis" in r["labels"]], ids=lambda r: str(r["file"]))  # type: ignore[operator]
def test_crisis_messages_are_flagged_with_the_phrase_that_triggered_it(
    classifier: Classifier, row: dict[str, object]
) -> None:
    inquiry = parse(raw(str(row["file"])))
    assert isinstance(inquiry, Inquiry)
    result = classifier.classify_many([inquiry])[0]
    assert "crisis" in result.labels
    assert result.crisis_evidence and len(result.crisis_evidence) > 10


@pytest.mark.parametrize("row", [r for r in ROWS if r["never_reply"]], ids=lambda r: str(r["file"]))
def test_loop_guarded_mail_is_not_an_inquiry(classifier: Classifier, row: dict[str, object]) -> None:
    assert _classify(classifier, str(row["file"])) == ("not_inquiry",)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: str(r["file"]))
def test_labels_share_at_least_one_topic_with_the_expected_ones(classifier: Classifier, row: dict[str, object]) -> None:
    got = set(_classify(classifier, str(row["file"])))
    assert got & set(row["labels"])  # type: ignore[arg-type]


def test_every_label_has_a_calibrated_score_and_reasons(classifier: Classifier) -> None:
    inquiry = parse(raw("plain_utf8_lf_aetna.eml"))
    assert isinstance(inquiry, Inquiry)
    result = classifier.classify_many([inquiry])[0]
    assert set(result.scores) == set(LABELS)
    assert all(0.0 <= v <= 1.0 for v in result.scores.values())
    assert result.top_words["insurance"], "staff must be able to ask why it said insurance"


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me. Do you have Saturday openings for couples?",
        "I'm dying to get started, do you take Aetna?",
        "Estoy muerta de cansancio, ¿tienen citas los sábados?",
    ],
)
def test_idioms_do_not_make_a_crisis(classifier: Classifier, text: str) -> None:
    inquiry = Inquiry(None, "question", "Pat", "pat@example.com", None, None, text)
    assert "crisis" not in classifier.classify_many([inquiry])[0].labels


def test_not_inquiry_is_exclusive() -> None:
    scores = dict.fromkeys(LABELS, 0.1) | {"not_inquiry": 0.9, "fees": 0.6}
    assert decide(scores, THRESHOLDS) == ("not_inquiry",)


def test_crisis_overrides_everything_even_a_loop_guard() -> None:
    scores = dict.fromkeys(LABELS, 0.1) | {"not_inquiry": 0.9}
    assert decide(scores, THRESHOLDS, crisis_phrase="kill myself", loop_guard=True) == ("crisis",)


def test_loop_guard_means_not_inquiry_whatever_the_text_says() -> None:
    scores = dict.fromkeys(LABELS, 0.1) | {"insurance": 0.99}
    assert decide(scores, THRESHOLDS, loop_guard=True) == ("not_inquiry",)


def test_model_alone_needs_certainty_when_the_writer_says_they_are_safe() -> None:
    scores = dict.fromkeys(LABELS, 0.1) | {"crisis": 0.7, "services": 0.8}
    assert decide(scores, THRESHOLDS, says_safe=True) == ("services",)
    assert "crisis" in decide(scores, THRESHOLDS)


def test_a_sure_model_calls_a_crisis_even_without_a_word_of_risk_unless_they_say_they_are_safe() -> None:
    """'thanks for everything, I'm sorry' under a picture of the river: no listed word of risk, the model sure."""
    sure = dict.fromkeys(LABELS, 0.1) | {"crisis": 0.96, "services": 0.8}
    assert "crisis" in decide(sure, THRESHOLDS, risk_cue=False)
    assert "crisis" not in decide(sure, THRESHOLDS, risk_cue=False, says_safe=True)
    unsure = sure | {"crisis": 0.93}
    assert "crisis" not in decide(unsure, THRESHOLDS, risk_cue=False)


def test_a_carrier_in_a_form_field_is_an_insurance_question() -> None:
    scores = dict.fromkeys(LABELS, 0.1) | {"services": 0.8}
    assert decide(scores, THRESHOLDS, form_insurance=True) == ("insurance", "services")


def test_every_message_gets_at_least_one_label() -> None:
    assert decide(dict.fromkeys(LABELS, 0.01) | {"fees": 0.2}, THRESHOLDS) == ("fees",)


def test_a_crisis_outside_the_form_field_we_read_is_still_flagged(classifier: Classifier) -> None:
    """A layout read wrongly (the person's words left outside the message field) must never hide a crisis."""
    body = (
        "From: Directory <noreply@psychologytoday.com>\r\nTo: office@example.org\r\nSubject: New contact\r\n"
        "Message-ID: <hidden@example.org>\r\n\r\nName: Alex Moravec\r\nEmail: alex@example.com\r\nMessage: hi\r\n\r\n"
        "Note from Alex\r\nI don't see the point of going on. Do you have anything this week?\r\n"
    )
    inquiry = parse(body.encode())
    assert isinstance(inquiry, Inquiry)
    assert "crisis" in classifier.classify(inquiry).labels
