"""Exact and near-duplicate articles: content hashes, MinHash fingerprints of word 5-shingles.

A fingerprint is a tuple of ``NUM_PERM`` ints below 2**31: JSON-friendly, so a store can persist
one per article and seed a :class:`DuplicateIndex` with them on the next run. The share of equal
positions in two fingerprints estimates the Jaccard similarity of the two texts' shingle sets.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

from sitrep.types import Article

__all__ = ["Fingerprint", "fingerprint", "similarity", "DuplicateIndex", "mark_duplicates", "SHINGLE_WORDS"]

Fingerprint = tuple[int, ...]

SHINGLE_WORDS = 5  # word n-grams compared (Settings.near_duplicate_threshold is defined on these)
# 128 hash functions: the estimate of a Jaccard similarity J has a standard error of
# sqrt(J(1-J)/128), 0.035 at J=0.8, so pairs at 0.7 are rarely taken for copies at threshold 0.8.
NUM_PERM = 128
# Locality-sensitive hashing: 32 bands of 4 positions. Two texts become candidates when one band
# agrees: probability 1-(1-J^4)^32, above 0.999 at J=0.7 and 0.87 at J=0.5, 0.03 at J=0.1.
BANDS, ROWS = 32, 4
_PRIME = (1 << 31) - 1  # Mersenne prime: (a*x + b) % p stays within uint64 for 32-bit x
_WORD = re.compile(r"\w+")


def _coefficients() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Fixed hash-function coefficients (a deterministic generator, so fingerprints are stable)."""
    a, b, x = [], [], 0x9E3779B9
    for _ in range(NUM_PERM):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        a.append(1 + (x >> 33) % (_PRIME - 1))
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        b.append((x >> 33) % _PRIME)
    return tuple(a), tuple(b)


_A, _B = _coefficients()


def shingles(text: str) -> set[int]:
    """CRC32 hashes of the lower-cased word 5-grams of ``text`` (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    grams = [" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))] if words else []
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature of ``text``'s shingles; the empty tuple for a text without words."""
    import numpy as np

    hs = shingles(text)
    if not hs:
        return ()
    x = np.fromiter(hs, dtype=np.uint64, count=len(hs))
    a = np.array(_A, dtype=np.uint64)[:, None]
    b = np.array(_B, dtype=np.uint64)[:, None]
    return tuple(int(v) for v in ((a * x + b) % np.uint64(_PRIME)).min(axis=1))


def similarity(fp1: Fingerprint, fp2: Fingerprint) -> float:
    """Estimated Jaccard similarity of the texts behind two fingerprints (0.0 if either is empty)."""
    if not fp1 or len(fp1) != len(fp2):
        return 0.0
    return sum(x == y for x, y in zip(fp1, fp2, strict=True)) / len(fp1)


def _bands(fp: Fingerprint) -> list[tuple[int, ...]]:
    return [(i, *fp[i * ROWS : (i + 1) * ROWS]) for i in range(BANDS)] if len(fp) == NUM_PERM else []


class DuplicateIndex:
    """Articles seen so far, to tell whether a new one copies an earlier one.

    ``add`` marks an article as an ``exact`` duplicate (same cleaned text: of the first article with
    that text) or a ``near`` one (estimated Jaccard of word 5-shingles >= ``threshold``: of the most
    similar article). An article is never a duplicate of an article with its own id (re-ingesting a
    file is not copying).
    """

    def __init__(self, threshold: float = 0.8):
        self.threshold = threshold
        self._by_hash: dict[str, str] = {}
        self._fps: dict[str, Fingerprint] = {}
        self._root: dict[str, str] = {}  # article id -> the original it copies exactly (or itself)
        self._buckets: dict[tuple[int, ...], list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._fps)

    def seed(self, article_id: str, content_hash: str, fingerprint: Fingerprint) -> None:
        """Register an article stored earlier (no duplicate check)."""
        self._register(article_id, content_hash, tuple(fingerprint), article_id)

    def add(self, article: Article, fingerprint: Fingerprint | None = None) -> Article:
        """Register ``article``; return it marked when it copies an earlier one, else unchanged."""
        fp = _fingerprint_of(article) if fingerprint is None else tuple(fingerprint)
        match = self.match(article.id, article.content_hash, fp)
        root = match[0] if match and match[1] == "exact" else article.id
        self._register(article.id, article.content_hash, fp, root)
        if match is None:
            return article
        return dataclasses.replace(article, duplicate_of=match[0], duplicate_kind=match[1])

    def match(self, article_id: str, content_hash: str, fp: Fingerprint) -> tuple[str, str] | None:
        """(original id, "exact" | "near") for an article that copies a registered one, else None."""
        first = self._by_hash.get(content_hash)
        if first is not None and first != article_id:
            return self._root.get(first, first), "exact"
        best = self._nearest(article_id, fp)
        return (self._root.get(best, best), "near") if best else None

    def _nearest(self, article_id: str, fp: Fingerprint) -> str | None:
        candidates = {c for band in _bands(fp) for c in self._buckets.get(band, ()) if c != article_id}
        scored = [(similarity(fp, self._fps[c]), c) for c in candidates]
        scored = [(s, c) for s, c in scored if s >= self.threshold]
        return max(scored, key=lambda sc: sc[0])[1] if scored else None

    def _register(self, article_id: str, content_hash: str, fp: Fingerprint, root: str) -> None:
        if article_id in self._fps:
            return
        self._by_hash.setdefault(content_hash, article_id)
        self._fps[article_id] = fp
        self._root[article_id] = root
        for band in _bands(fp):
            self._buckets[band].append(article_id)


def _fingerprint_of(article: Article) -> Fingerprint:
    return fingerprint(article.text)


def mark_duplicates(articles: Iterable[Article], threshold: float) -> list[Article]:
    """The articles in order, each marked when it copies an earlier one (nothing is dropped)."""
    index = DuplicateIndex(threshold)
    return [index.add(a) for a in articles]
