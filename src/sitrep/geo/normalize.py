"""Name keys: the one normalisation shared by the gazetteer build and the text matcher.

``fold`` maps every character to exactly one character (lower case, accents stripped, dashes to
spaces, apostrophes unified), so offsets in folded text are offsets in the original. ``name_key``
folds a gazetteer name and collapses its spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_char", "name_key", "name_keys", "without_article"]

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


# West and Central African names that open on a prenasalised consonant are written with or without an
# apostrophe after the nasal ("N'Guigmi" / "Nguigmi", "N'Djamena" / "Ndjamena", "M'Bour" / "Mbour"):
# such a name also answers to the apostrophe spelling.
_PRENASAL = re.compile(r"^(?:n[dgjz]|m[bp])[a-z]")


def name_keys(name: str) -> set[str]:
    """The key, for names with apostrophes the key without them ("tall 'afar" -> "tall afar"), for
    names opening on a prenasalised consonant the key with one ("nguigmi" -> "n'guigmi"), and
    the other spellings of an abbreviated title word ("mt. pleasant" -> "mount pleasant")."""
    key = name_key(name)
    keys = {key}
    if "'" in key:
        keys.add(_SPACES.sub(" ", key.replace("'", "")).strip())
        keys.add(_SPACES.sub(" ", key.replace("'", " ")).strip())
    elif _PRENASAL.match(key):
        keys.add(f"{key[0]}'{key[1:]}")
    for k in list(keys):
        keys.update(_respelled(k))
        keys.update(_article_spellings(k))
    return {k for k in keys if k}


def _respelled(key: str) -> set[str]:
    """``key`` with its first abbreviable title word written each other way (one word only: names
    with two are rare, and every variant of one is a new automaton key)."""
    words = key.split(" ")
    for i, w in enumerate(words[:-1]):  # never the last word: "Mount" alone is no title
        if w in _SPELLINGS:
            return {" ".join([*words[:i], alt, *words[i + 1:]]) for alt in _SPELLINGS[w] - {w}}
    return set()


# Arabic's article takes the sound of a "sun letter" after it, and transliterations write it either way:
# GeoNames has "Jisr ash Shughur", "Ma`arrat an Nu`man", news writes "Jisr al-Shughur",
# "Maarat al-Numan"; and "al" / "el" alternate ("El Fasher", "Al Fashir"). Persian's linking vowel is
# written "e" or "i" ("Mazar-e Sharif", "Mazar-i-Sharif", "Pul-i-Khumri").
_SUN_CONSONANTS = ("t", "th", "d", "dh", "r", "z", "s", "sh", "n")
_ASSIMILATED = frozenset(v + c for v in "ae" for c in _SUN_CONSONANTS)
_ARTICLE_FORMS = ("al", "el")
_EZAFE_SWAP = {"e": "i", "i": "e"}
# A word after the article shorter than this is no name ("El Al" is an airline, "al" a stray letter pair).
ARTICLE_NAME_MIN_CHARS = 3


def _article_spellings(key: str) -> set[str]:
    """``key`` with its Arabic articles written "al" / "el" and its Persian linking vowels "e" / "i"
    the other way (each word once; one variant per kind of change)."""
    words = key.split(" ")
    if len(words) < 2:
        return set()
    out = set()
    for swap in (_article_word, _ezafe_word):
        changed = [swap(words, i) for i in range(len(words))]
        if any(c is not None for c in changed):
            for alt in _alternatives(words, changed):
                out.add(" ".join(alt))
    out.discard(key)
    return out


def _alternatives(words: list[str], changed: list) -> list[list[str]]:
    """Every word that can change, changed to each of its spellings at once (one spelling per text)."""
    width = max(len(c) for c in changed if c is not None)
    return [[(c[min(j, len(c) - 1)] if c is not None else w) for w, c in zip(words, changed)] for j in range(width)]


def _article_word(words: list[str], i: int) -> tuple[str, ...] | None:
    """The other spellings of an article at ``words[i]`` ("ash" before "shughur": "al", "el")."""
    w = words[i]
    if i + 1 >= len(words) or len(words[i + 1]) < ARTICLE_NAME_MIN_CHARS:
        return None
    if w in _ARTICLE_FORMS or (w in _ASSIMILATED and words[i + 1].startswith(w[1:])):
        return _ARTICLE_FORMS
    return None


def _ezafe_word(words: list[str], i: int) -> tuple[str, ...] | None:
    """"e" / "i" between two words of a name: the Persian linking vowel, written the other way."""
    if 0 < i < len(words) - 1 and words[i] in _EZAFE_SWAP:
        return (_EZAFE_SWAP[words[i]],)
    return None


# News drops the article of many Arab towns ("Qamishli" for Al Qamishli, "Mayadin", "Hasakah"); a name
# left shorter than this is too much like a word ("Bab", "Kut" stay as GeoNames and aliases give them).
BARE_NAME_MIN_CHARS = 5
_LEADING_ARTICLES = frozenset({"al", "el", *_ASSIMILATED})


def without_article(key: str) -> str | None:
    """``key`` without a leading Arabic article ("al qamishli" -> "qamishli"), or None."""
    head, _, rest = key.partition(" ")
    if head not in _LEADING_ARTICLES or len(rest) < BARE_NAME_MIN_CHARS:
        return None
    if head in _ASSIMILATED and not rest.startswith(head[1:]):
        return None  # "an" before a word not starting with "n" is no article ("As Salt" is, "At Home" no name)
    return rest
