"""The sentence splitter's word-and-period fast path (which the times stage reads clauses through)
gives the tokens spaCy's tokenizer gives, and the same sentences as the tokenizer alone."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp import sentences as S


@pytest.fixture(scope="module")
def nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _rule_words(nlp) -> list[str]:
    """ASCII letter runs of the tokenizer's special cases ("Mr", "etc", "Im", "cannot"): the words
    most likely to trip a shortcut."""
    import re

    return sorted({w for key in nlp.tokenizer.rules for w in re.findall(r"[A-Za-z]+", key)})


letters = st.text(string.ascii_letters, min_size=1, max_size=9)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_word_period_shortcut_equals_the_tokenizer(nlp, data):
    kinds = S._RunKinds(nlp)
    assert kinds.rules is not None  # the blank English pipeline qualifies
    word = data.draw(st.one_of(letters, st.sampled_from(_rule_words(nlp)), st.tuples(st.sampled_from(_rule_words(nlp)), letters).map("".join)))
    run = word + "."
    fast = kinds.word_period(run)
    if fast is not None:
        assert fast == tuple((t.idx, kinds._kind(t)) for t in nlp.tokenizer(run))


def test_special_cases_and_upper_case_endings_go_to_the_tokenizer(nlp):
    kinds = S._RunKinds(nlp)
    for run in ("Mr.", "vs.", "Mass.", "Im.", "USA.", "U.S.", "5.", "said.."):  # "Im." is "I", "m."
        assert kinds.word_period(run) is None
    assert kinds.word_period("said.") == ((0, S._WORD), (4, S._FINAL))


def test_a_changed_tokenizer_turns_the_shortcut_off():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.tokenizer.add_special_case("said.", [{"ORTH": "said."}])
    assert S._RunKinds(nlp).rules is None


PIECES = ["Police said.", "Gen. Smith arrived.", "Mr. Jones left", "etc.", "Im.", "He ran.", "U.S. forces",
          "2015.", "A.", "“Yes.”", "(AP) —", "no.", "No. 5", "\n", "  ", "McCain.", "Baghdad."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join))
def test_sentence_starts_with_and_without_the_shortcut(nlp, text):
    fast, slow = S._RunKinds(nlp), S._RunKinds(nlp)
    slow.rules = None
    for start, end in S.paragraphs(text):
        assert S._sentence_starts(text, start, end, fast) == S._sentence_starts(text, start, end, slow)
