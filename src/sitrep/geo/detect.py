"""Finding place mentions without a trained NER: gazetteer matching plus context cues.

Every name key of the gazetteer is matched in the folded text (Aho-Corasick); a match is kept when it
sits on word boundaries, is capitalised like a proper name, is not part of a longer match, and is not
ruled out by the stop-list, a person's title or a longer proper name around it. Each kept mention
records the cues seen around it (a preposition, "city of", a following "province", a containing place
after a comma) for the resolver. A name that stands for a street of the text ("Broadway and Pike"
after "E Pike St.", "Reservoir and Grandview avenues") is kept with the ``STREET_CUE``, for the resolver
to leave unplaced; parts of hyphenated names ("Jeff-Vander-Lou") are no mentions.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.normalize import fold, name_key
from sitrep.textutil import SkipScan
from sitrep.types import Sentence

__all__ = ["Mention", "call_sign_side", "detect", "in_actor_name", "residence", "strong_cue", "demonym_mentions", "register_votes", "word_before", "words_before", "words_after"]

_WORD = re.compile(r"[\w'’.\-]+")
_WORD_CHAR = re.compile(r"\w")
# A capitalised word: an upper-case letter first (or an all-caps abbreviation such as "U.S.").
_CAP = re.compile(r"^[A-Z\u00C0-\u00DE]")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    cues: frozenset[str] = field(default_factory=frozenset)
    suffix: tuple[str, ...] | None = None  # ("ADM1",) / ("ADM2",) when followed by "province", "county" ...


@lru_cache(maxsize=1)
def _lex() -> dict[str, frozenset[str]]:
    c = sources.cues()
    return {k: frozenset(v) for k, v in c.items() if isinstance(v, list)}


def words_before(text: str, start: int, n: int = 3) -> list[str]:
    """Up to ``n`` words before ``start`` (nearest last), as written."""
    return list(_words_in(text, max(0, start - 60), start)[-n:])


@lru_cache(maxsize=4096)
def _words_in(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of ``text[start:end]``, remembered: the checks on one mention look at the same few
    words again and again (speed; a pure function of its arguments)."""
    return tuple(_WORD.findall(text[start:end]))


def word_before(text: str, start: int) -> str:
    ws = words_before(text, start, 1)
    if not ws:
        return ""
    # a word separated from the mention by punctuation other than a space is not adjacent, nor is one
    # ending a sentence ("... Resigns. Murmansk"), unless it is a title ("Gov. Ohio")
    gap = text[max(0, start - 3):start]
    if not gap.endswith((" ", "-")) or gap.rstrip().endswith((",", ";", ":", "(", "\"", "“")):
        return ""
    if ws[0].endswith(".") and (ws[0].lower().strip(".") not in _lex()["person_titles"]
                                or len(ws[0].strip(".")) > MAX_TITLE_ABBREVIATION):
        return ""  # "... interim president. CINCINNATI": a full word with a period ends a sentence
    return ws[0]


# Titles written with a period are abbreviations of at most this many letters ("Capt.", "Gov.", "Lt.").
MAX_TITLE_ABBREVIATION = 4


def words_after(text: str, end: int, n: int = 2) -> list[str]:
    return list(_words_in(text, end, end + 40)[:n])


@lru_cache(maxsize=65536)
def _capitalised(surface: str) -> bool:
    tokens = surface.replace("-", " ").split()
    connectors = _lex()["connectors"]
    if not tokens or not any(_CAP.match(t) for t in tokens):
        return False
    for i, t in enumerate(tokens):
        if not _CAP.match(t) and t.lower() not in connectors and not t[:1].isdigit() and not _ELIDED.match(t):
            return False
    return True


# An elided French article glued to a capitalised word: "Petite Riviere de l'Artibonite", "Anse d'Hainault".
_ELIDED = re.compile(r"^[ld]['’][A-Z\u00C0-\u00DE]")


# Division words news writes in lower case after a division's name ("the Lviv region", "Idlib province"):
# a gazetteer name ending in one counts as capitalised when the words before it are ("Lviv region" is
# the oblast's name; "Lviv" alone is the city), unless they are only directions ("the first Northern
# state", "the Southwest region": a part of any country, not Cameroon's region of that name).
_LOWER_DIVISION_WORDS = frozenset({"region", "province", "oblast", "governorate", "state", "department"})


def _capitalised_division(surface: str) -> bool:
    head, _, last = surface.rpartition(" ")
    if not head or last not in _LOWER_DIVISION_WORDS or not _capitalised(head):
        return False
    return any(w not in _lex()["directions"] for w in head.lower().replace("-", " ").split())


def _longest(spans: list[tuple[int, int]], folded: str = "") -> list[tuple[int, int]]:
    """Non-overlapping spans, longer first (multi-word names beat their parts); a trailing division
    word does not count ("Valle del Cauca department" is Valle del Cauca, not Valle + Cauca department)."""
    chosen: list[tuple[int, int]] = []
    taken = bytearray()
    for s, e in sorted(spans, key=lambda x: (x[0] + _suffix_length(folded, *x) - x[1], x[0], x[0] - x[1])):
        if len(taken) < e:
            taken.extend(b"\0" * (e - len(taken)))
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\1" * (e - s)
        chosen.append((s, e))
    return sorted(chosen)


def _suffix_length(folded: str, s: int, e: int) -> int:
    """The length of a division word ending the span (" department", " province"), else 0."""
    i = folded.rfind(" ", s, e)
    return e - i if i > s and folded[i + 1:e] in _division_words() else 0


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    return frozenset(sources.cues()["division_words"])


def _sentence_starts(text: str, sentences: Sequence[Sentence] | None) -> set[int]:
    starts = {0}
    if sentences:
        starts.update(s.start for s in sentences)
    # where each line's text begins: the ends of "(?:^|\n)\s*"'s matches, found as the end of the
    # leading spaces and of the spaces after each newline (a newline inside a run of spaces ends
    # where the run ends either way; a literal first character lets the engine skip ahead, speed)
    starts.add(_SPACES.match(text).end())
    for m in _LINE_BREAK.finditer(text):
        starts.add(m.end())
    titles = _lex()["person_titles"]
    for m in re.finditer(r"[.!?][\"”’)]?\s+", text):
        word = _WORD_BEFORE_STOP.search(text, max(0, m.start() - 12), m.start() + 1)
        if word and text[m.start()] == "." and (word.group(1).lower() in titles or len(word.group(1)) == 1):
            continue  # "Sen. Ray Miller", "Evan P. King": an abbreviation's period ends no sentence
        starts.add(m.end())
    # "‘War was not good ...’": a sentence opening with a quotation mark starts after it
    starts.update(s + 1 for s in list(starts) if text[s:s + 1] in _OPENING_QUOTES)
    return starts


_OPENING_QUOTES = frozenset("\"“‘'«")
_SPACES = re.compile(r"\s*")
_LINE_BREAK = re.compile(r"\n\s*")


