"""Answers about who would see them: a therapist of a gender, faith or name they ask for, the languages of
sessions, and whether we see someone of their age."""

from __future__ import annotations

import re

from triage.core.answer_base import Answering
from triage.core.practice_facts import sees_age
from triage.core.reading.services import services_in
from triage.core.request import Intent, Kind, Question

_OWN_WISH = re.compile(
    r"\bi(?:'d|\s+would)?\s+(?:also\s+|really\s+|much\s+|strongly\s+)*(?:prefer|feel\s+more\s+comfortable)\b"
    r"(?!\s+(?:him|her|them|he|she|they|that\s+(?:he|she|they)|for\s+(?:him|her|them)|my|our|if\s+(?:he|she|they)))",
    re.IGNORECASE,
)


def therapist(p: Answering, q: Question) -> None:
    for value in q.values:
        if value in ("female", "male"):
            gender = "woman" if value == "female" else "man"
            known = [t for t in p.practice.therapists if t.gender]
            couples = [t for t in known if t.couples] if Kind.COUPLES in p.request.kinds else []
            if couples and not any(t.gender == gender for t in couples):
                # a couple asking for a woman: Dana sees no couples, so "Dana would be glad to see you" is untrue
                p.add(q.kind, "therapist_gender", names=[], gender=gender, couples=[t.name for t in couples])
                continue
            matching = [t.name for t in (couples or known) if t.gender == gender]
            speaks = [t for t in known if t.gender == gender and set(t.session_languages) - {"english"}]
            if speaks and not couples and _LANGUAGE_IS_THE_WISH.search(q.evidence):
                # "una terapeuta que hable español": the one who holds sessions in Spanish is a woman, and the
                # language answer names her; "since you'd prefer a woman" would put a wish in their mouth
                p.answered.add(q.kind)
                continue
            # "un terapeuta hombre que hable español": nobody is both, so say who is which, once, for both asks
            wanted = [v for x in p.request.questions if x.kind == Kind.LANGUAGE for v in x.values]
            speakers = [t.name for t in p.practice.therapists if wanted and wanted[0] in t.session_languages]
            if matching and speakers and not set(matching) & set(speakers):
                p.add(
                    q.kind,
                    "therapist_gender",
                    names=[],
                    gender=gender,
                    matching=matching,
                    speakers=speakers,
                    language=wanted[0],
                )
                p.answered.add(Kind.LANGUAGE)
                continue
            if matching:
                # "My husband is active duty ... I'd also really prefer a female therapist": her own wish, "you"
                own = bool(_OWN_WISH.search(q.evidence))
                p.add(q.kind, "therapist_gender", names=matching, gender=gender, own_wish=own)
            elif known and len(known) == len(p.practice.therapists):
                p.add(q.kind, "therapist_gender", names=[], gender=gender)
            else:
                p.flag(q.kind, f"they would like a therapist who is a {gender}")
        elif value in ("christian", "catholic", "jewish", "muslim", "lds", "mormon", "buddhist"):
            p.service(Question(Kind.SERVICE, ("faith-based",), q.evidence))
            p.answered.add(q.kind)
        elif value == "lgbtq":
            p.service(Question(Kind.SERVICE, ("lgbtq",), q.evidence))
            p.answered.add(q.kind)
        elif value.startswith("named:"):
            name = value.split(":", 1)[1]
            # "Dana" or "Dr. Okafor": a first name or a surname
            full = next((t.name for t in p.practice.therapists if name in _first_and_last(t.name)), None)
            if full:
                p.flag(q.kind, f"they would like to see {full} specifically: say whether {full} has room")
            else:
                p.flag(q.kind, f"they ask for {name.title()} by name, who is not on your list of therapists")
        elif value == "credentials":
            titled = [(t.name, t.credentials) for t in p.practice.therapists if t.credentials]
            if titled and len(titled) == len(p.practice.therapists):
                p.add(q.kind, "credentials", therapists=titled, states=list(p.practice.licensed_in))
                where = p.request.asks(Kind.LOCATION)
                licensed = {s.lower() for s in p.practice.licensed_in}
                if where is not None and where.values and set(where.values) <= licensed:
                    p.answered.add(Kind.LOCATION)  # "the license and whether it's Oregon": said with the credentials
            else:
                p.flag(q.kind, "they ask about your therapists' credentials")
        elif value == "poc":
            p.flag(q.kind, "they would like a therapist who is a person of color")
        elif value.startswith("fit:"):
            p.flag(q.kind, f'they would like a therapist who understands them: "{value[4:]}"')
        else:
            p.flag(q.kind, f"they would like a therapist who is {value}")


_LANGUAGE_IS_THE_WISH = re.compile(r"\buna\s+(?:terapeuta|psic[óo]loga|consejera)\s+que\s+(?:hable|habla|sepa)\b", re.I)


