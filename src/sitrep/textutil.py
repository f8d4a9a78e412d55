"""Small text helpers shared by the lexicon-driven stages."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_alternation"]


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
