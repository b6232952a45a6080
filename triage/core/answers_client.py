"""Answers to an existing client's own business: moving or cancelling a session, a bill, a superbill, records."""

from __future__ import annotations

import re
from typing import Any

from triage.core import answers_when
from triage.core.answer_base import Answering, said_with
from triage.core.answer_words import LAST_ONE, SCALE_LATER, second_person
from triage.core.new_time import after_hour, ruled_out_beside, time_asked
from triage.core.reading.client import HELD_SOMEHOW, KEEPS_NEXT, RESUMES
from triage.core.reading.client import THEY_WILL_WRITE as _THEY_WILL_WRITE
from triage.core.reading.days import SHORT_DAYS, day_of, read_when
from triage.core.reading.services import find_services
from triage.core.reading.told import TAKEN_BACK
from triage.core.request import Intent, Kind, Question

_SWITCH = re.compile(
    r"\binstead\b|\bswitch\w*|\bchange\b|\bflip\b|\bmake\s+(?:it|the|our|my|this)\b|\b(?:could|can|may)\s+(?:we|i)\b"
    r"|\b(?:be|is|maybe)\s+(?:on|by|over|via)\s+(?:video|zoom|phone)|\ben\s+vez\b|\bcambiar\b|\bpodemos\b|\bpodr[ií]amos\b"
    # "Would it be okay to do that one by video?"
    r"|\bdo\s+(?:it|that|this|that\s+one|this\s+one|the\s+session)\s+(?:by|over|via|on)\s+(?:video|zoom|telehealth)\b",
    re.IGNORECASE,
)
"""A client asking for a session another way ("could we do it by video instead?"), not mentioning video in passing."""


def days_asked(p: Answering, moving: bool = False) -> dict[str, Any] | None:
    """The day facts of the days they name ("move it to Friday"), for a client's booking or reschedule. `moving`: the
    days of the sentence that names the new day, when it names fewer than the whole message ("cancel next Tuesday
    ... I won't be back until Wednesday ... could we do Thursday instead?" wants Thursday, not the three)."""
    q = next((x for x in p.request.questions if x.kind == Kind.DAYS), None)
    if q is None:
        return None
    if moving:
        moved = next((x for x in (*p.request.asked, q.evidence) if _NEW_DAY.search(x)), "")
        own = read_when(moved).wanted if moved else ()
        if own and set(own) < set(q.values):  # one of the message's days, never a day from elsewhere
            q = Question(Kind.DAYS, tuple(own), moved)
    return answers_when.day_facts(p, q)


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat"
_MISSED = re.compile(
    r"\bno[-\s]?show|\bmissed[-\s](?:session|appointment)\s+fee|\b(?:missed|forgot)\s+(?:our|my|the|her|his)\s+(?:session|appointment)",
    re.IGNORECASE,
)
"""'Is there any way the no-show fee could be waived?', 'the missed session fee': the charge by their name for it."""
_NEW_DAY = re.compile(
    rf"\binstead\b|(?<!moved\s)(?<!booked\s)\b(?:to|for)\s+(?:next\s+|this\s+|a\s+|the\s+following\s+)?(?:{_DAY})\b|\b(?:could|can)\s+(?:we|i)\s+(?:do|have|come)\b"
    rf"|\bswitch\s+to\b|\banything\b|\bget\s+back\s+on\b|\b(?:works?|would\s+work|is\s+(?:fine|good|best))\b",
    re.IGNORECASE,
)
"""The sentence that names the day wanted for a session ("could we do Thursday instead?", "Mon-Wed works"), not the
one that names the session to move."""


