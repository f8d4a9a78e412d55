"""Compass words alone as a country's first-level division: "the North-West and South-West" of an
article about Cameroon are its two Anglophone regions (``data/geo/compass_divisions.tsv``).

Runs after resolution, with the document's focus country: the words name the division only in a text
about that country. A span the resolver already placed stays as it is; an unplaced one (the detector
read "North-West" before a lower-case "region") or a span no mention covers becomes the division.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep.geo import sources
from sitrep.types import Toponym

__all__ = ["compass_divisions", "COMPASS_REASON"]

COMPASS_REASON = "compass words naming a division of the document's country"
# The division is named, but only by words that are often directions: below a name read from the gazetteer.
COMPASS_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[re.Pattern, str]]]:
    """Country code -> (pattern of the written forms, the division's admin1 name)."""
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    for line in sources.data_text("compass_divisions.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, forms, division = (c.strip() for c in line.split("\t"))
            alts = "|".join(re.escape(f).replace(r"\-", "[- ]?").replace(r"\ ", "[- ]?") for f in forms.split("|"))
            # capitalised, not part of a longer name ("North-West Frontier"), not a direction ("North-West of")
            pattern = re.compile(rf"(?<![\w-])(?:{alts})(?:\s+(?:[Rr]egion|[Pp]rovince))?(?![\w-])(?!\s+(?:of\b|[A-Z]))")
            out.setdefault(cc, []).append((pattern, division))
    return out


def compass_divisions(text: str, toponyms: Sequence[Toponym], country: str | None, gazetteer) -> list[Toponym]:
    """``toponyms`` with the compass-named divisions of ``country`` the text names."""
    rules = _table().get(country or "")
    if not rules:
        return list(toponyms)
    placed = [(t.start, t.end) for t in toponyms if t.place is not None]
    found: list[Toponym] = []
    for pattern, division in rules:
        place = gazetteer.admin1(country, division)
        if place is None:
            continue
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in placed):
                found.append(Toponym(m.start(), m.end(), m.group(0), place, COMPASS_REASON, COMPASS_CONFIDENCE))
    if not found:
        return list(toponyms)
    kept = [t for t in toponyms if not any(f.start < t.end and t.start < f.end for f in found)]
    return sorted(kept + found, key=lambda t: t.start)
