"""A question asked beside the main one gets its own answer, and not the answer to another question."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_is_there_a_woman_who_sees_couples_hears_honestly_that_there_is_not(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! My fiance and I are looking for premarital counseling. Is there a woman who sees couples? We'd prefer "
        "that.\n\nThanks, Priya",
    )
    assert any(q.kind == Kind.THERAPIST and "female" in q.values for q in u.request.questions)
    body = COMPOSER.compose(u).body
    assert "Our couples therapist is Sam Okafor" in body
    assert "we don't have a woman who sees couples" in body


def test_the_fee_for_a_copy_of_records_is_asked_of_staff_never_answered_with_the_session_fee(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana, I'm switching to a new psychiatrist and she asked for a copy of my records. Can you send them to "
        "me? Is there a fee for that?\n\nThanks, Mara",
    )
    reply = COMPOSER.compose(u)
    assert "$165" not in reply.body
    assert "copy of their records costs anything" in reply.body
    assert reply.needs_staff
