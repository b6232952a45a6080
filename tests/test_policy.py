"""Which messages get a draft, which are only recorded, and which are left alone: plain rules, tested plainly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from triage.core.model import Classification, Extraction, Inquiry, LoopFacts, Understanding
from triage.core.policy import ActionKind, plan
from triage.core.request import Intent, Request

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
OURS = frozenset({"hello@calmharbor.example"})


def _u(
    labels: tuple[str, ...], *, email: str | None = "maya@example.com", loop: LoopFacts | None = None
) -> Understanding:
    inquiry = Inquiry(
        message_id="<1@x>",
        subject="question",
        sender_name="Maya",
        sender_email=email,
        reply_to=None,
        date=NOW,
        text="hello",
        loop=loop or LoopFacts(),
    )
    return Understanding(
        inquiry=inquiry,
        classification=Classification(labels=labels, scores={}, top_words={}),
        extraction=Extraction(contact_email=email),
        request=Request(Intent.NOT_INQUIRY if "not_inquiry" in labels else Intent.NEW_INQUIRY),
    )


def _plan(u: Understanding, received: datetime = NOW) -> str:
    return plan(u, own_addresses=OURS, received=received, now=NOW, backlog_days=14).kind


def test_an_inquiry_gets_a_draft() -> None:
    assert _plan(_u(("insurance",))) == ActionKind.REPLY


def test_an_auto_reply_is_never_answered_whatever_its_text_says() -> None:
    assert _plan(_u(("scheduling",), loop=LoopFacts(auto_submitted="auto-replied"))) == ActionKind.SKIP


def test_not_an_inquiry_gets_nothing() -> None:
    assert _plan(_u(("not_inquiry",))) == ActionKind.SKIP


def test_our_own_address_is_never_answered() -> None:
    assert _plan(_u(("fees",), email="Hello@CalmHarbor.example")) == ActionKind.SKIP


def test_mail_older_than_the_backlog_window_is_recorded_not_drafted() -> None:
    assert _plan(_u(("fees",)), received=NOW - timedelta(days=30)) == ActionKind.RECORD


def test_a_crisis_is_alerted_and_drafted_with_resources() -> None:
    action = plan(_u(("crisis", "scheduling")), own_addresses=OURS, received=NOW, now=NOW, backlog_days=14)
    assert (action.kind, action.alert, action.draft) == (ActionKind.CRISIS, True, True)


def test_a_crisis_without_an_address_is_still_alerted() -> None:
    action = plan(_u(("crisis",), email=None), own_addresses=OURS, received=NOW, now=NOW, backlog_days=14)
    assert (action.kind, action.alert, action.draft) == (ActionKind.CRISIS, True, False)
