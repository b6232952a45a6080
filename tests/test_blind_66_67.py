"""From the hands written this session (sets 66 and 67): what each reply must get right that it did not at first
sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import crisis_in
from triage.core.request import Intent, Kind

from .test_reading import draft, understand


def test_a_client_who_says_her_si_is_back_and_sat_with_pills_gets_a_crisis_reply(classifier: Classifier) -> None:
    text = (
        "Hi Dana,\n\nCould we move Thursday to Saturday? I picked up a shift.\n\nAlso you asked me to say if things "
        "changed: SI is back and it's not passive anymore. Last night I counted out my husband's leftover oxycodone "
        "and sat at the table with it for an hour.\n\nJess"
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS
    assert "988" in draft(classifier, text) and "Saturday" not in draft(classifier, text)


def test_doubting_being_around_long_enough_and_being_dead_weight_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "How long is the waitlist? Lost my job this spring and my wife took the kids to her sister's. I doubt I'll "
        "be around long enough to reach the top of any list. They'd all be fine without me.\n\nD."
    )
    body = draft(classifier, text, sender="D <d.a@example.com>")
    assert "988" in body and "The easiest way to book" not in body


def test_a_client_counting_the_sleeping_pills_her_mother_left_is_herself_at_risk(classifier: Classifier) -> None:
    text = (
        "i don't think i'll make it to tuesday. i'm so tired of everything. my mom left her sleeping pills when she "
        "visited and i've been counting them. i don't think anyone would even notice for a while"
    )
    assert crisis_in(text) is not None
    body = draft(classifier, text, sender="Jamie Cole <jamie.c@example.com>")
    assert "Your safety matters most" in body and "on her behalf" not in body


def test_holding_it_together_for_my_kids_does_not_make_the_client_a_child(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI was diagnosed with breast cancer last month. I've been holding it together for my kids, but I'm "
        "not sleeping. Once chemo starts I'll need video sessions. I have Aetna. Could I get in before the new year?"
        "\n\nTrish",
        sender="Trish Holloway <trish.h@example.com>",
    )
    assert "younger child" not in body and "in network with Aetna" in body


def test_children_who_cant_make_it_up_for_christmas_cancel_no_session(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "To whom it may concern\n\nI am 71. Wife passed 3 years ago and the kids cant make it up this year for "
        "Christmas. Do you take Medicare. I would come in person.\n\nWalter P.",
        sender="Walter P <wp1954@example.com>",
    ).request
    assert request.asks(Kind.CANCEL) is None and request.intent == Intent.NEW_INQUIRY


def test_a_father_who_lives_in_portland_is_not_refused_for_his_son_living_in_chicago(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI'm writing on behalf of my father, Venkat, who is 79 and lives in NE Portland. I live in Chicago "
        "and he sounds flat when I call. Can he come in person? He walks with a cane.\n\nRaj Menon",
        sender="Raj Menon <raj.m@example.com>",
    )
    assert "Illinois" not in body and "step-free access" in body


def test_a_trip_to_a_place_no_list_names_still_gets_the_licence_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola Dana,\n\nVoy a viajar a Michoacán para las fiestas, del 17 de diciembre al 7 de enero. ¿Podemos seguir "
        "con nuestras sesiones por video desde allá?\n\nYesenia",
        sender="Yesenia Castañeda <yesenia.c@example.com>",
    )
    assert "solo en Oregon" in body and "Por supuesto" not in body


def test_keeping_video_after_a_move_to_seattle_gets_the_licence_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy husband got an offer in Seattle. Are you taking new people? If we do move to Seattle (probably in "
        "the spring), could I keep seeing you by video?\n\nCat",
        sender="Cat Moreau <cat.m@example.com>",
    )
    assert "licensed in Oregon only" in body and "for her" not in body


def test_asking_what_we_need_for_a_new_insurance_card_is_not_thanked_for_sending_it(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, my husband changed jobs so from Jan 1 we're switching from Aetna to Kaiser Permanente. Are you in "
        "network with Kaiser too? What do you need from me - a picture of the new card?\n\nThanks, Bao",
        sender="Bao Tran <bao.t@example.com>",
    )
    assert "Thank you for sending" not in body and "send a photo of the front and back" in body


def test_a_client_offering_a_new_card_by_phone_is_asked_to_call_not_told_it_was_run(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, I got an email that my card on file was declined for last week's session. I closed that account. Can I "
        "just give you a new card? Or could I use my HSA card from now on?\n\nFelicity",
        sender="Felicity Burns <fburns@example.com>",
    )
    assert "call us at (503) 555-0142" in body and "update the card on file and run" not in body


def test_a_card_updated_online_asks_no_question_of_video_sessions(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Hi! My HSA card renewed with a new expiration date. Can I give you the new details over the phone, or is "
        "there somewhere online I update it?\n\nLeilani",
        sender="Leilani Kahale <leilani.k@example.com>",
    ).request
    assert request.asks(Kind.MODALITY) is None


def test_someone_booking_a_first_session_is_new_even_asking_to_switch_to_video_on_snow_days(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi, I'd like to book a first session. I live up in the West Hills and when it snows I can't get down the "
        "hill. Could we just switch to video on those days? I have BCBS (Regence).\n\nThanks, Isa",
        sender="Isa Lund <isa.l@example.com>",
    )
    assert "hold your session by secure video" not in body and "Thank you for reaching out" in body


def test_a_peer_support_coordinator_building_a_list_to_refer_members_to_gets_a_reply(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Good morning,\n\nI coordinate the peer support team for our firefighters' union. We're building a list of "
        "clinicians we can refer members to. Do your clinicians do EMDR? Most members are on the city's Aetna plan. "
        "In network?\n\nCapt. Luis Ybarra\nPeer Support Coordinator",
        sender="Luis Ybarra <lybarra@iaff-local.example>",
    ).request
    assert request.intent == Intent.REFERRAL


def test_i_dont_think_i_need_to_schedule_after_all_is_a_withdrawal(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Hi, I emailed last month after the layoff. Good news: I started a new job and feel more like myself, so I "
        "don't think I need to schedule after all. Thanks for the kind reply.\n\nKwabena",
        sender="Kwabena Osei <kwabena.o@example.com>",
    ).request
    assert request.intent == Intent.WITHDRAWAL


def test_a_given_name_of_two_words_signed_whole_is_kept_whole(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nCould we move next Wednesday to a later time? 5 or 6 would be easier.\n\nThank you,\nNgoc Anh",
        sender="Thi Ngoc Anh Pham <ngocanh.p@example.com>",
    )
    assert body.split("\n\n")[0].endswith("Ngoc Anh,")


def test_a_word_wrapped_onto_the_last_line_stays_in_its_question(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI'm 32 and after a lot of reading I'm fairly sure I'm autistic. It would explain a lot about why every "
        "job change has been so hard. Do you do adult autism\nevaluations?\n\nEither way I'd like to start therapy "
        "for the burnout. How do I book a consult?\n\nRowan",
        sender="Rowan Ellis <rowan.e@example.com>",
    )
    assert "don't offer autism evaluations" in body and "phone consultation" in body


def test_an_esa_letter_asked_how_fast_is_declined_with_its_referral(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hey, my new apartment doesn't allow dogs unless you have an ESA letter. How fast can you do one? Need it "
        "before the end of the month.\n\nBrody",
        sender="Brody Kerr <brody.k@example.com>",
    )
    assert "don't offer emotional support animal letters" in body


def test_three_winter_months_in_tucson_leave_the_rest_of_the_year_here(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Good morning,\n\nI retire in December and have a few questions:\n\n(a) How long are your sessions?\n(b) We "
        "spend January through March in Tucson. Could I continue by video from Arizona during those months?\n(c) I "
        "will be on Medicare from January. Do you bill Medicare?\n\nFranklin",
        sender="Franklin Meyers <fmeyers@example.com>",
    )
    assert "while you're in Oregon" in body and "Medicare" in body and "I'm sorry we can't see you" not in body


def test_asking_whether_81_is_too_old_gets_the_age_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nMy kids want me to talk to someone since my wife died. I'm 81. Is that too old for this sort of "
        "thing?\n\nHal",
        sender="Hal Pruitt <hal.p@example.com>",
    )
    assert "adults of every age" in body


def test_a_client_moving_to_washington_in_the_spring_hears_she_is_seen_until_then(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola Dana,\n\nNos vamos a mudar a Vancouver, Washington, a finales de abril. ¿Podría seguir con usted por "
        "videollamada desde Washington?\n\nValentina",
        sender="Valentina Ruiz <valentina.r@example.com>",
    )
    assert "podemos atenderle mientras viva en Oregon" in body


def test_moving_here_from_salem_asks_nothing_of_the_licence(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Buenas tardes,\n\nLes escribo por mi hijo Mateo, que tiene 15 años. Desde que nos mudamos de Salem está muy "
        "callado. ¿Tienen a alguien que atienda a adolescentes en español?\n\nRocío",
        sender="Rocío Medina <rocio.m@example.com>",
    )
    assert "licencia" not in body


def test_laid_off_then_a_new_role_is_congratulated_not_pitied(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI was laid off in February and just accepted a new role (yay, finally). My new plan is Kaiser "
        "Permanente. Do you take Kaiser?\n\nPriya",
        sender="Priya Nair <priya.n@example.com>",
    )
    assert "sorry to hear about your job" not in body and "Congratulations on the new job" in body


def test_couple_other_things_asks_nothing_of_couples_therapy(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Hi,\n\nI'm a paramedic and a bad call keeps replaying on me. Do you do EMDR?\n\nCouple other things:\n1. We "
        "have Aetna. I'm assuming you take Aetna?\n\nRafa",
        sender="Rafa Benavides <rafa.b@example.com>",
    ).request
    assert request.asks(Kind.COUPLES) is None


def test_nurses_on_days_and_nights_wish_for_no_evening(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello!\n\nWe're getting married in September and want premarital counseling. We're nurses on opposite "
        "shifts (I'm days, he's nights), so Saturday mornings are the only time we overlap. What's the fee for "
        "couples?\n\nKatya",
        sender="Katya Ivanova <katya.i@example.com>",
    )
    assert "evening" not in body and "Saturdays" in body


def test_asking_whether_the_couples_therapist_is_comfortable_with_a_gay_couple_is_noted(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nMy husband and I would like couples counseling. What does a couples session cost? Is your couples "
        "therapist comfortable working with a gay couple?\n\nTheo",
        sender="Theo Marsh <theo.m@example.com>",
    )
    assert body.startswith("[For staff:") and "LGBTQ+" in body.splitlines()[0]


def test_a_teens_question_wrapped_onto_its_last_line_is_flagged(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "hi im 16 and my parents are getting divorced and its been really bad at home and my grades are dropping.\n"
        "i want to talk to someone. will my parents see what i say?? and do i need their permission\nto start",
        sender="Aiyana W <aiyana.w@example.com>",
    )
    assert "permission to start" in body.splitlines()[0]


def test_a_client_asking_whether_the_office_is_open_after_christmas_is_offered_no_slot(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana, is the office open the Saturday after Christmas (the 26th)? That's normally my slot. Just trying to "
        "plan. Thanks - Tobias",
        sender="Tobias Grant <tobias.g@example.com>",
    )
    assert "check what's open" not in body and "we see clients on Saturdays" not in body


def test_the_plan_after_the_eap_sessions_is_answered_and_never_named_as_the_eap(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy employer's EAP (ComPsych) gives me 6 free sessions. Can I use them at your practice? After the EAP "
        "sessions are used up I'd have Aetna through the job.\n\nHyun-woo",
        sender="Hyun-woo Park <hw.park@example.com>",
    )
    assert "EAP (Aetna)" not in body and "in network with Aetna" in body


def test_a_named_bcbs_federal_plan_is_checked_by_staff_not_asked_for_again(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nMy FEHB coverage (Blue Cross Blue Shield FEP) runs through the end of this month. Do you take BCBS "
        "FEP?\n\nCorinne",
        sender="Corinne Hale <corinne.h@example.com>",
    )
    assert "tell me its name" not in body and "BCBS FEP" in body.splitlines()[0]


def test_cancelling_the_next_two_mondays_cancels_sessions(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana!!\n\nOur son arrived three weeks early! I need to cancel the next two Mondays, obviously.\n\nAdaeze",
        sender="Adaeze Obi <adaeze.o@example.com>",
    )
    assert "cancel your sessions" in body


def test_a_missed_appointment_policy_question_in_a_numbered_list_gets_the_policy(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Good morning,\n\nI've never done therapy. Please don't take the list the wrong way, I just like to know what "
        "I'm getting into.\n\n1. How long is a session?\n2. If I get held over on a shift and miss an appointment, "
        "what's the policy?\n\nKwame",
        sender="Kwame Asante <kwame.a@example.com>",
    )
    assert "24 hours' notice" in body and "getting into" not in body


def test_a_nurse_reporting_active_si_with_a_plan_in_shorthand_gets_a_crisis_reply(classifier: Classifier) -> None:
    text = (
        "I'm an ICU nurse. I'll give it to you the way I'd give report.\n\nPassive SI x ~3 weeks, intermittent active "
        "w/ plan over the last few days. Means: I have access. Intent: not yet. What's your soonest opening?\n\nCaitlin"
    )
    assert understand(classifier, text, sender="Caitlin Moore <cmoore@example.com>").request.intent == Intent.CRISIS


def test_having_what_she_needs_at_home_to_make_it_quick_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "To whom it may concern,\n\nMy cancer has come back. I have written letters to each of my children. "
        "I have what I need here at home to make it quick when I decide it's time. I would like to talk with a "
        "counselor before the end of the month.\n\nGloria"
    )
    assert understand(classifier, text, sender="Gloria A <gloria.a@example.com>").request.intent == Intent.CRISIS


def test_a_layoff_that_finally_hit_me_is_no_violence(classifier: Classifier) -> None:
    assert crisis_in("So the layoffs at work finally hit me. Can I move to the sliding scale?") is None


def test_a_safety_plan_after_a_screen_that_found_no_suicidal_risk_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "My son is 17. His pediatrician screened him thoroughly: she found no suicidal risk, he has a safety plan and "
        "he's doing better. Do you see teens?"
    )
    assert crisis_in(text) is None


def test_a_brother_threatening_his_ex_with_a_new_gun_is_the_one_to_watch(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nMy brother Ato found out his ex is seeing someone and he has been saying he's going to \"make her "
        'pay" when he finds where she lives. Tonight he showed me a gun he bought last week. Can you see him?\n\nKofi',
        sender="Kofi Mensah <kofi.m@example.com>",
    )
    assert "the person he has threatened" in body and "don't try to take it from him" in body


def test_declining_an_offered_monday_is_no_time_to_confirm(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nThanks for the quick reply! Unfortunately Monday evenings are my partner's night shift. Does Sam "
        "have anything on a Saturday instead?\n\nJordan\n\nOn Tue, Jun 2, 2026 at 2:31 PM Calm Harbor Therapy "
        "<hello@calmharbor.example> wrote:\n> Sam Okafor has an opening on Monday, June 8 at 6pm. Would that work?",
        sender="Jordan Lee <jordan.l@example.com>",
    )
    assert "confirm it" not in body.splitlines()[0] and "can't make the time you offered" in body.splitlines()[0]


def test_a_referring_therapist_moving_her_practice_away_leaves_the_client_here(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nI'm relocating my practice to Denver at the end of June and am transitioning my Oregon clients. "
        "I have a client with PTSD who would benefit from EMDR. She can only come on Tuesdays. Do you have Tuesday "
        "openings?\n\nSigrun Halvorsen, LPC",
        sender="Sigrun Halvorsen <sigrun@example.com>",
    )
    assert "Colorado" not in body and "Tuesdays" in body


def test_a_client_asking_how_one_joint_session_is_billed_is_a_question_for_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nKwabena has agreed to come in for one session so we can talk together. Would that be billed at "
        "the couples rate, or my usual rate?\n\nRuth",
        sender="Ruth Asare <ruth.a@example.com>",
    )
    assert "joint session" in body.splitlines()[0] and "Our couples therapist is" not in body


def test_weekdays_that_are_very_difficult_are_ruled_out() -> None:
    from triage.core.reading.days import read_when

    when = read_when("Do you have Saturday appointments? Weekdays are very difficult with the kids' schedules.")
    assert when.wanted == ("saturday",) and "monday" in when.ruled_out


def test_entre_semana_taken_by_the_children_is_ruled_out() -> None:
    from triage.core.reading.days import read_when

    when = read_when("Solo puedo los sábados porque cuido a mis hijos entre semana.")
    assert when.wanted == ("saturday",) and "tuesday" in when.ruled_out


def test_a_new_father_who_says_its_him_struggling_hears_sympathy_for_himself(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nOur daughter was born six weeks ago and I'm not doing as well as I thought. My wife is doing great "
        "honestly, it's me. I can only do evenings. Do you take Regence?\n\nDaniel",
        sender="Daniel Asante <d.asante@example.com>",
    )
    assert "for her" not in body


def test_a_card_to_be_put_in_the_portal_is_run_once_it_is_on_file(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy card was declined for last Tuesday's session; my bank reissued it. The new card ends in 4417. "
        "Can you run it again, or should I put it in through the portal myself?\n\nLucía",
        sender="Lucía Ferrer <lucia.f@example.com>",
    )
    assert "Once the new card is on file" in body and "update the card on file and run" not in body


def test_aceptan_pacientes_nuevos_is_answered(classifier: Classifier) -> None:
    body = draft(classifier, "Hola, ¿aceptan pacientes nuevos? ¿Cuánto cuesta la primera cita?\nGracias")
    assert "estamos aceptando nuevos clientes" in body and not body.startswith("[For staff:")


def test_the_price_of_a_declined_letter_asks_staff_nothing(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "hi I need an ESA letter for my new apartment ASAP. I have anxiety and my cat really helps. How much do you "
        "charge for the letter and how fast can you do it??",
        sender="Brittany K <britt.k@example.com>",
    )
    assert not body.startswith("[For staff:") and "don't offer emotional support animal letters" in body


# The second read of this session's change: what the new words must never catch.


def test_everyday_lines_near_the_new_crisis_words_are_no_crisis() -> None:
    for text in (
        "I doubt I'll be here on time Thursday, could we start at 5:15?",
        "The kids are at camp; they'll be fine without me for a week.",
        "I don't think anyone would notice if I came ten minutes late.",
        "I have what I need to do it now, I'll fill in the form tonight.",
        "I help my mom by counting out her pills.",
        "My pills are organized; I've been counting them to make sure I don't miss one.",
        "I sat in the kitchen with the bottle of wine.",
    ):
        assert crisis_in(text) is None, text


def test_a_partner_who_finally_hit_me_is_still_violence() -> None:
    assert crisis_in("He finally hit me last night.") is not None
    assert crisis_in("He suddenly slapped me.") is not None


def test_someone_threatened_by_a_partner_is_the_one_at_risk_not_writing_for_another(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "He's been threatening to kill me. He has a gun and I'm afraid for my life.",
        sender="Ana Cole <ana.c@example.com>",
    )
    assert "Your safety matters most" in body and "on his behalf" not in body


def test_a_trip_named_by_its_day_or_a_relative_is_no_trip_out_of_state(classifier: Classifier) -> None:
    for text in (
        "I'm traveling Tuesday for a work conference. Could we do Thursday's session by video from the hotel there?",
        "I'm visiting Grandma next week. Could we do our session by video?",
    ):
        assert "licensed in Oregon only" not in draft(classifier, text), text


def test_a_former_therapist_in_portland_leaves_the_writer_in_washington(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I live in Vancouver, Washington. My previous therapist, who is in Portland, recommended you. Do you do video?",
    )
    assert "licensed in Oregon only" in body


def test_my_sister_in_labour_is_no_baby_of_mine(classifier: Classifier) -> None:
    body = draft(classifier, "My sister went into labor last night, so I have to cancel today's session.")
    assert "Congratulations" not in body


def test_a_missed_cancellation_window_is_a_late_cancellation_not_a_no_show(classifier: Classifier) -> None:
    body = draft(
        classifier, "I missed the 24-hour cancellation window for Tuesday. Could the late-cancel fee be waived?"
    )
    assert "late-cancellation charge" in body


def test_not_making_it_back_in_time_for_a_session_cancels_it(classifier: Classifier) -> None:
    request = understand(classifier, "I can't make it back from Bend in time for my 4pm session today.").request
    assert request.asks(Kind.CANCEL) is not None


def test_sessions_moved_online_for_the_winter_are_video(classifier: Classifier) -> None:
    request = understand(classifier, "Could we change our sessions to online for the winter?").request
    assert request.asks(Kind.MODALITY) is not None


def test_a_first_session_back_from_leave_is_a_clients(classifier: Classifier) -> None:
    body = draft(classifier, "I'm back from my leave. I'd like to book my first session back. Is Dana free Tuesday?")
    assert "Thank you for reaching out" not in body


def test_a_hospital_stay_in_spring_2025_with_no_suicidal_thoughts_since_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "Hi,\n\nIn spring 2025 I was hospitalized for about a week after a suicide attempt. I'm doing a lot better. "
        "No suicidal thoughts for well over a year, and I still keep my safety plan. Are you taking new clients? "
        "Tuesdays or Thursdays are best.\n\nBen"
    )
    assert understand(classifier, text, sender="Ben Ford <ben.f@example.com>").request.intent != Intent.CRISIS


def test_wanting_to_strangle_a_coworker_lol_is_a_joke() -> None:
    assert crisis_in("I want to strangle him lol (I won't; I'm a pacifist who catches spiders in cups).") is None


def test_a_student_at_school_out_of_state_hears_the_licence_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi!\n\nI'm 19 and home in Lake Oswego for spring break, then back at UC Santa Cruz until June. I'd love to "
        "start with someone now and continue by video once I'm back at school. Is that possible?\n\nSofía",
        sender="Sofía Marín <sofia.m@example.com>",
    )
    assert "licensed in Oregon only" in body and "while you're in Oregon" in body


def test_weekends_easier_for_childcare_rule_out_no_saturday() -> None:
    from triage.core.reading.days import read_when

    when = read_when("Does Sam have Saturday availability? We both work full time and childcare is easier on weekends.")
    assert "saturday" not in when.ruled_out


def test_a_refund_of_a_duplicate_charge_is_a_billing_error_not_a_fee_waiver(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI was charged twice for my March 5 session ($165 each time). Could you refund the duplicate "
        "charge?\n\nJiho",
        sender="Jiho Kim <jiho.k@example.com>",
    )
    assert "late-cancellation" not in body and "check the charges on your account" in body


def test_thanks_for_confirming_my_insurance_takes_no_time(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Thanks for confirming Regence!\n\nI work four tens, Monday through Thursday, so Fridays are the only weekday "
        "I could come in. Saturday might also work if it's early.\n\nKwame\n\nOn Fri, Mar 6, 2026 at 1:05 PM Calm "
        "Harbor Therapy <hello@calmharbor.example> wrote:\n> Our hours are 9am to 7pm Monday to Thursday.",
        sender="Kwame Boateng <kwame.b@example.com>",
        subject="Re: question",
    ).request
    assert not request.known.offered_time


def test_home_for_the_summer_then_back_at_school_out_of_state_is_answered_as_a_move(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, I'm home in Portland for the summer after my first year at CU Boulder. Would I be able to keep going over "
        "video once I'm back in Colorado in late August?\n\nPriya",
        sender="Priya Shah <priya.s@example.com>",
    )
    assert "once you've moved to Colorado" in body


def test_a_client_told_you_have_been_seeing_me_stays_a_client_whatever_the_head_says(classifier: Classifier) -> None:
    text = "You've been seeing me for a little over a year now. Would you write an ESA letter for my cat?"
    assert understand(classifier, text).request.intent == Intent.CLIENT_REQUEST
