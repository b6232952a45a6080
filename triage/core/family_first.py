"""Names written family name first ("Zhang Wei", "CHEN Mei-Ling", "Nguyen Thi Hoa"): the given name is the one to greet.

Many who carry an East Asian family name write it first, some in capitals; a reply that greets "Hi Zhang" greets a
surname. The lists are family names that are never given names, so a Western-order name is left as it is."""

from __future__ import annotations

from triage.core.model import Inquiry
from triage.core.name_parts import clean_name

FAMILY_FIRST = frozenset(
    [
        "chen",
        "wang",
        "zhang",
        "liu",
        "huang",
        "zhao",
        "zhou",
        "wu",
        "xu",
        "sun",
        "zhu",
        "gao",
        "guo",
        "luo",
        "zheng",
        "liang",
        "xie",
        "tang",
        "feng",
        "deng",
        "cao",
        "peng",
        "zeng",
        "xiao",
        "tian",
        "dong",
        "pan",
        "yuan",
        "cai",
        "jiang",
        "shen",
        "yao",
        "nguyen",
        "tran",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vo",
        "dang",
        "bui",
        "ngo",
        "duong",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "shin",
        "kwon",
        "hwang",
        "ahn",
    ]
)
"""Family names that are never given names, written first by many who carry them ("Zhang Wei", "Park Ji-hoon"):
the given name after them is the one to greet. Not Lee, Kim, Lin or Ho, which are given names too."""
VIETNAMESE_SURNAMES = frozenset(
    [
        "nguyễn",
        "nguyen",
        "trần",
        "tran",
        "lê",
        "le",
        "phạm",
        "pham",
        "hoàng",
        "hoang",
        "huỳnh",
        "huynh",
        "phan",
        "vũ",
        "vu",
        "võ",
        "vo",
        "đặng",
        "dang",
        "bùi",
        "bui",
        "đỗ",
        "do",
        "hồ",
        "ho",
        "ngô",
        "ngo",
        "dương",
        "duong",
        "lý",
        "ly",
    ]
)
"""Vietnamese family names, written first: "Nguyen Thi Hoa" is greeted by the last of her names, Hoa."""


def given_after_family(name: str | None, inquiry: Inquiry) -> str | None:
    """'PARK Jihoon', or From 'NGUYEN VAN MINH' signed 'Minh': the family name written first, in capitals as many
    write it, and the given name after it, which is the one to greet."""
    words = (inquiry.sender_name or "").split()
    if not name or len(words) < 2 or name.lower() != words[0].lower():
        return name
    lines = [x.strip() for x in f"{inquiry.text}\n{inquiry.signature}".strip().splitlines() if x.strip()][-6:]
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0].lower() == name.lower() and parts[0].isupper() and parts[1].istitle():
            return parts[1]  # "PARK Jihoon"
    last = lines[-1] if lines else ""
    if inquiry.sender_name and inquiry.sender_name.isupper() and last.lower() in (w.lower() for w in words[1:]):
        return last.title()  # "NGUYEN VAN MINH", signed "Minh"
    family = words[0].lower()
    caps_family = words[0].isupper() and words[0].isalpha() and len(words[0]) > 2 and not words[1].isupper()
    if caps_family or family in FAMILY_FIRST:
        # From "CHEN Mei-Ling", "Zhang Wei", "Park Ji-hoon": the family name first; "Nguyen Thi Hoa" is Hoa
        given = clean_name(words[-1] if family in VIETNAMESE_SURNAMES else words[1].rstrip(","))
        if given:
            return given.title() if given.isupper() else given
    return name
