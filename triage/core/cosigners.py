"""Others who sign beside the writer ("Ben & Hope Adeyemi", "Tam, Oskar & Lee"): a reply greets them all, since
strict readers marked "Hi Ben," to a couple who signed together as cold."""

from __future__ import annotations

import re

from triage.core.model import Inquiry
from triage.core.name_words import NOT_NAMES

_SIGNED_TOGETHER = re.compile(
    r"^([A-Z][\w'’-]+)((?:\s*,\s*[A-Z][\w'’-]+)*\s*(?:&|\+|\band\b|\by\b|\(and)\s*[A-Z][\w'’-]+)\)?(?:\s+[A-Z][\w'’-]+)?$"
)


_NOT_SIGNERS = frozenset({"Family", "Familia", "Kids", "Team", "Crew", "Co", "Company", "Staff", "Associates", "Sons"})


def with_cosigners(name: str | None, inquiry: Inquiry) -> str | None:
    """The name to greet, with whoever signed the last line beside them ("Aiyana (and Derek)": "Aiyana and Derek").
    With no name found, a display name of two ("Ana & Luis Castillo") signed "Ana and Luis" gives one."""
    last = ((inquiry.signature or inquiry.text or "").strip().splitlines() or [""])[-1].strip().lstrip("-—~ ")
    signed = _SIGNED_TOGETHER.match(last)
    if signed is None:
        return name
    shown = inquiry.sender_name or ""
    if name is None and "&" in shown and signed.group(1) in shown:
        name = signed.group(1)
    if name is None or signed.group(1) != name:
        return name
    others = [n for n in re.findall(r"[A-Z][\w'’-]+", signed.group(2)) if n not in NOT_NAMES and n not in _NOT_SIGNERS]
    others = others[: 3 if "," in last else 1]
    if not others:
        return name
    names = [name, *others]
    word = "y" if re.search(r"\sy\s", last) else "and"
    return f"{', '.join(names[:-1])} {word} {names[-1]}"
