"""From the hands written this session (sets 55 and 56 and the eval sample's smoke test): what each reply must get
right that it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_a_parent_in_crisis_who_asks_to_be_called_at_the_foot_of_the_letter_gets_an_urgent_call(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hello,\n\nI found out last night that my 15-year-old son has been cutting his arms, some of the cuts look "
        "deep. He won't say how long it has been going on.\n\nCould someone see him this week?\n\n"
        "Please call me at 503-555-0166.\n\nKaren",
        sender="Karen Hollis <karen.h@example.com>",
    )
    assert body.startswith("[For staff: URGENT: they ask you to call them: call Karen now at 503-555-0166")


def test_a_couple_asking_what_the_first_session_costs_hears_the_couples_fee_not_the_individual_one(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi,\n\nMy husband and I would like to start couples counseling on Saturdays. What do we owe for the first "
        "session - is the intake priced differently than regular sessions?\n\nThanks,\nAmy",
        sender="Amy Torres <amy.t@example.com>",
    )
    assert "$195" in body and "The first session costs the same as the others" in body
    assert "per individual session" not in body


def test_a_father_told_by_the_doctor_there_is_no_safety_concern_gets_no_crisis_reply(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nOur son Liam, 19, came home from college after withdrawing mid-term. He sleeps most of the day. He "
        "has told us he doesn't want to hurt himself, and his doctor screened him and said there's no safety concern "
        "right now, but he is clearly depressed.\n\nCould my wife and I be involved at all, even just at the start? "
        "We have Kaiser.\n\nRichard",
        sender="Richard Albers <r.albers@example.com>",
    )
    assert "safety matters most" not in body
    assert "Yes, we see couples" not in body  # parents in their son's therapy are no couple asking for couples work
