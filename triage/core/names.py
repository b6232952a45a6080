"""The person's own first name: form field, self-introduction, signature, or a display name that is a person's.

Compound first names are kept whole ("Mary Beth", "Ana Lucía", "José Luis"); an organisation's name, a title, a
sign-off word or a surname never becomes a greeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from triage.core.cosigners import with_cosigners
from triage.core.family_first import given_after_family
from triage.core.forms import PHONE
from triage.core.forwards import forwarded_as_evidence, forwarded_sender
from triage.core.model import Inquiry
from triage.core.name_parts import clean_name, first_of
from triage.core.name_words import (
    COMPOUND_FIRST,
    COMPOUND_SECOND,
    INITIAL_SURNAME,
    NOT_NAMES,
    TITLES,
)
from triage.core.organisation_words import ORGANISATION

_SIGNOFF = re.compile(
    r"^\s*(thanks?( you)?( so much)?|thx|tks|thank you( again| so much)?|many thanks|best( regards| wishes)?|regards|"
    r"kind regards|warm(ly| regards)|sincerely|cheers|take care|respectfully|appreciate it|all the best|"
    r"kindly|fondly|gratefully|with gratitude|yours( truly| sincerely)?|goodbye|good-bye|bye( for now)?|farewell|"
    r"gracias|muchas gracias|obrigad[oa]|abraços|atenciosamente|"
    r"saludos( cordiales)?|atentamente|un saludo|un abrazo|cordialmente|bendiciones|"
    r"merci( beaucoup)?|semper fi|ciao|shalom|namaste|peace|blessings|sl[áa]inte|"
    r"abrazos|besos|un beso|cu[ií]d(ate|ense)|"
    r"hasta pronto|con cari[ñn]o|que dios (la|lo|los|les) bendiga|dios (la|lo) bendiga|thanks again|thanks in advance|"
    r"dzi[eę]ki|dzi[eę]kuj[eę]|pozdrawiam|danke( sch[öo]n)?|(viele|liebe) gr[üu](ß|ss)e|grazie( mille)?|spasibo|"
    r"спасибо|c[aả]m [oơ]n|bedankt|dank je( wel)?|mahalo|arigato|tack|takk|toda|"
    r"xo+|love|-+|—)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's|this is|i am|i'm|[Mm]e llamo|[Mm]i nombre es|soy)\s+"
    r"([A-ZÀ-ÖØ-Þ](?:[^\W\d_A-Z]|')+(?:-[^\W\d_](?:[^\W\d_A-Z]|')+)?)"
)
_CALL_ME = re.compile(r"\b(?:(?:you\s+can|please|pls)\s+call\s+me|(?:i|I)\s+go\s+by)\s+([A-Z][^\W\d_]+)\b")
_GREETED_INTRO = r"|(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]ola),?\s+it'?s"
_INTRO = re.compile(_INTRO.pattern.replace("|soy)", "|soy" + _GREETED_INTRO + ")"))
"""'Hey, it's Bex' introduces Bex in writing too: after a greeting, 'it's' is followed by a name."""
_SPOKEN_INTRO = re.compile(_INTRO.pattern.replace(r")\s+(", r"|^[Ii]t'?s),?\s+(?:(?:uh|um|er|erm),?\s+)*("), re.M)
"""A voicemail opens 'It's Marisol' or 'this is uh Marcus': in writing, 'it's Tuesday' is no name, and nobody
types 'uh', so only phone messages read them."""
_REFERRED = re.compile(
    r"\b(?:refer(?:ring)?|referral for|patient|client|pt)[:\s]+(?:is\s+)?(?:(?:mr|mrs|ms|miss)\.?\s+)?"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)\s+[A-ZÁÉÍÓÚÑ]"
)

_CREDENTIALED = re.compile(
    r"^\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)\s+(?:[A-Z]\.\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+,\s*"
    r"(?:LCSW|LICSW|LPC|LMFT|LMHC|LPCC|MSW|RN|BSN|NP|APRN|PMHNP|PA-C|MD|DO|PhD|PsyD|MA|MS|CSW)\b"
)
"""A colleague's signature line, "Renee Albright, LCSW", whatever lines of employer and title follow it."""


