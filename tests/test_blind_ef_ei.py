"""From the round of hands written on 2026-11-29 (shift workers on phones, formal and older writers, students and
queer young adults, long client threads and Spanish-speaking families): what each reply must get right that it did
not at first sight. The wording is ours."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.reading.days import read_when
from triage.core.request import Kind

from .test_reading import COMPOSER
from .test_reading import understand as read


def _body(classifier: Classifier, text: str, **kw: str) -> str:
    return COMPOSER.compose(read(classifier, text, **kw)).body


def test_any_weeknight_but_one_rules_that_night_out() -> None:
    when = read_when("We'd need a weeknight, any weeknight but Wednesday (I have a standing rehearsal).")
    assert "wednesday" in when.ruled_out
    assert "wednesday" not in when.wanted


def test_days_off_work_are_the_days_they_can_come() -> None:
    when = read_when("i work at a coffee shop and i'm off thursday and friday.")
    assert set(when.wanted) == {"thursday", "friday"}
    assert not when.ruled_out


def test_short_day_names_listed_without_commas_are_all_read() -> None:
    assert set(read_when("mornings before 11 are best, mon tue or thu").wanted) == {"monday", "tuesday", "thursday"}


def test_a_weekend_missed_is_not_a_weekend_wished_for() -> None:
    assert not read_when("i haven't had a real weekend since august").wanted


def test_a_midterm_on_the_session_day_moves_it_to_the_days_asked(classifier: Classifier) -> None:
    text = (
        "Hey Dana, I have a midterm Monday the 16th at the time of our session, can we move that one to Tuesday or "
        "Wednesday?"
    )
    body = _body(classifier, text, sender="Jamal Reed <jreed@example.com>")
    assert "Tuesday or Wednesday" in body
    assert "Monday" not in body.split("Our hours")[0]


def test_coming_off_night_shifts_is_no_wish_for_evenings(classifier: Classifier) -> None:
    text = (
        "I'm a nurse on 12s and Wednesdays I'm always scheduled, so any weekday but Wednesday. Mid-morning is best "
        "since I'm usually coming off nights, like 10 or 11. Do you take Aetna?"
    )
    body = _body(classifier, text)
    assert "evening" not in body


def test_the_first_session_length_asked_in_spanish_comes_from_the_faq(classifier: Classifier) -> None:
    text = "Hola, me interesa empezar terapia. ¿La primera sesión es más larga? Los jueves en la tarde me quedan bien."
    body = _body(classifier, text, sender="Lucía Gómez <lucia@example.com>")
    assert "50 minutos" in body
    assert "For staff" not in body


def test_asking_for_someone_they_would_recommend_is_answered_by_the_referral(classifier: Classifier) -> None:
    text = (
        "Hello, do you do ADHD testing for kids? My son is 10 and his teacher thinks he might have ADHD. We have "
        "Aetna. If you don't do testing, do you have someone you'd recommend? Thank you! Amanda"
    )
    body = _body(classifier, text, sender="Amanda Fox <afox@example.com>")
    assert "Portland Assessment Center" in body
    assert "For staff" not in body


def test_sitting_in_on_sessions_is_moot_for_a_child_we_refer_out(classifier: Classifier) -> None:
    text = (
        "My daughter Lily is 9 and has had a lot of anxiety since starting a new school. Do you see kids her age? "
        "Do you take Kaiser? And if you do see kids, would I be able to sit in on the first session or two?"
    )
    body = _body(classifier, text, sender="Erin Lake <erin@example.com>")
    assert "Rose City" in body
    assert "For staff" not in body


def test_paperwork_for_out_of_network_reimbursement_is_the_superbill(classifier: Classifier) -> None:
    text = (
        "I have UnitedHealthcare. Are you in network with them? If not, what would I pay per session and can I get "
        "paperwork to send to UHC for out-of-network reimbursement? Saturdays are best."
    )
    body = _body(classifier, text, sender="Tasha Bell <tasha@example.com>")
    assert "superbill" in body and "$165" in body
    assert "For staff" not in body


def test_a_cancellation_with_the_next_session_kept_offers_no_new_time(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I need to cancel next Tuesday's 4pm (Dec 1). My sister's wedding got moved up. No need to "
        "reschedule, I'll see you the week after as usual. Thanks! Olivia"
    )
    u = read(classifier, text, sender="Olivia Park <olivia.p@example.com>")
    assert u.request.known.keeps_next
    body = COMPOSER.compose(u).body
    assert "cancel your session" in body
    assert "book" not in body and "new time" not in body


def test_a_switch_to_video_keeping_the_slot_moves_nothing(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I'm moving out to Beaverton at the end of the month, and getting across town for 5pm on Thursdays "
        "is going to be rough. Could we switch my sessions to video going forward? Same Thursday 5pm slot if possible."
    )
    body = _body(classifier, text, sender="Bennett Cole <bcole@example.com>")
    assert "at your usual Thursday 5pm time" in body
    assert "new time" not in body


def test_a_spanish_client_cancelling_two_sessions_is_told_they_are_cancelled(classifier: Classifier) -> None:
    text = (
        "Hola Dana, le escribo para avisarle que mi mamá falleció anoche en Guadalajara. Salgo mañana temprano para "
        "allá. Por favor cancele mis citas del jueves 12 y del jueves 19."
    )
    u = read(classifier, text, sender="Alejandro Ruiz <aruiz@example.com>")
    assert Kind.CANCEL in u.request.kinds
    assert "cancelaré" in COMPOSER.compose(u).body


def test_a_family_name_written_first_is_never_the_greeting(classifier: Classifier) -> None:
    for sender, signature, given in (
        ("CHEN Mei-Ling <meiling.chen88@example.com>", "Chen Mei-Ling", "Mei-Ling"),
        ("Zhang Wei <zhangwei@example.com>", "Zhang Wei", "Wei"),
        ("Nguyen Thi Hoa <hoa.nguyen@example.com>", "Nguyen Thi Hoa", "Hoa"),
        ("Park Ji-hoon <jihoon.park@example.com>", "Park Ji-hoon", "Ji-hoon"),
    ):
        signed = f"Do you take Aetna? I'd like to start therapy for anxiety.\n\nThank you,\n{signature}"
        u = read(classifier, signed, sender=sender)
        assert u.extraction.first_name == given, sender


def test_initials_in_capitals_are_still_the_given_name(classifier: Classifier) -> None:
    u = read(classifier, "Do you take Aetna? I'd like to start therapy.", sender="BJ Okoro <bj@example.com>")
    assert u.extraction.first_name != "Okoro"


def test_a_parent_telling_of_a_daughter_restricting_hears_a_word_of_sympathy(classifier: Classifier) -> None:
    text = (
        "I'm reaching out for my daughter Grace, who is 17. Over the past few months she has lost a lot of weight and "
        "I've found evidence that she's restricting. Her doctor says she's medically stable for now but wants her in "
        "therapy. Do you take Blue Cross?"
    )
    body = _body(classifier, text, sender="Laura Whitfield <laura@example.com>")
    assert "so hard for her" in body


def test_a_referrer_asking_if_there_are_openings_is_told_we_are_accepting(classifier: Classifier) -> None:
    text = (
        "Hi, OB nurse at Women's Care NE. Referring pt 29F, 6 wks PP, EPDS 13, denies SI/HI. Pt would prefer video, "
        "mornings. Kaiser. Pt has been given your number and will call; just wanted to give you a heads up and ask if "
        "you have openings in the next couple weeks."
    )
    assert Kind.ACCEPTING in read(classifier, text, sender="Jill Marquardt <jill@example.com>").request.kinds


def test_a_son_threatening_his_school_with_a_gun_at_hand_is_a_threat_to_others(classifier: Classifier) -> None:
    text = (
        'Please someone call me. My son is 15 and tonight he told his sister he is going to "make them all pay" at '
        "school tomorrow, and he knows where his stepdad keeps the gun. He locked himself in his room. 503-555-0190"
    )
    u = read(classifier, text, sender="Tanya Rollins <tanya@example.com>")
    assert u.request.about_someone_else
    assert "call 911 now" in COMPOSER.compose(u).body


def test_a_hard_phrase_explained_as_the_job_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "I've been a dental hygienist for 14 years and I keep saying to my partner \"I can't do this anymore,\" "
        "meaning the job, not anything darker! I want to change careers but I'm stuck. Do you help with that kind of "
        "life transition stuff? Monday or Tuesday evenings would work best for me."
    )
    u = read(classifier, text, sender="Holly Dean <holly@example.com>")
    assert "crisis" not in u.classification.labels
    assert "life transitions" in COMPOSER.compose(u).body


def test_giving_things_away_before_a_move_abroad_is_packing(classifier: Classifier) -> None:
    text = (
        "I'm 23 and I'm moving to Japan in March to teach English. I've been giving a lot of my things away to "
        "friends this week (my lease ends in February and I can only take two suitcases). Do you do short-term work "
        "around life transitions? And could I keep seeing you by video once I'm in Japan?"
    )
    u = read(classifier, text, sender="Hugo Lind <hugo@example.com>")
    assert "crisis" not in u.classification.labels
    assert "licensed in Oregon only" in COMPOSER.compose(u).body


def test_a_letter_signed_by_a_reverend_is_answered_dear_rev(classifier: Classifier) -> None:
    text = (
        "Dear Sir or Madam,\n\nI am looking for a counselor of faith for my wife and myself. Would you kindly let me "
        "know whether you have such a person and an opening?\n\nRespectfully,\nThe Rev. Thomas Whitley"
    )
    assert "Dear Rev. Whitley," in _body(classifier, text, sender="Thomas Whitley <tw@example.com>")


def test_a_grandmother_whose_daughter_died_hears_of_her_daughter(classifier: Classifier) -> None:
    text = (
        "Dear Ms. Reyes,\n\nI am writing on behalf of my grandson, Jayden, who is 13 and has lived with me since his "
        "mother, my daughter, died of an overdose in the spring. Do you work with young teenagers who have lost a "
        "parent? He is covered by the Oregon Health Plan.\n\nSincerely,\nDolores Kaminski"
    )
    body = _body(classifier, text, sender="Dolores Kaminski <dk@example.com>")
    assert "the loss of your daughter" in body
    assert body.startswith("Dear Dolores,")


def test_a_couple_of_therapists_before_is_no_couples_question(classifier: Classifier) -> None:
    text = (
        "Hi! I'm a 29 year old trans woman looking for a therapist who actually gets it. I've had a couple who meant "
        "well. Are any of your therapists LGBTQ+ affirming? I'd prefer video."
    )
    assert "couples" not in _body(classifier, text, sender="Morgan Ash <morgan@example.com>")


def test_a_service_we_refer_out_gets_no_therapist_preference_line(classifier: Classifier) -> None:
    text = (
        "I'm 20 and I've struggled with restricting on and off since high school. Do you work with eating disorders? "
        "I'd really prefer a woman therapist. In person would be best."
    )
    body = _body(classifier, text, sender="Hailey Moss <hailey@example.com>")
    assert "don't offer eating disorder treatment" in body
    assert "glad to see you" not in body


def test_internet_too_poor_for_video_is_no_offer_of_video(classifier: Classifier) -> None:
    text = (
        "I'm my husband's main caregiver and I'm tired in a way I didn't know was possible. We have satellite "
        "internet, which is not good enough for video most days. Do you do sessions by phone?"
    )
    body = _body(classifier, text, sender="Judy Lund <judy@example.com>")
    assert "secure video" not in body
    assert "so hard for him" not in body


def test_a_client_asking_if_cancelling_costs_a_fee_hears_the_policy_not_the_price(classifier: Classifier) -> None:
    text = (
        "Hi! I'm going to be out of town for Thanksgiving week, so I need to cancel my session on Tuesday the 24th. "
        "That's more than 24 hours out so I think I'm okay fee-wise? I'll see you on December 1st as usual."
    )
    body = _body(classifier, text, sender="Cilla Hart <cilla@example.com>")
    assert "24 hours' notice" in body
    assert "per individual session" not in body


def test_regence_bcbs_of_oregon_is_regence(classifier: Classifier) -> None:
    text = (
        "Referring a 22F, MDD (moderate, recurrent). Currently denies SI/HI. She's moving to Portland on 12/1 and "
        "prefers in person. Ins: Regence BCBS of Oregon. Can you confirm you're in network? Can you take her?"
    )
    body = _body(classifier, text, sender="Amy Whitaker, MD <aw@example.com>")
    assert "in network with Regence" in body
    assert "accepting new clients" in body


def test_grief_after_a_suicide_asked_specifically_goes_to_staff(classifier: Classifier) -> None:
    text = (
        "My older brother died by suicide in March. I'm not in any danger myself. Do you have anyone who works with "
        "grief, and specifically with people who've lost someone to suicide? I'm on Aetna."
    )
    body = _body(classifier, text, sender="Nadia Shah <nadia@example.com>")
    assert "they ask about loss to suicide" in body


def test_a_lower_case_short_name_signed_alone_is_the_greeting(classifier: Classifier) -> None:
    text = "hey, do you run any support groups for queer young adults? i'm 22.\n\nlex"
    assert read(classifier, text, sender="Alexis Romero <lexromero@example.com>").extraction.first_name == "Lex"


def test_a_client_who_updated_the_card_is_told_the_payment_runs_again(classifier: Classifier) -> None:
    text = (
        "Oh no, sorry! My bank replaced my card after some fraud last week. I just updated it in the portal. Can you "
        "try running it again?"
    )
    body = _body(classifier, text, sender="Stephanie Ruiz <steph@example.com>")
    assert "run the payment again" in body


def test_paying_with_an_hsa_card_is_that_ok_is_answered_yes(classifier: Classifier) -> None:
    text = "My doctor mentioned EMDR. Do you offer it? I'm self-employed so I'd be paying with my HSA card. Is that OK?"
    body = _body(classifier, text, sender="Jess Moreno <jess@example.com>")
    assert "HSA or FSA card" in body
    assert "in network with Aetna" not in body


def test_a_client_asking_for_an_opening_this_week_is_looked_for_this_week(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I'm so sorry I missed our session yesterday. I was rear-ended on Sandy Blvd. I saw the no-show fee "
        "on my card. Would you be willing to waive it? I'd also like to get back in as soon as possible. Any opening "
        "this week?"
    )
    assert "soonest time we have this week" in _body(classifier, text, sender="Kristin Lowe <kl@example.com>")


def test_parents_writing_about_their_son_ask_no_couples_question(classifier: Classifier) -> None:
    text = (
        "We moved here this summer and my 15 year old son has had a hard time with the move. My wife and I think he "
        "should talk to someone outside the family. Do you accept Tricare? If so I'd like to get him scheduled."
    )
    u = read(classifier, text, sender="Ray Delgado <ray@example.com>")
    assert Kind.COUPLES not in u.request.kinds


def test_the_ex_in_another_state_is_not_the_writer(classifier: Classifier) -> None:
    text = (
        "My ex-husband and I share our daughter (11). Our mediator suggested co-parenting counseling. He lives in "
        "Vancouver, WA now. Could he join sessions by video from there? I'd come in person."
    )
    body = _body(classifier, text, sender="Kristin Hale <kh@example.com>")
    assert "while you're in Washington" not in body


def test_nothing_court_ordered_is_no_court_ordered_work(classifier: Classifier) -> None:
    text = (
        "I'm a family mediator. I'm working with a divorcing couple who need help communicating about the kids. "
        "Nothing court ordered; they're doing this voluntarily. What is the fee for co-parenting sessions?"
    )
    assert "court-ordered" not in _body(classifier, text, sender="Howard Lin <hl@example.com>")


def test_a_new_baby_at_the_exs_house_is_no_congratulation(classifier: Classifier) -> None:
    text = (
        "My daughter Harper is 14. Her dad just remarried and there's a new baby on the way at his house, and she's "
        "been having a lot of big feelings about it. Do you see teens? We have Aetna."
    )
    assert "Congratulations" not in _body(classifier, text, sender="Amanda Kerr <ak@example.com>")


def test_saturday_as_the_only_day_is_the_day_wanted() -> None:
    assert read_when("i work at the amazon warehouse and saturday is my only day").wanted == ("saturday",)


def test_a_weekday_wanted_beside_a_day_he_cannot_do() -> None:
    when = read_when("I'd need late afternoon on a weekday, and he can't do Thursdays.")
    assert "monday" in when.wanted and "thursday" in when.ruled_out


def test_a_reply_goes_to_the_personal_address_asked_for(classifier: Classifier) -> None:
    text = (
        "I'm looking for a therapist to help me manage stress and some health anxiety. Do you have openings Monday "
        "through Wednesday at lunch? Please use my personal email for any reply: anita.d@gmail.com"
    )
    u = read(classifier, text, sender="Anita Desai <adesai@work.example>")
    assert u.extraction.contact_email == "anita.d@gmail.com"


def test_denied_risk_in_a_referral_is_no_crisis(classifier: Classifier) -> None:
    for text in (
        "Referral for outpatient therapy\nDx: GAD\nSI/HI: denies, no hx\nPt prefers female therapist. Ins: Regence",
        "21M, panic d/o. Passive SI in 2023, none current; safety plan on file, denies SI/HI today. Ins: Kaiser.",
        "My mother is 81 and very sad since my father died. I did ask her straight out whether she's had thoughts of "
        "hurting herself, and she said no, absolutely not, she just misses him. Do you see people her age?",
    ):
        assert read(classifier, text).request.intent.value != "crisis", text[:40]


def test_pills_gathered_on_the_table_are_to_be_put_out_of_reach(classifier: Classifier) -> None:
    text = (
        "Hola. Tengo fibromialgia desde hace 10 años y el dolor no me deja vivir. Ya no puedo más. Tengo todas las "
        "pastillas juntas aquí en la mesa. Solo quería que alguien supiera."
    )
    body = _body(classifier, text, sender="Carmen Ruiz <carmen@example.com>")
    assert "988" in body and "fuera de su alcance" in body


def test_someone_moving_here_in_a_month_hears_we_are_accepting(classifier: Classifier) -> None:
    text = (
        "My wife and I separated in August and I'm in the middle of a move from Vancouver to Portland. Are you taking "
        "new people right now? And can you see me over video while I'm still on the Washington side for another "
        "month or so?"
    )
    body = _body(classifier, text, sender="Nate Coelho <nate@example.com>")
    assert "accepting new clients" in body
    assert "while you're in Oregon" in body
