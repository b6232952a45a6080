"""From the hands written this session (sets 78 to 81): what each reply must get right that it did not at first
sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import find_crisis
from triage.core.parse import parse
from triage.core.request import Intent, Kind

from .test_reading import draft, mail, understand


def test_a_new_mother_who_thinks_her_family_would_be_better_off_without_her_is_the_one_at_risk(
    classifier: Classifier,
) -> None:
    text = (
        "My daughter is two months old and my partner says I should talk to someone. Lately I keep thinking she and "
        "Ben would be better off if I wasn't in the picture. Do you take Moda?\n\nRosa"
    )
    u = understand(classifier, text)
    assert u.request.intent == Intent.CRISIS and not u.request.about_someone_else
    body = draft(classifier, text)
    assert "If you are in immediate danger" in body and "If she is" not in body


def test_a_laid_off_man_weighing_his_life_insurance_is_a_crisis_of_his_own(classifier: Classifier) -> None:
    text = (
        "Lost my job in March after 20 years. My wife has no idea how bad the money is. The life insurance from work "
        "still pays out until December, which is more than I'll ever make again. Everyone would be better off.\n\n"
        "How much is a session.\n\nRick"
    )
    assert find_crisis(text) is not None
    body = draft(classifier, text, sender="Rick Olsen <rick@example.com>")
    assert "If you are in immediate danger" in body and "on her behalf" not in body


def test_a_widow_who_says_she_is_fine_in_that_sense_is_not_answered_as_a_crisis(classifier: Classifier) -> None:
    text = (
        "My husband died last year after a long illness. Some mornings I don't get dressed; I'm not telling you "
        "that to alarm you, I'm fine in that sense, I just don't see the point of getting dressed to sit in the same "
        "chair. Do you do grief counseling for someone who is 74?\n\nJoan"
    )
    assert find_crisis(text) is None
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_a_joke_taken_back_in_the_next_breath_is_no_threat() -> None:
    text = "If my sister-in-law criticises my cooking again I'm going to strangle her with a dish towel. Kidding!"
    assert find_crisis(text) is None


def test_a_doctor_who_asked_about_self_harm_and_heard_no_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "Since my divorce I sleep badly and I'm short with everyone. My doctor asked me last month if I'd had any "
        "thoughts of hurting myself, and honestly, no, not at all. I'd like a male therapist, Tuesday evenings if "
        "possible.\n\nOwen"
    )
    assert find_crisis(text) is None
    assert understand(classifier, text).request.intent != Intent.CRISIS
    said_yes = "My doctor asked me if I'd had thoughts of hurting myself, and honestly, yes, most nights."
    assert find_crisis(said_yes) is not None


def test_a_teen_cleared_by_a_crisis_team_gets_a_gentle_word_on_where_to_turn(classifier: Classifier) -> None:
    text = (
        'Two weeks ago our son (15) told a teacher he was "not wanting to be here". We took him to the ER and the '
        "crisis team found he wasn't at risk, but they want him in therapy soon. Could he be seen in the next two "
        "weeks? After 3:30 on weekdays.\n\nThanks,\nDiane"
    )
    u = understand(classifier, text)
    assert u.request.intent == Intent.NEW_INQUIRY and u.request.known.risk_cleared
    body = draft(classifier, text, sender="Diane Park <diane@example.com>")
    assert "If you're ever worried about his safety before the first session" in body and "988" in body
    denial = "My GP asked if I'd had thoughts of hurting myself and I said no. Do you see adults for anxiety?"
    assert not understand(classifier, denial).request.known.risk_cleared


def test_a_couple_who_cannot_make_the_time_offered_and_ask_for_another_are_not_confirmed(
    classifier: Classifier,
) -> None:
    text = (
        "Thanks for the quick reply. Saturday at 10 would be fine for Mei, but I coach until 10:30 that morning. "
        "Is there anything at 11 or 12 instead?\n\nDaniel\n\n"
        "On Tue, Feb 10, 2026 at 4:02 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Sam has an opening this Saturday, February 14, at 10am. Would that work for you both?\n"
    )
    u = understand(classifier, text, subject="Re: couples counseling")
    assert not u.request.known.offered_time and u.request.known.declined_offer
    assert "I'll confirm your appointment" not in draft(classifier, text)


def test_a_spanish_parent_told_to_look_for_una_terapeuta_has_no_wish_for_a_woman(classifier: Classifier) -> None:
    text = (
        "Hola, mi hija de 14 años está muy triste desde el invierno. En la escuela me dijeron que buscara una "
        "terapeuta. ¿Atienden en español? Tenemos OHP.\n\nGracias,\nMarta"
    )
    u = understand(classifier, text)
    assert not any(q.kind == Kind.THERAPIST for q in u.request.questions)
    assert "prefiere trabajar con una terapeuta mujer" not in draft(classifier, text)


def test_a_client_who_would_rather_switch_to_video_than_cancel_keeps_the_session(classifier: Classifier) -> None:
    asked = (
        "The roads are still iced over and I can't get to the office for tomorrow's 10am. Could we switch it to "
        "video? If that doesn't work I guess I need to cancel, sorry for the short notice.\n\nLeo"
    )
    body = draft(classifier, asked)
    assert "by secure video instead" in body and "I'll cancel your session" not in body
    kept = (
        "So sorry, we have to cancel tomorrow's 9am, our babysitter fell through. Will we be charged the full fee? "
        "Could we switch to video instead so we don't lose the session?\n\nAmira"
    )
    body = draft(classifier, kept)
    assert "by secure video instead" in body and "I'll cancel your session" not in body
    assert "they switch to video rather than cancel" in body


def test_a_sentence_of_their_own_above_the_sign_off_is_not_signature() -> None:
    text = (
        "A few questions:\n\n- Do you see teens?\n- Could we get something around 4 on a Tuesday?\n\n"
        "We have Aetna through my husband's job.\n\nThank you,\nNaomi Feldman"
    )
    inquiry = parse(mail(text))
    assert "We have Aetna" in inquiry.text and "We have Aetna" not in inquiry.signature


def test_a_wife_writing_about_her_husbands_affair_hears_sympathy_for_herself(classifier: Classifier) -> None:
    text = (
        "A month ago I learned my husband had an affair. He says he'll do whatever it takes. I can't figure this out "
        "without help, and I'm trying to hold it together for our kids. Do you see couples in the evenings?\n\nAnna"
    )
    body = draft(classifier, text)
    assert "so hard for him" not in body


def test_a_spanish_client_changing_the_card_on_file_is_a_client_not_a_new_person(classifier: Classifier) -> None:
    text = "Hola, ¿puedo cambiar la tarjeta que tienen registrada por mi nueva tarjeta HSA?\n\nGracias,\nLucía"
    u = understand(classifier, text)
    assert u.request.known.existing_client
    body = draft(classifier, text)
    assert "con los datos de la nueva tarjeta" in body and "reservar" not in body


def test_a_night_worker_asking_for_friday_is_told_we_do_not_see_clients_on_fridays(classifier: Classifier) -> None:
    text = (
        "I work overnights at a warehouse Sunday through Thursday nights. Friday is the only day I'm up during "
        "business hours. Do you have Friday appointments? It's for anxiety.\n\nMarcus"
    )
    u = understand(classifier, text)
    days = u.request.asks(Kind.DAYS)
    assert days is not None and days.values == ("friday",)
    body = draft(classifier, text)
    assert "We don't currently see clients on Fridays" in body and "evening appointments" not in body


def test_someone_stepping_back_for_the_cost_hears_of_the_sliding_scale_not_silence(classifier: Classifier) -> None:
    from triage.core.facts import facts_of

    text = (
        "Hi Dana,\n\nThanks so much for all the information. I think I'm going to hold off for now. The holidays and "
        "a broken furnace cleaned me out, and I just can't swing $165 a week at the moment. Maybe in spring.\n\n"
        "Thanks again,\nKyle"
    )
    u = understand(classifier, text)
    assert u.request.intent == Intent.WITHDRAWAL
    facts = facts_of(u)
    assert facts.withdrawn and facts.confirm_cancel  # one short reply, not a skipped or quarantined message
    body = draft(classifier, text, sender="Kyle Brandt <kyle@example.com>")
    assert "sliding scale down to $90" in body and "I'll cancel" not in body


def test_a_withdrawal_in_words_the_phrase_list_lacks_is_skipped_not_quarantined(classifier: Classifier) -> None:
    from triage.core.facts import facts_of

    text = "Hi, thanks for getting back to me. We've decided to go a different direction for now. All the best, Jo"
    u = understand(classifier, text)
    if u.request.intent == Intent.WITHDRAWAL:
        assert facts_of(u).withdrawn


def test_a_husband_cancelling_his_wifes_consultation_gets_a_confirmation(classifier: Classifier) -> None:
    text = (
        "Hello, please cancel my wife's consultation on Thursday. She found a counselor through her work. "
        "Thank you, Ken"
    )
    body = draft(classifier, text, sender="Ken Ito <ken@example.com>")
    assert "I'll cancel your consultation" in body or "I'll cancel" in body


def test_a_referrer_who_gives_the_patients_number_and_consent_hears_we_will_reach_out(classifier: Classifier) -> None:
    text = (
        "Hi, I'm a nurse practitioner at Eastside Women's Health. Referring a 31yo G1P1, 10 weeks postpartum, "
        "anxiety and poor sleep. Do you offer telehealth? Pt consents to contact: Mina Park, 971-555-0144.\n\n"
        "Kirsten Lund, NP"
    )
    body = draft(classifier, text, sender="Kirsten Lund <klund@eastside.example>")
    assert "We'll reach out directly" in body and "welcome to book directly" not in body


def test_a_question_about_seeing_someone_from_her_parents_home_is_no_question_about_confidentiality(
    classifier: Classifier,
) -> None:
    text = (
        "I'm a psychologist referring a college student home for winter break. Would you be able to see her weekly "
        "during the break, by video from her parents' home in Portland? She has Aetna.\n\nDr. Ellen Marsh"
    )
    assert "What you share in therapy is confidential" not in draft(classifier, text)


def test_a_couple_asking_for_video_while_he_is_deployed_overseas_hears_we_see_clients_only_in_oregon(
    classifier: Classifier,
) -> None:
    text = (
        "Hi, my husband and I would like couples counseling. He deploys overseas in April for six months. Could we "
        "keep doing sessions by video while he's deployed?\n\nThanks,\nKara"
    )
    body = draft(classifier, text)
    assert "licensed in Oregon only" in body


def test_exes_asking_for_co_parenting_sessions_are_not_turned_away_for_their_childs_age(
    classifier: Classifier,
) -> None:
    text = (
        "My ex and I share custody of our daughter, who's 7, and handoffs have gotten tense. Our mediator suggested "
        "co-parenting counseling. Do you offer co-parenting sessions? Could he join by video?\n\nThanks,\nLiz"
    )
    body = draft(classifier, text)
    assert "from age 13" not in body and "so hard for her" not in body


def test_an_hour_before_opening_asked_in_another_sentence_is_still_answered_plainly(classifier: Classifier) -> None:
    text = (
        "I'm in Beaverton and my days are booked solid from 9 on, so the only window I have is before work. "
        "Do you have anything at 7:30 or 8am, any weekday? Video is fine.\n\nChris"
    )
    assert "I'm sorry to say we can't offer 8am" in draft(classifier, text)


def test_cancelling_a_consultation_because_a_grandmother_is_in_hospital_hears_a_word_of_sympathy(
    classifier: Classifier,
) -> None:
    text = (
        "Hi, I'm so sorry, but I need to cancel tomorrow's consultation. My grandmother was just admitted to the "
        "hospital and I'm flying out tonight. Please don't hold anything for me; I'll reach out when things settle."
        "\n\nAngela"
    )
    body = draft(classifier, text)
    assert "I'm so sorry to hear this" in body and "I'll cancel your consultation" in body


def test_a_card_offered_if_needed_is_not_thanked_for_as_sent(classifier: Classifier) -> None:
    text = (
        "I have Cigna through my new job now. Could you start giving me monthly superbills? I can send a photo of my "
        "card if you need the member ID.\n\nThanks,\nNora"
    )
    assert "Thank you for sending your new insurance card" not in draft(classifier, text)


def test_a_threat_to_bring_something_to_work_is_a_crisis_whatever_the_model_says() -> None:
    text = "If my manager writes me up again I'm going to bring something to work and end this for good."
    assert find_crisis(text) is not None


def test_an_in_network_plan_asked_about_beside_paying_out_of_pocket_gets_only_the_network_answer(
    classifier: Classifier,
) -> None:
    text = (
        "Thanks for the quick reply. Before we go further I should have asked: I have Kaiser through my employer. "
        "Is that something you take, or would I be paying out of pocket?\n\nKen"
    )
    body = draft(classifier, text)
    assert "in network with Kaiser Permanente" in body
    assert "welcome to pay for sessions yourself" not in body and "paying out of pocket?" not in body


def test_cutting_class_and_a_nurse_who_wont_let_her_leave_for_fifteen_minutes_are_no_crisis() -> None:
    assert find_crisis("My granddaughter has been cutting class and her grades are sliding. Do you take OHP?") is None
    assert (
        find_crisis("Stuck at the infusion center, they won't let me leave for like 15 more min. Video today?") is None
    )
    assert find_crisis("She has been cutting her arms again.") is not None
    assert find_crisis("He locked the door and won't let me leave the house.") is not None


def test_a_wife_writing_because_her_husband_wont_make_the_call_himself_speaks_of_his_wish(
    classifier: Classifier,
) -> None:
    text = (
        "Greg had a heart attack in December and his cardiologist thinks he's depressed. He agrees, he just won't "
        "make the call himself, so here I am. He has Kaiser. Is there a male therapist? He said he'd open up to a "
        "man more easily.\n\nPatricia"
    )
    body = draft(classifier, text, sender="Patricia Moss <pat@example.com>")
    assert "Since he'd prefer to work with a man" in body and "Since you'd prefer" not in body


def test_asked_about_self_harm_and_answering_no_in_the_next_breath_is_no_crisis() -> None:
    asked = (
        "Last week my wife asked me, very gently, whether I was thinking of hurting myself. I'm not. I told my doctor "
        "the same. But it scared us both, so I'd like to talk to someone."
    )
    assert find_crisis(asked) is None and find_crisis(asked, cleared=True) is None
    assert find_crisis("My husband asked me whether I was thinking of hurting myself. I am. Every night.") is not None
    spanish = "Le pregunté directamente si ha pensado en hacerse daño y me dijo que no, que nunca haría eso."
    assert find_crisis(spanish) is None


def test_accepting_the_time_offered_and_asking_for_video_is_neither_a_cancel_nor_a_decline(
    classifier: Classifier,
) -> None:
    text = (
        "Wednesday at 5 is perfect, thank you. Would it be okay to do that one by video? I'll be driving back from "
        "Eugene and won't make it to the office in time, but Sam can log on from home.\n\nPaula\n\n"
        "On Mon, Sep 14, 2026 at 2:30 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> I could see Sam on Wednesday the 16th at 5:00pm instead of Thursday. Let me know if that works.\n"
    )
    u = understand(classifier, text, subject="Re: rescheduling")
    assert u.request.known.offered_time and not u.request.known.declined_offer
    body = draft(classifier, text)
    assert "I'll cancel your session" not in body and "by secure video instead" in body


def test_a_spanish_parent_looking_for_una_terapeuta_for_her_son_is_not_told_she_prefers_a_woman(
    classifier: Classifier,
) -> None:
    text = "Hola, quiero una terapeuta para mi hijo de 15 años. ¿Atienden en español?\n\nGracias,\nRosa"
    assert "terapeuta mujer" not in draft(classifier, text)


def test_moving_a_confirmed_session_to_another_day_is_no_reply_to_an_offer(classifier: Classifier) -> None:
    text = (
        "Hi Sam, any chance I could move this Thursday's 6pm to Saturday morning instead? Work trip got moved up. "
        "If Saturday's full, next Monday evening works too.\n\nDeclan\n\n"
        "On Thu, Mar 19, 2026 at 7:10 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> You're confirmed with Sam Okafor on Thursday, March 26 at 6:00 PM.\n"
    )
    u = understand(classifier, text, subject="Re: Your appointment is confirmed")
    assert not u.request.known.offered_time
    body = draft(classifier, text)
    assert "6pm on Saturday" not in body and "I'll confirm your appointment" not in body


def test_cancelling_this_wednesdays_consultation_gets_a_confirmation(classifier: Classifier) -> None:
    text = (
        "Hi, I'm going to cancel this Wednesday's consultation for now. My insurance is changing soon and I'll wait "
        "and see. Thanks for understanding.\n\nLeah"
    )
    assert "I'll cancel your consultation" in draft(classifier, text)


# The second read of this session's change: each harm it confirmed, mended.
def test_the_second_reads_missed_crises_are_crises_again() -> None:
    assert find_crisis(
        "My psychiatrist asked me if I was thinking about suicide, and I'm not going to lie, I have been."
    )
    assert find_crisis("My parents lock me in my room when they're angry and they won't let me leave for a few hours.")


def test_the_second_reads_false_alarms_are_no_crises() -> None:
    for text in (
        "My dad passed away in March. His life insurance means we're better off financially, and I feel guilty.",
        "We've decided to move my mother into memory care next month. Everyone will be better off.",
        "Even having to bring something to work for the team potluck sends me into a panic for days.",
        "He keeps saying he's not wanting to be here at this school anymore and wants to transfer.",
    ):
        assert find_crisis(text) is None, text


def test_stepping_back_for_time_or_distance_hears_no_money_pitch(classifier: Classifier) -> None:
    from triage.core.absence import priced_out

    assert not priced_out("I can't justify the time away from my kids right now.")
    assert not priced_out("I can't manage the drive into Portland every week.")
    assert priced_out("I just can't swing $165 a week right now.")


def test_good_news_from_a_hospital_workplace_hears_no_sympathy(classifier: Classifier) -> None:
    text = (
        "Hi, please cancel my consultation on Thursday. I found a therapist through the employee assistance program "
        "at the hospital where I work. Thanks for your help!"
    )
    body = draft(classifier, text)
    assert "I'm so sorry to hear this" not in body and "I'll cancel your consultation" in body


def test_a_client_who_will_call_herself_is_not_promised_our_call(classifier: Classifier) -> None:
    text = "I'm a school counselor referring a student, Maya (16). She agreed to call you herself this week. OHP?"
    assert "We'll reach out to" not in draft(classifier, text)


def test_someone_in_portland_whose_husband_is_deployed_hears_yes_to_video(classifier: Classifier) -> None:
    text = "My husband is deployed overseas right now, so could I do my sessions by video from home? I'm in Portland."
    body = draft(classifier, text)
    assert "licensed in Oregon only" not in body and "secure video" in body


def test_co_parenting_beside_someone_for_a_nine_year_old_still_hears_we_see_13_and_up(classifier: Classifier) -> None:
    text = (
        "We're looking for co-parenting counseling for my ex and me, and also someone for our son (9) who is "
        "struggling with the back and forth. Can you help?"
    )
    assert "from age 13 up" in draft(classifier, text)


def test_openings_on_nights_or_weekends_is_still_a_wish_for_evenings(classifier: Classifier) -> None:
    body = draft(classifier, "Do you have any openings on nights or weekends? I'm looking for help with anxiety.")
    assert "We do offer evening appointments" in body


def test_a_plain_im_safe_gets_no_safety_net_paragraph(classifier: Classifier) -> None:
    text = "I want to be clear that I'm safe. I just can't go on like this at my job. Do you have evenings?"
    assert "Thank you for telling me what happened" not in draft(classifier, text)


def test_picturing_going_over_and_hurting_him_hears_to_keep_a_distance(classifier: Classifier) -> None:
    text = (
        "I need to see someone soon. I'm so angry at my cousin that I'm scared of what I'll do. I keep picturing "
        "driving to his apartment and hurting him. I don't want to do something I can't take back."
    )
    body = draft(classifier, text)
    assert "keep your distance from him" in body and "988" in body
