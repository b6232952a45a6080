"""From the hands written this session (sets 72 and 73) and the gaps the last notes named: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft, understand


def test_the_therapist_who_signs_the_draft_speaks_of_herself_as_i(classifier: Classifier) -> None:
    body = draft(classifier, "Do you have anyone who does sessions in Spanish? My mom would prefer it.")
    assert "I offer sessions in Spanish" in body and "Dana Reyes offers" not in body
    woman = draft(classifier, "Do you have a female therapist? I'd feel more comfortable. Thanks, Priya")
    assert "I would be glad to see you" in woman and "Dana Reyes would" not in woman


def test_a_spanish_reply_signed_by_dana_never_names_her_in_the_third_person(classifier: Classifier) -> None:
    body = draft(classifier, "Hola, busco terapia para la ansiedad. ¿Cuánto cuesta la sesión?\n\nGracias,\nHéctor")
    assert "Yo atiendo sesiones en español" in body and "Dana Reyes atiende" not in body


def test_a_crisis_reply_keeps_to_the_cell_they_asked_to_be_called_on(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "I don't know how much longer I can do this. I've been thinking about ending my life. Please don't send "
        "anything to the house, my husband reads the mail. Call me on my cell, 503-555-0199.\n\nMaria",
    )
    assert "We'll reach you on your cell, as you asked" in body
    assert "We will only write to you at this email address" not in body


def test_a_spanish_crisis_about_a_brother_with_a_gun_who_threatens_his_ex_speaks_of_him(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Estoy muy preocupada por mi hermano. Dice que va a matar a su ex esposa y ayer me enseñó una pistola que "
        "compró. No sé qué hacer.",
    )
    assert "La seguridad de todos" in body and "no intente quitársela usted" in body
    assert "Si cree que su hermano podría cumplir su amenaza" in body


def test_a_spanish_writer_who_fears_hurting_her_husband_hears_to_keep_her_distance(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Necesito ayuda. He pensado en hacerle daño a mi esposo, y no confío en mí misma con él. Tengo miedo.",
    )
    assert "manténgase a distancia de esa persona" in body and "988" in body


def test_a_client_moving_across_the_river_hears_we_can_see_her_until_she_moves(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Sam,\n\nI'm moving across the river to Vancouver WA at the end of the month. Can I keep seeing you over "
        "telehealth after I move, or does the state line thing mean I'd have to find someone in Washington?\n\nJordan",
    )
    assert "we can see you while you live in Oregon" in body and "can't see you in Washington" not in body


def test_crying_usually_in_the_afternoon_asks_for_no_afternoon_hours(classifier: Classifier) -> None:
    text = (
        "I had my baby in March. I cry every day, usually in the afternoon. Do you have someone for postpartum "
        "depression? And is telehealth an option?\n\nKayla"
    )
    assert "time_of_day" not in {str(q.kind) for q in understand(classifier, text).request.questions}
    assert "Our hours are" not in draft(classifier, text)
    free = understand(classifier, "I'm usually free in the afternoon. Do you see people then?")
    assert "time_of_day" in {str(q.kind) for q in free.request.questions}
