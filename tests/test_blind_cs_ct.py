"""From the hands written this session (sets 100 and 101) and a first read of the product: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Intent

from .test_reading import COMPOSER, draft
from .test_reading import understand as read


def test_a_child_told_of_then_asked_about_is_answered_by_the_age_we_see(classifier: Classifier) -> None:
    # "our 10 year old son" was said in a sentence that asked nothing; "can you see him?" named no age
    text = "Hi, my ex and I share custody of our 10 year old son. Can you see him?\n\nMaria"
    body = draft(classifier, text)
    assert "aren't the right fit for a 10-year-old" in body and "[For staff" not in body


def test_parents_sharing_custody_are_no_couple(classifier: Classifier) -> None:
    text = (
        "My ex and I share custody of our son, he is 15. Do you need consent from both of us? Do you take Aetna?"
        "\n\nMaria"
    )
    body = draft(classifier, text)
    assert "couples" not in body and "Aetna" in body


def test_whether_the_sliding_scale_covers_couples_sessions_goes_to_staff(classifier: Classifier) -> None:
    # the config's sliding scale is "per session": whether a couple's $195 can slide is the practice's to say
    text = "Hi, we're interested in couples counseling. Does the sliding scale apply to couples sessions too?\n\nPat"
    body = draft(classifier, text)
    assert body.startswith("[For staff: they ask whether the sliding scale applies to couples sessions")


def test_she_doesnt_do_computers_so_video_is_out_hears_in_person(classifier: Classifier) -> None:
    text = (
        "Hello, I'm writing for my mother, who is 81. She doesn't do computers so video is out. Is parking easy?"
        "\n\nLinda"
    )
    body = draft(classifier, text)
    assert "secure video" not in body and "in person" in body


def test_a_courtesy_title_with_a_surname_alone_is_greeted_as_written(classifier: Classifier) -> None:
    # "Hi Ortega," greeted a surname as if it were a first name
    body = draft(classifier, "Hello, do you take Aetna?", sender="Mrs. Ortega <rortega@example.com>")
    assert body.splitlines()[0] == "Dear Mrs. Ortega,"
    signed = draft(classifier, "Hello, do you take Aetna?\n\nRosa Ortega", sender="Mrs. Ortega <rortega@example.com>")
    assert signed.splitlines()[0] == "Hi Rosa,"


def test_medicare_and_medicaid_together_are_both_answered(classifier: Classifier) -> None:
    body = draft(classifier, "Hello, I have Medicare and Medicaid. Do you take those?\n\nRosa")
    assert "we aren't able to accept Medicare or Medicaid" in body and "1-800-MEDICARE" in body
    es = draft(classifier, "Buenas tardes, tengo Medicare y Medicaid. ¿Los aceptan?\n\nRosa")
    assert "no podemos aceptar Medicare ni Medicaid" in es


def test_would_someone_be_able_to_see_her_is_answered_by_our_openings(classifier: Classifier) -> None:
    text = "Hello, I am writing for my mother, she is 81. Would someone be able to see her? Thank you, Linda"
    body = draft(classifier, text)
    assert "[For staff" not in body and "we're accepting new clients" in body


def test_a_denial_in_the_next_sentence_clears_an_exhausted_caregiver(classifier: Classifier) -> None:
    text = (
        "Cuido a mi papá, que tiene Alzheimer, y trabajo de noche. A veces siento que ya no puedo más con tanto. "
        "Quiero aclarar que no tengo pensamientos de hacerme daño; es cansancio. ¿Tienen citas por video en español?"
        "\n\nAdriana"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_father_who_said_he_isnt_thinking_of_hurting_himself_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "My father is 79 and has not bounced back since my stepmother died. (I asked him directly and he said no, he "
        "isn't thinking of hurting himself, he's just sad.) What would a session cost?\n\nAmy"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_tummy_ache_and_a_joke_about_faking_ones_death_are_no_crisis(classifier: Classifier) -> None:
    ache = "My 8 year old has meltdowns in the mornings, saying his tummy hurts. Do you take Cigna?\n\nHeather"
    joke = (
        "I think I've hit a wall. If one more parent emails me at 10pm I'm going to fake my own death and open a "
        "bakery (kidding, obviously). Are you in network with Moda?\n\nKim"
    )
    assert read(classifier, ache).request.intent != Intent.CRISIS
    assert read(classifier, joke).request.intent != Intent.CRISIS


def test_a_client_asking_for_phone_calls_instead_of_video_never_hears_video(classifier: Classifier) -> None:
    text = (
        "Hi Dana, the video sessions are getting harder for me; I can't find the link. Could we switch to phone calls "
        "for a while? My usual Thursday 11:00 time is still good.\n\nSandra"
    )
    body = draft(classifier, text, sender="Sandra Lindgren <sl@example.com>")
    assert "secure video" not in body and "by phone" in body


def test_a_kaiser_senior_advantage_plan_goes_to_staff_not_in_network(classifier: Classifier) -> None:
    text = "I'm 68 and my husband died last summer. Do you take Kaiser? I have Kaiser Senior Advantage.\n\nMarion"
    body = draft(classifier, text)
    assert "we are in network with Kaiser" not in body and "may be a Medicare plan" in body
    aged = "My husband Clyde is 81 and very down. Do you take Kaiser? In person only.\n\nJoan"
    assert "may be a Medicare plan" in draft(classifier, aged)


def test_someone_across_the_river_who_could_drive_over_hears_the_office(classifier: Classifier) -> None:
    text = (
        "I'm 63 and live in Vancouver, WA. Are your therapists licensed in Washington, or only Oregon? I'd want video. "
        "If it has to be Oregon I guess I could drive over the bridge.\n\nKen"
    )
    assert "at our office or by video, we can" in draft(classifier, text)


def test_a_client_asking_whether_her_daughter_may_join_a_session_goes_to_staff(classifier: Classifier) -> None:
    text = "Dana, could my daughter join part of our session next Tuesday by video? She lives in Boise.\n\nIrene"
    body = draft(classifier, text, sender="Irene Sato <is@example.com>")
    assert body.startswith("[For staff:") and "could my daughter join part of our session" in body.lower()
    assert "what's open" not in body


def test_a_son_telling_of_his_fathers_death_hears_condolence_and_the_appointment_cancelled(
    classifier: Classifier,
) -> None:
    text = (
        "Dana,\n\nI'm sorry to tell you that Dad passed away early Sunday morning, peacefully. So we won't be "
        "needing the appointment on the 23rd. Thank you for being so kind.\n\nKeith\n\n"
        "On Thu, Apr 9, 2026 at 9:45 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Hi Keith,\n>\n> I can see your father on Thursday, April 23 at 1:00pm by video. Does that work?\n>\n"
        "> Warmly,\n> Dana Reyes, LMFT\n"
    )
    u = read(classifier, text, sender="Keith Marsh <km@example.com>", subject="Re: Appointment for your father")
    assert u.request.intent == Intent.WITHDRAWAL
    body = COMPOSER.compose(u).body
    assert "I'm so sorry for your loss" in body and "I'll cancel the appointment" in body


def test_a_client_who_cancels_and_accepts_the_late_fee_is_not_asked_about_a_waiver(classifier: Classifier) -> None:
    text = (
        "Sam - I'm sorry, I got pulled into an emergency case and won't be out in time for our 2pm today. Please "
        "cancel it. I know the policy, go ahead and charge the late fee to the card on file. I'll email to rebook."
    )
    body = draft(classifier, text, sender="Nate Ruiz <nr@example.com>")
    assert "I'll cancel your session" in body and "late-cancellation charge" not in body and "so sorry" not in body


def test_a_minor_asking_to_pay_on_her_own_goes_to_staff(classifier: Classifier) -> None:
    text = "Hi, I'm 17. My parents don't believe in therapy. Can I pay for it myself? How much is a session?\n\nZoe"
    body = draft(classifier, text)
    assert body.startswith("[For staff: a minor asks to start and pay on their own")
    assert "welcome to pay for sessions yourself" not in body


def test_a_referrer_asking_whether_the_family_should_go_to_the_ed_is_told_yes(classifier: Classifier) -> None:
    text = (
        "14yo M, SI w/ plan, C-SSRS pos w/ intent. Reports access to means at home. Can anyone see him today for "
        "intake, or should family go to ED? Family has Providence.\n\nGreta Vasquez, LPC, School Counselor"
    )
    body = draft(classifier, text, sender="Greta Vasquez <gv@school.example>")
    assert "take him to the nearest emergency department now" in body and "accepting new clients" not in body


def test_a_woman_divorcing_who_wants_individual_therapy_hears_no_couples_price(classifier: Classifier) -> None:
    text = (
        "After 38 years my husband moved out. Most of my social life was 'couple friends'. I'd like individual "
        "therapy. I have Cigna - are you in network?\n\nColleen"
    )
    assert "couples" not in draft(classifier, text)


def test_a_hygienist_with_panic_attacks_is_a_new_inquiry_not_another_office(classifier: Classifier) -> None:
    text = (
        "Hi, I'm a dental hygienist at a pediatric dental office and since a car accident I've had panic attacks "
        "driving. Where exactly are you, and is there parking? Are you taking new clients? Thanks, Stacy"
    )
    assert "we're accepting new clients" in draft(classifier, text)


def test_a_referral_telling_that_he_refused_the_ed_is_not_told_to_go_there(classifier: Classifier) -> None:
    text = (
        "77M, endorses SI w/ plan, holding back his late wife's oxycodone. Refused ED eval. MCAT called. Requesting "
        "urgent outpatient f/u, today or tomorrow if possible.\n\nNaomi Brandt, LCSW"
    )
    body = draft(classifier, text, sender="Naomi Brandt <nb@hospice.example>")
    assert "one of our clinicians will call you" in body and "emergency department now" not in body


def test_can_we_confirm_next_wednesday_at_6_is_still_on_moves_nothing(classifier: Classifier) -> None:
    text = (
        "Hi Dana,\n\nI'm so sorry about yesterday. Our pharmacy had a flood and I was the only pharmacist on site, so "
        "I couldn't leave until well after our time. I saw the no-show fee come through. Is there any chance you "
        "could waive it given the circumstances?\n\nAlso can we confirm next Wednesday at 6 is still on?\n\nOmar"
    )
    body = draft(classifier, text, sender="Omar Haddad <oh@example.com>")
    assert "confirm your new time" not in body and "move your session" not in body


def test_video_next_time_instead_of_the_late_fee_is_a_plea_not_a_switch(classifier: Classifier) -> None:
    text = (
        "Hi, about the $165 late cancellation fee for my Jan 22 appointment: our road was a sheet of ice. Could you "
        "take it off, or at least offer a video session next time instead of charging? Please let me know.\n\nKathy"
    )
    body = draft(classifier, text, sender="Kathy Moss <km@example.com>")
    assert "secure video instead" not in body and "video session next time instead of the late fee" in body


def test_what_does_the_first_one_involve_hears_the_practices_own_answer(classifier: Classifier) -> None:
    text = "Hello. How long is a session, and what does the first one involve? What is your fee?\n\nHarold"
    assert "The first session is a conversation" in draft(classifier, text)


def test_i_dont_want_to_die_or_anything_said_in_grief_is_no_crisis(classifier: Classifier) -> None:
    # found reading drafts at the end: the lexicon's "want to die" fired on the risk waved away
    text = (
        "My mom passed last week and I can't stop crying. I don't want to die or anything, I just feel lost. Do you "
        "have anything Monday evenings?\n\nBen"
    )
    body = draft(classifier, text, sender="Ben Ortiz <bo@example.com>")
    assert "988" not in body and "Yes, we see clients on Mondays" in body