_LATER = (
    r"the\s+(?:week|one)\s+after|(?:the\s+)?(?:following|next)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?![a-z]))"  # "can we do next sat instead same time"
)
_PAUSE = re.compile(
    r"\bpause\s+(?:(?:our|my|the|her|his)\s+sessions\s+)?(?:for|until|through|over|while|after)\b|\brecovery\s+is\b|(?<!about\sthis\s)(?<!about\sit\s)\bfor\s+(?:those|these|the\s+summer|a\s+few|two|three)\s+(?:months|weeks)\b"
    r"|\bfor\s+the\s+summer\b"
    r"|\bwhen\s+(?:i'?m|we'?re)\s+back\b",
    re.IGNORECASE,
)
_CANCELS = re.compile(
    r"\bcancel\w*|\b(?:remove|clear|drop|take)\s+(?:me|them|all|my|our)\b|\boff\s+(?:the|your)\s+(?:calendar|schedule)\b"
    r"|\banular|\bno\s+more\s+(?:sessions|appointments)\b|\bupcoming\b|\bremaining\b",
    re.IGNORECASE,
)
_HOLD_SLOT = re.compile(
    r"\b(?:hold|keep|save)\s+(?:my|our)\s+(?:\w+\s+){0,3}?(?:slot|spot|time)\b|\bguardar(?:me)?\s+(?:mi|el)\s+(?:horario|espacio)\b",
    re.IGNORECASE,
)
_USUAL_TIME = re.compile(
    r"\b(?:usual|regular|same|normal)\s+(?:time|slot|day\s+and\s+time)\b[^.?!\n]{0,40}?"
    rf"\b(?P<when>{_LATER})\b|\b(?P<when2>{_LATER})\b[^.?!\n]{{0,40}}?"
    r"\b(?:usual|regular|same|normal)\s+(?:time|slot)\b",
    re.IGNORECASE,
)
"""'Can we pick back up the week after at the usual time?': no new time to find, their own slot to confirm."""


_SHORT_DAY = re.compile(r"\b(?:" + "|".join(SHORT_DAYS) + r")\b", re.IGNORECASE)

_LESS_OFTEN = re.compile(
    r"\bevery\s+other\s+week\b|\bbi-?weekly\b|\bless\s+often\b|\btwice\s+a\s+month\b|\bcada\s+dos\s+semanas\b",
    re.IGNORECASE,
)

_MORE_OFTEN = re.compile(
    r"\b(?:weekly|every\s+week)\s+(?:instead\s+of|rather\s+than)\b|\b(?:instead\s+of|rather\s+than)\s+(?:every\s+other\s+week|bi-?weekly|twice\s+a\s+month)\b|"
    r"\bback\s+to\s+(?:weekly|every\s+week)\b|\bweekly\s+(?:sessions\s+)?again\b|\bevery\s+week\s+again\b|\bmore\s+often\b"
    r"|\bvolver\s+a\s+(?:las\s+)?(?:sesiones\s+)?semanales\b",
    re.IGNORECASE,
)


def reschedule(p: Answering, q: Question) -> None:
    days = days_asked(p, moving=True)
    weekly = bool(_MORE_OFTEN.search(q.evidence))  # "back to weekly instead of every other week"
    if weekly or _LESS_OFTEN.search(q.evidence):
        # "could we switch to every other week instead of weekly?": a new rhythm, which the therapist confirms
        p.add(q.kind, "frequency", weekly=weekly, days=days if weekly else None)
        if weekly:  # "back to weekly if you have room": whether there is room is what the answer checks
            p.answered.update((Kind.BOOKING, Kind.ACCEPTING))
            if days:
                p.answered.add(Kind.DAYS)
        return
    # "I won't be able to make Thursday at 6. Could we do the same time the following week?": the next sentence
    usual = next((m for m in (_USUAL_TIME.search(x) for x in (q.evidence, *p.request.asked)) if m), None)
    named = (usual.group("when") or usual.group("when2") or "").lower() if usual else ""
    if usual and days and days.get("yes") and not any(day in named for day in days["yes"]):
        usual = None  # "move next Thursday's session to Wednesday, same time?": Wednesday is the new day
    when = (usual.group("when") or usual.group("when2")) if usual else ""
    when = when[:1].lower() + when[1:]  # "The week after, same time?" -> "the week after"
    when = _SHORT_DAY.sub(lambda m: day_of(m.group(0)).capitalize(), when)  # "next sat" -> "next Saturday"
    if usual:
        p.answered.add(Kind.DAYS)  # "the following Saturday, same time": the day is in the answer
    said = time_asked(q.evidence)  # "could we do 5:30?": the time they ask for, to check
    # "Thursday at 6 won't work after all ... a Monday evening instead?", to the time staff offered: no session of
    # theirs to move online, a time of ours to find
    offer = p.request.known.declined_offer
    # "I won't make it Tuesday. Can we find a time next week, after the service?": next week is when to look
    next_week = p.request.asks_for(Kind.URGENCY, "next_week") and not usual and not said
    # "I'd also like to get back in as soon as possible. Any opening this week?": the soonest time, looked for
    this_week = not next_week and not usual and not said and not days
    this_week = this_week and any(p.request.asks_for(Kind.URGENCY, v) for v in ("this_week", "asap", "today"))
    if next_week or this_week:
        p.answered.add(Kind.URGENCY)
    # "Tuesday or Wednesday after 4?": the hour they can come from, said back with the days
    p.add(
        q.kind,
        "reschedule",
        days=None if usual else days,
        usual=when,
        at=said,
        offer=offer,
        next_week=next_week,
        this_week=this_week,
        after=after_hour(q.evidence),
        # "My mom was admitted last night ... Could we move my 3pm?": a word for it first (a cancel says its own)
        unwell=p.request.known.unwell and Kind.CANCEL not in p.request.kinds and p.request.situation is None,
        # "sometime next week? Any afternoon but Monday": the part of the day, and the days that won't do
        part=_part_of_day(p) if next_week else "",
        not_days=ruled_out_beside(*(q.evidence for q in p.request.questions), *p.request.asked) if next_week else [],
    )


