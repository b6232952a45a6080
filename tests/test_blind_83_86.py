"""From the hands written this session (sets 83 to 86): what each reply must get right that it did not at first
sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import find_crisis
from triage.core.request import Intent

from .test_reading import draft, understand


def test_a_probation_officer_reporting_a_threat_to_an_ex_who_has_a_restraining_order_is_a_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "I supervise a man (40) on probation who must attend counseling. At our check-in he told me his former "
        'partner "is going to pay" for the protective order, and that he knows where she works. I have informed '
        "the police. Do you accept court-mandated clients? He has OHP.\n\nGreg Tillman\nProbation Officer"
    )
    assert find_crisis(text) is not None
    assert understand(classifier, text).request.intent == Intent.CRISIS
    body = draft(classifier, text, sender="Greg Tillman <gtillman@county.example>")
    assert "call 911" in body and "the person he has threatened" in body


def test_paying_for_sessions_is_no_threat() -> None:
    text = "My dad is going to pay for my sessions, he knows where your office is. Do you have Tuesday evenings?"
    assert find_crisis(text) is None


def test_a_child_too_young_is_not_told_we_would_still_see_her_for_therapy(classifier: Classifier) -> None:
    text = (
        "Our son Ezra is 8 and his teacher thinks he may have ADHD. Do you do ADHD testing? If not, could you see "
        "him for therapy in the meantime?\n\nLeah"
    )
    body = draft(classifier, text)
    assert "aren't the right fit for an 8-year-old" in body and "still be glad to see" not in body


def test_a_boy_adopted_at_four_who_is_now_thirteen_is_seen(classifier: Classifier) -> None:
    text = (
        "We adopted our daughter when she was 3; she's now 14. Some early trauma is coming up for her. Do you see "
        "kids who've been through early trauma?\n\nMarta"
    )
    body = draft(classifier, text)
    assert "right fit for a younger child" not in body and "from age 13 up" in body


def test_the_hours_of_swim_practice_are_not_an_hour_asked_for(classifier: Classifier) -> None:
    text = (
        "I coach a 15-year-old diver with bad nerves before meets. Morning practices are 5-7am so after 4pm or "
        "Saturdays after 11 works best. Does anyone there work with performance anxiety?\n\nTroy"
    )
    body = draft(classifier, text)
    assert "can't offer 7am" not in body and "no afternoon or evening times" not in body


def test_saturday_afternoon_still_hears_that_saturdays_end_at_one(classifier: Classifier) -> None:
    body = draft(classifier, "Do you have anything Saturday afternoon? We're on Aetna.\n\nKim")
    assert "no afternoon or evening times that day" in body


def test_a_charge_for_a_visit_said_to_be_free_is_not_called_a_late_cancellation(classifier: Classifier) -> None:
    text = (
        "When I called, I was told the first visit was free. Now there's a $165 charge on my card after my "
        "daughter's first session. Please explain and refund it.\n\nNora"
    )
    body = draft(classifier, text)
    assert "late-cancellation" not in body and "no-show" not in body


def test_a_client_who_cancels_everything_after_giving_his_things_away_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "Hi Dana, please cancel all my remaining sessions. I gave most of my things to my brother this week and "
        "the rest went to a thrift store. Everything is in order now. Thank you for everything.\n\nPaul"
    )
    assert find_crisis(text) is not None
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_spanish_mother_whose_son_no_longer_wants_to_live_hears_that_his_safety_comes_first(
    classifier: Classifier,
) -> None:
    text = (
        "Necesito ayuda. Mi hija de 16 años me dijo que ya no quiere vivir y que ya pensó cómo hacerlo. "
        "¿Pueden verla hoy?\n\nLucía"
    )
    hit = find_crisis(text)
    assert hit is not None and hit.about_another
    assert "La seguridad de su hija" in draft(classifier, text)


def test_a_father_in_laws_stroke_is_not_called_her_fathers(classifier: Classifier) -> None:
    text = (
        "My father-in-law had a stroke in June and moved in with us. I'm his main caregiver and I'm worn out. Do "
        "you see caregivers for stress? We have Aetna.\n\nPriya"
    )
    assert "your father's" not in draft(classifier, text)


def test_a_card_that_wont_be_here_till_next_week_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I could just die of embarrassment, my card was declined twice. The new one won't be here till Friday. "
        "Can I pay the balance with my HSA card instead?\n\nJune"
    )
    assert find_crisis(text) is None
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_do_you_treat_this_after_a_named_eating_disorder_hears_the_referral(classifier: Classifier) -> None:
    text = (
        "Our 16-year-old was just diagnosed with bulimia. Her doctor says she needs a specialist right away. "
        "Do you treat this? We have Aetna.\n\nGwen"
    )
    body = draft(classifier, text)
    assert "we don't offer eating disorder treatment" in body


def test_a_woman_thrown_against_a_wall_hears_the_domestic_violence_hotline(classifier: Classifier) -> None:
    text = (
        "My husband threw me into the door last night. I'm scared to go back to the house after work and I don't "
        "know where to go. I'm on your list for an intake.\n\nDee"
    )
    assert "1-800-799-7233" in draft(classifier, text)


def test_a_client_left_in_the_waiting_room_hears_sorry_first(classifier: Classifier) -> None:
    text = (
        "I waited in the lobby for half an hour on Monday for my 2:00 and no one came out. Nobody called either. "
        "I'd like to know what happened, and I don't expect to pay for that session.\n\nIrene"
    )
    body = draft(classifier, text, sender="Irene Volk <irene@example.com>")
    assert "I'm so sorry about this" in body and "Thank you for flagging this" not in body


def test_a_client_frustrated_with_herself_is_not_apologised_to(classifier: Classifier) -> None:
    body = draft(classifier, "I'm so frustrated with myself, I forgot my session again. Can I move it to Thursday?")
    assert "I'm so sorry about this" not in body


def test_a_parent_about_her_fifteen_year_old_cutting_hears_that_the_risk_is_her_daughters() -> None:
    hit = find_crisis("I found out tonight my 15 yr old has been cutting her arms. she won't talk to me.")
    assert hit is not None and hit.about_another


def test_a_name_typed_in_lower_case_in_a_form_is_greeted_capitalised(classifier: Classifier) -> None:
    raw = (
        "New submission from Contact form\n\nName: marisol\nEmail: marisol.arce@example.com\n"
        "Message: looking for therapy for anxiety, evenings if possible\n"
    )
    body = draft(classifier, raw, sender="Calm Harbor Website <no-reply@calmharbor.example>")
    assert body.startswith("Hi Marisol,")


def test_a_client_cancelling_weeks_ahead_hears_there_is_no_fee(classifier: Classifier) -> None:
    text = (
        "Hi, I'll be travelling July 6-24. Can you cancel my sessions for those weeks? And no charge since it's "
        "so far ahead, right?\n\nOmar"
    )
    body = draft(classifier, text, sender="Omar Haddad <omar@example.com>")
    assert "Our fee is $165 per individual session" not in body and "there's no charge" in body


def test_moving_my_weekly_to_saturdays_is_a_client_moving_a_session(classifier: Classifier) -> None:
    text = "any saturday openings in june? would like to switch my weekly to saturday mornings"
    u = understand(classifier, text)
    assert u.request.intent == Intent.CLIENT_REQUEST
    assert "accepting new clients" not in draft(classifier, text, sender="Pavel Novak <pavel@example.com>")


def test_a_client_ready_to_wrap_up_hears_her_last_session_confirmed_and_no_booking_link(
    classifier: Classifier,
) -> None:
    text = (
        "Hi Dana, I've been thinking about this for a few weeks and I think I'm ready to wrap up. Could we make my "
        "session on the 20th our last one? And would it be okay to come back someday if I need to?\n\nThanks, Ines"
    )
    body = draft(classifier, text, sender="Ines Ortega <ines@example.com>")
    assert "the 20th the last one" in body and "welcome back" in body
    assert "book another session" not in body and "For staff" not in body and "for now" not in body


def test_a_client_who_moved_hears_her_address_will_be_updated(classifier: Classifier) -> None:
    text = (
        "Hi! We moved. New address for billing:\n\n2210 NE Alberta St\nPortland, OR 97211\n\nSee you Tuesday.\n\nRuth"
    )
    body = draft(classifier, text, sender="Ruth Ames <ruth@example.com>")
    assert "update your address on file" in body and "look into your account" not in body


def test_an_autistic_son_already_diagnosed_is_not_referred_for_an_evaluation(classifier: Classifier) -> None:
    text = (
        "My daughter is 19 and autistic (she was diagnosed at 5, so no evaluation needed, we don't need an "
        "evaluation). She has a lot of social anxiety. Does anyone there work with autistic adults?\n\nKay"
    )
    assert "Portland Assessment Center" not in draft(classifier, text)


def test_a_client_asking_whether_the_therapist_is_running_late_is_not_told_we_expect_her(
    classifier: Classifier,
) -> None:
    text = "I'm in the video room for my 4pm and it says waiting for host. Is Sam running late or is the link wrong?"
    body = draft(classifier, text, sender="Tess Lund <tess@example.com>")
    assert "on your way" not in body and "For staff" in body


def test_a_thank_you_after_the_last_session_is_not_answered_as_a_cancellation(classifier: Classifier) -> None:
    text = (
        "Sam, today was my last session and I couldn't say it all in the room. Thank you for your patience and for "
        "never rushing me. I'll always be grateful.\n\nNoel"
    )
    assert "upcoming sessions" not in draft(classifier, text, sender="Noel Park <noel@example.com>")


def test_a_client_moving_away_who_asks_for_records_is_not_told_we_cancel_as_asked(classifier: Classifier) -> None:
    text = "I'm moving to Denver and starting with a new therapist there. How do I get my records sent to her?"
    body = draft(classifier, text, sender="Yusuf Demir <yusuf@example.com>")
    assert "as you asked" not in body and "records" in body


def test_mail_meant_for_the_dentist_gets_no_therapy_pitch(classifier: Classifier) -> None:
    text = "Hi! Confirming my teeth cleaning Friday at 10 with Dr. Osei. Do you still take Delta Dental?\n\nMia"
    assert understand(classifier, text).request.intent == Intent.NOT_INQUIRY


def test_a_person_whose_dentist_noticed_the_anxiety_is_still_answered(classifier: Classifier) -> None:
    text = "My dentist says I grind my teeth from anxiety and suggested therapy. Do you take Moda?\n\nLeo"
    assert understand(classifier, text).request.intent == Intent.NEW_INQUIRY


def test_a_nurse_on_ten_hour_shifts_monday_to_thursday_is_not_offered_those_days(classifier: Classifier) -> None:
    text = (
        "I work three 12-hour shifts Tuesday through Thursday, so my only free days are Friday and Sunday. Any "
        "appointments then?\n\nAnnika"
    )
    u = understand(classifier, text)
    assert set(u.request.known.days_ruled_out) >= {"tuesday", "wednesday", "thursday"}
    body = draft(classifier, text)
    assert "Yes, we see clients on" not in body and "Saturdays" in body


def test_a_question_about_the_bus_goes_to_staff(classifier: Classifier) -> None:
    text = "I'm looking for counseling for depression. I don't drive. Is there a bus that stops near you?\n\nTerry"
    assert "bus that stops near you" in draft(classifier, text).split("\n")[0]


def test_a_work_letter_asked_of_two_sentences_on_goes_to_staff(classifier: Classifier) -> None:
    text = (
        "Hi Dana, HR is asking for a letter from my provider saying I'm in treatment so I can keep Tuesday "
        "mornings free. It doesn't need details. Is that something you can write?\n\nPat"
    )
    body = draft(classifier, text, sender="Pat Lee <pat@example.com>")
    assert "letter" in body.split("Warm regards")[0]  # the letter is answered (or put to staff), never ignored


def test_a_therapist_networks_weekly_digest_of_referrals_wanted_gets_no_reply(classifier: Classifier) -> None:
    text = (
        "METRO COUNSELORS NETWORK - WEEKLY DIGEST\n\nREFERRALS WANTED\n- Adult seeking EMDR, evenings, Moda\n"
        "- Couple seeking Spanish-speaking therapist, Saturdays\n"
    )
    assert understand(classifier, text).request.intent == Intent.NOT_INQUIRY


def test_a_laid_off_client_asking_for_a_reduced_rate_is_offered_it_before_anything_is_cancelled(
    classifier: Classifier,
) -> None:
    text = (
        "Hi Sam, I lost my job last week, so I think I have to cancel my remaining sessions. Is there a reduced rate "
        "I could qualify for? If so I'd rather keep coming, or should I just stop for now?\n\nRyan"
    )
    body = draft(classifier, text, sender="Ryan Cole <ryan@example.com>")
    assert "sliding scale down to $90" in body and "hold off on cancelling" in body
    assert "as you asked" not in body and "For staff" not in body


# The second read of this change (a helper, ad2acece..d764cfce) showed each of these in a draft; mended, each a test.


def test_saying_goodbye_with_a_time_word_is_still_a_crisis() -> None:
    for text in (
        "Dana, just so you know, I won't be here next month. It's better this way for everyone. No need to reply.",
        "Hi Dana, I won't be here tomorrow for my session. I wrote letters for my kids. I'm tired.",
    ):
        assert find_crisis(text) is not None, text


def test_a_writer_who_gives_her_own_age_or_her_babys_is_the_one_at_risk() -> None:
    for text in (
        "Hi, I'm 16 years old and have been cutting again, it's getting worse.",
        "Postpartum with a 1 year old and having suicidal thoughts most days now.",
        "hi im 19 y/o and been thinking about suicide a lot lately.",
    ):
        hit = find_crisis(text)
        assert hit is not None and not hit.about_another, text


def test_a_sisters_ex_who_knows_where_she_lives_does_not_make_her_the_one_who_threatened(
    classifier: Classifier,
) -> None:
    text = (
        "My sister told me last night she wants to kill herself. She's staying with me now because her ex knows "
        "where she lives and keeps showing up. Can someone see her this week? She has Aetna.\n\nJo"
    )
    body = draft(classifier, text)
    assert "the person she has threatened" not in body and "put away medications" in body


def test_a_dad_who_pays_the_copays_and_knows_where_she_goes_after_school_is_no_threat() -> None:
    text = (
        "Her dad is going to pay the copays and he knows where she goes after school, so he can drive her to "
        "sessions. Do you have Tuesday afternoons?"
    )
    assert find_crisis(text) is None


def test_giving_things_away_before_a_move_is_no_crisis() -> None:
    text = (
        "Hi Dana, I gave most of my things to my brother and sister since I'm moving to Denver next month for the "
        "new job! Please cancel my sessions after the 20th. Thank you for everything!"
    )
    assert find_crisis(text) is None


def test_a_spanish_son_who_does_not_want_to_wake_up_for_school_is_no_crisis() -> None:
    for text in (
        "Hola, mi hijo de 14 años no quiere despertar para ir a la escuela y está muy ansioso.",
        "Hola, mi hija ya no quiere seguir aquí en esta escuela y tiene mucha ansiedad.",
        "Hola Dana, mi esposo quiere cambiar su cita; ya pensó cómo hacerlo con su trabajo.",
    ):
        assert find_crisis(text) is None, text


def test_ten_hours_notice_is_not_confirmed_as_free(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I need to cancel my session this Thursday, sorry. No fee since I'm letting you know 10 hours "
        "before, right?"
    )
    body = draft(classifier, text, sender="Omar Haddad <omar@example.com>")
    assert "That's right" not in body


def test_saturday_at_nine_in_the_evening_is_past_saturdays_hours(classifier: Classifier) -> None:
    body = draft(classifier, "Hi, any openings Saturday at 9 in the evening? Evenings are all I can do. We have Aetna.")
    assert "no afternoon or evening times that day" in body


def test_asking_whether_the_office_moved_does_not_update_their_address(classifier: Classifier) -> None:
    text = (
        "Hi, my statement still shows a balance of $80 that I think I paid. Is the office at a new address? The "
        "statement had a different suite number.\n\nRuth"
    )
    assert "update your address" not in draft(classifier, text, sender="Ruth Ames <ruth@example.com>")


def test_holding_off_on_this_for_a_few_months_is_a_pause(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I need to take a break from therapy. Work is crazy, so I'd like to hold off on this for a few "
        "months and pick back up in the fall. Can you cancel my upcoming sessions?\n\nInes"
    )
    body = draft(classifier, text, sender="Ines Ortega <ines@example.com>")
    assert "all the work you've put in" not in body


def test_another_diagnosis_does_not_drop_the_autism_evaluation_referral(classifier: Classifier) -> None:
    text = (
        "Hi, my son is 14. He was diagnosed with ADHD at 8, and now his school thinks he may be autistic. Do you do "
        "autism evaluations? We have Aetna.\n\nKim"
    )
    assert "we don't offer autism evaluations" in draft(classifier, text)


def test_switching_a_regular_gym_class_makes_no_one_a_client(classifier: Classifier) -> None:
    text = (
        "Hi, I'm new to therapy and looking for someone for anxiety. I'd have to switch my regular gym class, but "
        "Thursday evenings could work. Are you taking new clients?\n\nNina"
    )
    assert understand(classifier, text).request.intent == Intent.NEW_INQUIRY


def test_clients_who_are_not_upset_with_us_get_no_apology(classifier: Classifier) -> None:
    for text in (
        "Hi Dana, nobody told me therapy would make such a difference, I'm doing so much better! Can I move to every "
        "other week starting in May?",
        "Hi Dana, I'm really frustrated with how work is going, my boss moved all our meetings to Tuesdays. Could we "
        "move my Tuesday 4pm to Wednesday?",
        "Hi Dana, I'm so upset, my dad passed away last night. I need to cancel Thursday.",
    ):
        assert "I'm so sorry about this" not in draft(classifier, text, sender="Irene Volk <irene@example.com>"), text


def test_a_suicidal_person_afraid_of_the_pills_at_home_is_not_given_the_domestic_violence_line(
    classifier: Classifier,
) -> None:
    text = (
        "I don't want to be alive anymore. I'm scared to go home tonight because I know what I'll do with the "
        "pills there. Please can someone call me."
    )
    assert "799-7233" not in draft(classifier, text)


def test_a_doctors_referral_with_passive_suicidal_ideation_spelled_out_and_a_firearm_is_a_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "I'm referring a patient, Mr. Hale (61), for therapy after his wife's death. Today he endorsed passive "
        "suicidal ideation and has a handgun at home; he denied current intent or plan. Do you take Aetna?\n\n"
        "Dr. R. Iyer"
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_spanish_widow_who_can_only_come_on_saturdays_hears_yes_saturdays(classifier: Classifier) -> None:
    text = "Hola, busco terapia para mí. Entre semana no puedo por el trabajo, ¿atienden los sábados? Gracias.\n\nRosa"
    body = draft(classifier, text)
    assert "quizás no tengamos" not in body and "sábados" in body


def test_a_husband_who_works_until_five_monday_to_saturday_is_offered_evenings_not_told_no(
    classifier: Classifier,
) -> None:
    text = (
        "hola, es para mi esposo, el trabaja de lunes a sabado hasta las 5 asi que solo podria en la tarde-noche. "
        "cuanto cobran? no tenemos seguro\n\nLupe"
    )
    assert "quizás no tengamos" not in draft(classifier, text)


def test_switching_to_video_instead_of_cancelling_cancels_nothing(classifier: Classifier) -> None:
    text = (
        "Good morning Sam, I woke up with a fever and don't want to bring it into the office. Could we switch "
        "today's 2pm to video instead of cancelling? If I'm too foggy I'll have to cancel.\n\nSunita"
    )
    assert "I'll cancel" not in draft(classifier, text, sender="Sunita Rao <sunita@example.com>")


def test_aetna_better_health_is_a_medicaid_plan_not_aetna(classifier: Classifier) -> None:
    text = "Hi, my card says Aetna Better Health of Oregon. Do you take it? I'm looking for help with anxiety.\n\nAda"
    body = draft(classifier, text)
    assert "in network with Aetna" not in body and "Medicaid" in body


def test_a_wife_who_would_herself_prefer_a_woman_hears_you(classifier: Classifier) -> None:
    text = (
        "Hi! My husband is active duty and we have Tricare. I'd also really prefer a female therapist if you have "
        "one. Looking for help with anxiety.\n\nKelly"
    )
    body = draft(classifier, text)
    assert "Since they'd prefer" not in body


def test_a_wife_who_would_prefer_her_husband_sees_a_man_is_not_told_she_prefers_it(classifier: Classifier) -> None:
    text = (
        "My husband needs help with his drinking. I'd prefer he sees a man, he won't open up to a woman. Do you take "
        "Aetna?\n\nCarla"
    )
    assert "Since you'd prefer" not in draft(classifier, text)
