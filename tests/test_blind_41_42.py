"""From the two hands written this session (late May, the first of December): what each reply must get right that it
did not at first sight."""

from __future__ import annotations

from importlib.resources import files

import pytest

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.crisis import clinical_risk, find_crisis
from triage.core.crisis_safety import risk_cue
from triage.core.request import Intent, Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_wife_reporting_you_and_the_kids_wont_have_to_deal_with_me_much_longer_is_a_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "My husband got back from deployment in March. Since then he's drinking most nights, barely sleeps, and he "
        "keeps his handgun on the nightstand now. Last night he told me \"you and the kids won't have to deal with me "
        'much longer." We have Tricare. Do you take it?'
    )
    assert find_crisis(text) is not None
    assert read(classifier, text).request.intent == Intent.CRISIS


def test_a_teacher_giving_her_things_away_with_an_end_date_in_mind_is_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi. i teach 4th grade and school ends june 11 and i keep thinking thats as far as i need to get. ive been "
        "giving my classroom stuff away to the other teachers and i wrote my sister a letter. i dont really know why "
        "im emailing. do you have any openings",
    )
    assert u.request.intent == Intent.CRISIS


def test_a_referrals_history_of_passive_si_denied_now_with_a_plan_on_file_is_no_crisis() -> None:
    text = (
        "45M, MDD recurrent, partial response. Hx passive SI 2019, none current, denies plan/intent at 5/14 visit, "
        "safety plan on file. Would benefit from CBT/BA alongside med management."
    )
    assert clinical_risk(text) is None
    assert clinical_risk("Passive SI this week, safety plan on file.") is not None, "current risk stays a crisis"


def test_a_spanish_writer_choked_by_her_husband_hears_the_domestic_violence_hotline(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hola buenas noches. mi esposo me empujó contra la pared anoche y me agarró del cuello. no es la primera vez. "
        "tengo miedo de regresar a la casa. ¿ustedes me pueden ayudar o saben a dónde puedo ir?\n\nLupe",
    )
    assert u.request.intent == Intent.CRISIS
    assert "1-800-799-7233" in COMPOSER.compose(u).body


def test_a_roommate_who_turned_her_phone_off_after_a_goodbye_is_the_one_at_risk(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My roommate Cass moved back home to Portland on Saturday after finals. Tonight she sent our group chat "
        '"love you guys, sorry for everything, you were the best part" and then turned her phone off. She told me '
        "once she'd thought about how she would do it. Her mom isn't answering. What do I do??\n\nZoe",
    )
    body = COMPOSER.compose(u).body
    assert "welfare check" in body
    assert "Her safety matters most" in body


def test_a_brother_who_keeps_thinking_of_the_hammer_is_answered_for_his_own_safety(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My sister's husband has been hitting her. Ever since, I keep thinking about driving over there with the "
        "hammer from my truck and ending it. I'm not joking and that's what scares me.\n\nTom",
    )
    body = COMPOSER.compose(u).body
    assert "Your safety matters most" in body
    assert "1-800-799-7233" in body


def test_a_student_back_in_bellingham_in_the_fall_is_seen_now_and_told_video_stops_then(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nIt's Noah, I saw you last summer. I'm home June 12 through mid-September. Thursdays like last "
        "time would be great. And could we keep going over video in the fall once I'm back in Bellingham?\n\nNoah",
    )
    body = COMPOSER.compose(u).body
    assert "we wouldn't be able to continue by video once you've moved to Washington" in body
    assert "we can hold your session by secure video" not in body


def test_a_fiances_parents_divorce_is_no_break_up_to_console(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! My fiancé Josh and I are getting married in August and we'd love a few premarital sessions. Nothing is "
        "wrong exactly, but his parents' divorce was really ugly so he's a little nervous. How much is a couples "
        "session?\n\nMaddie",
    )
    assert u.request.situation is None
    assert "hard time" not in COMPOSER.compose(u).body


def test_evenings_that_are_impossible_and_a_hotline_workers_worst_nights_ask_for_no_evening(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I work overnights answering the 988 line and I'm carrying a lot of other people's worst nights home with "
        "me. Because of my shifts, evenings are impossible. Tuesday or Wednesday mornings would be ideal.\n\nMorgan",
    )
    assert [q.values for q in u.request.questions if q.kind == Kind.TIME_OF_DAY] == [("morning",)]
    assert "evening appointments" not in COMPOSER.compose(u).body


def test_sympathy_is_said_once_when_the_head_and_the_concern_both_hear_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Good morning,\n\nOur son Anders is 14 and clearly depressed; the school counselor and our pediatrician both "
        "said there is no current risk and he is safe, and recommended outpatient therapy soon. He has barely left "
        "his room in weeks. We have Kaiser. Could sessions be by video?\n\nPaul",
    )
    body = COMPOSER.compose(u).body
    assert body.count("so hard") <= 1


