"""Whole messages to whole drafts: each draft answers the very thing asked, in the words a front desk would use."""

from __future__ import annotations

from importlib.resources import files

import pytest

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Intent, Kind

from .test_reading import understand

PRACTICE = load_config(str(files("triage") / "config.example.toml")).practice
COMPOSER = Composer(PRACTICE)


read = understand  # one message, read the way the pipeline reads it (tests/test_reading.py)


def test_a_missed_session_is_not_cancelled_and_the_no_show_question_gets_the_policy(classifier: Classifier) -> None:
    u = read(
        classifier, "I completely forgot our session this morning. Will I be charged the no-show fee? Can I reschedule?"
    )
    assert Kind.CANCEL not in u.request.kinds and Kind.CANCELLATION in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "I'll cancel" not in body and "missed sessions are charged" in body


def test_a_cancelled_day_is_not_offered_back_and_the_usual_time_is_confirmed(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Need to cancel my appointment on Monday the 23rd, I'll be out of town. "
        "Can we just pick back up the week after at the usual time?",
    )
    body = COMPOSER.compose(u).body
    assert "open on Monday" not in body and "I'll cancel your session" in body
    assert "I'll check that the same time is free the week after" in body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "My card was declined for Tuesday's session. Can you rerun it on my new card?",
            "run the payment again",
        ),
        ("I was charged twice for last week's session.", "I'll check the charges on your account"),
        ("My card was declined for last week's session. I have a new one now.", "run the payment again"),
    ],
)
def test_a_billing_request_is_said_back_not_met_with_a_bare_look_into_it(
    classifier: Classifier, text: str, said: str
) -> None:
    u = read(classifier, "Hi, I'm a current client. " + text)
    assert Kind.DAYS not in u.request.kinds, "Tuesday's session is the session billed, not a day asked for"
    assert said in COMPOSER.compose(u, client=True).body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Regence sent me a new card for 2027 with a different member ID. Please update my file.", "insurance details"),
        ("Please switch the card on file to my new Visa, thanks!", "with the new card's details"),
    ],
)
def test_a_new_card_alone_is_updated_and_no_payment_is_promised_to_be_run(
    classifier: Classifier, text: str, said: str
) -> None:
    body = COMPOSER.compose(read(classifier, "Hi, I'm a current client. " + text), client=True).body
    assert said in body and "run the payment again" not in body


def test_someone_hard_of_hearing_is_offered_no_phone_call(classifier: Classifier) -> None:
    u = read(classifier, "Hi, I'm hard of hearing so email works best. Do you take Aetna? I'd like to start therapy.")
    assert u.request.known.deaf
    assert "phone consultation" not in COMPOSER.compose(u).body


def test_the_day_they_would_most_like_is_the_day_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm looking for help with anxiety. I'm free weekday mornings, ideally Wednesdays. Do you have anything?",
    )
    assert [q.values for q in u.request.questions if q.kind == Kind.DAYS] == [("wednesday",)]
    assert Kind.ACCEPTING in u.request.kinds and Kind.OTHER not in u.request.kinds
    assert "we see clients on Wednesdays." in COMPOSER.compose(u).body


def test_a_job_application_is_not_answered_as_a_referral(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Dana,\n\nI'm writing to express my interest in joining Calm Harbor Therapy as an associate therapist. "
        "I have experience with couples and adolescents and I'm available Mondays and Saturdays.\n\n"
        "My resume and references are attached. Thank you for your consideration.\n\n"
        "Marisa Delgado-Pike, MA, LPC Associate",
    )
    assert u.request.intent == Intent.NOT_INQUIRY


def test_a_client_asking_about_their_copay_is_not_asked_which_insurer_they_have(classifier: Classifier) -> None:
    u = read(classifier, "Quick question - my deductible resets in January, so will my copay for sessions go up?")
    assert u.request.known.existing_client
    reply = COMPOSER.compose(u)
    assert "which insurance company" not in reply.body and "their insurance" in reply.staff_note
    assert "I'll make sure your therapist sees" not in reply.body, "staff write the answer where a filler would stand"


def test_someone_who_signs_with_a_title_is_addressed_by_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "To whom it may concern,\n\nI am 74 and recently widowed. Do you accept Medicare?\n\n"
        "Sincerely,\nMrs. Eleanor Pruitt",
        sender="Eleanor Pruitt <ep@example.com>",
    )
    assert COMPOSER.compose(u).body.startswith("Dear Mrs. Pruitt,")


def test_someone_not_ready_to_book_is_not_pushed_to(classifier: Classifier) -> None:
    u = read(classifier, "I'm not ready to book anything yet, just gathering information. Do you take Kaiser?")
    body = COMPOSER.compose(u).body
    assert "There's no rush at all; whenever you're ready" in body and "The easiest way to book" not in body


def test_a_therapist_asked_for_by_title_and_surname_is_named_to_staff(classifier: Classifier) -> None:
    u = read(classifier, "A friend saw Dr. Okafor a couple of years ago. Is Dr. Okafor taking new clients?")
    assert "Sam Okafor specifically" in COMPOSER.compose(u).staff_note


def test_a_former_client_asking_for_records_gets_a_draft_and_is_known(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I was a client of Dana Reyes until August 2025. I am requesting a complete copy of my treatment records.",
    )
    assert u.request.intent == Intent.CLIENT_REQUEST and Kind.RECORDS in u.request.kinds


def test_a_client_asking_for_a_sister_gets_the_sisters_answers(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, thank you for today, it helped a lot. Also, my sister Lily is looking for a therapist. "
        "Are you taking new clients? She'd prefer a woman.",
    )
    assert u.request.intent == Intent.NEW_INQUIRY and u.request.known.existing_client
    body = COMPOSER.compose(u).body
    assert "Thanks for your message." in body and "Since she'd prefer to work with a woman" in body


