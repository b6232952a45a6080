"""A crisis reply speaks to the one who wrote about the one at risk: a mother about her daughter hears what to do
for her daughter; someone afraid of what they might do hears it is their own safety that matters."""

from __future__ import annotations

from importlib.resources import files

import pytest

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_mother_writing_about_her_daughter_hears_what_to_do_for_her(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I found fresh cuts on my 15 year old daughter's thighs last night. She says it's not a big deal. "
        "Can someone see her this week? We have Aetna.",
    )
    body = COMPOSER.compose(u).body
    assert "If she is in immediate danger, please call 911" in body
    assert "If you are in immediate danger" not in body
    assert "please stay with her for now, and put away medications" in body


def test_a_husband_who_already_locked_the_pills_away_is_not_told_to(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife told me last night the baby would be better off without her. I've locked up the medications and "
        "she's home with her mother today. Can someone see her this week?",
    )
    body = COMPOSER.compose(u).body
    assert "If she is in immediate danger" in body
    assert "put away medications" not in body


def test_a_school_counsellor_is_not_asked_to_stay_with_the_student(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm the counselor at Roosevelt HS. A 9th grader (14) disclosed this week that she's been cutting, most "
        "recently on Monday. Parents notified. Can you see her soon?",
    )
    assert "stay with" not in COMPOSER.compose(u).body


def test_someone_afraid_of_what_they_might_do_to_another_hears_their_own_safety_matters(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "I'm scared of what I might do to my stepfather. He's been going after my mom again and I've caught myself "
        "thinking through how I'd hurt him, like actually planning it. Can I get in to see someone?",
    )
    assert not u.request.about_someone_else
    body = COMPOSER.compose(u).body
    assert "Your safety matters most" in body
    assert "stay with" not in body


def test_a_client_saying_goodbye_and_giving_the_dog_away_is_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana,\n\nI won't be at Thursday's session. Or any after that. I'm sorry for wasting your time these past few "
        "months, you really tried. I've already given Charlie to my neighbor, she'll take good care of him. Please "
        "don't charge my card for the late cancel, I want to make sure my sister doesn't get stuck with anything.",
    )
    assert u.request.intent.value == "crisis"
    assert "late cancellations" not in COMPOSER.compose(u).body


def test_a_client_cancelling_everything_because_none_of_this_is_your_fault_is_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana,\n\nI just wanted to say thank you for everything these past months. You tried really hard with me "
        "and none of this is your fault.\n\nPlease cancel my appointments going forward, I won't be needing them. "
        "I'm sorry.\n\nTake care of yourself.\nTrent",
    )
    assert u.request.intent.value == "crisis"


def test_none_of_this_is_your_fault_but_a_billing_error_is_no_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, I know none of this is your fault, but the billing office charged me twice for October. Can you "
        "cancel my sessions going forward until it's fixed? Take care of yourself. Kim",
    )
    assert u.request.intent.value != "crisis"


def test_a_mother_who_locked_up_all_the_medicine_is_not_told_to_put_it_away(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My son Jacob is 14. I found searches about how many Tylenol it takes to overdose. I've locked up all the "
        "medicine in the house. Can someone see him this week?",
    )
    assert "put away medications" not in COMPOSER.compose(u).body


def test_a_parent_in_crisis_hears_yes_to_the_questions_the_facts_answer(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello, I found cuts on my 14 year old daughter's arms this morning. Some look recent. Do you see kids her "
        "age, and how soon could she be seen? We have Aetna.",
    )
    body = COMPOSER.compose(u).body
    assert (
        "And to your questions: we can see a 14-year-old, we're in network with Aetna, and the clinician who reaches "
        "out will find the soonest time with you." in body
    )
    assert "$" not in body


def test_someone_in_crisis_without_insurance_hears_they_can_be_seen_without_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm in a really bad way, I've been thinking about killing myself. I don't have insurance. How much is a "
        "session if I pay myself?\n\nRiley",
    )
    body = COMPOSER.compose(u).body
    assert "you can be seen without insurance, and the clinician who reaches out will go over fees" in body
    assert "$" not in body
    assert "calmharbor.example/book" not in body


def test_a_teen_in_crisis_who_tells_her_age_hears_no_age_back_but_is_told_of_privacy(classifier: Classifier) -> None:
    u = read(
        classifier,
        "hi im 15 and ive been cutting again. my mom doesnt know. can i talk to someone without her finding out?",
    )
    body = COMPOSER.compose(u).body
    assert "15-year-old" not in body
    assert "will talk with you about privacy" in body


def test_a_crisis_about_someone_on_a_plan_we_dont_take_names_the_plan(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My brother relapsed and said everyone would be better off without him. He has Moda insurance. Can someone "
        "see him?\n\nTess",
    )
    body = COMPOSER.compose(u).body
    assert "we aren't in network with Moda, but we can give a superbill" in body
    assert "the clinician who reaches out will find the soonest time with you" in body


def test_a_teen_who_thinks_about_not_waking_up_is_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "im 15. if i talk to a therapist will you tell my parents what i say?? sometimes i think about not waking up "
        "and i kind of hope i dont. i've never done anything. is it free?",
    )
    assert u.request.intent.value == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "Since January the nightmares are back and I'm jumpy in a way I haven't been in years. Do you offer EMDR?",
        "Terminé con mi pareja y siento que me estoy ahogando un poco (tranqui, no es nada peligroso, solo mucha "
        "tristeza). ¿Cuánto cuesta la sesión?",
    ],
)
def test_jumpy_and_nada_peligroso_are_no_words_of_risk(classifier: Classifier, text: str) -> None:
    assert read(classifier, text).request.intent.value != "crisis"


def test_a_sister_in_another_city_is_not_told_to_stay_with_her_brother(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, I don't know if this is the right place to write.\n\nMy brother Matt (29) lost his roommate to an "
        "overdose in January. Since then he's been drinking a lot. This weekend he gave me his guitar and his good "
        "camera and said he \"wouldn't need them anymore.\" He says he's fine.\n\nI live in Seattle and he's in "
        "Portland. Can he be seen quickly? What should I do?\n\nAnna",
    )
    body = COMPOSER.compose(u).body
    assert u.request.intent.value == "crisis"
    assert "stay with him" not in body
    assert "ask for a welfare check" in body
    assert "the clinician who reaches out will find the soonest time with you" in body
