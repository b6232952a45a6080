"""MIME decoding: raw bytes to readable headers and body text, whatever charset the sender's client claimed."""

from __future__ import annotations

import email
import email.header
import email.message
import email.policy
import email.utils
import re
from dataclasses import dataclass, field

import charset_normalizer
from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

_HTML_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=False, display_images=False)

# Labels that mail clients use for Windows-1252 while saying something else (the WHATWG rule).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
}


class Unreadable(Exception):
    """Raised when a message holds nothing a person could read; becomes a quarantine reason."""


ADDRESS_HEADERS = ("from", "sender", "reply-to")
"""Headers whose address must be read from the header's structure, before any encoded-word is decoded."""

MAX_ADDRESS = 254
"""RFC 5321's limit on a path (256 with the angle brackets): anything longer cannot be answered."""


@dataclass(frozen=True)
class Decoded:
    """A message's headers (decoded to str) and its best body text."""

    headers: dict[str, str]
    text: str
    html: bool
    defects: tuple[str, ...]
    raw_addresses: dict[str, str] = field(default_factory=dict)
    """From/Sender/Reply-To as they arrived (8-bit bytes made text, encoded-words left alone)."""

    def get(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def address(self, name: str) -> tuple[str | None, str | None]:
        """The display name and address of an address header, parsed from its structure."""
        return parse_address(self.raw_addresses.get(name.lower(), ""))


def decode_bytes(data: bytes, declared: str | None) -> str:
    """Decode a body part; UTF-8 wins when the bytes are valid UTF-8, since mislabelled UTF-8 is common."""
    if not data:
        return ""
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    label = (declared or "").strip().strip('"').lower()
    codec = _CHARSET_ALIASES.get(label, label)
    if codec and codec not in ("utf-8", "utf8"):
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _header_text(raw: object) -> str:
    """Decode RFC 2047 words and raw 8-bit header bytes (smuggled through as surrogates by the parser)."""
    value = str(raw)
    if value.isascii() and "=?" not in value:
        return " ".join(value.split())
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        value = decode_bytes(value.encode("ascii", "surrogateescape"), None)
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return " ".join(value.split())
    try:
        text = str(email.header.make_header(chunks))
    except (LookupError, UnicodeError):
        text = "".join(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk for chunk, charset in chunks)
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    """Render HTML as a person would read it (paragraphs, line breaks, table cells kept apart)."""
    html = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", html)
    try:
        text = get_text(html, _HTML_CONFIG)
    except Exception:
        text = re.sub(r"<[^>]+>", " ", html)
    lines = [line.rstrip() for line in text.replace("\xa0", " ").splitlines()]
    return "\n".join(lines).strip()


def _part_text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return decode_bytes(payload, part.get_content_charset())


def _body(msg: email.message.Message) -> tuple[str, bool]:
    """Pick the text/plain part if there is one, else the HTML one rendered as text."""
    plain: list[str] = []
    html: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = (part.get("Content-Disposition") or "").lower()
        if disposition.startswith("attachment"):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))
    if any(p.strip() for p in plain):
        return "\n".join(plain), False
    if html:
        return "\n".join(html_to_text(h) for h in html), True
    if not msg.is_multipart() and msg.get_content_maintype() in ("text", ""):
        return _part_text(msg), False
    return _salvage(msg)


_MIME_LINE = re.compile(r"^(--\S+|content-[\w-]+:.*|\s+(boundary|charset|name|filename)=.*|mime-version:.*)$", re.I)


def _salvage(msg: email.message.Message) -> tuple[str, bool]:
    """A broken multipart (no boundary parameter) still carries readable text: drop the MIME scaffolding."""
    payload = msg.get_payload()
    if not isinstance(payload, str):
        return "", False
    raw = payload.encode("ascii", "surrogateescape")
    text = decode_bytes(raw, None)
    kept = [line for line in text.replace("\r\n", "\n").split("\n") if not _MIME_LINE.match(line)]
    text = "\n".join(kept).strip()
    if re.search(r"<(html|body|div|p)\b", text, re.I):
        plain_end = re.search(r"<(html|!doctype)", text, re.I)
        if plain_end and text[: plain_end.start()].strip():
            return text[: plain_end.start()].strip(), False
        return html_to_text(text), True
    return text, False


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > len(sample) * 0.05


