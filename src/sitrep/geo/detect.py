"""Finding place mentions without a trained NER: gazetteer matching plus context cues.

Every name key of the gazetteer is matched in the folded text (Aho-Corasick); a match is kept when it
sits on word boundaries, is capitalised like a proper name, is not part of a longer match, and is not
ruled out by the stop-list, a person's title or a longer proper name around it. Each kept mention
records the cues seen around it (a preposition, "city of", a following "province", a containing place
after a comma) for the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.normalize import fold, name_key
from sitrep.types import Sentence

__all__ = ["Mention", "detect", "strong_cue", "demonym_mentions", "word_before", "words_before", "words_after"]

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
    return _WORD.findall(text[max(0, start - 60):start])[-n:]


def word_before(text: str, start: int) -> str:
    ws = words_before(text, start, 1)
    if not ws:
        return ""
    # a word separated from the mention by punctuation other than a space is not adjacent, nor is one
    # ending a sentence ("... Resigns. Murmansk"), unless it is a title ("Gov. Ohio")
    gap = text[max(0, start - 3):start]
    if not gap.endswith((" ", "-")) or gap.rstrip().endswith((",", ";", ":", "(", "\"", "“")):
        return ""
    if ws[0].endswith(".") and ws[0].lower().strip(".") not in _lex()["person_titles"]:
        return ""
    return ws[0]


def words_after(text: str, end: int, n: int = 2) -> list[str]:
    return _WORD.findall(text[end:end + 40])[:n]


@lru_cache(maxsize=65536)
def _capitalised(surface: str) -> bool:
    tokens = surface.replace("-", " ").split()
    connectors = _lex()["connectors"]
    if not tokens or not any(_CAP.match(t) for t in tokens):
        return False
    for i, t in enumerate(tokens):
        if not _CAP.match(t) and t.lower() not in connectors and not t[:1].isdigit():
            return False
    return True


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer first (multi-word names beat their parts)."""
    chosen: list[tuple[int, int]] = []
    taken = bytearray()
    for s, e in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if len(taken) < e:
            taken.extend(b"\0" * (e - len(taken)))
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\1" * (e - s)
        chosen.append((s, e))
    return sorted(chosen)


def _sentence_starts(text: str, sentences: Sequence[Sentence] | None) -> set[int]:
    starts = {0}
    if sentences:
        starts.update(s.start for s in sentences)
    for m in re.finditer(r"(?:^|\n)\s*", text):
        starts.add(m.end())
    for m in re.finditer(r"[.!?][\"”’)]?\s+", text):
        starts.add(m.end())
    return starts


def detect(text: str, gazetteer, sentences: Sequence[Sentence] | None = None) -> list[Mention]:
    """Place mentions in ``text`` (unresolved), in text order."""
    folded = fold(text)
    orgs = _org_spans(folded)
    spans = [(s, e) for s, e in gazetteer.word_matches(folded, text)
             if _capitalised(text[s:e]) and not _within(s, e, orgs)]
    starts = _sentence_starts(text, sentences)
    lower_words = _lowercase_words(text)
    kept, people = [], set()
    prominent: dict[str, bool] = {}  # per name key, for this text (speed)
    for s, e in _longest(spans):
        m = _mention(text, folded, s + _noun_of_prefix(folded, s, e), e - _city_suffix(gazetteer, folded, s, e))
        if _MIDDLE_INITIAL.match(text, m.end):
            continue  # "Virginia L. Lane": a given name before a middle initial
        if " " not in m.text and _AFTER_INITIAL.search(text, max(0, m.start - 30), m.start):
            people.add(m.text)
            continue  # "Evan P. King": a surname after a given name and an initial
        if m.key not in prominent:
            prominent[m.key] = _prominent(gazetteer, m.key)
        if not prominent[m.key]:
            if _inside_person_or_name(text, m, starts):
                if _after_title_or_first_name(text, m):
                    people.add(m.text)
                continue
            if _first_name(text, m):
                continue
            if _speaker(text, m):
                people.add(m.text)
                continue
            if m.text.lower() in sources.first_names() and not strong_cue(m):
                continue  # "Frank", "Kate": a given name, unless the text says place ("in Kate")
        if _keep(text, m, starts, lower_words):
            kept.append(m)
    # a name seen once as part of a person's name is that person everywhere ("John Kerry" ... "Kerry"),
    # unless a locative preposition says place ("in Kerry")
    return [m for m in kept if m.text not in people or " " in m.text or _after_locative(text, m)]


