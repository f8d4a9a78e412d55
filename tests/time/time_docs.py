"""Hand-built documents for the date tests: one sentence a line, times found as the pipeline finds
them (shared by the test_time_* files)."""

from __future__ import annotations

from datetime import date

from sitrep.time.finder import find_times
from sitrep.types import Article, Doc, Sentence


def lines_doc(*sentences: str, published: date) -> Doc:
    """The sentences joined by newlines, each a Sentence record, with the times of the text."""
    text, sents = "", []
    for s in sentences:
        sents.append(Sentence(len(text), len(text) + len(s), s))
        text += s + "\n"
    return Doc(Article("a", text, "h", published=published), sentences=tuple(sents),
               times=find_times(text, published, tuple(sents)))