def decode_message(data: bytes) -> Decoded:
    """Turn raw bytes into headers and text; raises Unreadable with a reason a person understands."""
    if not data or not data.strip():
        raise Unreadable("empty message")
    if _looks_binary(data):
        raise Unreadable("binary data, not an e-mail message")
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    headers: dict[str, str] = {}
    raw_addresses: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key not in headers:
            headers[key] = _header_text(value)
            if key in ADDRESS_HEADERS:
                raw_addresses[key] = _raw_text(value)
    if not any(k in headers for k in ("from", "sender", "reply-to", "return-path")):
        raise Unreadable("no sender header (From/Sender/Reply-To): not an RFC 5322 message")
    text, is_html = _body(msg)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    defects = tuple(sorted({type(d).__name__ for part in msg.walk() for d in part.defects}))
    if not text.strip() and not headers.get("subject"):
        raise Unreadable("no readable text in any part")
    return Decoded(headers=headers, text=text, html=is_html, defects=defects, raw_addresses=raw_addresses)


def _raw_text(raw: object) -> str:
    """A header value as text without decoding encoded-words: raw UTF-8 (RFC 6532) becomes its characters."""
    value = str(raw)
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return " ".join(value.split())


_ADDRESS_IN_NAME = re.compile(r"<[^<>]*>|\S+@\S+")
_BAD_IN_ADDRESS = re.compile(r"[\s<>()\[\],;:\\\"\x00-\x1f\x7f]")


_TRAILING_ANGLE = re.compile(r"<\s*([^<>\s]+)\s*>\s*$")


def parse_address(value: str) -> tuple[str | None, str | None]:
    """Split 'Name <addr>' into a display name and a lower-cased address (None where absent or unusable).

    The address comes from the header's structure, the display name is decoded only afterwards: a name like
    `=?utf-8?q?Ann_=3Cvictim@x.example=3E?=` must never become the address a reply goes to. Address-like text
    left in a decoded name is dropped too, so an alert or a greeting cannot name somebody else's address.
    """
    if not value:
        return None, None
    angle = _TRAILING_ANGLE.search(value)
    if angle:  # the usual "Name <addr>": the address is what the angle brackets close the header with
        name, raw_addr = value[: angle.start()], angle.group(1)
    else:  # a bare address, perhaps with a comment: the standard library's structural parser
        try:
            found = email.policy.default.header_factory("from", value).addresses
        except Exception:
            found = ()
        if not found:
            return None, None
        raw_addr = found[0].addr_spec
        comment_name, comment_addr = email.utils.parseaddr(value)  # "addr (Name)": the comment is the name
        name = comment_name if comment_addr == raw_addr else ""
    shown = _ADDRESS_IN_NAME.sub(" ", _header_text(name.strip())) if name.strip() else ""
    shown = " ".join(shown.split()).strip().strip('"').strip()
    return (shown or None), usable_address(raw_addr)


def usable_address(raw: str) -> str | None:
    """A lower-cased address a reply can go to, or None: one @, both halves there, no spaces or controls, and
    no longer than SMTP allows. Non-ASCII (RFC 6531) addresses are kept: they are answered where servers allow."""
    addr = raw.strip().lower()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or "." not in domain.strip("."):
        return None
    if len(addr) > MAX_ADDRESS or len(local) > 64 or _BAD_IN_ADDRESS.search(addr) or "@" in local.strip('"'):
        return None
    return addr


def parse_date(value: str) -> object:
    """Parse a Date header; None when it is missing or nonsense (mail clients do send nonsense)."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
