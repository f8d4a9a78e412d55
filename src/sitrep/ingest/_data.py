"""The ingest knowledge files in ``sitrep/data/ingest`` (formats in that folder's README.md)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["furniture_patterns", "outlets", "stopwords", "scripts"]


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
