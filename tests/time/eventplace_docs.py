"""Hand-built documents for the event-place tests: toponyms with their resolved places, as the
geoparser would give them (shared by the test_eventplace_* files)."""

from __future__ import annotations

import re

from sitrep.types import Article, Doc, Place, Sentence, Toponym


def us_town(name: str, state: str, lat: float, lon: float, cc: str = "US", pop: int = 10_000) -> Place:
    country = "United States" if cc == "US" else cc
    return Place(name, lat, lon, country, cc, state, None, "P", "PPL", pop)


def hand_doc(text: str, places: dict[str, tuple[Place, float]]) -> Doc:
    """Sentences split at ". "; every occurrence of each name becomes a toponym."""
    sents, start = [], 0
    for part in text.split(". "):
        sents.append(Sentence(start, start + len(part), part))
        start += len(part) + 2
    tops = [
        Toponym(m.start(), m.end(), name, place, "hand-made", conf)
        for name, (place, conf) in places.items()
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![a-z])", text)
    ]
    return Doc(Article("t", text, "h"), sentences=tuple(sents), toponyms=tuple(sorted(tops, key=lambda t: t.start)))
