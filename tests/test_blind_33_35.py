"""From three hands written after the last session (the Monday after Thanksgiving, late June, back to school): what
each reply must get right that it did not at first sight."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Intent, Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_forwarded_benefits_summary_from_a_no_reply_address_is_answered_to_the_forwarder(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi - I have UnitedHealthcare through work (summary forwarded below). Can you provide a superbill each "
        "month?\n\n---------- Forwarded message ---------\nFrom: UnitedHealthcare <no-reply@uhc.example>\n"
        "Subject: Your benefits summary\n\nYour out-of-network mental health benefits...",
        sender="Ben Adeyemi <ben.adeyemi@gmail.com>",
        subject="Fwd: Your benefits summary",
    )
    assert u.extraction.contact_email == "ben.adeyemi@gmail.com"
    assert COMPOSER.compose(u).body.startswith("Hi Ben,")


def test_pls_disregard_my_consult_request_is_a_withdrawal(classifier: Classifier) -> None:
    text = "pls disregard my consult request from wednesday, got it sorted w someone closer to work. thx!"
    u = read(classifier, text)
    assert u.request.intent == Intent.WITHDRAWAL


def test_a_client_leaving_for_college_in_seattle_hears_we_see_people_only_in_oregon(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nSo, the big move is happening -- I leave for UW in Seattle on September 18th! I'd really like to "
        "keep working with you. Could we keep doing sessions by video once I'm up there?\n\nSophie",
    )
    body = COMPOSER.compose(u).body
    assert "licensed in Oregon only" in body
    assert "we can hold your session by secure video" not in body


def test_parents_who_would_speak_spanish_with_the_therapist_are_not_a_couple(classifier: Classifier) -> None:
    u = read(
        classifier,
        "mi hijo Diego tiene 14 años. Desde que murió su abuelo está muy callado. Diego habla inglés perfecto pero mi "
        "esposa y yo preferimos hablar en español con el terapeuta. ¿Tienen a alguien que hable español?",
    )
    assert Kind.COUPLES not in u.request.kinds


def test_a_client_asking_whether_to_send_the_new_insurance_card_hears_yes_not_thanks(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, my insurance changes on September 1st from Kaiser to Regence. Are you in network with Regence too? "
        "And is there anything you need from me, like a copy of the new card? I'll have it next week.",
    )
    body = COMPOSER.compose(u).body
    assert "please send a photo of the front and back of the new card" in body
    assert "Thank you for sending" not in body


def test_barely_eating_beside_low_mood_after_a_stroke_is_no_eating_disorder(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My mother is 68. She had a mild stroke in June and has been really low since, not eating much, not "
        "interested in her garden. She uses a walker, so is your office accessible (stairs? elevator?) and where "
        "people park. Could you let me know if this is something you could help with?",
    )
    body = COMPOSER.compose(u).body
    assert "eating disorder" not in body
    assert "parking" in body
    assert "For staff" not in body
    assert "sorry to hear she's going through" in body
