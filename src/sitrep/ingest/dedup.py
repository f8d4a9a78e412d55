"""Exact and near-duplicate articles: content hashes, MinHash fingerprints of word 5-shingles.

A fingerprint is a tuple of ``NUM_PERM`` ints below 2**31: JSON-friendly, so a store can persist
one per article and seed a :class:`DuplicateIndex` with them on the next run. The share of equal
positions in two fingerprints estimates the Jaccard similarity of the two texts' shingle sets.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import zlib
from array import array
from collections.abc import Iterable, Sequence

from sitrep.types import Article

__all__ = ["Fingerprint", "fingerprint", "similarity", "DuplicateIndex", "mark_duplicates", "SHINGLE_WORDS"]

Fingerprint = tuple[int, ...]

SHINGLE_WORDS = 5  # word n-grams compared (Settings.near_duplicate_threshold is defined on these)
# Calibration of the threshold on the GVA dev set (2,066 cleaned web scrapes, 1,591 pairs of articles
# on one incident): same-incident pairs have Jaccard 1.0 (22 pairs), 0.83-0.93 (5), 0.76-0.79 (2:
# the same story re-scraped or extended), then <= 0.63 (separate write-ups); random pairs <= 0.04.
# So 0.8 (the default) misses the two 0.76-0.79 copies and 0.7 would catch them with no false match.
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


def similarity(fp1: Sequence[int], fp2: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two fingerprints (0.0 if either is empty)."""
    if not fp1 or len(fp1) != len(fp2):
        return 0.0
    return sum(map(operator.eq, fp1, fp2)) / len(fp1)


def _band_keys(fp: Fingerprint) -> list[int]:
    """One int per band (hash of the band number and its values; stable: ints hash the same)."""
    if len(fp) != NUM_PERM:
        return []
    return [hash((i, *fp[i * ROWS : (i + 1) * ROWS])) for i in range(BANDS)]


class DuplicateIndex:
    """Articles seen so far, to tell whether a new one copies an earlier one.

    ``add`` marks an article as an ``exact`` duplicate (same cleaned text: of the first article with
    that text) or a ``near`` one (estimated Jaccard of word 5-shingles >= ``threshold``: of the most
    similar article, the earliest registered on a tie). An article is never a duplicate of an
    article with its own id (re-ingesting a file is not copying). Memory: about 3 KB per article
    (measured on 10,000 GVA fingerprints: a 32-bit array per fingerprint, int-keyed buckets).
    """

    def __init__(self, threshold: float = 0.8):
        self.threshold = threshold
        self._ids: list[str] = []  # registration order; the other tables hold positions in it
        self._pos: dict[str, int] = {}
        self._fps: list[array] = []
        self._root: list[int] = []  # position of the original an article copies exactly (or its own)
        self._by_hash: dict[str, int] = {}
        self._buckets: dict[int, int | list[int]] = {}  # band key -> position(s); an int when alone

    def __len__(self) -> int:
        return len(self._ids)

    def seed(self, article_id: str, content_hash: str, fingerprint: Fingerprint) -> None:
        """Register an article stored earlier (no duplicate check)."""
        self._register(article_id, content_hash, tuple(fingerprint), None)

    def add(self, article: Article, fingerprint: Fingerprint | None = None) -> Article:
        """Register ``article``; return it marked when it copies an earlier one, else unchanged."""
        fp = _fingerprint_of(article) if fingerprint is None else tuple(fingerprint)
        match = self.match(article.id, article.content_hash, fp)
        root = self._pos[match[0]] if match and match[1] == "exact" else None
        self._register(article.id, article.content_hash, fp, root)
        if match is None:
            return article
        return dataclasses.replace(article, duplicate_of=match[0], duplicate_kind=match[1])

    def match(self, article_id: str, content_hash: str, fp: Fingerprint) -> tuple[str, str] | None:
        """(original id, "exact" | "near") for an article that copies a registered one, else None."""
        first = self._by_hash.get(content_hash)
        if first is not None and self._ids[first] != article_id:
            return self._ids[self._root[first]], "exact"
        best = self._nearest(article_id, fp)
        return (self._ids[self._root[best]], "near") if best is not None else None

    def _nearest(self, article_id: str, fp: Fingerprint) -> int | None:
        own = self._pos.get(article_id)
        candidates = {c for key in _band_keys(fp) for c in self._bucket(key) if c != own}
        scored = [(similarity(fp, self._fps[c]), -c) for c in candidates]
        best = max((sc for sc in scored if sc[0] >= self.threshold), default=None)
        return -best[1] if best else None

    def _register(self, article_id: str, content_hash: str, fp: Fingerprint, root: int | None) -> None:
        if article_id in self._pos:
            return
        pos = len(self._ids)
        self._ids.append(article_id)
        self._pos[article_id] = pos
        self._fps.append(array("I", fp))
        self._root.append(pos if root is None else root)
        self._by_hash.setdefault(content_hash, pos)
        for key in _band_keys(fp):
            held = self._buckets.get(key)
            if held is None:
                self._buckets[key] = pos
            elif isinstance(held, int):
                self._buckets[key] = [held, pos]
            else:
                held.append(pos)

    def _bucket(self, key: int) -> list[int]:
        held = self._buckets.get(key)
        return [] if held is None else [held] if isinstance(held, int) else held


def _fingerprint_of(article: Article) -> Fingerprint:
    return fingerprint(article.text)


def mark_duplicates(articles: Iterable[Article], threshold: float) -> list[Article]:
    """The articles in order, each marked when it copies an earlier one (nothing is dropped)."""
    index = DuplicateIndex(threshold)
    return [index.add(a) for a in articles]
