#!/usr/bin/env python3
"""Builds the bundled demo backlog: the Maildir triage/samples/inbox/ and triage/samples/expected.jsonl.

Two weeks of mail (2026-11-02 .. 2026-11-15) as it would reach hello@calmharbor.example: new
inquiries in English and Spanish, Psychology Today and website-form notifications, forwarded
referrals, follow-ups in the same thread, auto-replies, newsletters, vendor pitches, insurer
notices, a bounce, spam, and two crisis messages. Every message is assembled from bytes the way its
mail client or service really sends it (headers, Message-ID style, MIME layout, charset, transfer
encoding, line endings), so the demo exercises the same parsing a real inbox does.

Stdlib only, no network, fixed seed and fixed dates: running it twice gives byte-identical output.
It deletes and rewrites triage/samples/inbox/ and triage/samples/expected.jsonl. Run from anywhere:

    python tools/build_samples.py

expected.jsonl holds one record per message (in file-name order) with what a careful human reader
would say: labels (see docs/labels.md), the first name and address to answer, the insurer named
(canonical name), the weekdays asked for, language, whether the message must never get an
automatic reply, the thread it belongs to (null when it is a thread of one), and a note on what the
message exercises.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from functools import partial

import mimekit
from mimekit import CRLF, DAYS, LABELS, LF, asm, b64, flowed, hexs, qp, rnd

ew_q = partial(mimekit.ew_q, q="Q")  # the clients these samples imitate write "Q" and "B"
ew_b = partial(mimekit.ew_b, b="B")

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "triage", "samples")
INBOX = os.path.join(HERE, "inbox")
EXPECTED_PATH = os.path.join(HERE, "expected.jsonl")

RNG = mimekit.RNG
RNG.seed(20261102)
PST = timezone(timedelta(hours=-8))  # US Pacific; DST ended 2026-11-01, so the whole fortnight is -0800
PRACTICE = "hello@calmharbor.example"
MX = "mx1.calmharbor.example"

CARRIERS = {
    "Aetna",
    "Blue Cross Blue Shield",
    "Cigna",
    "UnitedHealthcare",
    "Kaiser Permanente",
    "Medicaid",
    "Medicare",
    "Humana",
    "Tricare",
    None,
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_LONG = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DOW_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

ENTRIES: list[tuple[datetime, int, bytes, dict]] = []
SENT: dict[str, dict] = {}  # key -> what a later follow-up needs to quote and reference


# ------------------------------------------------------------------------------------- helpers
def when(stamp):
    """'11-03 19:05' -> an aware datetime in November 2026, Pacific time, with a random second."""
    md, hm = stamp.split()
    mo, d = (int(x) for x in md.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    return datetime(2026, mo, d, h, mi, RNG.randint(0, 59), tzinfo=PST)


def rfc_date(t, pad=True, zone_comment=False):
    day = "%02d" % t.day if pad else str(t.day)
    off = t.strftime("%z")
    out = "%s, %s %s %d %02d:%02d:%02d %s" % (
        DOW[t.weekday()],
        day,
        MON[t.month - 1],
        t.year,
        t.hour,
        t.minute,
        t.second,
        off,
    )
    return out + (" (PST)" if zone_comment else "")


def h12(t):
    h = t.hour % 12 or 12
    return h, ("AM" if t.hour < 12 else "PM")


def uuid4(upper=False):
    u = "{}-{}-4{}-{}{}-{}".format(hexs(8), hexs(4), hexs(3), RNG.choice("89ab"), hexs(3), hexs(12))
    return u.upper() if upper else u


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(s, style="q", cs="utf-8"):
    """A header value: as is when ASCII, else an encoded word in the client's style."""
    if is_ascii(s):
        return s
    return ew_b(s, cs.upper()) if style == "b" else ew_q(s, cs)


def addr(name, email, style="q", quote=False, cs="utf-8"):
    if not name:
        return email
    if not is_ascii(name):
        return f"{hdr_text(name, style, cs)} <{email}>"
    if quote or any(c in name for c in ',.:;@()[]"'):
        return '"{}" <{}>'.format(name.replace('"', ""), email)
    return f"{name} <{email}>"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras(text):
    return [p for p in text.strip("\n").split("\n\n") if p.strip()]


def hard_wrap(text, width=76):
    """Gmail plain-text mode and Thunderbird wrap long lines before sending."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quoted(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n"))


def received(helo, ip, t, delay=None):
    t2 = t + timedelta(seconds=delay if delay is not None else RNG.randint(2, 40))
    return ("Received: from {} ({} [{}])\n\tby {} (Postfix) with ESMTPS id 4d{}\n\tfor <{}>; {}\n").format(
        helo,
        helo,
        ip,
        MX,
        rnd(10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz"),
        PRACTICE,
        rfc_date(t2, zone_comment=True),
    )


def envelope(return_path, helo, ip, t):
    """What the MX and Dovecot prepend on delivery."""
    return f"Return-Path: <{return_path}>\nDelivered-To: {PRACTICE}\n{received(helo, ip, t)}"


def ip(prefix):
    return prefix + ".".join(str(RNG.randint(1, 254)) for _ in range(4 - prefix.count(".")))


# Where each client's mail comes from (HELO name, IP prefix).
def relay(client):
    if client in ("gmail", "gmail_alt", "workspace"):
        return (
            "mail-%s-f%d.google.com"
            % (RNG.choice(["pl1", "qt1", "yw1", "oi1", "ej1", "lf1", "vk1"]), RNG.randint(41, 199)),
            ip("209.85."),
        )
    if client in ("outlook", "outlook_plain", "exchange"):
        return (
            "{}-obe.outbound.protection.outlook.com".format(
                RNG.choice(["NAM10-BN7", "NAM12-MW2", "NAM04-DM6", "NAM11-CO1", "NAM02-SN1"])
            ),
            ip("40.107."),
        )
    if client in ("yahoo", "aol", "att"):
        return (
            "sonic%d-%d.consmr.mail.%s.yahoo.com"
            % (RNG.randint(301, 330), RNG.randint(1, 40), RNG.choice(["bf2", "gq1", "ne1"])),
            ip("74.6."),
        )
    if client in ("iphone", "applemail"):
        return ("st43p00im-zteg%d.me.com" % RNG.randint(10061000, 10069999), ip("17.58."))
    if client == "fastmail":
        return ("fout-a%d-smtp.messagingengine.com" % RNG.randint(1, 8), ip("103.168.172."))
    if client == "proton":
        return ("mail-%d.protonmail.ch" % RNG.randint(1000, 9999), ip("185.70.43."))
    if client == "thunderbird":
        return ("resqmta-po-%02dv.sys.comcast.net" % RNG.randint(1, 12), ip("96.102."))
    if client == "zoho":
        return ("sender4-op-o%d.zoho.com" % RNG.randint(10, 19), ip("136.143.188."))
    raise ValueError(client)


# --------------------------------------------------------------------------- HTML renderers
def gmail_html(text, quote_html=""):
    body = "<div><br></div>".join(
        "<div>" + "<br>".join(esc(ln) for ln in p.split("\n")) + "</div>" for p in paras(text)
    )
    return '<div dir="ltr">' + body + "</div>" + quote_html + "\n"


def gmail_quote_html(attr, orig):
    inner = "".join(
        '<div dir="ltr">' + "<br>".join(esc(ln) for ln in p.split("\n")) + "</div><div><br></div>" for p in paras(orig)
    )
    return (
        '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        + esc(attr)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote></div>"
    )


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

OWA_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
"""


def outlook_desktop_html(text, charset):
    out = OUTLOOK_HEAD % charset
    for p in paras(text):
        for line in p.split("\n"):
            out += f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>\n'
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return out + "</div>\n</body>\n</html>\n"


def owa_html(text, charset):
    out = OWA_HEAD % charset
    style = (
        'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
    )
    blocks = []
    for p in paras(text):
        blocks.append("\n".join(f"<div {style}>{esc(ln)}</div>" for ln in p.split("\n")))
    out += (f"\n<div {style}><br></div>\n").join(blocks)
    return out + "\n</body>\n</html>\n"


def yahoo_html(text, quote_html=""):
    body = "".join(
        '<div dir="ltr" data-setdir="false">{}</div><div dir="ltr" data-setdir="false"><br></div>'.format(
            "<br>".join(esc(ln) for ln in p.split("\n"))
        )
        for p in paras(text)
    )
    return (
        f'<html><head></head><body><div class="ydp{hexs(8)} yahoo-style-wrap" style="font-family:Helvetica Neue, '
        f'Helvetica, Arial, sans-serif;font-size:16px;">{body}</div>{quote_html}</body></html>\n'
    )


def fastmail_html(text, quote_html=""):
    body = "<div><br></div>".join("".join(f"<div>{esc(ln)}<br></div>" for ln in p.split("\n")) for p in paras(text))
    return (
        '<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}'
        f"</style></head><body>{body}{quote_html}</body></html>\n"
    )


def proton_html(text):
    body = "".join(
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">{}</div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'.format(
            "<br>".join(esc(ln) for ln in p.split("\n"))
        )
        for p in paras(text)
    )
    return (
        body + '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
        '<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
        '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
        'href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>\n'
    )


def applemail_html(text):
    body = "<div><br></div>".join("".join(f"<div>{esc(ln)}</div>" for ln in p.split("\n")) for p in paras(text))
    return (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{body}</body></html>\n"
    )


# --------------------------------------------------------------------------- Message-IDs
def message_id(client, email, t):
    domain = email.split("@", 1)[1]
    ms = int(t.timestamp()) * 1000 + RNG.randint(0, 999)
    if client in ("gmail", "gmail_alt", "workspace"):
        return "<CA{}@mail.gmail.com>".format(
            rnd(RNG.randint(50, 58), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_-=")
        )
    if client in ("outlook", "outlook_plain", "exchange"):
        host = RNG.choice(["SA1PR12MB", "BY5PR04MB", "MW4PR17MB", "PH0PR11MB", "CO1PR19MB", "DM6PR08MB"]) + str(
            RNG.randint(1000, 9999)
        )
        return f"<{host}{hexs(24, True)}@{host}.namprd{host[5:7]}.prod.outlook.com>"
    if client in ("yahoo", "att"):
        return "<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7), ms)
    if client == "aol":
        return "<%d.%d.%d@mail.aol.com>" % (RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7), ms)
    if client in ("iphone", "applemail"):
        return f"<{uuid4(upper=True)}@{domain}>"
    if client in ("thunderbird", "zoho"):
        return f"<{uuid4()}@{domain}>"
    if client == "fastmail":
        return f"<{uuid4()}@app.fastmail.com>"
    if client == "proton":
        return "<{}=@proton.me>".format(rnd(86, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    if client == "samsung":
        return f"<{hexs(32)}@email.android.com>"
    raise ValueError(client)


# --------------------------------------------------------------------------- quoting styles
def attribution(style, orig):
    t, name, email = orig["t"], orig["name"], orig["email"]
    h, ap = h12(t)
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d\u202f%s %s <%s> wrote:" % (
            DOW[t.weekday()],
            MON[t.month - 1],
            t.day,
            t.year,
            h,
            t.minute,
            ap,
            name,
            email,
        )
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DOW_ES[t.weekday()],
            t.day,
            MON_ES[t.month - 1],
            t.year,
            t.hour,
            t.minute,
            name,
            email,
        )
    if style == "iphone":
        return "On %s %d, %d, at %d:%02d\u202f%s, %s <%s> wrote:" % (
            MON[t.month - 1],
            t.day,
            t.year,
            h,
            t.minute,
            ap,
            name,
            email,
        )
    if style == "thunderbird":
        return "On %d/%d/%02d %d:%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, h, t.minute, ap, name)
    if style == "yahoo":
        return "On %s, %s %d, %d at %d:%02d:%02d %s PST, %s <%s> wrote:" % (
            DOW_LONG[t.weekday()],
            MON_LONG[t.month - 1],
            t.day,
            t.year,
            h,
            t.minute,
            t.second,
            ap,
            name,
            email,
        )
    if style == "fastmail":
        return "On %s, %s %d, %d, at %02d:%02d, %s wrote:" % (
            DOW[t.weekday()],
            MON[t.month - 1],
            t.day,
            t.year,
            t.hour,
            t.minute,
            name,
        )
    raise ValueError(style)


# --------------------------------------------------------------------------- bookkeeping
def record(t, raw, labels, first=None, email=None, carrier=None, days=(), lang="en", never=False, thread=None, note=""):
    assert labels and all(ln in LABELS for ln in labels), labels
    if "not_inquiry" in labels:
        assert labels == ["not_inquiry"], labels
        assert first is None and email is None and carrier is None and not days
    assert carrier in CARRIERS, carrier
    assert all(d in DAYS for d in days), days
    assert lang in ("en", "es") and note and "\n" not in note
    exp = {
        "labels": [ln for ln in LABELS if ln in labels],
        "first_name": first,
        "contact_email": email,
        "carrier": carrier,
        "days_requested": [d for d in DAYS if d in days],
        "language": lang,
        "never_reply": never,
        "thread": thread,
        "note": note,
    }
    ENTRIES.append((t, len(ENTRIES), raw, exp))


def text_part(text, charset="UTF-8", ctype="text/plain", force_qp=False, quote_cs=False, extra=""):
    """A single MIME part header + body in the common 'QP only when needed' style."""
    cs = f'"{charset}"' if quote_cs else charset
    if force_qp or not is_ascii(text) or max(len(ln) for ln in text.split("\n")) > 76:
        return f"Content-Type: {ctype}; charset={cs}{extra}\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text, charset.lower())}"
    return f"Content-Type: {ctype}; charset={cs}{extra}\nContent-Transfer-Encoding: 7bit\n\n{text}"


