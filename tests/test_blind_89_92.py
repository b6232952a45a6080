"""From the hands written this session (sets 90 to 93) and the gaps the last session left: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

import pytest

from triage.core.classify import Classifier
from triage.core.crisis import find_crisis
from triage.core.crisis_safety import firmly_safe, risk_cue
from triage.core.extract import extract
from triage.core.model import Understanding
from triage.core.new_time import time_asked
from triage.core.parse import parse
from triage.core.reading.days import read_when
from triage.core.request import Intent, Kind
from triage.understand import understand_many

from .test_reading import draft, understand


def test_whether_an_employer_sees_that_insurance_paid_for_therapy_is_answered_as_confidentiality(
    classifier: Classifier,
) -> None:
    text = (
        "If I use my work insurance (Cigna through my company) for therapy, will my employer be able to see that "
        "I'm in therapy or what it's for? I'm up for a promotion.\n\nEllie"
    )
    body = draft(classifier, text)
    assert "What you share in therapy is confidential" in body and "[For staff" not in body


def test_asking_for_the_money_back_beside_a_double_charge_is_answered_by_the_refund_not_a_staff_note(
    classifier: Classifier,
) -> None:
    body = draft(classifier, "Hi, I was charged twice for Tuesday's session. Can I get my money back?\n\nLucy")
    assert "refund the extra charge" in body and "[For staff" not in body


def test_a_client_upset_in_spanish_hears_sorry_first(classifier: Classifier) -> None:
    text = "Hola, me cobraron dos veces la sesión del martes. Estoy muy molesta, es la segunda vez que pasa.\n\nLucía"
    body = draft(classifier, text, sender="Lucía Gómez <lucia@example.com>")
    assert "Lo siento mucho, y gracias por decírmelo." in body and "le reembolsaré el cargo de más" in body


def test_weekdays_at_work_until_six_are_hours_taken_not_days_wanted(classifier: Classifier) -> None:
    body = draft(classifier, "any chance u have sundays? weekdays im at work til 6. bcbs\n\nRick")
    assert "Yes, we see clients on Mondays" not in body and "We don't currently see clients on Sundays" in body


def test_someone_offering_to_pay_for_another_clients_sessions_is_not_told_we_will_look_into_their_account(
    classifier: Classifier,
) -> None:
    text = (
        "Hi,\n\nMy girlfriend Tessa sees Dana on Wednesdays. She's been paying out of pocket and I'd like to cover her "
        "sessions for the next few months as a gift. Can I put my card on file for her sessions? She knows about "
        "this.\n\nThanks,\nMarco"
    )
    body = draft(classifier, text)
    assert "look into your account" not in body and "confirm it with the client first" in body
    assert "with the card's details" in body


def test_a_card_that_says_aetna_better_health_is_answered_as_that_plan_not_as_regular_aetna(
    classifier: Classifier,
) -> None:
    text = (
        'Tuesday at 6 works perfectly, thank you!\n\nOne more question: my card actually says "Aetna Better Health '
        'of Oregon." Is that the same as regular Aetna?\n\nAdaeze'
    )
    body = draft(classifier, text)
    assert "in network with Aetna" not in body and "Medicaid" in body


def test_a_client_moving_across_the_river_who_still_works_in_portland_can_keep_sessions_from_there(
    classifier: Classifier,
) -> None:
    text = (
        "Hi Sam,\n\nWe closed on a house in Vancouver WA and move April 4. I'd love to keep working with you over "
        "video. Is that allowed once I'm living in Washington? I still work in downtown Portland 3 days a week so I "
        "could do sessions from my office here if that helps.\n\nBryce"
    )
    body = draft(classifier, text)
    assert "wouldn't be able to continue by video once you've moved" not in body
    assert "while you're in Oregon, at our office or by video, we can" in body


def test_a_husband_cancelling_until_his_wifes_voice_is_back_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "Hello,\nI'm writing for my wife, Jo Ellen, who sees Dana on Wednesdays. She has laryngitis and can barely "
        "talk, so she asked me to cancel her session this Wednesday. She'll be in touch to reschedule once her voice "
        "is back.\nThank you,\nCurtis"
    )
    assert find_crisis(text) is None
    assert understand(classifier, text).request.intent == Intent.CLIENT_REQUEST


def test_voices_that_keep_on_are_still_a_crisis() -> None:
    assert find_crisis("The voices keep telling me to hurt myself.") is not None
    assert find_crisis("the voices are back and louder than ever") is not None
    assert find_crisis("the voices are gone since the new meds") is None


def test_grief_that_isnt_gone_is_no_word_of_risk() -> None:
    # a client ending therapy ("The grief isn't gone ... but I'm living again") was alarmed on the word "gone"
    assert not risk_cue("The grief isn't gone and I don't expect it ever will be, but I'm living again.")
    assert risk_cue("I just want to be gone.")


def _first_name(raw: str) -> str | None:
    return extract(parse(raw.encode())).first_name


def _raw(sender: str, body: str) -> str:
    return (
        f"From: {sender}\nTo: Calm Harbor Therapy <hello@calmharbor.example>\nSubject: hi\n"
        f"Message-ID: <n1@example.com>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


def test_a_chosen_name_signed_in_lower_case_is_greeted_not_the_name_on_the_account() -> None:
    body = "hey sam, any chance we can move this thursday's 4pm to monday? any time monday works. thanks\n\ndex"
    assert _first_name(_raw("Danielle Brooks <dbrooks@gmail.com>", body)) == "Dex"


def test_initials_signed_under_a_dash_that_start_the_address_are_the_name() -> None:
    body = "hey, i'm a student at psu looking for a therapist. how much is a session?\n\n- JT"
    assert _first_name(_raw("jt.nakamura@pdx.edu", body)) == "JT"


def test_a_short_lower_case_display_name_is_a_name_and_consonant_initials_are_not() -> None:
    assert _first_name(_raw("tay <taylorgrace.b@gmail.com>", "hi do u guys take united healthcare??")) == "Tay"
    assert _first_name(_raw("mk <mk1990@gmail.com>", "hi do u guys take united healthcare??")) is None


def test_a_rank_under_the_signed_name_is_no_name_and_a_retired_doctor_is_greeted_by_his_given_name() -> None:
    body = "Do you accept Tricare?\n\nRay Dunbar\nMMCM, USN (Ret.)"
    assert _first_name(_raw('"R. Dunbar" <rdunbar@gmail.com>', body)) == "Ray"
    body = "Do you accept Medicare assignment?\n\nMarvin Ostrowski"
    assert _first_name(_raw('"Dr. Marvin Ostrowski (Ret.)" <mo@uo.example>', body)) == "Marvin"


def test_a_therapist_forwarding_from_her_own_gmail_gets_the_gmail_writer_greeted() -> None:
    raw = _raw(
        "Dana Reyes <dana.reyes.lmft@gmail.com>",
        "This came to my personal email. Can we answer it from the practice account? -D\n\n"
        "---------- Forwarded message ---------\nFrom: Theo Vasquez <theo.vasquez@gmail.com>\n"
        "Date: Wed, Feb 11, 2026 at 6:14 PM\nSubject: therapy?\nTo: <dana.reyes.lmft@gmail.com>\n\n"
        "Hi Dana,\n\nAre you taking new clients? I have Kaiser.\n\nThanks,\nTheo",
    )
    found = extract(parse(raw.encode()))
    assert found.first_name == "Theo" and found.contact_email == "theo.vasquez@gmail.com"


def test_a_son_in_seattle_asking_for_his_father_in_portland_hears_no_licence_refusal_and_the_age_is_answered(
    classifier: Classifier,
) -> None:
    text = (
        "My father Vikram (76) lives alone in Portland and I'm in Seattle. He's been very low since my mom died. "
        "Would you see him for the grief part even at 76? He is much more comfortable in person.\n\nRaj"
    )
    body = draft(classifier, text)
    assert "licensed in Oregon only" not in body and "we work with adults of every age" in body


def test_older_couples_and_personas_mayores_are_asked_about_age(classifier: Classifier) -> None:
    body = draft(classifier, "Bill retired in the fall and we've never fought this much. Do you see older couples?")
    assert "we work with adults of every age" in body
    text = "Mi mamá tiene 75 años y está muy triste. ¿Atienden a personas mayores? ¿En español?\n\nEsteban"
    body = draft(classifier, text, sender="Esteban Morales <em@example.com>")
    assert "atendemos a adultos de todas las edades" in body and "personas mayores" not in body.split("\n")[0]


def test_a_referral_that_gives_no_number_for_the_patient_is_asked_for_it_not_thanked_for_it(
    classifier: Classifier,
) -> None:
    text = (
        "Hi,\n\nReferring a 29 y/o G1P1, 5 weeks postpartum, EPDS 16, screened for SI: none. Pt requests a female "
        "therapist, telehealth preferred, has Aetna. Do you treat perinatal mood disorders? Pt is expecting your "
        "call.\n\nThanks,\nJessica Hallorann, CNM\nRosewood OB/GYN"
    )
    body = draft(classifier, text, sender="Jessica Hallorann <jh@rosewood.example>")
    assert "Thank you for passing on" not in body and "a phone number or email" in body


def test_a_widower_at_risk_in_spanish_is_spoken_to_about_his_own_safety_with_a_condolence(
    classifier: Classifier,
) -> None:
    text = (
        "Hola. Desde que murió mi esposa en septiembre ya no puedo más. No como, no duermo, y a veces pienso que "
        "sería mejor no despertar. Mis hijos no saben nada. ¿Me pueden ayudar?\nMartín"
    )
    body = draft(classifier, text, sender="Martín Ruiz <mr@example.com>")
    assert "su esposa" not in body and "Su seguridad es lo más importante" in body and "Siento mucho su pérdida" in body


def test_eight_or_nine_in_the_morning_is_not_refused_when_we_open_at_nine(classifier: Classifier) -> None:
    body = draft(classifier, "hi do u take aetna?? i can only do mornings before work tho like 8 or 9\n\ntay")
    assert "can't offer 8 or 9" not in body and "from 9am" in body


def test_a_new_hsa_card_to_pay_with_is_a_card_to_give_not_a_session_to_book(classifier: Classifier) -> None:
    text = (
        "Hi, I'd like to start paying with my new HSA card instead of my Visa. Can you update it on file? Also, "
        "was last month's balance paid?\nThanks, Pedro"
    )
    body = draft(classifier, text)
    assert "book another session" not in body and "with the new card's details" in body


def test_how_to_give_a_new_card_is_answered_by_calling_with_it_not_a_staff_note(classifier: Classifier) -> None:
    text = "Hi, sorry about that! My card expired and I have a new one. How do I update it? Can I just call the office?"
    body = draft(classifier, text + "\n\nAshley")
    assert "call us at (503) 555-0142 with the new card's details" in body and "[For staff" not in body


def test_a_legal_name_on_the_insurance_asks_nothing_about_insurance(classifier: Classifier) -> None:
    text = (
        "Thursday at 5 works great, thank you!\n\nOne small thing: could you make sure I'm in your system as Nico "
        "(he/him)? Nicholas is my legal name so it's on my insurance, but I'd rather not be called that.\n\nNico"
    )
    body = draft(classifier, text)
    assert "which insurance company" not in body


def test_a_grandmother_giving_her_own_age_is_answered_for_the_grandchildren_s_ages(classifier: Classifier) -> None:
    text = (
        "hello I am 67 and I have been raising my two grandkids since last summer, Tyler is 9 and Kayla is 14. "
        "The school counselor said they both should see someone.\nDo you see kids that age?\nBeverly"
    )
    body = draft(classifier, text)
    assert "adults of every age" not in body and "aren't the right fit for your 9-year-old" in body


def test_moving_tomorrows_nine_to_eleven_asks_for_eleven() -> None:
    assert time_asked("Any chance I could move tomorrow's 9am to 11?") == "11am"


def test_someone_who_cannot_come_to_the_office_is_not_offered_the_office_instead_of_video(
    classifier: Classifier,
) -> None:
    text = (
        "Hello there. I live out in Pendleton, about three and a half hours from Portland, so I couldn't come to "
        "your office. Is it all done on the video? I'm 70 and not great with the computer.\n\nArlene"
    )
    body = draft(classifier, text)
    assert "no problem at all: we see clients in person" not in body
    assert "they can't come to the office and aren't at ease with video" in body and "book is online" not in body


def test_a_grandchild_living_with_my_husband_and_me_is_no_couple(classifier: Classifier) -> None:
    text = (
        "My granddaughter Poppy just turned 13. She's lived with my husband and me since she was six, and this year "
        "she's been anxious. Do you see 13 year olds?\n\nLila"
    )
    assert Kind.COUPLES not in understand(classifier, text).request.kinds


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'd like to rent a slip for my 24 ft boat June through September. What are your monthly rates and do you "
        "have any openings on the outer dock?\n\nDale",
        "Hi Professor Hale,\n\nI'm so sorry I missed the quiz on Monday. Is there any way I can make it up during your "
        "office hours on Wednesday?\n\nKaylee",
    ],
)
def test_mail_meant_for_a_marina_or_a_professor_gets_no_therapy_reply(classifier: Classifier, text: str) -> None:
    assert understand(classifier, text).request.intent == Intent.NOT_INQUIRY


def test_a_wife_passing_on_her_husbands_mail_to_be_answered_directly_gets_him_answered(
    classifier: Classifier,
) -> None:
    raw = _raw(
        "Donna Pruitt <donnapruitt@gmail.com>",
        "Curtis asked me to send this along. Please reply to him directly at his address below.\nDonna\n\n"
        "---------- Forwarded message ---------\nFrom: Curtis Pruitt <cpruitt1971@gmail.com>\n"
        "Subject: therapy\nTo: Donna Pruitt <donnapruitt@gmail.com>\n\n"
        "I got laid off in August. What happens in the first session? How long is it?\n\nCurtis",
    )
    found = extract(parse(raw.encode()))
    assert found.first_name == "Curtis" and found.contact_email == "cpruitt1971@gmail.com"


def test_how_long_is_it_after_asking_about_the_first_session_is_answered_from_the_faq(
    classifier: Classifier,
) -> None:
    body = draft(classifier, "I've never done therapy. What happens in the first session? How long is it?\n\nCurtis")
    assert "Sessions are 50 minutes" in body and "[For staff" not in body


def test_someone_who_stood_at_his_roommates_door_with_a_knife_is_spoken_to_about_his_own_urge(
    classifier: Classifier,
) -> None:
    text = (
        "I need help before I do something I regret. My roommate keeps taking my stuff and mocking me and last night "
        "I stood outside his door with a knife from the kitchen for like 10 minutes. I didn't do anything. Can "
        "someone talk to me soon"
    )
    body = draft(classifier, text)
    assert "on his behalf" not in body and "keep your distance from him" in body


def test_a_boyfriend_at_college_in_seattle_is_someone_who_would_join_not_where_she_is(classifier: Classifier) -> None:
    text = (
        "Hi! My boyfriend and I have been together 3 years but he's at UW in Seattle this year. Could we do couples "
        "therapy over video with him joining from Seattle? What would it cost?\n\nSienna"
    )
    body = draft(classifier, text)
    assert "can't see you in Washington" not in body and "someone who would join lives in Washington" in body


def test_one_offered_time_refused_and_the_other_taken_is_a_time_taken(classifier: Classifier) -> None:
    text = (
        "Thursday at 10 doesn't work, I have class then, but Tuesday at 4 works great! Also is parking easy?\n\n"
        "Hannah\n\nOn Wed, Sep 2, 2026 at 9:35 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> I have two first appointments open with Dana: Tuesday, September 8 at 4pm or Thursday, September 10 at "
        "10am. Would either of those work?"
    )
    known = understand(classifier, text).request.known
    assert known.offered_time and not known.declined_offer


def test_four_pm_on_a_weekday_is_the_afternoon_not_the_mornings_he_dreads(classifier: Classifier) -> None:
    text = (
        "Our son just turned 13 and his anxiety has been really bad, he doesn't want to go to school most mornings. "
        "Can we do 4pm on a weekday?\n\nLuis"
    )
    assert understand(classifier, text).request.asks(Kind.TIME_OF_DAY).values == ("afternoon",)


def test_classes_every_weekday_leave_saturday_and_labs_leave_the_days_named(classifier: Classifier) -> None:
    body = draft(classifier, "He has classes every weekday so Saturday would be ideal. Do you take Aetna?\n\nDiane")
    assert "Yes, we see clients on Saturdays" in body and "Mondays" not in body
    text = "Do you have anything on Tuesday or Thursday afternoons? I have labs every Mon/Wed/Fri.\n\nPriya"
    assert "Yes, we see clients on Tuesdays and Thursdays." in draft(classifier, text)


def test_counseling_for_a_court_order_is_a_service_we_refer_out_without_a_staff_note(classifier: Classifier) -> None:
    text = (
        "I need to complete 12 sessions of counseling for a court order (DUII diversion). Can you do that and sign "
        "off the paperwork for my PO? how much is it\n\nShane"
    )
    body = draft(classifier, text)
    assert "we don't offer court-ordered" in body and "[For staff" not in body


def test_a_client_whose_husband_passed_hears_sorry_and_a_time_next_week_is_looked_for(classifier: Classifier) -> None:
    text = (
        "Dana,\n\nRay passed on Sunday night. He went peacefully at home with all of us there. I won't make it "
        "Tuesday. Can we find a time next week, after the service?\n\nBonnie"
    )
    body = draft(classifier, text)
    assert "I'm so sorry for your loss" in body and "I'll check what's open next week" in body
    assert "on Tuesday" not in body


def test_monday_at_eleven_is_fine_takes_a_video_opening_offered_by_a_named_therapist(classifier: Classifier) -> None:
    text = (
        "Monday at 11 is fine. And do you bill Kaiser directly or do we pay and get reimbursed?\n\nDev\n\n"
        "On Thu, Mar 12, 2026 at 2:20 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> We're in network with Kaiser Permanente. Dana Reyes has a video opening on Monday, March 16 at 11am. "
        "Would that work?"
    )
    u = understand(classifier, text)
    assert u.request.known.offered_time and not u.request.known.undecided_offer
    body = draft(classifier, text)
    assert "we bill them directly" in body and "superbill" not in body


def test_parents_looking_for_a_therapist_for_their_son_are_no_couple(classifier: Classifier) -> None:
    text = (
        "My wife and I are looking for a therapist for our son, Miles, who just turned 14. Is your practice "
        "welcoming to two-mom families? Any day but Monday works for us. We have Regence.\n\nDanielle"
    )
    assert Kind.COUPLES not in understand(classifier, text).request.kinds


def test_great_thanks_before_i_book_takes_no_time_yet(classifier: Classifier) -> None:
    text = (
        "Great, thanks Dana. Before I book: can I pay with my HSA card? And what does a session cost?\n\nRahul\n\n"
        "On Tue, Mar 24, 2026 at 4:20 PM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> I have openings on Thursday at 5pm or Saturday at 10am. Would either work?"
    )
    body = draft(classifier, text)
    assert "I'll confirm your appointment" not in body and "HSA" in body


def test_a_school_counselor_naming_the_grandmother_to_call_asks_us_to_call_her(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nI'm a school counselor and I'd like to refer a student, Marcus (15). He's open to talking to "
        "someone.\n\nHis grandmother, Loretta Banks, is the best contact: (503) 555-0161. She doesn't use email much, "
        "so a phone call is best.\n\nDo you have after-school times?\n\nTanisha Greer, M.Ed.\nSchool Counselor"
    )
    body = draft(classifier, text, sender="Tanisha Greer <tgreer@pps.example>")
    assert "they ask you to call the client" in body and "they offer a call" not in body


def test_a_form_signed_with_a_short_name_is_greeted_by_it() -> None:
    raw = _raw(
        "Squarespace <form-submission@squarespace.info>",
        "Name: Rebecca Adkins\nEmail: becky.adkins@gmail.com\nInsurance Provider: Moda\nMessage: Hello! Is that "
        "something your therapists do? Also do you offer a sliding scale? Thank you! Becky",
    )
    assert _first_name(raw) == "Becky"


def test_our_hours_quoted_in_the_thread_are_no_time_offered(classifier: Classifier) -> None:
    text = (
        "Thanks Dana, that's really helpful. Do you have anything Tuesday evenings? My shift ends at 3:30, so 5 or "
        "later would be best.\n\nAaron\n\nOn Tue, Feb 17, 2026 at 12:51 PM Calm Harbor Therapy "
        "<hello@calmharbor.example> wrote:\n> Yes, we're in network with Kaiser Permanente. We see people Monday to "
        "Thursday 9am to 7pm and\n> Saturday mornings.\n>\n> Dana Reyes, LMFT"
    )
    body = draft(classifier, text)
    assert "I'll confirm your appointment" not in body and "Yes, we see clients on Tuesdays" in body


def test_a_daughter_who_can_bring_her_tuesday_or_thursday_offers_both_days(classifier: Classifier) -> None:
    assert read_when("She does not drive; her daughter can bring her Tuesday or Thursday mornings.").wanted == (
        "tuesday",
        "thursday",
    )


def test_a_vancouver_resident_who_works_in_portland_hears_how_sessions_can_work(classifier: Classifier) -> None:
    text = (
        "Hi, I live in Vancouver WA but work in Portland (night manager at a hotel downtown). Can I do video sessions "
        "from home in Washington, or would I need to come in? I'm free most afternoons Monday-Thursday.\n\nChris"
    )
    body = draft(classifier, text)
    assert "I'm sorry we can't see you in Washington" not in body
    assert "while you're in Oregon, at our office or by video, we can" in body and "evening" not in body


def test_a_benefits_team_passing_on_an_employees_question_gets_the_employee_answered(classifier: Classifier) -> None:
    raw = _raw(
        "Fred's Grocers Benefits <benefits@fredsgrocers.example>",
        "Hello Calm Harbor, one of our team members asked us to pass this along since we don't handle provider "
        "questions. Please reply to Jamie directly.\n\nBenefits Team\n\n---------- Forwarded message ---------\n"
        "From: Jamie Ruiz <jruiz.grocer@gmail.com>\nSubject: therapist question\nTo: Benefits "
        "<benefits@fredsgrocers.example>\n\nHi Calm Harbor, my days off change every week. Our plan is Regence "
        "through Fred's, can you confirm you're in network?\n\nJamie",
    ).encode()
    (u,) = understand_many([raw], classifier)
    assert isinstance(u, Understanding) and u.request.intent == Intent.NEW_INQUIRY
    assert u.extraction.contact_email == "jruiz.grocer@gmail.com" and u.extraction.first_name == "Jamie"


def test_someone_elses_golf_day_is_not_ruled_out_and_a_tuesday_morning_refused_leaves_tuesday() -> None:
    said = "My husband golfs on Saturdays, so that's when I can get away. Any Saturday morning openings?"
    assert read_when(said).ruled_out == ()
    assert "tuesday" in read_when("Any time Mon-Wed next week works except Tuesday morning.").wanted


def test_a_grandfather_of_71_asking_about_boys_his_grandsons_age_is_answered_for_the_boy(
    classifier: Classifier,
) -> None:
    text = (
        "I'm 71 and I've been raising my grandson Eli since his mother passed away three years ago. He's 13 now and "
        "he won't talk to me. Do you see boys his age? Do you have a man he could talk to?\n\nFrank"
    )
    body = draft(classifier, text)
    assert "adults of every age" not in body and "we can see a 13-year-old" in body and "[For staff" not in body


def test_a_spanish_reminder_in_the_thread_makes_a_move_not_an_offer_taken(classifier: Classifier) -> None:
    text = (
        "Hola Dana,\n\n¿Podemos cambiar la cita del jueves al sábado? Cualquier hora del sábado me sirve.\n\nBea\n\n"
        "On Mon, Apr 6, 2026 at 9:00 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Le recordamos su cita el jueves 9 de abril a las 4:00pm con Dana Reyes."
    )
    body = draft(classifier, text, sender="Beatriz Solano <bea@example.com>")
    assert "Le confirmo su cita" not in body and "el sábado" in body


def test_aetna_medicare_is_a_medicare_plan_for_staff_to_check_never_a_plain_yes(classifier: Classifier) -> None:
    body = draft(classifier, "Do you have anything Tuesday mornings? I have Aetna Medicare.\n\nPeg")
    assert "in network with Aetna" not in body and "Medicare Advantage plan through Aetna" in body


def test_a_pediatric_referral_of_an_eleven_year_old_hears_our_age_limit(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nI'd like to refer an 11 y/o female patient with separation anxiety and somatic complaints. Family "
        "has Aetna. Could you let me know if you can see her, or suggest someone who can?\n\nThank you,\n"
        "Sunita Rao, PNP\nEastside Pediatrics"
    )
    body = draft(classifier, text, sender="Sunita Rao <srao@eastside.example>")
    assert "aren't the right fit for an 11-year-old" in body and "welcome to book" not in body


def test_a_denial_beside_goodbye_letters_stays_a_crisis(classifier: Classifier) -> None:
    # recall first: a teen's "I'm not gonna hurt myself or anything" stays a model-alone false alarm, because beside
    # the same words people write of goodbye letters and a dog given away, which no word list catches
    text = (
        "I'm not going to kill myself, I promise. But I've written letters to my kids and I gave my dog to my sister "
        "last week. I just need someone to talk to."
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS
    assert not firmly_safe("I'm not gonna hurt myself or anything I just feel sad all the time")


def test_school_that_scares_her_in_spanish_is_no_word_of_risk() -> None:
    assert not risk_cue("Dice que le da miedo, llora mucho en las mañanas y ya faltó casi un mes.")
    assert risk_cue("Tengo miedo de mi esposo.")


def test_a_spanish_move_over_a_reminder_that_says_le_recuerdo_is_a_move(classifier: Classifier) -> None:
    text = (
        "Hola Dana,\n\n¿Podemos cambiar la cita del jueves para el sábado? Me cambiaron el turno y ahora entro a las "
        "2 de la tarde de lunes a viernes. El sábado a cualquier hora antes de la 1 está bien.\n\nLupe\n\n"
        "El dom, 25 ene 2026 a las 16:26, Calm Harbor Therapy <hello@calmharbor.example> escribió:\n"
        "> Le recuerdo su cita el jueves a las 3pm."
    )
    body = draft(classifier, text, sender="Lupe Ortiz <lupe@example.com>")
    assert "Le confirmo su cita" not in body and "viernes" not in body and "el sábado" in body


def test_a_teachers_wondering_told_is_no_question_for_staff(classifier: Classifier) -> None:
    text = (
        "Our daughter Anika just turned 13. Her teacher wondered if she might be on the autism spectrum.\n\n"
        "1. Do you do autism evaluations?\n2. Are you in network with UnitedHealthcare?\n\nRaj"
    )
    body = draft(classifier, text)
    assert "[For staff" not in body and "autism evaluation" in body


def test_any_sat_openings_asks_about_saturday() -> None:
    assert read_when("13yo daughter, anxiety. take cigna? any sat openings?").wanted == ("saturday",)
    assert read_when("I sat down with her last night and we talked.").wanted == ()


def test_mi_nombre_es_maria_jose_is_greeted_whole() -> None:
    raw = _raw(
        "Maria Jose Hernandez <mjh@yahoo.example>",
        "Buenas tardes,\n\nMi nombre es María José y les escribo por mi hijo Mateo que tiene 14 años. ¿Atienden "
        "adolescentes?\n\nMuchas gracias,\nMaría José Hernández",
    )
    assert _first_name(raw) == "María José"


def test_a_brother_who_threatens_his_ex_and_cannot_be_reached_gets_911_for_the_threatened(
    classifier: Classifier,
) -> None:
    text = (
        "I need advice. My brother has been staying with me since his girlfriend left him. Tonight he told me he's "
        "going to kill her and her new boyfriend, and he has a gun in his truck. He's not answering my texts now and "
        "I don't know where he went. Can someone there talk to him?\n\nCarla"
    )
    body = draft(classifier, text)
    assert "the person he has threatened" in body and "tell them what he said" in body
    assert "Domestic Violence Hotline" not in body


def test_a_spanish_father_writing_for_his_daughter_is_no_couple(classifier: Classifier) -> None:
    text = (
        "hola mi nombre es jorge le escribo por mi hija valeria que tiene 14 años esta muy triste. queremos saber si "
        "tienen terapeuta que hable español porque mi esposa y yo no hablamos mucho inglés. cuánto cuesta la sesión"
    )
    body = draft(classifier, text, sender="Jorge Castillo <jc@example.com>")
    assert "pareja" not in body and "$165" in body


def test_a_yoga_class_pass_refund_is_mail_for_the_studio(classifier: Classifier) -> None:
    text = (
        "Hi, I bought a 10-class pass for the hot yoga classes in January but I've only been able to use 3 because "
        "of my shoulder injury. Can I get a refund or freeze the pass?\n\nStacy"
    )
    assert understand(classifier, text).request.intent == Intent.NOT_INQUIRY


def test_a_husband_forwarding_to_be_answered_at_her_email_below_gets_her_answered() -> None:
    raw = _raw(
        "Mike Santangelo <mike.santangelo@gmail.com>",
        "Hi, my wife sent this to an old address and it bounced. Forwarding it for her - please reply to her "
        "directly at her email below.\n\nMike\n\n---------- Forwarded message ---------\nFrom: Gina Santangelo "
        "<gina.santangelo@yahoo.com>\nSubject: Question about therapy\nTo: <old@calmharbor.example>\n\n"
        "Do you work with postpartum depression? We have Aetna.\n\nGina",
    )
    found = extract(parse(raw.encode()))
    assert found.first_name == "Gina" and found.contact_email == "gina.santangelo@yahoo.com"


def test_any_other_weekday_works_after_refusing_the_offered_wednesday_is_no_time_taken(
    classifier: Classifier,
) -> None:
    text = (
        "Hi, thank you! Unfortunately Wednesdays are impossible for us, but any other weekday works. Afternoons are "
        "best. Could we do a different day?\n\nPriscilla\n\nOn Thu, Mar 19, 2026 at 3:22 PM Calm Harbor Therapy "
        "<hello@calmharbor.example> wrote:\n> I have a free 15-minute phone consultation open on Wednesday, March 25 "
        "at 5:00pm. Would that work?"
    )
    assert understand(classifier, text).request.known.declined_offer


def test_a_letter_forwarded_without_a_word_is_the_writers_own_inquiry() -> None:
    raw = _raw(
        "Dana Reyes <dana.reyes.lmft@gmail.com>",
        "---------- Forwarded message ---------\nFrom: Harold Jessup <hjessup@centurylink.example>\n"
        "Subject: Counseling question\nTo: <dana.reyes.lmft@gmail.com>\n\nDear Ms. Reyes,\n\nDo you take Medicare? "
        "Could we talk on the telephone instead?\n\nRespectfully,\nHarold Jessup",
    )
    found = extract(parse(raw.encode()))
    assert found.first_name == "Harold" and found.contact_email == "hjessup@centurylink.example"


def test_a_new_insurance_card_to_be_brought_is_not_thanked_for_as_sent(classifier: Classifier) -> None:
    text = (
        "Hi! Quick update: I started a new job this month (yay) and my insurance switched from Regence to Aetna. Are "
        "you in network with Aetna too? I'll bring my new card to my next session.\nFarah"
    )
    body = draft(classifier, text)
    assert "Thank you for sending" not in body and "look into your account" not in body
    assert "in network with Aetna" in body


# The second read of this session's change (a helper, e85aef65..d08bbb22): each harm it found, kept mended


@pytest.mark.parametrize(
    "text",
    [
        "The voice says I deserve to be punished and I can't make it stop. I need help.",
        "He says the devil keeps watching him through the TV and he hasn't slept in four days. My son is 19.",
        "Hola, me da miedo lo que podría hacer si sigo sintiéndome así. Necesito ayuda pronto.",
    ],
)
def test_what_the_second_read_found_missed_is_a_crisis_again(classifier: Classifier, text: str) -> None:
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_parent_who_wants_help_before_doing_something_she_regrets_still_writes_for_her_son(
    classifier: Classifier,
) -> None:
    text = (
        "My 15 year old son has been cutting himself and told me he wants to die. I need to get him help before I "
        "do something I regret, like pulling him out of school. Can you see him this week?"
    )
    assert "on his behalf" in draft(classifier, text)
    text = "Mi hija de 15 años dice que quiere morir. Yo ya no puedo más, no sé qué hacer. ¿La pueden ver pronto?"
    assert "su hija" in draft(classifier, text, sender="Ana Ruiz <ana@example.com>")


@pytest.mark.parametrize(
    "text",
    [
        "What are your office hours on Saturdays? I'd like to book a first appointment.",
        "Hi, my daughter missed the exam on Friday because she hasn't been getting out of bed. She's 17. Do you have "
        "openings this week?",
    ],
)
def test_people_seeking_help_are_not_filed_as_another_offices_mail(classifier: Classifier, text: str) -> None:
    assert understand(classifier, text).request.intent != Intent.NOT_INQUIRY


def test_a_mother_who_asks_to_be_written_back_herself_is_answered(classifier: Classifier) -> None:
    raw = _raw(
        "Karen Li <karen.li.pdx@gmail.com>",
        "My daughter sent me this last night. Could you answer it? I'm her mom and I handle all her appointments, so "
        "please write back to me.\n\n---------- Forwarded message ---------\nFrom: Emma Li <emmali2009@gmail.com>\n"
        "Subject: therapist\nTo: Karen Li <karen.li.pdx@gmail.com>\n\nmom can we find me a therapist? i think i have "
        "anxiety",
    )
    assert extract(parse(raw.encode())).contact_email == "karen.li.pdx@gmail.com"


@pytest.mark.parametrize(
    "reply",
    [
        "Tuesday at 10 doesn't work for me, and honestly nothing before 5 works either. What else works for you?",
        "Thursday at 4 doesn't work, I have class then. Friday works great though, if you have anything.",
        "Any day is fine for me really, but those two times are bad because of work. Do you have anything after 6?",
    ],
)
def test_no_offered_time_is_taken_by_these(classifier: Classifier, reply: str) -> None:
    text = (
        f"{reply}\n\nSam\n\nOn Mon, Jan 12, 2026 at 9:00 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> I have openings on Tuesday, January 20 at 10am or Thursday, January 22 at 4pm. Would either work?"
    )
    assert "I'll confirm your appointment" not in draft(classifier, text)


def test_a_time_taken_before_one_more_question_is_still_taken(classifier: Classifier) -> None:
    text = (
        "Thursday at 4 works great. Before I confirm, is there parking near the office?\n\nSam\n\nOn Mon, Jan 12, "
        "2026 at 9:00 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n> I have an opening on Thursday, "
        "January 22 at 4pm. Would that work?"
    )
    assert "I'll confirm your appointment" in draft(classifier, text)


def test_passing_a_test_is_no_death(classifier: Classifier) -> None:
    text = "He passed last week's drug test for his probation. Now his PO wants him in counseling. He's 19."
    assert "sorry for your loss" not in draft(classifier, text)


def test_a_woman_to_talk_to_about_a_bill_is_no_therapist_wish(classifier: Classifier) -> None:
    text = "Is there a woman I could talk to about my bill? I was charged for a session I cancelled 3 days ahead."
    assert "prefer to work with a woman" not in draft(classifier, text)


def test_days_of_class_in_the_morning_or_a_school_holiday_leave_the_day() -> None:
    assert (
        "tuesday"
        in read_when(
            "I have class every Tuesday morning but I'm free Tuesday afternoons. Anything Tuesday afternoon?"
        ).wanted
    )
    said = "My son has school on Mondays but this Monday is a teacher work day. Could he come in Monday morning?"
    assert "monday" not in read_when(said).ruled_out


def test_practice_five_days_a_week_is_no_child_of_five(classifier: Classifier) -> None:
    text = (
        "My son is 15 and my daughter is 13 and both need someone to talk to since the divorce. Could you see both "
        "of them? Practice is 5 days a week for our daughter so evenings are hard."
    )
    assert "your 5-year-old" not in draft(classifier, text)


def test_a_husband_still_working_in_portland_does_not_keep_a_client_who_moves_in_oregon(
    classifier: Classifier,
) -> None:
    text = (
        "We're moving to Vancouver WA in April for good. My husband will still be working in Portland though. Can I "
        "keep seeing Dana by video after we move?"
    )
    assert "while you're in Oregon, at our office or by video, we can" not in draft(classifier, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, can we see if Dana has anything open Thursday afternoon? I'd like to move my session.",
        "I have Aetna through work. Can we find out if my plan covers it before I book?",
    ],
)
def test_finding_out_about_a_slot_or_a_plan_is_no_confidentiality_question(classifier: Classifier, text: str) -> None:
    assert "What you share in therapy is confidential" not in draft(classifier, text)


def test_a_referral_that_tells_of_the_patients_loss_hears_a_word_for_it(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nI'm the counselor at Mt. Tabor Middle School. One of our 8th graders, Kofi (14), lost his father "
        "suddenly in January. Do you see young teens for grief, and do you have a sliding scale?\n\nThank you,\n"
        "Ben Adeyemi\nSchool Counselor, Mt. Tabor Middle School"
    )
    body = draft(classifier, text, sender="Ben Adeyemi <badeyemi@pps.example>")
    assert "I was so sorry to read of his loss." in body
    text = "Referring a 34 y/o for anxiety at work. She has Aetna. Do you have evening openings?\n\nDr. Lee, MD"
    assert "sorry to read" not in draft(classifier, text, sender="Dr. Lee <lee@clinic.example>")


def test_someone_who_cannot_come_in_but_could_do_video_is_answered_about_video(classifier: Classifier) -> None:
    text = "I live three hours away so I couldn't come to your office. Do you do video sessions? I have Aetna.\n\nKim"
    body = draft(classifier, text)
    assert "secure video" in body and "[For staff" not in body
