"""Name keys: the one normalisation shared by the gazetteer build and the text matcher.

``fold`` maps every character to exactly one character (lower case, accents stripped, dashes to
spaces, apostrophes unified), so offsets in folded text are offsets in the original. ``name_key``
folds a gazetteer name and collapses its spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_char", "name_key", "name_keys"]

_APOSTROPHES = "'’‘`ʻʼʿʾ´"
_DASHES = "-‐‑‒–—"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character in, one character out."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES or ch.isspace():
        return " "
    base = unicodedata.normalize("NFKD", ch)[:1] if ord(ch) > 127 else ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """``text`` folded character by character (same length as ``text``)."""
    return text.translate(_TABLE)


class _FoldTable(dict):
    """Code point -> folded character, filled on first sight: ``str.translate`` then folds any text
    in one C-level pass (speed; the same characters as ``fold_char``)."""

    def __missing__(self, i: int) -> str:
        out = self[i] = fold_char(chr(i))
        return out


_TABLE = _FoldTable((i, fold_char(chr(i))) for i in range(128))


@lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """The lookup key of a name: folded, single-spaced, no leading "the"."""
    key = _SPACES.sub(" ", fold(name)).strip()
    return key[4:] if key.startswith("the ") else key


def name_keys(name: str) -> set[str]:
    """The key and, for names with apostrophes, the key without them ("tall 'afar" -> "tall afar")."""
    key = name_key(name)
    keys = {key}
    if "'" in key:
        keys.add(_SPACES.sub(" ", key.replace("'", "")).strip())
        keys.add(_SPACES.sub(" ", key.replace("'", " ")).strip())
    return {k for k in keys if k}
