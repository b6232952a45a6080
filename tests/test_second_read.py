"""What a second reader of this session's change showed it had broken or widened too far, each kept right now."""

from __future__ import annotations

import pytest

from triage.core.classify import Classifier
from triage.core.crisis import crisis_in
from triage.core.crisis_care import called_911, firearm, unreachable
from triage.core.request import Intent

from .test_reading import draft
from .test_reading import understand as read


def test_a_clinician_in_crisis_who_signs_lcsw_hears_the_crisis_reply_not_a_referral_thank_you(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I've been holding it together for my clients all year but I'm done. I don't want to be here anymore and "
        "I've started thinking about how I'd do it.\n\nJane Okafor, LCSW\nRiverside Counseling",
    )
    assert "Your safety matters most" in body and "for the referral" not in body


def test_a_denial_elsewhere_in_the_message_silences_no_word_of_risk(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Student says no current SI, though a friend showed me a text from last night where she said she wants to "
        "kill herself.",
    )
    assert u.request.intent == Intent.CRISIS
    assert crisis_in("Honestly I'm not going anywhere in life. I wrote a goodbye note to my family last week.")


@pytest.mark.parametrize(
    "text",
    [
        "My daughter (16) told me tonight she wants to die and I found cuts on her arms. She'll kill me if she finds "
        "out I emailed you. What do I do?",
        "My wife said that it would be easier to die than keep going. She isn't home and her phone is off.",
    ],
)
def test_a_parents_idiom_or_a_wifes_reported_words_keep_the_risk_theirs(classifier: Classifier, text: str) -> None:
    assert "on her behalf" in draft(classifier, text)


def test_an_overdose_out_of_reach_keeps_the_welfare_check(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My brother took a bunch of his pills an hour ago and now he isn't answering his phone. I'm three hours away.",
    )
    assert "welfare check" in body


def test_called_911_is_a_statement_not_a_question_or_a_condition() -> None:
    assert called_911("He's not answering and his truck is gone. I already called 911.")
    assert not called_911("She turned her phone off. Should I have called 911 already?")
    assert not called_911("Last year we called 911 when he overdosed.")


def test_no_answer_to_a_medicine_is_no_one_out_of_reach() -> None:
    assert not unreachable("He hasn't responded to the new antidepressant at all. I'm at home with him now.")
    assert unreachable("She hasn't answered her phone since this morning.")


def test_a_gun_the_writer_thinks_of_using_on_himself_is_to_be_locked_away() -> None:
    text = (
        "My dad was abusive when I was a kid and hit my mom. Lately I keep thinking about using his old rifle on "
        "myself."
    )
    assert firearm(text) == "means"


def test_a_client_ending_therapy_is_no_crisis(classifier: Classifier) -> None:
    assert crisis_in("Hi Dana, I think I'm going to end it after next week's session. I feel ready to stop.") is None
    assert crisis_in("Thanks for everything, sorry again for all the last-minute cancellations!") is None
    assert crisis_in("Disclosed SI to me this morning; parents aware.") is not None


def test_early_evening_is_no_morning_before_we_open(classifier: Classifier) -> None:
    assert "can't offer" not in draft(classifier, "Do you have anything early evening, like 6 or 7? Tuesdays?")


def test_a_real_cancel_that_asks_about_the_fee_still_cancels(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I need to cancel Thursday's session - can I cancel without getting charged since my daughter is sick?",
    )
    assert "I'll cancel the session" in body


def test_a_carrier_asked_beside_the_price_without_insurance_is_answered(classifier: Classifier) -> None:
    assert "Moda" in draft(classifier, "Do you take Moda, or how much is a session without insurance?")