def test_a_directorys_accepting_new_patients_with_is_that_true_hears_yes(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, Aetna's directory says you're in network and \"accepting new patients.\" Is that actually true? The "
        "last three places on this list told me no.\n\nIan",
    )
    assert "Yes, we're accepting new clients" in COMPOSER.compose(u).body


def test_no_charge_with_24_hours_notice_right_hears_thats_right(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nI need to cancel my session on Tuesday June 8. I'll be at my brother's wedding that week. Just to "
        "double-check, there's no charge as long as I cancel more than 24 hours ahead, right?\n\nThanks!\nImogen",
    )
    body = COMPOSER.compose(u).body
    assert "That's right: with at least 24 hours' notice there's no charge" in body
    assert "Our fee is $165 per individual session" not in body


def test_ruth_ann_is_greeted_by_both_names(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Good morning,\n\nI'm looking for a counselor for anxiety. What do you charge?\n\nGod bless,\nRuth Ann",
    )
    assert u.extraction.first_name == "Ruth Ann"


def test_does_sam_see_individuals_or_only_couples_hears_the_individual_fee(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nMy divorce was finalized two weeks ago and I've never been to therapy. I'd prefer to work with a man. "
        "I saw Sam on your site, does he see individuals or only couples? What does a session cost?\n\nChris",
    )
    body = COMPOSER.compose(u).body
    assert "$165 per individual session" in body
    assert "couples sessions are $195" not in body


@pytest.mark.parametrize(
    "text",
    [
        "I have about $1,100 left in my FSA that disappears Dec 31. Can we use the FSA card with you?",
        "Friday night was our firm's holiday party (they do it early so it doesn't compete with family stuff).",
        "Is that the kind of thing your therapists take on, or am I better off with an addiction specialist?",
        "I feel like if I don't do it while the window is open it will close.",
    ],
)
def test_money_that_disappears_a_party_they_do_early_and_a_better_specialist_are_no_words_of_risk(text: str) -> None:
    assert not risk_cue(text)


def test_a_widower_who_stopped_his_heart_pills_is_answered_for_his_own_safety(classifier: Classifier) -> None:
    u = read(
        classifier,
        "To whom it may concern,\n\nMy wife Dorothy died in August. My son in Chicago wants me to see a counselor. I "
        "stopped taking my heart pills about three weeks ago. There does not seem to be much point to them now. I "
        "would just like to be with her.\n\nDo you take Medicare? My son said to ask.\n\nWalter",
    )
    assert u.request.intent == Intent.CRISIS
    assert "Your safety matters most" in COMPOSER.compose(u).body


def test_a_photo_of_the_card_when_it_arrives_is_no_card_sent(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI start a new job January 3 and my benefits include Aetna. I've been self-pay with you since "
        "spring. Can we switch over for my sessions in January? What do you need from me - a photo of the card "
        "when it arrives?\n\nLydia",
    )
    assert "Thank you for sending your new insurance card" not in COMPOSER.compose(u).body


def test_someone_starting_therapy_who_asks_for_superbills_is_a_new_person_with_a_way_to_book(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi,\n\nI've finally hit my out-of-network deductible so Cigna should reimburse 70% through December 31, "
        "which makes right now the cheapest time I'll ever have to start therapy. Can you give me a superbill "
        "after each session so I can submit it? Is there anything open this week or next?\n\nMarcus",
    )
    assert u.request.intent == Intent.NEW_INQUIRY
    assert "https://calmharbor.example/book" in COMPOSER.compose(u).body


def test_a_note_to_pass_to_sam_about_what_to_talk_about_tuesday_moves_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, could you please pass this to Sam before Tuesday?\n\nSam - after our last session I finally called my "
        "sister. Thanksgiving went sideways and I'd like to spend Tuesday on that instead of what we'd planned.\n\n"
        "Wendell",
    )
    body = COMPOSER.compose(u).body
    assert "Sam sees" in body
    assert "what's open" not in body


def test_a_client_moving_a_session_for_a_training_in_seattle_hears_nothing_of_licences(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI need to move next Wednesday's session - I'm being sent to Seattle for a training. Thursday "
        "the 2nd or Monday the 6th would work.\n\nNina",
    )
    reply = COMPOSER.compose(u)
    assert "licensed" not in reply.body
    assert "moving to Washington" not in reply.body


def test_a_spanish_client_away_in_mexico_for_the_holidays_is_away_not_moving(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hola Dana,\n\nNo voy a poder ir a mi cita del jueves 16 de diciembre porque nos vamos a México para las "
        "fiestas. Regresamos el 5 de enero. ¿Es posible hacer una sesión por video desde México si la necesito?\n\n"
        "Verónica",
    )
    assert "moving to" not in COMPOSER.compose(u).body


