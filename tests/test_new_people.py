"""Questions from people not yet seen, answered as asked: how sessions are held, an age asked in a doctor's
shorthand or in Spanish, and who 'you' is in a referral."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_do_you_see_people_in_person_asks_how_sessions_are_held(classifier: Classifier) -> None:
    u = read(classifier, "I've never done therapy before. Do you see people in person? I need a reason to go out.")
    assert Kind.MODALITY in u.request.kinds
    assert "in person at our office" in COMPOSER.compose(u).body


def test_a_pediatricians_accepting_13_yo_is_answered_with_our_ages_and_the_patient_is_them(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Pt: 13 y/o F, GAD, GAD-7 15, mild school avoidance. PHQ-A neg for SI. Accepting 13 y/o? Mom would prefer "
        "in-person.\n\nThanks,\nH. Lim, MD\nRose City Pediatrics",
    )
    body = COMPOSER.compose(u).body
    assert "13-year-old" in body
    assert "see you in person" not in body


def test_a_spanish_father_asking_for_his_13_year_old_hears_we_see_teens(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Les escribo porque mi hijo Santiago, de 13 años, está muy callado. ¿Ella podría ver a mi hijo en persona? "
        "Los sábados serían lo mejor.",
    )
    assert Kind.AGE in u.request.kinds
    assert "13 años" in COMPOSER.compose(u).body