def test_cancelling_a_saturday_for_the_following_one_at_the_same_time(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, we need to cancel this Saturday. Could we book the following Saturday instead, same time?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "I'll cancel your session" in body and "the same time is free the following Saturday" in body


def test_a_client_running_late_who_asks_for_video_gets_a_note(classifier: Classifier) -> None:
    u = read(classifier, "Stuck at school pickup. Might be 15 late. Could I hop on video from the car instead?")
    reply = COMPOSER.compose(u, client=True)
    assert "join by video instead" in reply.staff_note and "Thanks for letting us know." in reply.body
    assert "on your way" not in reply.body, "staff decide, so the draft promises neither the session nor the video"


def test_a_client_ending_therapy_is_taken_off_the_schedule_with_thanks(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Dana, I think I'm ready to stop after next Wednesday's session. Could you take me off the standing "
        "Wednesday slot after that? I came in barely functioning after the divorce and I feel like myself again.",
    )
    reply = COMPOSER.compose(u, client=True)
    assert not reply.staff_note and "for all the work you've put in" in reply.body
    assert "hard time" not in reply.body


def test_form_spam_about_crypto_is_no_inquiry(classifier: Classifier) -> None:
    u = read(classifier, "Dear therapist, earn 10x passive income with our AI crypto trading bot. Click here -> x.biz")
    assert u.request.intent == Intent.NOT_INQUIRY


def test_blue_cross_unsure_which_plan_hears_which_plan_is_taken_and_the_days_asked(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi do u guys do therapy for panic attacks. i have blue cross thru my job idk if thats the regence one "
        "or what. what days r u open",
    )
    body = COMPOSER.compose(u).body
    assert "through Regence. If your insurance card shows Regence" in body
    assert "Yes, we are in network with Blue Cross" not in body
    assert "We see clients on Mondays" in body and "Our fee is" not in body, "days asked; no fee list unasked"


def test_a_spanish_speaker_whose_daughter_told_her_to_write_is_the_one_at_risk() -> None:
    from triage.core.crisis import find_crisis

    hit = find_crisis(
        "Ya no puedo más. He pensado en quitarme la vida. Mi hija me dijo que les escribiera. ¿Me pueden ayudar?"
    )
    assert hit is not None and not hit.about_another


def test_a_time_change_in_a_booked_thread_is_checked_not_pitched(classifier: Classifier) -> None:
    text = (
        "Actually, could we do 5:30? I don't get off work until 5.\n\nTess\n\n"
        "On Tue, Feb 24, 2026 at 5:20 PM, Dana Reyes <hello@calmharbor.example> wrote:\n"
        "> Great, I have you down for Thursday at 5:00. See you then!\n"
    )
    u = read(classifier, text)
    body = COMPOSER.compose(u).body
    assert "I'll check whether 5:30 is free" in body and "whether we're a good fit" not in body


def test_is_my_appointment_still_on_gets_no_booking_link(classifier: Classifier) -> None:
    u = read(classifier, "I didn't get the usual reminder for my appointment next Wednesday at 11. Is it still on?")
    reply = COMPOSER.compose(u, client=True)
    assert reply.staff_note and PRACTICE.booking_link not in reply.body


@pytest.mark.parametrize(
    "question",
    [
        "also is it private like would u tell them what i say",
        "I would also like to confirm that nothing would be shared with my employer.",
    ],
)
def test_privacy_asked_in_other_words_gets_the_faq_answer(classifier: Classifier, question: str) -> None:
    u = read(classifier, "Hi, I'm 16 and want to start therapy. " + question + "\n\n-maya", sender="maya09@example.com")
    reply = COMPOSER.compose(u)
    assert "What you share in therapy is confidential" in reply.body and question not in reply.staff_note


def test_a_lower_case_sign_off_found_in_the_address_is_their_name(classifier: Classifier) -> None:
    u = read(classifier, "hi do you see teens? im 16\n\n-maya", sender="skatergirl.maya09@example.com")
    assert COMPOSER.compose(u).body.startswith("Hi Maya,")


def test_too_young_for_us_still_hears_where_to_get_adhd_testing(classifier: Classifier) -> None:
    u = read(classifier, "My son is 10. Can my 10 yo be seen at your practice? Do you do ADHD testing?")
    reply = COMPOSER.compose(u)
    assert "Portland Assessment Center" in reply.body and not reply.staff_note


def test_a_future_move_out_of_state_is_no_refusal_today(classifier: Classifier) -> None:
    u = read(
        classifier,
        "We just moved to Portland. Do you take Tricare? And if we get moved up to Washington in a year, "
        "could I keep seeing the same therapist over video?",
    )
    body = COMPOSER.compose(u).body
    assert "we can see you while you live in Oregon" in body and "Tricare" in body and PRACTICE.booking_link in body


def test_two_insurers_asked_about_with_both_are_each_answered(classifier: Classifier) -> None:
    u = read(classifier, "I'm on Aetna until June, then my job switches us to Cigna. Are you in network with both?")
    body = COMPOSER.compose(u).body
    assert "in network with Aetna" in body and "We aren't in network with Cigna" in body


def test_a_named_plan_the_practice_takes_is_said_back_and_its_deductible_rate_is_for_staff(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I would be more comfortable talking to a woman. My husband is supportive. I have a high deductible plan "
        "through Regence. Are you in network with Regence? And what does a session cost before the deductible is met?",
    )
    reply = COMPOSER.compose(u)
    assert "in network with Regence (Blue Cross Blue Shield)" in reply.body
    assert "before the deductible" in reply.staff_note and "Our fee is" not in reply.body
    assert "Since you'd prefer to work with a woman" in reply.body


def test_someone_who_would_rather_be_called_is_offered_a_call(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Sir or Madam,\n\nI do not manage well with the computer. Is your office accessible? "
        "My telephone number is 503-555-0184 if that is easier.\n\nRespectfully yours,\nWalter A. Brandt",
        sender="Walter Brandt <wb@example.com>",
    )
    body = COMPOSER.compose(u).body
    assert body.startswith("Dear Walter,") and "glad to call you at (503) 555-0184" in body


def test_gaming_on_weekends_is_neither_substance_use_nor_a_day_asked(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Our son is 14 and is spending 8-10 hours a day gaming on weekends. Do you work with teens on "
        "gaming/screen addiction? He's at school until 3:30 so we'd need something after 4.",
    )
    reply = COMPOSER.compose(u)
    assert "substance" not in reply.staff_note and "gaming" in reply.staff_note
    assert "Saturdays" not in reply.body.split("Our hours")[0]


def test_the_day_a_partner_moved_out_is_no_day_asked_and_is_met_with_sympathy(classifier: Classifier) -> None:
    u = read(classifier, "My girlfriend of 6 years moved out on Sunday and I'm a mess. Can I get in this week?")
    body = COMPOSER.compose(u).body
    assert "Sundays" not in body and "hard time" in body and body.count(PRACTICE.booking_link) == 1


def test_switching_sessions_to_video_is_no_reschedule(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana, could we switch my Tuesday sessions to video starting in October?")
    body = COMPOSER.compose(u).body
    assert "hold your sessions by secure video" in body and "move your session yourself" not in body


def test_overwhelmed_by_phone_calls_asks_for_no_phone_sessions(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My sister is overwhelmed by phone calls right now. Do you do grief counseling? "
        "And how would she go about booking a first appointment?",
    )
    assert not COMPOSER.compose(u).staff_note


def test_twins_are_twins_and_checking_on_them_at_night_asks_no_evening_time(classifier: Classifier) -> None:
    u = read(classifier, "I had twins 3 months ago and I check on them constantly at night. Can I do video?")
    body = COMPOSER.compose(u).body
    assert "Congratulations on your twins" in body and "evening" not in body


def test_the_office_address_is_given_once_and_transit_is_for_staff(classifier: Classifier) -> None:
    u = read(classifier, "Do you offer in-person sessions? And where exactly is your office, is it near a MAX stop?")
    reply = COMPOSER.compose(u)
    assert reply.body.count(PRACTICE.location) == 1 and "MAX" in reply.staff_note


def test_a_discharge_referral_needing_an_intake_this_week_is_for_staff_to_offer_a_time(classifier: Classifier) -> None:
    u = read(
        classifier,
        "We are requesting an outpatient follow-up for a 35 y/o F discharged from our inpatient unit. Standard of care "
        "is a first appointment within 7 days. Are you able to offer an intake this week? Pt has Regence.\n\n"
        "Amy Rasmussen, RN\nDischarge Coordinator",
    )
    reply = COMPOSER.compose(u)
    assert "offer a time" in reply.staff_note and "we're accepting new clients" in reply.body


def test_a_referrers_offer_of_a_call_is_for_staff_to_arrange(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm closing my practice and placing my remaining clients. One is ready for EMDR. Any openings? "
        "Happy to do a phone consult with ROI in place.\n\nLaurel Ames, LCSW",
    )
    assert "they offer a call about the client" in COMPOSER.compose(u).staff_note


def test_a_client_laid_off_asking_for_the_sliding_scale_is_told_the_rate_will_be_confirmed(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana, I was laid off last week. I'd really like to keep coming. "
        "Is it possible to move to the sliding scale?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "I'm sorry to hear about your job." in body and "confirm your new rate" in body


def test_no_groups_but_individual_therapy_is_said_and_booking_stays(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm 2 years sober and looking for a therapist who gets recovery. "
        "Do you run any groups, or is it individual only?",
    )
    body = COMPOSER.compose(u).body
    assert "We do offer individual therapy" in body and PRACTICE.booking_link in body


def test_a_late_cancel_fee_to_waive_after_a_family_emergency_is_one_answer_with_sympathy(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I was charged $165 for a late cancellation for my 3/3 appointment. I'd had a family emergency. "
        "Could you please waive or refund it?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "I'm sorry about what you've been dealing with" in body and "look into your account" not in body


def test_were_those_billed_to_my_insurer_is_about_the_account_not_the_network(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I just got a statement showing a balance of $330 for my sessions on 8/4 and 8/11. Were those billed to "
        "Aetna? Can you check what happened?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "look into your account" in body and "member services" not in body


def test_what_i_pay_with_an_in_network_plan_gets_no_list_price_and_3am_is_no_time(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Lots of what-ifs at 3am. I have Aetna through work; do you take it, and what would I pay per session with it?",
    )
    reply = COMPOSER.compose(u)
    assert "Our fee is" not in reply.body and "3am" not in reply.staff_note


def test_cancelling_a_daughters_consultation_for_the_school_counselor_needs_no_reply(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Please cancel the phone consultation for my daughter on Thursday. She's decided she wants to work with the "
        "counselor at her school instead. Thanks for being so kind on the phone.",
    )
    assert u.request.intent == Intent.WITHDRAWAL


def test_a_message_in_portuguese_is_answered_in_english_with_a_note_and_its_language_question(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Olá,\n\nMoro em Portland há seis meses e estou passando por um momento difícil. Consigo fazer terapia em "
        "inglês, mas gostaria muito de falar na minha língua.\n\nVocês têm algum terapeuta que atenda em português? "
        "E estão aceitando novos clientes?\n\nObrigado,\nRafa",
        sender="Rafael Nogueira <rafa@example.com>",
    )
    assert u.inquiry.language == "pt"
    reply = COMPOSER.compose(u)
    assert reply.language == "en" and "Portuguese" in reply.staff_note
    assert reply.body.startswith("[For staff") and "Hi Rafa," in reply.body and "Portuguese" in reply.body


def test_a_school_counselor_asking_for_someone_who_sees_teens_hears_the_age_we_see(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm a school counselor working with a 14-year-old freshman struggling with anxiety. Do you have a "
        "Spanish-speaking therapist who sees teens?\n\nDenise Whitlock, M.Ed.\nSchool Counselor",
    )
    assert "we work with clients from age 13 up" in COMPOSER.compose(u).body


def test_a_letter_asked_of_the_therapist_who_signs_is_not_passed_to_them(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana,\n\nMy HR needs a letter confirming I'm in ongoing treatment with you for FMLA.")
    body = COMPOSER.compose(u, client=True).body
    assert "to your therapist" not in body and "request for the letter" in body


def test_a_crisis_reply_answers_a_sliding_scale_question_in_a_line(classifier: Classifier) -> None:
    u = read(
        classifier,
        "my boyfriend hit me again last night. i need someone to talk to but i dont have much money, "
        "do you do sliding scale",
    )
    body = COMPOSER.compose(u).body
    assert "sliding scale down to $90" in body and PRACTICE.booking_link not in body


def test_a_caller_who_left_only_a_number_gets_a_script_that_never_says_reply_to_this_email(
    classifier: Classifier,
) -> None:
    u = read(classifier, "Do you take Aetna? And do you have openings on Wednesdays?")
    reply = COMPOSER.compose(u, call_back="(503) 555-0198")
    assert "reply to this email" not in reply.body and "Thank you for calling" in reply.body
    assert f"call us at {PRACTICE.phone}" in reply.body


def test_a_client_is_thanked_once_and_a_fee_they_ask_to_waive_is_not_restated(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I woke up with a fever and I don't think I should come in for my 2pm today. I know it's inside the 24 "
        "hours. Will I be charged the cancellation fee? Is there any way it could be waived since I'm sick?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert body.count("sorry") == 1 and "We ask for 24 hours' notice" not in body
    card = COMPOSER.compose(read(classifier, "My card was declined. Can you rerun it on my new card?"), client=True)
    assert "Thanks for your message." not in card.body and card.body.count("Thank") == 1


@pytest.mark.parametrize(
    "text",
    [
        "We got in with the school-based therapist, so no need to reply. Thanks.",
        "After a lot of talking we've decided to pause on couples therapy for now. Please release the Saturday slot.",
    ],
)
def test_people_who_no_longer_need_us_get_no_draft(classifier: Classifier, text: str) -> None:
    assert read(classifier, text).request.intent == Intent.WITHDRAWAL


def test_a_terse_client_who_can_not_come_thursday_is_cancelled(classifier: Classifier) -> None:
    u = read(classifier, "Dana. Can not come Thursday. Hip. Will call.\nBill")
    assert Kind.CANCEL in u.request.kinds and "I'll cancel your session" in COMPOSER.compose(u).body


def test_a_forgotten_appointment_asking_to_get_in_this_week_gets_the_policy_and_a_time(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I completely forgot about yesterday's appointment, I am so sorry. Will I be charged the full fee for that? "
        "And is there any chance I could get in again this week?",
    )
    body = COMPOSER.compose(u).body
    assert "missed sessions are charged" in body and "look for a time for you this week" in body
    assert "Our fee is" not in body and "whether we're a good fit" not in body


def test_children_named_among_worries_are_not_who_would_be_seen(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I was diagnosed with breast cancer in January. My social worker suggested a therapist for the anxiety that "
        "comes with all of it - scans, waiting for results, my kids. Are you accepting new clients?",
    )
    assert Kind.AGE not in u.request.kinds and "13 up" not in COMPOSER.compose(u).body


def test_a_doctor_whose_patient_expects_our_call_gets_a_note_to_call_not_a_booking_link(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Referring pt J.R., 42F, GAD + MDD, denies SI/HI. Has Regence - pls confirm you're in network. "
        "Pt is expecting a call at 503-555-0184 (ok to leave msg).\n\nDo you have current availability?\n\n"
        "Anita Shah, MD\nProvidence Internal Medicine",
    )
    reply = COMPOSER.compose(u)
    assert "call the client" in reply.staff_note and PRACTICE.booking_link not in reply.body


def test_a_discharge_planner_who_coordinates_needs_an_intake_within_seven_days(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm a discharge planner. We have a pt being discharged tomorrow. He needs an outpatient therapist with a "
        "first appt within 7 days of discharge per "
        "our protocol. Kaiser Permanente. Can you offer an intake within that window? Please reply to me and I'll "
        "coordinate with the pt.\n\nKaren Liu, LCSW\nDischarge Planning",
    )
    reply = COMPOSER.compose(u)
    assert "offer a time" in reply.staff_note and PRACTICE.booking_link not in reply.body


def test_a_separated_man_asking_the_cost_without_insurance_gets_the_individual_fee(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife and I separated in March. My sister told me to write to someone. I'd like to know if you have any "
        "openings in the next couple of weeks and what the cost would be without insurance, I'd rather keep this "
        "off my work insurance for privacy reasons.",
    )
    body = COMPOSER.compose(u).body
    assert "$165 per individual session" in body and "Couples" not in body
    assert "which insurance company" not in body and "I'm sorry you're going through" in body


def test_a_credentialing_network_pitch_is_no_inquiry(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, therapists in Oregon are joining Headway to accept insurance without the admin work. We credential "
        "you with Cigna and handle billing for free. Want to see what your rates would be?\n\nMaya\nProvider Growth",
    )
    assert u.request.intent == Intent.NOT_INQUIRY


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Regence sent me an EOB saying the claim for my April 2 session was denied. Could you take a look and "
            "resubmit it if something was entered wrong?",
            "I'll look into the claim",
        ),
        (
            "I noticed two charges of $165.00 from Calm Harbor Therapy on the same day. I will see you on Monday as "
            "usual.",
            "I'll check the charges on your account",
        ),
    ],
)
def test_a_denied_claim_and_two_charges_are_looked_into_not_met_with_the_network(
    classifier: Classifier, text: str, said: str
) -> None:
    body = COMPOSER.compose(read(classifier, "Hi Dana,\n\n" + text), client=True).body
    assert said in body and "member services" not in body and PRACTICE.booking_link not in body


def test_a_book_you_mentioned_in_session_is_a_clients_question_for_staff(classifier: Classifier) -> None:
    u = read(classifier, "Sam - what was the name of that book about attachment styles you mentioned on Tuesday?")
    reply = COMPOSER.compose(u)
    assert u.request.intent == Intent.CLIENT_REQUEST and "Tuesdays" not in reply.body and reply.staff_note


def test_moving_to_every_other_week_is_a_new_rhythm_not_a_moved_session(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana, I've been feeling better, could we switch to every other week instead of weekly?")
    body = COMPOSER.compose(u, client=True).body
    assert "move to every other week" in body and "move your session yourself" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Hey Dana, I'd like to go back to weekly instead of every other week if you have room. Thursdays still work.",
        "Hi Dana, things are rough again, could we do weekly sessions again? Thursday is still best for me.",
    ],
)
def test_going_back_to_weekly_is_checked_for_room_on_the_day_they_keep(classifier: Classifier, text: str) -> None:
    u = read(classifier, text)
    body = COMPOSER.compose(u, client=True).body
    assert "room for a weekly Thursday time" in body and "I've noted it" not in body and "yourself" not in body


def test_weekly_on_a_day_we_are_closed_says_so(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana, could we go back to weekly? Fridays would be ideal for me.")
    body = COMPOSER.compose(u, client=True).body
    assert "We don't see clients on Fridays" in body and "room for a weekly time" in body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hi Dana, can we make it 3 instead of 2 same day? Thanks, Maya", "whether 3pm is free"),
        ("Hi Dana, something came up at work, could you push it to 5 on Thursday? Maya", "5pm on Thursday"),
    ],
)
def test_an_hour_without_am_or_pm_is_the_new_time_checked(classifier: Classifier, text: str, said: str) -> None:
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert said in body and "move your session yourself" not in body


def test_a_cancelled_consultation_is_confirmed_with_good_wishes_not_silence(classifier: Classifier) -> None:
    text = (
        "Please cancel the free consultation I scheduled for Thursday. After praying on it, I've decided to go "
        "with a counselor through our church. Thank you for your kindness.\n\nPam Ortiz"
    )
    reply = COMPOSER.compose(read(classifier, text))
    assert reply.kind == "cancelled" and "I'll cancel your consultation" in reply.body
    assert "with your new counselor" in reply.body and "book" not in reply.body


def test_medication_a_referrer_manages_is_not_refused_and_the_referral_is_answered(classifier: Classifier) -> None:
    text = (
        "Referral from Dr. Robert Hollis, Hollis Family Medicine.\n\n52F, MDD moderate. Started sertraline 100mg "
        "10/2026 (we will continue to manage meds). Dr. Hollis recommends weekly therapy alongside meds.\n"
        "Pt works days, prefers Tue/Thu evenings.\nIns: Aetna PPO.\n\n"
        "Thank you,\nTamara Wells, MA\nHollis Family Medicine"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "medication" not in body and "Tuesdays and Thursdays" in body and "Aetna" in body


def test_oregon_health_plan_is_called_by_the_name_they_used(classifier: Classifier) -> None:
    body = COMPOSER.compose(read(classifier, "I have OHP (Oregon Health Plan). Do you take it?")).body
    assert "accept Oregon Health Plan (OHP)" in body and "Medicaid" not in body


def test_a_client_asking_whether_the_fee_is_still_the_same_hears_the_fee_and_no_intake_pitch(
    classifier: Classifier,
) -> None:
    u = read(classifier, "Hey Dana, quick one. Is it still $165 a session or did that go up for the new year?")
    reply = COMPOSER.compose(u, client=True)
    assert "$165 per individual session" in reply.body and not reply.staff_note
    assert "sliding scale" not in reply.body and "We accept payment" not in reply.body


def test_a_question_about_paying_is_answered_without_a_bare_look_into_your_account(classifier: Classifier) -> None:
    text = "Hi! Do you take Venmo or Zelle? My credit union keeps flagging the charge from you as fraud."
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "can't take Venmo or Zelle" in body and "look into your account" not in body


def test_a_fee_asked_beside_a_service_we_do_not_offer_is_still_answered(classifier: Classifier) -> None:
    text = "My new lease needs an ESA letter for my cat. How much are your sessions and can you write an ESA letter?"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "don't offer emotional support animal letters" in body and "$165" in body


def test_within_two_weeks_is_how_soon_not_a_question_for_staff(classifier: Classifier) -> None:
    text = "Referral: pt 29F, 6 wks PP. Pt has Aetna. In network? Can you see her within 2 wks?\n\nImani Roberts, CNM"
    reply = COMPOSER.compose(read(classifier, text))
    assert "soonest" in reply.body and "within 2 wks" not in reply.staff_note


def test_a_clients_thank_you_is_thanked_back_not_sent_to_book(classifier: Classifier) -> None:
    text = "Thanks Dana - the last session really stuck with me and I used the breathing on Thursday. See you Thursday!"
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "kind note" in body and "book" not in body


def test_a_wife_cancelling_her_husbands_sessions_hears_the_sessions_cancelled_not_hers(classifier: Classifier) -> None:
    text = (
        "Hello, I'm Tom Kessler's wife. Tom sees Sam on Thursdays. He was admitted to Providence on Sunday with "
        "pneumonia. He can't come this Thursday, and please cancel next Thursday's too - we'll call when he's home."
    )
    u = read(classifier, text)
    body = COMPOSER.compose(u).body
    assert u.request.intent == Intent.CLIENT_REQUEST and "I'll cancel the sessions" in body
    assert "your session" not in body and "Sundays" not in body


def test_a_letter_for_hr_asked_as_write_one_is_a_letter_not_records(classifier: Classifier) -> None:
    text = (
        "Hi Dana, HR says a letter from my therapist confirming I have a standing weekly appointment would sort "
        "it out. Could you write one?"
    )
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "the letter" in body and "records" not in body


def test_pausing_after_the_next_session_is_an_ending_not_one_session_cancelled(classifier: Classifier) -> None:
    text = "I'd like to pause after our session on Dec 10; money is tight. Could you take me off the calendar after?"
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "I'll update your upcoming sessions" in body and "I'll cancel your session" not in body
    assert "while you're away" not in body


def test_a_holiday_at_the_parents_in_another_state_is_a_trip_not_a_move(classifier: Classifier) -> None:
    text = (
        "We'll be at my parents' in Columbus over the holidays, so please cancel my sessions on Dec 22 and Dec 29. "
        "Would it be OK to do the 22nd by video from Ohio instead?"
    )
    reply = COMPOSER.compose(read(classifier, text), client=True)
    assert "moving" not in reply.staff_note and "while you're in Ohio" in reply.body


def test_two_languages_we_do_not_offer_get_one_no_naming_both(classifier: Classifier) -> None:
    text = "My husband has PTSD from the war. He speaks Ukrainian and Russian, English only a little. Is possible?"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "can't offer sessions in Ukrainian or Russian" in body and body.count("I'm sorry to say our sessions") == 1


def test_a_gentleman_asked_for_is_a_man_therapist(classifier: Classifier) -> None:
    text = "I would prefer to speak with a gentleman. Is there such a person at your practice? What is your fee?"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Sam Okafor" in body


def test_asking_whether_we_prescribe_still_hears_the_insurance_answer_and_how_to_book(classifier: Classifier) -> None:
    text = (
        "Can any of your therapists prescribe? My PCP wants me in therapy as well and I'd love one place for both. "
        "Also, do you take UnitedHealthcare?"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "don't offer medication management" in body and "UnitedHealthcare" in body and "book" in body


def test_how_soon_could_i_start_is_answered_from_the_waitlist(classifier: Classifier) -> None:
    reply = COMPOSER.compose(read(classifier, "I have Aetna. How soon could I start?"))
    assert "no waitlist" in reply.body and not reply.staff_note


def test_would_you_still_see_me_for_therapy_after_a_service_we_refer_out_is_a_yes(classifier: Classifier) -> None:
    text = (
        "I'm 29 and suspect I'm autistic. Do you do adult autism evaluations?\n\nIf not, would you still see me "
        "for therapy? I'm burned out at work. Mornings are best for me."
    )
    u = read(classifier, text)
    reply = COMPOSER.compose(u)
    assert not u.request.known.existing_client and not reply.staff_note
    assert "don't offer autism evaluations" in reply.body and "accepting new clients" in reply.body
    assert any(q.kind == Kind.TIME_OF_DAY for q in u.request.questions)


def test_continuing_by_video_after_going_back_to_another_state_is_answered_with_the_license(
    classifier: Classifier,
) -> None:
    text = (
        "My daughter studies in California and is home for winter break. Can she see a therapist during the break? "
        "And after she go back to California, can she continue by video?"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "licensed in Oregon only" in body and "Yes, we offer sessions by secure video" not in body


def test_what_someone_is_going_through_told_not_asked_gets_a_word_of_sympathy(classifier: Classifier) -> None:
    text = "hi do u have anything this week? anxiety is really bad since the storm, I haven't left my apt. I have aetna"
    body = COMPOSER.compose(read(classifier, text)).body
    assert body.count("I'm sorry things have been so hard lately.") == 1, "said once, by the greeting or the answer"
    assert "We work with anxiety" in body


def test_a_former_client_coming_back_is_welcomed_back_not_pitched_the_intake(classifier: Classifier) -> None:
    text = (
        "Hi Dana, you saw me for about eight months back in 2024, after my divorce. I'd like to come back; the old "
        "anxiety is creeping in. Do you have room for me again? Tuesday evenings would be best."
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "good to hear from you again" in body and "see you again" in body and "good fit" not in body


def test_a_new_person_asking_for_a_superbill_hears_we_provide_them_not_that_one_is_on_its_way(
    classifier: Classifier,
) -> None:
    text = "I have UnitedHealthcare, so could you give me a superbill I can submit as out of network? Fee per session?"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "I'll send that" not in body and "superbill" in body


def test_days_someone_travels_for_work_are_days_they_cannot_come(classifier: Classifier) -> None:
    text = "Do you take UnitedHealthcare? I travel for work Tuesdays and Wednesdays, so any day but those."
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Tuesdays" not in body and "Wednesdays" not in body


def test_rather_an_actual_office_than_video_is_a_wish_to_meet_in_person(classifier: Classifier) -> None:
    text = "Do you do couples counseling? Saturdays only. We'd rather sit in an actual office than do it over video."
    body = COMPOSER.compose(read(classifier, text)).body
    assert "in person at our office" in body and "by secure video (telehealth)." not in body


def test_giving_a_new_card_over_the_phone_is_no_session_by_phone(classifier: Classifier) -> None:
    text = "My card was declined for the 11th; I have a new one. Can I call the office and give it over the phone?"
    reply = COMPOSER.compose(read(classifier, text), client=True)
    assert "session by phone" not in reply.staff_note


def test_sessions_cancelled_with_video_asked_for_when_they_return_are_cancelled(classifier: Classifier) -> None:
    text = (
        "Dana, surprise! Theo arrived three weeks early on Thursday night. I need to cancel my sessions on the 17th "
        "and the 24th. Could we pick back up by video in March?"
    )
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "Congratulations" in body and "I'll cancel your sessions" in body
    assert "ready to pick back up" in body and "instead" not in body


def test_a_client_asking_for_anything_this_week_is_looked_for_a_time(classifier: Classifier) -> None:
    text = (
        "Sam, we'd really like to get in before our usual Saturday if there's anything at all this week. Evenings best."
    )
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "look for a time for you this week" in body and "good fit" not in body


def test_an_eap_list_forwarded_with_their_own_questions_is_answered(classifier: Classifier) -> None:
    text = (
        "My company's EAP gave me the list below and your practice is on it. Can I use those sessions with you? "
        "And are you taking new clients right now?\n\n---------- Forwarded message ---------\n"
        "From: GuidanceResources <noreply@guidance.example>\nSubject: Your EAP provider list\n\n"
        "Calm Harbor Therapy, Portland OR. Riverside Counseling, Portland OR."
    )
    u = read(classifier, text)
    assert u.request.intent == Intent.NEW_INQUIRY and "accepting new clients" in COMPOSER.compose(u).body


def test_sessions_cancelled_until_they_write_again_get_no_booking_link(classifier: Classifier) -> None:
    text = (
        "Dana,\n\nMy dad died Saturday morning. I'm flying to Seoul tomorrow and will be gone about two weeks. Please "
        "cancel\nThursday and the following Thursday. I'll reach out when I'm back.\n\nSteven"
    )
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "sorry for the loss of your dad" in body and "I'll cancel your sessions." in body and "book" not in body


def test_a_holiday_weekend_that_wore_them_out_is_no_weekend_asked_for(classifier: Classifier) -> None:
    text = "Valentine's weekend at the restaurant just about killed me. I can do lunch on a Monday or Tuesday. Aetna?"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Mondays and Tuesdays" in body and "Saturdays" not in body.split("Our hours")[0]


def test_is_there_a_wait_is_answered_from_the_waitlist(classifier: Classifier) -> None:
    reply = COMPOSER.compose(read(classifier, "I have Cigna and weekday evenings work. Is there a wait right now?"))
    assert "no waitlist" in reply.body and not reply.staff_note


def test_whether_the_department_hears_is_the_faqs_question_about_an_employer(classifier: Classifier) -> None:
    text = "I'm a firefighter with 17 years in. Do you see people for trauma? Is any of this shared with my department?"
    assert "What you share in therapy is confidential" in COMPOSER.compose(read(classifier, text)).body


def test_a_patient_who_expects_our_call_is_called_not_sent_to_book(classifier: Classifier) -> None:
    text = (
        "Dr. Pierce would like to refer the following patient.\n\nPt: Jennifer Walsh, 34F\nIns: Aetna PPO\n"
        "Please confirm whether you are in network w/ Aetna. Pt is aware of the referral and expects your call: "
        "503-555-0188.\n\nRenee Ortiz, MA\nPierce Family Medicine"
    )
    reply = COMPOSER.compose(read(classifier, text))
    assert "call the client" in reply.staff_note and "book directly" not in reply.body


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        # "heat is killing me and my car's AC died": no loss, and "flip thursday's 5pm to video" is a switch
        ("this heat is killing me and my car's AC died Sunday. can we flip thursday's 5pm to video?", "video", "loss"),
        # back to the office "instead of video": in person, not video
        (
            "I'm back so I can do in person again starting next week instead of video. Where do I park?",
            "in person",
            "by secure video",
        ),
        # asking how far ahead to cancel is the policy, nothing cancelled yet
        (
            "We might be away for Labor Day. How far ahead do I have to cancel so I don't get charged?",
            "24 hours",
            "I'll cancel",
        ),
        # "I really don't want to stop our sessions": a rate asked, no ending
        (
            "I got laid off. I really don't want to stop our sessions. Is the sliding scale something I could get?",
            "sliding scale",
            "welcome back",
        ),
        # the day of their session, away driving, is not offered back; Oregon in passing is no licence question
        (
            "Next Tuesday I'm driving my son down to Corvallis. Could we do Monday instead, or Wednesday evening?",
            "Monday or Wednesday",
            "licensed",
        ),
        # driving back from Boise during the session is no move to Idaho
        (
            "I will be driving back from Boise on Monday during our 2pm time. Could we do it by phone just this once?",
            "by phone",
            "Idaho",
        ),
    ],
)
def test_a_clients_words_are_read_as_meant(classifier: Classifier, text: str, said: str, not_said: str) -> None:
    reply = COMPOSER.compose(read(classifier, text), client=True)
    whole = reply.staff_note + reply.body
    assert said in whole and not_said not in whole


def test_a_clinicians_organisation_line_is_no_first_name(classifier: Classifier) -> None:
    text = (
        "Referring 24M, OCD. Do you have a clinician trained in ERP, and are you in network w/ UHC?\n\n"
        "C. Matsuda, PMHNP-BC\nRose City Psychiatry"
    )
    body = COMPOSER.compose(read(classifier, text, sender="Colin Matsuda, PMHNP <cm@rosecity.example>")).body
    assert "Hi Rose" not in body


def test_the_death_of_me_is_an_idiom_not_a_loss(classifier: Classifier) -> None:
    text = "Allergy season is going to be the death of me, lol. Anyway, do you have Monday evenings for burnout?"
    assert "sorry for your loss" not in COMPOSER.compose(read(classifier, text)).body


def test_a_letter_from_my_therapist_by_next_friday_is_a_letter_not_a_friday(classifier: Classifier) -> None:
    text = (
        "Hi Dana, disability services needs a letter from my therapist confirming I'm in treatment for anxiety. "
        "Could you write one by next Friday?"
    )
    body = COMPOSER.compose(read(classifier, text), client=True).body
    assert "the letter" in body and "Friday" not in body


def test_a_day_away_in_another_state_moves_the_session_not_the_client(classifier: Classifier) -> None:
    text = "Hi Sam, he has to be in Denver Thursday, so can we move our session to next Tuesday evening instead?"
    reply = COMPOSER.compose(read(classifier, text), client=True)
    assert "Colorado" not in reply.body + reply.staff_note and "Thursday" not in reply.body


def test_self_pay_on_the_form_is_not_asked_for_an_insurer(classifier: Classifier) -> None:
    text = (
        "You have a new form submission.\n\nName: Hannah Kline\nEmail: hk@example.com\n"
        "Insurance Provider: None - will self pay\n\nMessage:\nMy partner and I are looking for couples counseling."
    )
    body = COMPOSER.compose(read(classifier, text, sender="Squarespace <form@squarespace.example>")).body
    assert "which insurance company" not in body


def test_a_named_blue_cross_plan_of_another_state_is_for_staff_to_check(classifier: Classifier) -> None:
    u = read(classifier, "I have Blue Cross Blue Shield of Illinois. Would that be in network for you?")
    reply = COMPOSER.compose(u)
    assert "Blue Cross Blue Shield of Illinois" in reply.staff_note and "tell me its name" not in reply.body


def test_an_eap_through_optum_then_a_regular_plan_names_optum_and_answers_the_plan(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My employer has an EAP through Optum that gives me 6 free sessions. Can I use those with you? And after the "
        "6 are used up I'd be on my regular UnitedHealthcare plan, are you in network for that?",
    )
    reply = COMPOSER.compose(u)
    assert "(Optum)" in reply.staff_note and "We aren't in network with UnitedHealthcare" in reply.body


def test_a_teen_asking_whether_parents_must_know_gets_the_confidentiality_answer(classifier: Classifier) -> None:
    u = read(classifier, "im 16. do you see teenagers. and do my parents have to know what i say bc thats the problem")
    assert "What you share in therapy is confidential" in COMPOSER.compose(u).body


def test_a_mother_writing_this_is_anas_mom_is_greeted_by_her_own_name(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello Dana, this is Ana's mom. Ana has a fever so she won't make it Tuesday.\n\nThank you,\nGloria",
        sender="Gloria Martinez <gm@example.com>",
    )
    body = COMPOSER.compose(u).body
    assert body.startswith("Hi Gloria,") and "I'll cancel" in body


def test_initials_in_a_display_name_are_no_name_to_greet(classifier: Classifier) -> None:
    u = read(classifier, "take aetna? need an evening appt\n\n-M", sender="mk <mk88@example.com>")
    assert COMPOSER.compose(u).body.startswith("Hello,")


def test_a_husband_writing_on_behalf_of_his_wife_asks_for_her(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm writing on behalf of my wife, Rebecca. She's 34 and struggles with anxiety. She would feel most "
        "comfortable with a Christian woman counselor. Do you have anyone like that?\n\nTom",
    )
    reply = COMPOSER.compose(u)
    assert "Since she'd prefer to work with a woman" in reply.body and "faith" in reply.staff_note


def test_a_charge_for_a_letter_or_records_is_for_staff_and_no_faq_is_matched_on_like(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, my attorney asked for a copy of my treatment records. I also wanted to ask whether there's a "
        "charge for preparing something like that, and whether it would come out of session time.",
    )
    reply = COMPOSER.compose(u, client=True)
    assert "costs anything" in reply.staff_note and "The first session is a conversation" not in reply.body


def test_a_russian_speaker_hears_no_russian_but_gets_insurance_and_days_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I want to make appointment. Is possible to do the sessions in russian language or only english? "
        "I have insurance Kaiser. Tuesday or Thursday is best for me, after 3 pm.",
    )
    body = COMPOSER.compose(u).body
    assert "can't offer sessions in Russian" in body and "Kaiser Permanente" in body and "Tuesdays" in body
    assert PRACTICE.booking_link not in body


def test_a_deaf_person_asking_for_asl_is_a_note_and_is_offered_no_phone_call(classifier: Classifier) -> None:
    u = read(classifier, "Hello. I am Deaf. You have therapist who know ASL? Video is better for me.")
    reply = COMPOSER.compose(u)
    assert "ASL" in reply.staff_note and "phone consultation" not in reply.body


def test_a_judge_wanting_an_evaluation_gets_the_court_ordered_line_and_gambling_goes_to_staff(
    classifier: Classifier,
) -> None:
    court = read(
        classifier,
        "The judge in my custody case wants me to complete a psychological evaluation. Is this something you do?",
    )
    assert "court-ordered" in COMPOSER.compose(court).body
    bets = read(classifier, "Do you work with gambling addiction? Sports betting apps mostly.")
    assert "gambling" in COMPOSER.compose(bets).staff_note


def test_moving_here_from_another_state_is_no_licence_refusal(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I just moved to Portland from Sacramento for a new role. I don't know anyone here yet. "
        "Are you in network with Aetna?",
    )
    reply = COMPOSER.compose(u)
    assert "licensed" not in reply.body and "who else could help" not in reply.staff_note


def test_moving_next_thursdays_session_to_wednesday_checks_wednesday(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I left my wallet in your waiting room this afternoon. Could I come grab it tomorrow morning? Also, can we "
        "move next Thursday's session to Wednesday, same time?",
    )
    reply = COMPOSER.compose(u, client=True)
    assert "open on Wednesday" in reply.body and "come grab it" in reply.staff_note


def test_a_couple_moving_their_session_is_not_told_we_see_couples(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, Mark and I need to move this Saturday's session. Is there another time next week? Also, what is "
        "the late cancellation fee for couples sessions?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "Yes, we see couples" not in body and "We ask for 24 hours' notice" in body


def test_late_and_asking_whether_to_come_or_move_is_for_staff(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana, tomorrow I will be late around 20 minutes. It is ok or is better we make other day this week?",
    )
    reply = COMPOSER.compose(u, client=True)
    assert "keep the session or move it" in reply.staff_note and "see you soon" not in reply.body


def test_a_long_list_split_into_its_alternatives_matches_exactly_what_the_whole_did() -> None:
    import re

    from triage.core.prefilter import alternatives

    whole = re.compile(r"\bmy\s+(?:next|last)\s+session\b|\bsee\s+you\s+(?:on|next)\b|[a|b]\(x\)", re.IGNORECASE)
    parts = alternatives(whole)
    assert len(parts) == 3
    for text in ("See you next week", "my last session was hard", "nothing here", "a(x)"):
        assert bool(whole.search(text)) == any(p.search(text) for p in parts)


def test_the_readers_prefix_index_says_exactly_which_patterns_match_every_training_message() -> None:
    """Speed must not change a reading: the gate, indexed by each pattern's alternatives, finds what a search finds
    (a pattern without IGNORECASE is one written for lower-cased text)."""
    import re

    import triage.core.reading  # noqa: F401  (every reader gates its patterns when imported)
    from triage.core.reading.sentences import _GATED, possible
    from triage.learn.dataset import load_examples

    texts = [ex.text for ex in load_examples()] + ["I'M  a Current\nclient", "openings?", "rerun it on my new card"]
    for text in texts:
        can = possible(text)
        for pattern in _GATED:
            found = pattern.search(text if pattern.flags & re.IGNORECASE else text.lower())
            assert (id(pattern) in can) == bool(found), (pattern.pattern[:60], text[:80])


def test_the_prefix_index_also_asks_for_a_string_from_the_middle_of_a_pattern() -> None:
    """'can ' opens a hundred sentences: '(can|do|would) you prescribe' is only worth a search where 'you prescribe'
    is; a gap a pattern leaves open ((\\w+\\s+){0,2}) ends the string, and a short one asks for nothing."""
    from triage.core.prefilter import required

    assert required(r"(?:can|do|would)\s+you\s+prescribe") == frozenset({"you prescribe"})
    assert required(r"\b(?:an?\s+)?extra\s+session\b") == frozenset({"extra session"})
    assert required(r"\bmedication\s+management|\bpsychiatr\w+") == frozenset({"medication management", "psychiatr"})
    assert required(r"\bmy\s+(?:\w+\s+){0,2}son\b") is None
    assert required(r"\s*extra\s*session") == frozenset({"session"})


def test_reading_a_situation_behind_the_prefix_index_finds_what_reading_without_it_finds() -> None:
    from triage.core.reading.situation import _COMPILED, _NOT_HERE, read_situation
    from triage.learn.dataset import load_examples

    def unindexed(text: str) -> object:
        for situation, pattern in _COMPILED:
            for match in pattern.finditer(text):
                around = text[max(0, match.start() - 60) : match.end() + 60]
                if situation.value in ("loss", "breakup") and _NOT_HERE.search(around):
                    continue
                return situation
        return None

    texts = [ex.text for ex in load_examples()] + ["My mom Linda passed last week", "Baby Theo arrived early!"]
    for text in texts:
        assert read_situation(text) == unindexed(text), text[:80]


def test_a_blended_family_asking_for_family_therapy_is_not_answered_as_a_couple(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My husband and I got married last summer and we are a blended family. We're looking for family therapy. "
        "Do you do that? And what does it cost per session?",
    )
    reply = COMPOSER.compose(u)
    assert "Yes, we see couples" not in reply.body and "family session costs" in reply.staff_note


def test_splitting_a_fee_and_a_wish_for_a_therapist_of_their_faith_go_to_staff(classifier: Classifier) -> None:
    split = read(
        classifier,
        "Our mediator suggested co-parenting counseling. And since we'd each pay half, how does that work with your "
        "couples fee, can we each pay our share separately?",
    )
    assert "pay our share" in COMPOSER.compose(split).staff_note
    faith = read(
        classifier,
        "I want very much a woman therapist, and if possible Muslim or someone who understand our culture and "
        "religion. Please tell me if you have this.",
    )
    assert "faith" in COMPOSER.compose(faith).staff_note


def test_a_friend_writing_for_someone_bereaved_by_an_overdose_gets_their_grief_answered(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "My close friend Nora lost her younger brother to an overdose three weeks ago. She's asked me to reach out "
        "for her. Do you have someone who does grief counseling, specifically around addiction-related loss?",
    )
    reply = COMPOSER.compose(u)
    assert "I'm so sorry for their loss." in reply.body and "substance" not in reply.staff_note


def test_a_car_that_died_is_no_loss_and_a_divorce_finalized_friday_asks_for_no_friday(classifier: Classifier) -> None:
    car = read(
        classifier, "Hi Dana, my car just died and I'm waiting for a tow. Could we switch my 3pm today to video?"
    )
    assert car.request.situation is None
    divorce = read(classifier, "Do you have anything this week? My divorce was finalized Friday. Do you take Aetna?")
    assert Kind.DAYS not in divorce.request.kinds and "Fridays" not in COMPOSER.compose(divorce).body


def test_a_child_whose_age_is_told_in_the_next_sentence_is_referred_to_child_therapists(classifier: Classifier) -> None:
    u = read(
        classifier,
        "We adopted our daughter from foster care last year. She's 10 and has been through a lot. "
        "Do you do family therapy with adoptive families?",
    )
    assert u.request.known.client_age == 10
    assert "aren't the right fit for a 10-year-old" in COMPOSER.compose(u).body


def test_how_many_sessions_is_not_answered_with_how_long_a_session_is(classifier: Classifier) -> None:
    u = read(classifier, "We want premarital counseling. Roughly how many sessions does that usually take?")
    reply = COMPOSER.compose(u)
    assert "50 minutes" not in reply.body and "how many sessions" in reply.staff_note
    length = read(classifier, "I'd like to start therapy for anxiety. And how long is a session, is it a full hour")
    assert "Sessions are 50 minutes" in COMPOSER.compose(length).body


def test_a_list_opener_and_a_form_field_are_not_questions_for_staff(classifier: Classifier) -> None:
    u = read(
        classifier,
        "How did you hear about us?: Google\n\nCould you tell me:\n- whether you are accepting new clients,\n"
        "- whether you accept Aetna?",
    )
    note = COMPOSER.compose(u).staff_note
    assert "tell me" not in note and "hear about us" not in note


def test_someone_who_asks_to_be_called_is_a_note_to_call_them_at_their_number(classifier: Classifier) -> None:
    u = read(classifier, "Please call me about making an appointment. I do not use email. Phone: 503-555-0164")
    assert "call them at (503) 555-0164" in COMPOSER.compose(u).staff_note
    later = read(
        classifier,
        "I have an appointment with Sam tomorrow at 10, my daughter is sick so I must cancel. "
        "Call me back if you need to.",
    )
    assert "call them" not in COMPOSER.compose(later, client=True).staff_note


def test_i_could_just_die_thinking_about_it_is_embarrassment_not_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My anxiety has been through the roof since I started a job where I have to present in meetings, and last "
        "week I froze completely in front of my whole team. I could just die thinking about it. Is exposure "
        "therapy something you do? Mondays or Tuesdays in the morning would be best.",
    )
    assert u.request.intent != Intent.CRISIS


def test_someone_forwarding_their_doctors_note_is_the_one_asking_not_a_referrer() -> None:
    from triage.core.parse import parse

    raw = (
        b"From: Felix Brandt <felix.b@example.com>\r\nTo: hello@calmharbor.example\r\n"
        b"Subject: Fwd: Your referral to behavioral health\r\nMessage-ID: <f1@example.com>\r\n\r\n"
        b"Hi, my doctor recommended I reach out (see below). Do you accept UnitedHealthcare?\r\n\r\n"
        b"---------- Forwarded message ---------\r\nFrom: Dr. Laura Schmidt <lschmidt@clinic.example>\r\n"
        b"Subject: Your referral\r\n\r\nHi Felix,\r\n\r\nI'd recommend starting with a therapist. Calm Harbor Therapy "
        b"is listed below.\r\n\r\nDr. Laura Schmidt\r\n"
    )
    inquiry = parse(raw)
    assert getattr(inquiry, "source", None) == "direct"


def test_a_crisis_reply_keeps_to_the_contact_they_allow_and_gives_the_violence_hotline_only_to_a_victim(
    classifier: Classifier,
) -> None:
    hit = read(
        classifier,
        "My husband hit me again last night and I'm scared to go home after work today. I need to talk to somebody. "
        "Please do not call my cell phone, he checks it. This email is safe until 5.",
    )
    body = COMPOSER.compose(hit).body
    assert "Domestic Violence Hotline" in body and "only write to you at this email address" in body
    anger = read(
        classifier,
        "I put my fist through the wall right next to my roommate's head. I'm scared that next time it's going to be "
        "him and not the wall. I've never actually hit anyone but I can feel it getting closer.",
    )
    cutting = read(
        classifier,
        "I found out tonight that my daughter has been cutting. She showed me her arms after I pushed her about why "
        "she won't wear short sleeves. She's 14. Do you see kids her age?",
    )
    for u in (anger, cutting):
        assert u.request.intent == Intent.CRISIS
        assert "Domestic Violence Hotline" not in COMPOSER.compose(u).body


@pytest.mark.parametrize(
    "text",
    [
        "I'm paying for this myself on a student budget (I don't want to use my parents' insurance). "
        "Do you have a sliding scale?",
        "i have medicare but i'd just as soon pay myself and keep it private. what do you charge?",
    ],
)
def test_someone_paying_themselves_is_not_asked_for_their_insurer_nor_told_it_is_refused(
    classifier: Classifier, text: str
) -> None:
    body = COMPOSER.compose(read(classifier, text)).body
    assert "which insurance company" not in body and "aren't able to accept" not in body


def test_a_client_forwarding_their_failed_payment_gets_a_reply_not_silence(classifier: Classifier) -> None:
    from triage.understand import understand_many

    raw = (
        b"From: Ben Ortiz <ben.ortiz@example.com>\r\nTo: hello@calmharbor.example\r\n"
        b"Subject: Fwd: Payment failed for Calm Harbor Therapy\r\nMessage-ID: <p1@example.com>\r\n\r\n"
        b"Hi -- just saw this. I switched banks last month, sorry about that. I've put the new card into the client "
        b"portal. Can you run it again?\r\n\r\n---------- Forwarded message ---------\r\nFrom: Payments "
        b"<no-reply@payments.example>\r\nSubject: Payment failed\r\n\r\nYour payment of $165.00 to Calm Harbor "
        b"Therapy was declined.\r\n"
    )
    u = understand_many([raw], classifier)[0]
    assert u.request.intent == Intent.CLIENT_REQUEST  # type: ignore[union-attr]
    assert "run the payment again" in COMPOSER.compose(u).body  # type: ignore[arg-type]


def test_a_disputed_no_show_charge_is_looked_into_without_quoting_the_policy(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I see a $165 no-show charge for November 12, but I cancelled that appointment in the client portal on "
        "November 10. Could you take a look and refund it? No-show fee charged in error?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "check about the no-show charge" in body  # the charge by the name they gave it
    assert "late cancellations and missed sessions are charged" not in body


def test_an_hsa_that_ran_out_is_not_offered_and_for_my_records_is_no_records_request(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My card was declined for yesterday's session. My HSA money ran out for the year. Could I get a statement "
        "of everything the HSA paid this year? I need it for my records.",
    )
    assert Kind.RECORDS not in u.request.kinds and Kind.SUPERBILL in u.request.kinds
    assert "pay with an HSA" not in COMPOSER.compose(u, client=True).body


def test_an_hour_before_we_open_is_answered_with_the_hour_we_open(classifier: Classifier) -> None:
    early = read(classifier, "Any chance of a 7:30am slot before work on a Thursday? I'd like help with anxiety.")
    assert "can't offer 7:30am: our first appointments of the day are at 9am" in COMPOSER.compose(early).body
    typing = read(classifier, "Typing this at 6am, apologies. I'd like to find someone for anxiety. Do you take Cigna?")
    assert "can't offer" not in COMPOSER.compose(typing).body


def test_a_stated_wish_to_meet_in_person_is_granted_not_answered_with_a_menu(classifier: Classifier) -> None:
    u = read(
        classifier, "I'd like help with birth trauma. I'd prefer in person over video, I think. Do you take Aetna?"
    )
    body = COMPOSER.compose(u).body
    assert "Of course: we can see you in person at our office" in body and "secure video" not in body


def test_a_reply_to_an_offered_time_thanks_them_once(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Thursday at 5 works great, thank you!\n\nOn Mon, Mar 2, 2026 at 10:00 AM Calm Harbor Therapy "
        "<hello@calmharbor.example> wrote:\n> Hi Maya, could you do Thursday at 5pm or Monday at 10am?\n",
        subject="Re: Times for your first session",
    )
    body = COMPOSER.compose(u).body
    assert body.count("Thank") == 1


def test_whom_a_named_therapist_sees_goes_to_staff_with_their_room(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'd really like to work with Sam Okafor specifically. Does he see individuals or only couples? "
        "If there's a waitlist for him, please put me on it.",
    )
    reply = COMPOSER.compose(u)
    assert "Sam Okafor has room" in reply.staff_note and "individuals or only couples" in reply.staff_note
    assert "Yes, we see couples" not in reply.body


def test_a_second_language_that_would_also_do_is_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I am searching a psychologist for anxiety. Do you have someone who speaks portuguese? If not, spanish is "
        "also ok for me. How much cost the session?",
    )
    body = COMPOSER.compose(u).body
    assert "can't offer sessions in Portuguese" in body and "I offer sessions in Spanish" in body


def test_a_couple_asking_for_spanish_hears_couples_sessions_are_in_english(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife and I are looking for couples therapy. Her English is limited. "
        "Is there a couples therapist at your practice who speaks Spanish?",
    )
    body = COMPOSER.compose(u).body
    assert "couples sessions, with Sam Okafor, are in English only" in body
    assert PRACTICE.booking_link not in body


def test_a_joint_sessions_price_goes_to_staff_and_no_individual_fee_stands_in(classifier: Classifier) -> None:
    u = read(
        classifier,
        "We're a triad looking for relationship therapy. What would the fee be for a session with three people?",
    )
    reply = COMPOSER.compose(u)
    assert "joint session" in reply.staff_note and "per individual session" not in reply.body


def test_an_out_of_network_price_asked_is_given_in_the_out_of_network_answer(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm on Moda through work and I'm pretty sure you're not in network, so what would an out-of-network "
        "session run me?",
    )
    assert "each session ($165) is paid for at the time" in COMPOSER.compose(u).body


def test_someone_who_could_not_get_through_by_phone_is_not_told_to_call(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife passed away in August. I have finally agreed to send an email, since I can't seem to get through "
        "on the telephone. I do not do the computer video calls, so it would have to be in your office.",
    )
    body = COMPOSER.compose(u).body
    assert "call us at" not in body and "reply to this email" in body


def test_a_discharge_planners_medicaid_patient_gets_no_soonest_time_beside_the_plan_refused(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Discharge planning request. Adm 4/30 s/p intentional OD, medically cleared 5/1. Endorses ongoing passive "
        "SI, denies current plan/intent. Dx: MDD, recurrent, severe w/o psychotic features. Insurance: OHP. "
        "Pt needs first outpt appt within 7 days of d/c. Are you accepting new pts?",
    )
    reply = COMPOSER.compose(u)
    assert "soonest time" not in reply.body and "not one you take" in reply.staff_note
    assert "psychosis" not in reply.staff_note and Kind.BILLING not in u.request.kinds


def test_suicide_loss_and_combat_ptsd_are_asked_about_by_name(classifier: Classifier) -> None:
    loss = read(classifier, "I want a therapist with real experience with suicide loss specifically, not just grief.")
    assert "loss to suicide" in COMPOSER.compose(loss).staff_note
    combat = read(classifier, "Do you have anyone who works with combat-related PTSD? My husband is a veteran.")
    assert "combat trauma" in COMPOSER.compose(combat).staff_note


def test_our_son_is_the_one_to_be_seen_and_his_games_are_no_video_question(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Our son is 17. He's basically disappeared into video games and stopped seeing friends in person. "
        "He'd likely open up more with a man; is Sam available for teens?",
    )
    assert u.request.about_someone_else and Kind.MODALITY not in u.request.kinds
    assert "glad to see him" in COMPOSER.compose(u).body


def test_parents_who_disagree_about_their_toddler_are_not_answered_as_a_couple(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Our son is 3 and the tantrums have gotten intense. My husband and I are at the end of our rope and don't "
        "agree on how to handle it. Do you see kids that young? Is parent coaching something you offer?",
    )
    assert "Yes, we see couples" not in COMPOSER.compose(u).body


def test_moving_a_session_over_its_reminder_is_no_reply_to_an_offered_time(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, I need to move my 6/18 appointment, I have a work trip. Do you have anything Tuesday 6/16 or Wednesday "
        "6/17, after 3pm?\n\nOn Mon, Jun 8, 2026 Calm Harbor Therapy <hello@calmharbor.example> wrote:\n> Hi Fatima,"
        "\n> A reminder of your next session with Dana on Thursday, June 18 at 3:30pm (video).\n",
        subject="Re: Appointment reminder",
    )
    reply = COMPOSER.compose(u, client=True)
    assert "confirm it" not in reply.staff_note and "confirm your new time" in reply.body


def test_a_child_too_young_for_us_is_not_also_a_note_about_seeing_him(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Our son Mason is 9. Do you do ADHD evaluations? If testing isn't something you do, would one of your "
        "therapists be able to see him for the behavior side of things?",
    )
    reply = COMPOSER.compose(u)
    assert "aren't the right fit for a 9-year-old" in reply.body and "see him" not in reply.staff_note


def test_a_formal_letter_for_an_elderly_mother_is_answered_point_by_point(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Sir or Madam,\n\nI am writing on behalf of my mother, who is 81 years of age and lost my father in "
        "November. I should be grateful if you could tell me whether your practice sees clients of her age, and "
        "whether you accept Medicare. She no longer drives, so I would also like to know whether sessions can be "
        "conducted by telephone, as she is not comfortable with a computer.\n\nYours faithfully,\nHarold",
    )
    reply = COMPOSER.compose(u)
    assert "adults of every age" in reply.body and "sessions by phone" in reply.staff_note
    assert "50 minutes" not in reply.body and "\n\nDear Harold," in reply.body


def test_a_client_running_late_or_pushing_a_session_a_week_is_answered_as_a_client(classifier: Classifier) -> None:
    late = read(classifier, "Stuck behind a wreck on 84, going to be 10-15 min late for my 11. Still coming.")
    assert late.request.known.running_late
    push = read(classifier, "Hi Dana, can we push this one to the same time the following week? Work trip got moved.")
    assert Kind.RESCHEDULE in push.request.kinds


def test_a_run_on_question_gets_each_faq_answer_it_asks_for(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi how much is a session and how long are they and what do you actually do in the first one, ive never "
        "done therapy and im kind of nervous lol. i dont want to go thru insurance, would just pay myself",
    )
    body = COMPOSER.compose(u).body
    assert "$165" in body and "Sessions are 50 minutes" in body and "The first session is a conversation" in body


def test_a_co_parent_living_across_the_state_line_goes_to_staff_not_to_a_licence_refusal(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "My ex and I split last spring and we need help co-parenting. Would it be the couples rate? Also she lives "
        "in Vancouver WA, would she be able to do it by video from there?",
    )
    reply = COMPOSER.compose(u)
    assert "lives in Washington" in reply.staff_note and "can't see you in" not in reply.body


def test_a_risk_asked_about_in_the_third_person_is_the_writers_own(classifier: Classifier) -> None:
    u = read(
        classifier,
        "What happens if someone tells their therapist theyre thinking about killing themselves. do you have to "
        "call the police or put them in the hospital. asking because i have been, a lot, and i want to get help",
    )
    assert u.request.intent == Intent.CRISIS and not u.request.about_someone_else
    assert "on their behalf" not in COMPOSER.compose(u).body


def test_a_victim_who_asks_for_no_voicemail_hears_we_will_only_write(classifier: Classifier) -> None:
    u = read(
        classifier,
        "is it possible to have you not leave voicemails or send anything by mail. my boyfriend goes through my "
        "phone. last week he choked me and im scared to be at home.",
    )
    assert "only write to you at this email address" in COMPOSER.compose(u).body


def test_a_sibling_joining_by_video_from_another_state_is_no_plain_yes_to_video(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Do you do family sessions with adult siblings? One brother is in Seattle so he'd need to join by video.",
    )
    reply = COMPOSER.compose(u)
    assert "Yes, we offer sessions by secure video" not in reply.body and "Washington" in reply.staff_note


def test_a_judges_anger_management_order_is_court_ordered_work_we_refer_out(classifier: Classifier) -> None:
    u = read(
        classifier,
        "judge says i need 12 weeks of anger management and a letter saying i completed it by june. do you do that "
        "and how much. need it to be saturdays cause of work",
    )
    body = COMPOSER.compose(u).body
    assert "don't offer court-ordered" in body and "$165" not in body


def test_working_nights_is_no_wish_for_evenings(classifier: Classifier) -> None:
    u = read(classifier, "My husband works nights at the airport, so mornings would be best. Do you see couples?")
    assert "evening" not in next(q for q in u.request.questions if q.kind == Kind.TIME_OF_DAY).values


def test_a_session_moved_to_a_day_we_do_not_see_clients_says_so(classifier: Classifier) -> None:
    u = read(classifier, "hey, can we move this saturday's 10am to friday? any time friday works.")
    body = COMPOSER.compose(u, client=True).body
    assert "We don't see clients on Fridays" in body and "check whether 10am is free" not in body


def test_travelling_mon_to_sat_asks_only_for_sunday(classifier: Classifier) -> None:
    u = read(classifier, "Do you offer any Sunday sessions, even by video? I travel Mon-Sat for work.")
    assert [q.values for q in u.request.questions if q.kind == Kind.DAYS] == [("sunday",)]


def test_picking_the_second_of_the_times_listed_is_a_reply_to_an_offer(classifier: Classifier) -> None:
    u = read(
        classifier,
        "2nd option works great! also forgot to ask, do you take cigna?\n\nOn Wed, Jun 3, 2026 at 5:45 PM Calm Harbor "
        "Therapy <hello@calmharbor.example> wrote:\n> I'd be glad to set up a free 15-minute phone consultation. "
        "I have:\n>\n> - Monday, June 8 at 12:30 PM\n> - Tuesday, June 9 at 5:30 PM\n",
        subject="Re: Free consultation",
    )
    reply = COMPOSER.compose(u)
    assert u.request.known.offered_time and "free 15-minute phone consultation" not in reply.body


def test_a_time_after_we_close_asked_outright_is_no_yes_to_evenings(classifier: Classifier) -> None:
    u = read(
        classifier, "Is 8pm too late for you guys? I get off at 7:15 downtown. Tuesdays or Wednesdays. Depression."
    )
    reply = COMPOSER.compose(u)
    assert "can't offer a time at 8pm or later" in reply.body and "We do offer evening appointments" not in reply.body


def test_a_list_of_points_under_an_asking_line_is_answered_point_by_point(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Calm Harbor Therapy,\n\nI have been managing persistent anxiety. Before I schedule, I would appreciate "
        "clarification on a few administrative points:\n- the length of a standard session;\n- whether your fee may "
        "be paid with an FSA card;\n- your cancellation policy, as my schedule changes at short notice.\n\nThank you,"
        "\nCatherine",
    )
    body = COMPOSER.compose(u).body
    assert "Sessions are 50 minutes" in body and "24 hours' notice" in body and "FSA" in body


def test_can_i_get_superbills_going_forward_is_answered_not_promised_to_be_sent(classifier: Classifier) -> None:
    u = read(classifier, "I'm a current client of Sam. If I switch to paying myself, can I get superbills?")
    body = COMPOSER.compose(u, client=True).body
    assert "I'll send you the superbill" not in body and "superbill" in body


def test_a_disputed_late_fee_gets_no_price_list(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I was charged the $165 late cancellation fee for my session on Thursday, but I emailed to cancel on Tuesday, "
        "well over 24 hours ahead. Could you please look into this and reverse the charge?",
    )
    assert "per individual session" not in COMPOSER.compose(u, client=True).body


def test_in_particular_is_no_private_pay(classifier: Classifier) -> None:
    u = read(classifier, "My mom in particular has been very low. They have Medicare. Do you see older adults?")
    assert "self_pay" not in u.request.known.payment
    assert "Medicare" in COMPOSER.compose(u).body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Is payment by personal cheque acceptable? I'd like to start therapy.", "we can't take checks"),
        ("Hey, quick q, can I pay with Venmo or cash? Looking for a therapist.", "we can't take cash or Venmo"),
    ],
)
def test_a_way_to_pay_we_do_not_take_is_answered_from_the_practices_list(
    classifier: Classifier, text: str, said: str
) -> None:
    body = COMPOSER.compose(read(classifier, text)).body
    assert "We accept payment by credit or debit card and HSA/FSA card" in body and said in body
    assert body.count("We accept payment by") == 1


def test_a_clients_trip_out_of_state_is_a_pause_not_a_move(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hey Sam, work is sending me to Boise for two weeks starting the 15th. Can I still do my Thursday sessions "
        "by video from the hotel?",
    )
    reply = COMPOSER.compose(u, client=True)
    assert "pick up again as soon as you're back" in reply.body and "moving to" not in reply.staff_note


def test_a_town_in_oregon_is_where_the_licence_runs(classifier: Classifier) -> None:
    u = read(classifier, "Hi - I live in Bend. Could all of my sessions be over video? I'd like help with anxiety.")
    body = COMPOSER.compose(u).body
    assert "licensed in Oregon, so we can work with you there" in body and "can't" not in body


def test_a_couple_on_medicare_hears_no_individual_self_pay_price(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife June and I have been married 48 years and we seem to be getting on each other's nerves. We are both "
        "on Medicare. Does Medicare pay for couples counseling, and do you accept it?",
    )
    body = COMPOSER.compose(u).body
    assert "$195" in body and "$165" not in body and "$90" not in body


def test_a_new_persons_if_not_then_a_superbill_is_no_client_request(classifier: Classifier) -> None:
    u = read(
        classifier,
        "military spouse here, we just moved to Portland. I'm assuming you don't take Tricare, but if that's the case "
        "could you give me a superbill so I can try to get something back?",
    )
    assert u.request.intent == Intent.NEW_INQUIRY
    assert "I'll send you the superbill" not in COMPOSER.compose(u).body


def test_a_bus_that_died_is_no_loss(classifier: Classifier) -> None:
    u = read(
        classifier, "the 14 bus just died on the bridge and I'm going to be 20 min late for my 5pm. video instead?"
    )
    assert u.request.situation is None


def test_someone_who_asks_to_be_emailed_is_offered_no_phone_consultation(classifier: Classifier) -> None:
    u = read(classifier, "I have pretty bad social anxiety. Do you work with that? Please email rather than call.")
    assert "phone consultation" not in COMPOSER.compose(u).body
    dinner = read(classifier, "Our family cannot get through a single dinner. Do you do family therapy?")
    assert not dinner.request.known.phone_failed


def test_a_lost_pregnancy_is_a_loss_and_not_marriage_counselling_is_no_couples_pitch(classifier: Classifier) -> None:
    loss = read(classifier, "We lost a pregnancy at 11 weeks last month. Do you have experience with pregnancy loss?")
    assert "I'm so sorry for" in COMPOSER.compose(loss).body
    family = read(
        classifier,
        "My stepdaughter and I clash constantly and my husband is stuck in the middle. Do you do family therapy? "
        "We're not looking for marriage counseling.",
    )
    assert "Yes, we see couples" not in COMPOSER.compose(family).body


def test_saturday_afternoon_is_no_yes_when_saturdays_end_at_one(classifier: Classifier) -> None:
    late = read(classifier, "Do you have anything Saturday afternoon? Around 2 or 3? I'd like help with anxiety.")
    body = COMPOSER.compose(late).body
    assert "Yes, we see clients on Saturdays" not in body and "On Saturdays we're open 9am to 1pm" in body
    either = read(classifier, "I can only do Saturdays or evenings after 6. Do you work with burnout?")
    assert "Yes, we see clients on Saturdays" in COMPOSER.compose(either).body


def test_the_hours_string_gives_each_days_hours() -> None:
    from triage.core.practice_facts import hours_by_day

    hours = hours_by_day(PRACTICE)
    assert hours["saturday"] == (9, 13) and hours["monday"] == (9, 19) and "friday" not in hours


def test_a_session_that_cant_be_made_moved_a_week_is_a_move_not_a_cancellation(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, work trip got moved up so I won't be able to make Thursday at 6. Could we do the same time the "
        "following week instead?",
    )
    assert Kind.CANCEL not in u.request.kinds
    assert "same time is free the following week" in COMPOSER.compose(u, client=True).body


def test_an_eap_coordinators_billing_instructions_are_no_client_bill(classifier: Classifier) -> None:
    u = read(
        classifier,
        "NorthStar EAP is seeking a provider for an employee of one of our client companies. Could you let me know "
        "whether you accept EAP referrals? If you are able to accept, I will send the authorization form and our "
        "provider billing instructions.",
    )
    assert Kind.BILLING not in u.request.kinds


def test_a_day_named_before_it_is_ruled_out_is_not_checked(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hola Dana, el lunes no voy a poder ir porque tengo turno doble. ¿Me puede dar otra cita el jueves o el "
        "viernes de esa misma semana?",
    )
    assert "monday" in u.request.known.days_ruled_out
    assert "lunes o el jueves" not in COMPOSER.compose(u, client=True).body


def test_going_every_other_week_is_not_taken_for_feeling_better(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana, her hospital rotation changes, so could we move to every other week from December?")
    body = COMPOSER.compose(u, client=True).body
    assert "every other week" in body and "feeling better" not in body


def test_someone_who_moved_here_from_another_state_is_not_refused_for_it(classifier: Classifier) -> None:
    u = read(classifier, "Hi! I just moved here from Miami for grad school, do you take UnitedHealthcare? Sofía")
    body = COMPOSER.compose(u).body
    assert "licensed in Oregon only" not in body


def test_a_day_away_in_another_state_is_a_move_of_that_session_not_a_move_away(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello Dana. Next week I cannot come on Wednesday because my visa interview is in Seattle that day. "
        "Can you give me another day? Monday or Tuesday morning is good. Oksana",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "Washington" not in body and "licensed in Oregon only" not in body


def test_a_dad_holding_a_twin_on_each_arm_is_congratulated_on_both(classifier: Classifier) -> None:
    u = read(classifier, "Writing with a twin on each arm. Our boys were born Oct 3. Do you see dads for postpartum?")
    body = COMPOSER.compose(u).body
    assert "new baby" not in body


def test_a_sign_off_in_polish_or_a_fax_line_is_no_name(classifier: Classifier) -> None:
    u = read(classifier, "Could you send me the receipt for October?\n\nDzięki,\nTomek", sender="t.w@fastmail.com")
    assert u.extraction.first_name == "Tomek"
    u = read(classifier, "Pls confirm you take Regence.\n\nThx,\nKendra\nReferral Coordinator\nFax 503-555-0171")
    assert u.extraction.first_name == "Kendra"


def test_a_colleagues_question_about_attendance_letters_is_no_records_request(classifier: Classifier) -> None:
    u = read(
        classifier,
        "We represent Mr. Ferris in a custody matter. Does Mr. Okafor provide court-ordered co-parenting "
        "counseling, and is he able to issue attendance letters?\n\nBrianna Holt\nParalegal, Carter & Voss Family Law",
        sender="Carter & Voss Family Law <intake@cartervoss.com>",
    )
    assert "your records" not in COMPOSER.compose(u).body


def test_the_day_of_the_session_being_moved_is_not_offered_back(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, could we move Monday's session to Wednesday evening? My mom flies in Monday afternoon and I'm the "
        "only one who can pick her up. Bea",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "Wednesday" in body and "Monday or" not in body


def test_the_same_session_held_by_video_is_a_switch_not_a_move(classifier: Classifier) -> None:
    u = read(
        classifier, "The roads are ice. Could we do Wednesday over video instead of in the office? Same time. Gabe"
    )
    body = COMPOSER.compose(u, client=True).body
    assert "by secure video instead" in body and "new time" not in body


def test_a_note_for_a_manager_is_a_letter_for_the_therapist_not_records(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, my manager wants a note confirming I have a standing appointment on Wednesdays. Could you write "
        "something short?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "letter" in body and "your records" not in body


def test_any_day_but_wednesday_hears_every_other_day_we_offer_saturday_too(classifier: Classifier) -> None:
    u = read(classifier, "Are you taking new clients? Any day but Wednesday works for me. Deb")
    body = COMPOSER.compose(u).body
    assert "Saturdays" in body and "Friday" not in body


def test_kaiser_named_with_if_you_arent_in_network_is_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Do you have anything Saturday mornings? I have Kaiser through work, but I'm happy to pay out of pocket if "
        "you aren't in network. Steph",
    )
    assert "in network with Kaiser" in COMPOSER.compose(u).body


def test_getting_in_before_christmas_is_how_soon(classifier: Classifier) -> None:
    u = read(classifier, "Do you work with chronic illness? And is there any chance I could get in before Christmas?")
    assert Kind.URGENCY in u.request.kinds


def test_a_client_moving_to_couples_sessions_hears_who_and_the_couples_fee(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, Darnell agreed to come with me. Can we switch some of my sessions to couples sessions with Sam? "
        "And what's the couples rate?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "$195" in body


def test_a_spanish_move_from_tuesday_to_thursday_checks_thursday_only(classifier: Classifier) -> None:
    u = read(classifier, "Hola Dana, ¿podemos cambiar mi cita del martes para el jueves? El martes no puedo. Lupe")
    body = COMPOSER.compose(u, client=True).body
    assert "jueves" in body and "martes o" not in body


def test_someone_who_booked_the_consultation_is_thanked_not_sent_to_book(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I just booked the free phone consultation for Thursday through your website. Some background ahead of "
        "time: I'm 52, retired from the Army, and sleep is bad. I have Aetna. Wendell",
    )
    body = COMPOSER.compose(u).body
    assert "Thank you for booking" in body and PRACTICE.booking_link not in body and "Thursdays" not in body


def test_superbills_each_month_asked_of_us_are_answered_not_promised(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I have a UnitedHealthcare PPO with out-of-network benefits. Would you be able to provide a superbill each "
        "month for me to submit? Gregory",
    )
    assert "I'll send you the superbill" not in COMPOSER.compose(u).body


def test_a_late_cancel_for_a_sick_child_with_a_waiver_asked_hears_no_policy_lecture(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, my youngest woke up with strep, so I need to cancel tomorrow's 10am. I know this is less than 24 "
        "hours. Is there any way you could waive the fee this one time?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "As a reminder" not in body


def test_a_weekend_asked_for_hears_no_we_dont_see_clients_on_sundays(classifier: Classifier) -> None:
    u = read(classifier, "Are you taking new clients? Weekends are best for me.")
    body = COMPOSER.compose(u).body
    assert "Saturdays" in body and "Sunday" not in body


def test_if_fridays_are_impossible_rules_no_friday_out(classifier: Classifier) -> None:
    u = read(classifier, "Could we move our sessions to Fridays? If Fridays are impossible, I could manage a Saturday.")
    assert "friday" not in u.request.known.days_ruled_out


def test_do_we_still_have_our_session_asks_staff_to_confirm_it(classifier: Classifier) -> None:
    u = read(classifier, "Happy new year Dana! Do we still have our session this Saturday the 2nd? Rahul")
    reply = COMPOSER.compose(u, client=True)
    assert reply.staff_note and "Sunday" not in reply.body


def test_a_client_away_for_a_funeral_is_away_not_moving(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana, my dad died on the 26th. I'm flying to Columbus tomorrow for the funeral and will probably be there two "
        "weeks. Can you please cancel my Tuesday sessions? Could we still meet by video while I'm in Ohio? Laura",
    )
    assert "moving to Ohio" not in COMPOSER.compose(u, client=True).body


def test_a_client_with_new_insurance_asking_to_use_it_hears_whether_we_take_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana! Starting Jan 1 I finally have insurance: Kaiser, through the new job. Can I start using it for our "
        "sessions instead of paying out of pocket? Isaac",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "in network with Kaiser" in body and "pay for sessions yourself" not in body


def test_a_client_sending_a_new_card_and_asking_about_the_network_is_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Heads up that my insurance changed on January 1st: we're now on Cigna. I've attached photos of the new card. "
        "Are you in network with Cigna? I want to know before my session on the 7th.",
    )
    assert "We aren't in network with Cigna" in COMPOSER.compose(u, client=True).body


def test_a_prescriber_referring_for_therapy_is_not_told_we_dont_do_medication(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm a psychiatric nurse practitioner managing medication for a 27-year-old man with bipolar II. He would "
        "benefit from weekly therapy alongside medication management. Do you have evening availability?\n\n"
        "Marisa Quinn, PMHNP-BC",
    )
    assert "don't offer medication" not in COMPOSER.compose(u).body


def test_a_therapist_relocating_who_refers_a_client_staying_here_is_not_refused(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, I'm a therapist in SE Portland relocating to Boise at the end of January, so I'm transferring my "
        "caseload. One of my clients is ready for EMDR. Are you taking new clients?\n\nCorinne Abbott, LCSW",
    )
    assert "Idaho" not in COMPOSER.compose(u).body


def test_someone_not_much_good_with_computers_is_asked_to_call_not_to_book_online(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Sir or Madam, I am 71 and on Medicare. I am not much good with computers, so I would much prefer to come "
        "to your office in person. Is there somewhere to park?\n\nWalter Ames",
    )
    body = COMPOSER.compose(u).body
    assert "call us at" in body and PRACTICE.booking_link not in body


def test_tomorrows_session_on_video_is_a_switch_with_no_booking_paragraph(classifier: Classifier) -> None:
    u = read(classifier, "Dana, the roads are a skating rink. Can tomorrow's 9am be on video instead? Carl")
    body = COMPOSER.compose(u, client=True).body
    assert "by secure video instead" in body and PRACTICE.booking_link not in body


def test_weekdays_basically_impossible_leaves_saturday(classifier: Classifier) -> None:
    u = read(classifier, "I work 7 to 6 and weekdays are basically impossible for me. Anything on Saturday mornings?")
    body = COMPOSER.compose(u).body
    assert "Saturdays" in body and "Mondays" not in body


def test_a_client_asking_for_more_sessions_on_the_day_that_works_best_is_offered_a_time(classifier: Classifier) -> None:
    u = read(classifier, "Hey Dana, I'd like to go back to weekly if you have room. Thursdays still work best. Noor")
    body = COMPOSER.compose(u, client=True).body
    assert "I've noted it" not in body


def test_japanese_asked_for_with_english_fine_hears_no_and_is_still_invited_to_book(classifier: Classifier) -> None:
    u = read(classifier, "Hello. Do you have a therapist who speaks Japanese? If not, English is fine. I have Aetna.")
    body = COMPOSER.compose(u).body
    assert "Japanese" in body and PRACTICE.booking_link in body


@pytest.mark.parametrize(
    "text",
    [
        "Hello, are you open the day after Thanksgiving? I'd love to start soon.",
        "Will you be open over Christmas week?",
    ],
)
def test_a_holiday_hours_question_goes_to_staff_since_the_facts_hold_no_holidays(
    classifier: Classifier, text: str
) -> None:
    u = read(classifier, text + "\nMaya")
    # a lone "Will you be open over Christmas week?" may come from a client as well: either way staff answer it
    assert u.request.intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST)
    reply = COMPOSER.compose(u)
    assert reply.needs_staff and reply.body.startswith('[For staff: they ask: "') and "Hello," not in reply.body[:60]


def test_a_client_asking_for_evenings_hears_about_evenings_not_a_list_of_weekdays(classifier: Classifier) -> None:
    u = read(classifier, "Hi, do you have any evening appointments? I work 9 to 5 on weekdays. Thanks, Maya")
    assert Kind.DAYS not in u.request.kinds and Kind.TIME_OF_DAY in u.request.kinds


def test_a_client_sending_a_new_insurance_card_hears_the_file_is_updated_and_the_network_answer(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "hi! new year new insurance. my job switched us from aetna to regence as of jan 1. attaching a pic of the "
        "front and back of the card. you guys take regence right? want to make sure before thursday\nkristen",
    )
    body = COMPOSER.compose(u).body
    assert "I'll update your file" in body and "in network with Regence" in body


def test_someone_who_never_heard_back_gets_an_apology_not_thanks_for_getting_back(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hey, filled out the form on your site the day after christmas and never heard back. still interested in "
        "getting started if you have room. whats the next step?\n\nmike",
    )
    assert u.request.intent == Intent.NEW_INQUIRY
    body = COMPOSER.compose(u).body
    assert "sorry this reply has taken longer" in body and "getting back to me" not in body


def test_weekly_instead_of_every_other_week_is_more_often(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\nI got the biopsy results back Monday. I think I need to come weekly instead of every other week "
        "for a while. Do you have a Thursday evening slot I could add?\nLaura",
    )
    body = COMPOSER.compose(u).body
    assert "every other week" not in body and "weekly" in body


def test_the_time_a_client_has_is_not_offered_back_on_the_new_day(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello Dana,\nIt's dark by 5 and I don't like driving at night anymore. Could I move my Thursday 5:30 "
        "appointments to Saturday mornings in November?\nArthur",
    )
    assert "5:30" not in COMPOSER.compose(u).body


def test_a_trip_tomorrow_does_not_make_a_session_next_week_a_late_cancellation(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Dana,\nMy father passed away on December 30. I fly tomorrow for the funeral, so I must cancel my "
        "appointment on Wednesday January 13 and also the one on the 20th.\nSamira",
    )
    assert not u.request.known.session_soon
    body = COMPOSER.compose(u).body
    assert "cancel your sessions" in body and "hope things get better" not in body


def test_a_rate_someone_would_like_to_know_is_answered(classifier: Classifier) -> None:
    u = read(classifier, "Are you taking new clients? I'm self-pay, so I'd like to know your rate.\nNate")
    assert Kind.FEES in u.request.kinds


def test_support_early_rather_than_late_asks_for_no_morning(classifier: Classifier) -> None:
    u = read(classifier, "I know it's smarter to get support early rather than late. Are you taking new clients?")
    assert Kind.TIME_OF_DAY not in u.request.kinds


def test_a_service_named_only_to_say_it_is_not_wanted_is_not_refused(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Good morning,\nI'm a family mediator. I'd like to refer a divorced couple for co-parenting counseling. "
        "This is voluntary, not court-ordered.\nDo you offer co-parenting sessions, and what is the fee?\n"
        "Hollis Brandt",
    )
    body = COMPOSER.compose(u).body
    assert "court-ordered" not in body and "co-parenting counseling costs" in body


def test_a_therapist_who_moved_away_does_not_move_the_client(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm looking for a new therapist because mine moved to Seattle and is no longer licensed here. I have "
        "Regence through my job. Do you have Thursday evenings?\nHeidi",
    )
    body = COMPOSER.compose(u).body
    assert "Washington" not in body and "Thursdays" in body


def test_a_parent_writing_about_a_son_at_college_hears_where_he_can_be_seen(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello,\nOur son Eli (19) is a sophomore at UC Davis. He's willing to talk to someone from home.\nIs it "
        "possible for him to do video sessions with one of your therapists while he is in California?\n\nThanks for "
        "any guidance,\nGreg Halvorsen\nLake Oswego",
        sender="Greg Halvorsen <ghalvorsen@comcast.net>",
    )
    reply = COMPOSER.compose(u)
    assert reply.body.startswith("Hi Greg,")
    assert "while he's in California" in reply.body and not reply.needs_staff


def test_an_assistant_forwarding_for_her_manager_is_answered_to_him_as_asked(classifier: Classifier) -> None:
    text = (
        "Hi,\n\nForwarding on behalf of Jonathan Pike, our managing partner. He asked that you reply to him\n"
        "directly at jpike@pikeco.example rather than through me.\n\nBest,\nAisha Grant\n\n"
        "---------- Forwarded message ---------\nFrom: Jonathan Pike <jpike@pikeco.example>\n"
        "Date: Wed, Oct 21, 2026 at 7:02 AM\nSubject: therapist inquiry\nTo: Aisha Grant <agrant@pikeco.example>\n\n"
        "Aisha - can you find out if Calm Harbor does sessions before 8am, or on weekends? I'd pay out of pocket. "
        "Also want to make sure it's discreet - nothing would ever get shared with the firm,\nright?\n\nJ"
    )
    u = read(classifier, text, sender="Aisha Grant <agrant@pikeco.example>", subject="Fwd: therapist inquiry")
    assert u.extraction.contact_email == "jpike@pikeco.example"
    body = COMPOSER.compose(u).body
    assert body.startswith("Hi Jonathan,") and "confidential" in body


def test_a_wife_forwarding_her_husbands_questions_hears_about_him(classifier: Classifier) -> None:
    text = (
        "Hello - my husband asked me to send this along. He's not much for email, so please reply to me.\n\n"
        "Carol Haskins\n\n---------- Forwarded message ---------\nFrom: Dale Haskins <dhaskins@gmail.com>\n"
        "Date: Tue, Oct 20, 2026 at 8:41 PM\nSubject: can you send this\nTo: Carol Haskins <carolh@gmail.com>\n\n"
        "Carol,\n\nAsk them these for me:\n- do they take Tricare\n- I'd want a man, not trying to offend anybody\n\nD"
    )
    u = read(classifier, text, sender="Carol Haskins <carolh@gmail.com>")
    assert "Since he'd prefer to work with a man" in COMPOSER.compose(u).body


def test_a_widower_wintering_in_idaho_hears_condolence_video_and_where_sessions_can_be(classifier: Classifier) -> None:
    text = (
        "Good morning.\n\nMy name is Walt. My wife Joanne passed in April after a long illness and my doctor says I "
        "ought to talk to a grief counselor.\n\nI have a few questions.\n1. Can this be done over the computer?\n"
        "2. I spend a good part of the winter at my daughter's place in Boise, Idaho. Could I keep talking\n"
        "   to the counselor from there?\n3. Is grief something you do, or do I need somebody else?\n\nWalt"
    )
    reply = COMPOSER.compose(read(classifier, text))
    assert "sorry for the loss of your wife" in reply.body and "while you're in Idaho" in reply.body
    assert not reply.needs_staff


def test_a_client_telling_of_a_divorce_hears_more_than_noted(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nJust wanted you to know before Thursday: the divorce was finalized today. I thought I'd feel "
        "relieved but mostly I feel numb. I'll see you Thursday.\n\nMarcy",
    )
    body = COMPOSER.compose(u).body
    assert "I've noted it" not in body and "Thank you for telling me" in body


def test_a_daughter_asking_to_take_her_late_mother_off_the_list_gets_condolence_and_confirmation(
    classifier: Classifier,
) -> None:
    from triage.core.facts import facts_of

    u = read(
        classifier,
        "Hello,\n\nIn early December I wrote asking about sessions for my mother, Dorothy. I'm sorry to say she "
        "passed away on December 30th. Please take her off your list. Thank you for your kindness.\n\nCarol Whitman",
    )
    assert facts_of(u).confirm_cancel
    body = COMPOSER.compose(u).body
    assert "sorry for your loss" in body and "take her off our list" in body


def test_a_colleague_asking_for_a_paid_case_consultation_gets_no_client_draft(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI'm wondering if you'd be open to a paid consultation (or a trade) on an EMDR case. Would an "
        "hour sometime in the next two weeks work? I'm free Wednesday afternoons. Your usual consult rate is fine."
        "\n\nRachel Goldfarb, LCSW",
    )
    assert u.request.intent == Intent.NOT_INQUIRY


def test_an_eap_authorization_asking_us_not_to_contact_the_member_gets_no_booking_link_or_couples_pitch(
    classifier: Classifier,
) -> None:
    text = (
        "Calm Harbor Therapy,\n\nThis is a request to accept an Employee Assistance Program referral.\n\n"
        "Member: R. Alvarado\nAge/Sex: 45 M\nPresenting concern: work stress, marital conflict\n"
        "Sessions authorized: 5\n\nPlease confirm (1) that you are a contracted Magellan EAP provider and (2) your "
        "first available appointment. Please do not contact the member until you confirm acceptance.\n\n"
        "Lauren Pike\nCare Coordinator, Magellan EAP"
    )
    u = read(classifier, text, sender="Lauren <lpike@magellan.example>", subject="EAP Referral - Authorization")
    body = COMPOSER.compose(u).body
    assert "couples" not in body and "book directly" not in body


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Hi, I'm thinking about booking a consultation but first I need to know: is there parking close to the "
            "office?\nKim",
            "parking",
        ),
        ("My son is 9 and very anxious. Do you see kids his age?\nKim", "therapist for my 9 year old?"),
        (
            "I need medication and therapy. Do you prescribe? If not, can you do therapy and coordinate with a "
            "prescriber?\nKim",
            "Medication + therapy?",
        ),
    ],
)
def test_a_question_the_draft_answers_gets_no_staff_note_besides(
    classifier: Classifier, text: str, subject: str
) -> None:
    assert not COMPOSER.compose(read(classifier, text, subject=subject)).needs_staff


def test_a_client_moving_to_every_other_week_hears_it_noted_without_a_note_for_staff(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI got laid off Dec 18 (merry christmas to me), and my insurance ends Jan 31. I really don't "
        "want to stop our sessions. Do you still have a sliding scale? Could we also go to every other week for now?"
        "\n\nTamsin",
    )
    reply = COMPOSER.compose(u)
    assert "every other week" in reply.body and not reply.needs_staff


def test_a_reply_turning_down_the_offered_hour_gets_another_time_and_the_consultation_is_by_phone(
    classifier: Classifier,
) -> None:
    text = (
        "Hi Dana, thanks for getting back to me. Thursday works, but 4pm is tough with my commute. Is 5:30 possible? "
        "And the consultation is by phone, right, not video?\n\nThanks,\nTomás\n\n"
        "On Mon, Jan 4, 2027 at 11:20 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n> Hi Tomás,\n>\n"
        "> I'd be glad to set up a free 15-minute phone\n> consultation. Would Thursday, January 7 at 4pm work "
        "for you?\n"
    )
    u = read(classifier, text, subject="Re: consultation")
    reply = COMPOSER.compose(u)
    assert "can't make the time you offered" in reply.staff_note
    assert "the consultation is by phone" in reply.body and "book is online" not in reply.body


def test_a_reduced_rate_asked_by_a_client_pausing_is_the_sliding_scale_not_the_full_fee(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nMy deductible reset and I just can't swing full price every week. Could we cancel my standing "
        "Monday sessions for January and February? I'd like to come back in March.\n\nAlso, is there any "
        "reduced-rate option in the meantime, even once a month?\n\nLauren",
    )
    body = COMPOSER.compose(u).body
    assert "sliding scale" in body and "$165 per individual session" not in body and "good to hear from you" not in body


def test_a_client_sick_with_flu_asking_if_charged_gets_no_policy_lecture_and_staff_decide(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI have the flu since Saturday (fever 102). I must cancel tomorrow 9am. I know it is less than "
        "24 hours. Will I be charged the fee? Sorry!!\n\nVictor",
    )
    reply = COMPOSER.compose(u)
    assert "late-cancel fee" in reply.staff_note and "are charged" not in reply.body and "$165" not in reply.body


def test_a_husband_cancelling_for_his_sick_wife_and_asking_to_spare_the_fee_gets_both(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nI'm writing for my wife Anne, who sees Dana at 1pm today. She came down with the flu last night, so "
        "she can't make it. She asked me to ask if you could please not charge the late fee since it's so "
        "last-minute. She'll call to reschedule when she's feeling better.\n\nDoug",
    )
    assert {Kind.CANCEL, Kind.FEE_WAIVER} <= u.request.kinds
    body = COMPOSER.compose(u).body
    assert "she feels better soon. I'll cancel the session" in body and "late-cancellation charge" in body


def test_a_move_asked_for_a_child_keeps_the_days_offered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Good morning,\n\nJaden has his usual Saturday 10am on Oct 31, which is Halloween. Could we move him to "
        "another day that week? Tuesday or Thursday after 3:30 would work.\n\nRochelle (Jaden's mom)",
    )
    assert "Tuesday or Thursday" in COMPOSER.compose(u).body