# ------------------------------------------------------------------------ person-to-practice mail
def person(
    key,
    stamp,
    client,
    name,
    email,
    subject,
    body,
    labels,
    first,
    carrier=None,
    days=(),
    lang="en",
    note="",
    eol=None,
    reply_to=None,
    thread=None,
    to_name=True,
):
    """A message a person typed into their own mail client. reply_to is the key of an earlier message
    by the same person that this one answers (it is quoted below the new text the client's way)."""
    t = when(stamp)
    mid = message_id(client, email, t)
    SENT[key] = {"t": t, "name": name, "email": email, "subject": subject, "body": body, "mid": mid, "client": client}
    thread_hdr = ""
    quote_text, quote_html = "", ""
    if reply_to:
        orig = SENT[reply_to]
        thread_hdr = "In-Reply-To: {}\nReferences: {}\n".format(orig["mid"], orig["mid"])
    helo, ipaddr = relay("yahoo" if client == "samsung" else client)
    env = envelope(email, helo, ipaddr, t)
    to = f"Calm Harbor Therapy <{PRACTICE}>" if to_name else PRACTICE
    subj_b = hdr_text(subject, "b")
    subj_q = hdr_text(subject, "q")

    if client in ("gmail", "gmail_alt", "workspace"):
        if reply_to:
            style = "gmail_es" if lang == "es" else "gmail"
            attr = attribution(style, orig)
            quote_text = (
                "\n\n" + attr + "\n\n" + quoted(hard_wrap(orig["body"]) if client == "gmail" else orig["body"]) + "\n"
            )
            quote_html = gmail_quote_html(attr, orig["body"])
        head = "MIME-Version: 1.0\n{}From: {}\nDate: {}\nMessage-ID: {}\nSubject: {}\nTo: {}\n".format(
            thread_hdr,
            addr(name, email, "b"),
            rfc_date(t, pad=False),
            mid,
            subj_b,
            to,
        )
        if client == "gmail":  # plain-text mode: hard-wrapped, QP only when non-ASCII
            text = hard_wrap(body) + quote_text
            if is_ascii(text):
                raw = asm(env, head, 'Content-Type: text/plain; charset="UTF-8"\n\n', text, eol=eol or CRLF)
            else:
                raw = asm(
                    env,
                    head,
                    'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n',
                    qp(text),
                    eol=eol or CRLF,
                )
        else:
            bnd = "0000000000" + hexs(18)
            raw = asm(
                env,
                head,
                f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n',
                f"--{bnd}\n",
                text_part(body + quote_text, "UTF-8", quote_cs=True),
                "\n",
                f"--{bnd}\n",
                text_part(gmail_html(body, quote_html), "UTF-8", "text/html", quote_cs=True),
                "\n",
                f"--{bnd}--\n",
                eol=eol or CRLF,
            )

    elif client in ("outlook", "outlook_plain", "exchange"):
        cs = "us-ascii" if is_ascii(body) else "utf-8"
        thread_index = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
        if client == "exchange":  # Outlook desktop on a company Microsoft 365 tenant
            bnd = f"----=_NextPart_000_{RNG.randrange(65536):04X}_01DC{hexs(4, True)}.{hexs(8, True)}"
            raw = asm(
                env,
                "From: {}\nTo: {}\nSubject: {}\nDate: {}\nMessage-ID: {}\n{}MIME-Version: 1.0\n"
                'Content-Type: multipart/alternative;\n\tboundary="{}"\nX-Mailer: Microsoft Outlook 16.0\n'
                "Thread-Index: {}\nContent-Language: en-us\n\n".format(
                    addr(name, email, "q"), to, subj_q, rfc_date(t), mid, thread_hdr, bnd, thread_index
                ),
                "This is a multipart message in MIME format.\n\n",
                f"--{bnd}\n",
                f'Content-Type: text/plain;\n\tcharset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n',
                qp(body, cs),
                "\n",
                f"--{bnd}\n",
                f'Content-Type: text/html;\n\tcharset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n',
                qp(outlook_desktop_html(body, cs), cs),
                "\n",
                f"--{bnd}--\n",
                eol=eol or CRLF,
            )
        else:  # Outlook.com on the web
            head = (
                "From: {}\nTo: {}\nSubject: {}\nThread-Topic: {}\nThread-Index: {}\nDate: {}\nMessage-ID: {}\n{}"
                "Accept-Language: en-US\nContent-Language: en-US\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
                "msip_labels:\nx-ms-publictraffictype: Email\n"
            ).format(addr(name, email, "q"), to, subj_q, subj_q, thread_index, rfc_date(t), mid, thread_hdr)
            if client == "outlook_plain":
                raw = asm(
                    env,
                    head,
                    f'Content-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n'
                    "MIME-Version: 1.0\n\n",
                    qp(body, cs),
                    eol=eol or CRLF,
                )
            else:
                bnd = "_000_{}{}prod_".format(hexs(40, True), "namp")
                raw = asm(
                    env,
                    head,
                    f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"\nMIME-Version: 1.0\n\n',
                    f"--{bnd}\n",
                    f'Content-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n',
                    qp(body, cs),
                    "\n",
                    f"--{bnd}\n",
                    f'Content-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n',
                    qp(owa_html(body, cs), cs),
                    "\n",
                    f"--{bnd}--\n",
                    eol=eol or CRLF,
                )

    elif client in ("yahoo", "att"):
        if reply_to:
            attr = attribution("yahoo", orig)
            quote_text = "\n\n" + attr + "\n\n" + quoted(orig["body"]) + "\n"
            quote_html = (
                '<div id="ydp%syahoo_quoted_%d" class="ydp%syahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                '<div><div dir="ltr">%s</div></div></div></div>'
            ) % (
                hexs(8),
                RNG.randint(10**9, 10**10),
                hexs(8),
                esc(attr),
                "".join(
                    "<div>{}</div><div><br></div>".format("<br>".join(esc(ln) for ln in p.split("\n")))
                    for p in paras(orig["body"])
                ),
            )
        bnd = "----=_Part_%d_%d.%d" % (
            RNG.randint(10**6, 10**7),
            RNG.randint(10**8, 10**9),
            int(t.timestamp()) * 1000 + RNG.randint(0, 999),
        )
        mailer = "WebService/1.1.24652 YMailNorrin" if client == "yahoo" else "WebService/1.1.24652 AolMailNorrin"
        raw = asm(
            env,
            'Date: {}\nFrom: {}\nTo: "{}" <{}>\nMessage-ID: {}\n{}Subject: {}\nMIME-Version: 1.0\n'
            'Content-Type: multipart/alternative; \n\tboundary="{}"\nX-Mailer: {}\n\n'.format(
                rfc_date(t, pad=False),
                addr(name, email, "q"),
                PRACTICE,
                PRACTICE,
                mid,
                thread_hdr,
                subj_q,
                bnd,
                mailer,
            ),
            f"--{bnd}\n",
            text_part(body + quote_text, "UTF-8"),
            "\n",
            f"--{bnd}\n",
            text_part(yahoo_html(body, quote_html), "UTF-8", "text/html", force_qp=True),
            "\n",
            f"--{bnd}--\n",
            eol=eol or CRLF,
        )

    elif client in ("iphone", "applemail"):
        text = body
        if reply_to:
            attr = attribution("iphone", orig)
            text = body.rstrip("\n") + "\n\n" + quoted(attr + "\n\n\ufeff" + orig["body"]) + "\n"
        mailer = "iPhone Mail (23B85)" if client == "iphone" else "Apple Mail (2.3864.200.81.1.6)"
        if is_ascii(text):
            ct = "Content-Type: text/plain;\n\tcharset=us-ascii\nContent-Transfer-Encoding: 7bit\n"
            payload = text
        else:
            ct = "Content-Type: text/plain;\n\tcharset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
            payload = qp(text)
        raw = asm(
            env,
            ct,
            "From: {}\nMime-Version: 1.0 (1.0)\nDate: {}\nSubject: {}\nMessage-Id: {}\n{}To: {}\nX-Mailer: {}\n\n".format(
                addr(name, email, "q"), rfc_date(t, pad=False), subj_q, mid, thread_hdr, to, mailer
            ),
            payload,
            eol=eol or CRLF,
        )

    elif client in ("thunderbird", "zoho"):
        text = body
        if reply_to:
            text = (
                body.rstrip("\n")
                + "\n\n"
                + attribution("thunderbird", orig)
                + "\n"
                + quoted(flowed(orig["body"]))
                + "\n"
            )
        agent = (
            "User-Agent: Mozilla Thunderbird\n"
            if client == "thunderbird"
            else "User-Agent: Zoho Mail\nX-Mailer: Zoho Mail\n"
        )
        cte = "7bit" if is_ascii(text) else "8bit"
        raw = asm(
            env,
            "Message-ID: {}\nDate: {}\nMIME-Version: 1.0\n{}Content-Language: en-US\n{}To: {}\nFrom: {}\nSubject: {}\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: {}\n\n".format(
                mid, rfc_date(t), agent, thread_hdr, PRACTICE, addr(name, email, "q"), subj_q, cte
            ),
            flowed(text).encode("utf-8"),
            eol=eol or LF,
        )

    elif client == "fastmail":
        if reply_to:
            attr = attribution("fastmail", orig)
            quote_text = "\n\n" + attr + "\n" + quoted(orig["body"]) + "\n"
            quote_html = '<div><br></div><div>{}</div><blockquote type="cite" id="qt" style="">{}</blockquote>'.format(
                esc(attr),
                "".join(
                    f"<div>{esc(ln)}<br></div>" if ln else "<div><br></div>" for ln in orig["body"].rstrip().split("\n")
                ),
            )
        bnd = hexs(32)
        raw = asm(
            env,
            "MIME-Version: 1.0\nMessage-Id: {}\n{}Date: {}\nFrom: {}\nTo: {}\nSubject: {}\n"
            "Content-Type: multipart/alternative;\n boundary={}\n"
            "User-Agent: Cyrus-JMAP/3.13.0-alpha0-1187-g{}-fm-20261029.001-g{}\nX-ME-Sender: <xms:{}>\n\n".format(
                mid,
                thread_hdr,
                rfc_date(t),
                addr(name, email, "q", quote=True),
                PRACTICE,
                subj_q,
                bnd,
                hexs(8),
                hexs(8),
                rnd(40),
            ),
            f"--{bnd}\n",
            text_part(body + quote_text, "utf-8", force_qp=True),
            "\n",
            f"--{bnd}\n",
            text_part(fastmail_html(body, quote_html), "utf-8", "text/html", force_qp=True),
            "\n",
            f"--{bnd}--\n",
            eol=eol or CRLF,
        )

    elif client == "proton":
        bnd = "b1=_" + rnd(40)
        text = body.rstrip("\n") + "\n\nSent with Proton Mail secure email.\n"
        raw = asm(
            env,
            "Date: {}\nTo: {}\nFrom: {}\nSubject: {}\nMessage-ID: {}\n{}Feedback-ID: {}:user:proton\n"
            "X-Pm-Message-ID: {}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/alternative;\n boundary="{}"\n\n'.format(
                rfc_date(t), PRACTICE, addr(name, email, "q"), subj_q, mid, thread_hdr, rnd(20), hexs(40), bnd
            ),
            "This is a multi-part message in MIME format.\n\n",
            f"--{bnd}\n",
            text_part(text, "utf-8", force_qp=True),
            "\n",
            f"--{bnd}\n",
            text_part(proton_html(body), "utf-8", "text/html", force_qp=True),
            "\n",
            f"--{bnd}--\n",
            eol=eol or CRLF,
        )

    elif client == "aol":  # AOL Mail for Android: HTML only
        html = (
            '<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            + "".join(
                "<div>{}</div><div><br></div>".format(
                    "<br>".join(esc(ln).replace("  ", "&nbsp; ") for ln in p.split("\n"))
                )
                for p in paras(body)
            )
            + '<div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;'
            "c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;"
            'af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Sent from AOL on Android</a></div>'
            "</div></body></html>\n"
        )
        raw = asm(
            env,
            "Date: {}\nFrom: {}\nTo: {}\nMessage-ID: {}\n{}Subject: {}\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n"
            "X-Mailer: WebService/1.1.24652 AolMailAndroidMobile\n\n".format(
                rfc_date(t, pad=False), addr(name, email, "q"), PRACTICE, mid, thread_hdr, subj_q
            ),
            qp(html),
            eol=eol or CRLF,
        )

    elif client == "samsung":  # Samsung Email: HTML only, base64
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
            + "".join(
                '<div dir="auto">{}</div><div dir="auto"><br></div>'.format(
                    "<br>".join(esc(ln) for ln in p.split("\n"))
                )
                for p in paras(body)
            )
            + '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
            "Sent from my Galaxy</div></div></body></html>\n"
        )
        raw = asm(
            env,
            "MIME-Version: 1.0\nFrom: {}\nDate: {}\nSubject: {}\nTo: {}\nMessage-ID: {}\n{}"
            "Importance: normal\nX-Priority: 3\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n".format(
                addr(name, email, "q"), rfc_date(t), subj_q, PRACTICE, mid, thread_hdr
            ),
            b64(html),
            eol=eol or CRLF,
        )
    else:
        raise ValueError(client)
    return t, raw


def inquiry(
    key,
    stamp,
    client,
    name,
    email,
    subject,
    body,
    labels,
    first,
    carrier=None,
    days=(),
    lang="en",
    note="",
    eol=None,
    reply_to=None,
    thread=None,
    to_name=True,
):
    t, raw = person(
        key,
        stamp,
        client,
        name,
        email,
        subject,
        body,
        labels,
        first,
        carrier,
        days,
        lang,
        note,
        eol,
        reply_to,
        thread,
        to_name,
    )
    record(t, raw, labels, first, email, carrier, days, lang, False, thread, note)


