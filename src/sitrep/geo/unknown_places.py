"""Places the gazetteer lacks, read from how the text locates them.

News names villages no list has, but says where they lie: "in Kuriga, in northwest Nigeria's Kaduna
state", "in Besham, Khyber Pakhtunkhwa province", "the town of Puerto Jordan in the province of
Arauca", "the village of Al-Sireha in Gezira state", "in Sireha, north of Wad Madani", "near the town
of Chatoumane in western Niger". Such a name becomes a toponym of its own: a town the gazetteer lacks
(``resolve.UNLISTED_TOWN_CODE``), placed at the town it is said to lie near (ACLED precision 2), at
the centre of the division it is said to lie in (``eventplace.UNKNOWN_DIVISION_PRECISION``, 3), or at
the country's centre (precision 3; see ``eventplace.precision_of``). A known place of that name inside the stated division stays as the
resolver read it; a mention the resolver placed elsewhere ("Puerto" read as a Spanish port, a village
abroad) or left unplaced gives way.

Runs after resolution, on the resolved toponyms: only a division, country or town already found can
locate a name, so the patterns are tried only in the few characters before each of them (speed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.geo.normalize import fold
from sitrep.geo.resolve import UNLISTED_TOWN_CODE, division_bracket, inside
from sitrep.types import Place, Toponym

__all__ = ["located_unknowns", "UNKNOWN_REASON", "NEAR_REASON"]

UNKNOWN_REASON = "a place the gazetteer lacks, in"
NEAR_REASON = "a place the gazetteer lacks, near"

# Confidence of such a place: the text states where it lies, but not its own position.
UNKNOWN_CONFIDENCE = 0.3
# How far before a container the pattern is looked for: a cue, a name of up to four words and the gap.
LOOKBEHIND_CHARS = 160

# A town of this many people covered by the name stays itself: "in Aleppo, in Idlib province" is a list
# or a slip, not an unknown village called Aleppo.
KNOWN_TOWN_POPULATION = 100_000

_COMPASS = r"(?:(?:north|south|east|west|central|far)(?:ern)?|(?:north|south)[- ]?(?:east|west)(?:ern)?)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
_ARTICLE = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]r|[Aa]sh|[Aa]n|[Aa]z|[Ee]d)[-‐])"
# The name: up to four capitalised words ("Puerto Jordan", "Al-Sireha", "Pont-Sondé"), right after a
# locative word or a place noun ("in", "near", "the village of"), maybe followed by its noun ("Gero village").
_PLACE_NOUNS = r"(?:town|village|city|hamlet|settlement|community|locality|area|commune|district|neighbou?rhood|suburb|township)"
_CUE = (rf"(?:\b(?:in|at|near|outside|into|inside|around|attacked|stormed|raided|overran|struck|hit)\s+"
        rf"(?:the\s+)?(?:(?:small|remote|nearby|rural|border|mining|farming|fishing|{_COMPASS})\s+)?"
        rf"(?:{_PLACE_NOUNS}\s+(?:of\s+)?)?|\b{_PLACE_NOUNS}\s+of\s+"
        rf"|\b(?:attacks?|raids?|assaults?|offensive|strikes?|ambush)\s+on\s+(?:the\s+)?(?:{_PLACE_NOUNS}\s+(?:of\s+)?)?)")
# ... and maybe the district it lies in, named after its seat ("Kyauk Ni Maw, Ramree township, in Rakhine").
_DISTRICT = rf"(?:,\s+{_CAP}(?:\s+{_CAP}){{0,2}}\s+(?:township|district|county|municipality|LGA|local\s+government\s+area))"
_NAME = rf"(?P<name>{_ARTICLE}?{_CAP}(?:\s+{_CAP}){{0,3}})(?:\s+{_PLACE_NOUNS})?{_DISTRICT}?"
# An apposition between the name and what locates it: "Mununze, a village near Beni", "Chak Tarain, a
# farming village in Sargodha district".
_APPOSED = rf",\s+an?\s+(?:(?:small|remote|rural|border|mining|farming|fishing)\s+)?{_PLACE_NOUNS}"
_APPOSITION = rf"(?:{_APPOSED})?"
# The gap between the name and a division or country that contains it.
_IN_GAP = (rf"{_APPOSITION},?\s+in\s+(?:the\s+)?(?:{_COMPASS}\s+)?"
           rf"(?:[A-Z][\w'’.]*(?:\s(?:[A-Z][\w'’.]*|province|state|region))?['’]s\s+)?"
           rf"(?:{_COMPASS}\s+)?")
_OF_GAP = r"\s+in\s+the\s+(?:province|state|region|department|governorate|district|county|oblast)\s+of\s+"
_COMMA_GAP = r",\s+"
# The gap between the name and a town it lies near: "Sireha, north of Wad Madani", "X, some 30 km
# south of Gao", "X, 25 km from Ansongo", "X, a village near Beni", "X, outside Tibu"; always after a
# comma ("on Westheimer near Kirkwood" names a street, not a village near a town).
_DISTANCE = r"\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]{1,24}\)\s+)?"
_NEAR_GAP = (rf"(?:{_APPOSED},?\s+|,\s+)(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|just\s+)?"
             rf"(?:{_DISTANCE}(?:{_COMPASS}\s+)?(?:of|from)|{_COMPASS}\s+of|outside(?:\s+of)?|near|close\s+to)"
             rf"\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?")
_DIVISION_AFTER = re.compile(
    r"\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]epartment|[Gg]overnorate|[Dd]istrict|[Oo]blast|[Cc]ounty|[Pp]refecture)\b")
# A town followed by one of these names the district or township it is the seat of ("Ramree township",
# "Sargodha district", "Konduga local government area"): a name said to lie in it is near the town.
_TOWN_AREA_AFTER = re.compile(
    r"\s+(?:[Tt]ownship|[Dd]istrict|[Cc]ounty|[Mm]unicipality|LGA\b|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|[Pp]refecture)\b")
_DIVISION_WORD = re.compile(
    r"\b(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]epartment|[Gg]overnorate|[Dd]istrict|[Oo]blast|[Cc]ounty|[Pp]refecture)$")

_BEFORE_DIVISION = [re.compile(rf"{_CUE}{_NAME}{gap}$") for gap in (_IN_GAP, _OF_GAP)]
_BEFORE_NAMED_DIVISION = re.compile(rf"{_CUE}{_NAME}{_COMMA_GAP}$")
_BEFORE_TOWN = re.compile(rf"{_CUE}{_NAME}{_NEAR_GAP}$")
# ACLED-style notes: a village, then its divisions in brackets, smallest first ("near Diafarabe
# (Tenenkou, Mopti)", "the village of Sabiid (Lower Shabelle)"). The bracket's first name locates it.
# A first name the gazetteer lacks passes to the next one ("Bamessing (Ngoketunjia, North-West)").
_BEFORE_BRACKET = re.compile(rf"{_CUE}{_NAME}\s\((?P<skipped>{_CAP}(?:\s+{_CAP}){{0,2}},\s+)?$")
# Words a capitalised run may hold that are no place name: days, months, titles.
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december the a an in on at of and or but he she it they we police "
    "army state province region president minister governor local government lga street road avenue lane "
    "drive boulevard highway way mall bar hotel school market church mosque hospital museum park center centre "
    "trail airport station university college stadium base".split())
_DIVISION_CODES = frozenset({"ADM1", "ADM2", "PCLI", "TERR", "RGN"})


def located_unknowns(text: str, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """``toponyms`` (sorted by start) with the names the text locates in or near one of them added,
    replacing the mentions they cover that are read elsewhere or not at all (see the module). A name
    only called a village ("stormed a school in the town of Kuriga") is left alone: the dateline's or
    the article's town places such an event, and merging joins it to a report that locates the village."""
    out = list(toponyms)
    placed = frozenset(t.start for t in toponyms if t.place is not None)
    for c in toponyms:
        if c.place is None or c.place.latitude is None:
            continue
        new = _located(text, c, placed)
        if new is not None:
            out = _merged(out, new, c.place)
    return sorted(out, key=lambda t: t.start)


