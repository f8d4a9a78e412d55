"""Armed groups that fight in one country vote for the document's country, like a demonym.

A short report ("Boko Haram attacked Kwajafa village") may name no country at all; the group named
tells it. The actor dictionary (``data/actors/named.json``) gives such groups a ``home`` (ISO
alpha-2); each distinct group found in the text votes once for its home. Groups active in several
countries have no ``home`` and do not vote.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["actor_home_votes"]


def _case_sensitive(alias: str) -> bool:
    """The dictionary's rule: an alias with no lower-case letter or with a digit ("JAS", "M23")."""
    return not any(ch.islower() for ch in alias) or any(ch.isdigit() for ch in alias)


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """Aho-Corasick over the lower-cased aliases of single-country groups -> (alias, name, home)."""
    import ahocorasick

    raw = json.loads(resources.files("sitrep").joinpath("data", "actors", "named.json").read_text(encoding="utf-8"))
    auto = ahocorasick.Automaton()
    for actor in raw["actors"]:
        if actor.get("home"):
            for alias in {actor["name"], *actor["aliases"]}:
                auto.add_word(alias.lower(), (alias, actor["name"], actor["home"]))
    auto.make_automaton()
    return auto


def _joins(ch: str) -> bool:
    """Whether a character next to a match glues it to a longer word ("Jasmine", "pro-JAS")."""
    return ch.isalnum() or ch in ("_", "-")


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end]))


def _lowered(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay those of ``text``."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def actor_home_votes(text: str) -> list[str]:
    """The home country of every distinct single-country group named in ``text``, once each."""
    found: dict[str, str] = {}
    for last, (alias, name, home) in _automaton().iter(_lowered(text)):
        start = last - len(alias) + 1
        if name in found or not _whole_word(text, start, last + 1):
            continue
        if _case_sensitive(alias) and text[start:last + 1] != alias:
            continue
        found[name] = home
    return list(found.values())
