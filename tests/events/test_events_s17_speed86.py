"""Session 17 speed paths of the count patterns (helper 86): each gives what the slower way gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import counts
from sitrep.events.counts import _CASE_ODD, _WORD, _holds_number, _number_hint, _scans, _zero_literals

WORDS = ["a", "A", "few", "couple", "of", "dozen", "dozens", "Dozens", "scores", "tens", "number",
         "pair", "handful", "one", "Two", "twenty", "twin", "twins", "someone", "some", "many", "3",
         "٣", "killed", "Killed", "was", "were", "no", "No", "one", "nobody", "there", "reported",
         "loss", "life", "casualties", "shot", "man", "woman", "the", "his", "Injured", "label",
         "Killed:", "Wounded", "ſeven", "ıi", "K", "é", "’", "-", "él"]
SEPS = [" ", "  ", ", ", "\n", "-", "", ". ", ": ", "|"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=14).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=800, deadline=None)
@given(texts)
def test_events_s17_number_hint_by_words_equals_the_search(text: str) -> None:
    low = text.lower()
    if any(c in text for c in _CASE_ODD):
        return  # such sentences always read every pattern (``_sentence_quantities``)
    words = frozenset(_WORD.findall(low))
    assert _holds_number(low, words) == (_number_hint().search(low) is not None)


def test_events_s17_number_hint_cases() -> None:
    def hint(t: str) -> bool:
        low = t.lower()
        return _holds_number(low, frozenset(_WORD.findall(low)))

    assert hint("A few gunmen stormed the camp in Tillaberi")
    assert not hint("Someone fired at the convoy near Goma")
    assert hint("gunmen killed 4 near Kidal")
    assert not hint("a couplet of gunmen")
    assert hint("a couple of farmers were shot in Plateau")


@settings(max_examples=800, deadline=None)
@given(texts)
def test_events_s17_zero_search_as_a_tree_is_the_substring_test(text: str) -> None:
    low = text.lower()
    needs = _zero_literals()
    assert needs is not None
    assert counts._zero_literal_search().pattern.startswith("(?:")  # the prefix tree, not a flat list
    assert counts._may_say_zero(low) == any(lit in low for lit in needs)


@settings(max_examples=800, deadline=None)
@given(texts)
def test_events_s17_scouted_count_scans_equal_plain_scans(text: str) -> None:
    for rx_id, scan in _scans().items():
        rx = scan.pattern
        assert id(rx) == rx_id
        plain = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == plain


def test_events_s17_scouts_exist_and_counts_still_read() -> None:
    assert all(s.scout is not None for s in _scans().values())
    found = counts._sentence_quantities("Killed: 11\nA herder was killed near Mopti. Nobody was hurt.", 0)
    assert [(q.kind, q.value) for q in found][:2] == [("killed", 11), ("killed", 1)]
    assert re.search("nobody", found[-1].text.lower())
