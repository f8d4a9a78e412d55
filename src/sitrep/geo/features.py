"""Natural and local features the gazetteer lacks: rivers, lakes, creeks, parks, valleys, islands.

cities500 holds towns only, so "Neches River" or "Coffman Park" has no entry. Local news names such
features near the places it is about, so a feature is placed at the nearest town named before it in
the text (else after it), with low confidence and a reason saying so; with no town named it keeps
``place=None``. A feature whose full name is a gazetteer place ("Highland Park", "Lake Charles") is
left to the gazetteer. Word lists: ``feature_suffixes`` and ``feature_prefixes`` in ``cues.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.normalize import name_key
from sitrep.geo.streets import MAX_NAME_WORDS, _continues, _disjoint, _holds_any, _patterns, _trim
from sitrep.types import Place, Toponym

__all__ = ["feature_spans", "feature_toponyms"]

# Confidence of a feature placed at a town of the text (the town is near, not the feature itself).
PLACED_CONFIDENCE = 0.3
_NAMED_FROM_TOWN = ("P",)


@lru_cache(maxsize=1)
def _feature_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, str]]]:
    c = sources.cues()
    suffixes: dict[str, list[str]] = c["feature_suffixes"]
    prefixes: dict[str, list[str]] = c["feature_prefixes"]
    word = r"(?:[A-Z][\w'’\-]*)"
    alt = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    after = re.compile(rf"\b((?:{word}\s){{1,{MAX_NAME_WORDS}}}(?:{alt}))(?![\w])")
    alt = "|".join(re.escape(s) for s in sorted(prefixes, key=len, reverse=True))
    before = re.compile(rf"\b((?:{alt})\s{word}(?:\s{word})?)(?![\w])")
    codes = {k: tuple(v) for k, v in {**suffixes, **prefixes}.items()}
    return after, before, codes


def feature_spans(text: str, gazetteer) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (feature class, feature code)) of natural features named in ``text``."""
    after, before, codes = _feature_patterns()
    stops = _patterns()[2]
    suffixes, prefixes = _affixes()
    out = []
    for m in (after.finditer(text) if _holds_any(text, suffixes) else ()):
        span = _trim(text, m.start(1), m.end(1), stops)
        if span is not None and not _continues(text, span[1]):
            out.append((*span, codes[text[span[0]:span[1]].split()[-1]]))
    for m in (before.finditer(text) if _holds_any(text, prefixes) else ()):
        if not _continues(text, m.end(1)):
            out.append((m.start(1), m.end(1), codes[text[m.start(1):m.end(1)].split()[0]]))
    keep = {(s, e) for s, e in _disjoint([(s, e) for s, e, _ in out])}
    return [x for x in out if (x[0], x[1]) in keep and not _in_gazetteer(text[x[0]:x[1]], gazetteer)]


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The feature suffixes and prefixes, for the literal pre-check of their patterns."""
    c = sources.cues()
    return tuple(c["feature_suffixes"]), tuple(c["feature_prefixes"])


# "R-Elbow Lake", "D-Grand Lake": a party letter glued to a town in a legislator's affiliation.
_PARTY = re.compile(r"^[A-Z]-(?=[A-Z])")


def _in_gazetteer(name: str, gazetteer) -> bool:
    """The name, or its first two words ("Mt. Pleasant News"), is a gazetteer place (a party letter
    before it aside: "Rep. Torrey Westrom, R-Elbow Lake")."""
    words = _PARTY.sub("", name).split()
    return any(gazetteer.candidates(name_key(" ".join(words[:n]))) for n in {2, len(words)} if n <= len(words))


def feature_toponyms(text: str, spans: Sequence[tuple[int, int, tuple[str, str]]],
                     resolved: Sequence[Toponym]) -> list[Toponym]:
    """A toponym per feature, placed at the nearest town named before it (else after it)."""
    towns = [t for t in resolved if t.place is not None and t.place.latitude is not None
             and t.place.feature_class in _NAMED_FROM_TOWN]
    out = []
    for s, e, (fclass, fcode) in spans:
        town = _nearest_town(s, towns)
        if town is None:
            out.append(Toponym(s, e, text[s:e], None, "natural or local feature; no town named to place it", 0.0))
            continue
        place = _feature_place(text[s:e], town.place, fclass, fcode)
        why = f"natural or local feature, placed at {town.place.name}, the nearest town named in the text"
        out.append(Toponym(s, e, text[s:e], place, why, PLACED_CONFIDENCE))
    return out


def _nearest_town(start: int, towns: Sequence[Toponym]) -> Toponym | None:
    before = [t for t in towns if t.end <= start]
    if before:
        return before[-1]
    return towns[0] if towns else None


def _feature_place(name: str, town: Place, fclass: str, fcode: str) -> Place:
    return replace(town, name=name, geonameid=None, feature_class=fclass, feature_code=fcode, population=0)
