"""What ``sitrep geoparse`` and ``POST /geoparse`` print: EVENTS.md "Toponyms out" records.

Place mentions come first-class (``"kind": "place"``); demonym mentions ("Iraqi") are reported apart
(``"kind": "demonym"``, resolved to their country) unless the caller asks for places only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.types import Toponym

__all__ = ["KINDS", "mention_records", "toponym_record"]

KINDS = ("place", "demonym")
_PLACE_KEYS = ("name", "geonameid", "latitude", "longitude", "country", "admin1", "feature_class")


def toponym_record(article_id: str, t: Toponym, kind: str = "place") -> dict[str, Any]:
    """One "Toponyms out" object, with the mention's ``kind`` and the resolver's ``reason``."""
    p = t.place
    rec: dict[str, Any] = {"article_id": article_id, "start": t.start, "end": t.end, "text": t.text}
    rec.update({k: getattr(p, k) if p else None for k in _PLACE_KEYS})
    rec["kind"] = kind
    rec["reason"] = t.reason
    return rec


def mention_records(article_id: str, text: str, toponyms: Sequence[Toponym], gazetteer,
                    demonyms: bool = True) -> list[dict[str, Any]]:
    """Records of an article's place mentions and, with ``demonyms``, its demonym mentions, by offset."""
    from sitrep.geo.demonyms import demonym_toponyms

    tagged = [(t, "place") for t in toponyms]
    if demonyms:
        tagged += [(t, "demonym") for t in demonym_toponyms(text, gazetteer, toponyms)]
    tagged.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return [toponym_record(article_id, t, kind) for t, kind in tagged]
