"""Publication dates written in article URLs ("/2016/01/27/", "-20160223-story", "/2016/jan/26/")."""

from __future__ import annotations

import re
from datetime import date

from sitrep.time.lexicon import lexicon

__all__ = ["date_from_url"]

# Years outside this range in a URL are ids or counts, not dates (the data sitrep reads is modern news).
URL_YEARS = range(1990, 2040)

_FORMS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<mon>[a-z]{3,9})/(?P<d>\d{1,2})(?!\d)", re.IGNORECASE),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)


def _date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else lexicon()["months"].get(g["mon"].lower())
    year, day = int(g["y"]), int(g["d"])
    if month is None or year not in URL_YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_from_url(url: str | None) -> date | None:
    """The first valid calendar day written in the URL's path, or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for form in _FORMS:
        for m in form.finditer(path):
            found = _date(m)
            if found is not None:
                return found
    return None