# ============================================================================ English inquiries
def english_inquiries():
    inquiry(
        "moreno1",
        "11-02 07:52",
        "gmail",
        "Jessica Moreno",
        "jessmoreno.pdx@gmail.com",
        "Looking for a therapist - anxiety",
        """\
Hi,

I'm looking for a therapist to help with anxiety. It's been a low hum for most of my life but the last six months it's gotten loud - trouble sleeping, replaying every conversation at work, that kind of thing. I've never done therapy before so I'm not totally sure how this works.

Are you currently accepting new clients? I work 8 to 4:30 downtown, so anything after 5 on a Monday or Wednesday would be ideal.

Thanks,
Jess
""",
        ["availability"],
        "Jess",
        days=["monday", "wednesday"],
        thread="moreno-anxiety",
        note="Gmail plain-text mode (hard-wrapped, 7bit); first-timer asks if accepting new clients, names two evenings; signs with a short form of her display name",
    )

    inquiry(
        "lee",
        "11-02 12:41",
        "gmail_alt",
        "Brandon Lee",
        "blee.runs@gmail.com",
        "new clients?",
        "Are you taking new clients right now?\n",
        ["availability"],
        None,
        note="one-line Gmail multipart/alternative with no greeting or signature; the display name is never used in the text, so no first name",
    )

    inquiry(
        "pierce",
        "11-02 18:05",
        "yahoo",
        "Nathan Pierce",
        "npierce_77@yahoo.com",
        "Aetna / new clients",
        """\
Hello,

Are you in network with Aetna, and are you accepting new clients? I would prefer in-person sessions at your Hawthorne office if possible - I live about five blocks away.

Thank you,
Nathan Pierce
""",
        ["insurance", "availability"],
        "Nathan",
        "Aetna",
        note="Yahoo web multipart/alternative; two direct questions (Aetna network, accepting clients) plus in-person preference",
    )

    inquiry(
        "kowal",
        "11-02 10:45",
        "exchange",
        "David Kowal",
        "dkowal@ridgelineengineering.com",
        "Therapist for our 17-year-old son",
        """\
Hello,

Our son Jacob (17) said some concerning things to a friend last week and the school had him evaluated at the ER. The doctor there did a full assessment, said he is not at risk of harming himself, and recommended we get him into outpatient therapy for depression. We are following that advice.

Do you have a clinician who works with teenage boys and depression? I think he is more likely to open up to a man. We would like to set up an intake as soon as you are able. We have Regence BlueCross BlueShield through my employer.

Thank you,
David Kowal
Senior Structural Engineer
Ridgeline Engineering Group | 503-555-0117
""",
        ["insurance", "scheduling", "services"],
        "David",
        "Blue Cross Blue Shield",
        note="parent of a 17-year-old; risk was assessed and ruled out by an ER doctor, so NOT crisis; Outlook desktop (Exchange) multipart with corporate signature; Regence -> Blue Cross Blue Shield",
    )

    inquiry(
        "castro-wei",
        "11-03 09:05",
        "gmail",
        "Wei Zhang",
        "zhangwei.ohsu@gmail.com",
        "Asking about couple counseling",
        """\
Hello,

I am visiting scholar at OHSU from China, I came with my wife one year ago. Since we come to USA we have many conflicts, she feel very lonely because she cannot work here and I am busy in the lab every day. We talk about this many times but always become fight.

Is it possible to have couple counseling with you? My English is okay but my wife English is not so good, is it a problem? Also we do not have much money, please tell me how much is the price for one time.

Thank you very much.
Best regards,
Wei
""",
        ["fees", "couples", "services"],
        "Wei",
        note="non-native English; couple counseling + price + whether limited English is a problem (fit -> services)",
    )

    inquiry(
        "ford",
        "11-03 11:20",
        "outlook",
        "Melissa Ford",
        "melissa.ford@outlook.com",
        "New patient appointment",
        """\
Hi,

I found your practice in the UnitedHealthcare provider directory. Can you confirm you're still in network? If so, I'd like to book a first appointment - next Tuesday or Wednesday would be ideal, any time after 10.

Thank you,
Melissa Ford
""",
        ["insurance", "scheduling"],
        "Melissa",
        "UnitedHealthcare",
        ["tuesday", "wednesday"],
        note="Outlook.com web multipart/alternative; confirm UHC network status and book a first appointment on named days",
    )

    inquiry(
        "vogel",
        "11-03 13:55",
        "outlook_plain",
        "Kristin Vogel",
        "kvogel@outlook.com",
        "Waitlist",
        """\
Hello,

I called last week and left a voicemail but wanted to follow up in writing. How long is your waitlist right now for individual therapy? I'd prefer to see Dr. Harper specifically if that's possible, but I'm open to whoever has space first.

Best,
Kristin Vogel
""",
        ["availability"],
        "Kristin",
        note="Outlook.com plain-text (QP us-ascii); waitlist length and preference for a named clinician",
    )

    inquiry(
        "albright1",
        "11-03 16:22",
        "gmail_alt",
        "Megan Albright",
        "megan.albright@gmail.com",
        "Do you take Regence?",
        """\
Hi! Quick question - are you in network with Regence BlueShield? It's through the school district. I've been meaning to start therapy for about a year and I'm finally doing it before I lose my nerve.

Megan
""",
        ["insurance"],
        "Megan",
        "Blue Cross Blue Shield",
        note="first of two separate threads from the same person (see her 'Booking an intake' a week later); Regence -> Blue Cross Blue Shield",
    )

    inquiry(
        "tate",
        "11-03 21:15",
        "gmail",
        "Jeremy Tate",
        "jeremytate.pdx@gmail.com",
        "Couples counseling after infidelity",
        """\
Hello,

I'll be direct: my wife found out about an emotional affair I had with a coworker. It's over, I've told her everything, and we both want to try to rebuild, but we don't know how to talk about it without it turning into the same fight every night.

Do you work with couples recovering from infidelity? We can only do evenings because of our kids' schedules. Tuesdays and Thursdays are best.

Jeremy
""",
        ["couples", "availability", "services"],
        "Jeremy",
        days=["tuesday", "thursday"],
        note="couples + affair recovery specialty (services) + evening days",
    )

    inquiry(
        "schultz",
        "11-03 22:47",
        "outlook",
        "Karen Schultz",
        "karen.schultz71@outlook.com",
        "Hoping you can help",
        """\
Hello,

I'm not really sure where to start so I'll just start. My mother passed away in July after a long illness, and I was her main caregiver for almost three years. Since then I've been back at work full time (I'm the office manager for a dental practice) and everyone keeps telling me how well I'm doing, but honestly I feel like I'm walking around underwater. I can't concentrate, I'm snapping at my kids, and I've started dreading weekends because that's when I used to visit her. My sister suggested grief counseling and I brushed her off for months but I think she's right.

So a few questions, sorry in advance:
- Do any of your therapists specialize in grief, especially after caregiving?
- I have Aetna through work. Are you in network? If not, what would a session cost out of pocket?
- I can get away on Tuesday mornings before 11. Is that something you ever have open?

Thank you for reading all of this. It took me three tries to hit send.

Karen
""",
        ["insurance", "fees", "availability", "services"],
        "Karen",
        "Aetna",
        ["tuesday"],
        note="long rambling grief inquiry with a bulleted list of four asks; 'dreading weekends' is not a day request",
    )

    inquiry(
        "okonkwo",
        "11-04 08:50",
        "gmail",
        "Trevor Haskins",
        "trevor.haskins@gmail.com",
        "Aetna in network?",
        """\
Hi,

Funny enough I work for Cigna, but my coverage is actually through my wife's employer and it's Aetna (Open Access Managed Choice, if that helps). Are you in network with Aetna?

I'm looking for help with work stress and some pretty bad insomnia.

Thanks,
Trevor
""",
        ["insurance"],
        "Trevor",
        "Aetna",
        note="names Cigna as his employer, not his plan: the carrier is Aetna",
    )

    inquiry(
        "alvarado",
        "11-04 14:35",
        "gmail",
        "Ben Alvarado",
        "ben.alvarado@gmail.com",
        "sliding scale?",
        """\
hi,

i got laid off in september and cobra is way too expensive so i let it lapse. do you have a sliding scale? i might qualify for medicaid soon if that changes anything, do you take it?

thanks
ben
""",
        ["insurance", "fees"],
        "Ben",
        "Medicaid",
        note="all-lowercase writing and lowercase signature; sliding scale + whether Medicaid is accepted",
    )

    inquiry(
        "sorensen",
        "11-04 17:09",
        "zoho",
        "Eli Sorensen",
        "eli.sorensen@zohomail.com",
        "Telehealth from Washington?",
        """\
Hi there,

I live in Camas, WA, just across the river. Are any of your therapists licensed in Washington so I could do telehealth from home? I'd be willing to drive in once in a while but not every week.

Eli
""",
        ["availability"],
        "Eli",
        note="Zoho Mail text/plain format=flowed with LF; licensed-in-my-state + telehealth question",
    )

    inquiry(
        "rahman",
        "11-04 22:30",
        "fastmail",
        "Aisha Rahman",
        "aisha.rahman@fastmail.com",
        "is this something you help with?",
        """\
Hi,

Okay, I've drafted this email about six times, so I'm just going to send it.

For the last few months I've been having what I'm pretty sure are panic attacks. The first one happened in a Fred Meyer parking lot and I genuinely thought I was having a heart attack - went to urgent care, EKG was normal, they said "probably anxiety" and sent me home with a pamphlet. Since then it's happened maybe a dozen times, mostly in the car or in meetings, and now I'm anxious about being anxious, which I know is a whole thing. I've started avoiding the freeway. I moved here from Chicago last year for a job and I don't really have people here yet, which probably isn't helping.

I've never been to therapy. I don't know if I need someone who specializes in panic or if any therapist would do, or how you even figure that out.

I guess what I'm asking is: do you have room for a new client right now, and what's the first step to get on the schedule?

Sorry this is so long.
Aisha
""",
        ["scheduling", "availability", "services"],
        "Aisha",
        note="long rambling first-timer (Fastmail multipart/alternative, QP); panic attacks, wonders about fit, then asks for room + first step to book",
    )

    inquiry(
        "harrington",
        "11-04 13:12",
        "exchange",
        "Harrington, Michelle",
        "mharrington@cascadebioworks.com",
        "Therapist for my daughter (16)",
        """\
Hello,

I'm reaching out on behalf of my daughter, who is 16. Over the past few months she has been restricting food and is very preoccupied with her weight and exercise. Her pediatrician has been monitoring her and says she is medically stable for now, but recommended we get her into therapy with someone who has eating disorder experience as soon as possible.

Do any of your clinicians specialize in eating disorders in adolescents? We have Kaiser, but their next intake is in February. Do you accept Kaiser at all, or would we need to pay out of pocket? If so, what is the rate?

Thank you,
Michelle Harrington
Director, Regulatory Affairs | Cascade BioWorks
""",
        ["insurance", "fees", "services"],
        "Michelle",
        "Kaiser Permanente",
        note="parent about a 16-year-old with restrictive eating (medically stable, not crisis); display name in 'Last, First' form; Kaiser + self-pay rate",
    )

    inquiry(
        "bennett1",
        "11-04 10:15",
        "yahoo",
        "Gloria Bennett",
        "gloriabennett52@yahoo.com",
        "Medicare question",
        """\
Good morning,

My name is Gloria and I am 74 years old. My husband had a stroke in August and I have been taking care of him at home. My doctor, Dr. Amin, thinks it would help me to talk with a counselor because I have not been sleeping and I cry a lot, which is not like me.

Do any of your counselors accept Medicare? I have Part B and a supplement plan through AARP.

Thank you for your time.
Gloria Bennett
""",
        ["insurance"],
        "Gloria",
        "Medicare",
        thread="bennett-medicare",
        note="older caregiver, self-introduction 'My name is Gloria'; Medicare Part B + AARP supplement",
    )

    inquiry(
        "henriksen",
        "11-05 08:31",
        "thunderbird",
        "Paul Henriksen",
        "paul.henriksen@comcast.net",
        "In network with UHC?",
        """\
Good morning,

Are you in network with UnitedHealthcare? The back of my card says behavioral health is handled by Optum, if that makes a difference. I'm looking to start weekly sessions for depression.

Thank you,
Paul Henriksen
""",
        ["insurance"],
        "Paul",
        "UnitedHealthcare",
        note="Thunderbird format=flowed, LF line endings; UHC with Optum behavioral health",
    )

    inquiry(
        "albers",
        "11-05 06:40",
        "iphone",
        "Jen Albers",
        "jalbers@icloud.com",
        "Self pay + weekends",
        """\
Hi, I'm a nurse at Kaiser and for privacy reasons I'd rather not use my work insurance, so I'll be paying out of pocket. What's your rate, and do you have any Saturday hours? I work three 12s during the week.

Thanks,
Jen

Sent from my iPhone
""",
        ["fees", "availability"],
        "Jen",
        None,
        ["saturday"],
        note="Kaiser is her employer and she will self-pay: no insurance label and no carrier; rate + Saturday hours",
    )

    inquiry(
        "petrenko",
        "11-05 11:11",
        "yahoo",
        "Olga Petrenko",
        "olga.petrenko67@yahoo.com",
        "appointment for son",
        """\
Good day.

I search psychologist for my son, he is 19 years. After he come back from army service he is very closed, sleep bad, not want to see friends. He speak English good, better than me. Is possible to make appointment for him? We have insurance Aetna through my work.

Thank you,
Olga
""",
        ["insurance", "scheduling"],
        "Olga",
        "Aetna",
        note="non-native English; mother writes for her adult son; asks to book, names Aetna",
    )

    inquiry(
        "weiss",
        "11-05 14:40",
        "outlook_plain",
        "Jonah Weiss",
        "jonah.weiss@outlook.com",
        "Switching next week's session",
        """\
Hi Dr. Harper,

Any chance I could switch next Monday's session to Wednesday? Same time (6pm) if possible. I have a work dinner I can't get out of.

Thanks,
Jonah
""",
        ["scheduling"],
        "Jonah",
        days=["wednesday"],
        note="existing client reschedules: moving AWAY from Monday, so only Wednesday is requested",
    )

    inquiry(
        "klein",
        "11-05 10:20",
        "gmail",
        "Rob Klein",
        "robklein.pdx@gmail.com",
        "Late cancel charge",
        """\
Hi,

I noticed I was charged $150 for the session I missed on the 3rd. I called that morning around 8 and left a message because I'd been up all night with food poisoning. I understand there's a policy, but is there any way it could be waived given the circumstances?

Thanks,
Rob
""",
        ["fees"],
        "Rob",
        note="existing client disputes a late-cancel charge -> fees only",
    )

    inquiry(
        "sayles",
        "11-05 19:44",
        "gmail",
        "Brittany Sayles",
        "bsayles.mil@gmail.com",
        "Tricare + military spouse",
        """\
Hi,

My husband is active duty and we just PCS'd to JBLM, but we're actually living in Vancouver WA because housing on post was a nightmare. I've been really struggling with the move (third one in four years) and I'd like to find a therapist who gets military family life.

Do you accept Tricare? I have Tricare Prime. And are your therapists licensed in Washington, or would I need to come to the Portland office? Telehealth would be so much easier with a toddler.

Thanks,
Brittany
""",
        ["insurance", "availability", "services"],
        "Brittany",
        "Tricare",
        note="military spouse: Tricare Prime, licensed in Washington / telehealth, wants someone who knows military families",
    )

    inquiry(
        "rowan",
        "11-05 23:12",
        "proton",
        "Rowan Ellis",
        "rowan.ellis@proton.me",
        "affirming therapist + sliding scale",
        """\
Hi,

I'm a trans woman (29) looking for a therapist who is genuinely affirming, not just a rainbow flag on the website. I've had two therapists who spent most of our sessions asking me to explain gender to them and I'm tired. It's mostly family stuff and some depression.

Does anyone on your team have experience working with trans clients? And do you have a sliding scale? I work at a bakery and money is tight.

Thanks for reading,
Rowan
""",
        ["fees", "services"],
        "Rowan",
        note="Proton Mail multipart/alternative with its signature line; trans-affirming fit + sliding scale",
    )

    inquiry(
        "jennings",
        "11-06 10:08",
        "outlook",
        "Harold Jennings",
        "hjennings44@outlook.com",
        "Humana plan",
        """\
Hello,

I have a Humana Medicare Advantage plan (HMO). Do you take it? I'm 71 and recently widowed. My daughter has been after me to see a counselor and I have finally agreed. Do you have counselors who work with people my age?

Harold
""",
        ["insurance", "services"],
        "Harold",
        "Humana",
        note="Medicare Advantage run by Humana -> carrier Humana; older adult asks about fit",
    )

    inquiry(
        "shah",
        "11-06 16:44",
        "gmail",
        "Anika Shah",
        "anikashah.writes@gmail.com",
        "ERP for OCD",
        """\
Hello! Do you do ERP for OCD? I've tried regular talk therapy twice and honestly it made my checking worse because I just used the sessions to get reassurance. I'm looking for someone who actually does exposure work.

-Anika
""",
        ["services"],
        "Anika",
        note="modality question (ERP for OCD); dash signature",
    )

    inquiry(
        "ferreira",
        "11-06 19:02",
        "gmail",
        "Camila Ferreira",
        "camila.ferreira.br@gmail.com",
        "Therapist who speaks Portuguese?",
        """\
Hi, good evening!

I'm from Brazil and I live here 2 years now. I want to start therapy for anxiety and some things with my family back home. Do you have any therapist who speaks Portuguese? If not it's ok, my English is good for daily life but for emotions is more difficult. And how much cost the session?

Obrigada!
Camila
""",
        ["fees", "services"],
        "Camila",
        note="non-native English with a Portuguese sign-off; language spoken (services) + cost",
    )

    inquiry(
        "carter",
        "11-06 21:45",
        "samsung",
        "Jasmine Carter",
        "jasminecarter@att.net",
        "Question",
        """\
Hi do you have any openings for a new client? Im looking for help with anger, my temper has been really bad lately and I keep yelling at my kids over nothing. Also what do you charge.

Thanks Jasmine
""",
        ["fees", "availability"],
        "Jasmine",
        note="HTML-only Samsung Email (base64) with 'Sent from my Galaxy'; missing apostrophes; 'Thanks Jasmine' without a comma",
    )

    inquiry(
        "feldstein1",
        "11-06 14:03",
        "fastmail",
        "Noah Feldstein",
        "noahf@fastmail.com",
        "Rates / sliding scale",
        """\
Hi Calm Harbor folks,

I'm a second-year grad student at PSU (counseling psych, ironically) and our program strongly encourages us to be in our own therapy. My student insurance is pretty useless for outpatient mental health so I'd be paying myself.

What's your standard self-pay rate, and do you hold any reduced-fee or sliding scale spots for students?

Thanks!
Noah
""",
        ["fees"],
        "Noah",
        thread="feldstein-rates",
        note="mentions his student insurance only to say he will self-pay -> fees, not insurance",
    )

    inquiry(
        "castillo",
        "11-07 11:20",
        "gmail_alt",
        "Ryan Castillo",
        "ryancastillo.pdx@gmail.com",
        "Premarital counseling",
        """\
Hey there,

My fiancée Sophie and I are getting married in June and we'd like to do some premarital counseling before the wedding - nothing's wrong, we just want to go in with good habits (and maybe talk through the money stuff before it becomes a thing).

Do you offer Saturday sessions? We both work Monday through Friday and can't really take time off.

Thanks!
Ryan
""",
        ["couples", "availability"],
        "Ryan",
        days=["saturday"],
        note="engaged couple, premarital; asks for Saturdays ('Monday through Friday' is when they can't come)",
    )

    inquiry(
        "brandt",
        "11-07 09:12",
        "fastmail",
        "Leah Brandt",
        "leahbrandt@fastmail.com",
        "FSA",
        "Hi, can I use my FSA card to pay for sessions?\n\nThanks, Leah\n",
        ["insurance"],
        "Leah",
        note="FSA card question counts as insurance; two-line message",
    )

    inquiry(
        "walsh",
        "11-07 14:26",
        "gmail",
        "Courtney Walsh",
        "courtneywalsh.rn@gmail.com",
        "postpartum",
        """\
Hi,

I had my second baby ten weeks ago and I just don't feel like myself. I'm not having any thoughts of hurting myself or the baby - my OB asked and I answered honestly - I just feel flat and irritable, like I'm watching my life from behind glass. My OB gave me a list of names and yours was on it.

Do you have anyone who works with postpartum depression? Is it okay to bring the baby to sessions for now? I have Anthem Blue Cross through my husband's work, if that matters.

Courtney
""",
        ["insurance", "services"],
        "Courtney",
        "Blue Cross Blue Shield",
        note="postpartum depression with an explicit negation of thoughts of harm -> NOT crisis; Anthem -> Blue Cross Blue Shield",
    )

    inquiry(
        "kowalczyk",
        "11-07 20:03",
        "yahoo",
        "debbie k",
        "debkowalczyk@yahoo.com",
        "cost",
        "How much is a session?\n\nSent from Yahoo Mail for iPhone\n",
        ["fees"],
        None,
        note="one-liner from Yahoo mobile; lowercase display name and no signature -> no first name",
    )

    inquiry(
        "larsen",
        "11-07 23:45",
        "proton",
        "Sky Larsen",
        "sky.larsen@proton.me",
        "trauma-informed?",
        """\
Hi,

Are your therapists trauma-informed? I have a history of childhood abuse (a long time ago - I'm safe now and have been for years) and I've avoided therapy because the one time I tried, the therapist pushed me to talk about details before I was ready.

I'm also curious whether anyone does IFS. I've been reading about it.

Sky
""",
        ["services"],
        "Sky",
        note="past abuse, explicitly safe now -> NOT crisis (abuse is not happening now); trauma-informed + IFS modality",
    )

    inquiry(
        "kessler",
        "11-08 22:10",
        "iphone",
        "Amanda Kessler",
        "amandakessler@icloud.com",
        "Couples appt",
        """\
Hi, my husband and I had a really bad weekend and we both finally agreed we need to talk to someone together. Could we get in this week? Any day works, we'll make it work.

Amanda

Sent from my iPhone
""",
        ["couples", "scheduling"],
        "Amanda",
        note="'could we get in this week?' for a married couple; any day -> no days requested",
    )

    inquiry(
        "ashby",
        "11-08 20:20",
        "fastmail",
        "Morgan Ashby",
        "morgan.ashby@fastmail.com",
        "Therapy for a helping professional",
        """\
Hi,

I work on a suicide prevention hotline (overnight shifts, five years now) and I've finally admitted to myself that I need my own therapist to process the vicarious trauma that comes with the job. I'm not in crisis myself - just tired in a way sleep doesn't fix.

Do any of your clinicians have experience working with crisis workers or other helping professionals? I'd prefer someone I'm unlikely to run into at trainings, if that makes sense.

Morgan
""",
        ["services"],
        "Morgan",
        note="hotline worker seeking own therapy; mentions suicide prevention work and says not in crisis -> NOT crisis",
    )

    inquiry(
        "stein",
        "11-08 15:30",
        "gmail",
        "Rebecca Stein",
        "rebecca.stein@gmail.com",
        "Neurodiversity-affirming therapist for 13yo",
        """\
Hi there,

My daughter is 13 and autistic (diagnosed at 7). Middle school has been brutal - she's exhausted from masking all day and melts down the minute she gets home. We're looking for a therapist who is neurodiversity-affirming and won't try to make her act "more normal."

Do you see kids her age? And what does a session cost? We have a high-deductible plan so we'll be paying out of pocket until March anyway.

Rebecca
""",
        ["fees", "services"],
        "Rebecca",
        note="parent of an autistic 13-year-old; mentions her plan only to say they will pay out of pocket -> no insurance",
    )

    inquiry(
        "tompkins-nguyen",
        "11-09 20:15",
        "outlook",
        "Tom Nguyen",
        "tom.nguyen.pdx@outlook.com",
        "Following up from Psychology Today",
        """\
Hello,

I sent a message through your Psychology Today profile on Thursday and wanted to follow up by email in case that's easier. I'm going through a divorce and looking for someone to talk to on a regular basis.

Two questions I didn't ask the first time: what do you charge per session, and are you in network with Aetna? My employer switched us to Aetna in January.

Thanks,
Tom Nguyen
""",
        ["insurance", "fees"],
        "Tom",
        "Aetna",
        note="same person as the Psychology Today notification of Thursday, now writing directly in a new thread; divorce is individual therapy, not couples",
    )

    inquiry(
        "avery",
        "11-09 07:40",
        "gmail",
        "Jordan Avery",
        "jordan.avery@gmail.com",
        "Appointment this week?",
        """\
Hi,

Could I get in sometime this week? Things have been really hard since my breakup and my anxiety is through the roof. I'd like to talk to someone sooner rather than later. I'm flexible any day except Tuesday.

Thanks,
Jordan
""",
        ["scheduling"],
        "Jordan",
        note="'could I get in this week'; 'anxiety through the roof' is an idiom, not crisis; Tuesday is ruled out so no days requested",
    )

    inquiry(
        "grant",
        "11-09 08:12",
        "gmail",
        "Oliver Grant",
        "ogrant.music@gmail.com",
        "payment question",
        """\
Hi, do you take credit cards or is it checks only? And can I pay with Venmo? My bank just froze my checkbook (long story).

See you Thursday,
Oliver
""",
        ["fees"],
        "Oliver",
        note="existing client asks about payment methods; 'See you Thursday' refers to a booked session, not a request",
    )

    inquiry(
        "price",
        "11-09 11:30",
        "exchange",
        "Darnell Price",
        "dprice@northlineconstruction.com",
        "EAP sessions",
        """\
Hi there,

My company's EAP (it's through Lyra, I think?) covers six sessions a year. HR told me I can see any provider who will accept the EAP authorization. Is that something you all do? If so I'd like to get started - mornings before 8 or after 4 work best, Monday through Thursday.

Thanks,
Darnell Price
Project Superintendent
Northline Construction | 503-555-0190
""",
        ["insurance", "scheduling"],
        "Darnell",
        None,
        ["monday", "tuesday", "wednesday", "thursday"],
        note="EAP authorization -> insurance with no carrier (Lyra is an EAP vendor); 'Monday through Thursday' is a range of four days",
    )

    inquiry(
        "porter",
        "11-09 13:25",
        "outlook_plain",
        "Elaine Porter",
        "eporter@outlook.com",
        "Not sure if this is couples counseling",
        """\
Hi,

I'm not sure if what we need is couples counseling or something else. Two weeks ago my husband told me he's "not sure he wants to be married anymore." I want to fight for it; he seems like he's halfway out the door. A friend mentioned discernment counseling for situations exactly like ours.

Do you offer that? Would he need to come to the first session or can I start alone?

Elaine
""",
        ["couples", "services"],
        "Elaine",
        note="discernment counseling for a mixed-agenda couple -> couples + services",
    )

    inquiry(
        "romero",
        "11-09 21:05",
        "proton",
        "Isaac Romero",
        "isaac.romero@proton.me",
        "Superbills?",
        """\
Hi,

Do you provide superbills? I have out-of-network benefits through Cigna (they reimburse 70% after the deductible) and I'm happy to submit claims myself. What's your fee for a standard 50-minute session?

Isaac
""",
        ["insurance", "fees"],
        "Isaac",
        "Cigna",
        note="superbill for out-of-network reimbursement with Cigna + session fee",
    )

    inquiry(
        "dubois",
        "11-10 07:15",
        "applemail",
        "Renée Dubois",
        "renee.dubois@icloud.com",
        "EMDR",
        """\
Hello,

Do any of your clinicians offer EMDR? I did about eight sessions with a therapist in Denver a few years ago after a car accident and it helped more than anything else I've tried. Something recently brought a lot of it back up and I'd like to go back to that kind of work.

Thank you,
Renée
""",
        ["services"],
        "Renée",
        note="Apple Mail text/plain QP UTF-8; RFC 2047 Q-encoded display name; accented first name",
    )

    inquiry(
        "cho",
        "11-10 08:05",
        "exchange",
        "Vanessa Cho",
        "vanessa.cho@lumenhealthtech.com",
        "Request for phone consultation",
        """\
Good morning,

I would like to request a brief phone consultation to discuss whether your practice would be a good fit for me. I'm a VP at a healthcare software company and I'm dealing with what I can only describe as burnout - I'm functioning, but barely, and I'd like to address it before it costs me my health or my job.

I'm available Thursday and Friday mornings before 10.

Best regards,
Vanessa Cho
VP, Product | Lumen Health Technologies
""",
        ["scheduling", "services"],
        "Vanessa",
        days=["thursday", "friday"],
        note="formal consultation request from a corporate Outlook; fit question -> services",
    )

    inquiry(
        "lindahl",
        "11-10 12:10",
        "gmail",
        "Greg Lindahl",
        "greg.lindahl@gmail.com",
        "14 year old son",
        """\
Hi,

Looking for someone for our son Owen, 14. He's basically stopped going to school - says he's sick most mornings, then is fine by noon and games until 2am. We've tried everything we can think of. The school counselor thinks there's anxiety underneath it.

Do your therapists work with teens his age, and with school refusal specifically? After school on Wednesdays would be easiest since that's my work-from-home day.

Greg
""",
        ["availability", "services"],
        "Greg",
        days=["wednesday"],
        note="father writes about a 14-year-old (first name is the parent, not the teen); teens + school refusal; Wednesday after school",
    )

    inquiry(
        "ortiz",
        "11-10 15:05",
        "outlook_plain",
        "Daniela Ortiz",
        "daniela.ortiz@outlook.com",
        "Spanish-speaking therapist for my mom",
        """\
Hi,

Do you have a therapist who speaks Spanish? It would be for my mom, she's 62 and doesn't speak much English. She's been very depressed since my dad got sick. I would help her with the scheduling and paperwork. She has Medicare and Medicaid both, if that matters.

Thank you,
Daniela
""",
        ["insurance", "services"],
        "Daniela",
        "Medicare",
        note="English message asking for a Spanish-speaking therapist for a parent; dual-eligible (Medicare named first)",
    )

    inquiry(
        "brooks",
        "11-10 21:40",
        "gmail_alt",
        "Hailey Brooks",
        "hailey.brooks@gmail.com",
        "Grief after suicide loss",
        """\
Hello,

My older brother died by suicide in March. I want to be clear up front that I'm safe and not having those thoughts myself - I just can't seem to get my footing back, and the people around me have run out of things to say.

Do you have anyone who specializes in suicide loss? I've read that it's a different kind of grief. I'd prefer telehealth if possible, since I'm in Hillsboro and the drive into Portland after work is a lot.

Thank you,
Hailey
""",
        ["availability", "services"],
        "Hailey",
        note="suicide-loss survivor who states she is safe -> NOT crisis; specialty + telehealth",
    )

    inquiry(
        "doyle",
        "11-11 07:05",
        "outlook_plain",
        "Chris Doyle",
        "cdoyle88@outlook.com",
        "Virtual sessions?",
        "Hi, do you offer virtual sessions? My commute is killing me and I can't add another drive across town to my week. Tuesdays would be best if you have anything.\n\nThanks, Chris\n",
        ["availability"],
        "Chris",
        days=["tuesday"],
        note="'my commute is killing me' is an idiom, not crisis; telehealth + Tuesday",
    )

    inquiry(
        "forsberg",
        "11-11 11:50",
        "outlook",
        "Linda Forsberg",
        "linda.forsberg@outlook.com",
        "Counseling for my father",
        """\
Hello,

I'm writing for my father, who is 78. My mom passed in September after 51 years of marriage, and he is not doing well - he barely leaves the house and has stopped going to church, which he never used to miss. He has agreed to talk to someone, which is a small miracle.

Do you accept Medicare? He has original Medicare with a Medigap plan. He would need to be seen in person; he doesn't use a computer and his hearing makes phone calls hard.

Thank you,
Linda
""",
        ["insurance", "availability"],
        "Linda",
        "Medicare",
        note="adult daughter writes for her widowed father; Medicare + must be in person",
    )

    inquiry(
        "albright2",
        "11-11 15:48",
        "gmail_alt",
        "Megan Albright",
        "megan.albright@gmail.com",
        "Booking an intake",
        """\
Hi,

I emailed last week about insurance but I don't think I heard back (totally fine, I know you're busy). Either way I'd like to go ahead and book an intake - I'll figure out the insurance part after. I'm a teacher so Thursdays after 3:30 are best for me, we don't have staff meetings that day.

Thanks so much,
Megan Albright
(971) 555-0139
""",
        ["scheduling"],
        "Megan",
        days=["thursday"],
        note="second, separate thread from the same person as 'Do you take Regence?' (no In-Reply-To); only mentions insurance, asks to book",
    )

    inquiry(
        "walters",
        "11-11 16:40",
        "aol",
        "Diane Walters",
        "dwalters1958@aol.com",
        "Counseling for anxiety",
        """\
Hello.

I am looking for a counselor for anxiety. I am 68 and recently retired from teaching, and I thought I would enjoy it, but instead I worry about everything  and wake up at 3 in the morning with my heart pounding.

Do you accept Humana? I have the Humana Gold Plus plan. I would like to come in on a Tuesday or Thursday morning if you have anything.

Diane
""",
        ["insurance", "availability"],
        "Diane",
        "Humana",
        ["tuesday", "thursday"],
        note="HTML-only AOL for Android (QP) with &nbsp; and a tracking-link signature; Humana Medicare Advantage plan",
    )

    inquiry(
        "marsh",
        "11-12 18:22",
        "iphone",
        "Lena Marsh",
        "lenamarsh@me.com",
        "Friday session",
        """\
Hi! My car's in the shop until next week - could we do my Friday session over video instead of in person? Same time is fine.

Lena

Sent from my iPhone
""",
        ["scheduling", "availability"],
        "Lena",
        days=["friday"],
        note="switch an existing appointment to telehealth -> scheduling + availability; Friday is the kept day",
    )

    inquiry(
        "greer",
        "11-12 12:05",
        "outlook_plain",
        "Samantha Greer",
        "samgreer@outlook.com",
        "Kaiser outside referral",
        """\
Hello,

Kaiser told me they don't have any therapists available for at least 10 weeks, so they gave me an outside referral authorization and a list of contracted providers. Your practice was on the list. Can you confirm you take Kaiser outside referrals? I have the authorization number ready.

Thank you,
Samantha
""",
        ["insurance"],
        "Samantha",
        "Kaiser Permanente",
        note="Kaiser outside-referral authorization",
    )

    inquiry(
        "cole",
        "11-12 16:18",
        "gmail",
        "Brianna Cole",
        "brianna.cole@gmail.com",
        "openings before the holidays?",
        """\
Hi!! I'm dying to get in with someone before the holidays lol - the family stuff is already ramping up. Do you have any openings in the next couple of weeks? I have UHC through my job.

Bri
""",
        ["insurance", "availability"],
        "Bri",
        "UnitedHealthcare",
        note="'dying to get in' is an idiom, not crisis; UHC abbreviation; nickname signature",
    )

    inquiry(
        "barrera",
        "11-12 20:50",
        "gmail",
        "Nicole Barrera",
        "nicolebarrera.pdx@gmail.com",
        "co-parenting counseling",
        """\
Hi,

My ex-husband and I need help co-parenting our 6 year old. We divorced last year and we can't get through a single handoff without arguing. Our mediator suggested co-parenting counseling. Would you see both of us together? Do you have anything Wednesdays after 5? That's the only evening neither of us has her.

Nicole
""",
        ["couples", "availability"],
        "Nicole",
        days=["wednesday"],
        note="co-parenting with an ex counts as couples; Wednesday evening",
    )

    inquiry(
        "dunn",
        "11-12 09:35",
        "outlook_plain",
        "Kelsey Dunn",
        "kelsey.dunn@outlook.com",
        "ADHD assessment",
        """\
Hi, do you do ADHD assessments for adults, or just therapy? My PCP wants a formal evaluation before she'll talk about medication. If you don't do testing, could you recommend someone who does?

Thanks,
Kelsey
""",
        ["services"],
        "Kelsey",
        note="asks whether the practice does adult ADHD testing",
    )

    inquiry(
        "harmon",
        "11-13 10:27",
        "gmail",
        "Destiny Harmon",
        "destinyharmon22@gmail.com",
        "OHP?",
        "Do you accept OHP? I have CareOregon.\n\nThanks! Destiny\n",
        ["insurance"],
        "Destiny",
        "Medicaid",
        note="Oregon Health Plan via CareOregon -> Medicaid",
    )

    inquiry(
        "whitcomb",
        "11-13 09:15",
        "exchange",
        "Whitcomb, Laura",
        "lwhitcomb@rosecityarch.com",
        "Consultation request",
        """\
Good morning,

I'd like to schedule an initial consultation. I have an Anthem Blue Cross PPO through my employer. I'm generally free Monday or Friday afternoons after 1:00.

Kind regards,
Laura Whitcomb
Project Architect | Rose City Architecture
""",
        ["insurance", "scheduling"],
        "Laura",
        "Blue Cross Blue Shield",
        ["monday", "friday"],
        note="naming her own plan while booking counts as asking about it; 'Last, First' display name",
    )

    inquiry(
        "hoffman",
        "11-13 13:40",
        "applemail",
        "Sara Hoffman",
        "sarahoffman@icloud.com",
        "EFT couples therapy",
        """\
Hi,

Is anyone on your team trained in Emotionally Focused Therapy? My husband and I read "Hold Me Tight" together and it was the first time in years we felt like we were on the same side. We'd like to work with someone who uses that approach.

Also, what is your rate for couples sessions? I've seen some practices do 80-minute sessions for couples - do you?

Thanks,
Sara
""",
        ["fees", "couples", "services"],
        "Sara",
        note="couples + EFT modality + rate",
    )

    inquiry(
        "jensen",
        "11-13 17:10",
        "gmail",
        "Tyler Jensen",
        "tjensen.pdx@gmail.com",
        "Intake Monday?",
        "Hi, just confirming my intake is this Monday at 2 with Marcus? I never got the reminder email and want to make sure I didn't mess something up.\n\nThanks! Tyler\n",
        ["scheduling"],
        "Tyler",
        days=["monday"],
        note="confirming a booked intake",
    )

    inquiry(
        "moore",
        "11-14 08:40",
        "iphone",
        "Alexis Moore",
        "alexismoore@icloud.com",
        "cigna + couples",
        "Does Cigna cover couples counseling with you guys? My boyfriend and I are trying to figure out if we can afford it.\n\nSent from my iPhone\n",
        ["insurance", "couples"],
        None,
        "Cigna",
        note="no signature, only the display name -> no first name; dating couple + Cigna coverage",
    )

    inquiry(
        "morrison",
        "11-14 10:30",
        "yahoo",
        "Mark and Tanya Morrison",
        "morrisonfamily@yahoo.com",
        "family therapy?",
        """\
Hello,

We're a blended family - me, my husband, my 9-year-old, and his two kids (12 and 15) who are with us every other week. It has been a really rough first year under one roof. The 15-year-old basically won't speak to me.

Do you do family therapy, where all of us could come in together sometimes? Or would you recommend starting somewhere else?

Tanya
""",
        ["services"],
        "Tanya",
        note="shared family account: the display name starts with the husband's name but Tanya signs; blended-family therapy is services, not couples",
    )

    inquiry(
        "hale",
        "11-14 19:25",
        "gmail",
        "Victor Hale",
        "victorhale@gmail.com",
        "Intake for me and my wife",
        """\
Hello, I'd like to book an intake for my wife and me. We've been married 22 years and the kids just left for college, and we've realized we don't really know how to be just the two of us anymore. Whatever's soonest works.

Victor
""",
        ["couples", "scheduling"],
        "Victor",
        note="empty-nest couple asks to book; no days",
    )

    inquiry(
        "goldstein",
        "11-15 12:05",
        "fastmail",
        "Ari Goldstein",
        "ari@goldstein.family",
        "Sunday?",
        "Do you have any Sunday hours?\n\n- Ari\n",
        ["availability"],
        "Ari",
        days=["sunday"],
        note="shortest form: one question and a dash signature; custom family domain on Fastmail",
    )

    inquiry(
        "dawson",
        "11-15 21:10",
        "gmail",
        "Crystal Dawson",
        "crystaldawson89@gmail.com",
        "teen therapy",
        "hey do yall do therapy for teens?? my son is 15 and hes been really struggling since his dad moved out. he wont talk to me about any of it\n",
        ["services"],
        None,
        note="casual, unpunctuated parent message with no signature -> no first name",
    )

    inquiry(
        "ng-kpark",
        "11-02 21:34",
        "iphone",
        "Kevin Park",
        "kevpark@icloud.com",
        "Consult?",
        """\
Hi there, do you have any therapists who work with adult ADHD? I was diagnosed last year at 31 and I'm looking for someone to help with the executive function / burnout side of things. Could I set up one of the free 15 min consult calls sometime this week or next?

Kevin

Sent from my iPhone
""",
        ["scheduling", "services"],
        "Kevin",
        thread="park-consult",
        note="iPhone text/plain 7bit; adult ADHD fit + asks for a free consult call",
    )

    inquiry(
        "whitaker1",
        "11-03 10:02",
        "thunderbird",
        "Dana Whitaker",
        "dana.whitaker@fastmail.com",
        "Couples therapy for an unmarried couple?",
        """\
Hello,

My partner and I have been together six years (not married, no plans to be, which is sort of part of the problem). We keep having the same argument about the future and it's starting to leak into everything else. We'd like to try couples therapy before one of us does something we regret, like move out.

Do you see unmarried couples? And realistically, do you have anything on Saturday mornings? She's a nurse on weekday nights and I teach, so Saturday mornings are honestly the only time we overlap.

Thanks,
Dana
""",
        ["couples", "availability"],
        "Dana",
        days=["saturday"],
        thread="whitaker-couples",
        note="Thunderbird format=flowed, LF; unmarried couple asks whether they are seen and about Saturday mornings",
    )

    inquiry(
        "meyers-e",
        "11-10 02:51",
        "gmail",
        "Caleb Meyers",
        "calebmeyers.pdx@gmail.com",
        "insurance?",
        """\
hey, sorry for the late email, cant sleep. do you guys take Blue Cross? its the Anthem one through my dads work, im 22 so still on his plan. looking for someone for depression, its been bad since i dropped out this fall

Caleb
""",
        ["insurance"],
        "Caleb",
        "Blue Cross Blue Shield",
        note="late-night message about depression with no risk language -> NOT crisis; young adult on a parent's Anthem plan",
    )

    inquiry(
        "yoon",
        "11-06 12:30",
        "outlook_plain",
        "Grace Yoon",
        "grace.yoon@outlook.com",
        "Question about Cigna and cancellations",
        """\
Hi,

Two quick things before I book: are you in network with Cigna, and what's your cancellation policy? I travel for work about once a month and sometimes my trips move with only a day's notice.

Thank you,
Grace
""",
        ["insurance", "fees"],
        "Grace",
        "Cigna",
        note="Cigna network + cancellation policy (fees); 'before I book' is not yet a booking request",
    )

    inquiry(
        "fischer",
        "11-08 09:14",
        "gmail",
        "Hannah Fischer",
        "hannahfischer.pdx@gmail.com",
        "Teen + Saturday?",
        """\
Hello,

My daughter (15) has been having panic attacks at school, and her counselor suggested outside therapy. Do you see teenagers? She's in school until 3:15 and has swim most weekdays, so a Saturday would be easiest for us. We have Kaiser through my husband's job - do you take it?

Thank you,
Hannah
""",
        ["insurance", "availability", "services"],
        "Hannah",
        "Kaiser Permanente",
        ["saturday"],
        note="parent about a 15-year-old; teens + Saturday + Kaiser",
    )

    inquiry(
        "mwangi",
        "11-12 07:25",
        "gmail_alt",
        "Joseph Mwangi",
        "joseph.mwangi@gmail.com",
        "Appointment",
        """\
Good morning,

Please I would like to make an appointment for counselling. I am having a lot of stress with my job and my family in Kenya. Is it possible on Friday? I am off work on Fridays.

Also kindly let me know how I pay, I do not have insurance at this moment.

Regards,
Joseph
""",
        ["fees", "scheduling"],
        "Joseph",
        days=["friday"],
        note="non-native English (Kenyan); book Friday + how to pay without insurance -> fees, not insurance",
    )

    inquiry(
        "sato",
        "11-14 15:05",
        "thunderbird",
        "Ken Sato",
        "ken.sato@comcast.net",
        "Medicare and telehealth",
        """\
Hello,

I am 69 and on Medicare. My wife thinks I should talk to someone about my drinking, and I am willing to try, but I would rather do it by video from home. Do you accept Medicare for telehealth sessions?

Ken Sato
""",
        ["insurance", "availability"],
        "Ken",
        "Medicare",
        note="Medicare + telehealth; wife suggested it but this is individual therapy (not couples); LF, flowed",
    )


