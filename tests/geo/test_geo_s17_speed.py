"""Session 17 speed paths of the geoparser give what the slow paths they replaced give.

Two whole-text patterns check their opening word boundary in a lookbehind after the first letter
(so that the regex engine can skip to candidate letters), and two searches for a word right before a
mention ("11700 Robertson", "his son, Milo") are skipped when the character test they start with
fails. The plain forms are kept here as the reference, run on texts mixing names, digits, kin words,
punctuation, newlines and non-ASCII letters and digits.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.geo import detect
from sitrep.geo.detect import Mention

PIECES = ["Goma", "Nigerian Army", "Pakistani", "Iraqi", "St", "McAllen", "al-Fashir", "O'Neill", "ABC", "Ñuñoa",
          "son", "son,", "daughter", "fiancée", "baby", "the", "said", "in", "11700", "1999", "٣٤٥", "12345", "42",
          "x-ray", "it's", "Kharkiv's", "-", "'", "’", ".", ",", " ", "\n", " \n", "_", "é", "İ", "ſ", "K", "9a"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join),
                  st.lists(st.sampled_from(PIECES), max_size=12).map("".join))


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Nigerian Army and Iraqi troops; x-ray it's O'Neill Goma_Town ÑuñoaGoma")
def test_word_patterns_match_their_plain_forms(text):
    assert _spans(detect._CAPITALISED_WORDS, text) == _spans(re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b"), text)
    assert _spans(detect._LOWER_WORD, text) == _spans(re.compile(r"\b[a-z][a-z'\-]+\b"), text)


def _plain_house_number(text: str, start: int) -> bool:
    m = detect._HOUSE_NUMBER.search(text, max(0, start - 7), start)
    return m is not None and int(m.group(1)) not in detect.YEARS


def _plain_kin(text: str, m: Mention) -> bool:
    return " " not in m.text and detect._KIN_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


@settings(max_examples=400, deadline=None)
@given(texts)
@example("On 11700 \nGoma his son, Milo 1999 Kharkiv")
def test_prechecked_searches_give_the_plain_answers(text):
    for start in range(len(text) + 1):
        assert detect._house_number_before(text, start) == _plain_house_number(text, start)
        m = Mention(start, start + 1, text[start:start + 1] or "x", "x")
        assert detect._kin(text, m) == _plain_kin(text, m)


def test_the_checks_still_find_what_they_look_for():
    text = "On 11700 Robertson a man died; his son, Milo, said in 1999 Goma was calm."
    assert detect._house_number_before(text, text.index("Robertson"))
    assert not detect._house_number_before(text, text.index("Goma"))  # a year is no house number
    assert detect._kin(text, Mention(text.index("Milo"), text.index("Milo") + 4, "Milo", "milo"))
    troops = "Nigerian Army and Iraqi troops"
    assert [troops[s:e] for s, e, _ in detect.demonym_mentions(troops)] == ["Nigerian", "Iraqi"]


MORE = PIECES + ["Police Department", "Fire Chief", "Sheriff's Office", "Sheriff’s deputies", "city of", "Town of",
                 "township of ", "J. Smith", "A.", "Adam Khel", "Ali", "of", " of \n", "from", "Crolley, 42,"]
more_texts = st.one_of(st.lists(st.sampled_from(MORE), max_size=16).map(" ".join),
                       st.lists(st.sampled_from(MORE), max_size=12).map("".join))


@settings(max_examples=400, deadline=None)
@given(more_texts)
@example("Goma Police Department; Sheriff’s deputies; Virginia L. Lane; Darra Adam Khel; Crolley, 42, of \n")
def test_skipped_matches_could_never_match(text):
    """Each character test placed before a pattern holds wherever the pattern matches, so skipping
    the pattern when the test fails changes nothing."""
    folded = text.lower()
    for i in range(len(text) + 1):
        if detect._MIDDLE_INITIAL.match(text, i):
            assert text[i + 2:i + 3] == "."
        if detect._AGENCY_AFTER.match(text, i):
            assert text.startswith(detect._AGENCY_WORDS, i)
        if detect._GIVEN_THEN_WORD.match(text, i):
            assert "A" <= text[i + 1:i + 2] <= "Z"
        for e in range(i, len(folded) + 1):
            if detect._NOUN_OF.match(folded, i, e):
                assert folded[i:i + 1] in detect._NOUN_OF_INITIALS
        if detect._RESIDENCE_OF.search(text[:i]):
            assert text[:i].endswith((" of ", " of \n"))


def test_prechecked_cues_still_fire():
    text = "Crolley, 42, of Swansea met the Goma Police Department in the city of Richmond."
    swansea = Mention(text.index("Swansea"), text.index("Swansea") + 7, "Swansea", "swansea")
    assert detect.residence(text, swansea)
    s = text.index("city of")
    assert detect._noun_of_prefix(text.lower(), s, s + len("city of Richmond")) == len("city of ")
    goma = detect._mention(text, text.lower(), text.index("Goma"), text.index("Goma") + 4)
    assert "resident-after" in goma.cues
