"""Sentence splitting with spaCy's blank English tokenizer and the rule of its sentencizer.

Paragraphs (line breaks) always end a sentence: page headings and captions carry no final stop.

Speed: spaCy's tokenizer cuts text at whitespace and tokenizes each non-space run on its own, and
the sentencizer only looks at each token's kind (a sentence-final mark, other punctuation, or a
word). So the sentencizer's rule is replayed here without building a ``Doc``: the scan jumps from
one final mark to the next, and only runs holding a mark or opening with punctuation are tokenized
(once each, cached per ``nlp`` object); with spaCy's default English tokenizer, a plain word and a
period ("said.", most of those runs) is read without it (``_RunKinds.word_period``). The same
sentences as ``nlp(paragraph).sents`` (checked on GVA, seeds, examples, LGL, TempEval and GVDB texts
and on random strings of marks, quotes and spaces), about a quarter of the time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from sitrep.pipeline import Context, provider, stage
from sitrep.settings import Settings
from sitrep.types import Doc, Sentence

__all__ = ["split_sentences", "paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+")
_RUN = re.compile(r"\S+|\s+")  # what spaCy's tokenizer splits on (str.isspace runs)
# Distinct runs kept per nlp object before the cache starts over (bounds memory on long streams;
# 300 GVA articles hold about 4k distinct runs that need tokens, well under 1 MB).
MAX_CACHED_RUNS = 200_000
# Token kinds for the sentencizer's rule
_WORD, _PUNCT, _FINAL = 0, 1, 2
# spaCy's sentencizer handles most ends; these abbreviations are joined back when it splits after them
_ABBREVIATION_REACH = 6  # characters from the end where a match of _NO_BREAK_AFTER can start
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


class _RunKinds:
    """Per whitespace-free run: its tokens' (offset, kind), from spaCy's tokenizer, cached; runs
    the rule can read without tokens (most words) are never tokenized."""

    def __init__(self, nlp: Any) -> None:
        self.tokenizer = nlp.tokenizer
        self.final = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        self.cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self.punct_char: dict[str, bool] = {}
        marks = "".join(sorted(re.escape(c) for c in self.final))
        self.final_mark = re.compile(f"[{marks}]")
        # The same search, faster (speed): a set of many scattered code points is tested character
        # by character through a large table; the marks below U+0100 and one range from the lowest
        # mark above them test as cheaply, and each hit above U+00FF (rare in English text:
        # curly quotes, dashes) is checked against the marks themselves.
        low = "".join(sorted(re.escape(c) for c in self.final if ord(c) < 0x100))
        high = min((c for c in self.final if ord(c) >= 0x100), default=None)
        self.rough_mark = re.compile(f"[{low}{re.escape(high)}-\U0010ffff]") if high else self.final_mark
        # special cases of the tokenizer, when it is spaCy's default English one (see ``word_period``)
        english = "." in self.final and self.final.isdisjoint(_ASCII_LETTERS) and _default_english(nlp)
        self.rules = nlp.tokenizer.rules if english else None

    def next_final(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        """``final_mark.search(text, pos, end)``."""
        while (m := self.rough_mark.search(text, pos, end)) is not None and m.group() not in self.final:
            pos = m.end()
        return m

    def plain(self, run: str) -> bool:
        """A run with no final mark that opens with no punctuation: its first token is a word at its
        start and no token of it is a final mark (the marks are single punctuation characters), so
        the rule needs no tokens for it."""
        first = self.punct_char.get(run[0])
        if first is None:
            first = self.punct_char[run[0]] = unicodedata.category(run[0]).startswith("P")
        return not first and self.final.isdisjoint(run)

    def __call__(self, run: str) -> tuple[tuple[int, int], ...]:
        kinds = self.cache.get(run)
        if kinds is None:
            if len(self.cache) >= MAX_CACHED_RUNS:
                self.cache.clear()
            kinds = self.word_period(run)
            if kinds is None:
                kinds = tuple((t.idx, self._kind(t)) for t in self.tokenizer(run))
            self.cache[run] = kinds
        return kinds

    def word_period(self, run: str) -> tuple[tuple[int, int], ...] | None:
        """The tokens of "said.", "Baghdad.", "said?" or 'said."' without the tokenizer (speed: most
        runs it is asked for end a sentence so): English splits a final period after a lower-case
        letter, and "?", "!" and a closing quote after anything; a word of ASCII letters has no
        prefix, infix or suffix. Special cases ("Mr.", "vs.", "a.", and
        "Im" -> "I", "m", which makes "Im." "I", "m.") are left to the tokenizer. Checked against
        spaCy on every such run of the GVA, LGL, GVDB, TempEval, seed and example texts and on random
        words (tests/nlp/test_nlp_s17_speed86.py)."""
        if self.rules is None or not _WORD_PERIOD.fullmatch(run):
            return None
        cut = len(run) - 1 if run[-1] in _STOPS else len(run) - 2  # where the mark is
        if run in self.rules or run[: cut + 1] in self.rules or run[:cut] in self.rules:
            return None
        if run[cut] not in self.final:
            return None
        if cut + 1 == len(run):
            return (0, _WORD), (cut, _FINAL)
        return None if run[-1] in self.final else ((0, _WORD), (cut, _FINAL), (cut + 1, _PUNCT))

    def _kind(self, token: Any) -> int:
        return _FINAL if token.text in self.final else _PUNCT if token.is_punct else _WORD


# An ASCII word ending in a lower-case letter, then a stop and maybe a closing quote: "said.",
# "Baghdad.", "McCain.", "said?", 'said."', "said.”" (digits, "2019.", are left to the tokenizer)
_STOPS = ".?!"
_WORD_PERIOD = re.compile(r"[A-Za-z]*[a-z][.?!][\"”’']?")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _default_english(nlp: Any) -> bool:
    """Whether ``nlp`` tokenizes as spaCy's English defaults (affixes, special cases, URL match)."""
    from spacy import util

    t, d = nlp.tokenizer, nlp.Defaults
    try:
        return (nlp.lang == "en" and t.token_match is None and d.token_match is None and t.url_match == d.url_match
                and t.prefix_search.__self__.pattern == util.compile_prefix_regex(d.prefixes).pattern
                and t.suffix_search.__self__.pattern == util.compile_suffix_regex(d.suffixes).pattern
                and t.infix_finditer.__self__.pattern == util.compile_infix_regex(d.infixes).pattern
                and t.rules == d.tokenizer_exceptions)
    except AttributeError:
        return False