def _bracketed(window: int, before: str, c: Toponym, placed: frozenset[int]) -> Toponym | None:
    """The name before a bracket of divisions that ``c`` opens (or follows a name nothing placed): near
    ``c`` when it is a town (the seat of the district the bracket names, ACLED precision 2), else at
    the centre of the division."""
    m = _BEFORE_BRACKET.search(before)
    if m is None or (m.group("skipped") and window + m.start("skipped") in placed):
        return None
    if _respelled(m.group("name"), c.text):
        return None  # "Bita (Bida)": the bracket gives another spelling of the name, not its district
    if c.place.feature_class == "P" and c.place.feature_code != UNLISTED_TOWN_CODE:
        return _near_town(window, m, c)
    return _in_division("", window, m, c)


# Two spellings this alike (the share of matching characters, difflib's ratio) are one name.
RESPELLING_RATIO = 0.75


def _respelled(name: str, other: str) -> bool:
    from difflib import SequenceMatcher

    a, b = fold(name).lower(), fold(other).lower()
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= RESPELLING_RATIO


# The last word of every gap above: a container after any other word needs no pattern tried (speed).
_GAP_LAST = re.compile(rf"(?:,|\(|['’]s|\b(?:in|of|the|near|outside|from|to|{_COMPASS}))\s*$", re.I)


