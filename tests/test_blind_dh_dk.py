"""From four more hands written this session (health and the body, students, grief and hard news, a Monday pile):
what each reply must get right that it did not at first sight. The wording is ours; the situations are the mail's."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.reading.days import read_when
from triage.core.reading.situation import read_situation
from triage.core.request import Intent, Kind, Situation

from .test_reading import COMPOSER
from .test_reading import understand as read


def _body(classifier: Classifier, text: str, **kw: str) -> str:
    return COMPOSER.compose(read(classifier, text, **kw)).body


# --- crisis: recall first, but a denial, a doctor's clearance or a figure of speech is not a crisis ---------------


def test_a_widower_who_has_given_his_things_away_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "My husband died in the spring. My son made me promise to write. I already gave the cat to my niece and my "
        "guns to my brother, and the will is with the lawyer, so I'm mostly done. I don't think I'll be around much "
        "past New Year's. Do you take Medicare."
    )
    assert read(classifier, text).request.intent == Intent.CRISIS


def test_a_counselors_referral_with_a_plan_kept_and_urges_denied_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "I'm the counselor at Grant High referring a 15-year-old sophomore for low mood after a family move. She "
        "self-harmed once two years ago and has been well since. She has a current safety plan and denies any recent "
        "urges, which I checked with her on Monday. Do you take OHP, and is there anything after 3:30?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_psychiatrist_saying_no_longer_at_elevated_risk_clears_a_past_admission(classifier: Classifier) -> None:
    text = (
        "My son is 17. In the summer he spent a week in the hospital after telling a teacher he was having thoughts "
        "of not wanting to be alive. He is much better now; his psychiatrist said last month he is no longer at "
        "elevated risk and needs weekly therapy for the anxiety. Do you see teens, and are you in network with Aetna?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_wanting_to_strangle_an_ex_figuratively_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "My ex and I share custody of our boys and it has gotten tense. Some days I could strangle him (figuratively, "
        "of course) but the kids need us to do better. Do you do co-parenting sessions, and on Saturdays?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_friends_overdose_months_ago_told_by_someone_safe_is_grief(classifier: Classifier) -> None:
    text = (
        "My brother OD'd in August. I've been sober six years and I'm not using; I'm not going anywhere. I think I "
        "need grief therapy though. Does anyone there know recovery? Do you take Aetna?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_health_anxiety_that_says_it_does_not_want_to_die_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "I keep ending up in urgent care sure my heart is failing, and every test is normal. To be clear, I don't "
        "want to die; I'm terrified of dying, which is the problem. Do you use CBT for panic? Do you take Kaiser?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_fear_that_postpartum_depression_will_return_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Hola, estoy embarazada de 30 semanas. Después de mi primer bebé tuve depresión y tengo miedo de que me "
        "vuelva a pasar. ¿Tienen terapeuta que hable español? ¿Aceptan OHP?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


# --- where: a licence stops at the state line, even for a week away ----------------------------------------------


def test_video_from_a_family_visit_in_idaho_is_not_promised(classifier: Classifier) -> None:
    text = (
        "Hi Sam, I'm driving to my sister's in Coeur d'Alene for the holiday week. Could we do next Wednesday's "
        "session by video instead of in person? Thanks, Noor"
    )
    body = _body(classifier, text, sender="Noor Haddad <noor@example.com>")
    assert "we can hold your session by secure video" not in body
    assert "licensed in Oregon only" in body


def test_video_from_a_semester_abroad_is_not_promised(classifier: Classifier) -> None:
    text = (
        "Hello from Lisbon! I'm studying abroad until mid-December and want to start therapy once I'm home in "
        "Portland. Could I have a first session by video from here in early December?"
    )
    body = _body(classifier, text, sender="Ines Park <ines@example.com>")
    assert "licensed in Oregon only" in body


def test_a_student_in_washington_on_weekdays_hears_sessions_in_oregon_are_possible(classifier: Classifier) -> None:
    text = (
        "Hi! I'm 19 and at a college in Vancouver WA. My dad lives in Portland and said you're good.\n"
        "1) could I do video from my dorm? (I'm in Vancouver WA during the week)\n"
        "2) Saturdays are my free day"
    )
    body = _body(classifier, text, sender="Tess Moreau <tess@example.com>")
    assert "while you're in Oregon" in body


# --- days --------------------------------------------------------------------------------------------------------


def test_a_saturday_slot_wanted_because_weekdays_are_chaos() -> None:
    when = read_when("I really want a Saturday slot because weekdays are chaos with meetings.")
    assert when.wanted == ("saturday",)
    assert "monday" in when.ruled_out


def test_keeping_a_weekday_slot_is_their_own_slot_not_a_day_wanted() -> None:
    assert read_when("Is there any chance of keeping a Tuesday slot for me when I come back?").wanted == ()


def test_rotations_monday_to_saturday_leave_only_sunday() -> None:
    when = read_when("I have clinical rotations Monday to Saturday so Sunday is my only day. Any Sunday times?")
    assert when.wanted == ("sunday",)
    assert "saturday" in when.ruled_out


def test_moving_thursday_sessions_in_spanish_does_not_offer_thursday() -> None:
    when = read_when("¿Podríamos pasar mis citas del jueves al sábado? Si no, el lunes también me sirve.")
    assert "thursday" not in when.wanted


# --- warmth: whose loss, whose news ------------------------------------------------------------------------------


def test_a_widower_is_consoled_for_his_wife_not_for_her_loss(classifier: Classifier) -> None:
    text = (
        "My wife Agnes died in October, a week after our son was born. Can I bring him to sessions? Do you do video? "
        "I have Aetna."
    )
    body = _body(classifier, text, sender="Tomas Lind <tomas@example.com>")
    assert "the loss of your wife" in body


def test_a_man_who_mentions_a_friend_is_not_told_it_is_hard_for_him(classifier: Classifier) -> None:
    text = (
        "My wife has been on me to do this. I'm a paramedic and a few calls this year won't leave me alone. A "
        "friend said EMDR helped him. Do you do that? Would anything get back to my department?"
    )
    body = _body(classifier, text, sender="Cal Boyd <cal@example.com>")
    assert "so hard for him" not in body


def test_a_mother_who_passed_on_monday_is_a_loss() -> None:
    assert read_situation("My dad passed on Tuesday and I fly out tomorrow.") == Situation.LOSS


def test_a_consultation_given_up_after_a_death_gets_condolence(classifier: Classifier) -> None:
    text = (
        "Hi Dana, please give the Friday spot to someone else. My mom passed on Sunday and I'm flying to Ohio. I'll "
        "write again when things settle.\n\nOn Mon, Nov 9, 2026 at 2:02 PM Calm Harbor Therapy "
        "<hello@calmharbor.example> wrote:\n> Dana has Friday at 10am open for a first session."
    )
    body = _body(classifier, text, sender="Signe Ek <signe@example.com>", subject="Re: first session")
    assert "sorry for your loss" in body


def test_an_induction_next_week_is_a_baby_on_the_way(classifier: Classifier) -> None:
    text = (
        "Hi Dana, well, baby boy has decided he's coming early - my OB wants to induce next week at 37 weeks. So "
        "this Thursday will have to be my last session for a while. Could we pause and pick back up in March?"
    )
    body = _body(classifier, text, sender="Thandi Carl <thandi@example.com>")
    assert "getting some rest" not in body


# --- what a client asks -------------------------------------------------------------------------------------------


def test_a_denied_disability_claim_is_not_an_insurance_claim_to_look_into(classifier: Classifier) -> None:
    text = (
        "Hi Sam, heads up before our next session: my long-term disability claim was denied and my job ended. Could "
        "I move to the sliding scale for a while?"
    )
    body = _body(classifier, text, sender="Matt Ross <matt@example.com>")
    assert "look into the claim" not in body
    assert "sliding scale" in body


def test_a_client_asking_about_medication_hears_where_to_get_it(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I've thought about what you said and I'm open to medication now. Is that something you can "
        "prescribe, or can you recommend someone? My GP is booked for months."
    )
    body = _body(classifier, text, sender="Cas Lee <cas@example.com>")
    assert "primary care provider or a psychiatric nurse practitioner" in body


def test_a_note_to_the_doctor_after_the_next_session_is_a_clients_request(classifier: Classifier) -> None:
    text = (
        "Hello, my doctor wants my therapist to sign a release so they can talk. Can you send her a note after our "
        "next session about how I'm doing?"
    )
    u = read(classifier, text, sender="Ruth Allen <ruth@example.com>")
    assert u.request.known.existing_client
    assert "book" not in COMPOSER.compose(u).body.lower()


def test_being_taken_off_the_schedule_for_a_consultation_gets_a_confirmation(classifier: Classifier) -> None:
    text = (
        "Hi Sam, we've decided to wait until after the holidays. Please take us off the schedule for the 12th.\n\n"
        "On Mon, Nov 2, 2026 at 9:00 AM Calm Harbor Therapy <hello@calmharbor.example> wrote:\n"
        "> Your couples consultation is booked for Thursday, Nov 12 at 5pm."
    )
    body = _body(classifier, text, sender="Mira Fo <mira@example.com>", subject="Re: Couples consultation")
    assert "cancel" in body


# --- questions no reader answers are flagged, not dropped --------------------------------------------------------


def test_whether_parents_get_mail_about_sessions_is_flagged(classifier: Classifier) -> None:
    text = (
        "hi, i'm 22 and still on my parents' Regence plan. if i use the insurance, will they get mail about my "
        "sessions? would paying myself be safer?"
    )
    assert "[For staff:" in _body(classifier, text, sender="River Cole <river@example.com>")


def test_whether_therapy_is_shared_with_a_university_or_a_visa_is_flagged(classifier: Classifier) -> None:
    text = (
        "Good day. I am an international student. Before I make an appointment I need to ask: if I see a "
        "therapist, will this information be shared with my university or affect my visa status? Do you take Aetna?"
    )
    assert "[For staff:" in _body(classifier, text, sender="Chidi Nwosu <chidi@example.com>")


def test_whether_a_few_sessions_are_enough_is_flagged(classifier: Classifier) -> None:
    text = "I can only afford about six sessions. Is that enough to actually help with anxiety? Is there an intake fee?"
    assert "[For staff:" in _body(classifier, text, sender="Ros Tveit <ros@example.com>")


def test_is_twelve_too_young_is_an_age_question(classifier: Classifier) -> None:
    text = "My younger son is 12 and anxious about middle school. Is 12 too young? If so, who would you recommend?"
    u = read(classifier, text, sender="Juliet March <juliet@example.com>")
    assert Kind.AGE in u.request.kinds
    assert "Rose City" in COMPOSER.compose(u).body


def test_a_child_turning_thirteen_soon_still_hears_about_her_insurer(classifier: Classifier) -> None:
    text = (
        "My daughter is 12 but turns 13 in February. Could she start seeing someone then? She'd need afternoons, "
        "and we have Moda."
    )
    body = _body(classifier, text, sender="Beth Aldana <beth@example.com>")
    assert "once she turns 13" in body
    assert "Moda" in body


def test_therapy_still_wanted_after_a_refused_test_keeps_the_video_answer(classifier: Classifier) -> None:
    text = (
        "Do you do ADHD testing for adults? If not, would therapy still help with the overwhelm? I'd need video "
        "since I live in Salem."
    )
    body = _body(classifier, text, sender="Jo Park <jo@example.com>")
    assert "secure video" in body
