"""Days told of, not asked for: the day something happened ("I ended up at urgent care on Sunday"), a day described
("Friday would have been her birthday"), the day an event takes ("my in-laws arrive Saturday")."""

from __future__ import annotations

import re

WENT = re.compile(
    r"\b(?:ended\s+up|went|happened|started|began|fell|broke|came\s+home|arrived|was\s+born|got\s+(?:sick|home|back|fired|hurt)"
    r"|used|tried|did|spent|visited|stayed|admitted|rushed|taken|took|brought|saw|met|talked|drove)\b"
    r"[^.?!\n]{0,40}\b(?:on|since|last)\s+$"
    r"|\b(?:got|came|come|heard)\s+(?:\w+\s+){0,3}back\s+(?:on\s+)?$"
    # "my son suggested it on the phone on Sunday": any verb in the past, bar those that say what they want
    r"|\b(?:i|we|he|she|they|it|son|daughter|husband|wife|partner|mom|dad|doctor|\w+ly)\b[,\s]+(?:\w+[,\s]+)?"
    r"(?!(?:interest|tir|schedul|book|need|want|prefer|plann|hop|free|reserv|open|clos|fix|us|exhaust|stress|bless)ed\b)"
    r"[a-z]{3,}ed\b[^.?!\n;]{0,30}\bon\s+$",
    re.IGNORECASE,
)
"""'I ended up at urgent care on Sunday': the day something happened, not one they ask for."""
DAY_TOLD = re.compile(
    r"\s+(?:is|was|will\s+be|is\s+going\s+to\s+be|would\s+have\s+been|marks|was\s+supposed\s+to\s+be)\s+"
    r"(?!(?:\w+\s+){0,2}(?:best|better|good|great|ideal|free|open|fine|ok|okay|easiest|perfect|possible|available|only|"
    r"days?\s+off)\b)"
    r"(?:going\s+to\s+be\s+)?(?:my|our|his|her|their|the|a|an)\b"
    r"|\s+(?:dread|scaries|blues)\b",  # "Sunday dread", "the Sunday scaries"
    re.IGNORECASE,
)
"""'This Sunday is going to be my first Valentine's single', 'Friday would have been her birthday': a day told of."""
EVENT = re.compile(
    r"\b(?:laid\s+off|fired|let\s+go|died|passed(?:\s+away)?|happened|broke\s+up|split\s+up|found\s+out|got\s+the\s+(?:call|news)|"
    r"diagnosed|admitted|discharged|discharging|born|buried|funeral|moved\s+out|walked\s+out|left\s+(?:me|us|home)|murió|falleci[óo]|pas[óo]|"
    r"(?:was|were|got|became)\s+(?:finali[sz]ed|final|official|signed|filed|served|over|done|approved|denied))\s+(?:on\s+|el\s+)?(?:a\s+|the\s+|last\s+|un\s+)?$"
    # "my wife passed away a year ago this coming Sunday": an anniversary, not a day they ask for
    r"|\b(?:died|passed(?:\s+away)?|anniversary|years?\s+ago)\b[^.?!,]{0,25}\b(?:this|next)\s+(?:coming\s+|past\s+)?$"
    r"|\b(?:graduat\w+|wedding|party|recital|tournament|birthday|rehearsal|shower|ceremony|surgery|speech|presentation"
    r"|exam|test|concert|interview)\b[^.?!,]{0,30}\bon\s+(?:this\s+|next\s+)?$"
    # "can't sleep Sunday nights", "Sunday dread starts Saturday morning": when it hurts, not when they can come
    r"|\b(?:can'?t|cannot|couldn'?t)\s+sleep\s+(?:on\s+)?$|\bdread\w*\s+(?:\w+\s+){0,2}$"
    # "my in-laws arrive Saturday", "I go to Mass every Sunday", "school avoidance on Mondays", "discharging home
    # this Friday": what happens that day, not a day to come
    r"|\b(?:arriv\w+|land\w*|fly\w*|leav(?:e|es|ing)|mass|church|services?|avoidance|discharg\w+(?:\s+home)?)"
    r"\s+(?:\w+\s+)?(?:on\s+|every\s+|this\s+|next\s+)?$",
    re.IGNORECASE,
)