def test_someone_asking_for_the_free_consultation_hears_times_will_come_not_the_booking_page(
    classifier: Classifier,
) -> None:
    u = read(classifier, "Thanks! Then I'd like to book the free consultation. I'm free Mondays or Wednesdays after 4.")
    body = COMPOSER.compose(u).body
    assert "a few times for a free 15-minute phone consultation" in body and "book is online" not in body
    assert "we see clients on Mondays" not in body


def test_a_referrer_asking_us_to_contact_the_patient_directly_gets_no_booking_link(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, referring a 31F, 6 wk postpartum, anxiety. Ins: BCBS Regence. Pt prefers video. Pls contact pt "
        "directly: (503) 555-0127.\n\nKelsey Moore, CNM",
    )
    reply = COMPOSER.compose(u)
    assert "call the client" in reply.staff_note and "book directly" not in reply.body
    assert "member services number" not in reply.body


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "My ex-wife and I both agreed to try co-parenting counseling. Is that something you offer? We'd each pay "
            "half. Can you split the billing between us?\n\nStephen",
            "split the billing",
        ),
        (
            "my lawyer said i need to do counseling before my hearing. does your office do court ordered anger "
            "management and can you send proof of attendance to the court? how much is it\n\ndustin",
            None,
        ),
    ],
)
def test_a_new_person_asking_what_only_an_account_could_answer_is_never_told_we_will_look_into_it(
    classifier: Classifier, text: str, note: str | None
) -> None:
    reply = COMPOSER.compose(read(classifier, text))
    assert "your account" not in reply.body and "your records" not in reply.body
    assert note is None or note in reply.staff_note


