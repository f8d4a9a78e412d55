"""The speed-ups change no result: prefix-tree alternations match exactly what the flat
longest-first alternations matched, and word-start anchoring keeps every date expression."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.dictionary import _trie_alternation
from sitrep.events.counts import _alt
from sitrep.time.lexicon import _words_regex

# Lexicon entries start and end with a letter ("al-Shabaab", "o'clock"); whitespace-only or
# space-padded entries never occur and make the two spellings of the alternation differ.
WORDS = st.lists(
    st.from_regex(r"[abcd]([abcd \-']{0,4}[abcd])?", fullmatch=True), min_size=1, max_size=12
)
TEXTS = st.text(alphabet="abcd -'.xA", max_size=60)


def _flat(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    rx = re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w-])", flags)
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(WORDS, TEXTS)
def test_prefix_trees_match_like_flat_alternations(words, text):
    assert _spans(_trie_alternation(words), text) == _spans(_flat(words), text)
    assert _spans(_alt(words), text) == _spans(_flat(words), text)
    assert _spans(_trie_alternation(words, fold=True), text, re.I) == _spans(_flat(words), text, re.I)


@settings(max_examples=200, deadline=None)
@given(WORDS, TEXTS)
def test_time_word_lists_match_like_flat_alternations(words, text):
    flat = "|".join(
        sorted({re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    )
    assert _spans(_words_regex(words), text, re.I) == _spans(flat, text, re.I)


def test_date_expressions_are_still_found_at_word_starts():
    from sitrep.time.finder import find_matches

    text = "On Tuesday, June 13, 2021, three days after the raid of last week, and in 2019 and 2020."
    found = {m.text for m in find_matches(text)}
    assert {"Tuesday, June 13, 2021", "three days after", "last week"} <= found, found
    assert any("2020" in t for t in found), found
