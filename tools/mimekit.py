"""MIME by hand, shared by the two message builders (tools/build_samples.py for the demo's inbox,
tests/fixtures/mail/build_fixtures.py for the test fixtures): assembling raw bytes with chosen line endings,
transfer encodings, RFC 2047 encoded words and format=flowed text, the seeded random stream both draw their
Message-IDs and boundaries from (a builder seeds it once, so its output is the same bytes on every run), and the
words of the records they write beside the messages.
"""

from __future__ import annotations

import base64
import quopri
import random
import textwrap

CRLF, LF = "crlf", "lf"
# The words of the records both builders write beside the messages (expected.jsonl): docs/labels.md.
LABELS = ["insurance", "fees", "couples", "scheduling", "availability", "services", "crisis", "not_inquiry"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RNG = random.Random()
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def asm(*chunks: str | bytes, eol: str = CRLF) -> bytes:
    """Join str (ASCII) and bytes chunks and normalise every line ending to eol."""
    out = b"".join(c.encode("ascii") if isinstance(c, str) else c for c in chunks)
    out = out.replace(b"\r\n", b"\n")
    return out.replace(b"\n", b"\r\n") if eol == CRLF else out


def rnd(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexs(n: int, upper: bool = False) -> str:
    return rnd(n, "0123456789ABCDEF" if upper else "0123456789abcdef")


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def ew_q(s: str, cs: str = "utf-8", q: str = "q") -> str:
    """RFC 2047 Q-encoded word(s), folded so no word passes 75 characters ("q" or "Q", as the client writes it)."""
    words, cur = [], ""
    for ch in s:
        enc = ""
        for byte in ch.encode(cs):
            c = chr(byte)
            if c.isascii() and (c.isalnum() or c in "!*+-/"):
                enc += c
            elif c == " ":
                enc += "_"
            else:
                enc += f"={byte:02X}"
        if len(cur) + len(enc) > 75 - len(cs) - 7:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\n ".join(f"=?{cs}?{q}?{w}?=" for w in words)


def ew_b(s: str, cs: str = "utf-8", b: str = "b") -> str:
    """An RFC 2047 B-encoded word ("b" or "B", as the client writes it)."""
    return f"=?{cs}?{b}?{base64.b64encode(s.encode(cs)).decode('ascii')}?="


def flowed(text: str, width: int = 72) -> str:
    """format=flowed (RFC 3676): soft breaks end in a space; quoted lines are left as they are."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)