def language(p: Answering, q: Question) -> None:
    if q.kind in p.answered:
        return  # "un terapeuta hombre que hable español": the therapist answer said who holds sessions in Spanish
    if set(p.refusals) - {"service"}:
        # "we can't see a 12-year-old ... Dana Reyes atiende sesiones en español" reads as if we still could (a
        # service we don't offer leaves the rest: Dana's Spanish sessions may be what they take instead)
        p.answered.add(q.kind)
        return
    spoken = {lang for t in p.practice.therapists for lang in t.session_languages} | {"english"}
    couples = [t for t in p.practice.therapists if t.couples] if Kind.COUPLES in p.request.kinds else []
    unspoken: list[str] = []
    for value in q.values:
        who = [t.name for t in p.practice.therapists if value in t.session_languages]
        if who and couples and not any(value in t.session_languages for t in couples):
            # a couple asking for Spanish: Dana's Spanish is no answer when only Sam sees couples, in English
            theirs = {lang for t in couples for lang in t.session_languages} | {"english"}
            p.add(
                q.kind,
                "language",
                names=who,
                language=value,
                couples=[t.name for t in couples],
                couples_spoken=sorted(theirs, key=_english_first),
            )
            p.language_elsewhere = True  # what they asked for, couples work in their language, is not ours
        elif who:
            p.add(q.kind, "language", names=who, language=value)
        elif value == "asl":
            p.flag(q.kind, "they ask about ASL (a therapist who signs, or an interpreter)")
        else:
            unspoken.append(value)
    if unspoken:  # "Ukrainian or Russian": one no, naming both
        p.add(
            q.kind,
            "language",
            names=[],
            language=unspoken[0],
            others=unspoken[1:],
            spoken=sorted(spoken, key=_english_first),
            english_ok=p.request.known.english_ok and "english" in spoken,
        )
        # sessions they could follow are elsewhere: no booking pitch, though their other questions (insurance,
        # days) are still answered, since some choose English after all; unless they said English would do
        p.language_elsewhere = not p.request.known.english_ok


def _first_and_last(name: str) -> tuple[str, str]:
    words = name.lower().split() or [""]
    return words[0], words[-1]


def _english_first(lang: str) -> tuple[int, str]:
    return (0 if lang == "english" else 1, lang)


def age(p: Answering, q: Question) -> None:
    """Whether we see someone of the age asked about: a yes, or a no with where children are seen (and then no
    pitch), or a note to staff where the practice set no ages."""
    low, high = p.practice.min_age, p.practice.max_age
    value = q.values[0] if q.values else ""
    if p.intent == Intent.CLIENT_REQUEST and "?" not in q.evidence and not value.isdigit():
        # "I need to cancel tomorrow's 5pm, my kid has a fever": a client's child named, no one asked to be seen
        p.answered.add(q.kind)
        return
    age = int(value) if value.isdigit() else p.request.known.client_age
    if not low and not high:
        p.flag(q.kind, f"they ask whether you see {_age_words(value, age)}")
        return
    ages = [int(v) for v in q.values if v.isdigit()]
    if low and age is not None and age < low and _co_parenting_only(p):
        # "co-parenting counseling for my ex and me; our son is 8": the parents would be seen, not the child
        p.answered.add(q.kind)
        return
    if (
        len(ages) > 1
        and low
        and any(sees_age(p.practice, a) for a in ages)
        and not all(sees_age(p.practice, a) for a in ages)
    ):
        # "my son is 10 and my daughter is 14": the one we can see, and where the other is seen; nothing refused
        seen_ages = [a for a in ages if sees_age(p.practice, a)]
        unseen = [a for a in ages if not sees_age(p.practice, a)]
        referral = p.practice.young_referral if any(a < low for a in unseen) else ""
        p.add(
            q.kind,
            "age_split",
            seen=seen_ages,
            unseen=unseen,
            seen_years=[f"{a}-year-old" for a in seen_ages],
            unseen_years=[f"{a}-year-old" for a in unseen],
            min_age=low,
            max_age=high,
            referral=referral,
        )
        return
    seen: bool | None
    if age is not None:
        seen = sees_age(p.practice, age)
    elif value == "child":
        seen = False if low and low >= 12 else None
    elif value == "teen":
        seen = True if low and low <= 13 else None
    elif value == "older adult":
        seen = True if not high else None
    else:
        seen = None
    if seen is None:
        p.flag(q.kind, f"they ask whether you see {_age_words(value, age)}")
        return
    referral = p.practice.young_referral if not seen and age is not None and low and age < low else ""
    if not seen and age is None:
        referral = p.practice.young_referral
    older = value == "older adult"
    # "Bella is 12 but turns 13 on October 9th. Could she get on your list now?": a start, not a refusal
    turning = bool(
        not seen
        and low
        and age == low - 1
        # "turns 13 on October 9th", "12 (13 in November)", "will be 13 next month"
        and any(
            re.search(
                rf"\bturn(?:s|ing)\s+{low}\b|\(\s*{low}\s+(?:in|on|by|next)\b|\bwill\s+be\s+{low}\b|\balmost\s+{low}\b",
                x,
                re.I,
            )
            for x in (q.evidence, *p.request.asked)
        )
    )
    if turning:
        referral = ""
        p.staff.append(f"they turn {low} soon: say when they can start (or whether you'd see them a little early)")
    # "our two grandchildren (ages 6 and 9)": both named in the no, not only the first
    several = [str(a) for a in ages] if not seen and len(ages) > 1 and not turning else []
    p.add(
        q.kind,
        "age",
        seen=seen,
        age=age,
        several=several,
        min_age=low,
        max_age=high,
        referral=referral,
        older=older,
        turning=turning,
    )
    if not seen and not turning:
        p.refuse("age")  # days, times and booking would only raise hopes we cannot meet
    # turning 13 soon: the logistics they asked about (afternoons, their insurer) are answered for when she can start


