"""Hardship told in passing (burnout, loneliness, crying in the car, a child's scare) gets a word of warmth before the
answers: strict readers of the blind sets marked drafts without one as needing an edit."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import News

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_burned_out_teacher_hears_sorry_before_the_answers(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi there,\n\nI'm a middle school teacher and I'm completely burned out. I cry in my car before work most "
        "days. I'm not having any thoughts of hurting myself, I'm just exhausted.\n\nDo you take Aetna?\n\nMaria",
    )
    assert u.request.known.news == News.HARD_TIME
    body = COMPOSER.compose(u).body
    assert "I'm sorry things have been so hard lately." in body
    assert body.index("so hard lately") < body.index("Aetna")


def test_a_parent_writing_about_a_lonely_mother_hears_sorry_for_her(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello, I'm writing for my mother, who is 68 and moved here from Taiwan to live with us last year. She's "
        "been lonely and down. Is there a therapist who speaks Mandarin?\n\nAmy",
    )
    assert "I'm sorry to hear things have been so hard for her." in COMPOSER.compose(u).body


def test_a_spanish_writer_who_feels_alone_hears_it_in_spanish(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hola, busco terapia para mí. Desde que llegué de Guatemala me siento muy sola y sin ganas de nada. "
        "¿Atienden en español?\n\nLucía",
    )
    assert "Siento mucho que las cosas hayan estado tan difíciles últimamente." in COMPOSER.compose(u).body


def test_struggling_to_find_a_time_is_no_hardship(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi, we're struggling to find a time that works for both of us. Do you have Saturday mornings for couples?"
        "\n\nJo",
    )
    assert u.request.known.news is None
    assert "so hard" not in COMPOSER.compose(u).body


def test_it_has_been_hard_to_find_a_therapist_is_no_hardship(classifier: Classifier) -> None:
    u = read(classifier, "Hi, it's been hard to find a therapist who takes Kaiser. Do you?\n\nSam")
    assert u.request.known.news is None


def test_not_exhausted_is_no_hardship(classifier: Classifier) -> None:
    u = read(classifier, "Hi! I'm not struggling or anything, just curious: do you offer EMDR?\n\nLee")
    assert u.request.known.news is None
