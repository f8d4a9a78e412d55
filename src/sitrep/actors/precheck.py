"""A cheap necessary condition for the actor patterns: the words they list must be in the text.

Every actor pattern writes its words (aliases, generic nouns, country forms, identity labels)
between "edges": no word character right before the word, none right after it. So when a
pattern matches, each run of word characters of the matched word ("al", "Shabaab" in
"al-Shabaab") is a whole token of the text. A text whose tokens hold all the runs of none of a
pattern's words cannot match that pattern, and the pattern need not scan it: the result is the
same, found with less work (most sentences name no group, no identity and no country).

Case: a case-sensitive pattern's runs are compared as written; a case-insensitive pattern's
runs lower-cased, with the text's tokens lower-cased too. That is exact when its words are ASCII,
except for the four non-ASCII characters that Python's ``re.IGNORECASE`` matches to an ASCII
letter: a text holding one gets no pre-check. Of a non-ASCII word only its ASCII runs are required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["FOLDS_TO_ASCII", "WordIndex", "runs", "tokens", "whole_runs"]

_RUN = re.compile(r"\w+")
# Every non-ASCII character that re.IGNORECASE matches to an ASCII letter (İ ı ſ K; a test
# checks the list against every code point).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS = re.compile(f"[{FOLDS_TO_ASCII}]")


def runs(word: str, folded: bool = False) -> tuple[str, ...]:
    """The runs of word characters of ``word``: "al-Shabaab" -> ("al", "Shabaab"); ``folded``
    (for a case-insensitive pattern): lower-cased, and only the ASCII ones."""
    found = _RUN.findall(word)
    return tuple(r.lower() for r in found if r.isascii()) if folded else tuple(found)


def tokens(text: str) -> frozenset[str] | None:
    """The word tokens of ``text``, as written and lower-cased, or None when a pre-check would
    not be sound."""
    if not text.isascii() and _FOLDS.search(text):  # speed: isascii is a flag read; the letters are not ASCII
        return None
    found = frozenset(_RUN.findall(text))
    return found.union(map(str.lower, found))


def _required(word: str, folded: bool) -> tuple[str, ...]:
    """The runs of ``word`` a text must hold as tokens; () when none can be required."""
    if folded and not _RUN.sub("", word).isascii():
        return ()  # a non-ASCII separator under IGNORECASE: not worth a proof, no pre-check
    return runs(word, folded)


def whole_runs(text: str, part: str, start: int) -> bool:
    """Whether ``part`` is ``text[start:start + len(part)]`` and cuts no run of word characters
    there: then every token of ``part`` is a token of ``text``, and ``text``'s pre-check holds for it."""
    end = start + len(part)
    return (
        start >= 0
        and text.startswith(part, start)
        and not (0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]))
        and not (0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]))
    )


def _is_word(ch: str) -> bool:
    """Whether ``ch`` matches ``\\w`` (str) (speed: two character tests instead of a pattern
    match at each edge; ``re`` reads \\w as alphanumeric or the underscore, a test pins it)."""
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class WordIndex:
    """The words one pattern lists, each as the set of its runs, indexed by its first run.
    ``by_first`` is None when some word cannot be pre-checked (the pattern always scans)."""

    by_first: Mapping[str, tuple[frozenset[str], ...]] | None
    firsts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: Iterable[str], folded: bool = False) -> WordIndex:
        """The index of ``words``; ``folded``: the pattern ignores case, and only a word's ASCII
        runs are required ("generación" may be written "GENERACIÓN")."""
        table: dict[str, set[frozenset[str]]] = {}
        for w in words:
            parts = _required(w, folded)
            if not parts:
                return cls(None)
            table.setdefault(parts[0], set()).add(frozenset(parts))
        frozen = {k: tuple(sorted(v, key=len)) for k, v in table.items()}
        return cls(frozen, frozenset(frozen))

    def may_occur(self, found: frozenset[str] | None) -> bool:
        """Whether a text with tokens ``found`` (None: unknown) may hold one of the words."""
        if found is None or self.by_first is None:
            return True
        for first in self.firsts.intersection(found):
            if any(parts <= found for parts in self.by_first[first]):
                return True
        return False
