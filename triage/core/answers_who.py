"""Answers about who would see them: a therapist of a gender, faith or name they ask for, and the languages of
sessions."""

from __future__ import annotations

from triage.core.answer_base import Answering
from triage.core.request import Kind, Question


def therapist(p: Answering, q: Question) -> None:
    for value in q.values:
        if value in ("female", "male"):
            gender = "woman" if value == "female" else "man"
            known = [t for t in p.practice.therapists if t.gender]
            matching = [t.name for t in known if t.gender == gender]
            if matching:
                p.add(q.kind, "therapist_gender", names=matching, gender=gender)
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
        elif value == "poc":
            p.flag(q.kind, "they would like a therapist who is a person of color")
        else:
            p.flag(q.kind, f"they would like a therapist who is {value}")


def language(p: Answering, q: Question) -> None:
    spoken = {lang for t in p.practice.therapists for lang in t.session_languages} | {"english"}
    for value in q.values:
        who = [t.name for t in p.practice.therapists if value in t.session_languages]
        if who:
            p.add(q.kind, "language", names=who, language=value)
        elif value == "asl":
            p.flag(q.kind, "they ask about ASL (a therapist who signs, or an interpreter)")
        else:
            p.add(q.kind, "language", names=[], language=value, spoken=sorted(spoken, key=_english_first))
            # sessions they could follow are elsewhere: no booking pitch, though their other questions (insurance,
            # days) are still answered, since some choose English after all
            p.language_elsewhere = True


def _first_and_last(name: str) -> tuple[str, str]:
    words = name.lower().split() or [""]
    return words[0], words[-1]


def _english_first(lang: str) -> tuple[int, str]:
    return (0 if lang == "english" else 1, lang)
