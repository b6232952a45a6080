"""From the strict readers of set 36 (early April): what each reply must get right that it did not at first sight."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.reading.referrals import records_offered
from triage.core.reading.sentences import sentences

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_what_are_your_hours_hears_the_hours_not_only_the_days(classifier: Classifier) -> None:
    body = COMPOSER.compose(read(classifier, "Hi, what are your hours? Thanks, Jim")).body
    assert "Our hours are 9am to 7pm Monday to Thursday and 9am to 1pm on Saturdays." in body


def test_what_days_and_hours_are_you_open_hears_the_hours(classifier: Classifier) -> None:
    body = COMPOSER.compose(read(classifier, "Hello, what days and hours are you open? Thanks, Jim")).body
    assert "Our hours are 9am to 7pm" in body


def test_a_medicare_member_is_pointed_to_medicare_not_to_a_number_on_the_card(classifier: Classifier) -> None:
    body = COMPOSER.compose(read(classifier, "Hi, do you take Medicare? I'm 70.\n\nRuth")).body
    assert "1-800-MEDICARE" in body
    assert "member services number on the card" not in body


def test_a_message_written_to_sam_and_answered_by_dana_says_sam_will_see_it(classifier: Classifier) -> None:
    u = read(classifier, "Hi Sam,\n\nCould we move our Thursday 6pm session to next Tuesday?\n\nThanks,\nAlex")
    body = COMPOSER.compose(u).body
    assert body.startswith("Hi Alex,\n\nThanks for your message. I'll make sure Sam sees it.")


def test_a_message_written_to_dana_who_signs_says_nothing_of_passing_it_on(classifier: Classifier) -> None:
    u = read(classifier, "Hi Dana,\n\nCould we move my Thursday 6pm session to next Tuesday?\n\nThanks,\nAlex")
    assert "make sure" not in COMPOSER.compose(u).body


def test_a_late_client_who_wrote_to_sam_hears_sam_will_know(classifier: Classifier) -> None:
    u = read(classifier, "Hi Sam, running about 10 minutes late, stuck on the bridge! So sorry.\n\nAlex")
    body = COMPOSER.compose(u).body
    assert "I'll let Sam know you're on your way." in body
    assert body.count("Sam") == 1


def test_a_referrers_offer_of_a_summary_is_thanked(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hello,\n\nI'm a family physician at OHSU referring a 34-year-old patient with generalized anxiety. She has "
        "Aetna. I'm happy to send a brief summary once she signs a release.\n\nDr. Helen Park, MD",
        sender="Helen Park <hpark@ohsu.example>",
    )
    body = COMPOSER.compose(u).body
    assert "Thank you for offering a brief summary; we'd be glad to have it once a release is signed." in body


def test_sending_a_report_to_the_court_is_no_offer_of_records() -> None:
    assert records_offered(sentences("Our attorney said you can send a report to the court. Is that right?")) is None
    offered = records_offered(sentences("Happy to send a brief summary with his consent."))
    assert offered is not None and offered.values == ("records offered", "a brief summary", "release")
