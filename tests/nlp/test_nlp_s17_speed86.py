"""Session 17 (helper 86): the sentence splitter reads 'said."', "said?" and "said!”" without
spaCy's tokenizer; the tokens it gives are the tokenizer's, and the sentences the same."""

from __future__ import annotations

import re
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
    return sorted({w for key in nlp.tokenizer.rules for w in re.findall(r"[A-Za-z]+", key)})


letters = st.text(string.ascii_letters, min_size=1, max_size=9)
marks = st.sampled_from([".", "?", "!", ".\"", ".”", ".’", ".'", "?\"", "!”", "?’", "..", ".)", "?»"])


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_nlp_s17_stop_and_quote_shortcut_equals_the_tokenizer(nlp, data):
    kinds = S._RunKinds(nlp)
    rules = _rule_words(nlp)
    word = data.draw(st.one_of(letters, st.sampled_from(rules), st.tuples(st.sampled_from(rules), letters).map("".join)))
    run = word + data.draw(marks)
    fast = kinds.word_period(run)
    if fast is not None:
        assert fast == tuple((t.idx, kinds._kind(t)) for t in nlp.tokenizer(run))


def test_nlp_s17_shortcut_cases(nlp):
    kinds = S._RunKinds(nlp)
    assert kinds.word_period('said."') == ((0, S._WORD), (4, S._FINAL), (5, S._PUNCT))
    assert kinds.word_period("Kidal?") == ((0, S._WORD), (5, S._FINAL))
    assert kinds.word_period("Goma!”") == ((0, S._WORD), (4, S._FINAL), (5, S._PUNCT))
    for run in ('Mr."', 'a."', 'Im."', 'cant."', "USA?", 'said.."', "2019.", 'said."”'):
        assert kinds.word_period(run) is None, run


def test_nlp_s17_same_sentences_as_the_tokenizer_alone(nlp):
    text = ('"We buried nine people," the chief of Djibo said. "They came at night." Who fired? '
            'Nobody knows!” a resident of Kherson told Reuters. Mr. Ali said: "Al-Shabaab did it."\n'
            "In Cabo Delgado, insurgents struck Palma again.’ Later, the army said?")
    doc = nlp(text[: text.index("\n")])
    fast = [s.text for s in S.split_sentences(text, nlp)]
    assert fast[: len(list(doc.sents))] == [s.text.strip() for s in doc.sents]
    assert fast[-2:] == ["In Cabo Delgado, insurgents struck Palma again.’", "Later, the army said?"]


abbrev_texts = st.lists(st.sampled_from(["Gen.", "Lt.", "Capt.", "Gens.", "No.", "St.", "Mr", "xGen.", "Brig.", "-Col.",
                                         "said.", "Gen", ".", " ", "  ", "\t", "Maj.", "é", "Dr.", "Ft.", "Mt.x"]),
                        max_size=8).map("".join)


@settings(max_examples=800, deadline=None)
@given(abbrev_texts)
def test_nlp_s17_abbreviation_end_tail_search_equals_the_full_search(text: str) -> None:
    piece = text.rstrip()
    assert S._ends_abbreviated(piece) == (S._NO_BREAK_AFTER.search(piece) is not None)


def test_nlp_s17_abbreviation_reach_covers_the_longest_abbreviation() -> None:
    alternatives = re.search(r"\(\?:(.*)\)", S._NO_BREAK_AFTER.pattern).group(1).split("|")
    assert max(map(len, alternatives)) + 2 <= S._ABBREVIATION_REACH  # word, period, the character before
    assert S._ends_abbreviated("troops under Brig.") and not S._ends_abbreviated("troops under xBrig.")
