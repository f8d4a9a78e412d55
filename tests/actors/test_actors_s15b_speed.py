"""Session 15b speed paths of the actor dictionary: each faster scan (the lower-cased text for the
case-insensitive bare nouns, scouted scans for the country patterns) gives the plain pattern's matches."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.dictionary import _lowered_finditer, default_dictionary
from sitrep.actors.precheck import FOLDS_TO_ASCII

PIECES = [
    "gunmen", "Gunmen", "GUNMEN", "police", "Police", "soldiers", "militants", "aid workers", "Aid Workers",
    "bandits", "troops", "villagers", "protesters", "Iraqi", "Nigerian", "Nigeria's", "Malian", "army",
    "Army", "the", "of", "an", "-led", "-LED", "-Led", "led", "’s", "'s", "-", "—", ",", ".", "\n", " ",
    "ſ", "ı", "İ", "\u212a", "Σ", "é", "x", "12", "_", "Russian-backed", "Fulani",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _seen(matches) -> list:
    return [(m.span(), m.groups(), m.re.pattern) for m in matches]


def test_every_fast_scan_is_in_place():
    d = default_dictionary()
    assert {id(d._bare), id(d._qualified), id(d._country_forms)} <= d._fast.keys()


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_fast_scans_give_the_plain_matches(text):
    d = default_dictionary()
    for rx in (d._bare, d._qualified, d._country_forms, d._named_ci, d._named_cs):
        assert _seen(d._finditer(rx, text)) == _seen(rx.finditer(text))


def test_lowered_scan_falls_back_where_case_matters():
    d = default_dictionary()
    low = re.compile(d._bare.pattern.replace("((?i:", "((?:", 1))
    for text in ("Police-LED raids", "ſoldiers", "İ gunmen", "GUNMEN-led gangs", "the Gunmen fled"):
        assert _seen(_lowered_finditer(d._bare, low, text)) == _seen(d._bare.finditer(text))
    assert [m.group() for m in d._finditer(d._bare, "Gunmen and POLICE clashed")] == ["Gunmen", "POLICE"]


def test_lower_case_is_what_ignorecase_matches_for_ascii_letters():
    """The ground of the lower-cased scan, over every code point that lower-cases to one character
    and is not one of FOLDS_TO_ASCII: it matches an ASCII letter under re.IGNORECASE exactly when its
    lower case is that letter, and it is an edge character (\\w, apostrophes, hyphen) exactly when
    its lower case is."""
    edge = re.compile(r"[\w'’-]")
    letters = {c: re.compile(f"(?i:{c})") for c in "abcdefghijklmnopqrstuvwxyz"}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1 or ch in FOLDS_TO_ASCII:
            continue
        assert bool(edge.match(ch)) == bool(edge.match(low)), hex(code)
        if low.isascii() or ch.isascii():
            for letter, rx in letters.items():
                assert bool(rx.match(ch)) == (low == letter), hex(code)
