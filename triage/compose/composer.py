"""Drafting replies: what the person asked, answered from the practice's facts, in the practice's own words.

Why templates and not generated text: every sentence a person reads must be one the practice wrote (or can
edit), and every fact in it must come from `Practice`. Understanding decides what was asked (the Request),
`triage.core.answers` decides what each answer says (a fact, "we don't offer that", or a note to staff), and the
templates in triage/templates/<language>/ only choose the words. A fact a block needs but the config lacks stops
the draft with a `ComposeError` naming the template and the fact: a silent gap ("Hi ,", "$0") would go out under
the practice's name. What triage cannot answer becomes the draft's first line, for staff, and such a draft is
never sent automatically.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    UndefinedError,
)

from triage.compose.addressee import passed_on, writes_to_colleague, writes_to_signer
from triage.compose.cancelled import cancelled_context
from triage.compose.crisis_referral import crisis_referral_plan
from triage.compose.crisis_words import crisis_facts, crisis_notes, for_them, kin_es, pronoun_words
from triage.compose.wording import (
    ComposeError,
    Missing,
    a_age,
    a_family,
    and_list,
    day_names,
    doing,
    expecting,
    finalize,
    hora,
    language_name,
    lint,
    lower_me,
    member_calls,
    missing,
    money,
    one_day,
    or_list,
    own_distress,
    reflow,
    reply_subject,
    says_fine,
    thank_once,
)
from triage.config import DAYS, Practice, Therapist
from triage.core.absence import cancels_consultation, priced_out
from triage.core.address_forms import doctor_name, titled_name, titled_sender
from triage.core.answers import Plan, plan_reply
from triage.core.crisis_care import acute_risk
from triage.core.facts import confirms_cancelling
from triage.core.language import OTHER_LANGUAGES
from triage.core.model import Understanding
from triage.core.phone import their_number
from triage.core.practice_facts import couples_therapist
from triage.core.reading.situation import read_situation
from triage.core.request import Intent, Kind, News, Situation

DEFAULT_TEMPLATES = Path(str(files("triage") / "templates"))
LANGUAGES = ("en", "es")
STAFF_NOTE = "[For staff: {what}. Answer, then delete this line.]"

_LANGUAGE_NAMES = {"pt": "Portuguese", **{code: name.title() for code, name in OTHER_LANGUAGES.items()}}
_KIND_OF_REPLY = {
    Intent.NEW_INQUIRY: "inquiry",
    Intent.CLIENT_REQUEST: "client",
    Intent.REFERRAL: "referral",
}


@dataclass(frozen=True)
class Reply:
    """A drafted reply, ready to be wrapped in an e-mail (triage.core.draft.build_reply)."""

    subject: str
    body: str
    language: str
    kind: str
    """"inquiry" | "client" | "referral" | "crisis" | "followup"."""
    staff_note: str = ""
    """The first line of the body when something needs a person: such a draft is never sent automatically."""
    answered: frozenset[Kind] = frozenset()

    @property
    def needs_staff(self) -> bool:
        return bool(self.staff_note)


def _display(therapist: Therapist) -> str:
    return f"{therapist.name}, {therapist.credentials}" if therapist.credentials else therapist.name


class Composer:
    """Turns an Understanding into a Reply; one per practice, reused for every message."""

    def __init__(self, practice: Practice, templates_dir: Path | None = None) -> None:
        self.practice = practice
        if templates_dir is None:
            templates_dir = Path(practice.templates) if practice.templates else DEFAULT_TEMPLATES
        if not templates_dir.is_dir():
            raise ComposeError(f"templates folder not found: {templates_dir} (practice.templates)")
        self.templates_dir = templates_dir
        self._glossary: dict[str, str] | None = None
        self._env = Environment(
            loader=FileSystemLoader(str(templates_dir)),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=finalize,
        )
        self._env.globals["missing"] = missing
        self._env.filters.update(
            and_list=and_list,
            or_list=or_list,
            doing=doing,
            lower_me=lower_me,
            money=money,
            es=self._spanish,
            days=day_names,
            one_day=one_day,
            language=language_name,
            a_age=a_age,
            hora=hora,
            for_them=for_them,
        )

    def compose(
        self, understanding: Understanding, *, late: bool = False, client: bool = False, call_back: str | None = None
    ) -> Reply:
        """The draft for one message. `late` adds an apology for a slow reply (the practice was away); `client`
        says the store knows them as a client, so they get a client's reply whatever the message says.
        `call_back` is the number of a caller who left no address: the draft is what staff tell them on the phone.

        A crisis gets only the crisis template, whatever else was asked: resources and a promise that a
        clinician will reach out, never prices or booking links.
        """
        request = understanding.request
        labels = set(understanding.classification.labels)
        lang = understanding.inquiry.language
        foreign = ""
        if lang not in LANGUAGES:
            # Portuguese, say: answered in English, which staff check they read (a Spanish reply would be a guess)
            foreign, lang = _LANGUAGE_NAMES.get(lang, lang), "en"
        subject = reply_subject(understanding.inquiry.subject, self.practice.name, lang)
        context = self._context(understanding, lang, late)
        if ("crisis" in labels or request.intent == Intent.CRISIS) and request.from_professional:
            return self._crisis_referral(understanding, context, subject, lang)
        if "crisis" in labels or request.intent == Intent.CRISIS:
            text = understanding.inquiry.text
            context.update(
                crisis_facts(text, request, self.practice), kind="crisis", client=client, phoned=bool(call_back)
            )
            body = self._render(f"{lang}/crisis.txt", context)
            signature = self._render(f"{lang}/signature.txt", context, flow=False)
            body = f"{body}\n{signature}\n"
            # "Please call me at 503-555-0171. / Jennifer" at the foot is read as a signature: still a call to make
            asked = f"{text}\n{understanding.inquiry.signature}"
            urgent = crisis_notes(
                context["first_name"] or "them", asked, call_back, understanding.inquiry.forwarded_header
            )
            if not urgent:
                return Reply(subject, body, lang, "crisis")
            note = STAFF_NOTE.format(what="; ".join(urgent))
            return Reply(subject, f"{note}\n\n{body}", lang, "crisis", note)
        if "not_inquiry" in labels or request.intent == Intent.NOT_INQUIRY:
            raise ValueError("not_inquiry messages are never answered; the caller must not compose one")
        if confirms_cancelling(understanding):
            return self._cancelled(understanding, context, subject, lang)
        if request.intent == Intent.WITHDRAWAL:
            raise ComposeError("they wrote that they no longer need an answer: nothing to draft")
        context["phoned"] = bool(call_back)  # read out on the phone: "call us", never "reply to this email"
        plan = plan_reply(request, self.practice, lang, client=client)
        if foreign:
            said = f"they wrote in {foreign}: this reply is in English"
            if foreign != "Portuguese":  # no reader reads Korean or Russian: what else they ask is for a translator
                said += "; have their message translated, as it may ask more than this reply answers"
            plan = replace(plan, staff=(said, *plan.staff))
        if call_back:
            who = context["first_name"] or "them"
            first = f"no e-mail address was left: call {who} back at {call_back} and tell them what follows"
            plan = replace(plan, staff=(first, *plan.staff))
        return self._reply(plan, context, subject, lang)

    def _cancelled(self, understanding: Understanding, context: dict[str, Any], subject: str, lang: str) -> Reply:
        """'Please cancel my consultation, I've gone with Kaiser': the cancelling confirmed in two lines, none of
        the intake (what they asked before is withdrawn)."""
        text = understanding.inquiry.text
        context.update(cancelled_context(text, unwell=understanding.request.known.unwell))
        if priced_out(text) and not cancels_consultation(text):
            body = self._render(f"{lang}/priced_out.txt", context)
        else:
            body = self._render(f"{lang}/cancelled.txt", context)
        signature = self._render(f"{lang}/signature.txt", context, flow=False)
        return Reply(subject, f"{body}\n{signature}\n", lang, "cancelled")

    def _crisis_referral(self, understanding: Understanding, context: dict[str, Any], subject: str, lang: str) -> Reply:
        plan, context = crisis_referral_plan(understanding, self.practice, context, lang)
        return replace(self._reply(plan, context, subject, lang), kind="crisis")

    def _reply(self, plan: Plan, context: dict[str, Any], subject: str, lang: str) -> Reply:
        context.update(intent=str(plan.intent), kind=_KIND_OF_REPLY.get(plan.intent, "inquiry"))
        context["client"] = plan.intent == Intent.CLIENT_REQUEST
        parts = [self._render(f"{lang}/greeting.txt", context)]
        for block in plan.blocks:
            part = self._render(f"{lang}/answers/{block.template}.txt", {**context, **block.facts})
            if part not in parts:  # two questions with one answer ("superbill", "out of network") say it once
                parts.append(part)
        if (
            not plan.blocks
            and plan.intent == Intent.CLIENT_REQUEST
            and (not plan.staff or context["known"].running_late)
        ):
            # with a note, staff write the answer here: "I'll make sure your therapist sees it" would stand in for it
            parts.append(self._render(f"{lang}/answers/client_ack.txt", {**context, "with_note": bool(plan.staff)}))
        if len(parts) > 1 and parts[1].startswith(("Thank", "Gracias", "¡Gracias")):
            parts[0] = thank_once(parts[0])  # "Thanks for your message." then "Thank you for letting me know"
        if context["to_colleague"] and plan.intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST):
            parts = passed_on(parts, context["to_colleague"], lang)
        if plan.next_step:
            parts.append(self._render(f"{lang}/next_step.txt", context))
        closing = self._render(f"{lang}/closing.txt", context)
        if context.get("no_closing"):  # a colleague's report of risk ends with the call promised: the sign-off only
            closing = closing.split("\n\n", 1)[-1]
        parts.append(closing)
        signature = self._render(f"{lang}/signature.txt", context, flow=False)
        body = "\n\n".join(p for p in parts if p) + f"\n{signature}\n"
        note = STAFF_NOTE.format(what="; ".join(plan.staff)) if plan.staff else ""
        if note:
            body = f"{note}\n\n{body}"
        return Reply(subject, body, lang, str(context["kind"]), note, plan.answered)

    def followup(self, first_name: str | None, language: str, subject: str, template: str = "followup") -> Reply:
        """The one follow-up to a lead who was answered and has not written back (its own template), or with
        template="rebook" the one invitation to rebook after a cancelled appointment."""
        lang = language if language in LANGUAGES else "en"
        context = {"practice": self.practice, "first_name": first_name, "lang": lang, "kind": "followup"}
        body = self._render(f"{lang}/{template}.txt", context)
        signature = self._render(f"{lang}/signature.txt", context, flow=False)
        return Reply(reply_subject(subject, self.practice.name, lang), f"{body}\n{signature}\n", lang, "followup")

    def _context(self, understanding: Understanding, lang: str, late: bool) -> dict[str, Any]:
        """Facts every template may print, worked out here so templates only choose words."""
        practice = self.practice
        request = understanding.request
        couples = couples_therapist(practice) if practice.couples_therapist else None
        return {
            "practice": practice,
            "lang": lang,
            "late": late or request.known.chased,
            "first_name": (
                (request.from_professional or request.intent == Intent.REFERRAL) and doctor_name(understanding.inquiry)
            )
            or (lang == "en" and titled_name(understanding.inquiry))
            or (understanding.extraction.first_name or "").strip()
            or (lang == "en" and titled_sender(understanding.inquiry))
            or None,
            "situation": None if request.situation is None else str(request.situation),
            # a referral tells of the patient's loss ("lost his father suddenly in January"): a word for it first
            "referral_loss": request.intent == Intent.REFERRAL
            and lang == "en"
            and "crisis" not in understanding.classification.labels
            and read_situation(understanding.inquiry.text) == Situation.LOSS,
            "about_someone_else": request.about_someone_else,
            # "he", "she" or "they" for the one they write about ("my husband Mike ... He was laid off")
            # a referral speaks of its patient too: "She's welcome to book directly here"
            **pronoun_words(
                understanding.inquiry.text
                if (request.about_someone_else or request.intent == Intent.REFERRAL) and lang == "en"
                else ""
            ),
            "kin_es": kin_es(understanding.inquiry.text) if request.about_someone_else and lang == "es" else "",
            "from_professional": request.from_professional,
            "acute": acute_risk(understanding.inquiry.text)
            if "crisis" in understanding.classification.labels
            else False,
            "asked": {str(k) for k in request.kinds},
            "no_link": False,
            "to_signer": writes_to_signer(understanding.inquiry.text, practice.signature),
            "to_colleague": writes_to_colleague(understanding.inquiry.text, practice),
            "known": request.known,
            "formal": request.known.formal,
            # a Deaf person is offered no phone call
            "deaf": request.known.deaf or any(q.kind == Kind.LANGUAGE and "asl" in q.values for q in request.questions),
            "job_loss": request.known.job_loss and not request.about_someone_else,
            # a word for a hard time told in passing: not beside a cancellation for illness (its own sympathy) nor a
            # goodbye, and only to a new person or a client
            "family": request.about_someone_else and a_family(understanding.inquiry.text),
            "own_distress": request.about_someone_else and own_distress(understanding.inquiry.text),
            # "We're fine - really": no "I'm sorry things have been so hard lately", here or beside a service
            "fine": (fine := says_fine(understanding.inquiry.text)),
            "harm": request.known.news == News.HARM
            and request.intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST)
            and not request.known.ending,
            "hard_time": request.known.news == News.HARD_TIME
            and not fine
            and request.intent in (Intent.NEW_INQUIRY, Intent.CLIENT_REQUEST)
            and not (request.known.unwell and request.kinds & {Kind.CANCEL, Kind.RESCHEDULE, Kind.FEE_WAIVER})
            and not request.known.ending,
            # "my close friend Nora lost her brother": her loss, not the writer's family's
            "for_a_friend": request.about_someone_else and request.known.for_a_friend,
            "twins": request.known.twins,
            "expecting": expecting(understanding.inquiry.text),
            "member_calls": member_calls(understanding.inquiry.text),
            "their_phone": their_number(understanding.inquiry.text) if request.known.no_video else None,
            "offered": [d for d in DAYS if d in practice.days_offered],
            "therapists": [_display(t) for t in practice.therapists],
            # the therapist who signs the drafts speaks of herself as "I"
            "signer": practice.signature.split(",")[0].strip(),
            "spanish_therapists": [t.name for t in practice.therapists if "spanish" in t.session_languages],
            "couples_english_only": couples.name
            if couples is not None and "spanish" not in couples.session_languages
            else None,
        }

    def _render(self, name: str, context: dict[str, Any], *, flow: bool = True) -> str:
        """One template, tidied and checked; every failure becomes one ComposeError line naming the template."""
        try:
            raw = self._env.get_template(name).render(context)
        except Missing as exc:
            raise ComposeError(f"{name}: {exc}") from None
        except UndefinedError as exc:
            raise ComposeError(f"{name}: {exc.message} (the template uses a fact that does not exist)") from None
        except TemplateNotFound as exc:
            raise ComposeError(f"{name}: template {exc.name} not found in {self.templates_dir}") from None
        except TemplateError as exc:
            raise ComposeError(f"{name}: {' '.join(str(exc).split())}") from None
        text = reflow(raw) if flow else "\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())
        lint(name, text)
        return text

    def _spanish(self, phrase: str) -> str:
        """The Spanish wording of an English config phrase; a phrase without one stops the draft."""
        if self._glossary is None:
            self._glossary = self._load_glossary()
        found = self._glossary.get(" ".join(str(phrase).split()).casefold())
        if not found:
            missing(f"a Spanish wording for {phrase!r}", "add it to es/glossary.toml")
        return found

    def _load_glossary(self) -> dict[str, str]:
        loader = self._env.loader
        assert loader is not None
        try:
            source = loader.get_source(self._env, "es/glossary.toml")[0]
            data = tomllib.loads(source)
        except TemplateNotFound:
            missing("es/glossary.toml", f"Spanish wording for the config's English phrases, in {self.templates_dir}")
        except tomllib.TOMLDecodeError as exc:
            raise Missing(f"es/glossary.toml is not valid TOML ({exc})") from None
        return {" ".join(k.split()).casefold(): str(v) for k, v in data.items() if isinstance(v, str)}
