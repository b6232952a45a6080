"""Loop-guard facts from headers: the machine-sent mail that must never get an automatic answer."""

from __future__ import annotations

import re
from collections.abc import Callable

from triage.core.model import LoopFacts

_NOREPLY = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply[-_.].*|.*[-_.]noreply|mailer[-_.]daemon|"
    r"postmaster|bounces?|bounce[-+].*|notifications?|alerts?|auto[-_.]?confirm|daemon)$",
    re.IGNORECASE,
)


def is_noreply(address: str | None) -> bool:
    """True for addresses that by convention nobody reads (noreply@, mailer-daemon@, bounce@...)."""
    if not address or "@" not in address:
        return False
    return bool(_NOREPLY.match(address.split("@", 1)[0]))


def loop_facts(get: Callable[[str], str], sender_email: str | None, is_form: bool) -> LoopFacts:
    """Collect RFC 3834 and bulk-mail signals; a known form service's no-reply address is not one."""
    auto = get("auto-submitted").strip().lower()
    precedence = get("precedence").strip().lower()
    return_path = get("return-path").strip()
    sender_local = (sender_email or "").split("@", 1)[0].lower()
    null_sender = return_path.replace(" ", "") == "<>" or sender_local in ("mailer-daemon", "postmaster")
    return LoopFacts(
        auto_submitted=auto if auto and auto != "no" else None,
        precedence=precedence if precedence in ("bulk", "list", "junk", "auto_reply") else None,
        list_id=get("list-id") or None,
        list_unsubscribe=bool(get("list-unsubscribe")),
        x_autoreply=bool(get("x-autoreply") or get("x-autorespond")),
        auto_response_suppress=bool(get("x-auto-response-suppress")),
        null_sender=null_sender,
        noreply_sender=(not is_form) and is_noreply(sender_email),
    )
