"""What an e-mail address looks like inside a message's words: one pattern for every reader that looks for one
(a form's Email field, "please reply to my personal email, ...", a forwarded header, text the model normalises)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
