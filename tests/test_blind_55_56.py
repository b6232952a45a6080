"""From the hands written this session (sets 55 and 56 and the eval sample's smoke test): what each reply must get
right that it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_a_parent_in_crisis_who_asks_to_be_called_at_the_foot_of_the_letter_gets_an_urgent_call(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI found out last night that my 15-year-old son has been cutting his arms, some of the cuts look "
        "deep. He won't say how long it has been going on.\n\nCould someone see him this week?\n\n"
        "Please call me at 503-555-0166.\n\nKaren",
        sender="Karen Hollis <karen.h@example.com>",
    )
    assert body.startswith("[For staff: URGENT: they ask you to call them: call Karen now at 503-555-0166")


def test_a_couple_asking_what_the_first_session_costs_hears_the_couples_fee_not_the_individual_one(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy husband and I would like to start couples counseling on Saturdays. What do we owe for the first "
        "session - is the intake priced differently than regular sessions?\n\nThanks,\nAmy",
        sender="Amy Torres <amy.t@example.com>",
    )
    assert "$195" in body and "The first session costs the same as the others" in body
    assert "per individual session" not in body


def test_a_father_told_by_the_doctor_there_is_no_safety_concern_gets_no_crisis_reply(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nOur son Liam, 19, came home from college after withdrawing mid-term. He sleeps most of the day. He "
        "has told us he doesn't want to hurt himself, and his doctor screened him and said there's no safety concern "
        "right now, but he is clearly depressed.\n\nCould my wife and I be involved at all, even just at the start? "
        "We have Kaiser.\n\nRichard",
        sender="Richard Albers <r.albers@example.com>",
    )
    assert "safety matters most" not in body
    assert "Yes, we see couples" not in body  # parents in their son's therapy are no couple asking for couples work


def test_a_goodbye_text_from_a_roommate_who_took_her_pills_puts_her_emergency_first(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I know you're probably closed. My roommate just texted me \"goodbye, I love you, I'm sorry\" and said she "
        "took a bunch of her pills. She's not answering her phone and I'm across town. What do I do??",
        sender="Tyler Brooks <tyler.b@example.com>",
    )
    assert "If she has already taken something" in body and "call 911 now and ask for a welfare check" in body
    assert "If you are in immediate danger" not in body


def test_a_roommate_who_gave_away_her_cat_and_is_gone_is_the_one_at_risk(classifier: Classifier) -> None:
    body = draft(
        classifier,
        'My roommate has been really depressed since she lost her job. Tonight she gave me her cat and said "take '
        "care of her for me\" and hugged me like it was goodbye. Now she's gone out and isn't answering her phone. "
        "She has a lot of her old meds. What should I do?\n\nJake",
        sender="Jake Moreno <jake.m@example.com>",
    )
    assert "ask for a welfare check" in body and "Her safety matters most" in body


def test_a_client_who_cannot_make_tonight_and_asks_for_the_same_time_next_saturday_is_moved_not_cancelled(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "hey cant make it today running late from my daughters soccer tourney in salem can we do next sat instead "
        "same time\n\nsorry\ntony",
        sender="Tony Ruiz <tony.r@example.com>",
    )
    assert "I'll check that the same time is free next Saturday" in body
    assert "cancel your session" not in body and "running late" not in body


def test_a_client_asking_for_two_other_days_gets_them_checked_not_a_cancellation(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nMy sister's graduation got moved to Thursday the 11th so I can't make our 4pm that day. Could we "
        "do Wednesday the 10th, or anytime Saturday the 13th instead?\n\nPriya",
        sender="Priya Shah <priya.s@example.com>",
    )
    assert "I'll check what's open on Wednesday or Saturday" in body and "cancel your session" not in body


def test_a_client_pushing_thursday_to_six_hears_that_six_is_checked(classifier: Classifier) -> None:
    body = draft(classifier, "Hey Dana, could we push Thursday to 6 instead of 5? Work thing.\n\nJ")
    assert "I'll check whether 6pm" in body


def test_skipping_one_session_and_picking_back_up_on_a_date_says_both(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nMaya has finals the week of June 8, so could we skip next week's session and pick back up on the "
        "15th?\n\nDiane",
        sender="Diane Park <diane.p@example.com>",
    )
    assert "I'll cancel next week's session, and we'll pick back up on the 15th" in body
    assert "calmharbor.example/book" not in body


def test_one_session_by_video_before_a_break_is_a_switch_not_the_end_of_therapy(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nWould it be okay if our last session before summer break (the 25th) is by video? I'm moving out "
        "of my dorm that week.\n\nSarah",
        sender="Sarah Lin <sarah.lin@example.com>",
    )
    assert "by secure video instead" in body and "welcome back whenever" not in body


def test_a_client_with_a_first_appointment_booked_gets_no_booking_pitch(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, I have my first appointment with Sam on Thursday. Where's the best place to park? And I use a "
        "wheelchair, so is the office accessible?\n\nThanks,\nGabe",
        sender="Gabe Rosen <gabe.r@example.com>",
    )
    assert "street parking" in body and "step-free" in body
    assert "calmharbor.example/book" not in body and "free 15-minute" not in body


def test_a_three_word_english_question_is_answered_in_english(classifier: Classifier) -> None:
    body = draft(classifier, "do u do ocd/ERP", sender="jwebb2049@example.com")
    assert "Hola" not in body


def test_a_son_who_refuses_to_talk_to_a_woman_is_offered_the_man(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy 15-year-old son has been angry and withdrawn since his dad and I separated. He flat out refuses to "
        "talk to a woman, so I'm hoping he might open up to Sam. Does Sam see teenagers?\n\nTina",
        sender="Tina Hale <tina.h@example.com>",
    )
    assert "work with a man, Sam Okafor" in body and "work with a woman" not in body


def test_a_client_asking_for_the_sliding_scale_is_not_quoted_the_full_fee(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nMy hours at the restaurant got cut in half and I'm struggling with rent. I don't want to stop our "
        "sessions. Is there any way I could move to the sliding scale for a while?\n\nMarisa",
        sender="Marisa Cole <marisa.c@example.com>",
    )
    assert "sliding scale" in body and "$165" not in body


def test_a_parent_of_a_ten_and_a_fourteen_year_old_hears_which_one_we_can_see(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI'm looking for a therapist for my two kids. Their dad and I separated last fall. My son is 10 and my "
        "daughter is 14. Do you see kids that age? We have OHP.\n\nTasha",
        sender="Tasha Green <tasha.g@example.com>",
    )
    assert "glad to see your 14-year-old" in body and "right fit for your 10-year-old" in body
    assert "Rose City" in body and "Oregon Health Plan" in body  # the rest of the letter is still answered


def test_a_twelve_year_old_asked_about_outright_hears_from_thirteen_and_him_for_a_son(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "do u see 12 yr olds or do they have to be 13. my son turns 13 in august hes been having panic attacks at "
        "school since march\n\namanda",
        sender="amanda <amanda.k@example.com>",
    )
    assert "glad to see him once he turns 13" in body


def test_a_teen_leaving_for_college_out_of_state_is_seen_now_and_told_of_the_move(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My son is 17 and graduating in June. He's anxious about leaving for college in Colorado. Do you see teens "
        "his age? Also wondering whether he could keep seeing the same therapist over video once he's in Colorado.",
        sender="Lisa Thorsen <lisa.t@example.com>",
    )
    assert "we can see him while he lives in Oregon" in body and "once he's in Colorado" in body
    assert "calmharbor.example/book" in body  # nothing refused today


def test_not_looking_for_couples_gets_no_couples_paragraph(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI got engaged in March and I've been more anxious than in years. My fiance is supportive and I don't "
        "think we need couples counseling (at least not yet, ha). I just want my own person to talk to. Is there any "
        "chance of a Saturday morning?\n\nElena",
        sender="Elena Ruiz <elena.r@example.com>",
    )
    assert "we see couples" not in body and "$195" not in body


def test_a_new_father_anxious_himself_is_the_one_to_be_seen_and_congratulated(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "New dad, our son is 3 weeks old. I've been really anxious, not sleeping even when he does. Would like to "
        "start soon. Evening video would be easiest.",
        sender="Kevin O'Brien <kevin.ob@example.com>",
    )
    assert "Congratulations on your new baby" in body and "hard for him" not in body


def test_an_ex_who_came_with_a_knife_adds_the_domestic_violence_line(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "dana my ex showed up at my apartment last night with a knife and wouldn't leave until my neighbor called the "
        "cops. they let him go this morning. I'm at my sister's. I don't feel safe going home. can we talk today",
        sender="Jess Moore <jess.m@example.com>",
    )
    assert "National Domestic Violence Hotline" in body


def test_a_client_pausing_because_the_baby_came_early_is_congratulated_and_not_switched_to_video(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nBaby girl arrived early!! She was born Friday and we're both doing well. Obviously I won't make "
        "it this Wednesday, and I think I'd like to pause our sessions for about six weeks. Can you cancel my standing "
        "Wednesday appointments through mid-May? I'll reach out when I'm ready to start again, probably by video at "
        "first.\n\nKelsey",
        sender="Kelsey Dunn <kelsey.d@example.com>",
    )
    assert "Congratulations on your new baby" in body
    assert "by secure video instead" not in body and "off the schedule for now" in body


def test_an_fmla_form_is_called_a_form_and_copies_of_records_are_records(classifier: Classifier) -> None:
    form = draft(
        classifier,
        "Hi Dana,\n\nHR needs my provider to fill out the FMLA certification form (WH-380-E) for intermittent leave. "
        "Would you be willing to complete it?\n\nSteph",
        sender="Steph Bauer <steph.b@example.com>",
    )
    assert "request for the form" in form and "the letter" not in form
    records = draft(
        classifier,
        "Hi Dana,\n\nMy attorney says she needs copies of my therapy records for the custody case. Is there a form I "
        "need to sign?\n\nStephanie",
        sender="Stephanie Ward <steph.w@example.com>",
    )
    assert "request for your records" in records and "the letter" not in records


def test_pills_saved_up_are_asked_to_be_put_out_of_reach(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I don't think I can keep going like this. I've been thinking about ending it for a few weeks now and tonight "
        "I counted the pills I've been saving.\n\nKendra",
        sender="Kendra Wills <kendra.w@example.com>",
    )
    assert "Your safety matters most" in body and "put them out of reach now" in body


def test_a_school_nurse_reporting_a_plan_with_an_unlocked_handgun_hears_to_lock_it_away(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI'm the school nurse at Centennial Middle School. This morning a 13yo student disclosed HI toward a "
        "classmate who has been bullying him, with a specific plan involving his father's handgun, which he says is "
        "unlocked at home. Parents asked me for names of therapists who see young teens. Can you see him, and how "
        "fast? Parents have Kaiser.\n\nDenise Holloway, RN",
        sender="Denise Holloway <dholloway@example.org>",
    )
    assert "one of our clinicians will call you" in body and "locks it away" in body


def test_a_pilot_asking_whether_a_diagnosis_goes_to_the_insurer_is_flagged_for_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI'm a commercial pilot and I'd like to talk to someone about stress after a rough year. If I used my "
        "insurance, would that mean a diagnosis gets sent to them? What's the cost per session?\n\nEvan",
        sender="Evan Price <evan.p@example.com>",
    )
    assert body.startswith("[For staff:") and "a diagnosis gets sent to them" in body.split("\n", 1)[0]


def test_a_man_who_speaks_spanish_asked_for_hears_nobody_is_both(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Buenas,\n\nEmpecé un trabajo nuevo y el estrés me tiene mal. Quiero hablar con alguien pero me sentiría más "
        "cómodo con un terapeuta hombre que hable español. ¿Tienen?\n\nGracias\nCarlos",
        sender="Carlos Mejía <carlos.m@example.com>",
    )
    assert "no tenemos un terapeuta hombre que atienda en español" in body
    assert "Sam Okafor con gusto le atendería" not in body and body.count("yo atiendo") + body.count("Yo atiendo") == 1


def test_a_psychiatrist_signing_md_is_greeted_as_doctor_and_hears_we_can_accept_him(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Dear colleagues,\n\nI'm a psychiatrist managing medication for a 42-year-old man with PTSD. He needs a "
        "trauma-focused therapist. He has Regence BCBS. Please let me know if you can accept him and I will have him "
        "call.\n\nRegards,\nVikram Shah, MD",
        sender='"Vikram Shah, MD" <vshah@example.com>',
    )
    assert body.startswith("Dear Dr. Shah,") and "accepting new clients" in body


def test_video_from_home_in_vancouver_is_not_offered_but_the_office_is(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi there,\n\nI live in Vancouver (Felida area) but work downtown, so I'm in Portland Monday through Thursday. "
        "Could I do sessions in person after work? On Fridays I work from home in Vancouver. Could we do video those "
        "weeks instead?\n\nMegan",
        sender="Megan Hart <megan.h@example.com>",
    )
    assert "can't hold video sessions while you're in Washington" in body
    client = draft(
        classifier,
        "Hey, the roads up here in Vancouver are a sheet of ice. Can we switch my 3pm to video? I'd be on from home."
        "\n\nEric",
        sender="Eric Lund <eric.l@example.com>",
    )
    assert "by secure video instead" not in client and "while you're in Washington" in client


def test_video_from_the_road_in_other_states_is_not_promised(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI live in the Pearl District, but I'm on the road roughly two weeks out of every month, mostly "
        "Denver and Phoenix. Would it be possible to do video sessions from wherever I happen to be that week, and "
        "come in person when I'm home in Portland?\n\nRaj",
        sender="Raj Venkataraman <raj.v@example.com>",
    )
    assert "can't hold video sessions while you're in Colorado" in body


def test_burnout_is_not_claimed_as_part_of_anxiety_work(classifier: Classifier) -> None:
    body = draft(classifier, "Hi, do you help with burnout? I'm a nurse and I'm running on empty.\n\nJo")
    assert "as part of our work with anxiety" not in body


def test_a_mother_frightened_for_the_girl_her_son_threatens_hears_about_him(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My son is 22 and ever since his girlfriend broke up with him he's been saying he's going to \"make her "
        "pay.\" Last night I found a hunting knife in his car and texts saying he knows where she's living now. I'm "
        "frightened for her. Can you see him?\n\nCarol",
        sender="Carol Benson <carol.b@example.com>",
    )
    assert "If you think he may act on it, please call 911 now" in body and "Your safety matters most" not in body


def test_the_illness_is_named_for_the_one_who_has_it_and_a_recommenders_loss_is_not_consoled(
    classifier: Classifier,
) -> None:
    stroke = draft(
        classifier,
        "Hi, my son is 11 and my dad moved in with us after a stroke in August. Since then my son has had "
        "stomachaches before school. Do you see kids his age? We have Aetna.\n\nJen",
    )
    assert "your dad's stroke" in stroke
    told = draft(
        classifier,
        "My dad was diagnosed with Parkinson's four years ago and he lives with us now. My sister-in-law saw a "
        "therapist after her mom passed and said it helped, so here I am. Do you have evenings after 6?",
    )
    assert "loss" not in told


def test_taking_care_of_an_ex_with_a_new_handgun_is_a_threat_to_others(classifier: Classifier) -> None:
    body = draft(
        classifier,
        'My brother-in-law has been saying he\'s going to "take care of" his ex-wife and her new boyfriend, and he '
        "bought a handgun last week. Can you see him?\n\nMike",
        sender="Mike Ortega <mike.o@example.com>",
    )
    assert "may act on it, please call 911 now" in body


def test_a_son_who_told_his_parents_he_is_not_thinking_of_hurting_himself_gets_no_crisis_reply(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nOur son is 19 and home from college. He barely comes out of his room. We asked him directly and "
        "he said he is not thinking about hurting himself, and I believe him. Do you see young adults his age? We "
        "have Regence.\n\nKaren",
        sender="Karen Voss <karen.v@example.com>",
    )
    assert "safety matters most" not in body


def test_a_spanish_client_travelling_to_guadalajara_is_not_promised_video_there(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola Dana,\n\nVoy a viajar a Guadalajara para ver a mi familia del 19 de diciembre al 5 de enero. ¿Podemos "
        "hacer mis citas por video mientras estoy allá?\n\nGracias,\nRosa",
        sender="Rosa Jiménez <rosa.j@example.com>",
    )
    assert "licencia solo en Oregon" in body and "podemos hacer su sesión por videollamada" not in body


def test_a_switch_from_video_to_in_person_is_a_switch_to_the_office(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nI think I'd like to switch from video to in person starting with my May 12 session. Where's the "
        "best place to park?\n\nAmelia",
        sender="Amelia Hart <amelia.h@example.com>",
    )
    assert "in person at the office" in body and "by secure video" not in body


def test_a_threat_to_others_puts_everyones_safety_first(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My son is 22 and ever since his girlfriend broke up with him he's been saying he's going to \"make her "
        'pay." Last night I found a hunting knife in his car. Can you see him?\n\nCarol',
        sender="Carol Benson <carol.b@example.com>",
    )
    assert "Everyone's safety matters most" in body and "His safety matters most" not in body


def test_spanish_couples_hear_first_that_couples_work_is_in_english(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Buenas tardes,\n\nMi esposo y yo discutimos mucho. Queremos saber si tienen terapia de pareja en español y "
        "cuánto cuesta la sesión.\n\nGracias,\nLupe",
        sender="Lupe Ramos <lupe.r@example.com>",
    )
    said = body.split("Lupe,", 1)[1]
    first = next(line for line in said.splitlines() if "pareja" in line)
    assert first.startswith("Lamento decirle que por ahora no podemos ofrecer terapia de pareja en español")
    assert "Sí, atendemos a parejas" not in body and body.count("en inglés") == 1  # said once, not twice


def test_the_first_of_two_questions_joined_by_or_is_flagged_when_only_the_second_is_answered(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nMy son is 16 and hardly leaves his room. Do you do home visits, or could he do telehealth from "
        "his room?\n\nGrace",
        sender="Grace Hill <grace.h@example.com>",
    )
    assert body.startswith("[For staff:") and "home visits" in body.splitlines()[0]


def test_a_question_about_an_office_on_the_ground_floor_is_answered_by_the_accessibility_line(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI use a wheelchair on some days. Is your office on the ground floor, or is there an elevator?\n\n"
        "Dorothy",
        sender="Dorothy Fenn <dfenn@example.com>",
    )
    assert not body.startswith("[For staff:") and "ground floor, with step-free access" in body
