"""The date finder's fast paths give what the slow ones gave: capitalised-word gates before pattern
scans, and the sentence holding an expression found by bisection."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.time.finder import TENSE_WINDOW_CHARS, Match, _accept, _candidates, _groups, _Keys, _Sentences, clause_before
from sitrep.time.lexicon import CAPITALISED_GROUPS, lexicon, required_groups
from sitrep.types import Sentence

PIECES = [
    "May", "may", "MAY", "mAy", "March 3", "march 3", "Mar. 3", "3 March 2019", "the 5th of may", "Sept. 11",
    "June 13, 2021", "late March", "in may", "Monday", "monday", "MONDAY", "last friday", "Friday night",
    "Christmas", "christmas Eve", "New Year's Day", "new year's day", "İndependence Day", "ſunday", "ſeptember",
    "\u212aelvin", "Ém", "2014", "in 2014", "today", "two days ago", "mayor", "Mayor", "Marketing", "decided",
    "juniors", "Augusta", "Sundays", "-", ",", ".", "'", "’", "\n", "  ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join)


def _ungated(text: str, running: bool) -> list[Match]:
    """``_candidates`` as it was, with no capitalised-word gate."""
    out = []
    keys = _Keys(text)
    for spec in lexicon().patterns:
        if (running and spec.mode != "find") or not keys.allow(spec):
            continue
        for m in spec.regex.finditer(text):
            if _accept(m, spec, running):
                s, e = m.span("t") if "t" in spec.regex.groupindex else m.span()
                out.append(Match(s, e, text[s:e], spec.kind, spec.name, _groups(m)))
    return out


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_gated_candidates_equal_ungated(text, running):
    assert _candidates(text, running) == _ungated(text, running)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_closed_gate_means_no_accepted_match(text):
    keys = _Keys(text)
    for spec in lexicon().patterns:
        if spec.gates and not keys.capitalised(spec):
            assert not any(_accept(m, spec, r) for m in spec.regex.finditer(text) for r in (True, False)), spec.name


@settings(max_examples=200, deadline=None)
@given(texts)
def test_required_groups_take_part_in_every_match(text):
    for spec in lexicon().patterns:
        must = required_groups(spec.regex.pattern)
        for m in spec.regex.finditer(text):
            assert all(m.group(g) is not None for g in must), spec.name


def test_month_weekday_and_holiday_patterns_are_gated():
    gated = {p.name for p in lexicon().patterns if p.gates}
    assert {"date_mdy", "date_dmy", "month_bare", "weekday", "holiday"} <= gated
    assert "year_bare" not in gated and "deictic" not in gated  # no capitalised group needed


def test_required_groups_of_small_patterns():
    assert required_groups(r"(?P<a>x)(?:(?P<b>y))?") == {"a"}
    assert required_groups(r"(?:(?P<a>x)|(?P<b>y)(?P<a2>x))z") == set()
    assert required_groups(r"(?:(?P<a>x)|y(?P<a2>x)){1,2}(?P<c>z)+") == {"c"}
    assert CAPITALISED_GROUPS == ("month", "weekday", "holiday")


def test_gates_let_capitalised_words_through_and_stop_lower_case_ones():
    spec = next(p for p in lexicon().patterns if p.name == "date_mdy")
    assert _Keys("on March 3").capitalised(spec)
    assert _Keys("on MARCH 3").capitalised(spec)
    assert not _Keys("the mayor may march").capitalised(spec)


# ---- the sentence holding a position --------------------------------------------------------------

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=8)


def _scan(sentences, pos):
    return max((s.start for s in sentences if s.start <= pos < s.end), default=None)


@settings(max_examples=400, deadline=None)
@given(spans, st.integers(-2, 90), st.booleans())
def test_sentence_holding_a_position_equals_the_scan(raw, pos, tidy):
    if tidy:  # the sentence stage's kind: in order, no overlaps
        starts, out, at = sorted(s for s, _ in raw), [], 0
        for s, n in zip(starts, [n for _, n in raw]):
            s = max(s, at)
            out.append(Sentence(s, s + n, "x" * n))
            at = s + n
        sentences = out
    else:
        sentences = [Sentence(s, s + n, "x" * n) for s, n in raw]
    assert _Sentences(sentences).start_holding(pos) == _scan(sentences, pos)


def _clause_before_scan(text, start, sentences):
    lo = max(0, start - TENSE_WINDOW_CHARS)
    if sentences:
        lo = max([lo] + [s.start for s in sentences if s.start <= start < s.end])
    window = text[lo:start]
    cut = [m.end() for m in re.finditer(r"[.!?\n]", window)]
    return window[cut[-1]:] if cut else window


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 200))
def test_clause_before_equals_the_scan(text, start):
    sentences = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+[.\n]?", text)]
    for given_sentences in (sentences, None, sentences[::-1]):
        assert clause_before(text, start, given_sentences) == _clause_before_scan(text, start, given_sentences)
