"""From the hands written this session (sets 96 to 99) and a first read of the product: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_a_question_opened_by_a_greeting_is_not_dropped_as_small_talk(classifier: Classifier) -> None:
    # "Hi, do you offer ...?" was one sentence that began with "Hi": taken for "Hi, how are you?" and never answered
    body = draft(classifier, "Hi, do you offer hypnotherapy to help me quit smoking?\n\nThanks,\nJo")
    assert '[For staff: they ask: "Hi, do you offer hypnotherapy to help me quit smoking?"' in body


def test_a_greeting_with_small_talk_still_asks_nothing(classifier: Classifier) -> None:
    body = draft(classifier, "Hi, how are you? Do you take Aetna?\n\nJo")
    assert "[For staff" not in body and "Aetna" in body


def test_someone_who_found_the_therapist_online_is_a_new_inquiry_even_when_greeting_her_by_name(
    classifier: Classifier,
) -> None:
    # "Hi Dana," opens most clients' mail, so the intent head read this first letter as a client's
    text = "Hi Dana, I found you online. Do you work with grief? My mom died in March.\n\nJo Park"
    body = draft(classifier, text)
    assert "Yes, we work with grief." in body and "https://calmharbor.example/book" in body


def test_someone_a_friend_recommended_is_not_answered_as_a_client(classifier: Classifier) -> None:
    text = "Hi Dana, my friend Kim recommended me to you. Do you have anything on Thursday evenings?\n\nLee"
    body = draft(classifier, text)
    assert "Thank you for reaching out to Calm Harbor Therapy." in body and "Thanks for your message." not in body


def test_would_you_see_the_14_year_old_is_answered_by_the_age_we_see(classifier: Classifier) -> None:
    text = (
        "Hi,\nI'm a step-mom to two boys (11 and 14). Their mom and my husband fight constantly and the boys are "
        "caught in the middle. Would you see the 14 year old?\nKristen"
    )
    body = draft(classifier, text)
    assert "[For staff: they ask" not in body and "13" in body


def test_could_you_take_my_daughter_is_no_insurance_question(classifier: Classifier) -> None:
    body = draft(
        classifier, "Hi, could you take my 15-year-old? She's been really anxious this year.\n\nThanks, Kristen"
    )
    assert "which insurance company you have" not in body and "Yes, we can see a 15-year-old" in body


def test_a_couple_signing_with_an_ampersand_from_a_bare_address_are_both_greeted(classifier: Classifier) -> None:
    text = "Hello - we're getting married in June and want premarital counseling. Saturdays?\n\nThanks!\nHannah & Luis"
    body = draft(classifier, text, sender="hb8812@gmail.com")
    assert body.splitlines()[0] == "Hi Hannah and Luis,"


def test_exhaustion_in_spanish_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "Hola, ¿tienen grupos para cuidadores? Cuido a mi esposo enfermo y ya no puedo más del cansancio. "
        "Si no, ¿dan terapia individual en español?\n\nRosa"
    )
    body = draft(classifier, text, sender="Rosa Díaz <rosa@example.com>")
    assert "911" not in body and "no ofrecemos terapia de grupo" in body


def test_a_retirement_that_has_not_gone_the_way_pictured_is_no_word_of_risk(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nI retired in the spring and it has not gone the way I pictured. My husband says I'm restless, and "
        "most days I don't know what to do with myself. I've never seen a counselor. Do you take Medicare? Do you "
        "have mornings?\n\nJune Albers"
    )
    body = draft(classifier, text)
    assert "911" not in body and "Medicare" in body


def test_autism_evaluations_asked_in_spanish_for_a_boy_of_8_are_referred_out_with_the_age(
    classifier: Classifier,
) -> None:
    text = "Buenos días, ¿hacen evaluaciones de autismo? Es para mi hijo de 8 años, su maestra lo sugirió.\n\nMaribel"
    body = draft(classifier, text, sender="Maribel Soto <ms@example.com>")
    assert "a partir de los 13 años" in body and "no ofrecemos evaluaciones de autismo" in body
    assert "[For staff" not in body


def test_a_client_asking_in_spanish_what_she_owes_gets_her_account_looked_into(classifier: Classifier) -> None:
    text = "Buenas tardes, quisiera saber cuánto debo. Me llegó un estado de cuenta y no entiendo los cargos de marzo."
    body = draft(classifier, text + "\n\nGracias, Elena Ruiz", sender="Elena Ruiz <er@example.com>")
    assert "revisar su cuenta" in body and "reservar una cita" not in body


def test_therapists_who_speak_spanish_asked_in_the_plural_subjunctive_is_the_language_question(
    classifier: Classifier,
) -> None:
    text = "Hola, me llamo Inés. ¿Tienen terapeutas que hablen español? ¿Trabajan los lunes por la tarde?"
    body = draft(classifier, text, sender="Inés Mora <im@example.com>")
    assert "[For staff" not in body and "español" in body


def test_do_you_accept_it_after_naming_the_plan_in_spanish_is_answered_by_the_insurance_line(
    classifier: Classifier,
) -> None:
    text = (
        "Buenas tardes. Mi nieto de 14 años vive conmigo desde que falleció su mamá. Tenemos el OHP. "
        "¿Ustedes lo aceptan? ¿Atienden a muchachos de su edad?\n\nEsperanza"
    )
    body = draft(classifier, text, sender="Esperanza Quiroga <eq@example.com>")
    assert "[For staff" not in body and "OHP" in body


def test_a_wife_showing_her_husbands_grudging_yes_is_greeted_and_told_he_would_see_sam(
    classifier: Classifier,
) -> None:
    from .test_reading import COMPOSER, understand

    text = (
        "Hello,\n\nSee below -- this is my husband's grudging agreement to try therapy. He retired in March and has "
        "barely left the house. He'd only be willing to see a male therapist. Do you have one, and do you take "
        "Regence?\n\nLinda\n\n---------- Forwarded message ---------\nFrom: Frank Carver <fcarver@gmail.com>\n"
        "Date: Mon, May 4, 2026\nSubject: fine\nTo: Linda <linda@example.com>\n\nFine. I'll go. But a guy.\n\nF"
    )
    body = COMPOSER.compose(understand(classifier, text, sender="Linda Carver <linda@example.com>")).body
    assert body.startswith("Hi Linda,") and "Since he'd prefer to work with a man" in body


def test_a_father_writing_in_spanish_that_his_son_will_stay_with_his_counsellor_gets_no_draft(
    classifier: Classifier,
) -> None:
    import pytest

    from triage.compose.wording import ComposeError

    from .test_reading import COMPOSER, understand

    text = (
        "Gracias por la información, pero al final mi hijo va a seguir con la consejera de su universidad por video "
        "y este verano prefiere descansar. Disculpe las molestias."
    )
    with pytest.raises(ComposeError):
        COMPOSER.compose(understand(classifier, text, sender="Patricio Lozano <pl@example.com>"))


def test_asking_the_easiest_way_to_update_a_new_card_is_told_to_call_not_that_it_is_updated(
    classifier: Classifier,
) -> None:
    text = (
        "Hey, got an email that my card was declined for last week's session. I got a new card after some fraud "
        "stuff. What's the easiest way to update it? - Ian"
    )
    body = draft(classifier, text, sender="Ian McAllister <ian@example.com>")
    assert "Please call us at (503) 555-0142" in body and "I'll update the card on file and run" not in body