def test_a_client_whose_plan_changed_hears_of_the_new_plan_only_once_and_no_superbill_is_promised(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nMy wife's employer changed plans, so as of January 1 I'm on UnitedHealthcare (new card attached) "
        "instead of Kaiser.\n\nAre you in network with United? If not, what does that mean for me: would I pay the "
        "full $165 and get a superbill? I'd like to keep seeing you either way.\n\nAndre",
    )
    body = COMPOSER.compose(u).body
    assert body.count("update") == 1 and "Kaiser" not in body and "I'll send that" not in body
    assert "We aren't in network with UnitedHealthcare" in body


def test_a_client_moving_to_medicare_is_not_told_to_find_another_therapist(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI'm officially on Medicare as of January 1. Do you take Medicare? I really hope I don't have to "
        "start over with someone new. My Medicare card and my supplement card are attached.\n\nSee you Monday,\nLinda",
    )
    reply = COMPOSER.compose(u)
    assert "keep seeing you" in reply.staff_note and "therapists nearby" not in reply.body


def test_a_couple_asking_for_a_woman_is_not_offered_a_therapist_who_sees_no_couples(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\nMy wife and I want couples counseling to work on how we communicate. Is Sam the only couples "
        "therapist? No offense to Sam, but we'd honestly feel more comfortable with a woman.\nJoanna",
    )
    body = COMPOSER.compose(u).body
    assert (
        "Dana Reyes would be glad" not in body
        and "I would be glad" not in body
        and "don't have a woman who sees couples" in body
    )