# ============================================================================ Spanish inquiries
def spanish_inquiries():
    inquiry(
        "herrera1",
        "11-03 19:05",
        "gmail_alt",
        "Ana Lucía Herrera",
        "analuciaherrera@gmail.com",
        "Terapia de pareja en español",
        """\
Hola, buenas tardes:

Mi esposo y yo llevamos 12 años casados y últimamente peleamos por todo: el dinero, los niños, su familia. Queremos intentar terapia de pareja antes de que sea demasiado tarde.

¿Tienen algún terapeuta que hable español? Mi esposo entiende inglés pero no se siente cómodo hablando de sentimientos en inglés. Además, los dos trabajamos entre semana, ¿atienden los sábados?

Muchas gracias,
Ana Lucía
""",
        ["couples", "availability", "services"],
        "Ana Lucía",
        days=["saturday"],
        lang="es",
        thread="herrera-pareja",
        note="Spanish, Gmail multipart/alternative QP with a B-encoded subject and display name; couple wants a Spanish-speaking therapist on Saturdays; compound first name",
    )

    # Outlook 2010 on an old home PC: plain text in ISO-8859-1, quoted-printable.
    t = when("11-02 17:20")
    body = """\
Buenas tardes,

Me llamo Rosa María y vivo en Beaverton. Desde hace varios meses tengo mucha ansiedad, no duermo bien y me siento muy cansada. Mi doctora me recomendó buscar una psicóloga que hable español.

¿Aceptan el Oregon Health Plan (OHP)? Tengo Medicaid desde el año pasado. ¿Y tienen alguna terapeuta mujer que hable español?

Le agradezco mucho su atención.
Rosa María Gutiérrez
"""
    helo, ipaddr = relay("thunderbird")
    raw = asm(
        envelope("rmgutierrez@comcast.net", helo, ipaddr, t),
        "From: {}\n".format(addr("Rosa María Gutiérrez", "rmgutierrez@comcast.net", "q", cs="iso-8859-1")),
        f"To: <{PRACTICE}>\n",
        "Subject: {}\n".format(ew_q("Información sobre terapia", "iso-8859-1")),
        f"Date: {rfc_date(t)}\n",
        f"Message-ID: <000001dc4c{hexs(6)}${hexs(8)}${hexs(8)}@HPPAVILION>\n",
        "MIME-Version: 1.0\n",
        'Content-Type: text/plain;\n\tcharset="iso-8859-1"\n',
        "Content-Transfer-Encoding: quoted-printable\n",
        "X-Mailer: Microsoft Outlook 14.0\n",
        f"Thread-Index: Adx{rnd(24)}\n",
        "Content-Language: es-us\n\n",
        qp(body, "iso-8859-1"),
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["insurance", "services"],
        "Rosa María",
        "rmgutierrez@comcast.net",
        "Medicaid",
        lang="es",
        note="the ISO-8859-1 message: Outlook 2010 plain text, QP in Latin-1, Latin-1 encoded-word subject and name; OHP/Medicaid + female Spanish-speaking therapist",
    )

    inquiry(
        "ramirez",
        "11-04 12:40",
        "yahoo",
        "Jorge Ramírez",
        "jorge.ramirez.pdx@yahoo.com",
        "Precios",
        """\
Hola,

¿Cuánto cobran por sesión? Estoy pagando por mi cuenta porque mi trabajo no ofrece seguro médico. ¿Tienen algún descuento o escala de pago según ingresos?

Gracias,
Jorge
""",
        ["fees"],
        "Jorge",
        lang="es",
        note="Spanish fees + sliding scale; says he has no insurance, so no insurance label",
    )

    inquiry(
        "nunez",
        "11-04 07:30",
        "gmail",
        "Alejandra Núñez",
        "ale.nunez@gmail.com",
        "Cancelar cita del jueves",
        """\
Hola Marcus,

Necesito cancelar mi cita de mañana jueves a las 10. Me cambiaron el turno en el trabajo y no voy a poder salir. ¿Me van a cobrar la cancelación? Si se puede, me gustaría reprogramar para la próxima semana.

Gracias,
Alejandra
""",
        ["fees", "scheduling"],
        "Alejandra",
        lang="es",
        note="Spanish, Gmail plain-text QP; cancels tomorrow's Thursday appointment (not a requested day) and asks about the fee",
    )

    inquiry(
        "torres",
        "11-05 20:30",
        "outlook",
        "Maricela Torres",
        "maricela.torres@outlook.com",
        "Ayuda para mi hija",
        """\
Buenas noches,

Les escribo por mi hija Valeria, de 14 años. Desde que empezó la preparatoria está muy triste, se encierra en su cuarto y sus calificaciones han bajado mucho. La consejera de la escuela nos recomendó buscar terapia.

¿Ustedes atienden a adolescentes? Ella habla inglés y español. Los martes después de las 4 sería lo mejor para nosotras.

Gracias de antemano,
Maricela Torres
""",
        ["availability", "services"],
        "Maricela",
        days=["tuesday"],
        lang="es",
        note="Spanish parent about a 14-year-old; Outlook.com multipart UTF-8 QP; Tuesdays after 4",
    )

    inquiry(
        "cardenas",
        "11-09 12:15",
        "iphone",
        "Luis Cárdenas",
        "luiscardenas@icloud.com",
        "Cita",
        """\
Buen día, ¿me podrían dar una cita esta semana? Ando con mucho estrés por el trabajo y ya no sé cómo manejarlo. Cualquier día después de las 5.

Luis

Enviado desde mi iPhone
""",
        ["scheduling"],
        "Luis",
        lang="es",
        note="Spanish 'could I get in this week'; iPhone QP UTF-8 with Spanish 'Enviado desde mi iPhone'; any day -> no days",
    )

    inquiry(
        "reyes",
        "11-10 10:05",
        "gmail",
        "Guadalupe Reyes",
        "lupita.reyes@gmail.com",
        "¿Terapia en línea?",
        """\
Hola, buenos días.

¿Ofrecen terapia por videollamada? Vivo en Salem y no tengo carro, así que se me hace muy difícil ir hasta Portland. ¿Están aceptando pacientes nuevos?

Saludos,
Lupita
""",
        ["availability"],
        "Lupita",
        lang="es",
        note="Spanish telehealth + accepting new patients; signs with a nickname of her display name",
    )

    inquiry(
        "aguilar",
        "11-11 18:45",
        "gmail",
        "Fernando Aguilar",
        "fer.aguilar@gmail.com",
        "Cita con seguro Kaiser",
        """\
Hola,

Tengo seguro de Kaiser Permanente por mi trabajo. ¿Lo aceptan? Si es así, me gustaría hacer una cita lo antes posible. Puedo ir los lunes o miércoles por la tarde.

Quedo atento,
Fernando
""",
        ["insurance", "scheduling"],
        "Fernando",
        "Kaiser Permanente",
        ["monday", "wednesday"],
        lang="es",
        note="Spanish Kaiser + booking on Monday or Wednesday afternoons",
    )

    inquiry(
        "salazar",
        "11-13 16:55",
        "outlook",
        "Beatriz Salazar",
        "beatriz.salazar@hotmail.com",
        "Terapia para duelo",
        """\
Buenas tardes,

Hace dos meses perdí a mi mamá y no he podido levantarme. Me cuesta ir al trabajo y lloro todos los días. Una amiga me habló de su consultorio.

¿Tienen terapeutas que trabajen con el duelo? ¿Y atienden en persona o solamente en línea? Prefiero en persona.

Muchas gracias,
Beatriz
""",
        ["availability", "services"],
        "Beatriz",
        lang="es",
        note="Spanish grief (not crisis) + in person or online; hotmail.com via Outlook web",
    )

    inquiry(
        "morales",
        "11-15 19:20",
        "gmail",
        "Yesenia Morales",
        "yeseniamorales93@gmail.com",
        "informacion",
        "hola buenas tardes queria saber si estan aceptando pacientes nuevos y si aceptan medicaid. gracias\n",
        ["insurance", "availability"],
        None,
        "Medicaid",
        lang="es",
        note="Spanish typed on a phone without accents or capitals, no signature -> no first name",
    )


