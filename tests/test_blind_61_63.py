"""From the hands written this session (sets 61 to 63): what each reply must get right that it did not at first
sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Kind

from .test_reading import draft, understand


def test_a_referral_in_shorthand_for_an_eleven_year_old_is_declined_with_the_child_referral(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nReferring pt for outpatient therapy:\n10 y/o M, GAD sx x 6 mo, school refusal, somatic c/o. "
        "No SI/HI. Family has Aetna - pls confirm in network.\n\nThanks,\nPaul Ito, MD\nCedar Pediatrics",
        sender="Paul Ito MD <pito@cedarpeds.example>",
    )
    assert "aren't the right fit for a 10-year-old" in body and "welcome to book" not in body


def test_a_high_school_senior_is_a_teen_not_an_older_adult(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nOur son Declan (17) is a senior and college applications have taken over; he's barely sleeping. "
        "How soon could he get in? Where is your office?",
        sender="Orla Byrne <orla@example.com>",
    )
    assert "adults of every age" not in body and "17-year-old" in body


def test_two_childrens_ages_in_brackets_are_each_answered(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy kids (10 and 15) are struggling since the divorce. Would they each need their own therapist? "
        "We have Aetna.\n\nLena",
        sender="Lena Park <lena@example.com>",
    )
    assert "15-year-old" in body and "10-year-old" in body and "Rose City" in body


def test_a_referrer_whose_client_works_near_the_office_has_no_days_ruled_out(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Hi Dana,\n\nI'd like to refer a client: 30 y/o F, panic, stable. She has Kaiser and prefers in-person (she "
        "works near Lloyd Center), Tues or Wed after 5.\n\nHolly Green, LPC",
        sender="Holly Green <holly@example.com>",
    ).request
    assert request.known.days_ruled_out == ()


def test_video_from_the_place_they_spend_the_winter_is_answered_with_when_they_are_here(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I split my year between Lake Oswego and Tucson (I'm in Arizona November through March). I'd like someone "
        "for my anxiety that I could keep seeing when I'm down there, by video I suppose. Do you see retirees?",
        sender="Gloria Marsh <gloria@example.com>",
    )
    assert "while you're in Arizona" in body and "while you're in Oregon" in body


def test_a_trip_named_before_a_video_question_from_there_is_the_place_asked_about(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Hi Sam,\n\nWe'll be in Seattle for a wedding on the 1st. Could we do our Saturday session over video from "
        "there?\n\nMiguel",
        sender="Miguel Ortiz <miguel@example.com>",
    ).request
    assert any(q.kind == Kind.LOCATION and "washington" in q.values for q in request.questions)


def test_a_spanish_question_about_video_while_he_is_in_california_is_a_licence_question(
    classifier: Classifier,
) -> None:
    request = understand(
        classifier,
        "Hola, mi papá pasa los veranos conmigo en Portland y los inviernos en Fresno. Cuando él esté en California, "
        "¿podría seguir por videollamada? ¿Aceptan Medicare?\n\nRosa",
        sender="Rosa Vega <rosa@example.com>",
    ).request
    assert any(q.kind == Kind.LOCATION and "california" in q.values for q in request.questions)


def test_a_trucker_out_of_oregon_all_week_asking_for_video_hears_where_sessions_can_be(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hola,\n\nMi esposo y yo queremos terapia individual para mí. Él maneja tráiler y está fuera de Oregon casi "
        "toda la semana. ¿Se puede hacer por video cuando él esté en la carretera?\n\nYesenia",
        sender="Yesenia Cruz <yesenia@example.com>",
    )
    assert "Oregon" in body


def test_a_client_moving_away_who_asks_for_video_until_they_leave_hears_yes_until_then(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nIt's official, we're moving to Denver at the end of August. Could you send my records to my new "
        "therapist there? Also could we keep doing our sessions by video until I leave?\n\nBen",
        sender="Ben Alder <ben@example.com>",
    )
    assert "we can see you while you live in Oregon" in body
    assert "I'm sorry we can't see you in Colorado" not in body


def test_a_letter_asked_for_in_the_sentence_before_is_a_letter_not_records(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nMy landlord needs an ESA letter for my cat or I pay a big pet deposit. Is that something you "
        "could write for me? I've been seeing you since March.\n\nBri",
        sender="Bri Lane <bri@example.com>",
    )
    assert "letter" in body and "your records" not in body


def test_a_husband_who_says_he_will_kill_her_if_she_leaves_brings_the_domestic_violence_line(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Last night my husband said that if I ever leave he will kill me, and he has guns in the house. I need "
        "therapy but I don't know how to do it without him finding out.\n\nDawn",
        sender="Dawn <dawn.k@example.com>",
    )
    assert "Domestic Violence Hotline" in body and "only write to you at this email address" in body


def test_a_mother_who_cannot_reach_anyone_tonight_is_not_told_to_ask_for_a_welfare_check(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I can't reach anyone tonight. My son Eli is 16. A friend's mom called because Eli texted her son that he "
        "doesn't want to be here anymore. He's in his room now. Can someone see him tomorrow?\n\nJen",
        sender="Jen Lind <jen@example.com>",
    )
    assert "welfare check" not in body and "his safety" in body.lower()


def test_a_teen_asking_to_be_seen_without_her_mom_knowing_gets_no_contact_promise(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "im 16 and ive been cutting again. can i talk to someone without her knowing? my mom would freak out",
        sender="lily <lily09@example.com>",
    )
    assert "only write to you at this email address" not in body


def test_a_spanish_referral_whose_patient_denies_any_risk_is_no_crisis(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Buenas tardes,\n\nSoy trabajadora social. Quisiera referir a una paciente de 30 años con depresión posparto. "
        "Se evaluó hoy: niega ideación suicida o de hacerle daño al bebé. ¿Aceptan OHP?\n\nMarisol Ruiz, LCSW",
        sender="Marisol Ruiz <mruiz@clinic.example>",
    ).request
    assert request.intent != "crisis"


def test_something_stupid_like_rage_quitting_is_an_idiom_not_a_crisis(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "This job is killing me. I want to talk to someone before I do something stupid like rage-quit with no plan "
        "lol. Evenings after 6? I have Aetna.",
        sender="Raj Patel <raj@example.com>",
    ).request
    assert request.intent != "crisis"


def test_standing_on_the_bridge_thinking_about_it_is_a_crisis(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Do you do adult ADHD testing? Things have been rough. The other night I stood on the Hawthorne bridge for "
        "a long time thinking about it, but I went home.",
        sender="Ravi Shah <ravi@example.com>",
    ).request
    assert request.intent == "crisis"


def test_a_contact_form_without_a_name_is_not_greeted_by_the_websites_name(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Name: \nEmail: fam@example.com\nMessage: hi do u see teens 14. anxiety. aetna\n--\nSent from the contact "
        "form at https://calmharbor.example/contact",
        sender="Calm Harbor Website <forms@calmharbor.example>",
    )
    assert not body.startswith("Hi Calm")


def test_a_doctor_on_a_contact_form_is_greeted_as_doctor(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Name: Dr. Aaron Feld (Laurelhurst Internal Medicine)\nEmail: afeld@example.com\nMessage: Referring a 70 y/o "
        "patient for grief counseling after the death of his wife. Do you accept Medicare?\n--\nSent from the "
        "contact form at https://calmharbor.example/contact",
        sender="Calm Harbor Website <forms@calmharbor.example>",
    )
    assert "Dear Dr. Feld," in body


def test_a_spanish_line_does_not_follow_a_no_for_a_child_too_young(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola, mi hija de 11 años está muy ansiosa por la escuela. ¿Hay alguien que hable español? Tenemos OHP.",
        sender="Yesenia Mora <ymora@example.com>",
    )
    assert "13" in body and "atiende sesiones en español" not in body and "atiendo sesiones en español" not in body


def test_a_cancellation_with_two_days_notice_is_told_there_is_no_charge(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola Dana,\n\nNo voy a poder ir a mi cita del martes, mi hijo está enfermo. ¿Me van a cobrar la "
        "cancelación? Le aviso con dos días de anticipación.\n\nLucía",
        sender="Lucía Ramos <lucia@example.com>",
    )
    assert "no hay ningún cargo" in body


def test_a_sick_client_cancelling_inside_the_window_leaves_the_fee_to_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana, I need to cancel Monday, I've got a fever. I know it's less than 24 hrs, sorry.\n\nTomás",
        sender="Tomás Ruiz <tomas@example.com>",
    )
    assert body.startswith("[For staff: they cancel at short notice because of illness")


def test_a_new_card_still_in_the_mail_is_not_run_again(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "hi, my HSA card got declined for last session, new card is in the mail. can i just pay with my regular "
        "credit card for now and reimburse myself from the HSA later?\n\nWren",
        sender="Wren Hale <wren@example.com>",
    )
    assert "run the payment again" not in body and "superbill" not in body


def test_paying_tuesdays_session_with_an_hsa_card_moves_nothing(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hey, my card on file expired and the new one won't come for another week. Can I just use my HSA card for "
        "Tuesday's session instead?\n\nBobby",
        sender="Bobby Lim <bobby@example.com>",
    )
    assert "HSA" in body and "move your session" not in body


def test_an_hsa_card_named_before_can_i_use_it_is_a_yes(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hey Sam - I finally got an HSA card through my new job. Can I start using it for sessions instead of my "
        "regular card?\n\nCorey",
        sender="Corey Fox <corey@example.com>",
    )
    assert "pay with an HSA or FSA card" in body


def test_a_superbill_promise_says_what_is_sent(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, my FSA administrator wants itemized receipts for my sessions since January. Can you send a superbill? "
        "And can I just pay with the FSA card going forward?\n\nPaul",
        sender="Paul Reed <paul@example.com>",
    )
    assert "I'll send you the superbill" in body and "pay with an HSA or FSA card" in body


def test_found_a_therapist_through_school_all_set_is_a_withdrawal(classifier: Classifier) -> None:
    request = understand(
        classifier, "We found a therapist through his school, all set. thank you!\nTom", sender="Tom <t@example.com>"
    ).request
    assert request.intent == "withdrawal"


def test_a_bare_fee_question_after_co_parenting_sessions_is_for_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My ex-wife and I share custody of our son (8) and handoffs have turned into arguments. Does Sam do "
        "co-parenting sessions? What's the fee?\n\nAndre",
        sender="Andre Wills <andre@example.com>",
    )
    assert "they ask what co-parenting counseling costs" in body


def test_a_twelve_year_old_turning_thirteen_soon_is_welcome_then(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy daughter is 12 (13 in November) and starting middle school. Do you see kids her age?\n\nJen",
        sender="Jen Alder <jen.a@example.com>",
    )
    assert "once she turns 13" in body


def test_a_video_switch_at_the_same_time_offers_no_new_time(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana! Camp got cancelled this week so could we do Wednesday over video instead of in person? Same "
        "time.\n\nJenna",
        sender="Jenna Moss <jenna@example.com>",
    )
    assert "secure video" in body and "look for a time" not in body and "we see clients on" not in body


def test_not_running_late_is_not_running_late(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Car died on the freeway this morning (of course, on the one day I'm not running late). Can we do today's "
        "11am by video instead? I'm home now.\n\nSofia",
        sender="Sofia Lund <sofia@example.com>",
    )
    assert "secure video" in body


def test_holding_everything_together_is_no_couples_request(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "My husband is deployed and the kids and I are moving to Portland in August. I've been having a hard time "
        "holding everything together and I want a therapist lined up before we arrive. Do you take Tricare?",
        sender="Ashley Romo <ashley@example.com>",
    ).request
    assert Kind.COUPLES not in request.kinds


def test_sunday_dread_and_sleepless_sunday_nights_ask_for_no_sunday(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "I'm a teacher and I'm not OK: Sunday dread starts Saturday morning and I can't sleep Sunday nights. "
        "Thursdays after 4 are best.",
        sender="Kim Dale <kim@example.com>",
    ).request
    days = next(q for q in request.questions if q.kind == Kind.DAYS)
    assert days.values == ("thursday",)


def test_a_compound_first_name_signed_whole_is_kept_whole(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My husband and I are looking for couples counseling with someone respectful of faith. Any Saturday "
        "availability?\n\nBlessings,\nSarah Jane",
        sender="Sarah Jane Whitley <sjw@example.com>",
    )
    assert body.splitlines()[0 if not body.startswith("[") else 2] == "Hi Sarah Jane,"


def test_a_referral_asking_us_to_contact_the_mother_puts_the_call_to_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Referral\nPt: 15F, 10th grade\nDx: GAD. Denies SI/HI.\nIns: Aetna PPO.\nPlease contact mother Ruth Kim, "
        "503-555-0164, to schedule.\nThank you,\nOmar Haddad, MD",
        sender="Omar Haddad MD <ohaddad@peds.example>",
    )
    assert "they ask you to call the client" in body


def test_a_warm_handoff_call_offered_by_the_referrer_is_arranged_by_staff(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi there,\n\nI'm a therapist in Vancouver, WA. A client of mine is moving to Portland for college and can't "
        "keep seeing me. Are you taking new clients? I'm happy to do a warm handoff call with his permission.\n\n"
        "Hannah Ebel, LMHC",
        sender="Hannah Ebel <hannah@riverside.example>",
    )
    assert "they offer a call about the client" in body


def test_someone_helping_their_sister_find_a_therapist_hears_about_her(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi,\n\nI'm helping my sister (29) find a therapist. She's on Regence through work and she'd prefer a "
        "woman. Is there someone available this week?\n\nCaitlin",
        sender="Caitlin Moore <caitlin@example.com>",
    )
    assert "glad to see her" in body and "glad to see you" not in body


def test_a_weekend_workshop_they_did_asks_for_no_weekend(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "My wife and I did a Gottman weekend workshop last fall and we're slipping back. What's the fee for a "
        "couples session?\n\nMarcus",
        sender="Marcus Bell <marcus@example.com>",
    ).request
    assert Kind.DAYS not in request.kinds


def test_couples_at_some_point_down_the_road_leaves_the_individual_fee_for_now(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi! We just moved to Portland. Do you take Tricare? I'm looking for someone for me for anxiety. And maybe "
        "couples at some point down the road.\n\nKayleigh",
        sender="Kayleigh Dunn <kayleigh@example.com>",
    )
    assert "each session ($165)" in body


def test_a_student_home_for_the_breaks_hears_when_sessions_can_be(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I go to UW but my family lives in Portland. can I do video sessions from my dorm in Seattle? I'll be home "
        "for thanksgiving and winter break too",
        sender="Devon Price <devon@example.com>",
    )
    assert "while you're in Washington" in body and "while you're in Oregon" in body


def test_a_client_switching_to_video_because_a_parent_is_in_hospital_hears_sympathy(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola Dana,\n\nNo voy a poder ir el jueves porque mi mamá está en el hospital. ¿Podemos hacer la sesión por "
        "video?\n\nLupita",
        sender="Lupita Sol <lupita@example.com>",
    )
    assert "Lo siento mucho" in body and "videollamada" in body


def test_a_writer_afraid_of_hurting_someone_else_hears_everyones_safety_and_911(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I need to see somebody today. My business partner has been stealing from us. I've been thinking seriously "
        "about hurting him. I drove by his house last night. I don't trust myself right now.\n\nDale",
        sender="Dale Kerr <dale@example.com>",
    )
    assert "Everyone's safety matters most" in body and "keep your distance from him" in body


def test_hours_cut_in_half_and_not_like_abuse_are_no_words_of_risk(classifier: Classifier) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue("My hours at the restaurant got cut in half this month and I can't swing $165 a week.")
    assert not risk_cue("stuff going on at home (not like abuse or anything, my parents are just fighting)")


def test_a_referral_line_for_an_eleven_year_old_on_its_own_is_the_patients_age(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Referral for: 11 y/o M\nDx: anxiety, school avoidance x 6 wks.\nIns: Regence\nPlease advise if able to "
        "accept.\n\n-- Jenna Olsen, RN\nCare Coordinator\nRose Quarter Pediatrics",
        sender="Rose Quarter Pediatrics <intake@rqpeds.example>",
    )
    assert "11-year-old" in body and "Hi Rose" not in body


def test_days_since_monday_on_site_and_neither_of_us_are_no_days_wanted(classifier: Classifier) -> None:
    def days(text: str) -> tuple[str, ...]:
        request = understand(classifier, text, sender="Pat Lee <pat@example.com>").request
        return next((q.values for q in request.questions if q.kind == Kind.DAYS), ())

    assert "monday" not in days("Mi mamá está en el hospital desde el lunes. ¿Podemos cambiar la cita al sábado?")
    assert "monday" not in days("I'm on site Mondays and Wednesdays until 7. Could we do a Thursday or Saturday?")


def test_providence_named_as_their_insurance_is_not_asked_for_again(classifier: Classifier) -> None:
    request = understand(
        classifier,
        "Do you do video sessions in central Oregon? My insurance is Providence.",
        sender="Sam <s@example.com>",
    ).request
    assert request.known.insurer == "Providence"


def test_do_you_need_my_new_card_is_answered_not_thanked_for(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Sam! My insurance switches to Aetna in May. You're in network with Aetna, right? Do you need my new card "
        "before my first session in May?\n\nLauren",
        sender="Lauren Hale <lauren@example.com>",
    )
    assert "Thank you for sending your new insurance card" not in body and "once you have it" in body


def test_a_clients_question_about_a_book_is_for_their_therapist_not_a_service_pitch(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana, quick one before Thursday. You mentioned a book about anxious attachment, what was it called?\n\nD.",
        sender="Dmitri Alvarez <dmitri@example.com>",
    )
    assert "we work with anxiety" not in body.lower() and body.startswith("[For staff:")


def test_an_aetna_card_administered_by_another_company_is_checked_by_staff_not_answered_yes(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        'Thursday at 5 works! But my new card says Aetna on it and the plan is administered by "Meritain Health". '
        "Is that the same thing for you?\n\nBri",
        sender="Bri Lane <bri@example.com>",
    )
    assert "we are in network with Aetna" not in body


def test_the_second_reads_look_alikes_stay_what_they_are(classifier: Classifier) -> None:
    """Found by a second reader of this session's change: each of these read wrongly after it."""

    def intent(text: str) -> str:
        return str(understand(classifier, text, sender="Pat Lee <pat@example.com>").request.intent)

    assert intent("I'm 45 and thinking about jumping into a new career. Do you take Regence?") != "crisis"
    assert (
        intent(
            "We got engaged: we stood on the Hawthorne Bridge for a long time watching the fireworks and he proposed. "
            "We'd like premarital counseling on Saturdays."
        )
        != "crisis"
    )
    assert intent("Mi hija tomó algo anoche y se negó a decirme cuántas pastillas tomó.") == "crisis"
    request = understand(
        classifier,
        "My son Austin is a freshman at college and struggling. Could he do video sessions with you from there?",
        sender="Pat Lee <pat@example.com>",
    ).request
    assert not any(q.kind == Kind.LOCATION and "texas" in q.values for q in request.questions)
    body = draft(classifier, "Hi, I live just outside Oregon City. Do you have in-person sessions on Tuesdays?")
    assert "licensed in Oregon only" not in body
    body = draft(
        classifier,
        "Hi Sam, my session is tomorrow at 9. It's not more than 24 hours away now, so if I cancel would I be charged?",
    )
    assert "no charge" not in body
    body = draft(
        classifier,
        "I've been saving up my pills and I don't trust myself around them anymore. I don't know what to do.",
    )
    assert "keep your distance" not in body
    body = draft(
        classifier,
        "I'm 34 and autistic, I got a formal diagnosis back in 2019. I'm looking for a therapist for anxiety. Do you "
        "have Thursday evenings?",
    )
    assert "autism evaluations" not in body


def test_a_client_who_has_to_be_in_boise_asking_for_video_from_the_hotel_hears_the_licence(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nI have to be in Boise Thu-Fri for a site visit. Could we just do Thursday by video from the "
        "hotel?\n\nMarcus",
        sender="Marcus Feld <marcus@example.com>",
    )
    assert "while you're in Idaho" in body and "secure video instead" not in body


def test_is_it_longer_after_a_question_about_the_first_session_gets_the_faq_answer(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, I've never done therapy before. What happens in the first session? Is it longer than the regular ones?"
        "\n\nYusuf",
        sender="Yusuf Kaya <yusuf@example.com>",
    )
    assert "Sessions are 50 minutes; the first session is the same length." in body


def test_an_eap_referral_asks_staff_whether_they_see_its_clients(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Dear Provider,\n\nComPsych GuidanceResources is referring the following member for short-term EAP "
        "counseling.\nMember: M. Okonjo\nPresenting concern: work stress\nSessions authorized: 3\n\nComPsych "
        "Provider Relations",
        sender="ComPsych Provider Relations <providers@compsych.example>",
    )
    assert "EAP" in body.splitlines()[0]