def _part_of_day(p: Answering) -> str:
    asked = p.request.asks(Kind.TIME_OF_DAY)
    return next((v for v in (asked.values if asked else ()) if v in ("morning", "afternoon", "evening")), "")


_NAMED_SESSIONS = re.compile(
    r"\b(?:next|these|those)\s+(?:two|three|few|couple)\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b"
    # "I have to cancel my 2pm today", "cancel today's session": one session, the one at hand
    r"|\b(?:my|our|the)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+(?:today|tomorrow|tonight)\b|\b(?:today|tomorrow|tonight)'?s\s+(?:session|appointment|appt)\b",
    re.IGNORECASE,
)
_SPAN = re.compile(r"\bthrough\b|\buntil\b|\bweeks\s+off\b|\bfor\s+(?:\w+\s+)?(?:weeks|months)\b", re.IGNORECASE)


def cancels_outright(p: Answering, q: Question) -> bool:
    """'I need to cancel my sessions on the 17th and the 24th. Could we pick back up by video in March?': the
    cancelling is said in a sentence of its own; the video is for later."""
    outright = q.kind == Kind.CANCEL and bool(_CANCEL_WORD.search(q.evidence)) and not HELD_SOMEHOW.search(q.evidence)
    # "we have to cancel tomorrow's 9am ... Could we switch to video instead so we don't lose the session?"
    kept = any(_KEPT.search(x) for x in (*p.request.asked, *(x.evidence for x in p.request.questions)))
    return outright and not _FALLBACK.search(q.evidence) and not kept


_CANCEL_WORD = re.compile(r"\bcancel\w*|\bcancelar\b|\bpause\b|\btake\s+a\s+break\b", re.IGNORECASE)
_FALLBACK = re.compile(
    # "Could we switch it to video? If that doesn't work for some reason I guess I need to cancel": only if not
    r"\bif\s+(?:that|this|it|not|video|zoom)\b[^.!?]{0,60}\bcancel|\b(?:otherwise|failing\s+that)\b[^.!?]{0,40}\bcancel"
    # "I won't make it to the office in time, but Chidi can log on from home": the session goes ahead
    r"|\bmake\s+it\s+(?:in)?to\s+the\s+office\b[^.!?]{0,40}\bbut\b",
    re.IGNORECASE,
)
_KEPT = re.compile(
    # "switch today's 10am to video instead of cancelling?"
    r"\binstead\s+so\s+(?:we|i)\s+(?:don'?t|won'?t|wouldn'?t|do\s+not)\s+(?:lose|miss)\b|\binstead\s+of\s+cancel\w*",
    re.IGNORECASE,
)


def switch_asked(p: Answering) -> bool:
    """A client asks to hold a session another way ("could we do Thursday's session over video instead?"),
    in whichever sentence the reader took the question from."""
    said = [x.evidence for x in p.request.questions] + list(p.request.asked)
    # one sentence asks it: "I won't make it this Wednesday ... I'll reach out when I'm ready, probably by video at
    # first" (a question's evidence joined from two) pauses, with video for later, and switches nothing
    # and not the way back: "I'll email in October about getting back on the calendar, maybe by video for a while"
    return any(
        _SWITCH.search(one) and HELD_SOMEHOW.search(one) and not _THEY_WILL_WRITE.search(one)
        for x in said
        for one in re.split(r"(?<=[.!?])\s+", x)
    )


