"""The sentence splitter replays spaCy's sentencizer without building Docs: same sentences as the
reference (``nlp(paragraph).sents`` with the abbreviation merge), on generated and real text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp.sentences import _merge_abbreviations, _strip, blank_english, paragraphs, split_sentences
from sitrep.types import Sentence

from conftest import shared_path

NLP = blank_english(None)

# Pieces that stress the rule: final marks, quotes and brackets after them, abbreviations, runs of
# spaces, tabs and other whitespace, ellipses, CJK and Arabic final marks.
PIECES = [
    "word", "Gen.", "Mr.", "U.S.", "a.m.", "end.", "end!", "why?", "...", "…", ".", "?!", "\"", "'",
    "”", "“Quote", "(aside)", ")", "--", "—", "3.5", "No.", "St.", "。", "؟", "A", " ", "  ", "\t",
    "\u00a0", "\u2009", "\r", "\n", "\n\n", ".\"", ".)", "Ms.Smith", "e.g.", "x.y.z", "$5.", "5%.",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(lambda ps: " ".join(ps))
raw = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def reference(text: str) -> tuple[Sentence, ...]:
    """The splitter as first written: spaCy's sentencizer on each paragraph."""
    out = []
    for p_start, p_end in paragraphs(text):
        sents = NLP(text[p_start:p_end]).sents
        spans = _merge_abbreviations(text, [(p_start + s.start_char, p_start + s.end_char) for s in sents])
        for s, e in spans:
            s, e = _strip(text, s, e)
            if e > s:
                out.append(Sentence(s, e, text[s:e]))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_sentences_as_spacy_on_spaced_pieces(text):
    assert split_sentences(text, NLP) == reference(text)


@settings(max_examples=300, deadline=None)
@given(raw)
def test_same_sentences_as_spacy_on_glued_pieces(text):
    assert split_sentences(text, NLP) == reference(text)


def test_quote_after_stop_stays_with_its_sentence():
    text = 'He left. "We stayed," she said.  (Later) they met Gen. Smith.'
    got = [s.text for s in split_sentences(text, NLP)]
    assert got == ['He left. "', 'We stayed," she said.', '(Later) they met Gen. Smith.']
    assert got == [s.text for s in reference(text)]


@pytest.mark.slow
def test_same_sentences_as_spacy_on_gva_dev():
    path = shared_path("data", "gva-dev", "articles.jsonl")
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line).get("text") or "" for _, line in zip(range(400), fh)]
    assert all(split_sentences(t, NLP) == reference(t) for t in texts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\u2019\u201c\u2014\u0589\u3002\u061f\u00a1\u00bf\U0001f600")), max_size=40),
       st.integers(0, 40))
def test_the_quick_final_mark_search_finds_what_the_mark_set_finds(text, pos):
    from sitrep.nlp.sentences import _run_kinds

    kinds = _run_kinds(NLP)
    got = kinds.next_final(text, pos, len(text))
    want = kinds.final_mark.search(text, pos, len(text))
    assert (got and got.span()) == (want and want.span())