_WORD_BEFORE_STOP = re.compile(r"(?:^|[^\w.])([A-Z][a-z]*)\.$")


def detect(text: str, gazetteer, sentences: Sequence[Sentence] | None = None, folded: str | None = None) -> list[Mention]:
    """Place mentions in ``text`` (unresolved), in text order. ``folded``: ``fold(text)`` when the
    caller has it already."""
    folded = fold(text) if folded is None else folded
    orgs = _org_spans(folded)
    spans = [(s, e) for s, e in gazetteer.word_matches(folded, text)
             if (_capitalised(text[s:e]) or _capitalised_division(text[s:e]))
             and not _within(s, e, orgs) and not in_actor_name(folded, s, e)]
    starts = _sentence_starts(text, sentences)
    lower_words = _LowerWords(text)  # found on first use: most texts never ask (speed)
    kept, people, glued = [], set(), set()
    prominent: dict[str, bool] = {}  # per name key, for this text (speed)
    for s, e in _longest(spans, folded):
        m = _mention(text, folded, s + _noun_of_prefix(folded, s, e), e - _city_suffix(gazetteer, folded, s, e))
        if "resident-after" in m.cues and " " not in m.text \
                and (m.start in starts or m.text.lower() in lower_words):
            m = replace(m, cues=m.cues - {"resident-after"})  # "Young men ...", "Border Police": no cue
        if _house_number_before(text, m.start) and text.startswith(",", m.end):
            continue  # "On 11700 Robertson, one person was killed": a street address
        if text[m.end + 2:m.end + 3] == "." and _MIDDLE_INITIAL.match(text, m.end):  # test first (speed)
            continue  # "Virginia L. Lane": a given name before a middle initial
        if _numbered_facility(text, m):
            continue  # "Tower 22", "Camp 5", "Gate 3": a site by its number, not Tower, Minnesota
        if _hyphenated_name(text, m) or _glued_tail(text, m):
            continue  # "Jeff-Vander-Lou", "Lao-angan": part of a longer, hyphenated name
        if " " not in m.text and _after_initial(text, m.start):
            people.add(m.text)
            continue  # "Evan P. King": a surname after a given name and an initial
        if " " not in m.text and word_before(text, m.start).lower() in _lex()["vehicle_makes"]:
            people.add(m.text)  # "a red Dodge Durango": a model, and "the Durango" later is the car too
            continue
        if m.key not in prominent:
            prominent[m.key] = _prominent(gazetteer, m.key)
        if not prominent[m.key]:
            if _name_goes_on(text, m):
                continue  # "Darra Adam Khel", "Kalo Adam Gul village": the first word of a longer name
            if _inside_person_or_name(text, m, starts) and not _hyphen_compound(text, m, gazetteer):
                if _after_title_or_first_name(text, m) or _speaker(text, m) or _kin(text, m):
                    people.add(m.text)  # "Zoruan Otto Harris, who died": the surname of a person
                elif " " not in m.text and not _small_word(text, m):
                    glued.add(m.text)  # "Natasha Hays": maybe a surname (see _surname_only)
                continue
            if _first_name(text, m):
                if _surname_alone(text, m):
                    people.add(m.text)  # "Melvin Swift ... Swift said ... to Melvin": a given name
                continue
            if _speaker(text, m) or _kin(text, m) or _small_speaker(text, m, gazetteer):
                people.add(m.text)
                continue
            if m.text.lower() in sources.first_names() and (not strong_cue(m) or _named_person(text, m)):
                continue  # "Frank", "Kate", "..., Janet Johnson": a given name, unless "in Kate"
        elif _given_name(m.text) and (_first_name(text, m) or _after_given_name(text, m)):
            continue  # "Virginia Madsen", "Chad Walker", "Sheriff Scott Israel": a person, however big the place
        if _saints_institution(text, m):
            continue  # "St. Patrick's Day", "St. Mary's High School": a feast or an institution
        if _keep(text, m, starts, lower_words) and not _headline_word(text, m, lower_words):
            kept.append(m)
    # a name seen once as part of a person's name is that person everywhere ("John Kerry" ... "Kerry"),
    # unless a locative preposition says place ("in Kerry")
    kept = [m for m in kept if m.text not in people or " " in m.text or _after_locative(text, m)
            or "resident-after" in m.cues or residence(text, m, people_too=False)]
    kept = _surname_only(text, kept, glued - people, gazetteer)
    kept = _street_shorthand(text, kept, gazetteer)
    return _with_listed_divisions(kept, _listed_divisions(text, gazetteer))


# "at Reservoir and Grandview avenues", "near Thompson and Colorado avenues": names sharing a plural
# street noun are streets.
_STREET_PAIR = re.compile(r"\b([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?) and ([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?)"
                          r" (?:streets|avenues|roads|boulevards|drives|lanes)\b")
_PLURAL_STREET = re.compile(r" (?:streets|avenues|roads|boulevards|drives|lanes)\b")
# Cues that say the bare name is the town after all ("Olmstead police", "Olmstead, Ky."; and "in Olmstead").
_TOWN_CUES = frozenset({"noun-of", "direction-of", "resident-after", "state-after", "noun-after"})
# A name that some town this populous bears stays a place even where the text has a street of that
# name ("Chicago Avenue" in a Chicago story): same as resolve.NOTABLE_POPULATION.
STREET_SHORTHAND_MAX_POPULATION = 300_000


# The cue marking a mention as a street's short name (``_street_shorthand``): the resolver leaves it
# unplaced, like a street written in full.
STREET_CUE = "street"


def _street_shorthand(text: str, kept: list[Mention], gazetteer) -> list[Mention]:
    """Names that stand for a street of the text, not a town (marked with ``STREET_CUE``): "at Broadway and Pike" where the text also
    writes "E Pike St.", "57th Street and La Salle", "taking off north on Indiana" after "South Indiana
    Avenue", "Reservoir and Grandview avenues". Local news shortens streets to their names once it has
    given them in full; the town of that name elsewhere is no reading of it. A locative cue ("in
    Olmstead", "Olmstead police") or a city of ``STREET_SHORTHAND_MAX_POPULATION`` keeps the name."""
    from sitrep.geo.streets import street_spans

    streets = street_spans(text)
    pairs = [(m.start(1), m.end(2)) for m in _STREET_PAIR.finditer(text)] \
        if " and " in text and _PLURAL_STREET.search(text) else []  # most texts have none (speed)
    if not streets and not pairs:
        return kept
    bases = {b for s, e in streets if (b := _street_base(text[s:e])) is not None}
    found = [m for m in kept if any(s <= m.start and m.end <= e for s, e in pairs)
             or ((m.key in bases or _at_crossing(text, m, streets))  # the cheap test first (speed)
                 and _shorthand_possible(text, m, gazetteer)
                 and ((m.key in bases and not _division_named(gazetteer, m.key)) or _at_crossing(text, m, streets)))]
    if found:  # "Broadway and Pike": a name crossing a street shorthand is a street too
        streets = sorted(streets + [(m.start, m.end) for m in found])
        found += [m for m in kept if m not in found and _shorthand_possible(text, m, gazetteer)
                  and _at_crossing(text, m, streets)]
    return [replace(m, cues=m.cues | {STREET_CUE}) if m in found else m for m in kept]


