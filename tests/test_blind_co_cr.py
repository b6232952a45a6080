"""From the hands written this session (sets 96 to 99) and a first read of the product: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_a_question_opened_by_a_greeting_is_not_dropped_as_small_talk(classifier: Classifier) -> None:
    # "Hi, do you offer ...?" was one sentence that began with "Hi": taken for "Hi, how are you?" and never answered
    body = draft(classifier, "Hi, do you offer hypnotherapy to help me quit smoking?\n\nThanks,\nJo")
    assert '[For staff: they ask: "Hi, do you offer hypnotherapy to help me quit smoking?"' in body


def test_a_greeting_with_small_talk_still_asks_nothing(classifier: Classifier) -> None:
    body = draft(classifier, "Hi, how are you? Do you take Aetna?\n\nJo")
    assert "[For staff" not in body and "Aetna" in body


def test_someone_who_found_the_therapist_online_is_a_new_inquiry_even_when_greeting_her_by_name(
    classifier: Classifier,
) -> None:
    # "Hi Dana," opens most clients' mail, so the intent head read this first letter as a client's
    text = "Hi Dana, I found you online. Do you work with grief? My mom died in March.\n\nJo Park"
    body = draft(classifier, text)
    assert "Yes, we work with grief." in body and "https://calmharbor.example/book" in body


def test_someone_a_friend_recommended_is_not_answered_as_a_client(classifier: Classifier) -> None:
    text = "Hi Dana, my friend Kim recommended me to you. Do you have anything on Thursday evenings?\n\nLee"
    body = draft(classifier, text)
    assert "Thank you for reaching out to Calm Harbor Therapy." in body and "Thanks for your message." not in body