def _display_person(display: str | None) -> str | None:
    """The first name in a From display name, when the name is a person's, not an organisation's or a service's."""
    if not display or "@" in display:
        return None
    words = [w.strip(".,") for w in display.replace("&", " & ").split()]
    if not 1 <= len(words) <= 4 or any(w.lower() in ORGANISATION for w in words) or words[0].lower() == "the":
        return None  # "The Hendersons" is a household, not a person to greet
    if (
        display.islower()
        and len(words) == 1
        and (len(words[0]) <= 2 or not re.search(r"[aeiouy]", words[0]) or words[0] in _ADDRESSED)
    ):
        return None  # "mk", "rjb": initials, not a name to greet ("tay" is one)
    if display.islower() and len(words) == 1 and INITIAL_SURNAME.match(words[0]):
        return None  # "jmarsh": a username
    if display.islower():
        display = " ".join(w.capitalize() for w in display.split())
    return first_of(display)


def _own_casing(block: str, given: str) -> str:
    """A sign-off typed in lower case that is the display name's first name, or its start ("mack" for Mackenzie,
    "xime" for Ximena), is their name: written with a capital, so the signature rules see it."""
    low = given.lower()

    def fix(match: re.Match[str]) -> str:
        word = match.group(2)
        if len(word) >= 2 and low.startswith(word.lower()):
            return match.group(1) + word.capitalize()
        return match.group(0)

    return re.sub(r"(?m)^(\s*[-—~]*\s*)([a-záéíóúñ]+)\s*$", fix, block)


_ORG = re.compile(
    r"\b(?:city|psychiatry|clinic|health|counseling|counselling|center|centre|medicine|medical|practice|group|associates"
    r"|services|hospital|university|school|church|llc|inc|pllc|partners|wellness|behavioral|pediatrics)\b",
    re.IGNORECASE,
)
"""'Rose City Psychiatry' under a clinician's name: the organisation's line, not a person's."""


