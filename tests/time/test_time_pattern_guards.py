"""The speed-ups of the pattern scan change no match: first-character guards and plain-word keys."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.time.finder import _Keys
from sitrep.time.lexicon import _NOT_WORD_START, _expand, _first_class, _placeholders, _read, lexicon

PIECES = [
    "Monday", "on Saturday", "last week", "over the weekend", "earlier this month", "early Sunday",
    "late March 2019", "June 13, 2021", "Jan. 27", "27 January", "the 5th of May", "yesterday",
    "two days ago", "in 2014", "2014-06-15", "6/24/14", "the 1990s", "21st century", "FY2015",
    "the third quarter", "first half of 2010", "last fall", "Christmas", "İstanbul", "ſpring", "ıt",
    "nineteen ninety-four", "'s 2014", "year-earlier", "May", "may", "MARCH", "-", ",", ".", "\n", "  ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join)


def _unguarded() -> dict[str, re.Pattern[str]]:
    words = lexicon().words
    ph = _placeholders(words)
    out = {}
    for line in _read("patterns.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *_, pattern = line.split("\t")
            body = _expand(pattern, ph)
            anchored = body if name in _NOT_WORD_START else rf"(?<!\w)(?=\w)(?:{body})"
            out[name] = re.compile(anchored, re.IGNORECASE)
    return out


UNGUARDED = _unguarded()


@settings(max_examples=200, deadline=None)
@given(texts)
def test_guarded_patterns_match_as_unguarded(text):
    for spec in lexicon().patterns:
        want = [(m.span(), m.groupdict()) for m in UNGUARDED[spec.name].finditer(text)]
        assert [(m.span(), m.groupdict()) for m in spec.regex.finditer(text)] == want, spec.name


@settings(max_examples=200, deadline=None)
@given(texts)
def test_plain_keys_agree_with_their_regex(text):
    keys = _Keys(text)
    for spec in lexicon().patterns:
        assert keys.allow(spec) == (spec.key is None or spec.key.search(text) is not None), spec.name


def test_first_class_of_simple_patterns():
    assert _first_class(r"(?:the\s+)?(?P<d>\d+)") is not None
    assert re.fullmatch(_first_class(r"(?:the\s+)?(?P<d>\d+)"), "t")
    assert re.fullmatch(_first_class(r"(?:the\s+)?(?P<d>\d+)"), "7")
    assert not re.fullmatch(_first_class(r"(?:the\s+)?(?P<d>\d+)"), "x")
    assert _first_class(r"(?:x)?") is None  # can match empty: no guard
    assert _first_class(r"[^a]b") is None  # negated class: no guard
