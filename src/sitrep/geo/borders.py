"""A border named by its people ("near the Mauritanian border", "the Afghan frontier"): the place
lies in that country or one of its neighbours (``data/geo/neighbours.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

__all__ = ["border_countries", "neighbours"]

# "the Mauritanian border", "the Afghan-Pakistani border" (the first people), "Malian frontier".
_BORDER_AFTER = re.compile(r"(?:[\s-]+[A-Z][a-z]+)?\s+(?:border|frontier)s?\b")


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """ISO code -> the codes of the countries sharing a land border with it."""
    text = resources.files("sitrep.data.geo").joinpath("neighbours.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {cc: frozenset(others.strip().split("|")) for cc, others in rows}


def border_countries(text: str, demonyms: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The countries and their neighbours whose border a demonym before "border" names; ``demonyms``
    are (start, end, country code) of the text's demonyms."""
    out: set[str] = set()
    for _, end, cc in demonyms:
        if _BORDER_AFTER.match(text, end):
            out |= {cc, *neighbours().get(cc, ())}
    return frozenset(out)
