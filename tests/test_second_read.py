"""What a second reader of this session's change showed it had broken or widened too far, each kept right now."""

from __future__ import annotations

import pytest

from triage.core.classify import Classifier
from triage.core.crisis import crisis_in
from triage.core.crisis_care import GUN_HANDLED, called_911, firearm, unreachable, violence
from triage.core.reading.whose import threatener_pronouns
from triage.core.request import Intent, Kind

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


# Second read of this session's change (sets 55 to 58): each fault it found, as a promise.


def test_the_writers_own_unsent_goodbye_text_is_still_the_writers_risk(classifier: Classifier) -> None:
    body = draft(classifier, "Last night I typed out a text saying goodbye to my kids. I haven't sent it.")
    assert "Your safety matters most" in body and "on their behalf" not in body


def test_a_gun_said_not_to_be_locked_up_is_not_read_as_dealt_with() -> None:
    assert not GUN_HANDLED.search("his father's handgun, which he says is not locked up at home")
    assert not GUN_HANDLED.search("the family has not removed the firearms")
    assert not GUN_HANDLED.search("he locked himself in his room with his father's handgun")
    assert GUN_HANDLED.search("firearms removed from the home by brother-in-law")


def test_the_threat_is_pinned_only_on_the_one_said_to_make_it() -> None:
    assert threatener_pronouns("my daughter's boyfriend told her he wants to kill his stepdad") is None
    assert threatener_pronouns("my son ... he's been saying he's going to \"make her pay\"") == ("he", "him", "his")


def test_a_mother_turning_seventy_does_not_make_the_writer_someone_else(classifier: Classifier) -> None:
    u = read(classifier, "My mom turned 70 this year and I've been so anxious. I could use someone to talk to.")
    assert not u.request.about_someone_else


def test_a_parent_overwhelmed_helping_a_daughter_still_writes_for_the_daughter(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My daughter is 15 and has been having panic attacks. I've been so overwhelmed trying to help her. "
        "Do you see teens?",
    )
    assert u.request.about_someone_else


def test_not_wanting_to_skip_a_session_cancels_nothing(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I really don't want to skip my session this week, but my car is in the shop. Is there any way to still meet?",
    )
    assert "I'll cancel" not in body


def test_booking_a_first_appointment_is_no_sign_of_a_client(classifier: Classifier) -> None:
    u = read(classifier, "I'd like to book my first appointment next week. I've been anxious.")
    assert not u.request.known.existing_client


def test_relocating_to_be_with_a_partner_is_a_move_not_a_trip(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana, I'm relocating to Denver in March to be with my partner. Could we keep meeting by video after I "
        "move?",
    )
    assert "as soon as you're back" not in body


def test_the_way_back_is_said_to_them_not_in_their_words(classifier: Classifier) -> None:
    body = draft(classifier, "Could you cancel my next two sessions? I'd like to pick back up after my surgery.")
    assert "pick back up after your surgery" in body


def test_a_younger_sibling_mentioned_in_passing_is_not_turned_away(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My daughter is 15 and anxious about school. My son is 8 and misses his old school too. Do you see teens?",
    )
    assert "8-year-old" not in body and "Rose City" not in body


def test_accept_her_medicare_asks_about_the_plan_not_about_openings(classifier: Classifier) -> None:
    u = read(classifier, "My mother is 72 and grieving. Can you accept her Medicare?")
    assert Kind.ACCEPTING not in u.request.kinds


def test_a_letter_asked_for_is_a_letter_whatever_form_is_mentioned_later(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana, could you write a letter for my employer confirming I'm in weekly treatment? Also, did I fill out "
        "the new consent form correctly?",
    )
    assert "request for the letter" in body


def test_wont_mind_a_man_is_no_refusal_of_one(classifier: Classifier) -> None:
    body = draft(classifier, "My son is 16. He won't mind a male therapist. Do you see teens?")
    assert "prefer to work with a woman" not in body


def test_a_bat_brought_over_is_not_violence_and_late_but_coming_is_still_coming(classifier: Classifier) -> None:
    assert not violence("My brother came over last night with a bat he bought for his son.")
    body = draft(classifier, "running 10 minutes late, I cannot make it to the appointment right at 4, be there 4:10")
    assert "on your way" in body


def test_sick_and_asking_to_meet_by_video_is_a_switch_not_a_cancellation(classifier: Classifier) -> None:
    body = draft(classifier, "Hi Dana, I'm sick and can't come in today. Could we still meet? Maybe over video?")
    assert "by secure video instead" in body and "I'll cancel" not in body
