"""From the two hands written at the end of this session (back to school; the messiest inboxes): what each reply must
get right that it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import crisis_in

from .test_reading import draft


def test_video_from_a_new_state_is_no_whether_from_here_or_from_the_new_place(classifier: Classifier) -> None:
    here = draft(
        classifier,
        "Hi Dana,\n\nI'm officially at CU Boulder now! Could you send my records to the counselor here? And until I "
        "get in with her, could we do a couple of video sessions from here?\n\nSienna",
    )
    assert "we can't see you in Colorado" in here and "by secure video instead" not in here
    house = draft(
        classifier,
        "Hi Dana! We finally closed on a house - in Vancouver, WA. We move May 1. Can I keep doing sessions with you "
        "by video from the new place, or does the state line matter?\n\nAisha",
    )
    assert "we can't see you in Washington" in house


def test_a_man_looking_up_how_many_tylenol_is_the_one_at_risk_whatever_his_wife_carries(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I've had chronic back pain since a work injury. My wife has been carrying everything and I can see it "
        "wearing her down. The honest truth is I've started looking up how many Tylenol it would take, and I don't "
        "think I'd be writing this if part of me didn't want someone to stop me.\n\nAnyway. Do you take Cigna?\nNathan",
        sender="Nathan Cole <nathan@example.com>",
    )
    assert "Your safety matters most" in body and "on her behalf" not in body


def test_a_spanish_wife_threatened_with_a_knife_is_the_one_at_risk(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hola. Mi esposo me amenazó con un cuchillo anoche delante de mis hijos. Tengo miedo de regresar a la casa. "
        "¿Me pueden ayudar?\n\nPor favor no me llamen, solo por correo.",
        sender="<mujer@example.com>",
    )
    assert "su esposo" not in body and "Su seguridad" in body


def test_a_roommate_who_gave_her_things_away_is_the_one_at_risk(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My roommate (she's 24) has been really off for a couple of weeks. Yesterday she gave me her good camera and "
        'her plants and said she "won\'t need them," and tonight she hugged me for way too long. Can she see someone '
        "today?",
        sender="Ellie Park <ellie@example.com>",
    )
    assert "on her behalf" in body


def test_cutting_out_food_groups_and_a_grief_that_hit_me_this_hard_are_no_crisis() -> None:
    assert crisis_in("She's been cutting out whole food groups, running every morning before school.") is None
    assert crisis_in("I didn't expect it to hit me this hard, but I don't know who I am if I'm not playing.") is None
    assert crisis_in("She's been cutting again, on her arms.") is not None


def test_an_er_that_found_her_not_at_risk_and_gave_a_safety_plan_anyway_is_no_crisis() -> None:
    text = (
        "We took her straight to the ER. The psychiatrist there felt she was not at risk. They gave us a safety plan "
        "anyway and recommended weekly outpatient therapy."
    )
    assert crisis_in(text) is None


def test_an_attempt_years_ago_from_someone_in_a_really_good_place_is_no_crisis() -> None:
    text = (
        "I was hospitalized after a suicide attempt in 2019. I've been in a really good place for a few years now - "
        "stable on meds, good job. Are you taking new clients?"
    )
    assert crisis_in(text) is None


def test_a_school_counselors_suicidal_ideation_with_a_plan_spelled_out_is_a_crisis() -> None:
    assert crisis_in("A 16-year-old student disclosed suicidal ideation with a plan to me this morning.") is not None
    assert crisis_in("The patient denies suicidal ideation with a plan.") is None


def test_a_father_snowed_in_with_rifles_and_a_daughter_who_cannot_get_to_him_means_a_welfare_check(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "My dad is 81 and since Mom died he's been saying things like \"I'm about ready to be done.\" He has his "
        "hunting rifles at the house. He lives alone and his road has been snowed in since Friday. I'm in Seattle "
        "and can't get to him.",
        sender="Linda Marsh <linda@example.com>",
    )
    assert "welfare check" in body and "stay with him" not in body


def test_a_spouses_new_job_at_st_lukes_in_boise_is_where_video_would_be_after_the_move(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nBig news - Jen got the charge nurse job at St. Luke's in Boise, so we're moving the first week of "
        "August.\n\nCould you send my records to whoever I end up seeing there? And could we keep meeting by video "
        "after I move, until I find someone there?\n\nTom",
        sender="Tom Reed <tom@example.com>",
    )
    assert "we can't see you in Idaho" in body and "by secure video instead" not in body
