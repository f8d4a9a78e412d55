"""Finding date expressions in text and reading them.

``find_times`` scans running text with the patterns of ``patterns.tsv`` (mode "find"), keeps the
longest non-overlapping matches and reads each against the publication date, in text order, so
that "two days later" can lean on the date mentioned before it. ``interpret`` reads one given
expression (all patterns, context words not required) and returns the rich :class:`Reading`;
``resolve`` renders that as an ACLED ``TimeRef``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from sitrep.textutil import holds_any, trie_alternation
from sitrep.time.lexicon import CAPITALISED_GROUPS, SPAN_GROUP, PatternSpec, fast_scan, lexicon, norm
from sitrep.time.national import national_days
from sitrep.time.reading import Reading, to_timeref
from sitrep.time.rules import Cue, read
from sitrep.time.yearcue import YearHint
from sitrep.types import Sentence, TimeRef

__all__ = [
    "Match", "clause_before", "find_matches", "find_readings", "find_times", "interpret", "is_future",
    "resolve",
]

# How far before an expression (characters, same sentence) a tense cue is looked for: about the
# length of a clause. TempEval-3 value accuracy with 0 / 40 / 80 / 120 / 200 characters:
# 0.8445 / 0.8518 / 0.8532 / 0.8532 / 0.8532 (no cue at all = bare weekdays always look back).
TENSE_WINDOW_CHARS = 80
_BOUNDARY = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    kind: str
    pattern: str
    groups: dict[str, str | None]


def _groups(m: re.Match[str]) -> dict[str, str | None]:
    return {k: (norm(v) if v is not None else None) for k, v in m.groupdict().items() if k != SPAN_GROUP}


def _capitalised(m: re.Match[str]) -> bool:
    for name in CAPITALISED_GROUPS:
        if name in m.re.groupindex and m.group(name) is not None and not m.group(name)[0].isupper():
            return False
    return True


def _accept(m: re.Match[str], spec: PatternSpec, running: bool) -> bool:
    if not _capitalised(m):
        return False
    return not (running and spec.needs and all(m.groupdict().get(n) is None for n in spec.needs))


# Characters that a case-insensitive regex takes for an ASCII letter but whose ``str.lower()`` is not
# that letter (dotted and dotless i, long s; found by testing every code point): in a text holding one,
# the plain keys are checked with their regex, not on the lower-cased text.
_CASE_ODD = frozenset("\u0130\u0131\u017f")


class _Keys:
    """Each pattern key's verdict on one text, computed once per distinct key (speed)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = None if holds_any(text, _CASE_ODD) else text.lower()
        self.seen: dict[str, bool] = {}

    def allow(self, spec: PatternSpec) -> bool:
        if spec.key is None:
            return True
        hit = self.seen.get(spec.key.pattern)
        if hit is None:  # a key another key implies finds nothing: neither does this one (speed)
            hit = self.seen[spec.key.pattern] = all(map(self.allow, spec.key_needs)) and self._search(spec)
        return hit

    def _search(self, spec: PatternSpec) -> bool:
        if spec.key_words is not None and self.lower is not None:
            return any(w in self.lower for w in spec.key_words)
        if spec.key_folded is not None and self.lower is not None:
            return spec.key_folded.search(self.lower) is not None
        return spec.key.search(self.text) is not None

    def capitalised(self, spec: PatternSpec) -> bool:
        """Whether the text holds a capitalised word for each capitalised group every match of the
        pattern needs (no such word: no match of it would be accepted)."""
        for gate in spec.gates:
            hit = self.seen.get(gate.pattern)
            if hit is None:
                hit = self.seen[gate.pattern] = gate.search(self.text) is not None
            if not hit:
                return False
        return True


def _candidates(text: str, running: bool) -> list[Match]:
    out = []
    keys = _Keys(text)
    for spec in lexicon().patterns:
        if (running and spec.mode != "find") or not keys.allow(spec) or not keys.capitalised(spec):
            continue
        for m in fast_scan(spec, text):
            if _accept(m, spec, running):
                whole = SPAN_GROUP if spec.fast else 0
                s, e = m.span("t") if "t" in spec.regex.groupindex else m.span(whole)
                out.append(Match(s, e, text[s:e], spec.kind, spec.name, _groups(m)))
    return out


