"""The eight inquiry labels, in the order reports and JSON use them."""

from __future__ import annotations

LABELS: tuple[str, ...] = (
    "insurance",
    "fees",
    "couples",
    "scheduling",
    "availability",
    "services",
    "crisis",
    "not_inquiry",
)

TOPICS: tuple[str, ...] = LABELS[:6]
"""Labels that map to a reply block; crisis and not_inquiry never do."""


def ordered(labels: set[str] | list[str] | tuple[str, ...]) -> list[str]:
    """Return labels in taxonomy order so output is stable and comparable."""
    chosen = set(labels)
    return [label for label in LABELS if label in chosen]
