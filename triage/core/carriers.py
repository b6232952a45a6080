"""Insurance carriers: the many ways people name them, mapped to one canonical name."""

from __future__ import annotations

import re
from functools import lru_cache

from triage.core.prefilter import Gate, Guarded

# Canonical name -> patterns people write. Order matters: more specific plans come first
# (Medicare Advantage through a carrier is still that carrier, "Blue Cross" beats "Cross").
CARRIERS: tuple[tuple[str, str], ...] = (
    ("Kaiser Permanente", r"kaiser(\s+permanente)?"),
    (
        "Blue Cross Blue Shield",
        r"blue\s*cross|blue\s*shield|\bbcbs\w*|\bbc\s?bs\b|anthem|regence|premera|"
        r"highmark|carefirst|wellmark|florida\s+blue|excellus|\bbcbs?\b|cruz\s+azul",
    ),
    (
        "UnitedHealthcare",
        r"united\s*health\s*care(?!\s+community\s+plan)|unitedhealth(?!\s*care\s+community\s+plan)|\buhc\b(?!\s+community)|\boptum\b(?!\s*/\s*triwest)|"
        r"united\s+behavioral|\bunited\b(?=\s+(insurance|plan|ppo|hmo|through|via|for|and|or)\b|\s*[?.!,]|\s*$)",
    ),
    # "Aetna Better Health of Oregon" is a Medicaid plan (below), not the Aetna the practice is in network with
    ("Aetna", r"aetna(?!\s+better\s+health)|aenta|atena\b"),
    ("Cigna", r"cigna|cinga|evernorth"),
    (
        "Medicaid",
        r"medicaid|medicade|medi-cal\b|\bohp\b|oregon\s+health\s+plan|molina|careoregon|care\s+oregon|"
        r"apple\s+health|masshealth|trillium|health\s+share\s+of\s+oregon|healthshare|amerigroup|aetna\s+better\s+health|"
        r"community\s+plan\b",
    ),
    ("Medicare", r"medicare"),
    ("Humana", r"humana"),
    ("Tricare", r"tri-?care|tri\s+care"),
    ("Oscar", r"\boscar(\s+health)?\b(?=.{0,40}(insurance|plan|health|coverage|network|\?))"),
    ("Ambetter", r"ambetter"),
    ("PacificSource", r"pacific\s*source"),
    (
        "Providence",
        r"providence(\s+health)?(\s+plan)?(?=.{0,30}(insurance|plan|coverage|network|\?|through))"
        # "would Providence cover regular therapy with you?"
        r"|\b(would|will|does|do|can)\s+(my\s+)?providence(\s+health)?(\s+plan)?\s+(cover|pay|reimburse)"
        # "My insurance is Providence.", "I have Providence"
        r"|\b(insurance|coverage|plan|carrier)\s+is\s+providence\b|\b(i|we)\s+have\s+providence\b(?!'s)",
    ),
    ("Moda", r"\bmoda\b(\s+health)?"),
    ("Magellan", r"magellan"),
    ("Beacon", r"\bbeacon\s+health"),
    ("Harvard Pilgrim", r"harvard\s+pilgrim"),
    ("Tufts", r"\btufts\s+health"),
    ("Carelon", r"carelon"),
)

# Case-sensitive on lower-cased text, so re can search for the literal prefixes quickly.
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in CARRIERS)
# "I work for Cigna", "my husband is a Humana rep": an employer, not a plan.
_EMPLOYER = re.compile(r"\b(work|works|worked|working|employed|trabajo)\s+(for|at|en|para)\s+$", re.IGNORECASE)
_MEDICARE_ADVANTAGE = re.compile(r"medicare\s+advantage", re.IGNORECASE)


def carriers_in(text: str, can: frozenset[int] | None = None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The carriers a text names anywhere: its sentences need only be searched for these. `can`: the ids of the
    patterns a prefix index says could match this text (`PATTERNS` behind it), so the others are not searched."""
    low = text.lower()
    return tuple(
        (name, pattern) for name, pattern in _COMPILED if (can is None or id(pattern) in can) and pattern.search(low)
    )


PATTERNS = tuple(pattern for _, pattern in _COMPILED)
"""Every carrier's pattern, for a reader's prefix index (case-sensitive, for lower-cased text)."""
_GATE = Gate(PATTERNS)


@lru_cache(maxsize=4)
def find_carrier(text: str, among: tuple[tuple[str, re.Pattern[str]], ...] | None = None) -> str | None:
    """The carrier the person names first; None when none is named (an EAP alone names none).

    `among`: the carriers the whole message names (`carriers_in`), when reading it sentence by sentence."""
    text = text.lower()
    if among is None:  # only the carriers the prefix index finds in the text are searched for where they are
        can = _GATE.possible(text)
        among = tuple((name, pattern) for name, pattern in _COMPILED if id(pattern) in can)
    best: tuple[int, str] | None = None
    for name, pattern in among:
        for match in pattern.finditer(text):
            if _EMPLOYER.search(text[max(0, match.start() - 20) : match.start()]):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), name)
            break
    if best is None:
        return None
    if best[1] == "Medicare" and _MEDICARE_ADVANTAGE.search(text):
        # A Medicare Advantage plan is run by a carrier; if they named it, that is who we bill.
        others = [name for name, pattern in _COMPILED if name != "Medicare" and pattern.search(text)]
        if others:
            return others[0]
    return best[1]


_SELF_PAY_RE = re.compile(
    r"self[-\s]?pay|out\s+of\s+pocket|pay\s+(in\s+)?cash|cash\s+pay|pay\s+privately|pagar\s+en\s+efectivo|"
    r"(won't|will\s+not|don't\s+want\s+to|not)\s+(be\s+)?us(e|ing)\s+(my\s+|our\s+)?insurance|already\s+"
    r"(confirmed|reimbursed|verified|approved)|sin\s+usar\s+el\s+seguro|particular",
    re.IGNORECASE,
)
_SELF_PAY = Guarded(_SELF_PAY_RE)


def names_own_carrier(text: str) -> bool:
    """Naming their insurer ("we have OHP") is asking whether we take it, unless they say they will self-pay."""
    return find_carrier(text) is not None and not _SELF_PAY.search(text)