_KINDS: dict[int, _RunKinds] = {}


def _run_kinds(nlp: Any) -> _RunKinds:
    kinds = _KINDS.get(id(nlp))
    if kinds is None or kinds.tokenizer is not nlp.tokenizer:
        kinds = _KINDS[id(nlp)] = _RunKinds(nlp)
    return kinds


def _sentence_starts(text: str, start: int, end: int, kinds: _RunKinds) -> list[int]:
    """spaCy's sentencizer rule: a sentence starts at the first word token after a final mark.

    Only runs holding a final mark, and the runs after one up to the next word, can start a
    sentence: the scan jumps from one such run to the next (speed).
    """
    starts, seen_final, pos = [start], False, start
    while pos < end:
        if not seen_final:
            mark = kinds.next_final(text, pos, end)
            if mark is None:
                break
            pos = _run_start(text, mark.start(), pos)
        m = _RUN.match(text, pos, end)
        pos = m.end()
        seen_final = _step(m.group(), m.start(), start, seen_final, kinds, starts)
    return starts


def _run_start(text: str, i: int, lo: int) -> int:
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


def _step(run: str, pos: int, start: int, seen_final: bool, kinds: _RunKinds, starts: list[int]) -> bool:
    """The rule over one run at ``pos``; appends sentence starts, returns the new seen-final state.

    Whitespace beyond the one space a token carries is a token of its own (a word, for the rule).
    """
    if run[0].isspace():
        if run[0] == " " and (len(run) == 1 or pos == start):
            return seen_final
        if seen_final:
            starts.append(pos + (run[0] == " "))
        return False
    if kinds.plain(run):
        if seen_final:
            starts.append(pos)
        return False
    for offset, kind in kinds(run):
        if kind == _FINAL:
            seen_final = True
        elif seen_final and kind == _WORD:
            starts.append(pos + offset)
            seen_final = False
    return seen_final


def _spans(starts: list[int], end: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in zip(starts, starts[1:] + [end])]


def split_sentences(text: str, nlp: Any) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    kinds = _run_kinds(nlp)
    for p_start, p_end in paragraphs(text):
        pieces = _merge_abbreviations(text, _spans(_sentence_starts(text, p_start, p_end, kinds), p_end))
        for s, e in pieces:
            s, e = _strip(text, s, e)
            if e > s:
                out.append(Sentence(s, e, text[s:e]))
    return tuple(out)


def _merge_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and _ends_abbreviated(text[merged[-1][0]:merged[-1][1]].rstrip()):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _ends_abbreviated(piece: str) -> bool:
    """``_NO_BREAK_AFTER.search(piece)``, tried only where a match can start (speed: the pattern
    opens with a word boundary, which made the engine try every position of the sentence; its
    longest abbreviation and period are 5 characters, and a boundary still sees the one before)."""
    return _NO_BREAK_AFTER.search(piece, max(0, len(piece) - _ABBREVIATION_REACH)) is not None


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
