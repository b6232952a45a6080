"""What the practice's configuration says about one person's case: their insurer's network status, the days
offered, who sees couples. Pure lookups, shared by the planner and the composer."""

from __future__ import annotations

from triage.config import DAYS, Practice, Therapist, plan_brands, plan_name

PUBLIC_PLANS = frozenset({"medicaid", "medicare"})
"""Plans a practice outside their network cannot bill or hand a superbill for: the answer is self-pay."""


def carrier_status(practice: Practice, carrier: str | None, brand: str | None = None) -> str:
    """ "in_network" | "confirm" (a plan of an in-network family the config does not name: staff check it) |
    "public" (Medicaid/Medicare we don't take) | "out_of_network" | "unknown" (none named)."""
    if not carrier:
        return "unknown"
    name = carrier.casefold()
    for entry in practice.in_network:
        if plan_name(entry).casefold() == name:
            brands = plan_brands(entry)
            if brands and (not brand or brand.casefold() not in brands):
                # In network with Regence says nothing about Anthem, nor about "Blue Cross" with no plan named.
                return "confirm"
            return "in_network"
    if name in PUBLIC_PLANS:
        return "public"
    return "out_of_network"


def offered_days(practice: Practice) -> list[str]:
    return [d for d in DAYS if d in practice.days_offered]


def couples_therapist(practice: Practice) -> Therapist | None:
    """The listed therapist `couples_therapist` names ("Sam Okafor, LMFT" is Sam Okafor), if any."""
    named = practice.couples_therapist.casefold()
    for therapist in practice.therapists:
        if named and therapist.name and named.startswith(therapist.name.casefold()):
            return therapist
    return None
