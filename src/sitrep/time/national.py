"""A holiday whose day depends on the country: "Independence Day" is 4 July in a US report, 24 August in
a Ukrainian one, 1 July in a Somali one.

The article's country is the one whose name, adjective or capital (``national_days.json`` cues) the
text writes first: a dateline or the lead sentence names the country the report is from. Only the
countries that keep a day of that name count, so "Russian drones struck Kharkiv" under a Ukrainian
dateline is Ukraine's. Nothing named: the lexicon's day (the US's) stands, as before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from sitrep.time.lexicon import data_text

__all__ = ["national_days"]

_NONE: Mapping[str, tuple[int, int]] = MappingProxyType({})


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, tuple[int, int]]], re.Pattern[str], dict[str, str]]:
    """Country -> its days, one regex of every cue, cue -> country."""
    raw = json.loads(data_text("national_days.json"))["countries"]
    days = {c: {h: (int(md[:2]), int(md[3:])) for h, md in v["days"].items()} for c, v in raw.items()}
    owner = {cue: c for c, v in raw.items() for cue in v["cues"]}
    words = sorted(owner, key=len, reverse=True)
    cue_re = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.IGNORECASE)
    return days, cue_re, owner


@lru_cache(maxsize=1)
def _holiday_names() -> tuple[str, ...]:
    return tuple(sorted({h for v in _table()[0].values() for h in v}))


def national_days(text: str) -> Mapping[str, tuple[int, int]]:
    """Holiday name -> (month, day) in the country the text names first; empty when the text names
    no such holiday or no country that keeps one."""
    low = text.lower()
    if not any(h in low for h in _holiday_names()):
        return _NONE  # speed: most texts name no national day
    days, cue_re, owner = _table()
    for m in cue_re.finditer(text):
        country = owner[m.group(0).lower()]
        return MappingProxyType(days[country])
    return _NONE
