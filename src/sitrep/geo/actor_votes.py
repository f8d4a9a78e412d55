"""Armed groups that fight in one country vote for the document's country, like a demonym.

A short report ("Boko Haram attacked Kwajafa village") may name no country at all; the group named
tells it. The actor dictionary (``data/actors/named.json``) gives such groups a ``home`` (ISO
alpha-2); each distinct group found in the text votes once for its home. Groups active in several
countries have no ``home`` and do not vote. A national army fighting at home that the text names
by its own name or acronym ("FAMa", "SAF", "Tatmadaw": ``data/geo/home_forces.tsv``) votes too.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["actor_home_votes"]


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """Aho-Corasick over the folded aliases of single-country groups -> (alias, name, home,
    whether the alias must match in its own case: the actor dictionary's rule, "JAS", "M23")."""
    import ahocorasick

    from sitrep.actors.dictionary import is_acronym
    from sitrep.geo.normalize import fold

    from sitrep.geo import sources

    raw = json.loads(resources.files("sitrep").joinpath("data", "actors", "named.json").read_text(encoding="utf-8"))
    homes = sources.home_forces()
    auto = ahocorasick.Automaton()
    for actor in raw["actors"]:
        home = actor.get("home") or homes.get(actor["name"])
        if home:
            for alias in {actor["name"], *actor["aliases"]}:
                auto.add_word(fold(alias), (alias, actor["name"], home, is_acronym(alias)))
    auto.make_automaton()
    return auto


def _joins(ch: str) -> bool:
    """Whether a character next to a match glues it to a longer word ("Jasmine", "pro-JAS")."""
    return ch.isalnum() or ch in ("_", "-")


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end]))


def actor_home_votes(text: str, folded: str | None = None) -> list[str]:
    """The home country of every distinct single-country group named in ``text``, once each;
    ``folded`` is ``normalize.fold(text)`` when the caller has it (same length, so same offsets)."""
    from sitrep.geo.normalize import fold

    found: dict[str, str] = {}
    for last, (alias, name, home, exact) in _automaton().iter(folded if folded is not None else fold(text)):
        start = last - len(alias) + 1
        if name in found or not _whole_word(text, start, last + 1):
            continue
        if exact and text[start:last + 1] != alias:
            continue
        found[name] = home
    return list(found.values())