# ============================================================================ follow-ups in thread
def follow_ups():
    inquiry(
        "moreno2",
        "11-04 12:20",
        "gmail",
        "Jessica Moreno",
        "jessmoreno.pdx@gmail.com",
        "Re: Looking for a therapist - anxiety",
        """\
Hi again - one more question I forgot to ask. Do you take Cigna? I just started a new job and my coverage switches over on December 1st, so I want to make sure before I get attached to someone.

Jess
""",
        ["insurance"],
        "Jess",
        "Cigna",
        reply_to="moreno1",
        thread="moreno-anxiety",
        note="follow-up to her own message asking a second question; Gmail quoted history ('On ... wrote:' + '> ') repeats the Monday/Wednesday ask, which must not count",
    )

    inquiry(
        "park2",
        "11-06 08:03",
        "iphone",
        "Kevin Park",
        "kevpark@icloud.com",
        "Re: Consult?",
        """\
Never mind, I found someone closer to my office. Thanks anyway, and you can cancel my consult request!

Kevin

Sent from my iPhone
""",
        ["scheduling"],
        "Kevin",
        reply_to="ng-kpark",
        thread="park-consult",
        note="'never mind, I found someone' withdrawing his consult request (a cancellation -> scheduling); iPhone-style quote with '> On ... wrote:'",
    )

    inquiry(
        "whitaker2",
        "11-09 19:40",
        "thunderbird",
        "Dana Whitaker",
        "dana.whitaker@fastmail.com",
        "Re: Couples therapy for an unmarried couple?",
        """\
Hi, just bumping this in case it went to spam. Are you able to take us on as a couple? If Saturdays are booked solid we could probably swing a Friday evening too.

Dana
""",
        ["couples", "availability"],
        "Dana",
        days=["friday", "saturday"],
        reply_to="whitaker1",
        thread="whitaker-couples",
        note="bump in the same thread; Thunderbird 'On 11/3/26 ... wrote:' quote; still wants Saturday, adds Friday as a fallback",
    )

    inquiry(
        "bennett2",
        "11-05 09:02",
        "yahoo",
        "Gloria Bennett",
        "gloriabennett52@yahoo.com",
        "Re: Medicare question",
        """\
Hello again,

I forgot to ask. Is your office on the ground floor or is there an elevator? I use a walker now because of my knee. I would want to come in person, I am not very good with the computer video calls.

Gloria
""",
        ["availability"],
        "Gloria",
        reply_to="bennett1",
        thread="bennett-medicare",
        note="second question in her own thread (in person, accessibility); Yahoo 'On Wednesday, November 4, 2026 at ... PST, ... wrote:' quote holds the Medicare ask",
    )

    inquiry(
        "feldstein2",
        "11-10 09:47",
        "fastmail",
        "Noah Feldstein",
        "noahf@fastmail.com",
        "Re: Rates / sliding scale",
        """\
Sorry, one more thing before I book anything - what's your cancellation policy? My practicum schedule changes week to week and sometimes I don't find out until the day before, so I want to know what I'd be on the hook for if I have to cancel late.

Noah
""",
        ["fees"],
        "Noah",
        reply_to="feldstein1",
        thread="feldstein-rates",
        note="follow-up asking about the cancellation policy (fees); Fastmail quote with blockquote type=cite in the HTML part",
    )

    inquiry(
        "herrera2",
        "11-08 10:12",
        "gmail_alt",
        "Ana Lucía Herrera",
        "analuciaherrera@gmail.com",
        "Re: Terapia de pareja en español",
        """\
Hola de nuevo, ¿recibieron mi correo? Perdón por insistir. También quería preguntar cuánto cuesta cada sesión de pareja, para ir planeando.

Saludos,
Ana Lucía
""",
        ["fees", "couples"],
        "Ana Lucía",
        lang="es",
        reply_to="herrera1",
        thread="herrera-pareja",
        note="Spanish follow-up in the same thread with a Gmail Spanish attribution ('El mar, 3 nov 2026 a las ..., ... escribió:'); asks the price of a couples session",
    )


