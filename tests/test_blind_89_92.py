"""From the hands written this session (sets 90 to 93) and the gaps the last session left: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


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
    text = (
        "Hola, me cobraron dos veces la sesión del martes. Estoy muy molesta, es la segunda vez que pasa.\n\nLucía"
    )
    body = draft(classifier, text, sender="Lucía Gómez <lucia@example.com>")
    assert "Lo siento mucho, y gracias por decírmelo." in body and "le reembolsaré el cargo de más" in body
