"""From the hands written this session (sets 102 and 103) and the gaps the last session left named: what each reply
must get right that it did not at first sight. The wording is ours; the situations are the ones the mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.request import Intent

from .test_reading import COMPOSER
from .test_reading import understand as read

_EAP_LETTER = """Dear Provider,

Northway EAP is referring the following member for short-term counseling. Please contact the member within 2
business days to schedule an initial appointment.

Member: Ms. Carla Benning
Presenting concern: work stress
Phone: (971) 555-0107
Email: carla.benning@example.net
Sessions authorized: 6 (valid through 06/30/2026)
Member preferences: in-person, Tuesday or Thursday after 4:00 PM

Please confirm acceptance of this referral by replying to this email.

Thank you,
Northway EAP Care Coordination Team"""


def test_an_eap_letter_laid_out_in_fields_is_the_eaps_letter_not_a_website_form(classifier: Classifier) -> None:
    # "Member: / Email: / Presenting concern:" read as a form made the member the writer, greeted "Hi Carla"
    understood = read(
        classifier, _EAP_LETTER, sender="Northway EAP <referrals@northway-eap.example.com>", subject="EAP Referral"
    )
    assert understood.inquiry.form is None
    assert understood.request.intent == Intent.REFERRAL and "eap" in understood.request.known.payment
    body = COMPOSER.compose(understood).body
    assert body.startswith("[For staff:") and "this EAP" in body and "Hi Carla" not in body
    assert "book directly" not in body and "Once we've confirmed, we'll be in touch with" in body


def test_an_eap_authorisation_signed_by_the_eap_is_paid_by_the_eap(classifier: Classifier) -> None:
    # the body says "EAP" only in its signature: "Sessions authorized" and the sender still name who pays
    text = (
        "Provider: Calm Harbor Therapy\nAuthorization #: CE-2026-0001\nEmployee: Denise R.\n"
        "Sessions authorized: 3 (50-min)\nClient preference: female clinician, video, Tuesday after 5pm.\n\n"
        "Please confirm acceptance of this referral within 2 business days by replying to this email.\n\n"
        "Cascade EAP Care Coordination Team"
    )
    understood = read(
        classifier, text, sender="Cascade Employee Assistance <intake@cascadeeap.example>", subject="EAP Authorization"
    )
    assert understood.request.intent == Intent.REFERRAL and "eap" in understood.request.known.payment
    assert "[For staff:" in COMPOSER.compose(understood).body


def test_a_client_whose_plan_ends_is_answered_about_the_plan_that_starts(classifier: Classifier) -> None:
    # "my Moda plan ends April 30 ... Starting May 1 I'll have Medicare": Moda's network was the answer given
    text = (
        "Hi Sam,\n\nI turn 65 on May 2, and my Moda plan through work ends April 30 because I'm retiring (finally!). "
        "Starting May 1 I'll have Medicare Part B with a Medigap Plan G. Will you be able to bill that, or will I "
        "need to switch to paying out of pocket? I'd really like to keep seeing you.\n\nPat"
    )
    understood = read(classifier, text, subject="Insurance change")
    assert understood.request.known.insurer == "Medicare"
    body = COMPOSER.compose(understood).body
    assert "Moda" not in body and "Congratulations on your retirement!" in body


def test_a_retirement_told_without_cheer_hears_no_congratulations(classifier: Classifier) -> None:
    text = "Hello, since I retired in March I've felt lost and low. Do you take Aetna?\n\nPat"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Congratulations" not in body


def test_a_parents_fall_is_named_in_the_word_of_sympathy(classifier: Classifier) -> None:
    # "I'm sorry things have been so hard lately" was read as stock beside a fall, a dialysis, a diagnosis
    text = "My mom fell and broke her hip in October and I'm now her caregiver. Do you have Tuesday evenings?\n\nJen"
    assert "I'm so sorry to hear about your mom's fall." in COMPOSER.compose(read(classifier, text)).body


def test_their_own_diagnosis_is_named_in_the_word_of_sympathy(classifier: Classifier) -> None:
    text = "I was diagnosed with breast cancer in September and the anxiety is a lot. Do you take Aetna?\n\nJen"
    assert "I'm so sorry to hear about your diagnosis." in COMPOSER.compose(read(classifier, text)).body


def test_a_question_of_credentials_is_answered_from_the_therapists_listed(classifier: Classifier) -> None:
    text = "Hello,\n\n- What are your clinicians' credentials? Is anyone an LPC or psychologist?\n\nThanks,\nEli"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "Dana Reyes and Sam Okafor, are licensed marriage and family therapists (LMFT) in Oregon." in body
    assert "[For staff" not in body
    where = COMPOSER.compose(read(classifier, "Hi, are you licensed in Washington? I live there.\n\nEli")).body
    assert "marriage and family" not in where


def test_an_approach_they_found_helpful_is_offered_without_sympathy_for_it(classifier: Classifier) -> None:
    # "I'm sorry things have been so hard lately. We work with EMDR" answered a therapist retiring and EMDR liked
    text = (
        "My therapist of four years retired in October and I'm looking for someone new. I've done some EMDR and "
        "found it helpful. Do you take Aetna?\n\nRiley"
    )
    body = COMPOSER.compose(read(classifier, text)).body
    assert "We do offer EMDR." in body and "so hard" not in body


def test_someone_who_travels_for_work_hears_video_from_home_but_not_from_away(classifier: Classifier) -> None:
    text = "Hi, I travel to Washington for work sometimes - can I do video sessions from there?\n\nRiley"
    body = COMPOSER.compose(read(classifier, text)).body
    assert "we can't hold video sessions while you're in Washington; while you're in Oregon" in body
    assert "I'm sorry we can't see you" not in body


def test_a_dated_day_that_wont_work_is_not_offered_back(classifier: Classifier) -> None:
    # "I'll check what's open on Tuesday, Wednesday, or Thursday" to "Tuesday the 7th at 11 won't work"
    from triage.core.reading.days import read_when

    when = read_when("Unfortunately Tuesday the 7th at 11 won't work. Wednesday or Thursday afternoons are good.")
    assert when.wanted == ("wednesday", "thursday")


def test_someone_who_moved_up_from_another_state_is_not_told_about_licences(classifier: Classifier) -> None:
    text = "I moved up from San Diego in November for work and it's been lonely. Do you have evenings?\n\nGreg"
    assert "licensed" not in COMPOSER.compose(read(classifier, text)).body