def _shorthand_possible(text: str, m: Mention, gazetteer) -> bool:
    before = words_before(text, m.start, 1)
    return not m.text.isupper() and not (m.cues & _TOWN_CUES) and before[-1:] != ["in"] \
        and not _city_named(gazetteer, m.key)


def _street_base(name: str) -> str | None:
    """The folded name of a town street without its suffix and leading directions ("E Pike St." ->
    "pike"); None for roads, which are often named after the town they lead to ("Palestine Highway",
    "Chesterton Road", "Ohio Turnpike")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _TOWN_STREET_SUFFIXES:
        return None
    words = words[:-1]
    while len(words) > 1 and words[0].lower().strip(".") in _STREET_DIRECTIONS:
        words = words[1:]
    return name_key(" ".join(words))


# Suffixes of streets within a town (the rest of ``street_suffixes`` are roads between towns).
_TOWN_STREET_SUFFIXES = frozenset({"Street", "St.", "Avenue", "Ave.", "Ave", "St", "Boulevard", "Blvd.", "Drive", "Lane",
                                   "Ln.", "Terrace", "Circle"})
_STREET_DIRECTIONS = frozenset({"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"})
# "57th Street and La Salle", "Harvard Ave and Pike": a name joined to a street by "and", "&" or "/".
_CROSSING_BEFORE = re.compile(r"(?: and | & |/)$")
_CROSSING_AFTER = re.compile(r"(?: and | & |/)")


def _at_crossing(text: str, m: Mention, streets: list[tuple[int, int]]) -> bool:
    for s, e in streets:
        if e <= m.start and m.start - e <= 5 and _CROSSING_BEFORE.search(text, e, m.start):
            return True
        if s >= m.end and s - m.end <= 5 and _CROSSING_AFTER.match(text, m.end):
            return True
    return False


def _division_named(gazetteer, key: str) -> bool:
    """Whether a country or first-level division has the name ("Ohio Avenue" leaves "Ohio lawmakers" be)."""
    return any(c.feature_code in ("PCLI", "ADM1") for c in gazetteer.candidates(key))


def _city_named(gazetteer, key: str) -> bool:
    return any(c.feature_class == "P" and c.population >= STREET_SHORTHAND_MAX_POPULATION
               for c in gazetteer.candidates(key))


_NAME = r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*)?"
# "Jackson and Barrow counties", "Dakota, Otoe and Washington counties", "Preble or Warren counties":
# names sharing a plural suffix.
_LISTED = re.compile(rf"\b({_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}) (counties|parishes)\b")
_PLURAL_SUFFIX = {"counties": "county", "parishes": "parish"}


def _listed_divisions(text: str, gazetteer) -> list[Mention]:
    """Each name of a list before a plural division noun, as a mention of "<name> County"."""
    out = []
    if not any(noun in text for noun in _PLURAL_SUFFIX):
        return out  # every match ends with one of the plural nouns: most texts hold none (speed)
    for m in _LISTED.finditer(text):
        suffix = _PLURAL_SUFFIX[m.group(2)]
        for part in re.finditer(_NAME, m.group(1)):
            name, start = part.group(), m.start(1) + part.start()
            if " " in name and not gazetteer.has_key(name_key(f"{name} {suffix}")):
                first = name.index(" ") + 1  # "In Lafourche and Terrebonne parishes"
                name, start = name[first:], start + first
            key = name_key(f"{name} {suffix}")
            if gazetteer.has_key(key):
                out.append(Mention(start, start + len(name), name, key, frozenset({"noun-after"}), ("ADM2",)))
    return out


def _with_listed_divisions(kept: list[Mention], listed: list[Mention]) -> list[Mention]:
    if not listed:
        return kept
    rest = [m for m in kept if not any(x.start < m.end and m.start < x.end for x in listed)]
    return sorted(rest + listed, key=lambda m: m.start)


_SAINTS_DAY = re.compile(r"['’]s [A-Z]")
_CAP_NEXT = re.compile(r" [A-Z]")


def _saints_institution(text: str, m: Mention) -> bool:
    """"St. <given name>'s <Capitalised>": a church, school or feast ("St. Petersburg's airport" is a city's)."""
    words = m.key.replace("'s", "").split(" ")
    if len(words) != 2 or words[0] not in ("st.", "st", "saint") or words[1] not in sources.first_names():
        return False
    return bool(_SAINTS_DAY.match(text, m.end) or (m.text.endswith(("'s", "’s")) and _CAP_NEXT.match(text, m.end)))


# "City of Richmond", "Town of Hempstead": GeoNames lists such official names as alternates of one
# place, often a small one; the mention is the name after the prefix, with a "city of" cue.
_NOUN_OF = re.compile(r"(?:city|town|village|township|borough) of ")
_NOUN_OF_INITIALS = frozenset("ctvb")


def _noun_of_prefix(folded: str, s: int, e: int) -> int:
    m = _NOUN_OF.match(folded, s, e) if folded[s:s + 1] in _NOUN_OF_INITIALS else None  # (speed)
    return m.end() - s if m and m.end() < e else 0


def _city_suffix(gazetteer, folded: str, s: int, e: int) -> int:
    """Characters to drop from "X City" when no place bears that name as its own ("Dublin City Council"
    is Dublin's council; "Kansas City" and "Jersey City" are names): the mention is then X."""
    key = " ".join(folded[s:e].split())
    if not key.endswith(" city"):
        return 0
    cands = gazetteer.candidates(key)
    if any(name_key(c.name) == key for c in cands) or not gazetteer.candidates(key[:-5]):
        return 0
    return len(" city")


# A facility noun and its number: "Tower 22", "Checkpoint 300", "Sector 7B" (not "Camp 1,200 ..."
# nor a year: one to three digits and maybe a letter, then no more digits).
_FACILITY_NUMBER = re.compile(r" \d{1,3}[A-Z]?(?![\w,.]\d|\d)")


def _numbered_facility(text: str, m: Mention) -> bool:
    return m.key in _lex()["numbered_facilities"] and _FACILITY_NUMBER.match(text, m.end) is not None


def _after_locative(text: str, m: Mention) -> bool:
    """"in Jordan", and "in northeastern Jordan", "across south-west Nigeria": a preposition of place,
    maybe with compass words between."""
    before = [w.lower() for w in words_before(text, m.start, 3)]
    while len(before) > 1 and before[-1] in COMPASS_WORDS:
        before.pop()
    return bool(before) and before[-1] in _LOCATIVE_PREPOSITIONS


COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
    "south-eastern", "south-western", "far",
})


