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


def test_would_you_see_the_14_year_old_is_answered_by_the_age_we_see(classifier: Classifier) -> None:
    text = (
        "Hi,\nI'm a step-mom to two boys (11 and 14). Their mom and my husband fight constantly and the boys are "
        "caught in the middle. Would you see the 14 year old?\nKristen"
    )
    body = draft(classifier, text)
    assert "[For staff: they ask" not in body and "13" in body


def test_could_you_take_my_daughter_is_no_insurance_question(classifier: Classifier) -> None:
    body = draft(
        classifier, "Hi, could you take my 15-year-old? She's been really anxious this year.\n\nThanks, Kristen"
    )
    assert "which insurance company you have" not in body and "Yes, we can see a 15-year-old" in body


def test_a_couple_signing_with_an_ampersand_from_a_bare_address_are_both_greeted(classifier: Classifier) -> None:
    text = "Hello - we're getting married in June and want premarital counseling. Saturdays?\n\nThanks!\nHannah & Luis"
    body = draft(classifier, text, sender="hb8812@gmail.com")
    assert body.splitlines()[0] == "Hi Hannah and Luis,"
