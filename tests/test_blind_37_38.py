"""From two hands written this session (the first Monday of January, mid-October): what each reply must get right
that it did not at first sight."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Intent, Kind, Situation

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_widower_a_year_on_hears_condolence_and_his_anniversary_sunday_is_no_day_asked(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "To whom it may concern,\n\nMy wife Ruth passed away a year ago this coming Sunday. I have Medicare. I would "
        "prefer to come to the office rather than do it on the computer. Mornings are best for me.\n\nWalter Brandt",
    )
    assert u.request.situation == Situation.LOSS
    assert not any(q.kind == Kind.DAYS for q in u.request.questions)
    body = COMPOSER.compose(u).body
    assert "I'm so sorry for the loss of your wife." in body
    assert "we can see you in person at our office" in body
    assert "We do have morning appointments, from 9am." in body


def test_the_loss_of_a_dog_is_not_the_mothers_told_of_in_passing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello,\n\nOur beagle Rosie died two weeks ago. She was with me through my mother's death. I'd feel most at "
        "ease with a counselor who is Christian. Do you have anyone like that?\n\nDeborah",
    )
    assert u.request.known.kin == "beagle"
    assert any(q.kind == Kind.THERAPIST and "christian" in q.values for q in u.request.questions)


def test_a_father_asked_directly_by_his_doctor_who_said_no_is_no_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello, my father is 82 and very withdrawn since a fall. His doctor asked him directly about thoughts of "
        "harming himself (he said no, and she believes him), and diagnosed depression. Do you see older adults?",
    )
    assert u.request.intent != Intent.CRISIS


def test_cant_keep_doing_the_rides_is_no_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, I was rear-ended on the ice and have panic attacks as a passenger. Do you do EMDR? I'd like to start "
        "this week - my husband can't drive me every day and I can't keep doing this.\n\nSofia",
    )
    assert u.request.intent != Intent.CRISIS


def test_cutting_back_on_drinking_is_no_word_of_risk(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, I'm 4 days into dry January and it's been harder than I expected. I want someone to help me figure out "
        "how to cut back. Can I use my ComPsych EAP with you? Ideally video over lunch.",
    )
    assert u.request.intent != Intent.CRISIS


def test_an_engaged_couple_from_divorced_families_is_congratulated_not_consoled(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! My fiancé and I got engaged on Christmas Eve. We both come from divorced families and want premarital "
        "counseling, not because anything is wrong. Saturday mornings? What does a couples session cost?\n\nOlivia",
    )
    body = COMPOSER.compose(u).body
    assert "Congratulations on your engagement!" in body
    assert "hard time" not in body


def test_swim_practice_on_mondays_and_wednesdays_rules_those_days_out(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello, my daughter Claire is 15. She's in school until 3:15 and has swim practice on Mondays and "
        "Wednesdays. Could someone see her after school on another day?\n\nJen",
    )
    assert set(u.request.known.days_ruled_out) == {"monday", "wednesday"}
    assert "we see clients on Tuesdays, Thursdays, and Saturdays" in COMPOSER.compose(u).body


def test_any_weekday_but_monday_rules_monday_out(classifier: Classifier) -> None:
    u = read(classifier, "hi do u have a sliding scale? i can do any weekday but monday (workshop mondays). derek")
    assert u.request.known.days_ruled_out == ("monday",)


def test_spanish_ya_no_va_a_poder_is_no_va_benefit(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hola Dana, los miércoles Mateo tiene partido, así que ya no va a poder llegar a su cita de las 4. ¿Se "
        "podría cambiar a los lunes?",
    )
    assert "va" not in u.request.known.payment
    assert "wednesday" in u.request.known.days_ruled_out


def test_a_teen_asking_whether_his_words_stay_with_the_therapist_hears_the_practices_answer(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hello, my son Elias is 15. He has agreed to talk to someone, but his one condition is that whatever he says "
        "stays between him and the therapist. Is that how it works with teenagers at your practice?\n\nAna",
    )
    assert "What you share in therapy is confidential." in COMPOSER.compose(u).body


def test_will_they_see_what_i_talk_about_is_asked_of_confidentiality(classifier: Classifier) -> None:
    u = read(classifier, "hi im 16. if i use my parents insurance will they see what i talk about?? thx jo")
    assert "What you share in therapy is confidential." in COMPOSER.compose(u).body


def test_what_a_first_session_looks_like_hears_the_practices_answer(classifier: Classifier) -> None:
    u = read(classifier, "Hi, I've never done therapy. What does a first session look like, and can it be on video?")
    assert "The first session is a conversation" in COMPOSER.compose(u).body


def test_a_wife_introducing_herself_from_her_husbands_email_is_greeted_by_her_name(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello,\n\nThis is Lorraine Fairbanks, writing from my husband's email because mine is giving me trouble. "
        "We would like to see a couples counselor. Do you have Saturday appointments?\n\nThank you kindly,\nLorraine",
        sender="Robert Fairbanks <rfairbanks1961@gmail.com>",
    )
    assert COMPOSER.compose(u).body.startswith("Hi Lorraine,")


def test_this_is_maya_alvarezs_mom_is_not_maya(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, this is Maya Alvarez's mom.\n\nCould we move Maya's Wednesday 4pm to Saturday the 23rd?\n\nThanks!",
        sender="Pat Alvarez <pat.alvarez@gmail.com>",
    )
    assert not COMPOSER.compose(u).body.startswith("Hi Maya,")


def test_an_adult_who_wants_regular_therapy_after_testing_elsewhere_hears_about_her_plan(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I'm 29 and pretty sure I have ADHD. Do you do ADHD testing for adults? If not, do you know who does? And "
        "would Providence cover regular therapy with you after that?\n\nKendra",
    )
    assert "We aren't in network with Providence" in COMPOSER.compose(u).body


def test_a_thank_you_that_asks_nothing_moves_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana,\n\nThank you for fitting me in yesterday on such short notice. I didn't realize how much I needed it. "
        "See you next Tuesday at 4 as usual.\n\nHugo",
    )
    body = COMPOSER.compose(u).body
    assert Kind.RESCHEDULE not in u.request.kinds
    assert "calmharbor.example/book" not in body


def test_a_clients_denied_claim_is_a_clients_matter_not_the_new_client_insurance_paragraph(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        'Hi - forwarding this from Regence. They denied my Dec 14 and Dec 21 sessions as "provider not credentialed '
        'for service"?? Is this something on your end or do I need to call them?\n\nBeth',
    )
    assert u.request.intent == Intent.CLIENT_REQUEST
    body = COMPOSER.compose(u).body
    assert "member services number" not in body
    assert "For staff" in body


def test_a_referral_for_a_woman_says_shes_welcome_to_book(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello,\n\nI'm a family physician referring a 34-year-old patient with anxiety. She has Aetna and prefers "
        "Tuesday evenings.\n\nDr. Helen Park, MD",
        sender="Helen Park <hpark@ohsu.example>",
    )
    assert "She's welcome to book directly here" in COMPOSER.compose(u).body


def test_a_couple_getting_married_whose_parents_divorced_is_congratulated(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! My fiancé (Wes) and I are getting married October 9th and want premarital counseling. Not because "
        "anything is wrong! Both of our parents divorced when we were kids. What does a couples session cost?"
        "\n\nJordan",
    )
    body = COMPOSER.compose(u).body
    assert "Congratulations on your engagement!" in body
    assert "hard time" not in body


def test_a_goodbye_signed_goodbye_martin_greets_martin(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Please cancel my Thursday appointment and the ones after that. I won't be needing them.\n\nPlease tell Dana "
        "thank you for trying so hard with me. It wasn't her fault. I've gotten my affairs in order."
        "\n\nGoodbye,\nMartin",
        sender="<mk1968@gmail.com>",
    )
    assert u.request.intent == Intent.CRISIS
    assert COMPOSER.compose(u).body.startswith("Hi Martin,")


def test_a_client_cancelling_all_her_remaining_appointments_for_a_break_hears_a_goodbye_not_a_pitch(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Ellen,\n\nPlease cancel all of my remaining appointments. I've decided to take a break for a while. "
        "Thank you for everything this year.\n\nGretchen",
    )
    assert u.request.intent == Intent.CLIENT_REQUEST and Kind.CANCEL in u.request.kinds
    assert "calmharbor.example/book" not in COMPOSER.compose(u).body


def test_a_therapist_with_experience_with_gender_diverse_teens_is_a_wish_for_affirming_care(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi, our 15-year-old came out to us as transgender. We want a therapist who is affirming and has experience "
        "with gender-diverse teens. Is there a waitlist?\n\nSam",
    )
    assert any(q.kind == Kind.THERAPIST and "lgbtq" in q.values for q in u.request.questions)
