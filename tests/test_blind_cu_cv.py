"""From the hands written this session (sets 102 and 103) and the gaps the last session left named: what each reply
must get right that it did not at first sight. The wording is ours; the situations are the ones the mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Intent

from .test_reading import COMPOSER
from .test_reading import understand as read

_EAP_LETTER = """Dear Provider,

Northway EAP is referring the following member for short-term counseling. Please contact the member within 2
business days to schedule an initial appointment.

Member: Ms. Carla Benning
Presenting concern: work stress
Phone: (971) 555-0107
Email: carla.benning@example.net
Sessions authorized: 6 (valid through 06/30/2026)
Member preferences: in-person, Tuesday or Thursday after 4:00 PM

Please confirm acceptance of this referral by replying to this email.

Thank you,
Northway EAP Care Coordination Team"""


def test_an_eap_letter_laid_out_in_fields_is_the_eaps_letter_not_a_website_form(classifier: Classifier) -> None:
    # "Member: / Email: / Presenting concern:" read as a form made the member the writer, greeted "Hi Carla"
    understood = read(
        classifier, _EAP_LETTER, sender="Northway EAP <referrals@northway-eap.example.com>", subject="EAP Referral"
    )
    assert understood.inquiry.form is None
    assert understood.request.intent == Intent.REFERRAL and "eap" in understood.request.known.payment
    body = COMPOSER.compose(understood).body
    assert body.startswith("[For staff:") and "this EAP" in body and "Hi Carla" not in body
    assert "book directly" not in body and "Once we've confirmed, we'll be in touch with" in body


def test_an_eap_authorisation_signed_by_the_eap_is_paid_by_the_eap(classifier: Classifier) -> None:
    # the body says "EAP" only in its signature: "Sessions authorized" and the sender still name who pays
    text = (
        "Provider: Calm Harbor Therapy\nAuthorization #: CE-2026-0001\nEmployee: Denise R.\n"
        "Sessions authorized: 3 (50-min)\nClient preference: female clinician, video, Tuesday after 5pm.\n\n"
        "Please confirm acceptance of this referral within 2 business days by replying to this email.\n\n"
        "Cascade EAP Care Coordination Team"
    )
    understood = read(
        classifier, text, sender="Cascade Employee Assistance <intake@cascadeeap.example>", subject="EAP Authorization"
    )
    assert understood.request.intent == Intent.REFERRAL and "eap" in understood.request.known.payment
    assert "[For staff:" in COMPOSER.compose(understood).body


def test_a_client_whose_plan_ends_is_answered_about_the_plan_that_starts(classifier: Classifier) -> None:
    # "my Moda plan ends April 30 ... Starting May 1 I'll have Medicare": Moda's network was the answer given
    text = (
        "Hi Sam,\n\nI turn 65 on May 2, and my Moda plan through work ends April 30 because I'm retiring (finally!). "
        "Starting May 1 I'll have Medicare Part B with a Medigap Plan G. Will you be able to bill that, or will I "
        "need to switch to paying out of pocket? I'd really like to keep seeing you.\n\nPat"
    )
    understood = read(classifier, text, subject="Insurance change")
    assert understood.request.known.insurer == "Medicare"
    body = COMPOSER.compose(understood).body
    assert "Moda" not in body and "Congratulations on your retirement!" in body


def test_a_retirement_told_without_cheer_hears_no_congratulations(classifier: Classifier) -> None:
    text = "Hello, since I retired in March I've felt lost and low. Do you take Aetna?\n\nPat"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Congratulations" not in body


def test_a_parents_fall_is_named_in_the_word_of_sympathy(classifier: Classifier) -> None:
    # "I'm sorry things have been so hard lately" was read as stock beside a fall, a dialysis, a diagnosis
    text = "My mom fell and broke her hip in October and I'm now her caregiver. Do you have Tuesday evenings?\n\nJen"
    assert "I'm so sorry to hear about your mom's fall." in COMPOSER.compose(read(classifier, text)).body


def test_their_own_diagnosis_is_named_in_the_word_of_sympathy(classifier: Classifier) -> None:
    text = "I was diagnosed with breast cancer in September and the anxiety is a lot. Do you take Aetna?\n\nJen"
    assert "I'm so sorry to hear about your diagnosis." in COMPOSER.compose(read(classifier, text)).body


def test_a_question_of_credentials_is_answered_from_the_therapists_listed(classifier: Classifier) -> None:
    text = "Hello,\n\n- What are your clinicians' credentials? Is anyone an LPC or psychologist?\n\nThanks,\nEli"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Dana Reyes and Sam Okafor, are licensed marriage and family therapists (LMFT) in Oregon." in body
    assert "[For staff" not in body
    where = COMPOSER.compose(read(classifier, "Hi, are you licensed in Washington? I live there.\n\nEli")).body
    assert "marriage and family" not in where


def test_an_approach_they_found_helpful_is_offered_without_sympathy_for_it(classifier: Classifier) -> None:
    # "I'm sorry things have been so hard lately. We work with EMDR" answered a therapist retiring and EMDR liked
    text = (
        "My therapist of four years retired in October and I'm looking for someone new. I've done some EMDR and "
        "found it helpful. Do you take Aetna?\n\nRiley"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "We do offer EMDR." in body and "so hard" not in body


def test_someone_who_travels_for_work_hears_video_from_home_but_not_from_away(classifier: Classifier) -> None:
    text = "Hi, I travel to Washington for work sometimes - can I do video sessions from there?\n\nRiley"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "we can't hold video sessions while you're in Washington; while you're in Oregon" in body
    assert "I'm sorry we can't see you" not in body


def test_a_dated_day_that_wont_work_is_not_offered_back(classifier: Classifier) -> None:
    # "I'll check what's open on Tuesday, Wednesday, or Thursday" to "Tuesday the 7th at 11 won't work"
    from triage.core.reading.days import read_when

    when = read_when("Unfortunately Tuesday the 7th at 11 won't work. Wednesday or Thursday afternoons are good.")
    assert when.wanted == ("wednesday", "thursday")


def test_someone_who_moved_up_from_another_state_is_not_told_about_licences(classifier: Classifier) -> None:
    text = "I moved up from San Diego in November for work and it's been lonely. Do you have evenings?\n\nGreg"
    assert "licensed" not in COMPOSER.compose(read(classifier, text)).body


def test_an_accident_where_no_one_was_hurt_badly_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I am writing on behalf of my son who is 22. He had a bad wreck in October (no one hurt badly thank "
        "goodness) and has not been the same, jumpy, not sleeping. Do you work with trauma after an accident? "
        "Do you take Cigna?\n\nSharon"
    )
    assert "crisis" not in read(classifier, text).classification.labels


def test_a_safety_plan_kept_by_someone_not_in_crisis_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I'm 36 and have a history of depression and one suicide attempt in 2017. I completed a year of DBT and "
        "I've been stable for years. I have a safety plan I still use, and I'm not in crisis. Do you take Regence?"
        "\n\nMorgan"
    )
    assert "crisis" not in read(classifier, text).classification.labels
    still = "I have a safety plan but I'm scared I'll use the pills tonight. Do you take Regence?\n\nMorgan"
    assert "crisis" in read(classifier, still).classification.labels


def test_a_referral_relayed_by_a_noreply_service_with_the_doctors_reply_to_is_answered(classifier: Classifier) -> None:
    # "Alan Whitfield via Eastside Referrals <noreply@...>", Reply-To his own address: no draft at all, a lead lost
    text = (
        "Dana,\n\nReferring Javier Ortiz, 41M, long-haul driver. GAD + insomnia. Denies SI/HI. Pt prefers video; "
        "home Sat/Sun. Ins: Regence BCBS. Please advise re availability.\n\nAlan Whitfield, MD"
    )
    understood = read(
        classifier,
        text,
        sender="Alan Whitfield via Eastside Referrals <noreply@eastsideclinic.example>",
        extra="Reply-To: awhitfield@eastsideclinic.example\r\n",
    )
    assert not understood.never_reply and understood.request.intent == Intent.REFERRAL
    body = COMPOSER.compose(understood).body
    assert "we're accepting new clients" in body and "Saturdays" in body


def test_a_union_reps_member_referral_is_a_referral_and_no_one_elses_death_is_their_loss(
    classifier: Classifier,
) -> None:
    text = (
        "Hi, I'm the member assistance rep for our local. Have a driver (50s, male) who was in a fatal accident last "
        "month, not at fault, other driver died. He's struggling bad, won't get back in the truck. Do you take "
        "Aetna? He'd need someone who does trauma.\n\nFrank\nMember Assistance, Local 162"
    )
    understood = read(classifier, text, subject="member referral")
    assert understood.request.intent == Intent.REFERRAL
    body = COMPOSER.compose(understood).body
    assert "again" not in body and "loss" not in body


def test_a_crisis_reply_answers_no_plan_named_only_in_our_own_quoted_words(classifier: Classifier) -> None:
    text = (
        "sorry i never booked. things got worse. everyone would be better off without me honestly\n\n"
        "On Mon, Oct 26, 2026 at 1:15 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Sessions are $165, and we're in network with Aetna, Regence and Kaiser Permanente.\n"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "to your question" not in body


def test_please_dont_call_the_police_sets_no_limit_on_how_we_reach_them(classifier: Classifier) -> None:
    text = (
        "i cant do this anymore. i have all my old prescriptions lined up on the counter. please dont call the police"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "988" in body and "won't call" not in body


def test_a_clients_switch_from_video_to_the_office_is_confirmed_as_asked(classifier: Classifier) -> None:
    text = (
        "Hi Dana! I've been doing video since we started in the spring, but I'm back in the office in December, so "
        "I'd love to switch to in-person for our Wednesday sessions starting Dec 2. Is that okay?\n\nYuki"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "we can see you in person at the office" in body and "by secure video instead" not in body


def test_a_client_away_in_another_state_is_not_promised_video_there(classifier: Classifier) -> None:
    text = "Hi, could we switch Thursday's session to video? I'm going to be up in Seattle for work Wed-Fri.\n\nLeo"
    body = COMPOSER.compose(read(classifier, text, subject="Re: Appointment reminder")).body
    assert "we can't hold video sessions while you're in Washington" in body


def test_a_superbill_taken_back_for_a_statement_of_payments_is_answered_as_a_statement(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I was going to ask for a superbill, but I'm in network with Aetna, so never mind that part. "
        "What I actually need is an itemized statement of all my 2026 payments for my FSA. Is that possible?\n\nCara"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "itemized statement of your sessions and payments" in body and "superbill" not in body


def test_the_sessions_own_time_in_brackets_is_not_the_time_asked_for(classifier: Classifier) -> None:
    text = (
        "Hi Sam, we need to move next Thursday's session (Nov 19 at 5:30). Could we do Saturday the 21st in the "
        "morning instead?\n\nMarisol"
    )
    assert "5:30 on Saturday" not in COMPOSER.compose(read(classifier, text)).body


def test_someone_choosing_a_new_therapist_who_asks_about_superbills_is_new(classifier: Classifier) -> None:
    text = (
        "Hi, I'm a 44-year-old engineering manager, 10+ years of therapy under my belt, and my most recent therapist "
        "and I agreed we'd hit a plateau. I'm interested in someone who integrates IFS and EMDR.\n\n"
        "1. Is Dana an LMFT, LPC, or something else?\n2. I have Cigna, so you'd be out of network. Can I use my FSA "
        "card to pay at the time of service and get a superbill monthly?\n3. Thursday at 6pm, possible?\n\nColin"
    )
    understood = read(classifier, text)
    assert understood.request.intent == Intent.NEW_INQUIRY
    assert "licensed marriage and family therapists" in COMPOSER.compose(understood).body


def test_a_child_refused_is_never_promised_a_call_to_set_up_a_first_appointment(classifier: Classifier) -> None:
    text = (
        "Hello, I'd like to refer a 12 y/o M w/ separation anxiety. Mom (Tina Brooks, 503-555-0181) works at a "
        "restaurant, evenings best. Kaiser. Do you see this age?\n\nRachel Kim, MD"
    )
    body = COMPOSER.compose(read(classifier, text, sender="Rachel Kim, MD <rkim@peds.example>")).body
    assert "aren't the right fit for a 12-year-old" in body and "reach out to him" not in body
    assert "[For staff" not in body


def test_do_yall_typed_without_a_question_mark_still_asks(classifier: Classifier) -> None:
    text = "do yall do adhd testing for adults. i keep getting written up at work. how much. i dont have insurance rn"
    assert "we don't offer ADHD testing" in COMPOSER.compose(read(classifier, text, sender="tyler <t@x.example>")).body


def test_a_sliding_scale_asked_below_our_floor_hears_no_yes(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I'm closing my practice and have a client who has been paying $80 on my sliding scale. Could you "
        "see him, and does your sliding scale go that low?\n\nPat Holloway, LCSW"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Our sliding scale goes down to $90 per session, so I'm afraid not quite as low as $80" in body


def test_a_school_counsellors_shorthand_crisis_is_answered_as_a_colleague(classifier: Classifier) -> None:
    text = (
        "Hi, HS counselor here. 16F (junior), disclosed this AM active cutting + passive SI, no plan stated. "
        "Dad asked me to find someone who can see her this week. Regence. Do you have anything?\n\nTom Rask, MS"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "for the referral" in body and "what you're going through" not in body


def test_cleaning_offices_at_night_asks_for_mornings_not_evenings(classifier: Classifier) -> None:
    text = "Hello, do you do EMDR? I clean offices at night so I can do mornings. Do you accept Aetna?\n\nCarmen"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "morning appointments" in body and "evening appointments" not in body


def test_a_partner_joining_asked_in_a_reply_hears_the_couples_fee_and_therapist(classifier: Classifier) -> None:
    text = (
        "ok thanks. if my wife comes too is that more $ or same. and is that a different person\n\n"
        "On Mon, Nov 9, 2026 at 4:02 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Individual sessions are $165 for 50 minutes.\n"
    )
    body = COMPOSER.compose(read(classifier, text, subject="Re: Question about sessions")).body
    assert "Sam Okafor" in body and "$195" in body


def test_one_offered_time_refused_and_the_other_taken_is_confirmed(classifier: Classifier) -> None:
    text = (
        "tues doesnt work anymore they switched me to closing. sat 10 good. do i need to bring anything\n\n"
        "On Thu, Nov 5, 2026 at 2:31 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Dana has two openings: Tuesday, November 10 at 6pm, or Saturday, November 14 at 10am.\n"
    )
    body = COMPOSER.compose(read(classifier, text, subject="Re: Your inquiry")).body
    assert "I'll confirm your appointment" in body and "offer another" not in body


def test_a_fee_for_moving_an_appointment_is_the_cancellation_policy(classifier: Classifier) -> None:
    text = (
        "Do you work with grief? Some weeks I'm free mornings. Is there a fee if I need to move an appointment?\n\nRen"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "24 hours' notice" in body and "per individual session" not in body


def test_a_question_typed_without_its_mark_before_the_sign_off_goes_to_staff(classifier: Classifier) -> None:
    text = "Do you take Medicare? It's for my mom, she's lonely. Does she need a referral from her doctor\nthx Theresa"
    body = COMPOSER.compose(read(classifier, text)).body
    assert 'they ask: "Does she need a referral from her doctor' in body


def test_a_concern_named_only_as_help_once_had_is_no_concern_now(classifier: Classifier) -> None:
    # "I've had therapy before (a couple of years in my twenties for depression)": "We work with depression" misread
    text = (
        "I was diagnosed with relapsing-remitting MS in September. I've had therapy before (a couple of years in my "
        "twenties for depression), but this is different. Can I do therapy entirely by video?\n\nDarnell"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "depression" not in body and "I'm so sorry to hear about your diagnosis." in body


def test_a_hedge_in_brackets_is_no_question_and_keeps_its_sentence_whole(classifier: Classifier) -> None:
    text = (
        "Hi Dana, Premera kicked back the September superbill asking for the place-of-service code. Is that "
        "something you can add (02 or 10 for telehealth, 11 for office, I think?) and re-send?\n\nHarper"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert 'they ask: ") and re-send?"' not in body
    hedge = COMPOSER.compose(read(classifier, "Hi Sam (and Dana?),\n\nDo you take Aetna?\n\nJo")).body
    assert "[For staff" not in hedge


def test_a_client_settling_up_and_saying_goodbye_is_a_crisis(classifier: Classifier) -> None:
    # cancelling everything, paying what is owed "tonight", a pet given to a sister, "None of this is on you"
    text = (
        "Hi Dana,\n\nPlease cancel all my upcoming sessions, including Thursday. I won't be needing them.\n\n"
        "Can you run my card tonight for whatever I still owe? I don't want to leave anything hanging for anybody "
        "to deal with. My sister took Biscuit this weekend so that's sorted too.\n\nThank you for everything you "
        "tried to do these past months. None of this is on you.\n\nGraham"
    )
    assert "crisis" in read(classifier, text).classification.labels
    moving = (
        "Hi Dana, I'm moving to Denver next month so please cancel all my upcoming sessions; I won't be needing "
        "them. Thank you for everything you did.\n\nGraham"
    )
    assert "crisis" not in read(classifier, moving).classification.labels


def test_a_past_attempt_told_with_no_thoughts_now_and_a_safety_plan_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I want to be upfront: in 2019 I had a suicide attempt during a bad depressive episode. I have been stable "
        "for years, and I'm not having any thoughts like that now. I have a safety plan and a good psychiatrist. "
        "I was laid off two weeks ago. Do you take Aetna?\n\nNatalie"
    )
    assert "crisis" not in read(classifier, text).classification.labels


def test_a_mother_who_asked_and_heard_no_and_a_doctor_who_found_no_risk_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I am writing for my son, who is 19. I asked him straight out whether he had thought about hurting himself. "
        "He said no, and the doctor screened him and did not find any risk. Is there a man on your staff who could "
        "see him? We have Kaiser.\n\nDeborah"
    )
    assert "crisis" not in read(classifier, text).classification.labels


def test_an_eap_case_managers_urgent_risk_call_asks_for_a_callback_not_the_panel(classifier: Classifier) -> None:
    text = (
        "Dana,\n\nReaching out from NW WorkLife EAP re: a shared member. 42M, termed this AM. Endorses SI w/ plan "
        "(firearm in home), declined ED eval. Requesting same-day contact, or a callback to me at 503-555-0172 to "
        "coordinate.\n\nMarisol Grant, LCSW\nClinical Case Manager, NW WorkLife EAP"
    )
    body = COMPOSER.compose(read(classifier, text, sender="Marisol Grant, LCSW <mg@nwwl-eap.example>")).body
    assert "calls them back today at (503) 555-0172" in body and "panel" not in body


def test_a_partners_threat_with_a_gun_gets_the_violence_hotline_not_gun_storage(classifier: Classifier) -> None:
    text = (
        "Tonight he took his hunting rifle out of the safe and put it on the kitchen table. He said if I leave he'll "
        "end it. I'm in the bedroom with the door locked. I don't know if we should still come Wednesday.\n\nCarmen"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "1-800-799-7233" in body and "lock it away" not in body


def test_someone_stepping_back_who_asks_for_no_reply_gets_no_draft(classifier: Classifier) -> None:
    from triage.core.facts import confirms_cancelling

    text = (
        "Hi Dana, thank you for this and for offering the Wednesday slot. I've sat with the numbers and even the lower "
        "end is more than I can do until my unemployment claim gets sorted out, so I'm going to hold off for now. "
        "Please give the time to someone else. No need to reply, I'll reach back out when things settle.\n\nMegan"
    )
    understood = read(classifier, text, subject="Re: First session")
    assert understood.request.intent == Intent.WITHDRAWAL and not confirms_cancelling(understood)


def test_a_couple_referred_in_network_or_out_hears_the_couples_fee(classifier: Classifier) -> None:
    text = (
        "Hi Sam,\n\nReferring a couple I assessed: mid-40s, separated x 5 mo. Appropriate for outpatient conjoint tx. "
        "They're on Cigna OON and will use superbills. Can you confirm you have capacity?\n\nMiriam Castellano, PsyD"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "$195" in body and "($165)" not in body


def test_a_couple_married_in_texas_is_seen_here_and_asks_no_discount(classifier: Classifier) -> None:
    text = (
        "We live in Portland but we're getting married in Austin in May. Texas waives the marriage license fee if "
        "you complete a premarital course. Is Sam a registered provider?\n\nAustin"
    )
    body = COMPOSER.compose(read(classifier, text, subject="premarital course for Texas license discount?")).body
    assert "Texas" not in body and "sliding scale" not in body


def test_a_partner_joining_from_abroad_goes_to_staff(classifier: Classifier) -> None:
    text = (
        "My husband is stationed in Germany until next summer. Is it possible to do couples sessions by video with "
        "him joining from Germany and me from here?\n\nBrittany"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "someone who would join lives in another country" in body and "secure video" not in body


def test_the_latest_hour_they_can_make_is_read_from_the_days_sentence(classifier: Classifier) -> None:
    text = (
        "we both work 7a-7p shifts so the earliest we could get anywhere on a weekday is like 7:30pm. do you ever do "
        "couples sessions that late?\n\ndani"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "can't offer a time at 7pm or later" in body and "We do offer evening appointments" not in body


def test_a_client_couple_is_never_sent_first_session_paperwork(classifier: Classifier) -> None:
    text = (
        "Hi there, Ana and I have been self-paying for our couples sessions with Sam since August. We'll both be on "
        "Kaiser from December 1. Can our sessions be billed to Kaiser? Is there anything we need to do on our end?"
        "\n\nTheo"
    )
    assert "before your first session" not in COMPOSER.compose(read(classifier, text)).body


def test_someone_who_cant_pay_the_full_fee_hears_of_the_sliding_scale(classifier: Classifier) -> None:
    text = (
        "Do you do payment plans? I'd really like to start, but I can't pay the full $165 upfront every week.\n\nLani"
    )
    assert "sliding scale down to $90" in COMPOSER.compose(read(classifier, text)).body


def test_a_discount_for_prepaying_several_sessions_is_no_sliding_scale_question(classifier: Classifier) -> None:
    from triage.core.request import Kind

    text = "Hi, I'd like to book a first appointment. Is there a discount if I pay for several sessions at once?\n\nJo"
    assert not read(classifier, text).request.asks_for(Kind.PAYMENT, "sliding_scale")


def test_a_car_that_died_is_no_loss_to_console(classifier: Classifier) -> None:
    text = "Hi Dana! My transmission died Monday so I'm carless. Could we do tomorrow's 2pm on video instead?\n\nTasha"
    assert "loss" not in COMPOSER.compose(read(classifier, text)).body


def test_times_that_change_week_to_week_go_to_staff(classifier: Classifier) -> None:
    text = (
        "Hi, I'm a nurse on rotating shifts. I can't commit to the same day every week. Is that a dealbreaker? "
        "Do you take Aetna?\n\nKim"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "their times change week to week: say whether they can book session by session" in body


def test_a_partner_who_would_come_alone_first_hears_the_individual_fee_too(classifier: Classifier) -> None:
    text = (
        "Hi, my husband and I are struggling and might do couples counseling later. Could I come on my own first? "
        "What does that cost?\n\nRae"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "individual sessions on your own; those are $165 each" in body


def test_a_spanish_couple_is_not_told_the_signer_sees_them_in_spanish(classifier: Classifier) -> None:
    body = COMPOSER.compose(
        read(classifier, "Hola, ¿tienen citas para pareja los sábados en diciembre?\n\nYesenia")
    ).body
    assert "Con gusto puedo atenderle en español" not in body and "solo en inglés" in body


def test_a_new_card_declined_too_is_not_run_again(classifier: Classifier) -> None:
    text = (
        "ok so I put the new card in through the portal but now that one got declined too?? I got let go on the 30th. "
        "Could I pay half of what I owe now and the rest on the 15th?\n\nPriya"
    )
    body = COMPOSER.compose(read(classifier, text, subject="Re: Payment declined")).body
    assert "their new card was declined too" in body and "run the payment again" not in body


def test_whether_the_sliding_scale_covers_couples_hears_no_yes_above_the_note(classifier: Classifier) -> None:
    text = "Hi, we'd like couples counseling with Sam. Does the sliding scale apply to couples sessions too?\n\nMo"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "sliding scale applies to couples sessions" in body and "Yes, we offer a sliding scale" not in body


def test_please_reply_to_my_personal_address_instead_is_where_the_reply_goes(classifier: Classifier) -> None:
    text = (
        "I got laid off last Friday and my work email stays live until the 15th, so please reply to my personal "
        "address instead: mbell.pdx@gmail.com\n\nAre you in network with Regence?\n\nMarcus"
    )
    understood = read(classifier, text, sender="Marcus Bell <marcus.bell@tidewater.example>")
    assert understood.extraction.contact_email == "mbell.pdx@gmail.com"


def test_a_risk_told_beside_an_old_clean_checkup_is_still_a_crisis(classifier: Classifier) -> None:
    # from the second read: "did not find any risk" once cleared any risk told about someone else in the message
    for text in (
        "She told a friend she wants to kill herself. Her doctor didn't find any risk at her checkup last month. "
        "Do you see teens, and do you take Regence?",
        "I asked him whether he had thought about hurting himself. He said no. But yesterday he told his sister he "
        "wants to kill himself. Do you take Kaiser?",
        "I'm not in crisis, but I've been relying on my safety plan most nights this month. Do you take Aetna?",
    ):
        assert "crisis" in read(classifier, text).classification.labels, text


def test_a_parent_naming_their_childs_school_counsellor_is_no_colleague(classifier: Classifier) -> None:
    text = (
        "my daughter's school counselor at Lincoln told us to contact you for a referral. She is 14 and she told her "
        "friend she wants to die. Can you see her this week?\n\nAnn"
    )
    understood = read(classifier, text)
    assert not understood.request.from_professional and "988" in COMPOSER.compose(understood).body


def test_a_limit_on_how_we_reach_someone_in_danger_is_kept(classifier: Classifier) -> None:
    from triage.core.crisis_care import private_contact

    assert private_contact("Please don't call anyone or leave messages, he would find out.") == "home"
    assert private_contact("please dont call the police, i just needed someone to know") == ""


def test_no_need_to_reply_unless_asks_for_a_reply_when(classifier: Classifier) -> None:
    from triage.core.facts import _NO_REPLY_NEEDED

    assert not _NO_REPLY_NEEDED.search("No need to reply unless I owe a cancellation fee.")


def test_a_late_cancel_asking_for_another_time_this_week_hears_how_to_rebook(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I need to cancel tomorrow at 10 - my daughter has a fever. I know it's under 24 hours. Can we find "
        "another time this week?\n\nPriya"
    )
    body = COMPOSER.compose(read(classifier, text, subject="Re: Tuesday")).body
    assert "calmharbor.example/book" in body


def test_a_plan_named_beside_a_refused_service_is_answered_when_they_may_stay(classifier: Classifier) -> None:
    text = (
        "Hello! Do you do ADHD assessments for adults? If not, do you work with adults who already have a diagnosis? "
        "I have Aetna.\n\nLena"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "we don't offer ADHD testing" in body and "in network with Aetna" in body
