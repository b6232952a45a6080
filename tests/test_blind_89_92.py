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
        "Tuesday at 6 works perfectly, thank you!\n\nOne more question: my card actually says \"Aetna Better Health "
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
