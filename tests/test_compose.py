"""Drafting promises: each question gets its answer from the practice's facts, an honest "we don't offer that",
or a note to staff; a missing fact stops the draft; a crisis gets resources and a person, never a sales pitch."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace
from pathlib import Path

import pytest

from triage.compose import STAFF_NOTE, ComposeError, Composer, Reply, join_words, reply_subject
from triage.config import Practice, load_config
from triage.core.model import Classification, Extraction, Inquiry, Understanding
from triage.core.request import Intent, Kind, Known, Question, Request, Situation
from triage.learn.factcheck import false_statements

ROOT = Path(__file__).parent.parent
PRACTICE = load_config(str(ROOT / "config.example.toml")).practice
COMPOSER = Composer(PRACTICE)
SAMPLES: dict[Kind, tuple[tuple[str, ...], ...]] = {
    Kind.ACCEPTING: ((),),
    Kind.BOOKING: ((),),
    Kind.SERVICE: (("anxiety",), ("adhd testing",), ("ocd", "erp"), ("grief", "eating disorders")),
    Kind.COUPLES: ((),),
    Kind.AGE: (("9",), ("15",), ("child",), ("teen",), ("older adult",)),
    Kind.LANGUAGE: (("spanish",), ("mandarin",), ("asl",)),
    Kind.THERAPIST: (("female",), ("male",), ("christian",), ("lgbtq",), ("poc",)),
    Kind.MODALITY: (("video",), ("in_person",), ("phone",), ("video", "in_person")),
    Kind.LOCATION: (("office",), ("parking",), ("accessibility",), ("washington",), ("oregon",)),
    Kind.INSURANCE: (("Aetna",), ("Cigna",), ("Medicaid",), ()),
    Kind.PAYMENT: (("superbill",), ("hsa_fsa",), ("sliding_scale",), ("self_pay",), ("eap",), ("va",)),
    Kind.FEES: (("session",), ("intake",), ("couples",)),
    Kind.CANCELLATION: ((),),
    Kind.DAYS: (("saturday",), ("sunday",), ("friday", "saturday"), ()),
    Kind.TIME_OF_DAY: (("evening",), ("morning",)),
    Kind.URGENCY: (("this_week",), ("asap",), ("next_week",)),
    Kind.RESCHEDULE: ((),),
    Kind.CANCEL: ((),),
    Kind.BILLING: ((),),
    Kind.SUPERBILL: ((),),
    Kind.RECORDS: ((),),
    Kind.FEE_WAIVER: ((),),
    Kind.OTHER: (("is there a sauna?",),),
}
CASES = [(kind, values) for kind, options in SAMPLES.items() for values in options]


def understanding(
    *questions: Question,
    intent: Intent = Intent.NEW_INQUIRY,
    known: Known | None = None,
    labels: tuple[str, ...] = ("services",),
    language: str = "en",
    first_name: str | None = "Maya",
    **request: object,
) -> Understanding:
    inquiry = Inquiry(
        None, "Question about therapy", "Maya Lopez", "maya@example.com", None, None, "Hi", language=language
    )
    return Understanding(
        inquiry=inquiry,
        classification=Classification(labels=labels, scores=dict.fromkeys(labels, 0.9), top_words={}),
        extraction=Extraction(first_name=first_name, contact_email="maya@example.com"),
        request=Request(intent, tuple(questions), known or Known(), **request),  # type: ignore[arg-type]
    )


def ask(kind: Kind, *values: str, evidence: str = "") -> Question:
    return Question(kind, values, evidence or " ".join(values))


def compose(*questions: Question, practice: Practice = PRACTICE, late: bool = False, **kwargs: object) -> Reply:
    composer = COMPOSER if practice is PRACTICE else Composer(practice)
    return composer.compose(understanding(*questions, **kwargs), late=late)  # type: ignore[arg-type]


def assert_clean(reply: Reply, practice: Practice = PRACTICE) -> None:
    body = reply.body
    assert "{{" not in body and "{%" not in body and "}}" not in body
    assert "None" not in body
    assert not re.search(r"\S  +\S", body), "double space inside a sentence"
    assert not re.search(r"\b(Hi|Hello|Hola) +,", body), "an empty greeting"
    assert not re.search(r"[ \t][,.;:!?]", body), "an empty value before punctuation"
    assert "$0" not in body and not re.search(r"\$(?!\d)", body)
    assert "\n\n\n" not in body and not body.startswith((" ", "\n"))
    assert body.rstrip().endswith(practice.website) or body.rstrip().endswith(practice.phone)
    assert false_statements(body, practice) == []


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("kind", "values"), CASES, ids=lambda v: str(v))
def test_every_question_renders_in_both_languages(kind: Kind, values: tuple[str, ...], language: str) -> None:
    reply = compose(ask(kind, *values), language=language)
    assert_clean(reply)
    assert kind in reply.answered or kind == Kind.BOOKING
    if reply.needs_staff:
        assert reply.body.startswith("[For staff: ") and reply.body.split("\n", 1)[0].endswith("delete this line.]")


@pytest.mark.parametrize(("kind", "values"), CASES, ids=lambda v: str(v))
def test_every_question_renders_for_an_existing_client(kind: Kind, values: tuple[str, ...]) -> None:
    reply = compose(ask(kind, *values), intent=Intent.CLIENT_REQUEST)
    assert_clean(reply)
    assert reply.kind == "client"
    assert "good fit" not in reply.body and "accepting new clients" not in reply.body, "no intake pitch"


def test_insurance_is_answered_from_the_network_list() -> None:
    assert "Yes, we are in network with Aetna" in compose(ask(Kind.INSURANCE, "Aetna")).body
    body = compose(ask(Kind.INSURANCE, "Cigna")).body
    assert "aren't in network with Cigna" in body and "superbill" in body
    body = compose(ask(Kind.INSURANCE, "Medicaid")).body
    assert "aren't able to accept Medicaid" in body and "$165" in body


def test_nothing_is_asked_that_they_already_told() -> None:
    assert "which insurance company" in compose(ask(Kind.INSURANCE)).body
    told = compose(ask(Kind.INSURANCE), known=Known(insurer="Aetna")).body
    assert "which insurance company" not in told and "in network with Aetna" in told
    none = compose(ask(Kind.INSURANCE), ask(Kind.FEES, "session"), known=Known(no_insurance=True)).body
    assert "which insurance company" not in none and "$165" in none


def test_days_ruled_out_are_never_offered() -> None:
    body = compose(ask(Kind.DAYS), known=Known(days_ruled_out=("monday",))).body
    assert (
        "Setting aside Mondays, which don't work for you, we see clients on Tuesdays, Wednesdays, Thursdays, "
        "and Saturdays." in body
    )
    body = compose(ask(Kind.DAYS, "friday", "saturday")).body
    assert "Yes, we see clients on Saturdays, from 9am to 1pm." in body
    assert "don't currently see clients on Fridays" in body


def test_a_service_is_offered_referred_elsewhere_or_asked_of_staff() -> None:
    assert "Yes, we work with anxiety." in compose(ask(Kind.SERVICE, "anxiety")).body
    refused = compose(ask(Kind.SERVICE, "adhd testing"))
    assert "we don't offer ADHD testing" in refused.body and "Portland Assessment Center" in refused.body
    assert not refused.needs_staff
    unknown = compose(ask(Kind.SERVICE, "sex therapy"))
    assert unknown.needs_staff
    assert unknown.body.startswith(STAFF_NOTE.format(what="they ask about sex therapy"))


def test_a_child_under_the_minimum_age_is_told_no_kindly_and_not_offered_a_booking() -> None:
    body = compose(ask(Kind.AGE, "9"), ask(Kind.DAYS, "saturday")).body
    assert "aren't the right fit for a 9-year-old" in body and "Rose City Child & Family Therapy" in body
    assert PRACTICE.booking_link not in body and "Saturdays" not in body
    assert "an 8-year-old" in compose(ask(Kind.AGE, "8")).body
    assert "Yes, we can see a 15-year-old" in compose(ask(Kind.AGE, "15")).body


def test_a_language_nobody_speaks_is_a_clear_no() -> None:
    assert "sessions are in English and Spanish only" in compose(ask(Kind.LANGUAGE, "mandarin")).body
    assert "I offer sessions in Spanish." in compose(ask(Kind.LANGUAGE, "spanish")).body


def test_an_existing_client_gets_a_clients_reply_never_the_intake_pitch() -> None:
    moving = compose(ask(Kind.RESCHEDULE), ask(Kind.DAYS, "friday"), intent=Intent.CLIENT_REQUEST)
    assert moving.kind == "client" and "confirm your new time" in moving.body
    assert "good fit" not in moving.body and "accepting new clients" not in moving.body
    late = compose(ask(Kind.CANCEL), intent=Intent.CLIENT_REQUEST, known=Known(session_soon=True)).body
    assert "24 hours' notice" in late and "$165" in late
    early = compose(ask(Kind.CANCEL), intent=Intent.CLIENT_REQUEST).body
    assert "24 hours" not in early


def test_the_store_knowing_them_as_a_client_wins_over_the_message() -> None:
    reply = COMPOSER.compose(understanding(ask(Kind.RESCHEDULE)), client=True)
    assert reply.kind == "client" and "good fit" not in reply.body


def test_a_time_staff_offered_is_left_to_staff_to_confirm() -> None:
    reply = compose(ask(Kind.DAYS, "friday"), known=Known(offered_time=True, in_thread=True))
    assert reply.needs_staff and "confirm it" in reply.staff_note
    assert "Fridays" not in reply.body and reply.body.count("Thank") == 1  # "Thank you! I'll confirm...", once


def test_the_practices_faq_answers_a_question_worded_like_it() -> None:
    reply = compose(asked=("Will my parents be able to read my notes?",))
    assert "What you share in therapy is confidential." in reply.body and not reply.needs_staff


def test_a_question_sharing_only_the_topic_with_an_faq_entry_is_not_answered_by_it() -> None:
    from triage.core.faq import faq_answer

    assert faq_answer(PRACTICE, "How long are couples sessions?", "en") is not None
    assert faq_answer(PRACTICE, "What's the rate for couples sessions?", "en") is None


def test_warmth_for_a_loss_and_a_new_baby() -> None:
    assert "I'm so sorry for your loss." in compose(ask(Kind.ACCEPTING), situation=Situation.LOSS).body
    assert "Congratulations on your new baby" in compose(ask(Kind.ACCEPTING), situation=Situation.NEW_BABY).body


def test_crisis_reply_has_resources_and_no_sales_blocks() -> None:
    questions = [ask(kind, *values[0]) for kind, values in SAMPLES.items()]
    for language, resources in (("en", PRACTICE.crisis_resources), ("es", PRACTICE.crisis_resources_es)):
        reply = compose(*questions, intent=Intent.CRISIS, labels=("crisis",), language=language)
        assert reply.kind == "crisis" and not reply.needs_staff
        assert all(line in reply.body for line in resources)
        assert "$" not in reply.body, "no fees"
        for word in ("insurance", "in network", "seguro", "red de", "superbill", "sliding", "consultation"):
            assert word not in reply.body
        assert PRACTICE.booking_link not in reply.body and PRACTICE.website not in reply.body


def test_a_crisis_reported_by_someone_else_speaks_of_them() -> None:
    reply = compose(intent=Intent.CRISIS, labels=("crisis",), about_someone_else=True)
    assert "Their safety matters most" in reply.body and "welfare check" not in reply.body
    u = understanding(intent=Intent.CRISIS, labels=("crisis",), about_someone_else=True)
    text = (
        "He left a note saying he's sorry for everything and isn't answering his phone. Please call me at 503-555-0148."
    )
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert "ask for a welfare check" in reply.body and "call Maya now at 503-555-0148" in reply.staff_note


def test_a_client_writing_to_the_therapist_who_signs_is_not_told_their_therapist_will_see_it() -> None:
    u = understanding(intent=Intent.CLIENT_REQUEST, labels=("scheduling",))
    to_dana = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text="Hi Dana, just an update for you.")))
    to_us = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text="Hello, just an update for you.")))
    assert "your therapist sees" not in to_dana.body and "your therapist sees" in to_us.body


def test_what_the_insurance_paragraph_said_is_not_said_again() -> None:
    reply = compose(
        ask(Kind.INSURANCE, "Cigna"), ask(Kind.PAYMENT, "superbill", "out_of_network"), known=Known(insurer="Cigna")
    )
    assert reply.body.count("superbill") == 1
    cancel = compose(
        ask(Kind.CANCEL), ask(Kind.CANCELLATION), intent=Intent.CLIENT_REQUEST, known=Known(session_soon=True)
    )
    assert cancel.body.count("hours' notice") == 1


def test_how_much_is_it_after_a_couples_question_is_the_couples_fee() -> None:
    reply = compose(ask(Kind.COUPLES), ask(Kind.FEES, "session", evidence="how much is it"))
    assert "$195" in reply.body and "per individual session" not in reply.body


def test_someone_we_cannot_see_is_not_told_we_work_with_what_they_named() -> None:
    reply = compose(ask(Kind.LANGUAGE, "mandarin"), known=Known(concerns=("grief",)))
    assert "We work with grief" not in reply.body


@pytest.mark.parametrize("language", ["en", "es"])
def test_someone_who_asks_us_not_to_call_their_work_number_is_promised_exactly_that(language: str) -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",), language=language)
    text = "He hit me again last night. Please don't call the number on file at my work."
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert ("won't call your work number" if language == "en" else "número de su trabajo") in reply.body
    assert "your home" not in reply.body


def test_a_referrer_asking_how_soon_is_not_invited_to_book_for_themselves() -> None:
    reply = compose(ask(Kind.URGENCY, "this_week"), intent=Intent.REFERRAL, from_professional=True)
    assert "pick a time yourself" not in reply.body and reply.body.count(PRACTICE.booking_link) == 1


def test_a_session_cancelled_and_moved_gets_one_booking_link_not_two() -> None:
    reply = compose(
        ask(Kind.RESCHEDULE, evidence="Could we do the same time the week after?"),
        ask(Kind.CANCEL, evidence="I need to cancel Monday."),
        intent=Intent.CLIENT_REQUEST,
    )
    assert reply.body.count(PRACTICE.booking_link) <= 1 and "Whenever you're ready to book" not in reply.body
    assert "I'll check that the same time is free the week after" in reply.body
    assert reply.body.index("I'll cancel") < reply.body.index("same time"), "the cancelling first, then the new time"


def test_several_sessions_cancelled_are_said_as_several() -> None:
    reply = compose(ask(Kind.CANCEL, evidence="cancel my sessions for the next 4 weeks"), intent=Intent.CLIENT_REQUEST)
    assert "I'll cancel your sessions." in reply.body


def test_a_child_being_abused_is_a_report_for_staff_to_make() -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",), about_someone_else=True)
    text = "My niece is 13. She told me her mom's boyfriend comes into her room at night and touches her."
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert "child being abused" in reply.staff_note


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_caller_at_risk_who_left_only_a_number_is_called_back_now(language: str) -> None:
    reply = COMPOSER.compose(
        understanding(intent=Intent.CRISIS, labels=("crisis",), language=language), call_back="(503) 555-0107"
    )
    assert reply.kind == "crisis" and reply.needs_staff
    assert reply.body.startswith("[For staff: URGENT") and "call Maya back now at (503) 555-0107" in reply.staff_note
    assert ("Thank you for calling us" if language == "en" else "Gracias por llamarnos") in reply.body


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep going like this. Can someone call me? 503-555-0199",
        "I don't want to be here anymore. My cell is 503.555.0199, please call.",
        "I'm not safe tonight. Could you give me a call on 503 555 0199",
    ],
)
def test_someone_at_risk_who_asks_to_be_called_puts_their_number_before_staff(text: str) -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",))
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert reply.needs_staff and "call Maya now at 503" in reply.staff_note


def test_a_number_someone_will_call_from_is_no_request_to_be_called() -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",))
    text = "I don't want to be here anymore. I'll call you at 503-555-0100 tomorrow."
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert "call Maya now" not in reply.staff_note


def test_a_husband_who_grabbed_her_by_the_throat_brings_the_violence_hotline() -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",))
    text = "Last night he grabbed me by the throat during an argument and I'm scared about tonight."
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))
    assert "Domestic Violence Hotline" in reply.body


@pytest.mark.parametrize("language", ["en", "es"])
def test_someone_in_danger_from_a_partner_gets_the_violence_hotline_and_contact_only_as_they_asked(
    language: str,
) -> None:
    text = (
        "My husband choked me on Saturday. I can't have anything come to the house. Please only reply to this address."
    )
    u = understanding(intent=Intent.CRISIS, labels=("crisis",), language=language)
    u = replace(u, inquiry=replace(u.inquiry, text=text))
    reply = COMPOSER.compose(u)
    resources = PRACTICE.violence_resources if language == "en" else PRACTICE.violence_resources_es
    assert resources and all(line in reply.body for line in resources)
    assert ("only write to you at this email address" if language == "en" else "Solo le escribiremos") in reply.body


def test_a_crisis_that_is_not_violence_gets_no_violence_hotline() -> None:
    u = understanding(intent=Intent.CRISIS, labels=("crisis",))
    reply = COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text="I don't want to be alive anymore.")))
    assert not any(line in reply.body for line in PRACTICE.violence_resources)
    assert "only write to you" not in reply.body


def _crisis_reply(text: str, language: str = "en", about_someone_else: bool = False) -> Reply:
    u = understanding(
        intent=Intent.CRISIS, labels=("crisis",), language=language, about_someone_else=about_someone_else
    )
    return COMPOSER.compose(replace(u, inquiry=replace(u.inquiry, text=text)))


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_gun_in_the_home_of_someone_at_risk_is_asked_to_be_put_out_of_reach(language: str) -> None:
    reply = _crisis_reply("My dad keeps saying he's done, and he has a rifle in the garage.", language, True)
    assert ("someone you trust to hold it" if language == "en" else "alguien de confianza que la guarde") in reply.body


def test_a_gun_held_by_an_abuser_is_a_call_to_911_not_advice_to_lock_it_away() -> None:
    reply = _crisis_reply("He threatened me with his gun last night and said he'd hurt me if I left.")
    assert "If someone has a gun and you are in danger, call 911 now." in reply.body
    assert "someone you trust to hold it" not in reply.body


def test_a_glue_gun_is_no_firearm() -> None:
    assert "gun" not in _crisis_reply("I burned myself with a glue gun on purpose and I want to die.").body


def test_a_spanish_crisis_reply_says_who_on_the_team_speaks_spanish() -> None:
    reply = _crisis_reply("Ya no quiero vivir. ¿Tienen a alguien que hable español?", "es")
    spanish = [t.name for t in PRACTICE.therapists if "spanish" in t.session_languages]
    assert spanish and all(name in reply.body for name in spanish) and "en español" in reply.body


@pytest.mark.parametrize(
    ("question", "language", "change", "fact"),
    [
        (ask(Kind.FEES, "session"), "en", {"fee": 0}, "practice.fee"),
        (ask(Kind.FEES, "session"), "es", {"fee": 0}, "practice.fee"),
        (ask(Kind.COUPLES), "en", {"couples_fee": 0, "fee": 0}, "practice.couples_fee"),
        (ask(Kind.MODALITY, "video"), "en", {"location": ""}, "practice.location"),
        (ask(Kind.CANCELLATION), "en", {"cancellation_hours": 0}, "practice.cancellation_hours"),
        (ask(Kind.ACCEPTING), "en", {"signature": ""}, "practice.signature"),
        (ask(Kind.TIME_OF_DAY, "morning"), "es", {"hours": "mornings only"}, "mornings only"),
    ],
)
def test_missing_fact_fails_loudly(question: Question, language: str, change: dict[str, object], fact: str) -> None:
    practice = dataclasses.replace(PRACTICE, **change)  # type: ignore[arg-type]
    with pytest.raises(ComposeError, match=re.escape(fact)) as caught:
        compose(question, practice=practice, language=language)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{language}/"), "one line naming the template"


@pytest.mark.parametrize(
    ("question", "change", "what"),
    [
        (ask(Kind.COUPLES), {"couples_therapist": ""}, "couples therapy"),
        (ask(Kind.DAYS, "monday"), {"days_offered": ()}, "which days"),
        (ask(Kind.AGE, "9"), {"min_age": 0}, "a 9-year-old"),
        (ask(Kind.LOCATION, "parking"), {"parking": ""}, "parking"),
    ],
)
def test_a_fact_the_config_lacks_is_asked_of_staff_not_guessed(
    question: Question, change: dict[str, object], what: str
) -> None:
    practice = dataclasses.replace(PRACTICE, **change)  # type: ignore[arg-type]
    reply = compose(question, practice=practice)
    assert reply.needs_staff and what in reply.staff_note


def test_a_crisis_without_its_resources_fails_loudly() -> None:
    for language, change in (("en", {"crisis_resources": ()}), ("es", {"crisis_resources_es": ()})):
        practice = dataclasses.replace(PRACTICE, **change)  # type: ignore[arg-type]
        with pytest.raises(ComposeError, match="crisis_resources"):
            compose(intent=Intent.CRISIS, labels=("crisis",), language=language, practice=practice)


def test_a_template_using_an_unknown_fact_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "greeting.txt").write_text("Hi {{ name }},\n")
    with pytest.raises(ComposeError, match=r"en/greeting\.txt: 'name' is undefined"):
        Composer(PRACTICE, tmp_path).compose(understanding(ask(Kind.FEES, "session")))
    with pytest.raises(ComposeError, match="templates folder not found"):
        Composer(PRACTICE, tmp_path / "nowhere")


def test_late_reply_apologises() -> None:
    late = compose(ask(Kind.FEES, "session"), late=True).body
    assert "I'm sorry this reply has taken longer than usual" in late.split("\n\n")[1], "near the top"
    assert "longer than usual" not in compose(ask(Kind.FEES, "session")).body
    assert "tardado más de lo habitual" in compose(ask(Kind.FEES, "session"), language="es", late=True).body
    assert "longer than usual" in compose(intent=Intent.CRISIS, labels=("crisis",), late=True).body


def test_not_inquiries_and_withdrawals_are_never_drafted() -> None:
    with pytest.raises(ValueError, match="never answered"):
        compose(intent=Intent.NOT_INQUIRY, labels=("not_inquiry",))
    with pytest.raises(ComposeError, match="no longer need"):
        compose(intent=Intent.WITHDRAWAL)


def test_subject_keeps_their_words_without_the_reply_chain() -> None:
    assert reply_subject("RE: Fwd: AW: question about fees", "Calm Harbor", "en") == "Re: question about fees"
    assert reply_subject("", "Calm Harbor", "es") == "Su consulta a Calm Harbor"
    assert reply_subject("bell\x07 and \x00nul", "Calm Harbor", "en") == "Re: bell and nul"


def test_lists_read_naturally_in_each_language() -> None:
    assert join_words(["Aetna"], "en") == "Aetna"
    assert join_words(["Aetna", "Cigna"], "en", "or") == "Aetna or Cigna"
    assert join_words(["a", "b", "c"], "en") == "a, b, and c"
    assert join_words(["lunes", "martes", "jueves"], "es") == "lunes, martes y jueves"
    assert join_words(["Ana", "Inés"], "es") == "Ana e Inés"


def test_booking_by_reply_when_there_is_no_booking_link() -> None:
    practice = dataclasses.replace(PRACTICE, booking_link="")
    body = compose(ask(Kind.ACCEPTING), practice=practice).body
    assert "reply with a few days and times" in body and "http" not in body.split("\n\nWarm regards")[0]


def test_a_full_practice_offers_the_waitlist_not_a_booking_link() -> None:
    practice = dataclasses.replace(PRACTICE, accepting_new_clients=False, waitlist_weeks=6)
    body = compose(ask(Kind.ACCEPTING), practice=practice).body
    assert "aren't taking new clients" in body and "about 6 weeks" in body and "add you to the waitlist" in body
    assert practice.booking_link not in body


def test_a_time_they_cannot_make_is_never_confirmed() -> None:
    reply = compose(ask(Kind.DAYS, "friday"), known=Known(declined_offer=True, in_thread=True))
    assert reply.needs_staff and "offer another" in reply.staff_note
    assert "confirm your appointment" not in reply.body


def test_a_client_switching_to_video_hears_yes_not_the_pitch() -> None:
    body = compose(ask(Kind.MODALITY, "video", evidence="Can we switch to video?"), intent=Intent.CLIENT_REQUEST).body
    assert "hold your session by secure video" in body and "good fit" not in body


def test_a_client_naming_another_day_gets_the_booking_answer_not_our_hours() -> None:
    body = compose(ask(Kind.DAYS, "tuesday"), ask(Kind.TIME_OF_DAY, "afternoon"), intent=Intent.CLIENT_REQUEST).body
    assert PRACTICE.booking_link in body and "Our hours are" not in body


def test_what_we_cannot_offer_at_all_is_not_followed_by_prices() -> None:
    body = compose(ask(Kind.AGE, "6"), ask(Kind.FEES, "session"), ask(Kind.INSURANCE, "Aetna")).body
    assert "Rose City Child & Family Therapy" in body and "$165" not in body and "Aetna" not in body


def test_a_client_moving_out_of_state_is_told_the_licence_rule_and_staff_are_asked_to_talk() -> None:
    reply = compose(ask(Kind.LOCATION, "washington"), ask(Kind.MODALITY, "video"), intent=Intent.CLIENT_REQUEST)
    assert "licensed in Oregon only" in reply.body and "secure video" not in reply.body
    assert "continuing care" in reply.staff_note


def test_an_unnamed_other_state_is_never_printed_as_a_place() -> None:
    body = compose(ask(Kind.LOCATION, "other state")).body
    assert "Other State" not in body and "physically in Oregon" in body


def test_harm_under_way_opens_the_crisis_reply_with_emergency_help() -> None:
    understanding_ = understanding(intent=Intent.CRISIS, labels=("crisis",))
    inquiry = dataclasses.replace(understanding_.inquiry, text="i took a bunch of my moms pills like an hour ago")
    body = COMPOSER.compose(dataclasses.replace(understanding_, inquiry=inquiry)).body
    assert body.index("emergency help right now") < body.index("Thank you for writing")
    calm = COMPOSER.compose(understanding(intent=Intent.CRISIS, labels=("crisis",))).body
    assert "emergency help right now" not in calm


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_clinician_referring_someone_at_risk_hears_a_call_and_what_they_asked_not_a_crisis_line(
    language: str,
) -> None:
    reply = COMPOSER.compose(
        understanding(
            ask(Kind.INSURANCE, "Aetna"),
            ask(Kind.BILLING, evidence="Declined IOP."),
            intent=Intent.CRISIS,
            labels=("crisis",),
            from_professional=True,
            about_someone_else=True,
            language=language,
        )
    )
    assert reply.kind == "crisis"
    assert_clean(reply)
    body = reply.body
    if language == "en":
        # openings only where asked: beside a risk, an unasked "we're accepting new clients" reads as a pitch
        assert "one of our clinicians will call you" in body and "accepting new clients" not in body and "Aetna" in body
        assert "Text HOME" not in body and "If you are in immediate danger" not in body
        assert "look into your account" not in body and "calmharbor.example/book" not in body


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_client_ending_therapy_hears_thanks_and_an_open_door_not_a_booking_link(language: str) -> None:
    reply = compose(
        ask(Kind.CANCEL), intent=Intent.CLIENT_REQUEST, known=Known(ending=True, session_soon=True), language=language
    )
    assert_clean(reply)
    assert PRACTICE.booking_link not in reply.body and "notice to cancel" not in reply.body
    assert ("all the work you've put in" if language == "en" else "todo el trabajo") in reply.body


def test_eap_sessions_first_then_a_regular_insurer_answers_the_insurer_too() -> None:
    reply = compose(
        ask(
            Kind.INSURANCE,
            "UnitedHealthcare",
            evidence="After the 6 I'd switch to my regular insurance, UnitedHealthcare.",
        ),
        known=Known(insurer="UnitedHealthcare", payment=("eap",)),
    )
    assert "EAP" in reply.staff_note and "UnitedHealthcare" not in reply.staff_note
    assert "aren't in network with UnitedHealthcare" in reply.body


def test_a_letter_for_hr_is_passed_to_the_therapist_not_sent_like_records() -> None:
    reply = compose(
        ask(Kind.RECORDS, evidence="HR is asking for a letter for my FMLA leave."), intent=Intent.CLIENT_REQUEST
    )
    assert "letter to your therapist" in reply.body and "records" not in reply.body


def test_times_offered_but_not_yet_chosen_are_not_confirmed() -> None:
    reply = compose(ask(Kind.CANCELLATION), known=Known(offered_time=True, undecided_offer=True, in_thread=True))
    assert "haven't chosen" in reply.staff_note and "confirm your appointment" not in reply.body


def test_a_client_mentioning_video_in_passing_is_not_switched_to_video() -> None:
    passing = compose(
        ask(Kind.MODALITY, "video", evidence="Happy to do video next time."), intent=Intent.CLIENT_REQUEST
    )
    assert "secure video" not in passing.body
    switch = compose(
        ask(Kind.MODALITY, "video", evidence="Could we do Thursday by video instead?"), intent=Intent.CLIENT_REQUEST
    )
    assert "hold your session by secure video" in switch.body


def test_someone_who_can_only_come_after_the_practice_closes_is_not_told_yes() -> None:
    reply = compose(ask(Kind.TIME_OF_DAY, "evening", evidence="solo puedo en la noche despues de las 7"))
    assert "can't offer a time at 7pm or later: our last appointments end at 7pm" in reply.body
    assert "We do offer evening appointments" not in reply.body


def test_a_therapist_asked_for_by_name_is_a_question_for_staff_not_a_general_yes() -> None:
    reply = compose(ask(Kind.THERAPIST, "named:dana", evidence="I'd like to work with Dana specifically."))
    assert reply.needs_staff and "Dana Reyes specifically" in reply.staff_note


def test_an_eap_question_is_never_answered_with_the_insurance_list() -> None:
    reply = compose(ask(Kind.INSURANCE), known=Known(payment=("eap",)))
    assert reply.needs_staff and "EAP" in reply.staff_note and "in network with" not in reply.body


def test_a_client_asking_about_the_sliding_scale_hears_the_answer() -> None:
    reply = compose(
        ask(Kind.CANCEL),
        ask(Kind.PAYMENT, "sliding_scale", evidence="Is the sliding scale something I could ask about?"),
        intent=Intent.CLIENT_REQUEST,
    )
    assert "sliding scale" in reply.body


def test_video_from_a_state_the_practice_is_not_licensed_in_is_never_a_bare_yes() -> None:
    body = compose(ask(Kind.MODALITY, "video"), ask(Kind.LOCATION, "texas")).body
    assert "licensed in Oregon only" in body and "by secure video" not in body


def test_a_superbill_and_out_of_network_question_is_answered_once() -> None:
    body = compose(ask(Kind.PAYMENT, "superbill", "out_of_network")).body
    assert body.count("superbill (a detailed receipt)") == 1


def test_self_pay_beside_the_fees_answer_gives_the_fee_once() -> None:
    body = compose(ask(Kind.FEES, "session"), ask(Kind.PAYMENT, "self_pay")).body
    assert body.count("$165 per") == 1


def test_a_time_outside_the_practice_hours_is_never_a_yes() -> None:
    late = compose(
        ask(Kind.TIME_OF_DAY, "evening", evidence="the only time I'm free is after the kids' bedtime, so around 8:30pm")
    )
    assert "can't offer a time at 8pm or later: our last appointments end at 7pm" in late.body
    # the hours we open and close are in the practice's hours: the draft says them, no note needed
    early = compose(ask(Kind.TIME_OF_DAY, "morning", evidence="I can only do Thursday at 7:15am"))
    assert "can't offer 7:15am: our first appointments of the day are at 9am" in early.body


def test_an_adult_of_any_age_hears_yes_without_the_teen_rule() -> None:
    body = compose(ask(Kind.AGE, "78")).body
    assert "adults of every age" in body and "13" not in body


def test_a_physician_who_signs_with_md_is_greeted_as_doctor() -> None:
    u = understanding(intent=Intent.REFERRAL, from_professional=True, about_someone_else=True)
    inquiry = dataclasses.replace(u.inquiry, text="Could you see her next week?\n\nBest,\nLena Hoffmann, MD")
    reply = COMPOSER.compose(dataclasses.replace(u, inquiry=inquiry))
    assert reply.body.startswith("Dear Dr. Hoffmann,") or "\nDear Dr. Hoffmann," in reply.body


def test_someone_asking_for_the_free_consultation_is_not_offered_it_again() -> None:
    reply = compose(ask(Kind.BOOKING), known=Known(wants_consultation=True))
    assert "just reply to this email and we'll set it up" not in reply.body
    assert "a few times for a free 15-minute phone consultation" in reply.body and "consultation" in reply.staff_note


def test_a_client_with_a_cold_asking_for_video_instead_is_switched_not_cancelled() -> None:
    reply = compose(
        ask(Kind.CANCEL, evidence="I've got a cold and don't want to bring it into your office."),
        ask(Kind.MODALITY, "video", evidence="video thursday?"),
        ask(Kind.DAYS, "thursday", evidence="Could we do Thursday's session over video instead?"),
        intent=Intent.CLIENT_REQUEST,
    )
    assert "cancel" not in reply.body and "by secure video instead" in reply.body


def test_a_client_asking_about_a_double_charge_is_not_sent_the_price_list() -> None:
    reply = compose(
        ask(Kind.BILLING, evidence="double charge?"),
        ask(Kind.FEES, "session", evidence="double charge?"),
        intent=Intent.CLIENT_REQUEST,
    )
    assert "Our fee is" not in reply.body


def test_a_client_asking_their_own_therapist_for_an_esa_letter_is_not_sent_elsewhere() -> None:
    reply = compose(ask(Kind.SERVICE, "esa letter"), intent=Intent.CLIENT_REQUEST)
    assert reply.needs_staff and "answer them yourself" in reply.staff_note
    assert "primary care provider" not in reply.body


def test_sympathy_is_for_whoever_is_going_through_it() -> None:
    mine = compose(ask(Kind.SERVICE, "grief"), situation=Situation.LOSS)
    theirs = compose(ask(Kind.SERVICE, "grief"), situation=Situation.LOSS, about_someone_else=True)
    friend = compose(ask(Kind.ACCEPTING), situation=Situation.BREAKUP, about_someone_else=True)
    assert "sorry for your loss" in mine.body and "sorry for your family's loss" in theirs.body
    assert "they're going through such a hard time" in friend.body


def test_an_eap_question_gets_the_eap_note_not_the_insurers_out_of_network_paragraph() -> None:
    reply = compose(
        ask(Kind.INSURANCE, "Cigna"), ask(Kind.PAYMENT, "eap"), known=Known(insurer="Cigna", payment=("eap",))
    )
    assert reply.needs_staff and "EAP" in reply.staff_note and "superbill" not in reply.body


def test_a_client_moving_every_session_to_video_hears_sessions_not_one_session() -> None:
    evidence = "So starting in January I'll need to switch to video for all my sessions."
    reply = compose(ask(Kind.MODALITY, "video", evidence=evidence), intent=Intent.CLIENT_REQUEST)
    assert "hold your sessions by secure video;" in reply.body