# Names of a country, a first-level division or a place this populous are places even when glued to
# other capitalised words ("Sudan Liberation Army", "Ohio State", "Paris Hilton" is the price).
PROMINENT_POPULATION = 1_000_000
# First-level divisions count as prominent from this many people (the sum of their towns): a US state
# or an Iraqi province is, New Zealand's Nelson region ("Lt. Pat Nelson said") is not.
PROMINENT_DIVISION_POPULATION = 200_000


def _prominent(gazetteer, key: str) -> bool:
    """Whether a country, a big division or a big town bears the name; remembered on the gazetteer
    (the same names recur from article to article; a pure function of the gazetteer's contents)."""
    memo = gazetteer.memo.setdefault("prominent", {})
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = any(
            c.feature_code == "PCLI" or c.population >= PROMINENT_POPULATION
            or (c.feature_code == "ADM1" and c.population >= PROMINENT_DIVISION_POPULATION)
            for c in gazetteer.candidates(key))
    return hit


def _after_title_or_first_name(text: str, m: Mention) -> bool:
    """"Gov. Ohio", "John Kerry", "Lt. Pat Nelson", "Issac Fisher, 26,": a title or a given name before,
    a title two words before, or an age after marks a person."""
    prev = word_before(text, m.start)
    low = prev.lower().strip(".")
    if (low in _lex()["person_titles"] and _CAP.match(prev)) or low in sources.first_names() \
            or _AGE_AFTER.match(text, m.end):
        return True
    two = [w.lower().strip(".") for w in words_before(text, m.start, 2)]
    return len(two) == 2 and two[0] in _lex()["person_titles"]


# "Fisher, 26, of Kansas City": an age in commas after a name.
_AGE_AFTER = re.compile(r", \d{1,2},")



# "On 11700 Robertson, one ...": a house number of 3 to 5 digits right before a name and a comma after
# it make it a street; a year ("in 2014 Mosul fell") is no house number, and a count before a name
# with no comma is a count of its people ("230 Minnesota National Guard troops", "164 Oakland parolees").
_HOUSE_NUMBER = re.compile(r"(?<![\d,.$])(\d{3,5}) $")
YEARS = range(1800, 2100)


def _house_number_before(text: str, start: int) -> bool:
    # the pattern ends with a digit, a space and "$" (the end, or before a newline ending the text):
    # with no digit there the search is skipped (speed: most names follow a word)
    if not (text[max(0, start - 2):max(0, start - 1)].isdecimal() or text[max(0, start - 3):max(0, start - 2)].isdecimal()):
        return False
    m = _HOUSE_NUMBER.search(text, max(0, start - 7), start)
    return m is not None and int(m.group(1)) not in YEARS


_MIDDLE_INITIAL = re.compile(r" [A-Z]\. [A-Z][a-z]")
_AFTER_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. $")


def _after_initial(text: str, start: int) -> bool:
    """Whether ``_AFTER_INITIAL`` ends at ``start`` (searched in the 30 characters before it). Its
    match ends with ". " right before ``start``, or ". " and the newline "$" may stand before: the
    search is skipped when neither is there (speed: most mentions follow no initial)."""
    if text[max(0, start - 2):start] != ". " and text[max(0, start - 3):start] != ". \n":
        return False
    return _AFTER_INITIAL.search(text, max(0, start - 30), start) is not None
_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|whose)\b|\s(?:said|told|added|explained|asked|wrote|testified|stated|pleaded|declined|admitted"
    r"|(?:was|is|has been) (?:charged|arrested|sentenced|convicted|accused|booked|indicted|jailed))\b"
    r"|['’]s (?:lawyers?|attorneys?|defense|wife|husband|mother|father|family|son|daughter|trial|arrest)\b)")


# "his son, Milo,", "her daughter Ava": a kin word right before a one-word name makes it a person.
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|mother|father|mom|dad|girlfriend|boyfriend|fianc[eé]e?|cousin"
    r"|nephew|niece|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|baby|toddler),? $")


def _kin(text: str, m: Mention) -> bool:
    """"his son, Milo", "her daughter Ava": a one-word name after a kin word is that person."""
    return " " not in m.text and _space_before_end(text, m.start) \
        and _KIN_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


def _space_before_end(text: str, end: int) -> bool:
    """Whether a search of a pattern ending in " $" over ``text[:end]`` can match: "$" matches at the
    end or before a newline ending the text, so a space stands right before one of them (a cheap
    test that lets most searches be skipped, speed)."""
    return text[max(0, end - 1):end] == " " or text[max(0, end - 2):end] == " \n"


def _speaker(text: str, m: Mention) -> bool:
    """"Nelson said", "Taylor, who ...", "Fairfield was charged", "Fairfield's lawyers": a one-word name
    that speaks, is charged or has a family or lawyers is a person."""
    if " " in m.text or not _SPEECH_AFTER.match(text, m.end):
        return False
    # "officials in Atlanta said", "Crolley, 42, of Swansea, who", "of 1 Carrowclough, Tipperary, who"
    if m.cues & {"noun-of", "direction-of", "resident-after", "state-after"}:
        return False  # "the city of Sevierville said"
    return not (_after_locative(text, m) or residence(text, m) or {"comma-before", "comma-after"} <= m.cues)


# "Mclaughlin says": the present tense speaks of people, and of cities ("Gainesville says no to ...").
_PRESENT_SPEECH = re.compile(r" (?:says|tells)\b")
# Towns smaller than this do not speak for themselves in news (same as resolve.PLAUSIBLE_POPULATION).
SPEAKING_TOWN_POPULATION = 100_000


def _small_speaker(text: str, m: Mention, gazetteer) -> bool:
    """A one-word name that says or tells, all of whose readings are towns of fewer than
    ``SPEAKING_TOWN_POPULATION`` people: a person ("Mclaughlin says her friend ...")."""
    if " " in m.text or not _PRESENT_SPEECH.match(text, m.end) or m.cues & {"noun-of", "resident-after", "state-after"}:
        return False
    return all(c.feature_class == "P" and c.population < SPEAKING_TOWN_POPULATION for c in gazetteer.candidates(m.key))


# "Crolley, 42, of Swansea", "Mindy Miller of Ravenel": "of" after an age or a name gives a residence
# ("the investigation of Ravenel" does not).
_RESIDENCE_OF = re.compile(r"(?:\d+,|[A-Z][\w'’.\-]*) of $")


def residence(text: str, m: Mention, people_too: bool = True) -> bool:
    """"of Elkhart" after a name or an age, "from Florence": where someone lives or comes from.
    ``people_too=False`` for a name the text also gives a person: "a call from Hoffman" is a call
    from that person, while "Crolley, 42, of Swansea" still says where someone lives."""
    if text[m.end:m.end + 2] in ("'s", "’s"):
        return False  # "aside from Kerry's visit"
    before = text[max(0, m.start - 40):m.start]
    return (people_too and before.endswith(" from ")) \
        or (before.endswith((" of ", " of \n")) and bool(_RESIDENCE_OF.search(before)))  # test first (speed)


_LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around"})


