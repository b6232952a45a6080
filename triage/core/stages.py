"""The funnel's stages in the practice's own words, and the only moves between them.

lead (first inquiry) → prospect (asked to book or booked an intake) → client (intake done). Forward only;
`lost` can be set from lead or prospect, and a lost contact who writes again is re-opened where they were.
A client never goes back.
"""

from __future__ import annotations

ORDER = ("lead", "prospect", "client")
STAGES = (*ORDER, "lost")


class StageError(Exception):
    """A move the funnel does not allow; the message says why in words staff use."""


def check_move(current: str, target: str, *, before_lost: str | None = None) -> str:
    """The stage a contact ends at, or StageError. Re-opening a lost contact returns the stage they had."""
    if target not in STAGES:
        raise StageError(f"unknown stage {target!r} (lead, prospect, client or lost)")
    if current == target:
        return current
    if target == "lost":
        if current == "client":
            raise StageError("a client cannot be marked lost; clients stay clients")
        return "lost"
    if current == "lost":
        reopened = before_lost or "lead"
        if ORDER.index(target) < ORDER.index(reopened):
            raise StageError(f"this contact was a {reopened} before being lost; stages only move forward")
        return target
    if ORDER.index(target) < ORDER.index(current):
        raise StageError(f"cannot move a {current} back to {target}: stages only move forward")
    return target
