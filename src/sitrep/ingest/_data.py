"""The ingest knowledge files in ``sitrep/data/ingest`` (formats in that folder's README.md)."""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "box_words",
    "corpus_fields",
    "cut_marks",
    "furniture_patterns",
    "furniture_table",
    "junk_phrases",
    "live_words",
    "outlets",
    "scripts",
    "stopwords",
]


def _read(name: str) -> str:
    return resources.files("sitrep").joinpath("data", "ingest", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in _read(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, whole-line pattern) pairs, compiled case-insensitively."""
    return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _rows("furniture.tsv"))


@cache
def furniture_table() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """(kind, pattern, longest line it can match) triples: a line longer than a pattern's longest
    match is never tried against it (most lines are sentences, most patterns short)."""
    return tuple((kind, rx, _longest_match(rx)) for kind, rx in furniture_patterns())


def _longest_match(rx: re.Pattern[str]) -> int:
    """The most characters ``rx`` can match (the regex parser's width; unbounded when unknown)."""
    try:
        from re import _parser  # private but present in every supported Python (3.11+)

        return int(_parser.parse(rx.pattern, rx.flags).getwidth()[1])
    except (ImportError, AttributeError, TypeError):  # a Python without it: try every pattern
        return sys.maxsize


@cache
def outlets() -> dict[str, str]:
    """Outlet alias -> canonical outlet name."""
    return {alias: name for alias, name in _rows("outlets.tsv")}


@cache
def stopwords() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = json.loads(_read("stopwords.json"))
    return {lang: frozenset(words) for lang, words in data["words"].items()}


@cache
def scripts() -> dict[str, tuple[tuple[tuple[int, int], ...], tuple[str, ...]]]:
    """Script name -> (code point ranges, languages written in it; the first is the default)."""
    data: dict[str, Any] = json.loads(_read("scripts.json"))
    return {
        name: (tuple((lo, hi) for lo, hi in spec["ranges"]), tuple(spec["languages"]))
        for name, spec in data.items()
        if not name.startswith("_")
    }


@cache
def box_words() -> frozenset[str]:
    """Class/id words of page boxes that are not the story (``boxes.json``)."""
    data: dict[str, Any] = json.loads(_read("boxes.json"))
    return frozenset(w.lower() for w in data["words"])


@cache
def junk_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, phrases) of pages that are no article (``junk.json``)."""
    data: dict[str, Any] = json.loads(_read("junk.json"))
    return tuple((kind, tuple(p.lower() for p in phrases)) for kind, phrases in data["kinds"].items())


@cache
def live_words() -> dict[str, frozenset[str] | tuple[str, ...]]:
    """Live-blog knowledge (``liveblog.json``): "signals" (literal strings, in file order),
    "stamp_words" and "not_entry_words" (lower-case word sets)."""
    data: dict[str, Any] = json.loads(_read("liveblog.json"))
    return {
        "signals": tuple(data["signals"]),
        "stamp_words": frozenset(w.lower() for w in data["stamp_words"]),
        "not_entry_words": frozenset(w.lower() for w in data["not_entry_words"]),
    }


@cache
def corpus_fields() -> dict[str, tuple[str, ...]]:
    """Article field -> the corpus field names that hold it, lower case, best first (``fields.json``)."""
    data: dict[str, Any] = json.loads(_read("fields.json"))
    return {name: tuple(a.lower() for a in aliases) for name, aliases in data["fields"].items()}


@cache
def cut_marks() -> tuple[re.Pattern[str], ...]:
    """Marks an API leaves at the end of a text it cut (``fields.json`` "cut_marks")."""
    data: dict[str, Any] = json.loads(_read("fields.json"))
    return tuple(re.compile(rx) for rx in data.get("cut_marks", []))