_HIS_SESSION = re.compile(r"\b(?:he|she)\s+(?:can'?t|won'?t\s+be\s+able\s+to)\s+(?:make|attend)\s+(his|her)\b", re.I)


def switched_instead(p: Answering) -> bool:
    """'could we do Thursday over video instead? I have a cold', 'if that doesn't work I'll cancel': a switch to
    another way of meeting, and nothing cancelled (the cancel answer and the policy answer both ask)."""
    asked = p.request.asks(Kind.CANCEL)
    return asked is not None and Kind.MODALITY in p.request.kinds and switch_asked(p) and not cancels_outright(p, asked)


def cancel(p: Answering, q: Question) -> None:
    if switched_instead(p):
        p.answered.add(q.kind)
        return
    hours, fee = p.practice.cancellation_hours, p.practice.cancellation_fee
    known = p.request.known
    scale = p.request.asks_for(Kind.PAYMENT, "sliding_scale")
    # (not "cancel my next two sessions (the 14th and 21st)": those named are cancelled, the rate is for after)
    named = _NAMED_SESSIONS.search(q.evidence)
    # ("pause through the holidays ... talk about the sliding scale for when I come back in January?": the pause stands)
    scale = scale and not any(SCALE_LATER.search(x) for x in p.request.asked)
    if scale and p.practice.sliding_scale and (known.ending or known.job_loss or known.news is not None) and not named:
        # "laid off, so I need to cancel ... Is there a reduced rate? If so I'd much rather keep coming": the rate
        # first (the payment paragraph offers it), nothing cancelled yet
        p.add(q.kind, "cancel_unless_scale")
        return
    # Someone cancelling because a child is in the ER hears sympathy, not the policy.
    # Nor does someone who asks to have the fee waived: they know the policy, and asked about it.
    remind = bool(known.session_soon and hours and not known.unwell and not known.ending)
    remind = remind and Kind.FEE_WAIVER not in p.request.kinds
    # "cancel my sessions", "please cancel next Thursday's too": more than one
    several = bool(
        re.search(
            r"\b(?:sessions|appointments|citas|sesiones|too|both|as\s+well|and\s+the\s+(?:following|next))\b"
            r"|\balso\s+the\s+one\b|\band\s+(?:also\s+)?(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b"
            # "cancel the next two Mondays"
            r"|\b(?:two|three|four|2|3|4)\s+(?:\w+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:next|both|all)\s+(?:\w+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
            r"|\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|:))",
            q.evidence,
            re.I,
        )
    )
    # "cancel Monday, same time next week?", "pick back up by video in March?": the way back is the answer
    moving = Kind.RESCHEDULE in p.request.kinds or (Kind.MODALITY in p.request.kinds and switch_asked(p))
    moving = moving or bool(_THEY_WILL_WRITE.search(q.evidence))  # "I'll reach out when I'm back": no link meanwhile
    # "I'll be on for next week as usual", "No need to reschedule, I'll see you the week after": nothing to book
    moving = moving or bool(KEEPS_NEXT.search(q.evidence)) or known.keeps_next
    # "I'm going to pause for July and August": a break with a return, not the end of their therapy
    # "cancel my standing Thursday through April 15 and pick back up April 22": a pause with its way back said
    resumes = said_with(p, q, RESUMES) and (several or said_with(p, q, _SPAN))
    resumes = resumes and not p.request.kinds & {Kind.MODALITY, Kind.RESCHEDULE}  # (the day back has its answer)
    # "can you hold my usual 5pm Thursday spot while I'm gone?": a pause, with its slot asked about
    hold = said_with(p, q, _HOLD_SLOT)
    pausing = (known.ending and said_with(p, q, _PAUSE)) or resumes or hold
    # "could we skip next week's session and pick back up on the 15th?": what stops, and when it starts again
    skipped, back = _SKIPPED.search(q.evidence), _BACK_ON.search(q.evidence)
    last = next((m for x in (q.evidence, *p.request.asked) if (m := LAST_ONE.search(x))), None)
    if Kind.RESCHEDULE in p.request.kinds:
        skipped = None  # "pick back up the week after at the usual time?": the move paragraph checks that time
    p.add(
        q.kind,
        "cancel",
        what=second_person(skipped.group("what")) if skipped and back else "",
        back=second_person(back.group("when").strip()) if skipped and back else "",
        remind=remind,
        hours=hours,
        fee=fee,
        unwell=known.unwell,
        ending=known.ending and not pausing,
        # "I'll update your upcoming sessions as you asked" only to someone who asked: not to a records request
        upcoming=said_with(p, q, _CANCELS),
        last=second_person(last.group("what") or last.group("when")) if last and known.ending else "",
        pausing=pausing,
        hold=hold,
        several=several,
        moving=moving,
        # "he can't make his Wednesday appointment": a wife writing for her husband, whose session it is
        whose=(m.group(1).lower() if (m := _HIS_SESSION.search(q.evidence)) else ""),
    )
    if known.session_soon and known.unwell and fee:
        # Waiving a fee is the practice's decision, never the draft's: the note asks, the draft promises nothing.
        p.staff.append(
            "they cancel at short notice because of illness or an emergency: decide whether the late-cancel fee applies"
        )


