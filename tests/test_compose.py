"""Drafting promises: every answer comes from the practice's facts, a missing fact stops the draft, a crisis
gets resources and a person, never a sales pitch."""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import pytest

from triage.compose import ComposeError, Composer, Reply, block_order, join_words, reply_subject
from triage.config import Practice, load_config
from triage.core.labels import TOPICS
from triage.core.model import Classification, Extraction, Inquiry, Understanding

ROOT = Path(__file__).parent.parent
PRACTICE = load_config(str(ROOT / "config.example.toml")).practice
COMPOSER = Composer(PRACTICE)
COMBINATIONS = [combo for n in range(1, len(TOPICS) + 1) for combo in itertools.combinations(TOPICS, n)]
EXTRACTIONS = [
    Extraction(),
    Extraction(first_name="Maya", carrier="Aetna", days_requested=("saturday",), times_requested=("morning",)),
    Extraction(first_name="José", carrier="Cigna", days_requested=("saturday", "sunday"), times_requested=("evening",)),
    Extraction(first_name="Lee", carrier="Medicaid", days_requested=("friday",), partner_mentioned=True),
]


def understanding(
    *labels: str,
    language: str = "en",
    subject: str = "Question about therapy",
    extraction: Extraction | None = None,
) -> Understanding:
    inquiry = Inquiry(None, subject, "Maya Lopez", "maya@example.com", None, None, "Hi there", language=language)
    classification = Classification(labels=labels, scores=dict.fromkeys(labels, 0.9), top_words={})
    return Understanding(inquiry=inquiry, classification=classification, extraction=extraction or Extraction())


def compose(*labels: str, practice: Practice = PRACTICE, late: bool = False, **kwargs: object) -> Reply:
    composer = COMPOSER if practice is PRACTICE else Composer(practice)
    return composer.compose(understanding(*labels, **kwargs), late=late)  # type: ignore[arg-type]


def assert_clean(body: str) -> None:
    assert "{{" not in body and "{%" not in body and "}}" not in body
    assert "None" not in body
    assert not re.search(r"\S  +\S", body), "double space inside a sentence"
    assert not re.search(r"\b(Hi|Hello|Hola) +,", body) and not body.startswith("Hi,"), "an empty greeting"
    assert not re.search(r"[ \t][,.;:!?]", body), "an empty value before punctuation"
    assert "$0" not in body and not re.search(r"\$(?!\d)", body)
    assert "\n\n\n" not in body and not body.startswith((" ", "\n"))
    assert body.rstrip().endswith(PRACTICE.website) or body.rstrip().endswith(PRACTICE.phone)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("labels", COMBINATIONS, ids=lambda c: "+".join(c))
def test_every_label_combination_renders_in_both_languages(labels: tuple[str, ...], language: str) -> None:
    for extraction in EXTRACTIONS:
        reply = compose(*labels, language=language, extraction=extraction)
        assert reply.kind == "inquiry" and reply.language == language
        assert_clean(reply.body)
        greeting = reply.body.splitlines()[0]
        if extraction.first_name:
            assert extraction.first_name in greeting
        else:
            assert greeting == ("Hello," if language == "en" else "Hola,")
        assert PRACTICE.signature in reply.body


def test_in_network_carrier_gets_a_yes() -> None:
    body = compose("insurance", extraction=Extraction(carrier="Aetna")).body
    assert "Yes, we are in network with Aetna" in body
    assert "superbill" not in body


def test_out_of_network_carrier_gets_the_superbill_answer() -> None:
    body = compose("insurance", extraction=Extraction(carrier="Cigna")).body
    assert "aren't in network with Cigna" in body
    assert "superbill" in body
    assert "sliding scale" in body and "$90" in body
    without = dataclasses.replace(PRACTICE, superbills=False, sliding_scale=False)
    body = compose("insurance", practice=without, extraction=Extraction(carrier="Cigna")).body
    assert "superbill" not in body and "sliding scale" not in body and "self-pay" in body


def test_medicaid_outside_our_network_is_told_kindly_with_the_self_pay_option() -> None:
    body = compose("insurance", extraction=Extraction(carrier="Medicaid")).body
    assert "aren't able to accept Medicaid" in body
    assert "$165" in body and "sliding scale" in body
    assert "superbill" not in body


