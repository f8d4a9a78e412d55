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
