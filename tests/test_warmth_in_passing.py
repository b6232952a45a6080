"""Hardship told in passing (burnout, loneliness, crying in the car, a child's scare) gets a word of warmth before the
answers: strict readers of the blind sets marked drafts without one as needing an edit."""

from __future__ import annotations

from importlib.resources import files

import pytest

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
    assert u.request.known.news == News.HARD_TIME  # "I think she is lonely" (not "I don't think I'm depressed")


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


@pytest.mark.parametrize(
    "text",
    [
        "I'm an ICU nurse and December was brutal. I'm exhausted in a way sleep isn't fixing. Do you take Aetna?",
        "The darkness up here this time of year is already getting to me. Could I start by video?",
        "I've been in a low place since the summer. Do you have a sliding scale?",
        "I've been having what I'm pretty sure are panic attacks before exams. Do you do video?",
        "Trabajo en construcción y tengo mucho estrés, no duermo bien. ¿Cuánto cuesta la sesión?",
    ],
)
def test_hardship_told_in_one_clause_is_met_with_a_word(classifier: Classifier, text: str) -> None:
    assert read(classifier, text + "\n\nAlex").request.known.news == News.HARD_TIME


@pytest.mark.parametrize(
    "text",
    [
        "I'm not in a dark place, I'm just curious whether you offer EMDR.",
        "I'm a PhD student so money is tight. What is the lowest sliding scale fee?",
    ],
)
def test_no_hardship_where_they_say_none(classifier: Classifier, text: str) -> None:
    assert read(classifier, text + "\n\nAlex").request.known.news is None


def test_an_exhausted_nurse_with_an_unwell_word_still_hears_sorry(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello, I'm an ICU nurse: flu, RSV and COVID all at once, and I'm exhausted. Do you take Providence?\n\nKim",
    )
    assert "I'm sorry things have been so hard lately." in COMPOSER.compose(u).body


def test_a_layoff_of_many_and_a_position_eliminated_are_job_losses(classifier: Classifier) -> None:
    for text in (
        "I was one of the 1,100 people let go from my company before Christmas. Can I use an HSA card?",
        "Hi Dana, my position is being eliminated at the end of January, so I need a break from sessions.",
    ):
        assert read(classifier, text + "\n\nSean").request.known.job_loss


def test_the_anniversary_of_a_fathers_death_is_a_loss_named(classifier: Classifier) -> None:
    u = read(classifier, "Can I get in soon? The anniversary of my dad's death is the 28th and I'm dreading it.\nAl")
    assert "I'm so sorry for the loss of your dad." in COMPOSER.compose(u).body


@pytest.mark.parametrize(
    "text",
    [
        "I have been feeling very low and overwhelmed since my second baby. Is there a woman therapist?",
        "Hi Dana, things got a lot harder since Liam and I ended it last week. Could we go weekly for a while?",
        "I've started having panic attacks at work, twice this week. Is there any chance I could get in this week?",
        "My advisor situation has gotten really bad and I've started dreading campus. Are you taking new clients?",
        "between the flu closures and parent emails at 11pm, i'm cooked. do you have evenings?",
        "Hola, tengo mucha tristeza y cansancio desde hace meses. ¿Tienen una terapeuta mujer?",
    ],
)
def test_more_hardship_told_in_passing_is_met_with_a_word(classifier: Classifier, text: str) -> None:
    u = read(classifier, text + "\n\nAlex")
    assert u.request.known.news == News.HARD_TIME or u.request.situation is not None


@pytest.mark.parametrize(
    "text",
    [
        "I got the job in Denver and move on June 1st. I'm sad to be leaving our work. Can we do two more sessions?",
        "I don't think I'm depressed exactly, just anxious. Do you see adults on Saturdays?",
    ],
)
def test_sad_to_leave_and_not_depressed_are_no_hardship(classifier: Classifier, text: str) -> None:
    assert read(classifier, text + "\n\nAlex").request.known.news != News.HARD_TIME


def test_a_daughter_who_thinks_her_mother_is_lonely_hears_a_word_of_warmth(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My mother (66) moved from Chengdu to live with us. I think she is lonely and depressed. Does anyone at your "
        "practice speak Mandarin?\n\nWei",
    )
    assert u.request.known.news == News.HARD_TIME  # "I think she is lonely" (not "I don't think I'm depressed")


def test_morning_appointments_are_offered_only_where_mornings_alone_are_asked(classifier: Classifier) -> None:
    u = read(classifier, "Evenings are ideal since I sleep mornings. Do you have anything after 6?\n\nSam")
    assert "morning appointments" not in COMPOSER.compose(u).body