def test_no_carrier_named_asks_which() -> None:
    body = compose("insurance").body
    assert "which insurance company" in body
    assert "Aetna, Blue Cross Blue Shield, and Kaiser Permanente" in body
    assert "¿Me podría decir cuál es su compañía de seguro?" in compose("insurance", language="es").body


def test_saturday_request_is_answered_against_days_offered() -> None:
    yes = compose("availability", extraction=Extraction(days_requested=("saturday",))).body
    assert "Yes, we see clients on Saturdays." in yes
    assert "9am to 1pm on Saturdays" in yes
    no = compose("scheduling", extraction=Extraction(days_requested=("sunday",))).body
    assert "We don't currently see clients on Sundays; we do have appointments on Mondays" in no
    both = compose("availability", extraction=Extraction(days_requested=("friday", "saturday"))).body
    assert "Yes, we see clients on Saturdays." in both and "don't currently see clients on Fridays" in both
    evening = compose("availability", extraction=Extraction(times_requested=("evening",))).body
    assert "We do offer evening appointments." in evening
    no_evenings = dataclasses.replace(PRACTICE, evenings=False)
    body = compose("availability", practice=no_evenings, extraction=Extraction(times_requested=("evening",))).body
    assert "We don't offer evening appointments" in body


def test_couples_inquiry_names_the_couples_therapist() -> None:
    body = compose("couples").body
    assert "Sam Okafor, LMFT" in body and "$195" in body
    same_fee = dataclasses.replace(PRACTICE, couples_fee=0)
    assert "$165" in compose("couples", practice=same_fee).body, "no couples fee means the usual fee"


def test_spanish_inquiry_gets_a_spanish_reply() -> None:
    reply = compose(
        "insurance",
        "availability",
        "services",
        language="es",
        subject="RE: Consulta",
        extraction=Extraction(first_name="Lucía", carrier="Aetna", days_requested=("saturday",)),
    )
    assert reply.language == "es"
    assert reply.subject == "Re: Consulta"
    assert reply.body.startswith("Hola Lucía,\n\nGracias por escribir a Calm Harbor Therapy.")
    assert "Dana Reyes atiende sesiones en español" in reply.body
    assert "Sí, estamos dentro de la red de Aetna" in reply.body
    assert "Sí, atendemos los sábados." in reply.body
    assert "ansiedad, depresión" in reply.body and "anxiety" not in reply.body
    assert "Thank you" not in reply.body and "We " not in reply.body


def test_crisis_reply_has_resources_and_no_sales_blocks() -> None:
    for language, resources in (("en", PRACTICE.crisis_resources), ("es", PRACTICE.crisis_resources_es)):
        reply = compose(*TOPICS, "crisis", language=language, extraction=EXTRACTIONS[2])
        assert reply.kind == "crisis"
        assert all(line in reply.body for line in resources)
        assert "will reach out to you personally" in reply.body or "con usted personalmente" in reply.body
        assert "$" not in reply.body, "no fees"
        for word in ("insurance", "in network", "seguro", "red de", "Cigna", "superbill", "sliding", "consultation"):
            assert word not in reply.body
        assert PRACTICE.booking_link not in reply.body and PRACTICE.website not in reply.body
        assert_clean(reply.body)


@pytest.mark.parametrize(
    ("labels", "language", "change", "fact"),
    [
        (("fees",), "en", {"fee": 0}, "practice.fee"),
        (("fees",), "es", {"fee": 0}, "practice.fee"),
        (("couples",), "en", {"couples_therapist": ""}, "practice.couples_therapist"),
        (("couples",), "en", {"couples_fee": 0, "fee": 0}, "practice.couples_fee"),
        (("crisis",), "es", {"crisis_resources_es": ()}, "practice.crisis_resources_es"),
        (("crisis",), "en", {"crisis_resources": ()}, "practice.crisis_resources"),
        (("services",), "en", {"services": (), "populations": ()}, "practice.services"),
        (("availability",), "en", {"location": ""}, "practice.location"),
        (("availability",), "en", {"days_offered": ()}, "practice.days_offered"),
        (("scheduling",), "en", {"signature": ""}, "practice.signature"),
        (("services",), "es", {"services": ("somatic experiencing",)}, "somatic experiencing"),
    ],
)
def test_missing_fact_fails_loudly(
    labels: tuple[str, ...], language: str, change: dict[str, object], fact: str
) -> None:
    practice = dataclasses.replace(PRACTICE, **change)  # type: ignore[arg-type]
    extraction = Extraction(days_requested=("sunday",))
    with pytest.raises(ComposeError, match=re.escape(fact)) as caught:
        compose(*labels, practice=practice, language=language, extraction=extraction)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{language}/"), "one line naming the template"


