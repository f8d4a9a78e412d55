"""Streets and roads: place mentions the gazetteer cannot hold ("Main Street", "Highway 19").

Local news names streets and numbered roads often; they are places (LGL tags them) but have no
gazetteer entry, so they are kept as spans with ``place=None``. Finding them also stops the town
inside a street name from being read as the town ("Wichita Street" is not Wichita, Kansas). The word
lists live in ``cues.json`` (``street_suffixes``, ``road_prefixes``, ``street_name_stops``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.geo import sources
from sitrep.textutil import SkipScan
from sitrep.types import Toponym

__all__ = ["street_spans", "street_toponyms"]

# Capitalised words making a street's name: up to this many before the suffix ("Old Lexington
# Highway", "Martin Luther King Boulevard").
MAX_NAME_WORDS = 4
REASON = "street or road name (no gazetteer entry)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[SkipScan, SkipScan, frozenset[str]]:
    c = sources.cues()
    suffixes = sorted(c["street_suffixes"], key=len, reverse=True)
    prefixes = sorted(c["road_prefixes"], key=len, reverse=True)
    word = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’\-]*|\d+(?:st|nd|rd|th))"  # "W.", "Mt.", "Peachtree", "5th"
    named = re.compile(
        rf"\b((?:{word}\s){{1,{MAX_NAME_WORDS}}}(?:{'|'.join(re.escape(s) for s in suffixes)}))(?![\w])"
    )
    numbered = re.compile(
        rf"\b((?:{'|'.join(re.escape(p) for p in prefixes)})\s?\d+[A-Z]?(?:\s(?:North|South|East|West)\b)?)(?![\w\-])"
    )
    # scouted scans (sitrep.textutil.SkipScan): the same matches, the engine skipping to capitals,
    # digits and the prefixes' first letters instead of trying every position (speed)
    return SkipScan(named), SkipScan(numbered), frozenset(w.lower() for w in c["street_name_stops"])


def street_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every street or numbered road named in ``text``, in text order."""
    return list(_street_spans(text))


@lru_cache(maxsize=8)
def _street_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``street_spans``, remembered: the geoparser asks twice for the same text (speed; a pure
    function of its argument)."""
    named, numbered, stops = _patterns()
    spans = []
    for m in named.finditer(text):
        span = _trim(text, m.start(1), m.end(1), stops)
        if span is not None and (not _continues(text, span[1]) or _address(text, span[0])):
            spans.append(span)
    if _holds_any(text, _road_prefixes()):
        spans.extend((m.start(1), m.end(1)) for m in numbered.finditer(text))
    if "lock of" in text:
        spans.extend((m.start(1), m.end(1)) for m in _BLOCK_OF.finditer(text))
    return tuple(_disjoint(spans))


# "the 2400 block of South Pennsylvania", "the 100 block of N. Mead": the name after "block of" is a
# street's, with or without its suffix (a full street name found by the named pattern is longer and wins).
_BLOCK_OF = re.compile(
    r"\b[Bb]lock of ((?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s)?[A-Z][\w'’\-]*)(?![\w'’\-])")


@lru_cache(maxsize=1)
def _road_prefixes() -> tuple[str, ...]:
    return tuple(sources.cues()["road_prefixes"])


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text`` as written: a pattern that must match one of them
    literally cannot match otherwise, and most texts hold none (speed: a substring test is much
    cheaper than a scan of the pattern). One search for an alternation of the words, not a substring
    test per word (speed)."""
    return _literal_alternation(words).search(text) is not None


@lru_cache(maxsize=16)
def _literal_alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` as written (none when ``words`` is empty)."""
    return re.compile("|".join(re.escape(w) for w in words) if words else "(?!)")


# A house number right before a street name makes it an address ("1200 E. Broad St. Lanier said").
_HOUSE_NUMBER = re.compile(r"(?:^|\D)\d{1,6} $")


def _address(text: str, start: int) -> bool:
    return bool(_HOUSE_NUMBER.search(text, max(0, start - 8), start))


def _trim(text: str, start: int, end: int, stops: frozenset[str]) -> tuple[int, int] | None:
    """Drop leading words that are no part of a name ("On Main Street", "The Elm Street")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    for i, w in enumerate(words[:-1]):
        if w.group().endswith(("'s", "’s")):
            k = i + 1  # "Augusta's Highland Avenue": the town is a mention of its own
    while k < len(words) - 1 and words[k].group().lower().strip(".,") in stops:
        k += 1
    if k == len(words) - 1:
        return None  # only the suffix is left ("The Street")
    return start + words[k].start(), end


def _continues(text: str, end: int) -> bool:
    """A capitalised word right after the suffix makes a longer name ("Wall Street Journal", "Main Street
    Bridge") or, after "St.", a saint's name ("South St. Paul"): not a street mention."""
    if text[end - 1] == "." and not text[end - 3:end] == "St.":
        return False
    return bool(re.match(r" [A-Z][a-z]", text[end:end + 3]))


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def street_toponyms(text: str, spans: list[tuple[int, int]]) -> list[Toponym]:
    return [Toponym(s, e, text[s:e], None, REASON, 0.0) for s, e in spans]
