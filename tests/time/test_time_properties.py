"""Invariants of find_times on generated text: spans slice the text, bounds hold the value."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.time import find_times, resolve
from sitrep.time.reading import precision_of

PIECES = [
    "Monday", "on Saturday", "last week", "over the weekend", "earlier this month", "early Sunday",
    "late March 2019", "June 13, 2021", "Jan. 27", "yesterday", "this morning", "two days ago",
    "last month", "in 2014", "70 miles", "9/11", "24/7", "a 5-year-old", "1,700 soldiers", "Route 66",
    "300 advisers", "the third quarter", "last fall", "Christmas", "three days later", "6/24/14",
    "the 1990s", "next Friday", "mid-November", "fighters", "said", ".", ",", "\n", "May", "March",
]

texts = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(texts, published)
def test_spans_slice_the_text_and_bounds_hold(text, pub):
    for t in find_times(text, pub):
        assert text[t.start:t.end] == t.text
        assert t.precision in (1, 2, 3)
        assert t.reason
        if t.value is not None:
            assert t.earliest <= t.value <= t.latest
            assert t.precision == precision_of(t.earliest, t.latest)
        else:
            assert t.precision == 3


@settings(max_examples=150, deadline=None)
@given(texts, published)
def test_spans_do_not_overlap_and_come_in_order(text, pub):
    found = find_times(text, pub)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PIECES), published)
def test_resolve_offsets_cover_the_expression(expression, pub):
    t = resolve(expression, pub)
    if t is not None:
        assert (t.start, t.end, t.text) == (0, len(expression), expression)
        if t.value is not None:
            assert t.earliest <= t.value <= t.latest