def test_a_switch_to_video_with_a_cancel_only_if_it_fails_moves_nothing_and_cancels_nothing(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\nThe roads are a sheet of ice. I'm not comfortable driving in for my 9am tomorrow. Can we switch it "
        "to video instead? And if that doesn't work and I have to cancel, will I be charged?\nTrevor",
    )
    body = COMPOSER.compose(u).body
    assert "I'll cancel" not in body and "by secure video instead" in body


def test_where_an_employer_is_based_is_not_where_the_client_lives(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I have Blue Cross through Premera (my employer is based in Seattle, I live in SE Portland). Are you in "
        "network? I can only do weeknights after work.\nMin-seo",
    )
    assert "Washington" not in COMPOSER.compose(u).body


def test_a_client_telling_of_a_pregnancy_loss_before_her_session_gets_no_intake_pitch(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana,\n\nI wanted you to know before Tuesday so I don't have to say it out loud first thing: we lost the "
        "pregnancy last week. I'm physically okay. I don't know if I'll be able to talk about it yet, but I'll be "
        "there.\n\nRachel",
    )
    body = COMPOSER.compose(u).body
    assert "sorry for your loss" in body and "book" not in body and "good fit" not in body


def test_a_booked_consultation_to_cancel_it_gets_a_confirmation(classifier: Classifier) -> None:
    from triage.core.absence import confirms_cancelled

    text = (
        "Hi,\nI booked a free phone consultation for Monday through your website, but I've decided to go with a "
        "therapist whose office is right by my work. Please cancel it so someone else can have the spot.\nElena"
    )
    assert confirms_cancelled(text, withdrawing=True)
    assert "I'll cancel your consultation" in COMPOSER.compose(read(classifier, text)).body