_SKIPPED = re.compile(
    r"\b(?:skip|cancel)\s+(?P<what>(?:next\s+week'?s|this\s+week'?s|our|my|the)\s+(?:[\w']+\s+){0,2}?(?:sessions?|appointments?))\b",
    re.IGNORECASE,
)
_BACK_ON = re.compile(
    # "pick back up in April once my schedule settles": the when, not the why (their words, not ours to repeat)
    r"\bpick\s+(?:it\s+|things\s+)?back\s+up\s+(?P<when>(?:on|in|the|after)\s+[^.?!,\n]{1,40}?)\s*"
    r"(?:[.?!,\n]|$|(?=\s+(?:once|when|if|because|as|so|since|after\s+(?:i|we|my|our|he|she|they))\b))",
    re.IGNORECASE,
)


_LATE_CANCEL = re.compile(r"\bcancel\w*|\blate\b|\bno[-\s]?show|\bfee\b|\bcargo\s+por|\bmulta\b", re.IGNORECASE)


def fee_waiver(p: Answering, q: Question) -> None:
    # sympathy once: the cancel paragraph gives it when they cancel because they are ill
    # "Is there any way the no-show fee could be waived?": the charge by their name for it
    said = (q.evidence, *p.request.asked, *(x.evidence for x in p.request.questions))
    missed = any(_MISSED.search(x) for x in said)
    # "I was told the first visit was free, then I see a $165 charge": no cancellation in it, so none named
    late = missed or Kind.CANCEL in p.request.kinds or any(_LATE_CANCEL.search(x) for x in said)
    sorry = p.request.known.unwell and Kind.CANCEL not in p.request.kinds
    p.add(q.kind, "fee_waiver", sorry=sorry, missed=missed, late=late)
    p.answered.add(Kind.BILLING)  # "waive or refund it?": the same charge, one answer


def not_theirs_yet(p: Answering, q: Question) -> bool:
    """A new person asking what only a client's account could answer ("can you split the billing between us?",
    "send proof of attendance to the court"): no account to look into; refused, nothing to do; else staff say."""
    if p.intent == Intent.CLIENT_REQUEST or p.request.known.existing_client:
        return False
    elsewhere = {n.service for n in p.practice.not_offered}
    if p.refused or elsewhere & set(find_services(q.evidence)):
        p.answered.add(q.kind)  # "court-ordered ... proof of attendance": the refusal answers it
    else:
        p.flag(q.kind, f'they ask: "{q.evidence[:120]}"')
    return True