def test_five_thirty_or_later_asks_for_an_evening_and_fifty_times_a_night_does_not(classifier: Classifier) -> None:
    evening = read(classifier, "I work until 5 most days. Is there anything at 5:30 or later on a Tuesday?\n\nAnn")
    assert any(q.kind == Kind.TIME_OF_DAY and "evening" in q.values for q in evening.request.questions)
    mornings = read(
        classifier,
        "I check that she's breathing probably fifty times a night. Mornings are better, she naps around 9:30.\n\n"
        "Hannah",
    )
    assert [q.values for q in mornings.request.questions if q.kind == Kind.TIME_OF_DAY] == [("morning",)]


def test_you_can_call_me_rowan_is_how_he_is_greeted(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi. i'm 17 and i want to start therapy. do i need my mom's permission?\n\nthanks. you can call me Rowan.",
    )
    assert u.extraction.first_name == "Rowan"


def test_gottman_asked_once_is_noted_for_staff_once(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! We're getting married in August and want a few premarital sessions. Is your couples therapist Gottman "
        "trained, or what approach does he use? How much is a couples session?\n\nMaddie",
    )
    reply = COMPOSER.compose(u)
    assert reply.body.count("Gottman") == 1


def test_a_blended_familys_hard_first_thanksgiving_is_the_familys(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi there,\n\nMy husband and I married last year and between us we have four kids, 13 to 17. This was our "
        "first Thanksgiving all together and it was a disaster: my stepdaughter left the table in tears and hasn't "
        "spoken to me since. Do you do family therapy? Saturdays are the only time.\n\nTamara",
    )
    body = COMPOSER.compose(u).body
    assert "so hard for him" not in body and "so hard for her" not in body


def test_a_cancel_that_keeps_the_following_tuesday_offers_no_link_to_rebook(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nI need to cancel my session on Tuesday June 8. I'll be at my brother's wedding that week.\n\nI'll "
        "keep the following Tuesday as normal.\n\nThanks!\nImogen",
    )
    assert "Whenever you're ready to book" not in COMPOSER.compose(u).body


def test_a_goodbye_posted_and_a_phone_unanswered_let_a_sure_model_call_the_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, your office is the closest one to our apartment. My roommate Jess posted on her Instagram story tonight "
        "\"thanks for everything, I'm sorry\" with a picture of the river, and she isn't answering her phone. What "
        "do I do?\n\nKai",
    )
    if u.classification.scores["crisis"] >= 0.9:  # the model's call; the gate must not stand in its way
        assert u.request.intent == Intent.CRISIS
    assert risk_cue("she isn't answering her phone") and not risk_cue("Thank you for everything, Dana.")


def test_an_er_that_found_no_acute_risk_and_a_referrals_denial_across_a_semicolon_are_no_crisis() -> None:
    assert (
        clinical_risk(
            "The psychiatrist there did a full evaluation and told us she is not at acute risk and sent us home with "
            "a safety plan."
        )
        is None
    )
    assert (
        clinical_risk("Hx passive SI during 2024 episode; at today's visit denies SI, plan or intent, C-SSRS negative.")
        is None
    )


def test_a_brother_who_threatens_to_shoot_another_man_means_911_not_his_medications(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi,\n\nI'm worried about my younger brother Travis. His ex started seeing someone new and Travis has been "
        'saying, more than once and not joking, that he\'s going to "put a bullet in" the guy. He has guns at his '
        "place. Do you have anyone who works with anger like this? I'm honestly scared he means it.\n\nDale",
    )
    body = COMPOSER.compose(u).body
    assert "call 911 now" in body
    assert "put away medications" not in body


def test_im_going_to_kill_sofia_lol_over_a_charger_is_a_figure_of_speech() -> None:
    assert not risk_cue('Tonight my 13-year-old texted me, "im going to kill sofia lol," because she took his charger.')


def test_april_hitting_a_survivor_sideways_is_no_violence() -> None:
    assert find_crisis("April is always hard and this year it's hitting me sideways.") is None


def test_a_husband_cleaning_his_rifle_who_says_his_old_manager_will_pay_means_911(classifier: Classifier) -> None:
    u = read(
        classifier,
        'Hello,\n\nMy husband Craig was laid off in March. He keeps saying his old manager is going to "pay for what '
        "he did.\" Last night he was cleaning his rifle at the kitchen table and told me he drove past the man's "
        "house twice this week. Could someone see him? What should I do in the meantime?\n\nLinda",
    )
    body = COMPOSER.compose(u).body
    assert "call 911 now" in body and "put away medications" not in body


def test_a_mother_pregnant_after_a_loss_who_would_do_better_with_a_woman_is_the_client(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hello,\n\nLast October we lost our son, Elias, at 20 weeks. I'm pregnant again and instead of being happy I'm "
        "just waiting for the other shoe to drop. My husband is excited and I feel like a fraud standing next to him."
        "\n\nI think I'd do better with a woman. Tuesdays or Thursdays are easiest.\n\nMarisol",
    )
    assert "I would be glad to see you" in COMPOSER.compose(u).body