# ============================================================================ contact forms
PT_FOOTER = """\
Reply directly to this email to respond to {first}. Your reply goes straight to {first}'s inbox.

Tip: clients are most likely to book with the first therapist who responds. Try to reply within 24 hours.

--
Psychology Today
You are receiving this email because you have an active listing on Psychology Today.
Manage your notification settings: https://member.psychologytoday.com/us/account/notifications?ref={tok}
(c) 2026 Sussex Publishers, LLC | 115 East 23rd Street, 9th Floor | New York, NY 10010
"""


def pt_text(greeting, name, email, phone, message):
    first = name.split()[0]
    return (
        "Psychology Today\n\nYou have a new message from a potential client\n\n"
        f"{greeting}\n\n{first} contacted you through your Psychology Today profile.\n\n"
        f"Name: {name}\nEmail: {email}\nPhone: {phone}\nMessage:\n{message}\n\n"
        + PT_FOOTER.format(first=first, tok=rnd(32))
    )


def psychology_today(
    stamp, name, email, phone, greeting, message, labels, carrier=None, days=(), lang="en", html=False, note=""
):
    t = when(stamp)
    first = name.split()[0]
    text = pt_text(greeting, name, email, phone, message)
    head = (
        envelope(
            "bounces+%d-%s-%s=calmharbor.example@em.psychologytoday.com"
            % (RNG.randint(10**6, 10**7), hexs(4), "hello"),
            "o%d.ptr%d.psychologytoday.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
            ip("149.72."),
            t,
        )
        + "Date: %s\nFrom: Psychology Today <notifications@psychologytoday.com>\nReply-To: %s\nTo: %s\n"
        "Subject: %s sent you a message via Psychology Today\nMessage-ID: <%s@geopod-ismtpd-%d>\nMIME-Version: 1.0\n"
        "X-SG-EID: %s\nX-Entity-ID: %s\n"
        % (
            rfc_date(t),
            addr(name, email, "q", quote=True),
            PRACTICE,
            first,
            rnd(22),
            RNG.randint(1, 12),
            rnd(64),
            rnd(22),
        )
    )
    if not html:
        raw = asm(
            head,
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n",
            qp(text),
            eol=CRLF,
        )
    else:
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f5f6">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#2b2b2b">'
            '<tr><td style="padding:20px;border-bottom:3px solid #2f7d95"><img src="https://cdn.psychologytoday.com/assets/pt-logo-email.png" alt="Psychology Today" width="190"></td></tr>'
            '<tr><td style="padding:24px"><h2 style="font-size:20px;margin:0 0 16px">You have a new message from a potential client</h2>'
            "<p>" + esc(greeting) + "</p><p>" + esc(first) + " contacted you through your Psychology Today profile.</p>"
            '<table role="presentation" cellpadding="4" style="font-size:15px">'
            "<tr><td><b>Name:</b></td><td>" + esc(name) + "</td></tr>"
            '<tr><td><b>Email:</b></td><td><a href="mailto:' + email + '">' + email + "</a></td></tr>"
            "<tr><td><b>Phone:</b></td><td>" + esc(phone) + "</td></tr></table>"
            '<p><b>Message:</b></p><p style="background:#f7f7f7;padding:12px;border-left:3px solid #2f7d95">'
            + esc(message).replace("\n", "<br>")
            + "</p>"
            "<p>Reply directly to this email to respond to " + esc(first) + ".</p></td></tr>"
            '<tr><td style="padding:20px;font-size:11px;color:#888">You are receiving this email because you have an active listing on Psychology Today. '
            '<a href="https://member.psychologytoday.com/us/account/notifications?ref='
            + rnd(32)
            + '">Manage notifications</a><br>'
            "&copy; 2026 Sussex Publishers, LLC | 115 East 23rd Street, 9th Floor | New York, NY 10010</td></tr>"
            "</table></td></tr></table></body></html>\n"
        )
        bnd = hexs(60)
        raw = asm(
            head,
            f"Content-Type: multipart/alternative; boundary={bnd}\n\n",
            f"--{bnd}\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/plain; charset=utf-8\n\n",
            qp(text),
            "\n",
            f"--{bnd}\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/html; charset=utf-8\nMime-Version: 1.0\n\n",
            qp(page),
            "\n",
            f"--{bnd}--\n",
            eol=CRLF,
        )
    record(t, raw, labels, first, email, carrier, days, lang, False, None, note)


