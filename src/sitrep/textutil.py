"""Small text helpers shared by the lexicon-driven stages."""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Iterable

__all__ = ["CASE_EXTRAS", "SkipScan", "first_chars", "holds_any", "trie_alternation"]


def holds_any(text: str, chars: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``chars``: ``not frozenset(chars).isdisjoint(text)``, by one
    substring test per character (speed: the set test hashes every character of the text; a
    substring test runs in C and answers at once when the character is wider than all the text's)."""
    return any(c in text for c in chars)


def trie_alternation(words: Iterable[str], fold: bool = False) -> str:
    """A regex alternation of ``words`` written as a prefix tree ("al-(?:Qaeda|Shabaab)").

    It matches what the flat alternation of the words listed longest first matches, but Python's
    engine tries only the branches that share the text's first letters instead of every word at
    every position. ``fold`` lower-cases the words first (for case-insensitive patterns).
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w.lower() if fold else w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


# ---- skipping scans (speed) ----------------------------------------------------------------------
# A pattern opening with a word boundary or a look-behind ("\b(largest|main)", "(?<![\w-])(?:KCK|NOLA)")
# makes the regex engine try a match at every position of the text; one opening with a character
# class lets it skip ahead, in C, to the next character of the class. ``SkipScan`` pairs a pattern P
# with such a scout, compiled once:
#     [F](?<=(?=P)[\s\S])
# where F holds every character a match of P can begin with (found from P's parse, closed under case
# when P ignores case). The scout consumes that first character, looks back one character and checks
# P there, so it matches at every position where P matches. The scan keeps the leftmost positions
# whose matches do not overlap and reads each with ``P.match`` there: the same Match objects, spans
# and groups that ``P.finditer`` and ``P.search`` give (look-behinds and \b see the whole text in
# both). Patterns whose first characters cannot be bounded so (a negated class, "." first, non-ASCII
# letters under IGNORECASE) or that can match the empty string get no scout and run as they are.

# Characters other than its two cases that a case-insensitive pattern matches for an ASCII letter
# (found by testing every code point: tests/nlp/test_textutil_s15_speed.py).
CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A character class (as regex source) holding every character a match of ``pattern`` can begin
    with; None when no such bound is known or the pattern can match the empty string."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    items, nullable = _first_seq(parsed, bool(pattern.flags & re.IGNORECASE))
    if items is None or nullable or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def first_items(parsed, fold: bool = False) -> tuple[set[str] | None, bool]:
    """Character-class items (regex source) a parsed pattern (``sre_parse.parse``) can begin with
    (None: unknown), and whether it can match the empty string; ``fold`` closes letters under case."""
    return _first_seq(parsed, fold)


def _first_seq(seq, fold: bool) -> tuple[set[str] | None, bool]:
    """Class items a parsed sequence can begin with (None: unknown), and whether it can be empty."""
    out: set[str] = set()
    for op, av in seq:
        items, nullable = _first_op(op, av, fold)
        if items is None:
            return None, False
        out |= items
        if not nullable:
            return out, False
    return out, True


def _first_op(op, av, fold: bool) -> tuple[set[str] | None, bool]:
    if op is _sre.LITERAL:
        return _literal(av, fold), False
    if op is _sre.IN:
        return _class_items(av, fold), False
    if op is _sre.SUBPATTERN:
        _, add, remove, body = av
        return _first_seq(body, (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        items, nullable = _first_seq(av[2], fold)
        return items, nullable or av[0] == 0
    if op is _sre.ATOMIC_GROUP:
        return _first_seq(av, fold)
    if op is _sre.BRANCH:
        out: set[str] = set()
        nullable = False
        for seq in av[1]:
            items, n = _first_seq(seq, fold)
            if items is None:
                return None, False
            out |= items
            nullable = nullable or n
        return out, nullable
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item begins the match
    return None, False


def _literal(code: int, fold: bool) -> set[str] | None:
    ch = chr(code)
    if not fold or not (ch.isalpha() or ch.lower() != ch.upper()):
        return {re.escape(ch)}
    if not ch.isascii():
        return None  # a non-ASCII letter's case partners are not listed here: give up
    low = ch.lower()
    return {re.escape(c) for c in low + low.upper() + CASE_EXTRAS.get(low, "")}


def _class_items(av, fold: bool) -> set[str] | None:
    out: set[str] = set()
    for op, a in av:
        if op is _sre.LITERAL:
            chars = _literal(a, fold)
            if chars is None:
                return None
            out |= chars
        elif op is _sre.RANGE:
            lo, hi = a
            if fold and any(chr(c).lower() != chr(c).upper() or chr(c).isalpha() for c in range(lo, hi + 1)):
                return None  # a range of letters under IGNORECASE: give up
            out.add(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        elif op is _sre.CATEGORY and a in _CATEGORIES:
            out.add(_CATEGORIES[a])
        else:
            return None  # a negated class or anything unusual: give up
    return out


class SkipScan:
    """``pattern``'s ``finditer`` and ``search`` through a scout that skips to the characters its
    matches can begin with (see above); the plain pattern when no scout can be built."""

    __slots__ = ("pattern", "scout")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scout = _scout(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        if self.scout is None:
            return self.pattern.finditer(text, pos, end)
        return self._scan(text, pos, end)

    def _scan(self, text: str, pos: int, end: int):
        match, last = self.pattern.match, pos
        for hit in self.scout.finditer(text, pos, end):
            at = hit.start()
            if at >= last:
                m = match(text, at, end)
                last = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.scout is None:
            return self.pattern.search(text, pos, end)
        hit = self.scout.search(text, pos, end)
        return None if hit is None else self.pattern.match(text, hit.start(), end)


def _scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    first = first_chars(pattern)
    if first is None:
        return None
    flags = pattern.flags & ~re.IGNORECASE & ~re.UNICODE
    body = f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
    try:
        return re.compile(rf"{first}(?<=(?={body})[\s\S])", flags)
    except (re.error, OverflowError):  # global inline flags or too many groups: scan it as it is
        return None