# "City of Richmond", "Town of Hempstead": GeoNames lists such official names as alternates of one
# place, often a small one; the mention is the name after the prefix, with a "city of" cue.
_NOUN_OF = re.compile(r"(?:city|town|village|township|borough) of ")


def _noun_of_prefix(folded: str, s: int, e: int) -> int:
    m = _NOUN_OF.match(folded, s, e)
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


def _after_locative(text: str, m: Mention) -> bool:
    before = words_before(text, m.start, 1)
    return bool(before) and before[0].lower() in _LOCATIVE_PREPOSITIONS


# Names of a country, a first-level division or a place this populous are places even when glued to
# other capitalised words ("Sudan Liberation Army", "Ohio State", "Paris Hilton" is the price).
PROMINENT_POPULATION = 1_000_000


def _prominent(gazetteer, key: str) -> bool:
    return any(c.feature_code in ("PCLI", "ADM1") or c.population >= PROMINENT_POPULATION
               for c in gazetteer.candidates(key))


def _after_title_or_first_name(text: str, m: Mention) -> bool:
    """"Gov. Ohio", "John Kerry", "Lt. Pat Nelson", "Issac Fisher, 26,": a title or a given name before,
    a title two words before, or an age after marks a person."""
    low = word_before(text, m.start).lower().strip(".")
    if low in _lex()["person_titles"] or low in sources.first_names() or _AGE_AFTER.match(text, m.end):
        return True
    two = [w.lower().strip(".") for w in words_before(text, m.start, 2)]
    return len(two) == 2 and two[0] in _lex()["person_titles"]


# "Fisher, 26, of Kansas City": an age in commas after a name.
_AGE_AFTER = re.compile(r", \d{1,2},")


_MIDDLE_INITIAL = re.compile(r" [A-Z]\. [A-Z][a-z]")
_AFTER_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. $")
_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|whose)\b|\s(?:said|told|added|explained|asked|wrote|testified|stated|pleaded|declined|admitted"
    r"|(?:was|is|has been) (?:charged|arrested|sentenced|convicted|accused|booked|indicted|jailed))\b"
    r"|['’]s (?:lawyers?|attorneys?|defense|wife|husband|mother|father|family|son|daughter|trial|arrest)\b)")


def _speaker(text: str, m: Mention) -> bool:
    """"Nelson said", "Taylor, who ...", "Fairfield was charged", "Fairfield's lawyers": a one-word name
    that speaks, is charged or has a family or lawyers is a person."""
    if " " in m.text or not _SPEECH_AFTER.match(text, m.end):
        return False
    return not _after_locative(text, m)  # "officials in Atlanta said"


_LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around"})


def _first_name(text: str, m: Mention) -> bool:
    """A one-word mention glued to a following capitalised word that is no institution ("Antony Blinken")."""
    if " " in m.text or text[m.end:m.end + 1] != " ":
        return False
    nxt = words_after(text, m.end, 1)
    if not nxt or not _CAP.match(nxt[0]) or nxt[0].isupper() or not text.startswith(nxt[0], m.end + 1):
        return False  # no capitalised word right after ("HARTFORD — Connecticut ...": a dash between)
    low = nxt[0].lower().strip(".,'’")
    lex = _lex()
    third = words_after(text, m.end, 2)[1:]
    if third and _CAP.match(third[0]) and text[m.end + 1 + len(nxt[0]):][:1] == " ":
        return False  # three capitalised words: an institution's name ("Gainesville Public Utilities")
    return not (low in lex["org_words"] or low in lex["person_titles"] or low in lex["connectors"]
                or low in sources.stoplist() or low in lex["place_nouns"] or nxt[0] in sources.demonyms()
                or low.endswith(("'s", "’s")))