def _given_name(surface: str) -> bool:
    low = surface.lower()
    return low in sources.first_names() or low in _lex()["place_given_names"]


def _after_given_name(text: str, m: Mention) -> bool:
    """A place that is also a given name right after a capitalised given name: a surname ("Scott Israel")."""
    prev = word_before(text, m.start)
    return bool(prev) and _CAP.match(prev) is not None and prev.lower() in sources.first_names() \
        and text[m.start - len(prev) - 1:m.start] == prev + " "


def _first_name(text: str, m: Mention) -> bool:
    """A one-word mention glued to a following capitalised word that is no institution ("Antony Blinken")."""
    if " " in m.text or text[m.end:m.end + 1] != " ":
        return False
    nxt = words_after(text, m.end, 1)
    if not nxt or not _CAP.match(nxt[0]) or nxt[0].isupper() or not text.startswith(nxt[0], m.end + 1):
        return False  # no capitalised word right after ("HARTFORD — Connecticut ...": a dash between)
    low = nxt[0].lower().strip(".,'’")
    if low.endswith(("'s", "’s")) and low[:-2] in sources.first_names():
        return True  # "Mama Nancy's Diner": a person's name, and the business named after them
    lex = _lex()
    third = words_after(text, m.end, 2)[1:]
    if third and third[0].lower().rstrip(".,") in _GENERATIONS:
        return True  # "Norris Greenhouse Jr.": a person's name, whatever capitals follow
    if third and _CAP.match(third[0]) and text[m.end + 1 + len(nxt[0]):][:1] == " ":
        return False  # three capitalised words: an institution's name ("Gainesville Public Utilities")
    return not (low in lex["org_words"] or low in lex["person_titles"] or low in lex["connectors"]
                or (low in sources.stoplist() and low not in _lex()["surnames"]) or low in lex["place_nouns"]
                or nxt[0] in sources.demonyms() or low.endswith(("'s", "’s")))


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _named_person(text: str, m: Mention) -> bool:
    """A given name glued to a capitalised word that is no place noun, institution or title word
    ("If so, Janet Johnson, a counselor", "according to Linda Daily") names a person, whatever cue is
    before it, unless a locative preposition says place ("in Linda Vista" is a town's name)."""
    if _after_locative(text, m) or text[m.end:m.end + 1] != " ":
        return False
    nxt = _NEXT_CAP_WORD.match(text, m.end)
    if nxt is None:
        return False
    low = nxt.group(1).lower()
    lex = _lex()
    return not (low in lex["place_nouns"] or low in lex["org_words"] or low in lex["person_titles"]
                or low in lex["directions"] or low in sources.cues()["admin_suffixes"])


_NEXT_CAP_WORD = re.compile(r" ([A-Z][a-z][\w'’]*)\b")


def _surname_alone(text: str, m: Mention) -> bool:
    """Whether the capitalised word after ``m`` ("Melvin Swift") stands alone elsewhere in the text
    ("Swift was recruited"): the pair is then a person's name, and ``m`` a given name."""
    nxt = words_after(text, m.end, 1)[0].strip(".,'’")
    if len(nxt) < MIN_SURNAME_LETTERS:
        return False
    i = text.find(nxt)
    while i >= 0:  # str.find, not a regex per surname (speed)
        j = i + len(nxt)
        if i != m.end + 1 and not _glued(text, i - 1) and not _glued(text, j) \
                and not _CAP_BEFORE.match(text, max(0, i - 2), i) and not _CAP_AFTER.match(text, j):
            return True
        i = text.find(nxt, j)
    return False


_TOKEN = re.compile(r"[\w'’]+")


def _tokens(text: str) -> Container[str]:
    """The words of ``text`` as written (maximal runs of word characters and apostrophes), as a
    container asked one word at a time (see ``_WrittenWords``)."""
    return _WrittenWords(text)


