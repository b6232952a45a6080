"""Personalisation facts: who to greet, where to write, which insurer, which days."""

from __future__ import annotations

import pytest

from tests.conftest import expected_rows, raw
from triage.core.carriers import find_carrier, names_own_carrier
from triage.core.extract import extract, requested_days
from triage.core.model import Inquiry
from triage.core.parse import parse

INQUIRIES = [r for r in expected_rows() if not r["quarantine"] and "not_inquiry" not in r["labels"]]  # type: ignore[operator]


@pytest.mark.parametrize("row", INQUIRIES, ids=lambda r: str(r["file"]))
def test_contact_email_is_the_person_to_answer(row: dict[str, object]) -> None:
    inquiry = parse(raw(str(row["file"])))
    assert isinstance(inquiry, Inquiry)
    expected = row["contact_email"]
    assert extract(inquiry).contact_email == (str(expected).lower() if expected else None)


@pytest.mark.parametrize("row", INQUIRIES, ids=lambda r: str(r["file"]))
def test_first_name_and_carrier_match_what_the_message_says(row: dict[str, object]) -> None:
    inquiry = parse(raw(str(row["file"])))
    assert isinstance(inquiry, Inquiry)
    facts = extract(inquiry)
    assert facts.first_name == row["first_name"]
    assert facts.carrier == row["carrier"]


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        ("do u take bcbs?", "Blue Cross Blue Shield"),
        ("I have Anthem through work", "Blue Cross Blue Shield"),
        ("my plan is Regence", "Blue Cross Blue Shield"),
        ("We have UHC", "UnitedHealthcare"),
        ("it's Optum behavioral", "UnitedHealthcare"),
        ("tengo OHP", "Medicaid"),
        ("Molina", "Medicaid"),
        ("Kaiser", "Kaiser Permanente"),
        ("tri-care prime", "Tricare"),
        ("I have Medicare", "Medicare"),
        ("I can use my EAP through ComPsych", None),
        ("I work for Cigna in HR", None),
        ("my medical history is long", None),
    ],
)
def test_insurers_are_normalised_to_one_canonical_name(text: str, carrier: str | None) -> None:
    assert find_carrier(text) == carrier


def test_self_pay_with_a_named_carrier_is_not_an_insurance_question() -> None:
    assert names_own_carrier("We have Aetna")
    assert not names_own_carrier("We have Aetna but we'll self-pay for couples work")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Do you have anything on Saturdays?", ("saturday",)),
        ("weekends are best for us", ("saturday", "sunday")),
        ("I can't do Mondays, but Tuesday or Thursday evenings work", ("tuesday", "thursday")),
        ("Could I move my Monday appointment to Wednesday?", ("wednesday",)),
        ("necesito cambiar mi cita del lunes para el miércoles", ("wednesday",)),
        ("¿Tienen horarios los sábados?", ("saturday",)),
        ("Wed or Thu would be best", ("wednesday", "thursday")),
        ("Friday is not available for me, Monday works", ("monday",)),
    ],
)
def test_days_asked_for_exclude_days_ruled_out_or_moved_from(text: str, days: tuple[str, ...]) -> None:
    assert requested_days(text) == days


def test_form_service_name_is_never_a_first_name() -> None:
    for name in ("pt_text_humana_grief.eml", "form_wix_grief.eml", "form_jotform_recovery.eml"):
        inquiry = parse(raw(name))
        assert isinstance(inquiry, Inquiry)
        first = extract(inquiry).first_name
        assert first not in (None, "Psychology", "Wix", "Jotform", "Squarespace")


@pytest.mark.parametrize(
    ("sender", "text", "name"),
    [
        ("tyler.brandt92@yahoo.com", "do u take regence? been dealing w depression\nthx\ntyler", "Tyler"),
        ("kaylaaa.j@gmail.com", "can i see someone without my mom knowing\nkayla", "Kayla"),
        ('"SGT D. Morales" <dmorales@example.com>', "Do you take Tricare? Spouse needs counseling.\nThx - Dan", "Dan"),
    ],
)
def test_a_lower_case_or_dashed_sign_off_is_the_writers_name(sender: str, text: str, name: str) -> None:
    head = f"From: {sender}\r\nTo: hello@calmharbor.example\r\nSubject: q\r\nMessage-ID: <n@x>\r\n\r\n"
    inquiry = parse((head + text.replace("\n", "\r\n")).encode())
    assert isinstance(inquiry, Inquiry) and extract(inquiry).first_name == name