def squarespace(stamp, fields, labels, carrier=None, days=(), lang="en", note=""):
    t = when(stamp)
    fd = dict(fields)
    name, email = fd["Name"], fd["Email"]
    text = (
        "Sent via form submission from Calm Harbor Therapy\n\n"
        + "".join("{}: {}\n\n".format(*kv) for kv in fields)
        + "(Sent via Calm Harbor Therapy <https://www.calmharbor.example/contact>)\n"
    )
    html = (
        '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">'
        '<p>Sent via form submission from <a href="https://www.calmharbor.example">Calm Harbor Therapy</a></p>'
        + "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in fields)
        + '<p style="color:#999;font-size:12px">(Sent via <a href="https://www.calmharbor.example/contact">Calm Harbor Therapy</a>)</p>'
        "</body></html>\n"
    )
    bnd = "----=_Part_%d_%d.%d" % (
        RNG.randint(10**6, 10**7),
        RNG.randint(10**8, 10**9),
        int(t.timestamp()) * 1000 + RNG.randint(0, 999),
    )
    raw = asm(
        envelope(
            f"bounce-{hexs(16)}@squarespace.info",
            "mail-a%d.squarespace.info" % RNG.randint(10, 99),
            ip("198.185.159."),
            t,
        ),
        "Date: %s\nFrom: Squarespace <form-submission@squarespace.info>\nReply-To: %s\nTo: %s\n"
        "Message-ID: <%s.%d@squarespace.info>\nSubject: Form Submission - Contact - %s\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; \n\tboundary="%s"\n\n'
        % (
            rfc_date(t),
            email,
            PRACTICE,
            rnd(16),
            RNG.randint(10**5, 10**6),
            hdr_text(fd.get("Subject", "New message")),
            bnd,
        ),
        f"--{bnd}\n",
        text_part(text, "UTF-8"),
        "\n",
        f"--{bnd}\n",
        text_part(html, "UTF-8", "text/html"),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(t, raw, labels, name.split()[0], email, carrier, days, lang, False, None, note)
    return t


def wordpress(stamp, fields, labels, carrier=None, days=(), first=None, email=None, lang="en", note="", eol=LF):
    t = when(stamp)
    fd = dict(fields)
    body = (
        "".join("{}: {}\n".format(*kv) for kv in fields)
        + "\n--\nThis e-mail was sent from a contact form on Calm Harbor Therapy (https://www.calmharbor.example)\n"
    )
    raw = asm(
        f"Return-Path: <wordpress@calmharbor.example>\nDelivered-To: {PRACTICE}\n",
        "Received: from web-01.calmharbor.example (web-01.calmharbor.example [203.0.113.25])\n"
        "\tby {} (Postfix) with ESMTPS id 4d{}\n\tfor <{}>; {}\n".format(
            MX,
            rnd(10, "0123456789BCDFGHJKLMNPQRSTVWXYZ"),
            PRACTICE,
            rfc_date(t + timedelta(seconds=1), zone_comment=True),
        ),
        "Date: {}\nTo: {}\nFrom: WordPress <wordpress@calmharbor.example>\nReply-To: {}\n"
        "Subject: [Calm Harbor Therapy] New contact form submission\nMessage-ID: <{}@www.calmharbor.example>\n"
        "X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n".format(
            rfc_date(t), PRACTICE, addr(fd["Name"], fd["Email"], "q"), rnd(43)
        ),
        body.encode("utf-8"),
        eol=eol,
    )
    record(t, raw, labels, first, email, carrier, days, lang, False, None, note)


def contact_forms():
    psychology_today(
        "11-05 21:10",
        "Tom Nguyen",
        "tom.nguyen.pdx@outlook.com",
        "(503) 555-0182",
        "Hi Elena,",
        "Hi, I'm 41 and going through a divorce after 15 years of marriage. I'm doing okay on the surface but I think I need somewhere to actually talk about it. Do you work with men going through divorce? I'd need evening telehealth because I have my kids most afternoons.",
        ["availability", "services"],
        note="Psychology Today text/plain QP from notifications@ with Reply-To the client; same person writes again directly on Monday; divorce is individual, not couples",
    )

    psychology_today(
        "11-07 08:50",
        "Denise Hollister",
        "denise.hollister@gmail.com",
        "(503) 555-0158",
        "Dear Dr. Harper,",
        "My son is 16 and was just diagnosed with depression by his pediatrician. He's open to therapy but wants someone \"who isn't weird about it\" (his words). Do you have a therapist who works with teen boys? We have Optum through my husband's job.",
        ["insurance", "services"],
        "UnitedHealthcare",
        html=True,
        note="Psychology Today multipart/alternative with an HTML table layout; parent about a 16-year-old; Optum -> UnitedHealthcare",
    )

    psychology_today(
        "11-10 14:22",
        "Kayla Brennan",
        "kaylabrennan.art@gmail.com",
        "Not provided",
        "Hi Marcus,",
        "Hi! My girlfriend and I have been together 3 years and just moved in together, and it's been... an adjustment. We'd love to do a few sessions to learn how to fight better. Do you see same-sex couples, and do you have Saturday availability? What do you charge for a couples session?",
        ["fees", "couples", "availability", "services"],
        days=["saturday"],
        note="Psychology Today, no phone given; same-sex couple (fit -> services) + Saturday + price",
    )

    psychology_today(
        "11-12 07:55",
        "Samuel Adeyemi",
        "samuel.adeyemi@yahoo.com",
        "(971) 555-0193",
        "Hi Elena,",
        "Hello, I would like to schedule a first appointment. I have been feeling depressed since I lost my job in August and it is hard to get out of bed some days. I have Medicaid (CareOregon). Is it possible this week or next?",
        ["insurance", "scheduling"],
        "Medicaid",
        note="Psychology Today; depression without risk language (not crisis); CareOregon -> Medicaid; this week or next",
    )

    squarespace(
        "11-02 09:35",
        [
            ("Name", "Olivia Chen"),
            ("Email", "oliviachen.design@gmail.com"),
            ("Phone", "503-555-0166"),
            ("Subject", "New client"),
            (
                "Message",
                "Hi, do you take Blue Cross? I have Regence through my husband's work. I'd like to book an intake for anxiety, ideally on a Thursday.",
            ),
        ],
        ["insurance", "scheduling"],
        "Blue Cross Blue Shield",
        ["thursday"],
        note="Squarespace notification from form-submission@squarespace.info with Reply-To; Name:/Email:/Phone:/Message: fields",
    )

    squarespace(
        "11-08 22:45",
        [
            ("Name", "Elijah Warren"),
            ("Email", "ewarren.pdx@gmail.com"),
            ("Phone", ""),
            ("Subject", "EMDR + sliding scale"),
            (
                "Message",
                "Hello - I'm interested in EMDR for some childhood stuff I've never really dealt with. Do you have a sliding scale? I'm a full-time student at PCC and work part time.",
            ),
        ],
        ["fees", "services"],
        note="Squarespace with an empty Phone field; EMDR + sliding scale",
    )

    wordpress(
        "11-11 08:05",
        [
            ("Name", "Ruth Abernathy"),
            ("Email", "ruth.abernathy@gmail.com"),
            ("Phone", "(503) 555-0149"),
            (
                "Message",
                "Could I get in this week? My therapist of four years moved to Colorado and I don't want to go too long without sessions. Open any day but Monday.",
            ),
        ],
        ["scheduling"],
        first="Ruth",
        email="ruth.abernathy@gmail.com",
        note="WordPress contact form (wordpress@ own domain, LF, 8bit); 'could I get in this week'; Monday ruled out -> no days",
    )

    wordpress(
        "11-13 20:30",
        [
            ("Name", "Corey Blackwood"),
            ("Email", "cblackwood@gmail.com"),
            ("Phone", "971-555-0127"),
            ("Insurance", "Aetna"),
            (
                "Message",
                "Do you have any openings for a new client on Mondays? I've been sober four months and want some support staying that way. Do you work with people in recovery?",
            ),
        ],
        ["insurance", "availability", "services"],
        "Aetna",
        ["monday"],
        first="Corey",
        email="cblackwood@gmail.com",
        note="WordPress form with a structured Insurance: field (counts as insurance); recovery fit + Mondays",
    )


# ============================================================================ forwarded referrals
def referrals():
    # 1. A family-medicine front desk forwards a patient's note from Gmail (Google Workspace).
    t = when("11-03 15:10")
    text = """\
Hello Calm Harbor team,

Dr. Patel asked me to forward the message below from one of her patients. He has given permission for you to contact him directly.

Thank you!
Amber Lewis
Front Desk | Laurelhurst Family Medicine
(503) 555-0108

---------- Forwarded message ---------
From: Michael Donnelly <mdonnelly.pdx@gmail.com>
Date: Mon, Nov 2, 2026 at 6:40\u202fPM
Subject: therapist referral
To: Laurelhurst Family Medicine <frontdesk@laurelhurstfm.com>


Hi Dr. Patel,

Thanks for seeing me last week. You mentioned a practice called Calm Harbor for the anxiety and drinking stuff we talked about. Could you pass my info along? I have Cigna through work, and I'd like to know if they take it and whether they have anything on Tuesdays - I work from home that day.

Thanks,
Mike
"""
    helo, ipaddr = relay("workspace")
    head = (
        envelope("frontdesk@laurelhurstfm.com", helo, ipaddr, t)
        + "MIME-Version: 1.0\nFrom: Laurelhurst Family Medicine <frontdesk@laurelhurstfm.com>\nDate: {}\nMessage-ID: {}\n"
        "Subject: Fwd: therapist referral\nTo: {}\n".format(
            rfc_date(t, pad=False), message_id("workspace", "x@laurelhurstfm.com", t), PRACTICE
        )
    )
    bnd = "0000000000" + hexs(18)
    fwd_html = gmail_html(text.split("---------- Forwarded message ---------")[0]).replace(
        "</div>\n",
        '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        'From: <strong class="gmail_sendername" dir="auto">Michael Donnelly</strong> <span dir="auto">&lt;<a href="mailto:mdonnelly.pdx@gmail.com">mdonnelly.pdx@gmail.com</a>&gt;</span><br>'
        'Date: Mon, Nov 2, 2026 at 6:40\u202fPM<br>Subject: therapist referral<br>To: Laurelhurst Family Medicine &lt;<a href="mailto:frontdesk@laurelhurstfm.com">frontdesk@laurelhurstfm.com</a>&gt;<br></div><br><br>'
        + gmail_html(text.split("To: Laurelhurst Family Medicine <frontdesk@laurelhurstfm.com>\n\n\n")[1]).strip()
        + "</div></div>\n",
        1,
    )
    raw = asm(
        head,
        f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n',
        f"--{bnd}\n",
        text_part(text, "UTF-8", quote_cs=True),
        "\n",
        f"--{bnd}\n",
        text_part(fwd_html, "UTF-8", "text/html", quote_cs=True),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["insurance", "availability"],
        "Mike",
        "mdonnelly.pdx@gmail.com",
        "Cigna",
        ["tuesday"],
        note="doctor's front desk forwards a patient's note (Gmail '---------- Forwarded message ---------'); answer the patient (signs 'Mike'), not the clinic",
    )

    # 2. An OB-GYN forwards a postpartum patient's message, plain text from the clinic's Workspace account.
    t = when("11-09 16:35")
    text = """\
Hi Elena,

Forwarding a note from a patient of mine who is about six weeks postpartum. I saw her today; she screened positive for depression but denied any thoughts of self-harm, and she's motivated to start therapy. She asked me to send this along and is happy for you to email her directly.

Thanks so much,
Rachel Kim, MD
Westside Women's Health

---------- Forwarded message ---------
From: Nadia Haddad <nadia.haddad@yahoo.com>
Date: Mon, Nov 9, 2026 at 11:02 AM
Subject: Therapist
To: Dr. Rachel Kim <rkim@westsidewomenshealth.com>


Dr. Kim,

Thank you for listening to me today. Could you send my information to the therapist you mentioned? I would like to start as soon as I can, even if it is only every other week at first. Do they see new moms, and is it okay if the baby comes with me? We have Aetna through my husband.

Nadia
"""
    helo, ipaddr = relay("workspace")
    raw = asm(
        envelope("rkim@westsidewomenshealth.com", helo, ipaddr, t),
        'MIME-Version: 1.0\nFrom: "Rachel Kim, MD" <rkim@westsidewomenshealth.com>\nDate: {}\nMessage-ID: {}\n'
        "Subject: Fwd: Therapist\nTo: Elena Harper <{}>\n".format(
            rfc_date(t, pad=False), message_id("workspace", "x@westsidewomenshealth.com", t), PRACTICE
        ),
        'Content-Type: text/plain; charset="UTF-8"\n\n',
        text,
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["insurance", "scheduling", "services"],
        "Nadia",
        "nadia.haddad@yahoo.com",
        "Aetna",
        note="OB-GYN forwards a postpartum patient's note as plain text; the doctor's 'denied thoughts of self-harm' is not crisis; answer the patient",
    )


# ============================================================================ crisis
def crisis():
    inquiry(
        "harlan",
        "11-10 02:14",
        "gmail_alt",
        "Emily Harlan",
        "emily.harlan@gmail.com",
        "need to talk to someone",
        """\
I don't really know how to write this. I don't want to be alive anymore and it scares me how much I've been thinking about it this week. My roommate saw me crying and made me promise I'd email a therapist tonight, so this is me doing that.

Can I see someone soon? I don't care what day.

Emily
""",
        ["scheduling", "crisis"],
        "Emily",
        eol=LF,
        note="DIRECT crisis: 'I don't want to be alive anymore', sent at 2am; asks to be seen soon (LF line endings)",
    )

    inquiry(
        "caldwell",
        "11-12 13:48",
        "iphone",
        "Evan Caldwell",
        "evan.caldwell@icloud.com",
        "Appointment",
        """\
Hi, could I get in soon? Any day is fine, I'm not working right now. I've been giving away my things and I don't see the point of anything lately. My sister said I should talk to someone so I'm trying that.

Evan

Sent from my iPhone
""",
        ["scheduling", "crisis"],
        "Evan",
        note="INDIRECT crisis hidden in a routine scheduling request: giving away possessions + 'don't see the point of anything'",
    )


# ============================================================================ not inquiries
def not_inquiries():
    # 1. A colleague's RFC 3834 vacation reply to our referral email, with 988 boilerplate.
    t = when("11-03 09:41")
    raw = asm(
        envelope("lmorgan@nwcounselingcollective.com", *relay("workspace"), t),
        "MIME-Version: 1.0\nFrom: Lisa Morgan <lmorgan@nwcounselingcollective.com>\nDate: {}\nMessage-ID: {}\n"
        "Subject: Out of office: Re: Couples referral - SE Portland\nTo: Calm Harbor Therapy <{}>\n"
        "In-Reply-To: <ch-{}@calmharbor.example>\nReferences: <ch-{}@calmharbor.example>\n"
        "Auto-Submitted: auto-replied\nPrecedence: bulk\nX-Autoreply: yes\n"
        'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'.format(
            rfc_date(t, pad=False),
            message_id("workspace", "x@nwcounselingcollective.com", t),
            PRACTICE,
            hexs(16),
            hexs(16),
        ),
        qp(
            "Thank you for your message. I am out of the office November 2\u20136 at a training and will return "
            "emails when I am back on Monday, November 9.\n\n"
            "If you are a current client and this is an emergency, please call 911, go to your nearest emergency room, "
            "or call or text 988 (Suicide & Crisis Lifeline). For scheduling and billing questions, please contact "
            "our front desk at (503) 555-0144.\n\n"
            "Warmly,\nLisa Morgan, LMFT\nNorthwest Counseling Collective\n"
        ),
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="colleague's vacation auto-reply: Auto-Submitted: auto-replied + Precedence + 'Out of office' subject; 988/911 boilerplate is not crisis",
    )

    # 2. Exchange 'Automatic reply' from a client's work address, triggered by our appointment reminder.
    t = when("11-10 16:02")
    body = (
        "I am out of the office through Friday, November 13 with limited access to email. For anything urgent on the "
        "Westfield Bridge project, please contact Priya Raman at praman@ridgelineengineering.com or call the main "
        "office at 503-555-0100.\n\nThank you,\nDavid\n"
    )
    raw = asm(
        envelope("dkowal@ridgelineengineering.com", *relay("exchange"), t),
        "From: David Kowal <dkowal@ridgelineengineering.com>\nTo: Calm Harbor Therapy <{}>\n"
        "Subject: Automatic reply: Appointment reminder - Thursday 11/12\nThread-Topic: Appointment reminder - Thursday 11/12\n"
        "Date: {}\nMessage-ID: {}\nIn-Reply-To: <ch-{}@calmharbor.example>\nReferences: <ch-{}@calmharbor.example>\n"
        "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: dkowal@ridgelineengineering.com\n"
        "X-MS-Exchange-Organization-AutoReply: OOF\nContent-Language: en-US\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: quoted-printable\n\n'.format(
            PRACTICE, rfc_date(t), message_id("exchange", "x@ridgelineengineering.com", t), hexs(16), hexs(16)
        ),
        qp(body, "us-ascii"),
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="Exchange OOF 'Automatic reply:' from a real client's work address (Auto-Submitted: auto-generated, X-Auto-Response-Suppress); the person is real but this mail is a machine's",
    )

    # 3. Gmail vacation responder from a prospective client.
    t = when("11-06 11:17")
    raw = asm(
        envelope("bsayles.mil@gmail.com", *relay("gmail"), t),
        "MIME-Version: 1.0\nFrom: Brittany Sayles <bsayles.mil@gmail.com>\nDate: {}\nMessage-ID: {}\n"
        "Subject: Out of office - moving!\nTo: Calm Harbor Therapy <{}>\n"
        "In-Reply-To: <ch-{}@calmharbor.example>\nReferences: <ch-{}@calmharbor.example>\nAuto-Submitted: auto-replied\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'.format(
            rfc_date(t, pad=False), message_id("gmail", "x@gmail.com", t), PRACTICE, hexs(16), hexs(16)
        ),
        "Hi! We're in the middle of a move and I'm mostly offline until November 16. I'll get back to you as soon as "
        "the boxes are unpacked and the internet is hooked up. If it's urgent, text me.\n\nBrittany\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="Gmail vacation responder (Auto-Submitted: auto-replied) from a prospective client who wrote the day before",
    )

    # 4. Mailchimp newsletter from a professional association.
    t = when("11-04 06:00")
    text = """\
OREGON COUNSELING ASSOCIATION - November 2026 Member Digest

IN THIS ISSUE
* Legislative update: telehealth across state lines after the Counseling Compact
* CE workshop: "Gottman Level 1 for couples therapists" - Saturday, December 5, Portland
* Billing corner: what the 2027 Medicare fee schedule means for LPCs and LMFTs
* Member spotlight: building a sliding-scale practice that lasts
* Reminder: update your website and voicemail with 988 Suicide & Crisis Lifeline information

Read the full digest: https://orcounseling.org/news/november-2026

You are receiving this email because you are a member of the Oregon Counseling Association.
Update your preferences: https://orcounseling.us12.list-manage.com/profile?u={u}&id={i}
Unsubscribe: https://orcounseling.us12.list-manage.com/unsubscribe?u={u}&id={i}

Oregon Counseling Association | PO Box 4411 | Salem, OR 97302
""".format(u=hexs(25), i=hexs(10))
    html = (
        '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>November 2026 Member Digest</title></head>'
        '<body style="background:#f4f1ec;margin:0"><center><table width="600" style="background:#fff;font-family:Georgia,serif;color:#333">'
        '<tr><td style="padding:24px;background:#22577a;color:#fff"><h1 style="margin:0;font-size:24px">Oregon Counseling Association</h1>'
        '<p style="margin:4px 0 0">November 2026 Member Digest</p></td></tr><tr><td style="padding:24px">'
        '<h2 style="font-size:18px">Legislative update: telehealth across state lines</h2><p>The Counseling Compact privilege to practice...</p>'
        '<h2 style="font-size:18px">CE workshop: Gottman Level 1 for couples therapists</h2><p>Saturday, December 5, Portland. Early-bird pricing ends November 20.</p>'
        '<h2 style="font-size:18px">Billing corner: the 2027 Medicare fee schedule</h2><h2 style="font-size:18px">Member spotlight: a sliding-scale practice that lasts</h2>'
        '<p style="background:#fdf3d8;padding:12px">Reminder: update your website and voicemail with 988 Suicide &amp; Crisis Lifeline information.</p>'
        '<p><a href="https://orcounseling.org/news/november-2026">Read the full digest</a></p></td></tr>'
        '<tr><td style="padding:16px;font-size:11px;color:#777">You are receiving this email because you are a member of the Oregon Counseling Association.<br>'
        '<a href="https://orcounseling.us12.list-manage.com/unsubscribe">Unsubscribe</a> | <a href="https://orcounseling.us12.list-manage.com/profile">Update preferences</a></td></tr>'
        '</table></center><img src="https://orcounseling.us12.list-manage.com/track/open.php?u='
        + hexs(25)
        + '" height="1" width="1"></body></html>\n'
    )
    bnd = "_----------=_MCPart_" + str(RNG.randint(10**8, 10**9))
    list_hash = hexs(25)
    raw = asm(
        envelope(
            "bounce-mc.us12_%d.%d-hello=calmharbor.example@mail%d.suw%d.mcdlv.net"
            % (RNG.randint(10**7, 10**8), RNG.randint(10**6, 10**7), RNG.randint(10, 99), RNG.randint(10, 99)),
            "mail%d.suw%d.mcdlv.net" % (RNG.randint(10, 99), RNG.randint(10, 99)),
            ip("198.2."),
            t,
        ),
        "Subject: November Member Digest: telehealth compact, Gottman workshop, 2027 Medicare rates\n"
        "From: Oregon Counseling Association <news@orcounseling.org>\nReply-To: Oregon Counseling Association <info@orcounseling.org>\n"
        "To: <%s>\nDate: %s\nMessage-ID: <%s.%s@mail%d.suw%d.mcdlv.net>\n"
        "List-ID: %s mailchimp list <%s.%d.list-id.mcsv.net>\n"
        "List-Unsubscribe: <https://orcounseling.us12.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.us12_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nPrecedence: bulk\nX-Mailer: MailChimp Mailer - **CID%s**\n"
        "Feedback-ID: %d:%d.%d:us12:mc\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="%s"\n\n'
        % (
            PRACTICE,
            rfc_date(t),
            hexs(32),
            hexs(10),
            RNG.randint(10, 99),
            RNG.randint(10, 99),
            list_hash,
            list_hash,
            RNG.randint(10**5, 10**6),
            list_hash,
            hexs(10),
            hexs(10),
            hexs(10),
            hexs(40),
            hexs(10),
            RNG.randint(10**7, 10**8),
            RNG.randint(10**6, 10**7),
            RNG.randint(10**6, 10**7),
            bnd,
        ),
        "This is a multi-part message in MIME format\n\n",
        f"--{bnd}\n",
        text_part(text, "utf-8", force_qp=True),
        "\n",
        f"--{bnd}\n",
        text_part(html, "utf-8", "text/html", force_qp=True),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="Mailchimp member newsletter with List-ID, List-Unsubscribe(+Post), Precedence: bulk; mentions couples, Saturday, Medicare, sliding scale and 988",
    )

    # 5. EHR vendor cold pitch from a sales rep (a person: no loop headers).
    inquiry_like = """\
Hi there,

I came across Calm Harbor Therapy while looking at group practices in Portland and noticed you offer both individual and couples work across a few clinicians. Practices your size usually tell us the same thing: notes, superbills and insurance claims eat six-plus hours a week per therapist.

CharterNote is an EHR built for small group practices - scheduling and client self-booking, a secure client portal, telehealth, superbills, and claims to Aetna, Optum, Cigna and BCBS from one screen. Most practices move over in a weekend, and we'll migrate your existing records for free.

Would you be open to a 15-minute demo on Thursday or Friday? Happy to work around your client hours.

Best,
Brett Lawson
Account Executive | CharterNote
brett.lawson@charternote.io | (628) 555-0114
https://charternote.io

If this isn't relevant, just let me know and I won't follow up.
"""
    t = when("11-05 07:12")
    bnd = "0000000000" + hexs(18)
    raw = asm(
        envelope("brett.lawson@charternote.io", *relay("workspace"), t),
        "MIME-Version: 1.0\nFrom: Brett Lawson <brett.lawson@charternote.io>\nDate: {}\nMessage-ID: {}\n"
        "Subject: Calm Harbor + CharterNote: 6 hours a week back per therapist?\nTo: {}\n"
        'Content-Type: multipart/alternative; boundary="{}"\n\n'.format(
            rfc_date(t, pad=False), message_id("workspace", "x@charternote.io", t), PRACTICE, bnd
        ),
        f"--{bnd}\n",
        text_part(inquiry_like, "UTF-8", quote_cs=True),
        "\n",
        f"--{bnd}\n",
        text_part(gmail_html(inquiry_like), "UTF-8", "text/html", quote_cs=True),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        note="EHR vendor pitch from a sales rep (person-to-person, no bulk headers -> never_reply false); talks scheduling, couples, insurers and weekdays",
    )

    # 6. Insurer provider bulletin from a no-reply address.
    t = when("11-09 05:30")
    text = """\
Optum Behavioral Health | Network Bulletin | November 2026

Dear Provider,

This bulletin contains important updates for Optum behavioral health network clinicians. Please review and share with your billing staff.

1. Telehealth place-of-service codes: effective January 1, 2027, claims for audio-video sessions delivered to a member's home must use POS 10.
2. Reimbursement schedule update for psychotherapy codes 90834 and 90837 in Oregon and Washington.
3. Reminder: keep your availability current in the provider directory. Members rely on it to find clinicians who are accepting new patients.
4. Couples and family therapy (90847) documentation requirements.

Full bulletin: https://www.providerexpress.com/content/ope-provexpr/us/en/news/network-bulletin.html

This message was sent from an unmonitored mailbox. Please do not reply to this email.
Optum, 11000 Optum Circle, Eden Prairie, MN 55344
"""
    html = (
        '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="640" align="center">'
        '<tr><td style="background:#ff612b;height:6px"></td></tr><tr><td style="padding:20px">'
        + "".join("<p>{}</p>".format(esc(p).replace("\n", "<br>")) for p in paras(text))
        + "</td></tr></table></body></html>\n"
    )
    bnd = "----=_Part_%d_%d.%d" % (RNG.randint(10**6, 10**7), RNG.randint(10**8, 10**9), int(t.timestamp()) * 1000)
    raw = asm(
        envelope(f"bounce-{hexs(12)}@em.optum.com", "mta%d.em.optum.com" % RNG.randint(1, 9), ip("13.111."), t),
        "Date: %s\nFrom: Optum Provider Express <no-reply@optum.com>\nTo: %s\nMessage-ID: <%s.%d.JavaMail.sfmc@em.optum.com>\n"
        "Subject: Network Bulletin: November 2026 behavioral health updates\nMIME-Version: 1.0\n"
        "List-Unsubscribe: <mailto:leave-%s@em.optum.com>\nX-SFMC-Stack: 4\n"
        'Content-Type: multipart/alternative; \n\tboundary="%s"\n\n'
        % (rfc_date(t), PRACTICE, hexs(16), RNG.randint(10**5, 10**6), hexs(20), bnd),
        f"--{bnd}\n",
        text_part(text, "us-ascii"),
        "\n",
        f"--{bnd}\n",
        text_part(html, "us-ascii", "text/html"),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="insurer provider bulletin from no-reply@optum.com; mentions telehealth, accepting new patients and couples therapy",
    )

    # 7. Insurer claims notice via Availity (no-reply).
    t = when("11-12 03:14")
    raw = asm(
        envelope("noreply@availity.com", "smtp-out%d.availity.com" % RNG.randint(1, 6), ip("204.26."), t),
        "Date: %s\nFrom: Availity Notifications <noreply@availity.com>\nTo: %s\n"
        "Subject: New remittance available - Aetna - CALM HARBOR THERAPY LLC\nMessage-ID: <%s.JavaMail.notify@avprd-ntf%02d>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
        % (rfc_date(t), PRACTICE, hexs(24), RNG.randint(1, 20)),
        "A new Electronic Remittance Advice (ERA) is available for your organization.\n\n"
        "Payer: AETNA\nPayee: CALM HARBOR THERAPY LLC\nCheck/EFT number: 8841%d\nPayment date: 11/11/2026\n"
        "Payment amount: $1,126.40\nClaims in this remittance: 9\n\n"
        "Log in to Availity Essentials to view or download the remittance: https://apps.availity.com\n\n"
        "This is an automated notification. Replies to this address are not monitored.\n" % RNG.randint(10000, 99999),
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="claims/remittance notice from noreply@availity.com naming Aetna; carrier null because not_inquiry",
    )

    # 8. MAILER-DAEMON bounce of our reply to a mistyped address.
    t = when("11-02 16:08")
    qid = "4d" + rnd(10, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    bnd = "%s.%d/%s" % (qid, int(t.timestamp()), MX)
    orig_t = t - timedelta(seconds=9)
    raw = asm(
        f"Return-Path: <>\nDelivered-To: {PRACTICE}\n",
        f"Received: by {MX} (Postfix)\n\tid {qid}; {rfc_date(t, zone_comment=True)}\n",
        "Date: {}\nFrom: MAILER-DAEMON@{} (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n"
        "To: {}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{}"\n'
        "Content-Transfer-Encoding: 8bit\nMessage-Id: <{}.{}@{}>\n\n".format(
            rfc_date(t), MX, PRACTICE, bnd, t.strftime("%Y%m%d%H%M%S"), qid, MX
        ),
        "This is a MIME-encapsulated message.\n\n",
        f"--{bnd}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n",
        f"This is the mail system at host {MX}.\n\n",
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<blee.runs@gmial.com>: Host or domain name not found. Name service error for\n    name=gmial.com type=MX: Host not found, try again\n\n",
        f"--{bnd}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n",
        f"Reporting-MTA: dns; {MX}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {PRACTICE}\nArrival-Date: {rfc_date(orig_t)}\n\n",
        "Final-Recipient: rfc822; blee.runs@gmial.com\nOriginal-Recipient: rfc822;blee.runs@gmial.com\nAction: failed\n"
        "Status: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n    for name=gmial.com type=MX: Host not found, try again\n\n",
        f"--{bnd}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n",
        f"From: Calm Harbor Therapy <{PRACTICE}>\nTo: Brandon Lee <blee.runs@gmial.com>\nSubject: Re: new clients?\nDate: {rfc_date(orig_t)}\n"
        f"Message-ID: <ch-{hexs(16)}@calmharbor.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n",
        "Hi Brandon,\n\nThanks for reaching out! Yes, we are accepting new clients. Marcus Webb, LCSW has openings on "
        "Tuesday and Thursday evenings, and our self-pay rate is $165 per session. Would you like to set up a free "
        "15-minute consultation?\n\nWarmly,\nCalm Harbor Therapy\n\n",
        f"--{bnd}--\n",
        eol=LF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        never=True,
        note="Postfix bounce: Return-Path <>, MAILER-DAEMON, multipart/report with the returned reply (which talks about openings, days and fees); LF",
    )

    # 9. Phishing spam dressed up as the mail host.
    t = when("11-08 04:47")
    text = (
        "Dear hello@calmharbor.example,\n\nYour mailbox storage is 98% full. Incoming messages from your clients "
        "will be rejected after 24 hours unless you verify your account and upgrade your quota.\n\n"
        "Verify now: https://calmharbor-example.webmail-quota-check.com/verify?u=hello\n\n"
        "Mail Administrator\n"
    )
    html = (
        '<html><body><div style="font-family:Segoe UI,Arial;font-size:14px"><p>Dear <b>hello@calmharbor.example</b>,</p>'
        '<p>Your mailbox storage is <span style="color:#d00;font-weight:bold">98% full</span>. Incoming messages from your clients will be rejected after 24 hours unless you verify your account and upgrade your quota.</p>'
        '<p><a href="https://calmharbor-example.webmail-quota-check.com/verify?u=hello" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">VERIFY NOW</a></p>'
        "<p>Mail Administrator</p></div></body></html>\n"
    )
    bnd = f"--_NmP-{hexs(16)}-Part_1"
    raw = asm(
        envelope("info@kalyanpackaging.in", "mail.kalyanpackaging.in", ip("103.21."), t),
        f'From: "Mail Administrator" <info@kalyanpackaging.in>\nTo: {PRACTICE}\nSubject: Action required: mailbox storage 98% full\n'
        f"Date: {rfc_date(t)}\nMessage-ID: <{uuid4()}@kalyanpackaging.in>\nX-Priority: 1 (Highest)\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/alternative;\n boundary="{bnd}"\n\n',
        f"--{bnd}\n",
        text_part(text, "utf-8"),
        "\n",
        f"--{bnd}\n",
        text_part(html, "utf-8", "text/html"),
        "\n",
        f"--{bnd}--\n",
        eol=CRLF,
    )
    record(t, raw, ["not_inquiry"], note="phishing spam ('mailbox 98% full') from an unrelated domain; no bulk headers")

    # 10. SEO spam through the website contact form.
    wordpress(
        "11-10 03:22",
        [
            ("Name", "Mike Anderson"),
            ("Email", "mike@rankhighdigital.co"),
            ("Phone", "+1 (347) 555-0188"),
            (
                "Message",
                'Hi Calm Harbor Therapy team, I was checking your site and noticed you\'re not on page 1 for "couples therapy Portland" or "therapist accepting new clients near me". We help therapists get 20-30 new clients a month with local SEO. Our packages start at $299/month, cancel any time. Can I send a free audit? Reply with a good day - Monday or Tuesday works for me.',
            ),
        ],
        ["not_inquiry"],
        note="SEO spam submitted through the WordPress contact form; mentions couples, new clients, fees and weekdays but is not an inquiry",
    )

    # 11. Job applicant with a CV attached.
    t = when("11-11 10:05")
    letter = """\
Dear Dr. Harper,

I'm a Licensed Professional Counselor Associate (LPCA) finishing my supervised hours, and I'm writing to ask whether Calm Harbor has any openings for an associate clinician, or might in the new year.

I completed Gottman Level 2 training this summer and have spent the last two years working with couples and adolescents at a community clinic in Gresham. I'm bilingual in English and Spanish and available to see clients on evenings and Saturdays. I'm comfortable with either a fee split or a salaried position.

I've attached my CV. Thank you for your time, and I'd welcome the chance to talk.

Sincerely,
Valeria Montoya, MA, LPCA
"""
    pdf = (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length 58 >>\nstream\nBT /F1 18 Tf 72 720 Td (Valeria Montoya, MA, LPCA - CV) Tj ET\nendstream\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    outer, inner = "0000000000" + hexs(18), "0000000000" + hexs(18)
    raw = asm(
        envelope("valeria.montoya.lpc@gmail.com", *relay("gmail"), t),
        "MIME-Version: 1.0\nFrom: Valeria Montoya <valeria.montoya.lpc@gmail.com>\nDate: {}\nMessage-ID: {}\n"
        "Subject: Associate clinician position - Valeria Montoya, LPCA\nTo: {}\n"
        'Content-Type: multipart/mixed; boundary="{}"\n\n'.format(
            rfc_date(t, pad=False), message_id("gmail", "x@gmail.com", t), PRACTICE, outer
        ),
        f'--{outer}\nContent-Type: multipart/alternative; boundary="{inner}"\n\n',
        f"--{inner}\n",
        text_part(letter, "UTF-8", quote_cs=True),
        "\n",
        f"--{inner}\n",
        text_part(gmail_html(letter), "UTF-8", "text/html", quote_cs=True),
        "\n",
        f"--{inner}--\n",
        f'--{outer}\nContent-Type: application/pdf; name="Montoya_CV_2026.pdf"\n'
        'Content-Disposition: attachment; filename="Montoya_CV_2026.pdf"\nContent-Transfer-Encoding: base64\n'
        f"Content-ID: <f_m{hexs(8)}0>\nX-Attachment-Id: f_m{hexs(8)}0\n\n",
        b64(pdf),
        f"--{outer}--\n",
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        note="job applicant (multipart/mixed with a PDF CV); mentions couples, Saturdays, fees and Spanish but is not a client inquiry",
    )

    # 12. Landlord / property-manager notice.
    t = when("11-09 14:30")
    raw = asm(
        envelope("manager@hawthornecommonspm.com", *relay("outlook"), t),
        "From: Hawthorne Commons Property Management <manager@hawthornecommonspm.com>\nTo: Calm Harbor Therapy <{}>\n"
        "Subject: HVAC maintenance Thursday 11/12 - Suites 200-240\nDate: {}\nMessage-ID: {}\nContent-Language: en-US\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: quoted-printable\n\n'.format(
            PRACTICE, rfc_date(t), message_id("outlook", "x@hawthornecommonspm.com", t)
        ),
        qp(
            "Hello tenants,\n\nOur HVAC contractor will be servicing the rooftop units for the second floor this Thursday, "
            "November 12, between 9:00 AM and 1:00 PM. Heat will be off in Suites 200-240 for about two hours during that "
            "window, and there will be some noise from the roof. You may want to let your clients know or bring a space heater.\n\n"
            "Please call the office at 503-555-0172 with any questions.\n\nThank you,\nGina Alvarez\nProperty Manager | Hawthorne Commons\n",
            "us-ascii",
        ),
        eol=CRLF,
    )
    record(
        t,
        raw,
        ["not_inquiry"],
        note="landlord notice about building maintenance on Thursday; a person wrote it, but it is not an inquiry",
    )


# ============================================================================ main
def build():
    english_inquiries()
    spanish_inquiries()
    follow_ups()
    contact_forms()
    referrals()
    crisis()
    not_inquiries()

    if os.path.isdir(INBOX):
        shutil.rmtree(INBOX)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(INBOX, sub))
    for sub in ("cur", "tmp"):
        open(os.path.join(INBOX, sub, ".gitkeep"), "wb").close()

    records = []
    for n, (t, _, raw, exp) in enumerate(sorted(ENTRIES, key=lambda e: (e[0], e[1])), start=1):
        name = "%d.M%04dP1.triage-demo" % (int(t.timestamp()), n)
        assert ":" not in name
        with open(os.path.join(INBOX, "new", name), "wb") as fh:
            fh.write(raw)
        records.append(dict({"file": "new/" + name}, **exp))
    with open(EXPECTED_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


if __name__ == "__main__":
    recs = build()
    print("wrote %d messages to %s and %s" % (len(recs), os.path.relpath(INBOX), os.path.relpath(EXPECTED_PATH)))
