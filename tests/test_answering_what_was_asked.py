"""Whole messages to whole drafts: each draft answers the very thing asked, in the words a front desk would use."""

from __future__ import annotations

from importlib.resources import files

import pytest

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.model import Understanding
from triage.core.request import Intent, Kind
from triage.understand import understand_many

from .test_reading import mail

PRACTICE = load_config(str(files("triage") / "config.example.toml")).practice
COMPOSER = Composer(PRACTICE)


def read(classifier: Classifier, text: str, sender: str = "Mel Grant <mel@example.com>") -> Understanding:
    (result,) = understand_many([mail(text, sender=sender)], classifier)
    assert isinstance(result, Understanding)
    return result


def test_a_missed_session_is_not_cancelled_and_the_no_show_question_gets_the_policy(classifier: Classifier) -> None:
    u = read(
        classifier, "I completely forgot our session this morning. Will I be charged the no-show fee? Can I reschedule?"
    )
    assert Kind.CANCEL not in u.request.kinds and Kind.CANCELLATION in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "I'll cancel" not in body and "missed sessions are charged" in body


def test_a_cancelled_day_is_not_offered_back_and_the_usual_time_is_confirmed(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Need to cancel my appointment on Monday the 23rd, I'll be out of town. "
        "Can we just pick back up the week after at the usual time?",
    )
    body = COMPOSER.compose(u).body
    assert "open on Monday" not in body and "I'll cancel your session" in body
    assert "I'll check that your usual time is free the week after" in body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "My card was declined for Tuesday's session. Can you rerun it on my new card?",
            "I'll run the payment again",
        ),
        ("I was charged twice for last week's session.", "I'll check the charges on your account"),
    ],
)
def test_a_billing_request_is_said_back_not_met_with_a_bare_look_into_it(
    classifier: Classifier, text: str, said: str
) -> None:
    u = read(classifier, "Hi, I'm a current client. " + text)
    assert Kind.DAYS not in u.request.kinds, "Tuesday's session is the session billed, not a day asked for"
    assert said in COMPOSER.compose(u, client=True).body


def test_the_day_they_would_most_like_is_the_day_answered(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm looking for help with anxiety. I'm free weekday mornings, ideally Wednesdays. Do you have anything?",
    )
    assert [q.values for q in u.request.questions if q.kind == Kind.DAYS] == [("wednesday",)]
    assert Kind.ACCEPTING in u.request.kinds and Kind.OTHER not in u.request.kinds
    assert "we see clients on Wednesdays." in COMPOSER.compose(u).body


def test_a_job_application_is_not_answered_as_a_referral(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dear Dana,\n\nI'm writing to express my interest in joining Calm Harbor Therapy as an associate therapist. "
        "I have experience with couples and adolescents and I'm available Mondays and Saturdays.\n\n"
        "My resume and references are attached. Thank you for your consideration.\n\n"
        "Marisa Delgado-Pike, MA, LPC Associate",
    )
    assert u.request.intent == Intent.NOT_INQUIRY


def test_a_client_asking_about_their_copay_is_not_asked_which_insurer_they_have(classifier: Classifier) -> None:
    u = read(classifier, "Quick question - my deductible resets in January, so will my copay for sessions go up?")
    assert u.request.known.existing_client
    reply = COMPOSER.compose(u)
    assert "which insurance company" not in reply.body and "their insurance" in reply.staff_note
    assert "I'll make sure your therapist sees" not in reply.body, "staff write the answer where a filler would stand"


def test_someone_who_signs_with_a_title_is_addressed_by_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "To whom it may concern,\n\nI am 74 and recently widowed. Do you accept Medicare?\n\n"
        "Sincerely,\nMrs. Eleanor Pruitt",
        sender="Eleanor Pruitt <ep@example.com>",
    )
    assert COMPOSER.compose(u).body.startswith("Dear Mrs. Pruitt,")


def test_someone_not_ready_to_book_is_not_pushed_to(classifier: Classifier) -> None:
    u = read(classifier, "I'm not ready to book anything yet, just gathering information. Do you take Kaiser?")
    body = COMPOSER.compose(u).body
    assert "There's no rush at all; whenever you're ready" in body and "The easiest way to book" not in body
