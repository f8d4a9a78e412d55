"""The state a local outlet's site name gives, read from a scraped page title.

A local station's page title ends with its site name, and the site name often says where the
station is: "... - WTVM.com-Columbus, GA News Weather & Sports", "... - wistv.com - Columbia,
South Carolina", "... - WFSB 3 Connecticut". Local news seldom names its own state, so this is
often the one clue that "Albany" is Albany, Georgia and "Lexington" Lexington, South Carolina.
The geoparser counts such a state as if the text had named it (its towns score as those of a
division named in the text, and it votes for the document's country); it never becomes a place
mention, and it has no offsets in the text. Only US states are read (``us_states.tsv``: names,
postal codes after a comma, AP abbreviations).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["site_part", "site_state"]

# " - ", " | ", " – " or " — " between the headline and the site name.
_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014]\s+")
# A site part longer than this is more likely a second clause of the headline than a site name.
SITE_MAX_CHARS = 80


def site_part(title: str | None) -> str | None:
    """What follows the headline in a page title (from the first separator on), or None."""
    if not title:
        return None
    parts = _SEPARATOR.split(title.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[0] or len(parts[1]) > SITE_MAX_CHARS:
        return None
    return parts[1]


@lru_cache(maxsize=1)
def _state_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every state name and AP abbreviation, and for postal codes after a comma
    ("Columbus, GA"); the longest names first, so that "West Virginia" is not read as "Virginia"."""
    from sitrep.geo import sources

    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in sources.us_states().values():
        names[row.name] = row.name
        codes[row.code] = row.name
        for abbr in row.abbreviations:
            if abbr.endswith("."):
                names[abbr] = row.name
    spelled = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    postal = "|".join(sorted(codes))
    pattern = re.compile(rf"(?<![\w.])(?P<name>{spelled})(?!\w)|,\s*(?P<code>{postal})(?![\w.])")
    return pattern, {**names, **codes}


def site_state(title: str | None) -> str | None:
    """The US state the title's site name gives, when it gives exactly one."""
    site = site_part(title)
    if site is None:
        return None
    pattern, names = _state_pattern()
    found = {names[m.group("name") or m.group("code")] for m in pattern.finditer(site)}
    return found.pop() if len(found) == 1 else None
