"""The funnel's stages in the practice's own words, and the only moves between them.

lead (first inquiry) → prospect (asked for an appointment) → booked → client. Forward only; `cancelled` is
a booked person whose appointment was cancelled, `lost` can be set from any stage before client, and a lost
contact who writes again is re-opened where they were. A client never goes back. The dated milestones behind
these moves, and what each source of facts may do, are in triage.core.milestones.
"""

from __future__ import annotations

ORDER = ("lead", "prospect", "booked", "client")
STAGES = (*ORDER, "cancelled", "lost")


class StageError(Exception):
    """A move the funnel does not allow; the message says why in words staff use."""


def check_move(current: str, target: str, *, before_lost: str | None = None) -> str:
    """The stage a contact ends at, or StageError. Re-opening a lost contact returns the stage they had."""
    from datetime import UTC, datetime

    from triage.core.kinds import Stage
    from triage.core.milestones import Journey, to_stage

    if target not in STAGES:
        raise StageError(f"unknown stage {target!r} (lead, prospect, booked, client, cancelled or lost)")
    journey = Journey(stage=Stage(current), before_lost=Stage(before_lost) if before_lost else None)
    after, _ = to_stage(journey, target, datetime.now(UTC))
    return str(after.stage)
