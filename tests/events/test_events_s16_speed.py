"""Session 16 speed paths in the events stage give the readings of the plain code: each fast path is
checked against the reading it replaces."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import counts
from sitrep.types import Sentence

PIECES = [
    "at least", "40", "1,700", "forty-two", "Five", "dozens of", "a dozen", "several", "one", "people",
    "soldiers", "civilians", "police officers", "a man", "the woman", "He", "were", "was", "killed",
    "wounded", "injured", "died", "dead", "shot", "fatally shot", "stabbed to death", "the death toll",
    "rose to", "bodies of", "left", "no one was hurt", "No one was killed", "the killing of", "including",
    "in 2014", "\u017foldiers", "k\u0131ll", "\u0130njured", "\u212ailled", ",", ".", "and", "in", "on Monday",
    "militiamen", "abducted", "arrested", "displaced", "another", "others",
]
sentence = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join)


def _plain(text: str, sentences) -> tuple:
    """find_quantities before the sentence memo: every sentence read where it stands."""
    out = []
    for s in sentences:
        out.extend(counts._sentence_quantities(s.text, s.start))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(sentence, st.integers(min_value=0, max_value=5000))
def test_a_sentence_reads_the_same_wherever_it_stands(text, base):
    shifted = [replace(q, start=q.start - base, end=q.end - base) for q in counts._sentence_quantities(text, base)]
    assert shifted == list(counts._quantities_at_zero(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=5), st.integers(min_value=0, max_value=40))
def test_memoised_find_quantities_equals_the_plain_reading(parts, lead):
    text, sentences = " " * lead, []
    for part in parts:
        sentences.append(Sentence(len(text), len(text) + len(part), part))
        text += part + " "
    assert counts.find_quantities(text, sentences) == _plain(text, sentences)
    assert counts.find_quantities(text, sentences) == _plain(text, sentences)  # again, from the memo


def test_the_same_sentence_at_two_offsets_keeps_each_offset():
    s = "Gunmen killed 12 villagers in Zamfara state."
    text = s + " " + s
    sentences = [Sentence(0, len(s), s), Sentence(len(s) + 1, 2 * len(s) + 1, s)]
    found = counts.find_quantities(text, sentences)
    assert [(q.value, text[q.start:q.end]) for q in found] == [(12, "12 villagers"), (12, "12 villagers")]
    assert found[1].start == found[0].start + len(s) + 1