class _WrittenWords:
    """``word in`` answers whether ``word`` is one of the text's words (a maximal run of word characters
    and apostrophes): its occurrences are found with ``str.find`` and their neighbours checked, instead
    of splitting the whole text into a set of words first (speed: a text is asked once or twice)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or _TOKEN.fullmatch(word) is None:
            return False
        text, n = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            if not (i > 0 and _token_char(text[i - 1])) and not (i + n < len(text) and _token_char(text[i + n])):
                return True
            i = text.find(word, i + 1)
        return False


def _token_char(ch: str) -> bool:
    """Whether ``ch`` matches ``[\\w'’]`` (``\\w`` is ``str.isalnum`` or the underscore, as in ``re``)."""
    return ch.isalnum() or ch in "_'’"


def _small_word(text: str, m: Mention) -> bool:
    """Whether the capitalised word glued before ``m`` is also written in lower case in the text
    ("Metro Detroit" beside "the metro area"): a common word, not a given name."""
    prev = word_before(text, m.start)
    if not prev:
        return False
    low = prev.lower()
    if _TOKEN.fullmatch(low):  # a whole word: one lookup in the text's words
        return low in _tokens(text)
    return re.search(rf"(?<![\w'’]){re.escape(low)}(?![\w'’])", text) is not None


# A name read only inside people's names ("Natasha Hays", "Brandy Mclaughlin") and never with a place
# cue is that person's surname wherever it stands alone ("the Hays investigation", "Mclaughlin says"),
# unless a town of its name has at least this many people (a city named beside a capitalised word,
# "Downtown Dayton", is still the city when it stands alone).
SURNAME_ONLY_MAX_POPULATION = 100_000


def _surname_only(text: str, kept: list[Mention], glued: set[str], gazetteer) -> list[Mention]:
    """``kept`` without the mentions of names read only as surnames (see SURNAME_ONLY_MAX_POPULATION)."""
    if not glued:
        return kept
    placed = {m.text for m in kept if m.text in glued and (_locative_cue(text, m) or residence(text, m))}
    out = []
    for m in kept:
        if m.text in glued and m.text not in placed \
                and max((c.population for c in gazetteer.candidates(m.key)), default=0) < SURNAME_ONLY_MAX_POPULATION:
            continue
        out.append(m)
    return out


def _glued(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "'’-")


# Surnames this short ("Le", "Li") are too often parts of other names to tell anything alone.
MIN_SURNAME_LETTERS = 3
_CAP_BEFORE = re.compile(r"[A-Za-z] ")
_CAP_AFTER = re.compile(r" [A-Z]")


def _org_spans(folded: str) -> list[tuple[int, int]]:
    """Where the curated organisation names ("Islamic State of Iraq and the Levant") occur: every
    occurrence, overlapping ones too, found in one pass over the text (speed: not a scan per name)."""
    return [(end + 1 - n, end + 1) for end, (_, n) in _phrase_matches(_org_automaton(), folded)]


@lru_cache(maxsize=1)
def _org_automaton():
    return _phrase_automaton(sources.org_names())


def _phrase_automaton(phrases):
    """An Aho-Corasick automaton over the non-empty ``phrases`` whose matches carry (phrase, its
    length); None when there are none."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for phrase in set(phrases):
        if phrase:
            automaton.add_word(phrase, (phrase, len(phrase)))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _phrase_matches(automaton, folded: str):
    """(end index, (phrase, length)) of every occurrence, overlapping ones too, of the automaton's phrases."""
    return automaton.iter(folded) if automaton is not None else ()


def in_actor_name(folded: str, s: int, e: int) -> bool:
    """Whether ``folded[s:e]`` lies inside the name of an armed group or force of the actor
    dictionary written out in full ("Boko Haram", "Tigray Defense Forces", "Wagner fighters")."""
    for name, offset in sources.actor_name_index().get(folded[s:e], ()):
        a = s - offset
        b = a + len(name)
        if a >= 0 and folded.startswith(name, a) and not (a and folded[a - 1].isalnum()) \
                and not folded[b:b + 1].isalnum():
            return True
    return False


def _within(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


class _LowerWords:
    """``_lowercase_words(text)`` for ``in`` tests, computed on the first test (speed: only a one-word
    mention at a sentence start or before a resident noun needs it, and most texts have none)."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = _lowercase_words(self._text)
        return word in self._words


# The "\b" before the first letter is checked after it, in a lookbehind: a pattern opening with a
# letter class lets the engine skip to candidate letters (speed; the same matches as "\b[a-z]...").
_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z'\-]+\b")


def _mention(text: str, folded: str, s: int, e: int) -> Mention:
    cues: set[str] = set()
    prev = [w.lower().strip(".") for w in words_before(text, s, 3)]
    lex = _lex()
    if prev and prev[-1] in lex["before_place"]:
        cues.add("prep")
    if len(prev) >= 2 and prev[-1] == "of" and prev[-2] in lex["place_nouns"]:
        cues.add("noun-of")
    if len(prev) >= 2 and prev[-1] == "of" and prev[-2] in lex["directions"]:
        cues.add("direction-of")
    if prev and prev[-1] in lex["place_nouns"]:
        cues.add("noun-before")
    nxt = [w.lower().strip(".,") for w in words_after(text, e, 2)]
    codes = sources.cues()["admin_suffixes"].get(nxt[0]) if nxt and text[e:e + 1] == " " else None
    suffix = tuple(codes) if codes else None
    if nxt and nxt[0] in lex["place_nouns"] and text[e:e + 1] == " ":
        cues.add("noun-after")
    if nxt and nxt[0] in lex["after_place"] and text[e:e + 1] == " " and words_after(text, e, 1)[0][:1].islower():
        cues.add("resident-after")  # "an Elkhart man", "Roswell police", "the Jordan resident"
    if text.startswith(_AGENCY_WORDS, e) and _AGENCY_AFTER.match(text, e):  # test first (speed)
        cues.add("resident-after")  # "the Oakdale Fire Department", "Albany Police say"
    if text[e:e + 2] == ", " and _state_word(text, e + 2):
        cues.add("state-after")  # "Surprise, Ariz.", "Mexico, N.Y."
    if text[e:e + 2] == ", ":
        cues.add("comma-after")
    if text[max(0, s - 2):s] == ", ":
        cues.add("comma-before")
    return Mention(s, e, text[s:e], " ".join(folded[s:e].split()), frozenset(cues), suffix)


_AGENCY_AFTER = re.compile(r" (?:Police|Fire|Sheriff['’]s) (?:Department|Dept\.|Office|Chief\b|[a-z])")
_AGENCY_WORDS = (" Police ", " Fire ", " Sheriff's ", " Sheriff’s ")


def _state_word(text: str, at: int) -> bool:
    """Whether a US state's name, code or AP abbreviation starts at ``at`` ("Ariz.", "N.Y.", "Ohio")."""
    words = _state_words_by_initial().get(text[at:at + 1], ())  # only words starting with that letter can (speed)
    return any(text.startswith(w, at) and not text[at + len(w):at + len(w) + 1].isalpha() for w in words)


@lru_cache(maxsize=1)
def _state_words() -> tuple[str, ...]:
    words = {w for r in sources.us_states().values() for w in (r.name, r.code, *r.abbreviations)}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _state_words_by_initial() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in _state_words():
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _locative_cue(text: str, m: Mention) -> bool:
    """A cue strong enough for a word that is usually a common word: "in Reading", "city of Commerce",
    "Commerce, Ga.", "the Jordan resident" ("at Lot No. 7", "Many area cities", "Red, White and Blue"
    are not)."""
    if " " in m.text and "noun-after" in m.cues:
        return True  # "the Bay Area", "Hamilton Township"
    return _after_locative(text, m) or bool(m.cues & {"noun-of", "direction-of", "state-after", "resident-after"}) \
        or m.suffix is not None


def strong_cue(m: Mention) -> bool:
    """Whether the words around the mention say it is a place ("in X", "city of X", "X province")."""
    return bool(m.cues & {"prep", "noun-of", "direction-of", "noun-after", "comma-before", "resident-after",
                          "state-after"}) or m.suffix is not None


def _keep(text: str, m: Mention, starts: set[int], lower_words: Container[str]) -> bool:
    surface = m.text
    if surface in sources.demonyms():
        return False
    if m.key in _lex()["city_sides"] and "state-after" not in m.cues:
        return False  # "on the city's West Side": a part of a city, not the town a gazetteer calls so
    if _acronym(surface) and surface not in sources.acronyms() and not _dateline_word(text, m):
        return False  # "CNN", "NATO": an organisation, not the village of the same name ("MALTA —" is a dateline)
    hard = sources.stoplist().get(surface.lower())
    if hard is not None and not (surface.isupper() and len(surface) > 1):
        if hard or not _locative_cue(text, m):
            return False
    elif hard and not _dateline_word(text, m):
        return False  # "POLICE: Jacksonville dad ...": a never-place word in capitals is no dateline either
    if _abbreviation_out_of_place(text, m):
        return False
    if surface.isupper() and surface.isalpha() and len(surface) > MAX_ACRONYM_LETTERS - 1 \
            and _LOWER_NEXT.match(text, m.end) and not _after_locative(text, m):
        return False  # "A LANDMARK feature", "TWO councils": capitals for emphasis in running text
    single = " " not in surface and "." not in surface
    if single and m.start in starts and surface.lower() in lower_words and not surface.isupper() \
            and not (strong_cue(m) and "resident-after" not in m.cues):
        return False  # a common word starting a sentence ("Police said ...")
    return True


_LOWER_NEXT = re.compile(r" [a-z]")
# A headline is the text's first line when at least this share of its words of four or more letters
# are capitalised ("2 Dead, 7 Hurt in Southeast DC Shooting at Community Party"). Not tuned: set so
# that a sentence-case headline (a capital on its first word and its proper names only) stays below.
TITLE_CASE_SHARE = 0.7
_LONG_WORD = re.compile(r"[A-Za-z][\w'’]{3,}")


def _headline_word(text: str, m: Mention, lower_words: Container[str]) -> bool:
    """A common word capitalised only because the headline is in title case ("7 Hurt in ...",
    "Four Men Wounded", "Young girl shot"): in a title-case first line, without a cue that makes it
    a place, every word of it written in lower case elsewhere in the text, and the name itself never
    written again after the headline."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if m.end > line_end or not _title_case(text[:line_end]):
        return False
    if strong_cue(m) and (" " in m.text or m.cues - {"prep"} or not _capitalised_preposition(text, m)):
        return False  # "Dead in Hurt" is a place; "Sitting In Car" may be the word, if the body never names it
    if any(w.lower() not in lower_words for w in m.text.split()):
        return False
    return text.find(m.text, line_end) < 0


def _capitalised_preposition(text: str, m: Mention) -> bool:
    """Whether the word before the mention is a capitalised preposition ("In Car"): in a headline that
    capitalises every word it says nothing; a headline that writes "in" in lower case chose it."""
    before = words_before(text, m.start, 1)
    return bool(before) and before[0][:1].isupper() and before[0].lower() in _lex()["before_place"]


def _title_case(line: str) -> bool:
    words = _LONG_WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# A dash after an all-capital name makes it a dateline ("MALTA — About 5,000 books ...").
_DATELINE_AFTER = re.compile(r"\s*(?:—|–|\x97|--| - )")
# "JUBA (Reuters) -", "KABUL, Afghanistan (AP) —", "MOGADISHU, Nov 3 (Reuters) -": a line opening with
# capitals, then a country or state, a date and the agency in brackets, then the dash.
_SOURCED_DATELINE_AFTER = re.compile(
    r"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s*\([A-Za-z][\w .&/-]{1,30}\)"
    r"\s*(?:—|–|\x97|--| - )")
# "MOPTI, Mali —", "DORI, Burkina Faso, March 3 —": the same without the agency, when a capitalised
# country or state of one to three words follows the comma.
_PLACED_DATELINE_AFTER = re.compile(
    r",\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s*(?:—|–|\x97|--| - )")


def _dateline_word(text: str, m: Mention) -> bool:
    """The mention is a dateline's place: a dash right after it, or it opens a line and a bracketed
    agency (with a country and a date before it) and a dash follow ("JUBA (Reuters) -")."""
    if _DATELINE_AFTER.match(text, m.end):
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip():
        return False
    return bool(_SOURCED_DATELINE_AFTER.match(text, m.end) or _PLACED_DATELINE_AFTER.match(text, m.end))
# All-capital words up to this many letters are read as acronyms unless a curated file lists them.
MAX_ACRONYM_LETTERS = 5


def _acronym(surface: str) -> bool:
    letters = surface.replace(".", "")
    return surface.isupper() and letters.isalpha() and len(letters) <= MAX_ACRONYM_LETTERS


def _abbreviation_out_of_place(text: str, m: Mention) -> bool:
    """State abbreviations with one period ("Ill.", "Ga.") count only after "<Town>, ", after "in", or
    before a lower-case word, where the period ends no sentence ("Mass. legislators put off ...")."""
    s = m.text
    if not s.endswith(".") or s.count(".") != 1 or len(s) > 6:
        return False
    if _LOWER_NEXT.match(text, m.end) or _after_locative(text, m):
        return False
    return text[max(0, m.start - 2):m.start] not in (", ", "D-", "R-", "I-")  # "Sen. Bob Casey, D-Pa."


_HYPHEN_CHAIN = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:-[A-Z][a-z]+){2,}(?![\w'’-])")


def _hyphenated_name(text: str, m: Mention) -> bool:
    """A one-word name in a chain of three or more capitalised words joined by hyphens
    ("Jeff-Vander-Lou", a neighbourhood): the name is part of a longer one. Pairs
    stay ("Dallas-Fort Worth", "Athens-Clarke", "DFL-Cook": a party and a legislator's home town)."""
    if " " in m.text or not (text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-"):
        return False
    start = text.rfind(" ", 0, m.start) + 1  # the whitespace-delimited token holding the mention
    return any(c.start() <= m.start - start and m.end - start <= c.end()
               for c in _HYPHEN_CHAIN.finditer(text[start:m.end + 60].split(None, 1)[0]))


_TAIL = re.compile(r"-([a-z]+)\b")


def _glued_tail(text: str, m: Mention) -> bool:
    """A name glued by a hyphen to a lower-case word no English compound takes ("Lao-angan", a
    village, against "Kano-based", "Russian-held"): the start of a longer name."""
    tail = _TAIL.match(text, m.end)
    return tail is not None and tail.group(1) not in _lex()["hyphen_word_tails"]


def _hyphen_compound(text: str, m: Mention, gazetteer) -> bool:
    """"Paris-Henry County", "Logan-Rogersville": two place names joined by a hyphen (a joint agency,
    school district or university campus), not a double-barrelled name."""
    if text[m.start - 1:m.start] != "-":
        return False
    prev = words_before(text, m.start - 1, 1)
    return bool(prev) and gazetteer.has_key(name_key(prev[0].rstrip("-")))


def _inside_person_or_name(text: str, m: Mention, starts: set[int]) -> bool:
    """A title before ("Gov. Ohio"), or a capitalised word glued before that is not a cue
    ("John Kerry", "Secretary Jordan")."""
    prev = word_before(text, m.start)
    if not prev:
        return False
    low = prev.lower().strip(".")
    lex = _lex()
    if low in lex["person_titles"] and _CAP.match(prev):
        return True  # "Miss Rochester", "Gov. Ohio" ("expected to miss Rochester" is a verb)
    if not _CAP.match(prev) or prev.isupper() or prev.endswith(("'s", "’s")):
        return False
    if low in lex["org_words"]:
        return False  # "First Baptist Church Maryville": a place inside an institution's name
    if low in lex["directions"] or low in lex["before_place"] or low in lex["connectors"]:
        return False
    if low in _SENTENCE_WORDS or prev in sources.demonyms():
        return False
    if low in sources.first_names():
        return True  # "Ron Sylvester" opening a sentence: a given name is no capitalised opener
    # mid-sentence, a capitalised word glued before makes a longer name; at a sentence start it may
    # just be capitalised for the start ("Downtown Atlanta"), so the mention stays
    return (m.start - len(prev) - 1) not in starts


# A given name, then a capitalised word, right after a name: "Darra Adam Khel", "Kalo Adam Gul".
_GIVEN_THEN_WORD = re.compile(r" ([A-Z][a-z]+) ([A-Z][\w'’]*)")


def _name_goes_on(text: str, m: Mention) -> bool:
    """Whether a small town's name is glued to a given name and one more capitalised word that is no
    place noun, institution, title, direction or people's name: the three make one longer name the
    gazetteer lacks (Pashto "... Khel", "... Kalay" village names hold a man's name), and the town of
    the first word alone, often far abroad ("Darra", Australia), is no reading of it. The given names
    are ``first_names.txt`` and the ``inner_given_names`` of cues.json ("Ali", "Hassan": names that
    village names of Pakistan, Afghanistan, Syria or Somalia hold, and that the first-name list leaves
    out because they are towns too)."""
    if not "A" <= text[m.end + 1:m.end + 2] <= "Z":
        return False  # the pattern's first capital is not there (speed: most names are not followed by one)
    nxt = _GIVEN_THEN_WORD.match(text, m.end)
    if nxt is None:
        return False
    lex = _lex()
    given = nxt.group(1).lower()
    if given not in sources.first_names() and given not in lex["inner_given_names"]:
        return False
    low = nxt.group(2).lower()
    return not (low in lex["place_nouns"] or low in lex["org_words"] or low in lex["person_titles"]
                or low in lex["directions"] or low in sources.cues()["admin_suffixes"]
                or nxt.group(2) in sources.demonyms() or low in _SENTENCE_WORDS)


# Capitalised words that start a sentence without making a proper name with what follows.
_SENTENCE_WORDS = frozenset({"the", "a", "an", "then", "but", "and", "since", "after", "before", "like", "when",
                             "while", "as", "if", "so", "also", "only", "even", "both", "all", "many", "some"})


def register_votes(text: str, folded: str | None = None) -> list[str]:
    """A country code per distinct register phrase of ``cues.json`` ("Sheriff's Office" is American,
    "councillors" British or Canadian): like demonyms, votes for the document's country. ``folded``:
    ``fold(text)`` when the caller has it already."""
    low = fold(text) if folded is None else folded
    first = _first_occurrences(low, _register_automaton())  # one pass, not a find per phrase (speed)
    votes = [cc for cc, phrase in _register_phrases() if phrase in first and _whole_words_at(low, phrase, first[phrase])]
    gated = zip(_register_patterns(), _register_literals())
    return votes + [cc for (cc, rx), lit in gated if lit in text and rx.search(text)]


# A US broadcaster's call letters as stations write them: "(WESH)", "WESH-TV", "KMOV.com", "KHOU 11",
# "KCTV5". Stations west of the Mississippi start with K, east of it with W (a few old ones keep the
# other letter: KDKA Pittsburgh, WFAA Dallas), so the letters say roughly where a page comes from.
_CALL_SIGN = SkipScan(re.compile(r"(?<![\w-])(?:\(([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\)"
                                  r"|([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM)\b|\.com\b| ?\d{1,2}(?![\d:.,/])))"))  # scouted (speed)


def call_sign_side(text: str) -> str | None:
    """"K" or "W" when every call sign the text holds starts with that letter, else None; acronyms
    of organisations written alike ("the World Food Programme (WFP)", "the Kurdistan Regional
    Government (KRG)", cues.json ``call_sign_exclusions``) are no call signs."""
    if "K" not in text and "W" not in text:
        return None
    skip = _call_sign_exclusions()
    letters = (m.group(1) or m.group(2) for m in _CALL_SIGN.finditer(text))
    sides = {sign[0] for sign in letters if sign not in skip}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=1)
def _call_sign_exclusions() -> frozenset[str]:
    """Acronyms written like call letters that are no station ("(WHO)", "(KRG)", "KIA")."""
    return frozenset(sources.cues().get("call_sign_exclusions", ()))


@lru_cache(maxsize=1)
def _register_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(country code, compiled pattern) of ``cues.json``'s ``country_register_patterns``: marks of
    a country's public life no word list gives (a US broadcaster's call letters, "(WFSB)")."""
    table = sources.cues().get("country_register_patterns", {})
    return tuple((cc, re.compile(p)) for cc, patterns in table.items() for p in patterns)


@lru_cache(maxsize=1)
def _register_literals() -> tuple[str, ...]:
    """Per pattern of ``_register_patterns``, a string its every match holds ("911", " block of"):
    a text without it is not searched (speed: most patterns begin with a look-behind or a class,
    which the engine tests at every position)."""
    return tuple(required_literal(rx.pattern) for _, rx in _register_patterns())


def required_literal(pattern: str) -> str:
    """The longest run of literal characters in a row at the top level of a case-sensitive
    ``pattern``, which every match holds; "" when the pattern ignores case or has none."""
    import re._constants as sre
    import re._parser as sre_parse

    parsed = sre_parse.parse(pattern)
    best = run = ""
    if parsed.state.flags & re.IGNORECASE:
        return best
    for op, arg in parsed:
        run = run + chr(arg) if op == sre.LITERAL else ""
        best = max(best, run, key=len)
    return best


@lru_cache(maxsize=1)
def _register_phrases() -> tuple[tuple[str, str], ...]:
    """(country code, folded phrase) in the order of ``cues.json`` (folded once: speed)."""
    return tuple((cc, fold(p)) for cc, phrases in sources.cues()["country_register"].items() for p in phrases)


@lru_cache(maxsize=1)
def _register_automaton():
    return _phrase_automaton(p for _, p in _register_phrases())


def _first_occurrences(folded: str, automaton) -> dict[str, int]:
    """Phrase -> where it first occurs in ``folded`` (what ``folded.find(phrase)`` gives), for the
    phrases of ``automaton`` (see ``_phrase_automaton``) that occur."""
    first: dict[str, int] = {}
    for end, (phrase, n) in _phrase_matches(automaton, folded):
        start = end + 1 - n
        if start < first.get(phrase, start + 1):
            first[phrase] = start
    return first


def _has_phrase(folded: str, phrase: str) -> bool:
    """Whether the already folded ``phrase`` first occurs in ``folded`` as whole words (a phrase edge that
    is a symbol, as in "£", needs no word boundary)."""
    i = folded.find(phrase)
    return i >= 0 and _whole_words_at(folded, phrase, i)


def _whole_words_at(folded: str, phrase: str, i: int) -> bool:
    """Whether ``phrase``, found at ``i`` of ``folded``, stands there as whole words."""
    j = i + len(phrase)
    return (i == 0 or not phrase[0].isalnum() or not folded[i - 1].isalnum()) \
        and (not phrase[-1].isalnum() or not folded[j:j + 1].isalnum())


# One or two capitalised words (compiled once; a scouted scan gains nothing: most capitals match). The
# "\b" before the capital is checked after it, in a lookbehind, so that the engine skips straight to
# capitals (speed; the same matches as "\b[A-Z][a-z]+...").
_CAPITALISED_WORDS = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]+(?: [A-Z][a-z]+)?\b")


def demonym_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of every demonym ("Iraqi", "Americans") in ``text``."""
    table = sources.demonyms()
    out = []
    for m in _CAPITALISED_WORDS.finditer(text):
        word = m.group()
        if word in table:
            out.append((m.start(), m.end(), table[word]))
        elif " " in word and word.split(" ")[1] in table:
            s = m.start() + word.index(" ") + 1
            out.append((s, m.end(), table[word.split(" ")[1]]))
        elif " " in word and word.split(" ")[0] in table:  # "Nigerian Army", "Pakistani Taliban"
            out.append((m.start(), m.start() + word.index(" "), table[word.split(" ")[0]]))
    return out