def find_matches(text: str, running: bool = True) -> list[Match]:
    """Longest non-overlapping matches, in text order. ``running=False`` reads a lone expression."""
    chosen: list[Match] = []
    for c in sorted(_candidates(text, running), key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@cache
def _tense_regex(tense: str) -> re.Pattern[str]:
    cues = lexicon()["tense_cues"][tense]
    words = [re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in cues]
    return _tense_tree(cues) or re.compile("|".join(rf"\b{w}\b" if w[0].isalpha() else rf"{w}\b" for w in words), re.IGNORECASE)


def _tense_tree(cues: list[str]) -> re.Pattern[str] | None:
    """The cues' regex with the words that begin with a letter as one prefix tree between word
    boundaries (speed: the engine tries the branches of the text's next letter, not every word).
    Its matches are the flat regex's when no such cue is another one's first words ("as" and "as
    soon as"): between boundaries, at most one cue then matches at a position, whatever the order.
    None otherwise, or when another cue holds a character the tree would treat differently."""
    alpha = [w.lower() for w in cues if w[:1].isalpha()]
    rest = [w for w in cues if not w[:1].isalpha()]
    if any(b.startswith(a + " ") for a in alpha for b in alpha) or any("\\" in w or "'" in w for w in alpha) \
            or any(not w.startswith("'") or "'" in w[1:] for w in rest):
        return None
    tree = trie_alternation(alpha).replace(r"\ ", r"\s+")
    tails = [rf"['’]{re.escape(w[1:]).replace(chr(92) + ' ', chr(92) + 's+')}\b" for w in rest]
    return re.compile("|".join([rf"\b(?:{tree})\b", *tails]), re.IGNORECASE)


def is_future(before: str) -> bool:
    """Whether the clause before an expression speaks of the future ("will meet", "is to visit").

    The last tense cue wins: "said he will arrive Monday" is future, "will say it was Monday" past.
    """
    futures = list(_tense_regex("future").finditer(before))
    ends = {m.end() for m in futures}
    last_future = max((m.start() for m in futures), default=-1)
    # "will have", "'ll have": a past cue right after a future one belongs to the future verb
    last_past = max((m.start() for m in _tense_regex("past").finditer(before)
                     if not ends & {m.start() - 1, m.start()}), default=-1)
    return last_future > last_past


def clause_before(text: str, start: int, sentences: Sequence[Sentence] | None) -> str:
    return _clause_before(text, start, _Sentences(sentences))


def _clause_before(text: str, start: int, sentences: _Sentences) -> str:
    lo = max(0, start - TENSE_WINDOW_CHARS)
    holding = sentences.start_holding(start)
    if holding is not None:
        lo = max(lo, holding)
    window = text[lo:start]
    cut = [m.end() for m in _BOUNDARY.finditer(window)]
    return window[cut[-1]:] if cut else window


class _Sentences:
    """The latest start among the sentences holding a position. Sentences in text order without
    overlaps (the sentence stage's) are searched by bisection, once indexed per text (speed);
    any others by a scan over all of them."""

    def __init__(self, sentences: Sequence[Sentence] | None) -> None:
        self.sentences = tuple(sentences or ())
        self.starts = [s.start for s in self.sentences]
        pairs = zip(self.sentences, self.sentences[1:])
        self.ordered = all(s.start <= s.end for s in self.sentences) and all(a.end <= b.start for a, b in pairs)

    def start_holding(self, pos: int) -> int | None:
        if not self.ordered:
            return max((s.start for s in self.sentences if s.start <= pos < s.end), default=None)
        i = bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 and pos < self.sentences[i].end else None


def find_readings(
    text: str, published: date | None, sentences: Sequence[Sentence] | None = None,
    hint: YearHint | None = None,
) -> list[tuple[Match, Reading]]:
    """Every date expression of running text with its reading, in text order.

    Vague references ("several years ago": TimeML PAST_REF) name no date and are left out.
    ``hint`` (an undated article's year cue) gives a year to a day and month written without one.
    """
    out: list[tuple[Match, Reading]] = []
    previous: Reading | None = None
    hint = hint if published is None else None
    index = _Sentences(sentences)
    days = national_days(text)
    for m in find_matches(text):
        cue = Cue(published, is_future(_clause_before(text, m.start, index)), previous, hint, days)
        reading = read(m.kind, m.groups, cue)
        if reading is not None and reading.grain != "ref":
            out.append((m, reading))
            previous = reading if reading.known and not reading.anaphoric else previous
    if any(m.kind == "holiday" for m, _ in out):
        from sitrep.time.feastday import feast_weekdays

        out = feast_weekdays(text, out)
    return out


def find_times(
    text: str, published: date | None, sentences: Sequence[Sentence] | None = None,
    hint: YearHint | None = None,
) -> tuple[TimeRef, ...]:
    """ACLED-style ``TimeRef``s of every date expression found in ``text`` (``hint``: see find_readings)."""
    readings = find_readings(text, published, sentences, hint)
    return tuple(to_timeref(r, m.start, m.end, m.text) for m, r in readings)


def interpret(expression: str, published: date | None, future: bool = False,
              previous: Reading | None = None) -> Reading | None:
    """The reading of one date expression (e.g. a TimeML span), or None when it names no date."""
    matches = find_matches(expression, running=False)
    if not matches:
        return _fallback(expression, published)
    best = max(matches, key=lambda m: m.end - m.start)
    return read(best.kind, best.groups, Cue(published, future, previous))


def _fallback(expression: str, published: date | None) -> Reading | None:
    """dateparser on an expression no pattern knows; only when it names a day."""
    from sitrep.time.rules import dateparser_day

    if published is None or not re.search(r"\d", expression):
        return None
    d = dateparser_day(expression.strip(), published)
    return Reading("day", d, d, d, "read by dateparser") if d else None


def resolve(expression: str, published: date | None) -> TimeRef | None:
    """The ``TimeRef`` of one expression, offsets 0..len(expression); None when it is no date."""
    reading = interpret(expression, published)
    if reading is None or reading.grain == "ref":
        return None
    return to_timeref(reading, 0, len(expression), expression)