def test_a_signature_after_slainte_is_the_name() -> None:
    from triage.core.names import first_name
    from triage.core.parse import parse

    from .test_reading import mail

    inquiry = parse(mail("could I move my 3pm Wednesday to the morning instead?\n\nSláinte,\nColm"))
    assert first_name(inquiry) == "Colm"  # type: ignore[arg-type]


def test_a_trip_abroad_is_said_as_outside_oregon_never_as_other_state(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana!\nMy sister's wedding is in Lisbon on the 26th and I'm staying three weeks after to travel. Is it "
        "possible to keep our Monday sessions going by video while I'm there?\nBethany",
    )
    body = COMPOSER.compose(u).body
    assert "Other State" not in body and "outside Oregon" in body


def test_a_form_field_with_a_slash_in_its_label_is_read() -> None:
    from triage.core.forms import parse_fields

    fields = parse_fields("Service interested in: Couples therapy\nPreferred days/times: Tues or Thurs evenings\n")
    assert fields.get("days") == "Tues or Thurs evenings"


def test_a_long_letter_about_family_asks_only_what_it_asks(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I used to see a therapist in Beaverton (Carol, she was lovely, she retired and moved to Arizona). My son "
        "Jake graduates from Grant on Saturday. My brother lives in Atlanta so that falls on me. Our new cards say "
        "UnitedHealthcare Choice Plus. Do you have anything on Thursday evenings? And are you in network with United?"
        "\n\nColleen",
    )
    reply = COMPOSER.compose(u)
    assert "Arizona" not in reply.body and "Georgia" not in reply.body + reply.staff_note
    assert "Saturdays" not in reply.body.split("Our hours")[0] and "UnitedHealthcare" in reply.body


