"""Property: whatever the practice's facts and whatever people ask, a draft states nothing the facts or the
person's own words contradict, and answers (or flags for staff) every question of a new inquiry."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.compose import ComposeError, Composer
from triage.config import DAYS, NotOffered, Practice, Therapist, load_config
from triage.core.carriers import CARRIERS
from triage.core.model import Classification, Extraction, Inquiry, Understanding
from triage.core.request import Intent, Kind, Known, Question, Request, Situation
from triage.learn.factcheck import false_statements

EXAMPLE = load_config(str(Path(__file__).parent.parent / "config.example.toml")).practice
INSURERS = [name for name, _ in CARRIERS]
VALUES: dict[Kind, list[tuple[str, ...]]] = {
    Kind.ACCEPTING: [()],
    Kind.BOOKING: [()],
    Kind.SERVICE: [("anxiety",), ("adhd testing",), ("ocd",), ("emdr",), ("eating disorders",), ("family therapy",)],
    Kind.COUPLES: [()],
    Kind.AGE: [("7",), ("12",), ("13",), ("16",), ("40",), ("child",), ("teen",)],
    Kind.LANGUAGE: [("spanish",), ("mandarin",), ("russian",)],
    Kind.THERAPIST: [("female",), ("male",), ("christian",)],
    Kind.MODALITY: [("video",), ("in_person",), ("video", "in_person")],
    Kind.LOCATION: [("office",), ("parking",), ("washington",), ("oregon",)],
    Kind.INSURANCE: [(name,) for name in INSURERS] + [()],
    Kind.PAYMENT: [("superbill",), ("hsa_fsa",), ("sliding_scale",), ("self_pay",), ("out_of_network",)],
    Kind.FEES: [("session",), ("intake",), ("couples",), ("session", "intake")],
    Kind.CANCELLATION: [()],
    Kind.DAYS: [(d,) for d in DAYS] + [("monday", "friday"), ()],
    Kind.TIME_OF_DAY: [("evening",), ("morning",)],
    Kind.URGENCY: [("this_week",), ("asap",)],
    Kind.OTHER: [("is there a sauna?",)],
}


@st.composite
def practices(draw: st.DrawFn) -> Practice:
    fee = draw(st.integers(60, 300))
    telehealth = draw(st.booleans())
    return dataclasses.replace(
        EXAMPLE,
        days_offered=tuple(d for d in DAYS if d in draw(st.sets(st.sampled_from(DAYS), min_size=1))),
        in_network=tuple(sorted(draw(st.sets(st.sampled_from(INSURERS), max_size=4)))),
        fee=fee,
        couples_fee=draw(st.sampled_from([0, fee + 30])),
        intake_fee=draw(st.sampled_from([0, fee + 50])),
        sliding_scale=draw(st.booleans()),
        sliding_scale_min=draw(st.sampled_from([0, 40, 90])),
        cancellation_hours=draw(st.sampled_from([24, 48])),
        cancellation_fee=draw(st.sampled_from([0, fee])),
        superbills=draw(st.booleans()),
        hsa_fsa=draw(st.booleans()),
        evenings=draw(st.booleans()),
        telehealth=telehealth,
        in_person=draw(st.booleans()) or not telehealth,
        accepting_new_clients=draw(st.booleans()),
        waitlist_weeks=draw(st.sampled_from([0, 1, 4])),
        couples_therapist=draw(st.sampled_from(["", "Sam Okafor, LMFT"])),
        min_age=draw(st.sampled_from([0, 6, 13, 18])),
        licensed_in=draw(st.sampled_from([(), ("Oregon",), ("Oregon", "Washington")])),
        parking=draw(st.sampled_from(["", EXAMPLE.parking])),
        not_offered=tuple(n for n in EXAMPLE.not_offered if draw(st.booleans())),
        therapists=(
            Therapist("Dana Reyes", "LMFT", spanish=draw(st.booleans()), gender=draw(st.sampled_from(["", "woman"]))),
            Therapist("Sam Okafor", "LMFT", couples=True, gender=draw(st.sampled_from(["", "man"]))),
        ),
    )


@st.composite
def requests(draw: st.DrawFn) -> Request:
    kinds = draw(st.lists(st.sampled_from(list(VALUES)), min_size=1, max_size=5, unique=True))
    questions = tuple(Question(k, draw(st.sampled_from(VALUES[k])), "words") for k in kinds)
    known = Known(
        insurer=draw(st.sampled_from([None, *INSURERS])),
        no_insurance=draw(st.booleans()),
        days_ruled_out=tuple(d for d in DAYS if d in draw(st.sets(st.sampled_from(DAYS), max_size=2))),
        offered_time=draw(st.booleans()),
    )
    intent = draw(st.sampled_from([Intent.NEW_INQUIRY, Intent.REFERRAL, Intent.CLIENT_REQUEST]))
    situation = draw(st.sampled_from([None, *Situation]))
    return Request(intent, questions, known, situation)


def _understanding(request: Request, language: str) -> Understanding:
    inquiry = Inquiry(None, "Question", "Maya Lopez", "maya@example.com", None, None, "Hi", language=language)
    return Understanding(
        inquiry,
        Classification(labels=("services",), scores={}, top_words={}),
        Extraction(first_name="Maya", contact_email="maya@example.com"),
        request,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(practice=practices(), request=requests(), language=st.sampled_from(["en", "es"]))
def test_no_draft_states_what_the_facts_or_the_person_contradict(
    practice: Practice, request: Request, language: str
) -> None:
    try:
        reply = Composer(practice).compose(_understanding(request, language))
    except ComposeError as exc:
        # A Spanish draft needs the Spanish wording of a config phrase: it stops loudly, never guesses.
        assert language == "es" and "glossary" in str(exc), str(exc)
        return
    assert false_statements(reply.body, practice, request) == []
    if request.intent == Intent.NEW_INQUIRY:
        unanswered = request.kinds - reply.answered
        assert not unanswered, f"{sorted(unanswered)} neither answered nor flagged"


def test_the_checker_catches_a_false_statement() -> None:
    """The property is only as good as its reader: show it catches wrong facts of every kind."""
    composer = Composer(EXAMPLE)
    questions = (
        Question(Kind.DAYS, ("saturday",)),
        Question(Kind.INSURANCE, ("Aetna",)),
        Question(Kind.FEES, ("session",)),
        Question(Kind.AGE, ("15",)),
        Question(Kind.SERVICE, ("anxiety", "adhd testing")),
        Question(Kind.MODALITY, ("video",)),
    )
    body = composer.compose(_understanding(Request(Intent.NEW_INQUIRY, questions), "en")).body
    other = dataclasses.replace(
        EXAMPLE,
        days_offered=("monday",),
        in_network=("Cigna",),
        fee=150,
        cancellation_fee=0,
        min_age=16,
        telehealth=False,
        not_offered=(NotOffered("anxiety"),),
    )
    found = " | ".join(false_statements(body, other))
    for wrong in ("saturday", "Aetna", "$165", "minimum age", "ADHD testing", "video"):
        assert wrong.lower() in found.lower(), wrong
    asks_insurer = composer.compose(_understanding(Request(Intent.NEW_INQUIRY, (Question(Kind.INSURANCE, ()),)), "en"))
    told = Request(Intent.NEW_INQUIRY, (), Known(insurer="Aetna", days_ruled_out=("saturday",)))
    found = " | ".join(false_statements(asks_insurer.body + "\n" + body, EXAMPLE, told))
    assert "already named" in found and "ruled out" in found


def test_the_staff_note_quoting_their_amounts_is_not_a_statement_to_them() -> None:
    draft = (
        '[For staff: they ask: "Could we set up a payment plan for the $330, like $55 a month?". Answer, then delete '
        "this line.]\n\nHi Tasha,\n\nI'll look into your account and get back to you shortly.\n"
    )
    assert false_statements(draft, EXAMPLE) == []
    assert false_statements(draft.split("\n\n", 1)[1] + "Sessions are $55.", EXAMPLE) != []