def _age_words(value: str, age: int | None) -> str:
    if age is not None:
        return f"a {age}-year-old"
    return {"child": "a young child", "teen": "a teenager", "older adult": "an older adult"}.get(value, "this age")


_JOINT_SESSION = re.compile(
    r"\b(?:my|the)\s+(?:usual|regular|normal|individual)\s+(?:rate|fee)\b|\bjoint\s+session\b"
    r"|\bcome\s+in\s+(?:with\s+me\s+)?for\s+(?:one|a)\s+(?:session|visit)\b|\bjoin\s+(?:me|us)\s+(?:for\s+)?(?:one|a)\s+session\b",
    re.IGNORECASE,
)
"""'Would that be billed at the couples rate, or my usual rate?': one session of their own, with a partner in it."""


_ON_MY_OWN = re.compile(
    r"\b(?:come|start|see\s+(?:someone|you|a\s+therapist))\s+(?:in\s+)?(?:on\s+my\s+own|by\s+myself|alone|individually|solo)\b"
    r"|\bor\s+just\s+me\b|\bsee\s+someone\s+individually\b|\bindividual\s+(?:sessions?|therapy|counsel\w*)\s+(?:first|for\s+me)\b"
    r"|\b(?:on\s+my\s+own|by\s+myself)\s+first\b",
    re.IGNORECASE,
)
"""'Could I come on my own first?': someone in a couple who would start alone hears what that costs."""


def couples(p: Answering, q: Question) -> None:
    """Couples work, or what a client's joint session costs (theirs to say), or where couples are seen instead."""
    not_offered = {n.service: n for n in p.practice.not_offered}
    services = {v for x in p.request.questions if x.kind == Kind.SERVICE for v in x.values}
    if "co-parenting" in services and "co-parenting" not in services_in(
        (*p.practice.services, *p.practice.populations)
    ):
        p.answered.add(q.kind)  # parents apart are not a couple: the co-parenting answer (or staff) is theirs
        return
    joint = any(_JOINT_SESSION.search(x) for x in (q.evidence, *p.request.asked))
    if p.intent == Intent.CLIENT_REQUEST and Kind.FEES in p.request.kinds and joint:
        # "he's agreed to come in for one session with us: couples rate or my usual rate?": their own sessions
        p.flag(q.kind, "a client asks how a joint session with their partner would be billed")
        p.answered.add(Kind.FEES)
        return
    if p.practice.couples_therapist:
        # "Could I come on my own first?", "can both of us come or just me": individual sessions and their fee too
        alone = any(_ON_MY_OWN.search(x) for x in (q.evidence, *p.request.asked))
        p.add(q.kind, "couples", fee=p.practice.couples_fee or p.practice.fee, alone=p.practice.fee if alone else 0)
    elif "couples" in not_offered:
        p.add(q.kind, "not_offered", names=["couples therapy"], referral=not_offered["couples"].referral)
    else:
        p.flag(q.kind, "they ask about couples therapy")


def _co_parenting_only(p: Answering) -> bool:
    """Co-parenting sessions are what they ask for, and nothing says the child is to be seen."""
    services = [v for q in p.request.questions if q.kind == Kind.SERVICE for v in q.values]
    said = (*p.request.asked, *(q.evidence for q in p.request.questions))
    return "co-parenting" in services and not any(_CHILD_SEEN.search(x) for x in said)


_CHILD_SEEN = re.compile(
    r"\b(?:see|seeing|counsel\w*|therapy\s+for|therapist\s+for|work\s+with|someone\s+for|help\s+for|support\s+for)\s+"
    r"(?:him|her|them|(?:our|my)\s+(?:son|daughter|kid|child|boy|girl))\b",
    re.IGNORECASE,
)
