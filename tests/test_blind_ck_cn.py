"""From the hands written this session (sets 96 on) and the gaps the last session left: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_grandchildren_of_six_and_nine_are_both_told_we_see_clients_from_thirteen(classifier: Classifier) -> None:
    text = (
        "Hello,\n\nMy husband and I are raising our two grandchildren (ages 6 and 9) since our daughter went into "
        "treatment last year. The 9 year old has a lot of anger. Do you have afternoon appointments?\n\nLorraine"
    )
    body = draft(classifier, text)
    assert "aren't the right fit for children of 6 and 9" in body and "Rose City" in body


def test_a_couple_asking_together_versus_separately_hears_both_prices(classifier: Classifier) -> None:
    body = draft(classifier, "how much is it for me and my girlfriend to come in together vs separately?\n\nDylan")
    assert "couples sessions are $195" in body and "$165 per individual session" in body


def test_someone_booked_for_a_first_session_who_asks_what_to_bring_gets_the_practices_answer_not_a_pitch(
    classifier: Classifier,
) -> None:
    body = draft(classifier, "Hi, I'm booked for my first session Thursday. Is there anything I should bring?\n\nMia")
    assert "intake forms" in body and "book online" not in body and "[For staff" not in body


def test_a_first_appointment_told_in_spanish_is_booked_and_what_to_bring_is_answered_in_spanish(
    classifier: Classifier,
) -> None:
    body = draft(classifier, "Hola, tengo mi primera cita el jueves. ¿Necesito llevar algo?\n\nRosa")
    assert "formularios de admisión" in body and "reservar una cita" not in body and "[For staff" not in body


def test_a_new_insurance_card_only_told_of_is_asked_for_not_thanked_for(classifier: Classifier) -> None:
    body = draft(classifier, "Hi, I got my new insurance card, it's still Aetna. Please update my file.\n\nBo")
    assert "Thank you for sending" not in body and "send a photo of the front and back" in body


def test_a_client_asking_to_call_with_a_new_insurance_card_is_told_yes_with_the_number(
    classifier: Classifier,
) -> None:
    body = draft(classifier, "Hi, can I just call you instead? I have my new insurance card, it's Aetna now.\n\nBo")
    assert "please call us at (503) 555-0142" in body and "Thank you for sending" not in body


def test_a_new_insurance_card_attached_is_thanked_for(classifier: Classifier) -> None:
    text = "Hi, I got my new insurance card, still Aetna. Attached is a photo of the front and back.\n\nBo"
    assert "Thank you for sending your new insurance card" in draft(classifier, text)


def test_parents_who_write_my_husband_and_i_for_their_son_are_not_offered_couples_sessions(
    classifier: Classifier,
) -> None:
    text = "Hello, my husband and I would like to get our 15 year old son into therapy for anxiety. Regence?\n\nLinda"
    body = draft(classifier, text)
    assert "couples" not in body and "15-year-old" in body


def test_a_nurse_asking_whether_therapy_is_reported_to_her_board_hears_the_confidentiality_answer(
    classifier: Classifier,
) -> None:
    text = "Hi, I'm a nurse and worried about my license. If I see a therapist, does that get reported to the board?"
    body = draft(classifier, text + "\n\nKim")
    assert "What you share in therapy is confidential" in body and "[For staff" not in body
