"""Hand-built documents for the event-dating tests: one sentence per line, times found or given."""

from __future__ import annotations

from datetime import date

from sitrep.events.assemble import Span
from sitrep.time.finder import find_times
from sitrep.types import Article, Doc, Sentence


def line_doc(published: date | None, *sentences: str, times=None) -> Doc:
    """A document of ``sentences``, one per line; its times are found in it unless ``times`` are given."""
    text, sents = "", []
    for s in sentences:
        sents.append(Sentence(len(text), len(text) + len(s), s))
        text += s + "\n"
    found = tuple(times) if times is not None else find_times(text, published, tuple(sents))
    return Doc(Article("a", text, "h", published=published), sentences=tuple(sents), times=found)


def sentence_span(doc: Doc, i: int) -> tuple[Span, ...]:
    """The ``i``-th sentence as an evidence span."""
    s = doc.sentences[i]
    return (Span(s.start, s.end),)
