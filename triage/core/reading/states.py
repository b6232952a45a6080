"""Where a licence runs: the states and the cities people name instead ("I got the job in Denver"), the part of
the year someone spends away, and the place a later "from there" points back to. Read by `place.py` (where
sessions would be) and by the licence answer."""

from __future__ import annotations

import re

from triage.core.reading.sentences import Sentence

STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|"
    "idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|"
    "texas|utah|vermont|virginia|washington|wisconsin|wyoming|new hampshire|new jersey|new mexico|"
    "new york|north carolina|north dakota|rhode island|south carolina|south dakota|west virginia|"
    "mexico|méxico|canada|spain|españa|guadalajara|vancouver,?\\s+wa|vancouver\\s+\\(wa(?:\\s+side)?\\)?|wa\\s+side"
)


CITIES = {
    "denver": "colorado",
    "boulder": "colorado",
    "seattle": "washington",
    "tacoma": "washington",
    "spokane": "washington",
    "bellingham": "washington",
    "olympia": "washington",
    "bellevue": "washington",
    "everett": "washington",
    "camas": "washington",
    "walla walla": "washington",
    "pullman": "washington",
    "moscow, id": "idaho",
    "boise": "idaho",
    "coeur d'alene": "idaho",
    "sandpoint": "idaho",
    "idaho falls": "idaho",
    "yakima": "washington",
    "kennewick": "washington",
    "tri-cities": "washington",
    "wenatchee": "washington",
    "redding": "california",
    "fresno": "california",
    "san jose": "california",
    "sacramento": "california",
    "san francisco": "california",
    "los angeles": "california",
    "san diego": "california",
    "oakland": "california",
    # college towns students write from: "a junior at Gonzaga in Spokane", "back at UC Santa Cruz until June"
    "santa cruz": "california",
    "santa barbara": "california",
    "berkeley": "california",
    "davis": "california",
    "irvine": "california",
    "gonzaga": "washington",
    "phoenix": "arizona",
    "scottsdale": "arizona",
    "tucson": "arizona",
    "austin": "texas",
    "dallas": "texas",
    "houston": "texas",
    "chicago": "illinois",
    "boston": "massachusetts",
    "las vegas": "nevada",
    "reno": "nevada",
    "salt lake city": "utah",
    "atlanta": "georgia",
    "miami": "florida",
    "minneapolis": "minnesota",
    "honolulu": "hawaii",
    "anchorage": "alaska",
    "toronto": "canada",
    # abroad: "could I keep seeing you by video once I'm in Japan?" is outside the licence too
    "japan": "japan",
    "mexico": "mexico",
    "méxico": "mexico",
    "germany": "germany",
    "england": "england",
    "spain": "spain",
    "france": "france",
    "italy": "italy",
    "korea": "korea",
    "china": "china",
    "vietnam": "vietnam",
    "philippines": "philippines",
    "india": "india",
    "australia": "australia",
    "ireland": "ireland",
    # across the river: "I live in Vancouver (Felida area)" is Washington, unless they say BC
    "vancouver": "washington",
    "nyc": "new york",
    "brooklyn": "new york",
    # Oregon's own towns: "staying with my mom in Bend" is still where the licence runs
    "bend": "oregon",
    "eugene": "oregon",
    "salem": "oregon",
    "medford": "oregon",
    "corvallis": "oregon",
    "ashland": "oregon",
    "hood river": "oregon",
    "astoria": "oregon",
    "coos bay": "oregon",
    "klamath falls": "oregon",
    "pendleton": "oregon",
}
"""Cities people name instead of their state ("I got the job in Denver"): where a licence stops."""
ABBREVIATIONS = {
    "WA": "washington",
    "ID": "idaho",
    "CA": "california",
    "NV": "nevada",
    "AZ": "arizona",
    "UT": "utah",
    "TX": "texas",
    "MT": "montana",
    "NY": "new york",
    "FL": "florida",
}
"""'a house in Ridgefield, WA': a town we don't know, named with its state's postal code (not CO: "co-parenting")."""
_TOWN_STATE = r"[a-z]+(?:\s[a-z]+)?,\s(?:" + "|".join(a.lower() for a in ABBREVIATIONS) + r")(?![\w-])"
STATES = frozenset(STATE_NAMES.split("|")) | set(CITIES.values())
STATE_NAMES += "|" + "|".join(CITIES) + "|" + _TOWN_STATE


