"""Session 15 speed paths of the geoparser: scouted scans (``sitrep.textutil.SkipScan``) give the
matches of their plain patterns; line starts found without the "(?:^|\\n)" scan are the same."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import detect, eventplace, landmarks, streets
from sitrep.textutil import CASE_EXTRAS, SkipScan, first_chars, holds_any


def _scans() -> list[SkipScan]:
    named, numbered, _ = streets._patterns()
    return [named, numbered, landmarks._description_patterns()[0], detect._CALL_SIGN,
            eventplace._abbreviation_pattern()]


PIECES = [
    "Main Street", "E Pike St.", "5th Ave", "Route 9", "Highway 61 North", "I-95", "Martin Luther King Boulevard",
    "the largest", "Largest", "MAIN", "only", "principal", "biggest  camp", "KCK", "KCK's", "NOLA", "nola",
    "Jo'burg", "(WESH)", "KMOV.com", "KHOU 11", "WFP", "KCTV5", "Iraqi", "Nigerian Army", "Pakistani Taliban",
    "Americans", "Lagos", "the", "of", "in", ",", ".", "-", "/", "'", "’", "\n", " ", "É", "İ", "ſ", "K", "12",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _seen(matches) -> list:
    return [(m.span(), m.groups(), m.re.pattern) for m in matches]


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_scouted_scans_give_the_plain_matches(text):
    for scan in _scans():
        assert scan.scout is not None
        plain = scan.pattern
        assert _seen(scan.finditer(text)) == _seen(plain.finditer(text))
        for pos in range(0, len(text) + 1, 3):
            assert _seen(scan.finditer(text, pos, len(text) - 1)) == _seen(plain.finditer(text, pos, len(text) - 1))
            got, want = scan.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_first_chars_bounds_or_gives_up():
    assert first_chars(re.compile(r"\b(?:largest|main)\s+", re.IGNORECASE)) == "[LMlm]"
    assert first_chars(re.compile(r"(?<![\w-])(?:\(([KW][A-Z]{2,3}))")) == r"[\(]"
    assert first_chars(re.compile(r"(?:x)?\d+")) == r"[\dx]"
    assert first_chars(re.compile(r"(?i:s)tate")) == "[Ss\u017f]"
    for plain in (r"(?:^|\n)\s*", r"\s*", r"[^a]b", r".a", r"x?", r"(?i)é", r"(?i)[a-c]d"):
        assert first_chars(re.compile(plain)) is None
    assert SkipScan(re.compile(r"x?")).scout is None
    assert [m.span() for m in SkipScan(re.compile(r"(?:^|\n)\s*")).finditer("a\n b")] == [(0, 0), (1, 3)]


def test_case_extras_are_every_code_point_a_letter_matches():
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    odd: dict[str, str] = {}
    for code in range(0x110000):
        ch = chr(code)
        if any_letter.fullmatch(ch) and not ch.isascii():
            for letter in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(letter, ch, re.IGNORECASE):
                    odd[letter] = odd.get(letter, "") + ch
    assert odd == CASE_EXTRAS


def _line_starts_plain(text: str) -> set[int]:
    return {m.end() for m in re.finditer(r"(?:^|\n)\s*", text)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t\r\u2028\u00a0ab.“", max_size=30))
def test_line_starts_equal_the_plain_scan(text):
    starts = detect._sentence_starts(text, None)
    plain = _line_starts_plain(text)
    assert plain <= starts
    assert {detect._SPACES.match(text).end()} | {m.end() for m in detect._LINE_BREAK.finditer(text)} == plain


_INITIAL_PIECES = ["Evan", "P.", "King", "p.", "St.", " ", "\n", ". ", ".\n", "Mc", "Ray", "A", "&", "and", "48th",
                   "Hampton", "95th", "Sheridan", ",", "É"]
initial_texts = st.lists(st.sampled_from(_INITIAL_PIECES), max_size=10).map(" ".join)
initial_glued = st.lists(st.sampled_from(_INITIAL_PIECES), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(initial_texts, initial_glued))
def test_initial_and_corner_gates_equal_the_plain_searches(text):
    for start in range(len(text) + 1):
        plain = detect._AFTER_INITIAL.search(text, max(0, start - 30), start) is not None
        assert detect._after_initial(text, start) == plain
    corner = eventplace._name_patterns()[2]
    for window in (text, text[-20:], text[:30]):
        assert eventplace._corner(corner, window) == (corner.search(window) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \u0130\u0131\u017f\u212a\u00e9\u2019\U0001f600", max_size=20),
       st.sets(st.sampled_from("a\u0130\u0131\u017f\u212a\u00e9")))
def test_holds_any_equals_the_set_test(text, chars):
    assert holds_any(text, chars) == (not frozenset(chars).isdisjoint(text))
    assert holds_any(text, "".join(sorted(chars))) == (not frozenset(chars).isdisjoint(text))