def test_a_phone_that_died_is_no_death_in_the_family(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm really sorry about missing our 11am yesterday. The power went out and my phone was at 2% and died "
        "before the reminder came through. Is there any way the late-cancel fee could be waived this time?",
    )
    assert "sorry for your loss" not in COMPOSER.compose(u).body


def test_three_dates_cancelled_with_a_date_to_pick_back_up_is_a_pause(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\nMaya leaves for camp on June 27 and will be gone three weeks. Can we cancel July 1, 8 and 15 and "
        "pick back up on July 22?\nLisa",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "take you off the schedule" in body and "book your next session" not in body


def test_a_spanish_mother_writing_for_her_daughter_hears_su_hija_not_a_loved_one(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Buenos días,\nMi hija tiene 15 años. Desde que su papá y yo nos separamos en enero, ella está muy triste. "
        "¿Atienden a adolescentes? ¿Cuánto cuesta la sesión?\nClaudia",
    )
    assert "su hija esté pasando" in COMPOSER.compose(u).body


def test_summer_groups_for_teens_hear_we_run_no_groups_and_where_groups_are(classifier: Classifier) -> None:
    u = read(classifier, "Do you run any summer groups for teens? My daughter (15) does better with peers.\nDawn")
    assert "don't offer group therapy" in COMPOSER.compose(u).body


def test_a_va_community_care_question_is_not_met_with_our_insurance_list(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana,\nReferring a 34M veteran w/ PTSD. He'd be paying through VA Community Care. Are you EMDR-trained with "
        "openings, and are you an in-network VA Community Care provider?\nFelix Amundsen, MD",
    )
    reply = COMPOSER.compose(u)
    assert "We're in network with Aetna" not in reply.body and "VA" in reply.staff_note
    assert "trauma and PTSD and EMDR" not in reply.body


@pytest.mark.parametrize(
    "text",
    ["Hi what are your rates for 45 vs 60 min sessions? Thanks", "What's your rate for a 75 minute couples session?"],
)
def test_a_price_asked_for_a_session_length_hears_how_long_sessions_are(classifier: Classifier, text: str) -> None:
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Sessions are 50 minutes" in body


def test_shifts_that_change_last_minute_ask_nothing_of_session_length(classifier: Classifier) -> None:
    u = read(classifier, "What's the cancellation policy? My shifts change last minute sometimes.")
    assert "Sessions are 50 minutes" not in COMPOSER.compose(u).body