def superbill(p: Answering, q: Question) -> None:
    new_person = p.intent != Intent.CLIENT_REQUEST  # "could you give me a superbill?" before any session: whether
    if p.practice.superbills and (new_person or _WHETHER_SUPERBILLS.search(q.evidence)):
        # "if not, can I get superbills?": whether we give them, going forward: yes, a fact, with nothing to send yet
        if Kind.INSURANCE in p.request.kinds:
            p.answered.add(q.kind)  # the out-of-network paragraph about their insurer says it
        else:
            p.add(q.kind, "superbill", whether=True)
        return
    # "never mind the superbill ... What I actually need is an itemized statement of all my 2026 payments for my FSA"
    # "Can you send a superbill?": what it is called, unless taken back ("never mind that part")
    named = any(re.search(r"super\s?bill", x, re.I) for x in (q.evidence, *p.request.asked) if not TAKEN_BACK.search(x))
    statement = not named and any(_STATEMENT.search(x) for x in (q.evidence, *p.request.asked))
    if p.practice.superbills or statement:
        p.add(q.kind, "superbill", statement=statement)
    else:
        p.flag(q.kind, "they ask for a superbill")


_STATEMENT = re.compile(r"\b(?:itemi[sz]ed\s+|payment\s+)?statement\b|\breceipts\b", re.IGNORECASE)
"""A statement of what they paid (for an FSA, taxes, a partner's records) is sent as asked, never called a superbill."""


def records(p: Answering, q: Question) -> None:
    # A letter for HR or a school is the therapist's to write (or not): promised to no one, passed on to them.
    said = " ".join((q.evidence, *p.request.asked))  # "a note confirming I have a standing appointment": a letter
    if not_theirs_yet(p, q):
        return
    # "copies of my therapy records for my attorney. Is there a form I need to sign?": records, whatever form is
    # named beside them; "the FMLA certification form (WH-380-E)" is a form to fill in, not a letter (readers marked it)
    letter_named = bool(_LETTER_WORD.search(said))
    letter = bool(_LETTER.search(said)) and (letter_named or not _RECORDS_NAMED.search(said))
    paper = "letter"
    # "could you write a letter ...? Also, did I fill out the consent form right?": a letter; the request's own words
    if not _LETTER_WORD.search(q.evidence) and (
        _FILL_IN.search(q.evidence) or (_A_FORM.search(said) and not letter_named)
    ):
        paper = "form"
    elif re.search(r"\bsummary\b", said, re.I):
        paper = "treatment summary"
    elif re.search(r"\b(?:send|fax)\s+(?:\w+\s+)?a\s+(?:short\s+|quick\s+|brief\s+)?note\b", said, re.I):
        paper = "note"  # "send her a note after our next session"
    p.add(q.kind, "records", letter=letter, paper=paper)
    if any(_COSTS.search(x) for x in p.request.asked):
        # "whether there's a charge for preparing something like that": no fact says, so staff do
        p.flag(Kind.FEES, f"they ask whether the {paper if letter else 'copy of their records'} costs anything")


_LETTER = re.compile(
    r"\bletter|\bfmla\b|\bforms?\b|paperwork|\b504\b|\bcarta\b|\bnote\s+(?:for|confirming|saying|stating)\b|\bsummary\b"
    r"|\bwrite\s+(?:something|a\s+few\s+lines|one|it\s+up)\b|\b(?:send|fax)\s+(?:\w+\s+)?a\s+(?:short\s+)?(?:note|update)\b",
    re.IGNORECASE,
)
_LETTER_WORD = re.compile(r"\bletter\b", re.IGNORECASE)
_RECORDS_NAMED = re.compile(
    r"\b(?:copy|copies)\s+of\s+(?:my|our|her|his|the)\s+(?:\w+\s+)?records\b|\btreatment\s+records\b"
    r"|(?<!for\s)\b(?:my|our|her|his)\s+records\b",
    re.I,
)
_A_FORM = re.compile(r"\bfmla\b|\bcertification\b", re.I)
_FILL_IN = re.compile(r"\bfill\s+(?:out|in)\b|\bcomplete\s+(?:it|the\s+form)\b", re.I)
_COSTS = re.compile(r"\b(?:charge|fee|cost|costs|pay\s+for)\b", re.IGNORECASE)


_WHETHER_SUPERBILLS = re.compile(
    r"\b(?:can|could|would|will)\s+(?:i|we)\s+(?:get|have|receive)\s+superbills\b|\bdo\s+you\s+(?:provide|give|offer|do)\s+superbills\b"
    r"|\b(?:would|will|could)\s+you\s+be\s+able\s+to\s+(?:provide|give|send)\s+(?:me\s+)?(?:a\s+)?superbills?\s+(?:each|every)\b",
    re.IGNORECASE,
)
"""'can I get superbills?' asks whether we give them, not for one to be sent now."""
