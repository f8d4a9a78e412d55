"""``detect._tokens`` answers ``word in`` as the set of the text's written words did (the old
``frozenset(_TOKEN.findall(text))`` is the oracle)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import detect


def test_token_char_is_the_pattern_class_for_every_code_point():
    wrong = [c for c in map(chr, range(sys.maxunicode + 1))
             if detect._token_char(c) != (detect._TOKEN.fullmatch(c) is not None)]
    assert wrong == []


_ALPHABET = st.sampled_from(list("ab metroMETRO'’_-.,é1\n\u00a0ß·"))


@settings(max_examples=600, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=1, max_size=6))
def test_membership_equals_the_set_of_words(text, word):
    assert (word in detect._tokens(text)) == (word in frozenset(detect._TOKEN.findall(text)))


def test_words_of_real_sentences():
    text = "Fighters entered metro Goma's outskirts; the Metro line and Al-Shabaab’s base near Jowhar."
    words = detect._tokens(text)
    assert "metro" in words and "Goma's" in words and "Al" in words and "Shabaab’s" in words
    assert "Goma" not in words and "etro" not in words and "Shabaab" not in words and "" not in words
    assert "the Metro" not in words and 3 not in words
