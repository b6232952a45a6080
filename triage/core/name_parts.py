"""The parts a first name is taken from: one name word, cleaned and checked, and the first name of a full name as a
From line or a signature writes it ("Dr. Paul Adeyemi", "Lopez, Maria", "Margaret (Peggy) Olsen")."""

from __future__ import annotations

import re

from triage.core.name_words import COMPOUND_FIRST, COMPOUND_SECOND, NOT_NAMES, TITLES
from triage.core.organisation_words import ORGANISATION

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
MAX_NAME = 40
"""No first name is longer; a longer "name" is a run-on word or an attack on the store's columns."""


def clean_name(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip(" ,.;:!\"'()<>")
    if (
        not word
        or len(word) < 2
        or len(word) > MAX_NAME
        or word.lower() in NOT_NAMES
        or not _NAME_WORD.match(word)
        or not word[0].isupper()
    ):
        return None
    if len(word) > 1 and word.isupper():
        return None  # an acronym or a shouted word, not a name
    return word


def first_of(full: str | None) -> str | None:
    """First word of a display name, skipping titles; 'Dana & Paul Reiner' gives Dana."""
    if not full or "@" in full:
        return None
    full = re.sub(r"^[A-Za-z ]{3,30}:\s*", "", full.strip())  # "Referring provider: Samuel Ortiz-Bauer"
    nickname = re.match(r"^[^\W\d_]+\s+\(([^\W\d_]+)\)", full)
    if nickname and clean_name(nickname.group(1)):
        return clean_name(nickname.group(1))  # "Margaret (Peggy) Olsen" goes by Peggy
    if "," in full and not full.split(",")[1].strip().isupper():
        last, _, given = full.partition(",")  # "Lopez, Maria"
        # "Lopez, Maria" is surname first; "Daryl Simmons, School Counselor": the name is before the title
        full = given if given.strip() and len(last.split()) == 1 else last
    pair = re.fullmatch(r"([A-Z][a-z]+)\s*(?:&|and|\+)\s*[A-Z][a-z]+", full)
    if pair and clean_name(pair.group(1)):
        return pair.group(1)  # "Hannah & Luis" signed by a couple: not "Smith & Co" (the other signer joins later)
    if any(w.lower().strip(".,") in ORGANISATION for w in full.split()):
        return None  # "Northeast Family Clinic"
    words = [w for w in re.split(r"[\s&/|+]+", full) if w]
    if len(words) == 2 and words[0].lower().strip(".") in _COURTESY:
        return None  # "Mrs. Ortega": a surname behind the title, no first name to greet
    for k, word in enumerate(words):
        if word.lower().strip(".") in TITLES:
            continue
        first = clean_name(word)
        if first and k + 1 < len(words) and first.lower() in COMPOUND_FIRST:
            second = clean_name(words[k + 1])
            if second and second.lower() in COMPOUND_SECOND:
                return f"{first} {second}"  # "Mary Beth", "Ana Lucía": one first name in two words
        return first
    return None


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "sra", "sr", "srta"})