def _org_spans(folded: str) -> list[tuple[int, int]]:
    """Where the curated organisation names ("Islamic State of Iraq and the Levant") occur."""
    out = []
    for key in sources.org_names():
        i = folded.find(key)
        while i >= 0:
            out.append((i, i + len(key)))
            i = folded.find(key, i + 1)
    return out


def _within(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\b[a-z][a-z'\-]+\b", text))


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
    if text[e:e + 2] == ", ":
        cues.add("comma-after")
    if text[max(0, s - 2):s] == ", ":
        cues.add("comma-before")
    return Mention(s, e, text[s:e], " ".join(folded[s:e].split()), frozenset(cues), suffix)


def strong_cue(m: Mention) -> bool:
    """Whether the words around the mention say it is a place ("in X", "city of X", "X province")."""
    return bool(m.cues & {"prep", "noun-of", "direction-of", "noun-after", "comma-before"}) or m.suffix is not None


def _keep(text: str, m: Mention, starts: set[int], lower_words: frozenset[str]) -> bool:
    surface = m.text
    if surface in sources.demonyms():
        return False
    if _acronym(surface) and surface not in sources.acronyms() and not _DATELINE_AFTER.match(text, m.end):
        return False  # "CNN", "NATO": an organisation, not the village of the same name ("MALTA —" is a dateline)
    hard = sources.stoplist().get(surface.lower())
    if hard is not None and not (surface.isupper() and len(surface) > 1):
        if hard or not strong_cue(m):
            return False
    if _abbreviation_out_of_place(text, m):
        return False
    single = " " not in surface and "." not in surface
    if single and m.start in starts and surface.lower() in lower_words and not strong_cue(m):
        return False  # a common word starting a sentence ("Police said ...")
    return True


# A dash after an all-capital name makes it a dateline ("MALTA — About 5,000 books ...").
_DATELINE_AFTER = re.compile(r"\s*(?:—|–|\x97|--| - )")
# All-capital words up to this many letters are read as acronyms unless a curated file lists them.
MAX_ACRONYM_LETTERS = 5


def _acronym(surface: str) -> bool:
    letters = surface.replace(".", "")
    return surface.isupper() and letters.isalpha() and len(letters) <= MAX_ACRONYM_LETTERS


def _abbreviation_out_of_place(text: str, m: Mention) -> bool:
    """State abbreviations with one period ("Ill.", "Ga.") count only after "<Town>, "."""
    s = m.text
    if not s.endswith(".") or s.count(".") != 1 or len(s) > 6:
        return False
    return text[max(0, m.start - 2):m.start] != ", "


def _inside_person_or_name(text: str, m: Mention, starts: set[int]) -> bool:
    """A title before ("Gov. Ohio"), or a capitalised word glued before that is not a cue
    ("John Kerry", "Secretary Jordan")."""
    prev = word_before(text, m.start)
    if not prev:
        return False
    low = prev.lower().strip(".")
    lex = _lex()
    if low in lex["person_titles"]:
        return True
    if not _CAP.match(prev) or prev.isupper() or prev.endswith(("'s", "’s")):
        return False
    if low in lex["org_words"]:
        return False  # "First Baptist Church Maryville": a place inside an institution's name
    if low in lex["directions"] or low in lex["before_place"] or low in lex["connectors"]:
        return False
    if low in _SENTENCE_WORDS or prev in sources.demonyms():
        return False
    # mid-sentence, a capitalised word glued before makes a longer name; at a sentence start it may
    # just be capitalised for the start ("Downtown Atlanta"), so the mention stays
    return (m.start - len(prev) - 1) not in starts


# Capitalised words that start a sentence without making a proper name with what follows.
_SENTENCE_WORDS = frozenset({"the", "a", "an", "then", "but", "and", "since", "after", "before", "like", "when",
                             "while", "as", "if", "so", "also", "only", "even", "both", "all", "many", "some"})


def demonym_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of every demonym ("Iraqi", "Americans") in ``text``."""
    table = sources.demonyms()
    out = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", text):
        word = m.group()
        if word in table:
            out.append((m.start(), m.end(), table[word]))
        elif " " in word and word.split(" ")[1] in table:
            s = m.start() + word.index(" ") + 1
            out.append((s, m.end(), table[word.split(" ")[1]]))
    return out
