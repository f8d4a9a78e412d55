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


# Title words English writes both in full and abbreviated: each spelling of a name gets the others'
# keys ("Mount Pleasant" is also "Mt. Pleasant" and "Mt Pleasant"; "St. Cloud" is also "Saint Cloud").
_ABBREVIATED = ({"saint", "st.", "st"}, {"sainte", "ste.", "ste"}, {"mount", "mt.", "mt"}, {"fort", "ft.", "ft"})
_SPELLINGS = {w: group for group in _ABBREVIATED for w in group}


def name_keys(name: str) -> set[str]:
    """The key, for names with apostrophes the key without them ("tall 'afar" -> "tall afar"), and
    the other spellings of an abbreviated title word ("mt. pleasant" -> "mount pleasant")."""
    key = name_key(name)
    keys = {key}
    if "'" in key:
        keys.add(_SPACES.sub(" ", key.replace("'", "")).strip())
        keys.add(_SPACES.sub(" ", key.replace("'", " ")).strip())
    for k in list(keys):
        keys.update(_respelled(k))
    return {k for k in keys if k}


def _respelled(key: str) -> set[str]:
    """``key`` with its first abbreviable title word written each other way (one word only: names
    with two are rare, and every variant of one is a new automaton key)."""
    words = key.split(" ")
    for i, w in enumerate(words[:-1]):  # never the last word: "Mount" alone is no title
        if w in _SPELLINGS:
            return {" ".join([*words[:i], alt, *words[i + 1:]]) for alt in _SPELLINGS[w] - {w}}
    return set()