def _located(text: str, c: Toponym, placed: frozenset[int] = frozenset()) -> Toponym | None:
    """The name the text locates by ``c``, as a toponym, or None."""
    if _GAP_LAST.search(text, max(0, c.start - 16), c.start) is None:
        return None
    window = max(0, c.start - LOOKBEHIND_CHARS)
    before = text[window:c.start]
    p = c.place
    if p.feature_code not in ("PCLI", "TERR") and before.endswith((" (", ", ")):
        opened = before.rfind(" (")
        if opened >= 0 and division_bracket(text, window + opened) is not None:
            return _bracketed(window, before, c, placed)
    if p.feature_code in _DIVISION_CODES or (p.feature_class == "A" and p.feature_code != "PPLU"):
        for pattern in _BEFORE_DIVISION:
            m = pattern.search(before)
            if m is not None:
                return _in_division(text, window, m, c)
        if p.feature_code not in ("PCLI", "TERR") and (_DIVISION_AFTER.match(text, c.end) or _DIVISION_WORD.search(c.text)):
            m = _BEFORE_NAMED_DIVISION.search(before)
            if m is not None:
                return _in_division(text, window, m, c)
        return None
    if p.feature_class == "P" and p.feature_code != UNLISTED_TOWN_CODE:
        m = _BEFORE_TOWN.search(before)
        if m is None and _TOWN_AREA_AFTER.match(text, c.end):  # "in X, Ramree township"
            m = _BEFORE_NAMED_DIVISION.search(before) or _BEFORE_DIVISION[0].search(before)
        if m is not None:
            return _near_town(window, m, c)
    return None


def _name_span(window: int, m: re.Match[str]) -> tuple[int, int, str] | None:
    name = m.group("name")
    words = [w.lower() for w in re.split(r"[\s\-‐]+", name)]
    if any(w in _NOT_NAMES for w in words):
        return None
    return window + m.start("name"), window + m.end("name"), name


def _in_division(text: str, window: int, m: re.Match[str], c: Toponym) -> Toponym | None:
    span = _name_span(window, m)
    if span is None:
        return None
    start, end, name = span
    place = replace(c.place, name=name, geonameid=None, feature_class="P", feature_code=UNLISTED_TOWN_CODE,
                    population=0)
    if c.place.feature_code in ("PCLI", "TERR"):
        place = replace(place, admin1=None)
    why = f"{UNKNOWN_REASON} {c.place.name}, where the text puts it; placed at its centre"
    return Toponym(start, end, name, place, why, UNKNOWN_CONFIDENCE)


def _near_town(window: int, m: re.Match[str], c: Toponym) -> Toponym | None:
    span = _name_span(window, m)
    if span is None:
        return None
    start, end, name = span
    place = replace(c.place, name=name, geonameid=None, feature_code=UNLISTED_TOWN_CODE, population=0)
    why = f"{NEAR_REASON} {c.place.name}, where the text puts it; placed there"
    return Toponym(start, end, name, place, why, UNKNOWN_CONFIDENCE)


def _merged(toponyms: list[Toponym], new: Toponym, container: Place) -> list[Toponym]:
    """``toponyms`` with ``new`` in place of the mentions it covers, unless one of them is the very
    name, read as a place inside (or near) ``container``: the gazetteer knows it. A coarser reading
    made here ("X, in Punjab province's Sargodha district": Punjab's, then Sargodha's) gives way."""
    covered = [t for t in toponyms if t.start < new.end and new.start < t.end]
    known = [t for t in covered if not t.reason.startswith((UNKNOWN_REASON, NEAR_REASON))]
    if any(t.start == new.start and t.end == new.end and t.place is not None and _agrees(t.place, container)
           for t in known):
        return toponyms
    if any(t.place is not None and (t.place.feature_class != "P" or t.place.population >= KNOWN_TOWN_POPULATION)
           for t in known):
        return toponyms  # a country, a division or a city the name holds: a list, not a village
    if any(t.reason.startswith(NEAR_REASON) for t in covered):
        return toponyms  # a town's position beats a division's centre
    ids = {id(t) for t in covered}
    return [t for t in toponyms if id(t) not in ids] + [new]


def _agrees(p: Place, container: Place) -> bool:
    """A reading of the name that fits the text: inside the stated division, or in the country of the
    town it is said to lie near ("Haditha, about 270 kilometers northwest of Baghdad": far, but a
    town of that country the gazetteer knows)."""
    if container.feature_class == "P":
        return p.country_code == container.country_code
    return inside(p, container)
