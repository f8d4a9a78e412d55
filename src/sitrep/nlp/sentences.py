"""Sentence splitting with spaCy's blank English pipeline (tokenizer + rule-based sentencizer).

Paragraphs (line breaks) always end a sentence: page headings and captions carry no final stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from sitrep.pipeline import Context, provider, stage
from sitrep.settings import Settings
from sitrep.types import Doc, Sentence

__all__ = ["split_sentences", "paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+")
# spaCy's sentencizer handles most ends; these abbreviations are joined back when it splits after them
_NO_BREAK_AFTER = re.compile(r"\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|St|No|Rev|Brig|Cpl|Pvt|Jr|Sr|Gens|Mt|Ft)\.$")


@provider("nlp")
def blank_english(settings: Settings) -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of non-empty lines."""
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def split_sentences(text: str, nlp: Any) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for p_start, p_end in paragraphs(text):
        pieces = _merge_abbreviations(text, [(p_start + s.start_char, p_start + s.end_char) for s in nlp(text[p_start:p_end]).sents])
        for s, e in pieces:
            s, e = _strip(text, s, e)
            if e > s:
                out.append(Sentence(s, e, text[s:e]))
    return tuple(out)


def _merge_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and _NO_BREAK_AFTER.search(text[merged[-1][0]:merged[-1][1]].rstrip()):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@stage("sentences", requires=("article",), assigns=("sentences",))
def make_sentences(ctx: Context) -> Callable[[Doc], Doc]:
    nlp = ctx.service("nlp")

    def run(doc: Doc) -> Doc:
        return replace(doc, sentences=split_sentences(doc.article.text, nlp))

    return run
