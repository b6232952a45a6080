"""From four hands written this session (older adults, parents and teens, a messy week's inbox, identity and fit):
what each reply must get right that it did not at first sight. The wording is ours; the situations are the mail's."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Intent, Kind

from .test_reading import COMPOSER
from .test_reading import understand as read


def _body(classifier: Classifier, text: str, **kw: str) -> str:
    return COMPOSER.compose(read(classifier, text, **kw)).body


# --- crisis: recall first, but a risk ruled out, taken back or long past is not a crisis ---------------------------


def test_a_mother_who_asked_and_heard_no_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "My son is 50 and lost his job at the mill. I asked him straight out if he had thoughts of hurting himself, "
        "the way the pamphlet at the doctor's office said to, and he said no, Mom, nothing like that. I believe him. "
        "Can I make the appointment for him? What would it cost?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_teen_who_answered_mom_no_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "My daughter is 15 and has pulled away from everything. I asked her straight out if she's ever thought about "
        "hurting herself, because I read that you should ask, and she rolled her eyes and said \"Mom, no, I'm just "
        'tired of people." I believe her. How does it work with a teenager?'
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_pediatricians_screening_clears_a_meltdown_told_before_it(classifier: Classifier) -> None:
    text = (
        "Last Tuesday I took his phone away and he completely melted down, screaming that he wanted to die and that "
        "I'd ruined his life. It scared me badly.\n\nWe saw his pediatrician on Thursday and she did a screening. She "
        "said he's not at risk and isn't having thoughts of suicide. We'd like to set up an intake. We have Regence."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_caregiver_who_takes_back_cant_do_this_anymore_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nMy wife Judy had a stroke in April and I've been taking care of her since she came home: bathing, "
        "meds, the whole nine yards. I'm 75 and I don't mind telling you it's wearing me down. Some nights I sit in "
        "the garage and think I can't do this anymore. I don't mean anything dark by that, I'd never leave her, I "
        "mean I am bone tired.\n\nDo you have any kind of support group for husbands who are caregivers? I'd feel "
        "more comfortable with other fellows in the same boat. If not, I suppose I could see someone one-on-one. I "
        "have Medicare and a Blue Cross supplement."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_street_name_and_a_neighbours_name_are_no_words_of_risk(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("I got your card at the library on Killingsworth. Mrs. Gunderson moved to Tacoma.")
    assert risk_cue("he keeps a gun in the truck") and risk_cue("I want to kill myself")


def test_the_end_of_my_rope_is_a_figure_of_speech(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("I'm at the end of my rope with my mother's accusations.")


def test_it_scares_me_said_of_a_question_is_no_risk_but_fear_of_harm_is(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("¿La información se puede compartir con inmigración? Me da miedo.")
    assert risk_cue("Me da miedo lo que mi esposo pueda hacer.")


def test_a_referral_with_no_current_si_and_past_passive_si_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Referring 19 y/o student for ongoing individual therapy. No current SI (assessed 11/9); hx passive SI spring "
        "2025, no attempts, no SH. Student prefers video, evenings, self-pay with sliding scale."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_safety_plan_kept_through_a_stable_year_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Two years ago my daughter went through a very dark period that included a suicide attempt. She has been "
        "stable and doing well for well over a year, and she has a safety plan we all know by heart. Her therapist "
        "is retiring. We have Aetna. Thursdays after school are best."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_nurses_report_of_a_plan_a_gun_and_a_refused_er_asks_for_911_now(classifier: Classifier) -> None:
    text = (
        'Pt I referred to you last week (82M, CHF, widowed) voiced SI w/ plan during home visit today, stated "I have '
        'my service revolver and I know how." Has access to firearm, refused ER eval, refused to let me remove '
        "weapon. Need clinician callback ASAP re: next steps. I am still at the residence."
    )
    understood = read(
        classifier, text, sender="Brenda Kowal RN <bkowal@homehealth.example>", subject="urgent - pt SI w/ plan"
    )
    assert understood.request.intent == Intent.CRISIS
    body = COMPOSER.compose(understood).body
    assert "emergency evaluation today" in body and "Thank you for letting us know right away." in body
    assert "for the referral" not in body and "We work with grief" not in body
    assert "If anything else comes to mind" not in body


def test_a_referrers_number_written_plainly_is_the_one_the_clinician_calls(classifier: Classifier) -> None:
    text = (
        "16 y/o M, active SI w/ plan disclosed to me during 4th period. Parents notified, en route to school. "
        "Recommended ED eval; dad resistant. Can you see him today? Pls call 503-555-0171."
    )
    body = _body(classifier, text, sender="Sandra Ruiz <sruiz@school.example>", subject="URGENT - 16M active SI")
    assert "urgent: a clinician calls today (the number in their message: (503) 555-0171)" in body


def test_a_referral_whose_safety_plan_is_done_is_not_told_to_call_911(classifier: Classifier) -> None:
    text = (
        "34M referred by supervisor. +SI w/ plan (firearm at home), declined ED eval. Wife aware, removing firearm "
        "tonight per pt. Safety plan done by phone. Aetna. Can you see him tomorrow? Call me 503-555-0127."
    )
    body = _body(classifier, text, sender="D. Frazier <dfrazier@eap.example>", subject="URGENT referral")
    assert "emergency evaluation today" not in body


# --- what they asked, read as they meant it -----------------------------------------------------------------------


def test_a_time_to_move_from_is_not_the_time_asked_for(classifier: Classifier) -> None:
    body = _body(classifier, "Any chance Elijah's Monday 4:00 could move to 5:30 going forward? Wrestling started.")
    assert "5:30" in body and "whether 4:00" not in body
    body = _body(classifier, "Could Soren's sessions over the break be in the morning instead of 4pm?")
    assert "whether 4pm" not in body


def test_if_not_friday_rules_out_no_day(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "Do you have any Friday afternoon appointments? Friday is the only day that works. If not Friday, Saturday "
        "could maybe work.",
    )
    assert "Saturdays, which don't work for you" not in body


def test_a_weekday_evening_needed_after_shift_work_is_wanted_not_ruled_out(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "Video would be easiest since we all work different shifts, we'd probably need a weekday evening. "
        "Is the couples fee the same for three people?",
    )
    assert "which don't work for you" not in body


def test_booked_with_another_practice_closes_the_inquiry(classifier: Classifier) -> None:
    text = (
        "I wrote on the 10th and didn't hear back, so I've gone ahead and booked with another practice. No hard "
        "feelings. You can close out my inquiry."
    )
    assert read(classifier, text).request.intent == Intent.WITHDRAWAL


def test_a_drop_off_is_no_fee_waiver(classifier: Classifier) -> None:
    text = (
        "My daughter has missed 19 days of school. Some mornings she can't get out of the car at drop-off; she "
        "shakes and says she feels sick. Do you have daytime openings, Tues-Thurs?"
    )
    kinds = read(classifier, text).request.kinds
    assert Kind.FEE_WAIVER not in kinds
    assert "charge on your account" not in _body(classifier, text)


def test_a_letter_asked_for_is_never_called_their_records(classifier: Classifier) -> None:
    text = (
        "Hi Dana, the new building needs an ESA letter for my cat. Since we've been working together for almost a "
        "year, would you be able to write one?"
    )
    body = _body(classifier, text)
    assert "your records" not in body and "letter" in body


def test_cancelling_todays_session_is_cancelled_whatever_the_fee(classifier: Classifier) -> None:
    text = (
        "I'm so sorry for the late notice, but I have to cancel my 2pm today. My lupus is flaring. Is there any "
        "chance the late cancellation fee could be waived? I really can't swing $165 this month."
    )
    body = _body(classifier, text)
    assert "hold off on cancelling" not in body and "I'll cancel your session" in body


def test_a_question_about_the_policy_is_not_a_cancellation_given_in_time(classifier: Classifier) -> None:
    text = (
        "Before we commit, I want to ask about your cancellation policy. Tournament schedules sometimes come out only "
        "3 or 4 days ahead, so we might need to move things. How much notice do you need, and is there a fee?"
    )
    body = _body(classifier, text)
    assert "no charge for cancelling" not in body and "24 hours' notice" in body


def test_a_wish_for_a_man_said_for_a_son_is_not_the_parents(classifier: Classifier) -> None:
    text = (
        "My kids are 15 and 17. Would it be possible for both of them to see therapists at your practice, so my "
        "husband only has to do one drive? Do you have a male therapist for my son?"
    )
    body = _body(classifier, text)
    assert "you'd prefer to work with a man" not in body and "see you" not in body


def test_a_mothers_own_diagnosis_is_hers_when_she_writes_for_her_children(classifier: Classifier) -> None:
    text = (
        "I was diagnosed with breast cancer in October. My kids are 15 and 17. Do you have a male therapist for my "
        "son? We have Aetna."
    )
    assert "sorry to hear about your diagnosis" in _body(classifier, text)


def test_a_joke_about_ones_own_funeral_is_no_bereavement(classifier: Classifier) -> None:
    text = (
        "At 76 every checkup feels like a dress rehearsal for my own funeral, ha. I'm not sleeping and I lie awake "
        "listing diseases. Do you have openings on Monday mornings?"
    )
    body = _body(classifier, text)
    assert "loss" not in body and "grief" not in body


def test_a_card_still_to_come_is_not_thanked_for(classifier: Classifier) -> None:
    text = (
        "Could you update my name on my billing and receipts? My Regence card is being reissued with the new name, "
        "I'll send the new member ID when I get it."
    )
    assert "Thank you for sending this" not in _body(classifier, text)


def test_the_vas_community_care_network_is_not_unitedhealthcare(classifier: Classifier) -> None:
    from triage.core.carriers import find_carrier

    text = "Please advise if your practice is enrolled as a Community Care Network (Optum/TriWest) provider."
    assert find_carrier(text) != "UnitedHealthcare"
    assert find_carrier("My plan is through Optum.") == "UnitedHealthcare"


def test_a_clinician_asking_for_a_job_gets_no_client_reply(classifier: Classifier) -> None:
    text = (
        "I am a licensed psychologist who retired from the VA last year. Would you consider a part-time clinician, "
        "perhaps Mondays and Thursdays? I would be glad to send my CV and references."
    )
    assert read(classifier, text).request.intent == Intent.NOT_INQUIRY


def test_moving_out_of_state_said_only_in_the_subject_is_heard(classifier: Classifier) -> None:
    text = (
        "I'm going to live with my daughter in San Antonio. I leave December 4th. Could we keep going on the video "
        "after I move?"
    )
    body = _body(classifier, text, subject="Moving to my daughter's in Texas")
    assert "licensed in Oregon only" in body and "we can hold your session by secure video" not in body


def test_a_wish_for_a_therapist_who_understands_their_background_is_flagged_in_their_words(
    classifier: Classifier,
) -> None:
    text = (
        "My father died six weeks ago. I can't do Saturdays. I don't need the therapist to be Jewish, but I would "
        "want someone who won't be thrown by me talking about things like saying kaddish or sitting shiva."
    )
    body = _body(classifier, text)
    assert body.startswith("[For staff: they would like a therapist who understands them:") and "kaddish" in body


def test_one_question_quoted_inside_another_is_flagged_once(classifier: Classifier) -> None:
    text = (
        "Hi Dana! My mom agreed to come to one session with me. Is it ok if my cousin comes to interpret, or is "
        "there a professional interpreter service you'd rather use? And would it need to be a longer session?"
    )
    note = _body(classifier, text).split("\n", 1)[0]
    assert note.count("Is it ok if my cousin") == 1


def test_stress_management_asked_outright_goes_to_staff(classifier: Classifier) -> None:
    body = _body(classifier, "this semester is a lot. do you do like stress management stuff? I can only do after 4.")
    assert body.startswith("[For staff: they ask about stress.")


def test_a_question_pointing_at_a_plan_told_just_before_is_flagged_with_it(classifier: Classifier) -> None:
    text = (
        "I'm home for winter break until Jan 10 and I'd like to do a few sessions to reset before going back. "
        "Is that something you do, short-term? How much per session?"
    )
    note = _body(classifier, text).split("\n", 1)[0]
    assert "a few sessions to reset" in note and "short-term" in note


def test_is_it_possible_asks_whatever_it_points_to(classifier: Classifier) -> None:
    text = (
        "hi I'm 15 and I live in NE portland.\n\nI've been having a hard time with a lot of stuff. my parents are "
        "really strict and they think therapy is for crazy people. is it possible to see someone without them knowing? "
        "does it cost a lot?"
    )
    assert "without them knowing" in _body(classifier, text).split("\n", 1)[0]


def test_a_family_name_written_first_in_capitals_is_not_greeted(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "Do you have a therapist who speaks Korean?\n\nBest regards,\nPARK Jihoon",
        sender="PARK JIHOON <jp@example.com>",
    )
    assert "Jihoon" in body.split("\n", 1)[0] + body and "Park," not in body
    body = _body(
        classifier,
        "Only free Monday morning. Do you take Kaiser?\n\nThank you.\nMinh",
        sender="NGUYEN VAN MINH <m@example.com>",
    )
    assert "Hi Minh," in body


def test_accessible_forms_and_ada_accommodations_at_work_are_no_question_about_the_building(
    classifier: Classifier,
) -> None:
    assert "step-free" not in _body(
        classifier, "I'm blind and use a screen reader. Are your intake forms accessible? I'd like help with anxiety."
    )
    assert "step-free" not in _body(
        classifier,
        "HR needs a letter about my ADA accommodations confirming I'm in treatment. Is that something you can write?",
    )


def test_a_door_or_a_van_beyond_the_accessibility_fact_goes_to_staff(classifier: Classifier) -> None:
    body = _body(
        classifier, "Is the office step-free? And is there parking close by where a van with a side ramp would fit?"
    )
    assert body.startswith("[For staff:") and "side ramp" in body.split("\n", 1)[0]


def test_days_when_something_happens_are_not_days_offered(classifier: Classifier) -> None:
    body = _body(classifier, "My in-laws arrive Saturday. Can we do video next week? Do you take Aetna?")
    assert "Saturdays" not in body
    body = _body(
        classifier, "I also go to Mass every Sunday. Is there a therapist who respects faith? Do you take Aetna?"
    )
    assert "Sundays" not in body


def test_saving_up_a_medicine_is_a_crisis_wherever_it_is_said(classifier: Classifier) -> None:
    text = (
        "A few questions:\n\n1. Is anyone there trained in IFS?\n2. Do you take Regence?\n3. I should probably "
        "mention I've been saving up my lithium for a few weeks. I don't think you'll need to hold a spot for me "
        "for long."
    )
    assert read(classifier, text).request.intent == Intent.CRISIS


def test_a_thank_you_for_crossing_a_named_bridge_is_no_word_of_risk(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("I drove over the Fremont Bridge last week without thinking about it once.")
    assert not risk_cue("So no job, no insurance, and my mom's gone.")
    assert risk_cue("I keep driving to the bridge at night.")


def test_a_counselor_who_says_not_currently_at_risk_beside_a_safety_plan_refers_no_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "I'm a school counselor referring a 14-year-old with a history of non-suicidal self-injury and no self-harm "
        "in over eight months. She has a safety plan, I met with her this week, and she is not currently at risk. "
        "Do you see 14-year-olds? They have Kaiser."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_maybe_cancelling_is_a_question_about_the_policy_not_a_cancellation(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "Dana - what's the cancellation window again, 24 or 48 hours? Our son's surgery might land on Tuesday, "
        "which would mean cancelling our session. I'll know for sure Monday.",
    )
    assert "I'll cancel" not in body and "24 hours' notice" in body


def test_a_move_here_from_another_state_is_no_session_there(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "I did about 20 sessions of ERP in Seattle in 2023 and it helped, but I moved to Portland last spring. Are "
        "you in network with Regence?",
    )
    assert "Washington" not in body


def test_a_trucker_parked_in_another_state_hears_where_sessions_can_be_held(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "I drive long haul. Can I do video sessions from the truck when I'm parked? Most weeks I'm somewhere in "
        "Idaho on a Tuesday night.",
    )
    assert "licensed in Oregon only" in body


def test_a_baby_still_on_the_way_is_congratulated_as_on_the_way(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "I'm due with our second in late January and I'm trying to be proactive after a rough time with postpartum "
        "depression with our first. Do you offer perinatal support? We have Regence.",
    )
    assert "baby on the way" in body and "new baby" not in body


def test_a_referral_partnership_paying_per_couple_is_a_pitch(classifier: Classifier) -> None:
    text = (
        "Hi! We work with hundreds of engaged couples every year and would love to set up a referral partnership for "
        "premarital counseling. We pay $50 for every couple you send our way and feature you on our vendor page. "
        "Reply to learn more!"
    )
    sender = "Forever After Weddings <hello@foreverafter.example>"
    assert read(classifier, text, sender=sender, subject="Partnership").request.intent == Intent.NOT_INQUIRY


def test_cancelling_a_booked_phone_consultation_gets_a_confirmation(classifier: Classifier) -> None:
    body = _body(
        classifier,
        "Hi, please cancel the 15-minute phone consultation I booked for Thursday at noon. We've decided to try an "
        "elder care mediator instead for now. Thanks for your time.",
    )
    assert "I'll cancel your consultation" in body


def test_a_dental_office_worker_asking_about_emdr_is_answered(classifier: Classifier) -> None:
    text = (
        "I was T-boned at an intersection in October. I freeze up at intersections and I've had nightmares most "
        "nights. My PT suggested EMDR. Do you offer that, and is Cigna something you take? I work at a dental office "
        "Tues-Sat so Mondays would be the easiest."
    )
    assert read(classifier, text).request.intent == Intent.NEW_INQUIRY


def test_names_that_hold_a_word_of_risk_are_no_risk(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("Thank you for everything this year.\nBridget")
    assert not risk_cue("Thanks, Beatrice. My pharmacy called.")
    assert risk_cue("he beat me again") and risk_cue("thoughts of self-harm")


def test_a_referrer_who_asks_for_contact_only_if_we_take_the_plan_gets_no_promise(classifier: Classifier) -> None:
    text = (
        "Referring the following pt for outpatient therapy: 29 y/o, 6 wks postpartum, EPDS 15. Denies SI/HI. Pt "
        "prefers telehealth. Insurance is OHP. Do you accept OHP? If so, please contact her directly: Lauren "
        "Whitcomb, (503) 555-0194."
    )
    body = _body(classifier, text, sender="Dr. Ann Cho <acho@obclinic.example>", subject="Referral - postpartum pt")
    assert "We'll reach out directly" not in body and "If so, please contact her" in body.split("\n", 1)[0]


def test_an_eap_whose_member_will_call_us_hears_no_promise_that_we_will_call(classifier: Classifier) -> None:
    from triage.compose.wording import member_calls

    assert member_calls("Please confirm. The member will contact you directly to schedule once confirmed.")
    assert not member_calls("Please contact the member within 2 business days.")


def test_the_name_they_ask_to_be_called_by_is_the_one_greeted(classifier: Classifier) -> None:
    text = "Hello. My name is Richard Halvorsen, most folks call me Dick. I lost my wife in May. Do you take Medicare?"
    assert "Hi Dick," in _body(classifier, text, sender="Dick Halvorsen <dick@example.com>")
    assert "Hi Ann," in _body(classifier, "Please call me Monday about booking. Do you take Aetna?\n\nThanks, Ann")


def test_reaching_out_by_phone_is_no_wish_for_phone_sessions(classifier: Classifier) -> None:
    text = (
        "Before I reach out by phone I wanted to ask a few things:\n\n- Is there a woman therapist at your practice?\n"
        "- Do you take Kaiser Permanente?"
    )
    assert "sessions by phone" not in _body(classifier, text)


def test_a_state_board_is_no_place_the_sessions_would_be(classifier: Classifier) -> None:
    text = "Would anything I say ever be reported to the Oregon State Board of Nursing? Do you take Kaiser?"
    body = _body(classifier, text)
    assert "licensed in Oregon" not in body and "State Board of Nursing" in body.split("\n", 1)[0]
