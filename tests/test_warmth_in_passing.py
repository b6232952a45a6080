"""Hardship told in passing (burnout, loneliness, crying in the car, a child's scare) gets a word of warmth before the
answers: strict readers of the blind sets marked drafts without one as needing an edit."""

from __future__ import annotations

from importlib.resources import files

import pytest

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.model import Classification
from triage.core.reading.learned_news import HARDSHIP, HARDSHIP_AT, learned_news
from triage.core.request import News
from triage.learn.intent_train import hardship_of

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


# The hardship head: a hard time told some way the rules have no phrase for.


def test_a_hard_time_told_obliquely_is_heard_by_the_hardship_head(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi there. Sleeping ten hours and still tired, bailing on friends, not really enjoying anything anymore. My "
        "doctor suggested I talk to someone. Do you have anything on Tuesdays after 5? I have Regence.\n\nWill",
    )
    assert u.request.known.news == News.HARD_TIME
    assert "I'm sorry things have been so hard lately." in COMPOSER.compose(u).body


def _sure(p: float) -> Classification:
    return Classification(labels=("scheduling",), scores={}, top_words={}, kinds={HARDSHIP: p})


def test_the_hardship_head_speaks_only_where_it_is_sure() -> None:
    text = "Could we talk about the holidays?"
    assert learned_news(_sure(0.99), text, "en", in_thread=False) == News.HARD_TIME
    assert learned_news(_sure(0.99), text, "en", in_thread=True) is None, "told before, in the thread, answered then"
    assert learned_news(_sure(HARDSHIP_AT - 0.01), text, "en", in_thread=False) is None
    assert learned_news(Classification(labels=(), scores={}, top_words={}), text, "en", in_thread=False) is None, (
        "no head, no word"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The new job is eating all my hours and honestly I'm doing okay. Could you cancel my Thursdays?",
        "I know this time last year I was in a really dark place. I feel like me again. Every other Tuesday?",
    ],
)
def test_someone_who_says_they_are_doing_well_hears_no_sympathy_from_the_head(text: str) -> None:
    assert learned_news(_sure(0.99), text, "en", in_thread=False) is None


def test_the_hardship_head_speaks_english_only() -> None:
    assert (
        learned_news(_sure(0.99), "quisiera saber si tienen terapeuta que hable español", "es", in_thread=False) is None
    )


def test_a_readers_judgement_of_hardship_is_what_the_head_learns() -> None:
    assert hardship_of({"intent": "new_inquiry", "hardship": True}) is True
    assert hardship_of({"intent": "new_inquiry", "situation": "loss", "hardship": False}) is False
    assert hardship_of({"intent": "new_inquiry", "situation": "loss"}) is True, "a death is a hard time"
    assert hardship_of({"intent": "not_inquiry"}) is False
    assert hardship_of({"intent": "crisis"}) is None, "nobody judged it: left out of the head's training"
    assert hardship_of({"intent": "new_inquiry", "situation": "new_baby"}) is None
