"""Countries a conflict report favours when a name it uses has namesakes abroad.

Two kinds of evidence, both from ``data/geo``:

* ``group_countries.tsv``: an armed group active in several countries ("Wagner", "JNIM",
  "al-Shabaab") favours the candidates in its theatres;
* ``conflict_zones.json``: a text whose own words are about armed conflict ("militants", "air
  strikes", "displaced"; or two weaker words such as "gunmen" and "stormed") and that carries no sign
  of US, British or Canadian local news ("sheriff", "police department", ", Calif.") favours the
  candidates in the countries with a high level of armed conflict.

``favoured_countries`` returns country code -> score bonus; the resolver adds it to the prior of
populated places and divisions of those countries, so "Gunmen stormed Bor" reads South Sudan's Bor
over Russia's, while a namesake the rest of the text places (a named country, nearby towns) still wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from sitrep.geo import sources

__all__ = ["favoured_countries", "conflict_wording", "local_news", "group_countries"]

# The bonus for a candidate in the theatre of a group the text names (added to BONUS_CONFLICT_ZONE
# when the wording is about conflict too: two independent signs): about what two nearby supporting
# names give; a country named in the text (BONUS_FOCUS_COUNTRY 3 and its votes) still wins.
BONUS_GROUP_COUNTRY = 2.0
# The bonus for a candidate in a high-conflict country when the wording is about armed conflict:
# less than two decades of population: a namesake a hundred times bigger abroad ("Nara", Japan's
# prefecture, against Mali's town) still needs other evidence to lose.
BONUS_CONFLICT_ZONE = 1.5


@lru_cache(maxsize=1)
def _zones() -> dict[str, Any]:
    return json.loads(sources.data_text("conflict_zones.json"))


@lru_cache(maxsize=1)
def _state_after_comma() -> re.Pattern:
    """", Ohio", ", Calif.": a US state's name (but Washington's and Georgia's) or abbreviation after a comma."""
    states = [r for r in sources.us_states().values()]
    names = [r.name for r in states if r.name not in ("Washington", "Georgia")]
    abbrs = [a for r in states for a in r.abbreviations if a.endswith(".")]
    return re.compile(r", (?:" + "|".join(re.escape(n) for n in sorted(set(names + abbrs), key=len, reverse=True))
                      + r")(?![\w])")


def conflict_wording(folded: str) -> bool:
    """Whether the (folded, lower-cased) text's words are about armed conflict: at least
    ``strong_needed`` distinct strong words, or ``weak_needed`` distinct weak ones."""
    strong, weak, _ = _phrase_automata()
    z = _zones()
    if len(set(_phrases_in(strong, folded))) >= z["strong_needed"]:
        return True
    return len(set(_phrases_in(weak, folded))) >= z["weak_needed"]


def local_news(text: str, folded: str) -> bool:
    """Signs of US/UK/Canadian local news: its public life's words or a US state after a comma."""
    _, _, local = _phrase_automata()
    return bool(_phrases_in(local, folded)) or _state_after_comma().search(text) is not None


@lru_cache(maxsize=1)
def _phrase_automata() -> tuple[Any, Any, Any]:
    """Aho-Corasick automata over the folded strong words, weak words and local phrases (speed: one
    pass over the text in C, where one regex alternation with a leading look-behind tried every phrase at
    every position)."""
    import ahocorasick

    from sitrep.geo.normalize import fold

    z = _zones()
    out = []
    for name in ("strong_words", "weak_words", "local_phrases"):
        auto = ahocorasick.Automaton()
        for phrase in {fold(p) for p in z[name]}:
            auto.add_word(phrase, phrase)
        auto.make_automaton()
        out.append(auto)
    return tuple(out)


def _phrases_in(automaton: Any, folded: str) -> list[str]:
    """The phrases of ``automaton`` standing as whole words in ``folded``, as the ``findall`` of
    ``(?<!\\w)(?:longest|...|shortest)(?!\\w)`` gives them: the leftmost first, the longest at one
    position, none overlapping the one before."""
    hits = []
    for last, phrase in automaton.iter(folded):
        start = last - len(phrase) + 1
        if (start > 0 and _word_char(folded[start - 1])) or (last + 1 < len(folded) and _word_char(folded[last + 1])):
            continue
        hits.append((start, -len(phrase), phrase))
    out, end = [], 0
    for start, negative_length, phrase in sorted(hits):
        if start >= end:
            out.append(phrase)
            end = start - negative_length
    return out


def _word_char(ch: str) -> bool:
    """Whether ``ch`` matches ``\\w`` (``str.isalnum`` or the underscore, as in ``re``)."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def group_countries() -> dict[str, tuple[str, ...]]:
    """Actor name (as in the actor dictionary) -> the countries it fights in."""
    out = {}
    for line in sources.data_text("group_countries.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, ccs = line.split("\t")
            out[name.strip()] = tuple(c.strip() for c in ccs.split("|") if c.strip())
    return out


@lru_cache(maxsize=1)
def _group_automaton() -> Any:
    """Aho-Corasick over the folded aliases of the groups of ``group_countries`` -> (alias, name,
    whether the alias must match in its own case)."""
    import ahocorasick

    from sitrep.actors.dictionary import is_acronym
    from sitrep.geo.normalize import fold

    table = group_countries()
    raw = json.loads(sources.resources.files("sitrep").joinpath("data", "actors", "named.json").read_text(encoding="utf-8"))
    auto = ahocorasick.Automaton()
    for actor in raw["actors"]:
        if actor["name"] in table:
            for alias in {actor["name"], *actor["aliases"]}:
                auto.add_word(fold(alias), (alias, actor["name"], is_acronym(alias)))
    auto.make_automaton()
    return auto


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch in ("_", "-")


def named_groups(text: str, folded: str) -> list[str]:
    """The groups of ``group_countries`` named in ``text`` (whole words, the longest name where
    two overlap: "Islamic State West Africa Province" is not also "Islamic State")."""
    found = []
    for last, (alias, name, exact) in _group_automaton().iter(folded):
        start = last - len(alias) + 1
        if (start > 0 and _joins(text[start - 1])) or (last + 1 < len(text) and _joins(text[last + 1])):
            continue
        if exact and text[start:last + 1] != alias:
            continue
        found.append((start, last + 1, name))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, str]] = []
    for s, e, name in found:
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in kept):
            continue
        kept.append((s, e, name))
    return list(dict.fromkeys(name for *_, name in kept))


def favoured_countries(text: str, folded: str, told: Collection[str] = ()) -> dict[str, float]:
    """Country code -> the bonus a populated place or division of that country gets (empty for a
    text that names no such group and is not worded about armed conflict, and for local news).
    ``told``: the countries the text's people's adjectives name ("Philippine troops"): a text that
    tells its country needs no guess from the conflict list, so only named groups then count."""
    if local_news(text, folded):
        return {}
    conflict = not told and conflict_wording(folded)
    conflict_bonus = dict.fromkeys(_zones()["countries"], BONUS_CONFLICT_ZONE) if conflict else {}
    out = dict(conflict_bonus)
    table = group_countries()
    for name in named_groups(text, folded):
        for cc in table[name]:
            out[cc] = conflict_bonus.get(cc, 0.0) + BONUS_GROUP_COUNTRY
    return out
