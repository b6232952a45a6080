"""What an e-mail address looks like inside a message's words: one pattern for every reader that looks for one
(a form's Email field, "please reply to my personal email, ...", a forwarded header, text the model normalises)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


PERSONAL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "fastmail.com",
        "hey.com",
        "gmx.com",
        "mail.com",
        "comcast.net",
    }
)
"""Where people keep their own mail: a message from one of these is a person's, not an office's or a mailer's."""


def personal_address(address: str | None) -> bool:
    return bool(address) and str(address).rsplit("@", 1)[-1].lower() in PERSONAL_DOMAINS