def test_a_template_using_an_unknown_fact_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "greeting.txt").write_text("Hi {{ name }},\n")
    with pytest.raises(ComposeError, match=r"en/greeting\.txt: 'name' is undefined"):
        Composer(PRACTICE, tmp_path).compose(understanding("fees"))
    with pytest.raises(ComposeError, match="templates folder not found"):
        Composer(PRACTICE, tmp_path / "nowhere")


def test_late_reply_apologises() -> None:
    late = compose("fees", late=True).body
    assert "I'm sorry this reply has taken longer than usual" in late.split("\n\n")[1], "near the top"
    assert "longer than usual" not in compose("fees").body
    assert "tardado más de lo habitual" in compose("fees", language="es", late=True).body
    assert "longer than usual" in compose("crisis", late=True).body


def test_not_inquiry_is_never_drafted() -> None:
    with pytest.raises(ValueError, match="not_inquiry"):
        compose("not_inquiry")
    with pytest.raises(ComposeError, match="no topic"):
        compose()


def test_subject_keeps_their_words_without_the_reply_chain() -> None:
    assert reply_subject("RE: Fwd: AW: RV: Saturday openings?", "Calm Harbor Therapy", "en") == "Re: Saturday openings?"
    assert reply_subject("Re[2]: Insurance", "X", "en") == "Re: Insurance"
    assert reply_subject("", "Calm Harbor Therapy", "en") == "Your inquiry to Calm Harbor Therapy"
    assert reply_subject("Re: ", "Calm Harbor Therapy", "es") == "Su consulta a Calm Harbor Therapy"


def test_blocks_come_in_a_fixed_order_whatever_order_they_asked_in() -> None:
    order = block_order(["fees", "scheduling", "insurance", "availability"], Extraction())
    assert order == ["availability", "when", "insurance", "fees", "scheduling"]
    assert block_order(["scheduling"], Extraction()) == ["scheduling"]
    assert block_order(["scheduling"], Extraction(days_requested=("monday",))) == ["when", "scheduling"]
    body = compose("fees", "insurance", extraction=Extraction(carrier="Aetna")).body
    assert body.index("in network with Aetna") < body.index("Our fee is")


def test_lists_read_naturally_in_each_language() -> None:
    assert join_words(["a", "b", "c"], "en") == "a, b, and c"
    assert join_words(["a", "b"], "en", "or") == "a or b"
    assert join_words(["padres", "hijos"], "es") == "padres e hijos"
    assert join_words(["sábados", "domingos"], "es", "or") == "sábados o domingos"


def test_booking_by_reply_when_there_is_no_booking_link() -> None:
    body = compose("scheduling", practice=dataclasses.replace(PRACTICE, booking_link="")).body
    assert "reply with a few days and times" in body
    assert "free 15-minute phone consultation" in body


def test_a_full_practice_offers_the_waitlist_not_a_booking_link() -> None:
    full = dataclasses.replace(PRACTICE, accepting_new_clients=False, waitlist_weeks=6)
    for labels in (("scheduling",), ("availability", "scheduling")):
        body = compose(*labels, practice=full).body
        assert "waitlist" in body and PRACTICE.booking_link not in body
        assert_clean(body)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("labels", COMBINATIONS, ids=lambda c: "+".join(c))
def test_every_label_combination_renders_for_an_existing_client(labels: tuple[str, ...], language: str) -> None:
    reply = COMPOSER.compose(understanding(*labels, language=language, extraction=EXTRACTIONS[1]), client=True)
    assert_clean(reply.body)


def test_an_existing_client_rescheduling_gets_no_intake_talk() -> None:
    body = COMPOSER.compose(understanding("scheduling", "availability", "services"), client=True).body
    assert "Thanks for your message" in body and "reaching out" not in body
    assert "accepting new clients" not in body and "consultation" not in body
    assert PRACTICE.booking_link in body
