"""Offline language identification: writing system first, then the share of common function words.

Good enough to tell English news from news in another language; not a general language identifier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from sitrep.ingest._data import scripts, stopwords

__all__ = ["LanguageGuess", "detect_language"]

# Fewer words than this and the function-word shares are noise: the text is not judged.
MIN_WORDS = 12
# Share of letters a script must hold for the text to count as written in it. Non-Latin news keeps
# Latin names and numbers, so 0.5 (not 0.9) recognises it while English quoting a phrase stays Latin.
MIN_SCRIPT_SHARE = 0.5
# A Latin-script text is another language when that language's function words make up at least
# this share of its words (English news: 0.40-0.50 English and < 0.12 French/Spanish/German, on the
# seeds and GVA articles) and outnumber English ones by the margin below.
MIN_FOREIGN_SHARE = 0.18
FOREIGN_MARGIN = 1.5
# Characters read: the start of an article decides its language (bounded cost).
SAMPLE_CHARS = 5000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """An ISO 639-1 code (None: not judged) and why."""

    language: str | None
    reason: str


@cache
def _script_of(ch: str) -> str | None:
    cp = ord(ch)
    for name, (ranges, _) in scripts().items():
        if any(lo <= cp <= hi for lo, hi in ranges):
            return name
    return None


def _dominant_script(sample: str) -> tuple[str | None, float]:
    counts = Counter({"Latin": len(_ASCII_LETTER.findall(sample))})
    counts.update(s for ch in _NON_ASCII.findall(sample) if ch.isalpha() and (s := _script_of(ch)))
    total = sum(counts.values())
    if not total:
        return None, 0.0
    name, n = counts.most_common(1)[0]
    if name == "Han" and counts.get("Kana"):
        name = "Kana"  # Japanese mixes kanji and kana
    return name, n / total


def _shares(words: list[str], candidates: tuple[str, ...]) -> dict[str, float]:
    table = stopwords()
    counts = Counter(words)
    return {
        lang: sum(counts[w] for w in table[lang] if w in counts) / len(words)
        for lang in candidates
        if lang in table
    }


def detect_language(text: str) -> LanguageGuess:
    sample = text[:SAMPLE_CHARS]
    script, share = _dominant_script(sample)
    if script is None or share < MIN_SCRIPT_SHARE:
        return LanguageGuess(None, "too few letters to judge")
    langs = scripts()[script][1]
    words = [w.lower() for w in _WORD.findall(sample)]
    if script != "Latin":
        shares = _shares(words, langs) if len(words) >= MIN_WORDS else {}
        best = max(shares, key=shares.__getitem__) if any(shares.values()) else langs[0]
        return LanguageGuess(best, f"{script} script ({share:.0%} of letters)")
    if len(words) < MIN_WORDS:
        return LanguageGuess(None, f"only {len(words)} words")
    return _latin(words)


def _latin(words: list[str]) -> LanguageGuess:
    shares = _shares(words, scripts()["Latin"][1])
    en = shares.get("en", 0.0)
    best = max(shares, key=shares.__getitem__)
    if best != "en" and shares[best] >= MIN_FOREIGN_SHARE and shares[best] >= FOREIGN_MARGIN * en:
        return LanguageGuess(best, f"function words: {best} {shares[best]:.2f} vs en {en:.2f}")
    return LanguageGuess("en", f"function words: en {en:.2f}")
