"""Plain, frozen values that flow through the pipeline: what a message is and what triage made of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from triage.core.request import Request


@dataclass(frozen=True)
class LoopFacts:
    """Header facts that mean "never answer automatically", whatever the text says (RFC 3834 and friends)."""

    auto_submitted: str | None = None
    precedence: str | None = None
    list_id: str | None = None
    list_unsubscribe: bool = False
    x_autoreply: bool = False
    auto_response_suppress: bool = False
    null_sender: bool = False
    noreply_sender: bool = False

    @property
    def reasons(self) -> list[str]:
        """Human-readable reasons, in a fixed order, for "why was this not answered?"."""
        out: list[str] = []
        if self.auto_submitted:
            out.append(f"Auto-Submitted: {self.auto_submitted}")
        if self.precedence:
            out.append(f"Precedence: {self.precedence}")
        if self.list_id:
            out.append("List-Id header (mailing list)")
        if self.list_unsubscribe:
            out.append("List-Unsubscribe header (bulk mail)")
        if self.x_autoreply:
            out.append("X-Autoreply header")
        if self.auto_response_suppress:
            out.append("X-Auto-Response-Suppress header (auto-reply)")
        if self.null_sender:
            out.append("empty Return-Path or MAILER-DAEMON sender (bounce)")
        if self.noreply_sender:
            out.append("no-reply sender")
        return out

    @property
    def never_reply(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True)
class FormFields:
    """What a contact-form notification says about the person who filled it in."""

    service: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    insurance: str | None = None
    message: str = ""


@dataclass(frozen=True)
class Inquiry:
    """One parsed message: who wrote, what they newly said, and the header facts guards need."""

    message_id: str | None
    subject: str
    sender_name: str | None
    sender_email: str | None
    reply_to: str | None
    date: datetime | None
    text: str
    """The new text only: quoted history, signatures and notification chrome removed."""
    signature: str = ""
    source: str = "direct"
    """direct | psychology_today | directory (GoodTherapy, Zencare...) | website_form | referral"""
    form: FormFields | None = None
    forwarded_text: str = ""
    """The forwarded message of a referral, kept because the forward *is* the inquiry."""
    forwarded_header: str = ""
    history: str = ""
    """The quoted thread below the new text: facts they gave before (an insurer), times staff offered."""
    sender_name_seen: bool = False
    """The display name's first word also appears in the body (a signature, our quoted greeting)."""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    loop: LoopFacts = field(default_factory=LoopFacts)
    language: str = "en"
    defects: tuple[str, ...] = ()
    whole_form: str = ""
    """A form notification's whole text, searched only for words of risk: a layout read wrongly (the person's words
    left outside the message field) must never hide a crisis."""

    @property
    def classifier_text(self) -> str:
        """The text the model sees: subject plus the person's own words (and a referral's forward)."""
        parts = [strip_subject_prefixes(self.subject), self.text]
        if self.forwarded_text:
            parts.append(self.forwarded_text)
        if self.form is not None and self.form.insurance:
            parts.append(f"Insurance: {self.form.insurance}")
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Quarantine:
    """A message that could not be understood; kept with a reason so nothing is silently skipped."""

    reason: str


@dataclass(frozen=True)
class Classification:
    """The model's and the crisis layer's verdict, with enough evidence to answer "why?"."""

    labels: tuple[str, ...]
    scores: dict[str, float]
    top_words: dict[str, tuple[str, ...]]
    crisis_evidence: str | None = None
    intents: dict[str, float] = field(default_factory=dict)
    """The learned intent head's probability per intent ({} when the model has none): see reading.intent."""
    kinds: dict[str, float] = field(default_factory=dict)
    """The kinds head's probability that each kind of question is asked (a client's own requests, and the kinds
    whose answer, given where nothing was asked, is noise): see reading.learned_kinds."""


@dataclass(frozen=True)
class Extraction:
    """Facts that personalise a reply."""

    first_name: str | None = None
    contact_email: str | None = None
    carrier: str | None = None
    days_requested: tuple[str, ...] = ()
    times_requested: tuple[str, ...] = ()
    partner_mentioned: bool = False


@dataclass(frozen=True)
class Understanding:
    """Everything triage knows about one message: the unit that later stages consume."""

    inquiry: Inquiry
    classification: Classification
    extraction: Extraction
    request: Request

    @property
    def never_reply(self) -> bool:
        return self.inquiry.loop.never_reply


def strip_subject_prefixes(subject: str) -> str:
    """Drop Re:/Fwd:/RV:/RE: chains so the subject carries only its words."""
    s = subject.strip()
    while True:
        lowered = s.lower()
        for prefix in ("re:", "fwd:", "fw:", "rv:", "aw:", "tr:", "reenviar:", "[external]"):
            if lowered.startswith(prefix):
                s = s[len(prefix) :].lstrip()
                break
        else:
            return s
