"""From the hands written this session (sets 100 and 101) and a first read of the product: what each reply must get
right that it did not at first sight. The wording is ours; the situations are the ones the blind mail showed."""

from __future__ import annotations

from triage.core.classify import Classifier

from .test_reading import draft


def test_a_child_told_of_then_asked_about_is_answered_by_the_age_we_see(classifier: Classifier) -> None:
    # "our 10 year old son" was said in a sentence that asked nothing; "can you see him?" named no age
    text = "Hi, my ex and I share custody of our 10 year old son. Can you see him?\n\nMaria"
    body = draft(classifier, text)
    assert "aren't the right fit for a 10-year-old" in body and "[For staff" not in body


def test_parents_sharing_custody_are_no_couple(classifier: Classifier) -> None:
    text = (
        "My ex and I share custody of our son, he is 15. Do you need consent from both of us? Do you take Aetna?"
        "\n\nMaria"
    )
    body = draft(classifier, text)
    assert "couples" not in body and "Aetna" in body


def test_whether_the_sliding_scale_covers_couples_sessions_goes_to_staff(classifier: Classifier) -> None:
    # the config's sliding scale is "per session": whether a couple's $195 can slide is the practice's to say
    text = "Hi, we're interested in couples counseling. Does the sliding scale apply to couples sessions too?\n\nPat"
    body = draft(classifier, text)
    assert body.startswith("[For staff: they ask whether the sliding scale applies to couples sessions")


def test_she_doesnt_do_computers_so_video_is_out_hears_in_person(classifier: Classifier) -> None:
    text = (
        "Hello, I'm writing for my mother, who is 81. She doesn't do computers so video is out. Is parking easy?"
        "\n\nLinda"
    )
    body = draft(classifier, text)
    assert "secure video" not in body and "in person" in body


def test_a_courtesy_title_with_a_surname_alone_is_greeted_as_written(classifier: Classifier) -> None:
    # "Hi Ortega," greeted a surname as if it were a first name
    body = draft(classifier, "Hello, do you take Aetna?", sender="Mrs. Ortega <rortega@example.com>")
    assert body.splitlines()[0] == "Dear Mrs. Ortega,"
    signed = draft(classifier, "Hello, do you take Aetna?\n\nRosa Ortega", sender="Mrs. Ortega <rortega@example.com>")
    assert signed.splitlines()[0] == "Hi Rosa,"


def test_medicare_and_medicaid_together_are_both_answered(classifier: Classifier) -> None:
    body = draft(classifier, "Hello, I have Medicare and Medicaid. Do you take those?\n\nRosa")
    assert "we aren't able to accept Medicare or Medicaid" in body and "1-800-MEDICARE" in body
    es = draft(classifier, "Buenas tardes, tengo Medicare y Medicaid. ¿Los aceptan?\n\nRosa")
    assert "no podemos aceptar Medicare ni Medicaid" in es


def test_would_someone_be_able_to_see_her_is_answered_by_our_openings(classifier: Classifier) -> None:
    text = "Hello, I am writing for my mother, she is 81. Would someone be able to see her? Thank you, Linda"
    body = draft(classifier, text)
    assert "[For staff" not in body and "we're accepting new clients" in body