def _signature_name(text: str, signature: str, display: str | None = None) -> str | None:
    """The name under a sign-off ('Thanks,\\nMaya'), or a lone name line at the very end of the text.

    A sign-off typed in lower case ("thanks,\\nmadison") counts when it is the display name's first name.
    """
    if display:
        given = display.split()[0]
        text, signature = _own_casing(text, given), _own_casing(signature, given)
    signed = _signed_off(text)
    if signed:
        return signed  # "Thanks in advance,\nRob" above "Robert J. Havlicek, P.E.": how they sign to us
    for block in (signature, text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        for i, line in enumerate(lines):
            if _SIGNOFF.match(line) and i + 1 < len(lines):
                name = first_of(lines[i + 1].lstrip("-— ").strip())
                if name:
                    return name
            inline = re.match(
                r"^(?:thanks|thank you|thx|ty|best|cheers|gracias|saludos|xx+|xo+)\s*[,!\-–—]?\s+([A-Z]\w+)\W*$",
                line,
                re.I,
            )
            if inline and clean_name(inline.group(1)):
                return clean_name(inline.group(1))
        if (
            block is signature
            and lines
            and len(lines[0].split()) <= 3
            and not _SIGNOFF.match(lines[0])
            and not _ORG.search(lines[0])
        ):
            name = first_of(lines[0].lstrip("-—~ ").strip())  # an unsigned block starts with the name
            if name:
                return name
        credentialed = next((m for line in lines[-4:] if (m := _CREDENTIALED.match(line))), None)
        if credentialed and clean_name(credentialed.group(1)):
            return clean_name(credentialed.group(1))  # "Renee Albright, LCSW" above "Discharge Planning, ..."
        tail = re.search(  # "...into sessions. Thank you, Janet", "...We have Kaiser. - Tom": signed at the line's end
            r"[.!?]\s+(?:(?i:thanks|thank\s+you|thx|cheers|best|gracias)\s*[,!\-–—]?\s+|[-–—~]\s*)([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\W*$",
            lines[-1] if lines else "",
        )
        if block is text and tail and clean_name(tail.group(1)):
            return clean_name(tail.group(1))
        given = display.split()[0] if display else ""
        if given and lines and lines[-1].split()[0] != given and any(x.split()[0] == given for x in lines[-3:-1]):
            return given  # "Greg Halvorsen" above "Lake Oswego": the town under the name is no name
        if len(lines) >= 2 and (
            lines[-1].split()[0].lower() in NOT_NAMES or re.match(r"[A-Z]{2,}\b[^a-z]*(?:\([^)]*\))?\s*$", lines[-1])
        ):
            # "Adriana López" above "Promotora de Salud", "Ray Dunbar" above "MMCM, USN (Ret.)": the title under it
            lines = lines[:-1]
        if lines:
            last = lines[-1].lstrip("-—~ ").strip()
            if len(last.split()) <= 3 and not last.endswith(("?", ".", ":")) and not _ORG.search(last):
                name = first_of(last)
                if name:
                    return name
    return None


def _signed_off(text: str) -> str | None:
    """The name on the line under the last sign-off of the text itself, or after "thanks -" at its very end."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i in range(len(lines) - 2, max(-1, len(lines) - 5), -1):
        if _SIGNOFF.match(lines[i]):
            return first_of(lines[i + 1].lstrip("-— ").strip())
    return None


def _nickname(given: str | None, text: str) -> str | None:
    """'Gabe' signed under a form that says Gabriel, 'bree' after "thanks -" from Breanna: the shorter name they go
    by, when it starts (or ends) like their given name."""
    if not given:
        return None
    found = re.search(
        r"(?:^|\n|\b(?:thanks|thx|ty|cheers|best)\s*[,!\-–—]*)\s*[-—~]*\s*([A-Za-z][a-z]+)\W*$", text.strip(), re.I
    )
    word = _signed_off(text) or (found.group(1) if found else "")
    low, first = word.lower(), given.split()[0].lower()
    # "Seun" under a form that says Oluwaseun: the end of it, as some names are shortened
    shortened = first.startswith(low[:2]) or (len(low) >= 3 and first.endswith(low))
    if 2 <= len(low) < len(first) and shortened and low not in NOT_NAMES:
        return word.capitalize()
    return None


def first_name(inquiry: Inquiry) -> str | None:
    """The first name of the person to answer: form field, referral, self-introduction, signature, display name;
    with the others who signed beside them ("Ben & Hope Adeyemi": "Ben and Hope")."""
    name = _first_name(inquiry)
    if name is None and inquiry.sender_name and inquiry.sender_name.isupper():
        name = _first_name(replace(inquiry, sender_name=inquiry.sender_name.title()))  # "HAROLD JENSEN"
    goes_by = _GOES_BY.search(inquiry.text[:600])
    if goes_by and name and clean_name(goes_by.group(1)):
        return with_cosigners(goes_by.group(1), inquiry)  # "My name is Richard Halvorsen, most folks call me Dick"
    return with_cosigners(given_after_family(name, inquiry), inquiry)


_GOES_BY = re.compile(
    r"\b(?:(?:most\s+)?(?:folks|people|everyone|everybody|friends)\s+call\s+me|(?:please\s+)?call\s+me|i\s+go\s+by)"
    r"\s+([A-Z][a-z]+)\b(?!\s+(?:at|on|back|if|when|after|before|anytime|any\s+time|tomorrow|today))"
)
"""The name they ask to be called by, capitalised as a name ("call me back at" and "call me Monday" are not)."""


def _first_name(inquiry: Inquiry) -> str | None:
    if inquiry.form is not None and inquiry.form.name:
        typed = inquiry.form.name
        named = first_of(typed.title() if typed.islower() else typed)  # "marisol", typed in a hurry: Marisol
        # "Name: Rebecca Adkins" over a message signed "Thank you! Becky": the name they sign with
        signed = _SIGNED_AT_END.search(inquiry.text.strip())
        if (
            named
            and signed
            and clean_name(signed.group(1))
            and signed.group(1) != named.split()[0]
            # "Thank you Dana", "Thanks, Sam": our therapists thanked; "Thank you! Mom": a role
            and signed.group(1).lower() not in _ADDRESSED
        ):
            return clean_name(signed.group(1))
        if named or not _INTRO.search(inquiry.text[:400]):
            return _nickname(named, inquiry.text) or named
        # "First name: P." and the message says "this is Priya": their own words name them
    if inquiry.source == "referral" and not forwarded_as_evidence(inquiry):
        forwarded_from = forwarded_person(inquiry)
        if forwarded_from[0]:
            return forwarded_from[0]
        found = _REFERRED.search(inquiry.text + "\n" + inquiry.forwarded_text)
        if found and clean_name(found.group(1)):
            return clean_name(found.group(1))
        name = _signature_name(inquiry.forwarded_text, "")
        if name:
            return name
        return writer_name(inquiry)  # a forward that names no one (an HR notice): the one who wrote
    return writer_name(inquiry)


_BORROWED = re.compile(
    r"\b(?:writing|sending\s+this|emailing)\s+(?:you\s+)?(?:from|on|using)\s+(?:my\s+)?(?:husband|wife|partner|son|daughter|"
    r"mom|mother|dad|father|sister|brother|friend|boyfriend|girlfriend)'?s\s+(?:email|e-mail|account|computer|phone)\b",
    re.IGNORECASE,
)


def writer_name(inquiry: Inquiry) -> str | None:
    """The first name of the one who wrote the mail: self-introduction, signature, display name."""
    phone_message = inquiry.form is not None and inquiry.form.service == PHONE
    # "RingLine Voice" is nobody, and a contact form's sender is the website, whoever filled it in
    display = None if phone_message or inquiry.form is not None else _display_person(inquiry.sender_name)
    borrowed = _BORROWED.search(inquiry.text) if display else None
    if borrowed:
        display = None  # "Susan (Noah's mom, writing from my husband's email)": the account's name is not hers
        line = inquiry.text[: borrowed.start()].rsplit("\n", 1)[-1]
        # "This is Lorraine Fairbanks, writing from my husband's email"
        introduced = re.search(r"\b[Tt]his\s+is\s+([A-Z][a-z]+)\b", line) or _INTRO.search(line)
        if introduced and clean_name(introduced.group(1)):
            return clean_name(introduced.group(1))
        signed = re.match(r"\s*[-—~]*\s*([A-Z][a-z]+)\b", line)
        if signed and clean_name(signed.group(1)):
            return clean_name(signed.group(1))
    called = _CALL_ME.search(inquiry.text)  # "you can call me Rowan", "I go by Sam": how they want to be greeted
    if called and clean_name(called.group(1)):
        return clean_name(called.group(1))
    intro = (_SPOKEN_INTRO if phone_message else _INTRO).search(inquiry.text[:400])
    if intro and (
        intro.group(1).endswith(("'s", "’s"))
        or re.match(r"\s+[A-Z][\w-]+(?:'s|’s)\s", inquiry.text[intro.end() : intro.end() + 40])
    ):
        intro = None  # "this is Ana's mom", "this is Maya Alvarez's mom": Maya is who the message is about
    if intro and clean_name(intro.group(1)):
        named = clean_name(intro.group(1))
        second = re.match(r"\s+([^\W\d_]+)", inquiry.text[intro.end(1) : intro.end(1) + 30])
        if named and second and named.lower() in COMPOUND_FIRST and second.group(1).lower() in COMPOUND_SECOND:
            return f"{named} {second.group(1)}"  # "Mi nombre es María José": one first name in two words
        # "My name is Walter" from "Walt Pedersen", signed "Walt" (or "Raymond" signed "Ray"): the short form they use
        short = _signed_off(f"{inquiry.text}\n{inquiry.signature or ''}")
        if named and short and short != named and named.startswith(short):
            return short
        return display if display and named and named.startswith(display.split()[0]) else named
    # No display name: a lower-case sign-off that starts their address ("tyler" for tyler.brandt92@) is theirs,
    # or is one of its words ("-maya" from skatergirl.maya09@)
    parts = [w for w in re.split(r"[._\-+\d]+", (inquiry.sender_email or "").split("@")[0].lower()) if w]
    local = parts[0] if parts and not display else ""
    for block in (inquiry.signature, inquiry.text):
        last = ((block or "").strip().splitlines() or [""])[-1].strip().lstrip("-—~ ").rstrip(".! ").lower()
        if not display and len(last) >= 3 and last in parts[1:] and last not in NOT_NAMES:
            local = last
    chosen = _lower_signoff(inquiry.text)
    if chosen and (not display or not display.lower().startswith(chosen.lower()[:2])):
        return chosen  # "Danielle Brooks" signing "thanks\n\ndex": the name they go by, not the account's
    # "Alexis Romero" signing a lower-case "lex" alone on the last line: the short name they go by
    alone = ((inquiry.text.strip().splitlines() or [""])[-1]).strip()
    if display and re.fullmatch(r"[a-z]{3,12}", alone) and alone not in NOT_NAMES:
        given = display.split()[0].lower()
        if alone != given and alone in given:
            return alone.capitalize()
    initials = re.search(r"(?:^|\n)\s*[-—~]\s*([A-Z]{2,3})\s*$", inquiry.text.strip())
    if not display and initials and (parts[:1] == [initials.group(1).lower()] or not parts):
        return initials.group(1)  # "- JT" from jt.nakamura@: the initials they go by
    name = _signature_name(inquiry.text, inquiry.signature, display or (local if len(local) >= 3 else None))
    if name is None and display is None and inquiry.sender_name and not phone_message:
        given = inquiry.sender_name.split()[0]  # "Sunday Nnadi" signing "Sunday": a name, though also a day
        if given[:1].isupper() and re.search(rf"(?m)^\s*{re.escape(given)}\s*$", inquiry.signature or inquiry.text):
            return given
    if inquiry.language != "es":  # "María Lucía Benítez Ramos", "Elena Marcos Ruiz": two surnames, not two given names
        name = _whole_given(name, inquiry.sender_name, f"{inquiry.text}\n{inquiry.signature or ''}")
    return name or _nickname(display, inquiry.text) or display


_ADDRESSED = frozenset({"dana", "sam", "mom", "dad", "mum", "mama", "papa", "grandma", "grandpa", "nana"})
"""Words after a closing thanks that are not the writer's name: the practice's therapists, or a role."""
_SIGNED_AT_END = re.compile(
    r"(?:^|[.!?]\s+|\n)(?i:thanks|thank\s+you|thx|cheers|best|gracias)\s*[,!.\-–—]*\s*\n?\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\W*$"
)
"""'...money is tight. Thank you! Becky': a name signed under the thanks at the very end of a form's message."""
_THANKS_AT_END = re.compile(r"\b(?:thanks|thank\s+you|thx|ty|cheers|best|love|xo+)\W*$", re.IGNORECASE)
_NOT_SIGNED = frozenset(
    {
        "lol",
        "me",
        "mom",
        "dad",
        "help",
        "urgent",
        "asap",
        "pls",
        "please",
        "tia",
        "again",
        "sorry",
        "bye",
        "byee",
        "cheers",
        "xo",
        "later",
        "much",
        "lots",
        "all",
        "everyone",
        "guys",
        "you",
        "tons",
        "heaps",
        "so",
    }
)


def _lower_signoff(text: str) -> str | None:
    """'...any time monday works. thanks\n\ndex': a lower-case name alone under a thanks, capitalised."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    # "thx arlene": the thanks and the name on one last line
    same = re.fullmatch(r"(?:thx|thanks|ty|thank\s+you|cheers)[,!.\s-]+([a-z]{3,12})", lines[-1]) if lines else None
    if same and same.group(1) not in NOT_NAMES and same.group(1) not in _NOT_SIGNED:
        return same.group(1).capitalize()
    if len(lines) < 2 or not _THANKS_AT_END.search(lines[-2]):
        return None
    last = re.fullmatch(r"[-—~]*\s*([a-z]{3,12})", lines[-1])
    if last is None or last.group(1) in NOT_NAMES or last.group(1) in _NOT_SIGNED:
        return None
    return last.group(1).capitalize()


def _whole_given(name: str | None, sender: str | None, text: str) -> str | None:
    """'Ngoc Anh' signed by "Thi Ngoc Anh Pham": a given name of two words, as they sign it, when the From line has
    both before the surname."""
    # "Dr. Marvin Ostrowski (Ret.)": the title and the bracket are no part of the name
    words = [w for w in re.sub(r"\([^)]*\)|,.*$", " ", sender or "").split() if w.lower().strip(".") not in TITLES]
    if not name or name not in words[:-2]:
        return name
    second = words[words.index(name) + 1]
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return f"{name} {second}" if lines and lines[-1] == f"{name} {second}" else name


def forwarded_person(inquiry: Inquiry, any_domain: bool = False) -> tuple[str | None, str | None]:
    """The forwarded mail's own sender, first name and address (see `forwards.forwarded_sender`)."""
    found = forwarded_sender(inquiry, any_domain)
    return (first_of(found[0]), found[1]) if found else (None, None)
