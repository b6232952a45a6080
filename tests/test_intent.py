"""Who is writing and why: the rules and the learned intent head together, the rules keeping the last word where
they are certain (a crisis, an auto-reply)."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.adapters import modelfile
from triage.core.classify import Classifier
from triage.core.model import Classification
from triage.core.reading.intent import RuleIntent, settle
from triage.core.reading.learned_kinds import learned_client_kinds, unasked
from triage.core.reading.sentences import sentences
from triage.core.request import Intent, Kind, Question
from triage.learn.dataset import DataError
from triage.learn.intent_train import load_intent_examples

from .test_reading import understand


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("thursday", "hey, something came up at work, any chance we could push thursday to the afternoon? - jo"),
        ("receipt", "Hi, could I get the receipt for my last three visits? My FSA wants them by the 30th. Lena"),
    ],
)
def test_a_client_who_uses_no_client_words_is_answered_as_a_client(
    classifier: Classifier, subject: str, text: str
) -> None:
    u = understand(classifier, text, subject=subject)
    assert u.request.intent == Intent.CLIENT_REQUEST
    assert u.request.known.existing_client


def test_a_new_person_asking_about_evenings_is_still_a_new_inquiry(classifier: Classifier) -> None:
    text = "Hi, I've been feeling really anxious lately and wondered whether you have openings in the evenings. Ray"
    assert understand(classifier, text, subject="question").request.intent == Intent.NEW_INQUIRY


def test_the_head_never_overrules_a_crisis_nor_makes_one() -> None:
    assert settle(RuleIntent(Intent.CRISIS, certain=True), (Intent.CLIENT_REQUEST, 0.99)) == Intent.CRISIS
    assert settle(RuleIntent(Intent.NEW_INQUIRY), (Intent.CRISIS, 0.99)) == Intent.NEW_INQUIRY


def test_the_head_never_answers_mail_a_loop_guard_or_a_pitch_rule_stops(classifier: Classifier) -> None:
    u = understand(
        classifier, "Do you take new clients on Saturdays?", subject="Auto: hours", extra="X-Autoreply: yes\r\n"
    )
    assert u.request.intent == Intent.NOT_INQUIRY
    assert settle(RuleIntent(Intent.NOT_INQUIRY, certain=True), (Intent.NEW_INQUIRY, 0.99)) == Intent.NOT_INQUIRY


def test_the_head_must_be_surer_to_withhold_a_reply_than_to_say_who_writes() -> None:
    new = RuleIntent(Intent.NEW_INQUIRY)
    assert settle(new, (Intent.CLIENT_REQUEST, 0.65)) == Intent.CLIENT_REQUEST
    assert settle(new, (Intent.NOT_INQUIRY, 0.65)) == Intent.NEW_INQUIRY
    assert settle(new, (Intent.WITHDRAWAL, 0.85)) == Intent.WITHDRAWAL
    assert settle(new, (Intent.CLIENT_REQUEST, 0.4)) == Intent.NEW_INQUIRY
    assert settle(new, None) == Intent.NEW_INQUIRY


def test_a_model_without_a_head_leaves_the_intent_to_the_rules() -> None:
    bundle = modelfile.load()
    rules_only = Classifier(bundle.features, bundle.coef, bundle.intercept, bundle.meta)
    u = understand(rules_only, "I'm a current client and need to move my Monday session, please.", subject="Monday")
    assert u.classification.intents == {}
    assert u.request.intent == Intent.CLIENT_REQUEST


def test_a_labelled_set_with_an_unknown_intent_is_refused_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "set1"
    (folder / "mail").mkdir(parents=True)
    (folder / "mail" / "a.eml").write_bytes(b"From: a@example.com\nSubject: hi\n\nhello\n")
    (folder / "gold.jsonl").write_text('{"file": "a.eml", "intent": "new_inquiry"}\n{"file": "a.eml", "intent": "x"}\n')
    with pytest.raises(DataError, match=r"set1/gold.jsonl:2: intent must be one of"):
        load_intent_examples(tmp_path)


def test_a_labelled_set_naming_a_missing_message_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "set1"
    (folder / "mail").mkdir(parents=True)
    (folder / "gold.jsonl").write_text('{"file": "gone.eml", "intent": "new_inquiry"}\n')
    with pytest.raises(DataError, match=r"gold.jsonl:1: .*gone.eml does not exist"):
        load_intent_examples(tmp_path)


def test_a_client_moving_a_session_in_their_own_words_is_read_as_a_move(classifier: Classifier) -> None:
    u = understand(
        classifier,
        "My son's school meeting landed right on top of our session on Monday at 10. Could we shift to later "
        "that day? Anything after 2 works. Keisha",
        subject="Monday",
    )
    assert u.request.intent == Intent.CLIENT_REQUEST
    assert Kind.RESCHEDULE in u.request.kinds


def test_the_kinds_head_speaks_only_where_the_rules_found_no_request_and_quotes_the_ask() -> None:
    heads = Classification(labels=(), scores={}, top_words={}, kinds={"billing": 0.9, "records": 0.2})
    items = sentences("The statement shows $165 for the 3rd. Could you look at it? Thanks.")
    added = learned_client_kinds(heads, [], items)
    # the ask points back ("look at it?"): quoted with what it points to
    said = "The statement shows $165 for the 3rd. Could you look at it?"
    assert [(q.kind, q.evidence) for q in added] == [(Kind.BILLING, said)]
    assert learned_client_kinds(heads, [Question(Kind.FEE_WAIVER, (), "x")], items) == []


def test_a_day_only_mentioned_goes_when_the_head_is_sure_it_was_not_asked_but_an_outright_ask_stays() -> None:
    heads = Classification(labels=(), scores={}, top_words={}, kinds={"days": 0.02, "fees": 0.03})
    mentioned = Question(Kind.DAYS, ("tuesday",), "Tuesdays are my long day at work.")
    asked = Question(Kind.FEES, ("session",), "And is there a student rate?")
    insurer = Question(Kind.INSURANCE, ("Aetna",), "I have Aetna through work.")
    assert unasked(heads, [mentioned, asked, insurer]) == [asked, insurer]
    no_head = Classification(labels=(), scores={}, top_words={})
    assert unasked(no_head, [mentioned]) == [mentioned]
