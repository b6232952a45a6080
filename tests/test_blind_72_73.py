"""From the hands written this session (sets 72 and 73) and the gaps the last notes named: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Intent, Kind

from .test_reading import COMPOSER, draft, understand


def test_the_therapist_who_signs_the_draft_speaks_of_herself_as_i(classifier: Classifier) -> None:
    body = draft(classifier, "Do you have anyone who does sessions in Spanish? My mom would prefer it.")
    assert "I offer sessions in Spanish" in body and "Dana Reyes offers" not in body
    woman = draft(classifier, "Do you have a female therapist? I'd feel more comfortable. Thanks, Priya")
    assert "I would be glad to see you" in woman and "Dana Reyes would" not in woman


def test_a_spanish_reply_signed_by_dana_never_names_her_in_the_third_person(classifier: Classifier) -> None:
    body = draft(classifier, "Hola, busco terapia para la ansiedad. ¿Cuánto cuesta la sesión?\n\nGracias,\nHéctor")
    assert "Con gusto puedo atenderle en español" in body and "Dana Reyes atiende" not in body


def test_a_crisis_reply_keeps_to_the_cell_they_asked_to_be_called_on(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I don't know how much longer I can do this. I've been thinking about ending my life. Please don't send "
        "anything to the house, my husband reads the mail. Call me on my cell, 503-555-0199.\n\nMaria",
    )
    assert "We'll reach you on your cell, as you asked" in body
    assert "We will only write to you at this email address" not in body


def test_a_spanish_crisis_about_a_brother_with_a_gun_who_threatens_his_ex_speaks_of_him(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Estoy muy preocupada por mi hermano. Dice que va a matar a su ex esposa y ayer me enseñó una pistola que "
        "compró. No sé qué hacer.",
    )
    assert "La seguridad de todos" in body and "no intente quitársela usted" in body
    assert "Si cree que su hermano podría cumplir su amenaza" in body


def test_a_spanish_writer_who_fears_hurting_her_husband_hears_to_keep_her_distance(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Necesito ayuda. He pensado en hacerle daño a mi esposo, y no confío en mí misma con él. Tengo miedo.",
    )
    assert "manténgase a distancia de esa persona" in body and "988" in body


def test_a_client_moving_across_the_river_hears_we_can_see_her_until_she_moves(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Sam,\n\nI'm moving across the river to Vancouver WA at the end of the month. Can I keep seeing you over "
        "telehealth after I move, or does the state line thing mean I'd have to find someone in Washington?\n\nJordan",
    )
    assert "we can see you while you live in Oregon" in body and "can't see you in Washington" not in body


def test_crying_usually_in_the_afternoon_asks_for_no_afternoon_hours(classifier: Classifier) -> None:
    text = (
        "I had my baby in March. I cry every day, usually in the afternoon. Do you have someone for postpartum "
        "depression? And is telehealth an option?\n\nKayla"
    )
    assert "time_of_day" not in {str(q.kind) for q in understand(classifier, text).request.questions}
    assert "Our hours are" not in draft(classifier, text)
    free = understand(classifier, "I'm usually free in the afternoon. Do you see people then?")
    assert "time_of_day" in {str(q.kind) for q in free.request.questions}


def test_giving_away_guitars_writing_letters_and_rehoming_the_cat_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "Hi, I'd like to book an appointment sometime next month, no rush.\n\nSome background I guess: I've been "
        "sorting out my affairs lately. I gave my guitars to my students, wrote letters to a couple of people, made "
        "sure my cat has somewhere to go. I feel weirdly calm about it all. Anyway, any Tuesday works."
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_client_taking_back_last_sessions_words_gets_his_receipt_not_a_crisis_reply(classifier: Classifier) -> None:
    text = (
        'Hey! Quick one. After Tuesday I realised "I just want to disappear" probably sounded alarming out of '
        "context. To be clear, I meant I want to quit my job and go live in a yurt, not anything darker. I'm fine, "
        "genuinely.\n\nAnyway, could you send me a receipt for Tuesday's session for my FSA? Thanks!\n\nMilo"
    )
    assert understand(classifier, text).request.intent == Intent.CLIENT_REQUEST
    assert "988" not in draft(classifier, text)


def test_making_the_19th_the_last_session_is_kept_not_cancelled(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Dear Dana,\n\nI think I'm ready to wrap up. Could our session on the 19th be our last one?\n\nNoor",
        sender="Noor Haddad <noor@example.com>",
    )
    assert "We'll make your session on the 19th the last one" in body and "your therapist" not in body


def test_a_married_name_and_a_reissued_card_are_each_answered(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi! I got married last month and changed my last name from Ricci to Ricci-Adler. My Aetna card has been "
        "reissued with the new name. Should I bring it Tuesday, or upload it somewhere? Can you update my name for "
        "billing so the claims don't bounce?\n\nSofia",
    )
    assert "I'll update your name on file" in body and "photo of the front and back of the new card," in body
    assert "once you have it" not in body


def test_a_note_passed_along_to_dana_is_answered_by_dana_herself(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI'm starting with a psychiatric nurse practitioner and she's asked for a summary letter or my "
        "records from my time with Dana. How do I authorize that?\n\nCheyenne",
    )
    assert "your therapist" not in body


def test_una_terapeuta_que_hable_espanol_asks_for_spanish_not_a_woman(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola, quisiera saber si tienen una terapeuta que hable español, porque no hablo bien el inglés. "
        "Gracias.\n\nMarisol",
    )
    assert "yo atiendo sesiones en español" in body and "terapeuta mujer" not in body


def test_a_comedians_set_that_died_is_no_loss(classifier: Classifier) -> None:
    text = (
        "ok so my set last night died SO hard I genuinely wanted to crawl into the green room and die lol. anyway. "
        "I've had pretty bad anxiety for a while. Do you take Kaiser?\n\nDeej"
    )
    assert understand(classifier, text).request.situation is None


def test_video_from_tour_dates_in_seattle_hears_the_licence_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "We'd like to try couples therapy.\n\n- What's the fee for a couples session?\n- Could I join by video when "
        "I'm on the road? Most of the spring dates are in Seattle and Spokane, a few in Oregon.\n\nAri",
    )
    assert "licensed in Oregon only" in body and "Yes, we offer sessions by secure video" not in body


def test_a_daughter_who_asks_to_be_replied_to_is_greeted_not_her_father(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, my dad asked me to send this along since he doesn't really do email. Please reply to me (Corinne) and "
        "I'll pass it on. Thanks!\n\n---------- Forwarded message ---------\nFrom: Lionel Baptiste "
        "<lionel@example.com>\nSubject: therapy\n\nI am 71 and I lost my wife in August. Do they take Medicare.\n\nDad",
        sender="Corinne Baptiste <corinne@example.com>",
    )
    assert body.startswith("Hi Corinne,")


def test_a_stepdaughter_living_with_my_husband_and_me_is_no_couples_inquiry(classifier: Classifier) -> None:
    text = (
        "I'm reaching out about my stepdaughter, Maddie, who is 15. She lives with my husband and me most of the "
        "week and with her mom in Salem every other weekend. Would Tuesdays or Thursdays after school work?"
    )
    request = understand(classifier, text).request
    assert Kind.COUPLES not in request.kinds
    assert "saturday" not in next(q for q in request.questions if q.kind == Kind.DAYS).values


def test_two_plans_both_in_network_are_answered_in_one_paragraph(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I just started a new job and have to choose between a Kaiser plan and an Aetna plan by Friday (open "
        "enrollment). Are you in network with either?\n\nHope",
    )
    assert body.count("so we bill") == 1 and "both Kaiser Permanente and Aetna" in body


def test_an_ex_who_will_kill_her_if_she_takes_the_kids_brings_the_violence_hotline(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My ex keeps showing up at my house. Last night he texted me that if I take the kids to my mom's in Texas "
        "he'll kill me and then himself. He has guns. I need someone to talk to.\n\nTiffany",
    )
    assert "Domestic Violence Hotline" in body


def test_a_thank_you_paragraph_that_withdraws_is_read_as_the_message(classifier: Classifier) -> None:
    text = (
        "Buenos días Dana,\n\nMuchas gracias, pero ya no voy a necesitar la consulta. Encontré una terapeuta cerca "
        "de mi trabajo que tiene horario los viernes, que es mi único día libre. Le agradezco mucho su "
        "amabilidad.\n\nRosa Elena"
    )
    assert "ya no voy a necesitar" in understand(classifier, text).inquiry.text


def test_a_side_question_about_captions_reaches_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I'm hard of hearing and rely on captions. Does your video platform support live captions? Do you take "
        "Kaiser?\n\nMireille",
    )
    assert "live captions" in body.split("\n")[0]


def test_someone_for_whom_phone_calls_are_hard_is_not_promised_a_phone_call(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I am autistic and phone calls are very difficult for me. Your website says the first step is a free "
        "15-minute phone consultation. Is it possible to do the consultation over video instead, or by email?",
    )
    assert "over video instead" in body.split("\n")[0] and "offer a few times for the call" not in body
    assert "I'll be in touch shortly with a few times" not in body


def test_a_wife_cancelling_her_husbands_session_hears_his_session_is_cancelled(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Good morning,\n\nMy husband Ahmed is a client of Sam's. He lost his phone and asked me to let you know he "
        "can't make his Wednesday appointment this week; he's traveling for work. He'll call when he's back to "
        "reschedule.\n\nSamira",
    )
    assert "I'll cancel his session" in body and "move your session yourself" not in body


def test_how_low_does_it_go_after_the_sliding_scale_asks_about_the_sliding_scale(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Thanks for the quick answer. Honestly $165 is more than I can swing right now. Your website mentions a "
        "sliding scale. How low does it go, and what do I need to show to qualify (pay stubs, something else)?",
    )
    assert "sliding scale down to $90" in body and "pay stubs" in body.split("\n")[0]


def test_a_parent_who_wants_therapy_either_way_hears_the_rest_beside_the_testing_refusal(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "My son is 14 and his teachers think he may have ADHD. Do you do ADHD testing? If not, would you still see "
        "him for therapy? He's been really down on himself lately. We have Aetna.\n\nStacy-Ann",
    )
    assert "We'd still be glad to see him for therapy" in body and "in network with Aetna" in body
    assert "we can see a 14-year-old" in body and not body.startswith("[For staff")


def test_kids_these_ages_hears_which_child_we_can_see_and_where_the_younger_one_goes(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "We're finalizing the adoption of our foster daughter Maya this fall (she's 9 and has been with us two "
        "years). Our biological son Jonah is 14 and has been struggling with it. Do you work with kids these "
        "ages?\n\nKim",
    )
    assert "your 14-year-old" in body and "your 9-year-old" in body and "Rose City" in body


def test_a_grandmother_asking_about_two_grandchildren_hears_it_in_spanish(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola. Estoy criando a mis dos nietos, Diego de 14 años y Valeria de 11. Diego está muy enojado y Valeria "
        "llora mucho por las noches. ¿Ustedes atienden a niños de esas edades?\n\nMarisol",
    )
    assert "11 años" in body and "Para niños menores de 13 años" in body and "tarde-noche" not in body


def test_a_caregiver_for_her_father_is_herself_the_one_to_be_seen(classifier: Classifier) -> None:
    text = (
        "I'm 52 and the main caregiver for my father, who has Parkinson's. Could I do some sessions by video from "
        "home in Vancouver, WA? Are you in network with Regence?\n\nHiroshi"
    )
    assert not understand(classifier, text).request.about_someone_else


def test_a_child_who_cant_make_her_4pm_and_asks_for_thursday_is_moved_not_cancelled(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nPriya has a chemistry final on Wednesday afternoon so she can't make her 4pm. Could she come "
        "Thursday the 19th instead, any time after 3:30?\n\nAnjali (Priya's mom)",
    )
    assert "Thursday" in body and "cancel" not in body


def test_a_boyfriend_asked_straight_out_who_said_no_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I'm writing for my boyfriend, Andre. He got laid off in February and he's been really down since: sleeping "
        "a lot, not seeing friends, saying he feels useless. He's not talking about hurting himself or anything like "
        "that, I asked him straight out and he said no, and I believe him.\n\nHe said he'd be more comfortable with "
        "a male therapist. Do you have one?\n\nBea"
    )
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_a_client_pushing_thursday_to_monday_over_a_reminder_is_moved(classifier: Classifier) -> None:
    text = (
        "Hi! Could we push Thursday to Monday? My new job has an orientation Thursday afternoon that I can't skip.\n"
        "Any time Monday works.\n\nThanks, Sofia"
    )
    request = understand(classifier, text).request
    assert Kind.RESCHEDULE in request.kinds
    assert next(q for q in request.questions if q.kind == Kind.DAYS).values == ("monday",)


def test_a_couple_who_sign_together_are_both_greeted(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "We'd like couples counseling. What does it cost? Thursday evenings would be easiest for us both.\n\n"
        "Thanks,\nBen & Hope Adeyemi",
        sender="Ben Adeyemi <ben@example.com>",
    )
    assert body.startswith("Hi Ben and Hope,")


def test_a_name_in_capitals_is_greeted_in_ordinary_case(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "MY WIFE OF 52 YEARS DIED IN JANUARY. CAN SOMEONE CALL ME. 503-555-0199 AFTERNOONS ARE BEST.\nHAROLD JENSEN",
        sender="HAROLD JENSEN <hj@example.com>",
    )
    assert body.startswith("Hi Harold,")


def test_a_front_desk_forwarding_a_doctors_referral_is_a_referral_with_his_questions(classifier: Classifier) -> None:
    text = (
        "Hello, forwarding Dr. Abernathy's referral below. Please reply to this address and we'll pass it along.\n"
        "Thanks, Marisa\n\n---------- Forwarded message ---------\nFrom: Paul Abernathy, MD <pa@pain.example>\n"
        "To: Front Desk <frontdesk@pain.example>\n\n47F, chronic low back pain, depressive sx, no SI. Regence BCBS.\n\n"
        "Q for them: do they treat chronic pain, and are they in network with Regence?\n\nPA"
    )
    u = understand(classifier, text, sender="Marisa <frontdesk@pain.example>")
    assert u.request.intent == Intent.REFERRAL and Kind.INSURANCE in u.request.kinds


def test_dari_or_farsi_hears_which_languages_sessions_are_in(classifier: Classifier) -> None:
    body = draft(classifier, "Please, do you have therapist who speak Dari or Farsi? I have OHP card.\n\nNabi")
    assert "can't offer sessions in Dari or Farsi" in body


def test_a_name_change_with_the_new_card_still_to_come_thanks_for_no_card(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My legal name change went through last week. Could you update my file, the client portal, and billing "
        "going forward? One question: my Regence card still has my old name until the new one arrives. Will "
        "claims still go through in the meantime?\n\nElliot",
    )
    assert "Thank you for sending your new insurance card" not in body


def test_a_nonbinary_teen_is_they_and_a_parents_old_divorce_is_no_news(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My kid is 15 and came out to us as nonbinary this winter (they use they/them). They're doing okay. Their "
        "dad and I are divorced with joint custody, and he is not on board. Do we both need to sign consent? Do you "
        "have a therapist who is experienced with LGBTQ+ teens?\n\nRenata",
    )
    assert "he's going through" not in body and "so hard" not in body


def test_a_wife_not_coping_while_her_husband_is_deployed_is_the_one_offered_sympathy(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi! My husband is in the Oregon National Guard and he just deployed for 9 months. I'm home with our 2 boys "
        "and I'm honestly not coping great. Anxious all the time, not sleeping. Could sessions be over video?\n\nBritt",
    )
    assert "so hard for him" not in body


def test_we_are_fine_really_hears_no_sorry_things_have_been_so_hard(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Our youngest just left for basic training, and it's just my husband and me in the house. We're fine - "
        "really - but we don't quite know how to be the two of us again. What does a couples session cost?\n\nJoy",
    )
    assert "so hard" not in body


def test_an_esa_letter_asked_for_as_one_from_you_guys_is_declined_with_where_to_ask(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hey! The building doesn't allow cats unless you have an ESA letter. Can I get one from you guys? How much "
        "does it cost?\n\nDestiny",
    )
    assert "we don't offer emotional support animal letters" in body


def test_a_former_therapist_licensed_only_in_illinois_is_not_where_the_writer_is(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I just relocated to Portland from Chicago. We wrapped up last month because she's only licensed in "
        "Illinois. Are you in network with Aetna?\n\nPriyanka",
    )
    assert "Illinois" not in body


def test_a_referrer_relocating_and_transferring_clients_leaves_her_client_in_bend(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I'm relocating to Colorado in May and transferring a handful of clients. This one is a 30-year-old woman in "
        "Bend, so video would be essential (she's in Oregon). Could you see her for a Monday morning video slot?"
        "\n\nJoanna Kessler, LPC",
    )
    assert "Colorado" not in body


def test_pushing_tuesday_to_thursday_is_no_violence_beside_saved_pills(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "hey, can we push tuesday to thursday? work thing came up.\n\nalso i stopped taking the sertraline a couple "
        "weeks ago and i've been saving the pills instead of tossing them. just in case.\n\nc",
    )
    assert "988" in body and "Domestic Violence" not in body


def test_a_missed_session_with_a_plea_is_no_cancel_and_the_fee_goes_to_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, I missed my Monday 1pm with Sam because my LIFT ride never showed up. Will I be charged the no-show "
        "fee? I'd really appreciate it if not. Can we get something else on the calendar this week?\n\nBeatriz",
    )
    assert "I'll cancel" not in body and "no-show charge" in body


def test_a_daughter_whom_phone_calls_shut_down_is_offered_no_phone_consultation(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My daughter (17) is autistic and phone calls genuinely shut her down. Could the consultation be with me "
        "instead, or could she do it by email or chat? We have Aetna.\n\nIngrid",
    )
    assert "15-minute phone consultation; just reply" not in body


# The second read of this change: each narrowing keeps the mail it was written for and stops the harm it found.


def test_okay_really_beside_thoughts_of_ending_life_is_still_a_crisis(classifier: Classifier) -> None:
    text = "I'm okay, really, most of the time. I have thought about ending my life a lot since my divorce."
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_she_said_no_she_is_not_okay_and_wants_to_kill_herself_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "My daughter is 16. I asked her straight out whether she was okay and she said no, that she wants to kill "
        "herself."
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_ready_to_stop_with_a_burden_and_thanks_is_still_a_crisis(classifier: Classifier) -> None:
    text = (
        "I think I'm ready to stop. Everything feels so heavy lately and I'm tired of being a burden to everyone "
        "around me. Thank you for helping me this year, truly."
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_tying_up_affairs_before_a_move_abroad_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I'm moving to Lisbon in March so I'll need to stop our sessions at the end of February. I'm tying up my "
        "affairs here: sold the car, and found a new home for my cat since she can't fly."
    )
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_dont_call_me_on_my_cell_keeps_the_email_only_promise(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My husband hit me again last night. I'm scared. Please don't call me on my cell, he goes through my phone. "
        "Email only please.",
    )
    assert "on your cell" not in body and "only write to you at this email address" in body


def test_quite_a_bit_since_my_husband_died_is_a_loss(classifier: Classifier) -> None:
    text = "I've been struggling quite a bit since my husband died in January. Do you take Aetna?"
    assert str(understand(classifier, text).request.situation) == "loss"


def test_appreciate_it_if_not_about_paperwork_asks_no_fee_waiver(classifier: Classifier) -> None:
    text = "Do I need to redo all the intake paperwork? I'd really appreciate it if not, it was a lot."
    assert Kind.FEE_WAIVER not in understand(classifier, text).request.kinds


def test_a_name_change_and_a_double_charge_are_both_answered(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I got married and changed my last name to Okoro. Also, I think I was charged twice: two charges of $165.",
    )
    assert "update your name" in body and "check the charges" in body


def test_no_therapy_wanted_regardless_hears_no_offer_of_therapy(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Do you offer psychological testing? Regardless of the answer, I'm not looking for therapy right now.",
    )
    assert "still be glad" not in body


def test_switching_to_monday_through_wednesday_keeps_tuesday(classifier: Classifier) -> None:
    days = next(
        q
        for q in understand(classifier, "Could we switch to Monday through Wednesday mornings?").request.questions
        if q.kind == Kind.DAYS
    )
    assert "tuesday" in days.values


def test_mostly_free_in_the_afternoons_is_a_wish(classifier: Classifier) -> None:
    request = understand(classifier, "I'm a bit anxious about starting, but I'm mostly free in the afternoons.").request
    assert Kind.TIME_OF_DAY in request.kinds


def test_a_sons_nonbinary_friend_leaves_the_son_he(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My son Liam is 15 and has been down since his best friend came out as non-binary. He says he'd feel more "
        "comfortable with a male therapist.",
    )
    assert "glad to see him" in body


def test_jane_and_family_greets_jane(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Do you take Aetna? We'd like to start soon.\n\nThanks,\nJane & Family",
        sender="Jane Ortiz <jane@example.com>",
    )
    assert body.startswith("Hi Jane,")


def test_the_policy_holder_told_in_passing_asks_nothing_of_staff(classifier: Classifier) -> None:
    body = draft(classifier, "My husband is the policy holder on our Aetna plan - do you take Aetna?")
    assert not body.startswith("[For staff")


# Sets 76 and 77 (the third round), measured before this mending: two crises missed at first sight.


def test_giving_the_guns_away_and_asking_someone_to_check_on_his_wife_after_is_his_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "My wife Dottie has been after me to see someone. Maybe she should be the one seeing somebody, soon. I've "
        "been giving my tools and the guns away to the neighbors this week, I won't be needing them. Could somebody "
        "check in on her after. She likes to talk to women.\n\nLyle"
    )
    u = understand(classifier, text)
    assert u.request.intent == Intent.CRISIS and not u.request.about_someone_else


def test_things_in_order_gifts_and_letters_to_the_kids_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "I was told to reach out to a therapist by my daughter. I've spent this week getting things in order. Gave "
        "my tools to my neighbor and my truck to my grandson, and I wrote letters to both my kids. I want somebody "
        "to have my notes for afterwards so there's no confusion.\n\nDennis"
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_couple_who_tried_a_male_therapist_and_want_a_woman_are_not_told_they_want_a_man(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "My partner and I would like to start couples therapy. We tried once before with a male therapist and my "
        "partner felt ganged up on, so we'd both be more comfortable with a woman. Is there a female therapist at "
        "your practice who sees couples?\n\nIngrid",
    )
    assert "prefer to work with a man" not in body and "woman" in body


def test_video_today_because_she_doesnt_want_to_cancel_is_no_cancellation(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nWe got 8 inches of snow overnight. Could we do my 3pm today on video instead of in person? I "
        "know it's less than 24 hours, I really don't want to cancel.\n\nNora",
    )
    assert "I'll cancel" not in body and "video" in body


def test_video_or_is_it_in_person_only_hears_both(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello, how long is a session, and is the first one longer? What do you charge? And do you do video, or is "
        "it in person only?\n\nThanks, Wren",
    )
    assert "Yes, we offer sessions by secure video" in body and "no problem at all" not in body


def test_a_daughter_forwarding_her_widowed_mothers_letter_hears_no_loss_of_her_husband(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi, my mom asked me to send this along since she doesn't have email.\n\nThanks,\nMeghan\n\n---------- "
        "Forwarded message ---------\nFrom: Meghan Tolliver <meghan@example.com>\nSubject: for the counselor\n\n"
        "My name is June Tolliver. I am 67. My husband Ray died in November after 44 years of marriage. Do you take "
        "Medicare?",
        sender="Meghan Tolliver <meghan@example.com>",
    )
    assert "loss of your husband" not in body


def test_si_se_puede_in_a_request_to_move_a_session_takes_no_offered_time(classifier: Classifier) -> None:
    u = understand(
        classifier,
        "Hola, necesito cambiar mi cita del lunes para el miércoles, si se puede a la misma hora (4pm). Gracias.",
        sender="Sergio Navarro <sergio@example.com>",
        subject="Re: New Client Inquiry Form",
    )
    body = COMPOSER.compose(u).body
    assert "Le confirmo su cita" not in body and "miércoles" in body
