"""From the two hands written this session (summer; every background, many thread replies): what each reply must get
right that it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import clinical_risk
from triage.core.reading.days import read_when
from triage.core.request import Intent, Kind

from .test_reading import draft
from .test_reading import understand as read


def test_a_veteran_whose_wife_said_to_write_is_the_one_at_risk(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My wife said to write to someone so here I am. Army, two deployments. The fireworks this week have me back "
        "there every night. I've been up cleaning my pistol at 3am more nights than not, and thinking it would be a "
        "lot easier to just not wake up. Haven't told her that part.\n\nDo you take VA community care?\nDale",
        sender="Dale Voss <dale@example.com>",
    )
    assert "Your safety matters most" in body and "on her behalf" not in body


def test_a_school_counselors_same_day_si_with_a_plan_is_a_crisis() -> None:
    assert clinical_risk("Today a 16yo male student disclosed SI with a plan to me.") is not None


def test_a_daughter_who_lives_in_boise_is_not_where_he_would_be_seen(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife of 48 years died in January. My daughter, who lives in Boise, thinks I ought to talk with someone, "
        "now that the summer evenings are so long and the house is so quiet. I am 76. Do you see people of my age?",
    )
    kinds = {q.kind for q in u.request.questions}
    assert Kind.LOCATION not in kinds and Kind.TIME_OF_DAY not in kinds


def test_a_new_client_who_may_have_to_cancel_things_cancels_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I've had chronic migraines since I was a teenager, which I mention only because it means some weeks I have "
        "to cancel things last minute. Do you do EMDR?",
    )
    assert Kind.CANCEL not in {q.kind for q in u.request.questions}


def test_working_nights_does_not_rule_out_the_days_asked_for() -> None:
    when = read_when("Because I work nights, late mornings on Tuesday or Thursday would be ideal.")
    assert when.wanted == ("tuesday", "thursday") and when.ruled_out == ()


def test_an_attorney_who_says_it_is_not_a_request_for_court_ordered_work(classifier: Classifier) -> None:
    u = read(
        classifier,
        "To be clear, this is not a request for a custody evaluation or any court-ordered service; she is simply "
        "looking for a therapist for herself. Could you tell me whether you are accepting new clients?",
    )
    assert not any("court-ordered" in q.values for q in u.request.questions)
    assert u.request.intent != Intent.CRISIS
