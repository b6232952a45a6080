"""From three hands written after the last session (the Monday after Thanksgiving, late June, back to school): what
each reply must get right that it did not at first sight."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Intent, Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_forwarded_benefits_summary_from_a_no_reply_address_is_answered_to_the_forwarder(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi - I have UnitedHealthcare through work (summary forwarded below). Can you provide a superbill each "
        "month?\n\n---------- Forwarded message ---------\nFrom: UnitedHealthcare <no-reply@uhc.example>\n"
        "Subject: Your benefits summary\n\nYour out-of-network mental health benefits...",
        sender="Ben Adeyemi <ben.adeyemi@gmail.com>",
        subject="Fwd: Your benefits summary",
    )
    assert u.extraction.contact_email == "ben.adeyemi@gmail.com"
    assert COMPOSER.compose(u).body.startswith("Hi Ben,")


def test_pls_disregard_my_consult_request_is_a_withdrawal(classifier: Classifier) -> None:
    text = "pls disregard my consult request from wednesday, got it sorted w someone closer to work. thx!"
    u = read(classifier, text)
    assert u.request.intent == Intent.WITHDRAWAL


def test_a_client_leaving_for_college_in_seattle_hears_we_see_people_only_in_oregon(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nSo, the big move is happening -- I leave for UW in Seattle on September 18th! I'd really like to "
        "keep working with you. Could we keep doing sessions by video once I'm up there?\n\nSophie",
    )
    body = COMPOSER.compose(u).body
    assert "licensed in Oregon only" in body
    assert "we can hold your session by secure video" not in body


def test_parents_who_would_speak_spanish_with_the_therapist_are_not_a_couple(classifier: Classifier) -> None:
    u = read(
        classifier,
        "mi hijo Diego tiene 14 años. Desde que murió su abuelo está muy callado. Diego habla inglés perfecto pero mi "
        "esposa y yo preferimos hablar en español con el terapeuta. ¿Tienen a alguien que hable español?",
    )
    assert Kind.COUPLES not in u.request.kinds


def test_a_client_asking_whether_to_send_the_new_insurance_card_hears_yes_not_thanks(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, my insurance changes on September 1st from Kaiser to Regence. Are you in network with Regence too? "
        "And is there anything you need from me, like a copy of the new card? I'll have it next week.",
    )
    body = COMPOSER.compose(u).body
    assert "please send a photo of the front and back of the new card" in body
    assert "Thank you for sending" not in body


def test_barely_eating_beside_low_mood_after_a_stroke_is_no_eating_disorder(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My mother is 68. She had a mild stroke in June and has been really low since, not eating much, not "
        "interested in her garden. She uses a walker, so is your office accessible (stairs? elevator?) and where "
        "people park. Could you let me know if this is something you could help with?",
    )
    body = COMPOSER.compose(u).body
    assert "eating disorder" not in body
    assert "parking" in body
    assert "For staff" not in body
    assert "sorry to hear she's going through" in body


def test_the_weekday_of_the_moved_session_asked_for_again_on_another_date_is_checked(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, Casey and I need to move our Saturday session on Dec 5. Could we do Saturday the 12th instead, same "
        "time? If the 12th doesn't work, Wednesday the 9th in the evening would also be fine.",
    )
    assert "check what's open on Saturday" in COMPOSER.compose(u).body


def test_my_sessions_are_thursdays_is_the_day_moved_from(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, my sessions are Thursdays, which means Dec 24 and Dec 31 this year. I'd rather move them, maybe to "
        "the Tuesday or Wednesday before each?",
    )
    assert "Tuesday or Wednesday and" in COMPOSER.compose(u).body


def test_cambiar_a_un_martes_moves_the_session(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hola Dana, este sábado no voy a poder ir a mi cita de las 10. ¿Se puede cambiar a un martes en la tarde, "
        "después de las 5?",
    )
    assert Kind.RESCHEDULE in u.request.kinds


def test_a_client_asking_to_hold_her_usual_spot_while_away_is_not_sent_to_rebook(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, we'll be in Maine from July 3 to July 28, so I'll need to skip my July sessions (the 8th, 15th and "
        "22nd). Can you hold my usual 5pm Thursday spot for me while I'm gone?",
    )
    body = COMPOSER.compose(u).body
    assert "holding your usual time" in body or "whether I can hold your usual time" in body
    assert "book" not in body


def test_a_pediatricians_11_yo_asked_of_this_age_hears_our_ages_and_where_children_are_seen(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi -- pediatrician here. Looking to refer an 11 yo M with separation anxiety. Family has Regence. Do you see "
        "pts this age? If not, any recs for child therapists?",
    )
    body = COMPOSER.compose(u).body
    assert "aren't the right fit for an 11-year-old" in body
    assert "Rose City" in body
    assert "For staff" not in body


def test_a_girl_turning_13_soon_is_welcome_once_she_turns_13(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My daughter Bella is 12 but turns 13 on October 9th. Could she get on your list now and start once she "
        "turns 13?",
    )
    body = COMPOSER.compose(u).body
    assert "glad to see her once she turns 13" in body
    assert "Rose City" not in body


def test_notes_to_staff_are_not_written_for_what_the_draft_already_answers(classifier: Classifier) -> None:
    cases = [
        "My daughter is 14 and has had a rough year. Do you work with girls her age? We have Aetna.",
        "I'm moving to Seattle in August. Could we keep doing video once I'm there, or would I have to find someone "
        "new in Washington?",
        "I've been seeing Dana for a year and I'm ready to stop. Our session next Tuesday can be the last one. Can we "
        "make that our last one and cancel the rest of my standing appointments?",
        "I start my first real job on July 6 (yay?) and my anxiety is up. Do you take Kaiser?",
        "I think I have an adjustment disorder since my divorce. Do you treat that? I have Aetna.",
        "I need therapy for anxiety. Is there a psychiatrist on staff?",
    ]
    for text in cases:
        assert "For staff" not in COMPOSER.compose(read(classifier, text)).body, text


def test_a_client_taking_the_seattle_job_hears_we_see_people_only_in_oregon(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, so it's official: I got the Seattle job and I'm moving July 30. Could we keep meeting through July "
        "as usual, and could I do my last couple of sessions by video once I'm up there in August?",
    )
    assert "licensed in Oregon only" in COMPOSER.compose(u).body


def test_a_teen_at_camp_in_washington_for_three_weeks_is_away_a_while_not_moving(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, Ryan will be at sleepaway camp on Orcas Island from July 5 to July 23. Could he do his sessions by "
        "video from camp? I know that's Washington, not sure if that matters.",
    )
    body = COMPOSER.compose(u).body
    assert "away in Washington for a while" in body
    assert "licensed in Oregon only" in body


def test_a_client_who_does_not_want_to_stop_therapy_asks_as_a_client(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana -- I got laid off last Friday. I really don't want to stop therapy right now of all times, but $165 "
        "a week isn't going to work on unemployment. Do you have any kind of sliding scale?",
    )
    assert u.request.intent == Intent.CLIENT_REQUEST
    assert "good fit" not in COMPOSER.compose(u).body


def test_a_mother_writing_for_her_son_caleb_15_hears_of_him(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Two weeks ago my son Caleb (15) posted something on Snapchat. We took him to the ER that night; he was not "
        "at risk. We have Regence. Would one of your therapists be a good fit for a 15-year-old boy? He says he'd "
        "prefer a man.",
    )
    body = COMPOSER.compose(u).body
    assert "Since he'd prefer to work with a man, Sam Okafor would be glad to see him." in body
    assert "evening" not in body


def test_someone_who_cannot_make_the_consultation_offered_is_not_sent_to_move_a_session(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nThanks for getting back to me so fast. Unfortunately Thursday at 6 won't work after all. Is there "
        "any chance of a Monday evening instead?\n\nSean\n\nOn Tue, Dana Reyes wrote:\n> I can offer you a free "
        "phone consultation on Thursday at 6pm. Does that work?",
        subject="Re: Consultation",
    )
    assert "move your session" not in COMPOSER.compose(u).body


def test_someone_who_only_needs_an_esa_letter_hears_we_dont_write_them(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi so my new apartment doesn't allow dogs and my friend said a therapist can write an ESA letter. i really "
        "just need the letter, could i do one session for that? how much would it be? thanks\n\nkaylee",
    )
    body = COMPOSER.compose(u).body
    assert "we don't offer emotional support animal letters" in body
    assert "For staff" not in body


def test_a_couple_paying_themselves_hears_the_couples_fee_only(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My fiancée Maria and I are getting married in October. Will our Regence plan cover couples sessions, or is "
        "that usually out of pocket?",
    )
    body = COMPOSER.compose(u).body
    assert "$195" in body
    assert "$165" not in body


def test_a_father_forwarding_his_ex_wifes_agreement_is_answered_himself(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nMy ex-wife and I share our kids 50/50 and we both agreed to try co-parenting counseling. Her email "
        "agreeing is below. Do you have Saturday times?\n\n---------- Forwarded message ---------\nFrom: Sara Lind "
        "<sara.lind@example.org>\nSubject: Re: counseling\n\nFine. I'll go. But not a Friday.",
        sender="Greg Halvorsen <ghalvorsen@outlook.com>",
        subject="Fwd: co-parenting counseling",
    )
    assert u.extraction.contact_email == "ghalvorsen@outlook.com"
    assert "\nHi Greg," in COMPOSER.compose(u).body


def test_someone_who_can_try_in_english_hears_they_are_welcome_in_english(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Is there therapist who speak Russian? If not, I can try in English, I understand more than I speak. How much "
        "cost one session?\n\nOlga",
    )
    assert "we'd be very glad to see you in English" in COMPOSER.compose(u).body


def test_using_the_fsa_card_to_pay_the_balance_hears_the_balance_not_a_card_update(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, I have some FSA money left that expires 12/31. Can I use my FSA card to pay off my current balance and "
        "then prepay for my December sessions? What's my balance right now?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "send you the total you owe" in body
    assert "update the card on file" not in body


def test_switching_tomorrows_session_to_video_moves_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, the road up to our place is a sheet of ice. Could we switch my Tuesday 10am to video instead of in "
        "person?",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "secure video" in body
    assert "move your session" not in body


def test_a_patient_discharging_monday_asks_for_no_monday(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm a discharge planner at St. Vincent. We have a 68-year-old patient discharging Monday after an MI; no "
        "safety concerns. Do you accept Medicare? Is your office accessible?",
    )
    assert Kind.DAYS not in u.request.kinds


def test_a_couple_asking_whether_their_plan_covers_couples_hears_no_promise_of_billing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife and I both have Aetna through her job. Does Aetna cover couples counseling with you, or is that "
        "something we'd pay for ourselves?",
    )
    body = COMPOSER.compose(u).body
    assert "we bill them directly" not in body
    assert "plans differ on couples sessions" in body


def test_eft_and_neurodiversity_affirming_therapy_go_to_staff_by_name(classifier: Classifier) -> None:
    eft = read(classifier, "Is your couples therapist trained in EFT? We'd like to start soon.")
    assert "Emotionally Focused Therapy (EFT)" in COMPOSER.compose(eft).body
    nd = read(classifier, "Are your therapists neurodivergent-affirming? I'm an autistic adult with anxiety.")
    assert "neurodiversity-affirming therapy" in COMPOSER.compose(nd).body


def test_a_mother_writing_from_her_husbands_email_is_greeted_herself(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nNoah has finals the next two weeks, so could we move his Thursday 4pm sessions on Dec 3 and Dec "
        "10 to the Mondays before? Same time if possible.\n\nSusan (Noah's mom, writing from my husband's email)",
        sender="Robert Baines <rbaines@example.com>",
    )
    body = COMPOSER.compose(u, client=True).body
    assert "Hi Susan," in body
    assert "Monday or Thursday" not in body


def test_sunday_asked_of_itself_beside_the_weekend_hears_we_dont_see_clients_then(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I work four 10s Monday-Thursday so my only free days are Friday and the weekend. Do you have anything "
        "Fridays or Sundays?",
    )
    assert "We don't currently see clients on Fridays or Sundays." in COMPOSER.compose(u).body


def test_a_layoff_told_in_passing_gets_a_word_of_sympathy(classifier: Classifier) -> None:
    for text in (
        "Bad news on my end - I was part of the Brightline layoff, so my Regence coverage ends this month. Do you take "
        "Oregon Health Plan?",
        "do u take oregon health plan?? lost my job insurance last month. need someone asap",
    ):
        assert "I'm sorry to hear about your job." in COMPOSER.compose(read(classifier, text)).body, text


def test_can_one_of_your_therapists_write_one_asks_about_the_esa_letter_named_before(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hey - my new apartment requires an ESA letter for my dog by May 1st or I have to pay pet rent. Can one of "
        "your therapists write one? How many sessions would I need first?",
    )
    body = COMPOSER.compose(u).body
    assert "we don't offer emotional support animal letters" in body
    assert "For staff" not in body


def test_saturdays_hours_in_spanish_are_said_as_the_glossary_says_them(classifier: Classifier) -> None:
    u = read(classifier, "Hola, ¿atienden los sábados? Tengo Aetna.")
    assert "Sí, atendemos los sábados, de 9 a. m. a 1 p. m.\n" in COMPOSER.compose(u).body
