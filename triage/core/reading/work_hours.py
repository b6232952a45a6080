"""The hours and days someone's work or classes take ("I work 9 to 5 on weekdays", "weekdays im at work til 6",
"He has classes every weekday", "trabaja de lunes a sábado hasta las 5"): what the days reader sets aside, so that
the days taken are never read as days wanted, and hours taken never as whole days."""

from __future__ import annotations

import re

UNTIL_HOUR = re.compile(
    r"^\s*,?\s*(?:(?:hasta|until|till|til|to)\s+(?:las\s+|la\s+)?\d{1,2}(?::\d\d)?\b|(?:from\s+|de\s+)?\d{1,2}(?::\d\d)?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|to|a)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b)",
    re.IGNORECASE,
)
"""'el trabaja de lunes a sábado hasta las 5', 'I'm at work Monday-Friday 9 to 5': the hours taken, not whole days."""
WORK_EXCEPT = re.compile(
    r"\b(?:i\s+work|i'?m\s+working|my\s+shifts?\s+(?:are|is|run)|i'?m\s+at\s+work|trabajo)\b[^.?!\n]{0,60}"
    r"\b(?:except|but\s+not|besides|other\s+than|excepto|menos)\s+(?:on\s+|for\s+|los\s+)?$",
    re.IGNORECASE,
)
"""'I work every day except Sunday and Monday': the days excepted from work are the days they are free."""
DAY_OFF = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|he'?s|she'?s)\s+(?:usually\s+|always\s+|only\s+)?off\s+(?:work\s+)?(?:on\s+)?$"
    r"|\b(?:my|our|his|her)\s+days?\s+off\s+(?:are|is)\s+(?:usually\s+|always\s+)?$|\bi\s+(?:have|get)\s+(?:\w+\s+)?off\s+(?:on\s+)?$",
    re.IGNORECASE,
)
"""'I work at a coffee shop and I'm off Thursday and Friday': the days off work are the days they are free."""
AT_WORK = re.compile(
    r"\b(?:(?:i|he|she|they|we|dad|mom|my\s+(?:husband|wife|partner|son|daughter|dad|mom))\s+(?:both\s+|all\s+|also\s+)?works?"
    r"|i'?m\s+working"
    # "I work overnights at a distribution center Sunday through Thursday nights": a workplace, then its days
    r"|(?:i|he|she)\s+works?\s+(?:nights|overnights?)\s+(?:at|for|in)"
    r"|work(?:ing)?\s+(?:three|two|four|five|\d)\s+(?:12s|twelves|shifts)"  # "I work three 12s, usually Fri-Sun"
    # "Because I work nights, late mornings on Tuesday or Thursday would be ideal": the hours taken, not the days
    r"|trabajo|trabaja|my\s+shifts?\s+(?:are|is|run))\b(?!\s+(?:best|well|better|great|fine|for\s+me|from\s+home|remotely"
    r"|nights|overnights?|evenings|graveyard|the\s+night\s+shift|night\s+shifts?|near|close\s+to|next\s+to|right\s+by))"
    r"(?:(?!\b(?:so|but|then|which|except|excepto|menos|pero|as[ií]|y|until|till|til|hasta|after|before|do|does|can|could|would|"
    r"easier|better|best|prefer\w*|ideal|free|open|available|need|needs|want|wants|we'?d|i'?d|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm|-(?!\s*(?:hour|hr))|–|to\s+\d)|(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|weekday|weekend)\w*)\b)[^.?!\n;¿]){0,45}$",
    re.IGNORECASE,
)
"""'Trabajo en un restaurante de lunes a viernes', 'I work three 12s, Mon through Wed', 'Dad works weekdays': the
days they work are the days they can't come."""
WORK_HOURS = re.compile(
    r"\b(?:i|we|he|she|they)\s+(?:work|works|am\s+at\s+work|'m\s+at\s+work)\s+(?:from\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*"
    r"(?:to|-|–|until|till)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*,?\s*(?:on\s+|every\s+)?$"
    # "ahora entro a las 2 de la tarde de lunes a viernes": the hours of her shift, not the days
    r"|\b(?:entro|salgo|trabajo|empiezo)\s+a\s+las\s+\d{1,2}(?::\d\d)?(?:\s+de\s+la\s+(?:tarde|mañana|manana|noche))?\s+(?:de\s+)?$",
    re.IGNORECASE,
)
"""'I work 9 to 5 on weekdays': the hours are taken, not the days (an evening that day is what they ask)."""
IN_CLASS = re.compile(
    r"\b(?:has|have|got|i'?ve\s+got)\s+(?:class(?:es)?|school|lectures?|labs?|clinicals?|rehearsals?)\s+(?:every|all)\s+$",
    re.IGNORECASE,
)
"""'He has classes every weekday so Saturday would be ideal', 'I have labs every Mon/Wed/Fri': days taken."""
AT_WORK_UNTIL = re.compile(
    r"^\s*,?\s*(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:at\s+work|working|on\s+shift|in\s+class)\s+(?:til|till|until|to)\s+\d",
    re.IGNORECASE,
)
