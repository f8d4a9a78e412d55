"""The fast scans of the date patterns find what ``finditer`` finds: the same spans and groups."""

from __future__ import annotations

import json
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from sitrep.time.lexicon import CASE_EXTRAS, SPAN_GROUP, _closed_item, fast_scan, lexicon

PIECES = [
    "May", "may", "MAY", "March 3", "Mar. 3", "3 March 2019", "the 5th of may", "Sept. 11", "June 13, 2021",
    "June 5-7", "Jan. 27 to 29, 2015", "late March", "last week", "Monday", "monday", "last Friday night",
    "Christmas", "\u017funday", "\u017feptember", "\u0130ndependence Day", "\u212aalends", "2014", "in 2014",
    "fiscal 1989",
    "the 1990s", "2014, 2015", "1999-2001", "2010 and 2012", "2010–", "06/24/14", "2014-06-15", "today",
    "two days ago", "a year ago", "this past weekend", "the first half of 2015", "the third quarter",
    "next spring", "nineteen ninety-six", "mayor", "decided", "-", ",", ".", "'", "’", "\n", "  ", "x",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)


def _both(spec, text: str):
    slow = [(m.span(), m.groupdict()) for m in spec.regex.finditer(text)]
    fast = [
        (m.span(SPAN_GROUP if spec.fast else 0), {k: v for k, v in m.groupdict().items() if k != SPAN_GROUP})
        for m in fast_scan(spec, text)
    ]
    return slow, fast


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fast_scans_find_what_finditer_finds(text):
    for spec in lexicon().patterns:
        slow, fast = _both(spec, text)
        assert fast == slow, spec.name


def test_most_word_start_patterns_have_a_fast_scan():
    specs = [s for s in lexicon().patterns if s.mode == "find"]
    assert sum(s.fast is not None for s in specs) >= len(specs) - 3


def test_case_extras_are_every_odd_case_match_of_a_letter():
    """Every character other than x and X that a case-insensitive 'x' matches, for each ASCII letter."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    found: dict[str, str] = {}
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isascii() or 0xD800 <= cp <= 0xDFFF or not letters.fullmatch(c):
            continue
        for x in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(x, c, re.IGNORECASE):
                found[x] = found.get(x, "") + c
    assert found == CASE_EXTRAS


def test_closed_items():
    assert _closed_item("s") == "sS\u017f"
    assert _closed_item("\\d") == "\\d"
    assert _closed_item("1\\-9") == "1\\-9"
    assert _closed_item("\\'") == "\\'"
    assert _closed_item("é") is None  # a non-ASCII letter: its case partners are not worked out
    assert _closed_item("a\\-z") is None


@pytest.mark.slow
def test_fast_scans_on_gva_and_tempeval_texts():
    from sitrep.eval.tempeval import documents

    found = []
    with shared_path("data", "gva-dev", "articles.jsonl").open(encoding="utf-8") as fh:
        found = [json.loads(line).get("text") or "" for line in fh][:600]
    found += [d.text for d in documents(shared_path("data", "tempeval3-tbaq"))]
    for text in found:
        for spec in lexicon().patterns:
            slow, fast = _both(spec, text)
            assert fast == slow, spec.name


def _slow_gate(words: list[str]) -> re.Pattern[str]:
    """The capitalised-word gate as a plain search pattern (its form before the fast one)."""
    from sitrep.time.lexicon import _char_regex

    alts = sorted(
        f"[{re.escape(w[0].upper())}\\x80-\\U0010ffff]"
        + (f"(?i:{''.join(map(_char_regex, w[1:].lower()))})" if w[1:] else "")
        for w in words
    )
    return re.compile(rf"(?<![\w])(?:{'|'.join(alts)})\b")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fast_gates_and_folded_keys_give_the_same_verdicts(text):
    from sitrep.time.finder import _Keys
    from sitrep.time.lexicon import _GATE_WORDS, capital_gates

    words = lexicon().words
    fast = capital_gates(words)
    for group, entry in _GATE_WORDS.items():
        slow = _slow_gate(list(words[entry]))
        assert (fast[group].search(text) is None) == (slow.search(text) is None), group
    keys = _Keys(text)
    for spec in lexicon().patterns:
        if spec.key is not None:
            assert keys._search(spec) == (spec.key.search(text) is not None), spec.name