def state_named(found: re.Match[str]) -> str:
    """The state a place pattern's match names, a city read as its state ("Denver" is Colorado)."""
    name = next(g for g in found.groups() if g).lower()
    if re.match(r"vancouver\W+(?:b\.?\s?c\b|british)", found.string[found.start(found.lastindex or 0) :], re.I):
        return "canada"  # Vancouver, BC
    name = CITIES.get(name, name)
    town_state = re.search(r",\s([a-z]{2})$", name)
    if town_state and town_state.group(1).upper() in ABBREVIATIONS and not name.startswith("vancouver"):
        return ABBREVIATIONS[town_state.group(1).upper()]
    if name.startswith(("vancouver", "wa side")):
        name = "washington"  # Vancouver, WA: across the river from Portland, and another state
    return name


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
PART_YEAR = re.compile(
    r"\b(?:spend|spending|spends)\s+(?:\w+\s+){0,5}?(?:winters?|summers?|months?|weeks?)\b|\b(?:part|half)\s+of\s+the\s+year\b"
    r"|\bsnowbird\b|\b(?:i'?m|i\s+am|we'?re|live|stay|staying)\s+(?:in|at)\s+[\w\s,]{2,30}?\bduring\s+the\s+(?:week|school\s+week|semester|term|school\s+year)\b|\bsplit\s+(?:my|our|his|her|their|the)\s+(?:year|time)\b|\b(?:los|sus|mis)\s+(?:veranos|inviernos)\b"
    # "I go to UW ... I'll be home for thanksgiving and winter break too"
    r"|\bhome\s+(?:in\s+(?:\w+\s+){1,2})?(?:for|over)\s+(?:the\s+)?(?:thanksgiving|winter\s+break|spring\s+break|summers?|the\s+holidays|breaks?|christmas)\b"
    # "I'm in Arizona October through April": part of the year there, the rest here
    rf"|\b(?:i'?m|we'?re|i\s+am|we\s+are|he'?s|she'?s|live|stay|staying)\s+(?:in|at)\s+[\w\s,]{{2,30}}?\b{_MONTH}\s+"
    rf"(?:through|to|until|till|thru|-|–)\s+{_MONTH}\b"
    # "We spend January through March in Tucson"
    # "in person over winter break when I'm home"
    r"|\bover\s+(?:the\s+)?(?:winter|spring|summer|christmas|thanksgiving)\s+break\s+when\s+(?:i'?m|i\s+am)\s+home\b"
    rf"|\b(?:spend|spending|spends|pasamos|paso)\s+(?:from\s+|de\s+)?{_MONTH}\s+(?:through|to|until|till|thru|-|–|a|hasta)\s+{_MONTH}\b",
    re.IGNORECASE,
)
"""Part of the year there and the rest here ("I spend winters in Scottsdale"): seen while here, not from there."""


FROM_THERE = re.compile(
    r"\bfrom\s+there\b|\bdesde\s+all[áa]\b|\bfrom\s+(?:the|my)\s+(?:hotel|conference|trip)\b|\b(?:i'?m|we'?re|he'?s|she'?s|i\s+am|we\s+are)\s+(?:down|up|over|out)\s+there\b"
    r"|\bwhile\s+(?:i'?m|we'?re|he'?s|she'?s|i\s+am|we\s+are)\s+(?:down\s+|up\s+|over\s+|out\s+)?there\b",
    re.IGNORECASE,
)
# "in Seattle", "between Lake Oswego and Scottsdale", "en Guadalajara": named as a place ("my son Austin" is not)
_PLACE = re.compile(r"\b(?:in|to|at|near|and|of|en|a)\s+(?:[\w.]+,?\s+){0,1}?(" + STATE_NAMES + r")\b", re.IGNORECASE)
_CAME_FROM = re.compile(r"\b(?:from|originally)\s+(?:[\w.]+,?\s+){0,1}?$", re.IGNORECASE)


_TRAVEL_TO = re.compile(
    r"\b(?:viajar|viajo|viajamos|travel(?:l?ing)?|fly(?:ing)?|heading|headed|going\s+home|moving|relocating)\s+"
    r"(?:a|to|en|para|down\s+to|up\s+to|back\s+to)\s+((?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ]+)(?:\s+(?-i:[A-Z][\w]+))?)",
    re.IGNORECASE,
)
"""'Voy a viajar a Michoacán ... ¿por video desde allá?': a trip to a place no list names is still outside Oregon."""
_NOT_A_PLACE = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "grandma", "grandpa", "mom", "dad"}
)


def named_before(items: list[Sentence]) -> str:
    """The last place named in these sentences (not one they came from), read as its state: what "there" means."""
    for s in reversed(items):
        for found in reversed(list(_PLACE.finditer(s.text))):
            if not _CAME_FROM.search(s.text[: found.start()]):
                name = state_named(found)
                return name if name in STATES else "other state"
    for s in reversed(items):
        trip = _TRAVEL_TO.search(s.text)
        if trip:
            town = trip.group(1).lower()
            if town.split()[0] in _NOT_A_PLACE:
                continue
            home = town in ("portland", "oregon") or CITIES.get(town) == "oregon"
            return "" if home else "other state"
    return ""
